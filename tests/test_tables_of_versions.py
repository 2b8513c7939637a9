"""Products whose descriptions give a table of their versions (Larchmont Outdoor, a store invented
here: two tents whose tables say packed length and weight per size, each in two units): "which is
lighter: the 2 person A or the 2 person B?" reads each one's weight row for that size, not the first
row of that size, and says which."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Larchmont Outdoor"


def _tent(pid: str, name: str, rows: list[tuple[str, str, str]], prices: list[float]) -> dict[str, Any]:
    table = "".join(
        f"<tr><td>{size}</td><td>{packed}</td><td>{weight}</td></tr>" for size, packed, weight in rows
    )
    return {
        "product_id": pid,
        "name": name,
        "category": "Tents",
        "description": f"<p>{name} from {MAKER}.</p><table><thead><tr><th>Size</th><th>Packed length</th>"
        f"<th>Weight</th></tr></thead><tbody>{table}</tbody></table>",
        "variants": [
            _variant(f"{pid}-{size}", {"Size": size}, price)
            for (size, _, _), price in zip(rows, prices, strict=True)
        ],
    }


PRODUCTS = [
    _tent(
        "RIDGE",
        "Larchmont Ridge Tent",
        [("2 Person", "46 cm (18 in)", "2.1 kg (4.6 lb)"), ("3 Person", "50 cm (20 in)", "2.6 kg (5.7 lb)")],
        [289.0, 339.0],
    ),
    _tent(
        "TREKKER",
        "Larchmont Ultralight Trekker Tent",
        [("2 Person", "40 cm (16 in)", "1.3 kg (2.9 lb)"), ("3 Person", "44 cm (17 in)", "1.7 kg (3.7 lb)")],
        [379.0, 429.0],
    ),
    {
        "product_id": "FOOTPRINT",
        "name": "Larchmont Footprint",
        "category": "Tent Accessories",
        "description": "<p>A groundsheet cut to fit the Larchmont Trekker Tent and the Ridge Tent.</p>",
        "variants": [_variant("FP-1", {"Title": "Default Title"}, 39.0)],
    },
    {
        "product_id": "PEGS",
        "name": "Larchmont Alloy Pegs",
        "category": "Tent Accessories",
        "description": "<p>Spare pegs for every Larchmont tent, the Trekker Tent included.</p>",
        "variants": [_variant("PG-8", {"Title": "Default Title"}, 14.0)],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larchmont"), MAKER, PRODUCTS)


def test_which_is_lighter_reads_each_ones_weight_row_for_the_size_asked(shop: Copilot) -> None:
    result = converse(shop, "which is lighter: the 2 person ridge tent or the 2 person trekker tent?")
    assert "1.3 kg" in result.reply and "2.1 kg" in result.reply, result.reply
    assert "Ultralight Trekker Tent is lighter" in result.reply, result.reply


BIKE_PARTS = [
    {
        "product_id": "TYRE",
        "name": "Granite Road Tyre",
        "category": "Tyres",
        "description": "<p>A fast road tyre.</p>",
        "variants": [_variant(f"GR-{size}", {"Size": size}, 54.0) for size in ("700x25c", "700x28c")],
    },
    {
        "product_id": "TUBE",
        "name": "Butyl Inner Tube",
        "category": "Tubes",
        "description": "<p>The 700x25-32c tube fits 700x25c, 700x28c and 700x32c tyres.</p>",
        "variants": [_variant("TB-2532", {"Size": "700x25-32c"}, 9.0)],
    },
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larchmont_parts"), MAKER, BIKE_PARTS)


def test_a_version_named_by_its_value_does_not_name_its_product(parts: Copilot) -> None:
    # "700x28c" is a tyre's size, not its name: the tube the question names answers
    result = converse(parts, "which tube do i need for 700x28c tyres")
    assert "700x25-32c" in result.reply, result.reply
