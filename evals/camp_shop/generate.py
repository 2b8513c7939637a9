"""Regenerate the camp_shop store, its sources file, README and the suite evals/camp_shop.yaml.

Run from the repository root: python3 evals/camp_shop/generate.py (stdlib only, deterministic)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # leave no __pycache__ beside the store
sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalog  # noqa: E402
import pages  # noqa: E402
import people  # noqa: E402
import suite  # noqa: E402
from common import STORE  # noqa: E402


def build():
    cat = catalog.build()
    by = catalog.by_key(cat)
    regulars = people.customers()
    guest_list = people.guests()
    order_list = people.orders(cat, regulars, guest_list)
    return {"catalog": cat, "by": by, "customers": regulars, "guests": guest_list,
            "orders": order_list}


def main() -> None:
    data = build()
    if STORE.exists():
        shutil.rmtree(STORE)
    catalog.write(data["catalog"])
    people.write(data["customers"], data["orders"])
    pages.write(data["by"])
    suite.write(data)  # evals/camp_shop.yaml, sources.yaml, README.md


if __name__ == "__main__":
    main()
