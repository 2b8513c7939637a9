"""Questions on a store invented here (Estuary Paddle Co.: kayaks, paddles and their leashes, a deck
bag made for one kayak, two headlamps told apart by their number, a dry bag on sale, pages on delivery,
returns, safety, engraving and frequently asked questions, numeric order numbers) that turn on what the
shop never names or names its own way: a student discount where the pages speak of trade discounts, gift
wrapping where they speak of gift cards, a kayak it does not sell, how long a refund takes (not how long
returns are open), a ten-year-old beside "under 14", an FAQ asked in other words, Jersey as a place,
the cheapest kayak beside a kayak accessory, "200 vs 300", a battery's run time, a bag for a kayak,
"any discount atm?", engraving the shop does itself, a leaking battery that burnt a wrist, and order
questions with an email whose order number has digits only."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Estuary Paddle Co."
PRODUCTS = [
    invented_product(
        "SEAL",
        "Seal 12 Touring Kayak",
        "Kayaks",
        ["Length: 3.7 m", "Weight: 23 kg"],
        [_variant("SEAL-12", {}, 1190.0)],
        MAKER,
    ),
    invented_product(
        "TERN",
        "Tern Sit-On-Top Kayak",
        "Kayaks",
        ["Length: 3.0 m", "Weight: 20 kg"],
        [_variant("TERN-1", {}, 640.0)],
        MAKER,
    ),
    invented_product(
        "LEASH",
        "Kayak Paddle Leash",
        "Kayaks > Kayak Accessories",
        ["Length: 1.2 m coiled"],
        [_variant("LEASH-1", {}, 19.0)],
        MAKER,
    ),
    invented_product(
        "DECKBAG",
        "Deck Bag",
        "Accessories",
        ["Made to fit the deck lines of our kayaks"],
        [_variant(f"DB-{k}", {"Fits": k}, price) for k, price in (("Seal 12", 45.0), ("Tern", 39.0))],
        MAKER,
    ),
    invented_product(
        "LAMP200",
        "Glim 200 Headlamp",
        "Lights",
        ["Output: 200 lumens", "Battery: 900 mAh, USB-C rechargeable", "Run time: 3 h on high, 30 h on low"],
        [_variant("GLIM-200", {}, 35.0)],
        MAKER,
    ),
    invented_product(
        "LAMP300",
        "Glim 300 Headlamp",
        "Lights",
        ["Output: 300 lumens", "Battery: 1200 mAh, USB-C rechargeable", "Run time: 4 h on high, 40 h on low"],
        [_variant("GLIM-300", {}, 49.0)],
        MAKER,
    ),
    invented_product(
        "DRYBAG",
        "Roll-Top Dry Bag",
        "Bags",
        ["Volume: 20 litres"],
        [_variant("DRY-20", {}, 24.0, compare_at_price=32.0)],
        MAKER,
    ),
    invented_product(
        "PADDLE",
        "Carbon Touring Paddle",
        "Paddles",
        ["Blade: carbon", "Engraving: the shaft can be engraved with up to 20 letters"],
        [_variant("CTP-1", {}, 260.0)],
        MAKER,
    ),
]

PAGES = {
    "faq.md": """# Frequently asked questions

## Do you offer trade or club discounts?

Clubs and outdoor centres ordering 6 or more boats are quoted by our trade desk: email
trade@estuarypaddle.example.

## Can I collect my order?

Yes. Click and collect is free from our boathouse at 3 Quay Lane, Falmouth TR11 3XX, Tuesday to Saturday.

## Where are you?

Our shop and boathouse are at 3 Quay Lane, Falmouth TR11 3XX. Free parking on the quay.

## Do you sell gift cards?

Gift cards from £25 are emailed to the recipient straight away.
""",
    "returns.md": """# Returns and refunds

## Returning an item

You can return most items within 30 days of delivery for a full refund, as long as they are unused.
Kayaks returned for change of mind must be unused, and a 15% restocking fee applies.

