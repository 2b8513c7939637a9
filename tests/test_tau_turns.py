"""The offline drafter on the third-party tau-bench store: accuracy per kind, zero leaks.

Cases come from evals/tau_turns.py, which derives every expected answer from the store's own files.
"""

from __future__ import annotations

import importlib.util

import pytest

from copilot.evals.turns import run_turn_cases
from copilot.service import Copilot
from copilot.settings import Settings
from tests.conftest import REPO, TAU_DIR

_spec = importlib.util.spec_from_file_location("tau_turns", REPO / "evals" / "tau_turns.py")
assert _spec is not None and _spec.loader is not None
tau_turns = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tau_turns)


@pytest.mark.parametrize("seed", [11, 5])
def test_offline_drafter_answers_tau_questions_without_leaks(tau_settings: Settings, seed: int) -> None:
    cases = tau_turns.build_cases(TAU_DIR, seed)
    assert len(cases) >= 100
    report = run_turn_cases(Copilot(tau_settings), cases)
    tau_turns.print_report(report)
    assert report.leaks == 0
    assert report.accuracy >= 0.95
    for kind, score in report.by_kind.items():
        assert score.accuracy >= 0.8, (kind, score)
    refusals = [o for o in report.outcomes if o.case.kind.startswith("refuse_")]
    assert refusals and all(o.passed for o in refusals)
