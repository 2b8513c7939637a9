"""Questions on a store invented here (Tinplate & Thimble: model railway track, figures, a gift card,
fabrics and a sewing guide) that turn on words the shop uses its own way: "track" where the shop
sells track (no order question), an option value ("Code 75") or a gift card's amount ("$100") said
beside other numbers (no order number, no version), a name's bracketed count ("(12 figures)") left
unsaid, "which one's dearer", a tiered term read by the days a question gives ("10 days before"),
a table's column the question names ("needle size") and its row by the words only it has ("double
gauze" of "Cotton double gauze"), a description line for the version asked ("size 6-20"), a country
no page names or one only a table's cell names, and the shop's own address quoted back unredacted."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Tinplate & Thimble"
PRODUCTS = [
    invented_product(
        "FLEX",
        "Flexible Rail Track 900mm",
        "Track",
        ["Rail: nickel silver"],
        [
            _variant("FX-75-1", {"Rail": "Code 75", "Pack": "Single"}, 9.5),
            _variant("FX-75-10", {"Rail": "Code 75", "Pack": "Box of 10"}, 88.0),
            _variant("FX-55-1", {"Rail": "Code 55", "Pack": "Single"}, 10.5),
            _variant("FX-55-10", {"Rail": "Code 55", "Pack": "Box of 10"}, 97.0),
        ],
        MAKER,
    ),
    invented_product(
        "CURVE",
        "Curved Track Pieces (Pack of 6)",
        "Track",
        ["Radius: 438 mm"],
        [_variant("CV-6", {}, 21.0)],
        MAKER,
    ),
    invented_product(
        "PASS",
        "Platform Travellers (12 figures)",
        "Figures",
        ["Painted: yes"],
        [
            _variant("PT-HO", {"Scale": "HO"}, 24.0),
            _variant("PT-N", {"Scale": "N"}, 19.0),
        ],
        MAKER,
    ),
    invented_product(
        "SHED",
        "Goods Shed Kit",
        "Kits",
        ["Parts: 64"],
        [_variant("SH-HO", {"Scale": "HO"}, 39.0)],
        MAKER,
    ),
    invented_product(
        "HUT",
        "Lamp Hut Kit",
        "Kits",
        ["Parts: 18"],
        [_variant("HUT-HO", {"Scale": "HO"}, 14.0)],
        MAKER,
    ),
    invented_product(
        "GIFT",
        "Tinplate Gift Card",
        "Gift Cards",
        ["Delivery: by email"],
        [
            _variant("$50", {"Amount": "$50"}, 50.0, tracked=False),
            _variant("$100", {"Amount": "$100"}, 100.0, tracked=False),
        ],
        MAKER,
    ),
    invented_product(
        "GAUZE",
        "Cotton Double Gauze",
        "Fabric",
        ["Width: 135 cm"],
        [_variant("GZ-SAGE", {"Colour": "Sage"}, 12.0), _variant("GZ-RUST", {"Colour": "Rust"}, 12.0)],
        MAKER,
    ),
    invented_product(
        "WREN",
        "Wren Shirt Dress Pattern",
        "Patterns",
        ["Fabric requirements: 2.6 m of 140cm wide fabric (UK 6-20); 3.2 m of 140cm wide fabric (UK 18-34)"],
        [
            _variant("WREN-620", {"Size Range": "UK 6-20"}, 15.0),
            _variant("WREN-1834", {"Size Range": "UK 18-34"}, 15.0),
        ],
        MAKER,
    ),
]

PAGES = {
    "track-guide.md": """# Track guide

HO and OO trains both run on 16.5 mm gauge track, so OO stock runs on HO track.
""",
    "workshops.md": """# Workshops

Our workshops run at the studio, Unit 9, Ropewalk Yard, Mill Street, Bristol BS1 6QT.

## Cancelling a place

- Cancel 14 days or more before the workshop: full refund.
- Cancel 7 to 13 days before: 50% refund, or move to another date.
- Less than 7 days before: no refund, but a friend may take your place.
""",
    "sewing-guide.md": """# Sewing guide

## Needles

| Fabric | Needle type | Needle size |
|---|---|---|
| Light canvas (8-10oz) | Jeans | 90/14 |
| Heavy canvas (12-14oz) | Jeans | 100/16 |

## Fabrics

| Fabric | Weight (gsm) | Suitable projects |
|---|---|---|
| Cotton poplin | 115 | shirts, summer dresses |
| Cotton double gauze | 130 | blouses, baby clothes, scarves |
""",
    "shipping.md": """# Shipping

Large parcels such as baseboards go by courier; everything else goes by post.

| Zone | Covers | Cost |
|---|---|---|
| Domestic | Mainland addresses | $9.95 |
| Overseas | UK, USA, Canada and Europe | $39.95 |
| Rest of the world | Everywhere else | $49.95 |
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tinplate"), MAKER, PRODUCTS, PAGES, currency="AUD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("can i run my OO trains on HO track?", ["16.5 mm"], ["order number"]),
        ("how much for a box of 10 code 75 flexible rail track", ["88.00"], ["Gift Card", "order number"]),
        ("what scales is the platform travellers pack in?", ["HO", "N"], []),
        ("goods shed kit or lamp hut kit, which one's dearer?", ["39.00", "14.00"], []),
        ("if i cancel my workshop place 10 days before do i get my money back?", ["50%"], []),
        ("which needle size for 13oz heavy canvas", ["100/16"], []),
        ("what can i make with double gauze", ["blouses"], []),
        ("how much fabric do i need for the wren shirt dress in size 6-20", ["2.6 m"], []),
        ("postage to australia?", ["49.95"], []),
        ("what does it cost to send an order to the uk", ["39.95"], []),
        ("where is your studio?", ["Ropewalk Yard", "BS1 6QT"], ["[address]"]),
    ],
)
def test_the_shops_own_words_read_its_way(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_numbers_beside_a_version_are_no_order_to_prove_in_the_next_message(shop: Copilot) -> None:
    """After "code 75 ... box of 10", "and code 55 in the box of 10?" asks about that version: the
    first message's numbers were the shop's option values, not an order number waiting for proof."""
    result = converse(
        shop, "how much for a box of 10 code 75 flexible rail track", "and code 55 in the box of 10?"
    )
    assert result.action == "answer" and "proof_failed" not in result.flags, result.reply


def test_a_club_asking_trade_pricing_for_many_lengths_is_a_wholesale_escalation(shop: Copilot) -> None:
    result = converse(
        shop, "our club needs 60 wagons and 200 lengths of flexible rail, can we get trade pricing?"
    )
    assert result.action == "escalate" and "Gift Card" not in result.reply, result.reply
