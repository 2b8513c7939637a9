"""The generic JSON webhook channel: signatures like copilot's own webhooks, its event shapes, and sends
to a local receiver that checks each one the way an integration must."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from copilot.channels.base import InboundMessage, Outgoing, SendError, StatusUpdate, Template
from copilot.channels.webhook import WebhookAdapter
from copilot.http_client import http_client
from copilot.settings import Settings
from tests.fake_channel_receiver import SECRET, FakeChannelReceiver, signed_event
from tests.webhook_receiver import free_port

MESSAGE = {"type": "message", "from": "app-user-42", "text": "Where is my order?", "id": "m-1"}


def adapter(tmp_path: Path, **fields: Any) -> WebhookAdapter:
    values: dict[str, Any] = {
        "home": tmp_path / "home",
        "channel_webhook_secret": SECRET,
        "channel_webhook_url": "http://127.0.0.1:9/unused",
    }
    return WebhookAdapter(Settings(**(values | fields)))


@pytest.fixture
def hook(tmp_path: Path) -> WebhookAdapter:
    return adapter(tmp_path)


@pytest.fixture
def receiver() -> Iterator[FakeChannelReceiver]:
    with FakeChannelReceiver() as fake:
        yield fake


def test_configured_needs_secret_and_url(tmp_path: Path) -> None:
    assert adapter(tmp_path).configured
    assert not adapter(tmp_path, channel_webhook_secret=None).configured
    assert not adapter(tmp_path, channel_webhook_url=None).configured
    assert adapter(tmp_path).name == "webhook"
    assert adapter(tmp_path).challenge({"hub.challenge": "1"}) is None


# -- signatures -----------------------------------------------------------------------------------
def test_a_signed_event_is_accepted(hook: WebhookAdapter) -> None:
    assert hook.verify(signed_event(MESSAGE))


def test_a_tampered_body_is_refused(hook: WebhookAdapter) -> None:
    request = signed_event(MESSAGE)
    tampered = replace(request, body=request.body.replace(b"app-user-42", b"app-user-43"))
    assert tampered.body != request.body
    assert not hook.verify(tampered)


def test_another_secret_is_refused(hook: WebhookAdapter) -> None:
    assert not hook.verify(signed_event(MESSAGE, "not-the-shops-secret"))


def test_a_missing_or_garbled_signature_is_refused(hook: WebhookAdapter) -> None:
    request = signed_event(MESSAGE)
    assert not hook.verify(replace(request, headers={"content-type": "application/json"}))
    for garbled in ("", "v1=abc", "t=notanumber,v1=abc", "t=1,v1"):
        assert not hook.verify(replace(request, headers={"x-copilot-signature": garbled}))


def test_a_stale_timestamp_is_refused(hook: WebhookAdapter) -> None:
    """A captured request replayed later fails: the timestamp is signed with the body."""
    assert hook.verify(signed_event(MESSAGE, timestamp=int(time.time()) - 60))
    assert not hook.verify(signed_event(MESSAGE, timestamp=int(time.time()) - 3600))
    assert not hook.verify(signed_event(MESSAGE, timestamp=int(time.time()) + 3600))


def test_nothing_verifies_without_a_secret(tmp_path: Path) -> None:
    assert not adapter(tmp_path, channel_webhook_secret=None).verify(signed_event(MESSAGE))
    assert not adapter(tmp_path, channel_webhook_secret="").verify(signed_event(MESSAGE, ""))


# -- parsing --------------------------------------------------------------------------------------
def test_a_message(hook: WebhookAdapter) -> None:
    before = datetime.now(UTC)
    (message,) = hook.parse(signed_event(MESSAGE))
    assert isinstance(message, InboundMessage)
    assert (message.address, message.text, message.provider_id) == (
        "app-user-42",
        "Where is my order?",
        "m-1",
    )
    assert message.customer_id is None
    assert before <= message.sent_at <= datetime.now(UTC)


def test_a_message_with_the_integrations_customer_and_time(hook: WebhookAdapter) -> None:
    event = MESSAGE | {"customer_id": "C-1001", "sent_at": "2025-03-01T10:15:00+01:00"}
    (message,) = hook.parse(signed_event(event))
    assert isinstance(message, InboundMessage)
    assert message.customer_id == "C-1001"
    assert message.sent_at == datetime(2025, 3, 1, 9, 15, tzinfo=UTC)
    assert message.sent_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize("status", ["sent", "delivered", "read", "failed"])
def test_a_status(hook: WebhookAdapter, status: str) -> None:
    error = "device offline" if status == "failed" else None
    (update,) = hook.parse(signed_event({"type": "status", "id": "a" * 32, "status": status, "error": error}))
    assert isinstance(update, StatusUpdate)
    assert (update.provider_id, update.status, update.error, update.opted_out) == (
        "a" * 32,
        status,
        error,
        False,
    )
    assert abs(update.at - datetime.now(UTC)) < timedelta(seconds=5)


def test_a_batch_of_events_in_order(hook: WebhookAdapter) -> None:
    events = [
        {"type": "status", "id": "b" * 32, "status": "delivered"},
        MESSAGE,
        MESSAGE | {"id": "m-2", "text": "Hello?"},
    ]
    parsed = hook.parse(signed_event({"events": events}))
    assert [type(p).__name__ for p in parsed] == ["StatusUpdate", "InboundMessage", "InboundMessage"]
    assert [p.provider_id for p in parsed] == ["b" * 32, "m-1", "m-2"]


def test_unknown_fields_are_ignored(hook: WebhookAdapter) -> None:
    """A bridge may forward its provider's metadata; it is signed, and ignored."""
    (message,) = hook.parse(signed_event(MESSAGE | {"platform": "line", "raw": {"x": 1}}))
    assert isinstance(message, InboundMessage) and message.text == MESSAGE["text"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({k: v for k, v in MESSAGE.items() if k != "from"}, "from"),
        ({k: v for k, v in MESSAGE.items() if k != "id"}, "id"),
        ({k: v for k, v in MESSAGE.items() if k != "text"}, "text"),
        (MESSAGE | {"text": ""}, "text"),
        (MESSAGE | {"from": 42}, "from"),
        (MESSAGE | {"sent_at": "yesterday"}, "sent_at"),
        (MESSAGE | {"sent_at": "2025-03-01T10:15:00"}, "sent_at"),  # no zone: ambiguous
        ({k: v for k, v in MESSAGE.items() if k != "type"}, "type"),
        (MESSAGE | {"type": "reaction"}, "type"),
        ({"type": "status", "id": "x", "status": "lost"}, "status"),
        ({"type": "status", "status": "sent"}, "id"),
        ({"events": [MESSAGE, {"type": "message", "text": "hi", "id": "2"}]}, "events.1.from"),
        ({"events": [{"type": "status", "id": "x", "status": "?"}]}, "events.0.status"),
        ({"events": []}, "events"),
        ({"events": "not a list"}, "events"),
        ([MESSAGE], "body"),
    ],
)
def test_a_malformed_event_is_refused_by_field(hook: WebhookAdapter, payload: object, field: str) -> None:
    with pytest.raises(ValueError) as refused:
        hook.parse(signed_event(payload))
    assert str(refused.value).startswith(f"{field}: ")


