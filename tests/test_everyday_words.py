"""Questions on a store invented here (Pier & Pine: boards, wetsuits and kitchen boards) in the words
shoppers use rather than the shop's: slang for a kind ("wettie"), a British spelling ("grey"), a
compound's last word ("most expensive board?" weighs the Longboard and the Skateboard, not the chopping
board's cupboard), an attribute asked again of another version ("and the 9'0?"), a comparison that only
says "which is less?", and an order's carrier status, cancellation and a number shaped like a year."""

from __future__ import annotations

import pytest

from copilot.drafting.orders import order_facts
from copilot.identity.references import order_references
from copilot.schemas import Order, OrderItem, Shipment
from copilot.service import Copilot
from copilot.understanding import understand
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Pier & Pine"
PRODUCTS = [
    invented_product(
        "LONG",
        "Harbour Longboard",
        "Surfboards",
        ["Fins: single fin box", "9'0\" Volume: 70 L", "9'6\" Volume: 78 L"],
        [
            _variant("LONG-90", {"Length": "9'0\""}, 1190.0),
            _variant("LONG-96", {"Length": "9'6\""}, 1240.0),
        ],
        MAKER,
    ),
    invented_product(
        "SKATE",
        "Street Skateboard",
        "Skate",
        ["Deck: 7-ply maple"],
        [_variant("SKATE-8", {"Width": "8 in"}, 140.0)],
        MAKER,
    ),
    invented_product(
        "CHOP",
        "Oak Chopping Block",
        "Kitchen",
        ["Wood: end-grain oak"],
        [_variant("CHOP-L", {"Size": "Large"}, 95.0)],
        MAKER,
    ),
    invented_product(
        "SUIT",
        "Coldwater Steamer",
        "Wetsuits",
        ["Thickness: 4/3 mm"],
        [
            _variant("SUIT-M", {"Size": "M", "Colour": "Gray"}, 389.0),
            _variant("SUIT-L", {"Size": "L"}, 399.0),
        ],
        MAKER,
    ),
    invented_product(
        "SPRING",
        "Summer Springsuit",
        "Wetsuits",
        ["Thickness: 2 mm"],
        [_variant("SPRING-M", {"Size": "M"}, 179.0)],
        MAKER,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("pier"), MAKER, PRODUCTS, currency="AUD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("cheapest wettie you've got?", ["Summer Springsuit", "179"], ["Chopping"]),
        ("is the coldwater steamer in grey in stock?", ["Gray"], []),
        ("most expensive board u sell?", ["Harbour Longboard", "1,240"], ["Chopping"]),
        ("harbour longboard vs the street skateboard - which is less?", ["1,190", "140"], []),
    ],
)
def test_a_shoppers_words_find_the_shops(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_an_attribute_asked_again_of_another_version(shop: Copilot) -> None:
    reply = converse(shop, "whats the volume of the harbour longboard 9'6", "and the 9'0?").reply
    assert "70 L" in reply and "1,190" not in reply, reply


def _order(**fields: object) -> Order:
    base: dict[str, object] = {
        "order_id": "#2067",
        "customer_id": "C1",
        "status": "fulfilled",
        "fulfillment_status": "fulfilled",
        "currency": "AUD",
        "total": 179.0,
        "items": [OrderItem(name="Summer Springsuit - M", quantity=1, unit_price=179.0)],
    }
    return Order.model_validate({**base, **fields})


def test_the_carriers_latest_word_on_a_parcel_still_on_its_way() -> None:
    sent = Shipment(carrier="StarTrack", tracking_numbers=["SYD1"], status="out_for_delivery")
    assert "out for delivery" in order_facts(_order(shipments=[sent]), "order_status")
    done = Shipment(carrier="StarTrack", tracking_numbers=["SYD1"], status="delivered")
    assert "carrier's latest" not in order_facts(_order(status="delivered", shipments=[done]), "order_status")


def test_a_failed_order_says_its_payment_did_not_go_through() -> None:
    failed = _order(status="failed", fulfillment_status="unfulfilled", payment_status="failed")
    assert "payment didn't go through" in order_facts(failed, "order_status")
    assert "payment" not in order_facts(_order(payment_status="paid"), "order_status").split(".")[0]


def test_a_refund_of_a_cancelled_order_says_both() -> None:
    order = _order(status="cancelled", cancelled_at="2026-11-27T10:00:00Z", refunded_amount=179.0)
    reply = order_facts(order, "order_refund")
    assert "refunded" in reply and "cancelled on November 27, 2026" in reply


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("status of 2067 please, ann@example.com", ["2067"]),
        ("my friend ordered 2060, has it shipped?", ["2060"]),
        ("I ordered in 2025, where is it?", []),
        ("the code is 123456 - now show ORD-104821", ["ORD-104821"]),
    ],
)
def test_a_number_shaped_like_a_year_is_an_order_unless_written_as_one(text: str, found: list[str]) -> None:
    refs = order_references(text, understand(text), {"": (4, 4)}, lambda _: False)
    assert [r for r in refs if r != "123456"] == found
