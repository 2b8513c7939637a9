"""The identity policy as data: which proof unlocks which scope, what typed facts prove, the limits."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from copilot.identity.messages import IdentityMessages
from copilot.identity.plain_text import script_known
from copilot.policy_files import load_yaml_model

DEFAULT_POLICY = Path(__file__).with_name("default.yaml")
Method = Literal["knowledge", "otp", "channel"]
Scope = Literal["order", "order_list", "addresses", "payment", "changes"]
Fact = Literal["order_number", "email", "phone", "name", "zip"]
STRENGTH: dict[Method, int] = {"knowledge": 1, "otp": 2, "channel": 3}
ACCOUNT_SCOPES: tuple[Scope, ...] = ("order_list", "addresses", "payment", "changes")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KnowledgeProofs(_Strict):
    order: list[list[Fact]]
    account: list[list[Fact]] = Field(default_factory=list)
    # typed facts prove something only in a message written wholly in these scripts (plain_text.py);
    # None: those of living languages
    scripts: list[str] | None = Field(default=None, min_length=1)

    @field_validator("scripts")
    @classmethod
    def _scripts_exist(cls, value: list[str] | None) -> list[str] | None:
        unknown = [name for name in value or [] if not script_known(name)]
        if unknown:
            raise ValueError(f"not Unicode script names: {', '.join(unknown)} (e.g. Latin, Greek, Cyrillic)")
        return value

    @model_validator(mode="after")
    def _shapes(self) -> KnowledgeProofs:
        for facts in self.order:
            if "order_number" not in facts or len(facts) < 2:
                raise ValueError("each order proof needs order_number and at least one more fact")
        for facts in self.account:
            if "order_number" in facts or len(facts) < 2:
                raise ValueError("an account proof needs at least two facts and no order_number")
        return self


class OneTimeCode(_Strict):
    digits: int = Field(ge=4, le=10)
    expires_minutes: float = Field(gt=0, le=60)
    max_attempts: int = Field(ge=1, le=20)
    max_sends: int = Field(ge=1, le=20)
    phone_channel: Literal["hook", "sms", "whatsapp"] = "hook"


class Limits(_Strict):
    window_minutes: float = Field(gt=0)
    per_conversation: int = Field(ge=1)
    per_target: int = Field(ge=1)
    per_source: int = Field(ge=1)
    lock_minutes: float = Field(gt=0)
    queue: str


class IdentityPolicy(_Strict):
    """Every value lives in the YAML (the bundled ``default.yaml`` is complete); only the wording of
    replies has defaults here, so a policy file may leave ``messages`` out."""

    version: int = 1
    scopes: dict[Scope, list[Method]]
    knowledge: KnowledgeProofs
    one_time_code: OneTimeCode
    limits: Limits
    channels: dict[str, Literal["channel", "none"]] = Field(default_factory=dict)
    proof_minutes: float = Field(gt=0)
    messages: IdentityMessages = Field(default_factory=IdentityMessages)

    @model_validator(mode="after")
    def _every_scope(self) -> IdentityPolicy:
        missing = sorted(set(Scope.__args__) - set(self.scopes))  # type: ignore[attr-defined]
        if missing:
            raise ValueError(f"scopes must list every scope; missing {', '.join(missing)}")
        return self

    def unlocks(self, method: Method | None, scope: Scope) -> bool:
        """Whether a proof of this kind unlocks the scope account-wide. Typed knowledge unlocks an
        account scope only through an ``account`` proof; its ``order`` proofs unlock single orders."""
        return method is not None and method in self.scopes[scope]

    def sender_proves(self, channel: str) -> bool:
        """A sender id on this messaging channel, matched to a customer, is a channel identity; a
        channel the policy does not name proves nothing."""
        return self.channels.get(channel) == "channel"

    def weakest(self, scope: Scope) -> list[Method]:
        return sorted(self.scopes[scope], key=lambda m: STRENGTH[m])


@lru_cache(maxsize=8)
def load_identity_policy(path: Path | None = None) -> IdentityPolicy:
    """The policy in ``path`` (default: the bundled one); errors name the file and the field."""
    return load_yaml_model(path or DEFAULT_POLICY, IdentityPolicy, "identity policy")
