"""WhatsApp through Meta's Cloud API: its webhook, its 24-hour window and its send call.

The rules it keeps:
- A shopper is a phone number: ``address`` is ``+`` and the sender's ``wa_id`` (E.164), the same
  number a customer record holds, so it can be matched (a channel identity: WhatsApp verified it).
- Only changes for our own ``phone_number_id`` count: one Meta app may serve several numbers, and a
  webhook for another shop's number must not open a thread here.
- Inside the customer service window (24 hours after the shopper's last message) anything may go as
  text; outside it WhatsApp delivers only an approved template, so without one the message is refused
  here rather than failing at Meta.
- A failed status with code 131050 means the shopper stopped marketing messages: reported as an
  opt-out so the service stops sending them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Literal

import httpx2 as httpx

from copilot.channels import meta
from copilot.channels.base import (
    InboundMessage,
    Outgoing,
    Refusal,
    StatusUpdate,
    Template,
    WebhookRequest,
)
from copilot.settings import Settings

WINDOW = timedelta(hours=24)
OPTED_OUT = 131050  # "this recipient has chosen to stop receiving marketing messages"
_STATUSES: dict[str, Literal["sent", "delivered", "read", "failed"]] = {
    "sent": "sent",
    "delivered": "delivered",
    "read": "read",
    "failed": "failed",
}


class WhatsAppAdapter:
    """The ``whatsapp`` channel (``/v1/channels/whatsapp``)."""

    name = "whatsapp"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        s = self.settings
        needed = (
            s.whatsapp_app_secret,
            s.whatsapp_verify_token,
            s.whatsapp_token,
            s.whatsapp_phone_number_id,
        )
        return all(needed)

    def challenge(self, query: Mapping[str, str]) -> str | None:
        return meta.challenge(query, self.settings.whatsapp_verify_token)

    def verify(self, request: WebhookRequest) -> bool:
        return meta.verify_signature(request, self.settings.whatsapp_app_secret)

    def acknowledgement(self) -> tuple[str, str]:
        return ("text/plain", "")

    # -- inbound ----------------------------------------------------------------------------------

    def parse(self, request: WebhookRequest) -> list[InboundMessage | StatusUpdate]:
        data = meta.load(request.body)
        kind = data.get("object")
        if kind != "whatsapp_business_account":
            raise ValueError(f"object: expected 'whatsapp_business_account', got {str(kind)[:40]!r}")
        events: list[InboundMessage | StatusUpdate] = []
        for entry_path, entry in meta.objects(data, "entry", ""):
            for path, change in meta.objects(entry, "changes", entry_path):
                if change.get("field") != "messages":  # account, template and quality updates
                    continue
                events += self._value(meta.field(change, "value", path, dict), f"{path}.value")
        return events

    def _value(self, value: dict[str, Any], path: str) -> list[InboundMessage | StatusUpdate]:
        metadata = meta.field(value, "metadata", path, dict)
        ours = meta.field(metadata, "phone_number_id", f"{path}.metadata", str)
        if ours != self.settings.whatsapp_phone_number_id:
            return []
        names = {}
        for where, contact in meta.objects(value, "contacts", path):
            profile = meta.optional(contact, "profile", where, dict, {})
            name = meta.optional(profile, "name", f"{where}.profile", str, "")
            names[meta.optional(contact, "wa_id", where, str, "")] = name or None
        events: list[InboundMessage | StatusUpdate] = []
        for where, message in meta.objects(value, "messages", path):
            inbound = _message(message, where, names)
            if inbound is not None:
                events.append(inbound)
        for where, status in meta.objects(value, "statuses", path):
            update = _status(status, where)
            if update is not None:
                events.append(update)
        # value.errors (system and account problems) name no message: nothing for a thread to record
        return events

    # -- outbound ---------------------------------------------------------------------------------

    def prepare(
        self, outgoing: Outgoing, last_inbound: datetime | None, now: datetime, template: Template | None
    ) -> Outgoing | Refusal:
        if last_inbound is not None and now - last_inbound < WINDOW:
            return dataclasses.replace(outgoing, template=None, tag=None)
        if template is not None:
            return dataclasses.replace(outgoing, template=template, tag=None)
        since = "has never written" if last_inbound is None else f"last wrote at {last_inbound.isoformat()}"
        return Refusal(
            f"outside WhatsApp's 24-hour customer service window (the shopper {since}): only an "
            f"approved template may be sent, and none is set for this {outgoing.kind} message"
        )

    def send(self, client: httpx.Client, outgoing: Outgoing) -> str:
        s = self.settings
        if not (s.whatsapp_token and s.whatsapp_phone_number_id):
            raise meta.GraphError("whatsapp is not configured (token, phone number id)", permanent=True)
        to = outgoing.address.removeprefix("+")
        if not to.isdigit():
            raise meta.GraphError(f"not a WhatsApp number: {outgoing.address[:40]!r}", permanent=True)
        url = f"{s.whatsapp_api_url.rstrip('/')}/{s.whatsapp_phone_number_id}/messages"
        answer = meta.post(client, url, s.whatsapp_token, payload(to, outgoing), s.channel_timeout)
        try:
            message_id = answer["messages"][0]["id"]
        except (KeyError, IndexError, TypeError):
            message_id = None
        if not isinstance(message_id, str) or not message_id:
            # accepted, but without the id its statuses refer to; a retry could send it twice
            raise meta.GraphError("WhatsApp accepted the message without messages[0].id", permanent=True)
        return message_id


def payload(to: str, outgoing: Outgoing) -> dict[str, Any]:
    """The Cloud API's JSON for one text or template message to ``to`` (digits, no plus)."""
    base = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to}
    template = outgoing.template
    if template is None:
        return {**base, "type": "text", "text": {"preview_url": False, "body": outgoing.text}}
    body: dict[str, Any] = {"name": template.name, "language": {"code": template.language}}
    if template.parameters:
        parameters = [{"type": "text", "text": p} for p in template.parameters]
        body["components"] = [{"type": "body", "parameters": parameters}]
    return {**base, "type": "template", "template": body}


