"""The WhatsApp adapter against Meta's documented webhook shapes and a local Graph API server."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx
import pytest

from copilot.channels.base import (
    ChannelAdapter,
    InboundMessage,
    Outgoing,
    Refusal,
    SendError,
    StatusUpdate,
    Template,
)
from copilot.channels.meta import GraphError
from copilot.channels.whatsapp import WhatsAppAdapter
from copilot.http_client import http_client
from copilot.settings import Settings
from tests.conftest import free_port
from tests.fake_meta import (
    PHONE_NUMBER_ID,
    SHOPPER_NUMBER,
    VERIFY_TOKEN,
    WHATSAPP_TOKEN,
    FakeGraph,
    encode,
    sign,
    webhook_request,
    whatsapp_contact,
    whatsapp_message,
    whatsapp_settings,
    whatsapp_status,
    whatsapp_statuses,
    whatsapp_text,
    whatsapp_value,
    whatsapp_webhook,
)

AT = 1_760_000_000
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.fixture
def adapter(settings: Settings) -> WhatsAppAdapter:
    return WhatsAppAdapter(whatsapp_settings(settings))


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with http_client(2.0) as client:
        yield client


def parse(adapter: WhatsAppAdapter, body: dict[str, Any] | bytes) -> list[InboundMessage | StatusUpdate]:
    request = webhook_request(body)
    assert adapter.verify(request)
    return adapter.parse(request)


# -- configuration and the verification handshake ----------------------------------------------------


def test_configured_needs_secret_verify_token_token_and_phone_number_id(settings: Settings) -> None:
    assert WhatsAppAdapter(whatsapp_settings(settings)).configured
    assert not WhatsAppAdapter(settings).configured
    for missing in (
        "whatsapp_app_secret",
        "whatsapp_verify_token",
        "whatsapp_token",
        "whatsapp_phone_number_id",
    ):
        assert not WhatsAppAdapter(whatsapp_settings(settings, **{missing: None})).configured, missing
    assert WhatsAppAdapter(settings).name == "whatsapp"
    assert WhatsAppAdapter(settings).acknowledgement() == ("text/plain", "")
    adapter: ChannelAdapter = WhatsAppAdapter(settings)  # mypy checks it keeps the interface
    assert adapter.name == "whatsapp"


def test_the_right_verify_token_gets_the_challenge(adapter: WhatsAppAdapter) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    assert adapter.challenge(query) == "1158201444"


@pytest.mark.parametrize(
    "query",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "guessed", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN + "x", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN},
        {"hub.mode": "subscribe", "hub.verify_token": "vérifié", "hub.challenge": "1"},
    ],
    ids=["wrong", "longer", "empty", "missing", "unsubscribe", "no-mode", "no-challenge", "non-ascii"],
)
def test_a_wrong_or_missing_verify_token_is_refused(adapter: WhatsAppAdapter, query: dict[str, str]) -> None:
    assert adapter.challenge(query) is None


def test_no_verify_token_configured_refuses_even_an_empty_one(settings: Settings) -> None:
    adapter = WhatsAppAdapter(whatsapp_settings(settings, whatsapp_verify_token=None))
    assert adapter.challenge({"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}) is None


# -- signatures -------------------------------------------------------------------------------------


def test_a_body_signed_with_the_app_secret_verifies(adapter: WhatsAppAdapter) -> None:
    assert adapter.verify(webhook_request(whatsapp_text("hi")))


def test_a_tampered_body_fails(adapter: WhatsAppAdapter) -> None:
    request = webhook_request(whatsapp_text("refund order 1001"))
    tampered = request.body.replace(b"1001", b"1002")
    assert tampered != request.body
    assert not adapter.verify(dataclasses.replace(request, body=tampered))


def test_another_secret_fails(adapter: WhatsAppAdapter) -> None:
    assert not adapter.verify(webhook_request(whatsapp_text("hi"), secret="someone-elses-secret"))


def test_a_missing_signature_fails(adapter: WhatsAppAdapter) -> None:
    assert not adapter.verify(webhook_request(whatsapp_text("hi"), secret=None))


@pytest.mark.parametrize(
    "header",
    [
        "",
        "sha256=",
        "sha1={sha1}",
        "{hex}",
        "sha256={hex}0",
        "sha256={hex_short}",
        "sha256={hex} extra",
        "SHA256={hex}",
        "sha256=" + "z" * 64,
        "sha256=" + "é" * 64,
    ],
)
def test_a_malformed_signature_header_fails(adapter: WhatsAppAdapter, header: str) -> None:
    request = webhook_request(whatsapp_text("hi"))
    good = request.headers["x-hub-signature-256"].removeprefix("sha256=")
    value = header.format(hex=good, hex_short=good[:-1], sha1="0" * 40)
    forged = dataclasses.replace(request, headers={**request.headers, "x-hub-signature-256": value})
    assert not adapter.verify(forged)


def test_upper_case_hex_still_verifies(adapter: WhatsAppAdapter) -> None:
    request = webhook_request(whatsapp_text("hi"))
    upper = "sha256=" + request.headers["x-hub-signature-256"].removeprefix("sha256=").upper()
    assert adapter.verify(dataclasses.replace(request, headers={"x-hub-signature-256": upper}))


@pytest.mark.parametrize("unset", [None, ""])
def test_an_unset_app_secret_accepts_nothing(settings: Settings, unset: str | None) -> None:
    """Not even a body signed with the empty key, which anyone can compute."""
    adapter = WhatsAppAdapter(whatsapp_settings(settings, whatsapp_app_secret=unset))
    raw = encode(whatsapp_text("hi"))
    signed = webhook_request(raw)
    assert not adapter.verify(signed)
    assert not adapter.verify(dataclasses.replace(signed, headers={"x-hub-signature-256": sign("", raw)}))


# -- parsing ----------------------------------------------------------------------------------------


def test_a_text_message_becomes_an_inbound_message(adapter: WhatsAppAdapter) -> None:
    body = whatsapp_text("Where is order 1001?", message_id="wamid.ABC", timestamp=AT, name="Ana Souza")
    assert parse(adapter, body) == [
        InboundMessage(
            address="+" + SHOPPER_NUMBER,
            text="Where is order 1001?",
            provider_id="wamid.ABC",
            sent_at=datetime.fromtimestamp(AT, UTC),
            profile_name="Ana Souza",
        )
    ]


def test_the_profile_name_is_the_senders_own(adapter: WhatsAppAdapter) -> None:
    """Two senders in one change: each message gets its own contact's name, and none for a stranger."""
    messages = [
        whatsapp_message("text", {"body": "one"}, sender="4915112345678"),
        whatsapp_message("text", {"body": "two"}, sender=SHOPPER_NUMBER),
        whatsapp_message("text", {"body": "three"}, sender="447700900123"),
    ]
    contacts = [whatsapp_contact(SHOPPER_NUMBER, "Ana"), whatsapp_contact("4915112345678", "Jonas")]
    found = parse(adapter, whatsapp_webhook(whatsapp_value(messages, contacts=contacts)))
    assert [(m.address, m.text, m.profile_name) for m in found if isinstance(m, InboundMessage)] == [
        ("+4915112345678", "one", "Jonas"),
        ("+16505551234", "two", "Ana"),
        ("+447700900123", "three", None),
    ]


