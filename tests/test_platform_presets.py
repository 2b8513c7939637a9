"""Platform presets on exports in the platforms' real layouts (tests/data/platforms/*, with their
COLUMNS.md and EXPECTED.md): each quirk of each export, ingested unchanged."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from copilot.drafting.orders import order_facts
from copilot.errors import ConfigurationError, IngestionError
from copilot.ingest import ingest
from copilot.knowledge.catalog import load_catalog, product_passages
from copilot.knowledge.people import load_customers
from copilot.knowledge.sources import CatalogSource, CustomersSource, LoadedSources, load_sources
from copilot.schemas import Order, Product, Shipment
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.store import Store
from tests.chat import Chat, as_customer

PLATFORMS = Path(__file__).parent / "data" / "platforms"
SHOPIFY = PLATFORMS / "shopify"


def _sources(tmp_path: Path, body: str, data_dir: Path = SHOPIFY) -> LoadedSources:
    path = tmp_path / "sources.yaml"
    path.write_text("shop: Saltmarsh Pottery\ncurrency: USD\nsources:\n" + body, encoding="utf-8")
    return load_sources(path, data_dir=data_dir)


def _catalog(
    tmp_path: Path, body: str, data_dir: Path = SHOPIFY, *, for_sale: bool = True
) -> dict[str, Product]:
    """The products of a catalog source that are for sale (or, ``for_sale=False``, named only)."""
    loaded = _sources(tmp_path, body, data_dir)
    [source] = loaded.config.sources
    assert isinstance(source, CatalogSource)
    return {p.product_id: p for p in load_catalog(source, loaded.root) if p.for_sale == for_sale}


def _feed_catalog(tmp_path: Path, rows: list[str]) -> dict[str, Product]:
    """The products of a Google Merchant TSV feed of these rows."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "feed.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return _catalog(
        tmp_path, "  - {kind: catalog, preset: google_merchant, path: feed.tsv}\n", tmp_path / "data"
    )


@pytest.fixture(params=["products_export.csv", "products.json"])
def shopify_products(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Product]:
    return _catalog(tmp_path, f"  - {{kind: catalog, preset: shopify, path: {request.param}}}\n")


def _by_name(products: dict[str, Product]) -> dict[str, Product]:
    return {p.name: p for p in products.values()}


def test_shopify_drafts_and_archived_products_are_not_for_sale(shopify_products: dict[str, Product]) -> None:
    assert sorted(_by_name(shopify_products)) == [
        "Saltmarsh Gift Card",
        "Speckled Stoneware Mug",
        "Washed Linen Table Runner",
    ]


def test_shopify_drafts_and_archived_products_are_named_only(tmp_path: Path) -> None:
    for export in ("products_export.csv", "products.json"):
        source = f"  - {{kind: catalog, preset: shopify, path: {export}}}\n"
        withdrawn = _catalog(tmp_path, source, for_sale=False)
        assert sorted(_by_name(withdrawn)) == ["Hand-thrown Serving Bowl", "Nesting Planter Set"], export
        assert all(not p.variants and p.description is None for p in withdrawn.values())


def test_shopify_api_products_unpublished_are_not_for_sale_and_older_exports_without_the_field_are(
    tmp_path: Path,
) -> None:
    data = json.loads((SHOPIFY / "products.json").read_text(encoding="utf-8"))
    unpublished = next(p for p in data["products"] if p["handle"] == "washed-linen-table-runner")
    unpublished["published_at"] = None  # active, but hidden from the online store
    (tmp_path / "products.json").write_text(json.dumps(data), encoding="utf-8")
    source = "  - {kind: catalog, preset: shopify, path: products.json}\n"
    names = sorted(_by_name(_catalog(tmp_path, source, tmp_path)))
    assert names == ["Saltmarsh Gift Card", "Speckled Stoneware Mug"]
    for product in data["products"]:
        product.pop("published_at")  # an older or trimmed export: no field, nothing to go by
    (tmp_path / "products.json").write_text(json.dumps(data), encoding="utf-8")
    names = sorted(_by_name(_catalog(tmp_path, source, tmp_path)))
    assert names == ["Saltmarsh Gift Card", "Speckled Stoneware Mug", "Washed Linen Table Runner"]


def test_shopify_option_names_come_from_the_first_row_and_image_rows_add_no_variant(
    shopify_products: dict[str, Product],
) -> None:
    mug = _by_name(shopify_products)["Speckled Stoneware Mug"]
    assert [v.options for v in mug.variants] == [
        {"Size": "12 oz", "Glaze": "Oatmeal"},
        {"Size": "12 oz", "Glaze": "Sea Green"},
        {"Size": "16 oz", "Glaze": "Oatmeal"},
    ]
    runner = _by_name(shopify_products)["Washed Linen Table Runner"]
    assert len(runner.variants) == 1 and runner.variants[0].options == {}  # "Default Title" is no option
    passages = product_passages(runner, "x", "USD")
    assert all("Default Title" not in p.text and "Title:" not in p.text for p in passages)


