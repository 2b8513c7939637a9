"""Writes the held-out perfume shop (Atelier Sillage) byte for byte: the store's exports and pages,
sources.yaml, README.md and the suite evals/perfume_shop.yaml. Stdlib only, fixed seed.

Run from the repository root:  python evals/perfume_shop/generate.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # nothing but the generated files is written
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import catalog  # noqa: E402
import orders as orders_mod  # noqa: E402
from casekit import write  # noqa: E402
from export_products import export_csv  # noqa: E402
from pages2 import write_all  # noqa: E402

PRODUCTS_CSV = "wc-product-export-5-12-2026-1796464800512.csv"


def main():
    store = os.path.join(HERE, "store")
    products = catalog.build()
    write(os.path.join(store, PRODUCTS_CSV), export_csv(products), bom=True)
    orders_json, orders = orders_mod.build(products)
    write(os.path.join(store, "orders.json"), json.dumps(orders_json, indent=1, ensure_ascii=False) + "\n")
    write(os.path.join(store, "customers.json"),
          json.dumps(orders_mod.customers_json(orders), indent=1, ensure_ascii=False) + "\n")
    pages = write_all(store, products, write)
    try:
        import suite
    except ImportError:
        return
    suite.write_all(HERE, products, orders, pages, PRODUCTS_CSV)


if __name__ == "__main__":
    main()
