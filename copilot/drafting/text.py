"""Small text helpers for composing grounded replies: sentence extraction and lists."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.drafting.description import VERDICT
from copilot.drafting.places import destination, named_places, place_names, place_names_of, places, sent_to
from copilot.lexical import in_another_language, in_english, light_verbs, shopper_words, tokenize
from copilot.policy_files import Matcher, Phrases, load_yaml_model
from copilot.schemas import Passage
from copilot.spelling import in_common_use

if TYPE_CHECKING:
    from copilot.drafting.sizes import Measurement

_MARKUP = re.compile(r"\*\*|__|`|^#+\s*|^\s*[-*+]\s+|^\s*\d+\.\s+", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")
# a full stop that ends an abbreviation, not a sentence: "St.", "Ave.", "Mt.", an initial's "W."
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:St|Ave|Rd|Blvd|Mt|Ft|Hwy|Dr|No|Nr|Inc|Ltd|Co|Mr|Mrs|Ms|Jr|Sr|vs|approx)|(?<![\w.])[A-Z])\.$"
)
# each question of a message: "do you ship to canada? what does it cost" (a closing statement is none)
_QUESTIONS = re.compile(r"[^?]*[^?\s][^?]*\?|[^?]*\w[^?.!]*$")
QUESTION_SHAPES = Path(__file__).with_name("question_shapes.yaml")


class QuestionShape(BaseModel):
    """What a question asks for (a duration, a time of day, a price...) and what answers it."""

    model_config = ConfigDict(extra="forbid")

    name: str
    asks: Phrases
    answer: Phrases
    words: str = ""  # what a sentence about it says instead of the question's own words
    asked_with: str = ""  # words a question uses only to ask for it ("how long does it take"): no topic
    # the pages are searched again with its words when those found hold no such answer ("where is your
    # store located?" finds the parking, and "address" the Address section), and a section headed by
    # them answers for all the question says
    searched: bool = False
    # a question of this shape asks the shop's terms whatever product it names ("can i spread the cost
    # of the road bike?" asks how the shop takes payment, not the bike's price)
    terms: bool = False


class QuestionShapes(BaseModel):
    """``question_shapes.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    kin: list[list[str]] = Field(default_factory=list)
    shapes: list[QuestionShape] = Field(min_length=1)
    phrases: dict[
        Literal[
            "and_asks",
            "asking",
            "asker",
            "addresses_asker",
            "asked_action",
            "conditional",
            "states_condition",
            "yes_or_no",
            "asked_thing",
            "generic_thing",
            "whole_range",
            "negation",
            "refers_back",
            "opens_by_reference",
            "obligation_asked",
            "sold_one_way",
            "stock_count_asked",
            "own_weight_asked",
            "of_a_kind",
            "sale_said",
            "no_longer_sold",
            "collected_in_person",
            "asks_our_ways",
            "coverage_limit",
            "price_compared",
            "difference_asked",
            "degree",
            "arrangement",
            "offer_asked",
            "not_offered",
            "how_to_heading",
            "asks_how_to",
            "service_asked",
            "part_for",
            "ruled_out",
            "seasonal",
            "premises",
            "coverage_asked",
            "coverage_said",
        ],
        Phrases,
    ]


@dataclass(frozen=True)
class Shape:
    name: str
    asks: Matcher
    answered: Matcher  # holds an answer of this shape
    words: frozenset[str]
    asked_with: frozenset[str] = frozenset()
    searched: str = ""  # what to search the pages for again, when found pages hold no answer
    terms: bool = False  # asks the shop's terms, whatever product it names


class ShapeRules:
    """``question_shapes.yaml``, compiled once."""

    def __init__(self, data: QuestionShapes) -> None:
        self.data = data
        self.shapes = [
            Shape(
                s.name,
                Matcher.of(s.asks, {}),
                Matcher.of(s.answer, {}),
                frozenset(tokenize(s.words)),
                frozenset(tokenize(s.asked_with)),
                s.words if s.searched else "",
                s.terms,
            )
            for s in data.shapes
        ]
        self.kin = [frozenset(tokenize(" ".join(group))) for group in data.kin]
        # a kin of two words or more ("pick up") is read as its first: its "up" is no word of the question
        # for "Sign up to our newsletter" to share
        self.kin_phrases = [
            (re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, words.split())) + r"\b"), words.split()[0])
            for group in data.kin
            for words in group
            if " " in words
        ]
        phrases: dict[str, Matcher] = {name: Matcher.of(p, {}) for name, p in data.phrases.items()}
        self.and_asks = phrases["and_asks"].any
        self.asking = phrases["asking"].any
        self.asker = phrases["asker"]
        self.addresses_asker = phrases["addresses_asker"]
        self.conditional = phrases["conditional"]
        self.states_condition = phrases["states_condition"]
        self.refers_back = phrases["refers_back"]
        self.phrases = phrases


def _cell_said(cell: str) -> str:
    """A row's cell as words: "Region Brisbane Metro"; "Zone 1", not "Zone Zone 1"."""
    header, _, value = cell.partition(": ")
    return value if value.lower().startswith(header.lower()) else f"{header} {value}"


_LISTED = re.compile(r"\s*(?:&|,|/|\+|\band\b|\bor\b)\s*")  # "Netherlands & Luxembourg": two places
_ASIDE = re.compile(r"\s*\([^()]*\)")  # "(Purolator)", "(our van)"


@cache
def shape_rules() -> ShapeRules:
    return ShapeRules(load_yaml_model(QUESTION_SHAPES, QuestionShapes, "question shapes"))


def kin_of(words: set[str]) -> set[str]:
    """The words of every kin group (``question_shapes.yaml``) these words are in: "phone" brings "call"."""
    return set().union(*(group for group in shape_rules().kin if group & words))


def answered_by(question: str) -> Shape | None:
    """What a sentence must hold to answer how long, how often or how much this asks; None when it
    asks none of these."""
    return next((shape for shape in shape_rules().shapes if shape.asks(question)), None)


_AMOUNT = re.compile(r"\d+(?:\.\d+)?")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class AskedThing:
    """What a question about a product asks for: its word (of "a zip or buttons", either), and whether
    it asks if the thing comes with the product ("does it come with a case?")."""

    words: list[str]
    included: bool
    said: list[str]  # every word of it, "separate" of "a separate spot" too: an answer may name any


def asked_thing(question: str) -> AskedThing | None:
    """The thing a question about a product asks for ("what clarity are the diamonds?": clarity;
    "does it come with a certificate?": certificate), when it says so in one of the ways the data
    knows and the word is no generic one ("what safety standards?"); an answer that names none of its
    words does not answer. None when no one thing is asked."""
    phrases = shape_rules().phrases
    for pattern in phrases["asked_thing"].patterns:
        if found := pattern.search(question):
            group, thing = next((k, v) for k, v in found.groupdict().items() if v)
            heads = [part.split()[-1] for part in re.split(r"\s+or\s+", thing)]
            generic = any(phrases["generic_thing"](head) for head in heads)
            # "a separate spot" is named by "separate" too; "the shutter count" only by its count
            said = (
                [w for part in re.split(r"\s+or\s+", thing) for w in part.split()]
                if group == "included"
                else heads
            )
            return None if generic else AskedThing(heads, included=group == "included", said=said)
    return None


# a yes-or-no question whose product comes first: "do the X come with ribbons?", not "what comes with the
# X kit?" or "how many reeds come with the X?", where what follows is the product
_COMES_WITH = re.compile(
    r"(?i)^\W*(?:does|do|did|will|would|should|is|are|can)\b[^?]*?\b(?:comes?|came|coming)\s+with\s+"
    r"(?!the\b|this\b|that\b|your\b|my\b)(?:a|an|any|its\s+own|their\s+own|some)?\s*([^?.!,;]{1,40})"
)


def comes_with_words(question: str) -> set[str]:
    """The (tokenized) words of what a question asks to come with the product ("do the étoile pointe
    shoes come with ribbons?": ribbons): a thing asked of it, not the product asked about, even where
    the shop sells it too (a Satin Pointe Ribbon)."""
    found = _COMES_WITH.search(question)
    return set(tokenize(found.group(1))) if found else set()


def suited_for_words(question: str) -> set[str]:
    """The (tokenized) words of what a question asks the product to suit ("is the aragonite sand ok for
    my cherry shrimp tank?": cherry shrimp tank): what it is for, not the product asked about, even where
    the shop sells it too."""
    found = _SUITED_FOR.search(question)
    return set(tokenize(found.group(1))) if found else set()


_SUITED_FOR = re.compile(
    r"(?i)\b(?:ok(?:ay)?|safe|suitable|good|fine|alright|compatible)\s+(?:for|with|in)\s+(?:my|our|a|an)\s+([^?.!,;]+)"
)


# Lengths of time, in days, for tiered terms ("Cancel 7 to 13 days before: 50% refund"): a closed range,
# one open at the top ("14 days or more", "at least 14 days"), one open at the bottom ("less than 7
# days", "within 30 days"), and the single length a question gives ("10 days before")
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_TIME = r"(?:business\s+|working\s+|calendar\s+)?(hour|day|week|month|year)s?\b"
_TIME_RANGES = (
    (re.compile(rf"(?i)\b(\d+)\s*(?:-|–|to|and)\s*(\d+)\s+{_TIME}"), "closed"),
    (re.compile(rf"(?i)\b(?:at\s+least|more\s+than|over|after)\s+(\d+)\s+{_TIME}"), "from"),
    (re.compile(rf"(?i)\b(\d+)\s+{_TIME}\s+or\s+(?:more|longer|over)|\b(\d+)\+\s*{_TIME}"), "from"),
    (
        re.compile(
            rf"(?i)\b(?:less\s+than|under|fewer\s+than|within|up\s+to|no\s+more\s+than)\s+(\d+)\s+{_TIME}"
        ),
        "to",
    ),
)
# an age a page bounds without saying years: "not suitable for children under 14", "ages 3+", "under-5s"
_AGE = r"(?:children|kids|child|ages?|aged|anyone|users?)"
_NOT_A_MEASURE = r"(?![.,]?\d|\s*(?:kg|lbs?|cm|m|in)\b)"  # "children under 20 kg" are no age
_AGE_RANGES = (
    (re.compile(rf"(?i)\b{_AGE}\s+(?:under|below|younger\s+than)\s+(\d+){_NOT_A_MEASURE}"), "to"),
    (re.compile(r"(?i)\bunder[- ](\d+)s\b"), "to"),
    (
        re.compile(
            rf"(?i)\b{_AGE}\s+(?:over\s+|above\s+|from\s+)?(\d+)\s*(?:\+|and\s+(?:over|up|older|above))"
        ),
        "from",
    ),
    (re.compile(r"(?i)\bover[- ](\d+)s\b"), "from"),
)
_TIME_WORDS = frozenset(tokenize("hour hours day days week weeks month months year years old"))
_TIME_SAID = re.compile(rf"(?i)(?<![\d\-–]\s)(?<![\d\-–])\b(\d+)\s+{_TIME}(?!\s+or\s+(?:more|less))")


def time_ranges(text: str) -> list[tuple[float, float]]:
    """The lengths of time a text bounds, in days (an open end is infinite or zero), ages too."""
    found: list[tuple[float, float]] = []
    for pattern, kind in _TIME_RANGES:
        for m in pattern.finditer(text):
            groups = [g for g in m.groups() if g is not None]
            per = _DAYS[groups[-1].lower()]
            numbers = [float(g) * per for g in groups[:-1]]
            low, high = (
                (numbers[0], numbers[-1])
                if kind == "closed"
                else ((numbers[0], math.inf) if kind == "from" else (0.0, numbers[0]))
            )
            found.append((low, high))
    for pattern, kind in _AGE_RANGES:
        for m in pattern.finditer(text):
            years = float(m.group(1)) * _DAYS["year"]
            found.append((years, math.inf) if kind == "from" else (0.0, years))
    return found


