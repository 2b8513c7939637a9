"""Event streams (server-sent events) for consoles: a conversation's new messages, and changes to the
handoff queues. Workers share nothing in memory: each stream polls the database, so an agent connected
to one worker sees what happened on any other. Reconnecting with ``Last-Event-ID`` resumes where the
stream left off."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Header, Query, Request
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from copilot.api.auth import StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
from copilot.escalation.routing import HandoffCursor

router = APIRouter(prefix="/v1", tags=["events"])
POLL_SECONDS = 0.5
_STREAM: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {}}, "description": "A stream of events"}
}


@router.get(
    "/conversations/{conversation_id}/events",
    response_class=EventSourceResponse,
    responses={**PROBLEM_RESPONSES, **_STREAM, 404: {"description": "No such conversation"}},
    summary="A conversation's new messages, as they are stored (event: message, id: the message id)",
)
async def conversation_events(
    conversation_id: str,
    _: StaffKey,
    copilot: CopilotDep,
    request: Request,
    last_event_id: Annotated[str | None, Header()] = None,
    after: Annotated[int | None, Query(ge=0, description="Only messages after this id.")] = None,
) -> EventSourceResponse:
    await run_in_threadpool(copilot.conversations.get, conversation_id, last=0)  # 404 when unknown
    seen = after if after is not None else _integer(last_event_id)

    async def stream() -> AsyncIterator[ServerSentEvent]:
        nonlocal seen
        while not await request.is_disconnected():
            for message in await run_in_threadpool(
                copilot.conversations.messages_after, conversation_id, seen
            ):
                seen = message.id
                yield ServerSentEvent(message.model_dump_json(), event="message", id=str(message.id))
            await anyio.sleep(POLL_SECONDS)

    return EventSourceResponse(stream(), ping=15)


@router.get(
    "/handoffs/events",
    response_class=EventSourceResponse,
    responses={**PROBLEM_RESPONSES, **_STREAM},
    summary="Handoffs as they are queued, claimed and closed (event: handoff)",
)
async def handoff_events(
    _: StaffKey,
    copilot: CopilotDep,
    request: Request,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventSourceResponse:
    resumed = HandoffCursor.parse(last_event_id) if last_event_id else None
    if last_event_id and resumed is None:
        raise ApiProblem(422, "Invalid request", "Last-Event-ID is not an event id of this stream")
    cursor = resumed if resumed is not None else await run_in_threadpool(copilot.routing.cursor_now)

    async def stream() -> AsyncIterator[ServerSentEvent]:
        nonlocal cursor
        while not await request.is_disconnected():
            for record, after in await run_in_threadpool(copilot.routing.changed_since, cursor, queue):
                cursor = after
                summary = record.model_dump_json(exclude={"packet"})
                yield ServerSentEvent(summary, event="handoff", id=str(after))
            await anyio.sleep(POLL_SECONDS)

    return EventSourceResponse(stream(), ping=15)


def _integer(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0
