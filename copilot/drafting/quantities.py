"""What an amount of a product sold by a unit costs: "how much for 20 metres of it?" of a rope priced
per metre is 20 times its price per metre; "30 ft" of it is 9.144 metres' worth.

A product is sold by a unit where its own name or a version's option says so ("Anchor Warp - per
metre", "Length: per metre", "Stair Runner (per metre)"), or its description says it is "sold by the
metre"; never by a unit a line only measures with ("Coverage: 10 m² per litre").
"""

from __future__ import annotations

import re

from copilot.drafting.sizes import Measurement, UnitWords, grammar
from copilot.knowledge.catalog import format_price as money
from copilot.knowledge.catalog import product_text
from copilot.schemas import Passage

_PER = re.compile(r"(?i)(?:\bper|/)\s*(?P<unit>[a-z]+)\b")
_SOLD_BY = re.compile(r"(?i)\bsold\s+(?:by\s+the|per)\s+(?P<unit>[a-z]+)\b")
_SOLD_DIMENSIONS = frozenset({"length", "weight", "volume"})


def unit_sold_by(product: Passage, variant: Passage) -> tuple[str, UnitWords] | None:
    """The unit the variant's price is for, as the shop writes it and as a unit ("metre" of "- per
    metre"), when the shop sells it by one."""
    named = [product.title, *variant.options.values()]
    found = [m.group("unit") for text in named for m in _PER.finditer(text)]
    found += [m.group("unit") for m in _SOLD_BY.finditer(product_text(product).own_words)]
    for word in found:
        unit = grammar().line_by_word.get(word.lower())
        if unit is not None and unit.dimension in _SOLD_DIMENSIONS:
            return word.lower(), unit
    return None


def amount_asked(question: str, product: Passage, variant: Passage, sold: UnitWords) -> Measurement | None:
    """The amount of the sold unit's dimension the question asks the price of ("20 metres", "30m",
    "50 ft"); not a measure that names the version ("the 10 mm line") or the product."""
    named = {
        (m.value, m.unit.unit)
        for text in [product.title, *variant.options.values()]
        for m in grammar().amounts_in_line(text)
    }
    for measured in grammar().amounts_in_line(question):
        if measured.unit.dimension == sold.dimension and (measured.value, measured.unit.unit) not in named:
            return measured
    return None


def asks_an_amount(question: str, product: Passage, variant: Passage) -> bool:
    """The question gives an amount of the unit the product is sold by: "how much for 30 metres?"
    goes on with the rope talked of."""
    sold_by = unit_sold_by(product, variant)
    return sold_by is not None and amount_asked(question, product, variant, sold_by[1]) is not None


def cost_of_amount(question: str, product: Passage, variant: Passage, what: str) -> str | None:
    """ "30 metres of <what> at £2.85 per metre is £85.50", when the question asks the price of an
    amount of a product sold by a unit; None otherwise."""
    sold_by = unit_sold_by(product, variant)
    if sold_by is None or variant.price is None:
        return None
    word, sold = sold_by
    measured = amount_asked(question, product, variant, sold)
    if measured is None:
        return None
    amount = measured.value * measured.unit.per / sold.per
    total = money(round(amount * variant.price, 2), variant.currency)
    each = money(variant.price, variant.currency)
    converted = "" if measured.unit.unit == sold.unit else f" ({amount:.3g} {sold.unit})"
    return f"{measured.text}{converted} of {what} at {each} per {word} is {total}"
