"""``POST /v1/messages``: one customer message in, the turn's result out (a line of ``copilot ask
--batch`` as the body), whole or as a stream of server-sent events. Only a ``bot`` key posts messages;
the customer it names by email is the one its channel signed in, which is why only a bot key may
assert it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from copilot.access.keys import ApiKey
from copilot.api.auth import BotKey
from copilot.api.deps import CopilotDep
from copilot.api.metrics import TurnMetrics
from copilot.api.problems import PROBLEM_RESPONSES, as_problem
from copilot.identity.gate import caller_from
from copilot.schemas import MessageIn, TurnResult
from copilot.service import Copilot
from copilot.turn import TurnState

router = APIRouter(prefix="/v1", tags=["messages"])
ShopperHeader = Annotated[
    str | None,
    Header(
        max_length=100,
        description="Who is on the other end as the bot sees it (an IP address, a device id): failed "
        "identity proofs are limited per shopper under this key, not for every shopper of the key.",
    ),
]
_STREAM: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/event-stream": {}},
        "description": "`step` events (data: the step's name) as the turn goes, then one `result` "
        "(the body of POST /v1/messages) or one `error` (a problem).",
    }
}


class MessageResult(TurnResult):
    """The turn's result, with the caller's ``id`` echoed back."""

    id: str | int | None = None


def _answer(
    copilot: Copilot,
    request: Request,
    message: MessageIn,
    key: ApiKey,
    shopper: str | None,
    on_step: Callable[[str, TurnState], None] | None = None,
) -> MessageResult:
    """The turn, for the customer the key's channel (or the shop's signed token) says is writing."""
    caller = caller_from(
        customer_email=message.customer_email,
        customer_token=message.customer_token,
        token_secret=copilot.settings.customer_token_secret,
        source=f"key:{key.key_id}" + (f":{shopper}" if shopper else ""),
    )
    turn_metrics: TurnMetrics = request.app.state.turn_metrics
    result = turn_metrics.timed(
        lambda: copilot.turn(
            message.text,
            conversation_id=message.conversation_id,
            session_token=message.session_token,
            caller=caller,
            cart_total=message.cart_total,
            cart=message.cart,
            on_step=on_step,
        )
    )
    return MessageResult(**result.model_dump(), id=message.id)


@router.post(
    "/messages",
    response_model=MessageResult,
    responses=PROBLEM_RESPONSES,
    summary="Answer one customer message",
)
def post_message(
    message: MessageIn,
    key: BotKey,
    copilot: CopilotDep,
    request: Request,
    x_copilot_shopper: ShopperHeader = None,
) -> MessageResult:
    """A new conversation when ``conversation_id`` is absent (the result carries its ``session_token``
    once); continuing one takes that token, or the customer the bot's channel asserts."""
    return _answer(copilot, request, message, key, x_copilot_shopper)


@router.post(
    "/messages/stream",
    response_class=EventSourceResponse,
    responses={**PROBLEM_RESPONSES, **_STREAM},
    summary="Answer one customer message, streaming the turn's steps",
)
async def stream_message(
    message: MessageIn,
    key: BotKey,
    copilot: CopilotDep,
    request: Request,
    x_copilot_shopper: ShopperHeader = None,
) -> EventSourceResponse:
    """The same turn as ``POST /v1/messages``, as server-sent events: ``step`` as each step finishes
    (thread, understanding, identity, retrieval, draft, grounding, escalation, store), then ``result``.
    The reply is released only once it has passed the identity, grounding and escalation checks, so
    the stream shows progress, never an unchecked word. A message refused at the start (bad input, a
    conversation this caller may not continue) is a problem response with its status, as in the
    non-streaming call; a failure later on is one ``error`` event carrying a problem."""
    loop = asyncio.get_running_loop()
    steps: asyncio.Queue[str] = asyncio.Queue()

    def heard(name: str, _: TurnState) -> None:
        loop.call_soon_threadsafe(steps.put_nowait, name)

    turn = asyncio.ensure_future(
        run_in_threadpool(_answer, copilot, request, message, key, x_copilot_shopper, heard)
    )
    first = asyncio.ensure_future(steps.get())
    await asyncio.wait({turn, first}, return_when=asyncio.FIRST_COMPLETED)
    if not first.done():  # the turn ended before its first step: refused, with a status of its own
        first.cancel()
        turn.result()

    async def events() -> AsyncIterator[ServerSentEvent]:
        yield ServerSentEvent(first.result(), event="step")
        while not turn.done():
            following = asyncio.ensure_future(steps.get())
            await asyncio.wait({turn, following}, return_when=asyncio.FIRST_COMPLETED)
            if following.done():
                yield ServerSentEvent(following.result(), event="step")
            else:
                following.cancel()
        while not steps.empty():  # steps heard just before the turn returned
            yield ServerSentEvent(steps.get_nowait(), event="step")
        try:
            result = turn.result()
        except Exception as exc:
            yield ServerSentEvent(as_problem(exc).model_dump_json(), event="error")
            return
        yield ServerSentEvent(result.model_dump_json(), event="result")

    return EventSourceResponse(events(), ping=15)