@pytest.mark.parametrize(
    ("kind", "content", "text"),
    [
        (
            "interactive",
            {"type": "button_reply", "button_reply": {"id": "track", "title": "Track order"}},
            "Track order",
        ),
        (
            "interactive",
            {
                "type": "list_reply",
                "list_reply": {"id": "r2", "title": "Return an item", "description": "30 days"},
            },
            "Return an item",
        ),
        ("button", {"payload": "STOP_PROMOS", "text": "Stop promotions"}, "Stop promotions"),
    ],
    ids=["button_reply", "list_reply", "template-quick-reply"],
)
def test_a_tapped_reply_is_its_title(
    adapter: WhatsAppAdapter, kind: str, content: dict[str, Any], text: str
) -> None:
    body = whatsapp_webhook(whatsapp_value([whatsapp_message(kind, content, message_id="wamid.T")]))
    [message] = parse(adapter, body)
    assert isinstance(message, InboundMessage)
    assert (message.text, message.provider_id, message.address) == (text, "wamid.T", "+" + SHOPPER_NUMBER)


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("image", {"mime_type": "image/jpeg", "sha256": "abc", "id": "1234"}),
        ("reaction", {"message_id": "wamid.X", "emoji": "👍"}),
        ("sticker", {"mime_type": "image/webp", "id": "99"}),
        ("location", {"latitude": 38.7, "longitude": -9.1}),
        ("unsupported", {}),
        ("interactive", {"type": "nfm_reply", "nfm_reply": {"response_json": "{}", "body": "Sent"}}),
    ],
)
def test_other_message_types_are_skipped(
    adapter: WhatsAppAdapter, kind: str, content: dict[str, Any]
) -> None:
    messages = [whatsapp_message(kind, content), whatsapp_message("text", {"body": "and a question"})]
    found = parse(adapter, whatsapp_webhook(whatsapp_value(messages)))
    assert [m.text for m in found if isinstance(m, InboundMessage)] == ["and a question"]
    assert len(found) == 1


