"""The handoff packet: everything the bot gathered, built by plain code from the turn's own values.

The transcript is redacted (the packet travels to webhooks and helpdesks); the customer block keeps the
verified identity an agent needs (name, masked email) and nothing of the payment or address.
The summary comes from the model when one is configured and answers, else it is extractive.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

from copilot.drafting.base import Draft
from copilot.errors import ModelOutputError, ProviderError
from copilot.escalation.config import EscalationPolicy, Queue
from copilot.escalation.rules import Decision, lifetime_value
from copilot.escalation.signals import language, sentiment
from copilot.logs import get_logger
from copilot.redaction import Redactor
from copilot.schemas import (
    Cart,
    Citation,
    Customer,
    CustomerSnapshot,
    HandoffPacket,
    IdentityAttempt,
    KnowledgeUsed,
    Order,
    OrderSnapshot,
    SearchHit,
    Sentiment,
    TranscriptLine,
)
from copilot.store import order_lookup_key

log = get_logger(__name__)
Summarizer = Callable[[list[TranscriptLine]], str]
_INTENT_WORDS = {
    "order_status": "the status of an order",
    "order_tracking": "tracking a delivery",
    "order_total": "what an order cost",
    "order_items": "what is in an order",
    "order_date": "when an order was placed or shipped",
    "order_list": "their orders",
    "cancel_order": "cancelling an order",
    "return_order": "a return",
    "exchange_order": "an exchange",
    "modify_order": "changing an order",
    "product_price": "a product's price",
    "product_availability": "product availability",
    "product_count": "product options",
    "product_cheapest": "the cheapest option of a product",
    "product_info": "a product",
    "policy": "our policies",
    "human": "talking to a person",
}


def mask_email(email: str | None) -> str | None:
    """Enough for an agent to recognise an address, not enough to harvest it: m***@example.com."""
    if not email or "@" not in email:
        return None
    local, domain = email.split("@", 1)
    return f"{local[:1]}***@{domain}"


def _customer_snapshot(
    customer: Customer | None, verified_by: str | None, orders: list[Order], detail: str
) -> CustomerSnapshot:
    """Who the customer is, as much as the shop's ``packet_customer_data`` setting lets agents see."""
    if customer is None:
        return CustomerSnapshot(verified=False, order_count=len(orders))
    shown = {
        "none": {},
        "masked": {"name": customer.full_name, "email": mask_email(customer.email)},
        "full": {"name": customer.full_name, "email": customer.email, "phone": customer.phone},
    }[detail]
    return CustomerSnapshot(
        verified=True,
        verified_by=verified_by,
        customer_id=customer.customer_id,
        tier=customer.tier,
        lifetime_value=lifetime_value(orders),
        order_count=len(orders),
        **shown,
    )


def _order_snapshot(order: Order) -> OrderSnapshot:
    items = []
    for item in order.items:
        options = ", ".join(item.options.values())
        items.append(f"{item.quantity} x {item.name}" + (f" ({options})" if options else ""))
    return OrderSnapshot(
        order_id=order.order_id,
        status=order.status,
        placed_at=order.placed_at,
        total=order.total,
        currency=order.currency,
        items=items,
        tracking_numbers=[t for s in order.shipments for t in s.tracking_numbers],
    )


def relevant_orders(orders: list[Order], transcript: list[TranscriptLine], limit: int = 5) -> list[Order]:
    """Orders named in the conversation first, then the most recent ones."""
    text = " ".join(line.text for line in transcript)
    named_keys = {order_lookup_key(token) for token in text.replace(",", " ").split()}
    named = [o for o in orders if order_lookup_key(o.order_id) in named_keys]
    recent = sorted(orders, key=lambda o: o.placed_at or "", reverse=True)
    return list({o.order_id: o for o in [*named, *recent]}.values())[:limit]


def extractive_summary(
    transcript: list[TranscriptLine],
    intent: str,
    customer: Customer | None,
    orders: list[Order],
    decision: Decision,
    name_shown: bool = True,
) -> str:
    """Who (by name only when agents may see it), what about, what they said first and last, what the
    bot answered, why it escalated."""
    asked = [line.text for line in transcript if line.role == "customer"]
    said = [line.text for line in transcript if line.role == "bot"]
    who = "An unverified customer"
    if customer is not None:
        who = f"{customer.full_name} (verified)" if name_shown else "The verified customer"
    parts = [f"{who} wrote about {_INTENT_WORDS.get(intent, intent.replace('_', ' '))}."]
    if asked:
        parts.append(f'First message: "{_clip(asked[0])}".')
    if len(asked) > 1:
        parts.append(f'Latest: "{_clip(asked[-1])}".')
    if orders:
        parts.append("Orders: " + ", ".join(f"{o.order_id} ({o.status})" for o in orders[:3]) + ".")
    if said:
        parts.append(f'The bot last said: "{_clip(said[-1])}".')
    parts.append("Escalated: " + "; ".join(f"{r.rule} ({r.detail})" for r in decision.reasons) + ".")
    return " ".join(parts)


