"""A drafter that falls back to another when the first fails, and says so in the draft."""

from __future__ import annotations

from copilot.drafting.base import Draft, DraftContext, Drafter
from copilot.drafting.llm import LLMDrafter
from copilot.drafting.offline import OfflineDrafter
from copilot.errors import ModelOutputError, ProviderError
from copilot.logs import get_logger
from copilot.settings import Settings

log = get_logger(__name__)


class FallbackDrafter:
    def __init__(self, primary: Drafter, fallback: Drafter, attempts: int = 2) -> None:
        self.primary = primary
        self.fallback = fallback
        self.attempts = attempts  # malformed answers are retried; the client already retries HTTP failures
        self.name = primary.name

    def draft(self, context: DraftContext) -> Draft:
        reason = ""
        for _ in range(self.attempts):
            try:
                return self.primary.draft(context)
            except ModelOutputError as exc:
                reason = str(exc)
            except ProviderError as exc:
                reason = str(exc)
                break
        log.warning(
            "drafter %s failed (%s); %s answers instead", self.primary.name, reason, self.fallback.name
        )
        draft = self.fallback.draft(context)
        return draft.model_copy(update={"drafter": self.fallback.name, "fallback_reason": reason})


def make_drafter(settings: Settings) -> Drafter:
    """The model when an endpoint or key is set (the offline drafter as its fallback), else offline."""
    if settings.llm_enabled:
        return FallbackDrafter(LLMDrafter(settings), OfflineDrafter())
    return OfflineDrafter()
