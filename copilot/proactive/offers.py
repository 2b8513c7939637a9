"""Proactive help at checkout: a shopper stalls on a checkout step, the policy decides whether to
offer help and whose, the offer is recorded; an accepted offer opens a conversation (a person's goes
to the agent queue with a handoff packet that carries the cart, through the same routing and outbox
as any escalation); the shop's ``order_created`` for that customer marks their latest offer as a cart
saved.

Who the shopper is comes from the edge, never from what the page reports: a customer the shop vouches
for (its signed customer token, or its back end naming them with a key), else the anonymous visitor id
the widget keeps. Offers are counted per shopper; only a known customer's cart can be counted as saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Row, func, insert, select, update

from copilot.conversations import Conversations
from copilot.db.schema import checkout_offers
from copilot.drafting.base import Draft
from copilot.errors import ConfigurationError, ConflictError, ForbiddenError, InputError, NotFoundError
from copilot.escalation.handoff import Summarizer, build_packet
from copilot.escalation.routing import Routing
from copilot.escalation.rules import Decision
from copilot.outbox import Outbox
from copilot.proactive.policy import DEFAULT_POLICY, History, OfferKind, decide, load_proactive_policy
from copilot.redaction import Redactor
from copilot.schemas import Cart, EscalationReason, HandoffPacket, TranscriptLine
from copilot.store import Store, as_utc

VISITOR_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"


@dataclass(frozen=True)
class Shopper:
    """Who is at checkout, as the edge established it: a known customer, else an anonymous visitor."""

    customer_id: str | None = None
    visitor_id: str | None = None

    def __post_init__(self) -> None:
        if not (self.customer_id or self.visitor_id):
            raise InputError("a checkout report needs a customer (a customer token) or a visitor_id")


class CheckoutActivity(BaseModel):
    """What the shop's page (or back end) reports about a shopper at checkout."""

    model_config = ConfigDict(extra="forbid")

    step: str = Field(
        min_length=1, max_length=40, description="cart, shipping, payment ... as the shop names it"
    )
    idle_seconds: float = Field(
        default=0, ge=0, le=86_400, description="seconds since the shopper last acted"
    )
    cart: Cart | None = Field(default=None, description="the cart; its value decides who is offered")


class Offer(BaseModel):
    """Help offered to the shopper: accept it by its id."""

    offer_id: str
    kind: OfferKind = Field(description="person: an agent takes the chat; bot: the assistant does")
    message: str = Field(description="what the shopper reads")


class CheckoutDecision(BaseModel):
    offer: Offer | None = Field(description="the offer to show; none: show nothing")
    reason: str = Field(description="why (or why not), in the policy's terms")
    report_again_at_idle: float | None = Field(
        default=None,
        description="report this step again once the shopper has been idle this many seconds (an offer "
        "may follow); none: reporting again would not change the answer",
    )


class AcceptedOffer(BaseModel):
    """The conversation an accepted offer opened; continue it as any other."""

    conversation_id: str
    session_token: str = Field(description="continues the conversation (keep it, as after a first message)")
    kind: OfferKind
    handled_by: str = Field(description="agent: it waits in the agent queue; bot: the assistant answers")
    reply: str = Field(description="the first line of the conversation, for the shopper")


