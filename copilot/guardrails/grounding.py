"""Checks every reply passes, whichever drafter (or model) wrote it.

Two rules, sentence by sentence:
- each number and id must appear in what the reply rests on (the passages and records it cites, facts
  computed from them) or in the customer's own words ("I can't find order 4012 on your account");
- each claim (a money amount, a percentage, a discount code, a promise such as "free", "lifetime" or
  "refund"; ``claims.yaml``) must be made by the passages and records themselves, never only by the
  customer: a shopper typing "it's $0, right?" does not make $0 a price.
A sentence that breaks either rule is removed and the reply loses confidence. Passages that screening
flagged never count (retrieval does not hand them out). Redaction lives in ``copilot.redaction``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from copilot.policy_files import load_yaml_model

_FACT = re.compile(r"[#]?[A-Za-z]{0,4}-?\d[\d,]*(?:\.\d+)?(?:[A-Za-z0-9-]*)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CURRENCY = r"(?:[$€£¥₹]|(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|jpy|inr|mxn|brl)\b)"
# "12 €" is an amount written after its number, unless the symbol starts the next one ("Size 8 $135.20")
_MONEY = re.compile(
    rf"{_CURRENCY}\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?{_CURRENCY}(?!\s?\d)", re.IGNORECASE
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_CODE = re.compile(
    r"(?i:\b(?:code|coupon|promo(?:\s+code)?|voucher(?:\s+code)?)\s*:?\s*[\"'“]?)([A-Z0-9][A-Z0-9_-]{3,})"
)
CLAIMS_FILE = Path(__file__).with_name("claims.yaml")


class ReplyExample(BaseModel):
    reply: str
    evidence: list[str]


class ReplyExamples(BaseModel):
    """Replies a check must pass and must refuse, with what they rest on (claims.yaml, support.yaml)."""

    supported: list[ReplyExample] = Field(default_factory=list)
    unsupported: list[ReplyExample] = Field(default_factory=list)


class Claims(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    promises: list[list[str]]
    negated: str
    examples: ReplyExamples = Field(default_factory=ReplyExamples)

    def compiled(self) -> list[tuple[str, re.Pattern[str]]]:
        return [
            (family[0], re.compile(r"\b(?:" + "|".join(re.escape(w) for w in family) + r")\b", re.IGNORECASE))
            for family in self.promises
        ]


@lru_cache(maxsize=2)
def _promises(path: Path = CLAIMS_FILE) -> list[tuple[str, re.Pattern[str]]]:
    return load_yaml_model(path, Claims, "claims").compiled()


@lru_cache(maxsize=2)
def _negated(path: Path = CLAIMS_FILE) -> re.Pattern[str]:
    return re.compile(load_yaml_model(path, Claims, "claims").negated, re.IGNORECASE)


class GroundingResult(BaseModel):
    reply: str
    unsupported: list[str] = Field(default_factory=list)
    repaired: bool = False


def _normalise(fact: str) -> str:
    fact = fact.strip("#$.,").replace(",", "").lower()
    if re.match(r"\d{4}-\d\d-\d\dt\d", fact):  # a record's "2026-09-03T14:54:00+11:00" holds its date
        return fact[:10]
    if re.fullmatch(r"\d+\.\d+", fact):
        number = float(fact)
        return f"{number:.2f}" if number != int(number) else str(int(number))
    if re.fullmatch(r"\d+\.0+", fact):
        return str(int(float(fact)))
    return fact


def facts_in(text: str) -> set[str]:
    return {_normalise(f) for f in _FACT.findall(text) if any(c.isdigit() for c in f)}


_ISO_DATE = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)")


def _iso_date_parts(text: str) -> set[str]:
    """The year and day of each ISO date: a record's "2026-11-20" holds the "November 20, 2026" a reply
    says."""
    return {part for m in _ISO_DATE.finditer(text) for part in (m[1], str(int(m[3])))}


def claims_in(text: str) -> set[str]:
    """The claims a text makes: money amounts, percentages, discount codes, promise words."""
    found = {f"money:{_normalise(a or b)}" for a, b in _MONEY.findall(text)}
    found |= {f"percent:{_normalise(p)}" for p in _PERCENT.findall(text)}
    found |= {f"code:{c.upper()}" for c in _CODE.findall(text)}
    said = _negated().sub(" ", text)  # "isn't on sale" promises no sale
    found |= {f"promise:{name}" for name, pattern in _promises() if pattern.search(said)}
    return found


def _supported_claims(evidence: list[str]) -> set[str]:
    """What the evidence backs: its own claims; in structured records (JSON: orders hold totals as
    plain numbers) any number as an amount; a code wherever the evidence spells it."""
    backed: set[str] = set()
    for text in evidence:
        claimed = claims_in(text)
        backed |= claimed
        if "money:0" in claimed:  # a price of nothing is free: "HG free (£0.00)" of a visit priced £0.00
            backed.add("promise:free")
        if text.lstrip().startswith("{"):
            backed |= {f"money:{number}" for number in facts_in(text)}
        backed |= {f"code:{word.upper()}" for word in re.findall(r"[A-Za-z0-9_-]{4,}", text)}
    return backed


def check_grounding(
    reply: str, evidence: list[str], customer_words: list[str] | None = None
) -> GroundingResult:
    """Remove the sentences whose numbers and ids neither the evidence nor the customer's words hold,
    and those whose claims the evidence itself does not make."""
    known = set().union(*(facts_in(e) | _iso_date_parts(e) for e in [*evidence, *(customer_words or [])]))
    backed = _supported_claims(evidence)
    kept: list[str] = []
    unsupported: set[str] = set()
    for sentence in _SENTENCE.split(reply):
        missing = (facts_in(sentence) - known) | (claims_in(sentence) - backed)
        unsupported |= missing
        if not missing:
            kept.append(sentence)
    if not unsupported:
        return GroundingResult(reply=reply)
    return GroundingResult(reply=" ".join(kept).strip(), unsupported=sorted(unsupported), repaired=True)
