"""Escalation decisions on the labelled demo-shop sets: measured, reported, gated.

``escalation_demo.yaml`` was written first and the rules were tuned on it; ``escalation_holdout.yaml``
was written later by someone who saw neither the rules nor the first set. The gate is below the 0.95
goal on purpose: the figures are reported in docs/escalation.md, the gate catches regressions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copilot.evals.escalation import load_suite, run_escalation_suite
from copilot.settings import Settings
from copilot.understanding import understand
from tests.conftest import REPO


@pytest.mark.parametrize("suite", ["escalation_demo.yaml", "escalation_holdout.yaml"])
def test_escalation_f1_on_labelled_messages(suite: str, demo_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)  # the suite writes conversations
    path = REPO / "evals" / suite
    cases = load_suite(path).cases
    assert len(cases) >= 80 and sum(c.escalate for c in cases) >= 0.4 * len(cases)
    report = run_escalation_suite(path, Settings(home=home))
    print(f"{suite}: precision {report.precision:.3f} recall {report.recall:.3f} F1 {report.f1:.3f}")
    assert report.f1 >= 0.9
    # What must never happen: a person called for chatter or for an attempt to rewrite the rules.
    chatter = [o for o in report.outcomes if understand(o.case.message).intent == "off_topic"]
    attacks = [o for o in report.outcomes if understand(o.case.message).injection]
    assert chatter and attacks and not [o.case.id for o in chatter + attacks if o.escalated]
