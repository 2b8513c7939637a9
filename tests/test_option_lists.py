"""Option lists asked in the shopper's words, on a store invented here (Fernbrook Home & Garden): the
values of the option asked for, whatever the shop calls it, with prices when they differ and what
is out of stock; follow-ups about the product in focus. Also option_words.yaml against its examples."""

from __future__ import annotations

import pytest

from copilot.drafting.options import (
    OPTION_WORDS,
    OptionExample,
    OptionWords,
    RangeExample,
    options_asked,
    value_range,
)
from copilot.policy_files import load_yaml_model
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "T1",
        "name": "Hollowmere Porcelain Tile",
        "description": "A marble-look porcelain tile, sold by the box.",
        "variants": [
            _variant("HPT-MAT", {"Colour": "White", "Pattern": "Matt"}, 99.0),
            _variant("HPT-LAP", {"Colour": "White", "Pattern": "Lappato"}, 119.0),
        ],
    },
    {
        "product_id": "V1",
        "name": "Fernbrook Store Voucher",
        "description": "A voucher sent by email, spendable on anything in the shop.",
        "variants": [_variant(f"VCH-{n}", {"Denomination": f"${n}"}, float(n)) for n in (20, 40, 80)],
    },
    {
        "product_id": "B1",
        "name": "Wool Knit Beanie",
        "description": "A ribbed beanie knitted from lambswool.",
        "variants": [
            _variant(f"WKB-{h}-{f}", {"Hue": h, "Fit": f}, 28.0)
            for h in ("Slate", "Moss", "Rust")
            for f in ("Regular", "Slouch")
        ],
    },
    {
        "product_id": "W1",
        "name": "Copper Watering Can",
        "description": "Hand-riveted copper with a brass rose.",
        "variants": [
            _variant("CWC-1", {"Capacity": "1 L"}, 30.0),
            _variant("CWC-2", {"Capacity": "2 L"}, 38.0, available=False),
        ],
    },
    {
        "product_id": "K1",
        "name": "Garden Kneeler Pad",
        "description": "A kneeler pad for weeding. The memory version moulds to your knees.",
        "variants": [
            _variant("GKP-STD", {"Foam": "Standard"}, 12.0),
            _variant("GKP-MEM", {"Foam": "Memory"}, 18.0),
        ],
    },
    {
        "product_id": "P1",
        "name": "Breakage Cover Plan",
        "description": "Three years of cover against accidental breakage, priced by what the item cost.",
        "variants": [
            _variant("BCP-1", {"Item Price": "Up to $500"}, 29.0),
            _variant("BCP-2", {"Item Price": "$501 to $1,500"}, 59.0),
            _variant("BCP-3", {"Item Price": "$1,501+"}, 99.0),
        ],
    },
    {
        "product_id": "F1",
        "name": "Pond Pump Filter",
        "description": "A foam and bio-ball filter for garden ponds.",
        "variants": [
            _variant("PPF-S", {"Pond Size": "Up to 500 litres"}, 45.0),
            _variant("PPF-M", {"Pond Size": "500 to 2,000 litres"}, 79.0),
            _variant("PPF-L", {"Pond Size": "2,001 to 5,000 litres"}, 129.0),
        ],
    },
    {
        "product_id": "G1",
        "name": "Harbour Pro Patio Heater",
        "description": "A stainless patio heater that warms a table of six.",
        "variants": [
            _variant(f"GPH-{b}-{f[0]}", {"Burners": f"{b} Burner", "Gas Type": f}, 249.0 + 100 * b)
            for b in (2, 3)
            for f in ("LPG", "Natural Gas")
        ],
    },
    {
        "product_id": "H1",
        "name": "Jute Garden Twine",
        "description": "Natural jute twine for tying in plants.",
        "variants": [
            _variant("JGT-50", {"Spool": "50 m"}, 6.0),
            _variant("JGT-150", {"Spool": "150 m"}, 14.0),
        ],
    },
]


