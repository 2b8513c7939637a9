"""An invented sewing shop (Bobbin & Bolt, GBP). A guide table's cell answers where the question names its
row whole and its column ("needle size for denim?": the Denim row, not Stretch denim's; "which bobbin fits
the stitchmaster 900?": the Bobbin row under `Stitchmaster 900`). A shopper who names only what a
machine and its spare part share ("how much is the stitchmaster 500?") means the machine when the part
says it fits it ("Fits: Stitchmaster 500 only"). A section headed by what is asked answers though its
sentences never repeat it ("Couriers" / "We send with Parcelline" for "what courier do you use?"). A
service no page or product name speaks of ("gift wrapping", where only a description says "individually
wrapped") is not answered by the gift card page. A verified customer asking to change an order of their
own by its number, or a volume deal asked as a question, goes to a person; "can I still cancel it or
is it too late?" is answered. "The difference between the glide and the glide pro?" sets the lines
the two say differently side by side, "the glide" being the one that is not the Pro. "The warranty on
a walking foot?", where the warranty page lists kinds, is the row of the category the walking foot is
filed under ("Presser feet", as the zipper foot is too)."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.service import Copilot
from tests.chat import Chat, as_customer, converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Bobbin & Bolt"

PRODUCTS = [
    {
        "product_id": "SM500",
        "name": "Stitchmaster 500 Computerised Sewing Machine",
        "category": "Sewing machines",
        "description": "<p>A quiet computerised machine, 120 stitches.</p><ul><li>Weight: 6.8 kg</li></ul>",
        "variants": [_variant("SM500-W", {"Colour": "White"}, 349.0)],
    },
    {
        "product_id": "SM500-FOOT",
        "name": "Stitchmaster 500 Walking Foot",
        "category": "Presser feet",
        "description": "<p>Feeds quilt layers evenly. Fits the Stitchmaster 500 only.</p>"
        "<ul><li>Fits: Stitchmaster 500 only</li></ul>",
        "variants": [_variant("SM500-WF", {"Title": "Default Title"}, 39.0)],
    },
    {
        "product_id": "ZIP-FOOT",
        "name": "Universal Zipper Foot",
        "category": "Presser feet",
        "description": "<p>Sews close to a zip on most low-shank machines.</p>",
        "variants": [_variant("ZF-1", {"Title": "Default Title"}, 9.0)],
    },
    {
        "product_id": "SM900",
        "name": "Stitchmaster 900 Quilting Machine",
        "category": "Sewing machines",
        "description": "<p>A long-arm quilting machine.</p>",
        "variants": [_variant("SM900-W", {"Colour": "White"}, 899.0)],
    },
    {
        "product_id": "RIPPER",
        "name": "Glide Seam Ripper",
        "category": "Notions",
        "description": "<p>An everyday ripper.</p><ul><li>Blade: Steel</li><li>Handle: Plastic</li></ul>",
        "variants": [_variant("RIP-1", {"Title": "Default Title"}, 4.5)],
    },
    {
        "product_id": "RIPPER-PRO",
        "name": "Glide Pro Seam Ripper",
        "category": "Notions",
        "description": "<p>A ripper for heavy fabrics.</p><ul><li>Blade: Titanium-coated steel</li>"
        "<li>Handle: Walnut</li></ul>",
        "variants": [_variant("RIP-P", {"Title": "Default Title"}, 12.0)],
    },
    {
        "product_id": "SWEETS",
        "name": "Pin Cushion Sweets Tin",
        "category": "Gifts",
        "description": "<p>About 40 individually wrapped mints in a pin cushion tin.</p>",
        "variants": [_variant("TIN-1", {"Title": "Default Title"}, 6.5)],
    },
]

GUIDE = """# Sewing guide

## Needles and stitches by fabric

| Fabric | Needle size | Stitch length | Thread |
|---|---|---|---|
| Denim | 100/16 | 3.0 mm | Heavy-duty polyester |
| Stretch denim | 90/14 stretch | 2.5 mm | Polyester |
| Silk | 60/8 | 2.0 mm | Fine silk |
| Cotton | 80/12 | 2.5 mm | Cotton |

