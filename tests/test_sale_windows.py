"""A sale price applies only inside its window: the window is kept at ingest (WooCommerce's "Date
sale price starts/ends", Google Merchant's `sale_price_effective_date`), passages state it, and the
price a reply gives is the one that applies when it is asked."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from copilot.ingest import ingest
from copilot.knowledge.catalog import load_catalog, product_passages
from copilot.knowledge.sources import CatalogSource, load_sources
from copilot.retrieval import Retriever
from copilot.schemas import Passage, Product, Variant
from copilot.service import Copilot
from copilot.settings import Settings

PLATFORMS = Path(__file__).parent / "data" / "platforms"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
WINDOWS = {  # when, relative to NOW -> (starts, ends)
    "past": (NOW - 30 * DAY, NOW - 20 * DAY),
    "present": (NOW - 5 * DAY, NOW + 5 * DAY),
    "future": (NOW + 20 * DAY, NOW + 30 * DAY),
}


def _kettle(starts: datetime | None, ends: datetime | None) -> Product:
    variant = Variant(variant_id="K-1", price=8.5, compare_at_price=10.0, sale_starts=starts, sale_ends=ends)
    return Product(product_id="K", name="Alpine Kettle", variants=[variant])


@pytest.mark.parametrize(
    ("when", "paid", "before_sale"), [("past", 10.0, None), ("present", 8.5, 10.0), ("future", 10.0, None)]
)
def test_a_variant_costs_its_sale_price_only_inside_the_window(
    when: str, paid: float, before_sale: float | None
) -> None:
    [variant] = _kettle(*WINDOWS[when]).variants
    assert variant.price_at(NOW) == (paid, before_sale)


def test_an_open_ended_window_and_a_sale_without_one() -> None:
    [until] = _kettle(None, NOW + DAY).variants
    assert until.price_at(NOW) == (8.5, 10.0) and until.price_at(NOW + 2 * DAY) == (10.0, None)
    [always] = _kettle(None, None).variants
    assert always.price_at(NOW + 1000 * DAY) == (8.5, 10.0)


@pytest.mark.parametrize(
    ("when", "price", "says", "never"),
    [
        ("past", 10.0, "Price: $10.00.", "$8.50"),
        ("present", 8.5, "Price: $8.50 (on sale until Nov 30, 2026, was $10.00).", None),
        ("future", 10.0, "Price: $10.00 (on sale at $8.50 from Dec 15, 2026).", None),
    ],
)
def test_a_variant_passage_states_the_price_of_the_moment_it_is_read(
    when: str, price: float, says: str, never: str | None
) -> None:
    product, variant = product_passages(_kettle(*WINDOWS[when]), "catalog.csv", "USD")
    assert variant.sale is not None and "on sale at $8.50" in variant.text  # as ingested: the window
    now = variant.at(NOW)
    assert now.price == price and says in now.text
    assert never is None or never not in now.text
    assert product.sale is None and "Price: $10.00." in product.text  # the range leaves a dated sale out
    assert "On sale at $8.50 from" in product.text and "On sale." not in product.text


def test_a_passage_keeps_its_window_through_storage() -> None:
    [_, variant] = product_passages(_kettle(*WINDOWS["present"]), "catalog.csv", "EUR")
    stored = Passage.model_validate_json(variant.model_dump_json())
    assert stored == variant and stored.at(NOW).price == 8.5 and "€8.50" in stored.at(NOW).text


def _catalog(tmp_path: Path, preset: str, path: str) -> dict[str, Product]:
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{kind: catalog, preset: {preset}, path: {path}}}\n", encoding="utf-8"
    )
    loaded = load_sources(tmp_path / "sources.yaml", data_dir=PLATFORMS / preset)
    [source] = loaded.config.sources
    assert isinstance(source, CatalogSource)
    return {p.name: p for p in load_catalog(source, loaded.root)}


def test_woocommerce_sale_dates_are_kept_on_the_variant(tmp_path: Path) -> None:
    """Earl Grey's sale ran "2024-06-01 0:00:00" to "2024-06-30 23:59:59" (site time, written with
    an hour without its leading zero); Sencha 100 g's sale has no dates: always on."""
    products = _catalog(tmp_path, "woocommerce", "products.csv")
    [earl] = products["Earl Grey Classic"].variants
    assert earl.sale_starts == datetime(2024, 6, 1, 0, 0)
    assert earl.sale_ends == datetime(2024, 6, 30, 23, 59, 59)
    assert earl.price_at(NOW) == (10.0, None)
    sencha = products["Sencha Green Tea"].variants[1]
    assert sencha.sale_starts is None and sencha.price_at(NOW) == (9.9, 11.0)


@pytest.mark.parametrize("feed", ["products.tsv", "products.xml", "products.atom.xml"])
def test_google_merchant_sale_price_effective_date_is_the_window(tmp_path: Path, feed: str) -> None:
    products = _catalog(tmp_path, "google_merchant", feed)
    [variant] = [v for p in products.values() for v in p.variants if v.variant_id == "TEA-SEN-100"]
    pacific = timezone(timedelta(hours=-7))
    assert variant.sale_starts == datetime(2024, 6, 1, 0, 0, tzinfo=pacific)
    assert variant.sale_ends == datetime(2024, 6, 30, 23, 59, tzinfo=pacific)
    assert variant.price_at(datetime(2024, 6, 30, 23, 0, tzinfo=pacific)) == (9.9, 11.0)
    assert variant.price_at(datetime(2024, 7, 1, 7, 0, tzinfo=UTC)) == (11.0, None)  # 00:00 Pacific


@pytest.mark.parametrize("when", ["past", "present", "future"])
def test_a_reply_gives_the_price_that_applies_when_the_shopper_asks(tmp_path: Path, when: str) -> None:
    """The window is relative to the real clock here: retrieval and the drafter read prices now."""
    real_now = datetime.now(UTC)
    starts, ends = (moment - NOW + real_now for moment in WINDOWS[when])
    variant = {"variant_id": "AK-1", "price": 8.5, "compare_at_price": 10.0}
    product = {"product_id": "AK", "name": "Alpine Kettle", "category": "Kettles", "variants": [variant]}
    variant |= {"sale_starts": starts.isoformat(), "sale_ends": ends.isoformat()}
    (tmp_path / "products.json").write_text(json.dumps([product]), encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("sources:\n  - {kind: catalog, path: products.json}\n")
    settings = Settings(home=tmp_path / "home")
    ingest(tmp_path / "sources.yaml", settings)
    [passage] = [p for p in Retriever(settings).family("AK")[1]]
    assert passage.price == (8.5 if when == "present" else 10.0)
    reply = Copilot(settings).turn("how much is the Alpine Kettle?").reply
    if when == "present":  # the sale price, and the regular one as what it was, and until when
        assert "$8.50" in reply and "was $10.00" in reply, reply
        on_sale = Copilot(settings).turn("is the alpine kettle on sale?").reply
        assert f"until {ends:%B} {ends.day}, {ends:%Y}" in on_sale, on_sale
    else:
        assert "$10.00" in reply and "$8.50" not in reply, reply
        asked = Copilot(settings).turn("is the alpine kettle going on sale?").reply
        assert asked.startswith("No, the Alpine Kettle isn't on sale right now"), asked
        # a sale to come is said with its price and first day; one past is not
        coming = f"It goes on sale at $8.50 from {starts:%B} {starts.day}, {starts:%Y}."
        assert (coming in asked) == (when == "future"), asked
