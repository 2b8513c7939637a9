"""Questions on a store invented here (Oakridge Living: furniture, and a shelf of sports nutrition)
about what a product measures and what kind of product it is: "which ladder reaches highest?" reads
each ladder's line version by version; "which is wider, A or B?" reads each one's width; a word few
names have names a product ("ignite"), and the question around "A or B" names neither; a kind asked
in the plural ("do you sell lamps?", "what rugs do you have?") lists the products of that kind, even
when an option of one is named after it ("Rug Size"); option words are no kind ("mattress in king
size") and a "Mattress Topper" is a topper; an allergy question reads the allergens line whole; the
label that is the question's word comes first ("Servings:"); a pre-order's release date is said; with
no line labelled "Material:", the line that names a material says what a thing is made of; care asked of
a product its lines do not cover is read from the page headed by care, not the sizing guide that shares
more of the question's words; the row of a page's table that the question names by its first cell is the
answer, alone; so is the row whose range holds the number the question gives ("a room that's 17 degrees").
A limit asked ("max weight?", "weight limit?") is the line that gives one, not the product's own weight;
"what size mattress does it take?" is its line labelled "Mattress", not its options. A label of the
question's stem answers ("cover?" and "Coverage:"); a table in a description answers by its row and column.
"""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant


def _product(
    pid: str, name: str, category: str, lines: list[str], variants: list[dict[str, object]]
) -> dict[str, Any]:
    return invented_product(pid, name, category, lines, variants, "Oakridge")


