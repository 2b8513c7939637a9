"""Messaging channels' webhooks (``/v1/channels/{whatsapp,messenger,sms,webhook}``: the provider's
verification GET and its signed POSTs) and consent (the shop's API, the widget's opt-out button).
Routes are thin: the signature check, threads, consent and replies live in ``copilot.channels``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from copilot.access.keys import ApiKey
from copilot.api.auth import StaffKey, require
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.api.routes.shopper import ShopperDep
from copilot.channels.base import WebhookRequest
from copilot.channels.consent import ConsentRecord, ConsentStatus
from copilot.channels.service import Channels

router = APIRouter(prefix="/v1", tags=["channels"])
ShopKey = Annotated[ApiKey, Depends(require("admin", "bot"))]


def _channels(request: Request) -> Channels:
    channels: Channels = request.app.state.channels
    return channels


ChannelsDep = Annotated[Channels, Depends(_channels)]
_WEBHOOK = {
    **PROBLEM_RESPONSES,
    403: {"description": "Bad or missing signature"},
    404: {"description": "Channel not configured"},
}


@router.get(
    "/channels/{name}",
    response_class=PlainTextResponse,
    responses=_WEBHOOK,
    summary="A provider's webhook verification (Meta's hub.challenge)",
)
def verify_webhook(name: str, request: Request, channels: ChannelsDep) -> PlainTextResponse:
    return PlainTextResponse(channels.challenge(name, dict(request.query_params)))


@router.post("/channels/{name}", responses=_WEBHOOK, summary="A provider's webhook: messages and statuses")
async def receive_webhook(name: str, request: Request, channels: ChannelsDep) -> Response:
    """Checked against the provider's signature before anything is stored; each message is answered
    in the sender's thread, and the reply sent back on the channel."""
    public = channels.copilot.settings.public_url
    url = str(request.url)
    if public:  # what the provider called, before a proxy rewrote it (Twilio signs the full URL)
        url = public.rstrip("/") + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    webhook = WebhookRequest(
        method="POST",
        url=url,
        headers={k.lower(): v for k, v in request.headers.items()},
        query=dict(request.query_params),
        body=await request.body(),
    )
    media_type, body = await run_in_threadpool(channels.receive, name, webhook)
    return Response(body, media_type=media_type)


class ConsentIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"channel": "whatsapp", "status": "opted_in", "preferred": True},
                {"channel": "messenger", "status": "opted_in", "address": "6783295842104712"},
            ]
        },
    )

    channel: str = Field(min_length=1, max_length=20, description="whatsapp, messenger, sms, webhook")
    status: ConsentStatus
    address: str | None = Field(
        default=None,
        max_length=320,
        description="The destination: default the customer's phone on file (whatsapp, sms); a Messenger "
        "page-scoped id links that id to the customer.",
    )
    preferred: bool = Field(default=False, description="Order alerts go here first.")


@router.put(
    "/customers/{customer_id}/consent",
    response_model=list[ConsentRecord],
    responses={**PROBLEM_RESPONSES, 404: {"description": "No such customer"}},
    summary="Record a customer's opt-in or opt-out on a channel (the shop's own records)",
)
def put_consent(
    customer_id: str, choice: ConsentIn, key: ShopKey, channels: ChannelsDep
) -> list[ConsentRecord]:
    channels.set_consent(customer_id, choice.channel, choice.status, choice.address, choice.preferred)
    return channels.consents.of_customer(customer_id)


@router.get(
    "/customers/{customer_id}/consent",
    response_model=list[ConsentRecord],
    responses=PROBLEM_RESPONSES,
    summary="A customer's consent choices, oldest first",
)
def get_consent(customer_id: str, key: StaffKey, channels: ChannelsDep) -> list[ConsentRecord]:
    return channels.consents.of_customer(customer_id)


class ShopperConsent(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"status": "opted_out"}]})

    status: ConsentStatus


@router.post(
    "/shopper/consent",
    response_model=list[ConsentRecord],
    responses=PROBLEM_RESPONSES,
    summary="The widget's button: the signed-in shopper opts out of (or back in to) every channel",
)
def shopper_consent(choice: ShopperConsent, caller: ShopperDep, channels: ChannelsDep) -> list[ConsentRecord]:
    """Only a shopper the shop's customer token proves may choose for a customer."""
    return channels.shopper_choice(caller, choice.status)
