"""Questions on a store invented here (Tidewater Co. Paddlesports: kayaks, a paddle, lessons priced by age
band; pages on shipping, rentals and repairs) whose answers hang on reading the data the way a shopper
means it: a brand with a full stop in the product's name ("Tidewater Co. Mini Kids' Kayak" is a kayak);
a child's age inside an option's range ("Ages 10-14"); a description line whose label alone is asked
after the product ("what's the hull shape?") or whose value is one of the question's choices; a line
labelled "... aids:" that addresses no assistant; a model name the shop never writes; a FAQ's question
kept with its answer; the first sentence under a heading that says the question; a state read as the
region a rates table names, and the US asked not read in "tell us"; a calendar day for "when does it
have to come back?", and a release date for "when is it coming out?"; "which decks?" of a Mount whose
values are decks."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Tidewater Co."
PRODUCTS = [
    invented_product(
        "EXPLORER",
        "Tidewater Co. Explorer Kayak",
        "Kayaks",
        ["Hull shape: shallow V", "Rescue aids: paddle float included", "Length: 4.9 m"],
        [_variant("EX-RED", {"Colour": "Red"}, 1349.0), _variant("EX-SAND", {"Colour": "Sand"}, 1399.0)],
        MAKER,
    ),
    invented_product(
        "MINI",
        "Tidewater Co. Mini Kids' Kayak",
        "Kayaks",
        ["Length: 2.4 m"],
        [_variant("MINI-1", {"Colour": "Lime"}, 299.0)],
        MAKER,
    ),
    invented_product(
        "HARBOR",
        "Harbor Sea Kayak",
        "Kayaks",
        ["Hull shape: round"],
        [_variant("HB-1", {"Colour": "Blue"}, 1199.0), _variant("HB-2", {"Colour": "White"}, 1249.0)],
        "Harbor Boats",
    ),
    invented_product(
        "PADDLE",
        "Swift Touring Paddle",
        "Paddles",
        ["Blade shape: asymmetric"],
        [_variant("SW-C", {"Blade": "Carbon"}, 249.0), _variant("SW-F", {"Blade": "Fibreglass"}, 179.0)],
        MAKER,
    ),
    invented_product(
        "VOYAGER",
        "Voyager Expedition Kayak",
        "Kayaks",
        ["Length: 5.4 m"],
        [_variant("VY-1", {}, 2199.0, available=False, preorder=True, available_from="2027-04-20")],
        MAKER,
    ),
    invented_product(
        "DECKBAG",
        "Paddler's Deck Bag",
        "Accessories",
        ["Volume: 8 litres"],
        [
            _variant("DB-F", {"Mount": "Front Deck"}, 59.0),
            _variant("DB-R", {"Mount": "Rear Deck"}, 59.0),
            _variant("DB-S", {"Mount": "Side Deck"}, 59.0),
            _variant("DB-C", {"Mount": "Cockpit"}, 59.0),
        ],
        MAKER,
    ),
    invented_product(
        "LESSON",
        "Youth Paddle Lesson",
        "Lessons",
        ["Duration: 2 hours"],
        [
            _variant("YL-69", {"Age Group": "Ages 6-9"}, 40.0),
            _variant("YL-1014", {"Age Group": "Ages 10-14"}, 55.0),
        ],
        MAKER,
    ),
]

PAGES = {
    "shipping.md": """# Shipping

## Rates

| Destination | Cost | Delivery time |
| --- | --- | --- |
| Lower 48 states | $89.00 | 5-8 business days |
| Alaska & Hawaii | $249.00 | 10-15 business days |

## Free shipping

Ground freight is free on orders of $1,500.00 or more to the lower 48 states.

## Local pickup

Choose Local Pickup at checkout and collect your order from our dock for free.
""",
    "returns.md": """# Returns

## Return shipping

Exchanges for another colour ship both ways for free. Returns are accepted within 30 days.

## Damaged on arrival

If a kayak arrives damaged, tell us within 48 hours with a photo and we replace it, shipping included.
""",
    "abroad.md": """# Shipping abroad

## Where we ship

