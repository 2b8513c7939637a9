"""An invented paddling shop (Northshore Paddle Co., CAD). A product whose one option is named as the feed
names it ("Pattern": "Strap", "Hybrid", "Automatic") lists it when the shopper asks for options by
another word ("what binding options are there?"). A place on a course ("is there room on the january
course?", "any spots left?") is asked of its dated versions. Where a product is made is answered only by
a sentence that says so ("Made in Italy"), not by one that has the word "made" ("paddles made from 2019
to 2021"). "Is there extra shipping on kayaks?" asks for the surcharge. A country is not a narrower
region's row ("canada" and "Atlantic Canada (NB, NS)"). Availability is said in the shop's own case
("Pattern Jan 9-10, 2027 is out of stock"). The cheapest "10 l bottle" is the cheapest thing sold in 10 L,
not the Bottle Opener. "Looking at the fjordline kayak" is answered with what the shop says of it, and
"how heavy is it?" after it asks the kayak's weight, not about the Heavy-Duty Kayak Cover."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import Chat, assert_reply
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Northshore Paddle Co."

PRODUCTS = [
    {
        "product_id": "SPRAY",
        "name": "Tidewater Neoprene Spray Skirt",
        "category": "Accessories",
        "description": "<p>Pick the deck binding that matches your kayak's cockpit:</p>"
        "<ul><li>Strap: adjustable webbing</li><li>Automatic: a bungee rand</li></ul>",
        "variants": [
            _variant("SPR-S", {"Pattern": "Strap"}, 119.95),
            _variant("SPR-H", {"Pattern": "Hybrid"}, 139.95),
            _variant("SPR-A", {"Pattern": "Automatic"}, 159.95),
        ],
    },
    {
        "product_id": "COURSE",
        "name": "Intro to Sea Kayaking Course (2 days)",
        "category": "Courses",
        "description": "<p>Two days on the water with a certified guide.</p>",
        "variants": [
            _variant("C-JAN", {"Pattern": "Jan 9-10, 2027"}, 395.00, available=False),
            _variant("C-FEB", {"Pattern": "Feb 6-7, 2027"}, 395.00),
            _variant("C-MAR", {"Pattern": "Mar 6-7, 2027"}, 395.00),
        ],
    },
    {
        "product_id": "PADDLE",
        "name": "Skerry Carbon Touring Paddle",
        "category": "Paddles",
        "description": "<p>A 720 g two-piece carbon paddle.</p>",
        "variants": [_variant("SKR-220", {"Length": "220 cm"}, 329.00)],
    },
    {
        "product_id": "KAYAK",
        "name": "Fjordline 16 Touring Kayak",
        "category": "Kayaks",
        "description": "<p>A 16 ft touring kayak with two bulkheads.</p><ul><li>Weight: 24 kg</li></ul>",
        "variants": [_variant("FJ-16", {"Colour": "Red"}, 2499.00)],
    },
    {
        "product_id": "COVER",
        "name": "Heavy-Duty Kayak Cover",
        "category": "Accessories",
        "description": "<p>A UV-proof cover for storing a kayak outdoors.</p>",
        "variants": [_variant("COV-16", {"Length": "16 ft"}, 89.00)],
    },
    {
        "product_id": "OPENER",
        "name": "Brass Bottle Opener",
        "category": "Gifts",
        "description": "<p>A keyring bottle opener.</p>",
        "variants": [_variant("OPN-1", {"Finish": "Brass"}, 9.00)],
    },
    {
        "product_id": "WATER",
        "name": "Expedition Water Carrier",
        "category": "Camping",
        "description": "<p>A collapsible water carrier.</p>",
        "variants": [
            _variant("WAT-5", {"Size": "5 L"}, 19.00),
            _variant("WAT-10", {"Size": "10 L"}, 27.00),
        ],
    },
]

PAGES = {
    "notices.md": """# Safety notices

## Recall: Skerry Classic Paddle

Skerry recommends retiring all Skerry Classic paddles made from 2019 to 2021: the shaft joint can
crack. Bring yours in and get 30% off a Skerry Carbon Touring Paddle.
""",
    "shipping.md": """# Shipping

We ship across Canada. Standard shipping is free on orders of $150 or more.

## Kayaks (oversize)

Kayaks are oversize freight. We add a surcharge of $95.00 per kayak, also on orders that otherwise
ship free.

## Rates

| Destination | Standard |
|---|---|
| British Columbia | $9.95 |
| Atlantic Canada (NB, NS, PE, NL) | $16.95 |

## Holiday deadlines

To get your order by December 24, order by December 15 with Standard shipping in Canada.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("northshore"), SHOP, PRODUCTS, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        (
            "what binding options are there on the tidewater spray skirt?",
            ["Strap", "Hybrid", "Automatic"],
            [],
        ),
        ("is there room on the january sea kayaking course?", ["Jan 9-10, 2027 is out of stock"], []),
        ("any spots left on the intro to sea kayaking course?", ["Feb 6-7, 2027"], []),
        ("where is the skerry carbon touring paddle made?", ["doesn't say"], ["2019"]),
        ("is there extra shipping on kayaks?", ["95.00"], []),
        ("whats your cheapest 10 l bottle?", ["Expedition Water Carrier", "27.00"], ["Opener"]),
        (
            "last day to order for christmas delivery? im in canada, regular shipping",
            ["December 15"],
            ["16.95"],
        ),
    ],
)
def test_options_courses_origins_and_surcharges(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_product_looked_at_and_how_heavy_it_is(shop: Copilot) -> None:
    chat = Chat(shop)
    first = chat.say("looking at the fjordline 16 touring kayak")
    assert "Fjordline 16 Touring Kayak" in first.reply and first.action == "answer", first.reply
    then = chat.say("how heavy is it?")
    assert "24 kg" in then.reply and "Cover" not in then.reply, then.reply
