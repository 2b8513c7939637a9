"""An FAQ heading that asks in other words than the shopper (Brindle Hobbies, a store invented here: "Do
you take trade-ins?" beside "What payment methods do you accept?"): "do you take amex?" is the payment
question, whose answer names the card, not the trade-in one that shares only "take"."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Brindle Hobbies"
PAGES = {
    "faq.md": """# FAQ

## Do you take trade-ins?

Yes: we take used kits and radios in trade for store credit (not cash).

## What payment methods do you accept?

We accept Visa, Mastercard, American Express, PayPal and Interac e-Transfer.
"""
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product("K1", "Crawler Kit", "Kits", ["Scale: 1/10"], [_variant("CK-1", {}, 349.0)], SHOP)
    ]
    return invented_shop(tmp_path_factory.mktemp("brindle"), SHOP, products, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("do you take amex", "American Express", "trade"),
        ("do you accept paypal?", "PayPal", "trade"),
        ("do you take trade ins?", "store credit", "Visa"),
    ],
)
def test_the_heading_that_asks_it_in_other_words_answers(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    result = converse(shop, question)
    assert said in result.reply and not_said not in result.reply, result.reply
