"""Size charts: the size whose range holds a measurement the shopper gives.

"My dog's neck is 20 inches, what collar size?" is arithmetic over the shop's own chart, however it
is written: a Markdown or HTML table (sizes down the side or across the top), the lines of a product
description, or sentences ("Large fits 18-24 in"). Units and range wording are data
(``measures.yaml``); a measurement in another unit of the same kind is converted. When it lies outside
every range, or the charts go by another kind of measure, the reply says so and offers a person
(low confidence) instead of guessing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.text import body_of, join_words, kin_of, measures_said
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize
from copilot.policy_files import load_yaml_model
from copilot.schemas import Citation, Passage

MEASURES = Path(__file__).with_name("measures.yaml")
# a number may be a fraction, as imperial sizes are written: "1-3/4 in", "1 3/4 inch", "9/16 in", "1¾ in"
_VULGAR = {"¼": 1 / 4, "½": 1 / 2, "¾": 3 / 4, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_FRACTION = rf"\d+/\d+|[{''.join(_VULGAR)}]"
_WITH_FRACTION = rf"\d+(?:\.\d+)?(?:[-\s](?:\d+/\d+)|\s?[{''.join(_VULGAR)}])?|{_FRACTION}"
_NUMBER = rf"({_WITH_FRACTION})"
# a product line's number may group its thousands: "Run time: 1,800 minutes"
_LINE_NUMBER = rf"(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_WITH_FRACTION})"
_NUMBER_SAID = re.compile(rf"(\d+(?:\.\d+)?)?[-\s]?(?:(\d+)/(\d+)|([{''.join(_VULGAR)}]))?")


def number_of(said: str) -> float:
    """A number as written, a fraction too: "1-3/4" is 1.75, "9/16" 0.5625, "2,400" 2400."""
    found = _NUMBER_SAID.fullmatch(said.replace(",", "").strip())
    if found is None:
        return float(said.replace(",", ""))
    whole, top, bottom, vulgar = found.groups()
    part = int(top) / int(bottom) if top and int(bottom) else _VULGAR.get(vulgar or "", 0.0)
    return float(whole or 0) + part


# a height in feet and inches: 6'3", 5’7, 6 ft 3 in, 5' 11''
_FEET_INCHES = r"(\d)\s*(?:['’′]|ft\.?|feet|foot)\s*(\d{1,2})(?:\s*(?:[\"”″]|''|’’|in\b|inch(?:es)?\b))?"
_HEIGHT = re.compile(rf"(?<![\w.]){_FEET_INCHES}", re.I)
_HEIGHT_WORDS = frozenset(tokenize("height tall"))
# a range of heights, one end in whole feet ("4 ft to 4 ft 6 in", "6' - 6'4")
_INCHES_MARK = r"(?:[\"”″]|''|’’|in\b|inch(?:es)?\b)"
_FEET_AND_INCHES = rf"(\d)\s*(?:['’′]|ft\.?|feet|foot)(?:\s*(\d{{1,2}})(?:\s*{_INCHES_MARK})?)?"
_HEIGHT_RANGE = re.compile(
    rf"(?<![\w.]){_FEET_AND_INCHES}\s*(?:to|-|–|through)\s*{_FEET_AND_INCHES}(?![\w'’′])", re.I
)
_HEIGHT_AND_UP = re.compile(
    rf"(?<![\w.]){_FEET_INCHES}\s*(?:\+|and\s+(?:taller|up|over|above)|or\s+taller)", re.I
)


class UnitWords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit: str
    dimension: str
    per: float
    words: list[str]
    named_alone: bool = True  # the word alone names the unit ("weight in pounds"), not "for years"


class RangeExample(BaseModel):
    text: str
    ranges: list[tuple[float | None, float | None, str]]


class MeasureWords(BaseModel):
    """``measures.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    units: list[UnitWords]
    line_units: list[UnitWords]
    between: list[str]
    up_to: list[str]
    limit_asked: list[str]
    measure_asked: list[str]
    from_before: list[str]
    from_after: list[str]
    label_stops: list[str]
    inches_before: list[str]
    opening: list[str]
    fit_asked: list[str]
    examples: list[RangeExample]


@dataclass(frozen=True)
class Span:
    """A range as a chart writes it: an open end is None; the unit may be left to the chart."""

    low: float | None
    high: float | None
    unit: UnitWords | None
    text: str
    nominal: float | None = None  # a chart that gives one measure per size ("34 | 86"): that measure

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class Measurement:
    value: float
    unit: UnitWords
    text: str


