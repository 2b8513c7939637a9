"""Size-chart arithmetic on a store invented here (Hollow Pine Outfitters: gloves, helmets, blankets):
the size whose range holds the shopper's measurement, from charts written as a Markdown table (sizes
or ranges in its first column, or one measure per size, its unit in the header or in each cell), an HTML
table across the top inside a product description, and sentences; other units converted; outside
every range, or by another kind of measure, an honest hand-over instead of a guess; heights in feet and
inches ("6'3") against rows written so. Also the range wording of measures.yaml against its own examples."""

from __future__ import annotations

import pytest

from copilot.drafting.sizes import RangeExample, grammar
from copilot.service import Copilot
from tests.small_shop import invented_shop

GUIDE = """# Fit guide

## Glove sizes

Wrap a soft tape around your palm, just below the knuckles.

| Glove size | Hand circumference |
|---|---|
| Small | 7-8 in |
| Medium | 8-9 in |
| Large | 9-10.5 in |
| X-Large | 10.5-12 in |

## Sock sizes

| Foot length | Sock size |
|---|---|
| 22-24 cm | S (4-6) |
| 24-26 cm | M (7-9) |
| 26-28 cm | L (10-12) |

## Weighted blankets

Choose a blanket by the sleeper's body weight: Junior up to 80 lb, Adult 80-180 lb and Grand 180 lb and up.

## Women's jackets

| Women's size | Bust (cm) |
|---|---|
| 8 | 80-84 |
| 10 | 85-89 |
| 12 | 90-94 |

## Trousers

| Waist size | Waist (cm) |
|---|---|
| 30 | 76 |
| 32 | 81 |
| 34 | 86 |
| 36 | 91 |

## Trekking poles

| Your height | Pole length |
|---|---|
| 5'0" to 5'6" | 110 cm |
| 5'7" to 6'1" | 120 cm |
| 6'2" and taller | 130 cm |

## Crutch sizes

Underarm crutches: Child 4 ft to 4 ft 6 in, Youth 4 ft 6 in to 5 ft 2 in, Adult 5 ft 2 in to 5 ft 10 in, Tall
Adult 5 ft 10 in to 6 ft 6 in.

## Tent pole length

Measure your arm span from fingertip to fingertip.

| Arm span | Guy line |
|---|---|
| 59" to 63" | 2 m |
| 64" to 68" | 2.5 m |
| 69" to 73" | 3 m |

## Replacement poles

A replacement pole is 4" shorter than the tent's ridge. Order by ridge length:

| Ridge length | Pole length |
|---|---|
| 62" | 58" |
| 66" | 62" |
| 70" | 66" |
| 74" | 70" |
"""

HELMET = (
    "<p>A vented shell for trail and town.</p><table><tr><th>Size</th><th>S</th><th>M</th><th>L</th></tr>"
    "<tr><td>Head (cm)</td><td>51-55</td><td>55-59</td><td>59-63</td></tr></table>"
)

