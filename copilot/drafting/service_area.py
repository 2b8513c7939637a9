"""Where the shop's own people go: "do you install stoves in wexford?", "would ye sweep a chimney in
thurles?". A shop that fits, sweeps or assembles names the area it covers in a sentence that lists
places ("Our installers and sweeps cover Laois, Offaly, Kildare ... and North Tipperary (Thurles,
Roscrea and Nenagh)"): a place that sentence names is covered; a place of the same country it leaves
out is answered by the sentence and what the page says of the rest ("We don't install ... outside this
area"). Where things are sent is the rates tables' (``places.py``), not this."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import pycountry

from copilot.drafting.places import destination, place_key, town_named
from copilot.drafting.text import body_of, first_cell, row_cells, sentences, shape_rules, table_rows
from copilot.lexical import tokenize
from copilot.schemas import Passage
from copilot.spelling import in_common_use

# the shop's people, sent somewhere: "send technicians", "send someone out", "send a fitter"
_PEOPLE_SENT = re.compile(
    r"\bsend\s+(?:someone|somebody|anyone|anybody|people|(?:(?:a|an|your|one\s+of\s+your)\s+)?(?:techs?|"
    r"technicians?|installers?|fitters?|engineers?|plumbers?|electricians?|locksmiths?|surveyors?|sweeps?|"
    r"staff|team|person|guy))\b(?:\s+out)?"
)
# the place a question asks about the shop's work in: "in wexford", "around thurles", "near naas", or where
# its people go: "can a tech come out to werribee?", "do you send technicians to ballarat?"
_TRIP = re.compile(
    rf"(?:\b(?:come|comes|coming|travel|travels)\s+(?:out\s+|over\s+|up\s+|down\s+)?|{_PEOPLE_SENT.pattern}\s+)to\b"
)
_WHERE = re.compile(
    r"\b(?:in|around|near|at|(?:cover|covers|serve|serves|visit|visits)(?!\s+(?:in|around|near|at)\b))\s+(?:the\s+)?"
    r"([^\W\d_][\w'-]*\.?(?:\s+(?!(?:and|or|in|at|to|for|near|around)\b)[^\W\d_][\w'-]*\.?){0,2})"
)


def _as_work(question: str) -> str:
    """The question with the shop's people's trip said as where they work: "can a tech come out to
    werribee?" is "can a tech in werribee?", so nothing is sent there."""
    return _TRIP.sub(" in", question)


# the words that may end such a town's name: "st lawrence park", "mt pleasant heights"
_PLACE_NOUNS = frozenset(
    "park bay falls hill hills heights beach lake river harbour harbor creek point springs valley village "
    "island ridge grove bridge landing mills".split()
)
# a town named as a saint, a mount or a fort ("st jacobs", "mt albert"), known to no list or not
_NAMED_AS = frozenset(
    {"st", "st.", "ste", "ste.", "saint", "mt", "mt.", "mount", "ft", "ft.", "fort", "port"}
)
# a question about sending things, wherever it names the place ("do you deliver locally in portland?")
_SENDING = frozenset(tokenize("ship shipping shipped deliver delivery delivered post postage courier send"))
_ABBREVIATED = re.compile(r"\b(st|ste|mt|ft)\b")
_BRACKETED = re.compile(r"\s*\[.*?\]|\s*\(.*?\)")


@cache
def _regions() -> dict[str, str]:
    """Every ISO 3166-2 subdivision's name, at any level (a county, a province, a state), with its
    country: "wexford" is in IE."""
    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        name = place_key(_BRACKETED.sub("", subdivision.name))
        if len(name) >= 4 and not in_common_use(name):
            found.setdefault(name, subdivision.country_code)
    return found


def _country_of(words: str) -> str | None:
    """The country of a region or town these words name whole ("wexford": IE), if any."""
    key = place_key(words)
    if key in _regions():
        return _regions()[key]
    # "St. Albert" is known with its point, and said or read without it
    town = town_named(key) or town_named(_ABBREVIATED.sub(r"\1.", key))
    return town.country if town is not None and not in_common_use(key) else None


