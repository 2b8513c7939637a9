"""Field specs: how a column or a path in a shop's export becomes one of copilot's fields.

A spec, as written in a sources file (or a platform preset), is one of:

- ``"Variant Price"`` or ``"name.first_name"``: a field of the record (a whole column name is tried
  before a dotted path, so CSV headers with dots work; numbers index lists: ``tracking.0``);
- ``"^Option1 Name"``: the same in the parent record (a variant's product row, an item's order row);
- ``"line_item_*"``: every column whose name matches the pattern (no dots), as a list in file order;
- ``"$key"``: the key of a record that came from a JSON object;
- ``"{first} {last}"``: a template (missing parts become empty);
- ``{from: spec or [spec, ...], <transforms>}``: the first non-empty source, then transformed;
- ``{const: value}``: a constant;
- ``{sub: spec, ...}``: sub-fields (an address, options, extras);
- ``[spec, ...]``: a list (options as ``[{name: ..., value: ...}]`` pairs, several shipments).

Specs are compiled once per source, so a mistake in one is reported before any file is read.
"""

from __future__ import annotations

import fnmatch
import html
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from copilot.knowledge.cleaning import visible_text

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_SELECTOR = re.compile(r"\[([^=\]]+)=([^\]]*)\]")
MISSING: Any = object()
TRANSFORMS = (
    "from",
    "const",
    "strip_leading",
    "drop",
    "html",
    "replace",
    "split",
    "join",
    "map",
    "sum",
    "common_prefix",
    "unix_time",
    "json",
    "unpack",
    "default",
)


class SpecError(ValueError):
    """A spec that cannot work; the message says which part and why."""


@dataclass(frozen=True)
class Scope:
    """What a spec reads: the record, its key (JSON objects keyed by id) and its parent record."""

    data: Mapping[str, Any]
    key: str | None = None
    parent: Mapping[str, Any] | None = None


def empty(value: Any) -> bool:
    return value is None or value is MISSING or value == "" or value == [] or value == {}


class Spec(ABC):
    @abstractmethod
    def value(self, scope: Scope) -> Any:
        """The value in a record, or None when absent."""

    @abstractmethod
    def columns(self) -> Iterator[str]:
        """Top-level fields of the record or its parent this spec reads: what a CSV must have."""


@dataclass(frozen=True)
class FieldPath(Spec):
    path: str
    in_parent: bool = False

    def value(self, scope: Scope) -> Any:
        if self.path == "$key":
            return scope.key
        data = scope.parent if self.in_parent else scope.data
        if is_column_pattern(self.path) and isinstance(data, Mapping) and self.path not in data:
            found = [v for k, v in data.items() if fnmatch.fnmatchcase(str(k), self.path) and not empty(v)]
            return found or None
        found = lookup(data, self.path) if data is not None else MISSING
        return None if found is MISSING else found

    def columns(self) -> Iterator[str]:
        if self.path != "$key":
            yield self.path


def is_column_pattern(path: str) -> bool:
    """``line_item_*``: a pattern over column names (a path with dots walks nested data instead)."""
    return "*" in path and "." not in path


def lookup(data: Any, path: str) -> Any:
    """A whole key first (CSV headers may contain dots), then a dotted path; ``*`` takes every
    element of a list (``refunds.*.amount``); MISSING when absent."""
    if isinstance(data, Mapping) and path in data:
        return data[path]
    return _walk(data, path.split("."))


def _walk(current: Any, parts: list[str]) -> Any:
    for index, part in enumerate(parts):
        selector = _SELECTOR.fullmatch(part)
        if selector is not None and isinstance(current, list):  # [key=value]: the element whose key is value
            key, wanted = selector.group(1).strip(), selector.group(2).strip()
            current = next(
                (e for e in current if isinstance(e, Mapping) and str(e.get(key)) == wanted), MISSING
            )
            if current is MISSING:
                return MISSING
            continue
        if part == "*" and isinstance(current, list):
            found = [_walk(item, parts[index + 1 :]) for item in current]
            return [v for f in found if f is not MISSING for v in (f if isinstance(f, list) else [f])]
        if isinstance(current, Mapping) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return MISSING
    return current


