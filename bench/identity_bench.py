"""Identity benchmark: what the learned reader of instructions adds to a turn that types a proof.

    python bench/identity_bench.py [--turns 20]

Each turn is a new conversation on the demo shop asking after an order with its number and email. The
baseline is the same question in English, which the rules read alone; in Welsh the message is also read
by the multilingual model (copilot/identity/instructions.py). The first Welsh turn of the process loads
the model and is shown apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from copilot.ingest import ingest  # noqa: E402
from copilot.service import Copilot  # noqa: E402
from copilot.settings import Settings  # noqa: E402
from tests.chat import Chat  # noqa: E402

ENGLISH = "where is my order {order}? my email is {email}"
WELSH = "Ble mae fy archeb {order}? Fy e-bost yw {email}, diolch yn fawr"


def timed(copilot: Copilot, text: str) -> float:
    started = time.perf_counter()
    result = Chat(copilot).say(text)
    elapsed = time.perf_counter() - started
    assert result.verified, result.reply  # the owner's own proof, in either language
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp()) / "home"
    settings = Settings(home=home)
    ingest(REPO / "knowledge" / "sources.yaml", settings)
    copilot = Copilot(settings)
    copilot.warm_up()
    emails = {c.customer_id: c.email for c in copilot.store.all_customers() if c.email}
    order = next(o for o in copilot.store.all_orders() if o.customer_id in emails)
    email = emails[order.customer_id]
    english, welsh = (t.format(order=order.order_id, email=email) for t in (ENGLISH, WELSH))
    timed(copilot, english)  # the first turn's own loading is no part of either figure
    cold = timed(copilot, welsh)
    baseline = [timed(copilot, english) for _ in range(args.turns)]
    read = [timed(copilot, welsh) for _ in range(args.turns)]
    base, model = statistics.median(baseline), statistics.median(read)
    print(f"{args.turns} turns each, a new conversation per turn, order {order.order_id}")
    print(f"{'turn':44} {'p50 ms':>8} {'x baseline':>11}")
    print(f"{'English proof, rules only (baseline)':44} {base * 1000:8.1f} {1.0:11.2f}")
    print(f"{'Welsh proof, rules and the learned reader':44} {model * 1000:8.1f} {model / base:11.2f}")
    print(f"{'first Welsh proof of the process (loads it)':44} {cold * 1000:8.1f} {cold / base:11.2f}")
    shutil.rmtree(home.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
