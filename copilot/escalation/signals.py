"""Measurements the escalation rules read: frustration, action requests, repeats, language.

Frustration is a score, not a keyword: VADER's lexicon-based sentiment (it weighs negation, intensifiers,
capitals and exclamation marks) plus cue families that sentiment lexicons miss in support chats:
repeated contact ("third time I'm asking"), complaints about the service itself ("useless"), threats
to leave, shouting, and stated emotion. Each family counts once, so one angry word cannot max it out.
The cue families are data: ``frustration.yaml``, each with examples the test suite checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from copilot.lexical import tokenize
from copilot.policy_files import Examples, load_yaml_model
from copilot.redaction import EMAIL


class FrustrationCue(BaseModel):
    """Phrases that raise a message's frustration score by ``weight``."""

    model_config = ConfigDict(extra="forbid")

    about: str
    weight: float = Field(gt=0, le=1)
    patterns: list[str] = Field(min_length=1)
    examples: Examples


class FrustrationCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    cues: list[FrustrationCue] = Field(min_length=1)


CUES_FILE = Path(__file__).with_name("frustration.yaml")


@lru_cache(maxsize=1)
def frustration_cues() -> list[tuple[FrustrationCue, list[re.Pattern[str]]]]:
    """The cues of ``frustration.yaml``, compiled once."""
    data = load_yaml_model(CUES_FILE, FrustrationCues, "frustration cues")
    return [(cue, [re.compile(p, re.IGNORECASE) for p in cue.patterns]) for cue in data.cues]


_SHOUT_WORD = re.compile(r"\b[A-Z]{3,}\b")
_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_CODES = re.compile(r"\b\w+(?:[-_]\w+)+\b|\b\w*\d\w*\b")
_ALARM = re.compile(r"[!?]{2,}|!\s*!|\?!")


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()  # loads its lexicon from the installed package


def sentiment(text: str) -> float:
    """VADER's compound score in [-1, 1]."""
    return float(_vader().polarity_scores(text)["compound"])


def frustration(text: str) -> float:
    """How frustrated or angry this message reads, in [0, 1]."""
    score = max(0.0, -sentiment(text)) * 0.6
    score += sum(cue.weight for cue, patterns in frustration_cues() if any(p.search(text) for p in patterns))
    prose = _CODES.sub(" ", EMAIL.sub(" ", text))  # "SRJ-BLU-M" and emails are not shouting
    words = _WORD.findall(prose)
    shouted = _SHOUT_WORD.findall(prose)
    if len(shouted) >= 3 or (len(shouted) >= 2 and len(shouted) >= 0.5 * len(words)):
        score += 0.25
    if _ALARM.search(text):
        score += 0.15
    return round(min(1.0, score), 3)


_ACT = (
    r"(?:cancel|return|exchange|swap|change|modify|update|edit|remove|refund|replace|process|take|add|"
    r"upgrade|switch|send (?:it|them) back)"
)
_REQUEST = re.compile(
    rf"^\W*(?:(?:please|pls|kindly|ok(?:ay)?,?|go ahead and|just)\s+)?{_ACT}\b|"
    rf"^\W*(?:i\s+)?(?:need|want|would like|'d like)\s+(?:you\s+)?to\s+{_ACT}\b|"
    rf"\b{_ACT}\b[^?]*\b(?:pls|please|plz|asap|thanks|thx)\W*$|"
    rf"\b(?:i|we)\s+(?:want|wanna|need|would like|'d like|d like|wish)\s+(?:you\s+)?(?:to\s+)?{_ACT}\b|"
    rf"\b(?:can|could|would|will)\s+(?:you|u|someone)\s+(?:please\s+)?{_ACT}\b|"
    rf"\b(?:please|pls|kindly)\s+{_ACT}\b",
    re.I,
)
_POLICY_QUESTION = re.compile(
    r"\b(?:how (?:do|does|can|long|much|many|would)|what(?:'s| is| are| happens)|is it possible|"
    r"am i able|policy|allowed|within|after it|before it|\ban order\b|any order)\b",
    re.I,
)


