"""Questions on a store invented here (Grain & Finish: wood finishes and tools) whose words the
answer does not share. "can i tip used turps down the sink?" is answered by the page's "Never pour
solvents down the sink or drain": the sentence closest in meaning, once no sentence
shares enough words, and only when it stands clear of the rest; a question about a named product is not
answered that way ("is the chopping board dishwasher safe?" is no question about washing brushes). A
product's warning answers "is it safe to use inside?" ("inside" there is a place, not a filling). A kind
no product is of as a whole ("spray guns", when only a glue gun is a gun) is answered by the page that
names it whole. "What items can't be returned?" is answered by the list under "Items we can't take back",
whole and under its heading once, though no item shares a word with the question. A page's "them" is
what its sentence before names ("We cannot send them to Guernsey" answers the aerosol lacquer). An
allergy question is answered by what the shop says of allergens, never by a line the question's other
words find ("almond notes" and "Scent notes: almond, honey"). A place no sentence names, nor a region
it is in ("do you ship to france?"), is answered by where the shop does not deliver.
"""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "OIL",
        "name": "Danish Oil",
        "category": "Finishes",
        "description": "<p>A penetrating oil finish for bare wood.</p><ul><li>Coverage: 12 m2 per litre</li>"
        "<li>Warning: flammable; apply outdoors or with the windows open, away from flames</li></ul>",
        "variants": [
            _variant("OIL-500", {"Size": "500 ml"}, 14.0),
            _variant("OIL-1L", {"Size": "1 L"}, 24.0),
        ],
    },
    {
        "product_id": "BOARD",
        "name": "Oak Chopping Board",
        "category": "Kitchen",
        "description": "<p>Solid oak, end grain.</p><ul><li>Size: 40 x 30 cm</li></ul>",
        "variants": [_variant("BOARD-1", {"Size": "40 x 30 cm"}, 45.0)],
    },
    {
        "product_id": "WAX",
        "name": "Beeswax Polish",
        "category": "Finishes",
        "description": "<p>A soft paste for furniture.</p><ul><li>Scent notes: almond, honey</li></ul>",
        "variants": [_variant("WAX-1", {"Size": "250 ml"}, 12.0)],
    },
    {
        "product_id": "GLUE",
        "name": "Hot Melt Glue Gun",
        "category": "Tools",
        "description": "<p>A 60 W glue gun for 11 mm sticks.</p>",
        "variants": [_variant("GLUE-1", {"Power": "60 W"}, 19.0)],
    },
]

PRODUCTS.append(
    {
        "product_id": "HOC",
        "name": "Highland Oatcakes",
        "category": "Pantry",
        "description": "<p>Rough oatcakes baked in the Highlands.</p>",
        "variants": [
            _variant("HOC-1", {"Pack": "Single"}, 3.45),
            _variant("HOC-3", {"Pack": "Three"}, 9.5),
            _variant("HOC-6", {"Pack": "Six"}, 18.5),
        ],
    }
)

PAGES = {
    "safety.md": "# Safety\n\n## Solvents and finishes\n\nAlways use oils, varnishes and sprays in a "
    "well-ventilated room: open a window and take breaks. Odourless does not mean harmless. Keep them "
    "away from flames and heaters.\n\nNever pour solvents down the sink or drain. Let the sludge settle "
    "in a jar, pour off the clear solvent to reuse, and take the rest to a chemical collection day.\n\n"
    "## Allergens\n\nScent notes describe the smell, not the ingredients: none of our polishes contain "
    "nuts.\n\n## Brushes\n\n"
    "Wash brushes in warm soapy water after water-based paint. Store them flat to keep their shape.\n",
    "faq.md": "# FAQ\n\n## Do you sell spraying equipment?\n\nWe don't sell spray guns, only brushes, "
    "rollers and pads.\n\n## Delivery\n\nOrders ship within 2 working days.\n",
    "returns.md": "# Returns\n\n## Returns\n\nYou can return unused items within 30 days. Return postage "
    "is paid by you unless the item arrived damaged.\n\n## Used brushes\n\nBrushes that have been used can "
    "be returned within 7 days for store credit.\n\n## Items we can't take back\n\n- Opened tins of "
    "finish\n- Timber cut to size\n- Gift cards\n",
    "shipping.md": "# Shipping\n\n## Restricted items\n\nAerosol lacquers are hazardous goods in the "
    "air. They travel by road only, inside Great Britain. We cannot send them to Jersey, Guernsey or "
    "Northern Ireland. Brush-on lacquers without an aerosol can post anywhere we deliver.\n\n## Where we "
    "deliver\n\nDelivery to the Scottish Highlands costs £12.95. We only deliver within the UK.\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("grain"), "Grain & Finish", PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("can i tip used turps down the sink?", ["Never pour"], ["soapy water"]),
        ("is the danish oil safe to use inside?", ["Warning", "windows open"], ["doesn't say"]),
        ("do you sell spray guns?", ["We don't sell spray guns"], ["Glue Gun"]),
        ("is the oak chopping board dishwasher safe?", [], ["soapy water", "Never pour"]),
        ("what items can't be returned?", ["Opened tins", "Timber cut to size", "Gift cards"], ["30 days"]),
        (
            "does the beeswax polish with almond notes contain nuts? im allergic",
            ["contain nuts"],
            ["Scent notes:"],
        ),
        # "them" in a page's sentence is what the sentence before it names
        ("can you post an aerosol lacquer to guernsey?", ["cannot send them to Jersey, Guernsey"], []),
        # a place no sentence names: where the shop does not deliver
        ("do you ship to france?", ["only deliver within the UK"], []),
        # where a question asks to have something sent names no product: the Highland Oatcakes
        ("how much is delivery to the highlands?", ["£12.95"], ["Oatcakes"]),
    ],
)
def test_an_answer_in_other_words(shop: Copilot, question: str, said: list[str], not_said: list[str]) -> None:
    assert_reply(shop, question, said, not_said)


def test_what_was_not_done_is_what_the_page_says_is_un_done(shop: Copilot) -> None:
    """ "brushes i havent used" are the "unused items", before the brushes "that have been used"."""
    reply = shop.turn("how long do i have to send back brushes i havent used?").reply
    assert reply.startswith("You can return unused items within 30 days"), reply


def test_the_closest_sentence_must_be_close_and_clear_of_the_rest() -> None:
    from copilot.drafting.meaning import closest_in_meaning
    from copilot.embedding import shared_encoder
    from copilot.schemas import Passage

    def page(key: str, text: str) -> tuple[Passage, float]:
        return Passage(key=key, kind="document", text=text, source="pages/x.md"), 0.3

    pages = [
        page("safety", "Always open a window when you varnish. Never pour solvents down the sink or drain."),
        page("returns", "Opened tins cannot be returned. Refunds take 5 days."),
    ]
    embed = shared_encoder().encode
    found = closest_in_meaning("can i tip used turps down the sink?", pages, embed)
    assert found is not None and found[0] == "Never pour solvents down the sink or drain.", found
    assert closest_in_meaning("do you have any discount codes right now?", pages, embed) is None
