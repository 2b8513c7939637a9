"""A real server the tests start as a process (chroma, ``copilot serve``, llama.cpp): started with its
output in a log file, waited for until a URL answers 200, and stopped however the test ends."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


@contextmanager
def serving(
    command: list[str],
    *,
    ready_url: str,
    log: Path,
    what: str,
    seconds: float = 60.0,
    env: dict[str, str] | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` running until the block ends, once ``ready_url`` answers 200 (RuntimeError naming
    ``what`` and ``log`` if the process exits first or ``seconds`` pass)."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            ends = time.monotonic() + seconds
            while True:
                if process.poll() is not None:
                    raise RuntimeError(
                        f"{what} exited with {process.returncode}: {log.read_text(errors='replace')}"
                    )
                try:
                    if httpx.get(ready_url, timeout=1.0).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > ends:
                    raise RuntimeError(f"{what} did not answer within {seconds:g}s; see {log}")
                time.sleep(0.2)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