def test_a_body_that_is_not_json_is_refused(hook: WebhookAdapter) -> None:
    request = replace(signed_event(MESSAGE), body=b"from=me&text=hi")
    with pytest.raises(ValueError, match=r"^body: not JSON"):
        hook.parse(request)


# -- prepare and acknowledgement ---------------------------------------------------------------------
def test_no_window(hook: WebhookAdapter) -> None:
    outgoing = Outgoing(address="app-user-42", text="Your order shipped", kind="alert")
    long_ago = datetime.now(UTC) - timedelta(days=30)
    assert hook.prepare(outgoing, long_ago, datetime.now(UTC), Template("order_update", "en")) is outgoing
    assert hook.prepare(outgoing, None, datetime.now(UTC), None) is outgoing


def test_acknowledgement(hook: WebhookAdapter) -> None:
    assert hook.acknowledgement() == ("application/json", "{}")


# -- send -----------------------------------------------------------------------------------------
def sender(tmp_path: Path, receiver: FakeChannelReceiver) -> WebhookAdapter:
    return WebhookAdapter(Settings(home=tmp_path / "home", **receiver.settings_fields()))


def test_send_posts_a_signed_message_and_returns_our_id(
    tmp_path: Path, receiver: FakeChannelReceiver
) -> None:
    receiver.accept(times=2)
    adapter = sender(tmp_path, receiver)
    with http_client(5) as client:
        first = adapter.send(client, Outgoing("app-user-42", "Your parcel left", "alert"))
        second = adapter.send(client, Outgoing("app-user-42", "Anything else?", "reply"))
    assert first != second
    assert receiver.messages == [
        {"to": "app-user-42", "text": "Your parcel left", "kind": "alert", "id": first},
        {"to": "app-user-42", "text": "Anything else?", "kind": "reply", "id": second},
    ]
    # the ids we return are the ones statuses come back with
    (update,) = adapter.parse(signed_event({"type": "status", "id": first, "status": "delivered"}))
    assert isinstance(update, StatusUpdate) and update.provider_id == first


