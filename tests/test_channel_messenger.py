"""The Messenger adapter against Meta's documented Page webhooks and a local Graph API server."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx
import pytest

from copilot.channels.base import (
    ChannelAdapter,
    InboundMessage,
    Kind,
    Outgoing,
    Refusal,
    SendError,
    StatusUpdate,
    Template,
)
from copilot.channels.messenger import MessengerAdapter
from copilot.channels.meta import GraphError
from copilot.http_client import http_client
from copilot.settings import Settings
from tests.conftest import free_port
from tests.fake_meta import (
    PAGE_TOKEN,
    SHOPPER_PSID,
    VERIFY_TOKEN,
    FakeGraph,
    encode,
    messenger_delivery,
    messenger_echo,
    messenger_event,
    messenger_read,
    messenger_settings,
    messenger_text,
    messenger_webhook,
    sign,
    webhook_request,
    whatsapp_text,
)

AT_MS = 1_760_000_000_123
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
URL = "https://shop.example/v1/channels/messenger"
TEXT = {"mid": "m_1", "text": "hello"}


@pytest.fixture
def adapter(settings: Settings) -> MessengerAdapter:
    return MessengerAdapter(messenger_settings(settings))


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with http_client(2.0) as client:
        yield client


def one(**content: Any) -> dict[str, Any]:
    """A Page webhook with one event from the shopper carrying ``content``."""
    return messenger_webhook(messenger_event(SHOPPER_PSID, AT_MS, **content))


def parse(adapter: MessengerAdapter, body: dict[str, Any] | bytes) -> list[InboundMessage | StatusUpdate]:
    request = webhook_request(body, url=URL)
    assert adapter.verify(request)
    return adapter.parse(request)


# -- configuration, handshake, signatures -----------------------------------------------------------


def test_configured_needs_secret_verify_token_and_page_token(settings: Settings) -> None:
    assert MessengerAdapter(messenger_settings(settings)).configured
    assert not MessengerAdapter(settings).configured
    for missing in ("messenger_app_secret", "messenger_verify_token", "messenger_token"):
        assert not MessengerAdapter(messenger_settings(settings, **{missing: None})).configured, missing
    # WhatsApp's credentials do not configure Messenger
    assert not MessengerAdapter(settings.model_copy(update={"whatsapp_app_secret": "s"})).configured
    assert MessengerAdapter(settings).name == "messenger"
    assert MessengerAdapter(settings).acknowledgement() == ("text/plain", "")
    adapter: ChannelAdapter = MessengerAdapter(settings)  # mypy checks it keeps the interface
    assert adapter.name == "messenger"


def test_the_handshake_answers_only_our_verify_token(adapter: MessengerAdapter) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "CHALLENGE_ACCEPTED"}
    assert adapter.challenge(query) == "CHALLENGE_ACCEPTED"
    assert adapter.challenge({**query, "hub.verify_token": "whatsapp's token"}) is None
    assert adapter.challenge({k: v for k, v in query.items() if k != "hub.verify_token"}) is None
    assert adapter.challenge({**query, "hub.mode": "unsubscribe"}) is None


def test_the_handshake_reads_messengers_token_not_whatsapps(settings: Settings) -> None:
    mixed = messenger_settings(
        settings, messenger_verify_token="page-verify", whatsapp_verify_token="wa-verify"
    )
    adapter = MessengerAdapter(mixed)
    query = {"hub.mode": "subscribe", "hub.challenge": "7"}
    assert adapter.challenge({**query, "hub.verify_token": "page-verify"}) == "7"
    assert adapter.challenge({**query, "hub.verify_token": "wa-verify"}) is None


def test_signatures(adapter: MessengerAdapter) -> None:
    request = webhook_request(messenger_text("hi"), url=URL)
    assert adapter.verify(request)
    assert not adapter.verify(dataclasses.replace(request, body=request.body.replace(b"hi", b"ho")))
    assert not adapter.verify(webhook_request(messenger_text("hi"), secret="another-apps-secret", url=URL))
    assert not adapter.verify(webhook_request(messenger_text("hi"), secret=None, url=URL))
    for header in ("sha256=", "sha256=abc", "md5=" + "0" * 64, request.headers["x-hub-signature-256"][7:]):
        assert not adapter.verify(dataclasses.replace(request, headers={"x-hub-signature-256": header})), (
            header
        )


def test_the_signature_uses_messengers_secret(settings: Settings) -> None:
    adapter = MessengerAdapter(
        messenger_settings(settings, messenger_app_secret="page-app", whatsapp_app_secret="wa")
    )
    assert adapter.verify(webhook_request(messenger_text("hi"), secret="page-app", url=URL))
    assert not adapter.verify(webhook_request(messenger_text("hi"), secret="wa", url=URL))


@pytest.mark.parametrize("unset", [None, ""])
def test_an_unset_app_secret_accepts_nothing(settings: Settings, unset: str | None) -> None:
    adapter = MessengerAdapter(messenger_settings(settings, messenger_app_secret=unset))
    raw = encode(messenger_text("hi"))
    request = webhook_request(raw, url=URL)
    assert not adapter.verify(request)
    assert not adapter.verify(dataclasses.replace(request, headers={"x-hub-signature-256": sign("", raw)}))


# -- parsing ----------------------------------------------------------------------------------------


def test_a_text_message_becomes_an_inbound_message(adapter: MessengerAdapter) -> None:
    body = messenger_text("Is the blue one in stock?", mid="m_abc", timestamp_ms=AT_MS)
    assert parse(adapter, body) == [
        InboundMessage(
            address=SHOPPER_PSID,
            text="Is the blue one in stock?",
            provider_id="m_abc",
            sent_at=datetime.fromtimestamp(AT_MS / 1000, UTC),
        )
    ]


def test_a_quick_reply_is_its_text(adapter: MessengerAdapter) -> None:
    message = {"mid": "m_q", "text": "Track my order", "quick_reply": {"payload": "TRACK"}}
    [inbound] = parse(adapter, one(message=message))
    assert isinstance(inbound, InboundMessage) and inbound.text == "Track my order"


def test_our_own_echo_is_skipped(adapter: MessengerAdapter) -> None:
    """Otherwise the copilot would read its own reply as the shopper's next message."""
    body = messenger_webhook(
        *messenger_echo("Your order shipped.")["entry"][0]["messaging"],
        *messenger_text("thanks!")["entry"][0]["messaging"],
    )
    assert [m.text for m in parse(adapter, body) if isinstance(m, InboundMessage)] == ["thanks!"]
    assert parse(adapter, messenger_echo("Your order shipped.")) == []


