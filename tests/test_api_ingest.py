"""Ingest over HTTP: an admin asks, the job runs in the background, its progress and report (or its
one-line error) are read back by id, and the new generation is served without a restart. Real app,
real SQLite and chromadb."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.settings import Settings
from copilot.store import Store
from tests.small_shop import write_small_shop

PROBLEM = "application/problem+json"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The folder the server may read sources from, with a small shop in it."""
    write_small_shop(tmp_path / "sources" / "tiny")
    return tmp_path / "sources"


@pytest.fixture
def served(
    demo_settings: Settings, root: Path, tmp_path: Path
) -> Iterator[tuple[TestClient, dict[str, str]]]:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)  # the demo shop is served until an ingest replaces it
    settings = demo_settings.model_copy(update={"home": home, "sources_root": root})
    admin = Keys(Store.for_settings(settings)).create("admin")[1]
    with TestClient(create_app(settings)) as client:
        yield client, {"Authorization": f"Bearer {admin}"}


def _finished(client: TestClient, auth: dict[str, str], location: str) -> dict[str, Any]:
    for _ in range(600):
        job: dict[str, Any] = client.get(location, headers=auth).json()
        if job["status"] in ("succeeded", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"the job did not finish: {job}")


def test_an_ingest_runs_in_the_background_and_its_generation_is_served(
    served: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = served
    before = client.get("/v1/knowledge/generation", headers=auth).json()
    accepted = client.post("/v1/knowledge/ingest", json={"sources": "tiny/sources.yaml"}, headers=auth)
    assert accepted.status_code == 202, accepted.text
    job = accepted.json()
    assert job["status"] in ("queued", "running", "succeeded") and job["sources"] == "tiny/sources.yaml"
    assert accepted.headers["location"] == f"/v1/knowledge/ingest/{job['job_id']}"
    done = _finished(client, auth, accepted.headers["location"])
    assert done["status"] == "succeeded" and done["error"] is None and done["finished_at"]
    report = done["report"]
    assert report["unchanged"] is False and report["passages"] > 0 and report["customers"] == 2
    assert done["done"] == done["total"] == report["embedded"] and not done["stalled"]
    after = client.get("/v1/knowledge/generation", headers=auth).json()
    assert after["id"] == report["generation_id"] != before["id"]
    for _ in range(50):  # every reader picks the new generation up within a second
        hits = client.get("/v1/knowledge/search", params={"q": "rain jacket"}, headers=auth).json()
        if hits and "Summit Rain Jacket" in hits[0]["passage"]["text"]:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the new generation is not served: {hits[:1]}")
    listed = client.get("/v1/knowledge/ingest", headers=auth).json()
    assert [j["job_id"] for j in listed][:1] == [job["job_id"]]


def test_a_bad_sources_file_fails_the_job_in_one_line_and_the_shop_keeps_serving(
    served: tuple[TestClient, dict[str, str]], root: Path
) -> None:
    client, auth = served
    before = client.get("/v1/knowledge/generation", headers=auth).json()
    (root / "tiny" / "products.json").write_bytes(b"\xff\xfe not json")
    accepted = client.post("/v1/knowledge/ingest", json={"sources": "tiny/sources.yaml"}, headers=auth)
    done = _finished(client, auth, accepted.headers["location"])
    assert done["status"] == "failed" and done["report"] is None
    assert "products.json" in done["error"] and "\n" not in done["error"] and "Traceback" not in done["error"]
    assert client.get("/v1/knowledge/generation", headers=auth).json() == before


@pytest.mark.parametrize(
    ("sources", "words"),
    [
        ("../outside.yaml", "outside COPILOT_SOURCES_ROOT"),
        ("/etc/passwd", "outside COPILOT_SOURCES_ROOT"),
        ("tiny/missing.yaml", "no such file"),
        ("tiny/\u0000.yaml", "not a usable path"),
        ("x" * 999, "not a usable path"),
    ],
)
def test_only_files_under_the_sources_root_may_be_named(
    served: tuple[TestClient, dict[str, str]], root: Path, sources: str, words: str
) -> None:
    client, auth = served
    (root.parent / "outside.yaml").write_text("shop: x\nsources: []\n")
    refused = client.post("/v1/knowledge/ingest", json={"sources": sources}, headers=auth)
    assert refused.status_code == 422 and refused.headers["content-type"].startswith(PROBLEM)
    assert words in refused.json()["detail"]
    assert client.get("/v1/knowledge/ingest", headers=auth).json() == []  # nothing was recorded


def test_an_unknown_job_is_404(served: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = served
    missing = client.get("/v1/knowledge/ingest/nope", headers=auth)
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]
