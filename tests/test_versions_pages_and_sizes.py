"""Questions on a store invented here (Kiln & Wheel: cutters, a rotary tool, glaze samplers, a kiln sold
ahead, aprons, drying racks) that turn on how a shop writes its versions and pages: an option value
with an order word in it ("Rapid-Swap"), a measure beside a kind ("cheapest cutter in 6mm?"), a table
row that names a part only to leave it out ("(except the motor)"), a FAQ answer under the question it
answers, the description line of the version asked, a pre-order's date in its description, a size chart
with two measures, option values that share their option's name ("Full Depth"), a warranty asked "how
long", and a saved page's announcement bar outside its main content."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Kiln & Wheel"
PRODUCTS = [
    invented_product(
        "CARB",
        "Carbide Trimming Cutter",
        "Cutters",
        ["Material: tungsten carbide"],
        [
            _variant("CB-3-RS", {"Size": "3 mm", "Shank": "Rapid-Swap"}, 24.0),
            _variant("CB-6-RS", {"Size": "6 mm", "Shank": "Rapid-Swap"}, 27.0),
            _variant("CB-6-ST", {"Size": "6 mm", "Shank": "Standard"}, 22.0),
        ],
        MAKER,
    ),
    invented_product(
        "STEEL",
        "Steel Loop Cutter",
        "Cutters",
        ["Material: spring steel"],
        [_variant("SL-6", {"Size": "6 mm"}, 8.5), _variant("SL-10", {"Size": "10 mm"}, 9.5)],
        MAKER,
    ),
    invented_product(
        "WHEEL",
        "Felt Polishing Wheel 50 mm",
        "Polishing",
        ["Grit: none"],
        [_variant("FW-50", {}, 4.0)],
        MAKER,
    ),
    invented_product(
        "ROTARY",
        "Studio Rotary Tool",
        "Power Tools",
        ["Cable: 1.8 m long", "Speeds: 5,000 to 30,000 rpm"],
        [_variant("RT-1", {}, 89.0)],
        MAKER,
    ),
    invented_product(
        "SAMPLER",
        "Glaze Sampler Set",
        "Glazes",
        [
            "Matte 6-Set: six 100 ml jars of satin white, ash, oatmeal, slate, moss and rust",
            "Gloss 4-Set: four 100 ml jars of celadon, tenmoku, shino and amber",
        ],
        [_variant("GS-M6", {"Set": "Matte 6-Set"}, 36.0), _variant("GS-G4", {"Set": "Gloss 4-Set"}, 28.0)],
        MAKER,
    ),
    invented_product(
        "KILN",
        "Studio Kiln 60L",
        "Kilns",
        ["Pre-order: ships from 14 March 2027, in the order booked", "Power: 3 kW"],
        [_variant("SK-60", {}, 1450.0, available=False, backorder=True, preorder=True)],
        MAKER,
    ),
    invented_product(
        "APRON",
        "Potter's Apron",
        "Workwear",
        ["Fabric: waxed cotton"],
        [_variant(f"AP-{s}", {"Size": s}, 32.0) for s in ("S", "M", "L", "XL")],
        MAKER,
    ),
    invented_product(
        "RACK",
        "Ware Drying Rack",
        "Studio Furniture",
        ["Frame: powder-coated steel"],
        [
            _variant("DR-F", {"Shelf Depth": "Full Depth"}, 120.0),
            _variant("DR-H", {"Shelf Depth": "Half Depth"}, 95.0),
            _variant("DR-S", {"Shelf Depth": "Slim"}, 80.0),
        ],
        MAKER,
    ),
]

PAGES = {
    "warranty.md": """# Warranty

| Product | Warranty | Covers |
|---|---|---|
| Studio Rotary Tool (except the motor) | 2 years | parts and labour |
| Studio Rotary Tool motor | 1 year | burn-out under normal use |
""",
    "faq.md": """# FAQ

## What payment methods do you accept?

We accept Visa, Amex and PayPal.

## Do you fire customers' pots?

No, we only sell supplies.
""",
    "returns.md": """# Returns

Refunds go back to your original payment method within 5 days of the return arriving.
""",
    "sizes.md": """# Apron sizes

| Size | Chest (cm) | Height (cm) |
|---|---|---|
| S | 84-92 | 155-165 |
| M | 92-100 | 163-173 |
| L | 100-108 | 171-181 |
| XL | 108-116 | 179-190 |
""",
    "delivery.html": """<html><head><title>Delivery</title></head><body>
<div class="announcement-bar"><p>Free delivery over £60 &middot; Same-day dispatch before noon</p></div>
<main><h1>Delivery</h1>
<table><tr><th>Service</th><th>Delivery time</th><th>Cost</th></tr>
<tr><td>Standard</td><td>2-4 working days</td><td>£4.95</td></tr>
<tr><td>Express</td><td>next working day</td><td>£9.95</td></tr></table>
</main></body></html>""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("kiln"), MAKER, PRODUCTS, PAGES, currency="GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("carbide trimming cutter 6 mm rapid swap - price?", ["27.00"], ["order number", "email"]),
        ("cheapest cutter in 6mm?", ["Steel Loop Cutter", "8.50"], ["Polishing Wheel"]),
        ("is the motor on the rotary tool covered by the warranty?", ["1 year"], []),
        ("how long is the warranty on the rotary tool?", ["2 years"], ["1.8 m"]),
        ("which payment methods do u take?", ["PayPal"], []),
        ("what's in the gloss glaze sampler set?", ["tenmoku"], ["oatmeal"]),
        ("can i order the studio kiln now?", ["14 March 2027"], []),
        ("I'm 176cm tall with a 104cm chest, which apron size should I get?", ["gives size L"], ["XL"]),
        ("which shelf depths do you make the drying racks in", ["Half Depth", "Slim"], []),
        ("how long does standard delivery take?", ["2-4 working days"], ["Same-day"]),
    ],
)
def test_versions_pages_and_sizes_read_the_shops_way(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)
