"""The Twilio SMS adapter: signatures as Twilio computes them, its webhook shapes, and sends against a
local stand-in for the Messages API that checks what arrives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from copilot.channels.base import InboundMessage, Outgoing, SendError, StatusUpdate, Template
from copilot.channels.sms import TWIML_EMPTY, TwilioSmsAdapter
from copilot.http_client import http_client
from copilot.settings import Settings
from tests.fake_twilio import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SHOP_NUMBER,
    FakeTwilio,
    inbound_sms,
    message_sid,
    status_callback,
    webhook_request,
)
from tests.webhook_receiver import free_port

URL = "https://help.example.com/v1/channels/sms"


def adapter(tmp_path: Path, **fields: Any) -> TwilioSmsAdapter:
    values: dict[str, Any] = {
        "home": tmp_path / "home",
        "sms_account_sid": ACCOUNT_SID,
        "sms_auth_token": AUTH_TOKEN,
        "sms_from": SHOP_NUMBER,
    }
    return TwilioSmsAdapter(Settings(**(values | fields)))


@pytest.fixture
def sms(tmp_path: Path) -> TwilioSmsAdapter:
    return adapter(tmp_path)


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake


def test_configured_needs_sid_token_and_sender(tmp_path: Path) -> None:
    assert adapter(tmp_path).configured
    for missing in ("sms_account_sid", "sms_auth_token", "sms_from"):
        assert not adapter(tmp_path, **{missing: None}).configured
    assert TwilioSmsAdapter(Settings(home=tmp_path)).name == "sms"


# -- signatures -----------------------------------------------------------------------------------
def test_a_request_signed_with_our_token_is_accepted(sms: TwilioSmsAdapter) -> None:
    assert sms.verify(webhook_request(URL, inbound_sms("Where is my order?")))


def test_blank_fields_are_part_of_the_signature(sms: TwilioSmsAdapter) -> None:
    """Twilio signs its empty fields (ToCity=...): dropping them while parsing would refuse every SMS."""
    fields = inbound_sms("hi")
    assert fields["ToCity"] == ""
    assert sms.verify(webhook_request(URL, fields))
    signed_without_blanks = webhook_request(URL, {k: v for k, v in fields.items() if v})
    assert not sms.verify(replace(signed_without_blanks, body=urlencode(fields).encode()))


def test_a_tampered_body_is_refused(sms: TwilioSmsAdapter) -> None:
    request = webhook_request(URL, inbound_sms("Cancel nothing please"))
    tampered = replace(request, body=request.body.replace(b"nothing", b"everything"))
    assert tampered.body != request.body
    assert not sms.verify(tampered)


def test_a_signature_made_with_another_token_is_refused(sms: TwilioSmsAdapter) -> None:
    assert not sms.verify(webhook_request(URL, inbound_sms("hi"), auth_token="someone-elses-token"))


def test_a_missing_signature_is_refused(sms: TwilioSmsAdapter) -> None:
    request = webhook_request(URL, inbound_sms("hi"))
    headers = {k: v for k, v in request.headers.items() if k != "x-twilio-signature"}
    assert not sms.verify(replace(request, headers=headers))
    assert not sms.verify(replace(request, headers={**headers, "x-twilio-signature": ""}))


def test_the_url_is_signed_too(sms: TwilioSmsAdapter) -> None:
    """A request signed for another URL (another shop's endpoint, another path) is refused."""
    signed_elsewhere = webhook_request("https://evil.example.com/v1/channels/sms", inbound_sms("hi"))
    assert not sms.verify(replace(signed_elsewhere, url=URL))
    other_query = webhook_request(URL + "?shop=1", inbound_sms("hi"))
    assert not sms.verify(replace(other_query, url=URL))


def test_the_default_port_may_be_in_either_url(sms: TwilioSmsAdapter) -> None:
    """Twilio signs with or without :443 depending on the request; both forms are the same URL."""
    signed_with_port = webhook_request("https://help.example.com:443/v1/channels/sms", inbound_sms("hi"))
    assert sms.verify(replace(signed_with_port, url=URL))
    assert not sms.verify(replace(signed_with_port, url="https://help.example.com:8443/v1/channels/sms"))


def test_nothing_verifies_without_an_auth_token(tmp_path: Path) -> None:
    request = webhook_request(URL, inbound_sms("hi"))
    assert not adapter(tmp_path, sms_auth_token=None).verify(request)
    assert not adapter(tmp_path, sms_auth_token="").verify(request)


def test_only_posts_and_utf8_bodies_verify(sms: TwilioSmsAdapter) -> None:
    request = webhook_request(URL, inbound_sms("hi"))
    assert not sms.verify(replace(request, method="GET"))
    assert not sms.verify(replace(request, body=b"\xff\xfe"))


def test_no_verification_handshake(sms: TwilioSmsAdapter) -> None:
    assert sms.challenge({"hub.mode": "subscribe", "hub.challenge": "123"}) is None


# -- parsing --------------------------------------------------------------------------------------
def test_an_inbound_sms_is_a_message_from_an_e164_address(sms: TwilioSmsAdapter) -> None:
    sid = message_sid()
    before = datetime.now(UTC)
    parsed = sms.parse(
        webhook_request(URL, inbound_sms("Where is order #W123?", "+1 (415) 555-0123", sid=sid))
    )
    assert len(parsed) == 1
    message = parsed[0]
    assert isinstance(message, InboundMessage)
    assert (message.address, message.text, message.provider_id) == (
        "+14155550123",
        "Where is order #W123?",
        sid,
    )
    assert before <= message.sent_at <= datetime.now(UTC)
    assert message.customer_id is None  # a caller id proves nothing


def test_keywords_are_delivered_as_text(sms: TwilioSmsAdapter) -> None:
    """STOP / START / HELP are the service's job, the same on every channel."""
    (message,) = sms.parse(webhook_request(URL, inbound_sms("STOP")))
    assert isinstance(message, InboundMessage) and message.text == "STOP"


def test_a_picture_without_text_is_skipped(sms: TwilioSmsAdapter) -> None:
    fields = inbound_sms("") | {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/media/1"}
    assert sms.parse(webhook_request(URL, fields)) == []


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("sent", "sent"),
        ("delivered", "delivered"),
        ("read", "read"),
        ("failed", "failed"),
        ("undelivered", "failed"),
    ],
)
def test_status_callbacks(sms: TwilioSmsAdapter, status: str, expected: str) -> None:
    sid = message_sid()
    code = "30003" if expected == "failed" else None
    (update,) = sms.parse(webhook_request(URL, status_callback(sid, status, error_code=code)))
    assert isinstance(update, StatusUpdate)
    assert (update.provider_id, update.status, update.opted_out) == (sid, expected, False)
    assert update.error == ("Twilio error 30003" if code else None)
    assert abs(update.at - datetime.now(UTC)) < timedelta(seconds=5)


