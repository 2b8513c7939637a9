"""Who may continue a conversation, and what has been proven in it.

A conversation id is random and says nothing; continuing a conversation takes the session token
issued when it started (stored hashed, compared in constant time), or an authenticated channel that
asserts the customer the conversation is bound to. Proofs are rows: each says who was proven, how, and
for which order (a typed-knowledge proof unlocks one order), and they expire.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, insert, select

from copilot.db.schema import proofs, sessions
from copilot.identity.policy import STRENGTH, Method
from copilot.store import Store, as_utc


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Proofs:
    """The live proofs of one conversation: the strongest account-wide one and the single orders."""

    customer_id: str | None
    method: Method | None  # strongest account-wide proof
    order_ids: frozenset[str]  # orders unlocked one by one (typed knowledge)

    @property
    def strongest(self) -> Method | None:
        """How this conversation's customer was proven, for people reading a handoff."""
        return self.method or ("knowledge" if self.order_ids else None)


class Sessions:
    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    @staticmethod
    def issue(conn: Connection, conversation_id: str) -> str:
        """A new session token for a new conversation; only its hash is kept."""
        token = secrets.token_urlsafe(24)
        conn.execute(
            insert(sessions).values(
                conversation_id=conversation_id, token_hash=_digest(token), created_at=datetime.now(UTC)
            )
        )
        return token

    def valid(self, conversation_id: str, token: str | None) -> bool:
        if not token:
            return False
        with self.engine.connect() as conn:
            stored = conn.execute(
                select(sessions.c.token_hash).where(sessions.c.conversation_id == conversation_id)
            ).scalar_one_or_none()
        return stored is not None and hmac.compare_digest(stored, _digest(token))

    @staticmethod
    def prove(
        conn: Connection, conversation_id: str, customer_id: str, method: Method, order_id: str | None = None
    ) -> None:
        conn.execute(
            insert(proofs).values(
                conversation_id=conversation_id,
                customer_id=customer_id,
                method=method,
                order_id=order_id,
                created_at=datetime.now(UTC),
            )
        )

    def live(self, conversation_id: str, customer_id: str | None, lifetime: timedelta) -> Proofs:
        """Proofs of this conversation's bound customer younger than ``lifetime``. Channel proofs are
        renewed by every turn that carries the channel's assertion, so they expire like the others."""
        if customer_id is None:
            return Proofs(None, None, frozenset())
        since = datetime.now(UTC) - lifetime
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(proofs.c.method, proofs.c.order_id, proofs.c.created_at).where(
                    proofs.c.conversation_id == conversation_id, proofs.c.customer_id == customer_id
                )
            ).all()
        fresh = [r for r in rows if as_utc(r.created_at) >= since]
        account = [r.method for r in fresh if r.order_id is None]
        method = max(account, key=lambda m: STRENGTH[m]) if account else None
        return Proofs(customer_id, method, frozenset(r.order_id for r in fresh if r.order_id is not None))
