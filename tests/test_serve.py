"""``copilot serve`` as a newcomer runs it: a real uvicorn process on 127.0.0.1, a key from
``copilot keys create``, and the README's curl request, over real HTTP."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from copilot.settings import Settings
from tests.webhook_receiver import free_port

COPILOT = str(Path(sys.executable).with_name("copilot"))


def _wait_until_up(url: str, process: subprocess.Popen[str], seconds: float = 60) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        if process.poll() is not None:
            raise AssertionError(f"copilot serve exited: {process.communicate()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("copilot serve did not come up")


def test_serve_answers_the_readme_request(demo_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    env = {**os.environ, "COPILOT_HOME": str(home)}
    made = subprocess.run(
        [COPILOT, "keys", "create", "--role", "bot", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    key = json.loads(made.stdout)["key"]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [COPILOT, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_up(url, server)
        answer = httpx.post(
            f"{url}/v1/messages",
            headers={"Authorization": f"Bearer {key}"},
            json={"text": "how long do refunds to a credit card take?"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["action"] == "answer" and answer.json()["citations"]
        refused = httpx.post(f"{url}/v1/messages", json={"text": "hi"}, timeout=10)
        assert refused.status_code == 401 and refused.headers["content-type"] == "application/problem+json"
        assert httpx.get(f"{url}/readyz", timeout=10).json()["status"] == "ready"
    finally:
        server.terminate()
        server.communicate(timeout=30)