@dataclass(frozen=True)
class Row:
    label: str
    span: Span
    # a table row's other columns, by header ("Needle size": "100/16"), for a question that names one
    columns: tuple[tuple[str, str], ...] = ()


@dataclass
class Chart:
    rows: list[Row]
    about: str  # headings and the measure's name: what the chart is for
    parts: list[Passage]  # the passages it was read from (a table may run over two)
    unit: UnitWords | None

    @property
    def passage(self) -> Passage:
        return self.parts[0]

    def cited(self) -> list[Citation]:
        """The passages that hold its rows."""
        held = [p for p in self.parts if any(r.span.text in p.text for r in self.rows)]
        return [cite(p) for p in held or self.parts[:1]]

    @property
    def nominal(self) -> bool:
        """One measure per row ("34 | 86"), not ranges."""
        return all(r.span.nominal is not None for r in self.rows)

    @property
    def dimension(self) -> str | None:
        return self.unit.dimension if self.unit else None

    @cached_property
    def words(self) -> set[str]:
        """What it is about, in a question's words: its headings, its measure's name, its page's title."""
        return set(tokenize(f"{self.about} {self.passage.title}"))


def _alternatives(words: list[str]) -> str:
    """Words as one alternation, longest first; a word ends where letters end."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(escaped + (r"(?![A-Za-z])" if word[-1].isalpha() else ""))
    return "|".join(parts)


class Grammar:
    def __init__(self, data: MeasureWords) -> None:
        self.data = data
        self.by_word = {w.lower(): u for u in data.units for w in u.words}
        unit = rf"(?:\s*-?\s*({_alternatives([w for u in data.units for w in u.words])}))"
        start = r"(?<![\w$€£.,/])"
        between = _alternatives(data.between)
        self.closed = re.compile(
            # (not "1-3/4 in", one number with its fraction)
            rf"{start}{_NUMBER}(?![-\s]?\d+/\d){unit}?\s*(?:{between})\s*{_NUMBER}"
            rf"(?:{unit}|(?!\s*[A-Za-z%]|[\d./]))",
            re.I,
        )
        self.from_after = re.compile(
            rf"{start}{_NUMBER}(?:\s*\+{unit}?|{unit}?\s*(?:{_alternatives(data.from_after)}))", re.I
        )
        self.from_before = re.compile(rf"(?:{_alternatives(data.from_before)})\s*{_NUMBER}{unit}", re.I)
        self.up_to = re.compile(rf"(?:{_alternatives(data.up_to)})\s*{_NUMBER}{unit}", re.I)
        self.limit_asked = re.compile(rf"\b(?:{_alternatives(data.limit_asked)})(?!\w)", re.I)
        self.measure_asked = re.compile(rf"\b(?:{_alternatives(data.measure_asked)})(?!\w)", re.I)
        self.opening = re.compile(rf"\b(?:{_alternatives(data.opening)})(?!\w)", re.I)
        self.fit_asked = re.compile(rf"\b(?:{_alternatives(data.fit_asked)})(?!\w)", re.I)
        # "size 7 in sneakers" gives no inches: "in" before a word is a preposition (``inches_before``)
        inches = _alternatives(data.inches_before)
        not_a_preposition = rf"(?!(?<=\bin)\s+(?!(?:{inches})\b)[^\W\d_])"
        self.measurement = re.compile(rf"{start}{_NUMBER}{unit}{not_a_preposition}", re.I)
        every = [*data.units, *data.line_units]
        line_unit = _alternatives([w for u in every for w in u.words])
        # a whole unit: "15 min" gives no metres, "2 apples" no amps
        in_line = rf"{start}{_LINE_NUMBER}(?:\s*-?\s*({line_unit}))(?![^\W_])"
        self.in_line = re.compile(in_line, re.I)
        self.asked_in_line_units = re.compile(in_line + not_a_preposition, re.I)
        self.line_by_word = {w.lower(): u for u in every for w in u.words}
        self.stops = {w.lower() for w in data.label_stops}

    def unit(self, word: str | None) -> UnitWords | None:
        return self.by_word.get(" ".join(word.lower().split())) if word else None

    def spans(self, text: str) -> list[Span]:
        """The ranges written in a text, in order, none overlapping."""
        found: list[tuple[int, int, Span]] = []

        def add(start: int, end: int, span: Span) -> None:
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, span))

        inches = self.unit("in")
        for m in _HEIGHT_RANGE.finditer(text):  # "5'7\" to 6'1\"": heights in inches
            if m.group(2) is None and m.group(4) is None:
                continue  # "4 ft to 6 ft": a range in feet
            feet, inch, feet2, inch2 = (int(g or 0) for g in m.groups())
            add(m.start(), m.end(), Span(feet * 12.0 + inch, feet2 * 12.0 + inch2, inches, m.group()))
        for m in _HEIGHT_AND_UP.finditer(text):
            add(m.start(), m.end(), Span(int(m.group(1)) * 12.0 + int(m.group(2)), None, inches, m.group()))
        for m in self.closed.finditer(text):
            low, first_unit, high, last_unit = m.groups()
            add(
                m.start(),
                m.end(),
                Span(number_of(low), number_of(high), self.unit(last_unit or first_unit), m.group()),
            )
        for m in self.from_after.finditer(text):
            number, plus_unit, unit_word = m.groups()
            span = Span(number_of(number), None, self.unit(plus_unit or unit_word), m.group())
            add(m.start(), m.end(), span)
        for m in self.from_before.finditer(text):
            add(m.start(), m.end(), Span(number_of(m.group(1)), None, self.unit(m.group(2)), m.group()))
        for m in self.up_to.finditer(text):
            add(m.start(), m.end(), Span(None, number_of(m.group(1)), self.unit(m.group(2)), m.group()))
        return [span for _, _, span in sorted(found, key=lambda f: f[0])]

    def located(self, text: str) -> list[tuple[int, int, Span]]:
        """Spans with where they are in the text (for labels written around them)."""
        out = []
        position = 0
        for span in self.spans(text):
            start = text.find(span.text, position)
            out.append((start, start + len(span.text), span))
            position = start + len(span.text)
        return out

    def measurements_in(self, text: str) -> list[Measurement]:
        """The measurements a shopper gives, in order: a number with a unit ("20 inches", '16"', "45-lb"),
        or a height in feet and inches ("6'3", in inches)."""
        inches = self.unit("in")
        if inches is not None and (heights := list(_HEIGHT.finditer(text))):
            return [Measurement(int(m[1]) * 12.0 + int(m[2]), inches, m.group().strip()) for m in heights]
        found = []
        for m in self.measurement.finditer(text):
            unit = self.unit(m.group(2))
            if unit is not None:
                found.append(Measurement(number_of(m.group(1)), unit, m.group().strip()))
        return found

    def amounts_in_line(self, text: str) -> list[Measurement]:
        """The amounts a product's own line gives ("3 tread: 2.6 m; 5 tread: 3.1 m"), in order: the
        shopper's units and the ones only a product line uses."""
        return self._amounts(self.in_line, text)

    def amounts_asked(self, text: str) -> list[Measurement]:
        """The amounts a question gives in any unit a product line uses ("for 1500 wh a day?"); as in
        ``measurements_in``, "in" before a word is a preposition: "the tent 887 in teal" gives no inches."""
        return self._amounts(self.asked_in_line_units, text)

    def _amounts(self, pattern: re.Pattern[str], text: str) -> list[Measurement]:
        return [
            Measurement(
                number_of(m.group(1)),
                self.line_by_word[" ".join(m.group(2).lower().split())],
                m.group().strip(),
            )
            for m in pattern.finditer(text)
        ]

    def unit_named(self, text: str) -> UnitWords | None:
        """The one unit a header or heading names: "Neck (in)", "Weight in pounds". A unit in brackets
        is the one meant: "Foot length (mm)" is in millimetres, whatever "foot" can mean; one letter
        in brackets is a size ("Large (L)")."""
        named = {  # "(L)" alone is a size, Large; "(cm)" and "(ml)" are units
            u.unit: u for m in re.finditer(r"\(([^)]{2,20})\)", text) if (u := self.unit(m.group(1)))
        }
        for word in re.findall(r"[A-Za-z]{2,}", text) if not named else []:
            if word.lower() != "in" and (u := self.unit(word)) is not None and u.named_alone:
                named[u.unit] = u
        return next(iter(named.values())) if len(named) == 1 else None


