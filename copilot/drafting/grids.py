"""A grid's cell: a table whose rows and columns are both ranges of a measure ("Up to 24 in",
"24¼–36 in" down the side, "Drop up to 72 in", "Drop 72¼–96 in" across the top), read at the two
measures a question gives ("everyday roller 40 wide 80 drop, how much?"). Made-to-measure blinds,
cut-to-size glass and rugs, and shipping by weight and distance are priced this way. The question's
first measure is the row's unless the word after a measure names the columns' measure ("drop"); a
measure in centimetres is read against a grid in inches; a surcharge the section states for a word the
question says ("blackout fabric adds $25.00") is added; a measure past the grid's last range is said
to be, with what the section says of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from copilot.drafting.base import Draft, cite
from copilot.drafting.options import FRACTIONS
from copilot.drafting.text import body_of, sentences
from copilot.lexical import tokenize
from copilot.schemas import Passage

_NUMBER = r"\d+(?:\.\d+)?(?:\s*[¼½¾⅛⅜⅝⅞]|\s+[1357]/[248])?"
_UNIT = r"(?:cm|mm|m|in|inch(?:es)?|\"|”|''|ft|feet)"
_RANGE = re.compile(
    rf"(?i)(?:(?P<upto>up\s+to|under|less\s+than)\s*(?P<top>{_NUMBER})|(?P<low>{_NUMBER})\s*(?:[–—-]|to)\s*"
    rf"(?P<high>{_NUMBER})|(?:over|above|more\s+than)\s*(?P<over>{_NUMBER}))\s*(?P<unit>{_UNIT})?"
)
_GIVEN = re.compile(
    rf"(?i)(?<![\w.$£€])(?P<value>{_NUMBER})\s*(?P<unit>{_UNIT})?(?![\w.%])(?:\s*(?P<word>[a-z]+))?"
)
_PER_INCH = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "m": 100 / 2.54, "ft": 12.0, "feet": 12.0}
_ADDS = re.compile(r"(?i)\badds?\s+(?P<amount>[$£€]\s?\d+(?:\.\d{2})?)")
_MONEY = re.compile(r"[$£€]\s?(\d+(?:,\d{3})*(?:\.\d{2})?)")


@dataclass(frozen=True)
class _Span:
    low: float
    high: float
    unit: str | None  # as the header writes it ("cm"), None when it writes none
    text: str

    def holds(self, value: float, unit: str | None) -> bool:
        """The range holds a length, in its own unit: a bare number is in the grid's."""
        given = _in_unit(value, unit, _unit(self.unit)) if unit and self.unit else value
        return self.low <= given <= self.high


def _number(text: str) -> float:
    text = text.strip()
    if fraction := re.fullmatch(r"(\d+(?:\.\d+)?)\s+([1357])/([248])", text):
        return float(fraction.group(1)) + int(fraction.group(2)) / int(fraction.group(3))
    whole = re.match(r"\d+(?:\.\d+)?", text)
    value = float(whole.group()) if whole else 0.0
    return value + sum(v for sign, v in FRACTIONS.items() if sign in text)


def _unit(unit: str | None) -> str:
    """A length unit by one name: "inches", '"' and "in" are "in"."""
    said = (unit or "in").lower()
    return said if said in _PER_INCH else "in"


def _in_unit(value: float, unit: str | None, to: str) -> float:
    """A length in ``to``'s unit: 100 cm is 39.37 in."""
    return value * _PER_INCH.get(_unit(unit), 1.0) / _PER_INCH.get(to, 1.0)


def _span(text: str) -> _Span | None:
    """The range a header cell states ("24¼–36 in", "Drop up to 72 in", "Over 96 in")."""
    found = _RANGE.search(text)
    if found is None:
        return None
    unit = found.group("unit")
    if found.group("upto"):
        low, high = 0.0, _number(found.group("top"))
    elif found.group("over"):
        low, high = _number(found.group("over")), float("inf")
    else:
        low, high = _number(found.group("low")), _number(found.group("high"))
    return _Span(low, high, unit, text.strip())


_Measure = tuple[float, str | None]  # a length the question gives, and its unit when it says one


@dataclass(frozen=True)
class _Grid:
    passage: Passage
    down: str  # what the rows measure: "Width"
    across: str  # what the columns measure: "Drop"
    rows: list[tuple[_Span, list[tuple[_Span, str]]]]
    prose: list[str]


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    """The text's tables, as written in a passage ("| Width | Drop up to 72 in |"): header and rows."""
    tables: list[tuple[list[str], list[list[str]]]] = []
    current: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                current.append(cells)
        elif current:
            tables.append((current[0], current[1:]))
            current = []
    return tables