def test_shopify_sale_prices_stock_policies_and_untracked_gift_cards(
    shopify_products: dict[str, Product],
) -> None:
    products = _by_name(shopify_products)
    mug = {
        v.options["Size"] + "/" + v.options["Glaze"]: v for v in products["Speckled Stoneware Mug"].variants
    }
    assert mug["12 oz/Oatmeal"].price == 24.0 and mug["12 oz/Oatmeal"].compare_at_price == 30.0
    assert mug["16 oz/Oatmeal"].compare_at_price is None and mug["16 oz/Oatmeal"].available is False
    [runner] = products["Washed Linen Table Runner"].variants
    assert runner.stock == -2 and runner.available is False and runner.backorder is True
    gift = products["Saltmarsh Gift Card"].variants
    assert [v.price for v in gift] == [25.0, 50.0] and all(v.available and v.tracked is False for v in gift)
    texts = " ".join(p.text for p in product_passages(products["Speckled Stoneware Mug"], "x", "USD"))
    assert "$24.00 (on sale, was $30.00)" in texts
    runner_text = product_passages(products["Washed Linen Table Runner"], "x", "USD")[1].text
    assert "can still be ordered" in runner_text


def test_shopify_descriptions_lose_their_markup_and_keep_tags(shopify_products: dict[str, Product]) -> None:
    mug = _by_name(shopify_products)["Speckled Stoneware Mug"]
    assert mug.description is not None
    assert "Dishwasher & microwave safe" in mug.description
    assert "<" not in mug.description and "&amp;" not in mug.description
    assert mug.tags == ["gifts", "mugs", "stoneware"]


def test_shopify_customers_lose_the_spreadsheet_apostrophe(tmp_path: Path) -> None:
    loaded = _sources(tmp_path, "  - {kind: customers, preset: shopify, path: customers_export.csv}\n")
    [source] = loaded.config.sources
    assert isinstance(source, CustomersSource)
    customers = list(load_customers(source, loaded.root))
    assert len(customers) == 6
    assert all(not c.customer_id.startswith("'") and not (c.phone or "").startswith("'") for c in customers)
    assert any(c.zip is not None and c.zip.startswith("0") for c in customers)  # the leading zero is kept


