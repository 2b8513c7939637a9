"""Questions on a store invented here (Glowmoor Heating: wood stoves, a boiler stove, an electric fire)
about what each heater gives out: "the most powerful stove" is read on each one's kW line, never on an
electric fire's "Power: 230 V mains"; "which stove warms the biggest room?" on each one's room line in
m³, not its dimensions; "which boiler stove runs the most radiators?" counts its radiators; "which gives
out more heat, A or B?" compares each one's heat line and says which. What a stove's own lines do not say
("which liner for the holm 14?") is read from its row in a guide's table; advice asked of a product is
its line labelled with the question's words ("what size rope for the door on a fenwick 9?")."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant


def _stove(pid: str, name: str, lines: list[str], price: float) -> dict[str, Any]:
    return invented_product(
        pid, name, "Heating > Stoves", lines, [_variant(f"{pid}-1", {}, price)], "Glowmoor"
    )


PRODUCTS = [
    _stove(
        "FEN4",
        "Fenwick 4 Wood Burning Stove",
        [
            "Nominal heat output: 4.5 kW",
            "Heats rooms up to: 50 m³",
            "Fuel: Wood only",
            "Dimensions (H x W x D): 520 x 410 x 330 mm",
        ],
        890.0,
    ),
    _stove(
        "FEN9",
        "Fenwick 9 Wood Stove",
        [
            "Nominal heat output: 9 kW",
            "Heats rooms up to: 120 m³",
            "Fuel: Multi-fuel (wood, smokeless coal, peat briquettes)",
            "Dimensions (H x W x D): 610 x 520 x 380 mm",
        ],
        1390.0,
    ),
    _stove(
        "HOLM14",
        "Holm 14 Boiler Stove",
        [
            "Nominal heat output: 14 kW",
            "Heats rooms up to: 60 m³",
            "Radiators: Runs up to 8 double radiators",
            "Fuel: Multi-fuel (wood, smokeless coal)",
            "Dimensions (H x W x D): 700 x 560 x 460 mm",
        ],
        2390.0,
    ),
    _stove(
        "HOLM9",
        "Holm 9 Boiler Stove",
        [
            "Nominal heat output: 9.5 kW",
            "Heats rooms up to: 40 m³",
            "Radiators: Runs up to 5 double radiators",
            "Flue outlet: 125 mm (5 in)",
            "Dimensions (H x W x D): 650 x 520 x 430 mm",
        ],
        1990.0,
    ),
    invented_product(
        "ROPE",
        "Door Rope Kit",
        "Heating > Spare Parts",
        [
            "Fenwick 4 door: 8 mm",
            "Fenwick 9 door: 10 mm",
            "Holm 9 door: 10 mm",
            "Ash pan door (all models): 6 mm",
        ],
        [
            _variant("ROPE-8", {"Rope diameter": "8 mm"}, 12.0),
            _variant("ROPE-10", {"Rope diameter": "10 mm"}, 14.0),
        ],
        "Glowmoor",
    ),
    *(
        invented_product(
            f"FLUE{i}",
            name,
            "Heating > Flue",
            [f"Flue size: {size}", "Fits any stove's flue outlet of that size."],
            [_variant(f"FLUE{i}-1", {"Diameter": size}, 20.0 + i)],
            "Glowmoor",
        )
        for i, (name, size) in enumerate(
            [
                ("Flue Outlet Adaptor 5 in to 6 in", "5 in"),
                ("Enamel Flue Pipe 6 in", "6 in"),
                ("Flue Outlet Collar 6 in", "6 in"),
                ("Flue Cowl 5 in", "5 in"),
            ]
        )
    ),
    _stove(
        "ELEC",
        "Ember Glow Electric Stove",
        [
            "Power: 230 V mains, standard plug",
            "Heat output: 1.8 kW",
            "Dimensions (H x W x D): 900 x 1200 x 250 mm",
        ],
        349.0,
    ),
]


PAGES = {
    "faq.md": "# FAQ\n\n## Can I fit a stove myself?\n\nWe don't recommend it. A stove must be fitted by a "
    "registered installer, and our warranty needs one.\n\n## Do you sell kindling?\n\nYes, in 5 kg nets.\n",
    "flue-guide.md": "# Flue guide\n\n## Do I need a liner?\n\nMost older chimneys need a liner for a stove: "
    "your installer checks at the survey.\n\n## Liners for our stoves\n\n"
    "| Stove | Flue outlet | Liner to use |\n|---|---|---|\n"
    "| Fenwick 4 Wood Burning Stove | 5 in | 316 grade 5 in liner |\n"
    "| Fenwick 9 Wood Stove | 6 in | 316 grade 6 in liner |\n"
    "| Holm 14 Boiler Stove | 6 in | 904 grade 6 in liner |\n\n"
    "## Smoke control areas\n\n| Stove | Approved | Notes |\n|---|---|---|\n"
    "| Holm 9 Boiler Stove | No | Burns smokeless fuel only in a smoke control area |\n"
    "| Fenwick 9 Wood Stove | Yes | Exempt appliance |\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("glowmoor"), "Glowmoor Heating", PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats the most powerful stove you sell?", ["Holm 14 Boiler Stove", "14 kW"], ["230 V"]),
        ("your least powerful stove?", ["Ember Glow Electric Stove", "1.8 kW"], ["230 V"]),
        ("which stove warms the biggest room", ["Fenwick 9 Wood Stove", "120 m³"], ["mm"]),
        ("which boiler stove runs the most radiators?", ["Holm 14 Boiler Stove", "8 double radiators"], []),
    ],
)
def test_a_superlative_of_what_a_heater_gives_reads_each_ones_line_in_its_units(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said) and not any(s in reply for s in not_said), reply


def test_which_gives_out_more_heat_compares_each_ones_heat_line_and_says_which(shop: Copilot) -> None:
    reply = converse(shop, "which gives out more heat, the fenwick 9 or the holm 9?").reply
    assert "9 kW" in reply and "9.5 kW" in reply and "So the Holm 9 Boiler Stove has more heat" in reply, (
        reply
    )


def test_how_big_a_room_reads_the_line_labelled_with_two_of_its_words(shop: Copilot) -> None:
    reply = converse(shop, "how big a room will the fenwick 4 heat?").reply
    assert reply.startswith("Heats rooms up to: 50 m³"), reply


def test_what_a_products_lines_do_not_say_is_read_from_its_row_in_a_guides_table(shop: Copilot) -> None:
    reply = converse(shop, "which liner do i need for the holm 14?").reply
    assert reply == "Holm 14 Boiler Stove, Liner to use: 904 grade 6 in liner.", reply


def test_advice_asked_of_a_product_is_its_line_labelled_with_the_questions_words(shop: Copilot) -> None:
    """ "What size rope do i need for the door on a fenwick 9?": the kit's line for that stove's door,
    not the flue guide's sizes."""
    reply = converse(shop, "what size rope do i need for the door on a fenwick 9").reply
    assert reply == "Fenwick 9 door: 10 mm", reply


