"""The escalation policy as data: rule thresholds, topics, out-of-scope requests and queues, from YAML.

The bundled ``default.yaml`` is a complete policy; a shop copies it and points
``COPILOT_ESCALATION_FILE`` at its copy. Patterns are compiled once, when the file is loaded, so a bad
pattern is a clear configuration error at start-up rather than a failed turn.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from copilot.policy_files import Examples, load_yaml_model

Priority = Literal["low", "normal", "high", "urgent"]
PRIORITY_RANK: dict[Priority, int] = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
DEFAULT_POLICY = Path(__file__).with_name("default.yaml")
VIP_QUEUE = "vip"  # valuable customers' escalations go here


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RuleSwitch(_Strict):
    enabled: bool = True


class LowConfidence(RuleSwitch):
    threshold: float = Field(default=0.35, ge=0, le=1)


class Frustration(RuleSwitch):
    threshold: float = Field(default=0.5, ge=0, le=1)


class RepeatedFailure(RuleSwitch):
    max_unproductive_turns: int = Field(default=3, ge=1)
    same_question_similarity: float = Field(default=0.6, gt=0, le=1)


class OutOfScope(RuleSwitch):
    actions_need_human: bool = True


class ValuableCustomer(RuleSwitch):
    tiers: list[str] = Field(default_factory=lambda: ["gold", "platinum", "vip"])
    lifetime_value: float | None = 750.0
    order_total: float | None = 400.0
    cart_total: float | None = 300.0
    confidence_threshold: float = Field(default=0.5, ge=0, le=1)
    frustration_threshold: float = Field(default=0.1, ge=0, le=1)


class Rules(_Strict):
    customer_requested_human: RuleSwitch = Field(default_factory=RuleSwitch)
    low_confidence: LowConfidence = Field(default_factory=LowConfidence)
    frustration: Frustration = Field(default_factory=Frustration)
    sensitive_topic: RuleSwitch = Field(default_factory=RuleSwitch)
    repeated_failure: RepeatedFailure = Field(default_factory=RepeatedFailure)
    out_of_scope: OutOfScope = Field(default_factory=OutOfScope)
    valuable_customer: ValuableCustomer = Field(default_factory=ValuableCustomer)
    model_proposed: RuleSwitch = Field(default_factory=RuleSwitch)


class Topic(_Strict):
    """A family of phrasings (regular expressions, case-insensitive) that all mean one thing."""

    id: str
    queue: str = "general"
    priority: Priority = "normal"
    patterns: list[re.Pattern[str]]
    # what the shop's own knowledge says when it speaks of this ("We engrave exactly what you type",
    # "Case back: sapphire (cannot be engraved)"): an answer from it is the shop's, no request beyond it
    offered_if: list[re.Pattern[str]] = Field(default_factory=list)
    # asked as a question it still needs a person: "if I buy 40 cases, can I get a discount?" is a deal
    # to be made, where "what happens if a package is lost?" only asks how things work
    even_if_asked: bool = False
    # a parcel can be lost only once sent: "never got it" of an order that was cancelled or is not yet
    # sent is answered with its status ("Order #1850 is cancelled.")
    not_for_unsent_orders: bool = False
    # said to the customer first, before a person can reply: "If anyone is hurt or in danger, ..."
    first_advice: str | None = None
    examples: Examples = Field(default_factory=Examples)

    @field_validator("patterns", "offered_if", mode="before")
    @classmethod
    def _compile(cls, value: list[str]) -> list[re.Pattern[str]]:
        compiled = []
        for pattern in value:
            try:
                compiled.append(re.compile(pattern, re.IGNORECASE))
            except re.error as exc:
                raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
        return compiled

    def matches(self, text: str) -> str | None:
        """The matched phrase, if any."""
        for pattern in self.patterns:
            if match := pattern.search(text):
                return match.group(0)
        return None

    def offered_in(self, phrase: str, pages: list[str]) -> bool:
        """The phrase asks for what one of the shop's pages or product texts the answer rests on speaks
        of ("can you engrave" and "We engrave ..."; not "a custom ring" beside an engraving page)."""
        return any(p.search(phrase) and any(p.search(page) for page in pages) for p in self.offered_if)


class Queue(_Strict):
    id: str
    name: str
    skills: list[str]
    response_time: str = "as soon as possible"


class EscalationPolicy(_Strict):
    version: int = 1
    rules: Rules = Field(default_factory=Rules)
    sensitive_topics: list[Topic] = Field(default_factory=list)
    out_of_scope: list[Topic] = Field(default_factory=list)
    intent_queues: dict[str, str] = Field(default_factory=dict)
    default_queue: str = "general"
    queues: list[Queue]

    def queue(self, queue_id: str) -> Queue:
        for queue in self.queues:
            if queue.id == queue_id:
                return queue
        return next(q for q in self.queues if q.id == self.default_queue)

    @model_validator(mode="after")
    def _queues_exist(self) -> EscalationPolicy:
        known = {q.id for q in self.queues}
        used = {self.default_queue, VIP_QUEUE, *self.intent_queues.values()}
        used |= {t.queue for t in [*self.sensitive_topics, *self.out_of_scope]}
        if missing := sorted(used - known):
            raise ValueError(f"unknown queue(s) {', '.join(missing)}")
        return self


@lru_cache(maxsize=8)
def load_policy(path: Path | None = None) -> EscalationPolicy:
    """The policy in ``path`` (default: the bundled one); errors name the file and the field."""
    return load_yaml_model(path or DEFAULT_POLICY, EscalationPolicy, "escalation policy")
