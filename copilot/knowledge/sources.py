"""The sources file: which knowledge files a shop has and how their fields map onto ours.

Field specs are described in ``mapping``. Defaults are our own field names, so a file already in
copilot's layout needs no mapping at all; a ``preset`` (``shopify``, ``woocommerce``,
``google_merchant``) supplies the mapping of a platform's export, and anything written beside it wins.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from copilot.errors import ConfigurationError, IngestionError
from copilot.knowledge.mapping import compile_spec

FieldSpec = str | dict[str, Any] | list[Any]
Format = Literal["json", "jsonl", "csv", "tsv", "xml"]
FORMATS_BY_SUFFIX: dict[str, Format] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "tsv",
    ".xml": "xml",
}
Preset = Literal["shopify", "woocommerce", "google_merchant"]
PRESETS: tuple[Preset, ...] = get_args(Preset)


class RowCondition(BaseModel):
    """A test on a row's columns: ``{column: Status, in: [active]}``, ``{column: Published, not_in:
    ["false"]}`` (a missing cell passes ``not_in``; ``null`` in it fails a field that is there with no
    value, as the Admin API's ``published_at: null`` of an unpublished product), or ``{empty: [a, b]}``
    (all of them empty). Values compare trimmed and case-insensitively."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    column: str | None = None
    in_: list[str] | None = Field(default=None, alias="in")
    not_in: list[str | None] | None = None
    empty: list[str] | None = None

    @model_validator(mode="after")
    def _one_test(self) -> RowCondition:
        if self.empty is not None:
            if self.column is not None or self.in_ is not None or self.not_in is not None:
                raise ValueError("'empty' stands alone: {empty: [columns]}")
        elif self.column is None or (self.in_ is None) == (self.not_in is None):
            raise ValueError(
                "a condition is {column: X, in: [...]}, {column: X, not_in: [...]} or {empty: [...]}"
            )
        return self

    def holds(self, row: Mapping[str, Any]) -> bool:
        if self.empty is not None:
            return all(_cell(row, column) == "" for column in self.empty)
        cell = _cell(row, self.column or "")
        if self.in_ is not None:
            return cell in {v.strip().casefold() for v in self.in_}
        unset = self.column in row and cell == ""
        if unset and None in (self.not_in or []):
            return False
        return cell not in {v.strip().casefold() for v in self.not_in or [] if v is not None}


def _cell(row: Mapping[str, Any], column: str) -> str:
    value = row.get(column)
    return "" if value is None else str(value).strip().casefold()


class ChildRows(BaseModel):
    """Flat files whose variant rows name their parent row (WooCommerce's ``Parent``: ``id:102`` or
    the parent's SKU): each parent row becomes one record with its children as ``rows``."""

    model_config = ConfigDict(extra="forbid")

    column: str = Field(description="the child row's column naming its parent")
    parent_keys: list[str] = Field(
        min_length=1, description="templates of what a parent row is named by, e.g. ['id:{ID}', '{SKU}']"
    )


class SourceBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    preset: Preset | None = Field(
        default=None, description="A platform's export layout; fields written here override it."
    )
    format: Format | None = Field(default=None, description="Inferred from the file extension when omitted.")
    records: str | None = Field(
        default=None, description="Dotted path to the records inside a JSON or XML file."
    )
    group_by: str | list[str] | None = Field(
        default=None,
        description="Flat files: column whose equal values form one record (rows nested); a list takes "
        "the first non-empty column of each row.",
    )
    children: ChildRows | None = Field(
        default=None, description="Flat files: variant rows attached to the parent row they name."
    )
    skip_rows: list[RowCondition] = Field(
        default_factory=list, description="Rows dropped before grouping when any condition holds."
    )
    keep: list[RowCondition] = Field(
        default_factory=list, description="Records kept only when every condition holds (after grouping)."
    )
    own_fields: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="set by the loader: the specs the sources file wrote itself (their columns must exist)",
    )

    @model_validator(mode="after")
    def _specs_compile(self) -> SourceBase:
        for name, value in self:
            if name.endswith("fields") and isinstance(value, dict):
                for field, spec in value.items():
                    compile_spec(spec, f"{name}.{field}")
        return self


