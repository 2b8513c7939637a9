"""A product sold by a unit ("Anchor Warp - per metre", a runner "sold by the metre") priced for an
amount of it: "how much for 20 metres?" is 20 times its price per metre, "25 feet" is worked out in
metres, and the measure that names a version ("the 10 mm warp") is no amount. A product only measured
by a unit ("Coverage: 10 m² per litre") is not sold by it. Harbour Rope & Rig, a store invented here."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Harbour Rope & Rig"
PRODUCTS = [
    invented_product(
        "WARP",
        "Tideway Nylon Anchor Warp - per metre",
        "Rope",
        ["Material: three-strand nylon", "Breaking load: 2,400 kg (10 mm)"],
        [_variant("TW-10", {"Size": "10 mm"}, 0.9), _variant("TW-12", {"Size": "12 mm"}, 1.45)],
        SHOP,
    ),
    invented_product(
        "RUNNER",
        "Deck Runner Mat",
        "Deck",
        ["Sold by the metre and cut to your length", "Width: 60 cm"],
        [_variant("DR-60", {}, 12.5)],
        SHOP,
    ),
    invented_product(
        "PAINT",
        "SeaGuard Eroding Antifouling 2.5 L",
        "Paint",
        ["Coverage: 10 m² per litre", "Coats: 2 recommended"],
        [_variant("SG-25", {}, 89.0)],
        SHOP,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("harbour_rope"), SHOP, PRODUCTS, {}, "GBP")


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (["how much for 20 metres of the 10 mm anchor warp?"], "at £0.90 per metre is £18.00"),
        (["price of the 12mm anchor warp?", "how much for 30 metres?"], "at £1.45 per metre is £43.50"),
        (["how much is the 10mm warp", "how much for 25 ft of it?"], "at £0.90 per metre is £6.86"),
        (["how much for 3 m of the deck runner mat?"], "at £12.50 per metre is £37.50"),
    ],
)
def test_an_amount_is_priced_by_the_unit_the_product_is_sold_by(
    shop: Copilot, turns: list[str], said: str
) -> None:
    reply = converse(shop, *turns).reply
    assert said in reply, reply


def test_the_measure_that_names_a_version_is_no_amount(shop: Copilot) -> None:
    reply = converse(shop, "how much is the 10mm anchor warp?").reply
    assert "£0.90" in reply and " is £0.01" not in reply and "0.01 m" not in reply, reply


def test_a_product_measured_by_a_unit_is_not_sold_by_it(shop: Copilot) -> None:
    reply = converse(shop, "how much for 2 litres of the seaguard antifouling?").reply
    assert "per litre is" not in reply and "£178.00" not in reply, reply
