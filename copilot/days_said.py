"""Days of a month a message names ("on the 4th of december", "dec 4th", "2026-12-04"): the day a
shopper ordered or was charged. Such a day is no order number and no proof of who they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d:.,]\d)"
_YEAR = r"(?:,?\s+(?P<{}>\d{{4}})\b)?"
_DAY_OF_MONTH = re.compile(
    rf"(?i)\b(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{_MONTH})(?!\w){_YEAR.format('y1')}"
    rf"|\b(?P<m2>{_MONTH})\s+(?:the\s+)?(?P<d2>{_DAY})(?!\w){_YEAR.format('y2')}"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b"
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

    def gone_by(self, today: date) -> bool:
        """Before ``today``, where its year is known."""
        return self.year is not None and date(self.year, self.month, self.day) < today

    def __str__(self) -> str:
        return f"{date(2000, self.month, self.day):%B} {self.day}" + (f", {self.year}" if self.year else "")


def day_said(text: str) -> DaySaid | None:
    """The first day of a month a text names ("on the 4th of december", "dec 4th", "2026-12-04"):
    shoppers name the day they ordered or were charged."""
    return next(iter(days_said(text)), None)


def days_said(text: str) -> list[DaySaid]:
    """Every day of a month a text names, with its year where it gives one ("from December 26, 2026")."""
    days = []
    for found in _DAY_OF_MONTH.finditer(text):
        year = found["y1"] or found["y2"] or found["y3"]
        month_said = found["m1"] or found["m2"] or found["m3"]
        day = int(re.sub(r"\D", "", found["d1"] or found["d2"] or found["d3"]))
        month = int(month_said) if month_said.isdigit() else _MONTHS.index(month_said[:3].lower()) + 1
        try:
            date(int(year or 2000), month, day)  # a leap year: "29 feb" is a day
        except ValueError:  # "30 feb"
            continue
        days.append(DaySaid(month, day, int(year) if year else None))
    return days


def without_days(text: str) -> str:
    """The text without the days of a month it names."""
    return _DAY_OF_MONTH.sub(" ", text)
