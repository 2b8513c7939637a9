"""The sources file: which knowledge files a shop has and how their fields map onto ours.

A field spec is a dotted path into a record (``name.first_name``), ``$key`` for the key of a record
that came from a JSON object, a template (``"{first} {last}"``), or a mapping of sub-fields. Defaults
are our own field names, so a file already in copilot's layout needs no mapping at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.errors import ConfigurationError, IngestionError

FieldSpec = str | dict[str, Any]


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["json", "jsonl", "csv"] | None = Field(
        default=None, description="Inferred from the file extension when omitted."
    )
    records: str | None = Field(default=None, description="Dotted path to the records inside a JSON file.")
    group_by: str | None = Field(
        default=None, description="Flat files: column whose equal values form one record (rows nested)."
    )


class CatalogSource(_Source):
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


class CustomersSource(_Source):
    kind: Literal["customers"]
    path: str
    fields: dict[str, FieldSpec] = Field(default_factory=dict)


class OrdersSource(_Source):
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


def load_sources(path: Path, data_dir: Path | None = None) -> LoadedSources:
    """Parse and validate a sources YAML; errors name the file and the offending entry."""
    text = read_text_file(path, "sources file")
    try:
        raw = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as exc:
        raise ConfigurationError(f"{path}: not valid YAML: {exc}") from exc
    try:
        config = SourcesFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigurationError(f"{path}: {problems}") from exc
    base = (data_dir if data_dir is not None else path.parent).resolve()
    if data_dir is not None and not base.is_dir():
        raise ConfigurationError(f"data folder not found: {data_dir}")
    roots = [base, *((path.parent / root).resolve() for root in config.roots)]
    return LoadedSources(
        config=config, base_dir=base, file=path.resolve(), root=SourceRoot(base, tuple(roots))
    )