def time_said(text: str) -> float | None:
    """The one length of time a question gives ("if i cancel 10 days before"), in days."""
    said = [float(m.group(1)) * _DAYS[m.group(2).lower()] for m in _TIME_SAID.finditer(text)]
    return said[0] if len(said) == 1 and not time_ranges(text) else None


_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|midnight|noon|midday)"
_CLOCK_SAID = re.compile(rf"(?i)\b{_CLOCK}")
_CLOCK_SPAN = re.compile(rf"(?i)\b(?:between\s+|from\s+)?({_CLOCK})\s*(?:-|–|to|and|until|till)\s*({_CLOCK})")


def _hour(said: str) -> float:
    """A time of day as hours after midnight: "11pm" 23.0, "7:30 am" 7.5, "noon" 12.0."""
    text = said.lower().replace(".", "").replace(" ", "")
    if text == "midnight":
        return 0.0
    if text in ("noon", "midday"):
        return 12.0
    found = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))?(am|pm)?", text)
    if found is None:
        return 0.0
    hour = int(found[1]) % 12 if found[3] else int(found[1])
    return hour + (12 if found[3] == "pm" else 0) + int(found[2] or 0) / 60


def clock_times(text: str) -> list[float]:
    """The times of day a question names ("at midnight", "by 6pm"), in hours after midnight."""
    return [_hour(m.group()) for m in _CLOCK_SAID.finditer(text)]


def within_clock_span(hour: float, text: str) -> bool | None:
    """Whether a time of day falls in a span the text gives ("between 11pm and 7am" holds midnight);
    None when the text gives no span."""
    spans = [(_hour(m[1]), _hour(m[2])) for m in _CLOCK_SPAN.finditer(text)]
    if not spans:
        return None
    return any(low <= hour <= high if low <= high else hour >= low or hour <= high for low, high in spans)


def measures_said(text: str) -> set[tuple[str, str]]:
    """The amounts with a unit a text says, in the catalog's units ("1 litre" and "1 L" are ("1", "l"))."""
    words = ["", *tokenize(text)]
    return {
        (number, unit)
        for before, number, unit in zip(words, words[1:], words[2:], strict=False)
        if _AMOUNT.fullmatch(number)
        and not _AMOUNT.fullmatch(before)  # not the end of "19-20 cm"
        and unit.isalpha()
        and len(unit) <= 3
        and unit != "x"
    }


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_OF_MONTH = re.compile(
    rf"(?i)\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b"
)


# the days listed or ranged beside a day of a month: "December 26, 27 and 28", "Tuesday 29 – Thursday 31
# December" (not a time: "6:30am – 2:00pm")
_DAY_JOIN = r"\s*(?:,|&|\band\b|–|-|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*(?:[a-z]+day\s+)?"
_DAYS_AFTER = re.compile(rf"(?i)(?:{_DAY_JOIN}\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d))+")
_DAYS_BEFORE = re.compile(rf"(?i)(?<![\d:.])(?:\d{{1,2}}(?:st|nd|rd|th)?{_DAY_JOIN})+$")
_DAY_IN_LIST = re.compile(r"(?i)(–|-|\b(?:to|through|thru|until|till)\b)?\s*(?:[a-z]+day\s+)?(\d{1,2})\b")


def _days_listed(listed: str, first: int | None = None) -> list[int]:
    """The days of a list or range ("26, 27 and 28", "29 – Thursday 31"), a range's days between."""
    days: list[int] = [] if first is None else [first]
    for joined, day in _DAY_IN_LIST.findall(listed):
        if joined and days and days[-1] < int(day) <= days[-1] + 31:
            days.extend(range(days[-1] + 1, int(day)))
        days.append(int(day))
    return days


def days_said(text: str) -> set[tuple[str, int]]:
    """The days of the year a text names ("December 26", "26th of Dec", "December 26, 27 and 28",
    "29 – 31 December"), as (month's first three letters, day): "open on december 26?" and the hours
    table's row "Saturday, December 26 | Closed"."""
    found = set()
    for m in _DAY_OF_MONTH.finditer(text):
        if m.group("m1"):
            month, day = m.group("m1"), int(m.group("d1"))
            listed = _DAYS_AFTER.match(text, m.end())
            days = _days_listed(listed.group(0), day) if listed else [day]
        else:
            month, day = m.group("m2"), int(m.group("d2"))
            before = _DAYS_BEFORE.search(text[: m.start("d2")])
            days = _days_listed(f"{before.group(0)}{day}") if before else [day]
        found |= {(month[:3].lower(), d) for d in days if 1 <= d <= 31}
    return found


