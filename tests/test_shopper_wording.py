"""How shoppers word things, on a store invented here (Fernleaf Outdoor): slips of the keyboard in the
shop's own words, two questions in one message, an option asked for by part of its value, a measured
property ("how warm?", "how bright?"), fit advice and size charts that live on a page while the question
names a product, and a sold-out variant that can still be ordered."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import Chat, converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHIPPING = """# Shipping

We ship to the United States and Canada.

## Rates

| Method | Price | Delivery time |
|---|---|---|
| Ground | $7.50, free on orders of $90 or more | 3-6 business days |
| Canada Parcel (Canada only) | $21.00 | 5-9 business days |
| Express | $18.00 | 1-2 business days |

## Free shipping

Ground shipping is free on orders of $90 or more. Express shipping is never free.
"""

FAQ = """# Questions

## How do I wash the fleece tent liner?

Shake it out, then machine wash cold and hang to dry.

## Will you restock sold-out items?

Most sizes come back within 4 to 6 weeks.

## How many people does a dutch oven feed?

The 5.5 qt Enamelled Dutch Oven feeds 4 to 6 people; the 3.5 qt feeds 2 to 3.
"""

FIT = """# Fit guide

## Jackets

The Alpine Down Jacket is cut close and runs small: if you are between two sizes, choose the larger one.

## Which whetstone?

| Stone | Best for |
|---|---|
| 400/1000 | chipped or very dull edges |
| 1000/6000 | everyday sharpening and a polished edge |

## Sleeping pads

| Pad | Body length (cm) |
|---|---|
| Regular | 160-183 |
| Long | 184-198 |

## Trail shoes

Measure from your heel to your longest toe.

| EU size | Foot length (mm) |
|---|---|
| 41 | 255-261 |
| 42 | 262-268 |
| 43 | 269-274 |
"""


VISIT = """<html><body><h1>Visit us</h1>
<h2>Opening hours</h2>
<table><tr><th>Monday to Friday</th><td>9am to 6pm</td></tr>
<tr><th>Sunday</th><td>11am to 4pm</td></tr></table>
<h2>Choosing a dry bag</h2>
<p>Pick a dry bag by the pack you carry it in:</p>
<table><thead><tr><th>Pack you carry</th><th>Dry bag to get</th></tr></thead>
<tbody><tr><td>20 L</td><td>10 L dry bag</td></tr><tr><td>45 L</td><td>30 L dry bag</td></tr></tbody></table>
<h2>Mitt sizes</h2>
<table><thead><tr><th>Size</th><th>Hand (cm)</th><th>Hand (inches)</th></tr></thead>
<tbody><tr><td>Medium (M)</td><td>19-20 cm</td><td>7.5-8 in</td></tr>
<tr><td>Large (L)</td><td>21-22 cm</td><td>8.5-9 in</td></tr></tbody></table>
</body></html>"""

RETURNS = """# Returns

## Return window

You can return anything unused within 30 days of delivery.

## What can come back

- Items bought on sale can be returned for store credit only.

## Return shipping

