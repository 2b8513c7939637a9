"""The handoff report the agent console draws: escalations by the rule that fired, what agents did with
the suggestions (accepted, edited, written, rejected), time to the first agent reply and handle time;
and each queue's response target in seconds, for the waiting clock in the queue view.

Every figure is read from the database (handoffs, their conversations' messages, draft decisions), so
every worker reports the same. Times are counted on the clock: business hours are not modelled.

- time to first agent reply: from the handoff being queued to the first agent message after it;
- handle time: from an agent claiming the handoff (``claimed_at``) to its close (resolved or handed
  back); handoffs claimed before that column existed are left out of it.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from datetime import datetime, timedelta

from pydantic import BaseModel, Field
from sqlalchemy import select

from copilot.db.schema import decisions, handoffs, messages
from copilot.escalation.config import EscalationPolicy
from copilot.store import Store, as_utc

CHOICES = ("accepted", "edited", "written", "rejected")
_UNIT_SECONDS = {"minute": 60, "hour": 3600, "day": 86400}
_TARGET = re.compile(r"(\d+(?:\.\d+)?)\s*(?:business\s+)?(minute|hour|day)s?\b", re.IGNORECASE)


def target_seconds(response_time: str) -> int | None:
    """A queue's response target as seconds ("within 2 business hours" -> 7200), or None when it names
    no duration ("as soon as possible")."""
    match = _TARGET.search(response_time)
    if match is None:
        return None
    return round(float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()])


class QueueTarget(BaseModel):
    id: str
    name: str
    response_time: str = Field(description="the target as the policy words it")
    target_seconds: int | None = Field(description="the same in seconds; none when it names no duration")


def queue_targets(policy: EscalationPolicy) -> list[QueueTarget]:
    return [
        QueueTarget(
            id=q.id,
            name=q.name,
            response_time=q.response_time,
            target_seconds=target_seconds(q.response_time),
        )
        for q in policy.queues
    ]


class RuleCount(BaseModel):
    rule: str
    count: int


class ChoiceCount(BaseModel):
    choice: str
    count: int
    rate: float = Field(description="share of all decisions, 0 to 1")


class Durations(BaseModel):
    """Seconds, over the handoffs that have the figure."""

    count: int
    median_seconds: float | None = None
    p90_seconds: float | None = None
    mean_seconds: float | None = None


class HandoffReport(BaseModel):
    since: datetime | None = Field(description="handoffs queued from then on; none: all of them")
    handoffs: int
    by_status: dict[str, int]
    escalations_by_rule: list[RuleCount] = Field(description="each rule once per handoff, most first")
    decisions: list[ChoiceCount]
    first_agent_reply: Durations
    handle_time: Durations


def _durations(values: list[float]) -> Durations:
    if not values:
        return Durations(count=0)
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, max(0, round(0.9 * len(ordered)) - 1))]
    return Durations(
        count=len(values),
        median_seconds=statistics.median(ordered),
        p90_seconds=p90,
        mean_seconds=statistics.fmean(ordered),
    )


def handoff_report(store: Store, *, since: datetime | None = None) -> HandoffReport:
    """The figures over the handoffs queued since ``since`` (all of them when None)."""
    query = select(handoffs).order_by(handoffs.c.created_at)
    if since is not None:
        query = query.where(handoffs.c.created_at >= since)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        conversation_ids = sorted({r.conversation_id for r in rows})
        lines = (
            conn.execute(
                select(messages.c.conversation_id, messages.c.role, messages.c.text, messages.c.created_at)
                .where(
                    messages.c.conversation_id.in_(conversation_ids),
                    messages.c.role == "agent",
                )
                .order_by(messages.c.id)
            ).all()
            if conversation_ids
            else []
        )
        choice_query = select(decisions.c.choice)
        if since is not None:
            choice_query = choice_query.where(decisions.c.created_at >= since)
        choices = Counter(str(c) for c in conn.execute(choice_query).scalars())

    by_conversation: dict[str, list[tuple[str, str, datetime]]] = {}
    for line in lines:
        by_conversation.setdefault(line.conversation_id, []).append(
            (line.role, line.text, as_utc(line.created_at))
        )
    rules: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    first_replies: list[float] = []
    handle_times: list[float] = []
    for row in rows:
        statuses[row.status] += 1
        packet = json.loads(row.packet)
        rules.update({reason["rule"] for reason in packet.get("reasons", [])})
        queued = as_utc(row.created_at)
        closed = as_utc(row.updated_at) if row.status in ("resolved", "handed_back") else None
        window = [
            (role, text, at)
            for role, text, at in by_conversation.get(row.conversation_id, [])
            if at >= queued and (closed is None or at <= closed + timedelta(seconds=1))
        ]
        reply = next((at for role, _, at in window if role == "agent"), None)
        if reply is not None:
            first_replies.append((reply - queued).total_seconds())
        claimed = as_utc(row.claimed_at) if row.claimed_at is not None else None
        if claimed is not None and closed is not None:
            handle_times.append(max(0.0, (closed - claimed).total_seconds()))

    total = sum(choices.values())
    return HandoffReport(
        since=since,
        handoffs=len(rows),
        by_status=dict(sorted(statuses.items())),
        escalations_by_rule=[
            RuleCount(rule=r, count=n) for r, n in sorted(rules.items(), key=lambda x: (-x[1], x[0]))
        ],
        decisions=[
            ChoiceCount(choice=c, count=choices[c], rate=(choices[c] / total if total else 0.0))
            for c in CHOICES
        ],
        first_agent_reply=_durations(first_replies),
        handle_time=_durations(handle_times),
    )
