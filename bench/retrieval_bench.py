"""Ingestion and retrieval benchmark: prints figures and ratios against baselines measured in the same run.

    python bench/retrieval_bench.py                 # 10k and 100k chunks (100k embeds for ~7 minutes)
    python bench/retrieval_bench.py --sizes 10000   # quicker

Figures:
- embedding ceiling: texts/s of the raw model on the same passage texts, batched the same way
  (the baseline for ingest; all texts up to 20k, an evenly spaced 20k sample above);
- ingest throughput (passages/s, cold) and its ratio to that ceiling (goal >= 0.9);
- unchanged re-ingest time (goal <= 2 s at 10k chunks);
- hybrid search p50/p95 (goal at 100k: p50 <= 10 ms, p95 <= 20 ms), next to dense-only and lexical-only
  search on the same index, which are its floor.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_shop import queries, write_shop

from copilot.embedding import shared_encoder
from copilot.ingest import _read_all, ingest
from copilot.knowledge.sources import load_sources
from copilot.retrieval import Retriever, SearchMode
from copilot.settings import Settings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def embedding_ceiling(texts: list[str]) -> float:
    encoder = shared_encoder()
    encoder.encode(texts[:64])  # warm-up
    started = time.perf_counter()
    encoder.encode(texts)
    return len(texts) / (time.perf_counter() - started)


def search_latency(retriever: Retriever, qs: list[str], mode: SearchMode) -> tuple[float, float]:
    for q in qs[:20]:
        retriever.search(q, 5, mode=mode)
    times = []
    for q in qs:
        started = time.perf_counter()
        retriever.search(q, 5, mode=mode)
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 50), percentile(times, 95)


def run(size: int, work: Path, ceiling_sample: int) -> dict[str, float]:
    """Cold ingest into an emptied home (kept afterwards, so other benches reuse the index)."""
    sources = write_shop(work / f"shop-{size}", size)
    loaded = _read_all(load_sources(sources))
    texts = [p.text for p in loaded.passages]
    # The ceiling runs the raw model on the same texts the ingest embeds: all of them up to
    # --ceiling-sample, beyond that an evenly spaced sample in length order (same length mix).
    by_length = sorted(texts, key=len)
    step = max(1, len(by_length) // ceiling_sample)
    ceiling = embedding_ceiling(by_length[::step])
    settings = Settings(home=work / f"home-{size}")
    shutil.rmtree(settings.home, ignore_errors=True)
    first = ingest(sources, settings)
    throughput = first.passages / first.seconds
    again = ingest(sources, settings)
    assert again.unchanged and again.embedded == 0
    retriever = Retriever(settings, refresh_seconds=3600)
    qs = queries(random.Random(5), 300, products=len(texts) // 11)
    results: dict[str, float] = {
        "passages": first.passages,
        "ceiling_texts_per_s": ceiling,
        "ingest_passages_per_s": throughput,
        "ingest_ratio_to_ceiling": throughput / ceiling,
        "unchanged_reingest_s": again.seconds,
    }
    for mode in ("hybrid", "dense", "lexical"):
        p50, p95 = search_latency(retriever, qs, mode)
        results[f"{mode}_p50_ms"], results[f"{mode}_p95_ms"] = p50, p95
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--ceiling-sample", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/retrieval.json"))
    parser.add_argument("--work", type=Path, default=Path("bench/out/work"), help="Shops and homes (kept).")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    all_results = {}
    for size in args.sizes:
        r = run(size, args.work, args.ceiling_sample)
        all_results[size] = r
        print(f"\n== {int(r['passages'])} passages")
        print(f"embedding ceiling        {r['ceiling_texts_per_s']:8.1f} texts/s (raw model, same texts)")
        print(
            f"ingest throughput        {r['ingest_passages_per_s']:8.1f} passages/s  "
            f"ratio to ceiling {r['ingest_ratio_to_ceiling']:.2f} (goal >= 0.9)"
        )
        print(f"unchanged re-ingest      {r['unchanged_reingest_s']:8.2f} s (goal <= 2 s at 10k)")
        for mode in ("hybrid", "dense", "lexical"):
            print(f"{mode:<8} search p50/p95 {r[f'{mode}_p50_ms']:6.1f} / {r[f'{mode}_p95_ms']:5.1f} ms")
        print(f"hybrid / dense-only p50  {r['hybrid_p50_ms'] / r['dense_p50_ms']:8.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(all_results, indent=2))


if __name__ == "__main__":
    main()
