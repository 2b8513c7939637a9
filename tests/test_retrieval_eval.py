"""The retrieval eval: its metrics on hand-made results, and the demo shop's score as a gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.errors import ConfigurationError
from copilot.evals.retrieval import CaseResult, Expectation, run_retrieval_suite, score
from copilot.schemas import Passage
from copilot.settings import Settings
from tests.conftest import REPO


def _result(rank: int | None) -> CaseResult:
    return CaseResult(question="q", tags=[], rank=rank, retrieved=[])


def test_metrics_on_hand_made_results() -> None:
    scores = score([_result(1), _result(2), _result(None), _result(4)])
    assert scores.cases == 4 and scores.hit_at_1 == 0.25 and scores.hit_at_k == 0.75
    assert scores.mrr == pytest.approx((1 + 0.5 + 0.25) / 4)


def test_metrics_of_an_empty_and_an_all_miss_suite() -> None:
    assert score([]).cases == 0 and score([]).mrr == 0.0
    misses = score([_result(None)] * 3)
    assert (misses.hit_at_1, misses.hit_at_k, misses.mrr) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("expectation", "matches"),
    [
        (Expectation(key="doc:a.md#x:0"), True),
        (Expectation(key="doc:a.md#x:1"), False),
        (Expectation(source="a.md"), True),
        (Expectation(source="a.md", heading="refund"), True),
        (Expectation(source="a.md", heading="shipping"), False),
        (Expectation(source="b.md", heading="refund"), False),
        (Expectation(), False),
    ],
)
def test_expectations(expectation: Expectation, matches: bool) -> None:
    passage = Passage(
        key="doc:a.md#x:0",
        kind="document",
        text="t",
        source="a.md",
        heading_path=["Returns", "Refund timing"],
    )
    assert expectation.matches(passage) is matches


def test_a_broken_suite_is_a_clear_error(tmp_path: Path) -> None:
    suite = tmp_path / "suite.yaml"
    suite.write_text("name: x\nsources: s.yaml\ncases:\n  - question: hi\n")
    with pytest.raises(ConfigurationError, match="expect"):
        run_retrieval_suite(suite)


def test_demo_shop_retrieval_meets_its_bar(demo_settings: Settings) -> None:
    report = run_retrieval_suite(REPO / "evals" / "retrieval_demo.yaml", k=5, settings=demo_settings)
    print(f"demo retrieval: {report.overall}")
    assert report.overall.cases >= 60
    assert report.overall.hit_at_k >= 0.9 and report.overall.hit_at_1 >= 0.75
