"""A number the shop's product names use, said beside a word of those names, names a product, though
the shop's order numbers have as many digits (Kestrel Power, a store invented here: a 5000mAh pack and
orders 5201 to 5202): "how much is a 3s 5000 pack?" is a price, not an order's total to be proven; a
number said alone, or written as an order, is still an order asked after, the same whether that order
exists or not; ordering ("can i order it now?", "if i order 5201 packs") is no order. And a race track,
a battery "fully charged": no order tracked, no one charged. An order id typed without the "#" the shop
writes ("status of order 5204?") is that order, whatever its other orders' items share with the words
("Build-to-Order")."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Kestrel Power"
PRODUCTS = [
    invented_product(
        "PACK5000",
        "Kestrel 5000mAh 3S Pack",
        "Batteries",
        ["Cells: 3S", "Connector: XT60"],
        [_variant("K5000-3S", {"Cells": "3S"}, 94.99), _variant("K5000-4S", {"Cells": "4S"}, 119.99)],
        SHOP,
    ),
    invented_product(
        "TRACKDAY",
        "Indoor Track Day Pass",
        "Track",
        ["Where: our indoor clay track behind the shop"],
        [_variant("TD-1", {"Title": "Default Title"}, 15.0)],
        SHOP,
    ),
]
PAGES = {
    "track.md": "# Track\n\n## Opening times\n\nOpen track: Tuesday and Thursday 5 pm to 8 pm.\n",
    "batteries.md": "# Battery guide\n\n| Cells | Fully charged |\n| --- | --- |\n| 3S | 12.6 V |\n",
}
CUSTOMERS = [
    {"customer_id": "C1", "first_name": "Rowan", "last_name": "Tate", "email": "rowan@example.ca"},
    {"customer_id": "C2", "first_name": "Ilse", "last_name": "Brandt", "email": "ilse@example.ca"},
]
ORDERS: list[dict[str, Any]] = [
    *(
        {"order_id": str(n), "customer_id": "C1", "status": "paid", "total": 94.99, "items": []}
        for n in (5201, 5202)
    ),
    {
        "order_id": "#5203",
        "customer_id": "C2",
        "status": "fulfilled",
        "total": 210.0,
        "items": [{"name": "Kestrel Build-to-Order Pack", "variant_id": "KB-1", "unit_price": 210.0}],
    },
    {
        "order_id": "#5204",
        "customer_id": "C2",
        "status": "unfulfilled",
        "total": 94.99,
        "items": [{"name": "Kestrel 5000mAh 3S Pack", "variant_id": "K5000-3S", "unit_price": 94.99}],
    },
]
VERIFY = "order number together with the email"


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("kestrel")
    return invented_shop(root, SHOP, PRODUCTS, PAGES, "CAD", customers=CUSTOMERS, orders=ORDERS)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much is a 3s 5000 pack", "94.99"),
        ("what connector does the kestrel 5000 have", "XT60"),
        ("when is the track open?", "5 pm to 8 pm"),
        ("how much is a track day pass", "15.00"),
        ("what voltage is a fully charged 3s", "12.6 V"),
    ],
)
def test_a_product_question_is_answered_not_held_for_proof(shop: Copilot, question: str, said: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and said in result.reply, result.reply


@pytest.mark.parametrize("number", ["5000", "5201", "5299"])
@pytest.mark.parametrize("question", ["has {} shipped?", "how much was #{}?"])
def test_a_number_alone_or_written_as_an_order_is_an_order(shop: Copilot, question: str, number: str) -> None:
    result = converse(shop, question.format(number))
    assert result.action == "ask_verification" and VERIFY in result.reply, result.reply


@pytest.mark.parametrize(
    "question",
    [
        "is the kestrel 5000 pack in stock? can i order it now",
        "if i order 5201 packs of the kestrel 5000, what discount?",
    ],
)
def test_ordering_is_no_order(shop: Copilot, question: str) -> None:
    """ "can i order it now?" and "if i order 5201 packs" speak of buying: no order number is asked for."""
    result = converse(shop, question)
    assert result.action != "ask_verification" and VERIFY not in result.reply, result.reply


def test_an_order_id_typed_without_its_hash_is_that_order(shop: Copilot) -> None:
    reply = Chat(shop, caller=as_customer("ilse@example.ca")).say("status of order 5204?").reply
    assert "#5204" in reply and "#5203" not in reply, reply
