"""The shopper's own side of the API, for a chat on the shop's site (no API key): post a message and
read the conversation back. Who the shopper is comes only from what proves it: the session token
issued when their conversation started, or a customer token the shop signed (``X-Customer-Token``).
They get the customer's view of a turn: the reply and what happens next, never citations, confidence,
flags or the handoff packet. Off unless ``COPILOT_SHOPPER_API=true``; limited per client address."""

from __future__ import annotations

import hashlib
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from copilot.access.limits import RateLimiter
from copilot.api.deps import CopilotDep
from copilot.api.metrics import TurnMetrics
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
from copilot.api.routes.events import message_events, resume_id
from copilot.conversations import Message
from copilot.identity.gate import Caller, caller_from
from copilot.schemas import Cart, CustomerThread, CustomerTurn

router = APIRouter(prefix="/v1/shopper", tags=["shopper"])
STREAM_SECONDS = 3600  # a shopper's stream ends after an hour; the widget reconnects
_TOKEN = Header(
    max_length=4000, description="A customer token the shop signed (HS256 JWT with sub or email, and exp)."
)


class ShopperMessage(BaseModel):
    """One message from the shopper's browser."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "is the cotton throw machine washable?"},
                {"text": "and in grey?", "conversation_id": "CONVERSATION_ID", "session_token": "TOKEN"},
                {
                    "text": "can I still change the size?",
                    "cart": {
                        "items": [{"name": "Trail Runner", "quantity": 1, "price": 129.0}],
                        "value": 129.0,
                        "currency": "USD",
                        "step": "payment",
                    },
                },
            ]
        },
    )

    text: str = Field(min_length=1, description="What the shopper wrote.")
    conversation_id: str | None = Field(default=None, max_length=100)
    session_token: str | None = Field(
        default=None, max_length=200, description="The token the first reply of this conversation gave."
    )
    cart_total: float | None = Field(default=None, ge=0, description="Taken from cart.value when absent.")
    cart: Cart | None = Field(
        default=None, description="The shopper's cart as the shop's page told the widget (setCart)."
    )


def shopper(
    request: Request,
    copilot: CopilotDep,
    x_customer_token: Annotated[str | None, _TOKEN] = None,
) -> Caller:
    """The shopper as their browser proves them, after the per-address limit."""
    if not copilot.settings.shopper_api:
        raise ApiProblem(404, "Not found", "the shopper API is off (COPILOT_SHOPPER_API)")
    address = request.client.host if request.client else "unknown"
    limiter: RateLimiter = request.app.state.limiter
    decision = limiter.hit("ip" + hashlib.sha256(address.encode()).hexdigest()[:10])
    if not decision.allowed:
        raise ApiProblem(
            429,
            "Too many requests",
            f"too many messages from this address; try again in {decision.retry_after} s",
            {"Retry-After": str(decision.retry_after)},
        )
    return caller_from(
        customer_email=None,
        customer_token=x_customer_token,
        token_secret=copilot.settings.customer_token_secret,
        source=f"shopper:{address}",
    )


ShopperDep = Annotated[Caller, Depends(shopper)]
_RESPONSES: dict[int | str, dict[str, Any]] = {
    **PROBLEM_RESPONSES,
    403: {"description": "Not this shopper's conversation"},
    404: {"description": "The shopper API is off"},
}


@router.post("/messages", response_model=CustomerTurn, responses=_RESPONSES, summary="Send a message")
async def post_message(
    message: ShopperMessage, caller: ShopperDep, copilot: CopilotDep, request: Request
) -> CustomerTurn:
    """A new conversation without ``conversation_id`` (keep the ``session_token`` it returns once);
    continuing one takes that token, or the customer token of the customer it belongs to."""
    turn_metrics: TurnMetrics = request.app.state.turn_metrics
    result = await run_in_threadpool(
        turn_metrics.timed,
        lambda: copilot.turn(
            message.text,
            conversation_id=message.conversation_id,
            session_token=message.session_token,
            caller=caller,
            cart_total=message.cart_total,
            cart=message.cart,
        ),
    )
    return result.for_customer()


@router.get(
    "/conversations/{conversation_id}",
    response_model=CustomerThread,
    responses=_RESPONSES,
    summary="Read the conversation back (after a page reload)",
)
async def read_conversation(
    conversation_id: str,
    caller: ShopperDep,
    copilot: CopilotDep,
    x_session_token: Annotated[str | None, Header(max_length=200)] = None,
) -> CustomerThread:
    return await run_in_threadpool(
        copilot.customer_thread, conversation_id, session_token=x_session_token, caller=caller
    )


@router.get(
    "/conversations/{conversation_id}/events",
    response_class=EventSourceResponse,
    responses={
        **_RESPONSES,
        200: {"content": {"text/event-stream": {}}, "description": "The thread's new messages"},
    },
    summary="New messages as they come (an agent's replies, live)",
)
async def conversation_events(
    conversation_id: str,
    caller: ShopperDep,
    copilot: CopilotDep,
    x_session_token: Annotated[str | None, Header(max_length=200)] = None,
    last_event_id: Annotated[str | None, Header()] = None,
    after: Annotated[
        int | None, Query(ge=0, le=2**63 - 1, description="Only messages after this id.")
    ] = None,
) -> EventSourceResponse:
    """Server-sent events (``event: message``, data as in the thread read back), proven like a read;
    read it with ``fetch`` (a browser's EventSource cannot send the token header). The stream ends
    after ``STREAM_SECONDS``; reconnect with ``Last-Event-ID`` to go on where it stopped."""
    seen = resume_id(last_event_id, after)
    await run_in_threadpool(
        copilot.customer_thread, conversation_id, session_token=x_session_token, caller=caller, last=1
    )
    ends = time.monotonic() + STREAM_SECONDS

    async def alive() -> bool:
        return time.monotonic() < ends

    def render(message: Message) -> str:
        return message.for_customer().model_dump_json()

    return EventSourceResponse(message_events(copilot, conversation_id, seen, alive, render), ping=15)
