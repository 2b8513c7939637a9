"""Questions on a store invented here (Kiln & Co: pottery supplies) that name a product by part of
its name or a kind in the singular. "is the pottery wheel on sale?" names one product: when it is not
on sale, its price is said. "do you sell glaze?" asks for a kind (the glazes), though "glaze" is
singular. "what temperature range does the kiln reach?" is answered by its Temperature line: the
"range" is how the temperature is given, not another thing asked. A product on backorder with a
date in its record ships from that date, and the reply says so. "What lengths?" asks for an option
whose values are lengths, though the shop named it "Size"; "how often can it be delivered?" the option
named Delivery whose values say how often, not the line "Delivery: Free delivery on every box". A
line with no number in it does not answer how long a thing lasts, or a measure in a unit the question
names. "Will you restock it?" is answered by the product's own word on it ("Discontinued ... We will not
be restocking it") before the pages'. A brush set in "Glaze Accessories" is no glaze; "wooden ribs"
names the one product whose name says both words, though each is in two names.
"""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant


def _product(pid: str, name: str, category: str, lines: list[str], price: float) -> dict[str, Any]:
    return invented_product(
        pid, name, category, lines, [_variant(f"{pid}-1", {"Size": "Standard"}, price)], "Kiln & Co"
    )


PRODUCTS: list[dict[str, Any]] = [
    _product("WHEEL", "Studio Electric Pottery Wheel", "Equipment", ["Motor: 400 W"], 649.0),
    _product("KILN", "Compact Top-Loading Kiln", "Equipment", ["Temperature: 600-1300°C, 10 programs"], 1290),
    _product("GLZ1", "Celadon Glaze", "Glazes", ["Firing: cone 6"], 18.0),
    _product("GLZ2", "Tenmoku Glaze", "Glazes", ["Firing: cone 10"], 21.0),
    _product("CLAY", "Buff Stoneware Clay", "Clay", ["Weight: 12.5 kg bag"], 24.0),
    _product(
        "SCALE", "Glaze Mixing Scale", "Tools", ["Charging: USB-C rechargeable", "Max load: 5 kg"], 39.0
    ),
    _product("MILL", "Glaze Ball Mill", "Tools", ["Jar: porcelain jar with alumina balls"], 320.0),
    _product("THYME", "Potted Creeping Thyme", "Plants", ["Flowering: pink flowers in June"], 6.0),
    _product("BRUSH", "Glaze Brush Set", "Tools > Glaze Accessories", ["Brushes: 3 hake brushes"], 9.0),
    _product("WRIB", "Wooden Throwing Rib (Set of 3)", "Tools", ["Wood: beech"], 12.0),
    _product("RRIB", "Rubber Rib (Set of 2)", "Tools", ["Shore: 60A"], 7.0),
    _product("WKIT", "Wooden Modelling Tool Kit", "Tools", ["Pieces: 8"], 15.0),
    {
        "product_id": "BAT",
        "name": "Banding Wheel Bat Set",
        "category": "Tools",
        "description": "<p>Plaster bats for throwing. The length is measured across the face.</p>",
        "variants": [
            _variant("BAT-25", {"Size": "25 cm"}, 19.0),
            _variant("BAT-35", {"Size": "35 cm"}, 27.0),
        ],
    },
    {
        "product_id": "SHELF",
        "name": "Cordierite Batt",
        "category": "Firing Supplies",
        "description": "<p>A shelf that stays flat in the kiln.</p><p>Fits: kilns up to 45 cm across</p>",
        "variants": [
            _variant("SHELF-30", {"Width": "30 cm"}, 24.0),
            _variant("SHELF-40", {"Width": "40 cm"}, 32.0),
        ],
    },
    {
        "product_id": "BOX",
        "name": "Clay Subscription Box",
        "category": "Clay",
        "description": "<p>Two clays a month.</p><ul><li>Delivery: Free delivery on every box</li></ul>",
        "variants": [
            _variant("BOX-4", {"Delivery": "Every 4 Weeks"}, 35.0),
            _variant("BOX-8", {"Delivery": "Every 8 Weeks"}, 35.0),
        ],
    },
    {
        "product_id": "WASH",
        "name": "Studio Hand Wash",
        "category": "Cleaning",
        "description": "<p>Gets clay out from under nails.</p>",
        "variants": [
            _variant("WASH-C-S", {"Scent": "Citrus", "Size": "250 ml"}, 6.0),
            _variant("WASH-P-S", {"Scent": "Pine", "Size": "250 ml"}, 6.5),
            _variant("WASH-C-L", {"Scent": "Citrus", "Size": "1 L"}, 15.0),
            _variant("WASH-P-L", {"Scent": "Pine", "Size": "1 L"}, 16.5),
        ],
    },
    {
        "product_id": "CRAWL",
        "name": "Crawl Glaze",
        "category": "Glazes",
        "description": "<p>Discontinued: a lichen-effect glaze. We will not be restocking it.</p>",
        "variants": [_variant("CRAWL-1", {"Size": "500 ml"}, 22.0, available=False)],
    },
    {
        "product_id": "RAKU",
        "name": "Raku Firing Kit",
        "category": "Equipment",
        "description": "<p>Everything for outdoor raku.</p>",
        "variants": [
            {
                **_variant("RAKU-1", {}, 189.0, available=False),
                "backorder": True,
                "available_from": "2027-03-01",
            }
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("kiln"), "Kiln & Co", PRODUCTS)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the pottery wheel on sale?", ["isn't on sale", "$649.00"]),
        ("do you sell glaze?", ["Celadon Glaze", "Tenmoku Glaze"]),
        ("what temperature range does the kiln reach?", ["600-1300°C"]),
        ("is the raku firing kit in stock?", ["backorder", "March 1, 2027"]),
        ("what lengths does the banding wheel bat set come in?", ["25 cm", "35 cm"]),
        ("what sizes does the cordierite batt come in?", ["30 cm", "40 cm"]),  # sizes of any measure
        ("how often can the clay subscription box be delivered?", ["Every 4 Weeks", "Every 8 Weeks"]),
        ("will you be restocking the crawl glaze?", ["will not be restocking"]),
        ("when does the potted creeping thyme flower?", ["pink flowers in June"]),  # "when" asks no number
        # a brush set in "Glaze Accessories" is no glaze
        ("what's your cheapest glaze?", ["Celadon Glaze", "$18.00"]),
        # "wooden" and "rib" are in two names each, together in one
        ("how much are the wooden ribs?", ["Wooden Throwing Rib", "$12.00"]),
    ],
)
def test_part_of_a_name_and_a_kind_in_the_singular(shop: Copilot, question: str, said: list[str]) -> None:
    assert_reply(shop, question, said)


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("how long does the glaze mixing scale battery last on a charge?", "USB-C"),
        ("how much does the glaze ball mill jar hold, in litres?", "porcelain jar"),
    ],
)
def test_a_line_with_no_number_does_not_answer_how_long_or_how_much_in_a_unit(
    shop: Copilot, question: str, not_said: str
) -> None:
    reply = converse(shop, question).reply
    assert not_said not in reply and ("doesn't say" in reply or "member of our team" in reply), reply


def test_the_bigger_bottle_of_the_same_scent(shop: Copilot) -> None:
    """ "and the bigger bottle?" after the pine 250 ml: the pine 1 L (a litre is more than 250 ml), not
    every scent's."""
    reply = converse(
        shop, "how much is the studio hand wash in pine, 250 ml?", "and the bigger bottle?"
    ).reply
    assert "$16.50" in reply and "$15.00" not in reply, reply
