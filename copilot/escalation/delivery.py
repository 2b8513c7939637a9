"""Reliable webhook delivery of handoff packets: an outbox, signed POSTs, retries with backoff.

Each packet is written to the outbox in the same transaction as the escalating turn, one row per
configured URL, so a packet exists exactly when its turn does. Delivery is at least once: a row is
leased (a conditional UPDATE, safe across workers and processes), POSTed, and marked delivered only on
a 2xx answer; anything else schedules the next attempt with exponential backoff. Pending rows survive
restarts, and the ``Idempotency-Key`` header (the packet id) lets a receiver drop duplicates.

Signature: ``X-Copilot-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>``.
The timestamp is signed with the body, so a captured request cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from datetime import UTC, datetime, timedelta

import httpx2 as httpx
from pydantic import BaseModel, field_validator
from sqlalchemy import (
    Connection,
    func,
    insert,
    or_,
    select,
    update,
)

from copilot import deadline
from copilot.db.schema import outbox
from copilot.http_client import http_client
from copilot.logs import get_logger
from copilot.schemas import HandoffPacket
from copilot.settings import Settings
from copilot.store import Store, as_utc

log = get_logger(__name__)
EVENT = "handoff.created"
SIGNATURE_HEADER = "X-Copilot-Signature"
LEASE = timedelta(seconds=60)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify_signature(secret: str, header: str, body: bytes, *, tolerance: float = 300.0) -> bool:
    """For receivers: the header matches this body and secret, and is not older than ``tolerance`` s."""
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


class DeliveryState(BaseModel):
    id: int
    packet_id: str
    url: str
    attempts: int
    delivered_at: datetime | None
    next_attempt_at: datetime
    last_error: str | None

    @field_validator("delivered_at", "next_attempt_at")
    @classmethod
    def _as_utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else as_utc(value)


class DeliveryReport(BaseModel):
    delivered: int = 0
    failed: int = 0
    pending: int = 0


class Outbox:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.engine = store.engine
        self.settings = settings

    @property
    def enabled(self) -> bool:
        return bool(self.settings.webhook_url_list)

    def enqueue(self, conn: Connection, packet: HandoffPacket) -> None:
        """One row per webhook URL, inside the caller's (the turn's) transaction."""
        now = datetime.now(UTC)
        body = packet.model_dump_json()
        for url in self.settings.webhook_url_list:
            conn.execute(
                insert(outbox).values(
                    packet_id=packet.packet_id,
                    url=url,
                    event=EVENT,
                    body=body,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )

    def states(self, packet_id: str | None = None) -> list[DeliveryState]:
        query = select(outbox).order_by(outbox.c.id)
        if packet_id:
            query = query.where(outbox.c.packet_id == packet_id)
        with self.engine.connect() as conn:
            return [DeliveryState.model_validate(dict(r._mapping)) for r in conn.execute(query).all()]

    def _lease(self, row_id: int) -> tuple[datetime, int] | None:
        """Take a due, undelivered, unleased row for this worker: (the lease's end, attempts so far).
        The conditions are re-checked in the UPDATE, so a row another worker settled meanwhile (and
        rescheduled) is not sent again."""
        now = datetime.now(UTC)
        until = now + max(LEASE, timedelta(seconds=3 * self.settings.webhook_timeout))
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(outbox)
                .where(
                    outbox.c.id == row_id,
                    outbox.c.delivered_at.is_(None),
                    outbox.c.next_attempt_at <= now,
                    or_(outbox.c.leased_until.is_(None), outbox.c.leased_until < now),
                )
                .values(leased_until=until)
            ).rowcount
            if not taken:
                return None
            attempts = conn.execute(select(outbox.c.attempts).where(outbox.c.id == row_id)).scalar_one()
        return until, int(attempts)

    def deliver_due(self, *, packet_id: str | None = None, limit: int = 100) -> DeliveryReport:
        """POST every due row (of one packet, if given) once; what fails waits for its next attempt."""
        report = DeliveryReport()
        query = (
            select(outbox.c.id, outbox.c.url, outbox.c.body, outbox.c.packet_id, outbox.c.event)
            .where(outbox.c.delivered_at.is_(None), outbox.c.next_attempt_at <= datetime.now(UTC))
            .order_by(outbox.c.id)
            .limit(limit)
        )
        if packet_id is not None:
            query = query.where(outbox.c.packet_id == packet_id)
        with self.engine.connect() as conn:
            due = conn.execute(query).all()
        with http_client(self.settings.webhook_timeout) as client:
            for row in due:
                lease = self._lease(row.id)
                if lease is None:
                    continue  # another worker has it, or it was settled and rescheduled meanwhile
                error = self._post(client, row.url, row.body.encode(), row.packet_id, row.event)
                self._settle(row.id, lease, error)
                if error is None:
                    report.delivered += 1
                else:
                    report.failed += 1
        with self.engine.connect() as conn:
            report.pending = conn.execute(
                select(func.count()).select_from(outbox).where(outbox.c.delivered_at.is_(None))
            ).scalar_one()
        return report

    def _post(self, client: httpx.Client, url: str, body: bytes, packet_id: str, event: str) -> str | None:
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": packet_id,
            "X-Copilot-Event": event,
        }
        if self.settings.webhook_secret:
            headers[SIGNATURE_HEADER] = sign(self.settings.webhook_secret, int(time.time()), body)
        try:
            with deadline.within(self.settings.webhook_timeout):  # the whole attempt, however it trickles
                response = client.post(url, content=body, headers=headers)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            return f"{exc.__class__.__name__}: {exc}"[:500]
        if 200 <= response.status_code < 300:
            return None
        return f"HTTP {response.status_code}: {response.text[:200]}"

    def _settle(self, row_id: int, lease: tuple[datetime, int], error: str | None) -> None:
        """Record the attempt, only while this worker still holds the lease it took."""
        until, attempts = lease
        attempts += 1
        now = datetime.now(UTC)
        if error is None:
            values: dict[str, object] = {"attempts": attempts, "delivered_at": now, "last_error": None}
        else:
            delay = min(
                self.settings.webhook_max_backoff, self.settings.webhook_backoff * 2 ** (attempts - 1)
            )
            values = {
                "attempts": attempts,
                "next_attempt_at": now + timedelta(seconds=delay),
                "last_error": error,
            }
            log.warning(
                "webhook delivery %s failed (attempt %d, next in %.1fs): %s", row_id, attempts, delay, error
            )
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == row_id, outbox.c.leased_until == until)
                .values(leased_until=None, **values)
            )
