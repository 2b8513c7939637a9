"""What the agent console reads besides the queue: each queue's response target, and the handoff
report (escalations by rule, suggestion decisions, time to first agent reply, handle time). Thin over
``copilot.escalation.report``; staff keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from copilot.api.auth import StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.escalation.report import HandoffReport, QueueTarget, handoff_report, queue_targets

router = APIRouter(prefix="/v1", tags=["handover"])


@router.get(
    "/queues",
    response_model=list[QueueTarget],
    responses=PROBLEM_RESPONSES,
    summary="Queues and their targets",
)
def list_queues(_: StaffKey, copilot: CopilotDep) -> list[QueueTarget]:
    """The escalation policy's queues with their response targets (worded, and in seconds)."""
    return queue_targets(copilot.policy)


@router.get(
    "/reports/handoffs",
    response_model=HandoffReport,
    responses=PROBLEM_RESPONSES,
    summary="Escalations, suggestion decisions and agent response times",
)
async def report(
    _: StaffKey,
    copilot: CopilotDep,
    days: Annotated[
        int | None, Query(ge=1, le=3650, description="Only the last N days; all when absent.")
    ] = None,
) -> HandoffReport:
    since = datetime.now(UTC) - timedelta(days=days) if days else None
    return await run_in_threadpool(handoff_report, copilot.store, since=since)
