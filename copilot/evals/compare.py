"""Two runs of a suite side by side: which metrics moved, which cases started or stopped failing."""

from __future__ import annotations

from pydantic import BaseModel, Field

from copilot.evals.metrics import HIGHER_IS_BETTER, LOWER_IS_BETTER, EvalReport


class MetricDelta(BaseModel):
    name: str
    before: float | None
    after: float | None
    change: float | None
    better: bool = False
    worse: bool = False


class Comparison(BaseModel):
    metrics: list[MetricDelta]
    newly_failing: dict[str, list[str]] = Field(default_factory=dict, description="case id -> its failures")
    newly_passing: list[str] = Field(default_factory=list)
    regressions: list[str] = Field(default_factory=list)


def _passed(report: EvalReport) -> dict[str, bool]:
    """Case id -> passed in every repeat."""
    result: dict[str, bool] = {}
    for run in report.runs:
        result[run.case_id] = result.get(run.case_id, True) and run.passed
    return result


def compare_reports(base: EvalReport, new: EvalReport, tolerance: float = 0.02) -> Comparison:
    before, after = base.overall.model_dump(), new.overall.model_dump()
    deltas = []
    regressions = []
    for name in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER):
        old, now = before.get(name), after.get(name)
        change = None if old is None or now is None else round(now - old, 4)
        sign = 1 if name in HIGHER_IS_BETTER else -1
        delta = MetricDelta(
            name=name,
            before=old,
            after=now,
            change=change,
            better=change is not None and sign * change > 0,
            worse=change is not None and sign * change < 0,
        )
        deltas.append(delta)
        if name in HIGHER_IS_BETTER and change is not None and change < -tolerance:
            regressions.append(f"{name} fell from {old} to {now} (tolerance {tolerance})")
    if after["leaks"] > before["leaks"]:
        regressions.append(f"leaks rose from {before['leaks']} to {after['leaks']}")
    was, now_passed = _passed(base), _passed(new)
    failures = {run.case_id: run.failures for run in new.runs if not run.passed}
    newly_failing = {
        case: failures[case] for case, ok in now_passed.items() if not ok and was.get(case, False)
    }
    newly_passing = [case for case, ok in now_passed.items() if ok and case in was and not was[case]]
    if newly_failing:
        regressions.append(f"{len(newly_failing)} case(s) passed before and fail now")
    return Comparison(
        metrics=deltas, newly_failing=newly_failing, newly_passing=newly_passing, regressions=regressions
    )
