"""Questions on a store invented here (Harrowby Watch Co., Whitby: a field watch with a warranty line, a
glass set; a warranty page with what it covers and what it does not, and a care page on the same
things). Whether a warranty covers what happened ("i forgot to screw the crown down, is that covered?",
"does fitting a strap myself void the warranty?") is answered by what the warranty says it covers or
not, not by the care advice that shares the question's words, nor by the product's warranty term. A
question of the shop's terms on a product that its line found says nothing of ("a refund on the
movement service fee?" and "Fee: £120.00 for any watch") is answered by the page on them that names
it."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Harrowby Watch Co."

PRODUCTS: list[dict[str, Any]] = [
    invented_product(
        "MERROW",
        "Merrow Field Watch",
        "Watches",
        ["Warranty: 2 years", "Water resistance: 100 m with the crown screwed down"],
        [_variant("MERROW-1", {"Strap": "Canvas"}, 249.0)],
        MAKER,
    ),
    invented_product(
        "SERVICE",
        "Movement Service",
        "Services",
        ["Fee: £120.00 for any watch"],
        [_variant("SERVICE-1", {}, 120.0)],
        MAKER,
    ),
    invented_product(
        "TOLVEN",
        "Tolven Tumbler Set",
        "Glassware",
        ["Material: crystal glass", "Pieces: 4"],
        [_variant("TOLVEN-1", {"Size": "300 ml"}, 48.0)],
        MAKER,
    ),
]

PAGES = {
    "warranty.md": "# Warranty\n\n## What the warranty covers\n\nEvery watch comes with a 2-year warranty "
    "on faults in the movement and in the way it was made.\n\n## What the warranty does not cover\n\n"
    "- Water damage when the crown was not screwed down\n- Glassware broken by drops or knocks\n"
    "- Batteries\n\n## Straps\n\nStraps must be changed by our workshop: a strap fitted at home voids the "
    "warranty on the case.\n",
    "services.md": "# Services\n\n## Movement service\n\nThe movement service fee is £120: if you decline "
    "our quote, we keep £20 for the inspection and give you back the rest.\n",
    "care.md": "# Care\n\n## Water\n\nAlways screw the crown down before your watch goes near water.\n\n"
    "## Glassware\n\nCrystal glass breaks easily when dropped: hold the tumblers by the base.\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("harrowby"), MAKER, PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        (
            "water got into my watch because i forgot to screw the crown down. is that covered?",
            "crown was not screwed down",
            "Always screw",
        ),
        (
            "i dropped one of my tumblers and it broke, is that covered?",
            "broken by drops",
            "hold the tumblers",
        ),
    ],
)
def test_coverage_is_answered_by_what_the_warranty_says(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    assert_reply(shop, question, [said], [not_said])


def test_coverage_of_a_named_product_is_the_pages_not_its_term(shop: Copilot) -> None:
    question = "if i fit a new strap on the merrow field watch myself does it void the warranty?"
    assert_reply(shop, question, ["voids the warranty"], ["Warranty: 2 years"])


def test_the_warranty_term_is_still_the_products_own_line(shop: Copilot) -> None:
    assert_reply(shop, "how long is the warranty on the merrow field watch?", ["2 years"])


def test_terms_asked_of_a_product_are_the_pages_when_its_line_says_nothing_of_them(shop: Copilot) -> None:
    question = "is there a refund on the movement service fee?"
    assert_reply(shop, question, ["give you back the rest"], ["Fee: £120.00 for any watch"])
    assert_reply(shop, "how much is the movement service?", ["120.00"])
