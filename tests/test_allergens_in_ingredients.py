"""An allergy asked of a product that lists its ingredients and labels no allergens: the ingredient of the
family asked is named as the list writes it ("nut oils" and "Prunus Amygdalus Dulcis (Sweet Almond)
Oil"); plant butters are no dairy; and a list without one is never called safe."""

from __future__ import annotations

import pytest

from copilot.drafting.allergens import AllergenExample, allergens, ingredient_of_family_asked
from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant


@pytest.mark.parametrize("example", allergens().examples, ids=lambda e: e.question)
def test_allergen_examples(example: AllergenExample) -> None:
    """allergens.yaml's examples: the ingredient each question's family finds in the list, or none."""
    found = ingredient_of_family_asked(example.question, example.ingredients)
    assert (found[0] if found else "") == example.found


SHOP = "Fernbank Apothecary"

PRODUCTS = [
    {
        "product_id": "LOTION",
        "name": "Fernbank Body Lotion",
        "category": "Body",
        "description": "<p>A light daily lotion.</p><p>Ingredients: Aqua (Water), Glycerin, Prunus Amygdalus "
        "Dulcis (Sweet Almond) Oil, Butyrospermum Parkii (Shea) Butter, Tocopherol.</p>",
        "variants": [_variant("LOT-200", {"Size": "200 ml"}, 24.00)],
    },
    {
        "product_id": "BALM",
        "name": "Fernbank Lip Balm",
        "category": "Lips",
        "description": "<p>A beeswax lip balm.</p><p>Ingredients: Cera Alba (Beeswax), "
        "Theobroma Cacao (Cocoa) Seed Butter, Ricinus Communis (Castor) Seed Oil.</p>",
        "variants": [_variant("BALM-1", {"Flavour": "Plain"}, 6.00)],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("fernbank"), SHOP, PRODUCTS, {}, "GBP")


def test_an_allergen_in_the_ingredients_is_named(shop: Copilot) -> None:
    assert_reply(
        shop,
        "does the fernbank body lotion have any nut oils in it? my son has a nut allergy",
        ["Sweet Almond", "tree nut"],
    )


def test_no_allergen_listed_is_not_called_safe(shop: Copilot) -> None:
    """Cocoa butter is no dairy, and a list without dairy is still left to a person."""
    assert_reply(
        shop,
        "does the fernbank lip balm have any dairy in it? i have a milk allergy",
        ["doesn't say", "member of our team"],
        ["Cocoa", "dairy-free"],
    )
