"""Days of a month a message names ("on the 4th of december", "dec 4th", "2026-12-04"): the day a
shopper ordered or was charged. Such a day is no order number and no proof of who they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*)\.?"
_DAY_NUMBER = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d)"
_DAY_OF_MONTH = re.compile(
    rf"(?i)\b{_DAY_NUMBER}(?:\s+of)?\s+{_MONTH_WORD}(?!\w)|\b{_MONTH_WORD}\s+(?:the\s+)?{_DAY_NUMBER}(?!\w)"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b"
)


@dataclass(frozen=True)
class DaySaid:
    """A day of a month a text names, with its year when it gives one."""

    month: int
    day: int
    year: int | None = None

    def is_day(self, iso_day: str) -> bool:
        """Whether an ISO date ("2026-12-04") is this day (in any year, when none was said)."""
        said = f"{self.month:02d}-{self.day:02d}"
        return iso_day[5:10] == said and (self.year is None or iso_day[:4] == str(self.year))

    def __str__(self) -> str:
        return f"{date(2000, self.month, self.day):%B} {self.day}" + (f", {self.year}" if self.year else "")


def day_said(text: str) -> DaySaid | None:
    """The day of a month a text names ("on the 4th of december", "dec 4th", "2026-12-04"): shoppers
    name the day they ordered or were charged."""
    found = _DAY_OF_MONTH.search(text)
    if found is None:
        return None
    if found.group(5):
        year, month, day = int(found.group(5)), int(found.group(6)), int(found.group(7))
    else:
        year = None
        day = int(found.group(1) or found.group(4))
        month = _MONTHS.index((found.group(2) or found.group(3)).lower()) + 1
    try:
        date(year or 2000, month, day)  # a leap year: "29 feb" is a day
    except ValueError:  # "30 feb"
        return None
    return DaySaid(month, day, year)


def without_days(text: str) -> str:
    """The text without the days of a month it names."""
    return _DAY_OF_MONTH.sub(" ", text)