@pytest.mark.parametrize("status", ["queued", "accepted", "sending", "scheduled", "some_future_status"])
def test_statuses_before_sending_are_skipped(sms: TwilioSmsAdapter, status: str) -> None:
    assert sms.parse(webhook_request(URL, status_callback(message_sid(), status))) == []


def test_a_failure_without_a_code_still_says_what_failed(sms: TwilioSmsAdapter) -> None:
    (update,) = sms.parse(webhook_request(URL, status_callback(message_sid(), "undelivered")))
    assert isinstance(update, StatusUpdate) and update.error == "Twilio status undelivered"


def test_error_21610_means_the_recipient_opted_out(sms: TwilioSmsAdapter) -> None:
    (update,) = sms.parse(webhook_request(URL, status_callback(message_sid(), "failed", error_code="21610")))
    assert isinstance(update, StatusUpdate)
    assert update.status == "failed" and update.opted_out and update.error == "Twilio error 21610"


def test_another_account_is_refused(sms: TwilioSmsAdapter) -> None:
    other = "AC" + "f" * 32
    with pytest.raises(ValueError, match="AccountSid"):
        sms.parse(webhook_request(URL, inbound_sms("hi", account_sid=other)))
    with pytest.raises(ValueError, match="AccountSid"):
        sms.parse(webhook_request(URL, status_callback(message_sid(), "delivered", account_sid=other)))


@pytest.mark.parametrize("missing", ["From", "To", "Body", "MessageSid", "AccountSid"])
def test_a_message_missing_a_field_is_refused_by_name(sms: TwilioSmsAdapter, missing: str) -> None:
    fields = {k: v for k, v in inbound_sms("hi").items() if k != missing}
    with pytest.raises(ValueError, match=rf"^{missing}: required"):
        sms.parse(webhook_request(URL, fields))


def test_a_status_missing_its_message_sid_is_refused_by_name(sms: TwilioSmsAdapter) -> None:
    fields = {k: v for k, v in status_callback(message_sid(), "delivered").items() if k != "MessageSid"}
    with pytest.raises(ValueError, match=r"^MessageSid: required"):
        sms.parse(webhook_request(URL, fields))


@pytest.mark.parametrize("sender", ["whatsapp:+14155550123", "4155550123", "+1415"])
def test_a_sender_that_is_not_a_phone_number_is_refused(sms: TwilioSmsAdapter, sender: str) -> None:
    with pytest.raises(ValueError, match=r"^From: "):
        sms.parse(webhook_request(URL, inbound_sms("hi", sender)))


# -- prepare and acknowledgement ---------------------------------------------------------------------
def test_sms_has_no_window(sms: TwilioSmsAdapter) -> None:
    outgoing = Outgoing(address="+14155550123", text="Your order shipped", kind="alert")
    long_ago = datetime.now(UTC) - timedelta(days=30)
    template = Template(name="order_update", language="en")
    assert sms.prepare(outgoing, long_ago, datetime.now(UTC), template) is outgoing
    assert sms.prepare(outgoing, None, datetime.now(UTC), None) is outgoing