def test_statuses_become_status_updates(adapter: WhatsAppAdapter) -> None:
    body = whatsapp_statuses(
        whatsapp_status("wamid.1", "sent", timestamp=AT),
        whatsapp_status("wamid.1", "delivered", timestamp=AT + 2),
        whatsapp_status("wamid.1", "read", timestamp=AT + 60),
        whatsapp_status(
            "wamid.2", "failed", timestamp=AT + 1, error_code=131047, error_title="Re-engagement message"
        ),
        whatsapp_status("wamid.3", "deleted", timestamp=AT + 5),
    )
    at = datetime.fromtimestamp(AT, UTC)
    assert parse(adapter, body) == [
        StatusUpdate("wamid.1", "sent", at),
        StatusUpdate("wamid.1", "delivered", at + timedelta(seconds=2)),
        StatusUpdate("wamid.1", "read", at + timedelta(seconds=60)),
        StatusUpdate("wamid.2", "failed", at + timedelta(seconds=1), error="131047: Re-engagement message"),
    ]


def test_a_marketing_opt_out_failure_says_opted_out(adapter: WhatsAppAdapter) -> None:
    title = "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages"
    body = whatsapp_statuses(
        whatsapp_status("wamid.9", "failed", timestamp=AT, error_code=131050, error_title=title)
    )
    [update] = parse(adapter, body)
    assert isinstance(update, StatusUpdate)
    assert (update.status, update.opted_out, update.error) == ("failed", True, f"131050: {title}")


def test_messages_and_statuses_for_another_number_are_ignored(adapter: WhatsAppAdapter) -> None:
    theirs = whatsapp_value(
        [whatsapp_message("text", {"body": "for the other shop"})],
        statuses=[whatsapp_status("wamid.other", "delivered")],
        phone_number_id="999999999999999",
    )
    ours = whatsapp_value([whatsapp_message("text", {"body": "for us"})])
    found = parse(adapter, whatsapp_webhook(theirs, ours))
    assert [m.text for m in found if isinstance(m, InboundMessage)] == ["for us"]
    assert len(found) == 1


def test_changes_other_than_messages_are_ignored(adapter: WhatsAppAdapter) -> None:
    template_update = {
        "event": "APPROVED",
        "message_template_id": 123,
        "message_template_name": "order_shipped",
    }
    body = whatsapp_webhook(template_update, field="message_template_status_update")
    assert parse(adapter, body) == []


def _drop(*path: str | int) -> Callable[[dict[str, Any]], None]:
    def mutate(body: dict[str, Any]) -> None:
        node: Any = body
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


def _set(value: Any, *path: str | int) -> Callable[[dict[str, Any]], None]:
    def mutate(body: dict[str, Any]) -> None:
        node: Any = body
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


VALUE = ("entry", 0, "changes", 0, "value")
MESSAGE = (*VALUE, "messages", 0)


