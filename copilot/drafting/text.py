"""Small text helpers for composing grounded replies: sentence extraction and lists."""

from __future__ import annotations

import math
import re

from copilot.lexical import tokenize
from copilot.schemas import Passage

_MARKUP = re.compile(r"\*\*|__|`|^#+\s*|^\s*[-*+]\s+|^\s*\d+\.\s+", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")
_ASKS_QUANTITY = re.compile(
    r"\b(?:how (?:long|much|many|soon)|when|what time|days?|cost|fee|price|percent)\b", re.I
)


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
    prose, rows = _table_rows(text)
    parts = [" ".join(p.split()) for p in _SENTENCE.split(prose)]
    return [p for p in parts if len(p) > 3] + rows


def best_sentences(
    question: str, passages: list[tuple[Passage, float]], limit: int = 2
) -> tuple[list[tuple[str, Passage]], float]:
    """The sentences that answer the question best, and how much of the question they cover (0-1).

    ``passages`` come with a prior in [0, 1] (the retriever's semantic similarity). Sentences are scored
    by the question words they share (longer words weigh more), the passage's headings, numbers when
    the question asks how long/much/many, and that prior, so a lexical coincidence in a passage about
    something else does not win.
    """
    wanted = set(tokenize(question))
    if not wanted or not passages:
        return [], 0.0
    wants_number = bool(_ASKS_QUANTITY.search(question))
    scored: list[tuple[float, int, str, Passage, set[str]]] = []
    for passage, prior in passages:
        heading_tokens = set(tokenize(" ".join(passage.heading_path)))
        for order, sentence in enumerate(sentences(body_of(passage))):
            tokens = set(tokenize(sentence))
            shared = wanted & tokens
            if not shared:
                continue
            weight = sum(1.0 + math.log(len(t)) for t in shared)
            weight += 0.5 * len(wanted & heading_tokens)
            if wants_number and re.search(r"\d", sentence):
                weight += 1.5
            weight += 6.0 * prior - 0.02 * order
            scored.append((weight, order, sentence, passage, tokens | heading_tokens))
    if not scored:
        return [], 0.0
    scored.sort(key=lambda item: -item[0])
    top = scored[0]
    chosen = [top]
    for candidate in scored[1:]:
        if len(chosen) >= limit:
            break
        if candidate[3].key == top[3].key and candidate[0] >= 0.6 * top[0] and candidate[2] != top[2]:
            chosen.append(candidate)
    chosen.sort(key=lambda item: item[1])  # keep the passage's own order
    covered = set().union(*(c[4] for c in chosen)) & wanted
    return [(c[2], c[3]) for c in chosen], len(covered) / len(wanted)
