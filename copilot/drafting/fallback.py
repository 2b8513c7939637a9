"""A drafter that falls back to another when the first fails, and says so in the draft."""

from __future__ import annotations

from copilot.drafting.base import Draft, DraftContext, Drafter
from copilot.drafting.llm import LLMDrafter
from copilot.drafting.offline import OfflineDrafter
from copilot.errors import ModelError, ProviderError
from copilot.logs import get_logger
from copilot.schemas import Usage
from copilot.settings import Settings

log = get_logger(__name__)


class FallbackDrafter:
    def __init__(self, primary: Drafter, fallback: Drafter, attempts: int = 2) -> None:
        self.primary = primary
        self.fallback = fallback
        self.attempts = attempts  # malformed answers are retried; the client already retries HTTP failures
        self.name = primary.name

    def draft(self, context: DraftContext) -> Draft:
        """The primary's draft, else the fallback's; the tokens failed attempts cost count either way."""
        reason = ""
        spent = Usage()
        for _ in range(self.attempts):
            try:
                draft = self.primary.draft(context)
                return draft.model_copy(update={"usage": _sum(draft.usage, spent)})
            except ModelError as exc:
                reason = str(exc)
                spent = _sum(spent, exc.spent or Usage())
                if isinstance(exc, ProviderError):
                    break
        log.warning(
            "drafter %s failed (%s); %s answers instead", self.primary.name, reason, self.fallback.name
        )
        draft = self.fallback.draft(context)
        return draft.model_copy(
            update={
                "drafter": self.fallback.name,
                "fallback_reason": reason,
                "usage": _sum(draft.usage, spent),
            }
        )


def _sum(a: Usage, b: Usage) -> Usage:
    return Usage(
        prompt_tokens=a.prompt_tokens + b.prompt_tokens,
        completion_tokens=a.completion_tokens + b.completion_tokens,
        cost_usd=round(a.cost_usd + b.cost_usd, 6),
    )


def make_drafter(settings: Settings) -> Drafter:
    """The model when an endpoint or key is set (the offline drafter as its fallback), else offline."""
    if settings.llm_enabled:
        return FallbackDrafter(LLMDrafter(settings), OfflineDrafter())
    return OfflineDrafter()
