"""Facebook Messenger through a Page: its webhook, its messaging windows and its Send API call.

The rules it keeps:
- A shopper is a page-scoped id (PSID): ``address`` is ``sender.id``; it says nothing about who the
  person is until it is linked to a customer record.
- ``is_echo`` messages are our own sends coming back (and a person's replies from the Page inbox):
  never inbound shopper messages, or the copilot would answer itself.
- Within 24 hours of the shopper's last message anything may go (messaging type RESPONSE). After that
  only a person's reply may, tagged HUMAN_AGENT, up to 7 days after that message. Messenger has no
  approved templates to fall back on here, so anything else outside the window is refused.
- ``read`` events carry only a watermark ("everything before this time was read") and no message ids;
  the adapter cannot tell which of our messages that covers (the outbox knows send times, the adapter
  does not), so they are skipped rather than guessed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

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
HUMAN_AGENT_WINDOW = timedelta(days=7)
HUMAN_AGENT = "HUMAN_AGENT"


class MessengerAdapter:
    """The ``messenger`` channel (``/v1/channels/messenger``)."""

    name = "messenger"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        s = self.settings
        return bool(s.messenger_app_secret and s.messenger_verify_token and s.messenger_token)

    def challenge(self, query: Mapping[str, str]) -> str | None:
        return meta.challenge(query, self.settings.messenger_verify_token)

    def verify(self, request: WebhookRequest) -> bool:
        return meta.verify_signature(request, self.settings.messenger_app_secret)

    def acknowledgement(self) -> tuple[str, str]:
        return ("text/plain", "")

    # -- inbound ----------------------------------------------------------------------------------

    def parse(self, request: WebhookRequest) -> list[InboundMessage | StatusUpdate]:
        data = meta.load(request.body)
        kind = data.get("object")
        if kind != "page":
            raise ValueError(f"object: expected 'page', got {str(kind)[:40]!r}")
        events: list[InboundMessage | StatusUpdate] = []
        for entry_path, entry in meta.objects(data, "entry", ""):
            # entries without "messaging" (page feed changes, handover "standby") are not chats with us
            for path, event in meta.objects(entry, "messaging", entry_path):
                if "message" in event:
                    inbound = _message(event, path)
                    if inbound is not None:
                        events.append(inbound)
                elif "delivery" in event:
                    events += _delivery(event, path)
                # read (watermark only), postback, reaction, optin, referral: skipped
        return events

    # -- outbound ---------------------------------------------------------------------------------

    def prepare(
        self, outgoing: Outgoing, last_inbound: datetime | None, now: datetime, template: Template | None
    ) -> Outgoing | Refusal:
        # ``template`` is ignored: Messenger offers none that could be sent outside the window here
        if last_inbound is not None and now - last_inbound < WINDOW:
            return dataclasses.replace(outgoing, template=None, tag=None)
        if last_inbound is None:
            return Refusal(
                "the shopper has never written on Messenger: a Page may only answer a person's message"
            )
        if outgoing.kind == "agent" and now - last_inbound < HUMAN_AGENT_WINDOW:
            return dataclasses.replace(outgoing, template=None, tag=HUMAN_AGENT)
        allowed = "a person's reply (HUMAN_AGENT tag) may be sent up to 7 days after it"
        if now - last_inbound >= HUMAN_AGENT_WINDOW:
            allowed = "the 7 days in which a person's reply may still be sent have passed too"
        return Refusal(
            f"outside Messenger's 24-hour window (the shopper last wrote at {last_inbound.isoformat()}): "
            f"{allowed}; Messenger has no approved templates to send this {outgoing.kind} message instead"
        )

    def send(self, client: httpx.Client, outgoing: Outgoing) -> str:
        s = self.settings
        if not s.messenger_token:
            raise meta.GraphError("messenger is not configured (page token)", permanent=True)
        url = f"{s.messenger_api_url.rstrip('/')}/me/messages"
        answer = meta.post(client, url, s.messenger_token, payload(outgoing), s.channel_timeout)
        message_id = answer.get("message_id") if isinstance(answer, dict) else None
        if not isinstance(message_id, str) or not message_id:
            # accepted, but without the id its statuses refer to; a retry could send it twice
            raise meta.GraphError("Messenger accepted the message without a message_id", permanent=True)
        return message_id


def payload(outgoing: Outgoing) -> dict[str, Any]:
    """The Send API's JSON: a RESPONSE inside the window, a tagged MESSAGE_TAG after it."""
    body: dict[str, Any] = {"recipient": {"id": outgoing.address}}
    if outgoing.tag:
        body |= {"messaging_type": "MESSAGE_TAG", "tag": outgoing.tag}
    else:
        body["messaging_type"] = "RESPONSE"
    body["message"] = {"text": outgoing.text}
    return body


def _message(event: dict[str, Any], path: str) -> InboundMessage | None:
    """A text the shopper sent; None for our own echoes and attachments without text."""
    message = meta.field(event, "message", path, dict)
    if message.get("is_echo"):
        return None
    text = meta.optional(message, "text", f"{path}.message", str, "")
    if not text:
        return None
    return InboundMessage(
        address=meta.field(meta.field(event, "sender", path, dict), "id", f"{path}.sender", str),
        text=text,
        provider_id=meta.field(message, "mid", f"{path}.message", str),
        sent_at=meta.unix_time(
            meta.field(event, "timestamp", path, int), f"{path}.timestamp", milliseconds=True
        ),
    )


def _delivery(event: dict[str, Any], path: str) -> list[StatusUpdate]:
    """One "delivered" per message id; Messenger may leave ``mids`` out (then there is nothing to say)."""
    delivery = meta.field(event, "delivery", path, dict)
    where = f"{path}.delivery"
    at = meta.unix_time(
        meta.field(delivery, "watermark", where, int), f"{where}.watermark", milliseconds=True
    )
    mids = meta.optional(delivery, "mids", where, list, [])
    updates = []
    for i, mid in enumerate(mids):
        if not isinstance(mid, str):
            raise ValueError(f"{where}.mids[{i}]: expected a string, got {type(mid).__name__}")
        updates.append(StatusUpdate(provider_id=mid, status="delivered", at=at))
    return updates
