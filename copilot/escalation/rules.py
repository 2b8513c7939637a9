"""The escalation rules: plain code, run on every turn a bot owns, each with a stable id.

Rules decide first; a model's ``transfer_to_human`` is one more reason (``model_proposed``), never the
only judge, and never for off-topic chatter or injected instructions. Every reason that fired is kept,
so a packet and an eval report can say exactly why.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from copilot.drafting.base import Draft
from copilot.drafting.denials import denial_in
from copilot.escalation.config import PRIORITY_RANK, VIP_QUEUE, EscalationPolicy, Priority
from copilot.escalation.signals import (
    action_request,
    frustration,
    general_question,
    same_question,
    says_unresolved,
)
from copilot.schemas import Customer, EscalationReason, Order
from copilot.store import order_lookup_key
from copilot.understanding import ACTION_INTENTS, Understanding

_NOT_QUESTIONS = {"greeting", "thanks", "verification", "human", "about_bot"}
_UNPRODUCTIVE_CONFIDENCE = 0.5


@dataclass
class PastTurn:
    """One earlier exchange: what the customer wrote and what the bot did about it."""

    customer_text: str
    bot_action: str | None = None
    bot_confidence: float | None = None
    identity_step: bool = False  # the bot asked for (or checked) a proof of identity


@dataclass
class TurnFacts:
    """What the rules look at: this message, its draft, who is asking, and the thread so far."""

    text: str
    understanding: Understanding
    draft: Draft
    customer: Customer | None
    orders: list[Order] = field(default_factory=list)
    cart_total: float | None = None
    history: list[PastTurn] = field(default_factory=list)
    identity_step: bool = False  # this turn's reply is the identity gate's, not a drafter's
    cited: list[str] = field(default_factory=list)  # the shop's pages and products the draft answers from
    shop_words: AbstractSet[str] = frozenset()  # the words of the shop's product names, as spelled


@dataclass
class Decision:
    reasons: list[EscalationReason]
    queue: str
    priority: Priority
    frustration: float
    advice: str | None = None  # the fired topic's first_advice: said before the hand-over

    @property
    def escalate(self) -> bool:
        return bool(self.reasons)


def _frustration(facts: TurnFacts) -> float:
    """This message's frustration, raised by how frustrated the customer was earlier in the thread. An
    order's own status quoted is no feeling ("order 4887 says failed?", "why is it on hold?")."""
    earlier = max((frustration(t.customer_text, facts.shop_words) for t in facts.history[-5:]), default=0.0)
    statuses = {w for o in facts.orders for w in re.findall(r"[a-z]+", o.status.lower()) if len(w) > 2}
    text = re.sub(rf"(?i)\b(?:{'|'.join(sorted(statuses))})\b", " ", facts.text) if statuses else facts.text
    return round(min(1.0, frustration(text, facts.shop_words) + 0.3 * earlier), 3)


def lifetime_value(orders: list[Order]) -> float:
    return round(sum(o.total or 0.0 for o in orders), 2)


def _valuable(facts: TurnFacts, policy: EscalationPolicy) -> str | None:
    """Why this customer or cart counts as valuable, or None."""
    rule = policy.rules.valuable_customer
    if facts.cart_total is not None and rule.cart_total is not None and facts.cart_total >= rule.cart_total:
        return f"cart {facts.cart_total:.2f} >= {rule.cart_total:.2f}"
    if facts.customer is None:
        return None
    if facts.customer.tier and facts.customer.tier.lower() in {t.lower() for t in rule.tiers}:
        return f"tier {facts.customer.tier}"
    value = lifetime_value(facts.orders)
    if rule.lifetime_value is not None and value >= rule.lifetime_value:
        return f"lifetime value {value:.2f} >= {rule.lifetime_value:.2f}"
    mentioned = {order_lookup_key(i) for i in facts.understanding.order_ids}
    for order in facts.orders:
        total = order.total or 0.0
        if order_lookup_key(order.order_id) in mentioned and rule.order_total and total >= rule.order_total:
            return f"order {order.order_id} total {total:.2f} >= {rule.order_total:.2f}"
    return None


