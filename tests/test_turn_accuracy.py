"""The offline drafter on real and demo shops: accuracy per kind and zero leaks.

Cases come from copilot.evals.generate, which derives every expected answer from the shop's own data
(policy questions are listed per shop with the facts their answers need).
"""

from __future__ import annotations

import pytest

from copilot.evals.generate import generate_cases, load_policy_cases
from copilot.evals.turns import TurnReport, run_turn_cases
from copilot.service import Copilot
from copilot.settings import Settings
from tests.conftest import REPO


def _check(report: TurnReport, kinds_floor: float) -> None:
    for outcome in report.outcomes:
        if not outcome.passed:
            print(
                "FAIL",
                outcome.case.turns[-1],
                "->",
                outcome.result.reply[:150],
                outcome.missing,
                outcome.leaked,
            )
    assert report.leaks == 0
    assert report.accuracy >= 0.9
    for kind, score in report.by_kind.items():
        assert score.accuracy >= kinds_floor, (kind, score)
    refusals = [o for o in report.outcomes if o.case.kind.startswith("refuse_")]
    assert len(refusals) >= 10 and all(o.passed for o in refusals)


@pytest.mark.parametrize("seed", [11, 5])
def test_offline_drafter_on_the_tau_store(tau_settings: Settings, seed: int) -> None:
    copilot = Copilot(tau_settings)
    cases = generate_cases(copilot, load_policy_cases(REPO / "evals" / "tau_policy.yaml"), seed)
    assert len(cases) >= 100
    _check(run_turn_cases(copilot, cases), kinds_floor=0.8)


def test_offline_drafter_on_the_demo_shop(demo_settings: Settings) -> None:
    copilot = Copilot(demo_settings)
    cases = generate_cases(copilot, load_policy_cases(REPO / "evals" / "demo_policy.yaml"), seed=3)
    assert len(cases) >= 100
    _check(run_turn_cases(copilot, cases), kinds_floor=0.7)
