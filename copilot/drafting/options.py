"""Which of a product's options a question asks for, and that option's values with their prices.

The shop names its options ("Denominations", "Tank size"); shoppers use other words ("what amounts?",
"any other shades?", "bigger sizes?"). Families of words for one kind of option are data
(``option_words.yaml``, with examples); the values and prices come from the variant records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from copilot.drafting.text import join_words
from copilot.knowledge.catalog import format_price as money
from copilot.lexical import tokenize, with_heads
from copilot.policy_files import load_yaml_model
from copilot.schemas import Passage

OPTION_WORDS = Path(__file__).with_name("option_words.yaml")


class OptionExample(BaseModel):
    question: str
    options: list[str]
    picks: list[str]


class RangeExample(BaseModel):
    """An option value and the range it reads as (``low``/``high`` None: open that end), or none."""

    value: str
    low: float | None = None
    high: float | None = None
    unit: str = ""
    is_range: bool = True


class OptionWords(BaseModel):
    """``option_words.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    families: list[list[str]]
    any_option: list[str]
    size_order: list[str]
    measured: dict[str, list[str]]  # dimension -> words asking for an option measured in it
    any_measure: list[str]  # words asking for an option measured in any of them
    catch_all: list[str]  # options a feed names whatever else varies by ("Pattern")
    examples: list[OptionExample]
    ranges: list[str]  # an option value that is a range of amounts: groups low, high, unit
    range_examples: list[RangeExample]


@cache
def _option_words() -> OptionWords:
    return load_yaml_model(OPTION_WORDS, OptionWords, "option words")


@cache
def _families() -> list[frozenset[str]]:
    return [frozenset(t for word in family for t in tokenize(word)) for family in _option_words().families]


def size_order() -> list[str]:
    """Size words from small to large ("S" to "XL"), for "the bigger one"."""
    return _option_words().size_order


def asks_any_option(question: str) -> bool:
    """ "What types does it come in?": a word for whatever options a product has."""
    return bool(set(tokenize(question)) & {t for word in _option_words().any_option for t in tokenize(word)})


def _words_for(option: str) -> set[str]:
    """The option's own words and every word of a family that shares one of them."""
    own = set(tokenize(option))
    return own.union(*(family for family in _families() if family & own))


def catch_all_options(question: str, options: list[str]) -> list[str]:
    """The options named as a feed names whatever else varies ("Pattern" holding flavours or breeds), for a
    question asking a kind of option other than a size or a measure (a feed names those Size)."""
    words = _option_words()
    measures = [*words.any_measure, *(w for said in words.measured.values() for w in said)]
    if not option_kinds(question) or set(tokenize(question)) & set(tokenize(" ".join(measures))):
        return []
    held = {t for word in words.catch_all for t in tokenize(word)}
    return [option for option in options if set(tokenize(option)) and set(tokenize(option)) <= held]


def option_kinds(question: str) -> set[str]:
    """The words of every kind of option the question names: "what colours?" names colours, shades,
    tones and the rest of that family."""
    asked = set(tokenize(question))
    return set().union(*(family for family in _families() if family & asked))


def options_asked(question: str, options: list[str]) -> list[str]:
    """The options (of these names) the question asks for, by their own words or a family's."""
    asked = set(tokenize(question))
    return [option for option in options if _words_for(option) & asked]


def options_measured(question: str, variants: list[Passage]) -> list[str]:
    """The options whose every value is an amount of the dimension the question asks for, whatever
    the shop named them: "what lengths?" of a feed's Size "60 cm", "80 cm", "100 cm"; "what sizes?" of
    a Length "6'0"", "6'4""."""
    from copilot.drafting.sizes import grammar  # sizes reads the catalog's units; options is read first

    asked = set(tokenize(question))
    words = _option_words()
    dimensions = {d for d, said in words.measured.items() if asked & set(tokenize(" ".join(said)))}
    if asked & set(tokenize(" ".join(words.any_measure))):
        dimensions |= set(words.measured)
    picked = []
    for option in option_names(variants):
        values = {v.options[option] for v in variants if option in v.options}
        measured = [grammar().amounts_in_line(value) for value in values]  # a value is a line's: "2.7 m"
        if dimensions and all(m and m[0].unit.dimension in dimensions for m in measured):
            picked.append(option)
    return picked