@dataclass(frozen=True)
class Template(Spec):
    text: str
    parts: tuple[FieldPath, ...]

    def value(self, scope: Scope) -> Any:
        values = iter(self.parts)

        def substitute(_: re.Match[str]) -> str:
            found = next(values).value(scope)
            return "" if found is None else str(found)

        return " ".join(_TEMPLATE.sub(substitute, self.text).split()) or None

    def columns(self) -> Iterator[str]:
        for part in self.parts:
            yield from part.columns()


@dataclass(frozen=True)
class Constant(Spec):
    constant: Any

    def value(self, scope: Scope) -> Any:
        return self.constant

    def columns(self) -> Iterator[str]:
        yield from ()


@dataclass(frozen=True)
class SubFields(Spec):
    fields: Mapping[str, Spec]

    def value(self, scope: Scope) -> Any:
        return {name: spec.value(scope) for name, spec in self.fields.items()}

    def columns(self) -> Iterator[str]:
        for spec in self.fields.values():
            yield from spec.columns()


@dataclass(frozen=True)
class ListOf(Spec):
    items: tuple[Spec, ...]

    def value(self, scope: Scope) -> Any:
        return [spec.value(scope) for spec in self.items]

    def columns(self) -> Iterator[str]:
        for spec in self.items:
            yield from spec.columns()


@dataclass(frozen=True)
class Transformed(Spec):
    """The first non-empty source, then, in this order: trimmed, leading characters stripped (a
    spreadsheet's ``'`` before zips and ids), values that mean "none" dropped, HTML made text, text
    replaced, split into a list or a list joined, mapped through a table (``*`` for any other value),
    a list of amounts summed or of texts cut to their common start, a Unix time made a date, defaulted.
    Before any of that, ``json`` parses a cell holding JSON and ``unpack`` a cell of packed records
    (``name:Tea|quantity:2;name:Pot|quantity:1``) into a list of mappings."""

    sources: tuple[Spec, ...]
    strip_leading: str = ""
    drop: frozenset[str] = frozenset()
    html: bool = False
    replace: tuple[tuple[str, str], ...] = ()
    split: str | None = None
    join: str | None = None
    table: Mapping[str, Any] | None = None
    total: bool | str = False
    common_prefix: bool = False
    unix_time: bool = False
    json: bool = False
    unpack: Unpack | None = None
    default: Any = None

    def value(self, scope: Scope) -> Any:
        if self.join is not None:
            cleaned = [self._clean(spec.value(scope)) for spec in self.sources]
            parts = [p for value in cleaned for p in (value if isinstance(value, list) else [value])]
            found: Any = self.join.join(str(p) for p in parts if not empty(p)) or None
        else:
            found = next((v for spec in self.sources if not empty(v := self._clean(spec.value(scope)))), None)
        if self.json and not empty(found):
            found = _parsed_json(found)
        if self.unpack is not None and not empty(found):
            found = self.unpack.unpacked(found)
        if isinstance(found, str) and self.split is not None:
            found = [p for p in (self._clean(part) for part in found.split(self.split)) if not empty(p)]
        if self.table is not None and not empty(found):
            found = [self._map(v) for v in found] if isinstance(found, list) else self._map(found)
        if self.total and not empty(found):
            found = _sum(found if self.total is True else lookup(found, f"*.{self.total}"))
        if self.common_prefix and not empty(found):
            found = _common_prefix(found if isinstance(found, list) else [found])
        if self.unix_time and not empty(found):
            found = _iso_time(found)
        return self.default if empty(found) else found

    def _clean(self, value: Any) -> Any:
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return [c for c in (self._clean(v) for v in value) if not empty(c)]  # a column pattern's cells
        if not isinstance(value, str):
            dropped = self.drop and isinstance(value, int | float) and str(value).casefold() in self.drop
            return None if dropped else value
        value = value.strip().lstrip(self.strip_leading).strip() if self.strip_leading else value.strip()
        if self.drop and value.casefold() in self.drop:
            return None
        if self.html:
            value = html.unescape(visible_text(value))
        for old, new in self.replace:
            value = value.replace(old, new)
        return value

    def _map(self, value: Any) -> Any:
        assert self.table is not None
        text = str(value).strip().casefold()
        if text in self.table:
            return self.table[text]
        return self.table.get("*", value)

    def columns(self) -> Iterator[str]:
        for spec in self.sources:
            yield from spec.columns()


