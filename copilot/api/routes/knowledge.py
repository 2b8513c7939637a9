"""The shop's knowledge over HTTP: search it as ``copilot search`` does, see which generation is
served, and (admin keys) ingest a sources file as a background job. Staff keys may include order
passages and passages screening withheld from shoppers; a bot key gets what a shopper may be shown."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from copilot.api.auth import AdminKey, AnyKey, StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
from copilot.ingest_jobs import IngestJob, IngestJobs
from copilot.retrieval import SearchFilters
from copilot.schemas import SearchHit

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])


class GenerationInfo(BaseModel):
    """The knowledge generation being served (each ingest that changes something publishes one)."""

    id: int
    passage_count: int
    fingerprint: str


@router.get(
    "/search", response_model=list[SearchHit], responses=PROBLEM_RESPONSES, summary="Search the knowledge"
)
async def search(
    key: AnyKey,
    copilot: CopilotDep,
    q: Annotated[str, Query(min_length=1, max_length=1000, description="What to look for.")],
    k: Annotated[int, Query(ge=1, le=100)] = 5,
    kind: Annotated[list[Literal["product", "variant", "document"]] | None, Query()] = None,
    product_id: Annotated[str | None, Query(max_length=200)] = None,
    available: bool | None = None,
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid",
    flagged: Annotated[
        bool, Query(description="Include passages withheld from shoppers (staff keys).")
    ] = False,
) -> list[SearchHit]:
    staff = key.role in ("agent", "admin")
    if flagged and not staff:
        raise ApiProblem(
            403, "Forbidden", "only agent and admin keys may see passages withheld from shoppers"
        )
    filters = SearchFilters(kinds=list(kind) if kind else None, product_id=product_id, available=available)
    return await run_in_threadpool(
        copilot.retriever.search,
        q,
        k,
        filters=filters,
        mode=mode,
        include_orders=staff,
        include_flagged=flagged,
    )


@router.get(
    "/generation",
    response_model=GenerationInfo,
    responses={**PROBLEM_RESPONSES, 404: {"description": "Nothing ingested yet"}},
    summary="The generation being served",
)
def generation(_: StaffKey, copilot: CopilotDep) -> GenerationInfo:
    active = copilot.store.active_generation()
    if active is None:
        raise ApiProblem(404, "Not found", "no knowledge ingested yet: run `copilot ingest`")
    return GenerationInfo(id=active.id, passage_count=active.passage_count, fingerprint=active.fingerprint)


class IngestIn(BaseModel):
    """Which sources file to ingest."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"sources": "demo/sources.yaml"}]})

    sources: str = Field(
        min_length=1,
        max_length=1000,
        description="A sources YAML, relative to COPILOT_SOURCES_ROOT on the server.",
    )


def _jobs(request: Request) -> IngestJobs:
    jobs: IngestJobs = request.app.state.ingest_jobs
    return jobs


@router.post(
    "/ingest",
    response_model=IngestJob,
    status_code=202,
    responses=PROBLEM_RESPONSES,
    summary="Ingest a sources file in the background",
)
def start_ingest(body: IngestIn, key: AdminKey, request: Request, response: Response) -> IngestJob:
    """Accepted at once; poll the job (its ``Location``) until it has succeeded or failed. Jobs take
    turns; a failed one leaves the previous generation serving, and every worker serves a new
    generation within a second of its publication."""
    job = _jobs(request).submit(body.sources, requested_by=key.key_id)
    response.headers["Location"] = f"/v1/knowledge/ingest/{job.job_id}"
    return job


@router.get(
    "/ingest", response_model=list[IngestJob], responses=PROBLEM_RESPONSES, summary="Recent ingest jobs"
)
def list_ingests(
    _: AdminKey, request: Request, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[IngestJob]:
    """Newest first."""
    return _jobs(request).recent(limit)


@router.get(
    "/ingest/{job_id}",
    response_model=IngestJob,
    responses={**PROBLEM_RESPONSES, 404: {"description": "No such job"}},
    summary="One ingest job: progress, then its report or error",
)
def read_ingest(job_id: str, _: AdminKey, request: Request) -> IngestJob:
    return _jobs(request).get(job_id)