@pytest.fixture(scope="module", params=["csv", "json"])
def shopify_home(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The whole Saltmarsh shop ingested from its CSV exports, or from its Admin API JSON."""
    tmp = tmp_path_factory.mktemp(f"shopify-{request.param}")
    products, orders = (
        ("products_export.csv", "orders_export.csv")
        if request.param == "csv"
        else ("products.json", "orders.json")
    )
    (tmp / "sources.yaml").write_text(
        "shop: Saltmarsh Pottery\nsources:\n"
        f"  - {{kind: catalog, preset: shopify, path: {products}}}\n"
        "  - {kind: customers, preset: shopify, path: customers_export.csv}\n"
        f"  - {{kind: orders, preset: shopify, path: {orders}}}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp / "home")
    ingest(tmp / "sources.yaml", settings, data_dir=SHOPIFY)
    return settings


def _orders(settings: Settings) -> dict[str, Order]:
    return {o.order_id: o for o in Store.for_settings(settings).all_orders()}


def test_shopify_orders_group_line_items_and_keep_fulfilment_payment_refund_apart(
    shopify_home: Settings,
) -> None:
    orders = _orders(shopify_home)
    assert len(orders) == 8
    first = orders["#1001"]
    assert [(i.sku, i.quantity, i.unit_price) for i in first.items] == [
        ("SMP-MUG-12-OAT", 2, 24.0),
        ("SMP-RUN-01", 1, 38.0),
    ]
    shipped = "fulfilled" if first.shipments[0].carrier is None else "delivered"  # the API says delivered
    assert first.total == 99.38 and first.fulfillment_status == shipped and first.payment_status == "paid"
    assert orders["#1002"].fulfillment_status == "partially_fulfilled"
    assert orders["#1002"].payment_status == "partially_paid"
    # which line went: the CSV's "Lineitem fulfillment status", the API's fulfilment's own line items
    went, left = orders["#1002"].sent_and_left()
    assert [i.sku for i in went] == ["SMP-MUG-12-SEA"] and [i.sku for i in left] == ["SMP-MUG-16-OAT"]
    cancelled = orders["#1003"]
    assert cancelled.status == "cancelled" and cancelled.cancelled_at and cancelled.refunded_amount == 45.0
    assert orders["#1004"].refunded_amount == 24.0 and orders["#1004"].status == shipped
    assert orders["#1008"].fulfillment_status == "returned" and orders["#1008"].status == "cancelled"
    # what the order paid for shipping, and the option chosen at checkout (the API's shipping lines)
    assert (first.shipping_cost, first.shipping_method) == (8.0, "Standard Shipping")
    assert (orders["#1004"].shipping_cost, orders["#1004"].shipping_method) == (0.0, "Free Shipping")


def test_shopify_orders_link_to_customers_by_email_phone_or_as_guests(shopify_home: Settings) -> None:
    store = Store.for_settings(shopify_home)
    orders = _orders(shopify_home)
    maya = store.customer(orders["#1001"].customer_id)
    assert maya is not None and maya.email == "maya.okafor@example.com"
    assert orders["#1007"].customer_id == orders["#1001"].customer_id
    ruth = store.customer(orders["#1005"].customer_id)  # no email on the order: matched by phone
    assert ruth is not None and ruth.last_name == "Abernathy"
    guest = store.customer(orders["#1006"].customer_id)
    assert guest is not None and guest.email == "sam.guest@example.com" and guest.tier == "guest"
    assert [o.order_id for o in store.orders_of(guest.customer_id)] == ["#1006"]


def test_a_guest_proves_an_order_by_its_number_and_email(shopify_home: Settings) -> None:
    copilot = Copilot(shopify_home)
    refused = copilot.turn("where is my order #1006?")
    assert refused.action == "ask_verification" and not refused.verified
    proven = copilot.turn(
        "order #1006, email sam.guest@example.com",
        conversation_id=refused.conversation_id,
        session_token=refused.session_token,
    )
    assert proven.verified and "fulfilled" in proven.reply.lower()
    assert "maya" not in proven.reply.lower()


@pytest.mark.parametrize(
    "asked", ["what's my last order?", "where is my order?", "any orders on my account?"]
)
def test_a_signed_in_customer_with_no_orders_is_told_so_not_asked_for_one(
    shopify_home: Settings, asked: str
) -> None:
    result = Chat(Copilot(shopify_home), as_customer("nora.finch@example.org")).say(asked)
    assert result.action == "answer" and "don't see any orders" in result.reply, result.reply


def test_the_thing_bought_asked_after_with_its_order_is_answered_as_where_the_order_is(
    shopify_home: Settings,
) -> None:
    copilot = Copilot(shopify_home)
    proof = "order #1002, email daniel.reyes@example.com"
    result = copilot.turn(f"where's my mug? {proof}")
    assert result.intent == "order_tracking" and result.verified, result.reply
    assert result.reply == copilot.turn(f"where is my order? {proof}").reply


def test_a_bare_order_number_sent_after_an_order_question_is_that_order(shopify_home: Settings) -> None:
    chat = Chat(Copilot(shopify_home))
    asked = chat.say("where is my order?")
    assert asked.action == "ask_verification"
    proven = chat.say("it's 1002, daniel.reyes@example.com")
    assert proven.verified and "#1002" in proven.reply, proven.reply
    later = Chat(Copilot(shopify_home))
    later.say("do you ship to canada?")  # no order asked after: a bare number proves nothing
    assert not later.say("1002, daniel.reyes@example.com").verified


def test_where_a_partly_shipped_order_is_says_what_went_and_what_did_not(shopify_home: Settings) -> None:
    where = Copilot(shopify_home).turn("where is my order #1002? daniel.reyes@example.com")
    assert where.verified and "Not shipped yet: 1 x" in where.reply and "16 oz" in where.reply, where.reply


def test_with_no_carrier_column_the_shipping_method_says_how_it_ships(shopify_home: Settings) -> None:
    copilot = Copilot(shopify_home)
    asked = copilot.turn("which carrier is my order #1001 with? my email is maya.okafor@example.com")
    shipment = _orders(shopify_home)["#1001"].shipments[0]
    how = shipment.carrier or shipment.method  # the CSV has only the method; the API has the carrier
    assert asked.verified and how and how in asked.reply, asked.reply


def test_what_an_order_paid_for_shipping_and_what_is_left_to_pay(shopify_home: Settings) -> None:
    copilot = Copilot(shopify_home)
    shipping = copilot.turn("how much was shipping on #1001? maya.okafor@example.com")
    assert shipping.verified and "Shipping: $8.00" in shipping.reply and "Standard Shipping" in shipping.reply
    chosen = copilot.turn("which shipping did i pay for on #1001? maya.okafor@example.com")
    assert chosen.verified and "Standard Shipping" in chosen.reply, chosen.reply
    owed = copilot.turn("how much do i still owe on order #1002? daniel.reyes@example.com")
    order = _orders(shopify_home)["#1002"]
    assert owed.verified and "partially paid" in owed.reply and f"{order.total:.2f}" in owed.reply, owed.reply


def test_shopify_api_orders_carry_their_tracking_and_the_csv_its_ship_date(shopify_home: Settings) -> None:
    """The orders CSV has no tracking columns (COLUMNS.md): its shipment is the method and the date
    it was fulfilled; the Admin API's fulfillments carry carriers and numbers."""
    orders = _orders(shopify_home)
    first = orders["#1001"].shipments[0]
    if first.carrier is None:
        assert first.tracking_numbers == [] and first.shipped_at == "2025-02-04 14:02:10 -0500"
        return
    assert first.carrier == "USPS" and first.tracking_numbers == ["9400111206213859471234"]
    assert [s.carrier for s in orders["#1004"].shipments] == ["UPS", "USPS"]


def test_an_order_whose_every_parcel_the_carrier_delivered_is_delivered(shopify_home: Settings) -> None:
    """Shopify calls a shipped order "fulfilled" for good; the Admin API's fulfilments carry the
    carrier's word (`shipment_status`), so a shopper asking "has it arrived?" hears "delivered"."""
    orders = _orders(shopify_home)
    if orders["#1001"].shipments[0].carrier is None:  # the CSV has no delivery state at all
        assert orders["#1001"].fulfillment_status == "fulfilled"
        return
    assert orders["#1001"].status == orders["#1004"].status == "delivered"  # one parcel, two parcels
    assert orders["#1006"].fulfillment_status == "fulfilled"  # a gift card's parcel says nothing
    assert orders["#1002"].fulfillment_status == "partially_fulfilled"
    asked = Copilot(shopify_home).turn("has order #1001 been delivered? my email is maya.okafor@example.com")
    assert asked.verified and "delivered" in asked.reply.lower(), asked.reply


def test_shipping_zip_keeps_its_leading_zero(shopify_home: Settings) -> None:
    address = _orders(shopify_home)["#1001"].shipping_address
    assert address is not None and address.zip == "02134"


def test_fields_written_beside_a_preset_override_it(tmp_path: Path) -> None:
    products = _catalog(
        tmp_path,
        "  - kind: catalog\n    preset: shopify\n    path: products_export.csv\n"
        "    fields: {name: {from: [SEO Title, Title]}}\n",
    )
    assert "Washed Linen Table Runner | Saltmarsh Pottery" in {p.name for p in products.values()}


def test_a_mapped_column_the_file_lacks_is_named_with_the_closest(tmp_path: Path) -> None:
    with pytest.raises(IngestionError) as error:
        _catalog(
            tmp_path,
            "  - kind: catalog\n    preset: shopify\n    path: products_export.csv\n"
            "    fields: {name: Titel}\n",
        )
    message = str(error.value)
    assert "'Titel'" in message and "'Title'" in message and "products_export.csv" in message


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("{kind: catalog, preset: magento, path: products_export.csv}", "unknown preset 'magento'"),
        (
            "{kind: catalog, preset: shopify, path: p.csv, fields: {name: {from: Title, trim: yes}}}",
            "unknown key 'trim'",
        ),
        ("{kind: catalog, preset: shopify, path: p.yaml}", "not 'p.yaml'"),
        ("{kind: catalog, path: p.csv, keep: [{column: Status}]}", "keep.0"),
    ],
)
def test_a_bad_preset_or_mapping_is_one_clear_line(tmp_path: Path, entry: str, expected: str) -> None:
    with pytest.raises(ConfigurationError) as error:
        _sources(tmp_path, f"  - {entry}\n")
    assert expected in str(error.value) and "\n" not in str(error.value)