def _grids(passage: Passage) -> list[_Grid]:
    """The passage's tables whose first column and at least two other columns are all ranges."""
    text = body_of(passage)
    prose = [s for s in sentences(text) if "; " not in s or ": " not in s]
    found = []
    for header, cells in _tables(text):
        columns = [_span(h) for h in header[1:]]
        spans = [_span(row[0]) for row in cells]
        if len(columns) < 2 or None in columns or not spans or None in spans:
            continue
        across = re.split(r"(?i)\s*(?:up\s+to|under|over|\d)", header[1], maxsplit=1)[0].strip()
        rows = [
            (span, [(column, value) for column, value in zip(columns, row[1:], strict=False) if column])
            for span, row in zip(spans, cells, strict=True)
            if span
        ]
        found.append(_Grid(passage, header[0], across, rows, prose))
    return found


def cell_by_ranges(question: str, pages: Callable[[], list[tuple[Passage, float]]]) -> Draft | None:
    """The grid cell at the two measures the question gives, in the grid whose section the question
    names most ("everyday roller 40 wide 80 drop" and the "Everyday Roller Blind" grid's 36¼–48 in row,
    Drop 72¼–96 in column), with what its section says besides; None unless the question gives two
    measures and one grid is named more than any other."""
    found = list(_GIVEN.finditer(question.replace(" x ", " by ")))
    units = {_unit(m.group("unit")) for m in found if m.group("unit")}
    # "100 x 140 cm": a number the question gives no unit takes the one it gives the other
    alike = next(iter(units)) if len(units) == 1 else None
    given = [
        (
            (_number(m.group("value")), _unit(m.group("unit")) if m.group("unit") else alike),
            (m.group("word") or "").lower(),
            m,
        )
        for m in found
    ]
    if len(given) < 2:
        return None
    asked = set(tokenize(question))
    scored = []
    for passage, _ in pages():
        for grid in _grids(passage):
            named = len(asked & set(tokenize(" ".join(passage.heading_path[-1:]))))
            if named:
                scored.append((named, grid))
    top = max((named for named, _ in scored), default=0)
    best = [grid for named, grid in scored if named == top]
    if not best or len({id(g.rows) for g in best}) != 1:
        return None
    grid = best[0]
    across = set(tokenize(grid.across))
    down = [(value, m) for value, word, m in given if not set(tokenize(word)) & across]
    over = [(value, m) for value, word, m in given if set(tokenize(word)) & across] or down[1:2]
    if not down or not over:
        return None
    (width, width_said), (drop, drop_said) = down[0], over[0]
    measures = f"{_said(width_said)} by {_said(drop_said)}"
    notes = " ".join(grid.prose[-2:]) if grid.prose else ""
    title = grid.passage.heading_path[-1] if grid.passage.heading_path else "this"
    row = next(((span, cells) for span, cells in grid.rows if span.holds(*width)), None)
    cell = next(((span, value) for span, value in row[1] if span.holds(*drop)), None) if row else None
    if row is None or cell is None:
        last_row, last_column = grid.rows[-1][0], grid.rows[-1][1][-1][0]
        reply = (
            f"The {title} grid stops at {grid.down} {last_row.text} and {last_column.text}, so {measures} "
            f"is past what it prices. {notes}"
        )
        return Draft(action="answer", reply=reply.strip(), citations=[cite(grid.passage)], confidence=0.75)
    price = cell[1]
    extra, total = _surcharge(asked, grid.prose, price)
    reply = f"For {measures}, the {title} is {price} ({row[0].text}, {cell[0].text}){extra}. {notes}"
    return Draft(
        action="answer",
        reply=reply.strip(),
        citations=[cite(grid.passage)],
        confidence=0.8,
        evidence=[total] if total else [],
    )


def _said(measure: re.Match[str]) -> str:
    """A measure as the question gave it, with its unit: "100 cm", "40" (the grid's unit then)."""
    return " ".join(p for p in (measure.group("value"), measure.group("unit")) if p)


def _surcharge(asked: set[str], prose: list[str], price: str) -> tuple[str, str]:
    """What a surcharge the section states for words the question says makes of the price: "; blackout
    fabric adds $25.00: $204.00". The clause that says the most of the question, when one does."""
    base = _MONEY.search(price)
    if base is None:
        return "", ""
    found = []
    for sentence in prose:
        for clause in re.split(r"(?i),\s*|\s+and\s+", sentence):
            adds = _ADDS.search(clause)
            money = _MONEY.search(adds.group("amount")) if adds else None
            if adds and money:
                shared = len(set(tokenize(clause[: adds.start()])) & asked)
                found.append(
                    (shared, clause[: adds.start()].strip(), adds.group("amount"), float(money.group(1)))
                )
    top = max((shared for shared, *_ in found), default=0)
    best = [entry for entry in found if entry[0] == top]
    if not top or len(best) != 1:
        return "", ""
    _, what, added, value = best[0]
    total = float(base.group(1).replace(",", "")) + value
    amount = f"{base.group(0)[0]}{total:.2f}"  # a computed amount: the draft's evidence for it
    return f"; {what} adds {added}: {amount}", amount