PRODUCTS = [
    {
        "product_id": "G1",
        "name": "Merino Liner Glove",
        "description": "Thin merino gloves for cold mornings.",
        "variants": [
            {"variant_id": f"MLG-{s}", "options": {"size": s}, "price": 24.0, "available": True}
            for s in ("Small", "Medium", "Large", "X-Large")
        ],
    },
    {
        "product_id": "H1",
        "name": "Ridgeline Bike Helmet",
        "description": HELMET,
        "variants": [
            {"variant_id": f"RBH-{s}", "options": {"size": s}, "price": 79.0, "available": True}
            for s in ("S", "M", "L")
        ],
    },
    {
        "product_id": "T1",
        "name": "Canvas Work Trousers",
        "description": "Heavy canvas trousers with knee pockets.",
        "variants": [
            {"variant_id": f"CWT-{s}", "options": {"waist": s}, "price": 89.0, "available": True}
            for s in ("30", "32", "34", "36")
        ],
    },
    {
        "product_id": "B1",
        "name": "Weighted Sleep Blanket",
        "description": "Glass-bead blanket in a quilted cover.",
        "variants": [
            {"variant_id": f"WSB-{s}", "options": {"size": s}, "price": 140.0, "available": True}
            for s in ("Junior", "Adult", "Grand")
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("hollow_pine"), "Hollow Pine Outfitters", PRODUCTS, {"fit.md": GUIDE}
    )


@pytest.mark.parametrize(
    ("question", "size", "others"),
    [
        ("my hand is 8.5 inches around, which glove size should I get?", "Medium", ["Small", "Large"]),
        ('my palm measures 9.75" - what glove size do i need?', "Large", ["Medium", "X-Large"]),
        ("my hand is 21 cm around, what glove size should I get?", "Medium", ["Large"]),  # 8.3 in
        ("my head is 57 cm, what helmet size do I need?", "M (55 to 59 cm)", ["51-55", "59-63"]),
        ("which blanket size for my 200 lb husband?", "Grand", ["Junior"]),
        ("what blanket size should I get for a 60 kg teen?", "Adult", ["Grand", "Junior"]),  # 132 lb
        # the measure the chart asked about goes by, not another one in the message
        ("I weigh 70 kg and my head is 57cm, which helmet size?", "M (55 to 59 cm)", ["59-63", "Adult"]),
        ("my hand is 8.5 in and I weigh 90 kg, which glove size?", "Medium", ["Small", "Large", "Grand"]),
        # the ranges in the first column, the measure named in its header without a unit
        ("my foot measures 25cm, what sock size am I?", "M (7-9)", ["S (4-6)", "L (10-12)"]),
        # a height in feet and inches, against rows written the same way
        ("im 6'3, which pole length should i get?", "130 cm", ["110 cm", "120 cm"]),
        # one measure per size ("34 | 86"): the size whose measure is nearest, by the chart the words name
        ("waist is 86cm which size work trousers", "34 (86 cm)", ["10 (", "32 ("]),
        ("my waist is 84 cm, what trouser size?", "34 (86 cm)", ["32 (", "10 ("]),
        ("bust 86 cm, which women's jacket size?", "10 (85 to 89 cm)", ["34"]),
        ("my daughter is 5'4\", what pole length?", "110 cm", ["120 cm", "130 cm"]),
        # a chart in a sentence, one end of a range in whole feet; the chart of the kind asked, not the one
        # by "Your height"
        ("which crutch size for a 5 ft 11 person", "Tall Adult (5 ft 10 in to 6 ft 6 in)", ["130 cm"]),
        # one measure per row, each cell writing its unit: the row of the measure the question gives
        ('what pole length for a 70" ridge, and which one do i order?', '66"', ['62"', '58"', '70" (']),
    ],
)
def test_the_size_whose_range_holds_the_measurement(
    shop: Copilot, question: str, size: str, others: list[str]
) -> None:
    result = shop.turn(question)
    assert result.action == "answer" and size in result.reply, result.reply
    assert not any(other in result.reply for other in others), result.reply
    assert result.citations


def test_a_measurement_on_a_boundary_names_both_sizes(shop: Copilot) -> None:
    result = shop.turn("my hand is 9 inches around, which glove size should I get?")
    assert result.action == "answer" and "Medium" in result.reply and "Large" in result.reply


def test_outside_every_range_is_said_not_guessed(shop: Copilot) -> None:
    result = shop.turn("my hand is 14 inches around, what glove size should I get?")
    assert result.action == "escalate" and result.handoff is not None
    assert not any(size in result.reply for size in ("Small", "Medium", "Large"))


def test_a_chart_by_another_measure_is_not_used_for_a_guess(shop: Copilot) -> None:
    result = shop.turn("my hand weighs 2 lb, what glove size should I get?")
    assert result.action == "escalate" and "Grand" not in result.reply and "Junior" not in result.reply


def test_without_a_size_question_a_measurement_is_not_a_chart_lookup(shop: Copilot) -> None:
    result = shop.turn("how much is the merino liner glove?")
    assert "$24.00" in result.reply


@pytest.mark.parametrize("example", grammar().data.examples, ids=lambda e: e.text)
def test_range_wording_examples(example: RangeExample) -> None:
    """measures.yaml's examples: each text and the ranges read from it (low, high, unit)."""
    found = [(s.low, s.high, s.unit.unit if s.unit else None) for s in grammar().spans(example.text)]
    assert found == [(lo, hi, unit) for lo, hi, unit in example.ranges]
