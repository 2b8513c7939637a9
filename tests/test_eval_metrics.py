"""Metrics of eval runs, on hand-made runs whose right answers are known."""

from __future__ import annotations

import pytest

from copilot.evals.compare import compare_reports
from copilot.evals.metrics import CaseRun, EvalReport, compute_metrics, metrics_by_tag, percentile
from copilot.evals.runner import gate_failures
from copilot.evals.suite import Gate, NumberFact, fact_found


def run(case_id: str, *, ok: bool = True, repeat: int = 0, **fields: object) -> CaseRun:
    defaults: dict[str, object] = {"action": "answer", "expected_action": "answer", "latency_ms": 10.0}
    defaults.update(fields)
    return CaseRun(case_id=case_id, repeat=repeat, failures=[] if ok else ["wrong"], **defaults)


def report(runs: list[CaseRun]) -> EvalReport:
    from datetime import UTC, datetime

    return EvalReport(
        suite="t",
        created_at=datetime.now(UTC),
        drafter="offline",
        repeats=1,
        overall=compute_metrics(runs),
        by_tag=metrics_by_tag(runs),
        runs=runs,
    )


def test_empty_run_has_no_numbers_only_nones() -> None:
    m = compute_metrics([])
    assert (m.cases, m.runs, m.leaks) == (0, 0, 0)
    assert m.pass_rate is None and m.action_accuracy is None and m.escalation_f1 is None
    assert m.latency_p50_ms is None and m.pass_hat_k is None and m.groundedness is None


def test_all_failing() -> None:
    m = compute_metrics([run("a", ok=False, action="decline"), run("b", ok=False, action="decline")])
    assert m.pass_rate == 0.0 and m.action_accuracy == 0.0


def test_escalation_precision_recall_f1() -> None:
    runs = [
        run("tp1", expected_escalate=True, escalated=True),
        run("tp2", expected_escalate=True, escalated=True),
        run("fn", expected_escalate=True, escalated=False),
        run("fp", expected_escalate=False, escalated=True),
        run("tn", expected_escalate=False, escalated=False),
        run("none", expected_escalate=None, escalated=True),  # no expectation: not counted
    ]
    m = compute_metrics(runs)
    assert (m.escalation_precision, m.escalation_recall) == (0.6667, 0.6667)
    assert m.escalation_f1 == pytest.approx(0.6667, abs=1e-4)


def test_facts_leaks_retrieval_groundedness_and_cost() -> None:
    runs = [
        run(
            "a",
            facts_total=2,
            facts_found=2,
            sources_expected=True,
            source_rank=1,
            checkable=3,
            grounded=3,
            prompt_tokens=100,
            completion_tokens=10,
            cost_usd=0.001,
        ),
        run(
            "b",
            ok=False,
            facts_total=2,
            facts_found=1,
            leaks=["W123"],
            sources_expected=True,
            source_rank=4,
            checkable=1,
            grounded=0,
            prompt_tokens=50,
            completion_tokens=5,
            cost_usd=0.0005,
        ),
        run("c", sources_expected=True, source_rank=None),
    ]
    m = compute_metrics(runs)
    assert m.fact_accuracy == 0.75 and m.leaks == 1
    assert m.hit_at_k == pytest.approx(2 / 3, abs=1e-4) and m.mrr == pytest.approx((1 + 0.25) / 3, abs=1e-4)
    assert m.groundedness == 0.75
    assert (m.prompt_tokens, m.completion_tokens, m.cost_usd) == (150, 15, 0.0015)


def test_repeats_give_pass_hat_k() -> None:
    runs = [run("a", repeat=0), run("a", repeat=1), run("b", repeat=0), run("b", ok=False, repeat=1)]
    m = compute_metrics(runs)
    assert m.cases == 2 and m.runs == 4 and m.pass_rate == 0.75 and m.pass_hat_k == 0.5


def test_percentiles_are_observed_values() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 95) == 95.0 and percentile([7.0], 95) == 7.0


def test_tags_break_metrics_down() -> None:
    by_tag = metrics_by_tag([run("a", tags=["x"]), run("b", ok=False, tags=["x", "y"])])
    assert by_tag["x"].pass_rate == 0.5 and by_tag["y"].pass_rate == 0.0


@pytest.mark.parametrize(
    ("fact", "reply", "found"),
    [
        ("In Stock", "it is in stock", True),
        (["5 days", "five days"], "about five days", True),
        (NumberFact(number=129.0, tolerance=0.01), "It costs $129.00.", True),
        (NumberFact(number=1299.0), "It costs $1,299.", True),
        (NumberFact(number=129.0), "It costs $139.00.", False),
        (NumberFact(number=10.0), "Refunds take 5-10 business days.", True),
        (NumberFact(number=-5.0), "Store it above -5 °C.", True),
        ("$75", "free over $750", True),  # plain substring: facts should be written with care
        ("2 to 6 lb", "Line rating: 2-6 lb", True),
        ("2-4 ft", "it runs 2 \u2013 4 ft deep", True),
        ("don't ship", "we don\u2019t  ship there", True),
        ("2 to 6 lb", "Line rating: 2-8 lb", False),
        ("size 4-6", "size 46", False),
    ],
)
def test_fact_matching(fact: object, reply: str, found: bool) -> None:
    assert fact_found(fact, reply) is found  # type: ignore[arg-type]


def test_gate_floors_leaks_and_baseline_regressions() -> None:
    good = report([run("a"), run("b")])
    worse = report([run("a"), run("b", ok=False, leaks=["secret"])])
    assert gate_failures(good, Gate(min={"pass_rate": 0.9})) == []
    failures = gate_failures(worse, Gate(min={"pass_rate": 0.9, "escalation_f1": 0.5}), baseline=good)
    assert any("pass_rate 0.5 is below" in f for f in failures)
    assert any(
        "escalation_f1 None" in f for f in failures
    )  # a floor on a metric the run cannot measure fails
    assert any("1 leak" in f for f in failures) and any("fell from 1.0 to 0.5" in f for f in failures)


def test_compare_detects_a_planted_regression() -> None:
    base = report([run("a"), run("b"), run("c", ok=False)])
    new = report([run("a"), run("b", ok=False), run("c")])
    comparison = compare_reports(base, new, tolerance=0.5)
    assert list(comparison.newly_failing) == ["b"] and comparison.newly_passing == ["c"]
    assert comparison.regressions == ["1 case(s) passed before and fail now"]
    same = compare_reports(base, base)
    assert same.regressions == [] and all(d.change in (0.0, None) for d in same.metrics)
