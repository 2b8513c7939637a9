"""Every message to a shopper on a messaging channel leaves through this outbox, at least once.

A send is a row written in the same transaction as the message it carries (a bot reply, an agent's
reply, an order alert, a one-time code), so it exists exactly when that message does. Delivery leases
a due row (safe across workers), checks consent again right before the provider call (a STOP that
arrived after the row was written still wins), asks the adapter how the provider's window lets it go
(as text, as an approved template, tagged, or not at all), sends it, and records the provider's
message id; the provider's later statuses (delivered, read, failed) update the row by that id.
Transient failures are retried with backoff; permanent ones and refusals are final. Once sent, a row
keeps no text: the thread has it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, field_validator
from sqlalchemy import Connection, func, insert, select, update

from copilot.channels.base import (
    ChannelAdapter,
    Kind,
    Outgoing,
    Refusal,
    SendError,
    Status,
    StatusUpdate,
    Template,
)
from copilot.channels.consent import Consents
from copilot.channels.messaging import TemplateSpec, fill
from copilot.db.schema import channel_contacts, channel_sends
from copilot.errors import ProviderError
from copilot.http_client import http_client
from copilot.identity.sender import CodeMessage, CodeSender
from copilot.logs import get_logger
from copilot.outbox import DeliveryReport, take_lease
from copilot.settings import Settings
from copilot.store import Store, as_utc, e164

log = get_logger(__name__)
_ORDER: dict[str, int] = {"queued": 0, "sent": 1, "delivered": 2, "read": 3}  # a status never goes back
LEASE = timedelta(seconds=60)


class ChannelSend(BaseModel):
    """One message to a shopper on a channel, and what became of it."""

    id: int
    channel: str
    address: str
    conversation_id: str | None
    kind: str
    status: Status
    provider_id: str | None
    attempts: int
    error: str | None
    created_at: datetime
    updated_at: datetime

    @field_validator("created_at", "updated_at")
    @classmethod
    def _as_utc(cls, value: datetime) -> datetime:
        return as_utc(value)


class ChannelOutbox:
    def __init__(self, store: Store, settings: Settings, adapters: Mapping[str, ChannelAdapter]) -> None:
        self.engine = store.engine
        self.settings = settings
        self.adapters = adapters
        self.consents = Consents(store.engine)

    def enqueue(
        self,
        conn: Connection,
        channel: str,
        address: str,
        text: str,
        kind: Kind,
        *,
        conversation_id: str | None,
        customer_id: str | None = None,
        template: Template | None = None,
    ) -> int:
        """A send, in the caller's transaction. Refused at once (status ``blocked``, with the reason)
        when the destination opted out or, for the shop's own messages, never opted in."""
        now = datetime.now(UTC)
        blocked = self.consents.decision(conn, channel, address, customer_id, needs_opt_in=kind == "alert")
        body = {"text": text, "template": asdict(template) if template else None, "customer_id": customer_id}
        return int(
            conn.execute(
                insert(channel_sends)
                .values(
                    channel=channel,
                    address=address,
                    conversation_id=conversation_id,
                    kind=kind,
                    body="" if blocked else json.dumps(body),
                    status="blocked" if blocked else "queued",
                    error=blocked,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
                .returning(channel_sends.c.id)
            ).scalar_one()
        )

    def enqueue_in_thread(
        self, conn: Connection, conversation_id: str, text: str, kind: Kind, customer_id: str | None = None
    ) -> int | None:
        """A send to wherever the conversation's shopper writes from (an agent's reply); None when the
        conversation is not on a messaging channel."""
        contact = conn.execute(
            select(channel_contacts.c.channel, channel_contacts.c.address, channel_contacts.c.customer_id)
            .where(channel_contacts.c.conversation_id == conversation_id)
            .order_by(channel_contacts.c.updated_at.desc())
            .limit(1)
        ).first()
        if contact is None or contact.channel not in self.adapters:
            return None
        return self.enqueue(
            conn,
            contact.channel,
            contact.address,
            text,
            kind,
            conversation_id=conversation_id,
            customer_id=customer_id or contact.customer_id,
        )

    # -- delivery ------------------------------------------------------------------------------
    def deliver_soon(self, conversation_id: str) -> None:
        """One try at a conversation's due sends right after they were written (a reply should not wait
        for the delivery worker); whatever fails stays queued for it."""
        if not self.settings.deliver_inline:
            return
        try:
            self.deliver_due(conversation_id=conversation_id)
        except Exception:
            log.exception("inline channel delivery for %s failed; the sends stay queued", conversation_id)

    def deliver_due(self, *, conversation_id: str | None = None, limit: int = 100) -> DeliveryReport:
        """Send every due row (of one conversation, if given) once; transient failures wait for their
        next attempt."""
        report = DeliveryReport()
        query = (
            select(channel_sends.c.id)
            .where(channel_sends.c.status == "queued", channel_sends.c.next_attempt_at <= datetime.now(UTC))
            .order_by(channel_sends.c.id)
            .limit(limit)
        )
        if conversation_id is not None:
            query = query.where(channel_sends.c.conversation_id == conversation_id)
        with self.engine.connect() as conn:
            due = list(conn.execute(query).scalars())
        with http_client(self.settings.channel_timeout) as client:
            for row_id in due:
                until = datetime.now(UTC) + max(LEASE, timedelta(seconds=3 * self.settings.channel_timeout))
                lease = take_lease(
                    self.engine, channel_sends, row_id, channel_sends.c.status == "queued", until
                )
                if lease is None:
                    continue  # another worker has it, or it was settled meanwhile
                if self._deliver(client, row_id, lease):
                    report.delivered += 1
                else:
                    report.failed += 1
        with self.engine.connect() as conn:
            report.pending = conn.execute(
                select(func.count()).select_from(channel_sends).where(channel_sends.c.status == "queued")
            ).scalar_one()
        return report

    def _deliver(self, client: Any, row_id: int, lease: tuple[datetime, int]) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(channel_sends).where(channel_sends.c.id == row_id)).one()
            body = json.loads(row.body)
            blocked = self.consents.decision(
                conn, row.channel, row.address, body.get("customer_id"), needs_opt_in=row.kind == "alert"
            )
            last_inbound = conn.execute(
                select(channel_contacts.c.last_inbound_at).where(
                    channel_contacts.c.channel == row.channel, channel_contacts.c.address == row.address
                )
            ).scalar_one_or_none()
        if blocked:
            self._settle(row_id, lease, status="blocked", error=blocked)
            return False
        adapter = self.adapters.get(row.channel)
        if adapter is None or not adapter.configured:
            self._settle(row_id, lease, status="failed", error=f"the {row.channel} channel is not configured")
            return False
        template = Template(**body["template"]) if body.get("template") else None
        outgoing = Outgoing(address=row.address, text=body["text"], kind=row.kind)
        prepared = adapter.prepare(
            outgoing, as_utc(last_inbound) if last_inbound else None, datetime.now(UTC), template
        )
        if isinstance(prepared, Refusal):
            self._settle(row_id, lease, status="failed", error=prepared.reason)
            return False
        try:
            provider_id = adapter.send(client, prepared)
        except SendError as exc:
            if exc.opted_out:
                self.consents.set(row.channel, row.address, "opted_out", "provider")
            if exc.permanent:
                self._settle(row_id, lease, status="failed", error=str(exc))
            else:
                self._retry(row_id, lease, str(exc))
            return False
        self._settle(row_id, lease, status="sent", provider_id=provider_id)
        return True

    def _settle(
        self,
        row_id: int,
        lease: tuple[datetime, int],
        *,
        status: Status,
        error: str | None = None,
        provider_id: str | None = None,
    ) -> None:
        """Record the attempt's end, only while this worker still holds its lease."""
        until, attempts = lease
        with self.engine.begin() as conn:
            conn.execute(
                update(channel_sends)
                .where(channel_sends.c.id == row_id, channel_sends.c.leased_until == until)
                .values(
                    leased_until=None,
                    attempts=attempts + 1,
                    status=status,
                    error=error,
                    provider_id=provider_id,
                    body="",
                    updated_at=datetime.now(UTC),
                )
            )
        if status in ("failed", "blocked"):
            log.warning("channel send %s %s: %s", row_id, status, error)

    def _retry(self, row_id: int, lease: tuple[datetime, int], error: str) -> None:
        until, attempts = lease
        attempts += 1
        delay = min(self.settings.webhook_max_backoff, self.settings.webhook_backoff * 2 ** (attempts - 1))
        with self.engine.begin() as conn:
            conn.execute(
                update(channel_sends)
                .where(channel_sends.c.id == row_id, channel_sends.c.leased_until == until)
                .values(
                    leased_until=None,
                    attempts=attempts,
                    error=error,
                    next_attempt_at=datetime.now(UTC) + timedelta(seconds=delay),
                    updated_at=datetime.now(UTC),
                )
            )
        log.warning("channel send %s failed (attempt %d, next in %.1fs): %s", row_id, attempts, delay, error)

    # -- what the provider says ----------------------------------------------------------------
    def record_status(self, channel: str, update_: StatusUpdate) -> bool:
        """A provider's status for a message it sent; statuses only move forward (a late "sent" after
        "delivered" changes nothing), and a failure that says the recipient opted out records the
        opt-out. False when no send of ours has that id."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(
                    channel_sends.c.id, channel_sends.c.status, channel_sends.c.address, channel_sends.c.body
                ).where(
                    channel_sends.c.channel == channel, channel_sends.c.provider_id == update_.provider_id
                )
            ).first()
            if row is None:
                return False
            forward = update_.status == "failed" or _ORDER.get(update_.status, 0) > _ORDER.get(row.status, 99)
            if forward and row.status != "failed":
                conn.execute(
                    update(channel_sends)
                    .where(channel_sends.c.id == row.id)
                    .values(status=update_.status, error=update_.error, updated_at=update_.at)
                )
            if update_.opted_out:
                Consents.record(conn, channel, row.address, "opted_out", "provider")
        return True

    @staticmethod
    def sends_by_id(conn: Connection, send_id: int) -> ChannelSend:
        row = conn.execute(select(channel_sends).where(channel_sends.c.id == send_id)).one()
        return ChannelSend.model_validate(dict(row._mapping))

    def sends(self, *, conversation_id: str | None = None, address: str | None = None) -> list[ChannelSend]:
        """Sends, oldest first (of one conversation or destination, if given)."""
        query = select(channel_sends).order_by(channel_sends.c.id)
        if conversation_id is not None:
            query = query.where(channel_sends.c.conversation_id == conversation_id)
        if address is not None:
            query = query.where(channel_sends.c.address == address)
        with self.engine.connect() as conn:
            return [ChannelSend.model_validate(dict(r._mapping)) for r in conn.execute(query).all()]


class ChannelCodeSender:
    """One-time codes to a phone number sent as a message on a messaging channel (the identity policy's
    ``one_time_code.phone_channel``), to the number on file, never to one typed in the chat; codes to
    an email address still go through the verification hook (``fallback``)."""

    def __init__(
        self,
        sends: ChannelOutbox,
        channel: str,
        text: str,
        template: TemplateSpec | None,
        region: str,
        fallback: CodeSender | None,
    ) -> None:
        self.sends, self.channel, self.text, self.template = sends, channel, text, template
        self.region, self.fallback = region, fallback

    def send(self, message: CodeMessage, timeout: float) -> None:
        if message.channel == "email":
            if self.fallback is None:
                raise ProviderError("no verification hook for codes by email (COPILOT_VERIFICATION_HOOK_URL)")
            self.fallback.send(message, timeout)
            return
        minutes = max(1, round((message.expires_at - datetime.now(UTC)).total_seconds() / 60))
        values = {"code": message.code, "shop": message.shop, "minutes": str(minutes)}
        with self.sends.engine.begin() as conn:
            self.sends.enqueue(
                conn,
                self.channel,
                e164(message.to, self.region),
                fill(self.text, values),
                "code",
                conversation_id=message.conversation_id,
                customer_id=message.customer_id,
                template=self.template.filled(values) if self.template else None,
            )
        self.sends.deliver_soon(message.conversation_id)
