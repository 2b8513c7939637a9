"""Measurements the escalation rules read: frustration, action requests, repeats, language.

Frustration is a score, not a keyword: VADER's lexicon-based sentiment (it weighs negation, intensifiers,
capitals and exclamation marks) plus cue families that sentiment lexicons miss in support chats:
repeated contact ("third time I'm asking"), complaints about the service itself ("useless"), threats
to leave, shouting, and stated emotion. Each family counts once, so one angry word cannot max it out.
The cue families are data: ``frustration.yaml``, each with examples the test suite checks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from copilot.lexical import tokenize
from copilot.policy_files import Examples, Matcher, Phrases, compiled_lexicons, load_yaml_model
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
    neutral_words: list[str] = Field(default_factory=list)
    cues: list[FrustrationCue] = Field(min_length=1)


CUES_FILE = Path(__file__).with_name("frustration.yaml")


@lru_cache(maxsize=1)
def _frustration_data() -> FrustrationCues:
    return load_yaml_model(CUES_FILE, FrustrationCues, "frustration cues")


@lru_cache(maxsize=1)
def frustration_cues() -> list[tuple[FrustrationCue, list[re.Pattern[str]]]]:
    """The cues of ``frustration.yaml``, compiled once."""
    return [(cue, [re.compile(p, re.IGNORECASE) for p in cue.patterns]) for cue in _frustration_data().cues]


@lru_cache(maxsize=1)
def _neutral_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _frustration_data().neutral_words) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


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


def frustration(text: str, shop_words: Collection[str] = ()) -> float:
    """How frustrated or angry this message reads, in [0, 1]. The shop's own words for what it sells
    carry no feeling ("where's the blind?", "the bath bomb i ordered"): the sentiment reads without them."""
    plain = _neutral_words().sub(" ", text)
    if shop_words:
        plain = _WORD.sub(lambda word: " " if word.group().lower() in shop_words else word.group(), plain)
    score = max(0.0, -sentiment(plain)) * 0.6
    score += sum(cue.weight for cue, patterns in frustration_cues() if any(p.search(text) for p in patterns))
    prose = _CODES.sub(" ", EMAIL.sub(" ", text))  # "SRJ-BLU-M" and emails are not shouting
    words = _WORD.findall(prose)
    shouted = _SHOUT_WORD.findall(prose)
    if len(shouted) >= 3 or (len(shouted) >= 2 and len(shouted) >= 0.5 * len(words)):
        score += 0.25
    if _ALARM.search(text):
        score += 0.15
    return round(min(1.0, score), 3)


ASKING_FILE = Path(__file__).with_name("asking.yaml")
AskingPhrase = Literal["action_request", "general_question", "insists", "not_resolved"]


class AskingPhrases(BaseModel):
    """``asking.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    lexicons: dict[str, str] = Field(default_factory=dict)
    phrases: dict[AskingPhrase, Phrases]


@lru_cache(maxsize=1)
def asking_phrases() -> dict[AskingPhrase, Matcher]:
    """The phrase families of ``asking.yaml``, compiled once."""
    data = load_yaml_model(ASKING_FILE, AskingPhrases, "asking phrases")
    lexicons = compiled_lexicons(data.lexicons)
    return {name: Matcher.of(phrases, lexicons) for name, phrases in data.phrases.items()}


def general_question(text: str) -> bool:
    """A question about how things work ("what happens if a package is lost?"), not an incident or a
    threat ("if this isn't sorted today I'm filing a chargeback" asks nothing)."""
    return asking_phrases()["general_question"](text)


def action_request(text: str) -> bool:
    """The customer asks us to do something to an order (cancel, return, change...), not how it works."""
    return asking_phrases()["action_request"](text)


def says_unresolved(text: str) -> bool:
    """The customer reports that what they were told did not solve it: "still not working", "now what?"."""
    return asking_phrases()["not_resolved"](text)


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
    insists = asking_phrases()["insists"](text)
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
        found = detect_langs(text)
    except LangDetectException:
        return "und"
    if not found:  # langdetect answers nothing for some texts ("... coming out soon? price?" at times)
        return "und"
    return str(found[0].lang) if found[0].prob >= 0.7 else "und"


def echoes_knowledge(reason: str, customer_texts: list[str], passages: list[str]) -> bool:
    """A model's reason for a handoff that repeats the retrieved knowledge more than anything the
    customer said: the passage, not the customer, asked for a person, and passages give no orders."""
    said = {t for text in customer_texts for t in tokenize(text)}
    words = {t for t in tokenize(reason) if len(t) >= 3} - {"model", "custom", "human", "person", "agent"}
    read = {t for text in passages for t in tokenize(text)} - said
    return len(words & read) > len(words & said)
