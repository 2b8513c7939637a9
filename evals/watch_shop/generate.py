#!/usr/bin/env python3
"""Regenerates the held-out watch_shop store, its sources file, README and suite.

Run from the repository root:  python3 evals/watch_shop/generate.py
Python standard library only; fixed seeds; two runs write identical bytes.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True   # keep the folder to its sources and outputs
sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalog  # noqa: E402
import pages  # noqa: E402
import people  # noqa: E402
import suite  # noqa: E402
from common import PAGES, README_PATH, SOURCES_PATH, STORE, SUITE_PATH, write_json, write_text  # noqa: E402


def main() -> None:
    products = catalog.build()
    by_handle = catalog.by_handle(products)
    customers, orders = people.build(by_handle)
    page_texts = pages.build(products)

    if STORE.exists():
        shutil.rmtree(STORE)
    write_json(STORE / "products.json", catalog.products_json(products))
    write_json(STORE / "orders.json", people.orders_json(orders))
    write_text(STORE / "customers_export.csv", people.customers_csv(customers, orders))
    for name, text in page_texts.items():
        write_text(PAGES / name, text)

    write_text(SOURCES_PATH, suite.sources_yaml())
    cases = suite.all_cases(products, customers, orders)
    write_text(SUITE_PATH, suite.suite_yaml(cases, products, orders))
    write_text(README_PATH, suite.readme(cases, products, customers, orders, page_texts))
    print(f"watch_shop: {len(products)} products, {sum(len(p.variants) for p in products)} variants, "
          f"{len(customers)} customers, {len(orders)} orders, {len(page_texts)} pages, {len(cases)} cases")


if __name__ == "__main__":
    main()
