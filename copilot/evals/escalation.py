"""Escalation evals: labelled conversations, scored as precision, recall and F1 of "must escalate".

Each case is replayed in its own conversation (earlier customer lines first, then the judged message);
it counts as escalated when any of its turns escalated, so an early, wrong escalation is caught too.
Recall is also reported per expected rule, and every miss names the rules that did fire.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from copilot.errors import InputError
from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings


class EscalationCase(BaseModel):
    id: str
    message: str
    escalate: bool
    rule: str | None = None
    customer_email: str | None = None
    cart_total: float | None = None
    history: list[str] = Field(default_factory=list)


class EscalationOutcome(BaseModel):
    case: EscalationCase
    escalated: bool
    rules: list[str]
    action: str

    @property
    def correct(self) -> bool:
        return self.escalated == self.case.escalate


class EscalationReport(BaseModel):
    outcomes: list[EscalationOutcome]

    def _count(self, escalated: bool, expected: bool) -> int:
        return sum(1 for o in self.outcomes if o.escalated == escalated and o.case.escalate == expected)

    @property
    def precision(self) -> float:
        tp, fp = self._count(True, True), self._count(True, False)
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = self._count(True, True), self._count(False, True)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def recall_by_rule(self) -> dict[str, tuple[int, int]]:
        """Expected rule -> (escalated, cases)."""
        table: dict[str, tuple[int, int]] = {}
        for o in self.outcomes:
            if o.case.escalate:
                hit, total = table.get(o.case.rule or "unspecified", (0, 0))
                table[o.case.rule or "unspecified"] = (hit + o.escalated, total + 1)
        return table

    @property
    def errors(self) -> list[EscalationOutcome]:
        return [o for o in self.outcomes if not o.correct]


class EscalationSuite(BaseModel):
    description: str = ""
    sources: str = Field(description="the shop's sources YAML, relative to the suite file")
    cases: list[EscalationCase] = Field(min_length=1)


def load_suite(path: Path) -> EscalationSuite:
    try:
        return EscalationSuite.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read escalation suite {path}: {exc}") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        raise InputError(f"{path}: {'.'.join(map(str, error['loc']))}: {error['msg']}") from exc


def run_escalation_suite(path: Path, settings: Settings | None = None) -> EscalationReport:
    """Ingest the suite's shop into a temporary home (unless settings are given) and replay its cases."""
    suite = load_suite(path)
    sources = (path.parent / suite.sources).resolve()
    if settings is not None:
        ingest(sources, settings)
        return run_escalation_cases(Copilot(settings), suite.cases)
    with tempfile.TemporaryDirectory(prefix="copilot-eval-") as home:
        scratch = Settings(home=Path(home))
        ingest(sources, scratch)
        return run_escalation_cases(Copilot(scratch), suite.cases)


def run_escalation_cases(copilot: Copilot, cases: list[EscalationCase]) -> EscalationReport:
    outcomes = []
    for case in cases:
        conversation = f"eval-{case.id}-{uuid.uuid4().hex[:8]}"
        rules: list[str] = []
        escalated = False
        action = ""
        for text in [*case.history, case.message]:
            result = copilot.turn(
                text,
                conversation_id=conversation,
                customer_email=case.customer_email,
                cart_total=case.cart_total,
            )
            action = result.action
            if result.handoff is not None:
                escalated = True
                rules += [r.rule for r in result.handoff.reasons]
        outcomes.append(EscalationOutcome(case=case, escalated=escalated, rules=rules, action=action))
    return EscalationReport(outcomes=outcomes)
