"""A page that lists what the shop does not sell after one denial (Saltbush Pools, a store invented here:
"We don't sell:" and a list; spa chemicals in a category named "Spa & Hot Tub"): "do you sell hot tubs?"
is answered by the item that names them, said as its own denial, not with the spa chemicals nor with
another item that shares a word ("pool fencing" for "above ground pools"). A denial of doing something to
everything the shop sells ("we don't rent or hire equipment", an FAQ "Do you sell used equipment?" answered
"No") answers that asked of one thing ("can i rent a pool vacuum?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Saltbush Pools"
PRODUCTS = [
    invented_product(
        "SPA-BR",
        "Spa Bromine Tablets",
        "Spa & Hot Tub",
        ["Dose: 1 tablet per 400 L"],
        [_variant("BR-1", {}, 44.95)],
        SHOP,
    ),
    invented_product(
        "SALT", "Pool Salt 20 kg", "Chemicals", ["Bag: 20 kg"], [_variant("PS-20", {}, 16.95)], SHOP
    ),
    invented_product(
        "VAC", "Pool Vacuum Head", "Cleaning", ["Width: 35 cm"], [_variant("PV-35", {}, 59.0)], SHOP
    ),
]
PAGES = {
    "faq.md": """# FAQ

## What don't you sell?

We're a pool and spa supplies shop. We don't sell:

- above-ground pools
- spas and hot tubs themselves (we sell the chemicals and covers for them)
- pool fencing, gates or glass panels

## Can I hire equipment?

Sorry, we don't rent or hire equipment. Our pool service team can clean your pool for you.

## Do you sell used equipment?

No. Everything we sell is new, and we don't buy used equipment either.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("saltbush"), SHOP, PRODUCTS, PAGES, "AUD")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do you sell hot tubs?", "We don't sell spas and hot tubs themselves"),
        ("can i buy a hot tub from you", "We don't sell spas and hot tubs themselves"),
        ("do you sell above ground pools", "We don't sell above-ground pools."),
        ("do you guys do pool fencing", "We don't sell pool fencing, gates or glass panels."),
    ],
)
def test_the_listed_item_that_names_the_thing_is_the_denial(shop: Copilot, question: str, said: str) -> None:
    result = converse(shop, question)
    assert said in result.reply and "Bromine" not in result.reply, result.reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("can i rent a pool vacuum for the weekend?", "we don't rent or hire equipment"),
        ("do you sell used pool vacuums? want a cheap one", "Everything we sell is new"),
        ("will you buy my old pool vacuum off me", "we don't buy used equipment"),
    ],
)
def test_a_denial_of_everything_covers_one_thing(shop: Copilot, question: str, said: str) -> None:
    result = converse(shop, question)
    assert said in result.reply and "59.00" not in result.reply, result.reply


def test_a_thing_sold_is_not_denied_by_what_is_said_of_everything(shop: Copilot) -> None:
    result = converse(shop, "do you sell pool vacuums?")
    assert "Pool Vacuum Head" in result.reply and "used" not in result.reply, result.reply


def test_what_the_shop_sells_is_still_listed(shop: Copilot) -> None:
    result = converse(shop, "do you sell pool salt?")
    assert "Pool Salt 20 kg" in result.reply and "don't sell" not in result.reply, result.reply


def test_a_second_denial_in_one_sentence_counts_too(tmp_path: Path) -> None:
    """ "We don't sell above-ground pools or pool fencing, and we don't hire out gear.": the second
    denial answers "can i hire a pool vacuum?", though the first is of selling."""
    pages = {
        "faq.md": "# FAQ\n\n## Is there anything you don't sell?\n\n"
        "We don't sell above-ground pools or pool fencing, and we don't hire out gear.\n"
    }
    # a line of the vacuum's that shares the question's "weekend" must not answer it instead
    vacuum = invented_product(
        "VAC",
        "Pool Vacuum Head",
        "Cleaning",
        ["Best for: a quick clean before the weekend"],
        [_variant("PV-35", {}, 59.0)],
        SHOP,
    )
    shop = invented_shop(tmp_path, SHOP, [*PRODUCTS[:-1], vacuum], pages, "AUD")
    for question in ("can i hire a pool vacuum for the weekend?", "can i rent a pool vacuum?"):
        result = converse(shop, question)
        assert "we don't hire out gear" in result.reply and "59.00" not in result.reply, result.reply
