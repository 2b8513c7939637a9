"""Which tokens of a message refer to an order, decided without ever looking an order up.

Whether "TS-100318" is treated as an order must not depend on whether that order exists, or a
shopper could learn which numbers are real. So a token is an order reference by its shape alone: it
has the shape of the shop's order numbers (letters prefix and digit count, learnt from the whole order
file at ingest), or it is written as an order ("#1003", "order 1003"), or the message is about an order.
A bare number shaped like a shop's plain numeric order numbers ("1003") counts only in a message about
an order: "the 100 W heater" or "the 2000 mAh one" names a product.
Catalog ids (SKUs, item and product ids) are public and never order references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from copilot.policy_files import Examples, load_yaml_model
from copilot.store import Shapes, order_lookup_key
from copilot.understanding import ORDER_INTENTS, Understanding, classify

_MONEY_BEFORE = re.compile(r"[$€£]\s?$")
_MONEY_AFTER = re.compile(r"(?:[.,]\d+)?\s?(?:dollars|bucks|quid|euros?|usd|cad|aud|nzd|gbp|eur)\b", re.I)
_TOKEN = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|#?\d")
_SHAPE = re.compile(r"([A-Z]*)(\d+)")
DATA_FILE = Path(__file__).with_name("references.yaml")
_SHORT_CODE = re.compile(r"[A-Za-z]{2,6}-\d{1,4}")
_DIGITS_ON = re.compile(r"\d.*")  # an id from its first digit on
_YEAR = re.compile(r"(?:19|20)\d\d")  # "I ordered in 2026" names a year (references.yaml, year_word)


class Words(BaseModel):
    """One pattern (case-insensitive) and the texts it must and must not match."""

    model_config = ConfigDict(extra="forbid")

    pattern: str
    examples: Examples

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        return value

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.I)


class ReferenceWords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    order_word: Words
    order_context: Words
    buying: Words
    postcode_word: Words
    year_word: Words


@cache
def reference_words() -> ReferenceWords:
    return load_yaml_model(DATA_FILE, ReferenceWords, "order reference words")


def about_an_order(text: str) -> bool:
    """The message speaks of an order the shopper has, not of ordering ("can i order it now?")."""
    words = reference_words()
    return bool(words.order_context.regex.search(words.buying.regex.sub(" ", text)))


def has_order_shape(token: str, shapes: Shapes) -> bool:
    match = _SHAPE.fullmatch(order_lookup_key(token))
    if match is None or match.group(1) not in shapes:
        return False
    low, high = shapes[match.group(1)]
    return low - 1 <= len(match.group(2)) <= high + 1  # the next order numbers are one digit longer


def order_references(
    text: str,
    understanding: Understanding,
    shapes: Shapes,
    is_catalog_id: Callable[[str], bool],
    *,
    follows_order: bool = False,
) -> list[str]:
    """Tokens of ``text`` that refer to orders, each once. Written as an order ('#1003', 'order 1003')
    or shaped like the shop's order numbers, a token always counts; in a message about an order (or
    right after one: ``follows_order``), so do other id-like tokens ('ORD-5', '106809'), unless
    stronger references are present."""
    words = reference_words()
    order_word = words.order_word.regex  # re caches it
    postcode_word, year_word = words.postcode_word.regex, words.year_word.regex
    context = follows_order or understanding.intent in ORDER_INTENTS or about_an_order(text)
    buying = [m.span() for m in words.buying.regex.finditer(text)]  # "if i order 40 tins": no order 40

    def written_as_order(before: str) -> bool:
        said = order_word.search(before)
        return said is not None and not any(start <= said.start() < end for start, end in buying)

    digit_counts = {n for low, high in shapes.values() for n in range(low, high + 1)}
    strong: list[str] = []
    weak: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if not any(c.isdigit() for c in token) or "@" in text[max(0, match.start() - 1) : match.end() + 1]:
            continue
        if is_catalog_id(token.lstrip("#")) or postcode_word.search(text[: match.start()]):
            continue
        if _MONEY_BEFORE.search(text[: match.start()]) or _MONEY_AFTER.match(text[match.end() :]):
            continue  # "financing on a $2000 order?" names an amount, not order 2000
        key = order_lookup_key(token)
        if (
            (has_order_shape(token, shapes) and not key.isdigit())  # bare numbers are sizes, watts, years
            # "#1003"; not "cam #1 or #2", far shorter than the shop's order numbers (in a message about an
            # order it is still one, below)
            or (
                token.startswith("#")
                and (not digit_counts or any(abs(len(key) - n) <= 1 for n in digit_counts))
            )
            or written_as_order(text[: match.start()])
            or order_word.search(_DIGITS_ON.sub("", token))  # "ORD-104821", "order#77": an order's prefix
        ):
            strong.append(token)
        elif (
            context
            and not (_YEAR.fullmatch(key) and year_word.search(text[: match.start()]))
            and (
                (key.isdigit() and len(key) in digit_counts)
                or (token in understanding.order_ids and not (key.isdigit() and len(key) >= 7))
                or _SHORT_CODE.fullmatch(token)
            )
        ):
            weak.append(token)
    return list(dict.fromkeys(strong or weak))


def numbers_as_products(
    understanding: Understanding, text: str, names_product: Callable[[str], bool]
) -> Understanding:
    """A bare number said beside a word of the shop's product names, which name it too ("how much is a
    3s 5000 lipo?", "what connectors does the ridgeback 5000 come with?"), names a product, not an
    order, when nothing else in the message speaks of an order (no "#", no order word, no email): the
    message is read without it. "has 5000 shipped?" still asks after an order. Product names are
    public, so which numbers count says nothing of the shop's orders."""
    if understanding.intent not in ORDER_INTENTS or understanding.emails:
        return understanding
    if about_an_order(text):
        return understanding
    words = re.findall(r"#?\w+", text.lower())
    numbers = {w for w in words if w.isdigit()}
    beside_names = {
        said
        for i, said in enumerate(words)
        if said in numbers
        and names_product(said)
        and any(names_product(w) for w in words[max(0, i - 2) : i] + words[i + 1 : i + 3] if not w.isdigit())
    }
    if not numbers or beside_names != numbers or set(understanding.order_ids) - numbers:
        return understanding
    without = text
    for number in numbers:
        without = re.sub(rf"\b{number}\b", " ", without)
    intent = classify(without)
    if intent in ORDER_INTENTS:
        return understanding
    return understanding.model_copy(update={"intent": intent, "order_ids": []})