VOUCHERS = "# Vouchers\n\nVouchers are sent by email within minutes and never expire.\n"
WARRANTY = """# Warranty

| Product | Warranty |
|---|---|
| Harbour heaters | 5 years on burners, 1 year on everything else |
| Watering cans | 2 years |
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("fernbrook"),
        "Fernbrook Home & Garden",
        PRODUCTS,
        {"vouchers.md": VOUCHERS, "warranty.md": WARRANTY},
    )


def test_amounts_are_the_option_the_shop_calls_denomination(shop: Copilot) -> None:
    result = converse(shop, "what amounts do your store vouchers come in?")
    assert result.action == "answer"
    assert all(amount in result.reply for amount in ("$20", "$40", "$80")), result.reply


def test_other_shades_list_the_colour_option_only(shop: Copilot) -> None:
    result = converse(shop, "any other shades of the wool knit beanie?")
    assert all(hue in result.reply for hue in ("Slate", "Moss", "Rust")), result.reply
    assert "Slouch" not in result.reply


def test_a_kin_word_asks_the_option_that_offers_a_choice(shop: Copilot) -> None:
    # "finish" is a colour's word too, but one colour is no choice: the finishes are its Pattern
    finishes = converse(shop, "what finishes are there for the hollowmere tile?").reply
    assert "Matt" in finishes and "Lappato" in finishes, finishes
    # asked by its own name, the one colour is the answer
    colours = converse(shop, "what colours does the hollowmere tile come in?").reply
    assert "White" in colours and "Lappato" not in colours, colours


def test_a_follow_up_asks_about_the_product_in_focus(shop: Copilot) -> None:
    result = converse(shop, "how much is the wool knit beanie?", "any other shades?")
    assert all(hue in result.reply for hue in ("Slate", "Moss", "Rust")), result.reply


def test_values_with_different_prices_show_them_and_what_is_out_of_stock(shop: Copilot) -> None:
    result = converse(shop, "what capacities do you have for the copper watering can?")
    assert "1 L ($30.00)" in result.reply and "2 L ($38.00, out of stock)" in result.reply, result.reply


def test_a_bigger_size_question_lists_the_product_s_only_option(shop: Copilot) -> None:
    result = converse(shop, "does the jute garden twine come in bigger sizes?")
    assert "50 m ($6.00)" in result.reply and "150 m ($14.00)" in result.reply, result.reply


@pytest.mark.parametrize(
    ("asked", "offered"),
    [
        ("does the wool knit beanie come in mustard yellow?", False),
        ("does the wool knit beanie come in moss?", True),
    ],
)
def test_a_version_asked_by_yes_or_no_is_said_not_found_before_what_there_is(
    shop: Copilot, asked: str, offered: bool
) -> None:
    reply = converse(shop, asked).reply
    assert all(hue in reply for hue in ("Slate", "Moss", "Rust")), reply
    assert ("I can't find the Wool Knit Beanie in mustard yellow" in reply) is not offered, reply


def test_what_types_lists_the_options_whatever_the_shop_calls_them(shop: Copilot) -> None:
    """ "Types" names no option of the pad's; the description's sentence using "version" is no list."""
    result = converse(shop, "what types does the garden kneeler pad come in?")
    assert "Standard ($12.00)" in result.reply and "Memory ($18.00)" in result.reply, result.reply


def test_a_policy_question_about_the_kind_of_product_is_still_a_policy_answer(shop: Copilot) -> None:
    result = converse(shop, "do store vouchers expire?")
    assert "never expire" in result.reply


@pytest.mark.parametrize(
    "example",
    load_yaml_model(OPTION_WORDS, OptionWords, "option words").examples,
    ids=lambda e: e.question,
)
def test_option_word_examples(example: OptionExample) -> None:
    assert options_asked(example.question, example.options) == example.picks


def test_a_policy_asked_of_an_options_kind_is_the_policy_not_the_options(shop: Copilot) -> None:
    assert "5 years on burners" in converse(shop, "whats the warranty on the harbour pro burners").reply
    listed = converse(shop, "which burners does the harbour pro patio heater come in?").reply
    assert "2 Burner" in listed and "3 Burner" in listed, listed


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is the breakage cover plan for a $1,200 sofa?", "$59.00", ["$29.00", "$99.00"]),
        ("breakage cover for a $2,500 table, what does it cost?", "$99.00", ["$29.00", "$59.00"]),
        ("my sofa cost $1,200, what's the breakage cover plan?", "$59.00", ["$29.00", "$99.00"]),
        ("price of the pond pump filter for my 3000 litre pond?", "$129.00", ["$45.00", "$79.00"]),
        # a range said: the one value holding both its ends, not the "2" of "m2" or a lone end
        ("pond pump filter price? my pond is between 600 and 1,800 litres", "$79.00", ["$45.00", "$129.00"]),
        # 500 is in two ranges: no version is picked by it
        ("pond pump filter for 500 litres, how much?", "$45.00", []),
    ],
)
def test_an_amount_the_question_states_picks_the_range_holding_it(
    shop: Copilot, question: str, said: str, not_said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert said in reply and not any(n in reply for n in not_said), reply


@pytest.mark.parametrize(
    "example",
    load_yaml_model(OPTION_WORDS, OptionWords, "option words").range_examples,
    ids=lambda e: e.value,
)
def test_range_examples(example: RangeExample) -> None:
    found = value_range(example.value)
    if not example.is_range:
        assert found is None
        return
    assert found is not None
    assert (found.low, found.high, found.unit) == (example.low, example.high, example.unit)
