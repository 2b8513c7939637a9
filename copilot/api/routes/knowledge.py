"""The shop's knowledge over HTTP: search it as ``copilot search`` does, and see which generation is
served. Staff keys may include order passages and passages screening withheld from shoppers; a bot key
gets what a shopper may be shown."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from copilot.api.auth import AnyKey, StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES, ApiProblem
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
