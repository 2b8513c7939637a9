"""Questions on a store invented here (Anvil Lane), whose names are long and share words: two words
of a name in a row that no other name has name the product ("the impact driver"); "which is lighter,
A or B?" answers with each one's weight and which; a sale listed version by version keeps its
prices; a product's name that reads like a street is not redacted from the reply; "anything under
$20 in black?" lists what can be bought within the amount, of the kind and colour asked; "I'm a US
9.5, what EU size?" answers with the size chart's row whose US cell is 9.5; "is it tool only or does it
come with batteries?" lists the kits; "does it come with a battery?" is asked of the product in focus,
and its box list is shown with the battery not in it; "will the battery fit the impact driver?" is
the compatibility chart's to answer; "the 4Ah" is the 4.0Ah version; "what sizes do the gloves come
in?" of two gloves lists each one's."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "ID18",
        "name": "Korvo 18V Brushless Impact Driver",
        "category": "Power Tools",
        "description": "<p>Drives long screws fast.</p>"
        "<ul><li>Max torque: 180 Nm</li><li>Voltage: 18V</li></ul>",
        "variants": [
            _variant("ID18-TO", {"Kit": "Tool only"}, 69.0),
            _variant("ID18-K2", {"Kit": "2 x 2.0Ah batteries + charger"}, 149.0),
        ],
    },
    {
        "product_id": "DD12",
        "name": "Korvo 12V Drill Driver",
        "category": "Power Tools",
        "description": "A compact drill driver. Max torque: 30 Nm.",
        "variants": [_variant("DD12-1", {}, 59.0)],
    },
    {
        "product_id": "BIT",
        "name": "Brandt Impact Screwdriver Bit Set",
        "category": "Accessories",
        "description": "Impact-rated bits in a clear case.",
        "variants": [_variant("BIT-32", {"Pieces": "32"}, 14.0)],
    },
    {
        "product_id": "TG3",
        "name": "Tempo Glide 3 Road Running Shoe",
        "category": "Running Shoes",
        "description": "<p>A cushioned daily trainer.</p><ul><li>Weight: 255 g (US men's 9)</li></ul>",
        "variants": [_variant("TG3-9", {"Size": "9"}, 140.0)],
    },
    {
        "product_id": "CLR",
        "name": "Cloudline Racer",
        "category": "Running Shoes",
        "description": "<p>A light racer.</p><ul><li>Weight: 198 g (US men's 9)</li></ul>",
        "variants": [
            _variant("CLR-8", {"Size": "8"}, 135.2, compare_at_price=169.0),
            _variant("CLR-85", {"Size": "8.5"}, 135.2, compare_at_price=169.0),
        ],
    },
    {
        "product_id": "RAD",
        "name": "Korvo Site Radio",
        "category": "Power Tools",
        "description": "<p>A tough radio for the job site.</p><h3>What's in the box</h3>"
        "<ul><li>Site radio</li><li>AC adapter</li></ul>",
        "variants": [_variant("RAD-1", {}, 119.0)],
    },
    {
        "product_id": "BAT",
        "name": "Korvo 18V Battery",
        "category": "Batteries",
        "description": "A 4.0Ah battery for every Korvo 18V tool.",
        "variants": [_variant("BAT-4", {}, 59.0)],
    },
    {
        "product_id": "BAT12",
        "name": "Korvo 12V Battery",
        "category": "Batteries",
        "description": "A battery for every Korvo 12V tool.",
        "variants": [
            _variant("BAT12-2", {"Capacity": "2.0Ah"}, 29.0),
            _variant("BAT12-4", {"Capacity": "4.0Ah"}, 45.0),
        ],
    },
    {
        "product_id": "GLV1",
        "name": "Korvo Grip Work Gloves",
        "category": "Safety",
        "description": "Nitrile-coated work gloves.",
        "variants": [_variant(f"GLV1-{z}", {"Size": z}, 4.0) for z in ("S", "M", "L", "XL")],
    },
    {
        "product_id": "GLV2",
        "name": "Korvo Cut Resistant Gloves",
        "category": "Safety",
        "description": "Cut level C gloves.",
        "variants": [_variant(f"GLV2-{z}", {"Size": z}, 9.0) for z in ("M", "L")],
    },
    {
        "product_id": "SOCK",
        "name": "Cushion Run Sock",
        "category": "Socks",
        "description": "A cushioned running sock.",
        "variants": [
            _variant("SOCK-B", {"Color": "Black"}, 12.0),
            _variant("SOCK-W", {"Color": "White"}, 11.0),
            _variant("SOCK-R", {"Color": "Red"}, 12.0, available=False),
        ],
    },
    {
        "product_id": "MARLOW",
        "name": "Marlow Compact Stroller",
        "category": "Strollers",
        "description": "<p>Folds with one hand.</p><ul><li>Weight: 6.9 kg</li></ul>",
        "variants": [_variant("MAR-1", {}, 199.0)],
    },
    {
        "product_id": "MARLOWRC",
        "name": "Marlow Rain Cover",
        "category": "Stroller Accessories",
        "description": "<p>A clear rain cover cut to fit the Marlow Compact Stroller.</p>"
        "<ul><li>Fits: Marlow Compact Stroller only</li></ul>",
        "variants": [_variant("MAR-RC", {}, 25.0)],
    },
    {
        "product_id": "VOYAGER",
        "name": "Voyager Travel System",
        "category": "Strollers",
        "description": "<p>Carrycot and seat in one.</p><ul><li>Weight: 11.2 kg</li></ul>",
        "variants": [_variant("VOY-1", {}, 649.0)],
    },
    {
        "product_id": "BEACONPRO",
        "name": "Beacon Pro Avalanche Transceiver",
        "category": "Avalanche Safety",
        "description": "<ul><li>Antennas: 3</li><li>Maximum range: 60 m</li></ul>",
        "variants": [_variant("BCN-P", {}, 420.0)],
    },
    {
        "product_id": "BEACONLITE",
        "name": "Beacon Lite Avalanche Transceiver",
        "category": "Avalanche Safety",
        "description": "<ul><li>Antennas: 3</li><li>Maximum range: 50 m</li></ul>",
        "variants": [_variant("BCN-L", {}, 310.0)],
    },
    {
        "product_id": "DRYBOX",
        "name": "Drybox Boot Dryer",
        "category": "Boot Care",
        "description": "<ul><li>Power: 36 W</li><li>Timer: automatic shut-off after 3 hours</li></ul>",
        "variants": [_variant("DRY-1", {}, 59.0)],
    },
    {
        "product_id": "VDESET",
        "name": "Brandt Insulated Screwdriver Set",
        "category": "Hand Tools",
        "description": "<p>Eight screwdrivers, each tested to 10,000V and rated for live work to 1000V.</p>",
        "variants": [_variant("VDE-8", {}, 49.0)],
    },
    {
        "product_id": "SKYLARK",
        "name": "Skylark 2 Camera Drone",
        "category": "Drones",
        "description": "A folding camera drone.",
        "variants": [
            _variant("SKY-STD", {"Bundle": "Standard"}, 899.0),
            _variant("SKY-FC", {"Bundle": "Fly Combo"}, 1099.0, available=False),
            _variant("SKY-FCP", {"Bundle": "Fly Combo Plus"}, 1299.0),
        ],
    },
    {
        "product_id": "ALEYEAST",
        "name": "Brewhouse Dry Ale Yeast 11g",
        "category": "Yeast",
        "description": "Dry ale yeast, one sachet per 23 litres.",
        "variants": [_variant(f"ALE-{k}", {"Strain": k}, p) for k, p in (("Harwich", 8.5), ("Kolsch", 9.2))],
    },
    {
        "product_id": "US05",
        "name": "Fermenta US-05 Dry Yeast",
        "category": "Yeast",
        "description": "A clean American ale yeast.",
        "variants": [_variant("US05-1", {}, 7.9)],
    },
]


def _size_chart() -> str:
    """A conversion chart of the usual kind: men's US 7 to 12 by halves, and the same sizes in other
    systems (many rows share numbers: a women's 9.5 is a men's 8)."""
    rows = [
        f"| {m:g} | {m + 1.5:g} | {m - 1:g} | {40 + (m - 7) * 2:g} | {25 + (m - 7):.1f} |"
        for m in [7 + i / 2 for i in range(11)]
    ]
    header = "| US Men's | US Women's | UK | EU | Foot length (cm) |\n|---|---|---|---|---|"
    return "# Shoe size chart\n\nFind your size in any system.\n\n" + "\n".join([header, *rows]) + "\n"


SIZE_CHART = _size_chart()


BATTERIES = """# Battery compatibility

