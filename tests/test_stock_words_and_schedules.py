"""Questions on a store invented here (Scale & Fern, reptile and terrarium supplies) that a shopper words
loosely: "do you guys have ...", "are you getting more of ...", a power spelled out ("the 150 watt
one"), "how much more is A than B", "when do you pack insects?" answered by the days, a backorder's
date as the answer to "when will it be back?", the weather in a town a product is named after, a flow
rate, "how many crickets in the cricket tub?", "ok for my leopard gecko enclosure?" and the store's
address."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, assert_reply, converse
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
        ["Mix: sand and clay", "Safe for leopard geckos and bearded dragons"],
        [
            _variant("SUB-10", {"Bag": "10 qt"}, 16.0),
            _variant(
                "SUB-20", {"Bag": "20 qt"}, 27.0, available=False, backorder=True, available_from="2027-02-11"
            ),
        ],
        MAKER,
    ),
    invented_product(
        "CAVE",
        "Basalt Hide Cave",
        "Decor",
        ["Material: resin"],
        [_variant("CAVE-M", {"Size": "Medium"}, 18.0, available=False, backorder=True)],
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
    {
        "product_id": "VIV",
        "name": "Oakline Custom Vivarium",
        "category": "Enclosures",
        "description": "<p>A wooden vivarium built after you order it: it ships 4 to 5 weeks later.</p>",
        "variants": [_variant("VIV-120", {"Width": "120 cm"}, 420.0, available=False, backorder=True)],
    },
    {
        "product_id": "ROCK",
        "name": "Slate Basking Rock",
        "category": "Decor",
        "description": "<p>A flat slate rock.</p><p>The large rock is on backorder: the next shipment "
        "arrives March 3, 2027.</p>",
        "variants": [
            _variant("ROCK-S", {"Size": "Small"}, 12.0),
            _variant("ROCK-L", {"Size": "Large"}, 22.0, available=False, backorder=True),
        ],
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
        "MIST",
        "MistKing Misting Pump",
        "Humidity",
        ["MK 40: for up to 4 nozzles, 40 litres per hour", "MK 80: for up to 8 nozzles, 80 litres per hour"],
        [_variant("MK-40", {"Model": "MK 40"}, 149.0), _variant("MK-80", {"Model": "MK 80"}, 219.0)],
        MAKER,
    ),
    {
        "product_id": "CRICK",
        "name": "Feeder Cricket Tub",
        "category": "Feeders",
        "description": "<p>Crickets kept cool by the tub's vents.</p><p>A ventilated tub of about 500 small "
        "crickets, gut-loaded before they ship.</p><ul><li>Rated life: 3 weeks with fresh greens</li></ul>",
        "variants": [_variant("CRICK-1", {}, 18.0)],
    },
    {
        "product_id": "GECKO",
        "name": "Leopard Gecko",
        "category": "Live Reptiles",
        "description": "<p>A captive-bred juvenile, about 4 months old, eating crickets.</p>",
        "variants": [_variant("GECKO-1", {}, 189.0)],
    },
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
    "visit.md": """# Visit our store

## Address

41 Saguaro Road, Tucson, AZ 85701.

## Parking

Park for free behind the store; the entrance is on the side street.
""",
    "shipping.md": """# Shipping

## When will my feeder insects be sent?

We pack live insects Monday and Tuesday only. Insects are packed to order and sent within 2 days of
packing, so they arrive lively. Dry goods ship within 1 business day.

## Live arrival

We guarantee crickets and other live insects arrive alive. If anything arrives dead, email a photo of
the unopened tub within 2 hours of delivery. Some stillness after a cold journey is normal and is not a
dead arrival.

## Weather holds

In extreme weather we hold live orders and email you a new ship date.

## Heated packs

From November to March every live order gets a heat pack.
""",
    "guarantees.md": """# Our guarantees

On top of the maker's own warranty, we promise the following.

| What | Our promise | For |
|---|---|---|
| Heat emitters | A free replacement if it stops heating | 12 months from purchase |
| Misting pumps | Repair or replacement | 2 years from purchase |

## What isn't covered

Damage from dropping a lamp, or a pump run dry.

## How to claim