PRODUCTS = [
    _product(
        "STEP",
        "Summit Aluminium Step Ladder",
        "Ladders",
        ["Max working height: 3 tread: 2.6 m; 5 tread: 3.1 m", "Weight: 3 tread: 4.1 kg; 5 tread: 5.9 kg"],
        [_variant("STEP-3", {"Treads": "3 tread"}, 49.0), _variant("STEP-5", {"Treads": "5 tread"}, 69.0)],
    ),
    _product(
        "EXT",
        "Summit Extension Ladder",
        "Ladders",
        ["Max working height: Double 3.0m: 5.2 m; Triple 3.0m: 7.6 m", "Weight: Double 3.0m: 11 kg"],
        [
            _variant("EXT-D", {"Height": "Double 3.0m"}, 139.0),
            _variant("EXT-T", {"Height": "Triple 3.0m"}, 189.0),
        ],
    ),
    _product(
        "CARL",
        "Carlton 3 Seater Sofa",
        "Sofas",
        ["Width: 214 cm", "Depth: 92 cm"],
        [_variant("CARL-1", {}, 1899.0)],
    ),
    _product(
        "HARL",
        "Harlow Corner Sofa",
        "Sofas",
        ["Width: 285 cm", "Depth: 160 cm"],
        [_variant("HARL-1", {}, 2899.0)],
    ),
    _product(
        "ALD",
        "Aldgate Oak Dining Table",
        "Dining Tables",
        ["Seats: 6 (160 cm) or 8 (200 cm)", "Width: 90 cm", "Height: 75 cm"],
        [
            _variant("ALD-160", {"Length": "160 cm"}, 1490.0),
            _variant("ALD-200", {"Length": "200 cm"}, 1790.0),
        ],
    ),
    _product(
        "SIDE",
        "Aldgate Oak Sideboard",
        "Storage",
        ["Length: 160 cm", "Depth: 45 cm", "Height: 78 cm", "Assembly: arrives fully assembled"],
        [_variant("SIDE-1", {}, 1390.0)],
    ),
    _product(
        "MARL",
        "Marlow Armchair",
        "Armchairs",
        ["Upholstered in a soft wool boucle over a kiln-dried beech frame", "Width: 78 cm"],
        [_variant("MARL-1", {}, 990.0)],
    ),
    _product(
        "TROT",
        "Trotter Folding Buggy",
        "Buggies",
        ["Suitable for: from 6 months up to 22 kg", "Weight: 6.9 kg"],
        [_variant("TROT-1", {}, 229.0)],
    ),
    _product(
        "NEST",
        "Nestling Infant Carrier",
        "Car Seats",
        ["Maximum weight: 13 kg", "Weight: 3.9 kg"],
        [_variant("NEST-1", {}, 199.0)],
    ),
    _product(
        "COT",
        "Willow Cot Bed",
        "Nursery",
        ["Mattress: takes a 140 x 70 cm mattress (sold separately)", "Base heights: three"],
        [_variant("COT-W", {"Finish": "White"}, 329.0), _variant("COT-B", {"Finish": "Beech"}, 349.0)],
    ),
    _product("ORB", "Orbit Floor Lamp", "Lighting", ["Bulb: E27"], [_variant("ORB-1", {}, 349.0)]),
    _product("MUSH", "Mushroom Table Lamp", "Lighting", ["Bulb: E14"], [_variant("MUSH-1", {}, 189.0)]),
    _product(
        "DUNE",
        "Dune Wool Rug",
        "Rugs",
        ["Pile: 12 mm"],
        [
            _variant("DUNE-S", {"Rug Size": "160 x 230 cm"}, 690.0),
            _variant("DUNE-L", {"Rug Size": "200 x 300 cm"}, 1090.0),
        ],
    ),
    _product("JUTE", "Round Jute Rug", "Rugs", ["Diameter: 150 cm"], [_variant("JUTE-1", {}, 179.0)]),
    _product(
        "FOAM",
        "Essential Foam Mattress",
        "Mattresses",
        ["Firmness: medium"],
        [_variant("FOAM-Q", {"Bed Size": "Queen"}, 690.0), _variant("FOAM-K", {"Bed Size": "King"}, 790.0)],
    ),
    _product(
        "HALD",
        "Halden Oak Bed Frame",
        "Beds",
        ["Wood: solid oak"],
        [_variant("HALD-Q", {"Bed Size": "Queen"}, 1190.0), _variant("HALD-K", {"Bed Size": "King"}, 1390.0)],
    ),
    _product(
        "HYB",
        "Cloud Hybrid Mattress",
        "Mattresses",
        ["Firmness: medium firm"],
        [_variant("HYB-K", {"Bed Size": "King"}, 1290.0)],
    ),
    _product(
        "LTX",
        "Natura Latex Mattress",
        "Mattresses",
        ["Firmness: firm"],
        [_variant("LTX-K", {"Bed Size": "King"}, 1690.0)],
    ),
    _product(
        "TOP",
        "Cloud Mattress Topper",
        "Bedding",
        ["Fits: any king size mattress up to 35 cm deep", "Depth: 5 cm"],
        [_variant("TOP-K", {"Bed Size": "King"}, 249.0)],
    ),
    _product(
        "IGN",
        "Redline Ignite Pre-Workout",
        "Pre-Workout",
        ["Caffeine per serving: 200 mg", "Servings: 30 servings per 390 g"],
        [_variant("IGN-1", {"Flavour": "Fruit Punch"}, 34.99)],
    ),
    _product(
        "IGNSF",
        "Redline Ignite Stim-Free Pre-Workout",
        "Pre-Workout",
        ["Caffeine per serving: 0 mg"],
        [_variant("IGNSF-1", {"Flavour": "Fruit Punch"}, 32.99)],
    ),
    _product(
        "OVD",
        "Overdrive Extreme Pre-Workout",
        "Pre-Workout",
        ["Caffeine per serving: 300 mg"],
        [_variant("OVD-1", {}, 39.99)],
    ),
    _product(
        "CAF",
        "Redline Caffeine Tablets",
        "Energy",
        ["Caffeine per tablet: 200 mg"],
        [_variant("CAF-1", {}, 9.99)],
    ),
    _product(
        "WHEY",
        "Redline Whey Isolate Protein",
        "Protein",
        [
            "Protein per serving: 27 g",
            "Serving size: 1 scoop (30 g)",
            "Servings: 33 servings per 1 kg; 66 servings per 2 kg",
        ],
        [_variant("WHEY-1", {"Size": "1 kg"}, 49.99), _variant("WHEY-2", {"Size": "2 kg"}, 89.99)],
    ),
    _product(
        "BAR",
        "Redline Protein Bar",
        "Bars",
        [
            "Ingredients: Milk protein, soy crisps, cocoa butter",
            "Allergens: Contains milk and soy. May contain nuts and peanuts.",
        ],
        [_variant("BAR-12", {"Size": "Box of 12"}, 27.99)],
    ),
    _product(
        "HYD",
        "Redline Hydration Powder",
        "Hydration",
        ["Serving size: 1 stick (7 g)"],
        [_variant("HYD-1", {}, 34.99, available=False, preorder=True, available_from="2027-01-15")],
    ),
    _product(
        "JUN",
        "Juniper Reading Frame",
        "Frames",
        [
            "Size S: lens width 49 mm, bridge 18 mm, temple 140 mm",
            "Size M: lens width 52 mm, bridge 18 mm, temple 145 mm",
        ],
        [_variant("JUN-S", {"Size": "S"}, 99.0), _variant("JUN-M", {"Size": "M"}, 99.0)],
    ),
    {
        "product_id": "WAX",
        "name": "Oakridge Furniture Wax",
        "category": "Care",
        "description": "<p>A clear beeswax polish.</p><ul><li>Coverage: about 8 m² per tin</li>"
        "<li>Drying time: 20 minutes</li></ul><table><tr><th>Finish</th><th>Best on</th></tr>"
        "<tr><td>Clear</td><td>Pale oak and ash</td></tr>"
        "<tr><td>Dark</td><td>Walnut and stained oak</td></tr>"
        "</table>",
        "variants": [
            _variant("WAX-C", {"Finish": "Clear"}, 12.0),
            _variant("WAX-D", {"Finish": "Dark"}, 12.0),
        ],
    },
]