def options_by_values(question: str, variants: list[Passage]) -> list[str]:
    """The options at least half of whose values are things of a kind the question asks for, whatever
    the shop named the option: "which rooms?" of a Pattern "Kitchen", "Bedroom", "Bathroom", "Living
    Room"."""
    asked = set(tokenize(question))
    picked = []
    for option in option_names(variants):
        values = {v.options[option] for v in variants if option in v.options}
        said = [value for value in values if asked & with_heads(tokenize(value))]
        if len(values) > 1 and 2 * len(said) >= len(values):
            picked.append(option)
    return picked


_NUMBER = r"(?:[$£€¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:[$£€¥]\s?)?\d+(?:\.\d+)?(?:\s?[¼½¾⅛⅜⅝⅞])?"
_CURRENCY_SIGNS = frozenset("$£€¥")
# the fractions a number may end with ("24¼"), as written on width bands and price grids
FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# an amount said on its own: not the "2" of "m2", nor a part of a size code ("A4")
_SAID_AMOUNT = re.compile(rf"(?<![\w.,])(?P<number>{_NUMBER})(?!,?\d)\s?(?P<unit>[^\W\d_]+)?")
# a range the question states: "between 3 and 6 m2", "3 to 6 m2", "3-6"
_SAID_RANGE = re.compile(
    rf"(?<![\w.,])(?:between\s+)?(?P<low>{_NUMBER})\s*(?:and|to|-|–)\s*(?P<high>{_NUMBER})(?!,?\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Range:
    low: float | None
    high: float | None
    unit: str  # a currency's sign or a unit's (tokenized) word; empty: none said

    def holds(self, number: float, unit: str) -> bool:
        # a bare number ("2 extra years", "40 wide") is no amount of money: a currency's range needs its sign
        bare = not unit and self.unit not in _CURRENCY_SIGNS
        agree = bare or not self.unit or unit == self.unit
        if not agree and (scale := _scale(unit, self.unit)) is not None:
            agree, number = True, number * scale  # "120 cm" against "36¼–48 in"
        above = self.low is None or self.low <= number
        return agree and above and (self.high is None or number <= self.high)


@cache
def _range_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p.replace("{number}", _NUMBER), re.IGNORECASE) for p in _option_words().ranges]


def _unit_of(number: str, word: str | None, *, units_only: bool = False) -> str:
    """A currency's sign, a unit by its one name ("inches" and "in" are "in"), or the word's token
    (unless ``units_only``)."""
    sign = number.strip()[0]
    if not sign.isdigit():
        return sign
    if word and (unit := _unit_named(word)):
        return unit
    said = [] if units_only else tokenize(word or "")
    return said[0] if said and said[0].isalpha() else ""


@cache
def _unit_named(word: str) -> str:
    from copilot.drafting.sizes import grammar

    found = grammar().measurements_in(f"1 {word}")
    return found[0].unit.unit if found and found[0].text.strip().endswith(word) else ""


def _amount(number: str) -> float:
    """A number as written: "$1,001", "24¼" (24.25)."""
    return float(re.sub(r"[^\d.]", "", number)) + sum(v for sign, v in FRACTIONS.items() if sign in number)


@cache
def _scale(unit: str, to: str) -> float | None:
    """What one ``unit`` is in ``to`` when both are units of one dimension ("cm" in "in": 0.394); None
    otherwise."""
    from copilot.drafting.sizes import grammar

    one, other = grammar().measurements_in(f"1 {unit}"), grammar().measurements_in(f"1 {to}")
    if not one or not other or one[0].unit.dimension != other[0].unit.dimension:
        return None
    return one[0].unit.per / other[0].unit.per


def value_range(value: str) -> Range | None:
    """The amounts an option value covers, when it is a range ("$1,001 to $2,500", "Up to $1,000",
    "10 to 40 gallons", "5,001+"): the patterns are data (``option_words.yaml``, with examples)."""
    for pattern in _range_patterns():
        if found := pattern.fullmatch(value.strip()):
            said = found.groupdict()
            low, high = said.get("low"), said.get("high")
            unit = _unit_of(high or low or "", said.get("unit"))
            return Range(_amount(low) if low else None, _amount(high) if high else None, unit)
    return None