def test_attachments_without_text_and_other_events_are_skipped(adapter: MessengerAdapter) -> None:
    image = {
        "mid": "m_img",
        "attachments": [{"type": "image", "payload": {"url": "https://cdn.example/i.jpg"}}],
    }
    body = messenger_webhook(
        messenger_event(SHOPPER_PSID, AT_MS, message=image),
        messenger_event(SHOPPER_PSID, AT_MS, postback={"title": "Get Started", "payload": "START"}),
        messenger_event(SHOPPER_PSID, AT_MS, reaction={"mid": "m_x", "action": "react", "emoji": "❤"}),
    )
    assert parse(adapter, body) == []


def test_a_delivery_reports_each_message_delivered(adapter: MessengerAdapter) -> None:
    at = datetime.fromtimestamp(AT_MS / 1000, UTC)
    assert parse(adapter, messenger_delivery(["m_1", "m_2"], AT_MS)) == [
        StatusUpdate("m_1", "delivered", at),
        StatusUpdate("m_2", "delivered", at),
    ]


def test_a_delivery_without_mids_and_a_read_watermark_report_nothing(adapter: MessengerAdapter) -> None:
    """A read names no message: which of ours it covers is the outbox's business, not a guess here."""
    no_mids = one(delivery={"watermark": AT_MS})
    assert parse(adapter, no_mids) == []
    assert parse(adapter, messenger_read(AT_MS)) == []