All Korvo tools of one voltage share the same battery.

| Battery | Fits | Does not fit |
|---|---|---|
| Korvo 18V Battery (4.0Ah) | Every Korvo 18V tool: Impact Driver, Site Radio | Korvo 12V tools |
| Korvo 12V Battery (2.0Ah) | Korvo 12V Drill Driver | Korvo 18V tools |
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    pages = {"sizes.md": SIZE_CHART, "batteries.md": BATTERIES}
    return invented_shop(tmp_path_factory.mktemp("anvil_lane"), "Anvil Lane", PRODUCTS, pages)


def test_two_words_in_a_row_that_only_one_name_has_name_that_product(shop: Copilot) -> None:
    kits = converse(shop, "what kits does the impact driver come in")
    assert "Tool only" in kits.reply and "2 x 2.0Ah batteries + charger" in kits.reply, kits.reply
    torque = converse(shop, "what's the torque on the impact driver?")
    assert "180 Nm" in torque.reply and "30 Nm" not in torque.reply, torque.reply


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("which is lighter, the tempo glide 3 or the cloudline racer?", "So the Cloudline Racer is lighter"),
        (
            "cloudline racer vs tempo glide 3, which one is heavier?",
            "So the Tempo Glide 3 Road Running Shoe is heavier",
        ),
    ],
)
def test_which_is_lighter_gives_each_weight_and_says_which(
    shop: Copilot, question: str, verdict: str
) -> None:
    reply = converse(shop, question).reply
    assert "255 g" in reply and "198 g" in reply and verdict in reply, reply
    assert "Tempo Glide 3 Road Running Shoe" in reply, reply  # a product's name is not "[address]"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's the range of the beacon pro?", "Maximum range: 60 m"),
        ("does the drybox boot dryer turn itself off?", "automatic shut-off after 3 hours"),
        ("are the brandt screwdrivers insulated, what voltage?", "1000V"),
    ],
)
def test_a_products_own_line_answers_in_other_words(shop: Copilot, question: str, said: str) -> None:
    reply = converse(shop, question).reply
    assert said in reply, reply


