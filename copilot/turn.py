"""What one customer turn knows, filled in step by step, and what it reads from the thread so far.

``Copilot.turn`` runs the steps named in ``copilot.service.STEPS`` over one ``TurnState``; each field
below says which step sets it. A step may end the turn early (``done``): the store step still runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from copilot.channels.base import Destination
from copilot.conversations import Conversation
from copilot.days_said import day_said
from copilot.drafting.base import Draft, DraftContext
from copilot.escalation.rules import Decision, PastTurn
from copilot.identity.gate import Caller, Identity
from copilot.schemas import Cart, Customer, HandoffPacket, Order, SearchHit, TurnResult
from copilot.understanding import ORDER_INTENTS, Understanding

_PENDING_INTENTS = {"verification", "greeting", "thanks"}


@dataclass
class TurnState:
    """One turn's inputs and everything its steps learned."""

    text: str
    conversation_id: str | None
    session_token: str | None
    caller: Caller
    channel: str
    cart_total: float | None  # the cart's value, from the channel or the cart itself
    cart: Cart | None = None  # the shopper's cart, as the shop's page reported it
    reply_to: Destination | None = None  # a messaging channel's sender: the reply is sent there
    # thread
    thread: Conversation = field(init=False)
    new_token: str | None = None  # the session token of a conversation this turn started
    asserted: Customer | None = None  # who the caller's authenticated channel vouches for
    # understanding
    understanding: Understanding = field(init=False)
    order_focus: str | None = None  # the order the shop's last message was about (an alert, an answer)
    flags: list[str] = field(default_factory=list)
    # identity (and the orders the proven customer may see)
    identity: Identity = field(init=False)
    # retrieval: the question this message asks, and what the knowledge says about it
    question: str = ""
    today: date = field(default_factory=lambda: datetime.now(UTC).date())  # holidays and seasons are of it
    asked_again: str | None = None  # "what about the tetsubin?": the last question, asked of it
    focus: list[str] = field(default_factory=list)  # the product(s) the last answer was about
    hits: list[SearchHit] = field(default_factory=list)
    # draft
    context: DraftContext = field(init=False)
    draft: Draft = field(init=False)
    # grounding: the result as the customer and the agent will get it
    result: TurnResult = field(init=False)
    # escalation
    decision: Decision | None = None
    packet: HandoffPacket | None = None
    done: bool = False  # a person owns the conversation: the draft is for them, nothing to decide

    @property
    def customer(self) -> Customer | None:
        return self.identity.customer

    @property
    def stored_text(self) -> str:
        """The message as it is stored: a one-time code keeps its shape, not its digits."""
        return re.sub(r"\d{4,10}", "[code]", self.text) if self.identity.code_entered else self.text


def last_text(thread: Conversation, role: str) -> str | None:
    return next((m.text for m in reversed(thread.messages) if m.role == role), None)


def focus_of(thread: Conversation) -> list[str]:
    """The catalog passages the bot's last answer was about, if it was about a product."""
    last = next((m for m in reversed(thread.messages) if m.role == "bot"), None)
    focus = last.data.get("focus") if last is not None else None
    return [str(key) for key in focus] if isinstance(focus, list) else []


def order_focus_of(thread: Conversation) -> str | None:
    """The order the shop's last message was about: an order alert, or an answer about one order."""
    last = next((m for m in reversed(thread.messages) if m.role == "bot"), None)
    focus = last.data.get("order_focus") if last is not None else None
    return focus if isinstance(focus, str) else None


def with_order_focus(understanding: Understanding, focus: str | None, text: str) -> Understanding:
    """A message that names no order, after the shop's message about one, asks about that order when
    it is an order question or refers back to it ("when will it arrive?"); one naming the day it was
    placed ("is my order from feb 14th on its way?") names its own."""
    if focus is None or understanding.order_ids or day_said(text) is not None:
        return understanding
    if understanding.intent in ORDER_INTENTS:
        return understanding.model_copy(update={"order_ids": [focus]})
    if understanding.intent == "policy" and "refers_back" in understanding.cues:
        return understanding.model_copy(update={"order_ids": [focus], "intent": "order_status"})
    return understanding


def with_purchase_named(understanding: Understanding, orders: list[Order]) -> Understanding:
    """A signed-in customer asking after something they bought ("any update on the stove?", "where
    are my trail runners at?") asks about the order holding it, whatever the words; a question about
    the product itself ("is the stove good for winter?") stays one."""
    asks_after = "after_purchase" in understanding.cues and not understanding.order_ids
    # only a question otherwise read as a policy one: not a product's, an order's, nor a person asked for
    if orders and asks_after and understanding.intent == "policy":
        return understanding.model_copy(update={"intent": "order_status"})
    return understanding


def last_facts(thread: Conversation, kind: str = "facts") -> dict[str, Any]:
    """Facts the customer's last message matched an order with, without proving it (``facts``), or
    what it could prove when it named no order (``held``)."""
    last = next((m for m in reversed(thread.messages) if m.role == "customer"), None)
    facts = last.data.get(kind) if last is not None else None
    return facts if isinstance(facts, dict) else {}


def awaiting(thread: Conversation) -> str | None:
    """What the bot's last reply asked the customer for, if anything (e.g. where to send a code)."""
    last = next((m for m in reversed(thread.messages) if m.role == "bot"), None)
    value = last.data.get("awaiting") if last is not None else None
    return value if isinstance(value, str) else None


def past_turns(thread: Conversation) -> list[PastTurn]:
    """The thread since a person last took part, as (customer message, what the bot did) pairs."""
    turns: list[PastTurn] = []
    for message in thread.messages:
        if message.role == "event":  # a person took over or handed back: the bot starts afresh
            turns = []
        elif message.role == "customer":
            turns.append(PastTurn(customer_text=message.text))
        elif message.role == "bot" and turns and turns[-1].bot_action is None:
            turns[-1].bot_action = message.data.get("action")
            turns[-1].bot_confidence = message.data.get("confidence")
            turns[-1].identity_step = bool(message.data.get("identity_step"))
    return turns


def bot_data(state: TurnState) -> dict[str, object]:
    """What later turns need to know about this reply: an identity step, what it asked for, and the
    product (and variant) it was about, so "and in large?" continues with the same product."""
    data: dict[str, object] = {}
    if state.identity.reply is not None:
        data["identity_step"] = True
    if state.identity.awaiting:
        data["awaiting"] = state.identity.awaiting
    products = [c.id for c in state.result.citations if c.id.startswith(("product:", "variant:"))]
    if products and state.result.action == "answer":
        data["focus"] = products[:2]
        if state.asked_again:  # so "and the gaiwan?" next asks it again
            data["asked"] = state.asked_again
    orders = [c.id for c in state.result.citations if c.kind == "order"]
    if len(orders) == 1 and state.result.action == "answer":
        data["order_focus"] = orders[0]
    return data


def customer_data(state: TurnState) -> dict[str, object]:
    """A message that only carried a proof (a code, a contact, typed details) is not a question that
    waits for an answer once the proof succeeds; facts that matched an order without proving it wait
    for the next message (the stored text is redacted)."""
    identity = state.identity
    data: dict[str, object] = {}
    if identity.proof_only or state.understanding.intent == "verification":
        data["proof"] = True
    if identity.partial_facts and not identity.just_proven:
        data["facts"] = identity.partial_facts
    if identity.held_facts:
        data["held"] = identity.held_facts
    return data


def waits_for_proof(understanding: Understanding) -> bool:
    """A message that is part of proving who one is, or small talk: not the question a proof answers."""
    return understanding.intent in _PENDING_INTENTS
