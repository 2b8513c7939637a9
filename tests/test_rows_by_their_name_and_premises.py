"""Questions on a store invented here (Tallack Home Supply, Penryn: tiles, adhesive and a roller blind made
in width bands; a delivery page
with a Christmas table whose services carry an aside in brackets, a depot's closure sentence, and an FAQ
with the showroom's Christmas hours). A table's row is named by its first cell without the aside in
brackets ("Express (Swiftline), mainland" by "express"), and a question about one of the shop's
premises is not answered by another's ("is your depot shut over christmas?" is no question about the
showroom's Christmas Day hours; "shut" asks what "closed" says). A width past the largest band a
product is made in is said so, with that band ("130 in wide" of bands up to "96¼–120 in"). "Arrive"
asks what "Delivery" says ("when will a gift card arrive?" and the lead times' "By email within an
hour")."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Tallack Home Supply"

PRODUCTS: list[dict[str, Any]] = [
    invented_product(
        "SLATE",
        "Penwith Slate Floor Tile",
        "Tiles",
        ["Size: 600 x 300 mm", "Finish: Riven"],
        [_variant("SLATE-1", {"Box": "1 m²"}, 54.0)],
        MAKER,
    ),
    invented_product(
        "FIX",
        "Gweek Flexible Tile Adhesive",
        "Adhesives",
        ["Coverage: about 4 m² per 20 kg bag"],
        [_variant("FIX-1", {"Bag": "20 kg"}, 21.0)],
        MAKER,
    ),
    invented_product(
        "ROLLER",
        "Mylor Roller Blind",
        "Blinds",
        ["Fabric: blackout"],
        [
            _variant(f"ROLLER-{i}", {"Width": band}, price)
            for i, (band, price) in enumerate(
                [("Up to 36 in", 79.0), ("36¼–72 in", 119.0), ("72¼–96 in", 169.0)]
            )
        ],
        MAKER,
    ),
]

PAGES = {
    "delivery.md": "# Delivery\n\n## Christmas order deadlines\n\nOrder by these dates for delivery before "
    "Christmas:\n\n| Service | Order by |\n|---|---|\n"
    "| Standard parcel (Penlee Post), mainland | Thursday 17 December |\n"
    "| Express (Swiftline), mainland | Monday 21 December, by noon |\n"
    "| Pallet delivery (kerbside) | Wednesday 9 December |\n\n"
    "## Lead times\n\n| Product | Delivery |\n|---|---|\n| Gift cards | By email within an hour |\n"
    "| Tiles and adhesive | 3 to 5 working days |\n| Made-to-measure blinds | 10 to 12 working days |\n\n"
    "Our depot is closed from Thursday 24 December to Saturday 2 January. Orders placed over the break "
    "leave the depot from Monday 4 January.\n",
    "faq.md": "# Frequently asked questions\n\n## Christmas opening hours\n\n| Day | Showroom hours |\n"
    "|---|---|\n| Thursday 24 December (Christmas Eve) | 9am to 1pm |\n"
    "| Friday 25 December (Christmas Day) | Closed |\n| Saturday 26 December (Boxing Day) | Closed |\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tallack"), MAKER, PRODUCTS, PAGES, "GBP")


def test_a_row_is_named_without_the_aside_in_its_brackets(shop: Copilot) -> None:
    question = "whats the express cutoff for christmas"
    assert_reply(shop, question, ["Monday 21 December"], ["Pallet", "17 December"])


@pytest.mark.parametrize(
    "question", ["is your depot shut over christmas?", "is the depot closed over christmas"]
)
def test_a_question_about_one_premises_is_not_answered_by_anothers(shop: Copilot, question: str) -> None:
    assert_reply(shop, question, ["24 December to Saturday 2 January"], ["Showroom hours"])


def test_the_premises_a_row_names_still_answers_its_own_question(shop: Copilot) -> None:
    assert_reply(shop, "is the showroom open on christmas eve?", ["9am to 1pm"])


@pytest.mark.parametrize(
    "question",
    ["can you make a mylor roller blind 110 in wide?", "do you have the mylor roller blind 110 inches wide?"],
)
def test_a_width_past_the_largest_band_is_said_with_that_band(shop: Copilot, question: str) -> None:
    assert_reply(shop, question, ["110", "the largest is 72¼–96 in"])


def test_a_width_inside_a_band_is_that_band(shop: Copilot) -> None:
    assert_reply(shop, "how much is the mylor roller blind 50 in wide?", ["119.00"], ["largest"])


def test_arriving_is_asked_of_what_delivery_says(shop: Copilot) -> None:
    assert_reply(
        shop, "when would a gift card arrive? it's for tonight", ["within an hour"], ["working days"]
    )