## Parts that fit your machine

| Part | Stitchmaster 500 | Stitchmaster 900 |
|---|---|---|
| Bobbin | Class 15 | Class M |
| Walking foot | Stitchmaster 500 Walking Foot | Built in |
"""

DELIVERY = """# Delivery and payment

## Couriers

We send with Parcelline for UK orders and DHL Express for everything abroad.

## Payment methods

We accept Visa, Mastercard and PayPal. We don't take cheques, as these can't be used online.

## Gift cards

Gift cards are emailed as soon as you check out and can be used online or in the shop.
"""

WARRANTY = """# Warranty

Everything we sell is covered against defects.

- Sewing machines: 5 years on the motor, 2 years on parts.
- Presser feet: 1 year.
- Notions: 90 days.
"""

CUSTOMERS = [{"customer_id": "C1", "first_name": "Ruth", "last_name": "Okoro", "email": "ruth@example.org"}]

ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "7301",
        "customer_id": "C1",
        "status": "pending",
        "fulfillment_status": "unfulfilled",
        "total": 349.0,
        "items": [{"name": "Stitchmaster 500", "variant_id": "SM500-W", "unit_price": 349.0, "quantity": 1}],
    }
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("bobbin"),
        SHOP,
        PRODUCTS,
        {"guide.md": GUIDE, "delivery.md": DELIVERY, "warranty.md": WARRANTY},
        "GBP",
        customers=CUSTOMERS,
        orders=ORDERS,
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what needle size for denim?", "100/16", "90/14"),
        ("stitch length for stretch denim", "2.5 mm", "3.0 mm"),
        ("which bobbin fits the stitchmaster 900?", "Class M", "Class 15"),
    ],
)
def test_a_guide_tables_cell_where_the_named_row_meets_the_named_column(
    shop: Copilot, question: str, said: str, not_said: str
) -> None:
    reply = converse(shop, question).reply
    assert said in reply and not_said not in reply, reply


def test_the_machine_is_meant_not_the_spare_part_that_fits_it(shop: Copilot) -> None:
    result = converse(shop, "how much is the stitchmaster 500?")
    assert "349.00" in result.reply and result.citations[0].id == "product:SM500", result.reply
    part = converse(shop, "how much is the stitchmaster 500 walking foot?").reply
    assert "39.00" in part, part


def test_a_difference_asked_sets_the_lines_two_products_say_differently_side_by_side(shop: Copilot) -> None:
    reply = converse(shop, "whats the difference between the glide and the glide pro?").reply
    plain, pro = reply.index("Glide Seam Ripper"), reply.index("Glide Pro Seam Ripper")
    assert plain < reply.index("Blade: Steel") < pro < reply.index("Blade: Titanium-coated steel"), reply
    assert "Handle: Walnut" in reply and "4.50" in reply and "12.00" in reply, reply


def test_a_kind_the_pages_never_name_is_read_as_the_category_its_products_are_filed_under(
    shop: Copilot,
) -> None:
    reply = converse(shop, "how long is the warranty on a walking foot?").reply
    assert "Presser feet: 1 year" in reply and "5 years" not in reply, reply


def test_a_section_headed_by_what_is_asked_answers(shop: Copilot) -> None:
    reply = converse(shop, "what courier do you use?").reply
    assert "Parcelline" in reply and "cheques" not in reply, reply


def test_a_change_to_an_own_order_asked_as_a_question_goes_to_a_person(shop: Copilot) -> None:
    result = Chat(shop, as_customer("ruth@example.org")).say("can i change the delivery address on 7301?")
    assert result.action == "escalate", result.reply
    asked = Chat(shop, as_customer("ruth@example.org")).say("can i still cancel 7301 or is it too late?")
    assert asked.action == "answer", asked.reply


def test_a_volume_deal_asked_as_a_question_goes_to_a_person(shop: Copilot) -> None:
    result = converse(shop, "if i buy 40 walking feet for my sewing class can i get a discount?")
    assert result.action == "escalate", result.reply
