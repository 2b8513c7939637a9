"""Questions on a store invented here (Quenby Door Furniture, Truro: a mortise sashlock, a pocket door
latch, a bathroom fan, a deadbolt; a fit guide and a parcel page each with two tables a blank line parts;
one signed-in shopper's order). Two tables a blank line parts are two tables, and a table's row is
the one every measure the question gives agrees with ("a 1-3/8 interior door 30 inches wide"). A line
that rules out what a yes-or-no question states says no ("not for doors drilled with a 2-1/8 in cross
bore"); a line whose value names what is asked by its number says yes ("Zone 1"); a number given without
its unit is read in the unit of the line its next words name ("a 1-3/8 pocket door" and "Door thickness:
1-3/8 in only"); a line that names one word of a two-word property says nothing of it ("fire rated" and
"fire code"). A part of a signed-in shopper's order that came and a part that did not is asked of it ("my
levers came but where are the pulls?"), and an exchange asked on it by number is handed to a person."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Quenby Door Furniture"
EMAIL = "tamsin@example.org"


def _one(pid: str, name: str, category: str, lines: list[str], price: float) -> dict[str, Any]:
    return invented_product(
        pid, name, category, lines, [_variant(f"{pid}-1", {"Finish": "Satin Nickel"}, price)], MAKER
    )


PRODUCTS: list[dict[str, Any]] = [
    _one(
        "VARROW",
        "Varrow Mortise Sashlock",
        "Locks",
        [
            "Door prep: Mortise pocket; not for doors drilled with a 2-1/8 in cross bore",
            "Door thickness: 1-3/4 in to 2-1/4 in (44 to 57 mm)",
        ],
        149.0,
    ),
    _one("SLIDER", "Slider Pocket Door Latch", "Latches", ["Door thickness: 1-3/8 in (35 mm) only"], 34.0),
    _one(
        "EBBING",
        "Ebbing Bathroom Fan",
        "Fans",
        ["Zone suitability: Zone 1 (transformer outside the zones)", "Extraction rate: 90 m³/h"],
        119.0,
    ),
    _one(
        "CULVER",
        "Culver Double Cylinder Deadbolt",
        "Deadbolts",
        ["Check your local fire code first: a double cylinder deadbolt needs a key to get out", "Bolt: 1 in"],
        69.0,
    ),
    _one("TAMAR", "Tamar Lever Set", "Levers", ["Lever length: 5 in"], 45.0),
    _one("RYLE", "Ryle Bar Pull", "Pulls", ["Centre-to-centre: 128 mm"], 12.0),
]

PAGES = {
    # two tables a blank line parts, in Markdown and in a saved page: each read with its own header
    "fit.md": "# Fit guide\n\n## Hinge sizes\n\n| Door thickness | Door width | Hinge size |\n|---|---|---|\n"
    "| 1-3/8 in | Up to 32 in | 3-1/2 in |\n| 1-3/8 in | 33 to 36 in | 4 in |\n"
    "| 1-3/4 in | Up to 36 in (interior) | 4 in |\n| 1-3/4 in | Exterior doors, 37 to 48 in | 4-1/2 in |\n\n"
    "| Door height | Hinges per door |\n|---|---|\n| Up to 60 in | 2 |\n| 60 to 90 in | 3 |\n",
    "weights.html": "<html><body><main><h1>Parcel weights</h1><table><tr><th>Parcel</th><th>Weight</th></tr>"
    "<tr><td>Small</td><td>Up to 2 kg</td></tr><tr><td>Large</td><td>2 to 10 kg</td></tr></table>"
    "<table><tr><th>Box</th><th>Length</th></tr><tr><td>Slim</td><td>Up to 40 cm</td></tr>"
    "<tr><td>Long</td><td>40 to 120 cm</td></tr></table></main></body></html>",
}

CUSTOMERS = [{"customer_id": "C1", "first_name": "Tamsin", "last_name": "Pell", "email": EMAIL}]
ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "3001",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "partially_fulfilled",
        "total": 114.0,
        "items": [
            {
                "name": "Tamar Lever Set - Satin Nickel",
                "variant_id": "TAMAR-1",
                "unit_price": 45.0,
                "quantity": 2,
            },
            {
                "name": "Ryle Bar Pull - Satin Nickel",
                "variant_id": "RYLE-1",
                "unit_price": 12.0,
                "quantity": 2,
            },
        ],
        "shipments": [{"carrier": "Canada Post", "variant_ids": ["TAMAR-1"], "shipped_at": "2026-11-30"}],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("quenby")
    return invented_shop(root, MAKER, PRODUCTS, PAGES, "CAD", customers=CUSTOMERS, orders=ORDERS)


def test_a_line_that_rules_out_what_is_stated_says_no(shop: Copilot) -> None:
    question = "my front door is drilled with a 2-1/8 hole, will the varrow sashlock fit?"
    assert_reply(shop, question, ["No.", "not for doors drilled"])


def test_a_line_ruling_out_something_else_says_no_verdict(shop: Copilot) -> None:
    assert_reply(shop, "will the varrow sashlock fit my front door?", [], ["No."])


def test_a_line_naming_what_is_asked_by_its_number_says_yes(shop: Copilot) -> None:
    assert_reply(shop, "can the ebbing fan go in zone 1 above the bath?", ["Yes.", "Zone 1"])


@pytest.mark.parametrize(
    ("door", "said"),
    [
        ("i have a 1-3/8 pocket door, will the slider latch fit?", "yes"),
        ("will the slider latch fit a 1-3/4 door", "no"),
    ],
)
def test_a_number_without_its_unit_is_read_in_the_lines_unit(shop: Copilot, door: str, said: str) -> None:
    assert_reply(shop, door, [f"{said}, it is", "1-3/"])


def test_a_line_naming_one_word_of_a_property_says_nothing_of_it(shop: Copilot) -> None:
    reply = converse(shop, "is the culver deadbolt fire rated?")
    assert "doesn't say" in reply.reply and "fire code" not in reply.reply, reply.reply


def test_a_part_that_came_and_a_part_that_did_not_ask_after_the_order(shop: Copilot) -> None:
    reply = Chat(shop, as_customer(EMAIL)).say("my tamar levers came but where are the ryle pulls?")
    assert reply.action == "answer" and "3001" in reply.reply and "Ryle" in reply.reply, reply.reply


def test_an_exchange_asked_on_an_own_order_by_its_number_goes_to_a_person(shop: Copilot) -> None:
    reply = Chat(shop, as_customer(EMAIL)).say("can i swap the tamar levers on 3001 for matte black?")
    assert reply.action == "escalate", reply.reply


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what size hinges for a 1-3/8 interior door 30 inches wide", "3-1/2 in", "Hinges per door"),
        ("what size hinges for a 1-3/4 door 30 inches wide", "Hinge size: 4 in", "3-1/2"),
        ("how many hinges for an 84 inch tall door", "3", "Hinge size"),
    ],
)
def test_a_row_is_read_by_every_measure_the_question_gives(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    assert_reply(shop, question, [said], [not_said])


def test_two_tables_of_a_saved_page_are_read_apart(shop: Copilot) -> None:
    assert_reply(shop, "which box for a parcel 60 cm long", ["Long"], ["Weight"])
