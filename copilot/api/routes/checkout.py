"""Proactive help at checkout over HTTP, thin over ``copilot.proactive``:

- the shopper's browser (the widget, no API key) reports checkout activity and accepts an offer
  (``/v1/shopper/checkout...``); who they are comes only from the shop's signed customer token, else
  the anonymous ``visitor_id`` the widget keeps, never from a customer named in the body;
- the shop's back end (a ``bot`` or ``admin`` key) reports checkout activity for a customer it names
  (``POST /v1/checkout``);
- staff read what the offers achieved (``GET /v1/reports/proactive``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from copilot.access.keys import ApiKey
from copilot.api.auth import StaffKey, require
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
from copilot.api.routes.shopper import ShopperDep
from copilot.identity.gate import Caller
from copilot.proactive import (
    AcceptedOffer,
    CheckoutActivity,
    CheckoutDecision,
    Offer,
    ProactiveReport,
    Shopper,
    proactive_report,
)
from copilot.proactive.offers import VISITOR_PATTERN
from copilot.service import Copilot

router = APIRouter(prefix="/v1", tags=["checkout"])
ShopKey = Annotated[ApiKey, Depends(require("bot", "admin"))]
_VISITOR = Field(
    default=None,
    pattern=VISITOR_PATTERN,
    description="The widget's anonymous id for this browser (8-64 letters, digits, - or _); used when no "
    "customer token is sent.",
)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    **PROBLEM_RESPONSES,
    403: {"description": "Not this shopper's offer"},
    404: {"description": "Unknown offer, or the shopper API is off"},
    409: {"description": "The offer was accepted already"},
}


class ShopperCheckout(CheckoutActivity):
    """What the widget reports: the checkout step, how long the shopper has been idle, the cart."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "visitor_id": "v-3f9c2a71d0",
                    "step": "payment",
                    "idle_seconds": 50,
                    "cart": {
                        "items": [{"name": "Trail Runner", "quantity": 1, "price": 129.0}],
                        "value": 129.0,
                    },
                }
            ]
        },
    )

    visitor_id: str | None = _VISITOR


class ShopperAccept(BaseModel):
    """Who accepts: the visitor the offer was made to (a signed-in shopper sends their token instead)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"visitor_id": "v-3f9c2a71d0"}, {}]}
    )

    visitor_id: str | None = _VISITOR


class ShopperDecision(BaseModel):
    """The shopper's view of a decision: the offer to show, and when to report again."""

    offer: Offer | None
    report_again_at_idle: float | None = None


class ShopCheckout(CheckoutActivity):
    """What the shop's back end reports for a customer it knows."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"customer_id": "C001", "step": "shipping", "idle_seconds": 75, "cart": {"value": 412.5}}
            ]
        },
    )

    customer_id: str = Field(min_length=1, max_length=200, description="the customer as the shop knows them")


def _shopper(copilot: Copilot, caller: Caller, visitor_id: str | None) -> Shopper:
    """The customer the token proves (when the shop knows them), else the anonymous visitor."""
    customer = None
    if caller.customer_id:
        customer = copilot.store.customer(caller.customer_id)
    elif caller.customer_email:
        customer = copilot.store.customer_by_email(caller.customer_email)
    if caller.asserts_customer and customer is None:
        raise ApiProblem(403, "Forbidden", "the customer token names a customer this shop does not know")
    if customer is None and visitor_id is None:
        raise ApiProblem(
            422, "Invalid request", "visitor_id: send one, or a customer token (X-Customer-Token)"
        )
    return Shopper(customer_id=customer.customer_id if customer else None, visitor_id=visitor_id)


@router.post(
    "/shopper/checkout",
    response_model=ShopperDecision,
    responses=_RESPONSES,
    tags=["shopper"],
    summary="Report checkout activity; get an offer of help or none",
)
async def shopper_checkout(
    report: ShopperCheckout, caller: ShopperDep, copilot: CopilotDep
) -> ShopperDecision:
    """The shop's policy decides whether this shopper is offered help now, and whether a person or the
    bot; with no offer, ``report_again_at_idle`` says when another report could bring one."""
    shopper = _shopper(copilot, caller, report.visitor_id)
    activity = CheckoutActivity(step=report.step, idle_seconds=report.idle_seconds, cart=report.cart)
    decision = await run_in_threadpool(copilot.proactive.report, shopper, activity)
    return ShopperDecision(offer=decision.offer, report_again_at_idle=decision.report_again_at_idle)


@router.post(
    "/shopper/checkout/offers/{offer_id}/accept",
    response_model=AcceptedOffer,
    responses=_RESPONSES,
    tags=["shopper"],
    summary="Accept an offer of help: the conversation it opens",
)
async def shopper_accept(
    offer_id: Annotated[str, Path(max_length=64)],
    body: ShopperAccept,
    caller: ShopperDep,
    copilot: CopilotDep,
) -> AcceptedOffer:
    """Only the shopper the offer was made to (the same customer token, or the same visitor id) may
    accept it, once. A person offer's conversation waits in the agent queue with the cart."""
    shopper = _shopper(copilot, caller, body.visitor_id)
    return await run_in_threadpool(copilot.proactive.accept, offer_id, shopper)


@router.post(
    "/checkout",
    response_model=CheckoutDecision,
    responses=PROBLEM_RESPONSES,
    summary="Report a customer's checkout activity from the shop's back end",
)
async def shop_checkout(report: ShopCheckout, _: ShopKey, copilot: CopilotDep) -> CheckoutDecision:
    """For a customer the shop names (``bot`` or ``admin`` key): the decision with its reason. The
    shop shows the offer; the shopper accepts it in the widget signed in as that customer."""
    activity = CheckoutActivity(step=report.step, idle_seconds=report.idle_seconds, cart=report.cart)
    return await run_in_threadpool(
        copilot.proactive.report, Shopper(customer_id=report.customer_id), activity
    )


@router.get(
    "/reports/proactive",
    response_model=ProactiveReport,
    responses=PROBLEM_RESPONSES,
    tags=["handover"],
    summary="Offers of help at checkout, acceptances and carts saved",
)
async def report(
    _: StaffKey,
    copilot: CopilotDep,
    days: Annotated[
        int | None, Query(ge=1, le=3650, description="Only the last N days; all when absent.")
    ] = None,
) -> ProactiveReport:
    since = datetime.now(UTC) - timedelta(days=days) if days else None
    return await run_in_threadpool(proactive_report, copilot.store, since=since)