def test_a_question_of_one_product_is_answered_by_the_faq_asking_it_of_its_kind(shop: Copilot) -> None:
    """ "Can i fit the fenwick 4 myself to save money?" is the FAQ's "Can I fit a stove myself?"."""
    reply = converse(shop, "can i fit the fenwick 4 myself to save money?").reply
    assert "registered installer" in reply, reply


def test_a_word_no_line_of_the_product_says_is_asked_of_its_line_of_that_kind(shop: Copilot) -> None:
    """ "Can the fenwick 4 burn coal?": other stoves' Fuel lines say coal, so its own Fuel line answers."""
    reply = converse(shop, "can the fenwick 4 burn coal?").reply
    assert reply.rstrip(".") == "Fuel: Wood only", reply


def test_a_guide_rows_bare_yes_or_no_comes_with_the_rest_of_its_row(shop: Copilot) -> None:
    reply = converse(shop, "is the holm 9 approved for smoke control areas?").reply
    assert "Approved: No" in reply and "Burns smokeless fuel only" in reply, reply


def test_a_product_two_words_of_whose_name_name_it_alone_is_found_below_others(shop: Copilot) -> None:
    """ "The flue outlet size on the holm 9": four flue parts rank above the stove, whose "holm 9" names it
    alone."""
    reply = converse(shop, "whats the flue outlet size on the holm 9").reply
    assert "125 mm" in reply, reply


def test_a_follow_up_of_the_stove_talked_about_reads_its_row_in_a_guides_table(shop: Copilot) -> None:
    reply = converse(shop, "whats the heat output of the holm 14?", "so which liner do i get?").reply
    assert reply == "Holm 14 Boiler Stove, Liner to use: 904 grade 6 in liner.", reply
