"""Everything that leaves the system goes through one outbox: signed webhook POSTs, at least once.

An event (a handoff packet, an agent's reply for the customer, a change of who owns a conversation)
is written to the outbox in the same transaction as the change it reports, one row per subscribed
URL, so an event exists exactly when its change does. Delivery is at least once: a row is leased (a
conditional UPDATE, safe across workers and processes), POSTed, and marked delivered only on a 2xx
answer; anything else schedules the next attempt with exponential backoff. Pending rows survive
restarts; the ``Idempotency-Key`` header lets a receiver drop duplicates, and ``X-Copilot-Event``
names the event. A delivered row keeps no body: what was sent (an agent's reply as written, with the
customer's details) is not kept at rest any longer than it takes to deliver it.

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
    ColumnElement,
    Connection,
    Engine,
    Table,
    func,
    insert,
    or_,
    select,
    update,
)

from copilot import deadline
from copilot.db.schema import outbox
from copilot.errors import InputError
from copilot.http_client import http_client
from copilot.logs import get_logger
from copilot.settings import Settings
from copilot.store import Store, as_utc

log = get_logger(__name__)
EVENTS = (
    "handoff.created",  # the handoff packet: a conversation waits for a person
    "handoff.claimed",  # an agent took control of it
    "handoff.resolved",  # ... and gave it back to the bot, resolved
    "handoff.handed_back",  # ... or unresolved
    "message.agent",  # an agent's reply, for the customer's channel
)
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


def take_lease(
    engine: Engine, table: Table, row_id: int, pending: ColumnElement[bool], until: datetime
) -> tuple[datetime, int] | None:
    """Take a due, pending, unleased row of an outbox ``table`` for this worker until ``until``:
    (the lease's end, attempts so far). The conditions are re-checked in the UPDATE, so a row another
    worker settled meanwhile (and rescheduled) is not sent again."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        taken = conn.execute(
            update(table)
            .where(
                table.c.id == row_id,
                pending,
                table.c.next_attempt_at <= now,
                or_(table.c.leased_until.is_(None), table.c.leased_until < now),
            )
            .values(leased_until=until)
        ).rowcount
        if not taken:
            return None
        attempts = conn.execute(select(table.c.attempts).where(table.c.id == row_id)).scalar_one()
    return until, int(attempts)


class DeliveryState(BaseModel):
    id: int
    idempotency_key: str
    event: str
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
        unknown = sorted(set(settings.webhook_event_list) - {"*", *EVENTS})
        if unknown:
            raise InputError(
                f"COPILOT_WEBHOOK_EVENTS: unknown event(s) {', '.join(unknown)}; known: {', '.join(EVENTS)}"
            )
        self.engine = store.engine
        self.settings = settings

    def subscribed(self, event: str) -> bool:
        """Some webhook URL receives ``event``."""
        events = self.settings.webhook_event_list
        return bool(self.settings.webhook_url_list) and ("*" in events or event in events)

    def enqueue(self, conn: Connection, event: str, key: str, payload: BaseModel) -> None:
        """One row per webhook URL subscribed to ``event``, inside the caller's transaction; ``key``
        is the idempotency key a receiver de-duplicates on (the same key is never a different event)."""
        if event not in EVENTS:
            raise ValueError(f"unknown outbox event '{event}'")
        if not self.subscribed(event):
            return
        now = datetime.now(UTC)
        body = payload.model_dump_json()
        for url in self.settings.webhook_url_list:
            conn.execute(
                insert(outbox).values(
                    idempotency_key=key,
                    url=url,
                    event=event,
                    body=body,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )

    def states(self, key: str | None = None) -> list[DeliveryState]:
        """Every delivery (of one idempotency key, if given), oldest first."""
        query = select(outbox).order_by(outbox.c.id)
        if key:
            query = query.where(outbox.c.idempotency_key == key)
        with self.engine.connect() as conn:
            return [DeliveryState.model_validate(dict(r._mapping)) for r in conn.execute(query).all()]

    def _lease(self, row_id: int) -> tuple[datetime, int] | None:
        until = datetime.now(UTC) + max(LEASE, timedelta(seconds=3 * self.settings.webhook_timeout))
        return take_lease(self.engine, outbox, row_id, outbox.c.delivered_at.is_(None), until)

    def deliver_due(self, *, key: str | None = None, limit: int = 100) -> DeliveryReport:
        """POST every due row (of one idempotency key, if given) once; what fails waits for its next
        attempt."""
        report = DeliveryReport()
        query = (
            select(outbox.c.id, outbox.c.url, outbox.c.body, outbox.c.idempotency_key, outbox.c.event)
            .where(outbox.c.delivered_at.is_(None), outbox.c.next_attempt_at <= datetime.now(UTC))
            .order_by(outbox.c.id)
            .limit(limit)
        )
        if key is not None:
            query = query.where(outbox.c.idempotency_key == key)
        with self.engine.connect() as conn:
            due = conn.execute(query).all()
        with http_client(self.settings.webhook_timeout) as client:
            for row in due:
                lease = self._lease(row.id)
                if lease is None:
                    continue  # another worker has it, or it was settled and rescheduled meanwhile
                error = self._post(client, row.url, row.body.encode(), row.idempotency_key, row.event)
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

    def _post(self, client: httpx.Client, url: str, body: bytes, key: str, event: str) -> str | None:
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": key,
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
            values: dict[str, object] = {
                "attempts": attempts,
                "delivered_at": now,
                "last_error": None,
                "body": "",
            }
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