@pytest.mark.parametrize(
    ("mutate", "named"),
    [
        (_set("page", "object"), "object"),
        (_set({"id": "1"}, "entry"), "entry"),
        (_set("not a list", "entry", 0, "changes"), "entry[0].changes"),
        (_drop("entry", 0, "changes", 0, "value"), "entry[0].changes[0].value"),
        (_drop(*VALUE, "metadata"), "entry[0].changes[0].value.metadata"),
        (_set(106540352242922, *VALUE, "metadata", "phone_number_id"), "value.metadata.phone_number_id"),
        (_set(["x"], *VALUE, "messages"), "value.messages[0]"),
        (_drop(*MESSAGE, "from"), "value.messages[0].from"),
        (_set("+16505551234", *MESSAGE, "from"), "value.messages[0].from"),
        (_drop(*MESSAGE, "id"), "value.messages[0].id"),
        (_drop(*MESSAGE, "type"), "value.messages[0].type"),
        (_set("yesterday", *MESSAGE, "timestamp"), "value.messages[0].timestamp"),
        (_set(None, *MESSAGE, "text", "body"), "value.messages[0].text.body"),
        (_drop(*MESSAGE, "text"), "value.messages[0].text"),
        (_set({"profile": "Ana"}, *VALUE, "contacts", 0), "value.contacts[0].profile"),
    ],
)
def test_a_malformed_body_names_the_field(
    adapter: WhatsAppAdapter, mutate: Callable[[dict[str, Any]], None], named: str
) -> None:
    body = whatsapp_text("hi")
    mutate(body)
    with pytest.raises(ValueError, match=named.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
        parse(adapter, body)


@pytest.mark.parametrize(
    ("status", "named"),
    [
        ({"status": "read", "timestamp": "1"}, r"statuses\[0\]\.id"),
        ({"id": "w", "timestamp": "1"}, r"statuses\[0\]\.status"),
        ({"id": "w", "status": "read", "timestamp": "99999999999999999999"}, r"statuses\[0\]\.timestamp"),
        ({"id": "w", "status": "failed", "timestamp": "1", "errors": [{"title": "x"}]}, r"errors\[0\]\.code"),
    ],
)
def test_a_malformed_status_names_the_field(
    adapter: WhatsAppAdapter, status: dict[str, Any], named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        parse(adapter, whatsapp_statuses(status))


@pytest.mark.parametrize(
    ("raw", "named"), [(b"{not json", "body"), (b"[1, 2]", "body"), (b'{"entry": []}', "object")]
)
def test_a_body_that_is_not_a_webhook_names_it(adapter: WhatsAppAdapter, raw: bytes, named: str) -> None:
    with pytest.raises(ValueError, match=f"^{named}"):
        parse(adapter, raw)


# -- the 24-hour customer service window ------------------------------------------------------------

REPLY = Outgoing(address="+" + SHOPPER_NUMBER, text="It ships tomorrow.", kind="reply")
SHIPPED = Template(name="order_shipped", language="en_US", parameters=["1001", "UPS 1Z999"])


def test_inside_the_window_the_message_goes_as_text(adapter: WhatsAppAdapter) -> None:
    assert adapter.prepare(REPLY, NOW - timedelta(hours=23, minutes=59), NOW, None) == REPLY
    # a template is not needed (nor wanted) while the window is open
    assert adapter.prepare(REPLY, NOW - timedelta(hours=1), NOW, SHIPPED) == REPLY


@pytest.mark.parametrize(
    "last", [NOW - timedelta(hours=24), NOW - timedelta(days=3), None], ids=["24h", "3d", "never"]
)
def test_outside_the_window_only_the_template_goes(adapter: WhatsAppAdapter, last: datetime | None) -> None:
    prepared = adapter.prepare(REPLY, last, NOW, SHIPPED)
    assert isinstance(prepared, Outgoing)
    assert (prepared.template, prepared.address, prepared.kind) == (SHIPPED, REPLY.address, "reply")


@pytest.mark.parametrize(
    "last", [NOW - timedelta(hours=24), NOW - timedelta(days=3), None], ids=["24h", "3d", "never"]
)
def test_outside_the_window_without_a_template_is_refused(
    adapter: WhatsAppAdapter, last: datetime | None
) -> None:
    refused = adapter.prepare(REPLY, last, NOW, None)
    assert isinstance(refused, Refusal)
    assert "24-hour" in refused.reason and "template" in refused.reason


# -- sending ----------------------------------------------------------------------------------------


def test_a_text_is_sent_as_the_cloud_api_expects(settings: Settings, client: httpx.Client) -> None:
    with FakeGraph() as graph:
        adapter = WhatsAppAdapter(whatsapp_settings(settings, graph))
        graph.ok()
        graph.ok("wamid.CHOSEN")
        first = adapter.send(client, REPLY)
        second = adapter.send(client, Outgoing("+4915112345678", "Ja, morgen.", "agent"))
    assert first == graph.calls[0].message_id and first.startswith("wamid.")
    assert second == "wamid.CHOSEN"
    assert graph.calls[0].path == f"/v21.0/{PHONE_NUMBER_ID}/messages"
    assert graph.calls[0].authorization == f"Bearer {WHATSAPP_TOKEN}"
    assert graph.sent("whatsapp") == [
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": SHOPPER_NUMBER,
            "type": "text",
            "text": {"preview_url": False, "body": "It ships tomorrow."},
        },
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": "4915112345678",
            "type": "text",
            "text": {"preview_url": False, "body": "Ja, morgen."},
        },
    ]


