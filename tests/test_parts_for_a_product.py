"""Questions on a store invented here (Fenwick Garden Machines: mowers and a trimmer, and the blades,
batteries and grass bags whose own "Fits:" lines say what they go with). A part asked for by what it goes
with ("what blade fits the verge 46?") is the part whose line names it, with its price, never the part for
another machine; a rule a page states answers a question that names the shopper's machine only as its
setting ("how far from the pond do i have to stay with my fenwick verge 46?"); "the US" in capitals is a
place; a table row's cell of the shape asked ("how much": money, "how long": a time, its unit in the
column's name) answers, over a column that only shares a word with the question ("Free shipping"); a
yes-or-no question of a part a line names ("is the fabric fire retardant?") is not answered by the line
("Fabric: 600D polyester") unless it says what is asked; "how many can i order?" asks the line that limits
it, not the stock."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Fenwick Garden Machines"
PRODUCTS = [
    invented_product(
        "VERGE46",
        "Fenwick Verge 46 Cordless Mower",
        "Garden > Lawn Mowers",
        ["Cutting width: 46 cm", "Battery: 40V (sold separately)"],
        [_variant("VG-46", {}, 349.0)],
        MAKER,
    ),
    invented_product(
        "RIDGE51",
        "Fenwick Ridge 51 Petrol Mower",
        "Garden > Lawn Mowers",
        ["Cutting width: 51 cm", "Engine: 170 cc"],
        [_variant("RG-51", {}, 529.0)],
        MAKER,
    ),
    invented_product(
        "TRIM",
        "Fenwick Trimline Grass Trimmer",
        "Garden > Trimmers",
        ["Cutting width: 30 cm", "Battery: 40V (sold separately)"],
        [_variant("TL-30", {}, 129.0)],
        MAKER,
    ),
    invented_product(
        "BLADE46",
        "Fenwick 46 cm Replacement Blade",
        "Garden > Mower Parts",
        ["Length: 46 cm", "Fits: Fenwick Verge 46 Cordless Mower"],
        [_variant("BL-46", {}, 24.5)],
        MAKER,
    ),
    invented_product(
        "BLADE51",
        "Fenwick 51 cm Replacement Blade",
        "Garden > Mower Parts",
        ["Length: 51 cm", "Fits: Fenwick Ridge 51 Petrol Mower"],
        [_variant("BL-51", {}, 27.0)],
        MAKER,
    ),
    invented_product(
        "BATT",
        "Fenwick 40V 5Ah Battery",
        "Garden > Batteries",
        ["Capacity: 5Ah", "Works with: Verge 46 mower and Trimline trimmer"],
        [_variant("BT-5", {}, 159.0)],
        MAKER,
    ),
    invented_product(
        "PLUG",
        "Fenwick Spark Plug",
        "Garden > Mower Parts",
        ["Thread: 14 mm", "Limit: 4 per order"],
        [_variant("SP-14", {}, 6.5)],
        MAKER,
    ),
    invented_product(
        "BAG",
        "Fenwick 60 L Grass Bag",
        "Garden > Mower Parts",
        ["Capacity: 60 L", "Fabric: 600D polyester", "Fits: Fenwick Ridge 51 Petrol Mower"],
        [_variant("GB-60", {}, 39.0)],
        MAKER,
    ),
]

PAGES = {
    "mowing-safely.html": "<h1>Mowing safely</h1><p>A mower is a machine with a fast blade: read the manual "
    "before the first cut, wear closed shoes and clear the lawn of stones, toys and branches.</p><h2>Where "
    "not to mow</h2><ul><li>Clear stones and sticks before you start, and check again after storms.</li><li>"
    "Wet grass clogs the deck and makes the ground slippery, so wait until the lawn is dry.</li><li>Petrol "
    "engines need fresh unleaded fuel; drain the tank before winter storage.</li><li>Sharpen or replace the "
    "blade every season, with the spark plug lead or battery removed.</li><li>Council bylaws limit noisy "
    "garden machines to 8 am to 8 pm on weekdays and 9 am to 6 pm at weekends.</li><li>Keep "
    "the mower at least 2 metres from ponds, streams and pools.</li><li>Mow across a slope, never up and "
    "down it, and not at all on slopes steeper than 15 degrees.</li><li>Children and pets stay indoors "
    "while you mow.</li></ul>",
    "rates.html": "<h1>Shipping rates</h1><table><thead><tr><th>Province</th><th>Standard rate</th>"
    "<th>Delivery (business days)</th><th>Free shipping</th></tr></thead><tbody><tr><td>Alberta</td>"
    "<td>$12.95</td><td>1–3</td><td>Yes, over $199.00</td></tr><tr><td>Ontario</td><td>$16.95</td>"
    "<td>3–5</td><td>Yes, over $249.00</td></tr></tbody></table>",
    "returns.html": "<h1>Returns</h1><p>What can't be returned: opened fuel and oil, except under our Happy "
    "Lawn Guarantee.</p>",
    "contact.html": "<h1>Contact us</h1><p>We reply to emails within one working day.</p><p>Customer care: "
    "Phone: 403 555 0182, Monday to Friday.</p>",
    "shipping.html": "<h1>Shipping</h1><p>We ship across Canada in 3 to 5 business days.</p><table><thead>"
    "<tr><th>Where we ship</th><th>Tax</th></tr></thead><tbody><tr><td>Canada</td><td>GST 5%</td></tr>"
    "<tr><td>United States</td><td>No Canadian tax</td></tr></tbody></table>",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("fenwick"), MAKER, PRODUCTS, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what blade fits the verge 46?", ["46 cm Replacement Blade", "24.50"], ["51 cm"]),
        ("which blade goes with the ridge 51", ["51 cm Replacement Blade", "27.00"], ["46 cm Replacement"]),
        ("spare battery for the trimline?", ["40V 5Ah Battery", "159.00", "Trimline trimmer"], []),
        ("any grass bag that fits my ridge 51?", ["60 L Grass Bag", "Ridge 51"], ["46 cm"]),
    ],
)
def test_a_part_asked_for_by_what_it_goes_with_is_the_one_whose_line_names_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how far from the pond do i have to stay with my fenwick verge 46", ["2 metres"]),
        ("how far from the pond do i have to stay with my verge 46 cordless", ["2 metres"]),
    ],
)
def test_a_rule_a_page_states_answers_a_question_that_names_the_machine_as_its_setting(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said, ["doesn't say"])


@pytest.mark.parametrize(
    "question",
    [
        "does the fenwick verge 46 cordless mower work with a phone app?",
        "what's the serial number on the ridge 51?",
        "does the fenwick spark plug have a warranty?",
        "how many blades does the fenwick verge 46 cordless mower have?",
        "when is the fenwick verge 46 cordless mower out?",
    ],
)
def test_a_page_that_shares_a_word_with_what_is_asked_is_no_answer_about_the_machine(
    shop: Copilot, question: str
) -> None:
    assert_reply(shop, question, [], ["Phone: 403", "business days", "Guarantee", "Sharpen"])


def test_the_us_in_capitals_is_a_place(shop: Copilot) -> None:
    assert_reply(shop, "do you charge tax if you ship to the US?", ["No Canadian tax"], ["GST 5%"])


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is shipping to alberta", ["$12.95"], ["$16.95"]),
        ("how long does shipping to ontario take", ["3–5"], ["1–3"]),
    ],
)
def test_a_rows_cell_of_the_shape_asked_answers(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("is the fenwick grass bag fabric fire retardant?", ["doesn't say"], ["600D"]),
        ("is the fenwick grass bag fabric uv stabilised?", ["doesn't say"], ["600D"]),
        ("is the fenwick grass bag fabric polyester?", ["600D polyester"], ["doesn't say"]),
    ],
)
def test_a_line_that_names_the_part_asked_of_says_nothing_of_what_is_asked_of_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_how_many_can_be_ordered_is_the_products_limit(shop: Copilot) -> None:
    assert_reply(shop, "how many spark plugs can i order?", ["4 per order"], [])
