"""Reading records from JSON, JSONL, CSV, TSV and XML files, filtered and grouped as a source asks.

Every failure names the file, the record (line or key) and the field, so a user can fix the data
without reading our code.
"""

from __future__ import annotations

import csv
import difflib
import fnmatch
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.errors import IngestionError
from copilot.knowledge.mapping import MISSING, Scope, Spec, compile_spec, is_column_pattern, lookup
from copilot.knowledge.sources import FORMATS_BY_SUFFIX, ChildRows, RowCondition, SourceBase


@dataclass(frozen=True)
class Record:
    """One raw record and where it came from, for error messages; ``parent`` is the record it is
    nested in (a variant's product row), which specs reach with ``^``."""

    data: dict[str, Any]
    file: str
    where: str  # "line 12", "key 'abc'", "index 3"
    key: str | None = None
    parent: Mapping[str, Any] | None = None

    def fail(self, message: str, field: str | None = None) -> IngestionError:
        return IngestionError(message, file=self.file, record=self.where, field=field)

    def get(self, spec: Spec) -> Any:
        return spec.value(Scope(self.data, self.key, self.parent))

    def child(self, data: dict[str, Any], where: str) -> Record:
        return Record(data, self.file, f"{self.where}, {where}", parent=self.data)


@dataclass(frozen=True)
class Layout:
    """How a source's rows become records: its format, where the records are, which rows to drop,
    how rows group, which records to keep, and the columns its own mapping reads (column -> field)."""

    format: str | None = None
    records: str | None = None
    group_by: str | Sequence[str] | None = None
    children: ChildRows | None = None
    skip_rows: Sequence[RowCondition] = ()
    keep: Sequence[RowCondition] = ()
    columns: Mapping[str, str] | None = None


def layout_of(source: SourceBase, **tables: Mapping[str, Spec]) -> Layout:
    """A source's layout; the columns checked are those its own specs read (a preset's or a default
    mapping's may be absent: older exports lack newer columns)."""
    columns: dict[str, str] = {}
    for written in source.own_fields:
        table, _, field = written.partition(".")
        spec = tables.get(table, {}).get(field)
        if spec is not None:
            for column in spec.columns():
                columns.setdefault(column, field)
    return Layout(
        source.format,
        source.records,
        source.group_by,
        source.children,
        source.skip_rows,
        source.keep,
        columns,
    )


def read_records(
    path: Path, *, display: str, layout: Layout = Layout(), withdrawn: list[Record] | None = None
) -> Iterator[Record]:
    """Yield the records of a file; flat files with ``group_by`` yield one record per group. The records
    ``keep`` leaves out, and the parent rows ``skip_rows`` does (a draft, an archived product), go to
    ``withdrawn`` when it is given: what is not for sale is still named, so it is never taken for
    another."""
    withdrawn = withdrawn if withdrawn is not None else []
    if path.is_dir():
        raise IngestionError("is a folder, not a file", file=display)
    if not path.is_file():
        raise IngestionError("file not found", file=display)
    fmt = layout.format or FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise IngestionError("unknown format; set 'format' to json, jsonl, csv, tsv or xml", file=display)
    if fmt == "json":
        rows = _json_records(path, display, layout.records)
    elif fmt == "jsonl":
        rows = _jsonl_records(path, display)
    elif fmt == "xml":
        rows = _xml_records(path, display, layout.records)
    else:
        rows = _csv_records(path, display, "\t" if fmt == "tsv" else ",", layout.columns or {})
    if layout.skip_rows and layout.children is None:
        rows = (row for row in rows if not any(c.holds(row.data) for c in layout.skip_rows))
    try:
        if layout.children is not None:
            grouped = _with_children(rows, layout.children, layout.skip_rows, display, withdrawn)
        elif layout.group_by:
            grouped = _grouped(rows, layout.group_by, display)
        else:
            grouped = rows
        for record in grouped:
            if all(c.holds(record.data) for c in layout.keep):
                yield record
            else:
                withdrawn.append(record)
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
        data = lookup(data, records_path)
        if data is MISSING:
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


def _csv_records(path: Path, display: str, delimiter: str, columns: Mapping[str, str]) -> Iterator[Record]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        try:
            if not reader.fieldnames:
                raise IngestionError("empty CSV file (no header)", file=display)
            _check_columns(reader.fieldnames, columns, display)
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


def _check_columns(header: Sequence[str], columns: Mapping[str, str], display: str) -> None:
    """A mapping that reads a column the file does not have is a typo, not an empty field."""
    for column, field in columns.items():
        if is_column_pattern(column) and any(fnmatch.fnmatchcase(h, column) for h in header):
            continue
        if column not in header:
            close = difflib.get_close_matches(column, header, n=3, cutoff=0.5)
            hint = f"; closest: {', '.join(repr(c) for c in close)}" if close else ""
            raise IngestionError(f"no column {column!r} in the file{hint}", file=display, field=field)


