"""Questions on a store invented here (Fennick Scooters: e-scooters and spare batteries, a shipping page
and a riding-rules page that never name a product) about the rules around what it sells. A sentence that
opens with "They" comes with the sentence it speaks of ("can you send a spare battery by air?": "...
travel by road only. They can't go by air ..."), and so does the sentence between two chosen of one
list item (its reason); "how close" asks a distance ("1.5 m from cyclists");
"do i need a licence to ride the vortex 45?" asks a rule, not the price of the Ride More Pack its "ride"
names; "bitcoin" is read as the cryptocurrency the FAQ refuses; and "how many glide 20s do you have?"
is answered with the count the shop keeps."""

from __future__ import annotations

import pytest

from copilot.drafting.offline import _words_in_a_row
from copilot.drafting.text import as_reply
from copilot.schemas import Passage
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Fennick Scooters"
PRODUCTS = [
    invented_product(
        "VORTEX45",
        "Fennick Vortex 45 E-Scooter",
        "E-Scooters",
        [
            "Top speed: 45 km/h",
            "Rider permit: needed (over 25 km/h)",
            "Range: 60 km",
            "Weight: frame only: 19 kg",
            "Motor: Hub 1000 brushless",
        ],
        [
            _variant("VX45-STD", {"Bundle": "Standard"}, 1290.0),
            _variant("VX45-RMP", {"Bundle": "Ride More Pack (2 batteries)"}, 1590.0, available=False),
        ],
        MAKER,
    ),
    invented_product(
        "GLIDE20",
        "Fennick Glide 20 E-Scooter",
        "E-Scooters",
        ["Top speed: 20 km/h", "Range: 25 km", "Weight: frame only: 12 kg", "Motor: Hub 350 brushless"],
        [_variant("GL20", {"Title": "Default Title"}, 590.0, stock=7)],
        MAKER,
    ),
    {
        **invented_product(
            "DOCK",
            "Fennick Wall Charging Dock",
            "Chargers",
            ["Output: 5 A"],
            [_variant("DOCK-1", {}, 149.0, available=False, stock=0, backorder=True)],
            MAKER,
        ),
        "description": "<p>A wall dock.</p><p><strong>Backordered:</strong> we sold more than we had. Orders "
        "placed now ship from February 14, 2027.</p>",
    },
    {
        **invented_product(
            "EXDEMO",
            "Fennick Ex-Display Demo Scooter",
            "E-Scooters",
            ["Top speed: 20 km/h"],
            [_variant("EX-1", {}, 390.0)],
            MAKER,
        ),
        "description": "<p>A shop demonstrator. In store only: this scooter can't be delivered and can be "
        "bought only at our Leeds shop.</p><ul><li>Top speed: 20 km/h</li><li>Weight: 13 kg</li>"
        "<li>Motor: Hub 250 brushed</li></ul>",
    },
    invented_product(
        "PACK",
        "Fennick Spare Battery Pack 48 V",
        "Batteries",
        ["Capacity: 13 Ah", "Fits: Vortex 45"],
        [_variant("BP-48", {"Title": "Default Title"}, 340.0)],
        MAKER,
    ),
]
# a maker whose name four products share, and a kind ("scooter") other makers' names say too: "the kestrel
# scooter" names one product by two words its name has others between
PRODUCTS += [
    invented_product(
        f"KESTREL{i}",
        f"Kestrel {name}",
        kind,
        lines,
        [_variant(f"KS-{i}", {"Title": "Default Title"}, price)],
        "Kestrel",
    )
    for i, (name, kind, lines, price) in enumerate(
        [
            (
                "Carbon Deck Long-Range Scooter",
                "E-Scooters",
                ["Material: carbon fibre deck, aluminium stem"],
                1490.0,
            ),
            ("Folding Steel Lock", "Locks", ["Material: hardened steel"], 69.0),
            ("48 V Fast Charger", "Chargers", ["Output: 4 A"], 89.0),
            ("Trail Helmet", "Helmets", ["Material: EPS foam, polycarbonate shell"], 119.0),
        ]
    )
]
# a pack sold in two capacities, and another whose name says one of them
PRODUCTS += [
    invented_product(
        "LITHIUM",
        "Kestrel Cell 36 V Lithium Battery",
        "Batteries",
        ["Chemistry: LiFePO4"],
        [
            _variant("LP-10", {"Capacity": "10 Ah"}, 190.0),
            _variant("LP-20", {"Capacity": "20 Ah"}, 320.0, available=False),
        ],
        MAKER,
    ),
    invented_product(
        "HEATED",
        "Kestrel Cell 36 V 20 Ah Self-Heating Lithium Battery",
        "Batteries",
        ["Heater: on below 0 °C"],
        [_variant("HP-20", {}, 410.0)],
        MAKER,
    ),
]
# "ostro bar" is said of the Ostro Barbell as well as the Ostro Olympic Curl Training Bar, and each of its
# words names three products or more
PRODUCTS += [
    invented_product(
        "OSTROBAR",
        "Ostro Barbell 20 kg",
        "Bars",
        ["Length: 2.2 m", "Bar weight: 20 kg"],
        [
            _variant("OB-HC", {"Material": "Hard chrome"}, 199.0),
            _variant("OB-BO", {"Material": "Black oxide"}, 179.0),
        ],
        "Ostro",
    ),
    invented_product(
        "OSTROEZ",
        "Ostro Olympic Curl Training Bar",
        "Bars",
        ["Length: 1.2 m"],
        [_variant("OE", {}, 69.0)],
        "Ostro",
    ),
    invented_product(
        "OSTRORACK", "Ostro Wall Rack", "Racks", ["Holds: 6 plates"], [_variant("OR", {}, 89.0)], "Ostro"
    ),
    *(
        invented_product(
            f"HARLOW{i}", name, "Bars", ["Fits: doorways"], [_variant(f"HB-{i}", {}, 35.0)], "Harlow"
        )
        for i, name in enumerate(["Harlow Pull-Up Bar", "Harlow Dip Bar"])
    ),
]
# a kind named with "&", as a category is ("what stands & mounts do you sell?")
PRODUCTS += [
    invented_product(
        f"MOUNT{i}",
        name,
        "Stands & Mounts",
        ["Fits: every Fennick scooter"],
        [_variant(f"M-{i}", {}, p)],
        MAKER,
    )
    for i, (name, p) in enumerate([("Fennick Wall Mount", 45.0), ("Fennick Floor Stand", 59.0)])
]
PAGES = {
    "shipping.md": """# Shipping

## Batteries travel by road

Scooter batteries are regulated as dangerous goods, spare or fitted to a scooter.

Lithium packs travel by road only. They can't go by air, so Next-Day Air isn't offered on an order with a
battery in it.

## Where we can't deliver

- Outside the mainland. We don't ship to the islands.
- Batteries to PO boxes. A battery needs a signature, so it needs a street address. Scooter parts can go
  to a PO box.

## Chargers

We can't ship chargers to Northern Ireland or the Channel Islands: mains plugs differ there.

## Collect from the shop

Collect free from our Leeds shop: choose Shop Pickup at checkout. Your order is ready within 3 working hours.

## Rates

Road freight is $39.00 anywhere on the mainland.
""",
    "riding-rules.md": """# Riding rules

## Up to 25 km/h

Scooters limited to 25 km/h need no permit. Keep off motorways.

## Over 25 km/h

Register the scooter with the Transport Office before you ride it. Registration costs $10.
Get a rider permit: the online test costs $12.
Ride on roads only, and wear a helmet.
Keep at least 50 m from tram stops and 1.5 m from cyclists.

## Deliveries

We deliver scooters in a van, seven days a week. By law we don't deliver batteries between 10pm and 6am.
""",
    "faq.md": """# FAQ

## What payment methods do you take?

- Visa
- Mastercard
- PayPal

We don't take cheques or cryptocurrency.

## What don't you sell?

- Petrol scooters
- Second-hand or ex-rental scooters
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("fennick"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # "They can't go by air" is half an answer: what "they" are and how they do go comes with it
        ("can you send a spare battery by air?", ["road only", "can't go by air"], []),
        ("is there next-day air on batteries?", ["road only", "can't go by air"], []),
        # and so does the sentence between two of an item, said once under its heading
        (
            "can you send a battery to my PO box?",
            ["street address", "deliver: Batteries to PO boxes. A"],
            [".."],
        ),
        # a distance is asked: the sentence that gives one, not one that says "ride" without one
        ("how close can i ride to cyclists?", ["1.5 m"], []),
        # a rule is asked of the scooter: its "ride" names the Ride More Pack, whose price is not asked
        ("do i need a licence to ride the vortex 45?", ["Rider permit"], ["1,590"]),
        ("can i pay with bitcoin?", ["cryptocurrency"], []),
        # a yes or no asked of a section of one paragraph: the paragraph, not its first sentence alone
        ("can i collect it from the shop instead?", ["Shop Pickup", "within 3 working hours"], []),
        # the rule for what the product is filed under, which never names it
        ("can i get the wall charging dock shipped to belfast?", ["can't ship chargers"], []),
        # a time of day asked falls in the span a sentence gives
        ("could you deliver a spare battery at midnight as a surprise?", ["between 10pm and 6am"], []),
        # an item under an FAQ's question on the shop's ways is the shop's statement, not "take?: Visa"
        ("do you take visa?", ["Payment methods we take: Visa"], ["?:"]),
        ("any second hand scooters going cheap?", ["We don't sell: Second-hand"], []),
        ("do you sell petrol scooters?", ["We don't sell: Petrol scooters"], []),
    ],
)
def test_rules_are_answered_in_their_own_words(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_backorder_says_the_date_its_description_gives(shop: Copilot) -> None:
    assert_reply(shop, "is the wall charging dock in stock?", ["backorder", "February 14, 2027"])


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how many glide 20s do you have?", ["in stock (7 left)"], []),
        ("is the glide 20 in stock?", ["in stock"], ["7 left"]),
    ],
)
def test_how_many_the_shop_has_is_the_count_it_keeps(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    "question", ["how much is the ex-display demo scooter?", "can you deliver the ex-display demo scooter?"]
)
def test_a_product_sold_only_in_store_says_so(shop: Copilot, question: str) -> None:
    assert_reply(shop, question, ["In store only"])


def test_a_kind_asked_with_an_ampersand_lists_its_products(shop: Copilot) -> None:
    assert_reply(
        shop, "what stands & mounts do you sell?", ["(stands & mounts)", "Wall Mount", "Floor Stand"]
    )


@pytest.mark.parametrize(
    "question", ["is the kestrel cell 20ah in stock?", "when will the 36v 20ah lithium be back?"]
)
def test_an_amount_names_no_product_alone(shop: Copilot, question: str) -> None:
    # "20 ah" and "36 v" are in one name, and 20 Ah is a version of the other battery: that version, not
    # the name that says the amounts
    assert_reply(shop, question, ["Capacity 20 Ah", "out of stock"], ["Self-Heating"])


def test_a_word_other_products_say_beside_an_amount_asks_nothing_of_that_line(shop: Copilot) -> None:
    # "frame only: 12 kg" under Weight: "frame" is no kind of weight, so a frame bag is not its Weight line
    reply = converse(shop, "does the ex-display demo scooter have a frame bag?").reply
    assert "doesn't say" in reply and "13 kg" not in reply, reply


def test_two_words_that_begin_another_products_name_words_name_neither_alone(shop: Copilot) -> None:
    assert_reply(shop, "how much is the hard chrome ostro bar", ["199.00"], ["69.00"])
    # its "bar" is the Barbell's name, so asks nothing of its "Bar weight" line
    assert_reply(shop, "is the hard chrome ostro bar IWF certified?", ["doesn't say"], ["Bar weight"])


def test_a_products_line_of_the_kind_asked_says_what_others_say_with_a_model_number(shop: Copilot) -> None:
    # other scooters' Motor lines say "brushless" beside a model number: the demo's Motor line answers
    assert_reply(shop, "is the ex-display demo scooter brushless?", ["Motor: Hub 250 brushed"])


def test_two_words_in_a_row_that_name_one_product_together_name_it(shop: Copilot) -> None:
    # "kestrel" names four products and "scooter" three: together only the Carbon Deck Long-Range Scooter
    assert_reply(shop, "what is the kestrel scooter made of?", ["carbon fibre deck"], ["hardened steel"])


def test_sentences_without_a_full_stop_are_not_run_together() -> None:
    # a list's item ends with no full stop: the next sentence is not read as part of it (nor its words as
    # one name a redactor would hide)
    page = Passage(
        key="doc:shipping#where",
        kind="document",
        text="Where we can't deliver\nWe can't deliver to:\n- Kite Island\nSome scooters are sold in store.",
        source="shipping.md",
        title="Shipping",
        heading_path=["Shipping", "Where we can't deliver"],
    )
    chosen = [("We can't deliver to: Kite Island", page), ("Some scooters are sold in store.", page)]
    assert "Kite Island. Some scooters" in as_reply(chosen, "do you deliver to kite island?")


def test_words_said_apart_are_not_in_a_row() -> None:
    # "bits" and "impact" have "does the" between them: no name said together
    pairs = _words_in_a_row("what bits does the impact driver take?")
    assert ("impact", "driver") in pairs and ("bit", "impact") not in pairs
