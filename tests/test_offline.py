"""The suite is offline, and the assets that libraries would download come from installed packages."""

from __future__ import annotations

import socket

import pytest
import tiktoken

from copilot.embedding import MiniLMEmbeddingFunction
from copilot.offline_assets import install_tiktoken_encodings
from tests.conftest import OfflineViolation


def test_non_loopback_connections_are_refused() -> None:
    with socket.socket() as sock, pytest.raises(OfflineViolation):
        sock.connect(("192.0.2.1", 443))


@pytest.mark.parametrize("name", ["cl100k_base", "o200k_base"])
def test_tiktoken_encodings_load_without_network(name: str) -> None:
    install_tiktoken_encodings()
    encoding = tiktoken.get_encoding(name)
    assert encoding.decode(encoding.encode("Where is my order #W2378156?")) == "Where is my order #W2378156?"


def test_langchain_token_splitter_works_offline() -> None:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    install_tiktoken_encodings()
    splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name="cl100k_base", chunk_size=20, chunk_overlap=0
    )
    chunks = splitter.split_text("Returns are accepted within 30 days. " * 20)
    assert len(chunks) > 3


def test_embeddings_are_normalised_and_semantic() -> None:
    ef = MiniLMEmbeddingFunction()
    vectors = ef(["How long do refunds take?", "refund processing time", "blue rain jacket size M"])
    assert len(vectors) == 3 and len(vectors[0]) == 384
    norms = [float(sum(x * x for x in v)) ** 0.5 for v in vectors]
    assert all(abs(n - 1.0) < 1e-4 for n in norms)
    similar = float(sum(a * b for a, b in zip(vectors[0], vectors[1], strict=True)))
    unrelated = float(sum(a * b for a, b in zip(vectors[0], vectors[2], strict=True)))
    assert similar > unrelated + 0.3


def test_embedding_function_round_trips_through_its_config() -> None:
    ef = MiniLMEmbeddingFunction(threads=1, batch_size=8)
    rebuilt = MiniLMEmbeddingFunction.build_from_config(ef.get_config())
    assert rebuilt.get_config() == {"threads": 1, "batch_size": 8}
    assert MiniLMEmbeddingFunction.name() == "copilot-minilm-l6-v2-int8"