WOO = PLATFORMS / "woocommerce"
MERCHANT = PLATFORMS / "google_merchant"


def test_woocommerce_variations_attach_to_their_parent_by_sku_or_id(tmp_path: Path) -> None:
    products = _catalog(tmp_path, "  - {kind: catalog, preset: woocommerce, path: products.csv}\n", WOO)
    names = _by_name(products)
    assert "Gyokuro Reserve" not in names and "Staff Blend" not in names  # draft, private
    source = "  - {kind: catalog, preset: woocommerce, path: products.csv}\n"
    withdrawn = _by_name(_catalog(tmp_path, source, WOO, for_sale=False))
    assert sorted(withdrawn) == ["Gyokuro Reserve", "Staff Blend"]  # named only: a disabled variation is not
    assert all(not p.variants for p in withdrawn.values())
    sencha = names["Sencha Green Tea"]
    assert [(v.options, v.price) for v in sencha.variants] == [
        ({"Size": "50 g"}, 6.5),
        ({"Size": "100 g"}, 9.9),
        ({"Size": "250 g"}, 24.0),
    ]
    assert sencha.variants[1].compare_at_price == 11.0 and sencha.variants[1].available is False
    assert sencha.variants[2].backorder is True and sencha.variants[2].stock == -2
    assert sencha.variants[2].note == "Ships within 2 weeks." and sencha.variants[0].note is None
    sampler = names["Tea Sampler Tin"]  # no SKU: its variations name it "id:107"; 109 is disabled
    assert [v.options for v in sampler.variants] == [{"Flavour": "Mint", "Tin": "Small"}]


