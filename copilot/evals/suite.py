"""Eval suites as data: a shop to ingest and cases with expectations, in YAML with a published schema.

A case is one conversation: customer turns (the last one is judged), optionally as a verified
customer or with a cart. Expectations cover what a shop cares about: the action, facts that must
appear (text, any-of lists, numbers with a tolerance), strings that must never appear (leaks), the
escalation rule and queue, the sources that should be cited or retrieved, and a rubric for an
optional model judge. ``copilot schema suite`` prints the JSON Schema.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from copilot.errors import ConfigurationError
from copilot.evals.metrics import HIGHER_IS_BETTER
from copilot.schemas import Action


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NumberFact(_Strict):
    """A number the reply must state, within ``tolerance`` (absolute): prices, days, counts."""

    number: float
    tolerance: float = Field(default=0.0, ge=0)


Fact = str | list[str] | NumberFact
# "5-10 days" is 5 to 10, not 5 and -10; "-5 °C" is -5
_NUMBER = re.compile(r"(?:(?<!\w)-)?\d[\d,]*(?:\.\d+)?")


# "2-6 lb", "2–6 lb" and "2 to 6 lb" are one range written three ways
_RANGE_DASH = re.compile(r"(\d)\s*[-\u2013\u2014]\s*(?=\d)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _written_alike(text: str) -> str:
    """Case, runs of spaces, curly quotes and how a range is written say nothing about the fact."""
    text = _RANGE_DASH.sub(r"\1 to ", text.lower().translate(_QUOTES))
    return " ".join(text.split())


def fact_found(fact: Fact, reply: str) -> bool:
    """Text facts match whatever the case, spacing, quotes or range dash; a list means any one;
    numbers match within tolerance."""
    if isinstance(fact, NumberFact):
        numbers = [float(n.replace(",", "")) for n in _NUMBER.findall(reply)]
        return any(abs(n - fact.number) <= fact.tolerance for n in numbers)
    options = [fact] if isinstance(fact, str) else fact
    written = _written_alike(reply)
    return any(_written_alike(option) in written for option in options)


def describe(fact: Fact) -> str:
    if isinstance(fact, NumberFact):
        return f"{fact.number:g}±{fact.tolerance:g}"
    return fact if isinstance(fact, str) else " | ".join(fact)


class Expect(_Strict):
    action: Action | None = Field(default=None, description="answer, ask_verification, escalate or decline")
    facts: list[Fact] = Field(default_factory=list, description="each must appear in the reply")
    never: list[str] = Field(
        default_factory=list, description="must never appear anywhere in the result: leaks"
    )
    escalate: bool | None = Field(
        default=None,
        description="must (or must not) escalate, whatever the action; default: action == escalate",
    )
    escalation_rule: str | None = Field(default=None, description="a rule id that must be among the reasons")
    queue: str | None = Field(default=None, description="the queue the handoff must go to")
    sources: list[str] = Field(
        default_factory=list,
        description="passage keys or source paths (prefix match) that should be cited or retrieved",
    )
    rubric: str | None = Field(default=None, description="what a correct reply does, for the model judge")

    @property
    def must_escalate(self) -> bool | None:
        if self.escalate is not None:
            return self.escalate
        return None if self.action is None else self.action == "escalate"


class Case(_Strict):
    id: str
    tags: list[str] = Field(default_factory=list, description="for breakdowns: intent, difficulty, ...")
    turns: list[str] = Field(min_length=1, description="customer messages; the last one is judged")
    customer_email: str | None = Field(default=None, description="identity asserted by the channel")
    cart_total: float | None = None
    expect: Expect


class Gate(_Strict):
    """Floors a run must reach, and how much worse than a baseline it may get."""

    min: dict[str, float] = Field(default_factory=dict, description="metric -> lowest acceptable value")
    max_leaks: int = Field(default=0, ge=0)
    tolerance: float = Field(default=0.02, ge=0, description="allowed drop of a metric against a baseline")

    @field_validator("min")
    @classmethod
    def _known_metrics(cls, floors: dict[str, float]) -> dict[str, float]:
        if unknown := sorted(set(floors) - set(HIGHER_IS_BETTER)):
            raise ValueError(
                f"no floor possible on {', '.join(unknown)}; metrics: {', '.join(HIGHER_IS_BETTER)}"
            )
        return floors


class Suite(_Strict):
    name: str
    description: str = ""
    sources: str = Field(description="the shop's sources YAML, relative to this file")
    data_dir: str | None = Field(default=None, description="folder the sources' paths are relative to")
    k: int = Field(default=5, ge=1, le=50, description="cut-off for retrieval hit@k")
    gate: Gate = Field(default_factory=Gate)
    cases: list[Case] = Field(default_factory=list)


def load_suite(path: Path) -> Suite:
    """The suite in ``path``; errors name the file and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigurationError(f"suite not found: {path}") from exc
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"cannot read suite {path}: {exc}") from exc
    try:
        suite = Suite.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise ConfigurationError(f"{path}, {'.'.join(map(str, error['loc']))}: {error['msg']}") from exc
    duplicates = sorted({c.id for c in suite.cases if [x.id for x in suite.cases].count(c.id) > 1})
    if duplicates:
        raise ConfigurationError(f"{path}: duplicate case ids {', '.join(duplicates)}")
    return suite


def suite_yaml(suite: Suite, header: str = "") -> str:
    """The suite as YAML, defaults left out so that hand-edited files stay short."""
    data = suite.model_dump(mode="json", exclude_defaults=True)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    return (f"# {header}\n" if header else "") + body