def test_entries_without_messaging_are_skipped(adapter: MessengerAdapter) -> None:
    feed = {
        "object": "page",
        "entry": [{"id": "1", "time": AT_MS, "changes": [{"field": "feed", "value": {}}]}],
    }
    assert parse(adapter, feed) == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b"not json", r"^body"),
        (whatsapp_text("wrong webhook"), r"^object"),
        ({"object": "page", "entry": {"id": "1"}}, r"^entry:"),
        ({"object": "page", "entry": [{"messaging": {"sender": {}}}]}, r"^entry\[0\]\.messaging:"),
        (one(message="hi"), r"messaging\[0\]\.message:"),
        (
            messenger_webhook({"recipient": {"id": "1"}, "timestamp": AT_MS, "message": TEXT}),
            r"\.sender:",
        ),
        (one(message={"text": "x"}), r"message\.mid"),
        (one(message={"mid": "m", "text": 7}), r"message\.text"),
        (
            messenger_webhook(
                messenger_event(SHOPPER_PSID, None, message={"mid": "m", "text": "x"}) | {"timestamp": "1"}
            ),
            r"messaging\[0\]\.timestamp",
        ),
        (one(delivery={"mids": ["m"]}), r"delivery\.watermark"),
        (one(delivery={"mids": [1], "watermark": AT_MS}), r"delivery\.mids\[0\]"),
    ],
)
def test_a_malformed_body_names_the_field(
    adapter: MessengerAdapter, body: dict[str, Any] | bytes, named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        parse(adapter, body)


# -- the 24-hour window and the human agent tag -----------------------------------------------------


def outgoing(kind: Kind) -> Outgoing:
    return Outgoing(address=SHOPPER_PSID, text="The blue one is back in stock.", kind=kind)


@pytest.mark.parametrize("kind", ["reply", "agent", "alert", "notice"])
def test_inside_24_hours_anything_goes_untagged(adapter: MessengerAdapter, kind: Kind) -> None:
    prepared = adapter.prepare(outgoing(kind), NOW - timedelta(hours=23), NOW, None)
    assert prepared == outgoing(kind)


def test_a_person_replying_within_7_days_is_tagged_human_agent(adapter: MessengerAdapter) -> None:
    for age in (timedelta(hours=24), timedelta(days=2), timedelta(days=6, hours=23)):
        prepared = adapter.prepare(outgoing("agent"), NOW - age, NOW, None)
        assert prepared == dataclasses.replace(outgoing("agent"), tag="HUMAN_AGENT"), age


@pytest.mark.parametrize("kind", ["reply", "alert", "code", "notice"])
def test_the_bot_after_24_hours_is_refused(adapter: MessengerAdapter, kind: Kind) -> None:
    refused = adapter.prepare(
        outgoing(kind), NOW - timedelta(days=2), NOW, Template("order_shipped", "en_US")
    )
    assert isinstance(refused, Refusal)
    assert "24-hour" in refused.reason and "no approved templates" in refused.reason


def test_a_person_after_7_days_is_refused(adapter: MessengerAdapter) -> None:
    for age in (timedelta(days=7), timedelta(days=8)):
        refused = adapter.prepare(outgoing("agent"), NOW - age, NOW, None)
        assert isinstance(refused, Refusal) and "7 days" in refused.reason, age


def test_a_shopper_who_never_wrote_cannot_be_messaged(adapter: MessengerAdapter) -> None:
    assert isinstance(adapter.prepare(outgoing("agent"), None, NOW, None), Refusal)
    assert isinstance(adapter.prepare(outgoing("alert"), None, NOW, Template("t", "en")), Refusal)


# -- sending ----------------------------------------------------------------------------------------


def test_a_reply_and_a_tagged_agent_message_are_sent_as_the_send_api_expects(
    settings: Settings, client: httpx.Client
) -> None:
    adapter = MessengerAdapter(messenger_settings(settings))
    tagged = adapter.prepare(outgoing("agent"), NOW - timedelta(days=2), NOW, None)
    assert isinstance(tagged, Outgoing)
    with FakeGraph() as graph:
        adapter = MessengerAdapter(messenger_settings(settings, graph))
        graph.ok()
        graph.ok("m_chosen")
        ids = [adapter.send(client, outgoing("reply")), adapter.send(client, tagged)]
    assert ids[0] == graph.calls[0].message_id and ids[0].startswith("m_")
    assert ids[1] == "m_chosen"
    assert [(c.path, c.authorization) for c in graph.calls] == [
        ("/v21.0/me/messages", f"Bearer {PAGE_TOKEN}")
    ] * 2
    assert graph.sent("messenger") == [
        {
            "recipient": {"id": SHOPPER_PSID},
            "messaging_type": "RESPONSE",
            "message": {"text": "The blue one is back in stock."},
        },
        {
            "recipient": {"id": SHOPPER_PSID},
            "messaging_type": "MESSAGE_TAG",
            "tag": "HUMAN_AGENT",
            "message": {"text": "The blue one is back in stock."},
        },
    ]


@pytest.mark.parametrize(
    ("code", "status", "subcode", "permanent"),
    [
        (10, 400, 2018278, True),  # outside the allowed window
        (551, 400, 1545041, True),  # this person isn't available right now
        (100, 400, 2018001, True),  # no matching user found
        (190, 401, None, True),  # the page token is invalid
        (613, 429, None, False),  # rate limited
        (4, 400, None, False),  # application request limit
        (2, 500, None, False),  # temporarily unavailable
    ],
)
def test_graph_errors(
    settings: Settings, client: httpx.Client, code: int, status: int, subcode: int | None, permanent: bool
) -> None:
    with FakeGraph() as graph:
        graph.error(code, status, "scripted", subcode=subcode)
        with pytest.raises(GraphError) as raised:
            MessengerAdapter(messenger_settings(settings, graph)).send(client, outgoing("reply"))
    assert raised.value.permanent is permanent
    assert raised.value.code == code and f"error {code}" in str(raised.value)


def test_server_errors_and_an_unreachable_graph_are_transient(
    settings: Settings, client: httpx.Client
) -> None:
    with FakeGraph() as graph:
        graph.fail(502)
        with pytest.raises(SendError) as raised:
            MessengerAdapter(messenger_settings(settings, graph)).send(client, outgoing("reply"))
    assert not raised.value.permanent and "HTTP 502" in str(raised.value)
    gone = messenger_settings(settings, messenger_api_url=f"http://127.0.0.1:{free_port()}/v21.0")
    with pytest.raises(SendError) as raised:
        MessengerAdapter(gone).send(client, outgoing("reply"))
    assert not raised.value.permanent


def test_an_accepted_send_without_a_message_id_is_not_retried(
    settings: Settings, client: httpx.Client
) -> None:
    with FakeGraph() as graph:
        graph.answer(200, b'{"recipient_id": "6783295842104712"}')
        with pytest.raises(SendError) as raised:
            MessengerAdapter(messenger_settings(settings, graph)).send(client, outgoing("reply"))
    assert raised.value.permanent and "message_id" in str(raised.value)


def test_without_a_page_token_nothing_is_sent(settings: Settings, client: httpx.Client) -> None:
    with FakeGraph() as graph:
        adapter = MessengerAdapter(messenger_settings(settings, graph, messenger_token=None))
        with pytest.raises(SendError) as raised:
            adapter.send(client, outgoing("reply"))
    assert raised.value.permanent and graph.calls == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            {
                "recipient": {"id": "1"},
                "messaging_type": "RESPONSE",
                "tag": "HUMAN_AGENT",
                "message": {"text": "x"},
            },
            "only goes with MESSAGE_TAG",
        ),
        ({"recipient": {"id": "1"}, "messaging_type": "MESSAGE_TAG", "message": {"text": "x"}}, "known tag"),
        ({"recipient": {"id": "1"}, "message": {"text": "x"}}, "messaging_type"),
        ({"recipient": "1", "messaging_type": "RESPONSE", "message": {"text": "x"}}, "recipient"),
        ({"recipient": {"id": "1"}, "messaging_type": "RESPONSE", "message": {"text": "x" * 2001}}, "2000"),
    ],
)
def test_the_fake_graph_rejects_a_malformed_messenger_send(
    client: httpx.Client, body: dict[str, Any], problem: str
) -> None:
    with pytest.raises(AssertionError, match=problem), FakeGraph() as graph:
        response = client.post(
            f"{graph.base_url}/me/messages", json=body, headers={"Authorization": f"Bearer {PAGE_TOKEN}"}
        )
        assert response.status_code == 500
