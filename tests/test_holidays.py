"""Holidays a question names are read with their dates, as ``holidays.yaml``'s examples say; a page that
writes the date answers "are you open on boxing day?", and the rows of the days between two holidays answer
"your hours between christmas and new year?". An invented shop's FAQ."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.drafting.holidays import HolidayExample, dated, load_holidays
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop, invented_variant


@pytest.mark.parametrize("example", load_holidays().examples, ids=lambda e: e.text)
def test_holidays_are_dated_as_the_examples_say(example: HolidayExample) -> None:
    assert dated(example.text, example.today) == example.dated


def test_a_holiday_already_past_this_year_is_next_years() -> None:
    assert dated("open on boxing day?", date(2026, 12, 27)) == "open on boxing day (December 26)?"
    assert dated("open on good friday?", date(2026, 4, 4)) == "open on good friday (March 26)?"  # 2027's


PAGES = {
    "faq.md": """# FAQ

## Opening hours

We're open Monday to Saturday, 9 am to 5 pm. Holidays: we're closed December 25 and 26 and January 1,
and open 10 am to 2 pm on December 24.

## Returns

Unopened items can be returned within 30 days.
"""
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product(
            "G1",
            "Ringside Boxing Gloves",
            "Boxing",
            ["Weight: 12 oz"],
            [invented_variant("RG-12", {}, 59.0)],
            "Kumo",
        )
    ]
    return invented_shop(tmp_path_factory.mktemp("kumo"), "Kumo Fight Supply", products, PAGES)


@pytest.mark.parametrize("question", ["are you open on boxing day?", "open on christmas eve?"])
def test_a_holiday_is_answered_by_the_date_the_page_gives(shop: Copilot, question: str) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and "December 25 and 26" in result.reply, result.reply
    assert "returned" not in result.reply


def test_a_product_named_like_a_holiday_is_still_the_product(shop: Copilot) -> None:
    result = converse(shop, "how much are the boxing gloves?")
    assert "59" in result.reply and "December" not in result.reply, result.reply


HOURS_TABLE = {
    "hours.md": """# Holiday hours

| Date | Hours |
|---|---|
| Monday, December 21 | 10 am - 6 pm (extra holiday opening) |
| Thursday, December 24 (Christmas Eve) | 10 am - 3 pm |
| Saturday, December 26 | Closed |
| Monday, December 28 | 10 am - 6 pm (extra holiday opening) |
| Tuesday 29 – Thursday 31 December | 11 am - 4 pm |
| Friday, January 1 | Closed |
"""
}


@pytest.fixture(scope="module")
def dated_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product(
            "G1",
            "Ringside Boxing Gloves",
            "Boxing",
            ["Weight: 12 oz"],
            [invented_variant("RG-12", {}, 59.0)],
            "Kumo",
        )
    ]
    return invented_shop(tmp_path_factory.mktemp("kumo_hours"), "Kumo Fight Supply", products, HOURS_TABLE)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("open on december 26?", "December 26; Hours: Closed", "December 21"),
        ("are you open on boxing day?", "December 26; Hours: Closed", "December 28"),
        ("what are your hours on the 21st of december?", "10 am - 6 pm", "Closed"),
        # a row of a stretch of days names each of them
        ("open on december 30?", "11 am - 4 pm", "December 28"),
        # the days between two holidays: their rows, not the rows of the holidays themselves
        ("what are your hours between christmas and new year?", "11 am - 4 pm", "Christmas Eve"),
        ("hours between christmas and new year?", "December 28; Hours: 10 am - 6 pm", "January 1"),
    ],
)
def test_a_day_of_the_year_names_its_row_of_an_hours_table(
    dated_shop: Copilot, question: str, said: str, not_said: str
) -> None:
    result = converse(dated_shop, question)
    assert result.action == "answer" and said in result.reply and not_said not in result.reply, result.reply


WEEK_HOURS = {
    "hours.md": """# Opening hours

| Day | Hours |
|---|---|
| Monday to Friday | 8 am - 5:30 pm |
| Saturday | 8 am - 4 pm |
| Sunday | 9 am - 2 pm |
"""
}


@pytest.fixture(scope="module")
def week_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    products = [
        invented_product(
            "H1", "Sun Hat", "Hats", ["Brim: 8 cm"], [invented_variant("SH-1", {}, 29.0)], "Kumo"
        )
    ]
    return invented_shop(tmp_path_factory.mktemp("kumo_week"), "Kumo Fight Supply", products, WEEK_HOURS)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("hrs sat", "8 am - 4 pm", "9 am"),
        ("opn sun?", "9 am - 2 pm", "4 pm"),
        ("hrs mon to fri?", "5:30 pm", "2 pm"),
    ],
)
def test_a_day_shortened_in_a_question_about_hours_is_that_day(
    week_shop: Copilot, question: str, said: str, not_said: str
) -> None:
    result = converse(week_shop, question)
    assert result.action == "answer" and said in result.reply and not_said not in result.reply, result.reply


def test_a_shortened_day_is_a_word_elsewhere(week_shop: Copilot) -> None:
    assert "29.00" in converse(week_shop, "how much is the sun hat?").reply


def test_what_about_another_day_asks_the_same_of_that_day(dated_shop: Copilot) -> None:
    result = converse(dated_shop, "are you open on christmas eve?", "what about boxing day?")
    assert "December 26; Hours: Closed" in result.reply and "3 pm" not in result.reply, result.reply


def test_and_another_weekday_asks_its_hours(week_shop: Copilot) -> None:
    result = converse(week_shop, "what are your hours on saturday?", "and sunday?")
    assert "9 am - 2 pm" in result.reply and "4 pm" not in result.reply, result.reply
