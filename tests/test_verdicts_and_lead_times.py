"""Questions on a store invented here (Pellmoor Fittings, Kendal: taps and showers with the water
pressure they need, extractor fans, baths by pallet, a cast iron bath made to order, cellular shades made
to measure, a survey visit free in one area; pages with a pressure table, delivery rates, lead times by
product line, a warranty table and the tray each enclosure takes). A yes-or-no line comes with the
measured line that decides it ("Suitable for low pressure (gravity-fed) systems: No" and "Minimum water
pressure: 1.0 bar"), and a table's measure with the row's verdict; how soon a thing comes is the lead-time
row that lists it in the most words ("shower enclosures", not "showers"), read in its header's unit ("Made
in (business days): 10-12", not the warranty's "7 years"); a slip mended to the shop's word is read as it
asks ("delivr"); a superlative measured by its verb ("extracts the most air"); a made to order version's
lead time from the page's row that names it; a version priced £0.00 is said to be free; a follow-up goes
on with the product a page's answer named."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Pellmoor Fittings"


def _one(pid: str, name: str, category: str, lines: list[str], price: float) -> dict[str, Any]:
    return invented_product(
        pid, name, category, lines, [_variant(f"{pid}-1", {"Finish": "Chrome"}, price)], MAKER
    )


PRODUCTS: list[dict[str, Any]] = [
    _one(
        "TOVE",
        "Tove Tall Basin Tap",
        "Taps",
        [
            "Minimum water pressure: 1.0 bar",
            "Suitable for low pressure (gravity-fed) systems: No",
            "Suitable for combi boilers: Yes",
            "Spout reach: 160 mm",
        ],
        129.0,
    ),
    _one("LUNE", "Lune Low Pressure Shower Kit", "Showers", ["Head size: 200 mm", "Weight: 4.2 kg"], 249.0),
    _one(
        "FANA",
        "Ure 100 mm Extractor Fan",
        "Extractor Fans",
        ["Extraction rate: 85 m³/h", "Noise: 26 dB"],
        59.0,
    ),
    _one(
        "FANB",
        "Ure Inline Shower Fan",
        "Extractor Fans",
        ["Extraction rate: 195 m³/h", "Noise: 31 dB"],
        139.0,
    ),
    _one("HALE", "Howgill Quadrant Shower Enclosure", "Enclosures", ["Glass: 6 mm"], 389.0),
    _one("BATH", "Thornby Straight Bath", "Baths", ["Length: 1700 mm"], 299.0),
    invented_product(
        "GRIS",
        "Grisedale Cast Iron Bath",
        "Baths",
        ["Material: Cast iron", "Length: 1700 mm"],
        [_variant("GRIS-1", {"Feet": "Chrome"}, 1899.0, available=False, backorder=True)],
        MAKER,
    ),
    _one("CELL", "Cordless Cellular Shade", "Shades", ["Cells: Single"], 89.0),
    invented_product(
        "ORTON",
        "Orton Digital Water Tester",
        "Testers",
        ["Reads: hardness and chlorine"],
        [_variant("ORTON-1", {"Finish": "Grey"}, 149.0, available=False, backorder=True)],
        MAKER,
    ),
    invented_product(
        "RIBBLE",
        "Ribble Stone Shower Tray",
        "Shower Trays",
        ["Material: Stone resin"],
        [_variant("RIB-W", {"Colour": "White"}, 219.0), _variant("RIB-G", {"Colour": "Grey"}, 239.0)],
        MAKER,
    ),
    invented_product(
        "SURVEY",
        "Home Survey Visit",
        "Services",
        ["Visit: About an hour"],
        [_variant("SV-KE", {"Area": "Kendal"}, 0.0), _variant("SV-LA", {"Area": "Lancaster"}, 60.0)],
        MAKER,
    ),
]

PAGES = {
    "pressure.md": "# Water pressure guide\n\n"
    "| Product | Minimum water pressure | Low pressure (gravity-fed) | Combi boiler |\n|---|---|---|---|\n"
    "| Lune Low Pressure Shower Kit | 0.1 bar | Yes | Yes |\n",
    "delivery.md": "# Delivery\n\nWe deliver across mainland Britain.\n\n## Rates\n\n"
    "| Service | What it is for | Price |\n|---|---|---|\n"
    "| Parcel delivery | Taps, showers and fans | £6.95 |\n"
    "| Kerbside pallet delivery | Baths, shower enclosures and shower trays | £39.00 |\n\n"
    "## Lead times\n\n| Product line | Dispatch and delivery |\n|---|---|\n"
    "| Taps, showers, shower heads and fans | Next working day |\n"
    "| Shower enclosures, shower trays and baths | 3 to 5 working days |\n"
    "| Grisedale cast iron bath (special order) | 8 to 10 weeks |\n\n"
    "## Made to measure\n\n| Product line | Made in (business days) |\n|---|---|\n"
    "| Roller blinds | 7-10 |\n| Cellular shades | 10-12 |\n",
    "trays.md": "# Which tray fits my enclosure?\n\n| Enclosure | Tray to use |\n|---|---|\n"
    "| Howgill Quadrant Shower Enclosure | Ribble Stone Shower Tray |\n",
    "warranty.md": "# Warranty\n\n| Product line | Warranty |\n|---|---|\n"
    "| Roller blinds | 5 years |\n| Cellular shades | 7 years |\n| Orton Digital Water Tester | 1 year |\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("pellmoor"), MAKER, PRODUCTS, PAGES, "GBP")


def test_a_yes_or_no_line_comes_with_the_measure_that_decides_it(shop: Copilot) -> None:
    said = ["Suitable for low pressure (gravity-fed) systems: No.", "Minimum water pressure: 1.0 bar"]
    assert_reply(shop, "will the tove tall basin tap work on a gravity fed system?", said)
    assert_reply(shop, "does the tove basin tap work with a combi boiler?", ["Yes"], ["Spout reach"])


def test_a_tables_measure_comes_with_the_rows_verdict(shop: Copilot) -> None:
    assert_reply(shop, "is the lune shower kit ok with low water pressure", ["0.1 bar", "Yes"])


def test_how_soon_a_thing_comes_is_the_row_that_lists_it_in_the_most_words(shop: Copilot) -> None:
    said = ["3 to 5 working days"]
    assert_reply(shop, "how quickly will a shower enclosure be delivered", said, ["Next working day"])


def test_a_lead_time_is_read_in_its_headers_unit(shop: Copilot) -> None:
    assert_reply(shop, "how long does it take to make a cellular shade", ["10-12"], ["7 years"])


def test_a_slip_mended_to_the_shops_word_is_read_as_it_asks(shop: Copilot) -> None:
    reply = converse(shop, "how much to delivr a bath?")
    assert reply.action == "answer" and "£39.00" in reply.reply, reply.reply


def test_a_superlative_measured_by_its_verb(shop: Copilot) -> None:
    assert_reply(shop, "which extractor fan extracts the most air", ["Ure Inline Shower Fan", "195 m³/h"])


def test_a_made_to_order_version_gets_its_lead_time_from_the_page(shop: Copilot) -> None:
    assert_reply(shop, "is the grisedale cast iron bath in stock?", ["backorder", "8 to 10 weeks"])
    assert_reply(shop, "is the orton digital water tester in stock?", ["backorder"], ["1 year"])


def test_a_version_priced_nothing_is_said_to_be_free(shop: Copilot) -> None:
    reply = converse(shop, "how much is the survey visit?")
    assert "free" in reply.reply and "£60.00" in reply.reply and not reply.flags, reply


def test_a_follow_up_goes_on_with_the_product_a_pages_answer_named(shop: Copilot) -> None:
    question = "which tray goes with the howgill quadrant enclosure?"
    reply = converse(shop, question, "how much is that in white")
    assert "Ribble" in reply.reply and "£219.00" in reply.reply, reply.reply
