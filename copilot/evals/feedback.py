"""Cases from the field: what agents changed and which conversations escalated, as a suite to review.

Cases keep the customer's verified identity (so order facts can be checked again); the stored
customer messages are redacted, so a case may need its details filled back in. An agent's edited or
rewritten reply becomes the reference: its numbers and ids must appear in a
future answer (facts), and the whole reply is the rubric for the model judge. An escalation becomes a
case that must escalate for the same first reason. Every case is tagged ``from_feedback`` and
``needs_review``: a person should read it before it gates anything.
"""

from __future__ import annotations

from sqlalchemy import select

from copilot.conversations import Conversations
from copilot.db.schema import decisions, drafts, handoffs
from copilot.evals.suite import Case, Expect, Suite
from copilot.guardrails import facts_in
from copilot.schemas import HandoffPacket, TurnResult
from copilot.store import Store


def cases_from_feedback(store: Store, sources: str) -> Suite:
    conversations = Conversations(store)
    cases: list[Case] = []
    with store.engine.connect() as conn:
        edits = conn.execute(
            select(decisions.c.id, decisions.c.draft_id, decisions.c.choice, decisions.c.final_text)
            .where(decisions.c.choice.in_(["edited", "written"]), decisions.c.draft_id.is_not(None))
            .order_by(decisions.c.id)
        ).all()
        packets = conn.execute(select(handoffs.c.packet).order_by(handoffs.c.created_at)).scalars().all()
        for edit in edits:
            row = conn.execute(
                select(drafts.c.message_id, drafts.c.result).where(drafts.c.id == edit.draft_id)
            ).first()
            if row is None:
                continue
            result = TurnResult.model_validate_json(row.result)
            thread = conversations.get(result.conversation_id)
            turns = [m.text for m in thread.messages if m.role == "customer" and m.id <= row.message_id][-3:]
            customer = store.customer(thread.customer_id) if thread.customer_id else None
            reference = edit.final_text or ""
            cases.append(
                Case(
                    id=f"agent-{edit.choice}-{edit.id}",
                    tags=["from_feedback", "needs_review", f"agent_{edit.choice}", result.intent],
                    turns=turns,
                    customer_email=customer.email if customer else None,
                    expect=Expect(
                        facts=sorted(facts_in(reference)),
                        rubric=f"Says what this agent reply says: {reference}",
                    ),
                )
            )
    for raw in packets:
        packet = HandoffPacket.model_validate_json(raw)
        turns = [line.text for line in packet.transcript if line.role == "customer"][-3:]
        customer = store.customer(packet.customer.customer_id) if packet.customer.customer_id else None
        cases.append(
            Case(
                id=f"escalation-{packet.packet_id[:8]}",
                tags=["from_feedback", "needs_review", "escalation", packet.reasons[0].rule],
                turns=turns,
                customer_email=customer.email if customer else None,
                cart_total=packet.cart_total,
                expect=Expect(action="escalate", escalation_rule=packet.reasons[0].rule),
            )
        )
    return Suite(
        name="from_feedback",
        description="Cases drawn from agents' edits and from escalations; review before use.",
        sources=sources,
        cases=cases,
    )
