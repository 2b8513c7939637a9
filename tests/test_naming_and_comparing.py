"""Questions on a store invented here (Anvil Lane), whose names are long and share words: two words
of a name in a row that no other name has name the product ("the impact driver"); "which is lighter,
A or B?" answers with each one's weight and which; a sale listed version by version keeps its
prices; a product's name that reads like a street is not redacted from the reply."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "ID18",
        "name": "Korvo 18V Brushless Impact Driver",
        "category": "Power Tools",
        "description": "<p>Drives long screws fast.</p><ul><li>Max torque: 180 Nm</li></ul>",
        "variants": [
            _variant("ID18-TO", {"Kit": "Tool only"}, 69.0),
            _variant("ID18-K2", {"Kit": "2 x 2.0Ah batteries + charger"}, 149.0),
        ],
    },
    {
        "product_id": "DD12",
        "name": "Korvo 12V Drill Driver",
        "category": "Power Tools",
        "description": "A compact drill driver. Max torque: 30 Nm.",
        "variants": [_variant("DD12-1", {}, 59.0)],
    },
    {
        "product_id": "BIT",
        "name": "Brandt Impact Screwdriver Bit Set",
        "category": "Accessories",
        "description": "Impact-rated bits in a clear case.",
        "variants": [_variant("BIT-32", {"Pieces": "32"}, 14.0)],
    },
    {
        "product_id": "TG3",
        "name": "Tempo Glide 3 Road Running Shoe",
        "category": "Running Shoes",
        "description": "<p>A cushioned daily trainer.</p><ul><li>Weight: 255 g (US men's 9)</li></ul>",
        "variants": [_variant("TG3-9", {"Size": "9"}, 140.0)],
    },
    {
        "product_id": "CLR",
        "name": "Cloudline Racer",
        "category": "Running Shoes",
        "description": "<p>A light racer.</p><ul><li>Weight: 198 g (US men's 9)</li></ul>",
        "variants": [
            _variant("CLR-8", {"Size": "8"}, 135.2, compare_at_price=169.0),
            _variant("CLR-85", {"Size": "8.5"}, 135.2, compare_at_price=169.0),
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("anvil_lane"), "Anvil Lane", PRODUCTS)


def test_two_words_in_a_row_that_only_one_name_has_name_that_product(shop: Copilot) -> None:
    kits = converse(shop, "what kits does the impact driver come in")
    assert "Tool only" in kits.reply and "2 x 2.0Ah batteries + charger" in kits.reply, kits.reply
    torque = converse(shop, "what's the torque on the impact driver?")
    assert "180 Nm" in torque.reply and "30 Nm" not in torque.reply, torque.reply


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("which is lighter, the tempo glide 3 or the cloudline racer?", "So the Cloudline Racer is lighter"),
        (
            "cloudline racer vs tempo glide 3, which one is heavier?",
            "So the Tempo Glide 3 Road Running Shoe is heavier",
        ),
    ],
)
def test_which_is_lighter_gives_each_weight_and_says_which(
    shop: Copilot, question: str, verdict: str
) -> None:
    reply = converse(shop, question).reply
    assert "255 g" in reply and "198 g" in reply and verdict in reply, reply
    assert "Tempo Glide 3 Road Running Shoe" in reply, reply  # a product's name is not "[address]"


def test_a_sale_listed_version_by_version_keeps_its_prices(shop: Copilot) -> None:
    sale = converse(shop, "is the cloudline racer on sale?")
    assert "$135.20" in sale.reply and "$169.00" in sale.reply, sale.reply