def limit_lines(question: str, lines: list[str], saying: list[str]) -> list[str]:
    """The lines that give the most a product takes, when the question asks for it ("max weight?"): an
    amount after "up to" or under a label saying "Maximum", in the units the lines about the asked
    measure use ("Weight: 6.9 kg" is weight; "from 6 months up to 22 kg" says its limit). Empty when the
    question asks no limit or no line gives one."""
    rules = grammar()
    if not rules.limit_asked.search(question):
        return []
    dimensions = {m.unit.dimension for line in saying for m in rules.amounts_in_line(line)}

    def gives_limit(line: str) -> bool:
        label, colon, _ = line.partition(":")
        capped = [s for s in rules.spans(line) if s.low is None and s.high is not None]
        if any(s.unit is not None and s.unit.dimension in dimensions for s in capped):
            return True
        labelled = bool(colon) and bool(rules.limit_asked.search(label))
        return labelled and any(m.unit.dimension in dimensions for m in rules.amounts_in_line(line))

    return [line for line in lines if gives_limit(line)]


@cache
def grammar() -> Grammar:
    return Grammar(load_yaml_model(MEASURES, MeasureWords, "measure words"))


def amounts_joined(text: str) -> str:
    """The text with each amount and its unit written as one word in the unit's short form, as option
    values write them: "and in 12 inch?" as "and in 12in?", "2.5 litres" as "2.5l"."""
    g = grammar()

    def join(found: re.Match[str]) -> str:
        unit = g.unit(found.group(2))
        return f"{found.group(1)}{unit.unit.lower().replace(' ', '')}" if unit else found.group(0)

    return g.measurement.sub(join, text)


