"""Questions on a store invented here (Larch Lake Outfitters: winter and summer opening hours in two
tables under captions, the page saying when each season runs). A row alone does not say its season, so
it is said with its caption, and the season today falls in answers a question that names none: on
December 6 a summer Saturday row gives way to winter's, and "and sunday?" in winter is "Closed"."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.drafting.seasons import in_season
from copilot.schemas import Passage
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Larch Lake Outfitters"
PRODUCTS = [
    invented_product(
        "CANOE",
        "Larch 16 ft Canoe",
        "Boats",
        ["Length: 16 ft"],
        [_variant("LC-16", {"Title": "Default Title"}, 1899.0)],
        MAKER,
    )
]
PAGES = {
    "faq.html": """<html><body><h1>FAQ</h1>
<h2>What are your opening hours?</h2>
<p>We keep winter hours from October 1 to April 30 and summer hours from May 1 to September 30.</p>
<p><strong>Winter hours</strong></p>
<table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>
<tr><td>Monday to Friday</td><td>9:00 am - 5:00 pm</td></tr>
<tr><td>Saturday</td><td>10:00 am - 3:00 pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody></table>
<p><strong>Summer hours</strong></p>
<table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>
<tr><td>Monday to Friday</td><td>8:00 am - 6:00 pm</td></tr>
<tr><td>Saturday</td><td>9:00 am - 4:00 pm</td></tr>
<tr><td>Sunday</td><td>10:00 am - 2:00 pm</td></tr>
</tbody></table>
<h2>How do I contact you?</h2><p>Call us on 250-555-0100.</p>
</body></html>""",
}
WINTER_SATURDAY = "10:00 am - 3:00 pm"
SUMMER_SATURDAY = "9:00 am - 4:00 pm"


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("larch"), MAKER, PRODUCTS, PAGES, currency="CAD")


@pytest.fixture(scope="module")
def hours_page(shop: Copilot) -> Passage:
    [hit] = [
        h
        for h in shop.retriever.search("what are your opening hours", k=5)
        if "opening-hours" in h.passage.key
    ]
    return hit.passage


def test_a_seasons_row_is_said_with_its_caption_and_one_season_only(shop: Copilot) -> None:
    reply = converse(shop, "what time do you open on saturday").reply
    assert "hours:" in reply, reply
    assert (WINTER_SATURDAY in reply) != (SUMMER_SATURDAY in reply), reply


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # a weekday is Monday to Friday, a weekend Saturday or Sunday
        ("what time do you open on weekdays?", "Monday to Friday", "Saturday"),
        ("are you open on weekends?", "Saturday", "Monday to Friday"),
    ],
)
def test_weekdays_and_weekends_are_their_days(shop: Copilot, question: str, said: str, not_said: str) -> None:
    reply = converse(shop, question).reply
    assert said in reply and not_said not in reply, reply


@pytest.mark.parametrize(
    ("today", "said", "not_said"),
    [
        (date(2026, 12, 6), f"Winter hours: Day: Saturday; Hours: {WINTER_SATURDAY}.", SUMMER_SATURDAY),
        (date(2027, 6, 1), f"Summer hours: Day: Saturday; Hours: {SUMMER_SATURDAY}.", WINTER_SATURDAY),
    ],
)
def test_the_season_today_falls_in_answers(
    hours_page: Passage, today: date, said: str, not_said: str
) -> None:
    rows = [
        (f"Day: Saturday; Hours: {SUMMER_SATURDAY}.", hours_page),
        (f"Day: Saturday; Hours: {WINTER_SATURDAY}.", hours_page),
    ]
    kept = [sentence for sentence, _ in in_season(rows, "what time do you open on saturday", today)]
    assert kept == [said]
    assert not any(not_said in sentence for sentence in kept)


def test_a_day_closed_in_this_season_takes_the_place_of_its_row_in_another(hours_page: Passage) -> None:
    rows = [("Day: Sunday; Hours: 10:00 am - 2:00 pm.", hours_page)]
    kept = in_season(rows, "and sunday?", date(2026, 12, 6))
    assert [sentence for sentence, _ in kept] == ["Winter hours: Day: Sunday; Hours: Closed."]


def test_a_season_asked_is_left_to_the_question(hours_page: Passage) -> None:
    rows = [(f"Day: Saturday; Hours: {SUMMER_SATURDAY}.", hours_page)]
    assert in_season(rows, "what are your summer hours on saturday?", date(2026, 12, 6)) == rows


def _section(caption: str, rows: str) -> Passage:
    """One section of a page split by its headings, as ingest makes it: its heading path, then its table."""
    slug = caption.lower().replace(" ", "-").replace("(", "").replace(")", "")
    return Passage(
        key=f"doc:pages/hours.html#{slug}:0",
        kind="document",
        text=f"Help > Opening hours > {caption}\n| Day | Hours |\n{rows}",
        source="pages/hours.html",
        title="Opening hours",
    )


WINTER = _section(
    "Winter hours (1 October to 31 March)", "| Saturday | 9:30 to 16:00 |\n| Sunday | 12:00 to 16:00 |"
)
SUMMER = _section(
    "Summer hours (1 April to 30 September)", "| Saturday | 9:30 to 13:00 |\n| Sunday | Closed |"
)


@pytest.mark.parametrize(
    ("question", "today", "expected"),
    [
        # December: winter's Sunday, from winter's own section
        ("are you open on sundays?", date(2026, 12, 6), "Day: Sunday; Hours: 12:00 to 16:00."),
        # a month asked picks its season, whatever today is
        ("are you open on sundays in december?", date(2027, 6, 1), "Day: Sunday; Hours: 12:00 to 16:00."),
        ("are you open on sundays in july?", date(2026, 12, 6), "Day: Sunday; Hours: Closed."),
    ],
)
def test_seasons_in_sections_of_their_own_are_read_as_one_page(
    question: str, today: date, expected: str
) -> None:
    [(sentence, passage)] = in_season(
        [("Day: Sunday; Hours: Closed.", SUMMER)], question, today, [WINTER, SUMMER]
    )
    assert sentence.endswith(expected), sentence
    assert passage is (WINTER if "12:00" in expected else SUMMER)  # cited: the section the row is from


CHRISTMAS_PAGES = {
    "faq.md": "# FAQ\n\n## Christmas opening hours\n\n| Day | Hours |\n|---|---|\n"
    "| Christmas Eve | 9:00 am - 1:00 pm |\n| Christmas Day | Closed |\n"
    "| 27 to 30 December | 10:00 am - 4:00 pm |\n",
    "delivery.md": "# Delivery\n\n## Christmas delivery\n\n| What | Order by |\n|---|---|\n"
    "| Canoes and kayaks (freight) | Friday 11 December |\n| Parcels | Thursday 17 December |\n",
}


@pytest.fixture(scope="module")
def christmas_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("larch-xmas"), MAKER, PRODUCTS, CHRISTMAS_PAGES, currency="CAD"
    )


def test_a_christmas_cut_off_is_the_last_day_to_order_not_the_christmas_hours(
    christmas_shop: Copilot,
) -> None:
    """ "Whats the christmas cut off for getting a canoe delivered?" asks a date: the Christmas delivery
    table's, not the Christmas opening hours a "cut off" time would be read from."""
    reply = converse(christmas_shop, "whats the christmas cut off for getting a canoe delivered").reply
    assert "11 December" in reply and "9:00 am" not in reply, reply
