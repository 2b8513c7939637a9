"""Liveness and readiness for orchestrators: no key needed, nothing about the shop revealed."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text

from copilot.api.deps import CopilotDep
from copilot.api.problems import ApiProblem

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    generation: int | None = None


@router.get("/healthz", response_model=Health, summary="The process is up")
def healthz() -> Health:
    return Health(status="ok")


@router.get("/readyz", response_model=Health, summary="The database and the knowledge index answer")
def readyz(copilot: CopilotDep) -> Health:
    try:
        with copilot.store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error: not ready
        raise ApiProblem(
            503, "Not ready", f"the database does not answer ({exc.__class__.__name__})"
        ) from exc
    snapshot = copilot.retriever.snapshot()
    if snapshot is None:
        raise ApiProblem(503, "Not ready", "no knowledge ingested yet: run `copilot ingest`")
    return Health(status="ready", generation=snapshot.generation.id)