# -- reading charts ------------------------------------------------------------------------------
def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _label(text: str) -> str:
    """A row's label from the words written before its range ("Small fits necks" is Small)."""
    parts = [part for part in re.split(r"[:(|;]", text) if re.search(r"\w", part)]
    text = parts[-1] if parts else ""
    words = []
    for word in text.replace("*", " ").split():
        if word.lower().strip(",.") in grammar().stops:
            break
        words.append(word.strip(",.-–:()"))
    return " ".join(w for w in words if w)[:40].strip()


def _table_charts(
    lines: list[str], about: str, parts: list[Passage], default: UnitWords | None
) -> list[Chart]:
    g = grammar()
    grid = [
        _cells(line) for line in lines if not all(re.fullmatch(r":?-{2,}:?", c) for c in _cells(line) if c)
    ]
    if len(grid) < 2:
        return []
    header, body = grid[0], grid[1:]
    # ranges both down the side and across the top are a price grid ("Up to 24 in" by "Drop up to 72 in",
    # read by copilot/drafting/grids.py), no size chart: no size is named on either side
    if sum(bool(g.spans(h)) for h in header[1:]) >= 2 and all(cells and g.spans(cells[0]) for cells in body):
        return []
    charts: list[Chart] = []

    def chart(rows: list[Row], measure: str) -> None:
        unit = g.unit_named(measure) or default
        units = {r.span.unit.unit: r.span.unit for r in rows if r.span.unit}
        unit = next(iter(units.values())) if len(units) == 1 else unit
        if len(rows) >= 2 and unit is not None:
            charts.append(Chart(rows, f"{about} {measure}", parts, unit))

    # Which way round: measures (with units) across the top, or down the side; unsaid, both are read.
    across = any(g.unit_named(cell) for cell in header[1:])
    # a side column that names measures ("Head (cm)"), not one of ranges ("17-19 cm" under "Hand size")
    down = any(g.unit_named(cells[0]) and not g.spans(cells[0]) for cells in body if cells)
    for column in range(len(header) if across or not down else 0):  # a column of ranges per measure
        rows = []
        for cells in body:
            spans = _written_twice(g.spans(cells[column])) if column < len(cells) else []
            # the row's first cell that is no range, else its other cell ("S (4-6)" beside "22-24 cm")
            label = next((c for c in cells if c and not g.spans(c)), "") or next(
                (c for j, c in enumerate(cells) if j != column and c), ""
            )
            if len(spans) == 1 and label:
                columns = tuple((h, c) for h, c in zip(header, cells, strict=False) if h and c)
                rows.append(Row(label, spans[0], columns))
        chart(rows, header[column])
    if not charts and len(header) == 2:  # a size and its measure (a wider table converts sizes)
        # the measure's column by its header's unit ("Waist (cm)", first or second: "Hand circumference
        # (cm) | Glove size"), else either column whose every cell gives its own unit ('Bow length | String
        # length': '68" | 65"')
        for column in (1,) if across else (0, 1):
            written = not g.unit_named(header[column])
            chart(_nominal_rows(header, body, column, units_written=written), header[column])
    for cells in body if down or not across else []:  # sizes across the top: a row per measure
        rows = [
            Row(header[i], spans[0])
            for i, cell in enumerate(cells)
            if i < len(header) and header[i] and not g.spans(header[i]) and len(spans := g.spans(cell)) == 1
        ]
        if len(rows) >= 2 and len(rows) == len([c for c in cells[1:] if c]):
            chart(rows, cells[0])
    return charts


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _written_twice(spans: list[Span]) -> list[Span]:
    """A cell's ranges, one range written in two units counted once: "5'7" - 5'10" (170-178 cm)" is
    one height, whichever unit a question gives."""
    if len(spans) != 2 or not all(s.unit for s in spans):
        return spans
    first, second = spans
    assert first.unit is not None and second.unit is not None
    if first.unit.dimension != second.unit.dimension or first.unit.unit == second.unit.unit:
        return spans

    def close(a: float | None, b: float | None, per_a: float, per_b: float) -> bool:
        if a is None or b is None:
            return a is b
        x, y = a * per_a, b * per_b
        return abs(x - y) <= 0.05 * max(abs(x), abs(y), 1e-9)

    same = close(first.low, second.low, first.unit.per, second.unit.per) and close(
        first.high, second.high, first.unit.per, second.unit.per
    )
    return [first] if same else spans