def test_a_version_the_shopper_says_they_do_not_mean_is_not_the_one_answered(shop: Copilot) -> None:
    reply = converse(shop, "do you have the skylark 2 fly combo (not the plus) in stock?").reply
    assert "(Bundle Fly Combo)" in reply and "out of stock" in reply, reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a word of one name, and of the names of parts made for it: that product, not its rain cover
        (
            "which is lighter, the marlow or the voyager?",
            ["6.9 kg", "11.2 kg", "So the Marlow Compact Stroller"],
        ),
        # a version of one product only, named by its value
        ("us-05 or harwich, which costs less?", ["7.90", "8.50", "Fermenta US-05 Dry Yeast is cheaper"]),
        # "range" asks what the two are compared on, though a catalog-wide question uses it of itself
        ("beacon pro or beacon lite, which has more range?", ["60 m", "50 m", "Beacon Pro Avalanche"]),
    ],
)
def test_two_products_named_their_own_way_are_compared(shop: Copilot, question: str, said: list[str]) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said), reply


def test_a_sale_listed_version_by_version_keeps_its_prices(shop: Copilot) -> None:
    sale = converse(shop, "is the cloudline racer on sale?")
    assert "$135.20" in sale.reply and "$169.00" in sale.reply, sale.reply


def test_what_is_within_a_budget_is_listed_of_the_kind_and_colour_asked(shop: Copilot) -> None:
    black = converse(shop, "anything under $20 in black?").reply
    assert "Cushion Run Sock" in black and "$12.00" in black and "White" not in black, black
    shoes = converse(shop, "any running shoes below 138 dollars").reply
    assert "Cloudline Racer" in shoes and "$135.20" in shoes and "Tempo Glide" not in shoes, shoes
    assert "Sock" not in shoes, shoes
    none = converse(shop, "running shoes under $50?").reply
    assert "nothing" in none.lower() and "Racer" not in none, none
    red = converse(shop, "socks under $20 in red?").reply  # sold out: not offered
    assert "nothing" in red.lower(), red


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("I'm a men's US 9.5 what EU size is that", "US Men's 9.5 is US Women's 11, UK 8.5, EU 45"),
        ("whats a UK 8 in US mens?", "UK 8 is US Men's 9, US Women's 10.5, EU 44"),
        (
            "my foot measures 27.5 cm, what size shoe do i order?",
            "Foot length (cm) 27.5 is US Men's 9.5, US Women's 11, UK 8.5 and EU 45",
        ),
        ("EU 46 is what in UK sizes?", "EU 46 is US Men's 10, US Women's 11.5, UK 9"),
    ],
)
def test_a_table_row_is_found_by_the_cell_the_question_gives(shop: Copilot, question: str, row: str) -> None:
    reply = converse(shop, question).reply
    assert row in reply, reply


