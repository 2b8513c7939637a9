"""An invented mountain shop (Cirque Alpine, CAD). A line of an order asked about by what it held ("what
did i pay for the boots on order 5012?", "what length was the rope on order 5013?") is answered from the
order's items with their prices, not with the order's total. "Where is my order?" and "what was in my
order?" asked in French, Spanish or German get the order's news and items, with the carrier named in
the shipping method. A product the shop stopped selling, named only on a notice page ("We no longer sell
the Apex." under "Retirement notice: Crux Apex Helmet"), gets that sentence, not a product that shares
a word of its name. A question that asks how long ("how many hours does the beacon run on its
batteries?", "how long is the warranty on talon harnesses") is not answered by a line without a time
("Batteries: 3 x AAA alkaline", "... for long sport days"): the shop's information does not say, or a
page does ("| Talon harnesses | 3 years |")."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Cirque Alpine"

PRODUCTS = [
    {
        "product_id": "BOOT",
        "name": "Talus Mid Approach Boot",
        "category": "Footwear",
        "description": "<p>A suede approach boot.</p>",
        "variants": [_variant("TAL-42", {"Size": "EU 42"}, 219.95)],
    },
    {
        "product_id": "ROPE",
        "name": "Couloir 9.2 mm Dry Rope",
        "category": "Ropes",
        "description": "<p>A dry-treated single rope.</p>",
        "variants": [
            _variant("COU-60", {"Length": "60 m"}, 319.95),
            _variant("COU-70", {"Length": "70 m"}, 359.95),
        ],
    },
    {
        "product_id": "HALO",
        "name": "Crux Halo Climbing Helmet",
        "category": "Helmets",
        "description": "<p>A foam and shell helmet.</p>",
        "variants": [_variant("HALO-ML", {"Size": "M/L"}, 119.95)],
    },
    {
        "product_id": "PEAR",
        "name": "Crux Pearbiner Locking Carabiner",
        "category": "Carabiners",
        "description": "<p>A wide HMS carabiner for belaying.</p>",
        "variants": [_variant("PEAR-1", {"Gate": "Screwgate"}, 24.95)],
    },
]

PRODUCTS += [
    {
        "product_id": "BEACON",
        "name": "Drift Avalanche Beacon",
        "category": "Avalanche",
        "description": "<p>A three-antenna beacon.</p><ul><li>Batteries: 3 x AAA alkaline</li>"
        "<li>Range: 60 m</li></ul>",
        "variants": [_variant("BEACON-1", {"Colour": "Orange"}, 449.95)],
    },
    {
        "product_id": "TALON",
        "name": "Talon Sport Harness",
        "category": "Harnesses",
        "description": "<p>The do-everything harness for gym, crag and long sport days.</p>",
        "variants": [_variant("TALON-M", {"Size": "M"}, 89.95)],
    },
]

PRODUCTS.append(
    {
        "product_id": "BAR",
        "name": "Hangboard Pull-Up Bar",
        "category": "Training",
        "description": "<p>A steel bar for the doorway.</p><ul><li>Length: 1.1 m</li></ul>",
        "variants": [_variant("BAR-1", {"Finish": "Black"}, 59.95)],
    }
)

PAGES = {
    "warranty.md": """# Warranty

Everything we sell is covered against defects in materials and workmanship.

| Product | Warranty | Notes |
|---|---|---|
| Talon harnesses | 3 years | not wear from use |
| Drift beacons | 5 years | not water damage |
""",
    "notices.md": """# Safety notices

## Recall: Crux Ridge Locking Carabiner

Affected: Crux Ridge Locking Carabiners from lots 2407 to 2412. Stop using them.
We no longer sell the Crux Ridge Locking Carabiner.

## Retirement notice: Crux Apex Helmet