Email care@scalefern.example with your order number and a photo of the fault. We reply within a day.
""",
}


CUSTOMERS = [{"customer_id": "C1", "first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org"}]

ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "3102",
        "customer_id": "C1",
        "status": "unfulfilled",
        "fulfillment_status": "unfulfilled",
        "items": [{"name": "Desert Blend Substrate - 20 qt", "variant_id": "SUB-20", "quantity": 1}],
    },
    {
        "order_id": "3101",
        "customer_id": "C1",
        "status": "partially_refunded",
        "refunded_amount": 18.0,
        "fulfillment_status": "fulfilled",
        "items": [{"name": "Feeder Cricket Tub", "variant_id": "CRICK-1", "quantity": 2}],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("scale"), MAKER, PRODUCTS, PAGES, customers=CUSTOMERS, orders=ORDERS
    )


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
        # when more comes, or how long making one takes, in the product's own words
        ("when is the large slate basking rock back in stock?", ["March 3, 2027"], ["don't have a date"]),
        ("is the oakline custom vivarium in stock?", ["4 to 5 weeks"], []),
        # two prices and by how much
        (
            "how much more is the sunstrip pro led 24 inch than the sunstrip t5 24 inch?",
            ["112", "38", "74.00"],
            [],
        ),
        # the days it is done, and the time it takes
        ("when do you pack and send out the insects?", ["Monday and Tuesday"], []),
        # a version's own line, by what it says ("litres per hour") for the words asked ("flow rate")
        ("flow rate on the mistking pump mk 80?", ["80 litres per hour"], ["40 litres"]),
        # what "how many" counts, though the product's name says it too
        ("how many crickets do you get with the feeder cricket tub?", ["500"], []),
        # a generic "what's the X on" names no line that says "Rated"
        ("what's the cri on the feeder cricket tub?", ["doesn't say"], ["3 weeks"]),
        # what a product is asked to suit is no product asked about
        ("is the desert substrate ok for my leopard gecko?", ["Safe for leopard geckos"], []),
        # a street address answers where the store is, not the parking
        ("where is your store located?", ["41 Saguaro Road"], ["Park for free"]),
    ],
)
def test_loosely_worded_questions(shop: Copilot, question: str, said: list[str], not_said: list[str]) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is there a warranty on the misting pumps?", "2 years"),
        ("do you offer a warranty on heat emitters?", "12 months"),
    ],
)
def test_a_warranty_asked_where_the_pages_say_guarantee_is_answered_by_them(
    shop: Copilot, question: str, said: str
) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and said in result.reply, result.reply


def test_a_section_headed_how_to_do_it_answers_how_do_i_do_it(shop: Copilot) -> None:
    result = converse(shop, "how do i make a claim under your guarantee?")
    assert "care@scalefern.example" in result.reply, result.reply


def test_a_version_asked_after_as_coming_back_is_its_restock(shop: Copilot) -> None:
    # "when is the large back?" after the rock: its large one's next shipment, not a page's "back"
    reply = converse(shop, "tell me about the slate basking rock", "when is the large back?").reply
    assert "March 3, 2027" in reply, reply


def test_an_unsent_order_says_when_its_backordered_item_ships(shop: Copilot) -> None:
    result = Chat(shop, as_customer("ana@example.org")).say("when will order 3102 ship?")
    assert result.action == "answer" and "ships from February 11, 2027" in result.reply, result.reply


def test_a_restock_with_no_date_is_handed_over_with_what_the_data_says_of_its_stock(shop: Copilot) -> None:
    result = converse(shop, "when will the basalt hide cave be back in stock?")
    assert result.action == "escalate", result.reply
    assert "backorder" in result.reply and "don't have a date" in result.reply, result.reply


def test_a_condition_the_question_states_as_what_happened_is_its_case(shop: Copilot) -> None:
    """ "my crickets arrived dead" is the case of "If anything arrives dead, email a photo ..."."""
    result = converse(shop, "my crickets arrived dead this morning, what do i need to do?")
    assert "photo" in result.reply and "2 hours" in result.reply, result.reply


def test_a_refund_asked_after_by_the_thing_bought(shop: Copilot) -> None:
    chat = Chat(shop, caller=as_customer("ana@example.org"))
    result = chat.say("did I ever get refunded for the crickets that died?")
    assert "18.00" in result.reply and "3101" in result.reply, result.reply


def test_a_power_spelled_out_names_the_version(shop: Copilot) -> None:
    result = converse(shop, "how much is the basking ceramic heat emitter?", "and the 150 watt one?")
    assert "29.50" in result.reply and result.action == "answer", result.reply


def test_the_weather_in_a_town_a_product_is_named_after_is_off_topic(shop: Copilot) -> None:
    result = converse(shop, "whats the weather gonna be in tucson tomorrow")
    assert result.action == "decline", result.reply
