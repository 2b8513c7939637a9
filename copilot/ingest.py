"""Ingestion: make the index and the store reflect a sources file, incrementally and atomically.

1. Read and validate every source (nothing is written if any file is malformed).
2. Embed only passages whose content id has no vector yet, and add those vectors.
3. Publish: one SQL transaction makes the new passage generation active and replaces customers and orders.
4. Delete vectors no longer referenced (removed passages, leftovers of an interrupted ingest).

A crash before step 3 leaves the previous generation active and complete; after it, only garbage remains,
which the next ingest removes. Ingests of one home take turns (``copilot.ingest_lock``), and each one
checks that every passage it publishes has a vector, re-embedding any the index lost.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from copilot.errors import IngestionError
from copilot.ingest_lock import ingest_lock
from copilot.knowledge import screening
from copilot.knowledge.catalog import load_catalog, product_passages
from copilot.knowledge.documents import load_documents
from copilot.knowledge.people import link_orders, load_customers, load_orders
from copilot.knowledge.screening import ScreeningWarning, screen_documents
from copilot.knowledge.sources import (
    CatalogSource,
    CustomersSource,
    DocumentsSource,
    LoadedSources,
    OrdersSource,
    load_sources,
)
from copilot.retrieval import load_snapshot
from copilot.schemas import Customer, Order, Passage
from copilot.settings import Settings
from copilot.store import Store
from copilot.vector_index import VectorIndex

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while passages are embedded."""


class SourceSummary(BaseModel):
    kind: str
    path: str
    products: int = 0
    variants: int = 0
    not_for_sale: int = Field(default=0, description="drafts, archived and unpublished products: named only")
    passages: int = 0
    records: int = 0
    sample: list[dict[str, Any]] = Field(
        default_factory=list, description="with `ingest --check`: the first records as they map"
    )


class IngestReport(BaseModel):
    generation_id: int
    unchanged: bool
    passages: int
    embedded: int
    reused: int
    deleted: int
    repaired: int = Field(default=0, description="vectors the active generation had lost, embedded again")
    customers: int
    orders: int
    seconds: float
    sources: list[SourceSummary] = Field(default_factory=list)
    warnings: list[ScreeningWarning] = Field(
        default_factory=list, description="knowledge that addresses the assistant or asks for secrets"
    )


class _Loaded(BaseModel):
    passages: list[Passage] = Field(default_factory=list)
    warnings: list[ScreeningWarning] = Field(default_factory=list)
    customers: list[Customer] = Field(default_factory=list)
    orders: list[Order] = Field(default_factory=list)
    summaries: list[SourceSummary] = Field(default_factory=list)


def _read_all(loaded: LoadedSources, sample: int = 0) -> _Loaded:
    """Every source read and mapped (nothing written); ``sample`` keeps each source's first records."""
    result = _Loaded()
    currency = loaded.config.currency

    def first(records: list[Any]) -> list[dict[str, Any]]:
        return [r.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for r in records[:sample]]

    for source in loaded.config.sources:
        if isinstance(source, CatalogSource):
            summary = SourceSummary(kind="catalog", path=source.path)
            for product in load_catalog(source, loaded.root, result.warnings):
                made = product_passages(product, source.path, currency)
                result.passages.extend(made)
                summary.passages += len(made)
                if not product.for_sale:
                    summary.not_for_sale += 1
                    continue
                if summary.products < sample:
                    summary.sample.append(first([product])[0])
                summary.products += 1
                summary.variants += len(product.variants)
        elif isinstance(source, DocumentsSource):
            docs = load_documents(source, loaded.root)
            result.warnings += screen_documents(docs, loaded.root.base_dir)
            result.passages.extend(docs)
            summary = SourceSummary(
                kind="documents", path=", ".join(source.paths), passages=len(docs), sample=first(docs)
            )
        elif isinstance(source, CustomersSource):
            people = list(load_customers(source, loaded.root))
            result.customers.extend(people)
            summary = SourceSummary(
                kind="customers", path=source.path, records=len(people), sample=first(people)
            )
        elif isinstance(source, OrdersSource):
            found = list(load_orders(source, loaded.root))
            result.orders.extend(found)
            summary = SourceSummary(kind="orders", path=source.path, records=len(found), sample=first(found))
        result.summaries.append(summary)
    result.customers, result.orders = link_orders(result.customers, result.orders)
    _check_unique(result)
    return result


def check(sources_file: Path, *, data_dir: Path | None = None, sample: int = 2) -> list[SourceSummary]:
    """What ``ingest`` would read, and the first records of each source as they map, without writing
    anything: a new mapping or preset is tried here before it touches an index."""
    return _read_all(load_sources(sources_file, data_dir), sample).summaries