def _nominal_rows(header: list[str], body: list[list[str]], column: int, *, units_written: bool) -> list[Row]:
    """A column of one measure per size under a header that names its unit ("Waist (cm)": 76, 81, 86,
    ...), or whose cells each write theirs (``units_written``: 62", 64", ...): each size holds the
    measures nearer its own than its neighbours' ("34 | 86": 83.5 to 88.5). Empty unless every row
    gives one such measure there, in one unit, and they rise."""
    g = grammar()

    def measure(cells: list[str]) -> tuple[float, UnitWords | None] | None:
        cell = cells[column].strip() if column < len(cells) else ""
        if not units_written:
            return (float(cell), None) if _PLAIN_NUMBER.fullmatch(cell) else None
        found = g.measurements_in(cell)
        return (found[0].value, found[0].unit) if len(found) == 1 and found[0].text == cell else None

    points = [measure(cells) for cells in body]
    values = [p[0] for p in points if p is not None]
    units = {p[1].unit: p[1] for p in points if p is not None and p[1] is not None}
    if len(values) < 3 or len(values) < len(points) or len(units) > 1:
        return []
    if any(b <= a for a, b in itertools.pairwise(values)):
        return []
    unit = next(iter(units.values()), None)
    labels = [next((c for j, c in enumerate(cells) if j != column and c), "") for cells in body]
    edges = [values[0] - (values[1] - values[0]) / 2]
    edges += [(a + b) / 2 for a, b in itertools.pairwise(values)]
    edges += [values[-1] + (values[-1] - values[-2]) / 2]
    return [
        Row(
            label,
            Span(edges[i], edges[i + 1], unit, body[i][column], nominal=value),
            tuple((h, c) for h, c in zip(header, body[i], strict=False) if h and c),
        )
        for i, (label, value) in enumerate(zip(labels, values, strict=True))
        if label
    ]


def charts_in(text: str, about: str, parts: list[Passage]) -> list[Chart]:
    """Every chart written in a text: its tables, and its runs of lines that each give a range."""
    g = grammar()
    default = g.unit_named(about) or g.unit_named(text)
    charts: list[Chart] = []
    table: list[str] = []
    rows: list[Row] = []
    heading = ""
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            table.append(stripped)
            continue
        if table:
            charts += _table_charts(table, f"{about} {heading}", parts, default)
            table = []
        located = g.located(stripped)
        if not located:
            if rows:
                charts += _line_chart(rows, f"{about} {heading}", parts, default)
                rows = []
            heading = stripped if stripped else heading
            continue
        between = [stripped[a[1] : b[0]] for a, b in itertools.pairwise(located)]
        labels = heading.split()
        if len(located) >= 2 and not any(re.search(r"\w", t) for t in between) and len(labels) > len(located):
            # a table row flattened to a line ("Head (cm) 51-55 55-59 59-63") under its header line
            # ("Size S M L"): the sizes are the header's last words
            across = [
                Row(label, span) for label, (_, _, span) in zip(labels[-len(located) :], located, strict=True)
            ]
            measure = stripped[: located[0][0]]
            charts += _line_chart(across, f"{about} {measure}", parts, g.unit_named(measure) or default)
            continue
        before, previous = 0, None
        for start, end, span in located:
            segment = stripped[before:start]
            label = _label(re.split(r"[,;]|\band\b", segment)[-1])
            if not label and previous is not None and previous.unit is not span.unit and "," not in segment:
                label = previous.text  # "7-9 yrs 122-134 cm": the age is the height's label
            label = label or _label(stripped[end:])
            if label:
                rows.append(Row(label, span))
            before, previous = end, span
    return charts