def test_woocommerce_descriptions_become_text_and_sale_prices_keep_the_regular_one(tmp_path: Path) -> None:
    products = _by_name(
        _catalog(tmp_path, "  - {kind: catalog, preset: woocommerce, path: products.csv}\n", WOO)
    )
    earl = products["Earl Grey Classic"]
    assert earl.description is not None and "Steep at 95 °C for 3–4 minutes" in earl.description
    assert "<" not in earl.description and "\\n" not in earl.description
    assert earl.variants[0].price == 8.5 and earl.variants[0].compare_at_price == 10.0
    assert earl.tags == ["bergamot", "classic"]
    assert earl.variants[0].note is None  # a simple product's own row: its description, no version's note


def test_woocommerce_orders_from_the_rest_api(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "shop: Leaf & Kettle\nsources:\n  - {kind: orders, preset: woocommerce, path: orders.json}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp_path / "home")
    ingest(tmp_path / "sources.yaml", settings, data_dir=WOO)
    store = Store.for_settings(settings)
    orders = {o.order_id: o for o in store.all_orders()}
    assert len(orders) == 8
    assert orders["1003"].status == "refunded" and orders["1003"].refunded_amount == 14.48
    assert orders["1006"].refunded_amount == 5.5 and orders["1006"].fulfillment_status == "fulfilled"
    assert [(s.carrier, s.tracking_numbers) for s in orders["1006"].shipments] == [
        ("Leaf Courier", ["LC-88213"]),
        ("USPS", ["9400111899223197428491"]),
    ]
    assert orders["1002"].shipments[0].shipped_at == "2024-06-06 00:00:00 UTC"
    guest = store.customer(orders["1002"].customer_id)  # customer_id 0: a guest, known by billing email
    assert guest is not None and guest.tier == "guest" and guest.email == orders["1002"].email
    registered = store.customer(orders["1001"].customer_id)  # no customers file: made from the order
    assert registered is not None and registered.customer_id == "12"
    assert orders["1003"].customer_id == "12"


def test_a_tracking_providers_slug_is_read_as_its_name(tmp_path: Path) -> None:
    """Shipment Tracking and AST store the provider as a slug ("royal-mail"); a shopper is told "Royal
    Mail", and a provider the list lacks keeps what the file says."""
    orders = json.loads((WOO / "orders.json").read_text(encoding="utf-8"))
    tracked = next(
        o for o in orders if any(m["key"] == "_wc_shipment_tracking_items" for m in o["meta_data"])
    )
    items = next(m for m in tracked["meta_data"] if m["key"] == "_wc_shipment_tracking_items")["value"]
    items[:] = [
        {"tracking_provider": "royal-mail", "tracking_number": "TT171261878GB", "date_shipped": "1717632000"},
        {"tracking_provider": "kiwi-couriers", "tracking_number": "KC-1", "date_shipped": "1717632000"},
    ]
    (tmp_path / "orders.json").write_text(json.dumps(orders), encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "shop: Leaf & Kettle\nsources:\n  - {kind: orders, preset: woocommerce, path: orders.json}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp_path / "home")
    ingest(tmp_path / "sources.yaml", settings)
    order = next(o for o in Store.for_settings(settings).all_orders() if o.order_id == str(tracked["number"]))
    assert [s.carrier for s in order.shipments] == ["Royal Mail", "kiwi-couriers"]


@pytest.mark.parametrize("feed", ["products.tsv", "products.xml", "products.atom.xml"])
def test_google_merchant_feeds_group_items_into_products(tmp_path: Path, feed: str) -> None:
    products = _by_name(
        _catalog(tmp_path, f"  - {{kind: catalog, preset: google_merchant, path: {feed}}}\n", MERCHANT)
    )
    assert len(products) == 6
    sencha = products["Sencha Green Tea"]
    assert [(v.options, v.price, v.compare_at_price) for v in sencha.variants] == [
        ({"Size": "50 g"}, 6.5, None),
        ({"Size": "100 g"}, 9.9, 11.0),
    ]
    teapot = products["Cast Iron Teapot 0.8 L"]
    assert [v.available for v in teapot.variants] == [True, False]
    assert (
        teapot.description is not None and "<" not in teapot.description and "tetsubin" in teapot.description
    )
    earl_grey, matcha = (
        products["Earl Grey Classic 100 g"].variants[0],
        products["Matcha Starter Gift Set"].variants[0],
    )
    assert earl_grey.backorder is True and not earl_grey.preorder  # orderable, not in stock
    assert matcha.available is False and matcha.preorder is True  # sold before its release
    assert all(b.brand == "Leaf & Kettle" for b in products.values())


def test_a_google_feed_item_with_no_group_is_a_product_of_its_own(tmp_path: Path) -> None:
    # Shopify's Google channel leaves item_group_id empty for a product sold one way: that item is the
    # product, named by its own id
    rows = [
        "id\ttitle\tdescription\tavailability\tprice\titem_group_id\tsize\tproduct_type",
        "shopify_IE_7301_4451\tBall Winder\tWinds cakes.\tin_stock\t29.00 EUR\t\t\tTools &amp; Notions",
        "shopify_IE_7302_4452\tMerino DK - 50 g\tSoft.\tin_stock\t8.00 EUR\t7302\t50 g\tYarn",
        "shopify_IE_7302_4453\tMerino DK - 100 g\tSoft.\tin_stock\t15.00 EUR\t7302\t100 g\tYarn",
        "WINDER-2\tSwift\tHolds skeins.\tin_stock\t39.00 EUR\t\t\tTools",
    ]
    products = _feed_catalog(tmp_path, rows)
    assert sorted(products) == ["7302", "WINDER-2", "shopify_IE_7301_4451"]
    assert [v.variant_id for v in products["7302"].variants] == [
        "shopify_IE_7302_4452",
        "shopify_IE_7302_4453",
    ]
    # an entity escaped twice, as channels write it, reads as the shop wrote it
    assert products["shopify_IE_7301_4451"].category == "Tools & Notions"


def test_google_merchant_says_a_used_or_refurbished_item_is_one(tmp_path: Path) -> None:
    # a new item says nothing of it; a used or refurbished one carries its condition as an option
    rows = [
        "id\ttitle\tdescription\tavailability\tprice\tcondition",
        "DRN-1\tMini Camera Drone\tFolds flat.\tin_stock\t599.00 CAD\tnew",
        "DRN-1R\tMini Camera Drone (Refurbished)\tTested by the maker.\tin_stock\t459.00 CAD\trefurbished",
        "CAR-U\tShort Course Truck (Used)\tOne owner.\tin_stock\t349.99 CAD\tused",
    ]
    products = _feed_catalog(tmp_path, rows)
    assert [products[i].variants[0].options for i in ("DRN-1", "DRN-1R", "CAR-U")] == [
        {},
        {"Condition": "refurbished"},
        {"Condition": "used"},
    ]


def test_ingest_check_shows_the_first_records_as_they_map_and_writes_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "sources.yaml").write_text(
        "shop: Saltmarsh Pottery\nsources:\n"
        "  - {kind: catalog, preset: shopify, path: products_export.csv}\n"
        "  - {kind: orders, preset: shopify, path: orders_export.csv}\n",
        encoding="utf-8",
    )
    args = ["ingest", str(tmp_path / "sources.yaml"), "--data-dir", str(SHOPIFY), "--check"]
    shown = runner.invoke(app, [*args, "--json"])
    assert shown.exit_code == 0, shown.output
    catalog, orders = json.loads(shown.output)
    assert catalog["products"] == 3 and catalog["sample"][0]["name"] == "Speckled Stoneware Mug"
    assert catalog["sample"][0]["variants"][0]["options"] == {"Size": "12 oz", "Glaze": "Oatmeal"}
    assert orders["records"] == 8 and orders["sample"][0]["order_id"] == "#1008"
    assert not (tmp_path / "home" / "copilot.db").exists() and not (tmp_path / "home" / "chroma").exists()
    readable = runner.invoke(app, args)
    assert readable.exit_code == 0 and "nothing was written" in readable.output


def test_ingest_check_of_a_mistyped_column_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {kind: catalog, preset: shopify, path: products_export.csv, fields: {brand: Vendr}}\n",
        encoding="utf-8",
    )
    failed = runner.invoke(
        app, ["ingest", str(tmp_path / "sources.yaml"), "--data-dir", str(SHOPIFY), "--check"]
    )
    assert failed.exit_code == 2
    assert "no column 'Vendr'" in failed.output and "'Vendor'" in failed.output
    assert len(failed.output.strip().splitlines()) == 1


