"""Questions on a store invented here (Halide Row Cameras): a model's code in a product's name ("a z90
in good nick") is that product, never an order number, and names it over a product that only shares
the question's other words; a kind named in the plural by some names ("Lenses") and the singular by
others is one kind; "does it come with a lens?" is answered by the line listing what is in the box;
a lens's feature the data does not hold is said not to be known, not declined as off-topic. On its
pages, a zone's row answers the shipping to a country it names beside another, and a number written
in short international groups is the number to call."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from tests.chat import Chat
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "C1",
        "name": "Pentacon Z90 Rangefinder (Used)",
        "category": "Film Cameras",
        "description": "<p>A quiet rangefinder.</p><p><strong>Lens mount:</strong> M39</p>"
        "<p><strong>In the box:</strong> body and body cap; body only, no lens</p>",
        "variants": [
            _variant("Z90-EXC", {"Condition": "Excellent"}, 420.0),
            _variant("Z90-GD", {"Condition": "Good"}, 365.0),
        ],
    },
    {
        "product_id": "C2",
        "name": "Orbis Q7 Half Frame Compact Camera",
        "category": "Film Cameras",
        "description": "A pocket point-and-shoot with a sharp 35mm lens.",
        "variants": [
            _variant("Q7-BLK", {"Colour": "Black"}, 89.0),
            _variant("Q7-TEA", {"Colour": "Teal"}, 92.0),
        ],
    },
    {
        "product_id": "F1",
        "name": "Orbis Colour Film",
        "category": "Film",
        "description": "Everyday colour negative film, 36 exposures.",
        "variants": [
            _variant("O200-1", {"Pack": "Single roll"}, 9.5),
            _variant("O200-3", {"Pack": "3 rolls"}, 26.0),
        ],
    },
    {
        "product_id": "L1",
        "name": "Vega 58mm f/2 Lens (Used)",
        "category": "Lenses",
        "description": "Soft, swirling backgrounds wide open.",
        "variants": [_variant("VEGA-M42", {"Mount": "M42"}, 40.0)],
    },
    {
        "product_id": "L2",
        "name": "Norte 35mm f/2 Manual Lens",
        "category": "Lenses",
        "description": "A compact manual focus lens.",
        "variants": [_variant("NORTE-M", {"Mount": "Leica M"}, 70.0)],
    },
    {
        "product_id": "K1",
        "name": "Atelier X3 Studio Camera Kit (Used)",
        "category": "Film Cameras",
        "description": "<p>The studio workhorse.</p><p><strong>Kit:</strong> X3 body, 90mm lens, film back "
        "and waist-level finder</p><p><strong>Weight:</strong> 2.4 kg</p>",
        "variants": [_variant("X3-EXC", {"Condition": "Excellent"}, 950.0)],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("cameras"), "Halide Row Cameras", PRODUCTS, currency="GBP")


def test_a_models_code_names_the_product_and_is_no_order_number(shop: Copilot) -> None:
    chat = Chat(shop)
    priced = chat.say("how much is a z90 in good nick?")
    assert priced.action == "answer" and "365.00" in priced.reply, priced.reply
    after = chat.say("does the orbis q7 have weather sealing?")  # the model's code is no pending order
    assert after.action != "ask_verification" and "proof_failed" not in after.flags, after.reply
    assert "doesn't say" in after.reply and "only help with" not in after.reply, after.reply


def test_a_models_code_names_it_over_a_product_sharing_the_questions_other_words(shop: Copilot) -> None:
    reply = Chat(shop).say("what colours does the Orbis Q7 come in?").reply
    assert "Black" in reply and "Teal" in reply and "Colour Film" not in reply, reply


def test_a_kind_is_one_kind_in_the_singular_and_the_plural(shop: Copilot) -> None:
    reply = Chat(shop).say("cheapest lens you've got?").reply
    assert "Vega" in reply and "40.00" in reply, reply


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the Pentacon Z90 come with a lens?", "body only"),
        ("what comes with the Atelier X3 kit?", "90mm lens"),
    ],
)
def test_what_comes_with_a_product_is_its_box_line(shop: Copilot, question: str, expected: str) -> None:
    reply = Chat(shop).say(question).reply
    assert expected in reply and "Lens mount" not in reply, reply


def test_the_scan_options_are_listed_when_asked_what_is_offered(tmp_path: Path) -> None:
    lab = invented_shop(
        tmp_path,
        "Halide Row Lab",
        [
            {
                "product_id": "S1",
                "name": "Film Developing & Scanning (120)",
                "category": "Lab Services",
                "description": "Per roll of 120 film.",
                "variants": [
                    _variant("LAB-DEV", {"Scan": "Develop only"}, 10.0),
                    _variant("LAB-STD", {"Scan": "Standard scan (3000 x 3000 px)"}, 15.0),
                ],
            }
        ],
        currency="GBP",
    )
    reply = Chat(lab).say("what scan resolutions do you offer with 120 developing?").reply
    assert "Develop only" in reply and "Standard scan" in reply, reply


PAGES = {
    "delivery.md": "# Delivery\n\n## Rates\n\n| Zone | Parcels | Delivery | Delivery time |\n"
    "|---|---|---|---|\n| Austria | Yes | €5.50 | next working day |\n"
    "| Czechia & Slovakia | Yes | €9.90 | 2 working days |\n"
    "| Rest of the EU | No | €17.50 | 3-5 working days |\n\n## Express\n\nExpress delivery costs €12.00 on "
    "top of the normal delivery rate in Vienna.\n\n## Same day\n\nSame-day couriers don't carry a tracking "
    "number. We text you a photo when the parcel is handed over.\n",
    "contact.md": "# Contact\n\n## Get in touch\n\n- Phone: +43 1 512 44 90 (weekdays)\n- Post: Halide Row, "
    "Vienna\n",
}


@pytest.fixture(scope="module")
def pages_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("pages")
    return invented_shop(root, "Halide Row Vienna", PRODUCTS[:1], pages=PAGES, currency="EUR")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the row whose zone the question names, though the zone has a second country in it, and the
        # page calls shipping "delivery"
        ("how much is shipping to slovakia?", "€9.90"),
        # an international number written in short groups is a number to call
        ("what's your phone number?", "+43 1 512 44 90"),
    ],
)
def test_a_pages_row_or_number_answers(pages_shop: Copilot, question: str, expected: str) -> None:
    reply = Chat(pages_shop).say(question).reply
    assert expected in reply, reply
