"""Whether a message can be read in full: facts typed in it count as a proof only then.

Someone holding a victim's order number and email may send them beside an instruction written where
the assistant cannot read it: a cipher, invisible characters, another script, a diff, ASCII art. No
decoder list keeps up with every writing, so the test is the other way round: a message that is not
plain text in a script the shop reads proves nothing, and the shopper is asked to send the details on
their own. The shapes are data (``plain_text.yaml``, with examples both ways).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field

from copilot.policy_files import Examples, load_yaml_model
from copilot.redaction import EMAIL

DATA_FILE = Path(__file__).with_name("plain_text.yaml")
_URL = regex.compile(r"\bhttps?://\S+|\bwww\.\S+", regex.I)
_EDGES = ".,!?;:\"'()[]…“”‘’¿¡*_~`"  # punctuation, and markdown's emphasis around a word
_JOINER = "\u200d"  # joins emoji into one ("👨‍👩‍👧"): not hidden text


class PlainText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    garbling: str = Field(min_length=1)
    symbol_run: int = Field(ge=3)
    symbol_line: int = Field(ge=2)
    bare_numbers: int = Field(ge=3)
    coded_length: int = Field(ge=20)  # letters and digits in one string this long: no word, a code
    vowelless_words: int = Field(ge=3)  # this many words of a line with no vowel: letters taken out
    living_scripts: list[str] = Field(min_length=1)
    unread_blocks: list[str]
    lookalike_scripts: list[str] = Field(min_length=2)
    examples: Examples


@cache
def plain_text() -> PlainText:
    return load_yaml_model(DATA_FILE, PlainText, "plain text shapes")


@cache
def _foreign_letters(scripts: tuple[str, ...]) -> regex.Pattern[str]:
    """Letters outside the readable scripts, letters that write sounds and symbols that write letters."""
    readable = "".join(f"\\p{{Script_Extensions={s}}}" for s in scripts)
    unread = "".join(f"\\p{{Block={b}}}" for b in plain_text().unread_blocks)
    return regex.compile(f"(?V1)[[\\p{{L}}--[{readable}]]{unread}]")


def script_known(name: str) -> bool:
    """Whether ``name`` is a Unicode script (for the policy's validation)."""
    try:
        regex.compile(f"\\p{{Script={name}}}")
    except regex.error:
        return False
    return True


def unreadable(text: str, scripts: Sequence[str] | None = None) -> str | None:
    """What in ``text`` cannot be read, in a few words for the log; None when all of it can.
    ``scripts``: the shop's, if it names them; those of living languages otherwise."""
    shapes = plain_text()
    if any(_hidden(text, i) for i in range(len(text))):
        return "hidden characters"
    readable = tuple(scripts or shapes.living_scripts)
    if (letter := _foreign_letters(readable).search(text)) is not None:
        return f"a writing the shop does not read ({unicodedata.name(letter.group(), 'unnamed')})"
    for line in _URL.sub(" ", EMAIL.sub(" ", text)).splitlines():
        tokens = [t.strip(_EDGES) or t for t in line.split()]
        if any(_garbled(t, shapes) for t in tokens):
            return "garbled text"
        if any(_disguised(t) for t in tokens):
            return "a word written in two lookalike scripts"
        bare = [t for t in tokens if _symbols(t, shapes)]
        if len(bare) >= shapes.symbol_line and 2 * len(bare) > len(tokens):
            return "a line of symbols"
        if _longest_digit_run(tokens) >= shapes.bare_numbers:
            return "a run of bare numbers"
        if any(_coded(t, shapes) for t in tokens):
            return "a coded string"
        words = [t for t in tokens if t.isalpha() and t.isascii()]
        vowelless = [w for w in words if len(w) >= 2 and not _VOWEL.search(w)]
        if len(vowelless) >= shapes.vowelless_words and 2 * len(vowelless) > len(words):
            return "words without their vowels"
    return None


_VOWEL = regex.compile(r"[aeiouy]", regex.I)


def _coded(token: str, shapes: PlainText) -> bool:
    """A string longer than any word or reference: letters and digits ("kr0i9qmnchp1yovxh5g1...", a
    number in base 36), capitals ("ACSIHTUBRREMWWLAAGEFO..."), or half as long again, syllables or
    groups joined by hyphens ("xitik-hosek-ninyk-nonok-..."); not a tracking number."""
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if not token.isascii() or 5 * (letters + digits) < 4 * len(token) or len(token) < shapes.coded_length:
        return False  # a sentence in a writing without spaces is no code
    joined = "-" in token and 2 * len(token) >= 3 * shapes.coded_length
    return bool(letters and digits) or token.isupper() or joined


def _hidden(text: str, i: int) -> bool:
    char = text[i]
    if unicodedata.category(char) not in ("Cf", "Co", "Cn") or (i == 0 and char == "\ufeff"):
        return False
    return not (char == _JOINER and 0 < i < len(text) - 1 and _emoji(text[i - 1]) and _emoji(text[i + 1]))


def _disguised(token: str) -> bool:
    return sum(bool(pattern.search(token)) for pattern in _lookalikes()) > 1


@cache
def _lookalikes() -> list[regex.Pattern[str]]:
    return [regex.compile(f"\\p{{Script={s}}}") for s in plain_text().lookalike_scripts]


def _emoji(token: str) -> bool:
    return all(unicodedata.category(c) in ("So", "Sk", "Mn") or c in "\ufe0f\u200d" for c in token)


def _symbols(token: str, shapes: PlainText) -> bool:
    """No letter or digit, and not a few emoji ("🙏🙏"): a long run of them is a code ("⚪⚫⚪⚫⚪⚫⚫⚪")."""
    if any(c.isalnum() for c in token):
        return False
    return not _emoji(token) or len(token) >= shapes.symbol_run


def _garbled(token: str, shapes: PlainText) -> bool:
    if any(c.isalnum() for c in token):
        return len(token) >= 4 and any(c in shapes.garbling for c in token)
    return len(token) >= shapes.symbol_run and len(set(token)) >= 3


def _longest_digit_run(tokens: list[str]) -> int:
    best = run = 0
    for token in tokens:
        run = run + 1 if token.isdigit() else 0
        best = max(best, run)
    return best
