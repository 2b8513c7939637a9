"""A generic JSON channel for anything else: a shop's own app, or another chat provider behind a bridge.

Both directions are signed like copilot's own outgoing webhooks (``copilot.outbox``):
``X-Copilot-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>``; the timestamp is
signed with the body, so a captured request is refused once it is five minutes old.

Inbound (POST ``/v1/channels/webhook``), one event or ``{"events": [...]}``::

    {"type": "message", "from": "<address>", "text": "...", "id": "<their message id>",
     "customer_id": "<optional>", "sent_at": "<optional ISO time with its zone>"}
    {"type": "status", "id": "<the id we sent>", "status": "sent|delivered|read|failed",
     "error": "<optional>"}

``customer_id`` is the integration's own assertion of who wrote; it is signed with the shop's secret,
so it counts as a channel identity. Fields this adapter does not know are ignored, not refused: a
bridge may forward its provider's extra metadata, and everything is signed anyway; a misspelt optional
field only loses what it would have said (a missing ``customer_id`` is a weaker identity, never a
stronger one).

Outbound: POST ``COPILOT_CHANNEL_WEBHOOK_URL`` with ``{"to", "text", "kind", "id"}``, signed, with
``X-Copilot-Event: channel.message``; ``id`` is ours (uuid4 hex) and status events refer to it.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Literal

import httpx2 as httpx
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

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
from copilot.outbox import SIGNATURE_HEADER, sign, verify_signature
from copilot.settings import Settings

EVENT = "channel.message"


class _Event(BaseModel):
    """Unknown fields are ignored (see the module's docstring for why)."""

    model_config = ConfigDict(extra="ignore")


class MessageEvent(_Event):
    """A shopper wrote; ``customer_id`` is the signed integration's assertion of who."""

    type: Literal["message"]
    sender: str = Field(alias="from", min_length=1, max_length=200)
    text: str = Field(min_length=1)
    id: str = Field(min_length=1, max_length=200)
    customer_id: str | None = Field(default=None, min_length=1, max_length=200)
    sent_at: AwareDatetime | None = None


class StatusEvent(_Event):
    """What became of a message we sent, by the ``id`` we gave it."""

    type: Literal["status"]
    id: str = Field(min_length=1, max_length=200)
    status: Literal["sent", "delivered", "read", "failed"]
    error: str | None = Field(default=None, max_length=500)


Event = Annotated[MessageEvent | StatusEvent, Field(discriminator="type")]


_EVENT: TypeAdapter[MessageEvent | StatusEvent] = TypeAdapter(Event)


class _Batch(_Event):
    events: list[Event] = Field(min_length=1)


def _events(body: bytes) -> list[MessageEvent | StatusEvent]:
    """One event or a batch under ``events``; ValueError naming the field as a dotted path
    (``events.1.from``)."""
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"body: not JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise ValueError("body: must be a JSON object")
    batch = "events" in raw
    try:
        return _Batch.model_validate(raw).events if batch else [_EVENT.validate_python(raw)]
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = list(error["loc"])
        tag = 2 if batch else 0  # pydantic names the discriminator's tag in the path: drop it
        if len(loc) > tag and loc[tag] in ("message", "status"):
            del loc[tag]
        if error["type"].startswith("union_tag"):
            loc.append("type")
        raise ValueError(f"{'.'.join(str(part) for part in loc) or 'body'}: {error['msg']}") from exc


class WebhookAdapter:
    """The generic JSON webhook channel."""

    name = "webhook"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        return bool(self.settings.channel_webhook_secret and self.settings.channel_webhook_url)

    def challenge(self, query: Mapping[str, str]) -> str | None:
        """No verification handshake: every GET is refused."""
        return None

    def verify(self, request: WebhookRequest) -> bool:
        secret = self.settings.channel_webhook_secret
        header = request.headers.get(SIGNATURE_HEADER.lower())
        if not secret or not header:
            return False
        return verify_signature(secret, header, request.body)

    def parse(self, request: WebhookRequest) -> list[InboundMessage | StatusUpdate]:
        events = _events(request.body)
        now = datetime.now(UTC)
        parsed: list[InboundMessage | StatusUpdate] = []
        for event in events:
            if isinstance(event, MessageEvent):
                parsed.append(
                    InboundMessage(
                        address=event.sender,
                        text=event.text,
                        provider_id=event.id,
                        sent_at=(event.sent_at or now).astimezone(UTC),
                        customer_id=event.customer_id,
                    )
                )
            else:
                parsed.append(
                    StatusUpdate(provider_id=event.id, status=event.status, at=now, error=event.error)
                )
        return parsed

    def prepare(
        self, outgoing: Outgoing, last_inbound: datetime | None, now: datetime, template: Template | None
    ) -> Outgoing | Refusal:
        """The integration has no messaging window: any message may go out at any time."""
        return outgoing

    def send(self, client: httpx.Client, outgoing: Outgoing) -> str:
        secret, url = self.settings.channel_webhook_secret, self.settings.channel_webhook_url
        if not (secret and url):
            raise SendError(
                "the webhook channel is not configured (COPILOT_CHANNEL_WEBHOOK_SECRET, _URL)", permanent=True
            )
        message_id = uuid.uuid4().hex
        payload = {"to": outgoing.address, "text": outgoing.text, "kind": outgoing.kind, "id": message_id}
        body = json.dumps(payload).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Copilot-Event": EVENT,
            "Idempotency-Key": message_id,
            SIGNATURE_HEADER: sign(secret, int(time.time()), body),
        }
        try:
            with deadline.within(self.settings.channel_timeout):  # the whole request, however it trickles
                response = client.post(url, content=body, headers=headers)
        except httpx.InvalidURL as exc:
            raise SendError(f"COPILOT_CHANNEL_WEBHOOK_URL: {exc}", permanent=True) from exc
        except httpx.HTTPError as exc:
            raise SendError(f"webhook channel unreachable: {exc.__class__.__name__}: {exc}") from exc
        status = response.status_code
        if 200 <= status < 300:
            return message_id
        permanent = 400 <= status < 500 and status != 429
        raise SendError(f"webhook channel answered HTTP {status}: {response.text[:200]}", permanent=permanent)

    def acknowledgement(self) -> tuple[str, str]:
        return "application/json", "{}"