def test_a_template_is_sent_with_its_parameters(settings: Settings, client: httpx.Client) -> None:
    adapter = WhatsAppAdapter(whatsapp_settings(settings))
    prepared = adapter.prepare(REPLY, None, NOW, SHIPPED)
    bare = adapter.prepare(REPLY, None, NOW, Template(name="hello_again", language="pt_BR"))
    assert isinstance(prepared, Outgoing) and isinstance(bare, Outgoing)
    with FakeGraph() as graph:
        adapter = WhatsAppAdapter(whatsapp_settings(settings, graph))
        graph.ok()
        graph.ok()
        ids = [adapter.send(client, prepared), adapter.send(client, bare)]
    assert ids == [call.message_id for call in graph.calls]
    with_parameters, without = graph.sent("whatsapp")
    assert with_parameters["type"] == "template" and "text" not in with_parameters
    assert with_parameters["template"] == {
        "name": "order_shipped",
        "language": {"code": "en_US"},
        "components": [
            {
                "type": "body",
                "parameters": [{"type": "text", "text": "1001"}, {"type": "text", "text": "UPS 1Z999"}],
            }
        ],
    }
    assert without["template"] == {"name": "hello_again", "language": {"code": "pt_BR"}}


@pytest.mark.parametrize(
    ("code", "status", "message"),
    [
        (100, 400, "Invalid parameter"),
        (190, 401, "Error validating access token"),
        (131047, 400, "Re-engagement message"),
        (131026, 400, "Message undeliverable"),
        (200, 403, "Permissions error"),
    ],
)
def test_a_refusal_is_permanent_and_names_the_code(
    settings: Settings, client: httpx.Client, code: int, status: int, message: str
) -> None:
    with FakeGraph() as graph:
        graph.error(code, status, message, subcode=2494010)
        with pytest.raises(SendError) as raised:
            WhatsAppAdapter(whatsapp_settings(settings, graph)).send(client, REPLY)
    assert raised.value.permanent
    assert isinstance(raised.value, GraphError) and (raised.value.code, raised.value.status) == (code, status)
    assert f"error {code} (subcode 2494010): {message}" in str(raised.value)
    assert len(graph.calls) == 1


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (130429, 429),  # Cloud API throughput
        (613, 429),  # a rate limit by HTTP status alone
        (130429, 400),  # throttling codes are transient whatever the status
        (131056, 400),  # pair rate limit
        (131048, 400),  # spam rate limit
        (80007, 400),  # business account rate limit
        (4, 400),  # application request limit
        (131000, 500),  # "something went wrong"
        (None, 500),  # a proxy's HTML page
        (None, 503),
    ],
)
def test_throttling_and_server_errors_are_transient(
    settings: Settings, client: httpx.Client, code: int | None, status: int
) -> None:
    with FakeGraph() as graph:
        if code is None:
            graph.fail(status)
        else:
            graph.error(code, status, "slow down")
        with pytest.raises(GraphError) as raised:
            WhatsAppAdapter(whatsapp_settings(settings, graph)).send(client, REPLY)
    assert not raised.value.permanent
    assert (raised.value.code, raised.value.status) == (code, status)
    assert (f"error {code}" if code else f"HTTP {status}") in str(raised.value)


