"""Failed proofs and the locks they lead to.

Every failed proof (typed facts that match nothing, a wrong one-time code) is a row keyed three ways:
the conversation, the caller's source (an IP address, a phone number, an API key) and the target (the
order number, email or phone number tried, whether or not it exists, so that counting reveals
nothing). Past a limit within the window the conversation is locked and handed to the fraud queue.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import (
    ColumnElement,
    Connection,
    func,
    insert,
    or_,
    select,
    update,
)

from copilot.db.schema import attempts, locks
from copilot.identity.policy import Limits
from copilot.schemas import IdentityAttempt
from copilot.store import Store, as_utc


class Counts(BaseModel):
    conversation: int
    source: int
    target: int


class Attempts:
    def __init__(self, store: Store, limits: Limits) -> None:
        self.engine = store.engine
        self.limits = limits

    def _since(self) -> datetime:
        return datetime.now(UTC) - timedelta(minutes=self.limits.window_minutes)

    @staticmethod
    def record(
        conn: Connection,
        conversation_id: str,
        source: str,
        target: str,
        method: str,
        detail: str,
        contact: str | None = None,
    ) -> None:
        conn.execute(
            insert(attempts).values(
                conversation_id=conversation_id,
                source=source[:200],
                target=target[:320],
                contact=contact,
                method=method,
                detail=detail[:300],
                created_at=datetime.now(UTC),
            )
        )

    def counts(self, conversation_id: str, source: str, targets: list[str]) -> Counts:
        """Failures in the window of this conversation, this source, and the most-tried of ``targets``
        (an order number, or contact data typed with any order number)."""
        since = self._since()
        with self.engine.connect() as conn:

            def count(where: ColumnElement[bool]) -> int:
                query = (
                    select(func.count()).select_from(attempts).where(attempts.c.created_at >= since, where)
                )
                return int(conn.execute(query).scalar_one())

            return Counts(
                conversation=count(attempts.c.conversation_id == conversation_id),
                source=count(attempts.c.source == source[:200]),
                target=max(
                    (
                        count(or_(attempts.c.target == t[:320], attempts.c.contact == t[:320]))
                        for t in targets
                    ),
                    default=0,
                ),
            )

    def exceeded(self, counts: Counts) -> str | None:
        """Which limit the counts reached, if any, in words for the packet."""
        limits = self.limits
        for name, value, limit in (
            ("conversation", counts.conversation, limits.per_conversation),
            ("target", counts.target, limits.per_target),
            ("source", counts.source, limits.per_source),
        ):
            if value >= limit:
                return f"{value} failed proofs for this {name} in {limits.window_minutes:g} minutes"
        return None

    def tried_injection(self, conversation_id: str) -> bool:
        """Whether a message of this conversation tried to change how the assistant works, within the
        window: typed facts prove nothing after that."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(attempts.c.id)
                .where(
                    attempts.c.conversation_id == conversation_id,
                    attempts.c.method == "injection",
                    attempts.c.created_at >= self._since(),
                )
                .limit(1)
            ).first()
        return found is not None

    def history(self, conversation_id: str) -> list[IdentityAttempt]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(attempts).where(attempts.c.conversation_id == conversation_id).order_by(attempts.c.id)
            ).all()
        return [
            IdentityAttempt(at=as_utc(r.created_at), method=r.method, target=r.target, detail=r.detail)
            for r in rows
        ]

    # -- locks ---------------------------------------------------------------------------------
    def locked(self, conversation_id: str) -> bool:
        with self.engine.connect() as conn:
            until = conn.execute(
                select(locks.c.locked_until).where(locks.c.conversation_id == conversation_id)
            ).scalar_one_or_none()
        return until is not None and as_utc(until) > datetime.now(UTC)

    def lock(self, conn: Connection, conversation_id: str, reason: str) -> None:
        until = datetime.now(UTC) + timedelta(minutes=self.limits.lock_minutes)
        changed = conn.execute(
            update(locks)
            .where(locks.c.conversation_id == conversation_id)
            .values(locked_until=until, reason=reason)
        ).rowcount
        if not changed:
            conn.execute(
                insert(locks).values(conversation_id=conversation_id, locked_until=until, reason=reason)
            )
