"""Questions on a class a store invented here sells (Kilnworth Pottery: a wheel-throwing class and
clay; its page gives the class's dates in a table and who may join, an FAQ gives the age to buy glaze)
that the class's own record does not answer: when it runs next is a date from the table, not how long
it lasts; whether a child may join is the page's age rule for classes. Not yet: the age rule asked of
the class by name ("can my 13 year old take the wheel throwing taster?"), where the table's rows that
name it weigh more than the rule."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Kilnworth Pottery"
PRODUCTS = [
    invented_product(
        "TASTER",
        "Wheel Throwing Taster (Class)",
        "Classes",
        ["Length: 2 hours", "Seats: one person per seat"],
        [_variant("WT-1", {"Title": "Default Title"}, 45.0)],
        MAKER,
    ),
    invented_product(
        "CLAY",
        "Stoneware Clay 10 kg",
        "Clay",
        ["Firing range: 1220-1280 C"],
        [_variant("SC-10", {"Title": "Default Title"}, 24.0)],
        MAKER,
    ),
]

PAGES = {
    "classes.md": """# Classes

## Wheel Throwing Taster

Two hours at the wheel, Saturdays 2 pm - 4 pm. Clay, tools and firing are included.

## Upcoming dates

| Class | Date | Seats |
| --- | --- | --- |
| Wheel Throwing Taster | Saturday, March 6, 2027, 2 pm | Available |
| Wheel Throwing Taster | Saturday, March 20, 2027, 2 pm | Full |

### Who can join a class?

Students must be 12 or older. Under 16s need a parent or guardian in the same class.
""",
    "faq.md": """# FAQ

## Glazes

You must be 18 or older to buy glaze chemicals from us, and we ask for photo ID.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("kilnworth"), MAKER, PRODUCTS, PAGES, "GBP")


@pytest.mark.parametrize("question", ["when's the next wheel throwing taster?", "whens the next class?"])
def test_when_a_class_runs_next_is_its_date_not_its_length(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and "March 6, 2027" in result.reply, result.reply


@pytest.mark.parametrize(
    "question", ["is there a minimum age for classes?", "is my 11 year old old enough for classes?"]
)
def test_who_may_join_a_class_is_the_pages_age_rule_for_classes(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert "12 or older" in result.reply and "18" not in result.reply, result.reply