def variants_in_range(question: str, variants: list[Passage]) -> set[str]:
    """The variants whose option value is the one range holding an amount the question states ("the
    warranty for a $2,000 lounge" and "$1,001 to $2,500"; "my 20 gallon tank" and "10 to 40 gallons"),
    when the product's values of that kind are ranges. A number two ranges hold names neither."""
    ranges = {
        value: found
        for value in {value for v in variants for value in v.options.values()}
        if (found := value_range(value)) is not None
    }
    if len(ranges) < 2:
        return set()
    held: set[str] = set()
    for said in _SAID_RANGE.finditer(question):  # "between 3 and 6": the one range holding both ends
        low, high = _amount(said["low"]), _amount(said["high"])
        holding = [value for value, span in ranges.items() if span.holds(low, "") and span.holds(high, "")]
        if len(holding) == 1:
            held.add(holding[0])
    if held:
        return {v.key for v in variants if held & set(v.options.values())}
    for _, number, unit in _amounts_said(question):
        holding = [value for value, span in ranges.items() if span.holds(number, unit)]
        if len(holding) == 1:
            held.add(holding[0])
    return {v.key for v in variants if held & set(v.options.values())}


def _amounts_said(question: str) -> list[tuple[re.Match[str], float, str]]:
    """Each amount the question states on its own, as its number and unit (a word after the number that
    is no unit says nothing of one: "40 wide")."""
    return [
        (said, _amount(said["number"]), _unit_of(said["number"], said["unit"], units_only=True))
        for said in _SAID_AMOUNT.finditer(question)
    ]


def band_words(question: str, variants: list[Passage]) -> set[str]:
    """The words of a measure the question gives that picks one version's band, and the word that says
    which measure it is: "40 inches wide" of "and 40 inches wide in charcoal?" says which version, and
    asks nothing of the product's lines."""
    ranges = [found for v in variants for value in v.options.values() if (found := value_range(value))]
    if len(ranges) < 2:
        return set()
    words: set[str] = set()
    for said, number, unit in _amounts_said(question):
        if any(span.holds(number, unit) for span in ranges):
            after = re.match(r"\s*([^\W\d_]+)", question[said.end() :])
            words |= set(tokenize(f"{said.group()} {after.group(1) if after else ''}"))
    return words


def option_names(variants: list[Passage]) -> list[str]:
    return list(dict.fromkeys(name for v in variants for name in v.options))


def priced_by(variants: list[Passage], options: list[str]) -> list[Passage]:
    """The versions whose prices ``listing`` quotes: each value's cheapest, for a reply to cite."""
    cheapest: dict[str, Passage] = {}
    for option in options:
        for v in variants:
            if v.price is None or (value := v.options.get(option)) is None:
                continue
            known = cheapest.get(f"{option}\n{value}")
            if known is None or (known.price is not None and v.price < known.price):
                cheapest[f"{option}\n{value}"] = v
    return list({v.key: v for v in cheapest.values()}.values())


def listing(variants: list[Passage], options: list[str]) -> str:
    """Each option's values in the shop's order; a value's price when the values' prices differ,
    and "out of stock" when no variant with that value can be bought."""
    parts = []
    for option in options:
        values = list(dict.fromkeys(v.options[option] for v in variants if option in v.options))
        prices = {
            value: sorted(
                {v.price for v in variants if v.options.get(option) == value and v.price is not None}
            )
            for value in values
        }
        differ = len({tuple(p) for p in prices.values()}) > 1
        shown = []
        for value in values:
            notes = []
            shown_price = money(prices[value][0], variants[0].currency) if prices[value] else ""
            if differ and shown_price and shown_price not in value:  # "$25.00" needs no "($25.00)"
                notes.append(shown_price if len(prices[value]) == 1 else f"from {shown_price}")
            having = [v for v in variants if v.options.get(option) == value]
            if not any(v.available for v in having):
                ordered = any(v.backorder for v in having)
                early = any(v.preorder for v in having)
                notes.append(
                    "pre-order"
                    if early
                    else "out of stock, can still be ordered on backorder"
                    if ordered
                    else "out of stock"
                )
            shown.append(f"{value} ({', '.join(notes)})" if notes else value)
        parts.append(f"{option}: {join_words(shown)}")
    return "; ".join(parts)
