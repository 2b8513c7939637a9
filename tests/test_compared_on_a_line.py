"""Questions on a store invented here (Larchmont Camping Co.: lanterns, sleeping pads, a tarp, a canopy
and an awning made to width). Two products compared on what a verb asks ("which lasts longer?", "which
insulates better?", "which blocks more uv?") are read on each one's line for it: a run time in hours or
minutes, an R-value, a UV block; never on a sentence before a colon ("Two layers of foam for our warmest
pad: ..."). "max width?" is the line labelled "Maximum width", not every width the product comes in. A
postcode the question asks about ("my postal code is T2N 1N4, do you deliver there?") is no proof of who
is asking. Two lines of goods compared ("warranty on lanterns vs sleeping pads?") are two rows of a
page's table. What it costs to ship a product at a size ("is there extra shipping for a 90 inch
awning?") is the shop's shipping terms, not the product's prices."""

from __future__ import annotations

import pytest

from copilot.drafting.description import label_words
from copilot.drafting.offline import _no_number_for
from copilot.lexical import tokenize
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Larchmont Camping Co."
PRODUCTS = [
    invented_product(
        "GL200",
        "Glowlite 200 Lantern",
        "Camping > Lanterns",
        ["Brightness: 200 lumens", "Run time: 12 hours", "Weight: 310 g"],
        [_variant("GL-200", {}, 34.0)],
        MAKER,
    ),
    invented_product(
        "GL400",
        "Glowlite 400 Lantern",
        "Camping > Lanterns",
        ["Brightness: 400 lumens", "Run time: 1,800 minutes", "Weight: 420 g"],
        [_variant("GL-400", {}, 52.0)],
        MAKER,
    ),
    invented_product(
        "BEACON",
        "Beacon Headlamp",
        "Camping > Headlamps",
        ["Beam: 80 m on full power | Brightness: 300 lumens | Weight: 90 g"],
        [_variant("BH-1", {}, 29.0)],
        MAKER,
    ),
    invented_product(
        "TRAILPAD",
        "Trail Sleeping Pad",
        "Camping > Sleeping Pads",
        ["Thickness: 5 cm", "R-value: 2.1"],
        [_variant("TP-1", {}, 79.0)],
        MAKER,
    ),
    invented_product(
        "WINTERPAD",
        "Winter Sleeping Pad",
        "Camping > Sleeping Pads",
        [
            "Two layers of foam for our warmest and best insulation: the one for snow camping",
            "Thickness: 8 cm",
            "R-value: 6.4",
        ],
        [_variant("WP-1", {}, 139.0)],
        MAKER,
    ),
    invented_product(
        "TARP",
        "Ridgeline Tarp",
        "Camping > Shelters",
        ["Size: 3 x 3 m", "UV block: 92%"],
        [_variant("RT-3", {}, 89.0)],
        MAKER,
    ),
    invented_product(
        "CANOPY",
        "Shade Canopy",
        "Camping > Shelters",
        ["Size: 3 x 3 m", "UV block: 98%"],
        [_variant("SC-3", {}, 119.0)],
        MAKER,
    ),
    invented_product(
        "AWNING",
        "Cabin Awning",
        "Camping > Shelters",
        ["Made to your width", "Minimum width: 40 in", "Maximum width: 96 in", "Projection: 60 in"],
        [
            _variant("CA-60", {"Width": "Up to 60 in"}, 240.0),
            _variant("CA-96", {"Width": "60¼–96 in"}, 310.0),
        ],
        MAKER,
    ),
]

