"""What the browser tests share: Debian's chromium driven by Playwright (never ``playwright install``),
a real ``copilot serve`` on 127.0.0.1 over a private copy of the demo shop, and a folder for
screenshots (``COPILOT_TEST_ARTIFACTS``, default ``test-artifacts/``; ``.ci/run`` keeps them in
``.ci/out/``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.webhook_receiver import free_port

COPILOT = str(Path(sys.executable).with_name("copilot"))


def chromium_path() -> str:
    """Debian's chromium, or a skip that says how to get it."""
    pytest.importorskip("playwright.sync_api")
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return found


def artifacts_dir() -> Path:
    folder = Path(os.environ.get("COPILOT_TEST_ARTIFACTS", "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Served:
    url: str
    home: Path
    env: dict[str, str]
    log: Path


@contextmanager
def copilot_serve(home: Path, log: Path, **env: str) -> Iterator[Served]:
    """``copilot serve`` on a free port with ``COPILOT_HOME=home`` and ``env`` (``COPILOT_*`` names);
    stopped when the block ends. Its output goes to ``log``."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    full_env = {**os.environ, "COPILOT_HOME": str(home), **env}
    with log.open("w") as output:
        process = subprocess.Popen(
            [COPILOT, "serve", "--port", str(port)], env=full_env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            ends = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    raise AssertionError(f"copilot serve exited with {process.returncode}; see {log}")
                try:
                    if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > ends:
                    raise AssertionError(f"copilot serve did not become ready; see {log}")
                time.sleep(0.2)
            yield Served(url=url, home=home, env=full_env, log=log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