def places_listed(sentence: str) -> list[tuple[str, str]]:
    """The regions and towns a sentence names, each with its country, in its order."""
    words = re.findall(r"[^\W\d_][\w'-]*", place_key(sentence))
    found: list[tuple[str, str]] = []
    start = 0
    while start < len(words):
        for size in (3, 2, 1):
            name = " ".join(words[start : start + size])
            if (country := _country_of(name)) is not None:
                found.append((name.lower(), country))
                start += size
                break
        else:
            start += 1
    return found


@dataclass(frozen=True)
class AreaAnswer:
    """The sentences of a page that answer where the shop works, and whether they name the place asked."""

    sentences: list[str]
    page: Passage
    covered: bool


_MARKS = ".,'?!"


def places_asked(question: str, product_word: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The words a question names a place with after "in" ("wexford"), longest first, when they are
    no everyday words ("in teal" names no place), nor, for a place no list knows, a word of the shop's
    products ("in the nordic 1200x1200" names a tile)."""
    names: list[str] = []
    for found in _WHERE.finditer(place_key(_as_work(question))):
        words = found.group(1).split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).strip(_MARKS)
            if size == 1 and len(words) > 1 and product_word(f"{name} {words[1].strip(_MARKS)}"):
                break  # "in california king" names a mattress's size, not California
            unknown = (
                size == 1 and not in_common_use(name) and len(name) >= 4 and not product_word(name)
            ) or (
                size >= 2
                and words[0] in _NAMED_AS
                and not in_common_use(words[1].strip(_MARKS))
                and all(w.strip(_MARKS) in _PLACE_NOUNS for w in words[2:size])
            )
            if _country_of(name) is not None or unknown:
                names.append(name)
                break
    return names


def area_answer(
    question: str, pages: Iterable[Passage], product_word: Callable[[str], bool] = lambda _: False
) -> AreaAnswer | None:
    """The sentence of a page that lists the places the shop's work covers and names the place asked,
    said alone; else, for a known place of the same country it leaves out, that sentence with the next
    when it says no ("We don't install ... outside this area"). A question about sending things is the
    rates tables'; None when no sentence lists two places or more with a word of the question (or its
    start) besides."""
    asked = places_asked(question, product_word)
    work = _as_work(question)
    if not asked or destination(work) or _SENDING & set(tokenize(work)):
        return None
    wanted = set(tokenize(question)) - set(tokenize(" ".join(asked)))
    pages = list(pages)
    lists = [found for page in pages for found in _place_lists(page, wanted)]
    # the sentence (or table row) that names the place, wherever it is ("York, Malton, Selby" in the
    # third row), before any that leaves it out
    for page, _, sentence, listed, row in lists:
        # (a row by a place it lists: "ireland" is no row's "Northern Ireland")
        places = {_bare(place) for place, _ in listed}
        if any(
            _bare(name) in places if row else set(tokenize(name)) <= set(tokenize(sentence)) for name in asked
        ):
            return AreaAnswer([sentence], page, covered=True)
    for page, index, sentence, listed, row in lists:
        if row:  # one row of several areas is not where the shop works
            continue
        for name in asked:
            country = _country_of(name)
            if country is not None and any(c == country for _, c in listed):
                says_no = shape_rules().phrases["negation"]
                following = [s for s in sentences(body_of(page))[index + 1 : index + 2] if says_no(s)]
                return AreaAnswer([sentence, *following], page, covered=False)
    return next((found for page in pages if (found := _table_answer(asked, wanted, page)) is not None), None)


def _place_lists(
    page: Passage, wanted: set[str]
) -> list[tuple[Passage, int, str, list[tuple[str, str]], bool]]:
    """The page's sentences that list two places or more and its table rows that list one, with a word of
    the question (a row: on a page that has one), and whether each is a row."""
    body = body_of(page)
    rows = set(table_rows(body))
    on_page = _shares_a_start(wanted, set(tokenize(f"{' '.join(page.heading_path)} {body}")))
    return [
        (page, index, sentence, listed, sentence in rows)
        for index, sentence in enumerate(sentences(body))
        if (_shares_a_start(wanted, set(tokenize(sentence))) or (sentence in rows and on_page))
        and len(listed := _row_places(sentence) if sentence in rows else places_listed(sentence))
        >= (1 if sentence in rows else 2)
    ]


_ITEMS_APART = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*")


def _row_places(row: str) -> list[tuple[str, str]]:
    """The places a table row lists: in a cell that lists places ("Fergus, Elora, Rockwood"), every item
    once one of them is a known place, of its country (a small town no gazetteer holds is still one of
    the towns a shop covers)."""
    found: list[tuple[str, str]] = []
    for _, value in row_cells(row):
        items = [item for item in _ITEMS_APART.split(_BRACKETED.sub("", value)) if item.strip()]
        known = [place for item in items for place in places_listed(item)]
        if not known:
            continue
        country = known[0][1]
        found += [(_bare(item), country) for item in items if _NAME_LIKE.fullmatch(item.strip())]
    return found


def _bare(place: str) -> str:
    """A place as compared: "St. Jacobs" is "st jacobs"."""
    return place_key(place).replace(".", "")


_NAME_LIKE = re.compile(r"[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3}")


def _shares_a_start(wanted: set[str], said: set[str]) -> bool:
    """A word of the question, or its start, is said ("fit" of "Our fitters cover ...")."""
    return any(s.startswith(w) for w in wanted if len(w) >= 3 for s in said)


def _table_answer(asked: list[str], wanted: set[str], page: Passage) -> AreaAnswer | None:
    """The same from a table whose first column names the places ("City or town: Airdrie; Travel fee:
    $40.00"), under a heading or beside words the question shares a word with: the row of the place
    asked, or, for a known place of the same country no row names, the places the rows list and what the
    page says of the rest ("We don't measure or install outside these areas")."""
    body = body_of(page)
    # (by its first column, else by any: "Postcode area: YO; Towns: York, Malton, Selby")
    rows = table_rows(body)
    by_first = [(row, found) for row in rows if (found := places_listed(first_cell(row)))]
    if len(by_first) >= 2:  # a column of places: every row's ("Kitchener-Waterloo" beside "Guelph")
        of_country = by_first[0][1][0][1]
        by_first = [
            (row, places_listed(first_cell(row)) or [(place_key(first_cell(row)), of_country)])
            for row in rows
        ]
    listed = by_first or [(row, found) for row in table_rows(body) if (found := places_listed(row))]
    if len(listed) < 2:
        return None
    said = set(tokenize(" ".join(page.heading_path))).union(*(tokenize(row) for row, _ in listed))
    if not _shares_a_start(wanted, said):
        return None
    says_no = shape_rules().phrases["negation"]
    for name in asked:
        for row, found in listed:  # a place the row lists whole ("ireland" is no "Northern Ireland")
            if _bare(name) in {_bare(place) for place, _ in found}:
                return AreaAnswer([row], page, covered=True)
        country = _country_of(name)
        if country is not None and any(c == country for _, found in listed for _, c in found):
            # what the page says of the rest, in the question's words or the heading's ("outside these areas")
            heading = set(tokenize(page.heading_path[-1])) if page.heading_path else set()
            rest = [
                s
                for s in sentences(body)
                if says_no(s) and (_shares_a_start(wanted, said := set(tokenize(s))) or said & heading)
            ]
            where = page.heading_path[-1] if page.heading_path else "Where we work"
            places = ", ".join(first_cell(row) if by_first else _place_cell(row) for row, _ in listed)
            return AreaAnswer([f"{where}: {places}.", *rest[:1]], page, covered=False)
    return None


def _place_cell(row: str) -> str:
    """The cell of a row that lists the most places ("York, Malton, Selby")."""
    return max((value for _, value in row_cells(row)), key=lambda value: len(places_listed(value)))
