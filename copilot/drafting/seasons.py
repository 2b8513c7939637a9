"""Rows of a page's seasonal tables ("Winter hours", "Summer hours"): said with their season, and the
ones in effect today.

A shop that keeps winter and summer hours lists two tables of days under two captions; a row alone
("Day: Saturday; Hours: 10:00 am - 3:00 pm.") does not say which season it is, so it is said with its
caption. When the page says when each season runs ("winter hours from October 1 to April 30"), a
question that names no season is answered with the rows of the season today falls in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from copilot.drafting.text import row_sentence
from copilot.schemas import Passage

_SEASONS = ("winter", "summer", "spring", "autumn", "fall", "high season", "low season", "peak season")
_SEASON = "|".join(_SEASONS)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_MONTH = "|".join(_MONTHS)


def _a_day(side: str) -> str:
    """ "October 1", "Oct 1st" or "1 October", its parts named for ``side``."""
    return (
        rf"(?:(?P<{side}m>{_MONTH})\.?\s+(?P<{side}d>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<{side}d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<{side}m2>{_MONTH}))\b"
    )


# "winter hours from October 1 to April 30", "summer hours (1 May - 30 September)"
_RANGE = re.compile(
    rf"\b(?P<season>{_SEASON})\b[^.;\n]{{0,40}}?{_a_day('a')}\s*(?:to|until|till|through|-|–)\s*{_a_day('b')}",
    re.IGNORECASE,
)
# a short line that captions the table below it: "Winter hours", "Summer opening times"
_CAPTION = re.compile(rf"^\W*(?P<season>{_SEASON})\b[\w\s&()-]{{0,40}}$", re.IGNORECASE)


def in_season(
    chosen: list[tuple[str, Passage]], question: str, today: date, pages: Sequence[Passage] = ()
) -> list[tuple[str, Passage]]:
    """The chosen sentences, each row of a season's table said with its caption; when the page says when
    each season runs, another season's row gives way to the same row of the season of the month asked
    ("open on sundays in december?"), else of today's. A page's parts (``pages``, a section per season)
    are read as one page. A question that names a season is left as it is (its own words chose its rows)."""
    if re.search(rf"\b(?:{_SEASON})\b", question, re.IGNORECASE):
        return chosen
    parts: dict[str, dict[str, Passage]] = {}
    for page in [p for _, p in chosen] + list(pages):
        parts.setdefault(page.source, {}).setdefault(page.key, page)
    month = re.search(rf"\b(?:in|during|for|over|this|next)\s+({_MONTH})\b", question, re.IGNORECASE)
    when = date(today.year, _MONTHS[month[1].lower()], 15) if month else today
    kept: list[tuple[str, Passage]] = []
    for sentence, passage in chosen:
        sections = list(parts[passage.source].values())
        text = "\n".join(p.text for p in sections)
        row = _row_of(sentence, passage.text) or _row_of(sentence, text)
        if row is None:
            kept.append((sentence, passage))
            continue
        now = _season_today(text, when)
        if now is None or now == row.season:
            kept.append((f"{row.caption}: {sentence}", passage))
            continue
        for part in sections:  # Sunday in summer asked in December: winter's Sunday, from its own section
            if (same := _row_in_season(row, now, part.text)) is not None:
                kept.append((same, part))
                break
    said: list[tuple[str, Passage]] = []
    caption = ""
    for sentence, passage in {sentence: (sentence, passage) for sentence, passage in kept}.values():
        head, _, rest = sentence.partition(": ")
        said.append((rest if rest and head == caption else sentence, passage))  # a caption said once
        caption = head if rest and _CAPTION.match(head) else caption
    return said


@dataclass(frozen=True)
class _Row:
    caption: str  # "Winter hours"
    season: str  # "winter"
    first: str  # its first cell: "Sunday"


def _tables(text: str) -> list[tuple[re.Match[str] | None, list[str], list[list[str]]]]:
    """The page's tables, each with the caption line above it, its header and its rows (as cells)."""
    tables: list[tuple[re.Match[str] | None, list[str], list[list[str]]]] = []
    caption: re.Match[str] | None = None
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            # a section's heading path ends in its caption: "FAQ > Opening hours > Winter hours (1 Oct ...)"
            caption = _CAPTION.match(stripped.rpartition(" > ")[2]) or (caption if not stripped else None)
            in_table = False
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if not in_table:
            tables.append((caption, cells, []))
            in_table = True
        elif not all(set(c) <= set(":- ") for c in cells):
            tables[-1][2].append(cells)
    return tables


def _row_of(sentence: str, text: str) -> _Row | None:
    """The row of a seasonal table this sentence says (every cell of it is in the sentence)."""
    for caption, _, rows in _tables(text):
        for cells in rows:
            if caption and any(cells) and all(c in sentence for c in cells if c):
                return _Row(caption.group(0).strip(), caption.group("season").lower(), cells[0])
    return None


def _row_in_season(row: _Row, season: str, text: str) -> str | None:
    """The row of the in-season table with the same first cell, said as a table row is ("Day: Sunday;
    Hours: Closed.")."""
    for caption, header, rows in _tables(text):
        if caption is None or caption.group("season").lower() != season:
            continue
        for cells in rows:
            if cells and cells[0] == row.first:
                return f"{caption.group(0).strip()}: {row_sentence(header, cells)}"
    return None


def _season_today(text: str, today: date) -> str | None:
    """The season (its caption's first word, lower case) whose stated run holds today, when the page
    states one."""
    for found in _RANGE.finditer(text):
        start, end = _day(found, "a", today.year), _day(found, "b", today.year)
        if start is None or end is None:
            continue
        inside = start <= today <= end if start <= end else (today >= start or today <= end)
        if inside:
            return found.group("season").lower()
    return None


def _day(found: re.Match[str], side: str, year: int) -> date | None:
    month = found.group(f"{side}m") or found.group(f"{side}m2")
    day = found.group(f"{side}d") or found.group(f"{side}d2")
    try:
        return date(year, _MONTHS[month.lower()], int(day))
    except ValueError:
        return None
