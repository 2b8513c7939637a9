"""Retrieval eval: questions with the passage that should come back; reports hit@1, hit@k and MRR.

A suite names its sources file and is ingested into a fresh temporary home, so a run measures exactly
the knowledge it describes and never touches the user's own index.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.errors import ConfigurationError
from copilot.ingest import ingest
from copilot.retrieval import Retriever
from copilot.schemas import Passage
from copilot.settings import Settings


class Expectation(BaseModel):
    """One acceptable passage: by key, or by source file and (part of) a heading."""

    model_config = ConfigDict(extra="forbid")

    key: str | None = None
    source: str | None = None
    heading: str | None = None

    def matches(self, passage: Passage) -> bool:
        if self.key is not None:
            return passage.key == self.key
        if self.source is not None and passage.source != self.source:
            return False
        if self.heading is not None:
            wanted = self.heading.lower()
            return any(wanted in heading.lower() for heading in passage.heading_path)
        return self.source is not None


class RetrievalCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1)
    expect: list[Expectation] = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)


class RetrievalSuite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    sources: str
    data_dir: str | None = None
    cases: list[RetrievalCase]


class CaseResult(BaseModel):
    question: str
    tags: list[str]
    rank: int | None  # 1-based rank of the first acceptable passage within k, else None
    retrieved: list[str]


class Scores(BaseModel):
    cases: int
    hit_at_1: float
    hit_at_k: float
    mrr: float


class RetrievalReport(BaseModel):
    suite: str
    k: int
    overall: Scores
    by_tag: dict[str, Scores]
    results: list[CaseResult]

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if r.rank is None]


def score(results: list[CaseResult]) -> Scores:
    if not results:
        return Scores(cases=0, hit_at_1=0.0, hit_at_k=0.0, mrr=0.0)
    n = len(results)
    return Scores(
        cases=n,
        hit_at_1=sum(r.rank == 1 for r in results) / n,
        hit_at_k=sum(r.rank is not None for r in results) / n,
        mrr=sum(1.0 / r.rank for r in results if r.rank) / n,
    )


def load_suite(path: Path) -> RetrievalSuite:
    try:
        return RetrievalSuite.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise ConfigurationError(f"suite not found: {path}") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigurationError(f"{path}: {exc}") from exc


def run_retrieval_suite(path: Path, k: int = 5, settings: Settings | None = None) -> RetrievalReport:
    """Ingest the suite's sources into a temporary home (unless settings are given) and score it."""
    suite = load_suite(path)
    sources = (path.parent / suite.sources).resolve()
    data_dir = (path.parent / suite.data_dir).resolve() if suite.data_dir else None
    if settings is not None:
        return _score_suite(suite, sources, data_dir, k, settings)
    with tempfile.TemporaryDirectory(prefix="copilot-eval-") as home:
        return _score_suite(suite, sources, data_dir, k, Settings(home=Path(home)))


def _score_suite(
    suite: RetrievalSuite, sources: Path, data_dir: Path | None, k: int, settings: Settings
) -> RetrievalReport:
    ingest(sources, settings, data_dir=data_dir)
    retriever = Retriever(settings)
    results: list[CaseResult] = []
    for case in suite.cases:
        hits = retriever.search(case.question, k)
        rank = next(
            (hit.rank for hit in hits if any(e.matches(hit.passage) for e in case.expect)),
            None,
        )
        results.append(
            CaseResult(
                question=case.question, tags=case.tags, rank=rank, retrieved=[h.passage.key for h in hits]
            )
        )
    grouped: dict[str, list[CaseResult]] = defaultdict(list)
    for result in results:
        for tag in result.tags:
            grouped[tag].append(result)
    return RetrievalReport(
        suite=suite.name,
        k=k,
        overall=score(results),
        by_tag={tag: score(items) for tag, items in sorted(grouped.items())},
        results=results,
    )
