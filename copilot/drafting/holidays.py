"""Holidays named in a question, given their dates, so a page that writes the date answers; days of
the week shortened in a question about opening hours, written out.

"Are you open on boxing day?" is answered by "we're closed December 25 and 26": the question is read as
"... boxing day (December 26)?". The holidays and when a name is the day are data (``holidays.yaml``);
Easter's date comes from ``dateutil``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from dateutil.easter import easter
from pydantic import BaseModel, ConfigDict

from copilot.drafting.text import join_words
from copilot.policy_files import load_yaml_model

HOLIDAYS = Path(__file__).with_name("holidays.yaml")


class Holiday(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[str]


class FixedHoliday(Holiday):
    month: int
    day: int

    def on(self, year: int) -> date:
        return date(year, self.month, self.day)


class EasterHoliday(Holiday):
    days: int  # from Easter Sunday

    def on(self, year: int) -> date:
        return easter(year) + timedelta(days=self.days)


class HolidayExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    today: date
    dated: str


class Holidays(BaseModel):
    """``holidays.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    before: list[str]
    day_words: list[str]
    weekdays: dict[str, str]
    hours_words: list[str]
    not_nouns: list[str]
    fixed: list[FixedHoliday]
    easter: list[EasterHoliday]
    examples: list[HolidayExample]


@cache
def load_holidays() -> Holidays:
    return load_yaml_model(HOLIDAYS, Holidays, "holidays")


def _plain(name: str) -> str:
    return " ".join(name.lower().replace("’", "").replace("'", "").split())


@cache
def _by_name() -> dict[str, FixedHoliday | EasterHoliday]:
    data = load_holidays()
    holidays: list[FixedHoliday | EasterHoliday] = [*data.fixed, *data.easter]
    return {_plain(n): h for h in holidays for n in h.names}


def _any_of(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def _spelled_any_way(names: set[str]) -> str:
    """The names as alternatives, the longest first, with any spaces and with or without apostrophes."""
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]?") for n in ordered)


@cache
def _names() -> re.Pattern[str]:
    """A holiday's name, and the word before it that places it in time."""
    alternatives = _spelled_any_way({n for h in _by_name().values() for n in h.names})
    before = rf"(?:{_any_of(load_holidays().before)})\s+(?:the\s+)?"
    return re.compile(rf"(?i)(?<![\w'’])({before})?({alternatives})(?![\w'’])")


@cache
def _day_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_any_of(load_holidays().day_words)})$")


@cache
def _noun_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+(?!(?:{_any_of(load_holidays().not_nouns)})\b)[^\W\d_]")


@cache
def _hours_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_any_of(load_holidays().hours_words)})\b")


@cache
def _short_weekday() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_any_of(list(load_holidays().weekdays))})\b\.?")


def _weekdays_written_out(text: str) -> str:
    """ "hrs sat" as "hrs saturday": a day shortened, in a message about opening hours."""
    if not _hours_word().search(text):
        return text
    days = load_holidays().weekdays
    return _short_weekday().sub(lambda found: days[found.group().rstrip(".").lower()], text)


@cache
def _between() -> re.Pattern[str]:
    """Two holidays as the ends of a stretch of days: "between christmas and new year"."""
    names = _spelled_any_way({n for h in _by_name().values() for n in h.names})
    return re.compile(
        rf"(?i)\b(?:between|from)\s+(?:the\s+)?({names})(?![\w'’])\s+(?:and|to|till|until|through|thru)"
        rf"\s+(?:the\s+)?({names})(?![\w'’])"
    )


def _next(holiday: FixedHoliday | EasterHoliday, start: date) -> date:
    """The holiday's next day on or after ``start``."""
    when = holiday.on(start.year)
    return when if when >= start else holiday.on(start.year + 1)


def _days_between(found: re.Match[str], today: date) -> str:
    """ "between christmas and new year" as the days between them ("on December 26, 27, 28, 29, 30
    and 31"), so the rows of a holiday-hours table for those days answer, not the rows of the two
    holidays themselves."""
    first = _next(_by_name()[_plain(found.group(1))], today)
    last = _next(_by_name()[_plain(found.group(2))], first)
    days = [first + timedelta(days=n) for n in range(1, (last - first).days)]
    if not days or len(days) > 14:
        return found.group(0)
    months: dict[str, list[str]] = {}
    for day in days:
        months.setdefault(f"{day:%B}", []).append(str(day.day))
    return f"on {', '.join(f'{month} {join_words(d)}' for month, d in months.items())}"


def dated(text: str, today: date) -> str:
    """The text with each holiday it names as a day followed by that day's date, the next one from
    ``today`` ("open on boxing day?" as "open on boxing day (December 26)?"), the days between two it
    names as a stretch ("between christmas and new year"), and a day of the week shortened in a
    question about opening hours written out ("hrs sat" as "hrs saturday")."""
    text = _between().sub(lambda found: _days_between(found, today), _weekdays_written_out(text))

    def add(found: re.Match[str]) -> str:
        before, name = found.group(1), found.group(2)
        if not before and not _day_word().search(name):
            return found.group(0)  # "christmas trees", "easter egg": a bare name is a day only after "on"
        if not _day_word().search(name) and _noun_after().match(text, found.end()):
            return found.group(0)
        when = _next(_by_name()[_plain(name)], today)
        return f"{found.group(0)} ({when:%B} {when.day})"

    return _names().sub(add, text)


@cache
def _day_names() -> re.Pattern[str]:
    holidays = {n for h in _by_name().values() for n in h.names}
    weekdays = set(load_holidays().weekdays.values())  # "sat" and "sun" are words too: not alone
    return re.compile(rf"(?i)(?<![\w'’])(?:{_spelled_any_way(holidays | weekdays)})(?![\w'’])")


def days_named(text: str) -> list[str]:
    """The holidays and days of the week a text names, as written ("christmas day", "Saturday")."""
    return [found.group() for found in _day_names().finditer(text)]
