"""Questions on a store invented here (Kestrel Appliance Parts, Hobart: parts whose "Fits:" and "Does not
fit:" lines name appliance models by their codes, door seals for two oven widths, washer tablets on a
dated sale, a technician visit sold by zone; pages with the zones and the towns each covers, postage by
state, payment and what the shop does not stock; a signed-in shopper's order). A part is asked for by the
model it goes in, named by its code ("bags for a vexa v250?", "i have a marro MF-310 fridge, what filter
fits it?"), and a part the question names is answered by its own line either way; a measure no version
comes in is said with the page's sentence on it; the shop's people go to a town ("can a tech come out to
glenorchy?"), a denial of what lies outside the zones leaves a town inside them to the zones table, and
the zone's own version of the visit carries the follow-up; a denial of a kind narrowed after it denies no
other of that kind; one product on sale says its sale's dates; a comparison's question after the names
carries no version one part names; an out-of-stock answer cites the version it speaks of; a season's
deadline answers no question that names no season; a thing asked
"instead of" another is the first; an option asked by name is the versions'; "what did order 4102 cost
me?" asks its total and "my last trade order" is the customer's own order, no wholesale inquiry."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Kestrel Appliance Parts"
EMAIL = "ines@example.org"


def _one(
    pid: str, name: str, category: str, lines: list[str], price: float, was: float | None = None
) -> dict[str, Any]:
    sale = {"compare_at_price": was} if was is not None else {}
    return invented_product(
        pid, name, category, lines, [_variant(f"{pid}-1", {}, price, True, **sale)], MAKER
    )


PRODUCTS: list[dict[str, Any]] = [
    _one("VBAG", "Vexa Vacuum Bags", "Vacuum Parts", ["Fits: Vexa V240, Vexa V250", "Pack: 5 bags"], 14.0),
    _one(
        "MFIL",
        "Marro MWF-3 Water Filter",
        "Water Filters",
        ["Fits: Marro MF-300, Marro MF-310", "Does not fit: Marro MF-500"],
        59.0,
    ),
    _one("MFIL5", "Marro MWF-5 Water Filter", "Water Filters", ["Fits: Marro MF-500"], 69.0),
    _one(
        "TBELT",
        "Tolley Dryer Belt",
        "Dryer Parts",
        ["Fits: Tolley TD4, Tolley TD5", "Does not fit: Tolley TD9 (heat pump)"],
        24.0,
    ),
    invented_product(
        "SEAL",
        "Oven Door Seal",
        "Oven Parts",
        ["Material: silicone"],
        [
            _variant("SEAL-60", {"Oven width": "60 cm"}, 29.0),
            _variant("SEAL-90", {"Oven width": "90 cm"}, 35.0),
        ],
        MAKER,
    ),
    _one(
        "TABS",
        "Washer Cleaning Tablets",
        "Cleaning",
        ["Pack: 6 tablets", "Winter sale: sale prices until 24 December 2031."],
        12.0,
        was=16.0,
    ),
    _one("MSEAL", "Marro Fridge Door Seal", "Fridge Parts", ["Fits: Marro MF-300"], 79.0),
    invented_product(
        "VHEPA",
        "Vexa HEPA Filter",
        "Vacuum Parts",
        ["Filtration: HEPA H13"],
        [
            _variant("VHEPA-G", {"Version": "Genuine"}, 49.0),
            _variant("VHEPA-C", {"Version": "Compatible"}, 19.0),
        ],
        MAKER,
    ),
    invented_product(
        "TBOOT",
        "Tolley TW9 Door Boot",
        "Washer Parts",
        ["Fits: Tolley TW9"],
        [_variant("TBOOT-1", {}, 109.0, False, backorder=True)],
        MAKER,
    ),
    invented_product(
        "VISIT",
        "Fit It For Me Technician Visit",
        "Services",
        ["Visit: up to 45 minutes"],
        [_variant("VISIT-H", {"Zone": "Hobart"}, 119.0), _variant("VISIT-L", {"Zone": "Launceston"}, 139.0)],
        MAKER,
    ),
]

PAGES = {
    "visits.md": "# Technician visits\n\nOne of our technicians comes to you and fits the part.\n\n"
    "## Zones and prices\n\n| Zone | Suburbs and towns | Visit price |\n|---|---|---|\n"
    "| Hobart | Hobart, Glenorchy, Sandy Bay, Kingston | $119.00 |\n"
    "| Launceston | Launceston, Legana, Prospect | $139.00 |\n\n"
    "We don't offer visits outside these two zones, but we post parts anywhere in Australia.\n",
    "shipping.md": "# Shipping\n\n## Postage by state\n\n| States | Standard | Express |\n|---|---|---|\n"
    "| Tasmania (TAS) | $8.95 | $13.95 |\n| Victoria (VIC) | $11.95 | $16.95 |\n\n"
    "## Services\n\n| Service | Price | Delivery time |\n|---|---|---|\n"
    "| Next day courier | $18.50 | Next business day |\n| Standard post | $8.95 | 2 to 5 business days |\n\n"
    "## Christmas 2031 deadlines\n\n| Service | Last day to order before Christmas |\n|---|---|\n"
    "| Next day courier | Monday 22 December 2031 |\n| Standard post | Thursday 18 December 2031 |\n",
    "guide.md": "# Parts guide\n\n## Oven door seals\n\nMeasure the outside width of your oven. "
    "We don't stock seals for 70 cm or 75 cm ovens; our part finding service can source one.\n",
    "faq.md": "# FAQ\n\n## Can I pay by bank deposit?\n\n"
    "Yes. Your order ships once the money clears, which takes 1 to 2 business days.\n",
}

CUSTOMERS = [
    {"customer_id": "C1", "first_name": "Ines", "last_name": "Ward", "email": EMAIL, "tags": ["trade"]},
]
ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "4102",
        "customer_id": "C1",
        "status": "fulfilled",
        "total": 73.0,
        "items": [{"name": "Vexa Vacuum Bags", "variant_id": "VBAG-1", "unit_price": 14.0, "quantity": 1}],
    }
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("kestrel")
    return invented_shop(root, MAKER, PRODUCTS, PAGES, "AUD", customers=CUSTOMERS, orders=ORDERS)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("bags for a vexa v250 vacuum?", "Vexa Vacuum Bags", "Does not fit"),
        ("i have a marro MF-310 fridge, what filter fits it?", "MWF-3", "MWF-5"),
        ("water filter for marro mf-500?", "MWF-5", "MWF-3"),
        ("which belt fits a tolley TD5 dryer?", "Fits: Tolley TD4, Tolley TD5", "Does not fit"),
        ("will the tolley dryer belt fit a TD9", "Does not fit: Tolley TD9", "Fits: Tolley TD4"),
    ],
)
def test_a_part_is_asked_for_by_the_models_code(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    assert_reply(shop, question, [said], [not_said])


def test_a_stock_question_naming_a_model_is_the_parts_stock(shop: Copilot) -> None:
    assert_reply(shop, "is the tolley dryer belt for the TD4 in stock", ["in stock", "24.00"], ["lists"])


def test_a_measure_no_version_comes_in_is_said_with_the_page(shop: Copilot) -> None:
    said = ["I can't find the Oven Door Seal in 70cm", "part finding service"]
    assert_reply(shop, "i have a 70cm oven, do you have a door seal for it?", said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("can a tech come out to glenorchy?", "Yes: Zone: Hobart", "outside"),
        ("do you send technicians to burnie?", "We don't offer visits outside", "Yes"),
        ("do you do technician visits in legana?", "Yes: Zone: Launceston", "outside"),
    ],
)
def test_the_shops_people_go_to_a_town(shop: Copilot, question: str, said: str, not_said: str) -> None:
    assert_reply(shop, question, [said], [not_said])


def test_the_zones_own_visit_carries_the_follow_up(shop: Copilot) -> None:
    reply = converse(shop, "do you do technician visits in legana?", "how much is it?")
    assert "139.00" in reply.reply and "119.00" not in reply.reply, reply.reply


def test_postage_within_a_state_is_its_row(shop: Copilot) -> None:
    assert_reply(shop, "what's postage within tasmania?", ["8.95"], ["11.95"])


def test_a_denial_narrowed_after_its_kind_denies_no_other(shop: Copilot) -> None:
    assert_reply(shop, "got any marro fridge door seals?", ["Marro Fridge Door Seal", "79.00"], ["70 cm"])


def test_one_product_on_sale_says_its_sales_dates(shop: Copilot) -> None:
    assert_reply(shop, "when does the sale on the washer tablets finish?", ["24 December 2031"])


def test_a_thing_asked_instead_of_another_is_the_first(shop: Copilot) -> None:
    assert_reply(shop, "can i pay by bank deposit instead of card?", ["1 to 2 business days"])


def test_an_option_asked_by_name_is_the_versions(shop: Copilot) -> None:
    question = "which zones can i choose for the fit it for me technician visit"
    assert_reply(shop, question, ["Hobart", "Launceston", "139.00"])


def test_what_an_order_cost_is_its_total(shop: Copilot) -> None:
    reply = Chat(shop, as_customer(EMAIL)).say("what did order 4102 cost me?")
    assert reply.action == "answer" and "73.00" in reply.reply, reply.reply


def test_my_last_trade_order_is_an_order_not_a_wholesale_inquiry(shop: Copilot) -> None:
    reply = converse(shop, "i'm ines ward, how much was my last trade order?")
    assert reply.action == "ask_verification", reply.reply


def test_a_comparisons_question_carries_no_version_a_part_names(shop: Copilot) -> None:
    question = "vexa hepa filter genuine vs compatible - how much dearer is the genuine?"
    assert_reply(shop, question, ["19.00", "49.00", "by 30.00"])


def test_an_out_of_stock_answer_cites_the_version_it_speaks_of(shop: Copilot) -> None:
    reply = converse(shop, "do you have the tolley tw9 door boot?")
    assert "out of stock" in reply.reply and any(c.id.endswith("TBOOT-1") for c in reply.citations), reply


def test_a_seasons_deadline_answers_no_question_that_names_no_season(shop: Copilot) -> None:
    assert_reply(shop, "can i get next day delivery", ["18.50"], ["Christmas"])
    assert_reply(shop, "last day to order next day courier for christmas?", ["22 December 2031"])
