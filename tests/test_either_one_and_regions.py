"""Questions on a store invented here (Tern Marine Supply: two deck lockers with a load line each, hull
paints tagged with the boats they suit, a rates table by region of Canada and a holiday deadline
sentence). A measure asked of two products named as clearly ("which locker takes 60 kg, A or B?") is held
against each one's line; a kind asked with what it is for ("primer for a steel hull") is the kind, though
only a tag says the boat; and "canada" is no row labelled "Western Canada", so the page's sentence on
Canada answers."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Tern Marine Supply"


def _tagged(product: dict[str, object], tags: list[str]) -> dict[str, object]:
    return {**product, "tags": tags}


PRODUCTS = [
    invented_product(
        "LOCK-S",
        "Tern Slimline Deck Locker",
        "Deck Storage",
        ["Max load: 40 kg", "Material: rotomoulded polyethylene"],
        [_variant("TL-S", {"Title": "Default Title"}, 189.0)],
        MAKER,
    ),
    invented_product(
        "LOCK-W",
        "Tern Widebody Deck Locker",
        "Deck Storage",
        ["Max load: 90 kg", "Material: marine aluminium"],
        [_variant("TL-W", {"Title": "Default Title"}, 349.0)],
        MAKER,
    ),
    _tagged(
        invented_product(
            "PR-STEEL",
            "Tern Zinc Hull Primer",
            "Hull Paint",
            ["Coverage: 8 m² per litre", "Suits: steel and iron"],
            [_variant(f"TZ-{s}", {"Size": s}, price) for s, price in (("750 ml", 42.0), ("2.5 L", 119.0))],
            MAKER,
        ),
        ["steel", "barge", "narrowboat"],
    ),
    _tagged(
        invented_product(
            "PR-WOOD",
            "Tern Clear Hull Primer",
            "Hull Paint",
            ["Coverage: 10 m² per litre", "Suits: timber"],
            [_variant("TC-750", {"Size": "750 ml"}, 36.0)],
            MAKER,
        ),
        ["wood", "dinghy", "clinker"],
    ),
]
PAGES = {
    "shipping.html": """<html><body><h1>Shipping</h1>
<h2>Rates and delivery times</h2>
<table><thead><tr><th>Destination</th><th>Standard</th><th>Standard delivery</th></tr></thead>
<tbody>
<tr><td>Western Canada (BC, AB, SK, MB)</td><td>$12.95</td><td>3-5 business days</td></tr>
<tr><td>Ontario and Quebec</td><td>$14.95</td><td>4-7 business days</td></tr>
<tr><td>Atlantic Canada (NB, NS, PE, NL)</td><td>$17.95</td><td>5-9 business days</td></tr>
</tbody></table>
<h2>Holiday deadlines</h2>
<p>To get your order by December 24, order by December 14 with Standard shipping in Canada.</p>
</body></html>""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tern"), MAKER, PRODUCTS, PAGES, currency="CAD")


def test_a_measure_held_against_both_products_named(shop: Copilot) -> None:
    assert_reply(
        shop,
        "which locker can take 60 kg of gear, the tern slimline deck locker or the widebody one?",
        ["Slimline", "over its limit", "Widebody", "within its limit"],
    )


def test_one_product_named_is_held_alone(shop: Copilot) -> None:
    assert_reply(
        shop, "can the tern slimline deck locker take 60 kg?", ["over its limit"], ["Widebody", "within"]
    )


def test_a_kind_asked_for_a_use_only_a_tag_names(shop: Copilot) -> None:
    assert_reply(
        shop,
        "need primer for a steel narrowboat, what have you got?",
        ["Zinc Hull Primer", "42.00"],
        ["Clear"],
    )


def test_a_region_of_a_country_is_not_the_country(shop: Copilot) -> None:
    # no row is Canada's ("Western Canada" is a part of it): the page's sentence on Canada answers
    assert_reply(shop, "last day to order for christmas delivery? im in canada", ["December 14"])
