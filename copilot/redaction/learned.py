"""Names and address words the rules miss, read by a trained classifier.

The rules find a name after a cue, in a list or in a signature, and an address by its words and numbers.
A name inflected by its language's grammar ("dajte to Zdeňkovi", "передайте Аркадию Семёновичу"), in a
script of its own ("պատվերը կվերցնի Լուսինեն") or a street word of a language no rule knows gets past them.
Each word the rules left that could be a name (a capitalised word, or any word of a script without
capitals) is read with its neighbours, as two multilingual-e5-small vectors (the word alone, and the word
with three words either side), by two logistic heads trained on the labelled corpora we have read
(``tools/train_pii_model.py``): one says it is a person's name, the other a part of an address. The
corpora never read are the measure, never the training. It reads what people type: a bot's reply is made
of the shop's pages and records, which the rules and the shop's vocabulary already cover.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from copilot.knowledge.screening_model import embed

WEIGHTS_FILE = Path(__file__).with_name("learned_words.npz")
KINDS = ("name", "address")
_THRESHOLD = 0.5
_NEIGHBOURS = 3
_APART = r"\s\d.,;:!?()\[\]{}\"“”«»„/\\|<>@#*+=~_&%$€£¥₹'’`^-"
# a word: letters and marks up to a space, a digit or a mark of punctuation; "Jan-Hendrik", "O'Neil" whole
WORD = re.compile(rf"[^{_APART}]+(?:['’\-][^{_APART}]+)*")
# Chinese, Japanese, Korean, Thai, Lao, Burmese, Khmer: a run of them is a phrase, not one word
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]"
)


@dataclass(frozen=True)
class Candidate:
    """A word that could be a name or part of an address, and the words around it."""

    start: int
    end: int
    word: str
    context: str


def candidates(text: str) -> list[Candidate]:
    """The words a name could be: capitalised in a script with capitals, any word in one without."""
    words = list(WORD.finditer(text))
    found = []
    for i, match in enumerate(words):
        word = match.group()
        if len(word) < 2 or _UNSPACED.search(word) or not any(c.isalpha() for c in word):
            continue
        if word[0].lower() != word[0].upper() and not word[0].isupper():
            continue  # "pls", "dla": a lower-case word of a script with capitals
        around = [w.group() for w in words[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1]]
        found.append(Candidate(match.start(), match.end(), word, " ".join(around)))
    return found


def features(found: list[Candidate]) -> NDArray[np.float32]:
    """Each candidate as its word's vector beside its context's: what the heads read."""
    vectors = embed([c.word for c in found] + [c.context for c in found])
    return np.hstack([vectors[: len(found)], vectors[len(found) :]])


@lru_cache(maxsize=1)
def _heads() -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    with np.load(WEIGHTS_FILE) as data:
        return data["weights"].astype(np.float32), data["bias"].astype(np.float32)


def read(found: list[Candidate]) -> list[str | None]:
    """For each candidate: "name", "address", or None when neither head is sure enough."""
    if not found:
        return []
    weights, bias = _heads()
    scores = features(found) @ weights.T + bias  # one column per kind, as log-odds
    best = scores.argmax(axis=1)
    threshold = float(np.log(_THRESHOLD / (1 - _THRESHOLD)))
    return [KINDS[k] if row[k] > threshold else None for row, k in zip(scores, best, strict=True)]
