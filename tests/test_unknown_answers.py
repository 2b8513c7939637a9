"""Questions the data cannot answer, on a store invented here (Lumen & Loom lighting): an honest hand-over
to a person instead of a nearby passage, the product blurb or the variant list, and, measured the other
way, the questions a description or a page does answer still answered."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.small_shop import invented_shop


def _variant(vid: str, size: str, price: float, available: bool) -> dict[str, Any]:
    return {"variant_id": vid, "options": {"Size": size}, "price": price, "available": available}


PRODUCTS = [
    {
        "product_id": "L1",
        "name": "Brass Reading Lamp",
        "description": "A warm lamp for bedside reading.\nMaterial: brushed brass\nCord: 2 m fabric cord\n"
        "The weighted base weighs 2.1 kg.",
        "variants": [{"variant_id": "BRL-1", "options": {}, "price": 145.0, "available": True}],
    },
    {
        "product_id": "S1",
        "name": "Linen Lampshade",
        "description": "A drum shade in washed linen.",
        "variants": [
            _variant("LLS-S", "Small", 35.0, True),
            _variant("LLS-M", "Medium", 42.0, True),
            _variant("LLS-L", "Large", 49.0, False),
        ],
    },
    {
        "product_id": "B1",
        "name": "Glass Filament Bulb",
        "description": "A clear bulb with a warm glow.\nSuitable for covered outdoor fixtures.",
        "variants": [_variant("GFB-2", "2 pack", 12.0, False), _variant("GFB-4", "4 pack", 21.0, False)],
    },
]

PAGES = """# Shipping

We ship every order within 2 business days. Orders over $80 ship free.

# Lamp care

Dust shades with a soft dry brush. Unplug lamps before changing bulbs.
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("lumen_loom"), "Lumen & Loom", PRODUCTS, {"help.md": PAGES})


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("is the brass reading lamp ok to use in a bathroom?", ["Unplug", "warm lamp"]),
        ("what lamp base diameter does the linen lampshade in medium fit?", ["$42.00", "Medium"]),
        ("the linen lampshade in large is sold out - when are you getting more?", ["Unplug"]),
        ("the glass filament bulb is sold out, will it come back?", ["Unplug"]),
        ("is the lacquer on the brass reading lamp PFAS-free?", ["Unplug", "brushed brass"]),
        ("how much does the medium linen lampshade weigh?", ["$42.00"]),
        # a line labelled with a word of the question does not say the thing it asks for
        ("what cord gauge is the brass reading lamp?", ["2 m fabric cord"]),
        ("does the brass reading lamp come with a dimmer?", ["warm lamp", "Unplug"]),
    ],
)
def test_what_the_data_does_not_say_goes_to_a_person(
    shop: Copilot, question: str, not_said: list[str]
) -> None:
    result = shop.turn(question)
    assert result.action == "escalate" and result.handoff is not None, result.reply
    assert not any(words in result.reply for words in not_said), result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is the brass reading lamp made of?", "brushed brass"),
        ("how long does shipping take for the brass reading lamp?", "2 business days"),
        ("is the linen lampshade in medium in stock?", "in stock"),
        ("how long is the cord on the brass reading lamp?", "2 m"),
        ("how much does the brass reading lamp weigh?", "2.1 kg"),
        ("what material is the brass reading lamp?", "brushed brass"),
        ("what fabric is the cord on the brass reading lamp?", "fabric cord"),
        (
            "my old lamp arrived late, so annoying! how long does shipping take for the brass reading lamp?",
            "2 business",
        ),
        ("can I use the glass filament bulb in an outdoor fixture?", "outdoor fixtures"),
    ],
)
def test_what_a_description_or_page_says_is_still_answered(shop: Copilot, question: str, said: str) -> None:
    result = shop.turn(question)
    assert result.action == "answer" and said in result.reply, result.reply
