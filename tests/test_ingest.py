"""Ingestion is incremental, deletes what was removed, and never leaves a half-written index behind."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from copilot.errors import IngestionError
from copilot.ingest import ingest
from copilot.retrieval import Retriever
from copilot.schemas import Passage
from copilot.settings import Settings
from copilot.store import Store
from copilot.vector_index import VectorIndex
from tests.small_shop import PRODUCTS, write_small_shop


def _keys(settings: Settings, query: str, k: int = 10) -> list[str]:
    return [h.passage.key for h in Retriever(settings, refresh_seconds=0).search(query, k)]


def test_first_ingest_then_unchanged_reingest_embeds_nothing(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    first = ingest(sources, settings)
    assert first.passages == 3 + 6 + 2 and first.embedded == first.passages and not first.unchanged
    assert (first.customers, first.orders) == (2, 3)
    second = ingest(sources, settings)
    assert second.unchanged and second.embedded == 0 and second.generation_id == first.generation_id
    assert VectorIndex(settings).collection.count() == first.passages


def test_a_reingest_in_another_process_finds_nothing_changed(tmp_path: Path, settings: Settings) -> None:
    """Nothing in a passage depends on the process: a set's order once ordered a variant's id and
    SKU differently in each process, and every ingest embedded those variants again."""
    products = copy.deepcopy(PRODUCTS)
    for product in products:
        for variant in product["variants"]:
            variant["sku"] = f"{variant['variant_id']}-SKU"
    sources = write_small_shop(tmp_path / "shop", products)
    script = (
        "import json, sys; from pathlib import Path; from copilot.ingest import ingest; "
        "from copilot.settings import Settings; "
        f"r = ingest(Path({str(sources)!r}), Settings(home=Path({str(settings.home)!r}))); "
        "print(json.dumps([r.unchanged, r.embedded]))"
    )
    reports = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", script],
                env={**os.environ, "PYTHONHASHSEED": seed},
                capture_output=True,
                check=True,
                timeout=300,
            ).stdout
        )
        for seed in ("1", "2", "3")
    ]
    assert reports[0] == [False, 11] and reports[1] == reports[2] == [True, 0], reports


def test_changed_product_reembeds_only_its_passages(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    ingest(sources, settings)
    products = copy.deepcopy(PRODUCTS)
    products[1]["variants"][0]["price"] = 16.0  # the mug: its product passage and its variant change
    write_small_shop(tmp_path / "shop", products)
    report = ingest(sources, settings)
    assert report.embedded == 2 and report.deleted == 2 and report.reused == report.passages - 2
    [hit] = Retriever(settings).search("MUG-1", 1)
    assert "$16.00" in hit.passage.text
    assert VectorIndex(settings).collection.count() == report.passages  # old vectors are gone


def test_removed_product_disappears_from_index_and_search(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    ingest(sources, settings)
    assert "product:P3" in _keys(settings, "trail runner shoe")
    write_small_shop(tmp_path / "shop", [p for p in PRODUCTS if p["product_id"] != "P3"])
    report = ingest(sources, settings)
    assert report.deleted == 3 and report.embedded == 0
    assert not any(
        k.endswith(("P3", "TRS-9", "TRS-10")) for k in _keys(settings, "trail runner shoe size 10")
    )
    assert VectorIndex(settings).collection.count() == report.passages


def test_changed_orders_alone_publish_without_embedding(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    ingest(sources, settings)
    orders = json.loads((tmp_path / "shop" / "orders.json").read_text())
    orders[1]["status"] = "cancelled"
    (tmp_path / "shop" / "orders.json").write_text(json.dumps(orders))
    report = ingest(sources, settings)
    assert not report.unchanged and report.embedded == 0
    order = Store.from_url(settings.resolved_database_url).order("#T1002")
    assert order is not None and order.status == "cancelled"


@pytest.mark.parametrize(
    ("file", "content", "fragment"),
    [
        ("products.json", '[{"product_id": "P1", "name": "A", "variants": [', "products.json, record line 1"),
        ("orders.json", '[{"order_id": "#X", "status": "pending"}]', "'customer_id'"),
        ("docs/returns.md", b"\xff\xfe bad bytes", "not UTF-8"),
    ],
)
def test_malformed_file_leaves_previous_index_and_store_intact(
    tmp_path: Path, settings: Settings, file: str, content: str | bytes, fragment: str
) -> None:
    sources = write_small_shop(tmp_path / "shop")
    before = ingest(sources, settings)
    target = tmp_path / "shop" / file
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content)
    with pytest.raises(IngestionError) as raised:
        ingest(sources, settings)
    assert fragment in str(raised.value)
    store = Store.from_url(settings.resolved_database_url)
    active = store.active_generation()
    assert active is not None and active.id == before.generation_id
    assert store.counts() == {"customers": 2, "orders": 3}
    assert _keys(settings, "SRJ-BLU-M", 1) == ["variant:P1:SRJ-BLU-M"]
    assert VectorIndex(settings).collection.count() == before.passages


def test_exception_mid_embedding_keeps_old_generation_and_next_ingest_cleans_up(
    tmp_path: Path, settings: Settings
) -> None:
    sources = write_small_shop(tmp_path / "shop")
    before = ingest(sources, settings)
    extra = [
        {
            "product_id": f"N{i}",
            "name": f"New Tent {i}",
            "variants": [{"variant_id": f"T{i}", "price": 200 + i}],
        }
        for i in range(300)
    ]
    write_small_shop(tmp_path / "shop", PRODUCTS + extra)

    def crash(done: int, total: int) -> None:
        if done >= 256:
            raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        ingest(sources, settings, progress=crash)
    assert VectorIndex(settings).collection.count() > before.passages  # half-written vectors exist...
    retriever = Retriever(settings)
    assert retriever.snapshot() is not None
    assert retriever.snapshot().generation.id == before.generation_id  # type: ignore[union-attr]
    assert not any(
        k.startswith(("product:N", "variant:N")) for k in _keys(settings, "new tent", 10)
    )  # ...unseen
    after = ingest(sources, settings)
    assert 0 < after.embedded < 600 and after.reused >= 256  # the vectors written before the crash are reused
    assert VectorIndex(settings).collection.count() == after.passages


def test_killed_ingest_process_leaves_previous_index_usable(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    before = ingest(sources, settings)
    extra = [{"product_id": f"N{i}", "name": f"Kayak {i}", "variants": []} for i in range(600)]
    write_small_shop(tmp_path / "shop", PRODUCTS + extra)
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from copilot.ingest import ingest
        from copilot.settings import Settings
        def die(done, total):
            if done >= 256:
                os.kill(os.getpid(), signal.SIGKILL)
        ingest(Path({str(sources)!r}), Settings(home=Path({str(settings.home)!r})), progress=die)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ}, capture_output=True, timeout=300
    )
    assert result.returncode == -9, result.stderr.decode()
    retriever = Retriever(settings)
    hits = retriever.search("SRJ-BLU-M", 1)
    assert hits[0].passage.key == "variant:P1:SRJ-BLU-M"
    assert retriever.snapshot().generation.id == before.generation_id  # type: ignore[union-attr]
    assert not any("Kayak" in h.passage.text for h in retriever.search("kayak", 10))


def test_a_passage_field_added_later_changes_no_content_id_until_set() -> None:
    """An upgrade must not embed every passage again: a version's note counts only when it has one."""
    passage = Passage(key="variant:P:1", kind="variant", text="Pizza Stone. Price: $30.00.", source="p.json")
    later = {"backorder", "preorder", "was_price", "note", "stock"}
    fields = passage.model_dump(mode="json", exclude=later)
    before = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]
    assert passage.content_id == before
    assert passage.model_copy(update={"note": "Ships in 2 days."}).content_id != before
    assert passage.model_copy(update={"stock": 27}).content_id != before
