"""``POST /v1/messages``: one customer message in, the turn's result out (a line of ``copilot ask
--batch`` as the body). Only a ``bot`` key posts messages; the customer it names by email is the one
its channel signed in, which is why only a bot key may assert it."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Header, Request

from copilot.api.auth import BotKey
from copilot.api.deps import CopilotDep
from copilot.api.metrics import TurnMetrics
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.identity.gate import caller_from
from copilot.schemas import MessageIn, TurnResult

router = APIRouter(prefix="/v1", tags=["messages"])


class MessageResult(TurnResult):
    """The turn's result, with the caller's ``id`` echoed back."""

    id: str | int | None = None


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
    x_copilot_shopper: Annotated[
        str | None,
        Header(
            max_length=100,
            description="Who is on the other end as the bot sees it (an IP address, a device id): failed "
            "identity proofs are limited per shopper under this key, not for every shopper of the key.",
        ),
    ] = None,
) -> MessageResult:
    """A new conversation when ``conversation_id`` is absent (the result carries its ``session_token``
    once); continuing one takes that token, or the customer the bot's channel asserts."""
    source = f"key:{key.key_id}" + (f":{x_copilot_shopper}" if x_copilot_shopper else "")
    caller = caller_from(
        customer_email=message.customer_email,
        customer_token=message.customer_token,
        token_secret=copilot.settings.customer_token_secret,
        source=source,
    )
    started = time.perf_counter()
    result = copilot.turn(
        message.text,
        conversation_id=message.conversation_id,
        session_token=message.session_token,
        caller=caller,
        cart_total=message.cart_total,
    )
    turn_metrics: TurnMetrics = request.app.state.turn_metrics
    turn_metrics.observe(result, time.perf_counter() - started)
    return MessageResult(**result.model_dump(), id=message.id)
