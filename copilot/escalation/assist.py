"""Agent assist: what a person did with the suggestions the copilot drafted for them.

While a person owns a conversation, each customer message gets a draft with up to three suggested
replies that are not sent. The agent's reply is compared with them: the same text is ``accepted``,
a close one is ``edited`` (Levenshtein distance stored), a far one is ``written`` from scratch; an
explicit dismissal is ``rejected``. Those rows are what an eval of suggestion quality reads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz.distance import Levenshtein
from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from copilot.channels.outbox import ChannelOutbox
from copilot.conversations import Conversation, Conversations, DraftRecord
from copilot.db.schema import decisions
from copilot.errors import ConflictError, InputError
from copilot.escalation.routing import Routing
from copilot.outbox import Outbox
from copilot.redaction import Redactor
from copilot.redaction.shop import shop_redactor
from copilot.store import Store

Choice = Literal["accepted", "edited", "written", "rejected"]
EDITED_SIMILARITY = 0.5  # normalised Levenshtein similarity at or above which a reply counts as an edit


class Decision(BaseModel):
    draft_id: int | None
    conversation_id: str
    agent_id: str
    choice: Choice
    suggestion: str | None = None
    final_text: str | None = None
    edit_distance: int | None = None


def classify_reply(text: str, suggestions: list[str]) -> tuple[Choice, str | None, int | None]:
    """(choice, nearest suggestion, edit distance to it)."""
    if not suggestions:
        return "written", None, None
    normal = " ".join(text.split())
    nearest = min(suggestions, key=lambda s: Levenshtein.distance(normal, " ".join(s.split())))
    distance = Levenshtein.distance(normal, " ".join(nearest.split()))
    if distance == 0:
        return "accepted", nearest, 0
    if Levenshtein.normalized_similarity(normal, " ".join(nearest.split())) >= EDITED_SIMILARITY:
        return "edited", nearest, distance
    return "written", nearest, distance


class ReviewedDraft(DraftRecord):
    decision: Decision | None = Field(
        default=None, description="what the agent did with its suggestions, when it was theirs"
    )


class ConversationDetail(Conversation):
    """A thread as the shop's people read it: its messages, and each draft with what became of it."""

    drafts: list[ReviewedDraft]


class AgentMessage(BaseModel):
    """An outbox event (``message.agent``): an agent's reply as written, for the customer's channel.
    The thread keeps it redacted; the customer gets the words the agent sent."""

    message_id: int
    conversation_id: str
    channel: str
    customer_id: str | None
    agent_id: str
    text: str
    sent_at: datetime


class AgentAssist:
    def __init__(
        self,
        store: Store,
        routing: Routing,
        outbox: Outbox,
        redactor: Callable[[], Redactor] | None = None,
        channel_sends: ChannelOutbox | None = None,
    ) -> None:
        self.engine = store.engine
        self.channel_sends = channel_sends
        self.store = store
        self.conversations = Conversations(store)
        self.routing = routing
        self.outbox = outbox
        self._redactor = redactor or (lambda: shop_redactor(store))

    def reply(self, conversation_id: str, agent_id: str, text: str) -> Decision:
        """Send an agent's reply into the thread and record how it relates to the pending suggestions."""
        text = text.strip()
        if not text:
            raise InputError("the reply is empty")
        thread = self.conversations.get(conversation_id, last=0)  # NotFoundError for unknown ids
        agent = self.routing.require_owner(conversation_id, agent_id)
        draft_id = self.conversations.latest_suggestion(conversation_id)
        suggestions: list[str] = []
        if draft_id is not None and not self._decided(draft_id):
            suggestions = self.conversations.draft(draft_id).suggestions
        else:
            draft_id = None
        choice, nearest, distance = classify_reply(text, suggestions)
        decision = Decision(
            draft_id=draft_id,
            conversation_id=conversation_id,
            agent_id=agent_id,
            choice=choice,
            suggestion=nearest,
            final_text=text,
            edit_distance=distance,
        )
        customer = self.store.customer(thread.customer_id) if thread.customer_id else None
        # an agent's words are stored like anyone's, but for the customer's name and the agent's own
        names = [customer.full_name] if customer is not None else []
        names.append(agent.name)
        stored = self._redactor().redact(text, exempt=names)
        decision.final_text = stored
        try:
            with self.engine.begin() as conn:
                message_id = self.conversations.add_message(conn, conversation_id, "agent", stored)
                self._insert(conn, decision)
                sent = AgentMessage(
                    message_id=message_id,
                    conversation_id=conversation_id,
                    channel=thread.channel,
                    customer_id=thread.customer_id,
                    agent_id=agent_id,
                    text=text,
                    sent_at=datetime.now(UTC),
                )
                self.outbox.enqueue(conn, "message.agent", f"message:{message_id}", sent)
                if self.channel_sends is not None:  # the shopper writes on WhatsApp, SMS, ...: send it there
                    self.channel_sends.enqueue_in_thread(
                        conn, conversation_id, text, "agent", thread.customer_id
                    )
        except IntegrityError as exc:  # another reply decided on the same suggestions first
            raise ConflictError("these suggestions were already answered; send the reply again") from exc
        if self.channel_sends is not None:
            self.channel_sends.deliver_soon(conversation_id)
        return decision

    def reject(self, conversation_id: str, agent_id: str) -> Decision:
        """The agent dismissed the pending suggestions without sending any of them."""
        self.routing.require_owner(conversation_id, agent_id)
        draft_id = self.conversations.latest_suggestion(conversation_id)
        if draft_id is None or self._decided(draft_id):
            raise ConflictError(f"conversation '{conversation_id}' has no pending suggestions")
        decision = Decision(
            draft_id=draft_id, conversation_id=conversation_id, agent_id=agent_id, choice="rejected"
        )
        try:
            with self.engine.begin() as conn:
                self._insert(conn, decision)
        except IntegrityError as exc:
            raise ConflictError(f"conversation '{conversation_id}' has no pending suggestions") from exc
        return decision

    def detail(self, conversation_id: str, *, last: int | None = None) -> ConversationDetail:
        """The thread (its ``last`` messages) with the drafts for them and the agents' decisions."""
        thread = self.conversations.get(conversation_id, last=last)
        first = thread.messages[0].id if thread.messages else 0
        decided = {d.draft_id: d for d in self.decisions(conversation_id) if d.draft_id is not None}
        drafts = [
            ReviewedDraft(**draft.model_dump(), decision=decided.get(draft.draft_id))
            for draft in self.conversations.drafts(conversation_id, from_message=first)
        ]
        return ConversationDetail(**thread.model_dump(), drafts=drafts)

    def decisions(self, conversation_id: str | None = None) -> list[Decision]:
        query = select(decisions).order_by(decisions.c.id)
        if conversation_id:
            query = query.where(decisions.c.conversation_id == conversation_id)
        with self.engine.connect() as conn:
            return [Decision.model_validate(dict(r._mapping)) for r in conn.execute(query).all()]

    def _decided(self, draft_id: int) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(decisions.c.id).where(decisions.c.draft_id == draft_id)).first()
                is not None
            )

    @staticmethod
    def _insert(conn: Connection, decision: Decision) -> None:
        conn.execute(insert(decisions).values(**decision.model_dump(), created_at=datetime.now(UTC)))
