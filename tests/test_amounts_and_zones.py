"""Questions on a store invented here (Tallow & Twine: candles, tapes, kilns and a rates table) that turn
on an amount or a place: a version named by its size and unit ("8L" is not said by the "l" of "45L";
"and the 50m roll?" keeps the 38mm width and names no 50mm one; "and in 12 inch?" no 12mm one), an
option value that begins with a number ("how much is 1200 grade ...?" asks no order), versions asked
after "A or B" ("which is cheaper in 1L?"), a kind a category names as work ("Wallpapering" holds no
wallpaper), one cell of a rates table by the place and the weight or time asked, and a payment brand
no page names."""

from __future__ import annotations

import pytest

from copilot.drafting.places import sent_to
from copilot.service import Copilot
from copilot.spelling import coined
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Tallow & Twine"
PRODUCTS = [
    invented_product(
        "K8",
        "Forge 8L Test Kiln",
        "Kilns",
        ["Chamber: 8 litres"],
        [_variant("K8-P", {"Power": "240V plug-in"}, 1290.0)],
        MAKER,
    ),
    invented_product(
        "K45",
        "Forge 45L Top Loader Kiln",
        "Kilns",
        ["Chamber: 45 litres"],
        [
            _variant("K45-P", {"Power": "240V 15A plug"}, 2890.0),
            _variant("K45-H", {"Power": "240V 20A hardwired"}, 3090.0),
        ],
        MAKER,
    ),
    invented_product(
        "TAPE",
        "Clean Edge Masking Tape",
        "Tape",
        ["Backing: crepe paper"],
        [
            _variant(f"TAPE-{w}-{n}", {"Width": w, "Length": n}, price)
            for w, n, price in [
                ("38mm", "25m", 3.79),
                ("38mm", "50m", 6.29),
                ("50mm", "25m", 4.49),
                ("50mm", "50m", 7.49),
            ]
        ],
        MAKER,
    ),
    invented_product(
        "SLEEVE",
        "Velvet Roller Sleeve",
        "Rollers",
        ["Fibre: microfibre"],
        [
            _variant(f"SL-{p}-{w}", {"Pile": p, "Width": w}, price)
            for p, w, price in [
                ("Short Pile (5mm)", "9in (230mm)", 5.99),
                ("Short Pile (5mm)", "12in (300mm)", 8.49),
                ("Medium Pile (12mm)", "9in (230mm)", 6.49),
                ("Medium Pile (12mm)", "12in (300mm)", 8.99),
            ]
        ],
        MAKER,
    ),
    invented_product(
        "LINE",
        "Plain Lining Paper",
        "Wallpapering > Lining Paper",
        ["Roll: 10 m"],
        [
            _variant("LINE-1200", {"Grade": "1200 Grade"}, 8.99),
            _variant("LINE-1700", {"Grade": "1700 Grade"}, 11.99),
        ],
        MAKER,
    ),
    invented_product(
        "PASTE",
        "Ready-Mixed Wallpaper Paste",
        "Wallpapering > Paste",
        ["Tub: ready to use"],
        [_variant("PASTE-25", {"Tub": "2.5kg"}, 7.99)],
        MAKER,
    ),
    invented_product(
        "WP-LEAF",
        "Fern Leaf Wallpaper",
        "Wallpaper",
        ["Repeat: 53 cm"],
        [_variant("WP-LEAF-S", {"Colourway": "Sage"}, 24.0)],
        MAKER,
    ),
    invented_product(
        "TINT",
        "Wood Tint",
        "Varnish",
        ["Finish: matt"],
        [
            _variant("TINT-OAK-12", {"Colour": "Oak", "Pot size": "12 ml"}, 3.75),
            _variant("TINT-OAK-18", {"Colour": "Oak", "Pot size": "18 ml"}, 4.95),
            _variant("TINT-ASH-18", {"Colour": "Ash", "Pot size": "18 ml"}, 4.95),
        ],
        MAKER,
    ),
    invented_product(
        "G-IRON",
        "Iron Red Glaze",
        "Glazes",
        ["Finish: gloss"],
        [_variant("GI-500", {"Jar": "500ml"}, 24.95), _variant("GI-1L", {"Jar": "1L"}, 42.95)],
        MAKER,
    ),
    invented_product(
        "G-JADE",
        "Jade Green Glaze",
        "Glazes",
        ["Finish: satin"],
        [_variant("GJ-500", {"Jar": "500ml"}, 26.95), _variant("GJ-1L", {"Jar": "1L"}, 46.95)],
        MAKER,
    ),
]

