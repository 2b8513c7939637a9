"""Escalation decisions on the labelled demo-shop sets: measured, reported, gated.

``escalation_demo.yaml`` was written first and the rules were tuned on it; ``escalation_holdout.yaml``
was written later by someone who saw neither the rules nor the first set. Both measure F1 >= 0.95 (see
docs/escalation.md); the gate is set a little lower so that it catches regressions, not noise.
``escalation_tau.yaml`` is another store (tau-bench retail), labelled after everything else and never
tuned on: F1 0.909 on its first run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copilot.evals.runner import run_suite
from copilot.evals.suite import load_suite
from copilot.settings import Settings
from copilot.understanding import understand
from tests.conftest import REPO, TAU_DIR


@pytest.mark.parametrize(
    ("suite", "floor"),
    [("escalation_demo.yaml", 0.9), ("escalation_holdout.yaml", 0.9), ("escalation_tau.yaml", 0.85)],
)
def test_escalation_f1_on_labelled_messages(
    suite: str, floor: float, demo_settings: Settings, tmp_path: Path
) -> None:
    path = REPO / "evals" / suite
    cases = load_suite(path).cases
    must = [c for c in cases if c.expect.escalate]
    assert len(cases) >= 70 and len(must) >= 0.4 * len(cases)
    settings = None  # the tau set ingests its own store into a temporary home
    if suite != "escalation_tau.yaml":
        shutil.copytree(demo_settings.home, tmp_path / "home")  # the suite writes conversations
        settings = Settings(home=tmp_path / "home")
    elif not (TAU_DIR / "products.json").exists():
        pytest.skip("tau_retail data not found")
    report = run_suite(path, settings=settings, workers=2)
    o = report.overall
    print(f"{suite}: precision {o.escalation_precision} recall {o.escalation_recall} F1 {o.escalation_f1}")
    assert o.escalation_f1 is not None and o.escalation_f1 >= floor and report.gate_failures == []
    # What must never happen: a person called for chatter or for an attempt to rewrite the rules.
    by_id = {c.id: c for c in cases}
    chatter = [r for r in report.runs if understand(by_id[r.case_id].turns[-1]).intent == "off_topic"]
    attacks = [r for r in report.runs if understand(by_id[r.case_id].turns[-1]).injection]
    assert chatter and attacks and not [r.case_id for r in chatter + attacks if r.escalated]
