"""Hybrid retrieval: ids first, filters, and fusion that beats dense-only where shoppers need it."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from copilot.ingest import ingest
from copilot.retrieval import Retriever, SearchFilters, SearchMode
from copilot.settings import Settings
from tests.conftest import TAU_DIR
from tests.small_shop import write_small_shop


@pytest.fixture
def small(tmp_path: Path, settings: Settings) -> Retriever:
    ingest(write_small_shop(tmp_path / "shop"), settings)
    return Retriever(settings)


def test_sku_in_a_sentence_is_ranked_first(small: Retriever) -> None:
    hits = small.search("hi, is srj-blu-l back in stock?", 3)
    assert hits[0].passage.key == "variant:P1:SRJ-BLU-L" and "id" in hits[0].matched
    assert [h.rank for h in hits] == [1, 2, 3]


def test_policy_question_finds_its_section(small: Retriever) -> None:
    hit = small.search("when will I get my money back", 1)[0]
    assert hit.passage.heading_path == ["Returns", "Refund timing"]


@pytest.mark.parametrize(
    ("filters", "allowed"),
    [
        (SearchFilters(kinds=["document"]), lambda p: p.kind == "document"),
        (
            SearchFilters(kinds=["variant"], available=False),
            lambda p: p.kind == "variant" and p.available is False,
        ),
        (SearchFilters(product_id="P3"), lambda p: p.product_id == "P3"),
        (SearchFilters(kinds=["product", "variant"], available=True), lambda p: p.available is True),
    ],
)
def test_filters_apply_to_every_retriever(small: Retriever, filters: SearchFilters, allowed: object) -> None:
    for query in ("blue jacket size L", "SRJ-BLU-L", "refund", "shoe"):
        hits = small.search(query, 10, filters=filters)
        assert all(allowed(h.passage) for h in hits), (query, [h.passage.key for h in hits])  # type: ignore[operator]
    assert small.search("jacket", 10, filters=filters)


def test_unavailable_filter_finds_the_out_of_stock_variant(small: Retriever) -> None:
    hits = small.search("jacket", 5, filters=SearchFilters(kinds=["variant"], available=False))
    assert [h.passage.key for h in hits] == ["variant:P1:SRJ-BLU-L"]


def test_orders_are_found_by_id_only_when_asked(small: Retriever) -> None:
    assert all(h.passage.kind != "order" for h in small.search("order T1001", 5))
    hits = small.search("where is order t1001?", 5, include_orders=True)
    assert hits[0].passage.key == "order:#T1001" and "1Z999" in hits[0].passage.text


def test_empty_index_and_blank_query_return_nothing(settings: Settings, small: Retriever) -> None:
    assert Retriever(Settings(home=settings.home.parent / "empty")).search("anything") == []
    assert small.search("   ") == []


def test_retriever_sees_a_new_generation_published_by_another_process(
    tmp_path: Path, settings: Settings, small: Retriever
) -> None:
    reader = Retriever(settings, refresh_seconds=0)
    assert reader.search("MUG-1", 1)[0].passage.key == "variant:P2:MUG-1"
    products = json.loads((tmp_path / "shop" / "products.json").read_text())
    products[1]["variants"][0]["variant_id"] = "MUG-2"
    (tmp_path / "shop" / "products.json").write_text(json.dumps(products))
    ingest(tmp_path / "shop" / "sources.yaml", settings)
    assert reader.search("MUG-2", 1)[0].passage.key == "variant:P2:MUG-2"


def _tau_queries(kind: str, count: int = 60) -> list[tuple[str, str]]:
    """(query, expected passage key) drawn mechanically from the third-party catalog."""
    products = json.loads((TAU_DIR / "products.json").read_text())
    rng = random.Random(7)
    pairs: list[tuple[str, str]] = []
    variants = [(p, v) for p in products.values() for v in p["variants"].values()]
    for product, variant in rng.sample(variants, count):
        key = f"variant:{product['product_id']}:{variant['item_id']}"
        if kind == "id":
            pairs.append((f"is item {variant['item_id']} available?", key))
        else:
            options = " ".join(variant["options"].values())
            pairs.append((f"price of the {product['name'].lower()} {options}", key))
    return pairs


@pytest.mark.parametrize("kind", ["id", "options"])
def test_hybrid_beats_dense_only_on_id_and_option_queries(tau_settings: Settings, kind: str) -> None:
    retriever = Retriever(tau_settings)

    def hit_at_1(mode: SearchMode) -> float:
        queries = _tau_queries(kind)
        return sum(retriever.search(q, 1, mode=mode)[0].passage.key == key for q, key in queries) / len(
            queries
        )

    hybrid, dense = hit_at_1("hybrid"), hit_at_1("dense")
    print(f"{kind}: hybrid hit@1 {hybrid:.2f}, dense-only {dense:.2f}")
    assert hybrid > dense
    assert hybrid >= (0.95 if kind == "id" else 0.6)


def test_exact_dense_search_agrees_with_chroma_hnsw(small: Retriever, settings: Settings) -> None:
    """Small generations are searched exactly in memory; chroma's HNSW must find the same passages."""
    approximate = Retriever(settings.model_copy(update={"exact_search_limit": 0}))
    for query in ("waterproof jacket", "refund timing", "enamel mug", "shoe size 10"):
        exact_hits = small.search(query, 3, mode="dense")
        hnsw_hits = approximate.search(query, 3, mode="dense")
        assert [h.passage.key for h in exact_hits] == [h.passage.key for h in hnsw_hits]
        for a, b in zip(exact_hits, hnsw_hits, strict=True):
            assert a.similarity == pytest.approx(b.similarity, abs=1e-3)
    assert small.snapshot().vectors is not None and approximate.snapshot().vectors is None  # type: ignore[union-attr]