_GENERAL_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|also|hi|hello|hey|quick question)[,:!.]?\s+)?"
    r"(?:what (?:happens|if|does|is|are|do you)|"
    r"what's your|what should (?:i|we) do (?:if|when)|how (?:does|do you|do i|long|would)|if\b|do you\b|"
    r"does your|is there|are there|"
    r"is it possible|can you explain|in general|just wondering|hypothetically)",
    re.I,
)


def general_question(text: str) -> bool:
    """A question about how things work ("what happens if a package is lost?"), not an incident or a
    threat ("if this isn't sorted today I'm filing a chargeback" asks nothing)."""
    return "?" in text and bool(_GENERAL_QUESTION.search(text))


def action_request(text: str) -> bool:
    """The customer asks us to do something to an order (cancel, return, change...), not how it works."""
    return bool(_REQUEST.search(text)) and not _POLICY_QUESTION.search(text)


_INSISTS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|yes|yeah|sure|fine|sorry|no)[,.!]*\s+)?"
    r"(?:but|so|again|i meant|i mean|what i meant)\b|"
    r"\b(?:what i (?:meant|asked)|i asked|you (?:did ?n[o']?t|have ?n[o']?t) answer\w*|not what i asked|"
    r"not my question|like i said|as i said|yes or no|or not\b|still\b|answer the question|my question was)",
    re.I,
)


_NOT_RESOLVED = re.compile(
    r"\b(?:still (?:not|doesn'?t|does not|isn'?t|is not|aren'?t|won'?t|can'?t|the same|nothing|no)|"
    r"(?:did ?n[o']?t|does ?n[o']?t|did not|does not) (?:help|work|fix)|(?:that|this|it) (?:did ?n[o']?t|"
    r"does ?n[o']?t) (?:help|work|answer)|what now|now what|same (?:problem|issue|error|thing)|no luck|"
    r"not (?:working|helpful|what i (?:asked|meant)))\b",
    re.I,
)


def says_unresolved(text: str) -> bool:
    """The customer reports that what they were told did not solve it: "still not working", "now what?"."""
    return bool(_NOT_RESOLVED.search(text))


def same_question(text: str, earlier: list[str], threshold: float) -> str | None:
    """The earlier message this one asks again, in other words, if any: the stemmed words mostly
    overlap, the meaning is nearly the same, or the customer insists ("but where is it *actually*?")
    on something close to what they asked. The meanings are embedded in one batch."""
    if not earlier:
        return None
    now = set(tokenize(text))
    for before_text in earlier:
        before = set(tokenize(before_text))
        if len(now) >= 2 and len(before) >= 2 and len(now & before) / len(now | before) >= threshold:
            return before_text
    from copilot.embedding import shared_encoder  # the model retrieval already loaded

    vectors = shared_encoder().encode([text, *earlier])
    insists = bool(_INSISTS.search(text))
    for before_text, similarity in zip(earlier, vectors[1:] @ vectors[0], strict=True):
        if similarity >= 0.92 or (similarity >= 0.6 and insists):
            return before_text
    return None


LANGUAGE_SAMPLE = 300  # characters


def language(texts: list[str]) -> str:
    """ISO 639-1 code of what the customer writes, or "und" when there is too little to tell. The
    latest words are enough (and detection costs time in proportion to the text)."""
    text = " ".join(texts)[-LANGUAGE_SAMPLE:]
    if len(_WORD.findall(text)) < 3:
        return "und"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "und"
    return str(best.lang) if best.prob >= 0.7 else "und"


def echoes_knowledge(reason: str, customer_texts: list[str], passages: list[str]) -> bool:
    """A model's reason for a handoff that repeats the retrieved knowledge more than anything the
    customer said: the passage, not the customer, asked for a person, and passages give no orders."""
    said = {t for text in customer_texts for t in tokenize(text)}
    words = {t for t in tokenize(reason) if len(t) >= 3} - {"model", "custom", "human", "person", "agent"}
    read = {t for text in passages for t in tokenize(text)} - said
    return len(words & read) > len(words & said)