def test_a_choice_between_values_of_one_option_lists_that_option(shop: Copilot) -> None:
    kits = converse(shop, "is the impact driver tool only or does it come with batteries?").reply
    assert "Tool only" in kits and "2 x 2.0Ah batteries + charger" in kits, kits
    colours = converse(shop, "is the cushion run sock black or navy?").reply
    assert "Black" in colours and "White" in colours, colours


def test_does_it_come_with_a_thing_asks_the_product_in_focus_and_says_when_it_is_not_listed(
    shop: Copilot,
) -> None:
    reply = converse(shop, "tell me about the korvo site radio", "does it come with a battery?").reply
    assert "AC adapter" in reply and "battery" in reply and "$59.00" not in reply, reply
    assert "4.0Ah" not in reply, reply  # the battery's own description is no answer about the radio


def test_whether_one_thing_fits_another_is_answered_from_the_shops_compatibility_chart(shop: Copilot) -> None:
    reply = converse(shop, "will the 4Ah battery fit the 18V impact driver?").reply
    assert "Every Korvo 18V tool" in reply, reply
    assert "Max torque" not in reply and "$59.00" not in reply, reply


def test_an_amount_named_without_its_zero_decimal_names_the_version(shop: Copilot) -> None:
    reply = converse(shop, "how much is the 12v battery in 2.0ah", "and the 4Ah?").reply
    assert "$45.00" in reply and "4.0Ah" in reply, reply


def test_options_asked_of_a_kind_two_products_share_list_each_ones(shop: Copilot) -> None:
    reply = converse(shop, "what sizes do the gloves come in?").reply
    assert "Korvo Grip Work Gloves" in reply and "Korvo Cut Resistant Gloves" in reply, reply
    assert "XL" in reply, reply


BOARDS = [
    {
        "product_id": f"SB{n}",
        "name": name,
        "category": "Surfboards",
        "description": "<p>"
        + "</p><p>".join(f'{length}" Volume: {litres} L' for length, litres in table)
        + "</p>",
        "variants": [
            _variant(f"SB{n}-{i}", {"Length": f'{length}"'}, 900.0) for i, (length, _) in enumerate(table)
        ],
    }
    for n, (name, table) in enumerate(
        [
            ("Groveler Fish", [("5'4", 29.8), ("5'10", 35.6)]),
            ("Daily Driver", [("5'10", 27.2), ("6'4", 32.8)]),
        ]
    )
]


def test_two_versions_named_are_compared_on_their_own_rows_of_a_table(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    boards = invented_shop(tmp_path_factory.mktemp("saltline"), "Saltline", BOARDS)
    reply = converse(boards, "which has more volume, the groveler 5'10 or the daily driver 6'4?").reply
    assert "35.6 L" in reply and "32.8 L" in reply and "29.8" not in reply, reply
    assert "So the Groveler Fish has more volume" in reply, reply  # by litres, not by the rows' lengths
