"""Questions on a store invented here (Wrenfold Home, Leeds: mattresses by size, beds with their
under-bed clearance and weight capacity, drawers that need clearance, taps in finishes, a tray in many
sizes, a towel rail by heating type, a gift card whose one option Shopify calls "Title", spare parts in a
fits / does-not-fit table, orders that shipped). A size said whole ("california king", "cal king") names
that version, not the King inside it; a size of many products ("how wide is a queen mattress?") names no
one product and is the size guide's row; a need of one product met by another's line ("at least 6.5 in of
clearance" and "Under-bed clearance: 7 in"); what a bed weighs is not what it carries; an option listing
cites every version whose price it quotes; a follow-up goes on from the version asked; a fit column that
names the other product answers "will A fit B?"; an order's shipping day is said in words."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Wrenfold Home"
SIZES = {"Twin": 0.0, "Queen": 200.0, "King": 400.0, "California King": 400.0}


def _mattress(pid: str, name: str, height: str, warranty: str, price: float) -> dict[str, object]:
    variants = [
        _variant(f"{pid}-{''.join(w[0] for w in size.split())}", {"Size": size}, price + more)
        for size, more in SIZES.items()
    ]
    return invented_product(
        pid, name, "Mattresses", [f"Height: {height}", f"Warranty: {warranty}"], variants, MAKER
    )


CK_BACKORDER = _variant(
    "FERN-CK",
    {"Size": "California King"},
    1099.0,
    available=False,
    backorder=True,
    note="Back-ordered: next shipment due 12 January 2027.",
)
FERN = {
    **_mattress("FERN", "Fernbrook Foam Mattress", "11 in", "10 years", 699.0),
    "variants": [
        *(_variant(f"FERN-{s[0]}", {"Size": s}, 699.0 + SIZES[s]) for s in ("Twin", "Queen", "King")),
        CK_BACKORDER,
    ],
}

PRODUCTS: list[dict[str, Any]] = [
    FERN,
    _mattress("LARCH", "Larchmere Hybrid Mattress", "14 in", "15 years", 999.0),
    _mattress("CLOVE", "Cloverly Latex Mattress", "10 in", "20 years", 1299.0),
    invented_product(
        "OSIER",
        "Osier Upholstered Bed",
        "Beds",
        ["Under-bed clearance: 7 in", "Weight capacity: 600 lb", "Material: Linen-look polyester"],
        [_variant("OSIER-Q", {"Size": "Queen"}, 749.0)],
        MAKER,
    ),
    invented_product(
        "DRAWERS",
        "Rolling Under-Bed Drawers (Pair)",
        "Storage",
        ["Fits: Beds with at least 6.5 in of under-bed clearance", "Height: 6 in"],
        [_variant("DRAW-2", {"Colour": "Grey"}, 59.0)],
        MAKER,
    ),
    invented_product(
        "BECK",
        "Beck Basin Mixer Tap",
        "Taps",
        ["Minimum water pressure: 0.2 bar"],
        [
            _variant("BECK-CH", {"Finish": "Chrome"}, 89.0),
            _variant("BECK-MB", {"Finish": "Matt Black"}, 109.0, available=False),
            _variant("BECK-BB", {"Finish": "Brushed Brass"}, 119.0),
        ],
        MAKER,
    ),
    invented_product(
        "TRAY",
        "Slate Shower Tray",
        "Shower Trays",
        ["Material: Stone resin"],
        [
            _variant(f"TRAY-{size}-{colour[0]}", {"Size": f"{size} mm", "Colour": colour}, price + extra)
            for size, price in (
                ("800 x 800", 159.0),
                ("900 x 900", 179.0),
                ("1000 x 800", 189.0),
                ("1200 x 800", 219.0),
                ("1400 x 900", 279.0),
                ("1600 x 900", 329.0),
            )
            for colour, extra in (("White", 0.0), ("Grey", 10.0), ("Anthracite", 20.0))
        ],
        MAKER,
    ),
    invented_product(
        "RAIL",
        "Nidd Heated Towel Rail",
        "Heated Towel Rails",
        ["Heat output: 410 W"],
        [
            _variant("RAIL-CH", {"Heating": "Central Heating"}, 119.0),
            _variant("RAIL-DF", {"Heating": "Dual Fuel"}, 179.0),
        ],
        MAKER,
    ),
    invented_product(
        "BEDALE",
        "Bedale Curved Towel Rail",
        "Heated Towel Rails",
        ["Heat output: 620 W", "Height: 1200 mm"],
        [_variant("BED-CH", {"Finish": "Chrome"}, 149.0)],
        MAKER,
    ),
    invented_product(
        "VALVE",
        "Nidd Radiator Valves",
        "Plumbing",
        ["Connection: 15 mm"],
        [_variant("VALVE-1", {"Finish": "Chrome"}, 24.0)],
        MAKER,
    ),
    invented_product(
        "GIFT",
        "Wrenfold Gift Card",
        "Gift Cards",
        ["Delivery: By email"],
        [_variant(f"GC-{n}", {"Title": f"£{n}.00"}, float(n)) for n in (25, 50, 100)],
        MAKER,
    ),
    invented_product(
        "CART",
        "Aire Thermostatic Cartridge",
        "Spare Parts",
        ["Material: Brass"],
        [_variant("CART-1", {"Size": "Standard"}, 45.0)],
        MAKER,
    ),
    invented_product(
        "WASHER",
        "Swale Tap Washer Kit",
        "Spare Parts",
        ["Fits: Swale Bath Taps", "Does not fit: Beck Basin Mixer Tap"],
        [_variant("WASH-1", {"Size": "Standard"}, 6.0)],
        MAKER,
    ),
    invented_product(
        "SHOWER",
        "Esk Low Pressure Shower Kit",
        "Showers",
        ["Minimum water pressure: 0.1 bar"],
        [_variant("ESK-1", {"Finish": "Chrome"}, 199.0)],
        MAKER,
    ),
]

PAGES = {
    "install.md": "# Installation\n\n## Areas we cover\n\n"
    "| Postcode area | Towns | Survey visit |\n|---|---|---|\n"
    "| HG | Harrogate, Ripon | Free |\n| LS | Leeds, Wetherby | £60.00 |\n| YO | York, Selby | £75.00 |\n\n"
    "We don't install outside these postcode areas.\n",
    "sizes.md": "# Size guide\n\n| Size | Width | Length |\n|---|---|---|\n| Twin | 38 in | 75 in |\n"
    "| Twin XL | 38 in | 80 in |\n| Queen | 60 in | 80 in |\n| King | 76 in | 80 in |\n"
    "| California King | 72 in | 84 in |\n",
    "parts.md": "# Spare parts\n\nSpare parts fit only the ranges named below.\n\n"
    "| Spare part | Fits | Does not fit |\n|---|---|---|\n"
    "| Aire Thermostatic Cartridge | Aire Bar Shower Valve, Aire Concealed Valve "
    "| Esk Low Pressure Shower Kit |\n",
}

CUSTOMERS = [{"customer_id": "C1", "first_name": "Isla", "last_name": "Brant", "email": "isla@example.org"}]
ORDERS = [
    {
        "order_id": "8101",
        "customer_id": "C1",
        "status": "fulfilled",
        "fulfillment_status": "fulfilled",
        "total": 699.0,
        "items": [
            {
                "name": "Fernbrook Foam Mattress - Twin",
                "variant_id": "FERN-T",
                "unit_price": 699.0,
                "quantity": 1,
            }
        ],
        "shipments": [{"carrier": "DPD", "tracking_numbers": ["DPD55501"], "shipped_at": "2026-11-20"}],
    }
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("wrenfold")
    return invented_shop(root, MAKER, PRODUCTS, PAGES, "GBP", customers=CUSTOMERS, orders=ORDERS)


@pytest.mark.parametrize("size", ["california king", "cal king"])
def test_a_size_said_whole_names_that_version_not_the_one_inside_it(shop: Copilot, size: str) -> None:
    said = ["California King", "backorder", "12 January 2027"]
    assert_reply(shop, f"is the fernbrook mattress in {size} in stock?", said, ["(Size King)"])


def test_a_size_of_many_products_is_the_size_guides_row(shop: Copilot) -> None:
    assert_reply(shop, "how wide is a queen mattress", ["60 in"], ["£"])
    assert_reply(shop, "whats a twin xl", ["80 in"], ["75 in"])
    assert_reply(shop, "whats the difference between a king and a california king", ["76 in", "72 in"])


def test_thicker_is_read_on_the_height_when_no_line_says_a_thickness(shop: Copilot) -> None:
    assert_reply(shop, "is the larchmere thicker than the fernbrook?", ["14 in", "11 in"])


def test_a_need_of_one_product_is_held_against_the_others_line(shop: Copilot) -> None:
    said = ["at least 6.5 in", "7 in", "that is enough"]
    assert_reply(shop, "will the rolling under bed drawers fit under the osier bed?", said)


def test_what_a_bed_weighs_is_not_what_it_carries(shop: Copilot) -> None:
    reply = converse(shop, "how heavy is the osier upholstered bed? i live on the 4th floor")
    assert "600 lb" not in reply.reply and reply.action == "escalate", reply.reply
    assert_reply(shop, "how much clearance is under the osier bed", ["7 in"], ["749"])
    weighed = converse(shop, "is the osier bed ok for 700 lbs total?")
    assert weighed.action == "answer" and "600 lb" in weighed.reply, weighed.reply


def test_two_products_named_after_what_is_compared_are_compared(shop: Copilot) -> None:
    assert_reply(shop, "longer warranty - larchmere or fernbrook?", ["15 years", "10 years"])


def test_an_option_listing_cites_every_price_it_quotes(shop: Copilot) -> None:
    said = ["800 x 800 mm", "1600 x 900 mm (from £329.00)"]
    assert_reply(shop, "what sizes does the slate shower tray come in?", said)


def test_an_option_the_product_name_also_says_and_shopifys_title_option(shop: Copilot) -> None:
    assert_reply(
        shop, "nidd heated towel rail - what heating types are there?", ["Central Heating", "Dual Fuel"]
    )
    assert_reply(shop, "what values do your gift cards come in?", ["£25.00", "£100.00"], ["Valves"])


def test_a_follow_up_goes_on_from_the_version_asked(shop: Copilot) -> None:
    reply = converse(shop, "does the beck basin tap come in matt black?", "is it in stock?")
    assert "Matt Black" in reply.reply and "out of stock" in reply.reply, reply.reply


def test_a_fit_column_that_names_the_other_product_answers(shop: Copilot) -> None:
    question = "will the aire thermostatic cartridge fit my esk low pressure shower?"
    assert_reply(shop, question, ["Does not fit: Esk Low Pressure Shower Kit"])


def test_an_orders_shipping_day_is_said_in_words(shop: Copilot) -> None:
    result = Chat(shop, as_customer("isla@example.org")).say("when did my mattress ship and with who?")
    assert "DPD" in result.reply and "November 20, 2026" in result.reply, result.reply


def test_a_superlative_of_a_kind_one_name_says_weighs_every_product_of_it(shop: Copilot) -> None:
    assert_reply(
        shop, "which is your most powerful heated towel rail?", ["Bedale", "620 W"], ["most powerful heated,"]
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("beck basin tap or esk shower kit - which one works on lower pressure?", ["0.2 bar", "0.1 bar"]),
        ("nidd heated towel rail or bedale curved rail, which gives out more heat?", ["410 W", "620 W"]),
    ],
)
def test_a_comparison_is_read_on_the_line_the_question_names(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said)


def test_the_row_that_names_a_town_in_any_column_answers_and_a_town_none_names_gets_the_rest(
    shop: Copilot,
) -> None:
    assert_reply(shop, "can you install in york?", ["York", "£75.00"], ["Harrogate"])
    assert_reply(shop, "can you install in manchester?", ["Harrogate", "York", "outside these"])
    assert_reply(shop, "do you install bathrooms in leeds? LS8", ["Leeds, Wetherby", "£60.00"], ["York"])


def test_a_line_that_says_what_a_part_does_not_fit_is_a_no(shop: Copilot) -> None:
    reply = converse(shop, "can i use the swale tap washer kit in the beck basin mixer tap?").reply
    assert "won't fit" in reply and "it fits" not in reply, reply