def _xml_records(path: Path, display: str, records_path: str | None) -> Iterator[Record]:
    """An XML feed as records: each element a mapping of its children (namespace prefixes dropped,
    repeated children a list). Without ``records``, the first repeated element under the root
    (RSS ``channel.item``, Atom ``entry``)."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise IngestionError(f"invalid XML: {exc}", file=display) from exc
    data = _element(root, _namespaced(root.tag)[0])
    if not isinstance(data, dict):
        raise IngestionError("an XML file with no records", file=display)
    found = lookup(data, records_path) if records_path else _first_list(data)
    if found is MISSING or found is None:
        raise IngestionError(f"no records at {records_path or 'any repeated element'}", file=display)
    for index, value in enumerate(found if isinstance(found, list) else [found]):
        if not isinstance(value, dict):
            raise IngestionError(
                "expected an element with children", file=display, record=f"element {index + 1}"
            )
        yield Record(value, display, f"element {index + 1}")


def _element(element: ElementTree.Element, home: str = "") -> Any:
    """An element as text, or as a mapping of its children by local name. A child in an extension
    namespace (Google's ``g:id``) wins over the feed format's own of the same name (Atom's ``id``)."""
    children = list(element)
    if not children:
        text = (element.text or "").strip()
        return text or dict(element.attrib) or ""  # <link href="..."/>: its attributes
    out: dict[str, Any] = {}
    spaces: dict[str, str] = {}
    for child in children:
        space, name = _namespaced(child.tag)
        value = _element(child, home)
        if name not in out or (spaces[name] == home and space != home):
            out[name], spaces[name] = value, space
        elif space == spaces[name]:
            out[name] = [*out[name], value] if isinstance(out[name], list) else [out[name], value]
    return out


def _namespaced(tag: str) -> tuple[str, str]:
    """ElementTree's "{namespace}name" as (namespace, name); no namespace is ""."""
    space, _, name = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return space, name


def _first_list(data: dict[str, Any]) -> Any:
    for value in data.values():
        if isinstance(value, list):
            return value
    for value in data.values():
        if isinstance(value, dict):
            found = _first_list(value)
            if found is not MISSING:
                return found
    return MISSING


def _with_children(
    rows: Iterator[Record],
    children: ChildRows,
    skip: Sequence[RowCondition],
    display: str,
    withdrawn: list[Record],
) -> Iterator[Record]:
    """Parent rows with the rows that name them as ``rows`` (a row with no children is its own only
    row). Skipped rows are left out, and a skipped parent's children with it (the parent goes to
    ``withdrawn``); a child naming no row at all is an error."""
    keys = [compile_spec(k, "children.parent_keys") for k in children.parent_keys]
    parents: dict[str, Record | None] = {}  # None: a parent that was skipped
    kids: dict[str, list[Record]] = {}
    order: list[Record] = []
    for row in rows:
        skipped = any(c.holds(row.data) for c in skip)
        named = row.data.get(children.column)
        if named not in (None, ""):
            if not skipped:
                kids.setdefault(str(named).strip(), []).append(row)
            continue
        if skipped:
            withdrawn.append(Record({**row.data, "rows": [row.data]}, display, row.where))
        else:
            order.append(row)
        for key in keys:
            value = row.get(key)
            if value not in (None, ""):
                parents[str(value)] = None if skipped else row
    claimed: dict[int, list[dict[str, Any]]] = {}
    for named, members in kids.items():
        if named not in parents:
            raise members[0].fail(
                f"names parent {named!r}, which no row of the file is", field=children.column
            )
        parent = parents[named]
        if parent is not None:
            claimed.setdefault(id(parent), []).extend(member.data for member in members)
    for parent in order:
        yield Record({**parent.data, "rows": claimed.get(id(parent), [parent.data])}, display, parent.where)


def _grouped(rows: Iterator[Record], columns: str | Sequence[str], display: str) -> Iterator[Record]:
    names = [columns] if isinstance(columns, str) else list(columns)
    groups: dict[str, list[Record]] = {}
    for row in rows:
        value = next((row.data[c] for c in names if row.data.get(c) not in (None, "")), None)
        if value is None:
            raise row.fail("group column is empty", field=" or ".join(names))
        groups.setdefault(str(value), []).append(row)
    for members in groups.values():
        first = members[0]
        data = dict(first.data)
        data["rows"] = [member.data for member in members]
        yield Record(data, display, first.where)


def as_text(record: Record, value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise record.fail("missing required field", field=field)
        return None
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v).strip() for v in value if str(v).strip()) or None  # repeated elements
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
    text = _CURRENCY.sub("", str(value).strip()).replace(",", "").lstrip("$€£").strip()
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


_CURRENCY = re.compile(r"^[A-Z]{3}\s+|\s+[A-Z]{3}$")  # "6.50 USD", "EUR 12"
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
                if entry["name"] not in (None, "") and entry["value"] not in (None, ""):
                    pairs[str(entry["name"]).strip()] = str(entry["value"]).strip()
            else:
                raise record.fail("expected a list of {name, value} options", field=field)
        return pairs
    if not isinstance(value, dict):
        raise record.fail(f"expected an object of options, got {type(value).__name__}", field=field)
    return {str(k): str(v) for k, v in value.items() if v not in (None, "")}
