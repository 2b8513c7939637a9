"""The proactive help policy as data: which checkout steps are watched and after how long an idle
shopper is offered help, when that help is a person rather than the bot, how often a shopper may be
offered it, and the words they read. ``decide`` applies it to one report; it reads nothing itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from copilot.policy_files import load_yaml_model

DEFAULT_POLICY = Path(__file__).with_name("default.yaml")
OfferKind = Literal["person", "bot"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonRule(_Strict):
    """A person is offered for a valuable cart or customer while an agent of ``queue`` has room."""

    cart_value: float | None = Field(default=None, ge=0, description="carts worth this or more")
    tiers: list[str] = Field(default_factory=list, description="customer tiers, compared case-blind")
    queue: str = Field(default="general", min_length=1, description="a queue of the escalation policy")

    def valuable(self, cart_value: float | None, tier: str | None) -> str | None:
        """Why this cart or customer earns a person (a threshold comparison, a tier), or None."""
        if cart_value is not None and self.cart_value is not None and cart_value >= self.cart_value:
            return f"cart {cart_value:.2f} >= {self.cart_value:.2f}"
        if tier and tier.lower() in {t.lower() for t in self.tiers}:
            return f"tier {tier}"
        return None


class OfferMessages(_Strict):
    person: str = Field(min_length=1, max_length=500)
    bot: str = Field(min_length=1, max_length=500)
    accepted_person: str = Field(min_length=1, max_length=500)
    accepted_bot: str = Field(min_length=1, max_length=500)


class ProactivePolicy(_Strict):
    """Every value lives in the YAML (the bundled ``default.yaml`` is complete)."""

    version: int = 1
    enabled: bool = True
    steps: dict[str, float] = Field(description="watched checkout step -> idle seconds before an offer")
    person: PersonRule
    bot: bool = True
    max_offers_per_day: int = Field(ge=0, le=100)
    cooldown_minutes: float = Field(ge=0, le=24 * 60)
    completion_window_hours: float = Field(gt=0, le=24 * 90)
    messages: OfferMessages

    @field_validator("steps")
    @classmethod
    def _steps(cls, steps: dict[str, float]) -> dict[str, float]:
        for step, seconds in steps.items():
            if not step.strip() or len(step) > 40:
                raise ValueError(f"step '{step}': a step name has 1 to 40 characters")
            if not 0 <= seconds <= 3600:
                raise ValueError(f"step '{step}': idle seconds must be from 0 to 3600, not {seconds:g}")
        return {step.strip().lower(): seconds for step, seconds in steps.items()}

    def idle_needed(self, step: str) -> float | None:
        """Seconds of idling on ``step`` before an offer; None when the step is not watched."""
        return self.steps.get(step.strip().lower())


@dataclass(frozen=True)
class History:
    """What the store says about this shopper's earlier offers."""

    offers_last_day: int = 0
    minutes_since_last: float | None = None


@dataclass(frozen=True)
class Verdict:
    """The policy's answer to one checkout report: an offer of ``kind`` (None: no offer), why, and the
    idle seconds at which a report of this step would be worth sending again (None: it would not)."""

    kind: OfferKind | None
    reason: str
    report_again_at_idle: float | None = None


def decide(
    policy: ProactivePolicy,
    *,
    step: str,
    idle_seconds: float,
    cart_value: float | None,
    tier: str | None,
    history: History,
    agent_free: Callable[[], bool],
) -> Verdict:
    """Whether to offer help, and whose. ``agent_free`` is asked only when a person would be offered."""
    if not policy.enabled:
        return Verdict(None, "proactive help is off")
    needed = policy.idle_needed(step)
    if needed is None:
        return Verdict(None, f"step '{step}' is not watched")
    if history.offers_last_day >= policy.max_offers_per_day:
        return Verdict(
            None,
            f"{history.offers_last_day} offers in the last 24 hours (at most {policy.max_offers_per_day})",
        )
    if history.minutes_since_last is not None and history.minutes_since_last < policy.cooldown_minutes:
        return Verdict(
            None,
            f"the last offer was {history.minutes_since_last:.0f} min ago "
            f"(cooldown {policy.cooldown_minutes:g} min)",
        )
    if idle_seconds < needed:
        return Verdict(None, f"idle {idle_seconds:g} s of the {needed:g} s step '{step}' needs", needed)
    valuable = policy.person.valuable(cart_value, tier)
    if valuable is not None:
        if agent_free():
            return Verdict("person", f"{valuable}; an agent of '{policy.person.queue}' is free")
        reason = f"{valuable}, but no agent of '{policy.person.queue}' is free"
    else:
        reason = "neither the cart nor the customer earns a person"
    if not policy.bot:
        return Verdict(None, f"{reason}; bot offers are off")
    return Verdict("bot", reason)


@lru_cache(maxsize=8)
def load_proactive_policy(path: Path | None = None) -> ProactivePolicy:
    """The policy in ``path`` (default: the bundled one); errors name the file and the field."""
    return load_yaml_model(path or DEFAULT_POLICY, ProactivePolicy, "proactive policy")
