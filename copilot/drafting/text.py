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
_ASKS_TIME = re.compile(r"\b(?:how (?:long|soon|quickly|fast)|when)\b", re.I)
# "what time do you open on Sunday?", "what's the cut-off?": a time of day answers
_ASKS_CLOCK = re.compile(
    r"\bwhat time\b|\bcut[- ]?off\b|\bwhen (?:do|does|are|is) (?:you|the \w+) (?:open|close|closed)\b", re.I
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b", re.I)
# "how many times can I change it?", "how often should I wash it?": a count of times answers
_ASKS_FREQUENCY = re.compile(r"\bhow (?:many times|often)\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:once|twice|\d+ times|every|each (?:day|week|month|year)|daily|weekly|monthly|yearly)\b"
    r"|\b(?:a|per) (?:day|week|month|year)\b",
    re.I,
)
_ASKS_QUANTITY = re.compile(r"\b(?:how (?:much|many)|days?|cost|fee|price|percent)\b", re.I)
_DURATION = re.compile(
    r"\d\s*(?:(?:-|–|to)\s*\d+\s*)?(?:business |working )?(?:days?|weeks?|hours?|months?|minutes?|years?)\b"
    r"|\b(?:next|same) (?:business |working )?day\b",
    re.I,
)
_NUMBER = re.compile(r"\d")
_ASKING = re.compile(r"\bhow (?:long|soon|quickly|fast|much|many|often)\b|\bwhat time\b", re.I)
# "how much is shipping?", "do I have to pay for the label?": a price answers, and a sentence that
# names the price, cost, fee or charge is about it ("Price: $5.95" in a rates table)
_ASKS_MONEY = re.compile(
    r"\bhow much (?:is|are|'s|will|would|does|do|for)\b(?!.*\b(?:weigh|hold|fit|take|make|last)\w*)"
    r"|\b(?:cost|costs|fee|fees|price|prices|charge|charges|pay|paid)\b",
    re.I,
)
_MONEY_WORDS = frozenset(tokenize("price fee charge pay rate"))
# A price, but not a threshold ("free on orders of $59 or more", "over $50"): a threshold answers "how
# much is shipping?" only when the question is about what qualifies
_MONEY = re.compile(
    r"(?<!\bover )(?<!\babove )(?<!\bof )(?<!\bexceeding )(?<!\bleast )"
    r"(?:[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|dollars?)\b)(?!\s*(?:\+|or more|and (?:over|up)))",
    re.I,
)
_ASKS_THRESHOLD = re.compile(r"\b(?:free|spend|minimum|qualify|threshold|over|at least)\b", re.I)
# "how long do *I* have to return it?" is answered by what *you* can do, not what the shop does
_ASKER = re.compile(
    r"\b(?:do|can|may|could|must|should) (?:i|we)\b|\b(?:i|we) (?:have|can|may|must|need)\b", re.I
)
_ADDRESSES_ASKER = re.compile(r"^you\b|\byou(?:'ll| will)? (?:have|can|may|get|must|need|are able)\b", re.I)
# a sentence that answers only on a condition the shopper did not state ("If something arrives broken")
_CONDITIONAL = re.compile(r"^(?:if|unless)\b", re.I)


def _answered_by(question: str) -> re.Pattern[str] | None:
    """What a sentence must hold to answer how long or how much this asks; None when it asks neither."""
    if _ASKS_FREQUENCY.search(question):
        return _FREQUENCY
    if _ASKS_CLOCK.search(question):
        return _CLOCK
    if _ASKS_TIME.search(question):
        return _DURATION
    if _ASKS_MONEY.search(question) and not _ASKS_THRESHOLD.search(question):
        return _MONEY
    return _NUMBER if _ASKS_QUANTITY.search(question) else None


_AMOUNT = re.compile(r"\d+(?:\.\d+)?")


def measures_said(text: str) -> set[tuple[str, str]]:
    """The amounts with a unit a text says, in the catalog's units ("1 litre" and "1 L" are ("1", "l"))."""
    words = ["", *tokenize(text)]
    return {
        (number, unit)
        for before, number, unit in zip(words, words[1:], words[2:], strict=False)
        if _AMOUNT.fullmatch(number)
        and not _AMOUNT.fullmatch(before)  # not the end of "19-20 cm"
        and unit.isalpha()
        and len(unit) <= 3
        and unit != "x"
    }


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


_TABLE_WAS_HERE = "\ue000"  # a private-use character: never in a page, and not whitespace


def _table_rows(text: str) -> tuple[str, list[str]]:
    """Markdown table rows as sentences ("Method: Standard; Cost: $6.95."), the rest of the text as is."""
    kept: list[str] = []
    rows: list[str] = []
    header: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")):
            if header is not None:
                kept.append(_TABLE_WAS_HERE)
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
    introduces ("Twelve warm tones: Sandstone, Mesa, ..."), unless what it introduces is a table
    (its rows are sentences of their own)."""
    prose, rows = _table_rows(text)
    parts: list[str] = []
    for part in (" ".join(p.split()) for p in _SENTENCE.split(prose)):
        if part == _TABLE_WAS_HERE:
            parts.append("")  # ends the sentence before the table
        elif parts and parts[-1].endswith(":"):
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
    scored = _scored(wanted, answer, passages, question)
    if not scored:
        return [], 0.0
    top = scored[0]
    if answer is not None and not answer.search(top.text):  # "how long?" and "3-6 business days"
        # of the sentences that say one, the one about the most of what was asked ("how long does
        # standard shipping take": the Standard row's delivery time, not when orders leave)
        answering = [c for c in scored if answer.search(c.text) and c.weight >= 0.8 * top.weight]
        top = max(answering, key=lambda c: (len(c.tokens & wanted), c.weight), default=top)
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
        # "how much" asks for a number, about what was said before it; "how soon" names nothing
        own = set(tokenize(_ASKING.sub(" ", part))) & known
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
            for c in _scored(wanted, answer if needs_number else None, passages, question)
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
    wanted: set[str], answer: re.Pattern[str] | None, passages: list[tuple[Passage, float]], question: str
) -> list[_Scored]:
    """Every sentence sharing a word with the question, best first."""
    scored: list[_Scored] = []
    if answer is _MONEY:
        wanted = wanted | _MONEY_WORDS
    asker = bool(_ASKER.search(question))
    measures = measures_said(question)
    conditional = bool(re.search(r"\bif\b", question, re.I))
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
            if measures and measures & measures_said(sentence):  # "a 1 litre plant" and the chart's 1 L row
                weight += 3.0
            if asker and _ADDRESSES_ASKER.search(sentence):
                weight += 1.0
            if not conditional and _CONDITIONAL.search(sentence):
                weight -= 1.0
            weight += 6.0 * prior - 0.02 * order
            scored.append(_Scored(weight, order, sentence, passage, frozenset(tokens | heading_tokens)))
    scored.sort(key=lambda item: -item.weight)
    return scored


def swap_name(text: str, name: str, new: str, *, least: int = 2) -> str | None:
    """The text with its longest run of the name's words (at least ``least``, or the whole name when
    it is shorter) put as ``new``: "how much caffeine is in the earl grey creme" with "Earl Grey
    Crème" as "tetsubin". None when the text has no such run."""
    words = text.split()
    name_words = set(tokenize(name))
    named = [  # "&" inside a name's run is part of it
        bool(set(tokenize(w)) and set(tokenize(w)) <= name_words) or not any(c.isalnum() for c in w)
        for w in words
    ]
    best, start = (0, 0), None
    for i, hit in enumerate([*named, False]):
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            best, start = max(best, (i - start, start)), None
    length, first = best
    if length < min(least, len(name_words)) or not length:
        return None
    return " ".join([*words[:first], *([new] if new else []), *words[first + length :]])
