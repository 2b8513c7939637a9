"""API keys: ``cpk_<id>_<secret>``, shown once when created, kept only as a hash.

A key has a role: ``bot`` posts customer messages and reads their results (and may assert the customer
its channel has signed in); ``agent`` works queues and conversations as one agent; ``admin`` ingests and
manages keys and agents. The id part finds the row; the secret is compared in constant time against
its SHA-256 (keys are random and long, so a slow password hash would only cost time).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import insert, select, update

from copilot.db.schema import agents, api_keys
from copilot.errors import InputError, NotFoundError
from copilot.store import Store, as_utc

Role = Literal["bot", "agent", "admin"]
ROLES: tuple[Role, ...] = ("bot", "agent", "admin")
_KEY = re.compile(r"cpk_([0-9a-f]{12})_([A-Za-z0-9_-]{32,})")


class ApiKey(BaseModel):
    """A key as listed: never its secret."""

    key_id: str
    role: Role
    agent_id: str | None
    label: str
    created_at: datetime
    revoked_at: datetime | None


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class Keys:
    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def create(self, role: str, *, agent_id: str | None = None, label: str = "") -> tuple[ApiKey, str]:
        """A new key: its record and the key itself, which is never shown again."""
        if role not in ROLES:
            raise InputError(f"role '{role}' is not one of {', '.join(ROLES)}")
        if role == "agent" and not agent_id:
            raise InputError("an agent key needs --agent AGENT_ID: it acts only as that agent")
        if role != "agent" and agent_id:
            raise InputError(f"--agent is for agent keys only, not {role} keys")
        if agent_id and not self._agent_exists(agent_id):
            raise InputError(
                f"no agent '{agent_id}': add the agent first (copilot agents set {agent_id}), "
                "so the key cannot act as someone who does not exist"
            )
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        record = ApiKey(
            key_id=key_id,
            role=role,
            agent_id=agent_id,
            label=label,
            created_at=datetime.now(UTC),
            revoked_at=None,
        )
        with self.engine.begin() as conn:
            conn.execute(insert(api_keys).values(**record.model_dump(), secret_hash=_digest(secret)))
        return record, f"cpk_{key_id}_{secret}"

    def _agent_exists(self, agent_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(agents.c.agent_id).where(agents.c.agent_id == agent_id)).first()
                is not None
            )

    def verify(self, key: str) -> ApiKey | None:
        """The live key this is, or None (malformed, unknown, wrong secret or revoked: all alike)."""
        match = _KEY.fullmatch(key.strip())
        if match is None:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.key_id == match.group(1))).first()
        if row is None or row.revoked_at is not None:
            return None
        if not hmac.compare_digest(row.secret_hash, _digest(match.group(2))):
            return None
        return _record(row)

    def live(self, key_id: str) -> bool:
        """Still usable: known and not revoked (long-lived streams check this as they go)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys.c.revoked_at).where(api_keys.c.key_id == key_id)).first()
        return row is not None and row.revoked_at is None

    def list(self) -> list[ApiKey]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.created_at)).all()
        return [_record(row) for row in rows]

    def revoke(self, key_id: str) -> ApiKey:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(api_keys)
                .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )
            row = conn.execute(select(api_keys).where(api_keys.c.key_id == key_id)).first()
        if row is None:
            raise NotFoundError(f"no API key '{key_id}' (see `copilot keys list`)")
        if done.rowcount == 0 and row.revoked_at is None:  # pragma: no cover - a concurrent un-revoke
            raise NotFoundError(f"API key '{key_id}' could not be revoked")
        return _record(row)


def _record(row: object) -> ApiKey:
    record = ApiKey.model_validate(row, from_attributes=True)
    record.created_at = as_utc(record.created_at)
    record.revoked_at = as_utc(record.revoked_at) if record.revoked_at else None
    return record
