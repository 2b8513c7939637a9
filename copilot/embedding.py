"""all-MiniLM-L6-v2 sentence embeddings, offline, as a registered chromadb embedding function.

The ONNX model and tokenizer come from installed packages (see ``offline_assets``). Texts are sorted by
length and batched so padding stays small; vectors are mean-pooled over the attention mask and L2-normalised,
so cosine distance is the right space. Registering the class lets any chroma client that opens the
collection rebuild the function from its stored config instead of failing with "not found".
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

import numpy as np
import onnxruntime as ort
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from numpy.typing import NDArray
from tokenizers import Tokenizer

from copilot.offline_assets import minilm_model_path, minilm_tokenizer_path

DIMENSIONS = 384
MAX_TOKENS = 256
CACHED_CALL = 8  # calls with up to this many texts use the cache
CACHE_TEXTS = 4096  # recent texts kept (1.5 KiB each)


class MiniLMEncoder:
    """The raw model: texts in, normalised float32 vectors out. Thread-safe.

    Short calls (a query, a conversation's few messages) go through a small cache of recent texts: a
    turn embeds its question, and a later turn of the same conversation compares its question with the
    earlier ones, which were embedded then. Ingest's big batches bypass it."""

    def __init__(self, threads: int = 0, batch_size: int = 64) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(minilm_model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(minilm_tokenizer_path()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding()
        self._tokenizer = tokenizer
        self._tokenizer_lock = threading.Lock()
        self.batch_size = batch_size
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if len(texts) > CACHED_CALL:
            return self._encode_all(texts)
        with self._cache_lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for text in known:
                self._cache.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._encode_all(missing)
            with self._cache_lock:
                for text, vector in zip(missing, fresh, strict=True):
                    known[text] = self._cache[text] = vector
                while len(self._cache) > CACHE_TEXTS:
                    self._cache.popitem(last=False)
        return np.stack([known[t] for t in texts])

    def _encode_all(self, texts: list[str]) -> NDArray[np.float32]:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            batch_index = order[start : start + self.batch_size]
            out[batch_index] = self._encode_batch([texts[i] for i in batch_index])
        return out

    def _encode_batch(self, texts: list[str]) -> NDArray[np.float32]:
        with self._tokenizer_lock:  # padding settings are per-tokenizer state
            encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = np.asarray(
            self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0],
            dtype=np.float32,
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalised: NDArray[np.float32] = pooled / np.clip(norms, 1e-12, None)
        return normalised


_LOADING = threading.Lock()


def shared_encoder(threads: int = 0, batch_size: int = 64) -> MiniLMEncoder:
    """One loaded model per configuration and process: loading costs ~0.3 s and 90 MB, and the first
    requests of a server ask for it at once."""
    with _LOADING:
        return _encoder(threads, batch_size)


@lru_cache(maxsize=4)
def _encoder(threads: int, batch_size: int) -> MiniLMEncoder:
    return MiniLMEncoder(threads=threads, batch_size=batch_size)


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """chromadb face of ``MiniLMEncoder``."""

    def __init__(self, threads: int = 0, batch_size: int = 64) -> None:
        self.threads = threads
        self.batch_size = batch_size

    @property
    def encoder(self) -> MiniLMEncoder:
        return shared_encoder(self.threads, self.batch_size)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.encoder.encode(list(input)))

    @staticmethod
    def name() -> str:
        return "copilot-minilm-l6-v2-int8"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"threads": self.threads, "batch_size": self.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction(
            threads=int(config.get("threads", 0)), batch_size=int(config.get("batch_size", 64))
        )
