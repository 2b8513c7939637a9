"""Questions on invented stores that tell products apart by what only one of them has.

Hollow Oak Dairy (two cheddars whose names share most words, a board and a hamper, a glove, a chutney): a
version asked ("the 1kg millbrook cheddar") that one of two names said as clearly has and the other lacks;
"cheese board" said as a name says it (the Oak Cheese Board), not the one word of another (the
Cheeseboard Hamper); "any chutneys to go with a hard cheese?" lists chutneys; "any mandolines?" is not
the glove tagged "mandoline". Harbour Hardware (a shackle whose table gives each pin size a row): "8mm"
names the 8 mm row, not every row in mm. Shorebreak Surf (steamers sold by Thickness, one whose name gives
it): a word only one name says finds it. Gullwing Hobbies (a motor sold alone, a truck with a motor inside):
"the motor in the basalt" asks the truck. Harbour Bottle Co: "what botanicals are in the waiheke gin" is the
gin's line, not the Botanicals Zero Gin Alternative."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Hollow Oak Dairy"
PRODUCTS = [
    invented_product(
        "SMOKED",
        "Smoked Millbrook Cheddar",
        "Cheese > Hard",
        ["Milk: cow's, pasteurised", "Smoked over: oak chips"],
        [_variant("SM-200", {"Weight": "200g"}, 6.95), _variant("SM-500", {"Weight": "500g"}, 15.95)],
        MAKER,
    )
    | {
        "description": "<p>Our Millbrook clothbound cheddar, cold-smoked over oak chips for twelve hours.</p>"
    },
    invented_product(
        "CLOTH",
        "Millbrook Clothbound Cheddar",
        "Cheese > Hard",
        ["Milk: cow's, unpasteurised", "Aged: 18 months"],
        [
            _variant("MC-200", {"Weight": "200g"}, 6.50),
            _variant("MC-500", {"Weight": "500g"}, 14.95),
            _variant("MC-1KG", {"Weight": "1kg"}, 27.50, available=False),
        ],
        MAKER,
    ),
    *(
        invented_product(
            code,
            name,
            "Cheese > Hard",
            ["Milk: cow's, pasteurised"],
            [
                _variant(f"{code}-500", {"Weight": "500g"}, 12.0),
                _variant(f"{code}-1KG", {"Weight": "1kg"}, 22.0),
            ],
            MAKER,
        )
        for code, name in (
            ("GRUY", "Alpine Gruyère"),
            ("GOUDA", "Aged Gouda"),
            ("RED", "Red Leicester"),
            ("COMTE", "Comté 24 Month"),
            ("PARM", "Parmigiano Reggiano"),
            ("WENS", "Wensleydale"),
            ("MANCH", "Manchego"),
        )
    ),
    invented_product(
        "BOARD",
        "Oak Cheese Board",
        "Accessories",
        ["Wood: English oak", "Finish: food-safe oil"],
        [_variant("OB-L", {"Size": "Large"}, 45.0), _variant("OB-M", {"Size": "Medium"}, 32.0)],
        MAKER,
    ),
    invented_product(
        "HAMPER",
        "Picnic Cheeseboard Hamper",
        "Hampers",
        ["Inside: three cheeses, oatcakes and chutney"],
        [
            _variant("CH-L", {"Size": "Large (serves 8)"}, 80.0),
            _variant("CH-S", {"Size": "Small (serves 4)"}, 55.0),
        ],
        MAKER,
    ),
    invented_product(
        "GLOVE",
        "Cut-Resistant Glove",
        "Accessories",
        ["Cut level: ANSI A4"],
        [_variant("CG-1", {"Size": "M"}, 16.0)],
        MAKER,
    )
    | {"tags": ["glove", "mandoline", "safety"]},
    invented_product(
        "CHUTNEY",
        "Fig and Apple Chutney",
        "Pantry",
        ["Goes with: hard cheese"],
        [_variant("FA-340", {"Size": "340g Jar"}, 5.50, compare_at_price=6.50)],
        MAKER,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("dairy"), MAKER, PRODUCTS, currency="GBP")


def test_a_product_sold_one_way_is_said_in_stock_without_counting_versions(shop: Copilot) -> None:
    # its sale price too, as the version's record gives it
    assert_reply(
        shop, "is the fig and apple chutney in stock?", ["is in stock", "5.50", "was £6.50"], ["1 of the 1"]
    )


def test_a_kind_only_a_tag_says_is_not_what_the_shop_sells(shop: Copilot) -> None:
    """The glove's tag "mandoline" says what it is used with."""
    result = converse(shop, "any mandolines?")
    assert result.action == "escalate" and "Glove" not in result.reply, result.reply


