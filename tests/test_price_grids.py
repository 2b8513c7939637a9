"""Questions on a store invented here (Thornbury Window Co.: pleated shades and wooden venetians made to
measure, priced by a grid of width bands down the side and drop bands across the top, in centimetres).
The price is the cell at the two measures the question gives, in the grid of the product it names, in
the question's order unless a word names the columns' measure ("80 drop 40 wide"), in inches or
centimetres; a lining the grid's section prices on top is added when the question asks for it; a size
past the grid is said to be, with what the section says of the largest made. A superlative of what a
line names ("the highest uv block") is read in the lines so labelled, a percentage too, never in a
length a name holds ('2" Faux Wood Blind'); "you make" asks as "you sell" does. A width given picks the
version whose band ("24¼–36 in") holds it, in the band's unit or converted ("100 cm"); "and 30 inches
wide?" after a price goes on with the price of that band, its "wide" asking nothing of the lines; "which
width do i pick?" with a measure given is the band that holds it. A sample asked for ("a sample of the
cellular shade in oat?", "do you send swatches?") is the shop's sample product, not the shade's bands."""

from __future__ import annotations

import pytest

from copilot.drafting.options import variants_in_range
from copilot.schemas import Passage
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Thornbury Window Co."
PRODUCTS = [
    invented_product(
        "PLEAT",
        "Thornbury Pleated Shade",
        "Window > Shades",
        ["Fabric: polyester", "Made to measure", "UV block: 80%", "Maximum width: 120 cm"],
        [_variant("PL-60", {"Width": "Up to 60 cm"}, 49.0), _variant("PL-90", {"Width": "61–90 cm"}, 59.0)],
        MAKER,
    ),
    invented_product(
        "VEN",
        "Thornbury Wooden Venetian",
        "Window > Blinds",
        ["Slats: 50 mm basswood", "Made to measure", "Maximum width: 180 cm"],
        [_variant("VN-60", {"Width": "Up to 60 cm"}, 79.0), _variant("VN-90", {"Width": "61–90 cm"}, 95.0)],
        MAKER,
    ),
    invented_product(
        "FAUX",
        'Thornbury 2" Faux Wood Blind',
        "Window > Blinds",
        ["Slats: 2 in PVC", "Maximum width: 210 cm"],
        [_variant("FX-60", {"Width": "Up to 60 cm"}, 45.0)],
        MAKER,
    ),
    invented_product(
        "CELL",
        "Thornbury Cellular Shade",
        "Window > Shades",
        ["Made to measure", "R-value: 3.2", "Motor: fits shades up to 72 in wide"],
        [
            _variant("CL-24", {"Width": "Up to 24 in"}, 69.0),
            _variant("CL-36", {"Width": "24¼–36 in"}, 85.0),
            _variant("CL-48", {"Width": "36¼–48 in"}, 102.0),
        ],
        MAKER,
    ),
    invented_product(
        "DIM",
        "Thornbury Blackout Roller Blind",
        "Window > Blinds",
        ["Light filtering UV block: 90%", "Blackout UV block: 100%", "Maximum width: 150 cm"],
        [_variant("BR-60", {"Width": "Up to 60 cm"}, 39.0)],
        MAKER,
    ),
    invented_product(
        "SWATCH",
        "Thornbury Fabric Swatch",
        "Window > Samples",
        ["Size: 10 x 15 cm", "Limit: 6 per order"],
        [_variant("SW-1", {}, 0.0)],
        MAKER,
    ),
]

PAGES = {
    "price-grid.md": "# Price grid\n\nPrices by width and drop.\n\n## Pleated Shade\n\n"
    "| Width | Drop up to 150 cm | Drop 151–200 cm |\n|---|---|---|\n"
    "| Up to 60 cm | £49.00 | £58.00 |\n| 61–90 cm | £59.00 | £71.00 |\n| 91–120 cm | £72.00 | £86.00 |\n\n"
    "Thermal lining adds £12.00 to any size. Pleated shades are made up to 200 cm drop.\n\n"
    "## Wooden Venetian\n\n"
    "| Width | Drop up to 150 cm | Drop 151–200 cm |\n|---|---|---|\n"
    "| Up to 60 cm | £79.00 | £92.00 |\n| 61–90 cm | £95.00 | £111.00 |\n"
    "| 91–120 cm | £118.00 | £139.00 |\n\n"
    "Tapes instead of ladder cords add £15.00 to any size.\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("thornbury"), MAKER, PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("pleated shade 70 wide 160 drop, how much?", ["£71.00", "61–90 cm", "151–200 cm"], ["£111.00"]),
        ("how much is a wooden venetian 100 x 140 cm?", ["£118.00"], ["£72.00"]),
        ("wooden venetian, 180 drop 50 wide, price?", ["£92.00"], []),
        ("pleated shade 30 inches wide by 70 inches drop", ["£71.00"], []),
        ("pleated shade with thermal lining 50 x 120", ["£49.00", "£61.00"], []),
    ],
)
def test_the_price_is_the_grid_cell_at_the_two_measures_given(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_size_past_the_grid_is_said_to_be(shop: Copilot) -> None:
    assert_reply(
        shop,
        "can i get a pleated shade 80 wide and 240 drop?",
        ["made up to 200 cm drop", "past"],
        ["£71.00", "£86.00"],
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("which blind has the highest uv block", ["Blackout Roller Blind", "100%"], ["Faux Wood"]),
        ("whats the widest blind you make", ["Faux Wood Blind", "210 cm"], []),
    ],
)
def test_a_superlative_reads_the_lines_labelled_by_what_it_names(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is the thornbury cellular shade 30 inches wide?", ["£85.00"], ["£69.00", "£102.00"]),
        ("cellular shade for a 100 cm wide window, price?", ["£102.00"], ["£85.00"]),
        # a product wanted at a measure is one to buy at that size
        ("i want a cellular shade for a 30 inch wide window", ["£85.00"], ["£69.00", "doesn't say"]),
        ("hi, we need a thornbury cellular shade 40 inches wide", ["£102.00"], ["£85.00", "doesn't say"]),
    ],
)
def test_a_width_given_picks_the_version_whose_band_holds_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_width_said_after_a_price_is_the_price_of_its_band(shop: Copilot) -> None:
    reply = converse(shop, "how much is the thornbury cellular shade?", "and 30 inches wide?").reply
    assert "£85.00" in reply and "24¼–36 in" in reply, reply


def test_which_band_to_pick_for_a_measure_is_the_one_that_holds_it(shop: Copilot) -> None:
    assert_reply(
        shop,
        "my window is 100 cm wide, which width do i pick for the thornbury cellular shade?",
        ["Width 36¼–48 in", "£102.00"],
        ["Up to 24 in"],
    )


def test_a_bare_number_is_no_amount_of_money() -> None:
    """ "2 extra years" holds in no price band; the £1,099 blind's band does."""
    bands = [
        Passage(
            key=f"variant:CP:{band}", kind="variant", text="", source="p.json", options={"Item price": band}
        )
        for band in ("Up to £300", "£300.01 to £2,000")
    ]
    held = variants_in_range("care plan for a £1,099 blind, 2 extra years", bands)
    assert held == {"variant:CP:£300.01 to £2,000"}


@pytest.mark.parametrize(
    "question",
    ["can i get a sample of the thornbury cellular shade in oat?", "do you send swatches?"],
)
def test_a_sample_asked_for_is_the_shops_sample_product(shop: Copilot, question: str) -> None:
    assert_reply(shop, question, ["Thornbury Fabric Swatch: free"], ["£69.00", "£85.00"])
