"""A shop that sells in pounds or euros is answered in pounds or euros: a price, a range of prices, a
sale, the cheapest of a kind and an option list, on a store invented here (Hollin & Wren)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "R1",
        "name": "Twisted Vine Ring",
        "description": "A sterling silver ring with a twisted band.",
        "variants": [_variant(f"TVR-{s}", {"Ring size": s}, 45.0) for s in ("J", "L", "N")],
    },
    {
        "product_id": "R2",
        "name": "Halo Solitaire Ring",
        "description": "A lab-grown diamond in a halo of small stones.",
        "variants": [
            _variant("HSR-9", {"Metal": "9ct Gold"}, 595.0),
            _variant("HSR-PT", {"Metal": "Platinum"}, 615.0),
        ],
    },
    {
        "product_id": "N1",
        "name": "Pearl Drop Pendant",
        "description": "A freshwater pearl on a fine chain.",
        "variants": [_variant("PDP-1", {}, 60.0, compare_at_price=75.0)],
    },
]


@pytest.mark.parametrize(("currency", "symbol"), [("GBP", "£"), ("EUR", "€")])
def test_replies_name_prices_in_the_shops_currency(tmp_path: Path, currency: str, symbol: str) -> None:
    copilot = invented_shop(tmp_path, "Hollin & Wren", PRODUCTS, currency=currency)
    replies = [
        converse(copilot, question).reply
        for question in (
            "how much is the halo solitaire ring?",
            "how much is the halo solitaire in platinum?",
            "is the pearl drop pendant on sale?",
            "what's your cheapest ring?",
            "what metals does the halo solitaire come in?",
        )
    ]
    assert f"{symbol}595.00" in replies[0] and f"{symbol}615.00" in replies[0], replies[0]
    assert f"{symbol}615.00" in replies[1], replies[1]
    assert f"{symbol}60.00" in replies[2] and f"{symbol}75.00" in replies[2], replies[2]
    assert f"{symbol}45.00" in replies[3], replies[3]
    assert "Platinum" in replies[4], replies[4]
    assert not any("$" in reply for reply in replies), replies