WOO_ORDER_EXPORTS = ["orders.json", "orders.csv", "orders_webtoffee.csv", "orders_algolplus.csv"]


@pytest.fixture(scope="module", params=WOO_ORDER_EXPORTS)
def woo_home(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Leaf & Kettle's eight orders from the REST API, or from one of the export plugins' CSVs
    (SkyVerge's Default, WebToffee's, AlgolPlus's defaults): `preset: woocommerce` reads each by its
    header row."""
    tmp = tmp_path_factory.mktemp("woo")
    (tmp / "sources.yaml").write_text(
        f"shop: Leaf & Kettle\nsources:\n  - {{kind: orders, preset: woocommerce, path: {request.param}}}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp / "home")
    ingest(tmp / "sources.yaml", settings, data_dir=WOO)
    return settings


def test_woocommerce_order_exports_keep_fulfilment_payment_refunds_and_cancellations_apart(
    woo_home: Settings,
) -> None:
    orders = _orders(woo_home)
    assert sorted(orders) == ["1001", "1002", "1003", "1005", "1006", "1007", "1008", "1010"]
    first = orders["1001"]
    assert [(i.sku, i.quantity) for i in first.items] == [("TEA-EG-100", 2), ("TEA-SEN-50", 1)]
    assert (first.payment_status, first.fulfillment_status, first.total) == ("paid", "unfulfilled", 30.56)
    refunded = orders["1003"]
    assert (refunded.status, refunded.payment_status) == ("refunded", "refunded")
    assert refunded.refunded_amount == 14.48
    partial = orders["1006"]  # a partial refund leaves WooCommerce's status at completed
    assert partial.status == "completed" and partial.fulfillment_status == "fulfilled"
    assert partial.refunded_amount == 5.5 and partial.payment_status == "partially_refunded"
    assert (orders["1005"].status, orders["1005"].payment_status) == ("cancelled", "voided")
    assert orders["1007"].status in ("on-hold", "on hold") and orders["1007"].payment_status == "pending"
    assert (orders["1010"].status, orders["1010"].payment_status) == ("failed", "failed")
    sampler, infuser = orders["1002"].items
    assert (sampler.name, infuser.name) == ("Tea Sampler Tin - Mint, Small", "Stainless Tea Infuser")
    assert partial.phone == "+1 206 555 0187"  # the exporters' formula guard (a leading ') is gone
    assert (first.shipping_cost, first.shipping_method) == (5.0, "Flat rate")
    assert all(o.currency == "USD" for o in orders.values())


def test_woocommerce_guests_are_known_by_their_billing_email(woo_home: Settings) -> None:
    store = Store.for_settings(woo_home)
    orders = _orders(woo_home)
    for number, email in (("1002", "sam.lee@example.net"), ("1005", "chris.doyle@example.org")):
        guest = store.customer(orders[number].customer_id)
        assert guest is not None and guest.tier == "guest" and guest.email == email
        assert [o.order_id for o in store.orders_of(guest.customer_id)] == [number]
    ana = {o.customer_id for o in orders.values() if o.email == "ana.ruiz@example.com"}
    assert len(ana) == 1  # her two orders belong to one customer, by id or by email


def test_woocommerce_tracking_comes_from_the_shipment_tracking_plugins_data_when_exported(
    woo_home: Settings,
) -> None:
    """The REST API's meta_data and WebToffee's `meta:_wc_shipment_tracking_items` column carry the
    Shipment Tracking plugin's list; SkyVerge's and AlgolPlus's default columns have no tracking, so
    none is made up."""
    orders = _orders(woo_home)
    shipments = [(s.carrier, s.tracking_numbers) for s in orders["1006"].shipments]
    if not shipments:
        assert all(not o.shipments for o in orders.values())
        return
    assert shipments == [("Leaf Courier", ["LC-88213"]), ("USPS", ["9400111899223197428491"])]
    assert orders["1002"].shipments[0].shipped_at == "2024-06-06 00:00:00 UTC"


def test_a_woocommerce_guest_proves_an_order_by_its_number_and_email(woo_home: Settings) -> None:
    copilot = Copilot(woo_home)
    refused = copilot.turn("where is my order 1002?")
    assert refused.action == "ask_verification" and not refused.verified
    proven = copilot.turn(
        "order 1002, email sam.lee@example.net",
        conversation_id=refused.conversation_id,
        session_token=refused.session_token,
    )
    assert proven.verified and "1002" in proven.reply
    assert "ana" not in proven.reply.lower() and "1001" not in proven.reply


def _one_woo_order(tmp_path: Path, csv: str) -> Order:
    """The one order of a WooCommerce orders CSV, ingested by the preset."""
    (tmp_path / "orders.csv").write_text(csv, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {kind: orders, preset: woocommerce, path: orders.csv}\n", encoding="utf-8"
    )
    settings = Settings(home=tmp_path / "home")
    ingest(tmp_path / "sources.yaml", settings)
    [order] = Store.for_settings(settings).all_orders()
    return order


def test_a_woocommerce_status_written_with_its_wc_prefix_maps_the_same(tmp_path: Path) -> None:
    order = _one_woo_order(
        tmp_path,
        "order_id,order_number,order_date,status,order_total,customer_id,billing_email,line_item_1\n"
        "7,7,2026-01-02 10:00:00,wc-completed,12.00,0,a@example.com,"
        "name:Mug|product_id:3|sku:MUG|quantity:1\n",
    )
    assert (order.status, order.payment_status) == ("completed", "paid")
    assert order.fulfillment_status == "fulfilled"
    assert [(i.name, i.sku) for i in order.items] == [("Mug", "MUG")]


def test_a_parcel_that_holds_some_items_of_a_woocommerce_order_is_a_partial_shipment(tmp_path: Path) -> None:
    """AST's tracking per item lists the items a parcel holds by the variation's id, else the product's:
    a "processing" order whose parcel holds the mug and the blue tea towel (variation 41) is partly
    shipped, the teapot still to come."""
    parcel = [
        {
            "tracking_provider": "royal-mail",
            "tracking_number": "TT171261878GB",
            "date_shipped": "1717632000",
            "products_list": [{"product": "3", "item_id": "90", "qty": "1"}, {"product": "41", "qty": "1"}],
        }
    ]
    cell = json.dumps(parcel).replace('"', '""')
    order = _one_woo_order(
        tmp_path,
        "order_id,order_number,order_date,status,order_total,customer_id,billing_email,"
        "meta:_wc_shipment_tracking_items,line_item_1,line_item_2,line_item_3\n"
        f'8,8,2026-01-02 10:00:00,processing,60.00,0,a@example.com,"{cell}",'
        "name:Mug|product_id:3|sku:MUG|quantity:1,"
        "name:Tea towel - Blue|product_id:40|sku:TOWEL-BLUE|quantity:2|_variation_id:41,"
        "name:Teapot|product_id:5|sku:POT|quantity:1\n",
    )
    assert order.fulfillment_status == "partially_fulfilled"
    went, left = order.sent_and_left()
    assert [i.name for i in went] == ["Mug", "Tea towel - Blue"] and [i.name for i in left] == ["Teapot"]
    reply = order_facts(order, "order_status")
    assert "part of it has shipped" in reply and "Not shipped yet: 1 x Teapot" in reply, reply


def test_an_order_collected_in_person_was_ready_to_collect_not_shipped() -> None:
    order = Order(
        order_id="#3101",
        customer_id="c1",
        status="fulfilled",
        fulfillment_status="fulfilled",
        payment_status="paid",
        shipping_method="Click & Collect - Harbour St showroom",
        shipments=[
            Shipment(method="Click & Collect - Harbour St showroom", shipped_at="2026-09-29 15:40:16 +0100")
        ],
    )
    reply = order_facts(order, "order_status")
    assert "ready to collect on September 29, 2026" in reply and "shipped" not in reply, reply


def test_an_orders_csv_no_plugin_layout_matches_is_one_line_naming_the_layouts(tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text("Bestellnummer,Status\n1,fertig\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as error:
        _sources(tmp_path, "  - {kind: orders, preset: woocommerce, path: orders.csv}\n", tmp_path)
    message = str(error.value)
    assert "skyverge" in message and "webtoffee" in message and "algolplus" in message
    assert "'Bestellnummer'" in message and "\n" not in message


def test_an_order_number_of_five_digits_is_the_order_not_a_zip_code(tmp_path: Path) -> None:
    """WooCommerce numbers orders 18406, 18407, ...: shaped like a zip code, but "order 18406" from
    its signed-in owner is that order (not a list of theirs to choose from), and "18406 refunded?"
    too, where the shop's order numbers have five digits."""
    orders = json.loads((WOO / "orders.json").read_text(encoding="utf-8"))
    for order in orders:
        order["id"] = order["id"] + 17400
        order["number"] = str(order["id"])
    (tmp_path / "orders.json").write_text(json.dumps(orders), encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "shop: Leaf & Kettle\nsources:\n  - {kind: orders, preset: woocommerce, path: orders.json}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp_path / "home")
    ingest(tmp_path / "sources.yaml", settings, data_dir=tmp_path)
    ana = Chat(Copilot(settings), as_customer("ana.ruiz@example.com"))  # orders 18401 and 18403
    shipped = ana.say("who's delivering order 18401?")
    assert "18401" in shipped.reply and "Which one" not in shipped.reply and "18403" not in shipped.reply
    refunded = ana.say("18403 refunded?")
    assert "refund" in refunded.reply.lower() and "18401" not in refunded.reply
    checked = ana.say("hey can u check order 18401 for me")  # a question, not a proof of who she is
    assert "18401 is processing" in checked.reply, checked.reply


def test_a_woocommerce_grouped_product_names_its_members_by_sku_or_id(tmp_path: Path) -> None:
    """A grouped product's own row has no price; "Grouped products" names its members ("TEA-EG-100,
    id:107"), and its description lists them, so that "what's in it?" is answered from the product."""
    with (WOO / "products.csv").open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header, rows = list(reader.fieldnames or []), list(reader)
    grouped = {column: "" for column in header}
    grouped |= {
        "ID": "120",
        "Type": "grouped",
        "SKU": "GIFT-SET",
        "Name": "Tea Lover's Gift Set",
        "Published": "1",
        "Description": "<p>Our favourite things for a new tea drinker.</p>",
        "In stock?": "1",
        "Grouped products": "TEA-EG-100, id:107, TEA-INF, NO-SUCH-SKU",
    }
    with (tmp_path / "products.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header)
        writer.writeheader()
        writer.writerows([*rows, grouped])
    products = _catalog(tmp_path, "  - {kind: catalog, preset: woocommerce, path: products.csv}\n", tmp_path)
    gift = products["GIFT-SET"]
    assert gift.includes == ["TEA-EG-100", "id:107", "TEA-INF", "NO-SUCH-SKU"]
    assert gift.description == (
        "Our favourite things for a new tea drinker.\n"
        "Includes: Earl Grey Classic, Tea Sampler Tin, Stainless Tea Infuser"
    )
    assert products["TEA-EG-100"].includes == []
