"""Is a model's reply about what the turn gave it? The share of its content words that the sources hold.

The grounding check (``grounding.py``) holds numbers, ids and claims to their evidence; a reply can
still carry none of those and be about something else entirely (a weather forecast for an off-topic
question, a made-up membership scheme). This measures what the reply talks about: its stemmed content
words, minus the words any shop assistant uses (``support.yaml``), against the passages and orders the
model was shown, the customer's words and the thread.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from copilot.guardrails.grounding import ReplyExamples
from copilot.lexical import tokenize
from copilot.policy_files import load_yaml_model

SUPPORT_FILE = Path(__file__).with_name("support.yaml")


class SupportRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    min_support: float = Field(ge=0.0, le=1.0)
    min_words: int = Field(ge=1)
    service_words: str  # words separated by spaces
    examples: ReplyExamples = Field(default_factory=ReplyExamples)

    def neutral(self) -> frozenset[str]:
        return frozenset(tokenize(self.service_words))


@lru_cache(maxsize=2)
def support_rules(path: Path = SUPPORT_FILE) -> SupportRules:
    return load_yaml_model(path, SupportRules, "support rules")


def support(reply: str, sources: list[str], rules: SupportRules | None = None) -> float | None:
    """The share of the reply's content words found in ``sources``; None when it has too few to judge."""
    rules = rules or support_rules()
    neutral = rules.neutral()
    words = {t for t in tokenize(reply) if t not in neutral and not t.isdigit()}
    if len(words) < rules.min_words:
        return None
    known = set().union(*(tokenize(s) for s in sources)) if sources else set()
    return len(words & known) / len(words)


def is_supported(reply: str, sources: list[str], rules: SupportRules | None = None) -> bool:
    rules = rules or support_rules()
    share = support(reply, sources, rules)
    return share is None or share >= rules.min_support
