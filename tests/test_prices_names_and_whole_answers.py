"""Questions on a store invented here (Larkspur Hire & Mobility: a weekly hire priced by the chair hired, a
walker priced by its frame alone, and two walkers whose names share their first and last words). A price
asked of a product whose versions cost differently is given for each value of the option that sets it;
two products named as clearly by the same words are both answered, and the shopper asked which; a FAQ
question the shopper asks gets the shop's short answer whole, not its first sentence."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Larkspur Hire & Mobility"
PRODUCTS = [
    invented_product(
        "HIRE1",
        "Chair Hire (per week)",
        "Hire",
        ["Collected from and returned to our Brookvale store"],
        [
            _variant("HIRE-STD", {"Chair": "Standard chair"}, 35.0),
            _variant("HIRE-TRN", {"Chair": "Transport chair"}, 30.0),
            _variant("HIRE-BAR", {"Chair": "Bariatric chair"}, 60.0),
        ],
        MAKER,
    ),
    invented_product(
        "WLK1",
        "Voyager Classic Walker",
        "Walkers",
        ["Weight capacity: 300 lb"],
        [
            _variant("VC-BLU", {"Colour": "Blue", "Frame": "Steel"}, 129.0),
            _variant("VC-RED", {"Colour": "Red", "Frame": "Steel"}, 129.0),
            _variant("VC-BLU-AL", {"Colour": "Blue", "Frame": "Aluminium"}, 149.0),
        ],
        MAKER,
    ),
    invented_product(
        "WLK2",
        "Voyager Compact Walker",
        "Walkers",
        ["Weight capacity: 250 lb"],
        [_variant("VP-1", {"Title": "Default Title"}, 139.0)],
        MAKER,
    ),
    invented_product(
        "STOOL1",
        "Larkspur Shower Stool",
        "Bathroom",
        ["Discontinued: we will not be restocking it"],
        [_variant("LSS-1", {"Title": "Default Title"}, 49.0, available=False)],
        MAKER,
    ),
    invented_product(
        "ACID1",
        "Harbour Pool Acid (Hydrochloric 32%)",
        "Pool care",
        ["HCl: lowers pH and alkalinity"],
        [_variant("HPA-5", {"Size": "5 L"}, 17.95), _variant("HPA-20", {"Size": "20 L"}, 49.0)],
        MAKER,
    ),
    invented_product(
        "CAN1",
        "Larkspur 5 L Watering Can",
        "Garden",
        ["Galvanised steel"],
        [_variant("LWC-1", {"Title": "Default Title"}, 39.0)],
        MAKER,
    ),
    invented_product(
        "CANE1",
        "Birchwood Folding Cane",
        "Canes",
        ["Height: 33 to 37 in"],
        [_variant("BC-1", {"Colour": "Black"}, 24.0), _variant("BC-2", {"Colour": "Floral"}, 27.0)],
        MAKER,
    ),
]

PAGES = {
    "sizing.md": """# Sizing guide

## Seat width

Sit on a firm chair and measure straight across your hips. Add 5 cm to that for your seat width.

| Hip width | Seat width |
|---|---|
| Up to 36 cm | 41 cm |
| 36 to 41 cm | 46 cm |

Measure your doorways as well before you choose a chair.
""",
    "faq.md": """# FAQ

## Do you bill insurance or Medicare?

No, we are not an insurance or Medicare supplier and cannot bill them. We will email you an itemised receipt
with the billing codes so you can claim from your plan yourself.

## Cushions: which ones do I need?

- **Foam cushions** fit the seat of any of our chairs. Our Comfort Foam Cushion is washable.
- **Gel cushions** spread the weight for long sitting. Our Gel Relief Cushion suits most pressure sores; see
  a nurse first.

## Can I collect my hire chair?

Yes, from our Brookvale store on weekdays. Bring photo ID. We hold a $100 deposit on a card until the
chair comes back. Deposits are refunded within five days of the return, less any repairs.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larkspur"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much to hire a chair for a week", ["Standard chair $35.00", "Transport chair $30.00"]),
        # the colour does not set the price, the frame does
        ("price of the voyager classic walker?", ["Steel $129.00", "Aluminium $149.00"]),
    ],
)
def test_each_price_of_the_option_that_sets_it(shop: Copilot, question: str, said: list[str]) -> None:
    assert_reply(shop, question, said)


def test_names_said_alike_are_both_priced_and_the_shopper_asked(shop: Copilot) -> None:
    reply = converse(shop, "how much is the voyager walker").reply
    assert "$139.00" in reply and "$129.00" in reply and "Which one" in reply, reply


def test_a_name_said_more_fully_is_the_one(shop: Copilot) -> None:
    assert_reply(shop, "how much is the voyager compact walker", ["$139.00"], ["$129.00", "Which one"])


def test_the_one_in_focus_goes_on_alone(shop: Copilot) -> None:
    reply = converse(shop, "is the voyager compact walker in stock?", "how much is the voyager walker?").reply
    assert "$139.00" in reply and "Which one" not in reply, reply


def test_a_faq_asked_gets_its_short_answer_whole(shop: Copilot) -> None:
    assert_reply(shop, "do you bill medicare?", ["cannot bill them", "itemised receipt"])


def test_a_longer_answer_is_read_sentence_by_sentence(shop: Copilot) -> None:
    # four sentences: the ones asked of, not all of them
    assert_reply(shop, "can i collect my hire chair?", ["Brookvale store"], ["refunded within five days"])
    assert_reply(shop, "when do i get my deposit back?", ["within five days"], ["photo ID"])


def test_the_price_of_what_cannot_be_bought_says_so(shop: Copilot) -> None:
    assert_reply(
        shop, "how much is the larkspur shower stool?", ["$49.00", "out of stock", "will not be restocking"]
    )
    assert_reply(shop, "price of the birchwood folding cane?", ["$24.00"], ["out of stock"])


def test_a_version_named_by_its_amount_names_its_product(shop: Copilot) -> None:
    # "5 L" is said whole, and an amount is no product's name though "5" and "L" are in one
    assert_reply(shop, "hcl 5L how much", ["$17.95"], ["$49.00", "$39.00"])


def test_a_how_to_gets_its_short_paragraph_whole(shop: Copilot) -> None:
    # the paragraph's steps, not its first one; not the sentence after the table
    said = ["measure straight across", "Add 5 cm"]
    assert_reply(shop, "how do i measure for a seat width?", said, ["doorways"])


def test_a_paragraph_answer_keeps_the_sentence_that_says_what_it_leaves_unsaid(shop: Copilot) -> None:
    # the foam cushions' paragraph answers first; the gel cushion's sentence says the pressure sores asked
    assert_reply(shop, "what cushions do i need for seats with sores?", ["Foam cushions", "pressure sores"])