We ship within the United States only. We don't ship to Canada, Mexico or anywhere outside the US.
""",
    "rentals.md": """# Rentals

## Pick up and return

Rental boats are fitted at the dock; we don't ship rental boats. Everything is due back by October 15, 2027.

## Day rentals

We rent by the season only; we don't offer day rentals.
""",
    "repairs.md": """# Repairs

## Hull care

Scratched your hull? Bring the kayak back within 14 days of delivery and we'll buff it out for free.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tidewater"), "Tidewater Paddlesports", PRODUCTS, PAGES)


def test_a_name_with_a_full_stop_in_its_brand_is_still_of_its_kind(shop: Copilot) -> None:
    result = converse(shop, "cheapest kayak?")
    assert "Mini Kids' Kayak" in result.reply and "299.00" in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "price"),
    [("youth paddle lesson for my 12 year old?", "55.00"), ("youth lesson for a 7yo - how much", "40.00")],
)
def test_a_childs_age_names_the_version_whose_age_range_holds_it(
    shop: Copilot, question: str, price: str
) -> None:
    assert_reply(shop, question, [price])


def test_a_line_named_by_its_label_alone_is_asked_of_the_product_in_focus(shop: Copilot) -> None:
    result = converse(shop, "tell me about the harbor sea kayak", "what's the hull shape?")
    assert "round" in result.reply and "shallow" not in result.reply, result.reply


def test_a_line_whose_value_is_one_of_the_choices_answers_not_the_options(shop: Copilot) -> None:
    result = converse(shop, "is the swift touring paddle blade asymmetric or symmetric?")
    assert "asymmetric" in result.reply and "Fibreglass" not in result.reply, result.reply


def test_a_line_labelled_aids_is_no_note_to_an_assistant(shop: Copilot) -> None:
    # the description is read to shoppers, not withheld as an instruction
    assert_reply(shop, "what's the hull shape of the explorer kayak?", ["shallow V"])


def test_a_model_name_the_shop_never_writes_is_not_sold(shop: Copilot) -> None:
    result = converse(shop, "do you have the harbor zephyr kayak?")
    assert "couldn't find" in result.reply and "1199" not in result.reply.replace(",", ""), result.reply


def test_a_faq_question_keeps_its_answer(shop: Copilot) -> None:
    result = converse(shop, "if my hull gets scratched can you fix it?")
    assert "14 days" in result.reply, result.reply


def test_the_first_sentence_under_the_heading_the_question_says_answers(shop: Copilot) -> None:
    result = converse(shop, "do you do free shipping?")
    assert "1,500.00" in result.reply and "Exchanges" not in result.reply, result.reply


def test_a_state_is_read_as_the_region_the_rates_name(shop: Copilot) -> None:
    assert_reply(shop, "how much is shipping to ohio?", ["89.00"])


def test_picking_an_order_up_is_collecting_it(shop: Copilot) -> None:
    assert_reply(shop, "can i pick my order up instead of having it shipped?", ["Local Pickup"])


def test_when_something_is_due_back_is_a_day_on_the_calendar(shop: Copilot) -> None:
    assert_reply(shop, "when does the rental boat have to come back?", ["October 15"])


def test_a_product_not_on_sale_is_told_with_what_it_costs(shop: Copilot) -> None:
    result = converse(shop, "is the harbor sea kayak on sale?")
    assert "isn't on sale" in result.reply and "1,199.00 to $1,249.00" in result.reply, result.reply


def test_when_a_product_comes_out_is_its_release_date(shop: Copilot) -> None:
    assert_reply(shop, "when is the voyager expedition kayak coming out?", ["April 20, 2027"])


def test_the_us_asked_is_not_the_us_of_tell_us(shop: Copilot) -> None:
    result = converse(shop, "do you ship to the US?")
    said_us = "United States" in result.reply or "the US" in result.reply
    assert said_us and "48 hours" not in result.reply, result.reply


def test_an_option_asked_by_what_its_values_are_is_listed(shop: Copilot) -> None:
    result = converse(shop, "paddler's deck bag - which decks do you have?")
    assert all(v in result.reply for v in ("Front Deck", "Rear Deck", "Side Deck")), result.reply