def test_a_kind_asked_with_any_lists_that_kind_not_what_it_goes_with(shop: Copilot) -> None:
    assert_reply(
        shop, "any chutneys to go with a hard cheese?", ["Fig and Apple Chutney", "5.50"], ["Cheddar"]
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("is the 1kg millbrook cheddar in stock?", ["Clothbound", "out of stock"], ["Smoked"]),
        ("how much is the millbrook cheddar in 1kg", ["Clothbound", "27.50"], ["Smoked"]),
        # two words a name says apart are not the one word another name says ("Cheeseboard")
        ("how much is the large oak cheese board", ["Oak Cheese Board", "45.00"], ["Hamper"]),
    ],
)
def test_the_product_with_the_version_asked_is_the_one_named(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


SHACKLE_TABLE = (
    "<p>Stainless steel D-shackle with a captive pin.</p><h4>Safe working load</h4><table><thead><tr>"
    "<th>Pin diameter</th><th>Safe working load (SWL)</th><th>Breaking load</th></tr></thead><tbody>"
    + "".join(
        f"<tr><td>{size} mm</td><td>{swl} kg</td><td>{breaking} kg</td></tr>"
        for size, swl, breaking in ((5, "500", "2,000"), (6, "750", "3,000"), (8, "1,200", "4,800"))
    )
    + "</tbody></table>"
)
HARDWARE = [
    invented_product(
        "DSH",
        "Tern D-Shackle",
        "Deck Hardware",
        [],
        [
            _variant(f"DSH-{size}", {"Pin diameter": f"{size} mm"}, price)
            for size, price in ((5, 3.95), (6, 4.6), (8, 6.2))
        ],
        "Harbour Hardware",
    )
    | {"description": SHACKLE_TABLE},
    invented_product(
        "BLOCK",
        "Tern Single Block",
        "Deck Hardware",
        ["Sheave: 40 mm", "Safe working load: 300 kg"],
        [_variant("BLK-40", {"Size": "40 mm"}, 18.0)],
        "Harbour Hardware",
    ),
]


@pytest.fixture(scope="module")
def hardware(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("hardware"), "Harbour Hardware", HARDWARE, currency="GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("safe working load on the 8mm d shackle?", ["1,200 kg"], ["500 kg", "750 kg"]),
        ("breaking load of the 6 mm tern d-shackle", ["3,000 kg"], ["2,000 kg", "4,800 kg"]),
    ],
)
def test_the_version_asked_picks_its_row_of_a_table(
    hardware: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(hardware, question, said, not_said)


WETSUITS = [
    *(
        invented_product(
            code,
            f"{who} Squall Chest-Zip Steamer",
            "Wetsuits",
            ["Entry: chest zip", "Seams: glued and blind-stitched"],
            [
                _variant(f"{code}-{thick}-{size}", {"Thickness": f"{thick}mm", "Size": size}, 329.0)
                for thick in ("3/2", "4/3")
                for size in ("S", "M", "L")
            ],
            "Shorebreak Surf",
        )
        for code, who in (
            ("TM", "Men's"),
            ("TW", "Women's"),
            ("TH", "Hooded"),
            ("TY", "Youth"),
            ("TC", "Cold Water"),
            ("TS", "Summer"),
        )
    ),
    invented_product(
        "DRIFT",
        "Men's Drift 3/2mm Back-Zip Steamer",
        "Wetsuits",
        ["Thickness: 3mm torso, 2mm arms and legs", "Entry: back zip"],
        [_variant(f"DR-{size}", {"Size": size}, 189.0) for size in ("S", "M", "L", "XL")],
        "Shorebreak Surf",
    ),
]


@pytest.fixture(scope="module")
def surf(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("surf"), "Shorebreak Surf", WETSUITS, currency="GBP")


def test_a_word_only_one_name_says_finds_that_product(surf: Copilot) -> None:
    """ "thick" draws every version with a Thickness option; "drift" is said by one product alone."""
    assert_reply(surf, "how thick is the drift steamer", ["3mm torso"], ["Squall"])


RC = [
    invented_product(
        "MOTOR",
        "Corvid 1410 3800kV Sensored Brushless Motor",
        "Electronics > Motors",
        ["kV: 3800", "Shaft: 5 mm"],
        [_variant("CM-1410", {"Title": "Default Title"}, 139.99)],
        "Gullwing Hobbies",
    ),
    invented_product(
        "BASALT",
        "Talon Basalt 4X4 3S Monster Truck",
        "Cars & Trucks",
        ["Motor: Spektrum Firma 3200kV brushless", "Top speed: 50 mph on 3S"],
        [_variant(f"GR-{c[:3].upper()}", {"Color": c}, 479.99) for c in ("Blue", "Red")],
        "Gullwing Hobbies",
    ),
    invented_product(
        "BUMPER",
        "Talon Front Bumper",
        "Parts",
        ["Fits: Talon Basalt 4X4 3S, Talon Ridge 4X4 3S"],
        [_variant("AB-1", {"Title": "Default Title"}, 16.99)],
        "Gullwing Hobbies",
    ),
]


@pytest.fixture(scope="module")
def rc(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("rc"), "Gullwing Hobbies", RC, currency="CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what kv is the motor in the basalt", ["3200kV"], ["3800"]),
        ("what kv is the corvid motor", ["3800"], ["3200"]),
    ],
)
def test_a_part_said_in_a_product_asks_that_product(
    rc: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(rc, question, said, not_said)


SPIRITS = [
    invented_product(
        "WAIHEKE",
        "Waiheke Coastal Dry Gin",
        "Spirits > Gin",
        ["Style: London Dry", "Botanicals: Juniper, kawakawa, horopito, lemon peel"],
        [_variant(f"RG-{ml}", {"Size": f"{ml} ml"}, price) for ml, price in ((200, 24.0), (700, 69.0))],
        "Harbour Bottle Co",
    ),
    invented_product(
        "ZERO",
        "Fernglen Botanicals Zero Gin Alternative",
        "Spirits > Alcohol-Free",
        ["ABV: 0%", "Botanicals: Juniper, grapefruit, pink pepper"],
        [_variant("SZ-700", {"Size": "700 ml"}, 39.0)],
        "Harbour Bottle Co",
    ),
]


@pytest.fixture(scope="module")
def spirits(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("spirits"), "Harbour Bottle Co", SPIRITS, currency="NZD")


def test_a_fact_asked_with_what_is_no_kind_asked(spirits: Copilot) -> None:
    """ "what botanicals are in X?" asks X's Botanicals line; the word after "what" is no product's kind."""
    assert_reply(spirits, "what botanicals are in the waiheke gin", ["kawakawa"], ["grapefruit"])