def join_words(items: list[str], conjunction: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def without_markup(text: str) -> str:
    """Text without Markdown emphasis, headings and list marks: what a chat message shows."""
    return _MARKUP.sub("", text).strip()


def body_of(passage: Passage) -> str:
    """A passage's text without its heading prefix and Markdown markup."""
    text = passage.text
    prefix = " > ".join(passage.heading_path)
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return without_markup(text)


def as_reply(chosen: list[tuple[str, Passage]], question: str) -> str:
    """The chosen sentences said as a reply: items of a list whose heading says most of the question
    are the whole list, under its heading once ("Items we can't take back: Opened coffee; Gift cards;
    ..."); other sentences with the heading an item needs."""
    if (
        len({p.key for _, p in chosen}) == 1
        and all(is_list_item(s, p) for s, p in chosen)
        and _headed(question, chosen[0][1])
    ):
        page = chosen[0][1]
        items = [s.rstrip(".;") for s in sentences(body_of(page)) if is_list_item(s, page)]
        heading = page.heading_path[-1] if page.heading_path else ""
        return _under(heading) + "; ".join(items[:8]) + "."
    said = [with_its_heading(s, p) for s, p in chosen]
    # a list's item or a cell has no full stop of its own: "... deliver to: Great Barrier Island. Some
    # wines are sold in store only", not one run-on sentence
    ended = [s if s.rstrip().endswith((".", "!", "?", ":", ";")) else f"{s.rstrip()}." for s in said[:-1]]
    return " ".join([*ended, *said[-1:]])


def with_its_heading(sentence: str, passage: Passage) -> str:
    """An item of a page's list said with the heading it sits under, which gives it its sense:
    "What we can't take back: Opened contact-lens solution, ..." (the item alone reads as if it could)."""
    heading = passage.heading_path[-1] if passage.heading_path else ""
    # a whole sentence says itself, unless its heading says no ("What we can't take back" / "- Samples
    # and discovery sets once opened.")
    whole = sentence.rstrip().endswith((".", "!", "?")) and not shape_rules().phrases["negation"](heading)
    if not is_list_item(sentence, passage) or not heading or whole or heading in sentence:
        return sentence
    said = sentence.rstrip(";, ")
    return _under(heading) + said + ("" if said.endswith((".", "!", "?")) else ".")


def _under(heading: str) -> str:
    """A heading said before what sits under it: "Items we can't take back: "; an FAQ's question about
    the shop's own ways said as the shop's statement ("What don't you sell?" is "We don't sell: ",
    "What payment methods do you accept?" "Payment methods we accept: "), any other before its answer
    ("Can I return a gift? Yes ..."), never "accept?: Visa"."""
    if not heading:
        return ""
    if found := shape_rules().phrases["asks_our_ways"].any.match(heading.strip()):
        things = found["things"].strip()
        verb = f"do{found['not']} {found['verb']}" if found["not"] else found["verb"]
        return f"{things[:1].upper()}{things[1:]} we {verb}: " if things else f"We {verb}: "
    return f"{heading} " if heading.rstrip().endswith("?") else f"{heading}: "


_WORDS = re.compile(r"[^\W\d_]+")
_TABLE_WAS_HERE = "\ue000"  # a private-use character: never in a page, and not whitespace


def _table_rows(text: str) -> tuple[str, list[str]]:
    """Markdown table rows as sentences ("Method: Standard; Cost: $6.95."), the rest of the text as is."""
    kept: list[str] = []
    rows: list[str] = []
    header: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")):
            if header is not None:
                kept.append(_TABLE_WAS_HERE)
            header = None
            kept.append(line)
            continue
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        if header is None:
            header = cells
            continue
        rows.append(row_sentence(header, cells))
    return "\n".join(kept), rows


def table_rows(text: str) -> list[str]:
    """The rows of the text's tables, each said as a sentence ("Method: Standard; Cost: $6.95.")."""
    return _table_rows(text)[1]


def row_cells(row: str) -> list[tuple[str, str]]:
    """A row said as a sentence, as its (column, value) cells."""
    return [(column, value) for column, _, value in _cells(row)]


def _cells(row: str) -> list[tuple[str, str, str]]:
    """A row said as a sentence, back to its cells: "Zone: Zone 3; Rate: $9." as (column, ": ", value)."""
    return [cell.partition(": ") for cell in row.rstrip(".").split("; ")]


def row_sentence(header: list[str], cells: list[str]) -> str:
    """A table row said as a sentence, each cell after its column's name: "Method: Standard; Cost: $6.95."."""
    pairs = [f"{h}: {c}" if h else c for h, c in zip(header, cells, strict=False) if c]
    return "; ".join(pairs).rstrip(".") + "."


def sentences(text: str) -> list[str]:
    """The text's sentences and table rows; a sentence that ends with a colon keeps the line it
    introduces ("Twelve warm tones: Sandstone, Mesa, ..."), unless what it introduces is a table
    (its rows are sentences of their own), and a question keeps the answer after it on its line."""
    prose, rows = _table_rows(text)
    parts: list[str] = []
    for line in prose.split("\n"):
        for i, part in enumerate(" ".join(p.split()) for p in _SENTENCE.split(line)):
            if part == _TABLE_WAS_HERE:
                parts.append("")  # ends the sentence before the table
            elif parts and (parts[-1].endswith(":") or (i and _ABBREVIATION_END.search(parts[-1]))):
                parts[-1] = f"{parts[-1]} {part}"  # "412 Wellington St. W., Ottawa" is one sentence
            elif part and i and parts and parts[-1].endswith("?"):
                parts[-1] = f"{parts[-1]} {part}"  # "Not happy with a tune? Bring it back ..." is one
            elif part:
                parts.append(part)
    return [p for p in parts if len(p) > 3] + rows


_NUMBER_CELL = re.compile(r"(\d+(?:[.,]\d+)?)\s?([^\W\d_]{1,3})?")
_VALUE_ASKED = re.compile(r"(?:([^\W\d_]+)['’]?s?\s+)?(\d+(?:[.,]\d+)?)(?:\s*([^\W\d_]+))?")


_THOUSANDS = re.compile(r"(?<=\d)[, ](?=\d{3}(?![\d.,]\d))")  # "50,000 L", "50 000 L": 50000


def cell_by_amount(
    question: str, pages: Callable[[], list[tuple[Passage, float]]]
) -> tuple[str, Passage] | None:
    """The cell of a table whose columns are amounts, in the column of the amount the question gives
    and the row its words name: "how much salt for a 50,000 L pool?" and the dosing chart's Salt row under
    "50,000 L" (not "Per 1,000 L"). None unless one row says more of the question than any other; the
    pages are searched only when the question gives an amount."""
    from copilot.drafting.sizes import grammar  # the units; sizes.py reads this module's helpers

    given = grammar().measurements_in(_THOUSANDS.sub("", question))
    if not given:
        return None
    asked = set(tokenize(question)) - {w for m in given for w in tokenize(m.text)}
    asked |= kin_of(asked)
    found: list[tuple[int, str, Passage]] = []
    for passage, _ in pages():
        for row in _table_rows(body_of(passage))[1]:
            cells = _cells(row)
            if len(cells) < 3:
                continue
            label = cells[0][2] or cells[0][0]
            for header, _, value in cells[1:]:
                amounts = grammar().measurements_in(_THOUSANDS.sub("", header))
                if len(amounts) != 1 or header.lower().startswith("per ") or not value:
                    continue
                if any(_same_amount(amounts[0], m) for m in given):
                    said = len(asked & set(tokenize(label)))
                    found.append((said, f"{label}, for {header}: {value}.", passage))
    top = max((said for said, _, _ in found), default=0)
    best = {(reply, passage.key): (reply, passage) for said, reply, passage in found if said == top}
    if top == 0 or len(best) != 1:
        return None
    return next(iter(best.values()))


def row_by_amount(
    question: str, pages: Callable[[], list[tuple[Passage, float]]]
) -> tuple[str, Passage] | None:
    """The cells of a table whose rows are amounts, in the row of the amount the question gives and the
    columns its words name: "what battery do i need for 1500 wh a day?" and the sizing table's "1,500
    Wh" row, its two battery columns; "2000 wh a day in winter, how much solar?" its winter panels
    column. A column headed by another amount the question gives is named above any word: "how many
    boxes of 1.44 m2 tiles for 20m2?" is the "20 m²" row's "1.44 m² box" cell. None unless one row of one
    table says the most of the question and a column is named."""
    from copilot.drafting.sizes import grammar

    given = grammar().amounts_asked(_THOUSANDS.sub("", question))
    if not given:
        return None
    asked = set(tokenize(question)) - {w for m in given for w in tokenize(m.text)} - light_verbs()
    asked |= kin_of(asked)
    found: list[tuple[int, str, Passage]] = []
    amounts_of = grammar().amounts_in_line
    for passage, _ in pages():
        for row in _table_rows(body_of(passage))[1]:
            cells = _cells(row)
            first = _THOUSANDS.sub("", cells[0][2])
            amounts = amounts_of(first)
            # the row's first cell is the amount itself ("1,500 Wh"), not a thing that mentions one
            # ("Eye splice, HMPE line (up to 8 mm)", "Anchors of 10 kg and over")
            alone = len(amounts) == 1 and not _WORD_LEFT.search(first.replace(amounts[0].text, " "))
            if len(cells) < 3 or not alone or not any(_same_amount(amounts[0], m) for m in given):
                continue
            others = [m for m in given if not _same_amount(amounts[0], m)]
            # (a header that is an amount alone names nothing asked: "2.85 mm" of "pla+ 2.85mm 1kg, price?")
            shared = [
                (n := len(asked & set(tokenize(header))))
                + 10 * bool(n and any(_same_amount(a, m) for a in amounts_of(header) for m in others))
                for header, _, _ in cells[1:]
            ]
            if max(shared) == 0:
                continue
            named = [f"{h}: {v}" for (h, _, v), n in zip(cells[1:], shared, strict=True) if n == max(shared)]
            found.append((max(shared), f"{cells[0][0]}: {cells[0][2]}; {'; '.join(named)}.", passage))
    most = max((said for said, _, _ in found), default=0)
    best = [(reply, passage) for said, reply, passage in found if said == most]
    return best[0] if len({reply for reply, _ in best}) == 1 else None


_WORD_LEFT = re.compile(r"[^\W\d_]{2,}")


def _same_amount(a: Measurement, b: Measurement) -> bool:
    base = a.value * a.unit.per
    return a.unit.dimension == b.unit.dimension and abs(base - b.value * b.unit.per) <= 1e-6 * max(1.0, base)


_CELLS_APART = re.compile(r"; (?=[^;:]{1,60}: )")
_BARE_ANSWER = re.compile(r"(?i)\s*(?:yes|no|y|n|n/a|-|—|✓|✗|x)\.?\s*")


def _said_whole(
    labels: list[str], asked: set[str], keep: Callable[[str], bool] = lambda _: True, *, most: bool = True
) -> list[int]:
    """The rows (by index) whose first cell the question says every word of, one of them of three letters
    or more ("Twin XL", not "L"), and of those (that ``keep``) the ones that say the most: "stretch denim"
    names the Stretch denim row, not the Denim one (all of them, not ``most``)."""
    said = [
        i
        for i, label in enumerate(labels)
        if (words := set(tokenize(label)))
        and words <= asked
        and any(len(w) > 2 for w in _WORDS.findall(label))
        and keep(label)
    ]
    if not most:
        return said
    longest = max((len(set(tokenize(labels[i]))) for i in said), default=0)
    return [i for i in said if len(set(tokenize(labels[i]))) == longest]


def _says_most(asked: set[str], value: str) -> bool:
    words = set(tokenize(value))
    return bool(words) and 4 * len(words & asked) >= 3 * len(words)


_FIT_HEADER = re.compile(r"(?i)\b(?:fits?|compatible|works\s+with|suits)\b")  # "Fits", "Does not fit"


def cell_by_names(
    question: str, passages: list[tuple[Passage, float]], version_word: Callable[[str], bool]
) -> tuple[str, Passage] | None:
    """The cells of a table where the row the question names whole meets the columns it names: "bed
    temp for abs?" and the print settings' ABS row under `Bed temperature`; "which build plate fits the
    kestrel k1?" and the `Build plate` row under `Kestrel K1`. A row is named by all the words of its
    first cell, the only one of its table so named; its columns by the most words of the question
    besides. Not a row named by a product's option values (``version_word``: "queen" of a size chart is
    a sheet set's version), nor one that leaves more than two words of the question unsaid ("is UV
    damage to my tent fly covered?" asks more than the Tents row's warranty). None unless exactly one
    table row answers, or when a difference is asked (one row cannot tell "wide" from "extra wide")."""
    if shape_rules().phrases["difference_asked"](question):
        return None
    asked = set(tokenize(question))
    asked |= kin_of(asked)
    shape = answered_by(question)
    day_asked = shape is not None and shape.name in DAY_SHAPES
    found: list[tuple[int, str, Passage]] = []
    for passage, _ in passages:
        prose, rows = _table_rows(body_of(passage))
        labels = [first_cell(row) for row in rows]
        whole = _said_whole(
            labels,
            asked,
            lambda label: not _DIGIT.search(label) and not all(map(version_word, tokenize(label))),
        )
        if len(whole) != 1:
            continue
        row = rows[whole[0]]
        label = labels[whole[0]]
        rest = asked - set(tokenize(label)) - light_verbs()
        by_header = _of_the_shape_asked(question, _columns_named(row, rest))
        best = max((n for n, _, _ in by_header), default=0)
        # (a cell the question (nearly) says already tells it nothing: "how much is the X walking foot?",
        # "how many ml does the aurelia pinot noir glass hold?" beside "Aurelia Crystal Pinot Noir Glasses")
        picked = _with_its_why(
            [f"{h}: {v}" for n, h, v in by_header if n == best and not _says_most(asked, v)], by_header
        )
        picked += _its_verdict(question, asked, picked, by_header)
        if day_asked and not any(_DAY_OF_MONTH.search(p) for p in picked):
            continue  # "order by when for christmas delivery to bc?" is no rates row's delivery time
        # "will the calder cartridge fit my esk shower?": the fit column whose cell names the other thing
        # is the answer ("Does not fit: Esk Low Pressure Shower Kit"), though the question says it
        verdict = [f"{h}: {v}" for h, _, v in _cells(row) if _FIT_HEADER.search(h) and _says_most(asked, v)]
        # (the row named in one run of words: "can i use the pateley flush valve in an airton ... frame" says
        # the Airton Frame Flush Valve's words only apart)
        in_order = tokenize(question)
        at = [i for i, w in enumerate(in_order) if w in set(tokenize(label))]
        together = bool(at) and at[-1] - at[0] <= len(set(tokenize(label)))
        if verdict and together and shape_rules().phrases["yes_or_no"](question):
            picked, best = verdict, max(best, 1)
        said = set(tokenize(row)) | {w for n, h, _ in by_header if n == best for w in tokenize(h)}
        unsaid = set(tokenize(question)) - said - light_verbs()
        # (what the row leaves unsaid, the page's prose may say: "free delivery in belgium?")
        if best == 0 or not picked or len(unsaid) > 2 or unsaid & set(tokenize(prose)):
            continue
        found.append((best + len(set(tokenize(label))), f"{label}, {'; '.join(picked)}.", passage))
    top = max((score for score, _, _ in found), default=0)
    best_rows = [(reply, passage) for score, reply, passage in found if score == top]
    return best_rows[0] if len(best_rows) == 1 else None


def _of_the_shape_asked(question: str, by_header: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The cells as named, unless the question asks a shape of answer (an amount of money, a time) that
    no cell it names holds and others do: those others, as if named. "how much is shipping to alberta?"
    is the row's "Standard rate: $12.95", not its "Free shipping: Yes, over $199.00"; "how long does
    shipping to ontario take?" its "Delivery (business days): 3–5" (the unit in the column's name)."""
    shape = answered_by(question)
    if shape is None:
        return by_header

    def holds(header: str, value: str) -> bool:
        unit = " ".join(m.group(1) for m in re.finditer(r"\(([^)]*)\)", header))
        return shape.answered(f"{header}: {value}") or (bool(unit) and shape.answered(f"{value} {unit}"))

    best = max((n for n, _, _ in by_header), default=0)
    shaped = [(n, h, v) for n, h, v in by_header if holds(h, v)]
    if not shaped or any(n == best for n, _, _ in shaped):
        return by_header
    top = max(n for n, _, _ in shaped)
    return [(best + 1 if (n, h, v) in shaped and n == top else n, h, v) for n, h, v in by_header]


DAY_SHAPES = frozenset({"deadline", "last_order_date"})  # a day asked: "order by when for christmas?"


def _its_verdict(
    question: str, asked: set[str], picked: list[str], by_header: list[tuple[int, str, str]]
) -> list[str]:
    """A yes-or-no question answered by a measure ("is the esk kit ok with low water pressure?" and
    "Minimum water pressure: 0.1 bar") also gets the row's verdict on it: the yes-or-no cells whose
    header says the most of the question, its name's words too ("Gravity-fed / low pressure: Yes")."""
    if not picked or not shape_rules().phrases["yes_or_no"](question):
        return []
    if any(VERDICT.match(p.partition(": ")[2]) for p in picked):
        return []
    judged = [(len(asked & set(tokenize(h))), h, v) for _, h, v in by_header if VERDICT.match(v)]
    most = max((n for n, _, _ in judged), default=0)
    return [f"{h}: {v}" for n, h, v in judged if n == most and n > 0]


def _columns_named(row: str, words: set[str]) -> list[tuple[int, str, str]]:
    """A table row's cells after its first, each as how many of ``words`` its header says, the header and
    the value ("5 years on the frame; 2 years on the monitor" is one cell)."""
    cells = [cell.partition(": ") for cell in _CELLS_APART.split(row.rstrip("."))][1:]
    return [(len(words & set(tokenize(h))), h, v) for h, _, v in cells if v]


def _with_its_why(picked: list[str], by_header: list[tuple[int, str, str]]) -> list[str]:
    """Cells picked that only say yes or no come with the rest of their row: "Vegan: No" and why
    ("shellac")."""
    if picked and all(_BARE_ANSWER.fullmatch(p.partition(": ")[2]) for p in picked):
        return [f"{h}: {v}" for _, h, v in by_header]
    return picked


def row_of_product(
    question: str, title: str, passages: list[tuple[Passage, float]]
) -> tuple[str, Passage] | None:
    """A guide's table row for the product the question names, under the columns its other words name:
    "which liner do i need for the ardan 8?" and the liners table's `Ardan 8 Multi-Fuel Stove` row under
    `Liner to use`. A row is the product's when its first cell is the product's name. None when no such
    row has a column the question names, or rows of two tables answer alike."""
    asked = set(tokenize(question))
    rest = (asked | kin_of(asked)) - set(tokenize(title)) - light_verbs()
    name = " ".join(title.lower().split())
    found: list[tuple[int, str, Passage]] = []
    for passage, _ in passages:
        for row in _table_rows(body_of(passage))[1]:
            if " ".join(first_cell(row).lower().split()) != name:
                continue
            by_header = _columns_named(row, rest)
            best = max((n for n, _, _ in by_header), default=0)
            picked = _with_its_why([f"{h}: {v}" for n, h, v in by_header if n == best], by_header)
            if best:
                found.append((best, f"{first_cell(row)}, {'; '.join(picked)}.", passage))
    top = max((score for score, _, _ in found), default=0)
    rows = {reply: passage for score, reply, passage in found if score == top}
    return next(iter(rows.items())) if len(rows) == 1 else None


def row_named(question: str, passages: list[tuple[Passage, float]]) -> tuple[str, Passage] | None:
    """The one table row with a cell the question gives by its column ("a US 9.5": the row whose `US
    Men's` cell is 9.5; "a UK 8"; "my foot is 27.5 cm": `Foot length (cm)`), the column named by the
    word before or after the number; of several, the row whose column the question names most fully
    ("men's US 9.5" is the men's column, not `US Women's`). None when no row, or no one row, has it."""
    from copilot.drafting.sizes import grammar  # the units; sizes.py reads this module's helpers

    asked = set(tokenize(question))
    given = [
        (float(m.group(2).replace(",", ".")), {w for g in (m.group(1), m.group(3)) if g for w in tokenize(g)})
        for m in _VALUE_ASKED.finditer(question)
    ]
    if not given:
        return None
    found: list[tuple[int, str, Passage]] = []
    for passage, _ in passages:
        for row in _table_rows(body_of(passage))[1]:
            best, said = 0, ""
            cells = _cells(row)
            for header, _, value in cells:
                # a number alone, or a measure with its unit ("30cm": the unit names the column too), not
                # a size code ("5B")
                cell = _NUMBER_CELL.fullmatch(value.strip())
                if cell is None or (cell.group(2) and not grammar().measurements_in(value)):
                    continue
                words = set(tokenize(header)) | set(tokenize(cell.group(2) or ""))
                number = float(cell.group(1).replace(",", "."))
                if any(number == n and near & words for n, near in given) and len(words & asked) > best:
                    best, said = len(words & asked), f"{header} {value}"
            if best:  # "UK 8 is US Men's 9, US Women's 10.5 and EU 42.5."
                others = [f"{h} {v}" for h, _, v in cells if f"{h} {v}" != said]
                found.append((best, f"{said} is {join_words(others)}.", passage))
    top = max((score for score, _, _ in found), default=0)
    rows = {(row, passage.key): (row, passage) for score, row, passage in found if score == top}
    ranged = _row_in_range(given, asked, passages)
    if not rows:
        return ranged
    exact = next(iter(rows.values())) if len(rows) == 1 else None
    # "i wear a US 10 shoe, what deck width?": the deck chart's range row says the deck width asked for,
    # the shoe chart's row for US 10 only other shoe sizes
    if ranged is not None and len(asked & set(tokenize(ranged[0]))) > max(
        len(asked & set(tokenize(row))) for row, _ in rows.values()
    ):
        return ranged
    return exact


_RANGE = re.compile(
    r"(?:from\s+)?(\d+(?:[.,]\d+)?)\s*[^\W\d_]{0,3}\s*(?:-|–|to)\s*(\d+(?:[.,]\d+)?)(?!\d)\s*[^\W\d_]*\S{0,2}"
)


_RANGES_APART = re.compile(r",\s+|;\s+|\s+and\s+")  # "4000–4179, 4500–4519": two ranges
_UP_TO = re.compile(r"(?i)\b(?:up\s+to|under|over)\s*\d")


def _grid_row(row: str) -> bool:
    """A row of a table whose columns after the first are headed by ranges too ("Width: 91–120 cm; Drop
    up to 150 cm: £72.00; Drop 151–200 cm: £86.00"): a price grid's, by width and drop."""
    headers = [cell.partition(": ")[0] for cell in row.rstrip(".").split("; ")[1:]]
    return sum(bool(_RANGE.search(h) or _UP_TO.search(h)) for h in headers) >= 2


def _row_in_range(
    given: list[tuple[float, set[str]]], asked: set[str], passages: list[tuple[Passage, float]]
) -> tuple[str, Passage] | None:
    """The one table row with a range holding a number the question gives, with the words beside it:
    "a room that's 17 degrees" and the row `Room temperature: 16-20°C; What to use: 2.5 tog`; "my horse
    is 16.1hh" and `Horse height: 16hh - 16.2hh`. Of several, the one whose cell's unit or column the
    words beside the number say ("im 75kg": `Rider weight: 70-79 kg`, not `Beginner: 75-90 L`), then
    the one that says the most of the question."""
    found: list[tuple[str, Passage, bool, set[str]]] = []  # reply, passage, by its label, its column
    for passage, _ in passages:
        for row in _table_rows(body_of(passage))[1]:
            if _grid_row(row):
                continue  # a price grid's row needs two measures (copilot/drafting/grids.py)
            for cell in row.rstrip(".").split("; "):
                header, _, value = cell.partition(": ")
                # "4000–4179, 4500–4519": a cell of several ranges holds what any of them does
                spans = [_RANGE.fullmatch(part.strip()) for part in _RANGES_APART.split(value)]
                if not spans or None in spans:
                    continue
                bounds = [
                    (float(lo.replace(",", ".")), float(hi.replace(",", ".")))
                    for lo, hi in (span.groups() for span in spans if span is not None)
                ]
                labels = set(tokenize(header)) | set(tokenize(re.sub(r"[\d.,–-]+", " ", value)))
                held = [near for n, near in given if any(low <= n <= high for low, high in bounds)]
                if held:
                    others = [_cell_said(c) for c in row.rstrip(".").split("; ") if c != cell]
                    reply = f"{header} {value} is {join_words(others)}."
                    found.append((reply, passage, any(near & labels for near in held), labels))
                    break  # a row once, by its first cell that holds the number
    rows = [row for row in found if row[2]] if len(found) > 1 else found
    # then the rows that say the most of the question's other words ("an intermediate surfer"): a row
    # that says none of them answers nothing asked ("lens width 50, how close should the new ones be?")
    words = {w for w in asked if not _DIGIT.search(w)} - {w for _, near in given for w in near}
    said = [
        len((words - column) & set(tokenize(f"{reply} {' '.join(p.heading_path)}")))
        for reply, p, _, column in rows
    ]
    best = [row for row, n in zip(rows, said, strict=True) if n == max(said, default=0) and n > 0]
    if not best and len(rows) == 1 and all(n >= 1000 for n, _ in given):
        best = rows  # a long number only one row holds names it ("shipping to melbourne, 3050?")
    return (best[0][0], best[0][1]) if len(best) == 1 else None


# a column's range of an amount: "5–11 kg", "Up to 5 kg", "22-44 lb", "Over 30 kg"
_BAND = re.compile(
    r"(?i)^\s*(?:(up\s+to|under|below|max\.?)\s*)?(?:(over|above|from)\s*)?(\d+(?:[.,]\d+)?)"
    r"(?:\s*(?:-|–|—|to)\s*(\d+(?:[.,]\d+)?))?\s*([^\W\d_]+)\.?\s*(\+|and\s+(?:up|over))?\s*$"
)


def _band(header: str) -> tuple[float, float, str] | None:
    """A column header's range of an amount, its unit as tokens say it: "5–11 kg" is (5, 11, "kg")."""
    found = _BAND.match(header)
    if found is None:
        return None
    up_to, over, low, high, unit, plus = found.groups()
    first = float(low.replace(",", "."))
    if up_to:
        return 0.0, first, " ".join(tokenize(unit))
    if over or plus:
        return first, math.inf, " ".join(tokenize(unit))
    return first, float(high.replace(",", ".")) if high else first, " ".join(tokenize(unit))


def _place_names(question: str) -> list[frozenset[str]]:
    """The words of the place the question names and of each way a page may name its region."""
    place, regions = named_places(question)
    return [n for n in (place, *regions) if n]


_ZONE_LABEL = re.compile(r"^\s*([^\W\d][^:;.]{1,40}?)\s*:\s+")


def zone_of(question: str, passages: list[tuple[Passage, float]]) -> str | None:
    """The zone a page's list of zones puts the place the question names in: "Remote/WA & NT: all of
    Western Australia and the Northern Territory (Perth and Darwin included)" for "to darwin"."""
    names = _place_names(question)
    asked = set(tokenize(question))
    for passage, _ in passages:
        for sentence in sentences(body_of(passage)):
            label = _ZONE_LABEL.match(sentence)
            rest = sentence[label.end() :] if label else ""
            said = set(tokenize(rest))
            # ("Western Canada (BC, AB)" is no zone of "canada")
            if label and any(n <= said and not _narrowed(_as_written(rest), n, asked) for n in names):
                # a table's row names its zone in its first cell: "Zone: Zone 3; Where: Saskatchewan ..."
                cells = _cells(sentence)
                if len(cells) > 1 and all(value for _, _, value in cells):
                    return first_cell(sentence).strip()
                return label.group(1)
    return None


# the words of sending a thing somewhere
_SENDING_WORDS = frozenset(
    tokenize("ship shipped shipping send sent deliver delivered delivery post courier couriered freight")
)
# what asking for a rate or a time to a place says besides the place and the thing sent
_SENDING_TALK = _SENDING_WORDS | frozenset(
    tokenize(
        "postage cost costs price rate rates charge fee fees much long take takes get can could there extra "
        "order orders parcel parcels package packages item items stuff thing things purchase box "
        "today tomorrow day days week weeks business standard express free"
    )
)


def asked_parts(question: str) -> list[str]:
    """The questions a message asks, one by one ("do you ship to canada? what does it cost")."""
    return [q for piece in shape_rules().and_asks.split(question) for q in _QUESTIONS.findall(piece)]


def thing_sent(question: str) -> set[str]:
    """The words of what a question asks to send besides the place and the talk of sending ("pony
    cylinder" of "cost to ship a pony cylinder to Tauranga?"); none in "how much is shipping to ohio?"."""
    place, regions = named_places(question)
    return set(tokenize(question)) - place - _SENDING_TALK - set().union(*regions)


def asks_to_send(question: str) -> bool:
    """The question says sending something ("can you deliver it?", "do you ship the syrah?")."""
    return bool(_SENDING_WORDS & set(tokenize(question)))


def rule_for_thing(
    question: str, passages: list[tuple[Passage, float]], row: str = ""
) -> tuple[str, Passage] | None:
    """The pages' own rule for sending the thing the question names to the place it names, over the
    rates table's row for the place: "We ship cylinders ... $35.00 per cylinder to the North Island" for
    "cost to ship a pony cylinder to Tauranga?". A sentence that names the thing and the place or its
    region, and gives an amount or a time, or says it cannot be done; not when the table's ``row`` for the
    place says as much of the thing ("Colissimo home delivery" is a row, not a returns label's rule)."""
    place, regions = named_places(question)
    thing = thing_sent(question)
    if not place or not thing or not _SENDING_WORDS & set(tokenize(question)):
        return None
    says_no = shape_rules().phrases["negation"]
    for passage, _ in passages:
        found = sentences(body_of(passage))
        for i, sentence in enumerate(found):
            said = set(tokenize(sentence))
            if (
                len(thing & said) > len(thing & set(tokenize(row)))
                and _SENDING_WORDS & said
                and (place <= said or any(region <= said for region in regions))
                and (_DIGIT.search(sentence) or says_no(sentence))
                and sentence not in _table_rows(body_of(passage))[1]
            ):
                # with the rule before it on the same thing ("Spare lithium batteries ship within New
                # Zealand only. We cannot send spare lithium batteries to ... the Pacific Islands.")
                before = found[i - 1] if i and thing & set(tokenize(found[i - 1])) else ""
                return f"{before} {sentence}".strip(), passage
    return None


def _season_asked(question: str) -> bool:
    """The question names a season or a day ("christmas cut off?", "open on december 26?"): a season's
    deadline rows may answer it."""
    return shape_rules().phrases["seasonal"](question) or bool(days_said(question))


def zone_cell(
    question: str, passages: list[tuple[Passage, float]], zone: str | None = None
) -> tuple[str, Passage] | None:
    """The cell of a rates table the question asks for: the row of the place it names, by name, by
    the region the place is in ("tassie": Tasmania) or by the ``zone`` a page puts it in, and the column
    of the amount it gives ("a 10kg bag": 5–11 kg) or of what it asks ("how long": Delivery time). None
    unless one row of one table is the place's and the question picks its columns, and no word of the
    question names another row ("canada? and how much is express shipping" asks the Express row)."""
    asked = set(tokenize(question))
    place_names = _place_names(question)
    names = [n for n in (*place_names, frozenset(tokenize(zone or ""))) if n]
    thing = thing_sent(question)
    amounts = [(float(n.replace(",", ".")), u) for n, u in measures_said(question)]
    answer = answered_by(question)
    answers = [a for part in asked_parts(question) if (a := answered_by(part)) is not None] or [
        a for a in [answer] if a
    ]
    if not names or not (amounts or answer):
        return None
    # the zone a table puts the place in names its row in the tables that go by zone ("West" in `Live
    # plants`, for tucson, from the rates table's row whose `Ships to` lists Arizona)
    tables = [_table_rows(body_of(passage))[1] for passage, _ in passages]
    placed_in = [_place_rows(question, [rows]) for rows in tables]
    names += [frozenset(tokenize(first_cell(row))) for placed in placed_in for row in placed]
    found: list[tuple[str, Passage]] = []
    lists_place: set[str] = set()
    seasonal = shape_rules().phrases["seasonal"]
    out_of_season = not _season_asked(question)
    for (passage, _), rows, placed in zip(passages, tables, placed_in, strict=True):
        if out_of_season and seasonal(" ".join(passage.heading_path)):
            continue  # "same day delivery in geelong?" is no Christmas deadline's row
        labels = [first_cell(row) for row in rows]
        firsts = [set(tokenize(label)) for label in labels]
        for row, label, first in zip(rows, labels, firsts, strict=True):
            cells = _cells(row)
            listed = row in placed if placed else any(_lists(label, n, asked) for n in names)
            if not listed or asked & (set().union(*firsts) - first):
                continue
            picked = [
                (h, v)
                for h, _, v in cells[1:]
                if (band := _band(h)) is not None
                and any(band[2] == u and band[0] <= n <= band[1] for n, u in amounts)
            ][:1]
            # each thing asked: "cost and how long?" (an amount no column is banded by, "a few 400w panels",
            # picks none)
            banded = any(_band(h) is not None for h, _, _ in cells[1:])
            if not picked and not (amounts and banded) and answer is not None:
                picked = [(h, v) for h, _, v in cells[1:] if any(a.answered(v) for a in answers)]
            if picked:
                # with the cells the question names ("colissimo home delivery": `Service: Colissimo home
                # delivery`), which tell the row from the place's others
                named = [(h, v) for h, _, v in cells[1:] if (h, v) not in picked and thing & set(tokenize(v))]
                said = "; ".join(f"{h}: {v}" for h, v in [(cells[0][0], cells[0][2]), *named, *picked])
                found.append((said + ".", passage))
                if any(n <= set(tokenize(row)) for n in place_names):
                    lists_place.add(said + ".")  # the row names the place, not only its zone
    # of the tables with a row for the place, the one on the thing sent ("courier charge for a saddle":
    # `Saddle courier charge`), or the one whose section lists it ("Large items (turntables, speakers ...)
    # go by StarTrack at a flat rate")
    on_thing = [(row, p) for row, p in found if thing & set(tokenize(f"{row} {' '.join(p.heading_path)}"))]
    on_thing = on_thing or [(row, p) for row, p in found if thing & set(tokenize(_outside_tables(p)))]
    found = on_thing or found
    if len(found) > 1:
        # "how much is freight to toronto?": the table headed and labelled "Freight"; else the row that
        # lists the place itself over the one its zone leads to
        placed = set().union(*names)

        def shares(entry: tuple[str, Passage]) -> tuple[int, bool]:
            row, passage = entry
            said = len((asked - placed) & set(tokenize(f"{row} {' '.join(passage.heading_path)}")))
            return said, row in lists_place

        best = max(map(shares, found))
        found = [entry for entry in found if shares(entry) == best]
    return found[0] if len(found) == 1 else None


# a list of kinds in a section's words: "(turntables, speakers, record crates and shelves)", "Bulky items
# are wheelchairs, rollators, walking frames and commodes."
_CLAUSE_END = re.compile(r"[.;:()\n]")
_LIST_END = re.compile(r",[^,]*,[^,]*\b(?:and|or)\b")  # three items or more: "a, b and c" is no clause pair


def _outside_tables(passage: Passage) -> str:
    """The lists of kinds a passage's words give outside its tables: what its section says it is for."""
    clauses = _CLAUSE_END.split(_table_rows(body_of(passage))[0])
    return " ".join(clause for clause in clauses if _LIST_END.search(clause))


_LIST_APART = re.compile(r",\s*|\s+(?:and|or|&)\s+")


def rows_by_listed_thing(question: str, rows: list[str]) -> list[str]:
    """Of table rows whose first cell lists things ("Shower enclosures, shower trays, acrylic baths"),
    those listing the thing the question names whole in the most words (two or more): "how quickly will
    a shower enclosure be delivered?" is the enclosures' row, not the one that lists "showers". Rows
    whose first cell is no list stay; so do all when none lists such a thing."""
    asked = set(tokenize(question))

    def longest(row: str) -> int:
        items = _LIST_APART.split(first_cell(row))
        whole = [len(words) for item in items if (words := set(tokenize(item))) and words <= asked]
        return max(whole, default=0) if len(items) > 1 else -1

    said = {row: longest(row) for row in rows}
    most = max(said.values(), default=0)
    if most < 2:
        return rows
    return [row for row in rows if said[row] in (-1, most)]


def first_cell(row: str) -> str:
    """A table row's first value, what the row is about: "Zone: West; Rate: $8" is "West"."""
    return row.split("; ")[0].partition(": ")[2]


# a postcode a question gives: a US ZIP or an Australian postcode, a Canadian one or its first three
_POSTCODE = re.compile(r"\b(\d{4,5})(?:-\d{4})?\b|\b([A-Za-z]\d[A-Za-z])(?:\s?\d[A-Za-z]\d)?\b")
_CODES_COLUMN = re.compile(r"(?i)\b(?:zip|postcodes?|postal|post\s+codes?|codes?)\b")
_CODE_RANGE = re.compile(r"^([A-Za-z0-9]{1,4})\s*(?:to|–|-)\s*([A-Za-z0-9]{1,4})$")


def _postcode_rows(question: str, tables: list[list[str]]) -> set[str]:
    """The row whose column of postcodes holds the one the question gives, by its first characters or
    within a range: "is white glove available for zip 43215?" and `ZIP codes starting with: 430, 431,
    432`; "T3H 2K1" and `Postal codes starting with: T1Y, T2A to T2Z, T3A to T3R`."""
    codes = [(m.group(1) or m.group(2)).upper() for m in _POSTCODE.finditer(question)]
    found: set[str] = set()
    for rows in tables if codes else []:
        for row in rows:
            for column, _, value in _cells(row):
                if not _CODES_COLUMN.search(column):
                    continue
                for item in re.split(r",|;|\band\b", value):
                    item = item.strip().upper()
                    ranged = _CODE_RANGE.match(item)
                    low, high = ranged.groups() if ranged else (item, item)
                    if not low.isalnum() or len(low) != len(high):
                        continue
                    if any(low <= code[: len(low)] <= high for code in codes):
                        found.add(row)
    return found


def _place_rows(question: str, tables: list[list[str]]) -> set[str]:
    """Each table's one row for the place the question names: the row a cell of which lists the place
    or its state ("to seattle": `Where: Oregon, Washington, Idaho`), else, for a place in a state, the
    row for the rest of the country ("to boston": `Where: All other contiguous states`), else the row
    that lists its country. A name several rows list picks none."""
    words = set(tokenize(question)) | set(tokenize(in_english(question)))
    if not words & _SENDING_WORDS and not sent_to(question):  # "how much for the lisbon case?" sends nothing
        return set()
    names = place_names_of(question)
    asked = set(tokenize(question)) - set().union(*names.narrow, *names.wide)
    found: set[str] = set()
    for rows in tables:
        cells = [[c.partition(": ")[2] or c for c in row.rstrip(".").split("; ")] for row in rows]

        def listing(
            name: frozenset[str], cells: list[list[str]] = cells, rows: list[str] = rows
        ) -> list[str]:
            return [r for r, cs in zip(rows, cells, strict=True) if any(_lists(c, name, words) for c in cs)]

        picked = next((r for n in names.narrow if (r := listing(n))), [])
        if not picked and names.in_a_state:
            picked = [
                r for r, said in zip(rows, cells, strict=True) if any(map(places().rest_of_country, said))
            ]
        if not picked:
            picked = next((r for n in names.wide if (r := listing(n))), [])
        if len(picked) > 1:  # the place's rows told apart by the rest of the question ("colissimo home")
            shared = {row: len(asked & set(tokenize(row))) for row in picked}
            picked = [row for row in picked if shared[row] == max(shared.values()) > 0]
        if len(picked) == 1:
            found.add(picked[0])
    return found


def _lists(label: str, name: frozenset[str], asked: set[str]) -> bool:
    """The row's label names the place by this name, not as a word of a narrower place the places file
    knows ("Canada Standard (Canada Post)" is Canada's row; "Alaska, Hawaii" lists Alaska, though "Alaska
    and Hawaii" is a place; "Republic of Ireland" is Ireland's other name, in every region Ireland is in,
    where "Northern Ireland" is another place) or a narrowing word the question does not say makes
    ("Western Canada (BC, AB)" is no row for "canada", but is for "western canada")."""
    written = _as_written(label)
    regions = _regions_of_name().get(name, frozenset())
    return (
        name <= set(tokenize(label))
        and not any(
            name < tokens
            and f" {phrase} " in written
            and not (regions and regions <= _regions_of_name().get(tokens, frozenset()))
            for phrase, tokens in _place_names_known()
        )
        and not _narrowed(written, name, asked)
    )


@cache
def _narrowing_words() -> frozenset[str]:
    return frozenset(tokenize(" ".join(places().data.narrowing)))


def _narrowed(written: str, name: frozenset[str], asked: set[str]) -> bool:
    """A narrowing word the question does not say, and the name does not have ("South Island" is a name),
    stands right before the name in the label."""
    narrowing = _narrowing_words() - asked - name
    words = [set(tokenize(w)) for w in written.split()]
    return any(before & narrowing and word & name for before, word in itertools.pairwise(words))


@cache
def _regions_of_name() -> dict[frozenset[str], frozenset[int]]:
    """The places file's regions each place or region name is in, by its words."""
    found: dict[frozenset[str], set[int]] = {}
    for index, region in enumerate(places().data.regions):
        for n in [*region.names, *region.places]:
            found.setdefault(frozenset(tokenize(n)), set()).add(index)
    return {k: frozenset(v) for k, v in found.items()}


def _as_written(text: str) -> str:
    """Lower-case words and "&" between single spaces: "Washington, DC" is " washington dc "."""
    return f" {' '.join(_WRITTEN_WORD.findall(text.lower()))} "


_WRITTEN_WORD = re.compile(r"[^\W_]+|&")


@cache
def _place_names_known() -> list[tuple[str, frozenset[str]]]:
    return [(_as_written(n).strip(), frozenset(tokenize(n))) for n in place_names()]


_NOT_DONE = re.compile(
    r"\b(?:haven[’']?t|havent|have\s+not|hasn[’']?t|hasnt|has\s+not|hadn[’']?t|didn[’']?t|didnt|wasn[’']?t|"
    r"weren[’']?t|never|not|without)\s+(?:been\s+|even\s+|yet\s+|ever\s+|being\s+)*"
    # what is done to a thing bought (not "haven't received", which says nothing of the thing)
    r"(used|use|using|worn|wearing|opened|washed|tried|assembled|installed|fitted|mounted|played|tested|altered|lit|burned|"
    r"burnt|fired|ridden|cut|sewn|unpacked)\b",
    re.IGNORECASE,
)


def _undone(question: str) -> tuple[set[str], set[str]]:
    """What a question says was not done, as a page writes it ("clubs i havent used" are "unused", "if
    I haven't worn them" "unworn"), and the words it was said in."""
    # "jamais porté" read as "never worn"
    found = [m for text in {question, in_english(question)} for m in _NOT_DONE.finditer(text)]
    return (
        {t for m in found for t in tokenize(f"un{m.group(1).lower()}")},
        {t for m in found for t in tokenize(m.group())},
    )


def _premises(text: str) -> set[str]:
    """The kinds of the shop's premises the text names ("warehouse", "showroom")."""
    return set(tokenize(" ".join(shape_rules().phrases["premises"].any.findall(text.lower()))))


def _named_rows(question: str, tables: list[list[str]]) -> set[str]:
    """The table rows whose first cell, the thing the row is about, the question names by the words no other
    row of their table has ("the cabin bag limit for KLM?": the KLM row), or names one of the things the
    cell lists ("shipping to the netherlands?": the "Netherlands & Luxembourg" row). Short words name no
    row ("L" may be a litre)."""
    # a place's row is named by the place's region too ("Livrez-vous aux États-Unis ?": "United States")
    asked = set(tokenize(question)).union(*named_places(question)[1])
    # the place's row answers what it costs or takes, not whether a thing goes there ("can you ship
    # neon tetras to honolulu?" is "We cannot ship live fish ... to Hawaii")
    sends_a_thing = thing_sent(question) and shape_rules().phrases["yes_or_no"](question)
    named = (set() if sends_a_thing else _place_rows(question, tables)) | _postcode_rows(question, tables)
    set_apart = shape_rules().phrases["difference_asked"](question)
    for rows in tables:
        firsts = [first_cell(row) for row in rows]
        words = [set(tokenize(first)) for first in firsts]
        # the one row the question says all of ("petg": the PETG row, not PETG-CF's, which it says in part);
        # not when two are set apart ("wide and extra wide": the one that says more is only half of it)
        whole = [] if set_apart else _said_whole(firsts, asked)
        if len(whole) == 1 and not _DIGIT.search(firsts[whole[0]]):
            named.add(rows[whole[0]])
        # "the difference between a king and a california king?": both rows, each said whole
        apart = _said_whole(firsts, asked, most=False) if set_apart else []
        if len(apart) >= 2:
            named.update(rows[i] for i in apart if not _DIGIT.search(firsts[i]))
        for i, row in enumerate(rows):
            others = {w for j, ws in enumerate(words) if j != i for w in ws}
            # a bracket's aside names no row: "Express (Purolator), all provinces" is named by "express"
            parts = [
                set(tokenize(part))
                for cell in {firsts[i], _ASIDE.sub(" ", firsts[i])}
                for part in _LISTED.split(cell)
            ]
            if any(  # all its words, or two or more only it has: "double gauze" of "Cotton double gauze"
                (distinct := part - others)
                and distinct <= asked
                and (distinct == part or len(distinct) >= 2)
                and all(len(w) > 2 for w in distinct)
                and not _DIGIT.search(firsts[i])
                for part in parts
            ):
                named.add(row)
    return named


def best_sentences(
    question: str, passages: list[tuple[Passage, float]], limit: int = 2
) -> tuple[list[tuple[str, Passage]], float]:
    """The sentences that answer the question best, and how much of the question they cover (0-1).

    ``passages`` come with a prior in [0, 1] (the retriever's semantic similarity). Sentences are scored
    by the question words they share (longer words weigh more), the passage's headings, numbers when
    the question asks how long/much/many, and that prior, so a lexical coincidence in a passage about
    something else does not win. A message that asks two things ("do you ship to canada? what does it
    cost") gets a sentence for each: a question the chosen sentences leave open is answered by the
    best sentence that shares the words they leave open, read with the rest of the message ("it" is
    Canada).
    """
    # not the words of "how long" themselves: "as long as they're unused" says nothing of how long
    phrased = question
    for phrase, word in shape_rules().kin_phrases:
        phrased = phrase.sub(word, phrased)
    wanted = set(tokenize(shape_rules().asking.sub(" ", phrased))) or set(tokenize(phrased))
    if not wanted or not passages:
        return [], 0.0
    answer = shape = answered_by(question)
    # "I'm a US 9.5, what EU size is that?"; not a row without what is asked ("the delivery charge on a
    # 16kg anchor" is no anchor guide's "Plough 16 kg" row)
    if (row := row_named(question, passages)) is not None and (shape is None or shape.answered(row[0])):
        return [row], 1.0
    scored = _scored(wanted, answer, passages, question)
    if not scored:
        return [], 0.0
    wanted = wanted - _articles() or wanted  # "Combien de jours ...?" asks nothing of "de"
    top = scored[0]
    if answer is not None and not answer.answered(top.text):  # "how long?" and "3-6 business days"
        # of the sentences that say one, the one about the most of what was asked ("how long does
        # standard shipping take": the Standard row's delivery time, not when orders leave)
        answering = [c for c in scored if answer.answered(c.text) and c.weight >= 0.8 * top.weight]
        top = max(answering, key=lambda c: (len(c.tokens & wanted), c.weight), default=top)
    if answer is not None and not top.tokens & wanted:
        # the shape's words alone ("open", "hours") won: "what times can i ring you?" is answered by the
        # sentence that says the time and the call, not the shop's opening hours
        saying = [
            c
            for c in scored
            if c.tokens & wanted and answer.answered(c.text) and c.weight >= 0.8 * top.weight
        ]
        top = saying[0] if saying else top
    chosen = [top]
    named = sum(c.named_row and c.passage.key == top.passage.key for c in scored) if top.named_row else 0
    if named > 1:  # the rows of the days asked ("between christmas and new year"), each, and what the
        # page says of them ("between soprano and tenor?": both rows and "If you are between two sizes")
        limit = max(limit, min(4, named) + 1)
    for candidate in scored:
        if len(chosen) >= limit:
            break
        if (
            candidate.passage.key == top.passage.key
            and candidate.weight >= 0.6 * top.weight
            and candidate.text != top.text
            # the KLM row alone, not the Ryanair row after it
            and not (top.named_row and candidate.row and not candidate.named_row)
        ):
            chosen.append(candidate)
    if answer is not None and not any(answer.answered(c.text) for c in chosen):
        # "extra shipping on the 100 cm boss?": "The 80 cm and 100 cm bosses ... are oversized items." says
        # what it is, and the sentence of its section that names that and says an amount answers
        bridge = set(tokenize(top.text)) - wanted
        following = [
            c
            for c in scored
            if c.passage.key == top.passage.key and answer.answered(c.text) and bridge & set(tokenize(c.text))
        ]
        if following:
            chosen = [top, following[0]]
    if rest := _answer_goes_on(top, question):  # the answer's own paragraph, over its other sentences
        # (but one that says what the paragraph leaves unsaid stays: "which sleeves for gatefold records?"
        # and the outer sleeves' "... fit most gatefold jackets" beside the inner sleeves' paragraph)
        said = set().union(top.tokens, *(c.tokens for c in rest))
        chosen = [
            top,
            *rest,
            *(c for c in chosen if c.passage.key != top.passage.key or (c.tokens & wanted) - said),
        ]
    chosen = _with_what_they_speak_of(chosen)
    chosen.sort(key=lambda item: item.order)  # keep the passage's own order
    known = set().union(*(c.tokens for c in scored))
    rules = shape_rules()
    parts = asked_parts(question)
    for part in parts if len(parts) > 1 else []:
        # "how much" asks for a number, about what was said before it; "how soon" names nothing
        # what it says was not done is asked as the page writes it ("jamais porté" is "unused")
        undone_here, done_here = _undone(part)
        asked_here = (set(tokenize(rules.asking.sub(" ", part))) - done_here) | undone_here
        # "what discount?" where the pages say "40% off": its kin, when the pages never say its own word
        own = asked_here & known or (kin_of(asked_here) - asked_here) & known
        answer = answered_by(part)
        # "how much is express?" is said by a sentence with a number ("Express: $14.95"), not by
        # "Express shipping is never free"
        said = set().union(*(c.tokens for c in chosen if answer is None or answer.answered(c.text)))
        needs_number = answer is not None and (not own or not own <= said)
        if own <= said and not needs_number:
            continue
        open_words = own - said or own  # what the chosen sentences leave open of this question
        answers = [
            c
            for c in _scored(wanted, answer if needs_number else None, passages, question)
            if (c.tokens & open_words if own else _DIGIT.search(c.text)) and c not in chosen
        ]
        if needs_number and answer is not None:
            answers = [c for c in answers if answer.answered(c.text)] or answers
        if answers:
            chosen.append(answers[0])
    told = set().union(*(c.tokens for c in chosen))
    covered = wanted & (told | kin_of(told))
    days = time_said(question)
    if days is not None and any(low <= days <= high for c in chosen for low, high in time_ranges(c.text)):
        covered |= wanted & _TIME_WORDS  # "my 10 year old" and "not suitable for children under 14"
    if len(hours := clock_times(question)) == 1 and any(within_clock_span(hours[0], c.text) for c in chosen):
        covered |= wanted & set(tokenize(" ".join(_CLOCK_SAID.findall(question))))  # "at midnight"
    if shape is not None and any(shape.answered(c.text) for c in chosen):
        covered |= wanted & shape.words  # "your phone number?" is covered by "call (503) 555-0147"
    if (sent := destination(question)) and any(sent <= c.tokens for c in chosen):
        # "can you send a paddle to my sister in paris?" asks where the shop delivers: a sentence on the
        # place (or its country, or where the shop stops) covers the thing and the person sent to
        covered |= wanted & thing_sent(question)
    if in_another_language(question):
        # a question in another language: a word the glossary does not read and the pages never say
        # ("arnés") is one we cannot read, not one the shop is silent on
        wanted = wanted & set().union(*(tokenize(body_of(p)) for p, _ in passages)) or wanted
    return [(c.text, c.passage) for c in chosen], len(covered & wanted) / len(wanted)


@cache
def _articles() -> frozenset[str]:
    """Other languages' articles and prepositions as tokens ("de", "un", "la")."""
    return frozenset(tokenize(" ".join(shopper_words().articles)))


# what a label names only to leave out: "Lumen 8K Printer (except the LCD screen)" is not about the screen
_EXCEPTED = re.compile(r"(?i)\(\s*(?:except|excluding|other than|apart from|but not|not including)\b[^)]*\)")


_SENDING = frozenset(tokenize("send sent sending"))
# the rule's own exception: "free on orders of $150 or more, except to the Yukon" is the rule, not the Yukon's
_EXCEPT_CLAUSE = re.compile(r"(?i)\b(?:except|excluding|other than|apart from|but not)\b.*$")


def excepted(text: str) -> set[str]:
    """The words a label names only to leave them out ("(except the LCD screen)")."""
    return {t for m in _EXCEPTED.finditer(text) for t in tokenize(m.group())} - set(tokenize("except the"))


@dataclass(frozen=True)
class _Scored:
    weight: float
    order: int
    text: str
    passage: Passage
    tokens: frozenset[str]  # the sentence's words and its headings'
    row: bool = False  # a row of a table
    named_row: bool = False  # a row the question names by its first cell


def _answer_goes_on(top: _Scored, question: str) -> list[_Scored]:
    """The rest of a short answer the shop wrote to the question asked, when the sentence chosen opens it:
    "do you take medicare?" and the FAQ's "No, we do not bill Medicare ... We're happy to email you an
    itemized receipt with the HCPCS codes ...", not its "No" alone; "how do i measure for a seat width?"
    and the section's "Sit in a firm chair and measure ... Add 2 inches: that's your seat width." Only
    under a question heading the shopper asks, for a question of how to do something, or for a yes or no
    asked of a section that is one paragraph ("can i collect from the shop instead?" and "Collect free
    from our showroom ... Your order is ready within 2 working hours"); and a paragraph of three
    sentences at most (a longer one is read sentence by sentence)."""
    passage = top.passage
    if top.order != 0 or not passage.heading_path:
        return []
    phrases = shape_rules().phrases
    asked = passage.heading_path[-1].rstrip().endswith("?") and _headed(question, passage)
    lines = [line for line in body_of(passage).splitlines() if line.strip()]
    whole_section = len(lines) == 1 and phrases["yes_or_no"](question)
    if not asked and not whole_section and not phrases["asks_how_to"](question):
        return []
    paragraph = lines[0] if lines else ""
    said = sentences(paragraph)
    if not 1 < len(said) <= 3 or said[0] != top.text or _table_rows(paragraph)[1]:
        return []
    return [
        _Scored(top.weight, order, text, passage, frozenset(tokenize(text)))
        for order, text in enumerate(said[1:], start=1)
    ]


def _with_what_they_speak_of(chosen: list[_Scored]) -> list[_Scored]:
    """A chosen sentence that opens by speaking of the one before it comes with that one: "can you ship
    lipos by air?" is "Lithium batteries ship by ground only. They can't go by air ...", not "They can't
    go by air" alone, whose "they" the shopper never read. So does the sentence between two chosen ones of
    one paragraph: "Knives to PO boxes. Knife orders need a signature, so they need a street address.
    Non-knife items can go to a PO box." is not said without its reason."""
    opens_by_reference = shape_rules().phrases["opens_by_reference"]
    whole = list(chosen)
    for sentence in chosen:
        if sentence.order == 0 or sentence.row:
            continue
        if any(c.passage.key == sentence.passage.key and c.order == sentence.order - 1 for c in whole):
            continue
        body = body_of(sentence.passage)
        said = sentences(body)
        before = said[sentence.order - 1]
        two_before = said[sentence.order - 2] if sentence.order > 1 else ""
        between = any(c.passage.key == sentence.passage.key and c.text == two_before for c in whole) and any(
            two_before in line and before in line and sentence.text in line for line in body.splitlines()
        )
        if before in _table_rows(body)[1] or not (between or opens_by_reference(sentence.text)):
            continue
        words = frozenset(tokenize(before))
        whole.append(_Scored(sentence.weight, sentence.order - 1, before, sentence.passage, words))
    return whole


def _headed(question: str, passage: Passage) -> bool:
    """The passage's own heading (not the page's title above it) says at least half of the question's
    words, and says no when the question does ("what can't be returned?" and "Items we can't take back",
    not "what's your return policy?")."""
    title = passage.heading_path[-1] if passage.heading_path else ""
    wanted, heading = set(tokenize(question)), set(tokenize(title))
    heading |= kin_of(heading)  # "do you take amex?" and "What payment methods do you accept?"
    phrases = shape_rules().phrases
    says_no = phrases["negation"]
    same_way = says_no(question) == says_no(title)
    # "how do i make a claim?" and "How to claim": all the heading says after "how to" is asked
    how_to = phrases["how_to_heading"].any.match(title)
    if (
        how_to is not None
        and phrases["asks_how_to"](question)
        and set(tokenize(how_to["what"])) <= wanted | kin_of(wanted)
    ):
        return same_way and bool(wanted & heading)
    return same_way and 2 * len(wanted & heading) >= len(wanted) > 0


def is_list_item(sentence: str, passage: Passage) -> bool:
    """The sentence is an item of a list in the passage ("- Gift cards")."""
    return re.search(rf"(?m)^\s*[-*•]\s+{re.escape(sentence[:40])}", passage.text) is not None


def _scored(
    wanted: set[str], answer: Shape | None, passages: list[tuple[Passage, float]], question: str
) -> list[_Scored]:
    """Every sentence sharing a word with the question, best first."""
    scored: list[_Scored] = []
    rules = shape_rules()
    question_words = set(wanted)  # not the shape's: "Rates" is no section on what "extra shipping?" names
    if answer is not None:
        wanted = wanted | answer.words
    undone, done = _undone(question)
    wanted = (wanted - done) | undone  # "havent used" is "unused", and says nothing "used"
    own_words = wanted
    kin = kin_of(wanted) - wanted  # count half a word
    if wanted & _SENDING and named_places(question)[0]:
        # "can i send a diffuser to my sister in toronto?" is answered by "cannot be shipped to Canada";
        # only where a place is named: "is return shipping free?" is not answered by "sent at your cost"
        kin |= _SENDING_WORDS - wanted  # and "we can't deliver to the UK" answers "send it to london?"
    wanted = wanted | kin
    asker = rules.asker(question)
    acting = rules.phrases["asked_action"].any.search(question)
    action = set(tokenize(acting.group("action"))) & wanted if acting and acting.group("action") else set()
    measures = measures_said(question)
    dates = days_said(question)
    days = time_said(question)
    hours = clock_times(question)
    conditional = rules.states_condition(question)
    timed = _timed_words(answer, question)
    place_words, regions = named_places(question)
    # a question naming no place asks the shop's own rule, not an exception for a remote area or the
    # rest of the world ("how much is shipping?": the Standard rate, not "Alaska and Hawaii: $14.95")
    placeless = not places().mentions(question) and not sent_to(question)
    bodies = [body_of(passage) for passage, _ in passages]
    split = [sentences(body) for body in bodies]
    said_anywhere = {t for body_sentences in split for sentence in body_sentences for t in tokenize(sentence)}
    # "do you ship to the UK?" where no sentence names it or its region: where the shop does not deliver
    wanted_place = destination(question)
    unnamed_place = bool(wanted_place) and not any(
        wanted_place <= (said := _places_in(sentence)) or any(region <= said for region in regions)
        for body_sentences in split
        for sentence in body_sentences
    )
    limits = rules.phrases["coverage_limit"]
    tables = [_table_rows(body)[1] for body in bodies]  # each passage's table rows, as sentences
    named_rows = _named_rows(question, tables)
    # "open on december 26?" names the hours table's row for that day ("Saturday, December 26 | Closed")
    named_rows |= {row for rows in tables for row in rows if dates & days_said(row)} if dates else set()
    says_no = rules.phrases["negation"]
    seasonal = rules.phrases["seasonal"]
    season_asked = _season_asked(question)
    premises_asked = _premises(question)
    coverage_said = rules.phrases["coverage_said"]
    # "is that covered?" where a page says what the warranty covers: that, not the care advice beside it
    coverage_asked = rules.phrases["coverage_asked"](question) and any(
        coverage_said(" ".join([*passage.heading_path, body_of(passage)])) for passage, _ in passages
    )
    # the premises asked, where a sentence found names them: no other premises' sentence answers
    premises_said = bool(premises_asked & said_anywhere)
    negated = says_no(_NOT_DONE.sub(" ", question))  # "a canister i didn't use" asks no "can't"
    yes_or_no = rules.phrases["yes_or_no"](question)
    # which passages' own headings say half the question or more; of those that are FAQ questions (they
    # ask), the ones that say the most
    headed_keys = {p.key for p, _ in passages if _headed(question, p)}
    asking = {
        p.key: len(wanted & set(tokenize(p.heading_path[-1])))
        for p, _ in passages
        if p.key in headed_keys and _asks(p.heading_path[-1], question)
    }
    closest_asking = max(asking.values(), default=0)
    # the sections the question names by their heading, by a word as written that no everyday one is
    # ("Knitted beanies" for "can i machine wash the lambswool beanie?"; not "something", and "waxed"
    # names no "Wax" section): their sibling sections ("Tweed caps") weigh less
    kinds = {w for w in _plain_words(question) if not in_common_use(w)}
    naming = {p.key: _naming(kinds, p) for p, _ in passages}
    named_by: dict[tuple[str, ...], set[str]] = {}
    for p, _ in passages:  # not one headed by what the question says was not done ("Used brushes")
        if len(p.heading_path) > 1 and not done & set(tokenize(p.heading_path[-1])):
            named_by.setdefault(tuple(p.heading_path[:-1]), set()).update(naming[p.key])
    named_sections = {parent for parent, words in named_by.items() if words}
    for (passage, prior), body_sentences, table in zip(passages, split, tables, strict=True):
        heading = " ".join(passage.heading_path)
        heading_tokens = set(tokenize(heading))
        seasonal_section = not season_asked and seasonal(heading)
        section_tokens = set(tokenize(passage.heading_path[-1])) if passage.heading_path else set()
        # the question's words its heading says, or their kin ("kids club?" and "Junior Archers Club")
        section_says = {w for w in question_words if w in section_tokens or kin_of({w}) & section_tokens}
        # a section about an exception ("Alaska and Hawaii", "International shipping")
        excepted_here = (
            placeless and bool(passage.heading_path) and places().excepts(passage.heading_path[-1])
        )
        # a list under a heading that says most of the question ("what can't be returned?" and "Items
        # we can't take back"): its items answer, though they share no word with it
        headed = passage.key in headed_keys
        # (when none of its sentences says a word of the question, and the heading says one no sentence
        # does: else those answer)
        asked_heading = (  # by a term no everyday word is ("layby", not "often" or "filter")
            {
                t
                for w in _WORDS.findall(passage.heading_path[-1].lower())
                if not in_common_use(w)
                for t in tokenize(w)
            }
            if passage.heading_path
            and _asks(passage.heading_path[-1], question)
            and not any(wanted & set(tokenize(sentence)) for sentence in body_sentences)
            else set()
        )
        # so does the first sentence under the FAQ question closest to this one ("What payment methods do
        # you accept?" / "We accept Visa, ..." for "what payment methods do u take?"), not one that shares
        # half its words ("How often should I change the filter?" for "... change the cat litter?")
        asks_same = closest_asking > 0 and asking.get(passage.key) == closest_asking
        rows = set(table)
        faq = bool(passage.heading_path) and passage.heading_path[-1].rstrip().endswith("?")
        parent = tuple(passage.heading_path[:-1])
        # a sibling's sentence that says what the question names those sections by still answers
        unnamed_sibling = parent in named_sections and not naming[passage.key]
        before: set[str] = set()  # the words of the sentence before, which "they" and "them" speak of
        for order, sentence in enumerate(body_sentences):
            tokens = set(tokenize(_EXCEPTED.sub(" ", sentence)))
            by_region: set[str] = set()  # "ship to ireland?" and "all EU countries", below "Ireland: €9"
            if regions and any(region <= _places_in(sentence) for region in regions):  # not "call us"
                by_region = set(place_words - tokens)
                tokens |= by_region
            # "Lithium batteries ship by ground. We cannot ship them to Hawaii.": the second is about them
            by_reference = before - tokens if rules.refers_back(sentence) else set()
            tokens |= by_reference
            before = tokens
            # "We only deliver within the UK." speaks of "ship to france?" where no sentence names France
            limit = unnamed_place and limits(sentence)
            if limit:
                by_region |= wanted_place - tokens
                tokens |= wanted_place
            shared = wanted & tokens
            # a FAQ's answer under the question it answers ("Do you offer layby?" / "Yes, on surfboards
            # in store: ...") says the heading's words though it repeats none of them
            answers_heading = order == 0 and (bool(wanted & asked_heading - said_anywhere) or asks_same)
            listed = headed and is_list_item(sentence, passage)
            # the section on what is asked says it without naming it again ("Regulator servicing" / "...
            # Turnaround is 7-10 business days" for "how long does a regulator service take?")
            # and so does the section headed by the kind of answer asked, for all the question says
            # ("Address" / "2218 SE Division St" for "where's your shop?")
            shape_headed = (  # (a kind of answer a section is headed by: an address, not a price)
                answer is not None
                and bool(answer.searched)
                and bool(answer.words & section_tokens)
                and answer.answered(sentence)
            )
            in_section = shape_headed or (
                answer is not None
                and 2 * len(section_says) >= len(question_words) > 0
                and answer.answered(sentence)
            )
            # (a section headed by what the question asks to do: "What to bring" / "Closed-toe shoes")
            acted = bool(action & section_tokens)
            # an item of the list the heading names takes the heading's words as its own besides its own
            # ("Pre-orders and deposits" / "- The deposit is $100 per locomotive"), and so does the first
            # sentence under a heading that with it says all the question does ("Free shipping" / "UPS
            # Ground is free on orders of $99.00 or more"; "Couriers" / "We send with NZ Post" for "what
            # courier do you use?"); not a FAQ's question, answered by all after it
            first = headed and order == 0 and not faq and own_words - light_verbs() <= heading_tokens | tokens
            if (
                not shared
                and not listed
                and not answers_heading
                and not in_section
                and not acted
                and not (first and not table)  # (a sentence before a table leads to its rows)
            ):
                continue
            # "is your warehouse shut over christmas?" is no question about the showroom's hours that day
            other_premises = (
                bool(premises_asked)
                and not premises_asked & (premises_named := _premises(f"{heading} {sentence}"))
                and bool(premises_named)
            )
            if other_premises and premises_said:
                continue
            if coverage_asked and not coverage_said(f"{heading} {sentence}"):
                continue  # "is that covered?" and the care advice beside what the warranty says
            headings_said = wanted & heading_tokens
            said = shared | headings_said if listed or first else shared or headings_said
            # (a heading that says no answers a yes-or-no question: not "what warranty do kilns come with?")
            if (
                shared
                and is_list_item(sentence, passage)
                and (yes_or_no or not says_no(" ".join(passage.heading_path[-1:])))
            ):
                # an item says its own heading's words too: "Items we cannot take back" / "- Gift cards"
                # for "can I return a gift card?", over a gift card page that never says "return"
                said |= wanted & section_tokens
            if answer is not None and not answer.answered(sentence):
                # "what days can i book a fitting?" is not answered by "on the day of your fitting": the
                # words of what is asked count only in a sentence that says one
                said = said - answer.words
            half = kin | by_region | by_reference
            weight = sum(
                (0.5 if t in half else 2.0 if t in action else 1.0) * (1.0 + math.log(len(t))) for t in said
            )
            weight += 0.5 * len(wanted & heading_tokens)
            if acted:  # the section headed by what the question asks to do ("What to wear")
                weight += 1.5
            # the shop's own answer to the FAQ closest to the question, when it says something asked (not
            # "Never." under "Do gift cards expire?" for "are gift cards refundable?")
            if order == 0 and asks_same and shared:
                weight += 2.5
            if says_no(sentence) or says_no(heading):
                if negated:
                    weight += 1.5  # "can't be returned?" and "we can't take back", not "you can return"
                elif (
                    yes_or_no and shared - heading_tokens - by_reference and wanted & heading_tokens - shared
                ):
                    # an exception naming the thing asked, under a heading naming what was asked of it,
                    # overrides the rule: "can i return yeast i didn't use?" is answered by "Items we can't
                    # take back: yeast ...", not by "You have 30 days to return unused items"
                    weight += 1.5
            if answer is not None and answer.answered(sentence):
                weight += 1.5
            if measures and measures & measures_said(sentence):  # "a 1 litre plant" and the chart's 1 L row
                weight += 3.0
            if days is not None and (bounds := time_ranges(sentence)):  # "10 days before" and "7 to 13 days"
                weight += 3.0 if any(low <= days <= high for low, high in bounds) else -1.5
            if len(hours) == 1 and (held := within_clock_span(hours[0], sentence)) is not None:
                weight += 3.0 if held else -1.0  # "deliver at midnight?" and "not between 11pm and 7am"
            if timed and answer is not None and (when := answer.answered.any.search(sentence)):
                # "once you get my return, how long till i see the refund?": the time the refund takes,
                # not "You can return ... within 30 days", whose time is the return's
                subject = set(tokenize(sentence[: when.start()]))
                weight += 1.5 if subject & timed[0] else -1.0 if subject & timed[1] else 0.0
            if asker and rules.addresses_asker(sentence):
                weight += 1.0
            if not conditional and rules.conditional(sentence):
                # a condition the question states as what happened ("my shrimp arrived dead" and "If anything
                # arrives dead, email a photo ...") is the question's case; any other is a case it did not ask
                condition = set(tokenize(sentence.split(",")[0]))
                weight += 1.0 if 2 * len(condition & own_words) >= len(condition) > 0 else -1.0
            if other_premises:
                weight -= 2.0
            elif sentence in named_rows:
                weight += 3.0
            if done & tokens:  # "clubs that have been used" speaks of what the question says was not done
                weight -= 2.0
            # the place asked, or all others ("tell us within 48 hours" names no US)
            # (or its country or region: "We can't deliver to the United Kingdom" for "to london?")
            named_place = wanted_place <= _places_in(sentence) or wanted_place <= by_region
            if limit or (wanted_place and wanted_place <= tokens and named_place):
                weight += 3.0
            elif yes_or_no and answer is None and wanted_place and not unnamed_place:
                # "can you send a bouquet to my sister in london?" is answered where the pages name it or
                # its country, not by "We send a replacement bouquet"
                weight -= 2.0
            elif placeless and (excepted_here or places().excepts(_EXCEPT_CLAUSE.sub(" ", sentence))):
                weight -= 2.0
            if unnamed_sibling and not _plain_words(sentence) & named_by[parent]:
                weight -= 2.0
            if seasonal_section or (not season_asked and seasonal(sentence)):
                weight -= 2.0  # a season's deadline answers no question that names no season
            weight += 6.0 * prior - 0.02 * order
            scored.append(
                _Scored(
                    weight,
                    order,
                    sentence,
                    passage,
                    frozenset(tokens | heading_tokens | (wanted if shape_headed else set())),
                    row=sentence in rows,
                    named_row=sentence in named_rows,
                )
            )
    scored.sort(key=lambda item: -item.weight)
    return scored


def _places_in(sentence: str) -> set[str]:
    """The sentence's words that may name a place: not the "us" of "tell us", which "US" would be."""
    return set(tokenize(_PRONOUN_US.sub(" ", sentence)))


_PRONOUN_US = re.compile(r"\bus\b")  # in lower case: the pronoun


def _plain_words(text: str) -> set[str]:
    """Words as written, in lower case and without a plural's "s" ("Beanies" is "beanie")."""
    return {w.removesuffix("s") for w in _WORDS.findall(text.lower())}


def _naming(kinds: set[str], passage: Passage) -> set[str]:
    """The question's words the passage's own heading (its last) says and the headings above it do not:
    "beanie" of "Hat care > Knitted beanies", not "shipping" of "Shipping > Free shipping"."""
    if not passage.heading_path:
        return set()
    above = _plain_words(" ".join(passage.heading_path[:-1]))
    return kinds & _plain_words(passage.heading_path[-1]) - above


_HOW_TO = re.compile(r"(?i)^\s*how\s+(?:to|do\s+i|do\s+you|can\s+i)\b")
_HOW_DO = re.compile(r"(?i)\bhow\s+(?:to|do|does|can|could|would|should)\b")


def _asks(heading: str, question: str) -> bool:
    """A heading that is a question a shopper asks: "Can I collect my order?"; "How to make a claim" for
    a question of how to do something ("how do i make a warranty claim?", not "how long is the
    warranty?")."""
    if heading.rstrip().endswith("?"):
        return True
    return _HOW_TO.match(heading) is not None and _HOW_DO.search(question) is not None


def _timed_words(answer: Shape | None, question: str) -> tuple[set[str], set[str]] | None:
    """For a question of how long, the words of what it asks the time of (after "how long", with their
    kin) and the words said before it as its setting ("once you get my return, how long till i see the
    refund?": the refund; the return is the setting). For a policy, what it is the policy on ("what's
    your returns policy?": the time to return, not the days a refund takes)."""
    if answer is not None and answer.name == "policy_window":
        asked = set(tokenize(question)) - answer.asked_with
        return asked | kin_of(asked), set()
    if answer is None or answer.name != "duration" or not (asking := answer.asks.any.search(question)):
        return None
    if not asking.group(0).lower().startswith("how") or asking.group(0).lower().startswith("how many"):
        return None  # "when do you roast?" asks for a day; "how many days do i have?" a window
    asked = set(tokenize(question[asking.end() :]))
    return asked | kin_of(asked), set(tokenize(question[: asking.start()])) - asked


def _unjoined(word: str) -> set[str]:
    """A word's tokens, an amount written joined to its unit ("3000w") as its parts ("3000", "w")."""
    tokens = set(tokenize(word))
    return {t for t in tokens if not (any(c.isdigit() for c in t) and any(c.isalpha() for c in t))} or tokens


def swap_name(text: str, name: str, new: str, *, least: int = 2) -> str | None:
    """The text with its longest run of the name's words (at least ``least``, or the whole name when
    it is shorter) put as ``new``: "how much caffeine is in the earl grey creme" with "Earl Grey
    Crème" as "tetsubin". None when the text has no such run."""
    words = text.split()
    name_words = set(tokenize(name))
    named = [  # "&" inside a name's run is part of it; "3000w" is the name's "3000 W"
        bool((parts := _unjoined(w)) and parts <= name_words) or not any(c.isalnum() for c in w)
        for w in words
    ]
    best, start = (0, 0), None
    for i, hit in enumerate([*named, False]):
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            best, start = max(best, (i - start, start)), None
    length, first = best
    if length < min(least, len(name_words)) or not length:
        return None
    return " ".join([*words[:first], *([new] if new else []), *words[first + length :]])