def _message(message: dict[str, Any], path: str, names: Mapping[str, str | None]) -> InboundMessage | None:
    """A text (or a tapped button's title) the shopper sent; None for media, reactions and the rest."""
    kind = meta.field(message, "type", path, str)
    if kind == "text":
        text = meta.field(meta.field(message, "text", path, dict), "body", f"{path}.text", str)
    elif kind == "interactive":  # a reply button or list row in a message we sent
        interactive = meta.field(message, "interactive", path, dict)
        reply_type = meta.field(interactive, "type", f"{path}.interactive", str)
        if reply_type not in ("button_reply", "list_reply"):
            return None
        reply = meta.field(interactive, reply_type, f"{path}.interactive", dict)
        text = meta.field(reply, "title", f"{path}.interactive.{reply_type}", str)
    elif kind == "button":  # a quick-reply button of a template we sent
        text = meta.field(meta.field(message, "button", path, dict), "text", f"{path}.button", str)
    else:
        return None
    sender = meta.field(message, "from", path, str)
    if not sender.isdigit():
        raise ValueError(f"{path}.from: expected the sender's phone number in digits, got {sender[:40]!r}")
    return InboundMessage(
        address="+" + sender,
        text=text,
        provider_id=meta.field(message, "id", path, str),
        sent_at=meta.unix_time(meta.field(message, "timestamp", path, str), f"{path}.timestamp"),
        profile_name=names.get(sender),
    )


def _status(status: dict[str, Any], path: str) -> StatusUpdate | None:
    """What became of a message we sent; None for states the product does not track."""
    state = _STATUSES.get(meta.field(status, "status", path, str))
    if state is None:  # e.g. "deleted", "warning"
        return None
    error, opted_out = None, False
    failures = meta.objects(status, "errors", path)
    if failures:
        where, first = failures[0]
        code = meta.field(first, "code", where, int)
        title = meta.optional(first, "title", where, str, "") or meta.optional(
            first, "message", where, str, ""
        )
        error = f"{code}: {title}" if title else str(code)
        opted_out = any(failure.get("code") == OPTED_OUT for _, failure in failures)
    return StatusUpdate(
        provider_id=meta.field(status, "id", path, str),
        status=state,
        at=meta.unix_time(meta.field(status, "timestamp", path, str), f"{path}.timestamp"),
        error=error,
        opted_out=opted_out,
    )
