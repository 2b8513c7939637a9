"""Queues and agents: where escalated conversations wait, who takes them, and handing them back.

A handoff row is written in the same transaction as the escalating turn. Agents serve the queues
whose skills they have, up to their capacity; ``claim_next`` takes the most urgent, oldest handoff.
Claims are conditional UPDATEs, so two agents (or two API workers) can never own one handoff.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    func,
    insert,
    select,
    update,
)

from copilot.conversations import Conversations
from copilot.db.schema import agents, conversations, handoffs
from copilot.errors import ConflictError, InputError, NotFoundError
from copilot.escalation.config import PRIORITY_RANK, EscalationPolicy, Queue
from copilot.outbox import Outbox
from copilot.schemas import HandoffPacket
from copilot.store import Store, as_utc

HandoffStatus = Literal["queued", "assigned", "resolved", "handed_back"]


class Agent(BaseModel):
    agent_id: str
    name: str
    skills: list[str] = Field(default_factory=list)
    capacity: int = Field(default=3, ge=0)
    online: bool = False
    load: int = 0

    def serves(self, queue: Queue) -> bool:
        return queue.id in self.skills or bool(set(self.skills) & set(queue.skills))


class HandoffRecord(BaseModel):
    packet_id: str
    conversation_id: str
    queue: str
    priority: str
    status: HandoffStatus
    agent_id: str | None
    created_at: datetime
    updated_at: datetime
    packet: HandoffPacket


_PRIORITY_NAME = {rank: name for name, rank in PRIORITY_RANK.items()}


@dataclass(frozen=True)
class HandoffCursor:
    """Where a stream of handoff changes stands: the last change it sent (when, which handoff)."""

    updated_at: datetime
    packet_id: str

    def __str__(self) -> str:
        return f"{self.updated_at.isoformat()}|{self.packet_id}"

    @classmethod
    def parse(cls, text: str) -> HandoffCursor | None:
        when, _, packet_id = text.partition("|")
        try:
            return cls(as_utc(datetime.fromisoformat(when)), packet_id)
        except ValueError:
            return None


class HandoverChange(BaseModel):
    """An outbox event: who controls a conversation now (``handoff.claimed``, ``handoff.resolved``,
    ``handoff.handed_back``)."""

    packet_id: str
    conversation_id: str
    queue: str
    status: HandoffStatus
    agent_id: str | None
    at: datetime


class Routing:
    def __init__(self, store: Store, policy: EscalationPolicy, outbox: Outbox) -> None:
        self.store = store
        self.engine = store.engine
        self.policy = policy
        self.conversations = Conversations(store)
        self.outbox = outbox

    def _announce(
        self, conn: Connection, record: HandoffRecord, status: HandoffStatus, agent_id: str | None
    ) -> None:
        """The change as an outbox event, in the transaction that makes it."""
        change = HandoverChange(
            packet_id=record.packet_id,
            conversation_id=record.conversation_id,
            queue=record.queue,
            status=status,
            agent_id=agent_id,
            at=datetime.now(UTC),
        )
        event = {"assigned": "handoff.claimed", "resolved": "handoff.resolved"}.get(
            status, "handoff.handed_back"
        )
        self.outbox.enqueue(conn, event, f"{record.packet_id}:{status}", change)

    # -- writes inside the turn's transaction --------------------------------------------------
    @staticmethod
    def enqueue(conn: Connection, packet: HandoffPacket) -> None:
        now = datetime.now(UTC)
        conn.execute(
            insert(handoffs).values(
                packet_id=packet.packet_id,
                conversation_id=packet.conversation_id,
                queue=packet.queue,
                priority=PRIORITY_RANK[packet.priority],
                status="queued",
                created_at=now,
                updated_at=now,
                packet=packet.model_dump_json(),
            )
        )

    # -- agents --------------------------------------------------------------------------------
    def set_agent(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        skills: list[str] | None = None,
        capacity: int | None = None,
        online: bool | None = None,
    ) -> Agent:
        """Create or update an agent; unknown skills are refused so a typo cannot hide a queue."""
        known = {s for q in self.policy.queues for s in [q.id, *q.skills]}
        if skills is not None and (unknown := sorted(set(skills) - known)):
            raise InputError(f"unknown skill(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        current = self._agent_or_none(agent_id)
        agent = Agent(
            agent_id=agent_id,
            name=name or (current.name if current else agent_id),
            skills=skills if skills is not None else (current.skills if current else ["general"]),
            capacity=capacity if capacity is not None else (current.capacity if current else 3),
            online=online if online is not None else (current.online if current else False),
        )
        values = {
            "name": agent.name,
            "skills": json.dumps(agent.skills),
            "capacity": agent.capacity,
            "online": agent.online,
        }
        with self.engine.begin() as conn:
            if current is None:
                conn.execute(insert(agents).values(agent_id=agent_id, **values))
            else:
                conn.execute(update(agents).where(agents.c.agent_id == agent_id).values(**values))
        return self.agent(agent_id)

    def agents(self) -> list[Agent]:
        with self.engine.connect() as conn:
            loads: dict[str, int] = dict(
                conn.execute(
                    select(handoffs.c.agent_id, func.count())
                    .where(handoffs.c.status == "assigned")
                    .group_by(handoffs.c.agent_id)
                ).all()
            )
            rows = conn.execute(select(agents).order_by(agents.c.agent_id)).all()
        return [
            Agent(
                agent_id=r.agent_id,
                name=r.name,
                skills=json.loads(r.skills),
                capacity=r.capacity,
                online=r.online,
                load=int(loads.get(r.agent_id, 0)),
            )
            for r in rows
        ]

    def _agent_or_none(self, agent_id: str) -> Agent | None:
        return next((a for a in self.agents() if a.agent_id == agent_id), None)

    def agent(self, agent_id: str) -> Agent:
        if (agent := self._agent_or_none(agent_id)) is None:
            raise NotFoundError(f"unknown agent '{agent_id}'")
        return agent

    def available(self, queue_id: str) -> bool:
        """Is someone online, skilled for this queue, with room for one more conversation?"""
        queue = self.policy.queue(queue_id)
        return any(a.online and a.load < a.capacity and a.serves(queue) for a in self.agents())

    def cursor_now(self) -> HandoffCursor:
        """The newest change so far: a stream that starts here sends only what happens next."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(handoffs.c.updated_at, handoffs.c.packet_id)
                .order_by(handoffs.c.updated_at.desc(), handoffs.c.packet_id.desc())
                .limit(1)
            ).first()
        if row is None:
            return HandoffCursor(datetime(1970, 1, 1, tzinfo=UTC), "")
        return HandoffCursor(as_utc(row.updated_at), row.packet_id)

    def changed_since(
        self, cursor: HandoffCursor, queue: str | None = None, *, limit: int = 100
    ) -> list[tuple[HandoffRecord, HandoffCursor]]:
        """Handoffs queued, claimed or closed after ``cursor``, oldest change first, each with the cursor
        that follows it."""
        after = (handoffs.c.updated_at > cursor.updated_at) | (
            (handoffs.c.updated_at == cursor.updated_at) & (handoffs.c.packet_id > cursor.packet_id)
        )
        query = (
            select(handoffs).where(after).order_by(handoffs.c.updated_at, handoffs.c.packet_id).limit(limit)
        )
        if queue:
            query = query.where(handoffs.c.queue == queue)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [(self._record(r), HandoffCursor(as_utc(r.updated_at), r.packet_id)) for r in rows]

    # -- handoffs ------------------------------------------------------------------------------
    def list(self, *, status: str | None = None, queue: str | None = None) -> list[HandoffRecord]:
        """Most urgent first, then oldest first: the order agents should take them in."""
        query = select(handoffs).order_by(handoffs.c.priority.desc(), handoffs.c.created_at)
        if status:
            query = query.where(handoffs.c.status == status)
        if queue:
            query = query.where(handoffs.c.queue == queue)
        with self.engine.connect() as conn:
            return [self._record(r) for r in conn.execute(query).all()]

    def get(self, packet_id: str) -> HandoffRecord:
        with self.engine.connect() as conn:
            row = conn.execute(select(handoffs).where(handoffs.c.packet_id == packet_id)).first()
        if row is None:
            raise NotFoundError(f"unknown handoff '{packet_id}'")
        return self._record(row)

    @staticmethod
    def _record(row: Row[Any]) -> HandoffRecord:
        return HandoffRecord(
            packet_id=row.packet_id,
            conversation_id=row.conversation_id,
            queue=row.queue,
            priority=_PRIORITY_NAME[row.priority],
            status=row.status,
            agent_id=row.agent_id,
            created_at=as_utc(row.created_at),
            updated_at=as_utc(row.updated_at),
            packet=HandoffPacket.model_validate_json(row.packet),
        )

    def claim(self, packet_id: str, agent_id: str) -> HandoffRecord:
        """Assign a queued handoff to an online agent who serves its queue and has room. The agent's
        row is held while their load is counted and the claim written, so two claims at once cannot
        take them past their capacity."""
        agent = self.agent(agent_id)
        record = self.get(packet_id)
        self._check_available(agent)
        if not agent.serves(self.policy.queue(record.queue)):
            raise ConflictError(f"agent '{agent_id}' does not serve the '{record.queue}' queue")
        with self.engine.begin() as conn:
            # PostgreSQL: a row lock; SQLite: its one writer at a time (the first write takes it).
            conn.execute(
                update(agents).where(agents.c.agent_id == agent_id).values(capacity=agents.c.capacity)
            )
            load = conn.execute(
                select(func.count()).where(handoffs.c.agent_id == agent_id, handoffs.c.status == "assigned")
            ).scalar_one()
            capacity, online = conn.execute(
                select(agents.c.capacity, agents.c.online).where(agents.c.agent_id == agent_id)
            ).one()
            self._check_available(
                agent.model_copy(update={"load": load, "capacity": capacity, "online": online})
            )
            now = datetime.now(UTC)
            claimed = conn.execute(
                update(handoffs)
                .where(handoffs.c.packet_id == packet_id, handoffs.c.status == "queued")
                .values(status="assigned", agent_id=agent_id, updated_at=now, claimed_at=now)
            ).rowcount
            if not claimed:
                raise ConflictError(f"handoff '{packet_id}' is {self.get(packet_id).status}, not queued")
            self.conversations.add_message(
                conn, record.conversation_id, "event", f"{agent.name} joined the conversation"
            )
            self._announce(conn, record, "assigned", agent_id)
        return self.get(packet_id)

    @staticmethod
    def _check_available(agent: Agent) -> None:
        if not agent.online:
            raise ConflictError(f"agent '{agent.agent_id}' is offline")
        if agent.load >= agent.capacity:
            raise ConflictError(f"agent '{agent.agent_id}' is at capacity ({agent.capacity})")

    def claim_next(self, agent_id: str) -> HandoffRecord | None:
        """The most urgent, oldest queued handoff this agent can serve, claimed; None when none waits."""
        agent = self.agent(agent_id)
        self._check_available(agent)  # "offline" or "full" is an answer of its own, not "nothing waits"
        for record in self.list(status="queued"):
            if agent.serves(self.policy.queue(record.queue)):
                try:
                    return self.claim(record.packet_id, agent_id)
                except ConflictError:
                    if self.get(record.packet_id).status == "queued":
                        raise  # not a lost race: say why
        return None

    def require_owner(self, conversation_id: str, agent_id: str) -> Agent:
        """Only the agent who claimed a conversation's handoff speaks for the shop in it; that agent."""
        agent = self.agent(agent_id)  # NotFoundError for unknown agents
        with self.engine.connect() as conn:
            owner = conn.execute(
                select(handoffs.c.agent_id).where(
                    handoffs.c.conversation_id == conversation_id, handoffs.c.status == "assigned"
                )
            ).scalar_one_or_none()
        if owner != agent_id:
            held = f"is assigned to '{owner}'" if owner else "has no claimed handoff"
            raise ConflictError(f"conversation '{conversation_id}' {held}; claim its handoff first")
        return agent

    def close(
        self, packet_id: str, agent_id: str | None, status: Literal["resolved", "handed_back"]
    ) -> HandoffRecord:
        """Resolve a handoff or hand it back; either way the bot owns the conversation again."""
        record = self.get(packet_id)
        open_statuses = handoffs.c.status.in_(["queued", "assigned"])
        allowed: ColumnElement[bool] = open_statuses
        who = "an agent"
        if agent_id is not None:
            agent = self.agent(agent_id)
            who = agent.name  # the customer reads this line: the name they saw join, not the id
            if record.agent_id not in (None, agent_id):
                raise ConflictError(
                    f"handoff '{packet_id}' is assigned to '{record.agent_id}', not '{agent_id}'"
                )
            if record.agent_id is None and not agent.serves(self.policy.queue(record.queue)):
                raise ConflictError(f"agent '{agent_id}' does not serve the '{record.queue}' queue")
            # checked again as it is written: a claim by someone else in between wins
            allowed = open_statuses & (handoffs.c.agent_id.is_(None) | (handoffs.c.agent_id == agent_id))
        verb = (
            "resolved the conversation" if status == "resolved" else "handed the conversation back to the bot"
        )
        with self.engine.begin() as conn:
            closed = conn.execute(
                update(handoffs)
                .where(handoffs.c.packet_id == packet_id, allowed)
                .values(status=status, agent_id=agent_id or record.agent_id, updated_at=datetime.now(UTC))
            ).rowcount
            if not closed:
                now = self.get(packet_id)
                state = (
                    f"assigned to '{now.agent_id}'" if now.status == "assigned" else f"already {now.status}"
                )
                raise ConflictError(f"handoff '{packet_id}' is {state}")
            conn.execute(
                update(conversations).where(conversations.c.id == record.conversation_id).values(owner="bot")
            )
            self.conversations.add_message(conn, record.conversation_id, "event", f"{who} {verb}")
            self._announce(conn, record, status, agent_id or record.agent_id)
        return self.get(packet_id)
