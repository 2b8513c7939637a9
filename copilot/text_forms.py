"""Letters and digits typed in another form, read as the ASCII they stand for.

A Japanese keyboard types an order number in full width ("ＴＳ－１０６６１１"), an Arabic one in
Arabic-Indic digits ("TS-١٠٥٣٩٠"), and a shopper on a voice keyboard says it ("one zero four eight two
six"): the same order to the shopper, no match to a rule or a lookup written for ASCII. Only these forms
are mapped; compatibility forms that disguise words (circled or mathematical letters) are left for
``copilot.identity.plain_text`` to see.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from copilot.redaction.redactor import load_rules

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # "！" to "～" -> "!" to "~"
_IDEOGRAPHIC_SPACE = {0x3000: 0x20}
_SAID_RUN = 5  # digits said one by one, this many in a row, are a number ("one two three" may be a list)


def ascii_forms(text: str) -> str:
    """``text`` with full-width ASCII and every script's decimal digits written as ASCII."""
    mapped = text.translate(_FULL_WIDTH | _IDEOGRAPHIC_SPACE)
    if not mapped.isascii():
        mapped = "".join(
            str(unicodedata.decimal(ch)) if not ch.isascii() and unicodedata.category(ch) == "Nd" else ch
            for ch in mapped
        )
    return _said_digits().sub(_as_digits, mapped)


@cache
def _digit_words() -> dict[str, str]:
    """Each word for a digit in the languages the redaction rules know ("zero", "oh", "cinco")."""
    return {
        word.casefold(): str(digit)
        for ways in load_rules().phones.digit_words.values()
        for digit, spellings in enumerate(ways)
        for word in spellings.split("|")
    }


@cache
def _said_digits() -> re.Pattern[str]:
    word = "|".join(sorted(map(re.escape, _digit_words()), key=len, reverse=True))
    return re.compile(rf"\b(?:{word})(?:[ -](?:{word})){{{_SAID_RUN - 1},}}\b", re.IGNORECASE)


def _as_digits(run: re.Match[str]) -> str:
    return "".join(_digit_words()[w.casefold()] for w in re.split(r"[ -]", run.group()))
