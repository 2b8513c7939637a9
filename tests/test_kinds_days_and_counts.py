"""Questions on a store invented here (Oriel Kitchenworks: knives filed under "Kitchen Knives" whose names
never say "knife", and the rolls and stones for them). A product in a category step that ends with the
kind asked is of that kind: a Gyuto in "Kitchen Knives" is a knife, a Whetstone in "Knife Sharpeners"
and a Knife Roll in "Knife Storage" are not."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Oriel Kitchenworks"
PRODUCTS = [
    invented_product(
        "TAMURA",
        "Tamura Aokami Gyuto 210",
        "Kitchen > Kitchen Knives",
        ["Steel: powder stainless", "Hardness: 63-64 HRC", "Blade length: 210 mm"],
        [_variant("TAM-210", {}, 89.0)],
        MAKER,
    ),
    invented_product(
        "ORCHEF",
        "Oriel Chef's Knife 8 inch",
        "Kitchen > Kitchen Knives",
        ["Steel: X50CrMoV15", "Hardness: 58 HRC", "Blade length: 200 mm"],
        [_variant("OR-CHEF", {}, 120.0)],
        MAKER,
    ),
    invented_product(
        "ROLL",
        "Oriel Canvas Knife Roll",
        "Kitchen > Knife Storage",
        ["Slots: 6", "Material: waxed canvas"],
        [_variant("ROLL-6", {}, 40.0)],
        MAKER,
    ),
    invented_product(
        "STONE",
        "Oriel Whetstone 1000",
        "Kitchen > Knife Sharpeners",
        ["Grit: 1000", "Size: 180 x 60 x 25 mm"],
        [_variant("ST-1000", {}, 35.0)],
        MAKER,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("oriel"), MAKER, PRODUCTS)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("which of your knives has the hardest steel?", ["Tamura Aokami Gyuto 210", "63-64 HRC"], []),
        ("what's your cheapest knife?", ["Tamura Aokami Gyuto 210", "$89.00"], ["Knife Roll", "Whetstone"]),
    ],
)
def test_a_category_that_ends_with_the_kind_says_the_products_are_of_it(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)