def _check_unique(loaded: _Loaded) -> None:
    seen: dict[str, str] = {}
    for passage in loaded.passages:
        if passage.key in seen:
            raise IngestionError(
                f"'{passage.key}' is defined twice (also in {seen[passage.key]})", file=passage.source
            )
        seen[passage.key] = passage.source
    for name, records, attr in (
        ("customer", loaded.customers, "customer_id"),
        ("order", loaded.orders, "order_id"),
    ):
        duplicates = [i for i, n in Counter(getattr(r, attr) for r in records).items() if n > 1]
        if duplicates:
            raise IngestionError(
                f"duplicate {name} ids across files: {sorted(duplicates)[:5]}", file="sources"
            )


FINGERPRINT_VERSION = "2"  # bump when publish writes something new, so the next ingest republishes


def _fingerprint(loaded: _Loaded, shop: str) -> str:
    digest = hashlib.sha256(f"{FINGERPRINT_VERSION}|{shop}".encode())
    for content_id in sorted(p.content_id for p in loaded.passages):
        digest.update(content_id.encode())
    for records in (loaded.customers, loaded.orders):
        digest.update(b"|")
        for record in records:
            digest.update(record.model_dump_json().encode())
    return digest.hexdigest()


def ingest(
    sources_file: Path,
    settings: Settings,
    *,
    data_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    wait: float = 0.0,
) -> IngestReport:
    """Make the index and the store reflect ``sources_file``. One ingest per home runs at a time (a
    second waits up to ``wait`` seconds, then raises BusyError); every ingest also re-embeds vectors the
    index lost, so an interrupted or raced ingest is repaired by the next one."""
    started = time.perf_counter()
    loaded_sources = load_sources(sources_file, data_dir)
    with screening.remembered(settings.cache_dir):
        loaded = _read_all(loaded_sources)
    fingerprint = _fingerprint(loaded, loaded_sources.config.shop)
    store = Store.for_settings(settings)
    counts = {"customers": len(loaded.customers), "orders": len(loaded.orders)}
    with ingest_lock(settings, store, wait):
        active = store.active_generation()
        index = VectorIndex(settings)
        wanted = {p.content_id: p for p in loaded.passages}
        present = index.existing(list(wanted))
        missing = [p for cid, p in wanted.items() if cid not in present]
        previous_ids = {cid for cid, _ in store.passage_rows(active.id)} if active else set()
        repaired = sum(1 for p in missing if p.content_id in previous_ids)
        if active is not None and active.fingerprint == fingerprint and not missing:
            return IngestReport(
                generation_id=active.id,
                unchanged=True,
                passages=len(loaded.passages),
                embedded=0,
                reused=len(loaded.passages),
                deleted=0,
                seconds=time.perf_counter() - started,
                sources=loaded.summaries,
                warnings=loaded.warnings,
                **counts,
            )
        _embed_and_add(index, missing, progress)
        # Published again even when only vectors were repaired: running readers reload a new generation.
        generation = store.publish(
            loaded.passages,
            loaded.customers,
            loaded.orders,
            fingerprint=fingerprint,
            sources=str(loaded_sources.file),
            shop=loaded_sources.config.shop,
        )
        stale = sorted(index.all_ids() - wanted.keys())
        index.delete(stale)
    load_snapshot(store, settings, generation)  # builds and caches the lexical index for readers
    return IngestReport(
        generation_id=generation.id,
        unchanged=False,
        passages=len(loaded.passages),
        embedded=len(missing),
        reused=len(wanted) - len(missing),
        deleted=len(previous_ids - wanted.keys()),
        repaired=repaired,
        seconds=time.perf_counter() - started,
        sources=loaded.summaries,
        warnings=loaded.warnings,
        **counts,
    )


def _embed_and_add(index: VectorIndex, passages: list[Passage], progress: ProgressCallback | None) -> None:
    """Embed in length order (batches pad to their longest text); while one batch is written to chroma,
    the next is embedded, so the writes hide behind the model."""
    passages = sorted(passages, key=lambda p: len(p.text))
    step = 512
    total = len(passages)
    if progress:
        progress(0, total)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chroma-writer") as writer:
        pending: Future[None] | None = None
        for start in range(0, total, step):
            batch = passages[start : start + step]
            vectors = index.embed([p.text for p in batch])
            if pending is not None:
                pending.result()
                if progress:
                    progress(start, total)
            pending = writer.submit(index.add, batch, vectors)
        if pending is not None:
            pending.result()
    if progress and total:
        progress(total, total)
