"""Questions on a store invented here (Oriel Kitchenworks: knives filed under "Kitchen Knives" whose names
never say "knife", and the rolls, stones, mixers and pantry goods beside them). A product in a category
step that ends with the kind asked is of that kind: a Gyuto in "Kitchen Knives" is a knife, a Whetstone in
"Knife Sharpeners" and a Knife Roll in "Knife Storage" are not. "the oriel santoku s2" is the Santoku S2,
not the Santoku S2 Pro, whose name holds all of it and a word not said ("max bowl capacity of the stand
mixer?" asks a maximum of the Stand Mixer, not of the Stand Mixer Max); a sale the product's own text
dates is said with its price, unless it has gone by; a two-column size chart ("Size | Hand circumference")
gives "size M", not "M Hand circumference"; a warranty table's rows for knives and mixers say nothing of
the glove; "what flavours?" of a feed's Pattern option lists its values."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Oriel Kitchenworks"
PRODUCTS = [
    {
        **invented_product(
            "TAMURA",
            "Tamura Aokami Gyuto 210",
            "Kitchen > Kitchen Knives",
            [],
            [_variant("TAM-210", {}, 89.0)],
            MAKER,
        ),
        "description": "<p>A thin Japanese chef's knife.</p><ul><li>Steel: powder stainless</li>"
        "<li>Hardness: 63-64 HRC</li><li>Blade length: 210 mm</li></ul><p>Spring Sale: 10% off from March "
        "1, 2020 to March 8, 2020.</p><p>Winter Knife Sale: 15% off from December 26, 2098 to January 3, "
        "2099.</p>",
    },
    {
        **invented_product(
            "S2",
            "Oriel Santoku S2 Knife",
            "Kitchen > Kitchen Knives",
            [],
            [_variant("S2-STD", {}, 110.0, compare_at_price=130.0)],
            MAKER,
        ),
        "description": "<p>Our everyday santoku.</p><ul><li>Steel: AUS-8</li><li>Hardness: 57 HRC</li></ul>"
        "<p><em>Winter price until 8 January 2099.</em></p>",
    },
    invented_product(
        "S2PRO",
        "Oriel Santoku S2 Pro Knife",
        "Kitchen > Kitchen Knives",
        ["Steel: SG2", "Hardness: 62 HRC"],
        [_variant("S2-PRO", {}, 190.0)],
        MAKER,
    ),
    invented_product(
        "ORCHEF",
        "Oriel Chef's Knife 8 inch",
        "Kitchen > Kitchen Knives",
        ["Steel: X50CrMoV15", "Hardness: 58 HRC", "Blade length: 200 mm"],
        [_variant("OR-CHEF", {}, 120.0)],
        MAKER,
    ),
    invented_product(
        "MIXER",
        "Oriel Stand Mixer",
        "Kitchen > Mixers",
        ["Max bowl capacity: 5 L", "Power: 800 W"],
        [_variant("MIX-5", {}, 299.0)],
        MAKER,
    ),
    invented_product(
        "MIXERMAX",
        "Oriel Stand Mixer Max",
        "Kitchen > Mixers",
        ["Max bowl capacity: 7 L", "Power: 1200 W"],
        [_variant("MIX-7", {}, 449.0)],
        MAKER,
    ),
    {
        **invented_product(
            "GLOVE", "Oriel Cut Glove", "Kitchen > Safety", [], [_variant("GL-M", {}, 18.0)], MAKER
        ),
        "description": "<p>A knit glove for the hand that holds the food.</p><table><thead><tr><th>Size</th>"
        "<th>Hand circumference</th></tr></thead><tbody><tr><td>S</td><td>7 to 7.5 in</td></tr><tr><td>M</td>"
        "<td>7.5 to 8.5 in</td></tr><tr><td>L</td><td>8.5 to 9.5 in</td></tr></tbody></table>",
    },
    {
        **invented_product(
            "RUB",
            "Oriel Spice Rub",
            "Kitchen > Pantry",
            [],
            [
                _variant("RUB-S", {"Style": "Jar", "Pattern": "Smoky"}, 9.0),
                _variant("RUB-C", {"Style": "Refill bag", "Pattern": "Citrus"}, 7.0),
            ],
            MAKER,
        ),
        "description": "<p>A dry rub for the grill, with natural flavouring.</p>",
    },
    invented_product(
        "UTILITY",
        "Oriel Utility Knife",
        "Kitchen > Kitchen Knives",
        ["Blade length: 130 mm"],
        [_variant("UT-130", {}, 60.0, available=False)],
        MAKER,
    ),
    {
        **invented_product(
            "PETTY",
            "Oriel Petty Knife",
            "Kitchen > Kitchen Knives",
            [],
            [_variant("PT-1", {}, 49.0, available=False)],
            MAKER,
        ),
        "description": "<p>Discontinued: replaced by the Oriel Utility Knife.</p>",
    },
    invented_product(
        "HONE",
        "Oriel Honing Steel",
        "Kitchen > Steels & Knives",
        ["Length: 25 cm"],
        [_variant("HS-25", {}, 20.0)],
        MAKER,
    ),
    {
        **invented_product(
            "HANDCREAM",
            "Oriel Hand Cream",
            "Kitchen > Hand Moisturisers",
            [],
            [_variant("HC-50", {}, 8.0)],
            MAKER,
        ),
        "description": "<p>A rich cream for working hands; not for the face.</p>",
    },
    invented_product(
        "DAILY",
        "Oriel Daily Moisturiser",
        "Kitchen > Skincare",
        ["Size: 50 ml"],
        [_variant("DM-50", {}, 25.0)],
        MAKER,
    ),
    invented_product(
        "NIGHT",
        "Oriel Night Moisturiser",
        "Kitchen > Skincare",
        ["Size: 50 ml"],
        [_variant("NM-50", {}, 30.0)],
        MAKER,
    ),
    invented_product(
        "STRIP",
        "Oriel Magnetic Strip",
        "Kitchen > Kitchen Knives",
        ["Length: 40 cm"],
        [_variant("MS-40", {}, 15.0)],
        MAKER,
    ),
    invented_product(
        "ROLL",
        "Oriel Canvas Knife Roll",
        "Kitchen > Knife Storage",
        ["Slots: 6", "Material: waxed canvas"],
        [_variant("ROLL-6", {}, 40.0)],
        MAKER,
    ),
    invented_product(
        "LEMON",
        "Oriel Lemon Grove Print",
        "Sewing Fabric > Cotton",
        ["Width: 140 cm", "Composition: 100% cotton"],
        [_variant("LG-1", {}, 9.5, compare_at_price=12.0)],
        MAKER,
    ),
    invented_product(
        "CANVAS",
        "Oriel Cotton Poplin",
        "Sewing Fabric > Poplin",
        ["Width: 150 cm", "Weight: 340 gsm"],
        [_variant("HC-1", {}, 14.0)],
        MAKER,
    ),
    invented_product(
        "STONE",
        "Oriel Whetstone 1000",
        "Kitchen > Knife Sharpeners",
        ["Grit: 1000", "Size: 180 x 60 x 25 mm"],
        [_variant("ST-1000", {}, 35.0)],
        MAKER,
    ),
]


PAGES = {
    "warranty.html": "<h1>Warranty</h1><p>We stand behind what we make.</p><table><thead><tr><th>Product"
    "</th><th>Warranty</th></tr></thead><tbody><tr><td>Knives (all makers)</td><td>Lifetime</td></tr>"
    "<tr><td>Mixers"
    "</td><td>2 years</td></tr></tbody></table>",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("oriel"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("which of your knives has the hardest steel?", ["Tamura Aokami Gyuto 210", "63-64 HRC"], []),
        # the sold-out one first, then the one in stock; not one the shop will not sell again, nor one in a
        # step of two kinds ("Steels & Knives")
        (
            "what's your cheapest knife?",
            ["Utility Knife at $60.00, but it is out of stock", "Tamura Aokami Gyuto 210 at $89.00"],
            ["Knife Roll", "Whetstone", "Petty", "Honing", "Magnetic Strip"],
        ),
        # a step of a kind of two words ("Hand Moisturisers") is no "face moisturiser"
        ("cheapest face moisturiser?", ["Oriel Daily Moisturiser", "$25.00"], ["Hand Cream"]),
        # a department step says the kind whatever everyday word the name ends with ("Print")
        ("any fabric on sale?", ["Oriel Lemon Grove Print", "$9.50"], []),
    ],
)
def test_a_category_that_ends_with_the_kind_says_the_products_are_of_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # the run "santoku s2" is said of both names; the longer adds "Pro", which is not said
        (
            "how long is the winter price on the oriel santoku s2 on for?",
            ["Santoku S2 Knife", "8 January 2099"],
            ["Pro"],
        ),
        ("how much is the santoku s2 pro?", ["Santoku S2 Pro Knife", "$190.00"], ["$110.00"]),
        # "max" before what it limits is a maximum, not the Max's name
        ("max bowl capacity of the oriel stand mixer?", ["5 L"], ["7 L"]),
        ("how much is the stand mixer max?", ["Stand Mixer Max", "$449.00"], ["$299.00"]),
    ],
)
def test_a_name_said_whole_inside_a_longer_one_is_the_shorter(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_sale_to_come_in_the_products_text_is_said_and_one_gone_by_is_not(shop: Copilot) -> None:
    assert_reply(
        shop,
        "is the tamura gyuto on sale?",
        ["isn't on sale right now", "15% off from December 26, 2098 to January 3, 2099"],
        ["Spring Sale"],
    )


def test_a_two_column_size_chart_gives_the_size_not_the_row_and_its_column(shop: Copilot) -> None:
    assert_reply(
        shop,
        "my hand is 8 inches around, what size cut glove?",
        ["size M (7.5 to 8.5 in)"],
        ["Hand circumference ("],
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what's the warranty on the oriel cut glove?", ["doesn't say"], ["Lifetime", "2 years"]),
        ("what's the warranty on the oriel stand mixer?", ["2 years"], []),
        # a row the question names is asked of
        (
            "does the oriel cut glove get the 2 year warranty the mixers get?",
            ["Mixers", "2 years"],
            ["doesn't say"],
        ),
    ],
)
def test_a_table_of_other_kinds_of_product_does_not_answer_for_this_one(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_kind_of_option_asked_is_asked_of_a_feeds_pattern(shop: Copilot) -> None:
    """A feed names whatever else varies "Pattern": the flavours are its values, not a description line
    that says "flavouring"."""
    assert_reply(shop, "what flavours does the oriel spice rub come in?", ["Smoky", "Citrus"], [])
    # (sizes are no Pattern's: a feed names them Size)
    assert_reply(shop, "what sizes does the oriel spice rub come in?", ["Jar", "Refill bag"], [])
