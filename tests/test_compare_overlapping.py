"""Comparing two products whose names share words, on a store invented here (Thornfield Woodworks):
both products are resolved, by the part of the question each is named in, and both prices given,
for the option value named even when it is not among a product's first variants."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.small_shop import invented_shop


def _board(pid: str, name: str, prices: dict[str, float]) -> dict[str, Any]:
    return {
        "product_id": pid,
        "name": name,
        "description": "An end-grain board, oiled by hand.",
        "variants": [
            {
                "variant_id": f"{pid}-{size}",
                "options": {"Width": f"{size} in"},
                "price": price,
                "available": True,
            }
            for size, price in prices.items()
        ],
    }


PRODUCTS = [
    _board("OAK", "Oak Cutting Board", {"8": 32.0, "10": 38.0, "12": 44.0, "14": 51.0, "16": 57.0}),
    _board("WAL", "Walnut Cutting Board", {"8": 36.0, "10": 43.0, "12": 49.0, "14": 58.0, "16": 66.0}),
    _board("LOAK", "Large Oak Cutting Board", {"20": 89.0, "24": 104.0}),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("thornfield"), "Thornfield Woodworks", PRODUCTS, None)


def test_same_option_on_two_products_whose_names_overlap(shop: Copilot) -> None:
    result = shop.turn(
        "which is more expensive: the 16 in oak cutting board or the 16 in walnut cutting board?"
    )
    assert result.action == "answer", result.reply
    assert "$57.00" in result.reply and "$66.00" in result.reply, result.reply
    assert "the Oak Cutting Board is cheaper" in result.reply


def test_one_name_inside_the_other(shop: Copilot) -> None:
    result = shop.turn("which costs more, the oak cutting board or the large oak cutting board?")
    assert result.action == "answer", result.reply
    assert "Large Oak Cutting Board" in result.reply and "$32.00" in result.reply and "$89.00" in result.reply
