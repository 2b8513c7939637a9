"""``GET /metrics``: Prometheus text format, for an ``admin`` key (Prometheus sends it as a bearer
token)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST

from copilot.api.auth import AdminKey
from copilot.api.metrics import exposition
from copilot.api.problems import PROBLEM_RESPONSES

router = APIRouter(tags=["health"])


@router.get(
    "/metrics",
    response_class=Response,
    responses={**PROBLEM_RESPONSES, 200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Metrics"}},
    summary="Prometheus metrics",
)
def metrics(_: AdminKey, request: Request) -> Response:
    return Response(exposition(request.app.state.metrics_registry), media_type=CONTENT_TYPE_LATEST)
