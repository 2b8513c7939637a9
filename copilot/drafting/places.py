"""The regions a shop's pages name for the places shoppers name: "do you ship to ireland?" is answered
by "We ship to all EU countries", "can you deliver to perth?" by "no plants to WA or TAS". The
regions and their places are data (``places.yaml``)."""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import pycountry
from pydantic import BaseModel, ConfigDict, Field

from copilot.lexical import in_english, tokenize
from copilot.policy_files import load_yaml_model
from copilot.spelling import in_common_use

PLACES = Path(__file__).with_name("places.yaml")
# towns of 15,000 people or more, with their country and state (GeoNames; tools/build_cities.py)
CITIES = Path(__file__).with_name("cities.tsv.gz")


class Region(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[str] = Field(min_length=1)
    places: list[str] = Field(min_length=1)
    # places that are also things ("Jersey" is a garment): a place only where something is sent to
    sent_to: list[str] = Field(default_factory=list)
    # an area a shop's general rule leaves out, named for its own surcharge or limit (Alaska, the Highlands)
    remote: bool = False


class PlaceExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    names: list[str]


class PlacesFile(BaseModel):
    """``places.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    regions: list[Region] = Field(min_length=1)
    # how pages and shoppers speak of other countries without naming one ("rest of the world")
    elsewhere: list[str] = Field(default_factory=list)
    examples: list[PlaceExample]
    # sentences that speak of a remote area or the rest of the world (an exception to the shop's own
    # rule), and sentences that do not
    exceptions: list[str] = Field(default_factory=list)
    not_exceptions: list[str] = Field(default_factory=list)
    # how a rates table names the rest of a country's states or provinces ("All other contiguous
    # states"), and cells that do not
    rest_of_country: list[str] = Field(default_factory=list)
    rest_of_country_examples: list[str] = Field(default_factory=list)
    not_rest_of_country: list[str] = Field(default_factory=list)
    # words that make a place's name a part of it when written before it ("Atlantic Canada", "Western
    # Canada"): a row so labelled is not the whole place's row
    narrowing: list[str] = Field(default_factory=list)


class Places:
    def __init__(self, data: PlacesFile) -> None:
        self.data = data
        by_place: dict[str, list[Region]] = {}
        for region in data.regions:
            for place in [*region.places, *region.sent_to]:
                by_place.setdefault(place_key(place), []).append(region)
        self.by_place = by_place
        by_name: dict[str, list[Region]] = {}
        for region in data.regions:
            for name in region.names:
                by_name.setdefault(place_key(name), []).append(region)
        self.by_name = by_name
        self.sent_to = {place_key(p) for region in data.regions for p in region.sent_to}
        longest_first = sorted(set(by_place) - self.sent_to, key=len, reverse=True)
        self.pattern = re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in longest_first)})\b", re.I)
        everywhere = [n for region in data.regions for n in (*region.names, *region.places)]
        remote = [n for region in data.regions if region.remote for n in (*region.names, *region.places)]
        self.mention = _any_of([*everywhere, *data.elsewhere])
        self.exception = _any_of([*remote, *data.elsewhere])
        self.rest = _any_of(data.rest_of_country)

    def named(self, text: str) -> list[str]:
        """The places the text names: by their names, and those that are also things ("Jersey") or any
        town of the world ("Sacramento") only where something is sent to ("do you deliver to jersey?")."""
        text = _folded(text)
        named = [m.group() for m in self.pattern.finditer(text)]
        sent = [place_key(found.group("place")) for found in _DESTINATION.finditer(text)]
        named += [place for where in sent for place in self.sent_to if f"{where} ".startswith(f"{place} ")]
        # a country's short name after "the" where something is sent ("ship to the us?"): "send it to us"
        # is the shop
        named += [
            name
            for where in sent
            for name in self.by_name
            if len(name) <= 3
            and f"{where} ".startswith(f"{name} ")
            and re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.IGNORECASE)
            and name not in {place_key(n) for n in named}
        ]
        known = {place_key(n) for n in named}
        return named + [town for where in sent if (town := _town(where, text)) and town not in known]

    def mentions(self, text: str) -> bool:
        """The text speaks of a place, a region or "the rest of the world"."""
        return self.mention.search(_folded(text)) is not None

    def excepts(self, text: str) -> bool:
        """The text speaks of a remote area or the rest of the world: an exception to a shop's own rule
        ("Shipping to Alaska and Hawaii costs $14.95", "Rest of the world: $29.95"). Remembered: a turn
        reads the same pages' sentences as the turns before it."""
        return _excepts(self.exception, _folded(text))

    def rest_of_country(self, text: str) -> bool:
        """The text names the rest of a country's states or provinces ("All other contiguous states")."""
        return self.rest.search(_folded(text)) is not None

    def regions_in(self, text: str, *, own: bool = False) -> list[Region]:
        """The regions of the places the text names, each once, in the order the file lists them (with
        ``own``, also the region a place is the name of: "the usa" is the United States)."""
        return self._regions_of(self.named(text), own=own)

    def _regions_of(self, named: list[str], *, own: bool = False) -> list[Region]:
        """The file's regions of the places named, and of other towns' states and countries, each once."""
        found = {id(r) for place in named for r in self.by_place.get(place_key(place), [])}
        if own:  # a place that is a region's name too, as a page may name it
            found |= {id(r) for place in named for r in self.by_name.get(place_key(place), [])}
        # a town the file does not know: the regions its state and country are in or are
        for town in self.towns_of([place for place in named if place_key(place) not in self.by_place]):
            said = {place_key(n) for n in town.names}
            found |= {id(r) for n in said for r in self.by_place.get(n, [])}
            found |= {id(r) for n in said for r in self.by_name.get(n, [])}
        return [r for r in self.data.regions if id(r) in found]

    def towns_of(self, named: list[str]) -> list[Region]:
        """Each town named as a region of its own, named by its state and its country ("Seattle":
        Washington, United States); a town the file knows only where the file puts it too ("Kingston"
        is Ontario's, not Jamaica's), and a town of a remote state by its state alone (Fairbanks is in
        Alaska, which "contiguous United States" leaves out)."""
        towns: list[Region] = []
        for key in dict.fromkeys(place_key(place) for place in named):
            town = _cities().get(key)
            if town is None or key in _subdivisions():  # "Washington" is the state
                continue
            country = pycountry.countries.get(alpha_2=town.country)
            countries = [getattr(country, f) for f in ("common_name", "name") if getattr(country, f, None)]
            # remote where the file says so of the town, its state, or a region its state names
            filed_here = [*self.by_place.get(key, []), *self.by_place.get(place_key(town.province), [])]
            named_so = self.by_name.get(place_key(town.province), [])
            if town.province and any(r.remote for r in [*filed_here, *named_so]):
                countries = []
            names = [n for n in (town.province, *countries) if n]
            filed = {place_key(n) for r in self.by_place.get(key, []) for n in (*r.names, *r.places)}
            agrees = not filed or bool(filed & {place_key(n) for n in names})  # not Jamaica's Kingston
            if names and agrees:
                towns.append(Region(names=names, places=[town.name]))
        return towns


@lru_cache(maxsize=8192)
def _excepts(exception: re.Pattern[str], text: str) -> bool:
    return exception.search(text) is not None


def _any_of(names: list[str]) -> re.Pattern[str]:
    """Any of the names, whole; a short code only in capitals ("US", "WA"), as "us" and "wa" are words."""
    spoken = {place_key(n) for n in names}
    codes = {n for n in spoken if len(n.strip(".")) <= 3}
    words = sorted(spoken - codes, key=len, reverse=True)
    capitals = sorted({n.upper() for n in codes}, key=len, reverse=True)
    spelled = rf"(?i:\b(?:{'|'.join(re.escape(w) for w in words)})\b)"
    if not capitals:
        return re.compile(spelled)
    return re.compile(rf"{spelled}|(?<![\w.])(?:{'|'.join(re.escape(c) for c in capitals)})(?![\w])")


def town_named(words: str) -> Town | None:
    """The town of 15,000 people or more these words name whole ("naas"), if any."""
    return _cities().get(place_key(words))


def place_key(place: str) -> str:
    """A place as the file and a message are compared: lower case, single spaces, no accents."""
    return " ".join(_folded(place).lower().split())


def _folded(text: str) -> str:
    """The text without accents, as shoppers often write places ("Montréal" is "Montreal")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def places() -> Places:
    return Places(load_yaml_model(PLACES, PlacesFile, "places"))


class Town(NamedTuple):
    name: str
    country: str  # ISO 3166 alpha-2
    province: str  # the state or province, where a shop's table may name it; else ""


@cache
def _cities() -> dict[str, Town]:
    with gzip.open(CITIES, "rt", encoding="utf-8") as rows:
        return {
            key: Town(name, country, province)
            for key, name, country, province in (
                line.rstrip("\n").split("\t") for line in rows if line[0] != "#"
            )
        }


@cache
def _subdivisions() -> frozenset[str]:
    """The names of states and provinces (ISO 3166-2's first level): "Washington" is a state before it is
    a town; "Reading", a unitary authority, is a town."""
    return frozenset(
        place_key(s.name) for s in pycountry.subdivisions if s.parent_code is None and s.type in _STATE_TYPES
    )


_STATE_TYPES = frozenset(
    {
        "State",
        "Province",
        "Territory",
        "Country",
        "Nation",
        "Region",
        "Land",
        "Canton",
        "Autonomous community",
    }
)


def towns_anywhere(text: str) -> frozenset[str]:
    """The words of every town the text names, wherever it names it ("the weather in portland
    tomorrow": {"portland"}); an everyday word only with its capital."""
    folded = _folded(text)
    words = re.findall(r"[^\W\d_][\w'.-]*", folded)
    return frozenset(
        t
        for i in range(len(words))
        if (town := _town(place_key(" ".join(words[i : i + 3])), folded))
        for t in tokenize(town)
    )


def _town(where: str, text: str) -> str | None:
    """The town the words after "ship to" begin with ("sacramento ca"), longest first; a town whose name
    is an everyday word ("Reading", "Nice") only as written with its capital."""
    words = where.split()
    for size in range(min(3, len(words)), 0, -1):
        key = " ".join(words[:size]).strip(".,'")
        if key in _cities() and (size > 1 or not in_common_use(key) or _cities()[key].name in text):
            return _cities()[key].name
    return None


_DESTINATION = re.compile(
    r"\b(?:ship|shipping|deliver|delivery|send|post|postage|mail|express|courier|freight|overnight"
    r"|get(?:ting)?\s+(?:it|them|something|stuff|things|an?\s+(?:order|parcel|package)|my\s+(?:order|parcel|package|stuff)|orders|parcels))"
    r"\w*\b[^?.!]{0,30}?\b(?:to|into|within|throughout|across|inside)\s+(?:the\s+)?"
    r"(?P<place>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3})",
    re.IGNORECASE,
)


_WHERE_THEY_ARE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?([^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2})", re.IGNORECASE
)


@cache
def place_names() -> tuple[str, ...]:
    """Every place and region name ``places.yaml`` has, as the file writes it."""
    return tuple(n for region in places().data.regions for n in (*region.names, *region.places))


@cache
def _known_places() -> frozenset[str]:
    """Every place and region name ``places.yaml`` has, with the countries ISO 3166 names."""
    names = set(place_names())
    names |= {
        getattr(country, field)
        for country in pycountry.countries
        for field in ("name", "common_name")
        if getattr(country, field, None)
    }
    return frozenset(place_key(n) for n in names if "," not in n)


def sent_to(text: str) -> frozenset[str]:
    """The words of where a question asks to have something sent, known place or not ("how much is
    delivery to the highlands?": {"highland"}): they name no product."""
    return frozenset(t for found in _DESTINATION.finditer(text) for t in tokenize(found.group("place")))


def destination_written(text: str) -> str | None:
    """Where a question asks to have something sent, as it writes it ("shipping to regional nsw?":
    "regional nsw")."""
    found = _DESTINATION.search(text)
    return found.group("place") if found else None


def destination(text: str) -> frozenset[str]:
    """The words of the place a question asks to have something sent to ("do you ship to the UK?":
    {"uk"}); empty when it names none a shop would ship to."""
    folded = _folded(text)
    for found in _DESTINATION.finditer(folded):
        # "send a bouquet to my sister in london": a person sent to, then where she is
        wheres = [
            found.group("place"),
            *(m.group(1) for m in _WHERE_THEY_ARE.finditer(folded, found.start("place"))),
        ]
        for where in wheres:
            words = where.lower().split()
            for size in range(len(words), 0, -1):
                if " ".join(words[:size]).strip(".'") in _known_places():
                    return frozenset(tokenize(" ".join(words[:size])))
            if town := _town(place_key(where), folded):  # any town ("boise")
                return frozenset(tokenize(town))
    english = in_english(text)
    if english != text and _SENDING & set(tokenize(english)):
        # "Vous livrez en Suisse ?" ("delivery switzerland ?"): the known place a question in another
        # language names beside a word for sending
        if named := places().named(text):
            return frozenset(tokenize(named[0]))
        words = re.findall(r"[^\W\d_]+", _folded(english).lower())
        for start in range(len(words)):
            for size in (3, 2, 1):
                if " ".join(words[start : start + size]) in _known_places():
                    return frozenset(tokenize(" ".join(words[start : start + size])))
    return frozenset()


_SENDING = frozenset(tokenize("ship delivery send"))


class PlaceNames(NamedTuple):
    """The ways a table may name the place a question names, as words."""

    narrow: tuple[frozenset[str], ...]  # its own name and its state's or province's
    in_a_state: bool  # it is a state or lies in one: "All other states" is its row when none names it
    wide: tuple[frozenset[str], ...]  # its country's and the wider regions' names


@lru_cache(maxsize=4096)
def place_names_of(text: str) -> PlaceNames:
    """ "to seattle": narrow {"seattl"} and {"washington"}, in a state, wide {"unit", "state"}, ..."""
    rules = places()
    named = rules.named(text)
    towns = rules.towns_of(named)
    states = [frozenset(tokenize(t.names[0])) for t in towns if place_key(t.names[0]) in _subdivisions()]
    narrow = [frozenset(tokenize(place)) for place in named] + states
    wide = [frozenset(tokenize(n)) for r in [*towns, *rules._regions_of(named, own=True)] for n in r.names]
    in_a_state = bool(states) or any(place_key(place) in _subdivisions() for place in named)
    kept = tuple(dict.fromkeys(n for n in narrow if n))  # remembered: tuples, which no caller can change
    return PlaceNames(kept, in_a_state, tuple(dict.fromkeys(n for n in wide if n and n not in kept)))


@lru_cache(maxsize=4096)
def named_places(text: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The words of the places the text names, and the ways a page may name their regions, as words:
    "ship to ireland?" gives {"ireland"} and {"eu"}, {"european", "union"}, {"europ"}, ... Remembered:
    a turn asks it of the same question many times."""
    rules = places()
    named = rules.named(text)
    regions = rules.towns_of(named) + rules._regions_of(named, own=True)
    # (a region written only as a stop word, "ON" or "IN", is no words: never a subset of every sentence)
    words = (frozenset(tokenize(n)) for r in regions for n in r.names)
    return frozenset(tokenize(" ".join(named))), tuple(w for w in words if w)
