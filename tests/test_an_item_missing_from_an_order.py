"""Orders on a store invented here (Maplecourt Home: blinds, curtains, bath bombs). A shopper who got only
part of an order ("only the curtains came, where's the blind?", "i only got the pillows from 7002, the
duvet is missing") asks about that order: the reply says what it holds, what went and how it was sent.
The shop's own words for what it sells are no feeling: "where's the blind?" or "the bath bomb i ordered"
from a valuable customer is a question, not the annoyance that hands such a customer to a person."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.escalation.signals import frustration
from copilot.service import Copilot
from tests.chat import Chat, as_customer
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Maplecourt Home"
PRODUCTS = [
    invented_product(
        "BLIND",
        "Blackout Roller Blind",
        "Window > Blinds",
        ["Width: made to measure"],
        [_variant("BRB-48", {"Width": "48 in"}, 310.0)],
        SHOP,
    ),
    invented_product(
        "CURTAIN",
        "Linen Curtain Panel",
        "Window > Curtains",
        ["Sold: per panel"],
        [_variant("LCP-84", {"Length": "84 in"}, 95.0)],
        SHOP,
    ),
    invented_product(
        "DUVET",
        "Goose Down Duvet",
        "Bedding > Duvets",
        ["Fill: 90% goose down"],
        [_variant("GDD-Q", {"Size": "Queen"}, 420.0)],
        SHOP,
    ),
    invented_product(
        "PILLOW",
        "Feather Pillow",
        "Bedding > Pillows",
        ["Fill: feather"],
        [_variant("FP-S", {"Size": "Standard"}, 45.0)],
        SHOP,
    ),
]
CUSTOMERS = [{"customer_id": "C1", "first_name": "Wren", "last_name": "Okafor", "email": "wren@example.org"}]
ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "7001",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "partially_fulfilled",
        "total": 500.0,
        "items": [
            {
                "name": "Blackout Roller Blind - 48 in",
                "variant_id": "BRB-48",
                "unit_price": 310.0,
                "quantity": 1,
            },
            {
                "name": "Linen Curtain Panel - 84 in",
                "variant_id": "LCP-84",
                "unit_price": 95.0,
                "quantity": 2,
            },
        ],
        "shipments": [{"carrier": "Canada Post", "variant_ids": ["LCP-84"], "shipped_at": "2026-11-20"}],
    },
    {
        "order_id": "7002",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "total": 510.0,
        "shipping_method": "Oversize parcel (Purolator)",
        "items": [
            {"name": "Goose Down Duvet - Queen", "variant_id": "GDD-Q", "unit_price": 420.0, "quantity": 1},
            {"name": "Feather Pillow - Standard", "variant_id": "FP-S", "unit_price": 45.0, "quantity": 2},
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("maplecourt")
    return invented_shop(root, SHOP, PRODUCTS, currency="CAD", customers=CUSTOMERS, orders=ORDERS)


def test_part_of_an_order_that_came_is_answered_with_what_went_and_what_did_not(shop: Copilot) -> None:
    result = Chat(shop, as_customer("wren@example.org")).say(
        "order 7001 only the curtains came, where's the blind?"
    )
    assert result.action == "answer", result.reply
    assert "Not shipped yet: 1 x Blackout Roller Blind" in result.reply, result.reply


def test_an_item_said_to_be_missing_gets_the_orders_items_and_how_it_was_sent(shop: Copilot) -> None:
    reply = (
        Chat(shop, as_customer("wren@example.org"))
        .say("i only got the pillows from 7002, the duvet is missing")
        .reply
    )
    assert "Goose Down Duvet" in reply and "Purolator" in reply, reply


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("where's the blind?", {"blind"}),
        ("where is the bath bomb i ordered?", {"bath", "bomb"}),
        ("has the killer whale plush shipped", {"killer", "whale", "plush"}),
    ],
)
def test_the_shops_words_for_what_it_sells_are_no_feeling(text: str, words: set[str]) -> None:
    assert frustration(text) > 0.1  # a sentiment lexicon reads them as bad news
    assert frustration(text, words) == 0.0


def test_a_feeling_said_beside_the_shops_words_still_counts() -> None:
    assert frustration("this is ridiculous, the blind is awful and i am furious", {"blind"}) > 0.3
