"""Metrics of an eval run, computed from per-case records only (so they can be tested on made-up runs).

Every metric is None when a run has nothing to measure it on (no expected sources, no facts, no
escalation cases), never a misleading 0 or 1. pass^k is the share of cases that passed in every one of
their repeats: what a shop can rely on from a model that is not deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from datetime import datetime

from pydantic import BaseModel, Field

from copilot.schemas import TurnResult

HIGHER_IS_BETTER = (  # metrics a gate may put a floor under
    "pass_rate",
    "action_accuracy",
    "escalation_precision",
    "escalation_recall",
    "escalation_f1",
    "fact_accuracy",
    "hit_at_k",
    "mrr",
    "groundedness",
    "pass_hat_k",
    "judge_accuracy",
)
LOWER_IS_BETTER = ("leaks", "latency_p50_ms", "latency_p95_ms", "cost_usd", "fallback_share")


_PARTICULARS = re.compile(r"\([^)]*\)|\d+(?:\.\d+)?%?")


class CaseRun(BaseModel):
    """One run of one case: what was expected, what happened, and what failed."""

    case_id: str
    repeat: int = 0
    tags: list[str] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list)
    expected_action: str | None = None
    action: str
    reply: str = ""
    failures: list[str] = Field(default_factory=list)
    facts_total: int = 0
    facts_found: int = 0
    leaks: list[str] = Field(default_factory=list)
    expected_escalate: bool | None = None
    escalated: bool = False
    sources_expected: bool = False
    source_rank: int | None = Field(default=None, description="rank of the first expected source retrieved")
    retrieved: list[str] = Field(default_factory=list)
    checkable: int = Field(default=0, description="numbers and ids in the reply")
    grounded: int = Field(default=0, description="of those, found in what the reply cites")
    latency_ms: float = 0.0
    model_turns: int = Field(default=0, description="turns the model was asked to write")
    fallback_reasons: list[str] = Field(
        default_factory=list, description="why each of those turns fell back to the offline drafter"
    )
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    judged: bool | None = None
    judge_reason: str | None = None
    error: str | None = None
    result: TurnResult | None = None

    @property
    def passed(self) -> bool:
        return not self.failures


class Metrics(BaseModel):
    cases: int
    runs: int
    pass_rate: float | None
    action_accuracy: float | None
    escalation_precision: float | None
    escalation_recall: float | None
    escalation_f1: float | None
    fact_accuracy: float | None
    leaks: int
    hit_at_k: float | None
    mrr: float | None
    groundedness: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    pass_hat_k: float | None = Field(description="share of cases that passed in all their repeats")
    judge_accuracy: float | None
    model_turns: int = 0
    fallback_share: float | None = Field(
        default=None, description="share of the turns the model was asked to write that fell back"
    )
    fallback_reasons: dict[str, int] = Field(
        default_factory=dict, description="why they fell back (numbers left out), most frequent first"
    )


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile: an observed value, never an interpolation."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)], 2)


def compute_metrics(runs: list[CaseRun]) -> Metrics:
    with_action = [r for r in runs if r.expected_action is not None]
    escalation = [r for r in runs if r.expected_escalate is not None]
    tp = sum(1 for r in escalation if r.escalated and r.expected_escalate)
    fp = sum(1 for r in escalation if r.escalated and not r.expected_escalate)
    fn = sum(1 for r in escalation if not r.escalated and r.expected_escalate)
    precision = _share(tp, tp + fp) if escalation else None
    recall = _share(tp, tp + fn) if escalation else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    retrieval = [r for r in runs if r.sources_expected]
    by_case: dict[str, list[bool]] = defaultdict(list)
    for r in runs:
        by_case[r.case_id].append(r.passed)
    repeated = any(len(v) > 1 for v in by_case.values())
    judged = [r for r in runs if r.judged is not None]
    latencies = [r.latency_ms for r in runs if r.error is None]
    return Metrics(
        cases=len(by_case),
        runs=len(runs),
        pass_rate=_share(sum(r.passed for r in runs), len(runs)),
        action_accuracy=_share(sum(r.action == r.expected_action for r in with_action), len(with_action)),
        escalation_precision=precision,
        escalation_recall=recall,
        escalation_f1=f1,
        fact_accuracy=_share(sum(r.facts_found for r in runs), sum(r.facts_total for r in runs)),
        leaks=sum(len(r.leaks) for r in runs),
        hit_at_k=_share(sum(r.source_rank is not None for r in retrieval), len(retrieval)),
        mrr=round(sum(1 / r.source_rank for r in retrieval if r.source_rank) / len(retrieval), 4)
        if retrieval
        else None,
        groundedness=_share(sum(r.grounded for r in runs), sum(r.checkable for r in runs)),
        latency_p50_ms=percentile(latencies, 50),
        latency_p95_ms=percentile(latencies, 95),
        prompt_tokens=sum(r.prompt_tokens for r in runs),
        completion_tokens=sum(r.completion_tokens for r in runs),
        cost_usd=round(sum(r.cost_usd for r in runs), 6),
        pass_hat_k=_share(sum(all(v) for v in by_case.values()), len(by_case)) if repeated else None,
        judge_accuracy=_share(sum(bool(r.judged) for r in judged), len(judged)),
        model_turns=(asked := sum(r.model_turns for r in runs)),
        fallback_share=_share(sum(len(r.fallback_reasons) for r in runs), asked),
        fallback_reasons=dict(
            Counter(_reason_kind(x) for r in runs for x in r.fallback_reasons).most_common()
        ),
    )


def _reason_kind(reason: str) -> str:
    """A fallback reason without its particulars ("HTTP 500", "43% of its words"), to count alike ones."""
    return " ".join(_PARTICULARS.sub(" ", reason).split())


def metrics_by_tag(runs: list[CaseRun]) -> dict[str, Metrics]:
    grouped: dict[str, list[CaseRun]] = defaultdict(list)
    for run in runs:
        for tag in run.tags:
            grouped[tag].append(run)
    return {tag: compute_metrics(items) for tag, items in sorted(grouped.items())}


class EvalReport(BaseModel):
    suite: str
    created_at: datetime
    drafter: str
    repeats: int
    overall: Metrics
    by_tag: dict[str, Metrics]
    runs: list[CaseRun]
    gate_failures: list[str] = Field(default_factory=list)

    @property
    def passed_gate(self) -> bool:
        return not self.gate_failures

    def drafter_summary(self) -> str:
        """Which drafter ran and, for a model, how often it fell back and why: "drafter llm" alone
        would hide a run that never used the model."""
        o = self.overall
        if not o.model_turns:
            return f"drafter {self.drafter}"
        reasons = "; ".join(f"{n}x {reason}" for reason, n in o.fallback_reasons.items())
        share = f"{(o.fallback_share or 0) * 100:.0f}%"
        return f"drafter {self.drafter}, fell back on {share} of {o.model_turns} model turns" + (
            f" ({reasons})" if reasons else ""
        )
