"""Redaction benchmark: what the learned reader of names and address words costs a message.

    python bench/redaction_bench.py [--messages 600] [--questions]

The messages are the labelled PII corpora's strings (tests/data/pii_corpus*.jsonl, every corpus in
turn), or with ``--questions`` the shoppers' messages of the eval suites (evals/*.yaml: what a turn
usually stores), each redacted by a fresh redactor (no cache). The baseline is the rules alone
(``learned=False``); the learned reader (copilot/redaction/learned.py) also reads each capitalised word
the rules left. The first learned call of the process loads the model and is shown apart.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from copilot.redaction import Redactor  # noqa: E402
from copilot.redaction.learned import candidates  # noqa: E402


def messages(count: int) -> list[str]:
    corpora = sorted((REPO / "tests" / "data").glob("pii_corpus*.jsonl"))
    lines = [[json.loads(row)["text"] for row in c.read_text(encoding="utf-8").splitlines()] for c in corpora]
    mixed = [text for group in zip(*lines, strict=False) for text in group]  # one of each corpus in turn
    return mixed[:count]


def questions(count: int) -> list[str]:
    found: list[str] = []
    for suite in sorted((REPO / "evals").glob("*.yaml")):
        data = yaml.safe_load(suite.read_text(encoding="utf-8"))
        cases = data.get("cases") or [] if isinstance(data, dict) else []
        found += [turn for case in cases for turn in case.get("turns", []) if isinstance(turn, str)]
    return random.Random(7).sample(found, min(count, len(found)))


def timed(texts: list[str], learned: bool) -> list[float]:
    times = []
    for text in texts:
        redactor = Redactor()
        start = time.perf_counter()
        redactor.spans(text, learned=learned)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--questions", action="store_true", help="the eval suites' shopper messages")
    args = parser.parse_args()
    texts = questions(args.messages) if args.questions else messages(args.messages)
    first = timed(texts[:1], learned=True)[0]
    rules, learned = timed(texts, learned=False), timed(texts, learned=True)
    words = statistics.mean(len(candidates(t)) for t in texts)
    print(f"{len(texts)} messages, {words:.1f} candidate words each; first learned call {first:.0f} ms")
    for name, times in (("rules alone", rules), ("rules + learned", learned)):
        ordered = sorted(times)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        mean, p50 = statistics.mean(times), statistics.median(times)
        print(f"{name:16} mean {mean:6.1f} ms  p50 {p50:6.1f}  p95 {p95:6.1f}")
    print(f"ratio (mean): {statistics.mean(learned) / statistics.mean(rules):.1f}x")


if __name__ == "__main__":
    main()
