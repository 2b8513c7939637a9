"""Every source format and the field mapping, on small files written by the tests themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.errors import ConfigurationError, IngestionError
from copilot.knowledge.catalog import load_catalog, product_passages
from copilot.knowledge.documents import load_documents
from copilot.knowledge.people import load_customers, load_orders
from copilot.knowledge.sources import (
    CatalogSource,
    CustomersSource,
    DocumentsSource,
    OrdersSource,
    load_sources,
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_catalog_json_array_in_native_layout(tmp_path: Path) -> None:
    _write(
        tmp_path / "p.json",
        json.dumps(
            [
                {
                    "product_id": "P1",
                    "name": "Trail Mug",
                    "category": "Camp",
                    "variants": [
                        {
                            "variant_id": "V1",
                            "sku": "MUG-RED",
                            "options": {"color": "red"},
                            "price": "12.50",
                            "available": "yes",
                        },
                        {"variant_id": "V2", "options": {"color": "blue"}, "price": 14, "stock": 0},
                    ],
                }
            ]
        ),
    )
    [product] = load_catalog(CatalogSource(kind="catalog", path="p.json"), tmp_path)
    assert [v.price for v in product.variants] == [12.5, 14.0]
    assert [v.available for v in product.variants] == [True, False]
    passages = product_passages(product, "p.json", "USD")
    assert [p.key for p in passages] == ["product:P1", "variant:P1:V1", "variant:P1:V2"]
    assert "$12.50" in passages[1].text and "In stock" in passages[1].text and "MUG-RED" in passages[1].text
    assert "Out of stock" in passages[2].text
    assert "color: red, blue" in passages[0].text and "$12.50 to $14.00" in passages[0].text


def test_catalog_keyed_object_with_field_mapping(tmp_path: Path) -> None:
    _write(
        tmp_path / "shop.json",
        json.dumps(
            {
                "data": {
                    "catalog": {
                        "A-1": {
                            "title": "Boot",
                            "vars": {
                                "x9": {
                                    "code": "x9",
                                    "attrs": {"size": "9"},
                                    "cost": {"amount": 99.0},
                                    "inventory": 3,
                                }
                            },
                        },
                    }
                }
            }
        ),
    )
    source = CatalogSource(
        kind="catalog",
        path="shop.json",
        records="data.catalog",
        fields={"product_id": "$key", "name": "title", "variants": "vars"},
        variant_fields={
            "variant_id": "code",
            "options": "attrs",
            "price": "cost.amount",
            "stock": "inventory",
        },
    )
    [product] = load_catalog(source, tmp_path)
    assert product.product_id == "A-1" and product.name == "Boot"
    variant = product.variants[0]
    assert (variant.variant_id, variant.options, variant.price, variant.available) == (
        "x9",
        {"size": "9"},
        99.0,
        True,
    )


def test_catalog_jsonl(tmp_path: Path) -> None:
    lines = [{"product_id": f"P{i}", "name": f"Item {i}", "variants": []} for i in range(3)]
    _write(tmp_path / "p.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    products = list(load_catalog(CatalogSource(kind="catalog", path="p.jsonl"), tmp_path))
    assert [p.product_id for p in products] == ["P0", "P1", "P2"]


def test_catalog_flat_csv_grouped_into_products(tmp_path: Path) -> None:
    _write(
        tmp_path / "c.csv",
        (
            "pid,pname,sku,color,size,price,qty\n"
            'P7,"Dry Bag, roll-top",DB-5,yellow,5L,19.00,4\n'
            'P7,"Dry Bag, roll-top",DB-10,yellow,10L,24.00,0\n'
            "P8,Bandana,BN-1,green,,8.00,12\n"
        ),
    )
    source = CatalogSource(
        kind="catalog",
        path="c.csv",
        group_by="pid",
        fields={"product_id": "pid", "name": "pname"},
        variant_fields={
            "variant_id": "sku",
            "sku": "sku",
            "options": {"color": "color", "size": "size"},
            "stock": "qty",
        },
    )
    bag, bandana = load_catalog(source, tmp_path)
    assert bag.name == "Dry Bag, roll-top" and [v.variant_id for v in bag.variants] == ["DB-5", "DB-10"]
    assert [v.available for v in bag.variants] == [True, False]
    assert bandana.variants[0].options == {"color": "green"}  # empty size column is no option


def test_customers_and_orders_with_templates_and_nested_paths(tmp_path: Path) -> None:
    _write(
        tmp_path / "users.json",
        json.dumps(
            {
                "ann_1": {
                    "name": {"first": "Ann", "last": "Lee"},
                    "contact": {"mail": "Ann.Lee@Example.com"},
                    "addr": {"street": "1 Main St", "postcode": "10001"},
                }
            }
        ),
    )
    _write(
        tmp_path / "orders.json",
        json.dumps(
            [
                {
                    "id": "#A100",
                    "user": "ann_1",
                    "state": "Delivered",
                    "lines": [{"title": "Mug", "unit": 5.0, "qty": 2}, {"title": "Hat", "unit": 10.0}],
                    "ship": [{"codes": ["TRK1", "TRK2"]}],
                }
            ]
        ),
    )
    customers = list(
        load_customers(
            CustomersSource(
                kind="customers",
                path="users.json",
                fields={
                    "customer_id": "$key",
                    "first_name": "name.first",
                    "last_name": "name.last",
                    "email": "contact.mail",
                    "zip": "addr.postcode",
                    "address": {"line1": "addr.street", "zip": "addr.postcode"},
                },
            ),
            tmp_path,
        )
    )
    assert customers[0].customer_id == "ann_1" and customers[0].zip == "10001"
    assert (
        customers[0].full_name == "Ann Lee"
        and customers[0].address
        and customers[0].address.line1 == "1 Main St"
    )
    [order] = load_orders(
        OrdersSource(
            kind="orders",
            path="orders.json",
            fields={
                "order_id": "id",
                "customer_id": "user",
                "status": "state",
                "items": "lines",
                "shipments": "ship",
            },
            item_fields={"name": "title", "unit_price": "unit", "quantity": "qty"},
            shipment_fields={"tracking_numbers": "codes"},
        ),
        tmp_path,
    )
    assert order.status == "delivered" and order.total == 20.0  # computed from items when not given
    assert [i.quantity for i in order.items] == [2, 1]
    assert order.shipments[0].tracking_numbers == ["TRK1", "TRK2"]


def test_documents_keep_heading_paths_for_markdown_html_and_text(tmp_path: Path) -> None:
    _write(
        tmp_path / "docs/returns.md",
        "# Returns\n\nIntro.\n\n## Refund timing\n\nRefunds take 5 days.\n\n"
        "### Gift cards\n\nGift card refunds are instant.\n",
    )
    _write(
        tmp_path / "docs/sizes.html",
        "<html><head><title>Sizes</title></head><body><h1>Size guide</h1>"
        "<h2>Jackets</h2><table><tr><th>Size</th><th>Chest</th></tr><tr><td>M</td><td>38-40</td></tr></table>"
        "<script>var x = 1;</script></body></html>",
    )
    _write(tmp_path / "docs/hours.txt", "We are open 9-5 Eastern, Monday to Friday.")
    passages = load_documents(DocumentsSource(kind="documents", paths=["docs/*"]), tmp_path)
    by_text = {p.text.split("\n")[-1]: p for p in passages}
    assert by_text["Refunds take 5 days."].heading_path == ["Returns", "Refund timing"]
    assert by_text["Gift card refunds are instant."].heading_path == [
        "Returns",
        "Refund timing",
        "Gift cards",
    ]
    table = next(p for p in passages if p.source == "docs/sizes.html")
    assert table.heading_path == ["Size guide", "Jackets"] and "| M | 38-40 |" in table.text
    assert "var x" not in table.text
    hours = next(p for p in passages if p.source == "docs/hours.txt")
    assert hours.heading_path == ["Hours"] and "9-5 Eastern" in hours.text
    assert all(p.text.startswith(" > ".join(p.heading_path)) for p in passages)


def test_a_paragraph_wrapped_by_an_editor_is_one_sentence_and_blocks_keep_their_lines(tmp_path: Path) -> None:
    _write(
        tmp_path / "docs/refunds.md",
        "# Refunds\n\nThe refund reaches your card within\n5-7 business days after that.\n\n"
        "- Sale items: store credit\n- Gift cards: no refunds\n\n"
        "| Size | Chest |\n|---|---|\n| M | 38-40 |\n",
    )
    _write(tmp_path / "docs/hours.txt", "We are open 9-5 Eastern,\nMonday to Friday.")
    passages = load_documents(DocumentsSource(kind="documents", paths=["docs/*"]), tmp_path)
    refunds = next(p for p in passages if p.source == "docs/refunds.md").text
    assert "within 5-7 business days after that." in refunds
    assert "- Sale items: store credit\n- Gift cards: no refunds" in refunds
    assert "| Size | Chest |\n|---|---|\n| M | 38-40 |" in refunds
    hours = next(p for p in passages if p.source == "docs/hours.txt").text
    assert "9-5 Eastern, Monday to Friday." in hours


def test_character_references_in_markdown_read_as_their_characters(tmp_path: Path) -> None:
    _write(tmp_path / "docs/wrap.md", "# Gift wrap\n\nWe wrap any order for &pound;3.50 &amp; add a card.\n")
    passages = load_documents(DocumentsSource(kind="documents", paths=["docs/*"]), tmp_path)
    assert "for £3.50 & add a card." in passages[0].text


def test_long_sections_are_split_by_tokens(tmp_path: Path) -> None:
    _write(tmp_path / "long.md", "# Policy\n\n## Details\n\n" + "Every sentence here adds tokens. " * 400)
    passages = load_documents(
        DocumentsSource(kind="documents", paths=["long.md"], chunk_tokens=100), tmp_path
    )
    assert len(passages) > 10
    assert len({p.key for p in passages}) == len(passages)
    assert all(p.heading_path == ["Policy", "Details"] for p in passages)


BAD_FILES = [
    # (file name, content, source, expected fragments of the message)
    (
        "p.json",
        '[{"product_id": "P1", "name": "A",\n "variants": [}]',
        "catalog",
        ["p.json", "line 2", "invalid JSON"],
    ),
    ("p.json", '[{"name": "A"}]', "catalog", ["p.json", "index 0", "'product_id'", "missing"]),
    (
        "p.json",
        '[{"product_id": "P1", "name": "A", "variants": [{"variant_id": "v", "price": "cheap"}]}]',
        "catalog",
        ["variant 0", "'price'", "cheap"],
    ),
    (
        "p.json",
        '[{"product_id": "P1", "name": "A", "variants": [{"variant_id": "v", "available": "maybe"}]}]',
        "catalog",
        ["'available'", "maybe"],
    ),
    (
        "p.json",
        '[{"product_id": "P1", "name": "A"}, {"product_id": "P1", "name": "B"}]',
        "catalog",
        ["index 1", "duplicate product id"],
    ),
    ("p.jsonl", '{"product_id": "P1", "name": "A"}\nnot json\n', "catalog", ["p.jsonl", "line 2"]),
    ("p.csv", "product_id,name\nP1,A,extra\n", "catalog", ["p.csv", "line 2", "columns"]),
    ("p.parquet", "PAR1", "catalog", ["p.parquet", "unknown format"]),
    ("p.xml", "<x/>", "catalog", ["p.xml", "no records"]),
    ("p.xml", "<rss><channel><item><id>1</id>", "catalog", ["p.xml", "invalid XML"]),
    ("p.tsv", "product_id\tname\nP1\tA\textra\n", "catalog", ["p.tsv", "line 2", "columns"]),
    ("c.json", '[{"customer_id": "C1", "email": "not-an-email"}]', "customers", ["c.json", "'email'"]),
    ("o.json", '[{"order_id": "O1", "customer_id": "C1"}]', "orders", ["o.json", "'status'", "missing"]),
    (
        "o.json",
        '[{"order_id": "O1", "customer_id": "C1", "status": "x", "items": [{"name": "A", "quantity": 1.5}]}]',
        "orders",
        ["items 0", "'quantity'"],
    ),
]


@pytest.mark.parametrize(("name", "content", "kind", "fragments"), BAD_FILES)
def test_malformed_files_name_file_record_and_field(
    tmp_path: Path, name: str, content: str, kind: str, fragments: list[str]
) -> None:
    _write(tmp_path / name, content)
    with pytest.raises(IngestionError) as raised:
        if kind == "catalog":
            list(load_catalog(CatalogSource(kind="catalog", path=name), tmp_path))
        elif kind == "customers":
            list(load_customers(CustomersSource(kind="customers", path=name), tmp_path))
        else:
            list(load_orders(OrdersSource(kind="orders", path=name), tmp_path))
    message = str(raised.value)
    for fragment in fragments:
        assert fragment in message, message


@pytest.mark.parametrize(
    ("yaml_text", "fragment"),
    [
        ("sources: []", "sources"),
        ("sources:\n  - kind: catalogue\n    path: x.json", "kind"),
        ("sources:\n  - kind: catalog\n    path: x.json\n    colour: red", "colour"),
        ("sources: [unclosed", "not valid YAML"),
    ],
)
def test_bad_sources_files_are_rejected_clearly(tmp_path: Path, yaml_text: str, fragment: str) -> None:
    path = _write(tmp_path / "sources.yaml", yaml_text)
    with pytest.raises(ConfigurationError) as raised:
        load_sources(path)
    assert fragment in str(raised.value) and "sources.yaml" in str(raised.value)
