"""Event streams (server-sent events) for consoles: a conversation's new messages, and changes to the
handoff queues. Workers share nothing in memory: each stream polls the database, so an agent connected
to one worker sees what happened on any other. Reconnecting with ``Last-Event-ID`` resumes where the
stream left off.

Ids and timestamps are handed out before a transaction commits, so a change can become visible after a
later one; each poll therefore looks back over a short overlap and skips what it already sent. A stream
stops when its key is revoked."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Header, Query
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from copilot.access.keys import ApiKey, Keys
from copilot.api.auth import StaffKey
from copilot.api.deps import CopilotDep, KeysDep
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
from copilot.conversations import Message
from copilot.escalation.routing import HandoffCursor
from copilot.service import Copilot

router = APIRouter(prefix="/v1", tags=["events"])
POLL_SECONDS = 0.5
RECHECK_SECONDS = 30  # how often a stream checks that its key still works
OVERLAP_IDS = 200  # messages: how far back each poll looks for late commits
OVERLAP_TIME = timedelta(seconds=10)  # handoffs: the same, in time
_MAX_ID = 2**63 - 1
_BATCH = 2000  # rows per poll: far more than the overlap, so a poll always reaches new rows
_STREAM: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {}}, "description": "A stream of events"}
}


class _Sent:
    """The most recent events a stream sent, to skip them when a poll looks back."""

    def __init__(self, size: int = 2000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first_time(self, event_id: str) -> bool:
        if event_id in self._seen:
            return False
        self._seen[event_id] = None
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return True


def resume_id(last_event_id: str | None, after: int | None) -> int:
    """Where a conversation stream starts: the browser's Last-Event-ID on a reconnect, else ``after``."""
    if last_event_id is None:
        return after or 0
    if not (last_event_id.isascii() and last_event_id.isdigit() and int(last_event_id) <= _MAX_ID):
        raise ApiProblem(422, "Invalid request", "Last-Event-ID is not an event id of this stream")
    return int(last_event_id)


async def _alive(keys: Keys, key: ApiKey, checked: float) -> tuple[bool, float]:
    if time.monotonic() - checked < RECHECK_SECONDS:
        return True, checked
    return bool(await run_in_threadpool(keys.live, key.key_id)), time.monotonic()


@router.get(
    "/conversations/{conversation_id}/events",
    response_class=EventSourceResponse,
    responses={**PROBLEM_RESPONSES, **_STREAM, 404: {"description": "No such conversation"}},
    summary="A conversation's messages as they are stored (event: message, id: the message id)",
)
async def conversation_events(
    conversation_id: str,
    key: StaffKey,
    copilot: CopilotDep,
    keys: KeysDep,
    last_event_id: Annotated[str | None, Header()] = None,
    after: Annotated[int | None, Query(ge=0, le=_MAX_ID, description="Only messages after this id.")] = None,
) -> EventSourceResponse:
    seen = resume_id(last_event_id, after)
    await run_in_threadpool(copilot.conversations.get, conversation_id, last=0)  # 404 when unknown
    checked = time.monotonic()

    async def alive() -> bool:
        nonlocal checked
        live, checked = await _alive(keys, key, checked)
        return live

    stream = message_events(copilot, conversation_id, seen, alive, lambda m: m.model_dump_json())
    return EventSourceResponse(stream, ping=15)


def message_events(
    copilot: Copilot,
    conversation_id: str,
    seen: int,
    alive: Callable[[], Awaitable[bool]],
    render: Callable[[Message], str],
) -> AsyncIterator[ServerSentEvent]:
    """A conversation's messages after id ``seen`` as they are stored, each once, while ``alive()``."""

    async def stream() -> AsyncIterator[ServerSentEvent]:
        sent, highest = _Sent(), seen
        while True:
            since = max(highest - OVERLAP_IDS, seen)
            fresh = await run_in_threadpool(
                copilot.conversations.messages_after, conversation_id, since, limit=_BATCH
            )
            for message in fresh:
                if sent.first_time(str(message.id)):
                    highest = max(highest, message.id)
                    yield ServerSentEvent(render(message), event="message", id=str(message.id))
            await anyio.sleep(POLL_SECONDS)
            if not await alive():
                return

    return stream()


@router.get(
    "/handoffs/events",
    response_class=EventSourceResponse,
    responses={**PROBLEM_RESPONSES, **_STREAM},
    summary="Handoffs as they are queued, claimed and closed (event: handoff)",
)
async def handoff_events(
    key: StaffKey,
    copilot: CopilotDep,
    keys: KeysDep,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventSourceResponse:
    resumed = HandoffCursor.parse(last_event_id) if last_event_id else None
    if last_event_id and resumed is None:
        raise ApiProblem(422, "Invalid request", "Last-Event-ID is not an event id of this stream")
    start = resumed if resumed is not None else await run_in_threadpool(copilot.routing.cursor_now)

    async def stream() -> AsyncIterator[ServerSentEvent]:
        sent, checked, live, latest = _Sent(), time.monotonic(), True, start
        while live:
            since = HandoffCursor(latest.updated_at - OVERLAP_TIME, "")
            changes = await run_in_threadpool(copilot.routing.changed_since, since, queue, limit=_BATCH)
            for record, cursor in changes:
                if _after(cursor, start) and sent.first_time(str(cursor)):
                    latest = max(latest, cursor, key=lambda c: (c.updated_at, c.packet_id))
                    summary = record.model_dump_json(exclude={"packet"})
                    yield ServerSentEvent(summary, event="handoff", id=str(cursor))
            await anyio.sleep(POLL_SECONDS)
            live, checked = await _alive(keys, key, checked)

    return EventSourceResponse(stream(), ping=15)


def _after(cursor: HandoffCursor, mark: HandoffCursor) -> bool:
    return (cursor.updated_at, cursor.packet_id) > (mark.updated_at, mark.packet_id)
