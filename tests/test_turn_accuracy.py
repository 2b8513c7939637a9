"""The offline drafter on real and demo shops: accuracy per kind and zero leaks.

Cases come from copilot.evals.generate, which derives every expected answer from the shop's own data
(policy questions are listed per shop with the facts their answers need); the eval runner checks them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copilot.evals.generate import generate_cases, load_policy_cases
from copilot.evals.metrics import CaseRun, compute_metrics, metrics_by_tag
from copilot.evals.runner import run_cases
from copilot.service import Copilot
from copilot.settings import Settings
from tests.conftest import REPO


def _check(runs: list[CaseRun], kinds_floor: float) -> None:
    for run in runs:
        if not run.passed:
            print("FAIL", run.turns[-1], "->", run.reply[:150], run.failures)
    overall = compute_metrics(runs)
    assert overall.leaks == 0
    assert overall.pass_rate is not None and overall.pass_rate >= 0.9
    for kind, metrics in metrics_by_tag(runs).items():
        assert metrics.pass_rate is not None and metrics.pass_rate >= kinds_floor, (kind, metrics.pass_rate)
    refusals = [r for r in runs if r.tags[0].startswith("refuse_")]
    assert len(refusals) >= 10 and all(r.passed for r in refusals)


@pytest.mark.parametrize("seed", [11, 5])
def test_offline_drafter_on_the_tau_store(tau_settings: Settings, seed: int) -> None:
    cases = generate_cases(Copilot(tau_settings), load_policy_cases(REPO / "evals" / "tau_policy.yaml"), seed)
    assert len(cases) >= 100
    _check(run_cases(cases, tau_settings, workers=2), kinds_floor=0.8)


def test_offline_drafter_on_the_demo_shop(demo_settings: Settings, tmp_path: Path) -> None:
    shutil.copytree(demo_settings.home, tmp_path / "home")  # the turns write conversations
    shop = demo_settings.model_copy(update={"home": tmp_path / "home"})
    cases = generate_cases(Copilot(shop), load_policy_cases(REPO / "evals" / "demo_policy.yaml"), seed=3)
    assert len(cases) >= 100
    _check(run_cases(cases, shop, workers=2), kinds_floor=0.7)
