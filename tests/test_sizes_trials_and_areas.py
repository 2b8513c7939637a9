"""Questions on a store invented here (Pellow Beds, Edmonton: mattresses rated on a firmness scale, a
bed base sold in a Split King, a gift card and set-up in a few towns). "firmest"
and "softest" are read on each mattress's firmness line, "thickest" on its height when no line says a
thickness; "what is a split king?" is the page's sentence about it, not a base sold in one; a trial in
nights is a time ("how long is the sleep trial?"); one product listed gives its whole price range; a
town no row of the service table names gets the towns it does name and the page's "not outside these
areas"; a postcode is the row whose codes hold it, by its first characters or in a range ("T6H" in
"T5A to T6X"); a town in a territory is that territory's row, not every territory's. Pain the shopper feels
is no anger at the shop, and a child trapped or bruised is a safety incident."""

from __future__ import annotations

import pytest

from copilot.escalation.signals import frustration
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Pellow Beds"
SIZES = {"Queen": 0.0, "King": 300.0}


def _mattress(pid: str, name: str, firmness: str, height: str, price: float) -> dict[str, object]:
    lines = [f"Firmness: {firmness}", f"Height: {height}", "Sleep trial: 100 nights"]
    variants = [_variant(f"{pid}-{size[0]}", {"Size": size}, price + more) for size, more in SIZES.items()]
    return invented_product(pid, name, "Mattresses", lines, variants, MAKER)


PRODUCTS = [
    _mattress("HARBOUR", "Harbour Hybrid Mattress", "7/10 (medium-firm)", "13 in", 1099.0),
    _mattress("GRANITE", "Granite Innerspring Mattress", "9/10 (firm)", "9 in", 699.0),
    _mattress("CIRRUS", "Cirrus Foam Mattress", "3/10 (soft)", "12 in", 899.0),
    _mattress("SUMMIT", "Summit Pillow Top Mattress", "4/10 (plush)", "15 in", 1599.0),
    invented_product(
        "TOPPER",
        "Foam Topper",
        "Bedding > Toppers",
        ["Thickness: 3 in", "Material: Gel foam"],
        [_variant("TOP-Q", {"Size": "Queen"}, 199.0)],
        MAKER,
    ),
    invented_product(
        "BASE",
        "Lift Adjustable Base",
        "Bases",
        ["Head lift: 60 degrees", "Foot lift: 45 degrees"],
        [_variant("BASE-Q", {"Size": "Queen"}, 899.0), _variant("BASE-SK", {"Size": "Split King"}, 1598.0)],
        MAKER,
    ),
    invented_product(
        "GIFT",
        "Pellow Gift Card",
        "Gift Cards",
        ["Delivery: By email"],
        [_variant(f"GC-{n}", {"Amount": f"${n}"}, float(n)) for n in (50, 100, 250, 500)],
        MAKER,
    ),
]

PAGES = {
    "sizes.html": "<h1>Size guide</h1><table><thead><tr><th>Size</th><th>Width</th><th>Length</th></tr>"
    "</thead><tbody><tr><td>Queen</td><td>60 in</td><td>80 in</td></tr><tr><td>King</td><td>76 in</td><td>"
    "80 in</td></tr></tbody></table><p>A Split King is two Twin XL mattresses side by side, for a base where "
    "each side moves on its own.</p>",
    "trial.html": "<h1>Sleep trial</h1><p>Every Pellow mattress comes with a 100-night sleep trial. Sleep on "
    "it for at least 30 nights before you start a return.</p><h2>Who the trial is for</h2><p>The trial "
    "applies to the original purchaser, in Canada only. Limit: one mattress trial return per household every "
    "12 months.</p>",
    "services.html": "<h1>Services</h1><h2>Where we deliver and set up</h2><table><thead><tr><th>City or "
    "town</th><th>Postal codes starting with</th><th>Setup fee</th></tr></thead><tbody><tr><td>Edmonton</td>"
    "<td>T5A to T6X</td><td>None</td></tr><tr><td>St. Albert</td><td>T8N</td><td>$30.00</td></tr><tr><td>"
    "Sherwood Park</td><td>T8A, T8B</td><td>$30.00</td></tr></tbody></table><p>We don't set up "
    "beds outside these areas, but we ship everywhere in Canada.</p>",
    "shipping.html": "<h1>Shipping</h1><table><thead><tr><th>Province or territory</th><th>Rate</th><th>Free "
    "shipping</th></tr></thead><tbody><tr><td>Alberta</td><td>$19.95</td><td>Yes, over $999</td></tr><tr><td>"
    "Yukon</td><td>$89.95</td><td>No</td></tr><tr><td>Northwest Territories</td><td>$99.95</td><td>No</td>"
    "</tr><tr><td>Nunavut</td><td>$149.95</td><td>No</td></tr></tbody></table>",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("pellow"), MAKER, PRODUCTS, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats your firmest mattress", ["Granite Innerspring", "9/10"], ["Cirrus"]),
        ("softest mattress you sell?", ["Cirrus Foam", "3/10"], ["Granite"]),
        ("which mattress is the thickest", ["Summit Pillow Top", "15 in"], ["Foam Topper"]),
    ],
)
def test_a_mattress_is_weighed_on_its_own_line_for_what_is_asked(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_what_a_thing_is_is_the_page_sentence_about_it(shop: Copilot) -> None:
    said, not_said = ["two Twin XL mattresses"], ["1,598", "Lift Adjustable", "Width: 76 in"]
    assert_reply(shop, "what is a split king?", said, not_said)


def test_a_trial_in_nights_answers_how_long(shop: Copilot) -> None:
    assert_reply(shop, "how long is the sleep trial", ["100-night"])


def test_one_product_listed_gives_its_whole_price_range(shop: Copilot) -> None:
    assert_reply(shop, "do you sell gift cards", ["50.00", "500.00"])


def test_a_town_left_out_of_the_service_table_gets_the_towns_it_names(shop: Copilot) -> None:
    said = ["Edmonton", "St. Albert", "Sherwood Park", "outside these areas"]
    assert_reply(shop, "can you set up my bed in red deer", said)
    assert_reply(shop, "do you set up beds in st. albert?", ["$30.00"], ["outside these areas"])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("postal code T8N 2K1, can you set up my bed there?", "St. Albert"),
        ("is set up available for postal code T6H?", "Edmonton"),
    ],
)
def test_a_postcode_is_the_row_whose_codes_hold_it(shop: Copilot, question: str, said: str) -> None:
    assert_reply(shop, question, [said], ["Sherwood Park"])


def test_a_town_in_a_territory_is_that_territorys_row(shop: Copilot) -> None:
    assert_reply(shop, "is shipping to whitehorse free?", ["Yukon", "$89.95"], ["Nunavut", "$99.95"])


def test_pain_the_shopper_feels_is_no_anger_but_a_child_trapped_is_an_incident(shop: Copilot) -> None:
    assert frustration("i have bad lower back pain, which mattress should i get?") < 0.5
    trapped = "my toddler got trapped between the mattress and the frame, he has bruises on his arm"
    reply = converse(shop, trapped)
    assert reply.handoff is not None, reply
    assert any(reason.rule == "sensitive_topic" for reason in reply.handoff.reasons), reply
