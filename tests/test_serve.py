"""``copilot serve`` as a newcomer runs it: a real uvicorn process on 127.0.0.1, a key from
``copilot keys create``, and the README's curl request, over real HTTP."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from copilot.access.keys import Keys
from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings
from tests.conftest import DEMO_SOURCES
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


def _serve(env: dict[str, str], port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [COPILOT, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


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


def test_several_workers_on_the_embedded_index_are_refused_in_one_line(tmp_path: Path) -> None:
    """Two processes cannot share an embedded chroma folder: serve says what to run instead."""
    env = {**os.environ, "COPILOT_HOME": str(tmp_path / "home")}
    env.pop("COPILOT_CHROMA_URL", None)
    refused = subprocess.run(
        [COPILOT, "serve", "--workers", "2", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert "COPILOT_CHROMA_URL" in refused.stderr + refused.stdout
    assert (
        "Traceback" not in refused.stderr and len((refused.stderr + refused.stdout).strip().splitlines()) == 1
    )


class EventReader:
    """Reads a server-sent event stream in a thread while the test acts, keeping each event's data."""

    def __init__(self, url: str, key: str) -> None:
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.opened = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(url, key), daemon=True)
        self._thread.start()
        assert self.opened.wait(30), "the stream did not open"

    def _read(self, url: str, key: str) -> None:
        headers = {"Authorization": f"Bearer {key}"}
        try:
            with httpx.stream("GET", url, headers=headers, timeout=httpx.Timeout(60, read=90)) as response:
                assert response.status_code == 200, response.read()
                self.opened.set()
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        self.events.put(json.loads(line[len("data:") :]))
        except httpx.RemoteProtocolError:
            pass  # the server stopped at the end of the test

    def next_where(self, wanted: Callable[[dict[str, Any]], bool], seconds: float = 30) -> dict[str, Any]:
        ends = time.monotonic() + seconds
        while (left := ends - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if wanted(event):
                return event
        raise AssertionError("the awaited event never came")


def test_two_servers_on_one_postgresql_and_one_chroma_share_everything(
    tmp_path: Path, postgres_database: str, chroma_server: str
) -> None:
    """Conversations spread over two workers: a thread started on one continues on the other, a
    handoff made on one is claimed on the other, and every list shows each conversation once."""
    shared = {"COPILOT_DATABASE_URL": postgres_database, "COPILOT_CHROMA_URL": chroma_server}
    ingest(
        DEMO_SOURCES,
        Settings(home=tmp_path / "ingest", database_url=postgres_database, chroma_url=chroma_server),
    )
    envs = [{**os.environ, **shared, "COPILOT_HOME": str(tmp_path / f"worker-{i}")} for i in (1, 2)]
    core = Copilot(Settings(home=tmp_path / "ops", database_url=postgres_database, chroma_url=chroma_server))
    core.routing.set_agent("ana", name="Ana", skills=["general", "orders"], capacity=20, online=True)
    made = Keys(core.store)
    bot, agent, admin = (
        made.create("bot")[1],
        made.create("agent", agent_id="ana")[1],
        made.create("admin")[1],
    )
    ports = [free_port(), free_port()]
    servers = [_serve(env, port) for env, port in zip(envs, ports, strict=True)]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for url, server in zip(urls, servers, strict=True):
            _wait_until_up(url, server)

        def say(worker: int, body: dict[str, object]) -> dict[str, Any]:
            sent = httpx.post(
                f"{urls[worker]}/v1/messages",
                json=body,
                headers={"Authorization": f"Bearer {bot}"},
                timeout=60,
            )
            assert sent.status_code == 200, sent.text
            return dict(sent.json())

        started = [say(i % 2, {"text": "how long do refunds take?"}) for i in range(6)]
        for i, turn in enumerate(started):  # each continued on the other worker
            again = say(
                (i + 1) % 2,
                {
                    "text": "and for store credit?",
                    "conversation_id": turn["conversation_id"],
                    "session_token": turn["session_token"],
                },
            )
            assert again["conversation_id"] == turn["conversation_id"]
        # an agent watching on worker 1 sees what happens on worker 2
        thread = started[0]
        watching = EventReader(f"{urls[0]}/v1/conversations/{thread['conversation_id']}/events", agent)
        queues = EventReader(f"{urls[0]}/v1/handoffs/events", agent)
        seen = [watching.next_where(lambda e: e["role"] == "bot") for _ in range(2)]  # the history first
        assert seen[0]["id"] < seen[1]["id"]
        say(
            1,
            {
                "text": "one more thing: gift wrap?",
                **{k: thread[k] for k in ("conversation_id", "session_token")},
            },
        )
        assert watching.next_where(lambda e: e["role"] == "customer")["text"] == "one more thing: gift wrap?"
        escalated = say(1, {"text": "I want to talk to a real person please"})
        queued = queues.next_where(lambda e: e["conversation_id"] == escalated["conversation_id"])
        assert queued["status"] == "queued" and "packet" not in queued
        packet = escalated["handoff"]["packet_id"]
        claimed = httpx.post(
            f"{urls[0]}/v1/handoffs/{packet}/claim", headers={"Authorization": f"Bearer {agent}"}, timeout=30
        )
        assert claimed.status_code == 200 and claimed.json()["agent_id"] == "ana"
        twice = httpx.post(
            f"{urls[1]}/v1/handoffs/{packet}/claim", headers={"Authorization": f"Bearer {agent}"}, timeout=30
        )
        assert twice.status_code == 409
        for url in urls:
            listed = httpx.get(
                f"{url}/v1/conversations",
                params={"limit": 200},
                headers={"Authorization": f"Bearer {admin}"},
                timeout=30,
            ).json()
            ids = [c["id"] for c in listed["items"]]
            assert len(ids) == len(set(ids)) == 7
            for number, turn in enumerate(started):
                thread = httpx.get(
                    f"{url}/v1/conversations/{turn['conversation_id']}",
                    headers={"Authorization": f"Bearer {admin}"},
                    timeout=30,
                ).json()
                said = 3 if number == 0 else 2  # the first thread got the gift-wrap question too
                assert [m["role"] for m in thread["messages"]] == ["customer", "bot"] * said
    finally:
        for server in servers:
            server.terminate()
            server.communicate(timeout=30)
