"""The dense half of retrieval: a chroma collection on disk or on a Chroma server.

Vector ids are passage content ids, so two generations can share vectors: an unchanged passage is
never embedded twice, and vectors of a half-finished ingest are simply not in the active generation.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from numpy.typing import NDArray

from copilot.embedding import DIMENSIONS, MiniLMEmbeddingFunction
from copilot.errors import ConfigurationError
from copilot.logs import get_logger
from copilot.schemas import Passage
from copilot.settings import Settings

log = get_logger(__name__)


def _chroma_settings() -> ChromaSettings:
    """A fresh object per client: chromadb writes the server's host and port into the one it is given."""
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


_opening = threading.Lock()


def chroma_client(settings: Settings) -> ClientAPI:
    """A client of the configured Chroma. One is created at a time in a process: chromadb fills a
    shared cache of systems per path, and two threads doing it at once break each other's ("could not
    connect to tenant", "'RustBindingsAPI' object has no attribute 'bindings'")."""
    with _opening:
        return _new_client(settings)


def _new_client(settings: Settings) -> ClientAPI:
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if not url.hostname:
            raise ConfigurationError(f"COPILOT_CHROMA_URL is not a URL: {settings.chroma_url!r}")
        return chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=_chroma_settings(),
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=_chroma_settings())


def _metadata(passage: Passage) -> dict[str, Any]:
    values: dict[str, Any] = {
        "key": passage.key,
        "kind": passage.kind,
        "source": passage.source,
        "product_id": passage.product_id,
        "available": passage.available,
    }
    return {k: v for k, v in values.items() if v is not None}


class VectorIndex:
    def __init__(self, settings: Settings, client: ClientAPI | None = None) -> None:
        self.client = client or chroma_client(settings)
        self.embedding_function = MiniLMEmbeddingFunction(
            threads=settings.embedding_threads, batch_size=settings.embedding_batch_size
        )
        self.collection: Collection = self.client.get_or_create_collection(
            settings.collection,
            embedding_function=self.embedding_function,  # type: ignore[arg-type]
            configuration={"hnsw": {"space": "cosine"}},
        )

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        return self.embedding_function.encoder.encode(texts)

    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 5000):
            found.update(self.collection.get(ids=list(ids[start : start + 5000]), include=[])["ids"])
        return found

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while True:
            batch = self.collection.get(include=[], limit=10000, offset=offset)["ids"]
            ids.update(batch)
            if len(batch) < 10000:
                return ids
            offset += len(batch)

    def vectors(self, ids: Sequence[str]) -> NDArray[np.float32]:
        """The stored vectors of these ids, in the same order. A missing one stays zero (that passage is
        then found by the lexical and id retrievers only) and is reported, never silently."""
        out = np.zeros((len(ids), DIMENSIONS), dtype=np.float32)
        where = {cid: i for i, cid in enumerate(ids)}
        found = 0
        for start in range(0, len(ids), 5000):
            got = self.collection.get(ids=list(ids[start : start + 5000]), include=["embeddings"])
            for cid, embedding in zip(
                got["ids"], got["embeddings"] if got["embeddings"] is not None else [], strict=True
            ):
                out[where[cid]] = embedding
                found += 1
        if found < len(ids):
            log.warning(
                "%d of %d passages have no vector in the index; run `copilot ingest` again",
                len(ids) - found,
                len(ids),
            )
        return out

    def add(self, passages: Sequence[Passage], vectors: NDArray[np.float32]) -> None:
        step = 4000
        for start in range(0, len(passages), step):
            chunk = passages[start : start + step]
            self.collection.upsert(
                ids=[p.content_id for p in chunk],
                embeddings=vectors[start : start + step],
                documents=[p.text for p in chunk],
                metadatas=[_metadata(p) for p in chunk],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), 5000):
            self.collection.delete(ids=list(ids[start : start + 5000]))

    def query(
        self, vector: NDArray[np.float32], n: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """(content id, cosine distance) of the nearest vectors."""
        result = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=n, where=where, include=["distances"]
        )
        ids = result["ids"][0]
        distances = (result.get("distances") or [[0.0] * len(ids)])[0]
        return list(zip(ids, distances, strict=True))
