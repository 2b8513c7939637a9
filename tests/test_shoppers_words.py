"""Questions on a store invented here (Wort & Barrel: home brewing) that use other words than the
page that answers them. A place is named by the region a page gives ("portugal" and "all EU
countries", "darwin" and "the Northern Territory"); a kin word is the same word ("phone" and "ring");
a word that sounds off-topic is the shop's own when its pages use it and the message names its
products ("recipe"); a measure asked by name needs a number ("what temp?" is not answered by
"Lager temperature: keep cool"); and a question about a thing other products are sold by ("which crush
for my mash tun?") is no question about the mash tun's own options.
"""

from __future__ import annotations

import pytest

from copilot.drafting.places import PlaceExample, places
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Wort & Barrel"
PRODUCTS = [
    invented_product(
        "KIT",
        "Pale Ale Starter Kit",
        "Kits",
        ["Recipe: 4 kg pale malt, 50 g Cascade hops, US-05 yeast", "Makes: 23 litres"],
        [_variant("KIT-1", {"Batch": "23 L"}, 59.0)],
        MAKER,
    ),
    invented_product(
        "FERM",
        "Plastic Fermenter",
        "Equipment",
        ["Best for: ales and lagers", "Material: food-grade plastic"],
        [_variant("FERM-25", {"Capacity": "25 L"}, 18.0), _variant("FERM-33", {"Capacity": "33 L"}, 22.0)],
        MAKER,
    ),
    invented_product(
        "PILS",
        "Pilsner Kit",
        "Kits",
        ["Style: crisp pale lager", "Makes: 23 litres"],
        [_variant("PILS-1", {"Batch": "23 L"}, 64.0)],
        MAKER,
    ),
    invented_product(
        "LAG",
        "Lager Fermenting Kit",
        "Kits",
        ["Lager temperature: keep cool", "Fermenting: lager yeast included"],
        [_variant("LAG-1", {"Batch": "23 L"}, 70.0)],
        MAKER,
    ),
    invented_product(
        "TUN",
        "Insulated Mash Tun",
        "Equipment",
        ["Insulation: double wall"],
        [_variant("TUN-30", {"Capacity": "30 L"}, 89.0), _variant("TUN-50", {"Capacity": "50 L"}, 119.0)],
        MAKER,
    ),
    invented_product(
        "MALT",
        "Maris Otter Malt",
        "Grain",
        ["Colour: 5.5 EBC"],
        [_variant("MALT-W", {"Crush": "Whole"}, 3.0), _variant("MALT-C", {"Crush": "Crushed"}, 3.2)],
        MAKER,
    ),
]

PAGES = {
    "shipping.md": "# Shipping\n\n## UK\n\nUK delivery is £4.95, free over £60.\n\n## Abroad\n\nWe ship "
    "to all EU countries for £14.50, taking 5-8 working days. We can't send liquid yeast or glass to "
    "the Northern Territory.\n",
    "contact.md": "# Contact\n\n## Talk to us\n\nRing us on 0113 496 0000, Tuesday to Saturday, 10am to "
    "4pm. Our warehouse is not open for visits, but you can collect orders on Saturdays between 9am and "
    "noon.\n",
    "guide.md": "# Brewing guide\n\n## Temperatures\n\nFerment ales at 18-20°C. Lagers such as our Pilsner "
    "Kit ferment at 10-12°C.\n\n"
    "## Grain\n\nOrder crushed grain for a mash tun; buy whole grain only if you own a mill.\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("wort"), MAKER, PRODUCTS, PAGES, currency="GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("do you ship to portugal? how much", ["all EU countries", "£14.50"], []),
        ("can you send a kit to darwin?", ["Northern Territory"], []),
        ("when is your phone line open", ["Ring us", "10am to 4pm"], []),  # not "open for visits"
        ("whats the recipe in the pale ale starter kit?", ["Cascade"], ["only help"]),
        ("what temp for a lager in the plastic fermenter?", ["10-12°C"], ["Best for"]),
        ("what temp for a pale lager like the pilsner kit?", ["10-12°C"], ["Style"]),
        ("what water temp for the lager fermenting kit?", [], ["keep cool"]),  # no number: no answer
        ("which crush should i order for my mash tun?", ["crushed grain"], ["30 L"]),
    ],
)
def test_an_answer_in_the_shops_own_words(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_joke_is_still_off_topic(shop: Copilot) -> None:
    """The shop's words beside an off-topic request do not make it the shop's: it names no product."""
    assert converse(shop, "tell me a joke about brewing").action == "decline"


@pytest.mark.parametrize("example", places().data.examples, ids=lambda e: e.text)
def test_place_examples(example: PlaceExample) -> None:
    """places.yaml's examples: each question and the regions (by first name) its places are in."""
    assert [r.names[0] for r in places().regions_in(example.text)] == example.names


@pytest.mark.parametrize(
    ("text", "excepted"),
    [(t, True) for t in places().data.exceptions] + [(t, False) for t in places().data.not_exceptions],
)
def test_sentences_about_a_remote_area_or_the_rest_of_the_world(text: str, excepted: bool) -> None:
    """places.yaml's sentences of an exception to a shop's own rule, and sentences of none."""
    assert places().excepts(text) is excepted


@pytest.mark.parametrize(
    ("text", "rest"),
    [(t, True) for t in places().data.rest_of_country_examples]
    + [(t, False) for t in places().data.not_rest_of_country],
)
def test_rest_of_country_examples(text: str, rest: bool) -> None:
    """places.yaml's cells that name the rest of a country's states ("All other contiguous states")."""
    assert places().rest_of_country(text) is rest