def test_an_unreachable_graph_is_transient(settings: Settings, client: httpx.Client) -> None:
    adapter = WhatsAppAdapter(
        whatsapp_settings(settings, whatsapp_api_url=f"http://127.0.0.1:{free_port()}/v21.0")
    )
    with pytest.raises(SendError) as raised:
        adapter.send(client, REPLY)
    assert not raised.value.permanent and "unreachable" in str(raised.value)


def test_a_graph_that_never_answers_times_out_as_transient(settings: Settings, client: httpx.Client) -> None:
    with FakeGraph() as graph:
        graph.hang(1.5)
        adapter = WhatsAppAdapter(whatsapp_settings(settings, graph, channel_timeout=0.3))
        with pytest.raises(SendError) as raised:
            adapter.send(client, REPLY)
    assert not raised.value.permanent


def test_an_accepted_send_without_an_id_is_not_retried(settings: Settings, client: httpx.Client) -> None:
    """Retrying could deliver it twice; the statuses would not find it anyway."""
    with FakeGraph() as graph:
        graph.answer(200, json.dumps({"messaging_product": "whatsapp", "messages": []}).encode())
        with pytest.raises(SendError) as raised:
            WhatsAppAdapter(whatsapp_settings(settings, graph)).send(client, REPLY)
    assert raised.value.permanent and "messages[0].id" in str(raised.value)


@pytest.mark.parametrize(
    ("overrides", "address"),
    [({"whatsapp_token": None}, REPLY.address), ({}, "+1 650 555"), ({}, "ana@example.com")],
    ids=["no-token", "spaces", "not-a-number"],
)
def test_an_impossible_send_fails_permanently_without_a_call(
    settings: Settings, client: httpx.Client, overrides: dict[str, Any], address: str
) -> None:
    with FakeGraph() as graph:
        adapter = WhatsAppAdapter(whatsapp_settings(settings, graph, **overrides))
        with pytest.raises(SendError) as raised:
            adapter.send(client, Outgoing(address, "hi", "reply"))
    assert raised.value.permanent
    assert graph.calls == []


# -- the fake checks what it is sent ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body", "problem"),
    [
        (
            {},
            {
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": "+1650",
                "type": "text",
                "text": {"preview_url": False, "body": "x"},
            },
            "to must be",
        ),
        ({"Authorization": "Bearer stolen"}, None, "Authorization"),
        (
            {},
            {
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": "1650",
                "type": "template",
                "template": {"name": "t", "language": "en", "components": []},
            },
            "template.language",
        ),
        ({}, {"to": "1650", "type": "text", "text": {"body": "x"}}, "messaging_product"),
    ],
    ids=["plus", "token", "template", "keys"],
)
def test_the_fake_graph_rejects_a_malformed_send(
    client: httpx.Client, headers: dict[str, str], body: dict[str, Any] | None, problem: str
) -> None:
    good = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "1650",
        "type": "text",
        "text": {"preview_url": False, "body": "x"},
    }
    with pytest.raises(AssertionError, match=problem), FakeGraph() as graph:
        graph.ok()  # a malformed call must not consume it
        response = client.post(
            f"{graph.base_url}/{PHONE_NUMBER_ID}/messages",
            json=body or good,
            headers={"Authorization": f"Bearer {WHATSAPP_TOKEN}", **headers},
        )
        assert response.status_code == 500
        graph.script.clear()


def test_the_fake_graph_fails_an_unscripted_call_and_an_unused_answer(client: httpx.Client) -> None:
    with pytest.raises(AssertionError, match="unscripted"), FakeGraph() as graph:
        response = client.post(
            f"{graph.base_url}/{PHONE_NUMBER_ID}/messages",
            json={
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": "1650",
                "type": "text",
                "text": {"preview_url": False, "body": "x"},
            },
            headers={"Authorization": f"Bearer {WHATSAPP_TOKEN}"},
        )
        assert response.status_code == 500
    with pytest.raises(AssertionError, match="never asked for"), FakeGraph() as graph:
        graph.ok()
