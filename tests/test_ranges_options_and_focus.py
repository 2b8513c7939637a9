"""Questions on a store invented here (Larkspur Mobility: scooters with a range per charge in miles and a
battery option also named by a spec line, a bariatric chair with a weight capacity, a "Weighted" spoon,
and a sizing page with a cane chart and a section on crutch sizes). The superlative says what it
measures ("the longest range": the Range lines, in miles, not a length); "which goes further, A or
B?" compares the same lines; "which battery options?" lists the Battery option though a line is
labelled Battery; "whats the max weight?" after a chair goes on with the chair (the spoon is named only
by the word asked); "which crutch size for 5 ft 11?" is the crutch section's, not the cane chart's;
"can i rent a bariatric wheelchair?" is the rental's version, not the chair for sale; "on a plane?" is
its "Airline travel" line; "after my knee replacement" gets the shop's own word on medical advice and a
doctor; "cost to install a new scooter battery?" names the repair service's Battery installation."""

from __future__ import annotations

import pytest

from copilot.lexical import tokenize
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Larkspur Mobility"
PRODUCTS = [
    invented_product(
        "WREN",
        "Wren Travel Scooter",
        "Scooters",
        [
            "Range per charge: 12Ah battery: 9 miles; 20Ah battery: 14 miles",
            "Battery: sealed lead-acid",
            "Airline travel (FAA): accepted as checked mobility equipment",
        ],
        [_variant(f"WR-{ah}", {"Battery": f"{ah}Ah"}, price) for ah, price in ((12, 1099.0), (20, 1249.0))],
        MAKER,
    ),
    invented_product(
        "HERON",
        "Heron Outdoor Scooter",
        "Scooters",
        ["Range per charge: 22 miles", "Length: 54 in"],
        [_variant("HE-1", {"Title": "Default Title"}, 2399.0)],
        MAKER,
    ),
    invented_product(
        "SWIFT",
        "Swift Folding Power Chair",
        "Power Chairs",
        ["Range per charge: 12 miles", "Length: 38 in"],
        [_variant("SW-1", {"Title": "Default Title"}, 1899.0)],
        MAKER,
    ),
    invented_product(
        "OAK",
        "Oakridge Bariatric Wheelchair",
        "Wheelchairs",
        ["Weight capacity: 600 lb", "Chair weight: 48 lb"],
        [_variant(f"OK-{w}", {"Seat Width": f'{w}"'}, p) for w, p in ((22, 529.0), (24, 579.0))],
        MAKER,
    ),
    invented_product(
        "RENT",
        "Wheelchair Rental (per week)",
        "Rentals",
        ["Deposit: $100, refunded on return"],
        [
            _variant(f"RW-{p:.0f}", {"Chair": kind}, p)
            for kind, p in (("Standard wheelchair", 35.0), ("Bariatric wheelchair", 60.0))
        ],
        MAKER,
    ),
    invented_product(
        "PIPIT",
        "Pipit Transport Chair",
        "Wheelchairs",
        ["Seat width: 19 in", "Chair weight: 19 lb", "Rear wheels: 12 in"],
        [_variant(f"PT-{c}", {"Color": c}, 199.0) for c in ("Blue", "Black")],
        MAKER,
    ),
    invented_product(
        "FIX",
        "Larkspur Equipment Repair",
        "Services",
        ["Parts quoted before we start"],
        [
            _variant(f"FX-{p:.0f}", {"Service": kind}, p)
            for kind, p in (("Battery installation", 45.0), ("Tyre fitting", 30.0))
        ],
        MAKER,
    ),
    invented_product(
        "TYRES",
        "Puncture-Proof Tyre Set",
        "Spares",
        ["Sold as a pair"],
        [
            _variant(f"TY-{n}", {"Compatible Scooter": f"{n.title()} Outdoor"}, 89.0)
            for n in ("heron", "wren")
        ],
        MAKER,
    ),
    invented_product(
        "SPOON",
        "Weighted Comfort Spoon",
        "Daily Living",
        ["Weight: 6 oz"],
        [_variant("SP-1", {"Title": "Default Title"}, 14.0)],
        MAKER,
    ),
]
PAGES = {
    "sizing.html": """<html><body><h1>Sizing guide</h1>
<h2>Cane height</h2>
<table><thead><tr><th>Your height</th><th>Cane length</th></tr></thead><tbody>
<tr><td>64 to 67 in</td><td>34 in</td></tr>
<tr><td>68 to 71 in</td><td>36 in</td></tr>
<tr><td>72 to 75 in</td><td>38 in</td></tr>
</tbody></table>
<h2>Crutch sizes</h2>
<p>Underarm crutches: Youth 4 ft 6 in to 5 ft 2 in, Adult 5 ft 2 in to 5 ft 10 in, Tall Adult 5 ft 10 in
to 6 ft 6 in.</p>
</body></html>""",
    "faq.html": """<html><body><h1>FAQ</h1>
<h2>Can you tell me what I need?</h2>
<p>Our team can help with sizing and fit, but we can't give medical advice.</p>
</body></html>""",
    "cushions.html": """<html><body><h1>Seat cushions</h1>
<h2>Which cushion fits my chair?</h2>
<p>Choose the cushion whose width matches your chair's seat width: an 18 in cushion fits an 18 in seat. The
comfort cushion is for ordinary chairs, not for wheelchairs.</p>
</body></html>""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larkspur"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("which scooter has the longest range", ["Heron Outdoor Scooter", "22 miles"], ["54 in"]),
        ("which scooter goes the furthest?", ["Heron Outdoor Scooter", "22 miles"], ["54 in"]),
        (
            "wren travel scooter or swift power chair, which goes further on a charge?",
            ["14 miles", "12 miles"],
            [],
        ),
    ],
)
def test_a_range_measured_by_its_own_lines(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_options_asked_by_name_though_a_line_has_it(shop: Copilot) -> None:
    assert_reply(shop, "which battery options for the wren scooter", ["12Ah", "20Ah"], ["sealed lead-acid"])


def test_a_limit_asked_goes_on_with_the_product_in_focus(shop: Copilot) -> None:
    reply = converse(shop, "is the oakridge bariatric wheelchair in stock in 24 inch", "whats the max weight")
    assert "600 lb" in reply.reply and "6 oz" not in reply.reply, reply.reply


def test_a_size_asked_of_a_kind_another_section_heads(shop: Copilot) -> None:
    assert_reply(shop, "which crutch size for a 5 ft 11 person", ["Tall Adult"], ["36 in"])


def test_to_rent_a_thing_is_its_rental(shop: Copilot) -> None:
    # the shopper's verb is read as the shop's noun, so the rental's name is said
    assert set(tokenize("can i rent one?")) & set(tokenize("Wheelchair Rental (per week)"))
    assert_reply(shop, "can i rent a bariatric wheelchair? cost?", ["60.00"], ["529"])


def test_a_line_labelled_by_a_kin_of_the_word_asked(shop: Copilot) -> None:
    assert_reply(shop, "can i take the wren travel scooter on a plane", ["checked mobility equipment"])


def test_a_sentence_on_another_measure_is_no_answer(shop: Copilot) -> None:
    assert_reply(
        shop, "what is the seat depth on the oakridge bariatric wheelchair", ["doesn't say"], ["cushion"]
    )


def test_a_condition_the_shop_says_nothing_of_gets_its_word_on_advice(shop: Copilot) -> None:
    assert_reply(
        shop,
        "should i use a cane or a walker after my knee replacement",
        ["can't give medical advice", "doctor"],
    )


def test_a_service_named_by_its_version_alone(shop: Copilot) -> None:
    assert_reply(shop, "cost to install a new scooter battery?", ["45.00"], ["1,099"])


def test_a_version_named_by_another_products_name_does_not_name_its_product(shop: Copilot) -> None:
    # the tyre set's "Heron Outdoor" version is the scooter's name: the scooter is asked about
    assert_reply(shop, "whats the range per charge of the heron outdoor", ["22 miles"], ["Tyre"])