PAGES = {
    "shipping.md": """# Shipping

## Zones

- Metro: Sydney, Melbourne, Brisbane and Adelaide metropolitan postcodes.
- Remote & NT: all of Western Australia and the Northern Territory (Perth and Darwin included).
- Tasmania: all Tasmanian postcodes.

## Rates by parcel weight

We charge by the total weight of your order.

| Zone | Up to 5 kg | 5–11 kg | 11–22 kg | Delivery time |
|---|---|---|---|---|
| Metro | $12.95 | $19.95 | $29.95 | 2–4 business days |
| Remote & NT | $21.95 | $44.95 | $69.95 | 5–10 business days |
| Tasmania | $17.95 | $32.95 | $47.95 | 4–7 business days |
""",
    "payments.md": """# Paying

We take Visa, Mastercard and American Express. You pay for return freight yourself.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tallow"), MAKER, PRODUCTS, PAGES, currency="AUD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats the price on the forge 45L kiln hardwired version", ["3,090"], ["8L"]),
        ("how much is 1200 grade lining paper a roll", ["8.99"], ["order number"]),
        ("oak wood tint 18ml - got any?", ["Oak", "18 ml", "4.95"], ["3.75"]),
        ("iron red or jade green, which is cheaper in 1L?", ["42.95", "46.95"], ["24.95"]),
        ("whats ur cheapest wallpaper?", ["Fern Leaf", "24"], ["Paste"]),
        ("how much to ship a 10kg parcel to tassie", ["32.95"], ["19.95", "17.95"]),
        ("how long does delivery take to darwin", ["5–10"], ["2–4"]),
    ],
)
def test_an_amount_or_a_place_picks_the_answer(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("first", "then", "said", "not_said"),
    [
        ("clean edge masking tape 38mm 25m how much", "and the 50m roll?", "6.29", "7.49"),
        ("is the velvet roller sleeve short pile 9in in stock", "and in 12 inch?", "8.49", "8.99"),
    ],
)
def test_a_follow_up_amount_keeps_the_other_options(
    shop: Copilot, first: str, then: str, said: str, not_said: str
) -> None:
    reply = converse(shop, first, then).reply
    assert said in reply and not_said not in reply, reply


def test_a_payment_brand_no_page_names_is_not_answered_by_a_sentence_about_paying(shop: Copilot) -> None:
    result = converse(shop, "can i pay with afterpay")
    assert "return freight" not in result.reply, result.reply
    assert result.action == "escalate" or "member of our team" in result.reply, result.reply


@pytest.mark.parametrize(
    ("word", "is_coined"),
    [("afterpay", True), ("klarna", True), ("polcy", False), ("warmest", False), ("countries", False)],
)
def test_a_coinage_is_no_dictionary_word_inflection_or_slip(word: str, is_coined: bool) -> None:
    assert coined(word) is is_coined


CODED_RATES = {
    "faq.md": """# FAQ

## Do you charge tax?

| Where we ship | Tax |
| --- | --- |
| Ontario | HST 13% |
| British Columbia | GST 5% + PST 7% |
""",
    "shipping.md": """# Shipping

## Rates

| Zone | Where | Standard | Express |
| --- | --- | --- | --- |
| Western Canada | British Columbia, Manitoba | 12.95 CAD | 21.95 CAD |
| Central Canada | Ontario, Quebec | 14.95 CAD | 24.95 CAD |
| United States | Contiguous US (lower 48 states) | 29.95 CAD | 49.95 CAD |

## Duties for US orders

US orders may be charged import duties and brokerage fees on delivery; they are not in our rates.
""",
}


@pytest.fixture(scope="module")
def coded_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("coded"), MAKER, PRODUCTS, CODED_RATES, "CAD")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much is shipping to ontario", "14.95 CAD"),
        ("shipping cost to british columbia?", "12.95 CAD"),
        # "the us" after a sending verb is the country, and "usa" is a name of it as the table's row is
        ("do you ship to the us? how much", "29.95 CAD"),
        ("ship 2 usa? cost", "29.95 CAD"),
    ],
)
def test_a_price_written_with_its_currency_code_answers_how_much(
    coded_shop: Copilot, question: str, said: str
) -> None:
    # "14.95 CAD" is a price as much as "$14.95": the rates row answers, not the tax row naming the place
    result = converse(coded_shop, question)
    assert said in result.reply and "%" not in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("how long to get something to belfast", {"belfast"}),
        ("how much to get my order to galway?", {"galway"}),
        ("how much is delivery to the highlands?", {"highland"}),
        ("can i get the red one?", set()),
    ],
)
def test_getting_something_to_a_place_is_sending_it_there(question: str, place: set[str]) -> None:
    """ "to get something to belfast" asks to have it sent there: Belfast's row of a rates table, not the
    row of a region it is also in ("UK")."""
    assert sent_to(question) == place


LARGE_ITEM_RATES = {
    "shipping.md": """# Shipping

## Rates

| Zone | Where | Standard | Standard delivery |
| --- | --- | --- | --- |
| Metro Melbourne | Melbourne and suburbs | $9.95 | 1-2 business days |
| Interstate capitals | Sydney, Canberra, Brisbane and Adelaide metro | $11.95 | 2-5 business days |

## Large items

Large items (turntables, speakers, record crates and shelves) go by courier at a flat rate per order:

| Where | Large item rate |
| --- | --- |
| Metro Melbourne | $29.95 |
| Rest of Australia | $49.95 |
""",
}


@pytest.fixture(scope="module")
def large_item_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("large"), MAKER, PRODUCTS, LARGE_ITEM_RATES, "AUD")


def test_a_thing_a_section_lists_is_sent_at_that_sections_rate(large_item_shop: Copilot) -> None:
    """A turntable is one of the large items its section lists: their rate, not the standard one."""
    result = converse(large_item_shop, "how much to ship a turntable to brisbane")
    assert "$49.95" in result.reply and "$11.95" not in result.reply, result.reply
