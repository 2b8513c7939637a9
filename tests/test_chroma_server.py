"""The scale-out path: the same ingest and search against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from copilot.ingest import ingest
from copilot.retrieval import Retriever
from copilot.settings import Settings
from copilot.vector_index import VectorIndex
from tests.small_shop import write_small_shop


def test_ingest_and_search_through_a_chroma_server(tmp_path: Path, chroma_server: str) -> None:
    settings = Settings(home=tmp_path / "home", chroma_url=chroma_server)
    sources = write_small_shop(tmp_path / "shop")
    report = ingest(sources, settings)
    assert report.embedded == report.passages
    assert not settings.chroma_path.exists()  # nothing went to the embedded store
    index = VectorIndex(settings)
    assert type(index.client).__name__ != "PersistentClient" and index.collection.count() == report.passages
    assert ingest(sources, settings).embedded == 0
    hits = Retriever(settings).search("how long until my refund arrives", 2)
    assert hits[0].passage.heading_path == ["Returns", "Refund timing"]
    assert Retriever(settings).search("SRJ-RED-M", 1)[0].passage.key == "variant:P1:SRJ-RED-M"


def test_two_workers_share_one_server_and_database(tmp_path: Path, chroma_server: str) -> None:
    """Stateless workers: a second process-like reader with its own home cache sees the same knowledge."""
    database = f"sqlite:///{tmp_path / 'shared.db'}"
    writer = Settings(home=tmp_path / "worker-a", chroma_url=chroma_server, database_url=database)
    reader = Settings(home=tmp_path / "worker-b", chroma_url=chroma_server, database_url=database)
    ingest(write_small_shop(tmp_path / "shop"), writer)
    hits = Retriever(reader).search("blue jacket medium", 3)
    assert "variant:P1:SRJ-BLU-M" in [h.passage.key for h in hits]
