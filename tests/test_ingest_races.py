"""Ingest is safe to run twice: one ingest per home at a time, and every ingest repairs lost vectors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from copilot.errors import BusyError
from copilot.ingest import IngestReport, ingest
from copilot.ingest_lock import ingest_lock
from copilot.settings import Settings, get_settings
from copilot.store import Store
from copilot.vector_index import VectorIndex
from tests.conftest import DEMO_SOURCES
from tests.small_shop import write_small_shop


def _vectorless(settings: Settings) -> int:
    """Passages of the active generation that have no vector in the index."""
    store = Store.for_settings(settings)
    active = store.active_generation()
    assert active is not None
    ids = [cid for cid, _ in store.passage_rows(active.id)]
    return len(ids) - len(VectorIndex(settings).existing(ids))


@pytest.fixture
def runner(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("COPILOT_HOME", str(settings.home))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_two_ingest_processes_at_once_both_succeed_and_leave_every_passage_findable(
    tmp_path: Path, settings: Settings
) -> None:
    small = write_small_shop(tmp_path / "small")
    code = "import sys; from copilot.cli import main; sys.argv = ['copilot', *sys.argv[1:]]; main()"
    env = {**os.environ, "COPILOT_HOME": str(settings.home)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code, "ingest", str(path), "--json", "--wait", "300"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (DEMO_SOURCES, small)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    reports = [IngestReport.model_validate_json(out) for out, _ in outputs]
    active = Store.for_settings(settings).active_generation()
    assert active is not None and active.id == max(r.generation_id for r in reports)
    assert _vectorless(settings) == 0


def test_threads_ingesting_different_shops_take_turns(tmp_path: Path, settings: Settings) -> None:
    shops = [write_small_shop(tmp_path / f"shop{i}", products=None) for i in range(2)]
    (tmp_path / "shop1" / "docs" / "more.md").write_text("# Gift wrap\n\nWe gift wrap any order for $5.\n")
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        try:
            ingest(path, settings, wait=120)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(path,)) for path in shops * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert _vectorless(settings) == 0


def test_a_second_ingest_stops_with_a_clear_message_or_waits(
    tmp_path: Path, settings: Settings, runner: CliRunner
) -> None:
    sources = write_small_shop(tmp_path / "shop")
    store = Store.for_settings(settings)
    with ingest_lock(settings, store):
        busy = runner.invoke(app, ["ingest", str(sources)])
        assert busy.exit_code == 2
        assert "another ingest is running" in busy.stderr and "--wait" in busy.stderr
        waited = runner.invoke(app, ["ingest", str(sources), "--wait", "0.5"])
        assert waited.exit_code == 2
        assert store.active_generation() is None  # nothing was written while the lock was held
    done = runner.invoke(app, ["ingest", str(sources), "--json"])
    assert done.exit_code == 0 and json.loads(done.stdout)["embedded"] == 11


def test_lost_vectors_are_embedded_again_by_the_next_ingest(tmp_path: Path, settings: Settings) -> None:
    sources = write_small_shop(tmp_path / "shop")
    first = ingest(sources, settings)
    store = Store.for_settings(settings)
    lost = [cid for cid, _ in store.passage_rows(first.generation_id)][:4]
    VectorIndex(settings).delete(lost)
    assert _vectorless(settings) == 4

    second = ingest(sources, settings)

    assert second.repaired == 4 and second.embedded == 4 and not second.unchanged
    assert second.generation_id != first.generation_id  # running readers notice and reload
    assert _vectorless(settings) == 0
    third = ingest(sources, settings)
    assert third.unchanged and third.embedded == 0 and third.repaired == 0


def test_ingests_on_one_postgresql_database_take_turns_across_homes(
    tmp_path: Path, postgres_database: str
) -> None:
    one = Settings(home=tmp_path / "one", database_url=postgres_database)
    other = Settings(home=tmp_path / "other", database_url=postgres_database)
    with ingest_lock(one, Store.for_settings(one)), pytest.raises(BusyError):
        ingest(write_small_shop(tmp_path / "shop"), other, wait=0.3)
    report = ingest(write_small_shop(tmp_path / "shop"), other, wait=5)
    assert report.passages == 11


def _open_together(settings: Settings, threads: int) -> tuple[list[VectorIndex], list[BaseException]]:
    """Open the index of one home from ``threads`` threads released at the same moment."""
    start = threading.Barrier(threads)
    opened: list[VectorIndex] = []
    errors: list[BaseException] = []

    def open_index() -> None:
        start.wait()
        try:
            opened.append(VectorIndex(settings))
        except Exception as error:  # any failure to open is the bug
            errors.append(error)

    workers = [threading.Thread(target=open_index) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return opened, errors


def test_threads_opening_one_embedded_index_at_once_all_get_it(tmp_path: Path) -> None:
    """Two turns of a fresh server (or two eval workers) open the index of one home together: chromadb's
    per-path client cache, filled by both at once, broke one of them."""
    for attempt in range(3):
        opened, errors = _open_together(Settings(home=tmp_path / f"home{attempt}"), 6)
        assert errors == [] and len(opened) == 6
        assert all(index.collection.count() == 0 for index in opened)
