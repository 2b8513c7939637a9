"""Fault benchmark: the longest customer turn under each injected fault, against the turn's deadline.

    python bench/fault_bench.py [--deadline 5] [--turns 3]

Every fault is a real server on 127.0.0.1 (the tests' fake model and trickling server). The baseline is
the same turn against a healthy model in the same run. A turn is "within" when it ended before the
deadline; the offline answer (or the usual code reply, or the escalation) is what the customer got.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from copilot.ingest import ingest  # noqa: E402
from copilot.service import Copilot  # noqa: E402
from copilot.settings import Settings  # noqa: E402
from tests.chat import Chat  # noqa: E402
from tests.fake_openai import FakeOpenAI  # noqa: E402
from tests.slow_server import TricklingServer  # noqa: E402
from tests.webhook_receiver import free_port  # noqa: E402

ANSWER = {"reply": "Standard shipping takes a few business days.", "citations": [1], "confidence": 0.8}
QUESTION = "do you ship to PO boxes?"


def run_turns(
    settings: Settings, turns: int, before: Callable[[], None], text: str = QUESTION
) -> list[float]:
    copilot = Copilot(settings)
    times = []
    for _ in range(turns):
        before()
        started = time.perf_counter()
        copilot.turn(text)
        times.append(time.perf_counter() - started)
    return times


def code_turns(settings: Settings, turns: int) -> list[float]:
    copilot = Copilot(settings)
    email = next(c.email for c in copilot.store.all_customers() if c.email)
    times = []
    for _ in range(turns):
        chat = Chat(copilot)
        chat.say("can you show me all my orders?")
        started = time.perf_counter()
        chat.say(f"it's {email}")
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deadline", type=float, default=5.0)
    parser.add_argument("--turns", type=int, default=3)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp()) / "home"
    base = Settings(home=home, turn_deadline=args.deadline, llm_timeout=60.0, llm_retries=2)
    ingest(REPO / "knowledge" / "sources.yaml", base)
    rows: list[tuple[str, list[float]]] = []
    turns = args.turns

    def model(settings: Settings, url: str) -> Settings:
        return settings.model_copy(update={"openai_base_url": url, "openai_api_key": "bench"})

    with FakeOpenAI() as fake, TricklingServer(interval=0.1) as trickler:
        healthy = model(base, fake.base_url)
        rows.append(("healthy model (baseline)", run_turns(healthy, turns, lambda: fake.reply(ANSWER))))
        rows.append(
            ("model trickles its body", run_turns(healthy, turns, lambda: fake.trickle(ANSWER, 0.05)))
        )
        rows.append(("model hangs (no bytes)", run_turns(healthy, turns, lambda: fake.hang(60))))
        rows.append(
            ("429, Retry-After: 120", run_turns(healthy, turns, lambda: fake.rate_limit(retry_after=120)))
        )
        rows.append(("503 on every try", run_turns(healthy, turns, lambda: fake.fail(503, times=3))))
        headers = model(base, trickler.url("/v1"))
        rows.append(("model trickles its headers", run_turns(headers, turns, lambda: None)))
        refused = model(base, f"http://127.0.0.1:{free_port()}/v1")
        rows.append(("connection refused", run_turns(refused, turns, lambda: None)))
        hook = base.model_copy(update={"webhook_urls": trickler.url("/hooks"), "webhook_secret": "s" * 32})
        rows.append(
            (
                "escalation, webhook trickles",
                run_turns(hook, turns, lambda: None, "I want to talk to a person right now"),
            )
        )
        codes = base.model_copy(update={"verification_hook_url": trickler.url("/codes")})
        rows.append(("one-time-code hook trickles", code_turns(codes, turns)))
        fake.script.clear()  # what a fault left unanswered (the retries the deadline cut) is not a call

    baseline = max(rows[0][1])
    reserve = base.fallback_reserve
    print(f"turn deadline {args.deadline:g} s, {turns} turns per fault, fallback reserve {reserve:g} s")
    print(f"{'fault':34} {'median s':>9} {'longest s':>10} {'x baseline':>11} {'within':>7}")
    for name, times in rows:
        longest = max(times)
        within = "yes" if longest < args.deadline else "NO"
        median = statistics.median(times)
        print(f"{name:34} {median:9.2f} {longest:10.2f} {longest / baseline:11.1f} {within:>7}")
    shutil.rmtree(home.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