def _line_chart(rows: list[Row], about: str, parts: list[Passage], default: UnitWords | None) -> list[Chart]:
    """The rows as a chart, one for each unit when a line gives ranges of two kinds ("4-6 yrs fits
    104-116 cm tall"), each of two rows or more."""
    units = {r.span.unit.unit: r.span.unit for r in rows if r.span.unit}
    if len(units) > 1:
        return [
            chart
            for unit in units.values()
            for chart in _line_chart([r for r in rows if r.span.unit is unit], about, parts, unit)
        ]
    unit = next(iter(units.values()), default)
    if len(rows) < 2 or unit is None:
        return []
    # "M Hand circumference: 7.5 to 8.5 in", a table's row under its column: the size is "M", the rest
    # what it measures
    words = [r.label.split() for r in rows]
    alike = itertools.takewhile(
        lambda same: len(set(same)) == 1, zip(*(w[::-1] for w in words), strict=False)
    )
    shared: list[str] = [same[0] for same in alike][::-1]
    if shared and all(
        len(w) > len(shared) and _SIZE_CODE.fullmatch(" ".join(w[: -len(shared)])) for w in words
    ):
        rows = [Row(" ".join(w[: -len(shared)]), r.span, r.columns) for w, r in zip(words, rows, strict=True)]
        about = f"{about} {' '.join(shared)}"
    return [Chart(rows, about, parts, unit)]


def _texts(context: DraftContext) -> list[tuple[str, str, list[Passage]]]:
    """Where charts may be: the retrieved pages (whole sections, so a table split between passages
    keeps its header) and the descriptions of retrieved products."""
    found: list[tuple[str, str, list[Passage]]] = []
    seen: set[str] = set()
    for hit in context.hits:
        passage = hit.passage
        if passage.kind == "document":
            section = passage.key.rsplit(":", 1)[0]
            if section in seen:
                continue
            seen.add(section)
            parts = [passage]
            if context.retriever is not None:
                parts = context.retriever.passages([f"{section}:{n}" for n in range(12)]) or parts
            text = "\n".join(body_of(p) for p in parts)
            found.append((text, " ".join(passage.heading_path) or passage.title, parts))
        elif passage.kind in ("product", "variant") and passage.product_id not in seen:
            seen.add(passage.product_id or "")
            product = passage
            if passage.kind == "variant" and context.retriever is not None:
                product = context.retriever.family(passage.product_id or "")[0] or passage
            found.append((product_text(product).own_words, product.title, [product]))
    return found


def _charts(context: DraftContext) -> list[Chart]:
    return [c for text, about, parts in _texts(context) for c in charts_in(text, about, parts)]


# -- answering -----------------------------------------------------------------------------------
def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _written(span: Span, unit: UnitWords) -> str:
    """A range for a reply, with its unit: "14 to 18 in", "up to 40 gal", "60 lb and up"; the one
    measure a size is given by: "86 cm"; heights as the chart writes them: "5 ft 10 in to 6 ft 6 in"."""
    if _HEIGHT_RANGE.fullmatch(span.text) and unit.unit == "in":
        return span.text
    if span.nominal is not None:
        return f"{_number(span.nominal)} {unit.unit}"
    if span.low is None and span.high is not None:
        return f"up to {_number(span.high)} {unit.unit}"
    if span.high is None and span.low is not None:
        return f"{_number(span.low)} {unit.unit} and up"
    return f"{_number(span.low or 0.0)} to {_number(span.high or 0.0)} {unit.unit}"


def _kinds_asked(text: str) -> set[str]:
    """The words of the kind of thing a question sizes ("crutch"), not of sizing or a measure ("length")."""
    from copilot.drafting.catalog import kind_words, measure_words  # catalog.py reads this module's grammar

    return kind_words(text) - _SIZING_WORDS - measure_words()


_SIZING_WORDS = frozenset(tokenize("size sizes chart"))


def _another_section_on_it(context: DraftContext, text: str, chart: Chart) -> bool:
    """The kind the question sizes is what another section of the shop's pages is headed by, and no word
    of the chart's: "which crutch size?" is the "Crutch sizes" section's, not the cane chart's."""
    asked = _kinds_asked(text)
    if asked & chart.words:
        return False  # the chart says the kind asked
    headed = {
        t
        for hit in context.with_pages().hits
        if hit.passage.kind == "document"
        for t in tokenize(" ".join(hit.passage.heading_path[-1:]))
    }
    return bool((asked - chart.words) & headed)


def _said_on_a_page(context: DraftContext, measured: Measurement) -> bool:
    """The page found first for the question says this very amount ("what pot for a 1 L plant?" and
    the row "1 L | 20 cm"), where no size chart holds it."""
    amount = measures_said(measured.text)
    pages = [h.passage for h in context.with_pages().hits if h.passage.kind == "document"]
    # the page most like the question, so a hand's 30 cm is not a pot's
    return bool(amount) and bool(pages) and amount <= measures_said(body_of(pages[0]))


