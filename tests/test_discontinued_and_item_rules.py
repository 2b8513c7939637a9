"""An invented espresso-equipment shop (Ridgeback Espresso Supply, AUD). A product its own description
calls discontinued is said to be, with its price, whenever none is left ("do you still sell the KV-2?"),
also when asked by its model code run together ("kv2"). A model code inside a product's ids ("RB-DB2")
names that product. "Got any?" asks for stock; "is the tamper free with my order?" asks its price. A
section on what is asked answers in a sentence that does not name it again ("Machine servicing" /
"Turnaround is 5-7 business days"), also when a word of its name is clipped ("mach"). A thing's own fact
(where it is made) is not answered by a page that only shares a word ("manufacturing defects"). An item
of a list says its heading too ("Things we can't take back" / "- Gift vouchers"). The pages' own rule
for sending a thing to a place comes before the rates table's row ("espresso machines ... $60.00 per
machine to QLD" for Cairns). A place is known by its French name ("Fidji"). A contact line with an
email address is not withheld as a request for credentials, whatever the address spells ("tan...").
A signed-in customer's order is found by the kind of thing in it ("my grinder order": the one holding a
product in Grinders)."""

from __future__ import annotations

import pytest

from copilot.lexical import tokenize
from copilot.service import Copilot
from tests.chat import Chat, as_customer, assert_reply
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Ridgeback Espresso Supply"

PRODUCTS = [
    {
        "product_id": "KV2",
        "name": "Krema KV-2 Burr Mill",
        "category": "Grinders",
        "description": "<p><strong>Discontinued:</strong> replaced by the Krema KV-3; we will not be "
        "restocking the KV-2.</p><ul><li>Burrs: 54 mm flat steel</li></ul>",
        "variants": [_variant("KV2-1", {"Colour": "Black"}, 349.00, available=False)],
    },
    {
        "product_id": "JUG",
        "name": "Steel Milk Jug",
        "category": "Accessories",
        "description": "<p>A 600 ml pitcher for latte art.</p>",
        "variants": [
            _variant("JUG-RED", {"Colour": "Red"}, 39.00, available=False),
            _variant("JUG-STL", {"Colour": "Steel"}, 35.00),
        ],
    },
    {
        "product_id": "TAMPER",
        "name": "Walnut Handle Tamper",
        "category": "Accessories",
        "description": "<p>A 58 mm flat-base tamper with a walnut handle.</p>",
        "variants": [_variant("TMP-58", {"Size": "58 mm"}, 59.00)],
    },
    {
        "product_id": "SERVICE",
        "name": "Espresso Machine Service",
        "category": "Servicing",
        "description": "<p>A full service of a home espresso machine: labour.</p>",
        "variants": [_variant("SVC-1", {"Type": "Home machine"}, 180.00)],
    },
    {
        "product_id": "RB-DB2",
        "name": "Bellano Dual Boiler Espresso Machine",
        "category": "Machines",
        "description": "<p>A dual boiler machine with a PID.</p>",
        "variants": [
            _variant("DB2-SLV", {"Colour": "Silver"}, 2199.00),
            _variant("DB2-BLK", {"Colour": "Black"}, 2249.00),
        ],
    },
    {
        "product_id": "KNOCK",
        "name": "Black Knock Box Set",
        "category": "Accessories",
        "description": "<p>A knock box and a mat.</p>",
        "variants": [_variant("KB-1", {"Colour": "Black"}, 45.00)],
    },
]

PAGES = {
    "service.md": """# Servicing

## Machine servicing

We recommend a service every 12 months. A full service is $180.00 labour plus parts. Turnaround is 5-7
business days.
""",
    "warranty.md": """# Warranty

| Product | Warranty |
|---|---|
| Grinders | 2 years against manufacturing defects |
| Milk jugs | 12 months against manufacturing defects |
""",
    "returns.md": """# Returns

You can return unused equipment within 30 days of delivery.

## Things we can't take back

- Gift vouchers
- Opened bags of coffee beans

## How to start a return

Email orders@tanbark-coffee.example with your order number.
""",
    "faq.md": """# FAQ

## Gift vouchers

Gift vouchers are emailed and valid for 2 years.
""",
    "shipping.md": """# Shipping

| Zone | Places | Standard rate |
|---|---|---|
| QLD | Brisbane, Gold Coast, Cairns | $12.00 |
| WA | Perth, Broome | $18.00 |
| Pacific Islands | Fiji, Samoa, Tonga | $45.00 |

## Heavy items

Espresso machines ship by road freight only: $60.00 per machine to QLD and $90.00 per machine to WA.
""",
}


CUSTOMERS = [{"customer_id": "C1", "first_name": "Mei", "last_name": "Tan", "email": "mei@example.org"}]

ORDERS = [
    {
        "order_id": "7001",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "items": [{"name": "Walnut Handle Tamper - 58 mm", "variant_id": "TMP-58", "quantity": 1}],
    },
    {
        "order_id": "7002",
        "customer_id": "C1",
        "status": "paid",
        "fulfillment_status": "fulfilled",
        "items": [{"name": "Krema KV-2 Burr Mill - Black", "variant_id": "KV2-1", "quantity": 1}],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("ridgeback"), SHOP, PRODUCTS, PAGES, "AUD", customers=CUSTOMERS, orders=ORDERS
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("do you still sell the krema kv-2 burr mill?", ["not be restocking", "349.00"], ["in every option"]),
        ("is the kv2 in stock?", ["not be restocking"], []),
        # a model code only the product's ids have ("RB-DB2", "DB2-BLK") names it, over a name that
        # shares a chatty word ("set") and a value ("Black")
        ("how much would a DB2 in black set me back?", ["2,249.00"], ["45.00"]),
        ("steel milk jug in red, got any?", ["out of stock"], []),
        ("is the walnut handle tamper free with my order?", ["59.00"], []),
        ("how long does an espresso machine service take?", ["5-7"], []),
        # a clipped word before the next word of a product's name ("espresso mach service")
        ("how long does an espresso mach service take?", ["5-7"], []),
        ("where are your milk jugs manufactured?", ["doesn't say"], ["defects"]),
        ("can i return a gift voucher?", ["can't take back"], []),
        ("how do i start a return?", ["orders@tanbark-coffee.example"], []),
        ("cost to ship an espresso machine to cairns?", ["60.00"], ["12.00"]),
        ("how much is shipping to cairns?", ["12.00"], ["60.00"]),
        ("Livrez-vous aux Fidji ? Combien ça coûte ?", ["45.00"], []),
    ],
)
def test_discontinued_products_and_rules_for_things(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_model_code_is_found_written_together() -> None:
    assert "kv2" in tokenize("Krema KV-2 Burr Mill")
    assert "srjblum" in tokenize("SRJ-BLU-M")  # an id of parts stays as it was


def test_an_order_is_found_by_the_kind_of_thing_in_it(shop: Copilot) -> None:
    # "my grinder order": the order holding the Krema KV-2, whose category is Grinders
    result = Chat(shop, caller=as_customer("mei@example.org")).say("has my grinder order shipped?")
    assert "7002" in result.reply and "7001" not in result.reply, result.reply