def _acts_on_own_orders(facts: TurnFacts) -> bool:
    """The action asked names no order, or one of the customer's own: an order that is someone else's
    or nobody's is declined in the same words, and never hurries a person in (that would tell them apart)."""
    named = {order_lookup_key(i) for i in facts.understanding.order_ids}
    return not named or any(order_lookup_key(o.order_id) in named for o in facts.orders)


def _asks_to_act(facts: TurnFacts) -> bool:
    """An action asked for, or a change or an exchange asked after on an order of the customer's own by its
    number: "can I change the address on 10429?" and "can i swap the brass knobs on 7330 for nickel?" want it
    done however they are phrased, where "can I still cancel 1003 or is it too late?" asks whether it may be
    (a shop may let a pending order be cancelled by its owner)."""
    if action_request(facts.text):
        return True
    named = {order_lookup_key(i) for i in facts.understanding.order_ids}
    own = any(order_lookup_key(o.order_id) in named for o in facts.orders)
    return own and facts.understanding.intent in ("modify_order", "exchange_order")


def _repeated(facts: TurnFacts, policy: EscalationPolicy) -> EscalationReason | None:
    rule = policy.rules.repeated_failure
    if facts.history and facts.history[-1].bot_action == "answer" and says_unresolved(facts.text):
        return EscalationReason(rule="repeated_failure", detail="the last answer did not solve it")
    if facts.understanding.intent not in _NOT_QUESTIONS:
        answered = [t.customer_text for t in facts.history[-10:] if t.bot_action in ("answer", "decline")]
        if (earlier := same_question(facts.text, answered, rule.same_question_similarity)) is not None:
            return EscalationReason(rule="repeated_failure", detail=f"asked again: {earlier!r}")
    streak = 0
    # Asking for a proof of identity is progress, not failure: too many failed proofs lock the
    # conversation and go to the fraud queue instead (copilot.identity).
    outcomes = [(t.bot_action, t.bot_confidence, t.identity_step) for t in facts.history]
    outcomes.append((facts.draft.action, facts.draft.confidence, facts.identity_step))
    for action, confidence, identity_step in reversed(outcomes):
        if action is None or identity_step:  # a person answered that one, or it was an identity step
            break
        if action in ("ask_verification", "decline") or (confidence or 0.0) < _UNPRODUCTIVE_CONFIDENCE:
            streak += 1
        else:
            break
    if streak >= rule.max_unproductive_turns:
        return EscalationReason(
            rule="repeated_failure", detail=f"{streak} bot turns without progress", score=float(streak)
        )
    return None


def _only_unsent_orders_named(facts: TurnFacts) -> bool:
    """The message names orders, and each one of the customer's it names was never sent."""
    named = {order_lookup_key(i) for i in facts.understanding.order_ids}
    orders = [o for o in facts.orders if order_lookup_key(o.order_id) in named]
    return bool(orders) and all(o.never_sent for o in orders)


