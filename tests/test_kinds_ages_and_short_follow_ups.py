"""Questions on a store invented here (Fernbank Knits: caps, beanies, a children's cap by age, a care
spray; pages on discounts, sizes and care by kind) whose right answer needs the kind of thing asked, not
a word it shares: "a student discount?" where the pages speak only of discounts in general; the care
section headed by the kind asked ("Knitted beanies"), not its sibling ("Tweed caps"); a child's age read
against an age chart; "till when?" asked of the last question; "is it free today?" answered with the
price."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Fernbank Knits"
PRODUCTS = [
    invented_product(
        "KIDCAP",
        "Children's Wool Cap",
        "Caps",
        ["Material: wool tweed", "Lining: cotton"],
        [
            _variant("KC-24", {"Age": "2-4 years"}, 22.0),
            _variant("KC-58", {"Age": "5-8 years"}, 24.0),
            _variant("KC-912", {"Age": "9-12 years"}, 26.0),
        ],
        MAKER,
    ),
    invented_product(
        "BEANIE",
        "Merino Rib Beanie",
        "Beanies",
        ["Material: merino wool"],
        [
            _variant(
                "MB-1",
                {"Colour": "Moss"},
                28.0,
                compare_at_price=35.0,
                sale_starts="2026-01-01T00:00:00+00:00",
                sale_ends="2099-03-31T00:00:00+00:00",
            )
        ],
        MAKER,
    ),
    invented_product(
        "SPRAY",
        "Wool Guard Spray 150 ml",
        "Care",
        ["Use: repels rain and stains"],
        [_variant("WG-150", {"Size": "150 ml"}, 9.5)],
        MAKER,
    ),
]

PAGES = {
    "offers.md": """# Offers

## Free delivery

Delivery is free on orders of 60 pounds or more; the threshold is worked out after any discount.

## Newsletter

Subscribers hear about new colours first.
""",
    "sizes.md": """# Size guide

## Children's caps

| Age | Head measurement |
| --- | --- |
| 2-4 years | 50-52 cm |
| 5-8 years | 52-54 cm |
| 9-12 years | 54-56 cm |
""",
    "care.md": """# Caring for your knitwear

## Tweed caps

Brush off dust and spot clean with a damp cloth. Never machine wash tweed.

## Knitted beanies

Hand wash in cool water with a wool detergent and dry flat.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("fernbank"), MAKER, PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize("question", ["do you do a student discount?", "any military discount?"])
def test_a_kind_of_thing_no_page_names_is_not_answered_by_the_thing_in_general(
    shop: Copilot, question: str
) -> None:
    result = converse(shop, question)
    assert "doesn't say" in result.reply and "threshold" not in result.reply, result.reply


@pytest.mark.parametrize(
    "question",
    [
        "how should i wash my beanie?",
        # asked with a verb any question leans on, which no page must repeat
        "can i put the merino rib beanie in the washing machine?",
    ],
)
def test_the_section_headed_by_the_kind_asked_answers_not_its_sibling(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert "Hand wash" in result.reply and "tweed" not in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what size childrens cap for a 6 year old?", "5-8 years"),
        ("which size cap for my 10 yr old?", "9-12 years"),
    ],
)
def test_a_childs_age_is_read_against_the_age_chart(shop: Copilot, question: str, said: str) -> None:
    assert_reply(shop, question, [said])


@pytest.mark.parametrize("again", ["till when?", "until when??", "for how long?"])
def test_a_question_word_alone_asks_the_last_question_again(shop: Copilot, again: str) -> None:
    result = converse(shop, "is the merino beanie on sale?", again)
    assert "March 31, 2099" in result.reply and result.action == "answer", result.reply


def test_whether_a_product_is_free_is_answered_with_its_price(shop: Copilot) -> None:
    assert_reply(shop, "is the wool guard spray free today?", ["9.50"])
