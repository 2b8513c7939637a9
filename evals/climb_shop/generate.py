"""Writes the held-out climbing shop: the store's exports and pages, sources.yaml, README.md and
the suite evals/climb_shop.yaml. Stdlib only, fixed seed, byte for byte reproducible.

    python evals/climb_shop/generate.py        (from the repository root)
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from catalog import Catalog  # noqa: E402
from feed import write_feed  # noqa: E402
from orders import build_orders, write_customers, write_orders  # noqa: E402
from pages import faq_page, safety_page, shipping_page, size_guide_page  # noqa: E402
from pages_md import care_page, courses_page, returns_page  # noqa: E402
from people import CUSTOMERS  # noqa: E402
import readme  # noqa: E402
import suite  # noqa: E402


def main():
    cat = Catalog()
    orders = build_orders(cat)
    store = HERE / "store"
    if store.exists():
        shutil.rmtree(store)
    (store / "pages").mkdir(parents=True)
    write_feed(cat, store / "products_feed.xml")
    write_orders(orders, store / "orders_export_1.csv")
    write_customers(orders, store / "customers_export.csv")
    pages = {"shipping.html": shipping_page(), "size-guide.html": size_guide_page(), "faq.html": faq_page(),
             "safety-notices.html": safety_page(), "returns-and-warranty.md": returns_page(),
             "gear-care.md": care_page(), "courses.md": courses_page()}
    for name, text in pages.items():
        (store / "pages" / name).write_text(text, encoding="utf-8")
    (HERE / "sources.yaml").write_text(suite.SOURCES, encoding="utf-8")
    cases = suite.all_cases(cat, orders)
    cats = suite.categories(cases)
    s = readme.stats(cat, orders, pages)
    (HERE / "README.md").write_text(readme.readme(s, cats, len(CUSTOMERS)), encoding="utf-8")
    suite.write_suite(HERE.parent / "climb_shop.yaml", readme.description(s, len(cases), len(cats)), cases)
    print(f"{s['products']} products, {s['variants']} variants, {s['orders']} orders, {len(CUSTOMERS)} customers, "
          f"{len(pages)} pages, {len(cases)} cases in {len(cats)} categories")


if __name__ == "__main__":
    main()