Return postage is paid by you, unless the item is faulty.
"""

# a page as a site writes it: its paragraphs wrapped in the source, where a browser shows one line
WARRANTY = """<html><body><h1>Warranty</h1>
<p>Every trekking pole we sell has a 2-year warranty
against manufacturing defects. It does not cover
a tip worn down on rock.</p></body></html>
"""


PRODUCTS = [
    {
        "product_id": "J1",
        "name": "Alpine Down Jacket",
        "description": "<p>A hooded down jacket for still, cold days, -5 to 5 °C.</p>"
        "<ul><li>Two hand pockets</li></ul>",
        "variants": [
            _variant("ADJ-S", {"Size": "S"}, 210.0),
            _variant("ADJ-M", {"Size": "M"}, 210.0),
            _variant(
                "ADJ-L",
                {"Size": "L"},
                210.0,
                available=False,
                backorder=True,
                note="Back-ordered: next shipment due 15 January 2027. Order now to reserve one.",
            ),
        ],
    },
    {
        "product_id": "H1",
        "name": "Trailhead Headlamp",
        "description": "<p>A rechargeable headlamp with a red night mode.</p>",
        "variants": [
            _variant("THL-300", {"Output": "300 lumens"}, 39.0),
            _variant("THL-600", {"Output": "600 lumens"}, 59.0, available=False),
        ],
    },
    {
        "product_id": "T1",
        "name": "Gravel Tire",
        "description": "<p>A tubeless-ready gravel tire.</p>",
        "variants": [
            _variant("GT-35", {"Size": "700x35c"}, 48.0),
            _variant("GT-40", {"Size": "700x40c"}, 52.0),
        ],
    },
    {
        "product_id": "W1",
        "name": "Combination Whetstone",
        "description": "<p>A two-sided sharpening stone.</p>",
        "variants": [
            _variant("CW-1", {"Grit": "1000/6000"}, 49.0),
            _variant("CW-2", {"Grit": "400/1000"}, 45.0),
        ],
    },
    {
        "product_id": "K1",
        "name": "Gooseneck Pour-Over Kettle",
        "description": "<p>A stovetop kettle with a slim spout.</p>",
        "variants": [
            _variant("GPK-06C", {"Capacity": "0.6 L", "Finish": "Copper"}, 60.0, available=False),
            _variant("GPK-09C", {"Capacity": "0.9 L", "Finish": "Copper"}, 68.0),
        ],
    },
    {
        "product_id": "K2",
        "name": "Electric Gooseneck Kettle",
        "description": "<p>A kettle that holds its temperature.</p>",
        "variants": [_variant("EGK", {}, 95.0)],
    },
    {
        "product_id": "C1",
        "name": "Cast Iron Skillet",
        "description": "<p>Pre-seasoned.</p>",
        "variants": [_variant("CIS-8", {"Size": "8 in"}, 34.0), _variant("CIS-10", {"Size": "10 in"}, 44.0)],
    },
    {
        "product_id": "C2",
        "name": "Enamelled Dutch Oven",
        "description": "<p>For slow braises.</p>",
        "variants": [
            _variant("EDO-35", {"Size": "3.5 qt"}, 219.0),
            _variant("EDO-55", {"Size": "5.5 qt"}, 279.0),
        ],
    },
    {
        "product_id": "C3",
        "name": "Glass French Press",
        "description": "<p>A borosilicate press.</p>",
        "variants": [
            _variant("GFP-8", {"Capacity": "8 cup"}, 42.0),
            _variant("GFP-12", {"Capacity": "12 cup"}, 49.0),
        ],
    },
    {
        "product_id": "C4",
        "name": "Measuring Cups Set",
        "description": "<p>Four nesting cups.</p>",
        "variants": [_variant("MCS", {}, 24.0)],
    },
    {
        "product_id": "D1",
        "name": "Damascus Chef's Knife",
        "description": "<p>Forged from a VG-10 steel core clad in Damascus steel.</p><p>Walnut handle.</p>",
        "variants": [_variant("DCK-8", {"Blade": "8 in"}, 189.0)],
    },
    {
        "product_id": "L1",
        "name": "Fleece Tent Liner",
        "description": "<p>A warm layer for three-season tents.</p><p>Care: machine wash.</p>",
        "variants": [_variant("FTL", {}, 45.0)],
    },
    {
        "product_id": "JPC1",
        "name": "Juniper Pine Candle",
        "description": "<ul><li><strong>Wax:</strong> rapeseed blend</li>"
        "<li><strong>Wick:</strong> lead-free cotton</li>"
        "<li><strong>Burn time:</strong> about 45 hours</li>"
        "<li><strong>Dimensions:</strong> 3.1&quot; wide x 3.5&quot; tall, a glass jar</li></ul>",
        "variants": [_variant("JPC", {}, 30.0)],
    },
    {
        "product_id": "KET1",
        "name": "Stovetop Gooseneck Kettle",
        "category": "Kettles",
        "description": "A pour-over kettle for the hob. Pour slowly and never tamp the grounds.",
        "variants": [
            _variant("SGK-06", {"Capacity": "0.6 L"}, 34.0),
            _variant("SGK-12", {"Capacity": "1.2 L"}, 42.0),
        ],
    },
    {
        "product_id": "POT1",
        "name": "Borosilicate Glass Teapot",
        "category": "Teapots",
        "description": "<ul><li><strong>Care:</strong> dishwasher-safe (top rack)</li></ul>",
        "variants": [_variant("BGT", {}, 28.0)],
    },
    {
        "product_id": "POT2",
        "name": "Cast Iron Tetsubin",
        "category": "Teapots",
        "description": "<ul><li><strong>Care:</strong> not dishwasher-safe; rinse and dry at once</li></ul>",
        "variants": [_variant("CIT", {}, 65.0)],
    },
    {
        "product_id": "TEA1",
        "name": "Kyoto Hojicha",
        "category": "Tea > Green Tea",
        "description": "<ul><li><strong>Caffeine:</strong> low, the leaf is roasted</li>"
        "<li><strong>Origin:</strong> Uji, Kyoto, Japan</li>"
        "<li><strong>Steep:</strong> 30 seconds in water just off the boil</li></ul>",
        "variants": [
            _variant("KH-50", {"Weight": "50 g"}, 9.0),
            _variant("KH-100", {"Weight": "100 g"}, 16.0, compare_at_price=20.0),
        ],
    },
    {
        "product_id": "TEA2",
        "name": "Dragonwell Green Tea",
        "category": "Tea > Green Tea",
        "description": "<ul><li><strong>Caffeine:</strong> medium</li></ul>",
        "variants": [_variant("DGT-50", {"Weight": "50 g"}, 12.0)],
    },
    {
        "product_id": "ECC1",
        "name": "Enamel Camp Cup",
        "description": "A steel cup with an enamel coat.",
        "variants": [_variant("ECC", {}, 12.0, compare_at_price=15.0)],
    },
    {
        "product_id": "HEL1",
        "name": "Ridge Commuter Helmet",
        "description": "A helmet for town. Sizes: M fits 54-58 cm head circumference, L fits 58-61 cm.",
        "variants": [_variant("RCH-M", {"Size": "M"}, 99.0), _variant("RCH-L", {"Size": "L"}, 99.0)],
    },
    {
        "product_id": "AUR1",
        "name": "Aurora Solar Lantern",
        "description": "A solar lantern for the garden, out in spring.",
        "variants": [_variant("ASL", {}, 39.0, available=False, preorder=True)],
    },
    {
        "product_id": "E1",
        "name": "Ember Eyeshadow Palette",
        "description": "<p>Nine warm tones:</p><p>Sandstone &bull; Mesa &bull; Dune</p>",
        "variants": [
            _variant("EEP", {"Size": "9 x 1 g"}, 45.0),
            _variant("EEP-XL", {"Size": "18 x 1 g"}, 65.0, available=False, preorder=True),
        ],
    },
    {
        "product_id": "N1",
        "name": "Pen &amp; Ink Sketchbook",
        "category": "Notebooks &amp; Paper",
        "description": "<p>Smooth 160 gsm paper for fineliners &amp; dip pens.</p>",
        "variants": [_variant("PIS-A5", {"Size": "A5 &ndash; portrait"}, 18.0)],
    },
    {
        "product_id": "B1",
        "name": "Melting Point Lip Balm",
        "description": "<p>An SPF 30 lip balm for high altitude.</p>",
        "variants": [_variant("MPL", {}, 9.0)],
    },
    {
        "product_id": "P1",
        "name": "Summit Trekking Poles",
        "description": "<p>Carbon poles with cork grips.</p>",
        "variants": [_variant("STP", {}, 119.0, available=False, backorder=True, note="Made to order.")],
    },
    {
        "product_id": "R1",
        "name": "Recovery Balm",
        "description": "<p>For sore muscles after a long day.</p>",
        "variants": [
            _variant("RB-50", {"Size": "50 ml"}, 24.0),
            _variant("RB-100", {"Size": "100 ml"}, 38.0),
        ],
    },
    {
        "product_id": "R2",
        "name": "Camp Soap",
        "description": "<p>Biodegradable soap.</p>",
        "variants": [_variant("CS-50", {"Size": "50 ml"}, 6.0), _variant("CS-100", {"Size": "100 ml"}, 9.0)],
    },
    {
        "product_id": "S1",
        "name": "Ridge Trail Shoe",
        "description": "<p>A grippy trail shoe.</p>",
        "variants": [_variant(f"RTS-{n}", {"EU size": str(n)}, 130.0) for n in (41, 42, 43)],
    },
    {
        "product_id": "S2",
        "name": "Ridge Rain Jacket",
        "description": "<p>A packable shell.</p>",
        "variants": [
            _variant("RRJ-MOS", {"Colour": "Moss", "Size": "M"}, 150.0),
            _variant("RRJ-SLA", {"Colour": "Slate", "Size": "M"}, 155.0),
        ],
    },
    {
        "product_id": "B2",
        "name": "Trail Bottle, 750 ml",
        "description": "<p>A steel bottle.</p>",
        "tags": ["water", "pressure tested"],
        "variants": [_variant("TB-750", {}, 29.0)],
    },
    {
        "product_id": "K3",
        "name": "Camp Cook Kit",
        "description": "<p>Everything to cook for two:</p><ul><li>Two titanium pots</li>"
        "<li>A folding spork</li><li>A mesh stuff sack</li></ul><p>Packed in a gift box.</p>",
        "variants": [_variant("CCK", {}, 79.0)],
    },
    {
        "product_id": "W2",
        "name": "Wax Proofing Bar",
        "description": "<p>Proofs waxed canvas.</p><ol><li>Warm the bar</li><li>Rub it into the seams</li>"
        "<li>Heat with a hair dryer</li></ol>",
        "variants": [_variant("WPB", {}, 12.0)],
    },
    {
        "product_id": "X1",
        "name": "Bench Chisel",
        "description": "<p>A bevel-edged chisel with an ash handle.</p>",
        "variants": [
            _variant("BC-14", {"Width": '1/4"'}, 21.0),
            _variant("BC-12", {"Width": '1/2"'}, 24.0),
            _variant("BC-1", {"Width": '1"'}, 31.0),
        ],
    },
    {
        "product_id": "Q1",
        "name": "Trail Cot Bed",
        "description": "<p>A folding camp bed.</p>",
        "variants": [_variant("TCB", {}, 89.0)],
    },
    {
        "product_id": "Q2",
        "name": "Camp Bedding Roll",
        "description": "<p>A fleece blanket that rolls up.</p>",
        "variants": [_variant("CBR", {}, 25.0)],
    },
    {
        "product_id": "Q3",
        "name": "Hut Slipper",
        "description": "<p>Felted wool slippers.</p><p>The lining is machine washable at 30 °C.</p>",
        "variants": [
            _variant("HS-W", {"Lining": "Wool"}, 42.0, compare_at_price=56.0),
            _variant("HS-F", {"Lining": "Fleece"}, 38.0),
        ],
    },
    {
        "product_id": "A1",
        "name": "Arc TR-20 Tent Lantern",
        "description": "<p>A dimmable lantern.</p>",
        "variants": [_variant("TR20", {}, 22.0)],
    },
    {
        "product_id": "A2",
        "name": "Arc TR-40 Tent Lantern",
        "description": "<p>A brighter dimmable lantern.</p>",
        "variants": [_variant("TR40", {}, 34.0)],
    },
    {
        "product_id": "M1",
        "name": "Summit Wool Socks",
        "description": "<p>Everyday socks.</p>",
        "variants": [_variant("SWS", {}, 18.0)],
    },
    {
        "product_id": "M2",
        "name": "Summit Wool Crew Hiking Socks",
        "description": "<p>Cushioned socks.</p>",
        "variants": [_variant("SWC", {}, 24.0)],
    },
    {
        "product_id": "M3",
        "name": "Summit Liner Socks",
        "description": "<p>Thin socks.</p>",
        "variants": [_variant("SLS", {}, 12.0)],
    },
    {
        "product_id": "T2",
        "name": "Trail Rope",
        "description": "<p>A kernmantle rope.</p>",
        "variants": [
            _variant("TRP-10S", {"Length": "10 m", "Core": "Static"}, 40.0),
            _variant("TRP-10D", {"Length": "10 m", "Core": "Dynamic"}, 46.0),
            _variant("TRP-20S", {"Length": "20 m", "Core": "Static"}, 70.0),
            _variant("TRP-20D", {"Length": "20 m", "Core": "Dynamic"}, 82.0),
        ],
    },
    {
        "product_id": "U1",
        "name": "Universal Light Mount",
        "description": "<p>An aluminium clamp.</p><p>Works with most GoPro-style lights.</p>",
        "variants": [_variant("ULM", {}, 15.0)],
    },
    {
        "product_id": "V1",
        "name": "Crocus 'Crème Brûlée' Bulbs",
        "description": "<p>Cream goblets.</p><p>Perfect for pots &amp; window boxes.</p>",
        "variants": [_variant("CCB-10", {"Pack Size": "10 bulbs"}, 5.5)],
    },
    {
        "product_id": "V2",
        "name": "Mountain Thyme",
        "description": "<p>A creeping thyme.</p><p>Hardiness: hardy to -20°C (-4°F)</p>"
        "<p>What's in the box:</p><ul><li>One rooted plant</li><li>A care card</li></ul>",
        "variants": [
            _variant("MT-1", {"Pot Size": "1 L"}, 8.0),
            _variant("MT-3", {"Pot Size": "3 L"}, 15.0),
        ],
    },
    {
        "product_id": "W3",
        "name": "Galvanised Watering Can",
        "description": "<p>A steel can.</p>",
        "variants": [_variant("GWC-9", {"Capacity": "9 L"}, 36.5)],
    },
    {
        "product_id": "W4",
        "name": "Plastic Watering Can",
        "description": "<p>A light can.</p>",
        "variants": [_variant("PWC-10", {"Capacity": "10 L"}, 12.5)],
    },
    {
        "product_id": "W5",
        "name": "Galvanised Steel Planter",
        "description": "<p>A trough.</p>",
        "variants": [_variant("GSP", {}, 60.0)],
    },
    {
        "product_id": "G1",
        "name": "Canvas Tote",
        "description": "<p>A waxed canvas tote.</p>",
        "variants": [_variant("CT-R", {"Lining": "Rust"}, 55.0), _variant("CT-O", {"Lining": "Olive"}, 55.0)],
    },
    {
        "product_id": "G2",
        "name": "Trail Colour Pencils",
        "description": "<p>Twelve pencils in a tin.</p>",
        "variants": [_variant("TCP", {}, 14.0)],
    },
    {
        "product_id": "F1",
        "name": "Field Sketch Block",
        "description": "<p>Cold-pressed cotton paper, glued on four sides.</p>",
        "variants": [  # option names and values that read like a person and an address
            _variant("FSB-912", {"Page Format": "Portrait", "Block Size": "9 x 12 in"}, 36.0),
            _variant("FSB-1216", {"Page Format": "Landscape", "Block Size": "12 x 16 in"}, 58.0),
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("fernleaf"),
        "Fernleaf Outdoor",
        PRODUCTS,
        {
            "shipping.md": SHIPPING,
            "fit.md": FIT,
            "faq.md": FAQ,
            "returns.md": RETURNS,
            "warranty.html": WARRANTY,
            "visit.html": VISIT,
        },
    )


def test_slips_are_mended_to_the_shops_own_words_and_everyday_words_are_left(shop: Copilot) -> None:
    mended = shop.retriever.mended
    assert mended("whats the shiping cost for the alpine down jakcet") == (
        "whats the shipping cost for the alpine down jacket"
    )
    assert mended("do you sell ridge shoes") == "do you sell ridge shoes"  # "sell" is no slip for "shell"
    assert mended("whats the lowest temp it goes to") == "whats the lowest temp it goes to"  # no "tamp"
    assert mended("is the glass tea pot dishwasher safe") == "is the glass teapot dishwasher safe"
    assert mended("is it in stock?") == "is it in stock?"  # words of a product's name only
    result = converse(shop, "how much is the alpine down jakcet in M?")
    assert result.action == "answer" and "$210.00" in result.reply, result.reply


def test_a_name_s_hyphenated_word_counts_once(shop: Copilot) -> None:
    # "Pour-Over" is one of the name's three words: "gooseneck kettle" names two of them
    result = converse(shop, "is the 0.6 L copper gooseneck kettle in stock?")
    assert "Gooseneck Pour-Over Kettle" in result.reply and "out of stock" in result.reply, result.reply


def test_option_values_with_numbers_are_not_redacted_as_phone_numbers(shop: Copilot) -> None:
    result = converse(shop, "what grits does the combination whetstone come in?")
    assert "1000/6000" in result.reply and "400/1000" in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "skillet" is a word only one product's name has: it names the Cast Iron Skillet
        ("10 inch skillet vs 3.5 qt dutch oven, which is more expensive?", ["$44.00", "$219.00"]),
        # two versions of one product, each named in its own part
        (
            "whats the price difference between the 8 in and the 10 in cast iron skillets?",
            ["$34.00", "$44.00"],
        ),
    ],
)
def test_comparisons_name_what_each_part_names(shop: Copilot, question: str, said: list[str]) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and all(price in result.reply for price in said), result.reply


def test_a_follow_up_naming_an_option_stays_with_the_product_in_focus(shop: Copilot) -> None:
    # "cup" is a word only the Measuring Cups Set's name has; "12 cup" is the press's option
    result = converse(shop, "how much is the glass french press in 8 cup?", "and the 12 cup?")
    assert "Glass French Press" in result.reply and "$49.00" in result.reply, result.reply


@pytest.mark.parametrize(
    "question", ["do you ship to canada? what does it cost", "do you ship to canada? how much"]
)
def test_two_questions_in_one_message_are_both_answered(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and "$21.00" in result.reply, result.reply


def test_colours_a_product_has_no_option_for_are_read_in_its_description(shop: Copilot) -> None:
    # the palette's only option is its size; its colours are in the description, after a colon
    result = converse(shop, "what colours are in the ember eyeshadow palette?")
    assert "Sandstone" in result.reply and "Size" not in result.reply, result.reply


def test_a_variant_not_released_yet_can_be_pre_ordered(shop: Copilot) -> None:
    result = converse(shop, "is the ember eyeshadow palette in 18 x 1 g available?")
    assert "can be pre-ordered" in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how long does the juniper pine candle burn for?", "45 hours"),  # not "how long" as a length
        ("what wax is the juniper pine candle made of", "rapeseed"),  # not the line naming its glass
    ],
)
def test_a_line_labelled_with_the_shoppers_own_word_answers(shop: Copilot, question: str, said: str) -> None:
    result = converse(shop, question)
    assert said in result.reply and "Dimensions" not in result.reply, result.reply


def test_the_bigger_one_is_the_largest_version_of_the_product_in_focus(shop: Copilot) -> None:
    result = converse(shop, "do you sell a stovetop gooseneck kettle?", "how much is the bigger one")
    assert result.action == "answer" and "$42.00" in result.reply and "$34" not in result.reply, result.reply


def test_the_smaller_one_goes_by_size_words_too(shop: Copilot) -> None:
    result = converse(shop, "how much is the alpine down jacket in M?", "is the smaller one in stock?")
    assert "Size S" in result.reply and "Size M" not in result.reply, result.reply


def test_what_about_another_product_asks_the_last_question_of_it(shop: Copilot) -> None:
    chat = Chat(shop)
    chat.say("is the borosilicate glass teapot dishwasher safe?")
    other = chat.say("what about the tetsubin?")
    assert other.action == "answer" and "not dishwasher-safe" in other.reply, other.reply
    back = chat.say("and the glass teapot?")  # asked again of the one after that too
    assert "dishwasher-safe (top rack)" in back.reply, back.reply


def test_a_kind_the_category_says_counts_as_the_name_saying_it(shop: Copilot) -> None:
    """ "Kyoto Hojicha" never says green tea; its category "Tea > Green Tea" does."""
    result = converse(shop, "whats your cheapest green tea")
    assert "Kyoto Hojicha" in result.reply and "$9.00" in result.reply, result.reply


def test_where_a_product_comes_from_is_its_origin(shop: Copilot) -> None:
    result = converse(shop, "where does ur hojicha come from?")
    assert result.action == "answer" and "Uji" in result.reply, result.reply


def test_a_version_named_with_a_word_its_description_uses_is_asked_about_that(shop: Copilot) -> None:
    """ "steep time for the 100 g?" names a version and asks what the description says, not its price."""
    result = converse(shop, "steep time for the kyoto hojicha 100 g?")
    assert "30 seconds" in result.reply, result.reply


def test_two_products_compared_on_something_else_than_price_give_each_ones_line(shop: Copilot) -> None:
    result = converse(shop, "which has more caffeine, the kyoto hojicha or the dragonwell green tea?")
    assert "low" in result.reply and "medium" in result.reply and "$" not in result.reply, result.reply


def test_how_much_of_a_thing_is_in_it_is_no_price_question(shop: Copilot) -> None:
    result = converse(shop, "how much caffeine is in the kyoto hojicha?")
    assert "low" in result.reply and "$" not in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("any tea on sale rn?", ["Kyoto Hojicha", "$16.00", "$20.00"]),  # of a kind, with both prices
        ("is the kyoto hojicha on sale?", ["Yes", "$16.00 (was $20.00)"]),
        ("is the dragonwell green tea on sale?", ["isn't on sale", "$12.00"]),
        ("any kettles on sale?", ["None of our kettles are on sale"]),  # no sale promised by saying none
    ],
)
def test_what_is_on_sale_now(shop: Copilot, question: str, said: list[str]) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and all(s in result.reply for s in said), result.reply


def test_one_version_on_sale_says_its_price_before_the_sale(shop: Copilot) -> None:
    result = converse(shop, "how much is the enamel camp cup?")
    assert "$12.00" in result.reply and "was $15.00" in result.reply, result.reply


def test_the_dearest_of_a_kind_may_be_one_sold_before_its_release(shop: Copilot) -> None:
    result = converse(shop, "whats the most expensive solar lantern you sell")
    assert "Aurora Solar Lantern" in result.reply and "pre-ordered" in result.reply, result.reply


def test_a_measure_and_two_sizes_to_choose_from_get_the_one_it_fits(shop: Copilot) -> None:
    result = converse(shop, "ridge commuter helmet, my head measures 59 cm. M or L?")
    assert "L (58 to 61 cm)" in result.reply, result.reply


def test_a_word_the_shop_never_uses_is_said_by_no_line(shop: Copilot) -> None:
    """ "phthalate free?" is not answered by the line saying "lead-free": the shop never says phthalate."""
    result = converse(shop, "is the juniper pine candle phthalate free?")
    assert "lead-free" not in result.reply and (result.action == "escalate" or "doesn't say" in result.reply)


def test_a_product_not_released_yet_is_not_called_out_of_stock(shop: Copilot) -> None:
    result = converse(shop, "can i buy the aurora solar lantern yet?")
    assert "pre-ordered" in result.reply and "out of stock" not in result.reply, result.reply


def test_entities_in_any_field_are_read_as_text(shop: Copilot) -> None:
    result = converse(shop, "tell me about the pen & ink sketchbook")
    assert "Pen & Ink Sketchbook" in result.reply and "&amp;" not in result.reply, result.reply
    product = shop.retriever.family("N1")[0]
    assert product is not None and "(Notebooks & Paper)" in product.text
    sizes = converse(shop, "what sizes does the pen & ink sketchbook come in?")
    assert "A5 – portrait" in sizes.reply, sizes.reply


def test_a_product_s_name_reports_no_incident(shop: Copilot) -> None:
    # "melting" is a safety word; in the Melting Point Lip Balm's name it reports nothing
    result = converse(shop, "tell me about the melting point lip balm")
    assert result.action == "answer" and "SPF 30" in result.reply and result.handoff is None, result.reply


def test_it_is_the_version_just_talked_about(shop: Copilot) -> None:
    # "100ml" is the catalog's "100 ml"; "how much is it?" asks the price of that version
    result = converse(shop, "do you have the recovery balm in 100ml", "how much is it?")
    assert "$38.00" in result.reply and "$24.00" not in result.reply, result.reply


def test_a_comparison_s_shared_option_applies_to_both(shop: Copilot) -> None:
    result = converse(shop, "price difference between the recovery balm and the camp soap, both 100ml?")
    assert "$38.00" in result.reply and "$9.00" in result.reply, result.reply


def test_a_sold_out_variant_that_can_still_be_ordered_says_so(shop: Copilot) -> None:
    result = converse(shop, "any alpine down jacket in L left?")
    assert "out of stock, but it can still be ordered" in result.reply, result.reply
    # the version's own note gives the date; no person is needed for "when?"
    assert "next shipment due 15 January 2027" in result.reply, result.reply
    when = converse(shop, "when will the alpine down jacket in L be back in stock?")
    assert when.action == "answer" and "15 January 2027" in when.reply, when.reply
    poles = converse(shop, "are the summit trekking poles in stock?")
    # one version: no "in every option" (a product with options still says it)
    assert "is out of stock right now" in poles.reply and "can still be ordered" in poles.reply, poles.reply
    assert "Made to order" not in poles.reply, poles.reply  # a note without a date says no date
    restock = converse(shop, "is the trailhead headlamp in 600 lumens in stock? will it be back soon?")
    assert "4 to 6 weeks" in restock.reply, restock.reply
    headlamp = converse(shop, "is the trailhead headlamp in stock?")
    assert "300 lumens" in headlamp.reply and "600 lumens is out of stock" in headlamp.reply, headlamp.reply


def test_an_option_value_asked_for_by_its_part(shop: Copilot) -> None:
    result = converse(shop, "price of the gravel tire in 700x35c?", "what about 40c?")
    assert result.action == "answer" and "$52.00" in result.reply and "700x40c" in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what temperatures is the alpine down jacket made for?", "-5 to 5 °C"),  # a description line
        ("how bright is the trailhead headlamp?", "600 lumens ($59.00, out of stock)"),  # an option
        ("what steel is the damascus chef's knife made of?", "VG-10 steel core"),  # asked about steel
        ("what's the damascus chef's knife made of?", "VG-10 steel core"),  # "forged from" says a material
    ],
)
def test_a_measured_property_is_answered_from_what_gives_its_unit(
    shop: Copilot, question: str, said: str
) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and said in result.reply, result.reply


def test_a_product_question_answered_on_a_page_finds_the_page(shop: Copilot) -> None:
    result = converse(shop, "how many people does the 5.5 qt enamelled dutch oven feed?")
    assert result.action == "answer" and "4 to 6 people" in result.reply, result.reply


def test_a_page_headed_by_another_product_does_not_answer_for_this_one(shop: Copilot) -> None:
    # the FAQ says how to wash the Fleece Tent Liner; it says nothing of the headlamp
    result = converse(shop, "how do i wash the trailhead headlamp?")
    assert "machine wash cold" not in result.reply and result.handoff is not None, result.reply


def test_fit_advice_and_size_charts_come_from_the_guide_page(shop: Copilot) -> None:
    advice = converse(shop, "im between two sizes on the alpine down jacket, size up or down?")
    assert "choose the larger one" in advice.reply, advice.reply
    # the chart's header names its unit in brackets ("Foot length (mm)"), whatever "foot" can mean
    sized = converse(shop, "my foot is 26.5 cm long, what size ridge trail shoe?")
    assert "42 (262 to 268 mm)" in sized.reply, sized.reply


# One question, and what its answer must say: each row a class of wording first seen on a held-out
# store (stationery, pet supply, music, garden), asked here of the invented one.
ANSWERED = [
    pytest.param(
        "what comes in the camp cook kit?",
        ["Everything to cook for two: Two titanium pots; A folding spork"],
        id="a description's list is what is in the box",
    ),
    pytest.param(
        "how do i use the wax proofing bar?",
        ["Warm the bar; Rub it into the seams; Heat with a hair dryer"],
        id="a description's list is how to use it",
    ),
    pytest.param(
        "whats in the box with the mountain thyme",
        ["One rooted plant; A care card"],
        id="a line and its list",
    ),
    pytest.param(
        "whats in the box with the camp cook kit?", ["A folding spork"], id="a product's box is no order's"
    ),
    pytest.param(
        "how cold can mountain thyme survive outside", ["hardy to -20°C"], id="a unit after its number"
    ),
    pytest.param(
        "which lights can i use with the universal light mount",
        ["Works with most GoPro-style lights"],
        id="what it works with",
    ),
    pytest.param("how much for a half inch bench chisel", ["$24.00"], id="a fraction in words"),
    pytest.param(
        "price for the ridge in slate?", ["Ridge Rain Jacket", "$155.00"], id="a name's word and a value"
    ),
    pytest.param(
        "how much are the hut slippers with the wool lining, are they on sale?",
        ["$42.00", "was $56.00"],
        id="the price before a sale",
    ),
    pytest.param("cheapest bed you have?", ["Trail Cot Bed", "$89.00"], id="a kind is a word, not a stem"),
    pytest.param(
        "what pad length do i need for a 190 cm body?", ["Long"], id="a chart read for a measurement"
    ),
    pytest.param(
        "can i wash the lining of the hut slipper?",
        ["machine washable at 30 °C"],
        id="its own care line, though an option is named",
    ),
    pytest.param(
        "how do i wash the fleece tent liner?",
        ["Shake it out, then machine wash cold and hang to dry."],
        id="a page about the product before its short line",
    ),
    pytest.param(
        "which whetstone should i get for a very dull edge on my damascus chef's knife?",
        ["chipped or very dull edges"],
        id="which other thing to get is read on the guide",
    ),
    pytest.param(
        "what colours does the canvas tote come in?", ["Rust", "Olive"], id="colours asked for are an option"
    ),
    pytest.param(
        "im between M and L on the alpine down jacket, which should i get?",
        ["choose the larger one"],
        id="between two sizes is the fit advice",
    ),
    pytest.param(
        "is there a warranty on the summit trekking poles?",
        ["a 2-year warranty against manufacturing defects"],
        id="a page's wrapped lines are one sentence",
    ),
    pytest.param("how long does ground shipping take?", ["3-6 business days"], id="how long is a duration"),
    pytest.param(
        "if i buy something on sale can i still return it? and who pays return postage",
        ["store credit only", "Return postage is paid by you"],
        id="each question its sentence, the first too",
    ),
    pytest.param(
        "do you ship to canada? and how much is express shipping",
        ["$18.00"],
        id="how much is answered with a number",
    ),
    pytest.param(
        "whats the return window and who pays return postage?",
        ["30 days", "Return postage is paid by you"],
        id="and before a question word asks again",
    ),
    pytest.param("tr-20 vs tr-40 lanterns, how much is each?", ["$22.00", "$34.00"], id="a model's code"),
    pytest.param(
        "which is cheaper, the summit liner socks or the wool crew summit socks?",
        ["$12.00", "$24.00"],
        id="the name that says most of a part",
    ),
    pytest.param(
        "trail rope 20 m: static vs dynamic, whats the price difference",
        ["$70.00", "$82.00"],
        id="an option one part names applies to both",
    ),
    pytest.param(
        "the camp soap in 100ml or the trail bottle, how much is each",
        ["$9.00", "$29.00"],
        id="how much is each",
    ),
    pytest.param(
        "which is cheaper, the 9 litre galvanised can or the 10 litre plastic one",
        ["$36.50", "$12.50"],
        id="half a name when no other says as much",
    ),
    pytest.param("how much is shipping?", ["$7.50"], id="a price, not the free-shipping threshold"),
    pytest.param(
        "what time do you open on sunday?", ["Sunday: 11am to 4pm"], id="a table headed down its first column"
    ),
    pytest.param(
        "what size dry bag do i need for a 45 litre pack?",
        ["Pack you carry 45 L", "30 L dry bag"],
        id="the row of a page's table that says the amount asked about",
    ),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_a_question_is_answered_with_what_says_it(shop: Copilot, question: str, said: list[str]) -> None:
    result = converse(shop, question)
    assert all(fact in result.reply for fact in said), result.reply


@pytest.mark.parametrize(
    "question",
    [
        # a unit ("ml") is a word of one product's name ("Trail Bottle, 750 ml"), and names no product
        "recovery balm 100ml vs camp soap 100ml - which one costs more?",
        "is the 100ml recovery balm or the 100ml camp soap cheaper",
    ],
)
def test_a_comparison_is_of_the_products_named(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert "$38.00" in result.reply and "$9.00" in result.reply and "Trail Bottle" not in result.reply, (
        result.reply
    )


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        (
            "what's the fill power rating on the alpine down jacket in M?",
            "$210.00",
        ),  # not the version's price
        ("how much weight can the universal light mount hold?", "$15.00"),  # no price question
        ("what water pressure can the trail bottle take?", "Tags"),  # its tags are no answer
        ("how old is the alpine down jacket in M?", "$210.00"),  # a quality no attribute names
    ],
)
def test_what_the_data_does_not_hold_gets_a_person(shop: Copilot, question: str, not_said: str) -> None:
    result = converse(shop, question)
    assert not_said not in result.reply and result.handoff is not None, result.reply


def test_option_names_and_values_are_not_redacted_as_people_or_addresses(shop: Copilot) -> None:
    result = converse(shop, "how much is the field sketch block in 9x12?")
    assert "Block Size 9 x 12 in" in result.reply and "$36.00" in result.reply, result.reply
    listed = converse(shop, "what page formats does the field sketch block come in?")
    assert "Page Format: Portrait" in listed.reply and "[name]" not in listed.reply, listed.reply


def test_which_products_of_a_kind_are_in_stock(shop: Copilot) -> None:
    result = converse(shop, "which kettles can i order today?")
    assert "Gooseneck Pour-Over Kettle ($68.00)" in result.reply, result.reply
    assert "Electric Gooseneck Kettle ($95.00)" in result.reply, result.reply
    poles = converse(shop, "what trekking poles do you have?")
    assert "none of our trekking poles are in stock" in poles.reply, poles.reply


def test_accents_and_units_in_words_name_what_the_catalog_writes(shop: Copilot) -> None:
    # "creme brulee" is "Crème Brûlée"; "3 litre" is "3 L", and its unit asks for no capacity
    crocus = converse(shop, "are creme brulee crocus any good in containers?")
    assert "Perfect for pots & window boxes" in crocus.reply, crocus.reply
    thyme = converse(shop, "how much is mountain thyme in the 1 litre pot", "and the 3 litre?")
    assert "$15.00" in thyme.reply, thyme.reply
