"""Whether two products a shopper names go together is read from the spec lines each one states: codes
of one family match when they share one ("Platform: TV18" and "Battery platform: TV18"), a measure
fits when it is within the other's limit ("Diameter: 210 mm" against "Max blade diameter: 190 mm"). A
measure of the shopper's is held against the product's line for it: a weight against a limit, a length
against a range, a gateway against its widest width, a line written per version read for the version named.
A part's own "Fits:" line for the version asked decides, over a code both share ("CO2").
An invented tool shop; the lines quoted are the shop's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop, invented_variant

MAKER = "Ironbark Tools"
PRODUCTS = [
    invented_product(
        "S1",
        "Torvik Circular Saw",
        "Saws",
        ["Battery platform: TV18", "Max blade diameter: 190 mm", "Arbor: 20 mm", "Weight: 3.1 kg"],
        [invented_variant("TCS-1", {"Kit": "Bare tool"}, 189.0)],
        MAKER,
    ),
    invented_product(
        "B1",
        "Torvik 5Ah Battery",
        "Batteries",
        ["Platform: TV18", "Capacity: 5 Ah"],
        [invented_variant("T5A-1", {"Pack": "Single"}, 99.0)],
        MAKER,
    ),
    invented_product(
        "B2",
        "Hollis 8Ah Battery",
        "Batteries",
        ["Platform: HX36", "Capacity: 8 Ah"],
        [invented_variant("H8A-1", {"Pack": "Single"}, 149.0)],
        MAKER,
    ),
    invented_product(
        "L1",
        "Fine Cut Blade",
        "Blades",
        ["Diameter: 185 mm", "Teeth: 48", "Bore: 20 mm"],
        [invented_variant("FCB-1", {"Pack": "Single"}, 29.0)],
        MAKER,
    ),
    invented_product(
        "W1",
        "Haulmaster Wheelbarrow",
        "Garden",
        [
            "Overall width: 100 L tub: 64 cm; 120 L tub: 71 cm",
            "Max load: 150 kg",
            "Handle height: 78-92 cm",
            "Weight: 14 kg",
        ],
        [invented_variant(f"HWB-{t}", {"Tub": f"{t} L"}, 129.0 + t) for t in (100, 120)],
        MAKER,
    ),
    invented_product(
        "W2",
        "Haulmaster Mini Barrow",
        "Garden",
        ["Max load weight: 80 kg", "Weight: 9 kg"],
        [invented_variant("HMB-1", {"Tub": "60 L"}, 89.0)],
        MAKER,
    ),
    invented_product(
        "G1",
        "Teak Garden Bench",
        "Garden",
        ["Width: 150 cm", "Depth: 60 cm", "Height: 85 cm"],
        [invented_variant("TGB-1", {"Finish": "Oiled"}, 399.0)],
        MAKER,
    ),
    invented_product(
        "F1",
        "Torvik Log Burner",
        "Stoves",
        ["Max log length: 35 cm", "Flue outlet: 125 mm"],
        [invented_variant("TLB-1", {"Finish": "Black"}, 899.0)],
        MAKER,
    ),
    invented_product(
        "F2",
        "Steel Flue Liner",
        "Flues",
        ["Length: 5 m", "Suitable for: wood-burning stoves"],
        [invented_variant("SFL-1", {"Pack": "Single"}, 299.0)],
        MAKER,
    ),
    invented_product(
        "L2",
        "Rip Blade XL",
        "Blades",
        ["Diameter: 210 mm", "Teeth: 24", "Bore: 30 mm"],
        [invented_variant("RBX-1", {"Pack": "Single"}, 35.0)],
        MAKER,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("ironbark"), MAKER, PRODUCTS, currency="AUD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # a code both lines give
        (
            "will the torvik 5ah battery work with the circular saw?",
            ["platform TV18", "both take TV18", "go together"],
            ["won't"],
        ),
        # codes of one family that differ
        (
            "can i use the hollis 8ah battery on the torvik circular saw",
            ["platform HX36", "battery platform TV18", "don't match", "won't go with"],
            ["go together"],
        ),
        # a measure over the other's limit, whichever is named first
        (
            "can i put the rip blade xl in the circular saw?",
            ["diameter 210 mm", "max blade diameter 190 mm", "over the limit", "won't go with"],
            ["go together"],
        ),
        (
            "is the torvik circular saw compatible with the fine cut blade",
            ["185 mm", "within the limit"],
            ["won't"],
        ),
    ],
)
def test_two_products_are_held_against_each_others_lines(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    result = converse(shop, question)
    assert result.action == "answer", result.reply
    assert all(s in result.reply for s in said), result.reply
    assert not any(s in result.reply for s in not_said), result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "is the haulmaster wheelbarrow ok for 120 kg of soil?",
            ["max load 150 kg", "yes, 120 kg is within"],
        ),
        ("can the haulmaster wheelbarrow take 180kg", ["max load 150 kg", "no, 180kg is over its limit"]),
        (
            "will the haulmaster wheelbarrow 100 L fit through a 70 cm gate?",
            ["64 cm", "yes, it fits through"],
        ),
        ("my side gate is 70cm, will the 120 L haulmaster wheelbarrow get through", ["71 cm", "won't fit"]),
        (
            "i'm tall, can the haulmaster wheelbarrow handle go as high as 95 cm?",
            ["78-92 cm", "outside its range"],
        ),
    ],
)
def test_a_shoppers_measure_is_held_against_its_line(shop: Copilot, question: str, said: list[str]) -> None:
    result = converse(shop, question)
    assert result.action == "answer", result.reply
    assert all(s in result.reply for s in said), result.reply


def test_a_thing_wider_than_a_gate_that_may_turn_to_fit_gets_no_verdict(shop: Copilot) -> None:
    """A bench 150 cm wide but 60 cm deep may go through a 70 cm gate on its side: no "won't fit"."""
    result = converse(shop, "will the teak garden bench fit through a 70 cm gate?")
    assert "won't fit" not in result.reply and "fits through" not in result.reply, result.reply


def test_a_measure_that_names_a_version_is_not_held_against_a_line(shop: Copilot) -> None:
    """ "the 120 L one" names a tub, not a load the barrow must take."""
    result = converse(shop, "is the 120 L haulmaster wheelbarrow ok for me?")
    assert "within its" not in result.reply and "over its" not in result.reply, result.reply


def test_a_comparison_of_weights_reads_the_weight_not_the_load(shop: Copilot) -> None:
    """ "Max load" and "Weight" both say weight: "which is lighter?" compares the products' own."""
    result = converse(shop, "which is lighter, the haulmaster wheelbarrow or the mini barrow?")
    assert "14 kg" in result.reply and "9 kg" in result.reply, result.reply
    assert "150 kg" not in result.reply and "80 kg" not in result.reply, result.reply


