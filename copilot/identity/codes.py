"""One-time codes: sent to the email address or phone number on file, kept only as a salted hash.

A code is short-lived, takes a limited number of wrong entries, and is compared in constant time. It
leaves the system once, in the signed POST to the shop's verification hook (which sends the email or
SMS); it is never stored in clear, logged, or written into the conversation.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import Connection, Row, func, insert, select, update

from copilot.db.schema import codes
from copilot.identity.policy import OneTimeCode
from copilot.store import Store, as_utc

Outcome = Literal["ok", "wrong", "void", "none"]


def _hash(salt: str, code: str) -> str:
    return hmac.new(salt.encode(), code.encode(), hashlib.sha256).hexdigest()


class CodeCheck(BaseModel):
    outcome: Outcome
    customer_id: str | None = None
    tries_left: int = 0


class Codes:
    def __init__(self, store: Store, config: OneTimeCode) -> None:
        self.engine = store.engine
        self.config = config

    def sends(self, conversation_id: str, target: str, window: timedelta) -> int:
        """Codes issued in the window to this conversation or to this destination, whichever is more."""
        since = datetime.now(UTC) - window
        with self.engine.connect() as conn:
            per_conversation, per_target = (
                conn.execute(
                    select(func.count())
                    .select_from(codes)
                    .where(codes.c.created_at >= since, column == value)
                ).scalar_one()
                for column, value in ((codes.c.conversation_id, conversation_id), (codes.c.target, target))
            )
        return max(int(per_conversation), int(per_target))

    def issue(self, conversation_id: str, customer_id: str, target: str) -> tuple[str, datetime]:
        """A new code for this conversation (earlier ones are void); returns it in clear, once."""
        code = "".join(secrets.choice("0123456789") for _ in range(self.config.digits))
        salt = secrets.token_hex(16)
        now = datetime.now(UTC)
        expires = now + timedelta(minutes=self.config.expires_minutes)
        with self.engine.begin() as conn:
            conn.execute(
                update(codes)
                .where(codes.c.conversation_id == conversation_id, codes.c.used_at.is_(None))
                .values(used_at=now)
            )
            conn.execute(
                insert(codes).values(
                    conversation_id=conversation_id,
                    customer_id=customer_id,
                    target=target,
                    salt=salt,
                    code_hash=_hash(salt, code),
                    attempts=0,
                    created_at=now,
                    expires_at=expires,
                )
            )
        return code, expires

    def sent_since(self, conversation_id: str, window: timedelta) -> bool:
        """A code was sent for this conversation within the window (live or not: a late or used-up
        code typed in is answered as such, not taken for an order number)."""
        with self.engine.connect() as conn:
            row = self._latest(conn, conversation_id)
        return row is not None and as_utc(row.created_at) >= datetime.now(UTC) - window

    def check(self, conversation_id: str, entered: str) -> CodeCheck:
        """Compare an entered code with the conversation's live one; a match uses it up."""
        with self.engine.begin() as conn:
            row = self._latest(conn, conversation_id)
            if row is None:
                return CodeCheck(outcome="none")
            if not self._live(row):
                return CodeCheck(outcome="void")
            attempts = int(row.attempts) + 1
            if hmac.compare_digest(row.code_hash, _hash(row.salt, entered)):
                conn.execute(update(codes).where(codes.c.id == row.id).values(used_at=datetime.now(UTC)))
                return CodeCheck(outcome="ok", customer_id=row.customer_id)
            values: dict[str, object] = {"attempts": attempts}
            if attempts >= self.config.max_attempts:
                values["used_at"] = datetime.now(UTC)
            conn.execute(update(codes).where(codes.c.id == row.id).values(**values))
            return CodeCheck(outcome="wrong", tries_left=max(0, self.config.max_attempts - attempts))

    @staticmethod
    def _latest(conn: Connection, conversation_id: str) -> Row[Any] | None:
        return conn.execute(
            select(codes)
            .where(codes.c.conversation_id == conversation_id)
            .order_by(codes.c.id.desc())
            .limit(1)
        ).first()

    def _live(self, row: Row[Any]) -> bool:
        return (
            row.used_at is None
            and row.attempts < self.config.max_attempts
            and as_utc(row.expires_at) > datetime.now(UTC)
        )
