"""Write the learned reader of names and address words (``copilot/redaction/learned_words.npz``).

``copilot/redaction/learned.py`` reads each word the redaction rules left that could be a name, as the
multilingual-e5-small vectors of the word and of the word with its neighbours, with two logistic heads:
a person's name, a part of an address. They are fitted here on the labelled corpora in ``tests/data``
that were read to improve the rules; the corpora never read (``HELD_OUT``) are left out, and the figures
printed at the end are theirs, before and after: they are what to expect of text never seen.

    python tools/train_pii_model.py            # writes the heads, prints the held-out figures
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pii_measure import measure  # noqa: E402

from copilot.redaction import Redactor  # noqa: E402
from copilot.redaction.learned import KINDS, WEIGHTS_FILE, Candidate, candidates, features  # noqa: E402

DATA = ROOT / "tests" / "data"
# written by helpers who never read the redactor, and never read since: the measure, never the training
HELD_OUT = tuple(f"pii_corpus{n}.jsonl" for n in (8, 10, 13, 29, 30))
PENALTY = 100.0  # L2, on the standardised features: the heads must read languages they saw few words of
_OTHER = len(KINDS)


def labelled_words(path: Path, rules: Redactor) -> tuple[list[Candidate], list[int]]:
    """The candidates the rules left in a corpus, each with the kind its writer labelled (or none)."""
    found: list[Candidate] = []
    kinds: list[int] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text = case["text"]
        taken = {i for s in rules.spans(text, learned=False) for i in range(s.start, s.end)}
        kind_at = [_OTHER] * len(text)
        for item in case["pii"]:
            start = text.find(item["text"])
            if start >= 0 and item["type"] in KINDS:
                kind_at[start : start + len(item["text"])] = [KINDS.index(item["type"])] * len(item["text"])
        for word in candidates(text):
            if taken.isdisjoint(range(word.start, word.end)):
                found.append(word)
                kinds.append(kind_at[word.start])
    return found, kinds


def fit(x: NDArray[np.float64], y: NDArray[np.float64]) -> tuple[NDArray[np.float64], float]:
    """Logistic regression by Newton's method with an L2 penalty (the bias is not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalised = np.ones(xb.shape[1])
    penalised[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb.T @ (p - y) + PENALTY * penalised * w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(PENALTY * penalised)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def main() -> None:
    rules = Redactor()
    words: list[Candidate] = []
    kinds: list[int] = []
    for path in sorted(DATA.glob("pii_corpus*.jsonl")):
        if path.name not in HELD_OUT:
            found, labels = labelled_words(path, rules)
            words += found
            kinds += labels
    x = features(words).astype(np.float64)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-6
    standard = (x - mean) / spread
    weights, bias = [], []
    for k, kind in enumerate(KINDS):
        y = np.array([1.0 if label == k else 0.0 for label in kinds])
        w, b = fit(standard, y)
        weights.append(w / spread)  # folded back: the heads read raw vectors
        bias.append(b - float((w * mean / spread).sum()))
        print(f"{kind}: {int(y.sum())} of {len(y)} training words")
    np.savez(WEIGHTS_FILE, weights=np.array(weights, dtype=np.float32), bias=np.array(bias, dtype=np.float32))
    for name in HELD_OUT:
        before, after = measure(rules, DATA / name, learned=False), measure(Redactor(), DATA / name)
        print(
            f"{name}: recall {before.recall:.3f} -> {after.recall:.3f}, "
            f"precision {before.precision:.3f} -> {after.precision:.3f}"
        )


if __name__ == "__main__":
    main()
