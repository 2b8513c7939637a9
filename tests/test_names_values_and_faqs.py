"""Questions on a store invented here (Quill & Quarry: books, boxes, wax, oils, fits and a FAQ) that
turn on how a name, an option value or a page's heading is said: a name inside a longer name ("the
harbour lights box set" is the box set, not the book), "any copies of X left?", the shop's own option
name ("which subscription boxes are there?", "what dates are the classes"), a value with a bracketed
qualifier ("cheapest audiobook" of "Audiobook (Download)"), "when does the sale on X end?", a choice
its name answers ("chest zip or back zip?"), a fit written joined or inside a year range ("my 2019
f150" and "Ford F-150 2015-2024"), a FAQ answer that repeats none of its question's words ("Do you
offer layby?"), a catch-all shipping rule, and a threshold asked as "how much do I have to spend"."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Quill & Quarry"
PRODUCTS = [
    invented_product(
        "HL",
        "Harbour Lights",
        "Books",
        ["Author: Ines Calloway"],
        [
            _variant("HL-HC", {"Format": "Hardcover"}, 32.0),
            _variant("HL-PB", {"Format": "Paperback"}, 18.0),
            _variant("HL-AB", {"Format": "Audiobook (Download)"}, 21.0, tracked=False),
        ],
        MAKER,
    ),
    invented_product(
        "HL-BOX",
        "Harbour Lights Collection (3-Book Box Set)",
        "Books",
        ["Contents: the three Harbour Lights novels in paperback"],
        [_variant("HL-BOX-1", {}, 49.0, available=False, stock=0, backorder=True)],
        MAKER,
    ),
    invented_product(
        "TIDE",
        "Tidewater",
        "Books",
        ["Author: Ro Mensah"],
        [
            _variant("TIDE-PB", {"Format": "Paperback"}, 16.0),
            _variant("TIDE-AB", {"Format": "Audiobook (Download)"}, 17.5, tracked=False),
        ],
        MAKER,
    ),
    invented_product(
        "NM",
        "Night Orchard",
        "Books",
        ["Author: Tomas Vey"],
        [_variant("NM-1", {}, 22.0, available=False, stock=0)],
        MAKER,
    ),
    invented_product(
        "SUB",
        "Quill Monthly Book Subscription",
        "Subscriptions",
        ["Billing: monthly"],
        [
            _variant("SUB-LIT", {"Box": "Literary Fiction"}, 29.0),
            _variant("SUB-MYS", {"Box": "Mystery & Thriller"}, 29.0),
            _variant("SUB-YNG", {"Box": "Young Readers (Ages 8-12)"}, 24.0),
        ],
        MAKER,
    ),
    invented_product(
        "CLASS",
        "Bookbinding Basics Class",
        "Classes",
        ["Length: 3 hours"],
        [
            _variant("CL-1", {"Session": "In-Studio - Jan 30, 2027"}, 85.0),
            _variant("CL-2", {"Session": "Online - Feb 6, 2027"}, 40.0),
        ],
        MAKER,
    ),
    invented_product(
        "CANDLE",
        "Reading Nook Soy Candle",
        "Candles",
        ["Wax: soy"],
        [
            _variant(
                "CN-8",
                {"Size": "8 oz"},
                18.0,
                compare_at_price=24.0,
                sale_starts="2026-01-01T00:00:00+00:00",
                sale_ends="2099-07-31T00:00:00+00:00",
            ),
        ],
        MAKER,
    ),
    invented_product(
        "SUIT",
        "Women's Harbour Chest-Zip Steamer",
        "Wetsuits",
        ["Neoprene: 4/3 mm"],
        [_variant("SUIT-8", {"Size": "8"}, 419.0)],
        MAKER,
    ),
    invented_product(
        "INK",
        "Iron Gall Ink",
        "Inks",
        ["Pigment: iron gall, in a dropper bottle"],
        [
            _variant("INK-B-30", {"Colour": "Blue Black", "Bottle": "30 ml"}, 9.0),
            _variant("INK-B-50", {"Colour": "Blue Black", "Bottle": "50 ml"}, 14.0),
            _variant("INK-S-30", {"Colour": "Sepia", "Bottle": "30 ml"}, 9.0),
            _variant("INK-S-50", {"Colour": "Sepia", "Bottle": "50 ml"}, 14.0, available=False, stock=0),
        ],
        MAKER,
    ),
    invented_product(
        "MATS",
        "All-Weather Floor Mats",
        "Car Mats",
        ["Material: rubber"],
        [
            _variant("MAT-RAV", {"Fit": "Toyota RAV4 2019-2024", "Colour": "Black"}, 129.99),
            _variant("MAT-F150", {"Fit": "Ford F-150 2015-2024", "Colour": "Black"}, 149.99),
        ],
        MAKER,
    ),
]

PAGES = {
    "faq.md": """# Questions

## Do you offer layby?

Yes, on anything over $200 in store: pay a 20% deposit and the rest within 8 weeks.

## How often do new books arrive?

Every Thursday.
""",
    "shipping.md": """# Shipping

We ship within Canada by Canada Post for $9.95, and to the US for $14.95.

| Zone | Cost |
|---|---|
| Canada | $9.95, free on orders of $75.00 or more |
| United States | $14.95 flat (free shipping does not apply) |

## International shipping

We ship everywhere else in the world by tracked airmail for a flat $24.95 per order.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("quill"), MAKER, PRODUCTS, PAGES, currency="CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("can i still get the harbour lights box set", ["Box Set", "backorder"], ["Hardcover"]),
        ("any copies of night orchard left?", ["out of stock"], []),
        ("which subscription boxes are there?", ["Literary Fiction", "Mystery", "Young Readers"], []),
        ("what dates are the bookbinding basics classes", ["Jan 30", "Feb 6"], []),
        ("whats the cheapest audiobook u have", ["Tidewater", "17.50"], ["16.00"]),
        ("when does the sale on the reading nook candle end?", ["July 31, 2099"], []),
        ("is the womens harbour steamer chest zip or back zip?", ["chest-zip"], ["back zip"]),
        ("all weather floor mats for my 2019 f150 in black, price?", ["149.99"], ["129.99"]),
        ("do you do layby on candles", ["20%"], []),
        ("do you ship to australia?", ["24.95"], []),
        ("how much do i have to spend for free shipping", ["75.00"], []),
    ],
)
def test_a_name_a_value_or_a_heading_said_another_way(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_follow_up_that_names_a_version_with_its_option_name_is_about_that_version(shop: Copilot) -> None:
    """ "and sepia in the 50 ml bottle?" names a Bottle (and the description's "dropper bottle"), not
    asks which bottles there are."""
    reply = converse(shop, "is the blue black iron gall ink in stock", "and sepia in the 50 ml bottle?").reply
    assert "out of stock" in reply and "Sepia" in reply, reply


def test_the_shops_own_fit_is_not_redacted_as_a_phone_number(shop: Copilot) -> None:
    reply = converse(shop, "price of the all weather floor mats for a ford f-150 in black?").reply
    assert "Ford F-150 2015-2024" in reply and "[phone]" not in reply, reply
