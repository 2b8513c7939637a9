"""A product's name never decides what a message asks: "is the track floor pump in stock?" is about a
pump, not about tracking an order, whatever words the shop's product names use; "staff" in a bag's
name asks for no person, and the number in "Rangefinder Pro 800" is no order number."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.follow_ups import beside_product_names
from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.understanding import understand
from tests.small_shop import write_small_shop

PRODUCTS = [
    {
        "product_id": "P1",
        "name": "Track Floor Pump",
        "category": "Pumps",
        "description": "A steel floor pump with a gauge.",
        "variants": [{"variant_id": "TFP-1", "price": 69.0, "available": False}],
    },
    {
        "product_id": "P2",
        "name": "Order Of The Phoenix Poster",
        "category": "Posters",
        "description": "A printed poster.",
        "variants": [{"variant_id": "OPP-1", "price": 12.0, "available": True}],
    },
    {
        "product_id": "P3",
        "name": "Tour Staff Bag",
        "category": "Golf Bags",
        "description": "A cart bag with 14 dividers.",
        "variants": [{"variant_id": "TSB-1", "price": 449.0, "available": True}],
    },
    {
        "product_id": "P4",
        "name": "Rangefinder Pro 800",
        "category": "Rangefinders",
        "description": "<ul><li>Range: 5 to 800 yards</li><li>Battery: CR2</li></ul>",
        "variants": [{"variant_id": "RF-800", "price": 299.99, "available": True}],
    },
]


@pytest.fixture(scope="module")
def copilot(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root: Path = tmp_path_factory.mktemp("names")
    settings = Settings(home=root / "home")
    ingest(write_small_shop(root / "shop", products=PRODUCTS), settings)
    return Copilot(settings)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Is the track floor pump in stock", "out of stock"),
        ("how much is the track floor pump?", "$69.00"),
        ("is the order of the phoenix poster available?", "in stock"),
        ("can i still order the tour staff bag?", "in stock"),  # "staff" asks for no person
        # and the question around the names is still a comparison
        ("rangefinder pro 800 or tour staff bag, which costs more?", "Rangefinder Pro 800 is cheaper"),
    ],
)
def test_a_product_named_with_an_order_word_is_answered_as_a_product(
    copilot: Copilot, question: str, says: str
) -> None:
    result = copilot.turn(question)
    assert result.action == "answer" and says in result.reply, result.reply


@pytest.mark.parametrize(
    "question", ["can I track my order #T1001?", "I want to return the track floor pump I ordered"]
)
def test_order_questions_that_name_a_product_still_ask_for_proof(copilot: Copilot, question: str) -> None:
    result = copilot.turn(question)
    assert result.action == "ask_verification", result.reply


def test_a_number_in_a_product_name_is_no_order_number(copilot: Copilot) -> None:
    text = "is the rangefinder pro 800 waterproof?"
    assert understand(text).order_ids == ["800"]  # read alone, it looks like one
    assert beside_product_names(text, understand(text), copilot.retriever).order_ids == []
