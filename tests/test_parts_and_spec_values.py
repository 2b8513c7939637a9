"""A product and the spare part made for it share the first words of their names ("Tasman XR" and the
"Tasman XR Spray Skirt" made for the Tasman XR Touring Kayak): said without the part's own word, the
product is meant. And a spec line answers a question that says its value rather than its label ("is it
CE category C certified?" and "Certification: CE Category C"). An invented kayak shop."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop, invented_variant

MAKER = "Harakeke Paddlesports"
PRODUCTS = [
    invented_product(
        "K1",
        "Tasman XR Touring Kayak",
        "Kayaks",
        [
            "Length: 5.2 m",
            "Weight: 24 kg",
            "Certification: CE Category C",
            "Hull: Rotomoulded polyethylene",
            "Hull speed: 6.1 knots",
        ],
        [invented_variant(f"TXR-{c}", {"Colour": c}, 2890.0) for c in ("Sunset", "Lime")],
        MAKER,
    ),
    {
        "product_id": "S1",
        "name": "Tasman XR Spray Skirt",
        "category": "Spares",
        "description": "<p>A neoprene spray skirt made for the Tasman XR Touring Kayak.</p>"
        "<ul><li>Fits: Tasman XR Touring Kayak cockpit only</li><li>Material: 3 mm neoprene</li></ul>",
        "variants": [invented_variant(f"TXS-{s}", {"Size": s}, 149.0) for s in ("S/M", "L/XL")],
    },
    invented_product(
        "K2",
        "Coromandel Sit-On-Top Kayak",
        "Kayaks",
        ["Length: 3.8 m", "Weight: 27 kg", "Hull: Rotomoulded polyethylene", "Hull speed: 4.9 knots"],
        [invented_variant("COR-1", {"Colour": "Ocean"}, 1450.0)],
        MAKER,
    ),
    invented_product(
        "Y1",
        "Kea Youth Kayak",
        "Kayaks",
        ["Length: 2.7 m", "Weight: 14 kg"],
        [invented_variant("KEA-1", {"Colour": "Lime"}, 690.0)],
        MAKER,
    )
    | {"description": "<p>A short sit-on-top sized for young paddlers, about 8 to 12 years old.</p>"},
    invented_product(
        "Y2",
        "Youth Buoyancy Vest",
        "Safety",
        ["Chest: 56-66 cm"],
        [invented_variant("YBV-1", {"Size": "Youth"}, 89.0)],
        MAKER,
    ),
    invented_product(
        "Y3",
        "Youth Kayak Paddle Leash",
        "Accessories",
        ["Length: 1.2 m"],
        [invented_variant("YPL-1", {"Colour": "Black"}, 19.0)],
        MAKER,
    ),
    invented_product(
        "D1",
        "Kauri Deck Bag",
        "Accessories",
        ["Mount: Bungee clips, for kayaks with deck lines only", "Volume: 12 L"],
        [invented_variant("KDB-12", {"Colour": "Grey"}, 89.0)],
        MAKER,
    ),
    invented_product(
        "P1",
        "Kauri Carbon Paddle",
        "Paddles",
        ["Blade: Carbon fibre, 680 cm2", "Shaft: Two-piece, 220 cm"],
        [invented_variant("KCP-220", {"Length": "220 cm"}, 420.0)],
        MAKER,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("harakeke"), MAKER, PRODUCTS, currency="NZD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is the tasman xr?", ["Tasman XR Touring Kayak", "2,890.00"], ["149.00"]),
        ("how heavy is the tasman xr", ["24 kg"], ["Spray Skirt"]),
        ("which is lighter, the tasman xr or the coromandel?", ["24 kg", "27 kg"], ["Spray Skirt"]),
        # a speed, in units only a product's line uses
        (
            "tasman xr vs coromandel, which is faster",
            ["6.1 knots", "So the Tasman XR Touring Kayak is faster"],
            ["Coromandel Sit-On-Top Kayak is faster"],
        ),
        ("which is your fastest kayak?", ["Tasman XR Touring Kayak", "6.1 knots"], ["Spray Skirt"]),
        # the part's own word said: the part
        ("price of the tasman xr spray skirt?", ["149.00"], ["2,890.00"]),
    ],
)
def test_the_words_a_product_shares_with_its_part_name_the_product(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said), reply
    assert not any(s in reply for s in not_said), reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("tasman xr ce category c approved?", "Certification: CE Category C"),
        ("kauri carbon paddle 680 cm2 blade?", "Blade: Carbon fibre, 680 cm2"),
    ],
)
def test_a_spec_line_answers_a_question_that_says_its_value(shop: Copilot, question: str, said: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer", result.reply
    assert said in result.reply


def test_two_words_in_a_row_only_one_name_says_name_it(shop: Copilot) -> None:
    """ "youth" and "kayak" are each in three names; "youth kayak" in a row is the Kea Youth Kayak's."""
    result = converse(shop, "how much is the youth kayak?")
    assert result.action == "answer" and "690.00" in result.reply, result.reply


@pytest.mark.parametrize(("age", "verdict"), [("7 year old", "outside"), ("10 yr old", "within")])
def test_an_age_asked_is_held_against_the_ages_it_is_for(shop: Copilot, age: str, verdict: str) -> None:
    result = converse(shop, f"is the kea youth kayak ok for a {age}?")
    assert result.action == "answer" and "8 to 12 years old" in result.reply, result.reply
    assert f"is {verdict} that range" in result.reply, result.reply


def test_how_it_is_fixed_is_its_mount_line(shop: Copilot) -> None:
    """ "will it stick to ...?", "does it attach to ...?" ask how it is fixed: its Mount line."""
    result = converse(shop, "will the kauri deck bag stick to a plastic kayak?")
    assert result.action == "answer" and "Mount: Bungee clips" in result.reply, result.reply


def test_one_word_of_a_value_is_not_the_answer(shop: Copilot) -> None:
    """ "does the coromandel come in polyethylene green?": one plain word of a line's value ("Hull:
    Rotomoulded polyethylene") does not make that line the answer to a question it does not ask."""
    reply = converse(shop, "is the coromandel dishwasher polyethylene safe?").reply
    assert "Hull:" not in reply, reply
