"""Conversation threads: one canonical thread per customer and channel, holding every turn.

Conversation ids are random and are not credentials: who may continue a thread is decided by its
session token or an authenticated channel (``copilot.identity.sessions``). Messages are rows that are
only ever inserted, so concurrent turns on one conversation cannot lose each other's messages. The
customer a thread is about is set once (the first proof wins) with a conditional UPDATE, so two racing
turns cannot bind one conversation to two customers.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Connection, Row, insert, select, update

from copilot.db.schema import conversations, drafts, messages
from copilot.errors import NotFoundError
from copilot.identity.sessions import Sessions
from copilot.schemas import Citation, CustomerMessage, TurnResult
from copilot.store import Store, as_utc

Role = Literal["customer", "bot", "agent", "event"]


class Message(BaseModel):
    id: int
    role: Role
    text: str
    created_at: datetime
    data: dict[str, Any] = Field(default_factory=dict)

    def for_customer(self) -> CustomerMessage:
        """The message as its customer sees it: no data the bot kept about it."""
        return CustomerMessage(id=self.id, role=self.role, text=self.text, at=self.created_at)


class Conversation(BaseModel):
    id: str
    channel: str
    customer_id: str | None
    verified_by: str | None
    owner: str
    messages: list[Message] = Field(default_factory=list)


class DraftRecord(BaseModel):
    """What the copilot drafted for one customer message (as stored: redacted), and what became of it:
    ``sent`` by the bot, ``escalated`` with a handoff, or ``suggested`` to the person who owned the
    conversation."""

    draft_id: int
    message_id: int = Field(description="the customer message it answers")
    outcome: Literal["sent", "escalated", "suggested"]
    created_at: datetime
    result: TurnResult


class ConversationSummary(BaseModel):
    """A conversation in a list: who, where, who owns it now, when it started."""

    id: str
    channel: str
    customer_id: str | None
    owner: str
    created_at: datetime


class ConversationPage(BaseModel):
    items: list[ConversationSummary]
    next: str | None = Field(default=None, description="Pass as `after` for the next page; none at the end.")


class Conversations:
    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def page(
        self,
        *,
        customer_id: str | None = None,
        owner: str | None = None,
        channel: str | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> ConversationPage:
        """Newest first, ``limit`` at a time; ``after`` is the last id of the page before (a cursor, so
        pages neither skip nor repeat conversations started meanwhile)."""
        query = select(conversations).order_by(conversations.c.created_at.desc(), conversations.c.id.desc())
        for column, value in (("customer_id", customer_id), ("owner", owner), ("channel", channel)):
            if value is not None:
                query = query.where(conversations.c[column] == value)
        with self.engine.connect() as conn:
            if after is not None:
                mark = conn.execute(
                    select(conversations.c.created_at).where(conversations.c.id == after)
                ).first()
                if mark is None:
                    raise NotFoundError(f"unknown conversation '{after}' (the `after` cursor)")
                query = query.where(
                    (conversations.c.created_at < mark.created_at)
                    | ((conversations.c.created_at == mark.created_at) & (conversations.c.id < after))
                )
            rows = conn.execute(query.limit(limit + 1)).all()
        items = [
            ConversationSummary(
                id=r.id,
                channel=r.channel,
                customer_id=r.customer_id,
                owner=r.owner,
                created_at=as_utc(r.created_at),
            )
            for r in rows[:limit]
        ]
        return ConversationPage(items=items, next=items[-1].id if len(rows) > limit else None)

    def create(self, channel: str) -> tuple[Conversation, str]:
        """A new anonymous thread with a random id, and the session token that continues it."""
        conversation_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                insert(conversations).values(
                    id=conversation_id, channel=channel, owner="bot", created_at=datetime.now(UTC)
                )
            )
            token = Sessions.issue(conn, conversation_id)
        thread = Conversation(
            id=conversation_id, channel=channel, customer_id=None, verified_by=None, owner="bot"
        )
        return thread, token

    def latest_for(self, customer_id: str, channel: str) -> Conversation | None:
        """A customer's canonical thread on a channel: the newest one bound to them."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(conversations.c.id)
                .where(conversations.c.customer_id == customer_id, conversations.c.channel == channel)
                .order_by(conversations.c.created_at.desc())
                .limit(1)
            ).scalar_one_or_none()
        return self.get(found, last=20) if found else None

    def get(self, conversation_id: str, *, last: int | None = None) -> Conversation:
        with self.engine.connect() as conn:
            row = conn.execute(select(conversations).where(conversations.c.id == conversation_id)).first()
            if row is None:
                raise NotFoundError(f"unknown conversation '{conversation_id}'")
            query = select(messages).where(messages.c.conversation_id == conversation_id)
            if last is not None:
                query = query.order_by(messages.c.id.desc()).limit(last)
            rows = sorted(conn.execute(query).all(), key=lambda r: r.id)
        return Conversation(
            id=row.id,
            channel=row.channel,
            customer_id=row.customer_id,
            verified_by=row.verified_by,
            owner=row.owner,
            messages=[_message(r) for r in rows],
        )

    def messages_after(self, conversation_id: str, after: int, *, limit: int = 100) -> list[Message]:
        """A thread's messages newer than message id ``after``, oldest first: what an event stream has not
        sent yet."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(messages)
                .where(messages.c.conversation_id == conversation_id, messages.c.id > after)
                .order_by(messages.c.id)
                .limit(limit)
            ).all()
        return [_message(r) for r in rows]

    def bind_customer(self, conversation_id: str, customer_id: str, verified_by: str) -> str:
        """Bind the thread to a verified customer unless it is bound already; returns the bound customer."""
        with self.engine.begin() as conn:
            conn.execute(
                update(conversations)
                .where(conversations.c.id == conversation_id, conversations.c.customer_id.is_(None))
                .values(customer_id=customer_id, verified_by=verified_by)
            )
            bound = conn.execute(
                select(conversations.c.customer_id).where(conversations.c.id == conversation_id)
            ).scalar_one()
        return str(bound)

    @staticmethod
    def _insert_message(
        conn: Connection, conversation_id: str, role: Role, text: str, data: dict[str, Any] | None
    ) -> int:
        return int(
            conn.execute(
                insert(messages)
                .values(
                    conversation_id=conversation_id,
                    role=role,
                    text=text,
                    created_at=datetime.now(UTC),
                    data=json.dumps(data or {}, default=str),
                )
                .returning(messages.c.id)
            ).scalar_one()
        )

    def add_message(
        self,
        conn: Connection,
        conversation_id: str,
        role: Role,
        text: str,
        data: dict[str, Any] | None = None,
    ) -> int:
        return self._insert_message(conn, conversation_id, role, text, data)

    @staticmethod
    def hand_to_agent(conn: Connection, conversation_id: str) -> bool:
        """The bot stops replying; False if a concurrent turn escalated this conversation first."""
        return bool(
            conn.execute(
                update(conversations)
                .where(conversations.c.id == conversation_id, conversations.c.owner == "bot")
                .values(owner="agent")
            ).rowcount
        )

    def record_turn(
        self,
        conn: Connection,
        conversation_id: str,
        customer_text: str,
        result: TurnResult,
        outcome: str,
        bot_data: dict[str, Any] | None = None,
        customer_data: dict[str, Any] | None = None,
    ) -> int:
        """The customer's message, the bot's reply (unless a person owns the thread) and the draft, on
        the caller's transaction so that everything else the turn writes commits with them; the draft id."""
        message_id = self._insert_message(conn, conversation_id, "customer", customer_text, customer_data)
        if result.handled_by == "bot":
            self._insert_message(
                conn,
                conversation_id,
                "bot",
                result.reply,
                {"action": result.action, "confidence": result.confidence, **(bot_data or {})},
            )
        return int(
            conn.execute(
                insert(drafts)
                .values(
                    conversation_id=conversation_id,
                    message_id=message_id,
                    result=result.model_dump_json(),
                    outcome=outcome,
                    created_at=datetime.now(UTC),
                )
                .returning(drafts.c.id)
            ).scalar_one()
        )

    def drafts(self, conversation_id: str, *, from_message: int = 0) -> list[DraftRecord]:
        """A thread's drafts for customer messages from message id ``from_message`` on, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(drafts)
                .where(drafts.c.conversation_id == conversation_id, drafts.c.message_id >= from_message)
                .order_by(drafts.c.id)
            ).all()
        return [
            DraftRecord(
                draft_id=r.id,
                message_id=r.message_id,
                outcome=r.outcome,
                created_at=as_utc(r.created_at),
                result=TurnResult.model_validate_json(r.result),
            )
            for r in rows
        ]

    def draft(self, draft_id: int) -> TurnResult:
        """The turn result stored with a draft."""
        with self.engine.connect() as conn:
            row = conn.execute(select(drafts.c.result).where(drafts.c.id == draft_id)).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"unknown draft {draft_id}")
        return TurnResult.model_validate_json(row)

    def citations(self, conversation_id: str) -> list[Citation]:
        """Everything the stored drafts of this conversation cited, oldest first, each once."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(drafts.c.result)
                .where(drafts.c.conversation_id == conversation_id)
                .order_by(drafts.c.id)
            ).scalars()
            cited = [c for row in rows for c in TurnResult.model_validate_json(row).citations]
        return list({(c.kind, c.id): c for c in cited}.values())

    def latest_suggestion(self, conversation_id: str) -> int | None:
        """The newest draft written for an agent in this conversation, if any."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(drafts.c.id)
                .where(drafts.c.conversation_id == conversation_id, drafts.c.outcome == "suggested")
                .order_by(drafts.c.id.desc())
                .limit(1)
            ).scalar_one_or_none()


def _message(row: Row[Any]) -> Message:
    return Message(
        id=row.id, role=row.role, text=row.text, created_at=as_utc(row.created_at), data=json.loads(row.data)
    )
