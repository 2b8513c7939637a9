"""Whether a product suits someone's health, on a store invented here (Brightleaf: supplements): the
product's own warning about the condition named, else the shop's page about it, else an honest "our
information doesn't say"; a doctor's word every time, and never the usage line that shares more words."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

USAGE = "Take one scoop with water 20 minutes before you train"
PRODUCTS = [
    {
        "product_id": "BLZ",
        "name": "Blaze Pre-Workout",
        "category": "Pre-Workout",
        "description": "<p>Our strongest pre-workout.</p><ul>"
        f"<li>How to take: {USAGE}.</li>"
        "<li>Warning: Not suitable for pregnant women or anyone under 18.</li></ul>",
        "variants": [_variant("BLZ-1", {"Flavour": "Lemon"}, 29.0)],
    },
    {
        "product_id": "WHY",
        "name": "Everyday Whey Protein",
        "category": "Protein",
        "description": "<p>A creamy whey concentrate.</p><ul>"
        "<li>How to take: Mix one scoop with 250 ml of milk or water after you train.</li></ul>",
        "variants": [_variant("WHY-1", {"Size": "1 kg"}, 24.0)],
    },
]
PAGES = {
    "faq.md": "# FAQ\n\n## Breastfeeding\n\nIf you are breastfeeding, ask your midwife or doctor before "
    "taking any supplement. Our protein powders are food, but pre-workouts are not for nursing mothers.\n\n"
    "## Delivery\n\nWe deliver in 2-3 working days. Take a look at the tracking link in your email.\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("brightleaf"), "Brightleaf", PRODUCTS, PAGES)


def test_the_products_own_warning_answers_not_its_usage_line(shop: Copilot) -> None:
    reply = converse(shop, "can i take the blaze pre-workout while pregnant?").reply
    assert "Not suitable for pregnant women" in reply and "doctor" in reply and USAGE not in reply, reply


def test_the_shops_page_on_the_condition_answers_when_the_product_says_nothing(shop: Copilot) -> None:
    reply = converse(shop, "im breastfeeding, is the everyday whey ok for me to take?").reply
    assert "ask your midwife or doctor" in reply and "after you train" not in reply, reply


def test_a_condition_nothing_mentions_gets_an_honest_dont_know_and_a_doctor(shop: Copilot) -> None:
    result = converse(shop, "can I take the blaze pre-workout if I have epilepsy?")
    assert "doesn't say" in result.reply and "doctor" in result.reply, result.reply
    assert USAGE not in result.reply and "pregnant" not in result.reply, result.reply