PAGES = {
    "care-guide.md": "# Care guide\n\n## Solid wood\n\nOur oak furniture is finished with a hardwax oil: "
    "wipe spills straight away and re-oil the top once a year.\n\n## Leather\n\nDust weekly and condition "
    "the leather every six months.\n",
    "sizing-guide.md": "# Sizing guide\n\n## Dining tables\n\nAllow 60 cm of table length per person at a "
    "dining table, and 90 cm between the table and a wall.\n",
    "moving.md": "# Moving house\n\n## Van hire limits by company\n\n"
    "| Company | Max load | Max length |\n|---|---|---|\n| Hertz | 1200 kg | 3.2 m |\n"
    "| Sixt | 1000 kg | 2.9 m |\n| Europcar | 1100 kg | 3.0 m |\n",
    "returns.md": "# Returns\n\nSend anything back within 30 days for a refund.\n\n"
    "## What we can't take back\n\n"
    "- Opened tins of furniture wax (for safety reasons)\n- Made-to-measure curtains\n",
    "throws.md": "# Throws\n\n## Which weight of throw?\n\n| Room temperature | Throw to use |\n|---|---|\n"
    "| 12-16°C | Heavy wool throw |\n| 16-20°C | Cotton waffle throw |\n| 20-24°C | Linen throw |\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("oakridge"), "Oakridge Living", PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("which ladder reaches highest?", ["Summit Extension Ladder", "7.6 m"], []),
        ("whats the lightest ladder you sell", ["Summit Aluminium Step Ladder", "4.1 kg"], []),
        ("which pre-workout has the most caffeine?", ["Overdrive Extreme Pre-Workout", "300 mg"], []),
    ],
)
def test_a_superlative_over_a_measure_reads_each_products_line_version_by_version(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said) and not any(s in reply for s in not_said), reply


def test_which_is_wider_reads_each_width_and_says_which(shop: Copilot) -> None:
    reply = converse(shop, "which is wider, the carlton 3 seater or the harlow corner sofa?").reply
    assert "214 cm" in reply and "285 cm" in reply and "So the Harlow Corner Sofa is wider" in reply, reply


