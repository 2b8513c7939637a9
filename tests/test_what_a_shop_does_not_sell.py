"""Questions on a store invented here (Saffron Lane Pantry: teas, chillies, a tea caddy, pages on
returns and what the shop does not sell) about things the shop does not sell or does not say: a page's
"We don't sell ..." sentence before any product that shares a word, a product named with "the" whose
words are scattered over other names, a product named by a word of its own beside one named by an
everyday word ("is the dragonwell organic?" is not the Organic Rooibos's question), what a blend is made
of asked with "actually", a plural the spelling list lacks ("chillies"), the kind asked in one sentence
of two, and how long a refund takes once the return is in, not how long returns are open."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Saffron Lane Pantry"
PRODUCTS = [
    invented_product(
        "ROOIBOS",
        "Organic Rooibos",
        "Tea > Herbal",
        ["Certification: USDA Organic", "Caffeine: none"],
        [_variant("RB-100", {"Weight": "100g"}, 9.0)],
        MAKER,
    ),
    invented_product(
        "DRAGON",
        "Dragonwell Long Jing Green Tea",
        "Tea > Green",
        ["Origin: Hangzhou, China", "Caffeine: medium"],
        [_variant("DW-50", {"Weight": "50g"}, 12.0)],
        MAKER,
    ),
    invented_product(
        "BIRDSEYE",
        "Bird's Eye Chillies (Whole)",
        "Chillies",
        ["Heat: very hot"],
        [_variant("BE-20", {"Size": "20 g Jar"}, 2.85)],
        MAKER,
    ),
    invented_product(
        "KASHMIRI",
        "Kashmiri Chilli Powder",
        "Chillies",
        ["Heat: mild"],
        [_variant("KC-45", {"Size": "45 g Jar"}, 3.45)],
        MAKER,
    ),
    invented_product(
        "RAS",
        "Ras el Hanout",
        "Blends",
        ["Ingredients: cumin, coriander, ginger, rose petals, cardamom"],
        [_variant("RAS-40", {"Size": "40 g Jar"}, 4.25)],
        MAKER,
    ),
    invented_product(
        "CADDY",
        "Tea Caddy Tin",
        "Accessories",
        ["Holds: 100 g of loose tea"],
        [_variant("TC-1", {"Colour": "Black"}, 14.0)],
        MAKER,
    ),
]

PAGES = {
    "faq.md": """# Frequently asked questions

## What don't you sell?

We don't sell fresh chillies, fresh curry leaves, spice racks or gift cards.
""",
    "returns.md": """# Returns and refunds

## Returning an item

You can return unopened items within 30 days of delivery for a full refund.

## Refunds

We refund to your original payment method within 5 working days of receiving your return.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("pantry"), MAKER, PRODUCTS, PAGES, currency="GBP")


@pytest.mark.parametrize(
    "question",
    [
        "do you sell spice racks to go with the jars?",
        "got any fresh curry leaves",
        "do you stock gift cards?",
        # a need, then the shop's range asked, though its setting names a product ("Tea Caddy Tin")
        "i need gift cards for the tea caddy fans in my office, what do you sell?",
    ],
)
def test_a_page_that_says_the_shop_does_not_sell_it_answers(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer", result.reply
    assert "We don't sell fresh chillies" in result.reply
    assert "Tea Caddy" not in result.reply and "£" not in result.reply


def test_a_product_named_by_words_of_other_names_is_not_one_of_them(shop: Copilot) -> None:
    result = converse(shop, "do you still have the moroccan mint caddy?")
    assert result.action == "escalate", result.reply
    # asked as stock ("do you still have"): the word no product has is named
    assert "couldn't find" in result.reply and "moroccan" in result.reply
    assert "Tea Caddy Tin" not in result.reply


def test_the_product_named_by_a_word_of_its_own_is_the_one_asked_about(shop: Copilot) -> None:
    result = converse(shop, "is the dragonwell organic?")
    assert "USDA Organic" not in result.reply  # the Organic Rooibos's line
    assert "Dragonwell" in result.reply and "doesn't say" in result.reply


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what's actually in ras el hanout?", ["rose petals"], []),
        ("cheapest chilli you sell?", ["Bird's Eye Chillies", "2.85"], ["Kashmiri"]),
        # the kind is in the asking sentence; the next one only chats
        ("cheapest chilli you do? need something for a curry tonight", ["Bird's Eye Chillies"], ["Kashmiri"]),
        ("once you get my return how long till i see the refund", ["5 working days"], ["30 days"]),
        ("if i return the rooibos how quickly do i get my money back?", ["5 working days"], ["30 days"]),
    ],
)
def test_questions_read_the_shops_own_way(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)
