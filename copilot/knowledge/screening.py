"""Screening a shop's knowledge for text that speaks to the assistant or asks shoppers for secrets.

The rules are data (``screening.yaml``, each with examples that must and must not match). Text is
normalised first, so case, accents, invisible characters, letter-spacing ("I G N O R E") and words run
together do not hide a phrase. A flagged passage stays in the index for operators, but retrieval never
hands it to a drafter or a model, and it is never evidence for a reply.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from copilot.knowledge import decoding, screening_model
from copilot.knowledge.cleaning import strip_invisible
from copilot.knowledge.decoding import hidden_writings
from copilot.policy_files import expand_lexicons, load_yaml_model
from copilot.schemas import Passage

RULES_FILE = Path(__file__).with_name("screening.yaml")
# sentence ends, blank lines and list items; not the dots of Morse code ("... -.-- ...") or an ellipsis
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<![.\-\s][.!?])\s+|(?<=[。！？])|\n\s*\n+|\n(?=\s*(?:[-*•>#|]|\d+[.)]\s|\w[\w ]{0,30}:))"
)
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LETTER_SPACED = re.compile(r"(?<!\S)(?:\w[ .-]){2,}\w[.-]?(?![^\s:,;!?])")


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


def _compile(patterns: list[str]) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
    return compiled


class ScreeningRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    description: str
    patterns: list[re.Pattern[str]]
    requires: list[re.Pattern[str]] = Field(default_factory=list)
    unless: list[re.Pattern[str]] = Field(default_factory=list)
    squashed: list[re.Pattern[str]] = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)

    _as_patterns = field_validator("patterns", "requires", "unless", "squashed", mode="before")(
        classmethod(lambda cls, value: _compile(value))
    )

    def matches(self, sentence: str) -> str | None:
        """The phrase of ``sentence`` (normalised) that this rule flags, or None."""
        hit = next((m.group(0) for p in self.patterns if (m := p.search(sentence))), None)
        if hit is None:
            letters = re.sub(r"[^a-z]", "", sentence)
            hit = next((m.group(0) for p in self.squashed if (m := p.search(letters))), None)
        if hit is None:
            return None
        if self.requires and not any(p.search(sentence) for p in self.requires):
            return None
        if any(p.search(sentence) for p in self.unless):
            return None
        return hit


class ScreeningRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    lexicons: dict[str, str] = Field(default_factory=dict)
    rules: list[ScreeningRule]

    @model_validator(mode="before")
    @classmethod
    def _expand_lexicons(cls, data: Any) -> Any:
        return expand_lexicons(data, [])


class Flag(BaseModel):
    """Why a piece of knowledge is withheld: the rule, the phrase, and where it is."""

    rule: str
    phrase: str
    excerpt: str
    line: int | None = None


class ScreeningWarning(BaseModel):
    """A flagged piece of knowledge, for the ingest summary: fix it at ``file``, ``where``."""

    file: str
    where: str | None = None  # "line 12", "record line 3, field 'description'"
    rule: str
    excerpt: str
    withheld: str = Field(description="what shoppers and models will not get: the passage, a field")

    def __str__(self) -> str:
        place = f"{self.file}, {self.where}" if self.where else self.file
        return f"{place}: {self.rule}: '{self.excerpt}' ({self.withheld} withheld from shoppers)"


# Cyrillic and Greek letters that look like Latin ones ("Nоtе" with a Cyrillic о and е)
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁԛԝкмнтвАЕОРСУХІЈЅКМНТВΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοι", "aeopcyxijsdqwkmhtbaeopcyxijskmhtbabezhikmnoptyxaoi"
)
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+\b")


def normalise(text: str) -> str:
    """Case folded, without accents or invisible characters, look-alike letters of words that mix
    scripts made Latin, letter-spaced words joined."""
    text = _MIXED_SCRIPT.sub(lambda m: m.group(0).translate(_CONFUSABLES), strip_invisible(text))
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []  # accents come off Latin letters only ('ü' -> 'u', 'ệ' -> 'e'); other scripts stay
    base = ""
    for c in decomposed:
        if not unicodedata.combining(c):
            base = c
        elif base.isascii():
            continue
        kept.append(c)
    text = unicodedata.normalize("NFKC", "".join(kept))
    text = _LETTER_SPACED.sub(lambda m: re.sub(r"[ .-]", "", m.group(0)), text)
    return re.sub(r"[ \t]+", " ", text)


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> ScreeningRules:
    return load_yaml_model(path, ScreeningRules, "screening rules")


_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i"}
)
_LEET_WORD = re.compile(r"\b(?=[\w@$!]*[a-z])(?=[\w@$!]*[0-9@$!])[\w@$!]+\b", re.IGNORECASE)


def undo_leetspeak(text: str) -> str:
    """Words spelled with digits or symbols for letters read as letters ("1gn0r3 pr3v10u5" is "ignore
    previous"), so an instruction cannot hide behind them, in a page or in a customer's message; words
    of digits alone stay numbers."""
    return _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)


_FUNCTION_WORDS = re.compile(r"\b(?:the|and|to|of|is|you|that|your|all|must|say|it|in|a|for|with|are)\b")


def _function_words(text: str) -> int:
    return len(_FUNCTION_WORDS.findall(text))


def readings(sentence: str) -> list[str]:
    """The ways a sentence can be read: as normalised, with leetspeak undone, any line of it that reads
    better right to left reversed, and every decoding of a hidden writing (``decoding.py``: ROT13,
    Atbash, look-alike letters, base64, Morse code, ...). Each is screened."""
    plain = normalise(_SOFT_BREAK.sub(" ", sentence))
    found = [plain, undo_leetspeak(plain)]
    for line in sentence.splitlines():
        for part in re.split(r":\s", normalise(line)):
            if _function_words(part[::-1]) > _function_words(part):  # written right to left
                found.append(part[::-1])
    found += [normalise(_SOFT_BREAK.sub(" ", text)) for text in hidden_writings(sentence, plain)]
    return list(dict.fromkeys(found))


Verdict = list[tuple[str, str]]  # (rule id, phrase) for one sentence
_verdicts: ContextVar[dict[str, Verdict] | None] = ContextVar("screening_verdicts", default=None)


@contextmanager
def remembered(folder: Path) -> Iterator[None]:
    """Keep the bundled rules' verdicts by sentence in ``folder`` across ingests: an unchanged shop is
    not screened again. The file is named after the rules, the model's examples and the code that
    reads hidden writings, so changing any of them starts afresh."""
    rules_digest = hashlib.sha256(
        RULES_FILE.read_bytes()
        + screening_model.EXAMPLES_FILE.read_bytes()
        + Path(decoding.__file__).read_bytes()
        + Path(__file__).read_bytes()
    ).hexdigest()[:16]
    path = folder / f"screening-{rules_digest}.json"
    try:
        known: dict[str, Verdict] = {
            k: [tuple(x) for x in v] for k, v in json.loads(path.read_text()).items()
        }
    except (OSError, ValueError, AttributeError, TypeError):
        known = {}  # no file yet, or a damaged one: screen everything again
    size = len(known)
    token = _verdicts.set(known)
    try:
        yield
    finally:
        _verdicts.reset(token)
    if len(known) != size:
        folder.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=folder, prefix=path.stem, suffix=".tmp")  # one per writer
        with os.fdopen(handle, "w") as out:
            out.write(json.dumps(known))
        os.replace(partial, path)  # whole or not at all, whoever writes last


def _verdict(sentence: str, rules: ScreeningRules, known: dict[str, Verdict] | None) -> Verdict:
    key = hashlib.sha256(sentence.encode()).hexdigest()[:24]
    if known is not None and key in known:
        return known[key]
    variants = readings(sentence)
    verdict = [
        (rule.id, phrase)
        for rule in rules.rules
        if (phrase := next((p for v in variants if (p := rule.matches(v)) is not None), None)) is not None
    ]
    if known is not None:
        known[key] = verdict
    return verdict


def screen(text: str, rules: ScreeningRules | None = None) -> list[Flag]:
    """Every sentence of ``text`` that a rule flags (one flag per rule), with its line in ``text``. With
    the bundled rules, the learned reader (``screening_model.py``) also reads what they cannot."""
    learned = rules is None
    known = _verdicts.get() if learned else None  # only the bundled rules' verdicts are kept
    rules = rules or load_rules()
    flags: dict[str, Flag] = {}
    lines = text.splitlines()
    for raw in _SENTENCE.split(text):
        if not raw.strip():
            continue
        for rule_id, phrase in _verdict(raw.strip(), rules, known):
            if rule_id not in flags:
                excerpt = " ".join(raw.split())[:160]
                flags[rule_id] = Flag(rule=rule_id, phrase=phrase, excerpt=excerpt, line=_line_in(lines, raw))
    if not flags and learned and (read := _learned(_SENTENCE.split(text), known)):
        excerpt = " ".join(read[0].split())[:160]
        rule = screening_model.RULE_ID
        flags[rule] = Flag(rule=rule, phrase=excerpt[:60], excerpt=excerpt, line=_line_in(lines, read[0]))
    return list(flags.values())


def _learned(sentences: list[str], known: dict[str, Verdict] | None) -> list[str]:
    """The windows of text the learned reader flags, its verdicts remembered like the rules'."""
    windows = screening_model.windows([s.strip() for s in sentences if s and s.strip()])
    keys = ["learned:" + hashlib.sha256(w.encode()).hexdigest()[:24] for w in windows]
    remembered = known if known is not None else {}
    fresh = {k: w for w, k in zip(windows, keys, strict=True) if k not in remembered}
    for key, flagged in zip(fresh, screening_model.read_as_instructions(list(fresh.values())), strict=True):
        remembered[key] = [(screening_model.RULE_ID, "")] if flagged else []
    return [w for w, k in zip(windows, keys, strict=True) if remembered[k]]


def _line_in(lines: list[str], excerpt: str) -> int | None:
    """The line where an excerpt starts (by its first words, so a hard-wrapped sentence is found)."""
    words = excerpt.split()
    for size in (6, 3, 1):
        probe = " ".join(words[:size])
        for number, line in enumerate(lines, start=1):
            if probe and probe in " ".join(line.split()):
                return number
    return None


def line_in_file(path: Path, excerpt: str) -> int | None:
    """Where an excerpt of extracted text starts in the original file (for an HTML page, the line of
    the element holding it), so a warning points at the line to fix."""
    try:
        return _line_in(path.read_text(encoding="utf-8").splitlines(), excerpt)
    except (OSError, UnicodeDecodeError):
        return None


_LABELLED = re.compile(r"^[^\W\d][\w ()/&.,'-]{0,40}:\s+\S.{0,60}$")  # "Weight: 13 kg", a table's cell
_BLOCK = re.compile(r"^\s*(?:(>)|([-*•]|\d+[.)])\s|(\|)|(#))")
_WITHHELD = "~withheld"  # the key's end of a flagged passage whose other lines are served under its key
_READINGS = 3  # text still flagged after this many removals is withheld whole


def _block_kind(line: str) -> int:
    """What markup sets a line apart: a quote, a list item, a table row, a heading, or none (0)."""
    found = _BLOCK.match(line)
    return next((i for i, group in enumerate(found.groups(), start=1) if group), 0) if found else 0


def without_flagged(text: str) -> tuple[str | None, list[Flag]]:
    """The text without its flagged lines and the lines beside them of the same kind (a planted line's
    payload is often the sentence after it, in its paragraph), with the flags; read again until nothing
    is flagged, or None when it still is. A labelled spec ("Weight: 13 kg") beside it stays, and so does
    a paragraph beside a planted quote or list item, which markup sets apart as its own."""
    lines = text.splitlines()
    found: list[Flag] = []
    for _ in range(_READINGS):
        flags = screen("\n".join(lines))
        if not flags:
            return "\n".join(lines).strip() or None, found
        found += flags
        if any(f.line is None for f in flags):
            return None, found
        flagged = {f.line - 1 + i for f in flags if f.line for i in range(_lines_said(lines, f))}
        # (within its paragraph: a paragraph's last line ends in the two spaces the Markdown reader joins
        # paragraphs with, and the paragraph after it is the shop's own: "We refund within 5 business days.")
        beside = {
            (n + d, _block_kind(lines[n]))
            for n in flagged
            for d in (-1, 1)
            if 0 <= n + d < len(lines) and not lines[min(n, n + d)].endswith("  ")
        }
        dropped = flagged | {
            n
            for n, kind in beside
            if n not in flagged and not _LABELLED.match(lines[n]) and _block_kind(lines[n]) == kind
        }
        lines = [line for n, line in enumerate(lines) if n not in dropped]
    return None, found


def _lines_said(lines: list[str], flag: Flag) -> int:
    """How many lines, from the flag's own, its excerpt runs over."""
    assert flag.line is not None
    said = " ".join(flag.excerpt.split())
    count = 1
    for line in lines[flag.line :]:
        if not line.strip() or " ".join(line.split())[:40] not in said:
            break
        count += 1
    return count


def screen_documents(passages: list[Passage], root: Path) -> list[ScreeningWarning]:
    """Flag document passages (in place) and say where each flagged one is in its file. What a flagged
    passage says apart from the flagged lines is served under its key, so one planted sentence does not
    take the section's rules with it; the whole passage stays, flagged, for operators."""
    warnings: list[ScreeningWarning] = []
    served: list[Passage] = []
    for passage in passages:
        served.append(passage)
        if passage.kind != "document":
            continue
        heading = " > ".join(passage.heading_path)
        body = passage.text.removeprefix(heading).lstrip("\n")
        kept, flags = without_flagged(body)
        if not flags:
            continue
        if kept is not None:
            served.append(passage.model_copy(update={"text": f"{heading}\n{kept}" if heading else kept}))
            passage.key += _WITHHELD
        passage.flags = sorted({f.rule for f in flags})
        for flag in flags:
            line = line_in_file(root / passage.source, flag.excerpt)
            warnings.append(
                ScreeningWarning(
                    file=passage.source,
                    where=f"line {line}" if line else None,
                    rule=flag.rule,
                    excerpt=flag.excerpt,
                    withheld="lines of the passage" if kept is not None else "passage",
                )
            )
    passages[:] = served
    return warnings
