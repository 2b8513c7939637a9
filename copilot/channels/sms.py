"""SMS through Twilio: its form-encoded webhooks, ``X-Twilio-Signature``, and the Messages REST API.

Twilio signs the full URL it requested plus every POSTed field (sorted, blank ones included) with the
account's auth token; ``twilio.request_validator`` is the reference implementation, port variants
included, so it checks the signature here. The URL checked is ``WebhookRequest.url``, which the service
builds from ``COPILOT_PUBLIC_URL`` because a proxy in front may have rewritten the one we received.
Webhooks must be configured as HTTP POST. Replies always go out through the REST API, so a webhook is
answered with empty TwiML. SMS has no messaging window; the STOP / START / HELP keywords are read by
the channel service (the same for every channel), this adapter only delivers their text. A caller id
can be spoofed: an SMS sender is never more than an address.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import parse_qs

import httpx2 as httpx
import phonenumbers
from twilio.request_validator import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)

from copilot import deadline
from copilot.channels.base import (
    InboundMessage,
    Outgoing,
    Refusal,
    SendError,
    StatusUpdate,
    Template,
    WebhookRequest,
)
from copilot.settings import Settings

TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
UNSUBSCRIBED = "21610"  # Twilio: the recipient replied STOP; nothing reaches them until START
# MessageStatus values of a status callback, as StatusUpdate statuses; None: still on its way, skipped
_STATUSES: dict[str, Literal["sent", "delivered", "read", "failed"] | None] = {
    "accepted": None,
    "scheduled": None,
    "queued": None,
    "sending": None,
    "sent": "sent",
    "delivered": "delivered",
    "read": "read",
    "undelivered": "failed",
    "failed": "failed",
    "canceled": "failed",
}
_PHONE_CHARS = re.compile(r"\+[\d\s().-]+")
_INBOUND = {"received", "receiving"}  # MessageStatus an incoming message may carry


class _FormFields(dict[str, list[str]]):
    """Form fields with every value of a repeated name, in the ``getall`` shape twilio's validator
    reads (a plain dict would sign only one value)."""

    def getall(self, name: str) -> list[str]:
        return self[name]


def _form(body: bytes) -> _FormFields:
    """The POSTed fields; blank values kept, because Twilio signs them too."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError("body: not UTF-8 form data") from exc
    return _FormFields(parse_qs(text, keep_blank_values=True))


