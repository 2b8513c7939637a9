"""A tiny shop written into a temp folder, for tests that change files between ingests; and the stores
tests invent to try one class of question."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings

SOURCES = """
shop: Tiny Shop
sources:
  - kind: catalog
    path: products.json
  - kind: documents
    paths: ["docs/*.md"]
  - kind: customers
    path: customers.json
  - kind: orders
    path: orders.json
"""

PRODUCTS: list[dict[str, Any]] = [
    {
        "product_id": "P1",
        "name": "Summit Rain Jacket",
        "category": "Jackets",
        "description": "Waterproof breathable shell for wet hikes.",
        "variants": [
            {
                "variant_id": "SRJ-BLU-M",
                "sku": "SRJ-BLU-M",
                "options": {"color": "blue", "size": "M"},
                "price": 129.0,
                "available": True,
            },
            {
                "variant_id": "SRJ-BLU-L",
                "sku": "SRJ-BLU-L",
                "options": {"color": "blue", "size": "L"},
                "price": 134.0,
                "available": False,
            },
            {
                "variant_id": "SRJ-RED-M",
                "sku": "SRJ-RED-M",
                "options": {"color": "red", "size": "M"},
                "price": 129.0,
                "available": True,
            },
        ],
    },
    {
        "product_id": "P2",
        "name": "Camp Mug",
        "category": "Cookware",
        "description": "Enamel steel mug.",
        "variants": [
            {"variant_id": "MUG-1", "options": {"color": "white"}, "price": 14.0, "available": True}
        ],
    },
    {
        "product_id": "P3",
        "name": "Trail Runner Shoe",
        "category": "Footwear",
        "description": "Light shoe with a grippy sole.",
        "variants": [
            {"variant_id": "TRS-9", "options": {"size": "9"}, "price": 110.0, "available": True},
            {"variant_id": "TRS-10", "options": {"size": "10"}, "price": 115.0, "available": True},
        ],
    },
]

DOC = """# Returns

## Return window

You can return unworn items within 30 days of delivery.

## Refund timing

Refunds reach your card within 5 to 7 business days after we receive the return.
"""

CUSTOMERS = [
    {
        "customer_id": "C1",
        "first_name": "Ann",
        "last_name": "Lee",
        "email": "ann@example.com",
        "zip": "10001",
    },
    {"customer_id": "C2", "first_name": "Bo", "last_name": "Park", "email": "bo@example.com", "zip": "94110"},
]

ORDERS = [
    {
        "order_id": "#T1001",
        "customer_id": "C1",
        "status": "shipped",
        "items": [{"name": "Camp Mug", "variant_id": "MUG-1", "unit_price": 14.0, "quantity": 2}],
        "shipments": [{"carrier": "UPS", "tracking_numbers": ["1Z999"]}],
    },
    {
        "order_id": "#T1002",
        "customer_id": "C1",
        "status": "pending",
        "items": [{"name": "Trail Runner Shoe", "variant_id": "TRS-9", "unit_price": 110.0}],
    },
    {
        "order_id": "#T2001",
        "customer_id": "C2",
        "status": "delivered",
        "items": [{"name": "Summit Rain Jacket", "variant_id": "SRJ-RED-M", "unit_price": 129.0}],
    },
]


def write_small_shop(root: Path, products: list[dict[str, Any]] | None = None) -> Path:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "sources.yaml").write_text(SOURCES)
    (root / "products.json").write_text(json.dumps(PRODUCTS if products is None else products))
    (root / "docs" / "returns.md").write_text(DOC)
    (root / "customers.json").write_text(json.dumps(CUSTOMERS))
    (root / "orders.json").write_text(json.dumps(ORDERS))
    return root / "sources.yaml"


def invented_variant(
    sku: str, options: dict[str, str], price: float, available: bool = True, **more: object
) -> dict[str, object]:
    """A variant of an invented store's product, as the products file lists it."""
    return {"variant_id": sku, "options": options, "price": price, "available": available, **more}


def invented_product(
    pid: str, name: str, category: str, lines: list[str], variants: list[dict[str, object]], maker: str
) -> dict[str, Any]:
    """A product of an invented store whose description is a sentence and a list of labelled lines."""
    items = "".join(f"<li>{line}</li>" for line in lines)
    return {
        "product_id": pid,
        "name": name,
        "category": category,
        "description": f"<p>{name} from {maker}.</p><ul>{items}</ul>",
        "variants": variants,
    }


def invented_shop(
    root: Path,
    shop: str,
    products: list[dict[str, Any]],
    pages: dict[str, str] | None = None,
    currency: str = "USD",
    *,
    customers: list[dict[str, Any]] | None = None,
    orders: list[dict[str, Any]] | None = None,
) -> Copilot:
    """A store a test invents (its products, pages by file name, and its customers and orders when
    given, priced in ``currency``), ingested into its own home under ``root``."""
    (root / "pages").mkdir(parents=True, exist_ok=True)
    for name, text in (pages or {}).items():
        (root / "pages" / name).write_text(text, encoding="utf-8")
    (root / "products.json").write_text(json.dumps(products), encoding="utf-8")
    sources = "  - {kind: catalog, path: products.json}\n"
    sources += '  - {kind: documents, paths: ["pages/*"]}\n' if pages else ""
    for kind, records in (("customers", customers), ("orders", orders)):
        if records is not None:
            (root / f"{kind}.json").write_text(json.dumps(records), encoding="utf-8")
            sources += f"  - {{kind: {kind}, path: {kind}.json}}\n"
    (root / "sources.yaml").write_text(
        f"shop: {shop}\ncurrency: {currency}\nsources:\n{sources}", encoding="utf-8"
    )
    settings = Settings(home=root / "home")
    ingest(root / "sources.yaml", settings)
    return Copilot(settings)
