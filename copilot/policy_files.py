"""Policies are YAML files validated into pydantic models; one loader names the file and the field."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.errors import ConfigurationError

Model = TypeVar("Model", bound=BaseModel)


class Examples(BaseModel):
    """Texts a pattern family must match and must not: data that documents itself, and that the test
    suite holds it to."""

    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class Phrases(BaseModel):
    """A family of phrasings: any pattern matches, unless an ``unless`` pattern does too."""

    model_config = ConfigDict(extra="forbid")

    patterns: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    examples: Examples


class Matcher:
    """Patterns (any matches) less ``unless`` patterns (none may match), compiled once."""

    def __init__(self, patterns: list[str], unless: list[str], lexicons: dict[str, str]) -> None:
        self.patterns = [compile_pattern(p, lexicons) for p in patterns]
        self._unless = [compile_pattern(p, lexicons) for p in unless]

    @cached_property
    def any(self) -> re.Pattern[str]:
        """All the patterns as one, for splitting or trimming a text by them (built when first asked)."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns), re.IGNORECASE)

    @classmethod
    def of(cls, phrases: Phrases, lexicons: dict[str, str]) -> Matcher:
        return cls(phrases.patterns, phrases.unless, lexicons)

    def __call__(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns) and not any(p.search(text) for p in self._unless)


def compile_pattern(pattern: str, lexicons: dict[str, str]) -> re.Pattern[str]:
    """Multi-line patterns are one pattern: lines are joined as written, without spaces; ``{name}`` is
    the lexicon of that name."""
    joined = "".join(line.strip() for line in pattern.splitlines())
    expanded = re.sub(r"\{([a-z_]+)\}", lambda m: lexicons.get(m.group(1), m.group(0)), joined)
    return re.compile(expanded, re.IGNORECASE)


def compiled_lexicons(written: dict[str, str]) -> dict[str, str]:
    """Lexicons as pattern text; a lexicon may use the ones written before it."""
    lexicons: dict[str, str] = {}
    for name, lexicon in written.items():
        lexicons[name] = compile_pattern(lexicon, lexicons).pattern
    return lexicons


def load_yaml_model(path: Path, model: type[Model], what: str) -> Model:
    """``path`` parsed as YAML and validated as ``model``; every problem is one ConfigurationError line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{what} {path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise ConfigurationError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as exc:
        raise ConfigurationError(f"{what} {path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise ConfigurationError(f"{what} {path}, {where}: {error['msg']}") from exc


def expand_lexicons(data: Any, keys: list[str]) -> Any:
    """Replace ``{name}`` in the patterns under ``keys`` (and in each rule's patterns, requires, unless
    and squashed) with the lexicon of that name, so long alternations are written once. Whitespace in a
    lexicon is layout and is removed; a lexicon may use the lexicons written before it."""
    if not isinstance(data, dict):
        return data
    lexicons: dict[str, str] = {}

    def expand(pattern: object) -> object:
        if not isinstance(pattern, str):
            return pattern
        return re.sub(r"\{([a-z_]+)\}", lambda m: lexicons.get(m.group(1), m.group(0)), pattern)

    for name, lexicon in (data.get("lexicons") or {}).items():  # a lexicon may use the ones before it
        lexicons[name] = str(expand(re.sub(r"\s+", "", str(lexicon))))

    for key in keys:
        if isinstance(data.get(key), list):
            data[key] = [expand(p) for p in data[key]]
        elif isinstance(data.get(key), str):
            data[key] = expand(data[key])
    for rule in data.get("rules") or []:
        for key in ("patterns", "requires", "unless", "squashed"):
            if isinstance(rule, dict) and isinstance(rule.get(key), list):
                rule[key] = [expand(p) for p in rule[key]]
    return data
