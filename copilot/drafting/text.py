"""Small text helpers for composing grounded replies: sentence extraction and lists."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from copilot.lexical import tokenize
from copilot.schemas import Passage

_MARKUP = re.compile(r"\*\*|__|`|^#+\s*|^\s*[-*+]\s+|^\s*\d+\.\s+", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")
# each question of a message: "do you ship to canada? what does it cost" (a closing statement is none)
_QUESTIONS = re.compile(r"[^?]*[^?\s][^?]*\?|[^?]*\w[^?.!]*$")
# "what's the return window and do you refund the shipping?": "and" before a question word asks again
_AND_ASKS = re.compile(
    r"[,;]?\s+(?:and|also|plus)\s+(?=(?:do|does|did|can|could|will|would|is|are|how|what|whats|when|where|who|which|why)\b)",
    re.I,
)
# What a question asking "how long" or "how much" is answered by: a duration, an amount, a number
_ASKS_TIME = re.compile(r"\b(?:how (?:long|soon|quickly|fast)|when|what time)\b", re.I)
_ASKS_QUANTITY = re.compile(r"\b(?:how (?:much|many)|days?|cost|fee|price|percent)\b", re.I)
_DURATION = re.compile(
    r"\d\s*(?:(?:-|–|to)\s*\d+\s*)?(?:business |working )?(?:days?|weeks?|hours?|months?|minutes?|years?)\b"
    r"|\b(?:next|same) (?:business |working )?day\b",
    re.I,
)
_NUMBER = re.compile(r"\d")


def _answered_by(question: str) -> re.Pattern[str] | None:
    """What a sentence must hold to answer how long or how much this asks; None when it asks neither."""
    if _ASKS_TIME.search(question):
        return _DURATION
    return _NUMBER if _ASKS_QUANTITY.search(question) else None


def join_words(items: list[str], conjunction: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def without_markup(text: str) -> str:
    """Text without Markdown emphasis, headings and list marks: what a chat message shows."""
    return _MARKUP.sub("", text).strip()


def body_of(passage: Passage) -> str:
    """A passage's text without its heading prefix and Markdown markup."""
    text = passage.text
    prefix = " > ".join(passage.heading_path)
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return without_markup(text)


def _table_rows(text: str) -> tuple[str, list[str]]:
    """Markdown table rows as sentences ("Method: Standard; Cost: $6.95."), the rest of the text as is."""
    kept: list[str] = []
    rows: list[str] = []
    header: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")):
            header = None
            kept.append(line)
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        if header is None:
            header = cells
            continue
        pairs = [f"{h}: {c}" if h else c for h, c in zip(header, cells, strict=False) if c]
        rows.append("; ".join(pairs) + ".")
    return "\n".join(kept), rows


def sentences(text: str) -> list[str]:
    """The text's sentences and table rows; a sentence that ends with a colon keeps the line it
    introduces ("Twelve warm tones: Sandstone, Mesa, ...")."""
    prose, rows = _table_rows(text)
    parts: list[str] = []
    for part in (" ".join(p.split()) for p in _SENTENCE.split(prose)):
        if parts and parts[-1].endswith(":"):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return [p for p in parts if len(p) > 3] + rows


def best_sentences(
    question: str, passages: list[tuple[Passage, float]], limit: int = 2
) -> tuple[list[tuple[str, Passage]], float]:
    """The sentences that answer the question best, and how much of the question they cover (0-1).

    ``passages`` come with a prior in [0, 1] (the retriever's semantic similarity). Sentences are scored
    by the question words they share (longer words weigh more), the passage's headings, numbers when
    the question asks how long/much/many, and that prior, so a lexical coincidence in a passage about
    something else does not win. A message that asks two things ("do you ship to canada? what does it
    cost") gets a sentence for each: a question the chosen sentences leave open is answered by the
    best sentence that shares the words they leave open, read with the rest of the message ("it" is
    Canada).
    """
    wanted = set(tokenize(question))
    if not wanted or not passages:
        return [], 0.0
    answer = _answered_by(question)
    scored = _scored(wanted, answer, passages)
    if not scored:
        return [], 0.0
    top = scored[0]
    if answer is not None and not answer.search(top.text):  # "how long?" and "3-6 business days"
        top = next((c for c in scored if answer.search(c.text) and c.weight >= 0.8 * top.weight), top)
    chosen = [top]
    for candidate in scored[1:]:
        if len(chosen) >= limit:
            break
        if (
            candidate.passage.key == top.passage.key
            and candidate.weight >= 0.6 * top.weight
            and candidate.text != top.text
        ):
            chosen.append(candidate)
    chosen.sort(key=lambda item: item.order)  # keep the passage's own order
    known = set().union(*(c.tokens for c in scored))
    parts = [q for piece in _AND_ASKS.split(question) for q in _QUESTIONS.findall(piece)]
    for part in parts if len(parts) > 1 else []:
        own = set(tokenize(part)) & known  # "how much" asks for a number, about what was said before it
        answer = _answered_by(part)
        # "how much is express?" is said by a sentence with a number ("Express: $14.95"), not by
        # "Express shipping is never free"
        said = set().union(*(c.tokens for c in chosen if answer is None or answer.search(c.text)))
        needs_number = answer is not None and (not own or not own <= said)
        if own <= said and not needs_number:
            continue
        open_words = own - said or own  # what the chosen sentences leave open of this question
        answers = [
            c
            for c in _scored(wanted, answer if needs_number else None, passages)
            if (c.tokens & open_words if own else _NUMBER.search(c.text)) and c not in chosen
        ]
        if needs_number and answer is not None:
            answers = [c for c in answers if answer.search(c.text)] or answers
        if answers:
            chosen.append(answers[0])
    covered = set().union(*(c.tokens for c in chosen)) & wanted
    return [(c.text, c.passage) for c in chosen], len(covered) / len(wanted)


@dataclass(frozen=True)
class _Scored:
    weight: float
    order: int
    text: str
    passage: Passage
    tokens: frozenset[str]  # the sentence's words and its headings'


def _scored(
    wanted: set[str], answer: re.Pattern[str] | None, passages: list[tuple[Passage, float]]
) -> list[_Scored]:
    """Every sentence sharing a word with the question, best first."""
    scored: list[_Scored] = []
    for passage, prior in passages:
        heading_tokens = set(tokenize(" ".join(passage.heading_path)))
        for order, sentence in enumerate(sentences(body_of(passage))):
            tokens = set(tokenize(sentence))
            shared = wanted & tokens
            if not shared:
                continue
            weight = sum(1.0 + math.log(len(t)) for t in shared)
            weight += 0.5 * len(wanted & heading_tokens)
            if answer is not None and answer.search(sentence):
                weight += 1.5
            weight += 6.0 * prior - 0.02 * order
            scored.append(_Scored(weight, order, sentence, passage, frozenset(tokens | heading_tokens)))
    scored.sort(key=lambda item: -item.weight)
    return scored