def test_any_2xx_is_accepted(tmp_path: Path, receiver: FakeChannelReceiver) -> None:
    receiver.accept(status=204)
    with http_client(5) as client:
        message_id = sender(tmp_path, receiver).send(client, Outgoing("u", "hi", "notice"))
    assert receiver.messages[0]["id"] == message_id


@pytest.mark.parametrize(
    ("status", "permanent"), [(400, True), (404, True), (410, True), (429, False), (502, False)]
)
def test_failures(tmp_path: Path, receiver: FakeChannelReceiver, status: int, permanent: bool) -> None:
    receiver.fail(status, b'{"error": "no such user"}')
    with http_client(5) as client, pytest.raises(SendError, match=f"HTTP {status}") as refused:
        sender(tmp_path, receiver).send(client, Outgoing("u", "hi", "reply"))
    assert refused.value.permanent is permanent
    assert "no such user" in str(refused.value)
    assert len(receiver.requests) == 1


def test_an_unreachable_receiver_is_transient(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/hook"
    adapter = WebhookAdapter(Settings(home=tmp_path, channel_webhook_secret=SECRET, channel_webhook_url=url))
    with http_client(5) as client, pytest.raises(SendError, match="unreachable") as refused:
        adapter.send(client, Outgoing("u", "hi", "reply"))
    assert not refused.value.permanent


def test_an_unconfigured_channel_sends_nothing(tmp_path: Path, receiver: FakeChannelReceiver) -> None:
    adapter = WebhookAdapter(Settings(home=tmp_path, channel_webhook_url=receiver.url))
    with http_client(5) as client, pytest.raises(SendError, match="not configured") as refused:
        adapter.send(client, Outgoing("u", "hi", "reply"))
    assert refused.value.permanent and receiver.requests == []


def test_the_receiver_checks_signatures_and_refuses_unscripted_calls(tmp_path: Path) -> None:
    """The fake is a check, not an echo: a send signed with another secret is caught."""
    fake = FakeChannelReceiver()
    with pytest.raises(AssertionError, match="2 bad or unscripted"), fake:
        fake.accept()
        wrong = WebhookAdapter(
            Settings(home=tmp_path, channel_webhook_secret="other-secret", channel_webhook_url=fake.url)
        )
        with http_client(5) as client:
            with pytest.raises(SendError, match="HTTP 500"):
                wrong.send(client, Outgoing("u", "hi", "reply"))
            sender(tmp_path, fake).send(client, Outgoing("u", "hi", "reply"))
            with pytest.raises(SendError, match="HTTP 500"):
                sender(tmp_path, fake).send(client, Outgoing("u", "hi", "reply"))
    assert fake.refused[0].problems == ["bad signature"]
    assert fake.refused[1].problems == ["unscripted"]
    assert json.loads(fake.requests[1].body)["text"] == "hi"
