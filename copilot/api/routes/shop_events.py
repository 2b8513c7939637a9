"""``POST /v1/events``: the shop's own events (an order created, shipped, delivered, cancelled, a
refund issued) become order alerts in the customer's thread, sent where they opted in. Only the shop's
backend posts them: an ``admin`` or ``bot`` key."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from copilot.api.problems import PROBLEM_RESPONSES
from copilot.api.routes.channels import ShopKey
from copilot.channels.alerts import EventResult, ShopEvent, ShopEvents

router = APIRouter(prefix="/v1", tags=["events"])


@router.post(
    "/events",
    response_model=EventResult,
    responses={**PROBLEM_RESPONSES, 404: {"description": "The order is not in the store"}},
    summary="Post a shop event: an order alert in the customer's thread",
)
async def post_event(event: ShopEvent, key: ShopKey, request: Request) -> EventResult:
    """The same event ``id`` posted again returns the first result with ``duplicate: true``."""
    events: ShopEvents = request.app.state.shop_events
    return await run_in_threadpool(events.post, event)