def test_a_server_s_first_requests_open_the_index_once(small: Retriever, settings: Settings) -> None:
    """Requests arriving together at a fresh worker share one chroma client: each client of an
    embedded index loads it whole, and clients made at once broke chroma's own start-up."""
    fresh = Retriever(settings)
    start = threading.Barrier(16)

    def first_use(_: int) -> int:
        start.wait()
        return id(fresh.index)

    with ThreadPoolExecutor(max_workers=16) as pool:
        opened = set(pool.map(first_use, range(16)))
    assert len(opened) == 1
    assert fresh.index.collection.count() > 0


def test_a_server_s_first_searches_load_the_vectors_once(
    small: Retriever, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty threads each loading every vector of the index took a worker to 1 GB and 10 s."""
    fresh = Retriever(settings)
    loads: list[int] = []
    load = fresh.index.vectors

    def counted(ids: Sequence[str]) -> NDArray[np.float32]:
        loads.append(len(ids))
        return load(ids)

    monkeypatch.setattr(fresh.index, "vectors", counted)
    start = threading.Barrier(16)

    def first_search(_: int) -> str:
        start.wait()
        return fresh.search("rain jacket", 3)[0].passage.key

    with ThreadPoolExecutor(max_workers=16) as pool:
        found = set(pool.map(first_search, range(16)))
    assert len(found) == 1 and len(loads) == 1


def test_a_remembered_vector_is_the_vector_the_model_gives() -> None:
    from copilot.embedding import MiniLMEncoder

    encoder = MiniLMEncoder()
    texts = ["where is my order?", "do the boots run small?", "where is my order?"]
    first = encoder.encode(texts)  # a short call: through the cache, duplicates embedded once
    assert list(encoder._cache) == texts[:2]
    again = encoder.encode(texts[::-1])
    model = encoder._encode_all(texts)
    assert np.allclose(first, model, atol=1e-6) and np.allclose(again, model[::-1], atol=1e-6)
    many = [f"question number {i}" for i in range(20)]  # a batch (ingest): straight to the model
    assert encoder.encode(many).shape == (20, 384) and len(encoder._cache) == 2
