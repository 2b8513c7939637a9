"""Checks every reply passes, whichever drafter wrote it.

Grounding: each price, number and id in a reply must appear in what the reply cites (passages and
order records) or in facts the drafter computed from them; otherwise the sentence carrying it is
removed and the confidence drops. Redaction lives in ``copilot.redaction``.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

_FACT = re.compile(r"[#]?[A-Za-z]{0,4}-?\d[\d,]*(?:\.\d+)?(?:[A-Za-z0-9-]*)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


class GroundingResult(BaseModel):
    reply: str
    unsupported: list[str] = Field(default_factory=list)
    repaired: bool = False


def _normalise(fact: str) -> str:
    fact = fact.strip("#$.,").replace(",", "").lower()
    if re.fullmatch(r"\d+\.\d+", fact):
        number = float(fact)
        return f"{number:.2f}" if number != int(number) else str(int(number))
    if re.fullmatch(r"\d+\.0+", fact):
        return str(int(float(fact)))
    return fact


def facts_in(text: str) -> set[str]:
    return {_normalise(f) for f in _FACT.findall(text) if any(c.isdigit() for c in f)}


def check_grounding(reply: str, evidence: list[str]) -> GroundingResult:
    """Remove sentences whose numbers or ids the evidence does not contain."""
    known = set().union(*(facts_in(e) for e in evidence)) if evidence else set()
    unsupported = sorted(facts_in(reply) - known)
    if not unsupported:
        return GroundingResult(reply=reply)
    kept = [s for s in _SENTENCE.split(reply) if not (facts_in(s) - known)]
    return GroundingResult(reply=" ".join(kept).strip(), unsupported=unsupported, repaired=True)