## Guided trips

Late cancellations of a guided trip are charged a £20.00 call-out fee.

## Refunds

We refund to your original payment method within 5 working days of your return reaching us.
""",
    "safety.md": """# Safety

## Children

Keep paddles and blades away from small children. Our kayaks are not suitable for children under 14.

## Licences

You don't need a licence to paddle on the sea. On canals and rivers you need a waterways licence.
""",
    "delivery.md": """# Delivery

| Zone | Cost |
|---|---|
| England, Wales and Scotland | £9.95 |
| Isle of Man and the Channel Islands | £24.95 |

We don't deliver outside the UK.
""",
    "paddle-sizing.md": """# Paddle sizing

| Your height | Narrow kayak | Wide kayak |
|---|---|---|
| 5'3" - 5'6" (160-168 cm) | 210-220 cm | 220-230 cm |
| 5'7" - 5'10" (170-178 cm) | 220-230 cm | 230-240 cm |
| 5'11" - 6'2" (180-188 cm) | 230-240 cm | 240-250 cm |

## Kids

Kids paddles are sized by age: 4-6 yrs fits 104-116 cm tall, 7-9 yrs 122-134 cm, 10-12 yrs 140-152 cm.
""",
    "engraving.md": """# Engraving

We engrave paddle shafts by laser. Engraving adds 3 working days before your order is dispatched.
""",
}

CUSTOMERS = [
    {
        "customer_id": "C7",
        "first_name": "Rowan",
        "last_name": "Price",
        "email": "rowan@example.com",
        "zip": "TR11 2AB",
    }
]
ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "40917",
        "customer_id": "C7",
        "status": "shipped",
        "items": [{"name": "Glim 200 Headlamp", "variant_id": "GLIM-200", "unit_price": 35.0, "quantity": 1}],
        "shipments": [{"carrier": "Royal Mail", "tracking_numbers": ["RM123456789GB"]}],
    },
    {
        "order_id": "41060",
        "customer_id": "C7",
        "status": "refunded",
        "refunded_amount": 24.0,
        "items": [{"name": "Roll-Top Dry Bag", "variant_id": "DRY-20", "unit_price": 24.0, "quantity": 1}],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("estuary"),
        MAKER,
        PRODUCTS,
        PAGES,
        currency="GBP",
        customers=CUSTOMERS,
        orders=ORDERS,
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how long do refunds take once you get it back?", ["5 working days"], ["30 days"]),
        ("are your kayaks ok for my 10 year old to use?", ["under 14"], []),
        ("can i pick my order up from you instead of having it delivered?", ["3 Quay Lane"], []),
        ("do you deliver to jersey? how much", ["24.95"], ["don't deliver"]),
        ("what's your cheapest kayak?", ["Tern Sit-On-Top Kayak"], ["Leash"]),
        ("glim 200 vs 300 - which one is brighter?", ["200 lumens", "300 lumens"], []),
        ("how long does the glim 300 battery last on low?", ["40 h on low"], []),
        ("deck bag for the seal 12 - how much is it?", ["45.00"], ["1,190", "1190"]),
        ("roll-top dry bag - any discount atm?", ["24.00", "32.00"], []),
        # a deal or a special on a product asks its price, though the shop never says "deal"
        ("is there a deal on the roll-top dry bag?", ["24.00", "32.00"], ["doesn't say"]),
        ("is there a special on the dry bag", ["24.00"], ["doesn't say"]),
        ("whats the glim 300 going for", ["49.00"], []),
        # a person sent to, then where she is; the place's country, named by the pages
        ("can you send a paddle to my sister in Paris?", ["don't deliver outside the UK"], []),
        # a height in either unit finds its row, the column asked gives the length
        ("im 5'9, what paddle length for a wide kayak?", ["230-240 cm"], ["220-230"]),
        ("im 175 cm tall, what length paddle should i get for a narrow kayak?", ["220-230 cm"], ["230-240"]),
        # a line of ages and heights is the chart a child's height is on, not the adults' table
        ("what size kids paddle for a child who is 130 cm tall?", ["7-9 yrs"], []),
        # a question of the shop's terms that names a product asks what its price does not say
        ("do i need a licence to paddle the seal 12?", ["waterways licence"], ["1,190"]),
        # where the shop is, from a section that says it with none of the words of an address
        ("where are you based? want to come in", ["3 Quay Lane"], []),
        # a fee that is a share of the price, over a fee in money for something else
        ("is there a restocking fee if i return a kayak?", ["15%"], ["£20.00"]),
    ],
)
def test_questions_read_the_shops_own_way(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "never"),
    [
        ("do you do a student discount?", "trade desk"),  # the pages speak of trade discounts only
        ("any loyalty scheme?", "gift cards"),
        ("do you have a loyalty card?", "Gift"),  # no gift card its "card" names
        ("got any discount codes?", "trade desk"),  # pages that never say "code" name none, nor a product
        ("do you do a student discount? im at uni", "trade desk"),  # "im" is no Isle of Man
        ("do you rent out kayaks for a weekend?", "Kayak"),  # renting, not the kayaks rented
        ("is there a cafe at the boathouse?", "Quay Lane"),
        ("how much is the aurora sea kayak?", "1,190"),  # a kayak the shop does not sell
    ],
)
def test_what_the_shop_never_names_is_said_so_and_goes_to_a_person(
    shop: Copilot, question: str, never: str
) -> None:
    result = converse(shop, question)
    assert result.action == "escalate", result.reply
    assert "doesn't say" in result.reply or "couldn't find" in result.reply, result.reply
    assert never not in result.reply


def test_engraving_the_shop_does_itself_is_answered_not_handed_over(shop: Copilot) -> None:
    result = converse(shop, "will engraving delay my order?")
    assert result.action == "answer" and result.handoff is None, result.reply
    assert "3 working days" in result.reply


def test_a_leaking_battery_that_burnt_a_wrist_goes_to_a_person(shop: Copilot) -> None:
    result = converse(shop, "the battery in my son's glim 200 leaked and now his wrist is red and burning")
    assert result.action == "escalate"
    assert result.handoff is not None
    assert any(r.rule == "sensitive_topic" for r in result.handoff.reasons)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which company has order 40917? (rowan@example.com)", ["Royal Mail", "RM123456789GB"]),
        ("refund on 41060? rowan@example.com", ["24.00", "refunded"]),
        ("hi, checking on order 40917, email rowan@example.com", ["Glim 200 Headlamp", "RM123456789GB"]),
    ],
)
def test_an_order_with_digits_only_and_its_email_answers_the_question(
    shop: Copilot, question: str, said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said), reply
    assert "How can I help" not in reply


def test_an_email_after_the_order_asked_about_answers_that_question(shop: Copilot) -> None:
    chat = Chat(shop)
    chat.say("can you tell me the tracking for order 40917")
    assert "RM123456789GB" in chat.say("it's rowan@example.com").reply


@pytest.mark.parametrize("question", ["any 10?", "is there a 2?"])
def test_an_offer_asked_of_a_number_alone_gets_a_reply(shop: Copilot, question: str) -> None:
    """ "any 10?" asks whether the shop has a thing, named by no word at all (it raised IndexError)."""
    result = converse(shop, question)
    assert result.action in ("answer", "escalate") and result.reply


@pytest.mark.parametrize("question", ["hi im Rowan Price, wheres my order", "hi wheres my order"])
def test_a_greeting_before_an_order_question_asks_for_proof(shop: Copilot, question: str) -> None:
    # a name is no proof, and the greeting does not swallow the question asked without its question mark
    result = converse(shop, question)
    assert result.action == "ask_verification", result.reply
    assert "RM123456789GB" not in result.reply