class Proactive:
    """Checkout reports in, offers out; acceptances and completed orders recorded for the report."""

    def __init__(
        self,
        store: Store,
        routing: Routing,
        outbox: Outbox,
        policy_file: Path | None,
        *,
        redactor: Callable[[], Redactor],
        summarizer: Summarizer | None = None,
        deliver: Callable[[HandoffPacket], None] | None = None,
        customer_data: str = "masked",
    ) -> None:
        """``policy_file``: the shop's proactive policy (None: the bundled one); its person queue must
        be one of the escalation policy's."""
        self.store, self.engine = store, store.engine
        self.routing, self.outbox = routing, outbox
        self.policy = policy = load_proactive_policy(policy_file)
        self.conversations = Conversations(store)
        self.redactor, self.summarizer, self.deliver = redactor, summarizer, deliver
        self.customer_data = customer_data
        known = {q.id for q in routing.policy.queues}
        if policy.person.queue not in known:
            raise ConfigurationError(
                f"proactive policy {policy_file or DEFAULT_POLICY}, person.queue: unknown queue "
                f"'{policy.person.queue}'; the escalation policy has {', '.join(sorted(known))}"
            )

    # -- reports and offers --------------------------------------------------------------------
    def report(
        self, shopper: Shopper, activity: CheckoutActivity, *, now: datetime | None = None
    ) -> CheckoutDecision:
        """Decide on one checkout report; an offer made is recorded (and counts toward the shopper's cap)."""
        now = now or datetime.now(UTC)
        cart = activity.cart
        value = cart.value if cart is not None else None
        if value is None and cart is not None and cart.items:
            priced = [i.price * i.quantity for i in cart.items if i.price is not None]
            value = round(sum(priced), 2) if priced else None
        customer = self.store.customer(shopper.customer_id) if shopper.customer_id else None
        queue = self.policy.person.queue
        verdict = decide(
            self.policy,
            step=activity.step,
            idle_seconds=activity.idle_seconds,
            cart_value=value,
            tier=customer.tier if customer is not None else None,
            history=self._history(shopper, now),
            agent_free=lambda: self.routing.available(queue),
        )
        if verdict.kind is None:
            return CheckoutDecision(
                offer=None, reason=verdict.reason, report_again_at_idle=verdict.report_again_at_idle
            )
        offer_id = uuid.uuid4().hex
        with self.engine.begin() as conn:
            conn.execute(
                insert(checkout_offers).values(
                    offer_id=offer_id,
                    customer_id=shopper.customer_id,
                    visitor_id=None if shopper.customer_id else shopper.visitor_id,
                    kind=verdict.kind,
                    queue=queue if verdict.kind == "person" else None,
                    reason=verdict.reason[:300],
                    step=activity.step.strip().lower(),
                    cart_value=value,
                    currency=cart.currency if cart is not None else None,
                    cart=cart.model_dump_json() if cart is not None else None,
                    created_at=now,
                )
            )
        message = self.policy.messages.person if verdict.kind == "person" else self.policy.messages.bot
        return CheckoutDecision(
            offer=Offer(offer_id=offer_id, kind=verdict.kind, message=message), reason=verdict.reason
        )

    def _history(self, shopper: Shopper, now: datetime) -> History:
        mine = (
            checkout_offers.c.customer_id == shopper.customer_id
            if shopper.customer_id
            else checkout_offers.c.visitor_id == shopper.visitor_id
        )
        with self.engine.connect() as conn:
            count, last = conn.execute(
                select(func.count(), func.max(checkout_offers.c.created_at)).where(
                    mine, checkout_offers.c.created_at > now - timedelta(days=1)
                )
            ).one()
        minutes = (now - as_utc(last)).total_seconds() / 60 if last is not None else None
        return History(offers_last_day=int(count), minutes_since_last=minutes)

    # -- acceptance ----------------------------------------------------------------------------
    def accept(self, offer_id: str, shopper: Shopper, *, channel: str = "chat") -> AcceptedOffer:
        """Open the conversation an offer promised: handed to the agent queue with a packet that carries
        the cart (a person offer), or with the bot. Only the shopper it was made to may accept it, once."""
        row = self._offer(offer_id)
        if row.customer_id is not None:
            mine = shopper.customer_id == row.customer_id
        else:  # made to a visitor: that browser, signed in since or not
            mine = shopper.visitor_id is not None and shopper.visitor_id == row.visitor_id
        if not mine:
            raise ForbiddenError(f"offer '{offer_id}' was not made to this shopper")
        if row.accepted_at is not None:
            raise ConflictError(f"offer '{offer_id}' was accepted already")
        kind: OfferKind = "person" if row.kind == "person" else "bot"
        messages = self.policy.messages
        thread, token = self.conversations.create(channel)
        customer = self.store.customer(row.customer_id) if row.customer_id else None
        if customer is not None:
            self.conversations.bind_customer(thread.id, customer.customer_id, "channel")
        reply = messages.accepted_person if kind == "person" else messages.accepted_bot
        cart = Cart.model_validate_json(row.cart) if row.cart else None
        packet = self._packet(thread.id, channel, row, cart, reply) if kind == "person" else None
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(checkout_offers)
                .where(checkout_offers.c.offer_id == offer_id, checkout_offers.c.accepted_at.is_(None))
                .values(accepted_at=now, conversation_id=thread.id)
            ).rowcount
            if not taken:  # a second click raced the first: nothing of this one is kept
                raise ConflictError(f"offer '{offer_id}' was accepted already")
            self.conversations.add_message(
                conn, thread.id, "bot", messages.person if kind == "person" else messages.bot
            )
            self.conversations.add_message(conn, thread.id, "event", "Help at checkout accepted")
            self.conversations.add_message(conn, thread.id, "bot", reply)
            if packet is not None:
                self.conversations.hand_to_agent(conn, thread.id)
                self.routing.enqueue(conn, packet)
                self.outbox.enqueue(conn, "handoff.created", packet.packet_id, packet)
        if packet is not None and self.deliver is not None:
            self.deliver(packet)
        return AcceptedOffer(
            conversation_id=thread.id,
            session_token=token,
            kind=kind,
            handled_by="agent" if packet is not None else "bot",
            reply=reply,
        )

    def _offer(self, offer_id: str) -> Row[Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(checkout_offers).where(checkout_offers.c.offer_id == offer_id)).first()
        if row is None:
            raise NotFoundError(f"unknown offer '{offer_id}'")
        return row

    def _packet(
        self, conversation_id: str, channel: str, row: Row[Any], cart: Cart | None, reply: str
    ) -> HandoffPacket:
        """The packet a person offer's acceptance queues: the offer as the reason, the cart, the customer."""
        customer = self.store.customer(row.customer_id) if row.customer_id else None
        orders = self.store.orders_of(customer.customer_id) if customer is not None else []
        now = datetime.now(UTC)
        offered = self.policy.messages.person
        transcript = [
            TranscriptLine(role="bot", text=offered, at=as_utc(row.created_at)),
            TranscriptLine(role="customer", text=f"(accepted help at the {row.step} step)", at=now),
            TranscriptLine(role="bot", text=reply, at=now),
        ]
        decision = Decision(
            reasons=[EscalationReason(rule="proactive_offer", detail=f"{row.reason}; step {row.step}")],
            queue=row.queue or self.policy.person.queue,
            priority="high",
            frustration=0.0,
        )
        return build_packet(
            conversation_id=conversation_id,
            channel=channel,
            transcript=transcript,
            intent="checkout_help",
            decision=decision,
            draft=Draft(action="escalate", reply=reply, confidence=1.0),
            customer=customer,
            verified_by="channel" if customer is not None else None,
            orders=orders,
            hits=[],
            cart_total=row.cart_value,
            cart=cart,
            summarizer=self.summarizer,
            redactor=self.redactor(),
            customer_data=self.customer_data,
        )

    # -- completed orders ----------------------------------------------------------------------
    def record_order(self, customer_id: str, at: datetime) -> bool:
        """The shop's ``order_created`` for ``customer_id`` at ``at``: their most recent offer (accepted
        or not) made within the policy's completion window before ``at`` and not yet counted is counted
        as a cart saved. Offers made before one already counted are not (they were for that cart).
        False when there is none."""
        at = as_utc(at)
        since = at - timedelta(hours=self.policy.completion_window_hours)
        mine = checkout_offers.c.customer_id == customer_id
        with self.engine.begin() as conn:
            counted = conn.execute(  # offers older than one already counted were for that same cart
                select(func.max(checkout_offers.c.created_at)).where(
                    mine, checkout_offers.c.completed_at.is_not(None)
                )
            ).scalar_one_or_none()
            if counted is not None:
                since = max(since, as_utc(counted) + timedelta(microseconds=1))
            offer_id = conn.execute(
                select(checkout_offers.c.offer_id)
                .where(
                    mine,
                    checkout_offers.c.completed_at.is_(None),
                    checkout_offers.c.created_at <= at,
                    checkout_offers.c.created_at >= since,
                )
                .order_by(checkout_offers.c.created_at.desc())
                .limit(1)
            ).scalar_one_or_none()
            if offer_id is None:
                return False
            done = conn.execute(
                update(checkout_offers)
                .where(checkout_offers.c.offer_id == offer_id, checkout_offers.c.completed_at.is_(None))
                .values(completed_at=at)
            ).rowcount
        return bool(done)