def _suggested_reply(draft: Draft, customer: Customer | None, orders: list[Order]) -> str:
    """A first message for the agent: greet by name, show they have read the thread, name the order."""
    greeting = f"Hi {customer.first_name}" if customer and customer.first_name else "Hi"
    if draft.action == "answer" and draft.citations:
        return f"{greeting}, thanks for waiting. {draft.reply}"
    about = (
        f" and I'm looking into order {orders[0].order_id} for you now"
        if orders
        else (" and I'm looking into this for you now")
    )
    return f"{greeting}, thanks for waiting. I've read our conversation{about}."


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def build_packet(
    *,
    conversation_id: str,
    channel: str,
    transcript: list[TranscriptLine],
    intent: str,
    decision: Decision,
    draft: Draft,
    customer: Customer | None,
    verified_by: str | None,
    orders: list[Order],
    hits: list[SearchHit],
    cart_total: float | None,
    cart: Cart | None = None,
    earlier_citations: list[Citation] | None = None,
    summarizer: Summarizer | None = None,
    identity_attempts: list[IdentityAttempt] | None = None,
    redactor: Redactor | None = None,
    customer_data: str = "masked",
) -> HandoffPacket:
    """The packet for this escalation; ``transcript`` ends with this turn's customer and bot lines,
    ``earlier_citations`` are what the bot's earlier replies in the thread rested on."""
    earlier_citations = earlier_citations or []
    redactor = redactor or Redactor()
    keep_name = [customer.full_name] if customer is not None and customer_data != "none" else []
    transcript = [
        line.model_copy(
            update={"text": redactor.redact(line.text, exempt=keep_name, learned=line.role != "bot")}
        )
        for line in transcript
    ]
    shown = relevant_orders(orders, transcript)
    before_handoff = transcript[:-1] if transcript and transcript[-1].role == "bot" else transcript
    summary = extractive_summary(before_handoff, intent, customer, shown, decision, bool(keep_name))
    source: Literal["llm", "extractive"] = "extractive"
    if summarizer is not None:
        try:
            summary, source = summarizer(transcript), "llm"
        except (ProviderError, ModelOutputError) as exc:
            log.warning("model summary failed (%s); the packet carries an extractive one", exc)
    last_customer = next((line.text for line in reversed(transcript) if line.role == "customer"), "")
    compound = sentiment(last_customer)
    used = list({(c.kind, c.id): c for c in [*earlier_citations, *draft.citations]}.values())
    cited = {c.id for c in used}
    knowledge = [
        KnowledgeUsed(kind=c.kind, id=c.id, source=c.source, title=c.title, score=c.score, cited=True)
        for c in used
    ]
    knowledge += [
        KnowledgeUsed(
            kind="passage",
            id=h.passage.key,
            source=h.passage.source,
            title=h.passage.title,
            score=round(h.score, 4),
            cited=False,
        )
        for h in hits[:5]
        if h.passage.key not in cited
    ]
    suggested = _suggested_reply(draft, customer, shown)
    return HandoffPacket(
        packet_id=str(uuid.uuid4()),
        conversation_id=conversation_id,
        channel=channel,
        created_at=datetime.now(UTC),
        customer=_customer_snapshot(customer, verified_by, orders, customer_data),
        orders=[_order_snapshot(o) for o in shown],
        transcript=transcript,
        summary=summary,
        summary_source=source,
        intent=intent,
        sentiment=Sentiment(
            compound=round(compound, 3),
            frustration=decision.frustration,
            label="negative" if compound <= -0.05 else "positive" if compound >= 0.05 else "neutral",
        ),
        language=language([line.text for line in transcript if line.role == "customer"]),
        reasons=decision.reasons,
        knowledge=knowledge,
        bot_said=[line.text for line in transcript if line.role == "bot"],
        suggested_reply=suggested,
        priority=decision.priority,
        queue=decision.queue,
        cart_total=cart_total,
        cart=_redacted_cart(cart, redactor),
        identity_attempts=identity_attempts or [],
    )


def _redacted_cart(cart: Cart | None, redactor: Redactor) -> Cart | None:
    """The cart's words are the shopper's browser's: redacted like the transcript."""
    if cart is None:
        return None
    # a cart holds the shop's product names, read by the rules alone
    items = [
        item.model_copy(update={"name": redactor.redact(item.name, learned=False)}) for item in cart.items
    ]
    step = redactor.redact(cart.step, learned=False) if cart.step is not None else None
    return cart.model_copy(update={"items": items, "step": step})


def handoff_reply(
    draft: Draft, decision: Decision, queue: Queue, available: bool, policy: EscalationPolicy
) -> str:
    """What the customer is told: that a person takes over, and honestly when to expect them."""
    rules = {r.rule for r in decision.reasons}
    confident = draft.action == "answer" and draft.confidence >= policy.rules.low_confidence.threshold
    if "customer_requested_human" in rules:
        opening = "Of course. I'm passing you to a member of our team"
    elif rules & {"sensitive_topic", "frustration", "repeated_failure"}:
        opening = (
            "I'm sorry about this. I'm passing you to a member of our team, who can sort it out properly"
        )
    elif draft.action == "escalate" and draft.drafter == "code":
        opening = draft.reply  # the identity gate's own words: why a person takes it
    elif confident:
        opening = f"{draft.reply} A member of our team needs to take it from here, so I'm passing this on"
    elif draft.unknown:  # the data does not say: the reply says so, and a person takes the question
        opening = f"{draft.unknown}, so I'm passing your question to a member of our team"
    else:
        opening = "I'm not sure I can answer that correctly, so I'm passing it to a member of our team"
    opening += "; they'll see our conversation, so you won't need to repeat anything."
    if decision.advice:  # a safety incident's own advice comes before all else: a person may be hours away
        opening = f"{decision.advice} {opening}"
    if available:
        return f"{opening} Someone will be with you shortly."
    return (
        f"{opening} No one from our {queue.name} team is available right now; your conversation is in "
        f"the queue and we'll reply {queue.response_time}."
    )