class CatalogSource(SourceBase):
    kind: Literal["catalog"]
    path: str
    fields: dict[str, FieldSpec] = Field(default_factory=dict)
    variant_fields: dict[str, FieldSpec] = Field(default_factory=dict)


class DocumentsSource(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["documents"]
    paths: list[str] = Field(min_length=1, description="Files or glob patterns.")
    chunk_tokens: int = Field(default=320, ge=32, le=4000)
    chunk_overlap: int = Field(default=40, ge=0, le=1000)


class CustomersSource(SourceBase):
    kind: Literal["customers"]
    path: str
    fields: dict[str, FieldSpec] = Field(default_factory=dict)


class OrdersSource(SourceBase):
    kind: Literal["orders"]
    path: str
    fields: dict[str, FieldSpec] = Field(default_factory=dict)
    item_fields: dict[str, FieldSpec] = Field(default_factory=dict)
    shipment_fields: dict[str, FieldSpec] = Field(default_factory=dict)
    payment_fields: dict[str, FieldSpec] = Field(default_factory=dict)


Source = Annotated[
    CatalogSource | DocumentsSource | CustomersSource | OrdersSource, Field(discriminator="kind")
]


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shop: str = "Shop"
    currency: str = "USD"
    roots: list[str] = Field(
        default_factory=list,
        description="Folders besides the sources folder that paths may lead into (by '..' or a symlink).",
    )
    sources: list[Source] = Field(min_length=1)


@dataclass(frozen=True)
class SourceRoot:
    """Where a sources file's paths may lead: its folder (or --data-dir) and the roots it allows.

    Paths are resolved with their symlinks before the check, so neither ``..`` nor a link can make an
    ingest read (and then serve to shoppers) a file the shop did not mean to publish.
    """

    base_dir: Path
    allowed: tuple[Path, ...] = ()

    @classmethod
    def of(cls, base: Path | SourceRoot) -> SourceRoot:
        return base if isinstance(base, SourceRoot) else cls(base.resolve(), (base.resolve(),))

    def locate(self, relative: str) -> Path:
        """The file a source path names, refused when it resolves outside every allowed root."""
        path = self.base_dir / relative
        resolved = path.resolve()
        if not any(resolved.is_relative_to(root) for root in self.allowed):
            raise IngestionError(
                "path leads outside the sources folder; list its folder under 'roots' in the sources "
                "file to allow it",
                file=relative,
            )
        return path

    def glob(self, pattern: str) -> list[Path]:
        if not any(c in pattern for c in "*?["):
            return [self.locate(pattern)]
        return [
            self.locate(p.relative_to(self.base_dir).as_posix()) for p in sorted(self.base_dir.glob(pattern))
        ]

    def display(self, path: Path) -> str:
        try:
            return path.relative_to(self.base_dir).as_posix()
        except ValueError:
            return path.as_posix()


class LoadedSources(BaseModel):
    """A parsed sources file and the folder its relative paths resolve against."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    config: SourcesFile
    base_dir: Path
    file: Path
    root: SourceRoot


def read_text_file(path: Path, what: str) -> str:
    """A small text file the user named, or a ConfigurationError saying in one line what is wrong."""
    if path.is_dir():
        raise ConfigurationError(f"{what} {path} is a folder, not a file")
    if not path.is_file():
        raise ConfigurationError(f"{what} not found: {path}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{what} {path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise ConfigurationError(f"{what} {path}: {exc.strerror or exc}") from exc


def with_presets(raw: Any, path: Path, base_dir: Path | None = None) -> Any:
    """Each source with a ``preset`` becomes the preset's entry for its kind and format, with the
    source's own keys over it (mappings of fields merged key by key). Where a preset knows several
    layouts of one format (the order-export plugins' CSVs), the file's header row picks one."""
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        return raw
    merged = []
    for index, source in enumerate(raw["sources"]):
        if isinstance(source, dict) and source.get("kind") != "documents":
            own = [
                f"{k}.{f}"
                for k, v in source.items()
                if k.endswith("fields") and isinstance(v, dict)
                for f in v
            ]
            if source.get("preset") is not None:
                source = _merge(preset_entry(source, f"{path}: sources.{index}", base_dir), source)
            source = {**source, "own_fields": own}
        merged.append(source)
    return {**raw, "sources": merged}


def preset_entry(source: dict[str, Any], where: str, base_dir: Path | None = None) -> dict[str, Any]:
    name, kind = source["preset"], source.get("kind")
    if name not in PRESETS:
        raise ConfigurationError(f"{where}.preset: unknown preset {name!r}; known: {', '.join(PRESETS)}")
    preset = yaml.safe_load(resources.files("copilot.knowledge.presets").joinpath(f"{name}.yaml").read_text())
    entries = preset.get(kind)
    if not entries:
        raise ConfigurationError(
            f"{where}: the {name} preset has no '{kind}' mapping; it has {', '.join(preset)}"
        )
    path = str(source.get("path", ""))
    fmt = source.get("format") or FORMATS_BY_SUFFIX.get(Path(path).suffix.lower())
    if fmt not in entries:
        raise ConfigurationError(
            f"{where}: the {name} preset reads {kind} as {', '.join(entries)}, not {fmt or path!r}"
        )
    entry = entries[fmt]
    if isinstance(entry, list):
        entry = _layout_for(entry, base_dir, path, str(fmt), f"{where}: the {name} preset's {kind} {fmt}")
    return {**{k: v for k, v in entry.items() if k not in ("layout", "detect")}, "format": fmt}


def _layout_for(layouts: list[dict[str, Any]], base_dir: Path | None, path: str, fmt: str, where: str) -> Any:
    """The layout whose ``detect`` columns the file's header row all has. A file that cannot be read
    here (missing, outside the sources folder) gets the first layout: reading it fails later, naming
    the file."""
    header = _header(base_dir, path, "\t" if fmt == "tsv" else ",") if base_dir is not None else None
    if header is None:
        return layouts[0]
    for layout in layouts:
        if all(column in header for column in layout.get("detect", [])):
            return layout
    known = "; ".join(f"{lay.get('layout')} (columns {', '.join(lay.get('detect', []))})" for lay in layouts)
    raise ConfigurationError(
        f"{where}: {path}'s header matches no layout it knows: {known}; it starts "
        f"{', '.join(repr(h) for h in header[:6])}"
    )


def _header(base_dir: Path, path: str, delimiter: str) -> list[str] | None:
    file = (base_dir / path).resolve()
    if not file.is_relative_to(base_dir.resolve()) or not file.is_file():
        return None
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            return next(csv.reader(handle, delimiter=delimiter), None)
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


def _merge(preset: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    merged = dict(preset)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def load_sources(path: Path, data_dir: Path | None = None) -> LoadedSources:
    """Parse and validate a sources YAML; errors name the file and the offending entry."""
    text = read_text_file(path, "sources file")
    try:
        raw = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as exc:
        raise ConfigurationError(f"{path}: not valid YAML: {exc}") from exc
    base = (data_dir if data_dir is not None else path.parent).resolve()
    if data_dir is not None and not base.is_dir():
        raise ConfigurationError(f"data folder not found: {data_dir}")
    try:
        config = SourcesFile.model_validate(with_presets(raw, path, base))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigurationError(f"{path}: {problems}") from exc
    roots = [base, *((path.parent / root).resolve() for root in config.roots)]
    return LoadedSources(
        config=config, base_dir=base, file=path.resolve(), root=SourceRoot(base, tuple(roots))
    )
