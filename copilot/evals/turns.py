"""Turn evals: conversations with expected actions, facts that must appear and facts that must not.

A case passes when the last turn's action is the expected one, every ``must_include`` fact appears in
the reply (case-insensitive; any one of a list of alternatives), and no ``must_not_include`` fact does.
Any forbidden fact that appears counts as a leak.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel, Field

from copilot.schemas import Action, TurnResult
from copilot.service import Copilot


class TurnCase(BaseModel):
    id: str
    kind: str
    turns: list[str] = Field(min_length=1)
    customer_email: str | None = None
    action: Action
    must_include: list[str | list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)


class TurnOutcome(BaseModel):
    case: TurnCase
    result: TurnResult
    passed: bool
    missing: list[str]
    leaked: list[str]


class KindScore(BaseModel):
    cases: int
    passed: int

    @property
    def accuracy(self) -> float:
        return self.passed / self.cases if self.cases else 0.0


class TurnReport(BaseModel):
    outcomes: list[TurnOutcome]
    by_kind: dict[str, KindScore]
    leaks: int

    @property
    def accuracy(self) -> float:
        return sum(o.passed for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0


def check(case: TurnCase, result: TurnResult) -> TurnOutcome:
    reply = result.reply.lower()
    missing = []
    for fact in case.must_include:
        options = [fact] if isinstance(fact, str) else fact
        if not any(option.lower() in reply for option in options):
            missing.append(" | ".join(options))
    leaked = [fact for fact in case.must_not_include if fact.lower() in reply]
    passed = result.action == case.action and not missing and not leaked
    return TurnOutcome(case=case, result=result, passed=passed, missing=missing, leaked=leaked)


def run_turn_cases(copilot: Copilot, cases: list[TurnCase]) -> TurnReport:
    outcomes = []
    for case in cases:
        conversation: str | None = None
        result: TurnResult | None = None
        for text in case.turns:
            result = copilot.turn(text, conversation_id=conversation, customer_email=case.customer_email)
            conversation = result.conversation_id
        assert result is not None
        outcomes.append(check(case, result))
    grouped: dict[str, list[TurnOutcome]] = defaultdict(list)
    for outcome in outcomes:
        grouped[outcome.case.kind].append(outcome)
    return TurnReport(
        outcomes=outcomes,
        by_kind={
            k: KindScore(cases=len(v), passed=sum(o.passed for o in v)) for k, v in sorted(grouped.items())
        },
        leaks=sum(len(o.leaked) for o in outcomes),
    )
