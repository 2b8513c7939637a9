"""A shopper names a town, a shop's rates table names states, provinces or nations: "shipping to tucson?"
is the row that lists Arizona, "to omaha?" the row for "all other states" when no row lists Nebraska,
"to glasgow?" the Scotland row. Two stores invented here (a US seed shop and a UK tea shop); the towns
come from GeoNames (copilot/drafting/cities.tsv.gz), not from the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.drafting.places import named_places, place_names_of
from copilot.drafting.text import _lists
from copilot.service import Copilot
from tests.chat import assert_reply
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

US_PAGES = {
    "shipping.md": """# Shipping

Seeds ship from our barn in Brattleboro, Vermont, to addresses in the United States.

## Rates

| Region | Ships to | Flat rate | Free over | Arrives in |
|---|---|---|---|---|
| Northeast | Vermont, New Hampshire, Maine, Massachusetts, New York | $4.50 | $40 | 1-3 business days |
| Mid-Atlantic & South | Maryland, Virginia, Georgia, Florida, Texas | $6.75 | $60 | 3-5 business days |
| West | Arizona, California, Oregon, Washington | $8.25 | $80 | 4-6 business days |
| Everywhere else | All other states and Washington, DC | $7.50 | $70 | 3-6 business days |
| Far | Alaska, Hawaii, Puerto Rico | $19.00 | none | 7-10 business days |

## Live plants

Live plants ship by courier at their own charge, whatever the order's rate.

| Region | Plant courier charge |
|---|---|
| Northeast | $11.00 |
| West | $14.00 |
""",
}

UK_PAGES = {
    "delivery.md": """# Delivery

We post from our shop in York.

| Nation | Royal Mail Tracked 48 | Arrives in |
|---|---|---|
| England & Wales | £3.95 | 2-3 working days |
| Scotland | £5.45 | 3-4 working days |
| Northern Ireland | £7.95 | 4-5 working days |

## Faster services

| Nation | Service | Price |
|---|---|---|
| Scotland | Royal Mail Tracked 24 | £6.95 |
| Scotland | DPD Next Day | £9.95 |
""",
}


@pytest.fixture(scope="module")
def seed_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product(
            "BEAN",
            "Scarlet Runner Bean Seeds",
            "Seeds",
            ["Packet: 25 seeds"],
            [_variant("BEAN-1", {}, 3.5)],
            "Barnside",
        )
    ]
    return invented_shop(tmp_path_factory.mktemp("seeds"), "Barnside Seeds", products, US_PAGES)


@pytest.fixture(scope="module")
def tea_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product(
            "EARL",
            "Minster Earl Grey",
            "Tea",
            ["Tin: 100 g loose leaf"],
            [_variant("EARL-1", {}, 6.5)],
            "Minster",
        )
    ]
    return invented_shop(tmp_path_factory.mktemp("tea"), "Minster Teas", products, UK_PAGES, currency="GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is shipping to tucson?", ["8.25"], ["4.50", "6.75", "7.50", "19.00"]),
        ("delivery time to Baltimore?", ["3-5"], ["1-3", "4-6", "3-6"]),
        ("shipping to omaha, what does it cost?", ["7.50"], ["4.50", "8.25", "19.00"]),
        ("how much to ship seeds to juneau", ["19.00"], ["4.50", "8.25"]),
        ("how much is shipping to seattle?", ["8.25"], ["7.50"]),
        # the table on the thing sent, of the tables with a row for the place
        ("how much to ship live plants to tucson?", ["14.00"], ["8.25", "11.00"]),
        # a price asked of a product named after a town sends nothing anywhere
        ("how much are the scarlet runner bean seeds?", ["3.50"], ["8.25"]),
    ],
)
def test_a_town_is_the_row_of_its_state(
    seed_shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(seed_shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is delivery to glasgow?", ["5.45"], ["3.95", "7.95"]),
        ("how long does it take to post to swansea", ["2-3"], ["3-4", "4-5"]),
        # what it costs and how long it takes, both from the row
        ("how much is delivery to glasgow and how long does it take?", ["5.45", "3-4"], ["3.95"]),
        # two rows of one nation, told apart by the service the question names
        ("how much is dpd next day to glasgow?", ["9.95"], ["6.95", "3.95"]),
    ],
)
def test_a_town_is_the_row_of_its_nation(
    tea_shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(tea_shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "narrow", "in_a_state"),
    [
        ("can you ship to Reading?", [{"read"}, {"england"}], True),  # a nation of the UK
        ("can you ship to reading?", [], False),  # an everyday word, written small: no town
        ("how much is shipping to washington?", [{"washington"}], True),  # the state, not the capital
        ("do you deliver to boise idaho", [{"bois"}, {"idaho"}], True),
        ("is the seattle mug in stock?", [{"seattl"}, {"washington"}], True),
    ],
)
def test_the_names_a_table_may_give_a_town(question: str, narrow: list[set[str]], in_a_state: bool) -> None:
    names = place_names_of(question)
    assert sorted(map(sorted, names.narrow)) == sorted(map(sorted, narrow))
    assert names.in_a_state is in_a_state


@pytest.mark.parametrize(
    ("question", "state", "country"),
    [
        ("can you ship to fairbanks?", {"alaska"}, {"unit", "state"}),
        ("ship to yellowknife?", {"northwest", "territori"}, {"canada"}),
    ],
)
def test_a_town_of_a_remote_state_is_not_named_by_its_country(
    question: str, state: set[str], country: set[str]
) -> None:
    """Fairbanks is in Alaska, which "the contiguous United States" leaves out; Yellowknife in the
    Northwest Territories, which a Canadian shop's standard rate leaves out."""
    _, regions = named_places(question)
    assert state in [set(r) for r in regions]
    assert country not in [set(r) for r in regions]


@pytest.mark.parametrize(
    ("label", "name", "lists"),
    [
        ("Republic of Ireland", {"ireland"}, True),  # Ireland's other name
        ("Northern Ireland", {"ireland"}, False),  # another place
        ("Atlantic Canada (NB, NS)", {"canada"}, False),
        ("Alaska, Hawaii, Puerto Rico", {"alaska"}, True),
        # a narrowing word the places file does not know as a place's: a part of the country
        ("Western Canada (BC, AB)", {"canada"}, False),
        ("Rest of Canada", {"canada"}, True),
        # a narrowing word that is the name's own ("South Island") narrows nothing
        ("Rest of South Island", {"south", "island"}, True),
    ],
)
def test_a_row_lists_a_place_by_its_name_not_a_narrower_ones(label: str, name: set[str], lists: bool) -> None:
    assert _lists(label, frozenset(name), set()) is lists


def test_a_narrowing_word_the_shopper_says_names_the_row() -> None:
    assert _lists("Western Canada (BC, AB)", frozenset({"canada"}), {"western"})


def test_the_towns_file_is_in_the_package() -> None:
    assert (Path(__file__).parents[1] / "copilot" / "drafting" / "cities.tsv.gz").stat().st_size > 100_000