@dataclass(frozen=True)
class Unpack:
    """Records packed into one cell, as order-export plugins write line items: ``records`` separates
    records, ``fields`` the fields of one, ``pairs`` a field's key from its value (the first one; of a
    key written twice, its first value);
    ``escape`` (e.g. a backslash) makes the next character plain text. A list of cells (a column
    pattern) is unpacked cell by cell into one list."""

    records: str | None = None
    fields: str = "|"
    pairs: str = ":"
    escape: str | None = None

    def records_of(self, cell: str) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for chunk in self._split(cell, self.records) if self.records else [cell]:
            record: dict[str, str] = {}
            for field in self._split(chunk, self.fields):
                key, sep, value = self._partition(field)
                # the first of a key: an item's own fields come first, and a product attribute the
                # plugin writes after them under the same name ("quantity:10 bales") does not replace them
                if sep and self._plain(key).strip():
                    record.setdefault(self._plain(key).strip(), self._plain(value).strip())
            if record:
                out.append(record)
        return out

    def unpacked(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.records_of(value)
        if isinstance(value, list):
            return [r for v in value for r in (self.records_of(v) if isinstance(v, str) else [v])]
        return value

    def _split(self, text: str, separator: str) -> list[str]:
        parts, current, index = [], "", 0
        while index < len(text):
            if self.escape and text.startswith(self.escape, index) and index + len(self.escape) < len(text):
                current += text[index : index + len(self.escape) + 1]
                index += len(self.escape) + 1
            elif text.startswith(separator, index):
                parts.append(current)
                current, index = "", index + len(separator)
            else:
                current += text[index]
                index += 1
        return [*parts, current]

    def _partition(self, field: str) -> tuple[str, str, str]:
        parts = self._split(field, self.pairs)
        if len(parts) == 1:
            return field, "", ""
        return parts[0], self.pairs, self.pairs.join(parts[1:])

    def _plain(self, text: str) -> str:
        if not self.escape:
            return text
        out, index = "", 0
        while index < len(text):
            if text.startswith(self.escape, index) and index + len(self.escape) < len(text):
                index += len(self.escape)
            out += text[index]
            index += 1
        return out


def _parsed_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        return value  # not JSON after all: left as written


def _common_prefix(texts: list[Any]) -> str | None:
    """The words every text starts with, less trailing separators: "Tee - Blue - M" and
    "Tee - Blue - L" give "Tee - Blue"; and less a value cut short ("Neon Tetra - Pack of 6" and "...
    Pack of 24" give "Neon Tetra", not "Neon Tetra - Pack of")."""
    split = [str(t).split() for t in texts if not empty(t)]
    if not split:
        return None
    words: list[str] = []
    for column in zip(*split, strict=False):
        if any(w != column[0] for w in column):
            break
        words.append(column[0])
    if words and words[-1].lower() in _LEADING_ON:  # the value's own first words: back to its separator
        separated = [i for i, w in enumerate(words) if _separator(w)]
        words = words[: separated[-1]] if separated else words
        while words and words[-1].lower() in _LEADING_ON:
            words.pop()
    while words and _separator(words[-1]):
        words.pop()
    text = " ".join(words).rstrip(" -–—/|,:;")
    return text or str(texts[0])


def _separator(word: str) -> bool:
    return all(c in "-–—/|,:;" for c in word)


# words a name never ends on, as they lead on to what follows ("Pack of", "Set with", "Kit for")
_LEADING_ON = frozenset({"of", "for", "with", "and", "in", "per", "x", "by", "to", "the", "a", "&", "+"})


def _iso_time(value: Any) -> Any:
    try:
        return datetime.fromtimestamp(float(value), tz=UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except (TypeError, ValueError, OverflowError, OSError):
        return value


def _sum(values: Any) -> float:
    try:
        return round(sum(abs(float(v)) for v in (values if isinstance(values, list) else [values])), 2)
    except (TypeError, ValueError) as exc:
        raise SpecError(f"sum: not a list of amounts: {values!r}") from exc


def compile_spec(raw: Any, where: str = "field") -> Spec:
    """A spec as written in YAML, compiled; SpecError names ``where`` and the problem."""
    if isinstance(raw, Spec):
        return raw
    if isinstance(raw, str):
        if not raw.strip():
            raise SpecError(f"{where}: empty spec")
        if "{" in raw:
            names = [m.group(1).strip() for m in _TEMPLATE.finditer(raw)]
            if not names:
                raise SpecError(f"{where}: unbalanced braces in template {raw!r}")
            return Template(raw, tuple(_path(name) for name in names))
        return _path(raw)
    if isinstance(raw, list):
        return ListOf(tuple(compile_spec(item, f"{where}[{i}]") for i, item in enumerate(raw)))
    if isinstance(raw, Mapping):
        if "from" in raw or "const" in raw:
            return _transformed(raw, where)
        return SubFields({str(k): compile_spec(v, f"{where}.{k}") for k, v in raw.items()})
    if isinstance(raw, bool | int | float):
        raise SpecError(f"{where}: {raw!r} is not a field name; write {{const: {raw!r}}} for a constant")
    raise SpecError(
        f"{where}: expected a field name, a template, a mapping or a list, got {type(raw).__name__}"
    )


def compile_fields(raw: Mapping[str, Any], where: str) -> dict[str, Spec]:
    return {name: compile_spec(spec, f"{where}.{name}") for name, spec in raw.items()}


def _path(text: str) -> FieldPath:
    text = text.strip()
    return FieldPath(text[1:].strip(), in_parent=True) if text.startswith("^") else FieldPath(text)


def _transformed(raw: Mapping[str, Any], where: str) -> Transformed:
    unknown = sorted(set(raw) - set(TRANSFORMS))
    if unknown:
        raise SpecError(f"{where}: unknown key {unknown[0]!r}; a value spec takes {', '.join(TRANSFORMS)}")
    if "const" in raw:
        if "from" in raw:
            raise SpecError(f"{where}: give either 'from' or 'const', not both")
        sources: tuple[Spec, ...] = (Constant(raw["const"]),)
    else:
        listed = raw["from"] if isinstance(raw["from"], list) else [raw["from"]]
        if not listed:
            raise SpecError(f"{where}.from: an empty list")
        sources = tuple(compile_spec(item, f"{where}.from") for item in listed)
    table = raw.get("map")
    if table is not None and not isinstance(table, Mapping):
        raise SpecError(f"{where}.map: expected a mapping of value -> value")
    for key in ("strip_leading", "split", "join"):
        if key in raw and not isinstance(raw[key], str):
            raise SpecError(f"{where}.{key}: expected text")
    drop = raw.get("drop", [])
    if not isinstance(drop, list):
        raise SpecError(f"{where}.drop: expected a list of values")
    replace = raw.get("replace", {})
    if not isinstance(replace, Mapping):
        raise SpecError(f"{where}.replace: expected a mapping of text -> text")
    total = raw.get("sum", False)
    if not isinstance(total, bool | str):
        raise SpecError(f"{where}.sum: expected true, or the key of the amount in each record")
    return Transformed(
        sources=sources,
        strip_leading=raw.get("strip_leading", ""),
        drop=frozenset(str(v).casefold() for v in drop),
        html=bool(raw.get("html", False)),
        replace=tuple((str(k), str(v)) for k, v in replace.items()),
        split=raw.get("split"),
        join=raw.get("join"),
        table={str(k).strip().casefold(): v for k, v in table.items()} if table is not None else None,
        total=total,
        common_prefix=bool(raw.get("common_prefix", False)),
        unix_time=bool(raw.get("unix_time", False)),
        json=bool(raw.get("json", False)),
        unpack=_unpack(raw.get("unpack"), f"{where}.unpack"),
        default=raw.get("default"),
    )


def _unpack(raw: Any, where: str) -> Unpack | None:
    if raw is None or raw is False:
        return None
    if raw is True:
        return Unpack()
    if not isinstance(raw, Mapping):
        raise SpecError(f"{where}: expected true or {{records, fields, pairs, escape}}")
    unknown = sorted(set(raw) - {"records", "fields", "pairs", "escape"})
    if unknown:
        raise SpecError(f"{where}: unknown key {unknown[0]!r}; it takes records, fields, pairs, escape")
    if not all(isinstance(v, str) and v for v in raw.values()):
        raise SpecError(f"{where}: separators are non-empty text")
    return Unpack(
        records=raw.get("records"),
        fields=raw.get("fields", "|"),
        pairs=raw.get("pairs", ":"),
        escape=raw.get("escape"),
    )
