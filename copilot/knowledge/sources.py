"""The sources file: which knowledge files a shop has and how their fields map onto ours.

A field spec is a dotted path into a record (``name.first_name``), ``$key`` for the key of a record
that came from a JSON object, a template (``"{first} {last}"``), or a mapping of sub-fields. Defaults
are our own field names, so a file already in copilot's layout needs no mapping at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.errors import ConfigurationError

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
    sources: list[Source] = Field(min_length=1)


class LoadedSources(BaseModel):
    """A parsed sources file and the folder its relative paths resolve against."""

    config: SourcesFile
    base_dir: Path
    file: Path


def load_sources(path: Path, data_dir: Path | None = None) -> LoadedSources:
    """Parse and validate a sources YAML; errors name the file and the offending entry."""
    if not path.is_file():
        raise ConfigurationError(f"sources file not found: {path}")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigurationError(f"{path}: not valid YAML: {exc}") from exc
    try:
        config = SourcesFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigurationError(f"{path}: {problems}") from exc
    base = data_dir if data_dir is not None else path.parent
    return LoadedSources(config=config, base_dir=base.resolve(), file=path.resolve())