def _words_beside(text: str, measure: str) -> set[str]:
    """The words right before and after a measure in the question, with their kin ("176cm tall" gives
    "tall" and "height"; "a 105cm chest" gives "chest")."""
    at = text.find(measure)
    words = set(tokenize(f"{text[max(0, at - 12) : at]} {text[at + len(measure) : at + len(measure) + 12]}"))
    return words | kin_of(words)


def _on(chart: Chart, measured: Measurement) -> bool:
    """The measure falls in one of the chart's rows."""
    if chart.unit is None:
        return False
    value = round(measured.value * measured.unit.per / chart.unit.per, 2)
    return any(row.span.holds(value) for row in chart.rows)


def _size_named(row: Row, unit: UnitWords) -> str:
    """A row as a reply names it: "M (14 to 18 in)"; a child's size by the age it is sold as, whichever
    side of the chart that is ("5-8 years (52-54 cm)" for a 6 year old, "7-9 yrs (122-134 cm)" for 130 cm)."""
    if unit.dimension == "age" and grammar().spans(row.label):
        return f"{row.span.text} ({row.label})"
    size = "size " if _SIZE_CODE.fullmatch(row.label) else ""  # "size M (68 to 71 in)", not "M (68 ...)"
    return f"{size}{row.label} ({_written(row.span, unit)})"


_SIZE_CODE = re.compile(r"(?i)\d?x{0,3}[sml]|\d{1,3}(?:\.5)?")


_BARE_NUMBER = re.compile(rf"(?<![\w./-])(?:{_WITH_FRACTION})(?![\w./-])")


def _meeting_the_rest(rows: list[Row], rest: str) -> list[Row]:
    """Of the rows a measure falls in, those whose other cells the rest of the question agrees with: its
    numbers, with or without their unit, held against the cells of their size ("a 1-3/8 interior door 30
    inches wide" and the row "1-3/8 in | Up to 32 in | 3-1/2 in", not "1-3/4 in | Up to 36 in (interior)"),
    then its words ("exterior"); all of them when none or every one does."""
    if len(rows) < 2:
        return rows
    numbers = [number_of(found.group()) for found in _BARE_NUMBER.finditer(rest)]
    words = {w for w in tokenize(rest) if w.isalpha()}

    def agrees(row: Row) -> bool:
        for _, cell in row.columns:
            if row.span.text in cell:
                continue  # the measure's own column
            said = [a.value for a in grammar().amounts_in_line(cell)]
            near = [n for n in numbers for a in said if a and 0.5 <= n / a <= 2]
            if near and not any(abs(n - a) <= 0.03 * a for n in near for a in said):
                return False
        return True

    agreeing = [row for row in rows if agrees(row)] or rows
    worded = [
        row
        for row in agreeing
        if words & {t for _, cell in row.columns if row.span.text not in cell for t in tokenize(cell)}
    ]
    return worded if worded and len(worded) < len(agreeing) else agreeing


