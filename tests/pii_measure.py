"""Recall and precision of redaction on a labelled corpus (``tests/data/pii_corpus.jsonl``).

An item of personal data counts as redacted when at least 90% of its letters and digits fall inside
redacted spans. A redacted span is a false positive when it covers no labelled item at all.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from copilot.redaction import Redactor

CORPUS = Path(__file__).with_name("data") / "pii_corpus.jsonl"


@dataclass
class Score:
    items: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    spans: int = 0
    false_spans: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.caught.values()) / max(1, sum(self.items.values()))

    @property
    def precision(self) -> float:
        return (self.spans - self.false_spans) / max(1, self.spans)


def _alnum_positions(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def measure(redactor: Redactor, path: Path = CORPUS, *, learned: bool = True) -> Score:
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text = case["text"]
        spans = redactor.spans(text, learned=learned)
        covered = {i for s in spans for i in range(s.start, s.end)}
        labelled: list[tuple[int, int]] = []
        for item in case["pii"]:
            start = text.find(item["text"])
            end = start + len(item["text"])
            labelled.append((start, end))
            positions = _alnum_positions(text, start, end)
            score.items[item["type"]] += 1
            if positions and len(positions & covered) >= 0.9 * len(positions):
                score.caught[item["type"]] += 1
            else:
                score.missed.append(f"{case['id']} {item['type']}: {item['text']!r}")
        for span in spans:
            score.spans += 1
            if not any(span.start < end and start < span.end for start, end in labelled):
                score.false_spans += 1
                score.false.append(f"{case['id']} {span.kind}: {text[span.start : span.end]!r}")
    return score