def test_a_word_few_names_have_names_the_product_and_the_question_around_a_or_b_names_none(
    shop: Copilot,
) -> None:
    reply = converse(shop, "which has more caffeine, ignite or overdrive extreme?").reply
    assert "Redline Ignite Pre-Workout" in reply and "200 mg" in reply and "300 mg" in reply, reply
    assert "Stim-Free" not in reply and "Tablets" not in reply, reply
    assert "So the Overdrive Extreme Pre-Workout has more caffeine" in reply, reply


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("do you sell lamps?", ["Orbit Floor Lamp", "Mushroom Table Lamp"]),
        ("what rugs do you have?", ["Dune Wool Rug", "Round Jute Rug"]),
    ],
)
def test_a_kind_asked_in_the_plural_lists_the_products_of_that_kind(
    shop: Copilot, question: str, listed: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(name in reply for name in listed), reply


@pytest.mark.parametrize(
    ("question", "cheapest", "price"),
    [
        ("cheapest mattress in king size?", "Essential Foam Mattress", "$790.00"),
        ("cheapest king bed?", "Halden Oak Bed Frame", "$1,390.00"),
    ],
)
def test_option_words_are_no_kind_and_a_topper_is_no_mattress_nor_a_bed(
    shop: Copilot, question: str, cheapest: str, price: str
) -> None:
    reply = converse(shop, question).reply
    assert cheapest in reply and price in reply and "Topper" not in reply, reply


def test_an_allergy_question_reads_the_allergens_line_whole(shop: Copilot) -> None:
    reply = converse(shop, "does the redline protein bar contain nuts? my son has an allergy").reply
    assert "May contain nuts and peanuts" in reply, reply


def test_the_label_that_is_the_questions_word_comes_first(shop: Copilot) -> None:
    reply = converse(shop, "how many servings in the 2kg whey isolate?").reply
    assert reply.startswith("Servings:") and "66 servings per 2 kg" in reply, reply


def test_a_pre_orders_release_date_is_said(shop: Copilot) -> None:
    reply = converse(shop, "is the redline hydration powder in stock?").reply
    assert "pre-order" in reply and "January 15, 2027" in reply, reply


def test_a_verb_after_the_products_name_is_what_is_asked(shop: Copilot) -> None:
    reply = converse(shop, "how many people does the 200cm aldgate table seat?").reply
    assert "8 (200 cm)" in reply, reply


def test_dimensions_asked_are_all_given_when_the_lines_are_short(shop: Copilot) -> None:
    reply = converse(shop, "what are the dimensions of the aldgate oak sideboard?").reply
    assert "160 cm" in reply and "45 cm" in reply and "78 cm" in reply, reply


def test_with_no_material_line_the_line_naming_a_material_answers(shop: Copilot) -> None:
    reply = converse(shop, "what is the marlow armchair made of?").reply
    assert "wool boucle over a kiln-dried beech frame" in reply, reply


def test_care_its_lines_do_not_cover_comes_from_the_care_page(shop: Copilot) -> None:
    reply = converse(shop, "how do i look after my aldgate oak dining table?").reply
    assert "hardwax oil" in reply and "60 cm" not in reply, reply


def test_the_row_a_question_names_by_its_first_cell_answers_alone(shop: Copilot) -> None:
    reply = converse(shop, "what's the max load on a europcar van?").reply
    assert "1100 kg" in reply and "Hertz" not in reply and "Sixt" not in reply, reply


def test_the_row_whose_range_holds_the_number_given_answers(shop: Copilot) -> None:
    reply = converse(shop, "which throw for a living room that's 17 degrees?").reply
    assert "Cotton waffle throw" in reply and "Linen" not in reply and "Heavy wool" not in reply, reply


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats the max weight for the trotter buggy?", "up to 22 kg", "6.9 kg"),
        ("what's the weight limit on the nestling infant carrier", "13 kg", "3.9 kg"),
        ("how heavy is the trotter buggy?", "6.9 kg", "22 kg"),
    ],
)
def test_a_limit_asked_is_the_line_that_gives_one(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    reply = converse(shop, question).reply
    assert said in reply and not_said not in reply, reply


def test_a_size_asked_of_a_thing_its_label_names_is_that_line_not_the_options(shop: Copilot) -> None:
    reply = converse(shop, "what size mattress does the willow cot bed take?").reply
    assert "140 x 70 cm" in reply and "Beech" not in reply, reply


def test_a_label_of_the_questions_stem_answers(shop: Copilot) -> None:
    reply = converse(shop, "how much area will a tin of the furniture wax cover?").reply
    assert "8 m²" in reply and "20 minutes" not in reply, reply


def test_a_table_in_a_description_answers_by_its_row_and_column(shop: Copilot) -> None:
    """The description's table reads "Dark Best on: Walnut and stained oak": the row of the finish the
    question names, under the heading it asks for, not every finish's."""
    reply = converse(shop, "what is the dark furniture wax best on?").reply
    assert "Walnut and stained oak" in reply and "Pale oak" not in reply, reply


def test_an_item_of_a_pages_list_is_said_with_its_heading(shop: Copilot) -> None:
    """ "Opened tins of furniture wax (for safety reasons)" alone reads as if they could come back."""
    reply = converse(shop, "can i send back an opened tin of furniture wax?").reply
    assert "What we can't take back: Opened tins of furniture wax" in reply, reply


def test_the_line_of_the_size_named_answers_what_it_measures(shop: Copilot) -> None:
    """ "temple length ... size M?" is its line "Size M: ... temple 145 mm", not the list of sizes."""
    reply = converse(shop, "temple length of the juniper reading frame in size M?").reply
    assert "temple 145 mm" in reply and "140 mm" not in reply, reply
