"""Consent per destination and channel: who agreed to hear from the shop where, and who said stop.

Two kinds of choice are kept: one destination's (a phone number on SMS, a WhatsApp number, a Messenger
id) and a customer's for all their destinations (the widget's button: channel ``*``, address
``customer:<id>``). The most recent choice that applies wins, so START on one number after a
customer-wide stop re-opens that number only. Every send is checked here right before it leaves
(``copilot.channels.outbox``): an opted-out destination gets nothing at all, and a message the shop
starts (an order alert) also needs an opt-in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, and_, delete, insert, or_, select

from copilot.db.schema import channel_consents
from copilot.store import as_utc

ConsentStatus = Literal["opted_in", "opted_out"]
EVERY_CHANNEL = "*"


def customer_wide(customer_id: str) -> str:
    """The address of a customer-wide choice."""
    return f"customer:{customer_id}"


class ConsentRecord(BaseModel):
    channel: str
    address: str
    customer_id: str | None
    status: ConsentStatus
    preferred: bool
    source: str
    updated_at: datetime


class Consents:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def record(
        conn: Connection,
        channel: str,
        address: str,
        status: ConsentStatus,
        source: str,
        *,
        customer_id: str | None = None,
        preferred: bool = False,
    ) -> None:
        """A new choice replaces the one before for this destination (one transaction: the caller's).
        A preferred destination is the only preferred one of its customer."""
        now = datetime.now(UTC)
        conn.execute(
            delete(channel_consents).where(
                channel_consents.c.channel == channel, channel_consents.c.address == address
            )
        )
        if preferred and customer_id:
            conn.execute(
                channel_consents.update()
                .where(channel_consents.c.customer_id == customer_id)
                .values(preferred=False)
            )
        conn.execute(
            insert(channel_consents).values(
                channel=channel,
                address=address,
                customer_id=customer_id,
                status=status,
                preferred=preferred and status == "opted_in",
                source=source,
                updated_at=now,
            )
        )

    def set(
        self,
        channel: str,
        address: str,
        status: ConsentStatus,
        source: str,
        *,
        customer_id: str | None = None,
        preferred: bool = False,
    ) -> None:
        with self.engine.begin() as conn:
            self.record(conn, channel, address, status, source, customer_id=customer_id, preferred=preferred)

    def _applying(
        self, conn: Connection, channel: str, address: str, customer_id: str | None
    ) -> list[ConsentRecord]:
        mine = and_(channel_consents.c.channel == channel, channel_consents.c.address == address)
        wide = (
            and_(
                channel_consents.c.channel == EVERY_CHANNEL,
                channel_consents.c.address == customer_wide(customer_id),
            )
            if customer_id
            else None
        )
        query = select(channel_consents).where(mine if wide is None else or_(mine, wide))
        return [_record(row._mapping) for row in conn.execute(query).all()]

    def decision(
        self, conn: Connection, channel: str, address: str, customer_id: str | None, *, needs_opt_in: bool
    ) -> str | None:
        """Why nothing may be sent to this destination now, or None when it may: the latest choice
        that applies is a stop, or the shop starts the message (``needs_opt_in``) without an opt-in."""
        choices = self._applying(conn, channel, address, customer_id)
        latest = max(choices, key=lambda c: c.updated_at) if choices else None
        if latest is not None and latest.status == "opted_out":
            return f"opted out ({latest.source}, {latest.updated_at:%Y-%m-%d %H:%M} UTC)"
        if needs_opt_in and not any(c.status == "opted_in" and c.channel == channel for c in choices):
            return "no opt-in for messages the shop starts on this channel"
        return None

    def preferred(self, customer_id: str) -> ConsentRecord | None:
        """Where the shop's own messages (alerts) go: the destination the customer marked preferred,
        else the one they opted in to most recently; when they opted out everywhere, the last one they
        chose (the send is then refused there, and that refusal is recorded). None: never asked."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(channel_consents).where(
                    channel_consents.c.customer_id == customer_id, channel_consents.c.channel != EVERY_CHANNEL
                )
            ).all()
        choices = [_record(r._mapping) for r in rows]
        if not choices:
            return None
        return max(choices, key=lambda c: (c.status == "opted_in", c.preferred, c.updated_at))

    def of_customer(self, customer_id: str) -> list[ConsentRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(channel_consents)
                .where(channel_consents.c.customer_id == customer_id)
                .order_by(channel_consents.c.updated_at)
            ).all()
        return [_record(r._mapping) for r in rows]


def _record(row: object) -> ConsentRecord:
    record = ConsentRecord.model_validate(dict(row))  # type: ignore[call-overload]
    return record.model_copy(update={"updated_at": as_utc(record.updated_at)})