def size_for(context: DraftContext) -> Draft | None:
    """The size a measurement in the question falls in, from the shop's chart for it; None when the
    question gives no measurement or asks no size, or no chart was found (others may answer)."""
    if "sizing" not in context.understanding.cues:
        return None
    measures = grammar().measurements_in(context.text)
    if not measures:
        return None
    # the guide's charts, besides the pages found: "waist is 86cm, which size jeans?" is the Waist chart's,
    # though the page found first holds a Bust chart in cm
    charts = _charts(context.with_pages(f"{context.text} size chart"))
    if not charts:
        return None
    text = context.text
    for measure in measures:
        text = text.replace(measure.text, " ")
    asked = set(tokenize(text))
    kin = kin_of(asked) - asked  # "176cm tall" and the chart's "Height (cm)", worth half a word said

    def score(item: tuple[int, Chart]) -> tuple[int, int]:
        rank, chart = item
        return (2 * len(asked & chart.words) + len(kin & chart.words), -rank)

    ranked = list(enumerate(charts))
    # "which size Ridgeline 45L for an 18 inch torso?": the measure the chart asked about goes by (a
    # length), not one in a product's name (a volume); "176cm tall with a 105cm chest": the measure the
    # words beside it give to a chart ("chest" to the Chest column), else the first of its dimension
    by_words = [c for _, c in sorted(ranked, key=score, reverse=True)]
    beside = {m.text: _words_beside(context.text, m.text) for m in measures}
    of_its_dimension = [(m, c) for c in by_words for m in measures if m.unit.dimension == c.dimension]
    measured = next((m for m, c in of_its_dimension if c.words & beside[m.text]), None) or next(
        (m for m, _ in of_its_dimension), measures[0]
    )
    same = [(i, c) for i, c in ranked if c.dimension == measured.unit.dimension]
    other = max(ranked, key=score)[1]
    if not same or score((0, other))[0] > score(max(same, key=score))[0]:  # its chart goes by another measure
        if score((0, other))[0] == 0 or _said_on_a_page(context, measured):
            return None  # no chart is clearly about what was asked, or a page says it: others may answer
        assert other.unit is not None
        return Draft(
            action="answer",
            reply=f"Our size chart goes by {other.unit.dimension} ({other.unit.unit}), not "
            f"{measured.unit.dimension}, so I can't match {measured.text} to a size without guessing. "
            "I can ask a member of our team to help you choose.",
            citations=other.cited(),
            confidence=0.3,
        )
    near = beside[measured.text]
    # feet and inches ("6'3") are how tall someone is: a chart by height, where there is one
    # (and "175 cm tall" too, of the charts it is on: a kids' line "7-9 yrs 122-134 cm" says no "height")
    # (unless another chart names the kind asked and none by height does: "which crutch size for 5 ft 11?"
    # is the "Crutch sizes" chart's, not the cane chart's "Your height" column)
    if _HEIGHT.fullmatch(measured.text) or (len(measures) == 1 and _HEIGHT_WORDS & near):
        by_height = [item for item in same if _HEIGHT_WORDS & item[1].words and _on(item[1], measured)]
        kinds = _kinds_asked(text)
        heights_say = set().union(*(c.words for _, c in by_height))
        their_parts = {p.key for _, c in by_height for p in c.parts}  # (a column of their table is no other)
        if by_height and not any(
            kinds & c.words - heights_say for _, c in same if not {p.key for p in c.parts} & their_parts
        ):
            same = by_height
    # on a tie, a chart of ranges over one of a measure per row
    chart = max(
        same,
        key=lambda item: (score(item)[0], bool(near & item[1].words), not item[1].nominal, -item[0]),
    )[1]
    if _another_section_on_it(context, text, chart):
        return None  # "which crutch size for 5 ft 11?" and a cane chart: the Crutch sizes section answers
    unit = chart.unit
    assert unit is not None
    value = measured.value * measured.unit.per / unit.per
    shown = (
        measured.text
        if measured.unit.unit == unit.unit
        else f"{measured.text} (about {_number(value)} {unit.unit})"
    )
    evidence = [_number(value)] if measured.unit.unit != unit.unit else []
    fits = _meeting_the_rest([row for row in chart.rows if row.span.holds(round(value, 2))], text)
    if not fits:
        if score((0, chart))[0] == 0 or _said_on_a_page(context, measured):
            return None
        lows = [r.span.low for r in chart.rows if r.span.low is not None]
        highs = [r.span.high for r in chart.rows if r.span.high is not None]
        reach = (
            f", which runs from {_number(min(lows))} to {_number(max(highs))} {unit.unit}"
            if lows and highs
            else ""
        )
        evidence += [_number(min(lows)), _number(max(highs))] if lows and highs else []
        return Draft(
            action="answer",
            reply=f"{shown} is outside our size chart{reach}, so I'd rather not guess a size. "
            "I can ask a member of our team to help you choose.",
            citations=chart.cited(),
            evidence=evidence,
            confidence=0.3,
        )
    sizes = [_size_named(row, unit) for row in fits[:3]]
    evidence += [_number(n) for row in fits[:3] for n in (row.span.low, row.span.high) if n is not None]
    # "which needle size for 14oz denim?": the column the question names, not the row's label
    row = fits[0]
    named = [
        (h, c) for h, c in row.columns if (w := set(tokenize(h))) and w <= asked and row.span.text not in c
    ]
    # (a row whose every cell is a range is labelled by one of them: that is no size named)
    if len(fits) == 1 and len(named) == 1 and (named[0][1] != row.label or grammar().spans(row.label)):
        measured_in = next((c for _, c in row.columns if row.span.text in c), row.label)
        reply = f"For {measured.text} ({measured_in}), our chart gives {named[0][0]}: {named[0][1]}."
        return Draft(
            action="answer", reply=reply, citations=chart.cited(), evidence=evidence, confidence=0.85
        )
    if len(fits) == 1:
        reply = f"For {shown}, our size chart gives {sizes[0]}."
        confidence = 0.85
    elif _said_on_a_page(context, measured):
        return None  # two sizes meet, and a page says the amount itself ("75 gallons | 300 W"): it answers
    else:
        reply = f"{shown} is where two sizes meet on our size chart: {join_words(sizes)}."
        confidence = 0.7
    return Draft(
        action="answer", reply=reply, citations=chart.cited(), evidence=evidence, confidence=confidence
    )
