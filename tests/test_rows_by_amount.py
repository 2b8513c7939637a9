"""Questions on a store invented here (Brackwater Aquatics: a heater guide whose rows are tank volumes,
written with thousands separators, and whose columns are what to buy in a warm or a cold room). The row
is the amount the question gives, however it writes the number ("1500 l", "1,500 L"), and the columns
are those its words name."""

from __future__ import annotations

import pytest

from copilot.drafting.sizes import grammar
from copilot.drafting.text import row_by_amount
from copilot.schemas import Passage
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Brackwater Aquatics"
PRODUCTS = [
    invented_product(
        f"HEAT{watts}",
        f"Brackwater {watts} W Titanium Heater",
        "Heaters",
        [f"Power: {watts} W", "Body: titanium"],
        [_variant(f"BW-{watts}", {"Title": "Default Title"}, price)],
        MAKER,
    )
    for watts, price in ((100, 39.0), (300, 69.0), (800, 149.0))
]
PAGES = {
    "heater-guide.md": """# Heater guide

Choose the heater by the tank's volume and how warm the room is.

| Tank volume | Heater (warm room) | Heater (cold room) | Thermometers |
|---|---|---|---|
| 500 L | 300 W | 500 W | 1 |
| 1,000 L | 500 W | 800 W | 2 |
| 1,500 L | 800 W | 1,200 W | 2 |
| 2,000 L | 1,000 W | 1,600 W | 3 |
""",
    "gravel.md": """# Gravel calculator

Bags to order, with 10% extra for settling.

| Area | 0.5 m² bag | 1.2 m² bag | 2 m² bag |
|---|---|---|---|
| 10 m² | 22 | 10 | 6 |
| 20 m² | 44 | 19 | 11 |

## Bedding sand

| Area | Sand 20 kg, 30 mm bed | Sand 20 kg, 50 mm bed |
|---|---|---|
| 10 m² | 24 | 40 |
| 20 m² | 48 | 80 |
""",
    "services.md": """# Services

| Service | Price | Turnaround |
|---|---|---|
| Heaters of 300 W and over | $25.00 | 5 days |
| Filters and pumps | $40.00 | 7 days |
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("brackwater"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # the amount without its separator; both heater columns named
        (
            "what heater do i need for a 1500 l tank",
            ["1,500 L", "800 W", "1,200 W"],
            ["1,000 L", "Thermometers"],
        ),
        # the column the question's words name over the others
        ("2000 litre pond in a cold room, what heater?", ["1,600 W"], ["1,000 W"]),
        ("how many thermometers for 1,000 l", ["Thermometers: 2"], ["500 W"]),
    ],
)
def test_the_row_of_the_amount_given(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_row_that_mentions_an_amount_is_no_row_of_it(shop: Copilot) -> None:
    # "Heaters of 300 W and over" is a kind of thing serviced, not the 300 W row of a table by amount
    reply = converse(shop, "price of the brackwater 100 w heater", "and the 300 w?").reply
    assert "69.00" in reply and "25.00" not in reply, reply


@pytest.mark.parametrize(
    "question",
    ["is the heater 500 in black in stock", "do you have the 300 in stock", "size 7 in teal"],
)
def test_in_before_a_word_gives_no_amount_and_no_page_search(question: str) -> None:
    # "500 in black" is no 500 inches: the pages are not searched for a row (a search on most turns)
    def pages() -> list[tuple[Passage, float]]:
        raise AssertionError(f"pages searched for {question!r}")

    assert row_by_amount(question, pages) is None


def test_an_amount_in_a_line_unit_is_still_read() -> None:
    assert [m.text for m in grammar().amounts_asked("what battery for 1500 wh a day, 12 in wide?")] == [
        "1500 wh",
        "12 in",
    ]


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # an area however it is written; the column headed by the other amount given, over every word
        ("how many bags of 1.2 m2 gravel do i need for 20m2", ["1.2 m² bag: 19"], ["44", "11", "Sand"]),
        ("20 square metres in the 2 m² bags, how many bags?", ["2 m² bag: 11"], ["19", "Sand"]),
        ("how much sand for 10 sqm with a 50 mm bed", ["50 mm bed: 40"], ["30 mm bed", "bag:"]),
    ],
)
def test_a_table_by_area_and_the_column_of_the_other_amount_given(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_header_that_is_an_amount_alone_names_nothing_asked() -> None:
    # "2.85 mm" heads a column of lengths per spool: a price asked of the 2.85 mm 1 kg version is no row
    table = "| Spool weight | 1.75 mm | 2.85 mm |\n|---|---|---|\n| 1 kg | about 330 m | about 126 m |\n"
    page = Passage(key="doc:guide.md#spools:0", kind="document", text=table, source="guide.md")
    assert row_by_amount("price of the pla in 2.85mm 1kg?", lambda: [(page, 0.9)]) is None