def evaluate(facts: TurnFacts, policy: EscalationPolicy) -> Decision:
    """Which rules fire on this turn, and where the conversation goes if any does."""
    rules = policy.rules
    u = facts.understanding
    score = _frustration(facts)
    reasons: list[EscalationReason] = []
    queue: str | None = None
    priority: Priority = "normal"
    advice: str | None = None

    def fire(reason: EscalationReason, to: str | None = None, level: Priority = "normal") -> None:
        nonlocal queue, priority
        reasons.append(reason)
        queue = queue or to
        if PRIORITY_RANK[level] > PRIORITY_RANK[priority]:
            priority = level

    if u.intent == "off_topic":  # declined politely, never a reason to call a person
        return Decision([], policy.default_queue, "low", score)
    # "What happens if a package is lost?" asks how things work; it reports no incident and asks nothing
    # the bot may not answer, so topic phrases in it do not escalate (a person asked for still does).
    incident = not general_question(facts.text)
    if rules.sensitive_topic.enabled and incident:
        for topic in policy.sensitive_topics:
            if topic.not_for_unsent_orders and _only_unsent_orders_named(facts):
                continue
            if (phrase := topic.matches(facts.text)) is not None:
                fire(
                    EscalationReason(rule="sensitive_topic", detail=f"{topic.id}: {phrase!r}"),
                    topic.queue,
                    topic.priority,
                )
                advice = topic.first_advice
                break
    if u.injection and u.intent != "human":
        # An attempt to rewrite the rules is declined, not escalated; a sensitive incident still is.
        return _decision(reasons, queue, priority, score, policy, u, advice)
    if rules.customer_requested_human.enabled and u.intent == "human":
        fire(EscalationReason(rule="customer_requested_human", detail="asked for a person"))
    if rules.frustration.enabled and score >= rules.frustration.threshold:
        fire(
            EscalationReason(
                rule="frustration", detail=f"score >= {rules.frustration.threshold}", score=score
            ),
            level="high",
        )
    if rules.out_of_scope.enabled:
        answered = facts.draft.action == "answer" and facts.draft.confidence >= rules.low_confidence.threshold
        for topic in (t for t in policy.out_of_scope if incident or t.even_if_asked):
            if (phrase := topic.matches(facts.text)) is not None:
                if answered and topic.offered_in(phrase, facts.cited):
                    continue  # "can you engrave it?" answered by the shop's engraving page
                if answered and denial_in(facts.draft.reply):
                    continue  # "can you make me a car key fob?" and the shop's "We don't sell: car keys"
                fire(EscalationReason(rule="out_of_scope", detail=f"{topic.id}: {phrase!r}"), topic.queue)
                break
        else:
            if (
                rules.out_of_scope.actions_need_human
                and u.intent in ACTION_INTENTS
                and (
                    (facts.customer is not None and facts.draft.action == "answer" and _asks_to_act(facts))
                    # the identity gate hands over a change to an order proven only by its details
                    or (facts.identity_step and facts.draft.action == "escalate")
                )
            ):
                fire(EscalationReason(rule="out_of_scope", detail=f"{u.intent} needs a person"))
    confident = facts.draft.action != "answer" or u.intent in _NOT_QUESTIONS
    unsure = not confident and facts.draft.confidence < rules.low_confidence.threshold
    if rules.low_confidence.enabled and unsure:
        fire(
            EscalationReason(
                rule="low_confidence",
                detail=f"confidence < {rules.low_confidence.threshold}",
                score=facts.draft.confidence,
            )
        )
    if rules.repeated_failure.enabled and (repeat := _repeated(facts, policy)) is not None:
        fire(repeat, level="high")
    if (
        rules.model_proposed.enabled
        and facts.draft.action == "escalate"
        and u.intent != "human"
        and not (facts.identity_step and reasons)  # the gate's hand-over, already given its rule
    ):
        fire(
            EscalationReason(
                rule="model_proposed", detail=facts.draft.escalation_reason or "drafter escalated"
            )
        )
    if rules.valuable_customer.enabled and (why := _valuable(facts, policy)) is not None:
        vip = rules.valuable_customer
        sooner = (
            score >= vip.frustration_threshold
            or (not confident and facts.draft.confidence < vip.confidence_threshold)
            or (
                u.intent in ACTION_INTENTS
                and facts.customer is not None
                and action_request(facts.text)
                and _acts_on_own_orders(facts)
            )
        )
        if reasons or sooner:
            fire(EscalationReason(rule="valuable_customer", detail=why), level="high")
            if not any(r.rule == "sensitive_topic" for r in reasons):  # a topic's own queue stays
                queue = VIP_QUEUE
    return _decision(reasons, queue, priority, score, policy, u, advice)


def _decision(
    reasons: list[EscalationReason],
    queue: str | None,
    priority: Priority,
    score: float,
    policy: EscalationPolicy,
    understanding: Understanding,
    advice: str | None = None,
) -> Decision:
    if not reasons:
        return Decision([], policy.default_queue, "low", score)
    return Decision(
        reasons,
        queue or policy.intent_queues.get(understanding.intent, policy.default_queue),
        priority,
        score,
        advice,
    )
