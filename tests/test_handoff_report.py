"""The console's handoff report on a real SQLite store: real turns escalate, a real agent claims,
replies (accepted, edited, written), rejects and closes; then the stored times are pinned to known
values so every figure can be checked exactly."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from copilot.db.schema import handoffs, messages
from copilot.escalation.config import load_policy
from copilot.escalation.report import handoff_report, queue_targets, target_seconds
from copilot.service import Copilot
from copilot.settings import Settings
from tests.chat import Chat

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("words", "seconds"),
    [
        ("within 4 business hours", 4 * 3600),
        ("within 1 business day", 86400),
        ("within 1 hour", 3600),
        ("within 30 minutes", 1800),
        ("within 1.5 hours", 5400),
        ("as soon as possible", None),
    ],
)
def test_response_targets_are_read_from_the_policy_wording(words: str, seconds: int | None) -> None:
    assert target_seconds(words) == seconds


def test_every_bundled_queue_has_a_target_in_seconds() -> None:
    targets = {q.id: q.target_seconds for q in queue_targets(load_policy())}
    assert targets["vip"] == 1800 and targets["orders"] == 7200
    assert all(seconds for seconds in targets.values())


@pytest.fixture
def copilot(demo_settings: Settings, tmp_path: Path) -> Copilot:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    core = Copilot(Settings(home=home))
    core.routing.set_agent("ana", name="Ana", skills=["general", "orders"], capacity=5, online=True)
    return core


def _pin(
    core: Copilot, packet_id: str, conversation_id: str, queued: datetime, closed: datetime | None
) -> None:
    """Move a handoff and the agent/event lines of its thread to known times, keeping their order:
    the claim 60 s after ``queued``, then agent replies a minute apart from 120 s."""
    with core.store.engine.begin() as conn:
        values: dict[str, object] = {"created_at": queued, "claimed_at": queued + timedelta(seconds=60)}
        if closed is not None:
            values["updated_at"] = closed
        conn.execute(update(handoffs).where(handoffs.c.packet_id == packet_id).values(**values))
        rows = conn.execute(
            messages.select()
            .where(messages.c.conversation_id == conversation_id, messages.c.role.in_(["agent", "event"]))
            .order_by(messages.c.id)
        ).all()
        replies = 0
        for row in rows:
            if row.role == "event" and row.text.endswith("joined the conversation"):
                at = queued + timedelta(seconds=60)
            elif row.role == "agent":
                at = queued + timedelta(seconds=120 + 60 * replies)
                replies += 1
            else:  # the close line
                at = closed or queued
            conn.execute(update(messages).where(messages.c.id == row.id).values(created_at=at))


def test_the_report_counts_rules_decisions_first_replies_and_handle_time(copilot: Copilot) -> None:
    # 1: claimed, the customer writes, Ana edits the suggestion, then writes her own; resolved
    one = Chat(copilot)
    first = one.say("I want to talk to a person about my order")
    assert first.handoff is not None
    copilot.routing.claim(first.handoff.packet_id, "ana")
    suggested = one.say("it hasn't arrived yet, can you check?")
    assert suggested.suggestions
    edited = copilot.assist.reply(str(one.conversation_id), "ana", suggested.suggestions[0] + " Thanks!")
    assert edited.choice == "edited"
    written = copilot.assist.reply(str(one.conversation_id), "ana", "Let me look into that for you now.")
    assert written.choice == "written"  # nothing pending: a reply of her own
    copilot.routing.close(first.handoff.packet_id, "ana", "resolved")

    # 2: claimed; Ana rejects the first suggestions and sends the next ones as they are; handed back
    two = Chat(copilot)
    second = two.say("can I talk to a human?")
    assert second.handoff is not None
    copilot.routing.claim(second.handoff.packet_id, "ana")
    assert two.say("is my parcel lost?").suggestions
    copilot.assist.reject(str(two.conversation_id), "ana")
    again = two.say("hello? anyone there?")
    accepted = copilot.assist.reply(str(two.conversation_id), "ana", again.suggestions[0])
    assert accepted.choice == "accepted"
    copilot.routing.close(second.handoff.packet_id, "ana", "handed_back")

    # 3: still waiting in the queue
    third = Chat(copilot).say("I want to talk to a person")
    assert third.handoff is not None

    _pin(copilot, first.handoff.packet_id, str(one.conversation_id), T0, T0 + timedelta(seconds=600))
    _pin(copilot, second.handoff.packet_id, str(two.conversation_id), T0, T0 + timedelta(seconds=300))
    _pin(copilot, third.handoff.packet_id, str(third.conversation_id), T0 + timedelta(days=2), None)

    report = handoff_report(copilot.store)
    assert report.handoffs == 3
    assert report.by_status == {"handed_back": 1, "queued": 1, "resolved": 1}
    rules = {r.rule: r.count for r in report.escalations_by_rule}
    assert rules["customer_requested_human"] == 3
    assert report.escalations_by_rule[0].rule == "customer_requested_human"
    shares = {c.choice: (c.count, c.rate) for c in report.decisions}
    assert shares == {
        "accepted": (1, 0.25),
        "edited": (1, 0.25),
        "written": (1, 0.25),
        "rejected": (1, 0.25),
    }
    # the first agent reply came 120 s after queueing in both answered handoffs; none in the third
    assert report.first_agent_reply.count == 2 and report.first_agent_reply.median_seconds == 120
    # claimed at 60 s, closed at 600 s and 300 s
    assert report.handle_time.count == 2
    assert report.handle_time.median_seconds == 390 and report.handle_time.p90_seconds == 540

    recent = handoff_report(copilot.store, since=T0 + timedelta(days=1))
    assert recent.handoffs == 1 and recent.by_status == {"queued": 1}
    assert recent.first_agent_reply.count == 0 and recent.first_agent_reply.median_seconds is None