def test_webhooks_are_answered_with_empty_twiml(sms: TwilioSmsAdapter) -> None:
    media_type, body = sms.acknowledgement()
    assert media_type == "text/xml"
    assert body == TWIML_EMPTY == '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


# -- send -----------------------------------------------------------------------------------------
def sender(tmp_path: Path, fake: FakeTwilio, **fields: Any) -> TwilioSmsAdapter:
    return TwilioSmsAdapter(Settings(home=tmp_path / "home", **(fake.settings_fields() | fields)))


def test_send_posts_the_message_and_returns_twilios_sid(tmp_path: Path, twilio: FakeTwilio) -> None:
    sid = twilio.queued()
    with http_client(5) as client:
        got = sender(tmp_path, twilio).send(client, Outgoing("+1 415-555-0123", "Your parcel left", "alert"))
    assert got == sid
    (request,) = twilio.requests
    assert request.form == {"To": "+14155550123", "Body": "Your parcel left", "From": SHOP_NUMBER}
    assert request.auth == (ACCOUNT_SID, AUTH_TOKEN)


def test_send_through_a_messaging_service_with_a_status_callback(tmp_path: Path) -> None:
    service = "MG" + "1" * 32
    with FakeTwilio(sender=service, status_callback="https://help.example.com/v1/channels/sms") as fake:
        sid = fake.queued()
        adapter = sender(tmp_path, fake, public_url="https://help.example.com/")
        with http_client(5) as client:
            assert adapter.send(client, Outgoing("+14155550123", "Hello", "reply")) == sid
    (request,) = fake.requests
    assert request.form["MessagingServiceSid"] == service and "From" not in request.form
    assert request.form["StatusCallback"] == "https://help.example.com/v1/channels/sms"


@pytest.mark.parametrize(
    ("code", "status", "permanent"),
    [(21211, 400, True), (21610, 400, True), (20003, 401, True), (20429, 429, False), (20500, 500, False)],
)
def test_twilio_errors(tmp_path: Path, twilio: FakeTwilio, code: int, status: int, permanent: bool) -> None:
    twilio.error(code, status, message="scripted refusal")
    with http_client(5) as client, pytest.raises(SendError) as refused:
        sender(tmp_path, twilio).send(client, Outgoing("+14155550123", "Hello", "reply"))
    assert refused.value.permanent is permanent
    assert f"Twilio error {code} (HTTP {status}): scripted refusal" == str(refused.value)
    assert len(twilio.requests) == 1


def test_a_server_error_without_twilios_body_is_transient(tmp_path: Path, twilio: FakeTwilio) -> None:
    twilio.server_error(503)
    with http_client(5) as client, pytest.raises(SendError, match="HTTP 503") as refused:
        sender(tmp_path, twilio).send(client, Outgoing("+14155550123", "Hello", "reply"))
    assert not refused.value.permanent


def test_an_unreachable_twilio_is_transient(tmp_path: Path) -> None:
    adapter = TwilioSmsAdapter(
        Settings(
            home=tmp_path,
            sms_account_sid=ACCOUNT_SID,
            sms_auth_token=AUTH_TOKEN,
            sms_from=SHOP_NUMBER,
            sms_api_url=f"http://127.0.0.1:{free_port()}",
        )
    )
    with http_client(5) as client, pytest.raises(SendError, match="unreachable") as refused:
        adapter.send(client, Outgoing("+14155550123", "Hello", "reply"))
    assert not refused.value.permanent


def test_an_address_that_is_no_phone_number_is_never_sent(tmp_path: Path, twilio: FakeTwilio) -> None:
    with http_client(5) as client, pytest.raises(SendError, match=r"^To: ") as refused:
        sender(tmp_path, twilio).send(client, Outgoing("not-a-number", "Hello", "reply"))
    assert refused.value.permanent and twilio.requests == []


def test_an_unconfigured_channel_sends_nothing(tmp_path: Path, twilio: FakeTwilio) -> None:
    with http_client(5) as client, pytest.raises(SendError, match="not configured") as refused:
        sender(tmp_path, twilio, sms_auth_token=None).send(client, Outgoing("+14155550123", "Hi", "reply"))
    assert refused.value.permanent and twilio.requests == []


def test_the_fake_refuses_what_twilio_would(tmp_path: Path) -> None:
    """The fake is a check, not an echo: a wrong token and an unscripted call are both caught."""
    fake = FakeTwilio()
    with pytest.raises(AssertionError, match="2 malformed or unscripted"), fake:
        fake.queued()
        with http_client(5) as client:
            with pytest.raises(SendError):
                sender(tmp_path, fake, sms_auth_token="wrong").send(
                    client, Outgoing("+14155550123", "Hi", "reply")
                )
            assert fake.script  # the refused call did not use up the script
            sender(tmp_path, fake).send(client, Outgoing("+14155550123", "Hi", "reply"))
            with pytest.raises(SendError):
                sender(tmp_path, fake).send(client, Outgoing("+14155550123", "Hi", "reply"))
    assert "basic auth" in fake.refused[0].problems[0]
    assert fake.refused[1].problems == ["unscripted"]
