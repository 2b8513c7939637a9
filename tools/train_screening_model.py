"""Write the learned half of knowledge screening (``copilot/knowledge/screening_examples.npz``).

The rules in ``screening.yaml`` read English and the writings ``decoding.py`` knows; a passage that
addresses "the reading software" in Tagalog or asks for a card number in Amharic needs a reader of
meaning in any language. ``screening_model.py`` compares a sentence's multilingual-e5-small vector
with labelled examples of both kinds: the screening sets written by helpers who never saw the
screener, and the rules' own examples. The newest set is left out: it is the measure. The margin is
the lowest at which no labelled set, held out in turn, loses more than 1% of its ordinary passages.

    python tools/train_screening_model.py            # writes the examples, prints the held-out figures
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copilot.knowledge.screening import load_rules  # noqa: E402
from copilot.knowledge.screening_model import EXAMPLES_FILE, embed, in_english, nearness  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN_SETS = [f"knowledge_screening_holdout{n}.yaml" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)]
MEASURE_SET = "knowledge_screening_holdout10.yaml"
MAX_FALSE_RATE = 0.01  # of any held-out set's ordinary passages: each would be withheld from shoppers

# name, vectors, whether each is to be flagged, whether each is English
Labelled = tuple[str, NDArray[np.float32], NDArray[np.bool_], NDArray[np.bool_]]


def _labelled(name: str, flag: list[str], keep: list[str]) -> Labelled:
    texts = flag + keep
    english = np.array([in_english(t) for t in texts])
    return name, embed(texts), np.array([True] * len(flag) + [False] * len(keep)), english


def _screening_set(name: str) -> Labelled:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return _labelled(name, [e["text"] for e in data["flag"]], [e["text"] for e in data["keep"]])


def _rule_examples() -> Labelled:
    rules = load_rules().rules
    flag = [t for r in rules for t in r.examples.match]
    keep = [t for r in rules for t in r.examples.no_match]
    return _labelled("screening.yaml examples", flag, keep)


def _stacked(examples: list[Labelled]) -> tuple[NDArray[np.float32], NDArray[np.bool_]]:
    return np.vstack([e[1] for e in examples]), np.concatenate([e[2] for e in examples])


def _nearness(examples: list[Labelled], measured: Labelled) -> NDArray[np.float32]:
    """How much nearer each of ``measured``'s passages is to the flagged examples than to the kept."""
    vectors, labels = _stacked(examples)
    return nearness(measured[1], vectors[labels], vectors[~labels])


def _flagged(near: NDArray[np.float32], measured: Labelled, margin: float) -> tuple[float, float]:
    """Share of ``measured``'s flag and keep passages flagged at ``margin`` (English ones are the rules')."""
    _, _, y, english = measured
    flagged = (near > margin) & ~english
    return float(flagged[y].mean()), float(flagged[~y].mean())


def main() -> None:
    sets = [_screening_set(name) for name in TRAIN_SETS]
    rules = _rule_examples()
    held_out = [(held, _nearness([e for e in sets if e is not held] + [rules], held)) for held in sets]
    margin = float(
        next(
            m
            for m in np.arange(0.0, 0.1, 0.0025)
            if max(_flagged(near, held, m)[1] for held, near in held_out) <= MAX_FALSE_RATE
        )
    )
    for held, near in held_out:
        found, false = _flagged(near, held, margin)
        print(f"held out {held[0]}: flagged {found:.2f}, false {false:.3f} (model alone)")
    measured = _screening_set(MEASURE_SET)
    found, false = _flagged(_nearness([*sets, rules], measured), measured, margin)
    print(f"{MEASURE_SET} (never used): flagged {found:.2f}, false {false:.3f} (model alone)")

    vectors, labels = _stacked([*sets, rules])
    np.savez_compressed(
        EXAMPLES_FILE,
        flag=vectors[labels].astype(np.float16),
        keep=vectors[~labels].astype(np.float16),
        margin=margin,
    )
    print(
        f"margin {margin:.4f}; wrote {EXAMPLES_FILE.relative_to(ROOT)} ({EXAMPLES_FILE.stat().st_size} bytes)"
    )


if __name__ == "__main__":
    main()