def e164(number: str, field: str) -> str:
    """``number`` as E.164 (+ and digits); ValueError naming ``field`` when it is not a phone number.
    Possible, not valid: a number range newer than phonenumbers' metadata must still work. Only digits
    and punctuation: phonenumbers would find a number inside 'whatsapp:+1...' (another channel)."""
    if not _PHONE_CHARS.fullmatch(number):
        raise ValueError(f"{field}: '{number}' is not an international phone number")
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{field}: '{number}' is not an international phone number") from exc
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(f"{field}: '{number}' is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class TwilioSmsAdapter:
    """Twilio Programmable Messaging: inbound SMS, status callbacks, and sends."""

    name = "sms"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        s = self.settings
        return bool(s.sms_account_sid and s.sms_auth_token and s.sms_from)

    def challenge(self, query: Mapping[str, str]) -> str | None:
        """Twilio has no verification handshake: every GET is refused."""
        return None

    def verify(self, request: WebhookRequest) -> bool:
        token = self.settings.sms_auth_token
        signature = request.headers.get(SIGNATURE_HEADER.lower())
        if not token or not signature or request.method.upper() != "POST":
            return False
        try:
            fields = _form(request.body)
        except ValueError:
            return False
        # The settings header only picks SHA-1 or SHA-256; both are keyed by our token, so a forger
        # gains nothing by choosing. (A webhook SharedKey is not a setting: such requests fail here.)
        algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER.lower()))
        return bool(RequestValidator(token).validate(request.url, fields, signature, algorithm))

    def parse(self, request: WebhookRequest) -> list[InboundMessage | StatusUpdate]:
        fields = {name: values[0] for name, values in _form(request.body).items()}
        account = _required(fields, "AccountSid")
        if account != self.settings.sms_account_sid:
            raise ValueError(f"AccountSid: '{account}' is not this shop's Twilio account")
        status = fields.get("MessageStatus")
        if status is not None and status not in _INBOUND:
            update = _status_update(fields, status)
            return [] if update is None else [update]
        address = e164(_required(fields, "From"), "From")
        provider_id = _required(fields, "MessageSid")
        _required(fields, "To")
        text = _required(fields, "Body", blank=True)
        if not text.strip():
            return []  # a picture alone (MMS): media is not handled
        # Twilio's webhook carries no time of its own
        return [
            InboundMessage(address=address, text=text, provider_id=provider_id, sent_at=datetime.now(UTC))
        ]

    def prepare(
        self, outgoing: Outgoing, last_inbound: datetime | None, now: datetime, template: Template | None
    ) -> Outgoing | Refusal:
        """SMS has no messaging window: any message may go out at any time, never as a template."""
        return outgoing

    def send(self, client: httpx.Client, outgoing: Outgoing) -> str:
        s = self.settings
        if not (s.sms_account_sid and s.sms_auth_token and s.sms_from):
            raise SendError(
                "SMS is not configured (COPILOT_SMS_ACCOUNT_SID, _AUTH_TOKEN, _FROM)", permanent=True
            )
        try:
            to = e164(outgoing.address, "To")
        except ValueError as exc:
            raise SendError(str(exc), permanent=True) from exc
        form = {"To": to, "Body": outgoing.text}
        form["MessagingServiceSid" if s.sms_from.startswith("MG") else "From"] = s.sms_from
        if s.public_url:
            form["StatusCallback"] = f"{s.public_url.rstrip('/')}/v1/channels/sms"
        url = f"{s.sms_api_url.rstrip('/')}/2010-04-01/Accounts/{s.sms_account_sid}/Messages.json"
        try:
            with deadline.within(s.channel_timeout):  # the whole request, however slowly it trickles
                response = client.post(
                    url, data=form, auth=httpx.BasicAuth(s.sms_account_sid, s.sms_auth_token)
                )
        except httpx.InvalidURL as exc:
            raise SendError(f"COPILOT_SMS_API_URL: {exc}", permanent=True) from exc
        except httpx.HTTPError as exc:
            raise SendError(f"Twilio unreachable: {exc.__class__.__name__}: {exc}") from exc
        if not 200 <= response.status_code < 300:
            raise _twilio_error(response)
        try:
            sid = response.json()["sid"]
        except (ValueError, KeyError, TypeError) as exc:  # a proxy's page, not Twilio: nothing was sent
            raise SendError(f"Twilio answered HTTP {response.status_code} without a message sid") from exc
        return str(sid)

    def acknowledgement(self) -> tuple[str, str]:
        """Empty TwiML: Twilio would send a TwiML reply itself, and every reply goes through the API."""
        return "text/xml", TWIML_EMPTY


def _required(fields: Mapping[str, str], name: str, *, blank: bool = False) -> str:
    value = fields.get(name)
    if value is None or (not blank and not value.strip()):
        raise ValueError(f"{name}: required")
    return value


def _status_update(fields: Mapping[str, str], status: str) -> StatusUpdate | None:
    """A status callback as a StatusUpdate; None for steps before sending and for statuses Twilio may
    add later (a new status must not make Twilio's webhook fail)."""
    mapped = _STATUSES.get(status)
    sid = _required(fields, "MessageSid")
    if mapped is None:
        return None
    code = fields.get("ErrorCode") or None
    error = None
    if mapped == "failed":
        detail = fields.get("ErrorMessage")
        error = f"Twilio error {code}" if code else f"Twilio status {status}"
        error += f": {detail}" if detail else ""
    return StatusUpdate(
        provider_id=sid,
        status=mapped,
        at=datetime.now(UTC),
        error=error,
        opted_out=code == UNSUBSCRIBED,
    )


def _twilio_error(response: httpx.Response) -> SendError:
    """Twilio's error body ({code, message, more_info, status}) as a SendError: 4xx are permanent but
    429 (too many requests); 5xx transient."""
    code: object = None
    message = response.text[:200]
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError):
        body = None
    if isinstance(body, dict):
        code, message = body.get("code"), str(body.get("message") or message)
    status = response.status_code
    permanent = 400 <= status < 500 and status != 429  # 21610 (unsubscribed) comes as a 400
    name = f"Twilio error {code}" if code is not None else "Twilio error"
    return SendError(
        f"{name} (HTTP {status}): {message}", permanent=permanent, opted_out=str(code) == str(UNSUBSCRIBED)
    )
