"""Questions on a store invented here (Scale & Fern, reptile and terrarium supplies) that a shopper words
loosely: "do you guys have ...", "are you getting more of ...", a power spelled out ("the 150 watt
one"), "how much more is A than B", "when do you ship live insects?" answered by the days, a backorder's
date as the answer to "when will it be back?", and the weather in a town a product is named after."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Scale & Fern"
PRODUCTS = [
    invented_product(
        "HEAT",
        "Basking Ceramic Heat Emitter",
        "Heating",
        ["Socket: E27 ceramic"],
        [_variant("HEAT-100", {"Power": "100 W"}, 24.5), _variant("HEAT-150", {"Power": "150 W"}, 29.5)],
        MAKER,
    ),
    invented_product(
        "SUB",
        "Desert Blend Substrate",
        "Substrate",
        ["Mix: sand and clay"],
        [
            _variant("SUB-10", {"Bag": "10 qt"}, 16.0),
            _variant(
                "SUB-20", {"Bag": "20 qt"}, 27.0, available=False, backorder=True, available_from="2027-02-11"
            ),
        ],
        MAKER,
    ),
    {
        "product_id": "MIST1",
        "name": "RainCloud Mister (First Edition)",
        "category": "Humidity",
        "description": "<p>Discontinued: the maker has replaced this mister and we will not be restocking "
        "it.</p><p>A timer-driven mister for one enclosure.</p>",
        "variants": [_variant("MIST1-1", {}, 64.0, available=False)],
    },
    invented_product(
        "UVB-T5",
        "SunStrip T5 UVB Tube",
        "Lighting",
        ["Output: 12%"],
        [_variant("T5-24", {"Length": "24 in"}, 38.0), _variant("T5-36", {"Length": "36 in"}, 46.0)],
        MAKER,
    ),
    invented_product(
        "UVB-PRO",
        "SunStrip Pro LED UVB",
        "Lighting",
        ["Output: 14%"],
        [_variant("PRO-24", {"Length": "24 in"}, 112.0), _variant("PRO-36", {"Length": "36 in"}, 139.0)],
        MAKER,
    ),
    invented_product(
        "VISIT",
        "Enclosure Setup Visit (Tucson Area)",
        "Services",
        ["Length: 2 hours"],
        [_variant("VISIT-1", {}, 95.0)],
        MAKER,
    ),
]

PAGES = {
    "shipping.md": """# Shipping

## When will my feeder insects be sent?

We pack live insects Monday and Tuesday only. Insects are packed to order and sent within 2 days of
packing, so they arrive lively. Dry goods ship within 1 business day.

## Weather holds

In extreme weather we hold live orders and email you a new ship date.

## Heated packs

From November to March every live order gets a heat pack.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("scale"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # "you guys" is a way to say "you": whether it is in stock, whatever else the message says
        (
            "do you guys have the desert blend substrate in the 20 qt right now? want a clay floor",
            ["27", "backorder"],
            [],
        ),
        # more of a product no longer made: its own words say so
        ("are you getting more of the raincloud mister first edition?", ["not be restocking"], []),
        # a backorder's date answers "when will it be back?": no "I don't have a date"
        (
            "when will the desert blend substrate 20 qt be back in stock?",
            ["February 11, 2027"],
            ["don't have a date"],
        ),
        # two prices and by how much
        (
            "how much more is the sunstrip pro led 24 inch than the sunstrip t5 24 inch?",
            ["112", "38", "74.00"],
            [],
        ),
        # the days it is done, and the time it takes
        ("when do you pack and send out the insects?", ["Monday and Tuesday"], []),
    ],
)
def test_loosely_worded_questions(shop: Copilot, question: str, said: list[str], not_said: list[str]) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_power_spelled_out_names_the_version(shop: Copilot) -> None:
    result = converse(shop, "how much is the basking ceramic heat emitter?", "and the 150 watt one?")
    assert "29.50" in result.reply and result.action == "answer", result.reply


def test_the_weather_in_a_town_a_product_is_named_after_is_off_topic(shop: Copilot) -> None:
    result = converse(shop, "whats the weather gonna be in tucson tomorrow")
    assert result.action == "decline", result.reply
