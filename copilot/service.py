"""One customer turn, end to end: thread, identity, understanding, knowledge, orders, draft, checks, store.

This is the only place that decides what a drafter may see. Orders reach a drafter only when they
belong to the customer verified in this conversation; ids of anyone else's orders arrive as bare ids.
Drafters, models and customer text cannot widen that.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from copilot.conversations import Conversation, Conversations, canonical_id
from copilot.drafting.base import Draft, DraftContext, Drafter
from copilot.drafting.fallback import make_drafter
from copilot.drafting.llm import LLMDrafter
from copilot.errors import InputError
from copilot.escalation.assist import AgentAssist
from copilot.escalation.config import load_policy
from copilot.escalation.delivery import Outbox
from copilot.escalation.handoff import Summarizer, build_packet, handoff_reply
from copilot.escalation.routing import Routing
from copilot.escalation.rules import Decision, PastTurn, TurnFacts, evaluate
from copilot.guardrails import check_grounding
from copilot.redaction import redact
from copilot.retrieval import Retriever
from copilot.schemas import (
    Citation,
    Customer,
    DrafterInfo,
    HandoffPacket,
    Order,
    SearchHit,
    TranscriptLine,
    TurnResult,
)
from copilot.settings import Settings
from copilot.store import Store, order_lookup_key
from copilot.understanding import ORDER_INTENTS, Understanding, understand

log = logging.getLogger(__name__)
_FOLLOW_UP = re.compile(r"^\W*(?:and|also|what about|how about|plus)\b", re.I)
_PENDING_INTENTS = {"verification", "greeting", "thanks"}


class Copilot:
    """The library's front door for conversations; the CLI and the HTTP API call only this."""

    def __init__(
        self,
        settings: Settings,
        *,
        drafter: Drafter | None = None,
        store: Store | None = None,
        retriever: Retriever | None = None,
        shop: str | None = None,
        summarizer: Summarizer | None = None,
    ) -> None:
        self.settings = settings
        self.store = store or Store.for_settings(settings)
        self.retriever = retriever or Retriever(settings, store=self.store)
        self.conversations = Conversations(self.store)
        self.drafter: Drafter = drafter or make_drafter(settings)
        self.shop = shop or self.store.shop_name() or "our shop"
        self.policy = load_policy(settings.escalation_file)
        self.routing = Routing(self.store, self.policy)
        self.assist = AgentAssist(self.store, self.routing)
        self.outbox = Outbox(self.store, settings)
        if summarizer is None and settings.llm_enabled:
            summarizer = LLMDrafter(settings).summarize
        self.summarizer = summarizer

    def turn(
        self,
        text: str,
        *,
        conversation_id: str | None = None,
        customer_email: str | None = None,
        channel: str = "chat",
        cart_total: float | None = None,
    ) -> TurnResult:
        """One customer message in, one result out; everything the turn writes commits together."""
        text = text.strip()
        if not text:
            raise InputError("the message is empty")
        if cart_total is not None and cart_total < 0:
            raise InputError("cart_total cannot be negative")
        if len(text) > self.settings.max_message_chars:
            raise InputError(
                f"the message has {len(text)} characters; the limit is {self.settings.max_message_chars}"
            )
        asserted = self.store.customer_by_email(customer_email) if customer_email else None
        if conversation_id is None and asserted is not None:
            conversation_id = canonical_id(channel, asserted.customer_id)
        thread = self.conversations.open(conversation_id, channel)
        conversation_id = thread.id
        understanding = understand(text)
        flags: list[str] = ["prompt_injection"] if understanding.injection else []

        customer, just_verified, conflict = self._identify(thread, asserted, understanding)
        if conflict:
            flags.append("other_customer_refused")
        question, understanding = self._effective_question(thread, text, understanding, just_verified)
        orders = self.store.orders_of(customer.customer_id) if customer else []
        others = self._other_order_ids(understanding, orders)
        hits = self.retriever.search(question, self.settings.context_passages)
        context = DraftContext(
            shop=self.shop,
            text=question,
            understanding=understanding,
            customer=customer,
            orders=orders,
            other_order_ids=others,
            hits=hits,
            history=[(m.role, m.text) for m in thread.messages],
            retriever=self.retriever,
        )
        draft = self.drafter.draft(context)
        if conflict and draft.action == "answer" and draft.citations:
            draft = Draft(
                action="decline",
                reply="This conversation is already verified for another account, so I can't share details "
                "for a different customer here.",
                confidence=0.9,
            )
        draft, grounding_flags = self._ground(draft, orders, customer, text)
        flags.extend(grounding_flags)
        result = TurnResult(
            conversation_id=conversation_id,
            action=draft.action,
            reply=draft.reply,
            suggestions=draft.suggestions[:3],
            citations=draft.citations,
            evidence=draft.evidence,
            confidence=draft.confidence,
            intent=understanding.intent,
            verified=customer is not None,
            flags=flags,
            usage=draft.usage,
            drafter=DrafterInfo(
                name=draft.drafter or self.drafter.name,
                model=draft.model,
                fallback=draft.fallback_reason is not None,
                fallback_reason=draft.fallback_reason,
            ),
        )
        if thread.owner != "bot":  # a person has the conversation: the draft is for them, not sent
            result.handled_by = "agent"
            result.suggestions = list(dict.fromkeys([draft.reply, *draft.suggestions]))[:3]
            return self._store(thread, text, result, None)
        facts = TurnFacts(
            text=text,
            understanding=understanding,
            draft=draft,
            customer=customer,
            orders=orders,
            cart_total=cart_total,
            history=_past_turns(thread),
        )
        decision = evaluate(facts, self.policy)
        packet = None
        if decision.escalate:
            queue = self.policy.queue(decision.queue)
            result.action = "escalate"
            result.reply = handoff_reply(
                draft, decision, queue, self.routing.available(queue.id), self.policy
            )
            packet = self._packet(
                thread.id, channel, text, result, decision, draft, customer, orders, hits, cart_total
            )
            result.handoff = packet
        elif draft.action == "escalate":  # the drafter wanted a person, but the shop's rules say no
            result.action = "answer"
            result.reply = "I can't transfer this conversation, but I'm glad to help with it here."
        return self._store(thread, text, result, packet)

    def _store(
        self, thread: Conversation, text: str, result: TurnResult, packet: HandoffPacket | None
    ) -> TurnResult:
        """The turn, its handoff and its deliveries in one transaction; then a first delivery try."""
        with self.store.engine.begin() as conn:
            if packet is not None and not self.conversations.hand_to_agent(conn, thread.id):
                # A concurrent turn escalated this conversation first: one packet only, and this
                # message goes to the person who now owns it, like any later one.
                packet = None
                result.handoff, result.handled_by = None, "agent"
                result.suggestions = [result.reply]
            outcome = "suggested" if result.handled_by == "agent" else "escalated" if packet else "sent"
            result.draft_id = self.conversations.record_turn(conn, thread.id, redact(text), result, outcome)
            if packet is not None:
                self.routing.enqueue(conn, packet)
                self.outbox.enqueue(conn, packet)
        if packet is not None and self.outbox.enabled and self.settings.deliver_inline:
            try:  # the turn is stored and its packet waits in the outbox: delivery can only be late
                self.outbox.deliver_due(packet_id=packet.packet_id)
            except Exception:
                log.exception(
                    "inline delivery of handoff %s failed; it stays in the outbox", packet.packet_id
                )
        return result

    def context_for(self, text: str) -> DraftContext:
        """A drafting context for a message outside any conversation (no identity, no orders): what a
        streaming UI or a benchmark hands straight to a drafter."""
        return DraftContext(
            shop=self.shop,
            text=text,
            understanding=understand(text),
            customer=None,
            hits=self.retriever.search(text, self.settings.context_passages),
            retriever=self.retriever,
        )

    # -- steps ---------------------------------------------------------------------------------
    def _identify(
        self, thread: Conversation, asserted: Customer | None, understanding: Understanding
    ) -> tuple[Customer | None, bool, bool]:
        """(verified customer, verified in this turn, another identity was refused)."""
        claimed: Customer | None = asserted
        method = "channel" if asserted else None
        if claimed is None:
            for email in understanding.emails:
                if (found := self.store.customer_by_email(email)) is not None:
                    claimed, method = found, "email"
                    break
        if claimed is None and understanding.zips:
            for first, last in understanding.name_candidates:
                for zip_code in understanding.zips:
                    if (found := self.store.customer_by_name_zip(first, last, zip_code)) is not None:
                        claimed, method = found, "name_zip"
                        break
                if claimed is not None:
                    break
        bound_id = thread.customer_id
        if claimed is not None and method is not None:
            bound_id = self.conversations.bind_customer(thread.id, claimed.customer_id, method)
        if bound_id is None:
            return None, False, False
        conflict = claimed is not None and claimed.customer_id != bound_id
        customer = self.store.customer(bound_id)
        return customer, thread.customer_id is None and customer is not None, conflict

    @staticmethod
    def _effective_question(
        thread: Conversation, text: str, understanding: Understanding, just_verified: bool
    ) -> tuple[str, Understanding]:
        """Right after verification, answer the question that was waiting for it; a follow-up ("and does
        it fit a 3 liter bladder?") is read together with the question it follows."""
        if _FOLLOW_UP.match(text):
            previous = next((m.text for m in reversed(thread.messages) if m.role == "customer"), None)
            if previous is not None and understand(previous).intent not in _PENDING_INTENTS:
                merged_text = f"{previous} {text}"
                merged = understand(merged_text).model_copy(update={"injection": understanding.injection})
                return merged_text, merged
        if not (just_verified and understanding.intent == "verification"):
            return text, understanding
        for message in reversed(thread.messages):
            if message.role == "customer":
                earlier = understand(message.text)
                if earlier.intent not in _PENDING_INTENTS:
                    merged = earlier.model_copy(update={"injection": understanding.injection})
                    return message.text, merged
                break
        return text, understanding

    def _other_order_ids(self, understanding: Understanding, orders: list[Order]) -> list[str]:
        """Order ids mentioned that are not the verified customer's. Whether such an order exists for
        someone else only decides that the message is about an order; it is never passed on."""
        own = {order_lookup_key(o.order_id) for o in orders}
        return [
            order_id
            for order_id in understanding.order_ids
            if order_lookup_key(order_id) not in own
            and (understanding.intent in ORDER_INTENTS or self.store.order(order_id) is not None)
        ]

    def evidence(
        self, citations: list[Citation], orders: list[Order], customer: Customer | None, texts: list[str]
    ) -> list[str]:
        """What a reply may rest on: the passages and orders (of ``orders``) it cites, the verified
        customer's record, and ``texts`` (facts computed from records, the customer's own words)."""
        cited = {c.id for c in citations}
        evidence = [p.text for p in self.retriever.passages([c.id for c in citations if c.kind == "passage"])]
        evidence += [o.model_dump_json() for o in orders if o.order_id in cited]
        evidence += texts
        if customer is not None:
            evidence.append(customer.model_dump_json())
        return evidence

    def _ground(
        self, draft: Draft, orders: list[Order], customer: Customer | None, customer_text: str
    ) -> tuple[Draft, list[str]]:
        """Numbers and ids must come from what the reply cites, or from the customer's own words."""
        evidence = self.evidence(draft.citations, orders, customer, [*draft.evidence, customer_text])
        # Alternative replies an agent might send are held to the same rule; unsupported ones are dropped.
        suggestions = [x for x in draft.suggestions if not check_grounding(x, evidence).repaired]
        if suggestions != draft.suggestions:
            draft = draft.model_copy(update={"suggestions": suggestions})
        grounding = check_grounding(draft.reply, evidence)
        if not grounding.repaired:
            return draft, []
        repaired = draft.model_copy(
            update={
                "reply": grounding.reply or "I'm not certain about the details; let me check with our team.",
                "confidence": round(draft.confidence * 0.5, 2),
            }
        )
        return repaired, ["ungrounded_repaired"]

    def _packet(
        self,
        conversation_id: str,
        channel: str,
        text: str,
        result: TurnResult,
        decision: Decision,
        draft: Draft,
        customer: Customer | None,
        orders: list[Order],
        hits: list[SearchHit],
        cart_total: float | None,
    ) -> HandoffPacket:
        thread = self.conversations.get(conversation_id)  # the whole thread, and who verified it how
        transcript = [TranscriptLine(role=m.role, text=m.text, at=m.created_at) for m in thread.messages]
        now = datetime.now(UTC)
        transcript += [
            TranscriptLine(role="customer", text=text, at=now),
            TranscriptLine(role="bot", text=result.reply, at=now),
        ]
        return build_packet(
            conversation_id=conversation_id,
            channel=channel,
            transcript=transcript,
            intent=result.intent,
            decision=decision,
            draft=draft,
            customer=customer,
            verified_by=thread.verified_by,
            orders=orders,
            hits=hits,
            cart_total=cart_total,
            earlier_citations=self.conversations.citations(conversation_id),
            summarizer=self.summarizer,
        )


def _past_turns(thread: Conversation) -> list[PastTurn]:
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
    return turns
