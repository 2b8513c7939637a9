"""Checks every reply passes, whichever drafter wrote it: grounding of facts and claims."""

from copilot.guardrails.grounding import GroundingResult, check_grounding, claims_in, facts_in

__all__ = ["GroundingResult", "check_grounding", "claims_in", "facts_in"]