Crux recommends retiring all Crux Apex Helmets made from 2019 to 2021. We no longer sell the Apex.
""",
}

CUSTOMERS = [
    {"customer_id": "C1", "first_name": "Grace", "last_name": "Nakamura", "email": "grace@example.org"},
    {"customer_id": "C2", "first_name": "Etienne", "last_name": "Gagnon", "email": "etienne@example.ca"},
]

ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "5012",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "total": 325.35,
        "items": [
            {
                "name": "Talus Mid Approach Boot - EU 42",
                "variant_id": "TAL-42",
                "unit_price": 175.96,
                "quantity": 1,
            },
            {"name": "Chalk Bag", "variant_id": "BAG", "unit_price": 29.95, "quantity": 1},
        ],
    },
    {
        "order_id": "5013",
        "customer_id": "C2",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "total": 459.79,
        "items": [
            {
                "name": "Couloir 9.2 mm Dry Rope - 70 m",
                "variant_id": "COU-70",
                "unit_price": 359.95,
                "quantity": 1,
            }
        ],
        "shipments": [{"method": "Free Standard Shipping (Canada Post)", "shipped_at": "2026-07-12"}],
    },
    {
        "order_id": "5014",
        "customer_id": "C2",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "total": 29.95,
        "items": [{"name": "Chalk Bag", "variant_id": "BAG", "unit_price": 29.95, "quantity": 1}],
        "shipments": [
            {"carrier": "Purolator", "tracking_numbers": ["PUR5550147"], "shipped_at": "2026-07-20"}
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("cirque"), SHOP, PRODUCTS, PAGES, "CAD", customers=CUSTOMERS, orders=ORDERS
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what did i pay for the talus boots on order 5012? grace@example.org", ["175.96"], []),
        ("how much was the chalk bag on order 5012? grace@example.org", ["29.95"], []),
        ("what length was the rope on order 5013? etienne@example.ca", ["70 m"], []),
        # the order's own price is still its total
        ("what did i pay for order 5012? grace@example.org", ["325.35"], []),
    ],
)
def test_a_line_of_an_order_is_answered_from_its_items(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Bonjour, où en est ma commande 5013 ? Mon courriel : etienne@example.ca", ["Canada Post", "70 m"]),
        ("Ma commande 5013, courriel etienne@example.ca : est-ce qu'elle est partie ?", ["Canada Post"]),
        ("¿dónde está mi pedido 5013? etienne@example.ca", ["Canada Post"]),
        ("wo ist meine Bestellung 5013? etienne@example.ca", ["Canada Post"]),
        ("Qu'est-ce qu'il y avait dans ma commande 5012 ? grace@example.org", ["Talus Mid", "Chalk Bag"]),
    ],
)
def test_order_news_and_items_are_asked_in_other_languages(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "5014 etienne@example.ca when was it sent and who with",
            ["Purolator", "July 20, 2026", "PUR5550147"],
        ),
        ("order 5013, etienne@example.ca - how was it delivered?", ["Canada Post", "July 12, 2026"]),
    ],
)
def test_how_and_when_an_order_went_is_its_carrier_and_day(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do you still have the crux apex helmet?", "We no longer sell the Apex."),
        (
            "I want to buy the crux ridge locking carabiner, do you have it?",
            "We no longer sell the Crux Ridge Locking Carabiner.",
        ),
    ],
)
def test_a_product_no_longer_sold_is_said_so_from_its_notice(shop: Copilot, question: str, said: str) -> None:
    assert_reply(shop, question, [said], ["Pearbiner", "Halo"])


def test_how_long_is_not_answered_by_a_line_without_a_time(shop: Copilot) -> None:
    reply = converse(shop, "how many hours does the drift beacon run on a set of batteries?").reply
    assert "3 x AAA" not in reply and "doesn't say" in reply, reply


def test_how_long_is_the_warranty_is_the_pages_row(shop: Copilot) -> None:
    assert_reply(shop, "how long is the warranty on talon harnesses", ["3 years"], ["long sport days"])


def test_how_long_of_a_thing_asks_its_length(shop: Copilot) -> None:
    assert_reply(shop, "how long is the hangboard pull-up bar", ["1.1 m"])
