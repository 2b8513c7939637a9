"""Liveness and readiness for orchestrators: no key needed, nothing about the shop revealed."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from copilot.api.deps import CopilotDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    generation: int | None = None


@router.get("/healthz", response_model=Health, summary="The process is up")
def healthz() -> Health:
    return Health(status="ok")


@router.get("/readyz", response_model=Health, summary="The database and the knowledge index answer")
def readyz(copilot: CopilotDep) -> Health:
    return Health(status="ready", generation=copilot.readiness())
