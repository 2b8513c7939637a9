"""Generates the held-out Verandah & Co. store, its sources file, its README and its suite.

Run from the repository root:  python evals/patio_shop/generate.py
Stdlib only, fixed seed: the output is the same byte for byte on every run."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import catalog  # noqa: E402
import customers_csv  # noqa: E402
import exports  # noqa: E402
import pages  # noqa: E402
import readme  # noqa: E402
import suite  # noqa: E402
from common import SHOP  # noqa: E402


def write(rel, text, base=HERE):
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    write("store/products.json", json.dumps(catalog.products_document(), indent=2, ensure_ascii=False) + "\n")
    write("store/orders.json", json.dumps(exports.orders_document(), indent=2, ensure_ascii=False) + "\n")
    write("store/customers_export.csv", customers_csv.customers_csv())
    for path, text in pages.render_all().items():
        write(path, text)
    write("sources.yaml", suite.sources_yaml(SHOP))
    cases = suite.all_cases()
    cats = suite.categories(cases)
    c = readme.counts()
    description = (
        f"Held-out store: {SHOP}, a Brisbane outdoor living and patio shop (AUD, ships Australia-wide by "
        "delivery zone with a bulky-item freight surcharge, no international delivery) in Shopify's layout: the "
        "Admin API products.json (HTML descriptions with editor debris and spec tables, options per product, "
        "draft, archived and unpublished products, compare-at prices above, equal to and below the price, "
        "out of stock, 'continue' at 0 and below, untracked services, an extended-warranty add-on and gift "
        "cards), the Admin API orders.json (fulfilments with carriers, tracking numbers and shipment status, "
        "partial fulfilment, refunds with line items and adjustments, voided and refunded cancellations, "
        "click & collect, a gift-card order, guest checkouts) and the customers CSV export, with "
        f"{len(pages.PAGES)} pages, three pieces of the shop's data carrying planted instructions. "
        f"{c['for_sale']} products for sale with {c['variants']} variants, {c['orders']} orders, "
        f"{c['customers']} customers. Written by a helper from README.md and docs/ alone, never run against "
        "copilot's answers; every expected fact is derived by evals/patio_shop/generate.py from the generated "
        f"data. {len(cases)} cases in {len(cats)} categories; the first tag is the category."
    )
    write(os.path.join("..", "patio_shop.yaml"), suite.suite_yaml(cases, description))
    write("README.md", readme.readme(cats, len(cases)))
    print(
        f"{len(cases)} cases in {len(cats)} categories; {c['for_sale']} products for sale, "
        f"{c['variants']} variants; {c['orders']} orders; {c['customers']} customers"
    )


if __name__ == "__main__":
    main()
