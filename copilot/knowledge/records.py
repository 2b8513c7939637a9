"""Reading records from JSON, JSONL and CSV files and resolving field specs against them.

Every failure names the file, the record (line or key) and the field, so a user can fix the data
without reading our code.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.errors import IngestionError
from copilot.knowledge.sources import FieldSpec

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_MISSING = object()


@dataclass(frozen=True)
class Record:
    """One raw record and where it came from, for error messages."""

    data: dict[str, Any]
    file: str
    where: str  # "line 12", "key 'abc'", "index 3"
    key: str | None = None

    def fail(self, message: str, field: str | None = None) -> IngestionError:
        return IngestionError(message, file=self.file, record=self.where, field=field)


def read_records(
    path: Path,
    *,
    display: str,
    format: str | None = None,
    records: str | None = None,
    group_by: str | None = None,
) -> Iterator[Record]:
    """Yield the records of a file; flat files with ``group_by`` yield one record per group."""
    if path.is_dir():
        raise IngestionError("is a folder, not a file", file=display)
    if not path.is_file():
        raise IngestionError("file not found", file=display)
    fmt = format or {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}.get(
        path.suffix.lower()
    )
    if fmt is None:
        raise IngestionError("unknown format; set 'format' to json, jsonl or csv", file=display)
    if fmt == "json":
        rows = _json_records(path, display, records)
    elif fmt == "jsonl":
        rows = _jsonl_records(path, display)
    else:
        rows = _csv_records(path, display)
    try:
        if group_by:
            yield from _grouped(rows, group_by, display)
        else:
            yield from rows
    except OSError as exc:
        raise IngestionError(f"cannot read: {exc.strerror or exc}", file=display) from exc


def _json_records(path: Path, display: str, records_path: str | None) -> Iterator[Record]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise IngestionError(f"invalid JSON: {exc.msg}", file=display, record=f"line {exc.lineno}") from exc
    except UnicodeDecodeError as exc:
        raise IngestionError(f"not UTF-8 text (byte {exc.start})", file=display) from exc
    except RecursionError as exc:
        raise IngestionError("JSON nested too deeply", file=display) from exc
    if records_path:
        data = resolve_path(data, records_path, key=None)
        if data is _MISSING:
            raise IngestionError(f"'records' path '{records_path}' not found", file=display)
    if isinstance(data, dict):
        for key, value in data.items():
            if not isinstance(value, dict):
                raise IngestionError("expected an object", file=display, record=f"key '{key}'")
            yield Record(value, display, f"key '{key}'", key=str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if not isinstance(value, dict):
                raise IngestionError("expected an object", file=display, record=f"index {index}")
            yield Record(value, display, f"index {index}")
    else:
        raise IngestionError("expected a JSON array or object of records", file=display)


def _jsonl_records(path: Path, display: str) -> Iterator[Record]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise IngestionError(
                    f"not UTF-8 text (byte {exc.start} of the line)", file=display, record=f"line {number}"
                ) from exc
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestionError(
                    f"invalid JSON: {exc.msg}", file=display, record=f"line {number}"
                ) from exc
            except RecursionError as exc:
                raise IngestionError("JSON nested too deeply", file=display, record=f"line {number}") from exc
            if not isinstance(value, dict):
                raise IngestionError("expected an object", file=display, record=f"line {number}")
            yield Record(value, display, f"line {number}")


def _csv_records(path: Path, display: str) -> Iterator[Record]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            if not reader.fieldnames:
                raise IngestionError("empty CSV file (no header)", file=display)
            width = len(reader.fieldnames)
            for row in reader:
                line = f"line {reader.line_num}"
                if None in row or any(v is None for v in row.values()):
                    raise IngestionError(f"expected {width} columns", file=display, record=line)
                if any("\x00" in v for v in row.values()):
                    raise IngestionError("contains NUL bytes: a binary file?", file=display, record=line)
                yield Record({k: v for k, v in row.items() if v != ""}, display, line)
        except UnicodeDecodeError as exc:
            raise IngestionError(f"not UTF-8 text (near line {reader.line_num + 1})", file=display) from exc
        except csv.Error as exc:  # NUL bytes (a binary file), a field over the size limit, ...
            raise IngestionError(
                f"not a readable CSV file: {exc}", file=display, record=f"line {reader.line_num}"
            ) from exc


def _grouped(rows: Iterator[Record], column: str, display: str) -> Iterator[Record]:
    groups: dict[str, list[Record]] = {}
    for row in rows:
        value = row.data.get(column)
        if value in (None, ""):
            raise row.fail("group column is empty", field=column)
        groups.setdefault(str(value), []).append(row)
    for members in groups.values():
        first = members[0]
        data = dict(first.data)
        data["rows"] = [member.data for member in members]
        yield Record(data, display, first.where)


def resolve_path(data: Any, path: str, key: str | None) -> Any:
    """Follow a dotted path; list indices are numbers (``tracking.0``)."""
    if path == "$key":
        return key if key is not None else _MISSING
    current = data
    for part in path.split("."):
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return _MISSING
    return current


def resolve(record: dict[str, Any], spec: FieldSpec, key: str | None = None) -> Any:
    """Value of a field spec in a record, or None when it is absent."""
    if isinstance(spec, dict):
        return {name: resolve(record, sub, key) for name, sub in spec.items()}
    if "{" in spec:

        def substitute(match: re.Match[str]) -> str:
            value = resolve_path(record, match.group(1).strip(), key)
            return "" if value is _MISSING or value is None else str(value)

        text = _TEMPLATE.sub(substitute, spec).strip()
        return " ".join(text.split()) or None
    value = resolve_path(record, spec, key)
    return None if value is _MISSING else value


def as_text(record: Record, value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise record.fail("missing required field", field=field)
        return None
    if isinstance(value, dict | list):
        raise record.fail(f"expected text, got {type(value).__name__}", field=field)
    return str(value).strip()


def as_float(record: Record, value: Any, field: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise record.fail("expected a number, got true/false", field=field)
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(",", "").lstrip("$€£").strip()
    try:
        return float(text)
    except ValueError:
        raise record.fail(f"expected a number, got '{value}'", field=field) from None


def as_int(record: Record, value: Any, field: str) -> int | None:
    number = as_float(record, value, field)
    if number is None:
        return None
    if number != int(number):
        raise record.fail(f"expected a whole number, got '{value}'", field=field)
    return int(number)


_TRUE = {"true", "yes", "y", "1", "in stock", "instock", "available", "in_stock"}
_FALSE = {"false", "no", "n", "0", "out of stock", "outofstock", "unavailable", "sold out", "out_of_stock"}


def as_bool(record: Record, value: Any, field: str) -> bool | None:
    """Availability in the shapes shops use: booleans, yes/no words, or a stock count (> 0)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value > 0
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    try:
        return float(text) > 0
    except ValueError:
        raise record.fail(f"expected true/false or a count, got '{value}'", field=field) from None


def as_list(record: Record, value: Any, field: str) -> list[Any]:
    """Nested collections: a list, an object keyed by id (values are taken), or one object or value."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        values = list(value.values())
        if values and all(isinstance(v, dict) for v in values):
            return values  # a collection keyed by id
        return [value]  # a single nested object
    if isinstance(value, str | int | float):
        return [value]
    raise record.fail(f"expected a list, got {type(value).__name__}", field=field)


def as_options(record: Record, value: Any, field: str) -> dict[str, str]:
    """Options as a flat ``{name: value}``; lists of ``{name, value}`` pairs are accepted too."""
    if value is None:
        return {}
    if isinstance(value, list):
        pairs: dict[str, str] = {}
        for entry in value:
            if isinstance(entry, dict) and "name" in entry and "value" in entry:
                pairs[str(entry["name"])] = str(entry["value"])
            else:
                raise record.fail("expected a list of {name, value} options", field=field)
        return pairs
    if not isinstance(value, dict):
        raise record.fail(f"expected an object of options, got {type(value).__name__}", field=field)
    return {str(k): str(v) for k, v in value.items() if v not in (None, "")}