def test_a_limit_on_another_thing_is_no_limit_on_this_one(shop: Copilot) -> None:
    # "Max log length" limits the logs a stove takes, not a flue liner's length
    reply = converse(shop, "can i use the steel flue liner with the torvik log burner?").reply
    assert "over the limit" not in reply and "won't go with" not in reply, reply


def test_it_is_the_product_in_focus(shop: Copilot) -> None:
    """ "will it fit the saw?" after a question about a blade holds that blade against the saw."""
    result = converse(shop, "how many teeth on the rip blade xl?", "will it fit the torvik circular saw?")
    assert "diameter 210 mm" in result.reply and "over the limit" in result.reply, result.reply


def test_lines_with_nothing_to_compare_say_nothing_of_fitting(shop: Copilot) -> None:
    """A battery and a blade state nothing of one family or one limit: no verdict is made up."""
    result = converse(shop, "will the torvik 5ah battery fit the fine cut blade?")
    assert "go together" not in result.reply and "won't go with" not in result.reply, result.reply


def test_a_parts_own_fits_line_for_each_version_decides(tmp_path: Path) -> None:
    """A kit whose lines say which lifejacket each version fits ("RK-33A Fits: Halyard 150N Automatic
    Lifejacket"): the version asked fits the one its line names and not another, whatever gas code
    ("CO2") both lines share."""
    kit = invented_product(
        "KIT",
        "Halyard Re-Arm Kit",
        "Spares",
        [
            "RK-33A Contents: 33 g CO2 cylinder",
            "RK-33A Fits: Halyard 150N Automatic Lifejacket",
            "RK-60A Contents: 60 g CO2 cylinder",
            "RK-60A Fits: Halyard 275N Offshore Lifejacket",
        ],
        [
            invented_variant("RK-33A", {"Kit": "RK-33A"}, 27.5),
            invented_variant("RK-60A", {"Kit": "RK-60A"}, 32.0),
        ],
        MAKER,
    )
    jackets = [
        invented_product(
            f"LJ{n}",
            f"Halyard {n}N {kind} Lifejacket",
            "Lifejackets",
            [f"Gas cylinder: {g} g CO2"],
            [invented_variant(f"LJ{n}", {}, price)],
            MAKER,
        )
        for n, kind, g, price in ((150, "Automatic", 33, 99.0), (275, "Offshore", 60, 159.0))
    ]
    shop = invented_shop(tmp_path, MAKER, [kit, *jackets], {})
    wrong = converse(shop, "will the rk-33a re-arm kit fit my halyard 275n offshore lifejacket?").reply
    assert "won't go with" in wrong and "RK-60A Fits" in wrong and "both take CO2" not in wrong, wrong
    right = converse(shop, "will the rk-60a re-arm kit fit my halyard 275n offshore lifejacket?").reply
    assert "it fits" in right and "go together" in right, right


def test_a_version_the_fits_lines_bracket_leaves_out_does_not_fit(tmp_path: Path) -> None:
    """One "Fits:" line for every version, with the versions that fit each product in brackets ("Kestrel
    4-Wheel Scooter (20Ah only)"): the version asked, named by its value beside half the part's name, fits
    only where its bracket lists it."""
    pack = invented_product(
        "PACK",
        "Kestrel Replacement Battery Pack",
        "Spares",
        ["Fits: Kestrel 3-Wheel Scooter (14Ah or 20Ah) and Kestrel 4-Wheel Scooter (20Ah only)"],
        [
            invented_variant(f"KP-{ah}", {"Capacity": f"{ah}Ah"}, price)
            for ah, price in ((14, 159.0), (20, 199.0))
        ],
        MAKER,
    )
    scooters = [
        invented_product(
            f"SC{n}",
            f"Kestrel {n}-Wheel Scooter",
            "Scooters",
            [f"Wheels: {n}"],
            [invented_variant(f"SC{n}", {}, price)],
            MAKER,
        )
        for n, price in ((3, 1199.0), (4, 1399.0))
    ]
    shop = invented_shop(tmp_path, MAKER, [pack, *scooters], {})
    wrong = converse(shop, "does the 14ah kestrel battery fit the 4 wheel kestrel?").reply
    assert "14Ah won't fit" in wrong and "go together" not in wrong, wrong
    right = converse(shop, "does the 20ah kestrel battery fit the 4 wheel kestrel?").reply
    assert "it fits" in right, right
