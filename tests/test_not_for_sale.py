"""Products a shop does not sell now (drafts, archived, unpublished) are kept by name only: a question
naming one is told it is not among the products sold, never given the price of a product on sale that
shares some of its words. An invented furniture shop, exported from Shopify's Admin API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from copilot.ingest import check, ingest
from copilot.knowledge.catalog import product_passages
from copilot.schemas import Product
from copilot.service import Copilot
from copilot.settings import Settings
from tests.chat import assert_reply, converse


def _product(handle: str, title: str, price: str, status: str = "active", published: bool = True) -> Any:
    return {
        "handle": handle,
        "title": title,
        "body_html": f"<p>{title}, made to order in our workshop.</p>",
        "vendor": "Tidewater Furniture",
        "product_type": "Furniture",
        "status": status,
        "published_at": "2026-03-01T09:00:00+11:00" if published else None,
        "options": [{"name": "Title"}],
        "variants": [
            {
                "id": abs(hash(handle)) % 10**9,
                "sku": handle.upper(),
                "price": price,
                "option1": "Default Title",
                "inventory_quantity": 3,
                "inventory_management": "shopify",
                "inventory_policy": "deny",
            }
        ],
    }


def _desk() -> Any:
    """A desk on sale in widths, one of them 160 cm: "the tern desk 160" is that version, not the
    archived Walnut Edition whose name says 160 too."""
    desk = _product("tern-standing-desk", "Tern Standing Desk", "990.00")
    desk["options"] = [{"name": "Width"}]
    desk["variants"] = [
        {**desk["variants"][0], "id": 7001 + i, "sku": f"TERN-{w}", "option1": f"{w} cm", "price": price}
        for i, (w, price) in enumerate((("140", "990.00"), ("160", "1090.00")))
    ]
    return desk


def _mattress() -> Any:
    """A mattress on sale in sizes: "the brolga hybrid in queen" is its Queen, not the archived Brolga
    Hybrid Floor Model (Queen) whose name says "queen" too."""
    mattress = _product("brolga-hybrid-mattress", "Brolga Hybrid Mattress", "1099.00")
    mattress["options"] = [{"name": "Size"}]
    mattress["variants"] = [
        {**mattress["variants"][0], "id": 8001 + i, "sku": f"BROLGA-{size}", "option1": size, "price": price}
        for i, (size, price) in enumerate((("Queen", "1099.00"), ("King", "1399.00")))
    ]
    return mattress


PRODUCTS = [
    _product("harbour-oak-dining-table", "Harbour Oak Dining Table", "1890.00"),
    _product("harbour-walnut-dining-table", "Harbour Walnut Dining Table", "2450.00", status="archived"),
    _product("driftwood-garden-bench", "Driftwood Garden Bench", "640.00", status="draft"),
    _product("saltbush-lounge-chair", "Saltbush Lounge Chair", "720.00", published=False),
    _product("saltbush-dining-chair", "Saltbush Dining Chair", "390.00"),
    _desk(),
    _product("kestrel-4-seater-sofa", "Kestrel 4 Seater Modular Sofa", "2990.00"),
    _product("tern-160-desk", "Tern Standing Desk 160 Walnut Edition Frame", "1450.00", status="archived"),
    _product("kestrel-6-seater-sofa", "Kestrel 6 Seater Modular Sofa", "3890.00", status="draft"),
    _mattress(),
    _product("brolga-floor-model", "Brolga Hybrid Floor Model (Queen)", "499.00", status="archived"),
]


SERVICES = """# Services

## Refinishing

We refinish garden benches and lounge chairs bought from us: sanding, oiling and new fixings.
Refinishing a garden bench: $180.00. Refinishing a lounge chair: $140.00.
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("tidewater")
    (root / "products.json").write_text(json.dumps({"products": PRODUCTS}), encoding="utf-8")
    (root / "services.md").write_text(SERVICES, encoding="utf-8")
    (root / "sources.yaml").write_text(
        "shop: Tidewater Furniture\ncurrency: AUD\nsources:\n"
        "  - {kind: catalog, preset: shopify, path: products.json}\n"
        "  - {kind: documents, paths: [services.md]}\n",
        encoding="utf-8",
    )
    settings = Settings(home=root / "home")
    ingest(root / "sources.yaml", settings=settings)
    return Copilot(settings)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("how much is the harbour walnut dining table?", "harbour walnut dining table"),
        ("is the driftwood garden bench in stock?", "driftwood garden bench"),
        ("saltbush lounge chair price?", "saltbush lounge chair"),
        # a page on something else that shares its words is no answer ("refinishing a garden bench")
        ("how much is the driftwood garden bench?", "driftwood garden bench"),
        # its name and model number, though the rest of its name is unsaid and another Kestrel is on sale
        ("is the kestrel 6 in stock?", "kestrel 6"),
    ],
)
def test_a_product_not_for_sale_is_not_found_and_never_another_products_price(
    shop: Copilot, question: str, named: str
) -> None:
    result = converse(shop, question)
    reply = result.reply
    assert f"couldn't find \u201c{named}\u201d: it's not among the products we sell" in reply, reply
    # the shop's data says so: answered, with a person offered, not handed over
    assert result.action == "answer" and "ask a member of our team" in reply, reply
    prices = ("1,890", "390", "2,450", "640", "720", "2,990", "3,890")
    assert not any(price in reply for price in prices), reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much is the harbour oak dining table?", "1,890.00"),
        ("price of the saltbush dining chair?", "390.00"),
        ("is the kestrel 4 in stock?", "Kestrel 4 Seater"),
        # a number that is a version of a product on sale names that version, not the archived one
        ("price of the tern desk 160?", "1,090.00"),
        # and a version of one on sale that the archived one's name says ("Floor Model (Queen)")
        ("how mch is the brolga hybrid in queen", "1,099.00"),
        ("do you have a dining table?", "Harbour Oak Dining Table"),  # says no more of the archived one
    ],
)
def test_a_product_on_sale_is_answered_though_one_not_for_sale_shares_its_words(
    shop: Copilot, question: str, said: str
) -> None:
    assert_reply(shop, question, [said], ["couldn't find", "Walnut", "Lounge"])


def test_a_product_not_for_sale_is_one_passage_its_name_withheld_from_search(shop: Copilot) -> None:
    bench = Product(product_id="x", name="Driftwood Garden Bench", for_sale=False)
    [passage] = product_passages(bench, "products.json", "AUD")
    assert (passage.kind, passage.text, passage.price, passage.flags) == (
        "withdrawn",
        "Driftwood Garden Bench",
        None,
        ["not_for_sale"],
    )
    hits = shop.retriever.search("driftwood garden bench", k=10)
    assert hits and all(h.passage.kind != "withdrawn" for h in hits)


def test_ingest_counts_what_is_not_for_sale_apart(tmp_path: Path) -> None:
    (tmp_path / "products.json").write_text(json.dumps({"products": PRODUCTS}), encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "shop: Tidewater\nsources:\n  - {kind: catalog, preset: shopify, path: products.json}\n",
        encoding="utf-8",
    )
    [summary] = check(tmp_path / "sources.yaml")
    assert (summary.products, summary.variants, summary.not_for_sale) == (5, 7, 6)
    # the first products on sale, as `copilot ingest --check` shows them
    assert [s["name"] for s in summary.sample] == ["Harbour Oak Dining Table", "Saltbush Dining Chair"]
