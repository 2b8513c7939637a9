"""Which of a product's options a question asks for, and that option's values with their prices.

The shop names its options ("Denominations", "Tank size"); shoppers use other words ("what amounts?",
"any other shades?", "bigger sizes?"). Families of words for one kind of option are data
(``option_words.yaml``, with examples); the values and prices come from the variant records.
"""

from __future__ import annotations

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


class OptionWords(BaseModel):
    """``option_words.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    families: list[list[str]]
    any_option: list[str]
    size_order: list[str]
    measured: dict[str, list[str]]  # dimension -> words asking for an option measured in it
    any_measure: list[str]  # words asking for an option measured in any of them
    examples: list[OptionExample]


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


def option_names(variants: list[Passage]) -> list[str]:
    return list(dict.fromkeys(name for v in variants for name in v.options))


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