PAGES = {
    "delivery.html": "<h1>Local delivery</h1><p>Our own van delivers free in Calgary, to postal codes "
    "starting with T2 and T3, on Tuesdays and Fridays.</p><p>Everywhere else in Canada we ship by Canada "
    "Post.</p>",
    "shipping.html": "<h1>Shipping</h1><p>Standard shipping is $9.95 per order.</p><h2>Oversize items</h2><p>"
    "Awnings wider than 80 in ship as oversize freight and add a $45.00 surcharge per order.</p>",
    "warranty.html": "<h1>Warranty</h1><table><thead><tr><th>Product line</th><th>Warranty</th></tr></thead>"
    "<tbody><tr><td>Lanterns</td><td>2 years</td></tr><tr><td>Sleeping pads</td><td>5 years</td></tr><tr><td>"
    "Shelters and awnings</td><td>1 year</td></tr></tbody></table>",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larchmont"), MAKER, PRODUCTS, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which lasts longer, the glowlite 200 or the glowlite 400?", ["12 hours", "1,800 minutes"]),
        ("glowlite 200 or glowlite 400, which runs longer?", ["12 hours", "1,800 minutes"]),
        ("which insulates better, the trail pad or the winter pad?", ["R-value: 2.1", "R-value: 6.4"]),
        ("tarp or canopy, which blocks more uv?", ["92%", "98%"]),
    ],
)
def test_two_products_are_compared_on_each_ones_line_for_what_the_verb_asks(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said, ["warmest and best", "doesn't say", "lumens"])


def test_the_longest_running_product_is_read_on_its_time_in_any_unit(shop: Copilot) -> None:
    # 1,800 minutes is 30 hours: more than 12 hours, though 12 is the smaller number written
    said = ["longest run time is the Glowlite 400 Lantern"]
    assert_reply(shop, "which lantern lasts longest?", said, ["lasts longest"])


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("max width for the cabin awning?", ["Maximum width: 96 in"], ["Up to 60 in", "Minimum"]),
        ("min width on the cabin awning?", ["Minimum width: 40 in"], ["Up to 60 in", "Maximum"]),
    ],
)
def test_a_limit_asked_in_short_is_the_line_labelled_with_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    "question",
    [
        "my postal code is T2N 1N4, do you deliver there?",
        "postal code T3H 2K1 - is that in your delivery area?",
    ],
)
def test_a_postcode_the_question_asks_about_proves_no_one(shop: Copilot, question: str) -> None:
    reply = converse(shop, question)
    assert reply.action == "answer", reply.reply
    assert "T2 and T3" in reply.reply, reply.reply


@pytest.mark.parametrize(
    "question",
    ["warranty on lanterns vs sleeping pads?", "which has the longer warranty, sleeping pads or lanterns?"],
)
def test_two_lines_of_goods_compared_are_two_rows_of_one_table(shop: Copilot, question: str) -> None:
    rows = ["Lanterns; Warranty: 2 years", "Sleeping pads; Warranty: 5 years"]
    assert_reply(shop, question, rows, ["1 year"])


def test_a_sentence_before_a_colon_is_no_label_but_a_label_with_a_pack_size_is() -> None:
    assert label_words("Two layers of foam for our warmest and best insulation: the one for snow") == set()
    pack = "Woods & Smoke Trio (3 x 10 ml): Vetiver, Pine, Cedar"
    assert label_words(pack) == set(tokenize("Woods & Smoke Trio (3 x 10 ml)"))


def test_how_many_of_a_unit_is_not_answered_by_a_line_in_another(shop: Copilot) -> None:
    # (a date in the line is no time either: "... Holiday price until December 24")
    specs = "Top speed: 60+ mph (97+ km/h) on 6S | Weight: 5.1 kg. Holiday price until December 24."
    assert _no_number_for("how many minutes of run time does it get on 6s?", specs)
    assert not _no_number_for("how many minutes does it run?", "Run time: 45 minutes")
    reply = converse(shop, "how many minutes of light does the beacon headlamp give on full power").reply
    assert "doesn't say" in reply and "80 m" not in reply, reply
    assert_reply(shop, "how many minutes does the glowlite 400 lantern run?", ["1,800 minutes"])


@pytest.mark.parametrize(
    "question",
    [
        "is there extra shipping for a 90 inch wide cabin awning",
        "how much is shipping for a 90 inch cabin awning?",
    ],
)
def test_the_shipping_of_a_product_at_a_size_is_the_shops_terms(shop: Copilot, question: str) -> None:
    assert_reply(shop, question, ["$45.00 surcharge"], ["310.00"])
