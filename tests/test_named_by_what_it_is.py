"""Questions on a store invented here (Quillmere Curtains: curtain panels, rods, a remote, a cord tidy and
a measuring visit). A curtain whose line says the largest rod it takes ("Fits rods up to: 1 in (25 mm)
diameter") is held against a rod's "Rod diameter", whether the shopper asks "will it fit" or "can i hang
it on"; a curtain named by half its name and a word no other name has ("the marlow curtain") is named;
"1⅜" is one and three eighths, so "the heavy duty 1 3/8 rod" does not also name the Classic 1" Rod. A
word of a product's name is no question about it: "which curtains have a cord or chain?" does not pick
the Blind Cord Cleat because its name says "cord", "the measure fee" asks nothing of the visit's length, and
"is there a remote charge?" asks about money, not the Remote's battery. "what can i do?" asks what to do,
so the page's paragraph goes on to it."""

from __future__ import annotations

import pytest

from copilot.lexical import tokenize
from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Quillmere Curtains"
PRODUCTS = [
    invented_product(
        "MARLOW",
        "Marlow Blackout Curtain Panel",
        "Curtains > Panels",
        ["Header: Rod pocket", "Fits rods up to: 1⅛ in (28 mm) diameter", "Care: Machine wash cold"],
        [_variant("MW-84", {"Size": "50 x 84 in"}, 59.0), _variant("MW-96", {"Size": "50 x 96 in"}, 69.0)],
        MAKER,
    ),
    invented_product(
        "SABLE",
        "Sable Sheer Curtain Pair",
        "Curtains > Sheers",
        ["Header: 2 in rod pocket", "Fits rods up to: 1 in (25 mm) diameter"],
        [_variant("SB-84", {"Size": "52 x 84 in"}, 39.0)],
        MAKER,
    ),
    invented_product(
        "HEAVY",
        'Heavy-Duty 1⅜" Curtain Rod',
        "Curtains > Rods",
        ["Rod diameter: 1⅜ in (35 mm)", "Maximum load: 30 lb"],
        [_variant("HD-72", {"Length": "48–84 in"}, 64.0)],
        MAKER,
    ),
    invented_product(
        "CLASSIC",
        'Classic 1" Curtain Rod',
        "Curtains > Rods",
        ["Rod diameter: 1 in (25 mm)", "Maximum load: 15 lb"],
        [_variant("CL-72", {"Length": "48–84 in"}, 34.0)],
        MAKER,
    ),
    invented_product(
        "TENSION",
        "Spring Tension Rod",
        "Curtains > Rods",
        ["Rod diameter: ⅝ in (16 mm)", "Mount: Inside the window frame"],
        [_variant("TR-36", {"Length": "24–36 in"}, 19.0)],
        MAKER,
    ),
    invented_product(
        "REMOTE",
        "Motor Remote",
        "Motorisation > Remotes",
        ["Channels: 5", "Battery: CR2032 coin cell"],
        [_variant("RM-5", {}, 45.0)],
        MAKER,
    ),
    invented_product(
        "TIDY",
        "Blind Cord Cleat",
        "Blinds > Accessories",
        ["Use: Winds up the loose cords of older blinds", "Colour: White"],
        [_variant("CT-1", {}, 4.0)],
        MAKER,
    ),
    invented_product(
        "VISIT",
        "Measure Visit",
        "Services",
        [
            "Area: Within 30 km of our Leeds showroom",
            "Refund: Credited back on an order over £400 within 60 days",
            "Length: About an hour for up to 8 windows",
        ],
        [_variant("MV-1", {}, 35.0)],
        MAKER,
    ),
]

PAGES = {
    "delivery.html": "<h1>Delivery</h1><p>Standard delivery is £6.95 per order.</p><h2>Remote areas</h2><p>"
    "Highlands and islands postcodes (for example IV, KW and ZE) add a £15.00 remote-area surcharge per "
    "order.</p>",
    "safety.html": "<h1>Child safety</h1><p>Every curtain and blind we sell is cordless, except the Loop "
    "Chain Roller, which uses a chain held taut by a tension device screwed to the wall.</p>",
    "returns.html": "<h1>Returns</h1><h2>Wrong size</h2><p>Wrong size? If a curtain you chose is too short, "
    "we swap it for another size at no charge, once per order. Tell us within 30 days of delivery and post "
    "the first one back unwashed.</p><h2>Refunds</h2><p>Refunds reach your card within 5 working days.</p>",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("quillmere"), MAKER, PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("will the sable sheers fit on the spring tension rod?", ["16 mm", "25 mm", "go together"]),
        ("can i hang the sable sheers on the spring tension rod", ["16 mm", "25 mm", "go together"]),
        ("will the marlow curtain fit on the heavy duty 1 3/8 rod", ["35 mm", "28 mm", "won't go"]),
    ],
)
def test_a_curtain_is_held_to_the_largest_rod_its_line_says_it_takes(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said, ["doesn't say", "Classic"])


def test_a_mixed_fraction_is_read_as_one_number() -> None:
    assert tokenize('1⅜" rod') == tokenize('1 3/8" rod')
    assert "5/8" in tokenize("⅝ in")


def test_a_choice_said_only_by_a_products_name_asks_the_catalog(shop: Copilot) -> None:
    question = "which of your blinds still have a cord or chain"
    assert_reply(shop, question, ["Loop Chain Roller"], ["as its name says"])


def test_a_word_of_the_name_asks_nothing_of_the_product(shop: Copilot) -> None:
    assert_reply(shop, "do i get the measure fee back if i order", ["£400"], ["About an hour"])
    assert_reply(shop, "my postcode starts with KW, is there a remote charge?", ["£15.00"], ["CR2032"])


def test_what_to_do_asked_is_answered_by_the_paragraph_to_its_end(shop: Copilot) -> None:
    question = "i measured wrong and my curtain is too short, what can i do?"
    assert_reply(shop, question, ["we swap it", "within 30 days"], ["5 working days"])
