"""Versions named the way shoppers name them, on an invented tea and candle shop (Chashitsu & Co.). "the
big size" or "the large size" of a product whose sizes are called Petite and Grande is its biggest size,
not both with their prices; "biggest tin of uji?" too. A value named by the words only it has among its
option's values ("ceremonial" of "Ceremonial Grade" beside "Culinary Grade") picks those versions for
"cheapest ...?". And "how much is it?" after a question answered from one version's own line ("what's
in the three tin sampler?") is that version's price, not the range of every version."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Chashitsu & Co."
PRODUCTS = [
    invented_product(
        "PILLAR",
        "Beeswax Pillar Candle",
        "Candles",
        ["Burn time: up to 40 hours (Petite), 120 hours (Grande)"],
        [
            _variant("PC-HP", {"Scent": "Honey", "Size": "Petite (180 g)"}, 24.0),
            _variant("PC-HG", {"Scent": "Honey", "Size": "Grande (540 g)"}, 56.0),
            _variant("PC-LP", {"Scent": "Lavender & Fir", "Size": "Petite (180 g)"}, 26.0),
            _variant("PC-LG", {"Scent": "Lavender & Fir", "Size": "Grande (540 g)"}, 59.0),
        ],
        SHOP,
    ),
    invented_product(
        "UJI",
        "Uji Matcha",
        "Tea > Matcha",
        ["Origin: Uji, Kyoto"],
        [
            _variant("UJ-C30", {"Grade": "Ceremonial Grade", "Tin": "30 g"}, 32.0),
            _variant("UJ-C100", {"Grade": "Ceremonial Grade", "Tin": "100 g"}, 88.0),
            _variant("UJ-K100", {"Grade": "Culinary Grade", "Tin": "100 g"}, 21.0),
        ],
        SHOP,
    ),
    invented_product(
        "YAME",
        "Yame Matcha",
        "Tea > Matcha",
        ["Origin: Yame, Fukuoka"],
        [
            _variant("YM-C30", {"Grade": "Ceremonial Grade", "Tin": "30 g"}, 27.0),
            _variant("YM-K100", {"Grade": "Culinary Grade", "Tin": "100 g"}, 17.0),
        ],
        SHOP,
    ),
    invented_product(
        "SAMPLER",
        "Matcha Sampler",
        "Tea > Matcha",
        [
            "Three Tins (3 x 20 g): Uji, Yame, Nishio",
            "Five Tins (5 x 20 g): Uji, Yame, Nishio, Kagoshima, Shizuoka",
        ],
        [
            _variant("MS-3", {"Set": "Three Tins (3 x 20 g)"}, 29.0),
            _variant("MS-5", {"Set": "Five Tins (5 x 20 g)"}, 45.0),
        ],
        SHOP,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("chashitsu"), SHOP, PRODUCTS, {}, "GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what does the lavender and fir pillar candle cost in the big size", "£59.00", "£26.00"),
        ("honey pillar candle, the large size - in stock?", "£56.00", "£24.00"),
        ("price of the honey pillar candle in the small size?", "£24.00", "£56.00"),
        ("biggest tin of uji matcha you do?", "£88.00", "£32.00"),
    ],
)
def test_a_size_said_in_words_is_the_end_of_the_sizes(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    reply = converse(shop, question).reply
    assert said in reply and not_said not in reply, reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("cheapest ceremonial matcha?", "£27.00"),
        ("whats your cheapest culinary matcha", "£17.00"),
        ("most expensive ceremonial you do?", "£88.00"),
    ],
)
def test_a_value_is_named_by_the_words_only_it_has(shop: Copilot, question: str, said: str) -> None:
    reply = converse(shop, question).reply
    assert said in reply, reply


def test_how_much_after_a_versions_own_line_is_that_versions_price(shop: Copilot) -> None:
    first = converse(shop, "what's in the three tins matcha sampler?")
    assert "Nishio" in first.reply and "Kagoshima" not in first.reply, first.reply
    reply = converse(shop, "what's in the three tins matcha sampler?", "how much is it?").reply
    assert "£29.00" in reply and "£45.00" not in reply, reply
