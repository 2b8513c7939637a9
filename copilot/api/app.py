"""``create_app(settings)``: the FastAPI app. The ``Copilot`` core is built once when the app starts
(which migrates the database), routes are thin over it, and sync routes run in the threadpool so a
model call never blocks the event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from copilot.access.keys import Keys
from copilot.access.limits import RateLimiter
from copilot.api import problems
from copilot.api.metrics import registry_for
from copilot.api.routes import (
    agents,
    channels,
    checkout,
    conversations,
    events,
    handoffs,
    health,
    keys,
    knowledge,
    messages,
    metrics,
    pages,
    reports,
    schemas,
    shop_events,
    shopper,
)
from copilot.channels.alerts import ShopEvents
from copilot.channels.service import Channels
from copilot.ingest_jobs import IngestJobs
from copilot.logs import get_logger
from copilot.service import Copilot
from copilot.settings import Settings, get_settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413 before any route sees them: announced by
    Content-Length, or streamed without it (read here, up to the limit, then handed on)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        messages: list[Message] = []
        size, more = 0, True
        while more:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            more = message["type"] == "http.request" and bool(message.get("more_body"))
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"the request body is over {self.max_bytes} bytes (COPILOT_API_MAX_BODY_BYTES)"
        await problems.problem(413, "Request body too large", detail)(scope, receive, send)


def _attach(app: FastAPI, core: Copilot) -> None:
    """What routes and dependencies take from ``app.state``."""
    app.state.copilot = core
    app.state.keys = Keys(core.store)
    app.state.limiter = RateLimiter(core.store, core.settings.api_rate_limit)
    app.state.metrics_registry, app.state.turn_metrics = registry_for(core.store)
    app.state.ingest_jobs = IngestJobs(core.store, core.settings)
    app.state.channels = channels = Channels(core)
    app.state.shop_events = ShopEvents(core, channels.messages)


def create_app(settings: Settings | None = None, *, copilot: Copilot | None = None) -> FastAPI:
    """The API over one ``Copilot`` (built from ``settings`` at start-up unless given)."""
    settings = settings or get_settings()
    get_logger("uvicorn.error")  # the server's own lines (tracebacks too) are redacted like ours; its
    # access lines carry only method, path and status, and its formatter needs their raw arguments

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if copilot is None:
            core = await run_in_threadpool(Copilot, settings)
            await run_in_threadpool(core.warm_up)
            _attach(app, core)
        yield
        app.state.ingest_jobs.close()

    app = FastAPI(
        title="copilot",
        summary="Agent copilot with bot-to-human handoff: answers, handoffs and the people who take over.",
        version="1",
        lifespan=lifespan,
    )
    if copilot is not None:  # ready before start-up too (clients that skip the lifespan, like fuzzers)
        _attach(app, copilot)
    problems.install(app)
    routers = (
        health.router,
        metrics.router,
        messages.router,
        events.router,  # before handoffs: /v1/handoffs/events is not a packet id
        conversations.router,
        handoffs.router,
        agents.router,
        keys.router,
        knowledge.router,
        reports.router,
        schemas.router,
        shopper.router,
        channels.router,
        shop_events.router,
        checkout.router,
        pages.router,
    )
    for router in routers:
        app.include_router(router)
    app.mount("/console/", pages.console_files, name="console")
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    if settings.cors_origin_list:  # added last, so outermost: refusals carry CORS headers too
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Last-Event-ID",
                "X-Customer-Token",
                "X-Session-Token",
            ],
        )
    return app
