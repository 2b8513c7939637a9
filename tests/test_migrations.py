"""Migrations build the schema in ``copilot/db/schema.py``, adopt databases made before them, and are
safe when several workers start at once, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, insert, inspect, select, text
from typer.testing import CliRunner

from copilot.cli import app
from copilot.db import migrate
from copilot.db.schema import metadata, state
from copilot.store import Store, create_store_engine


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_database"))
    return f"sqlite:///{tmp_path / 'copilot.db'}"


def test_the_migrations_build_exactly_the_schema(database_url: str) -> None:
    engine = create_store_engine(database_url)
    assert migrate.current(engine) == migrate.head()
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())


def test_a_database_made_before_migrations_is_adopted_with_its_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = create_engine(url)
    with old.begin() as connection:  # the tables as copilot made them before migrations: 0001, unrecorded
        command.upgrade(migrate.config(connection), migrate.FIRST_REVISION)
        connection.execute(text("DROP TABLE alembic_version"))
    with old.begin() as connection:
        connection.execute(insert(state).values(key="active_generation", value="7"))
    store = Store.from_url(url)
    assert migrate.current(store.engine) == migrate.head()
    with store.engine.connect() as connection:
        assert connection.execute(select(state.c.value)).scalar_one() == "7"


def test_workers_upgrading_at_once_all_succeed_and_migrate_once(database_url: str) -> None:
    script = "import sys; from copilot.store import create_store_engine; create_store_engine(sys.argv[1])"
    workers = [
        subprocess.Popen([sys.executable, "-c", script, database_url], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outcomes = [
        (worker.wait(timeout=120), worker.stderr.read() if worker.stderr else "") for worker in workers
    ]
    assert all(code == 0 for code, _ in outcomes), outcomes
    engine = create_engine(database_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        assert versions == [migrate.head()]
        assert connection.execute(select(func.count()).select_from(state)).scalar_one() == 0


def test_db_commands_report_and_upgrade(runner: CliRunner) -> None:
    before = runner.invoke(app, ["db", "current", "--json"])
    assert before.exit_code == 0 and '"revision": null' in before.output
    upgraded = runner.invoke(app, ["db", "upgrade"])
    assert upgraded.exit_code == 0 and f"revision {migrate.head()}: up to date" in upgraded.output
    after = runner.invoke(app, ["db", "current", "--json"])
    assert f'"revision": "{migrate.head()}"' in after.output


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("nonsense://somewhere", "nonsense://somewhere"),
        (
            "postgresql+psycopg://shop:hunter2@127.0.0.1:1/copilot",
            "postgresql+psycopg://shop:***@127.0.0.1:1/copilot",
        ),
    ],
)
def test_a_database_url_that_cannot_be_used_is_one_clear_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, url: str, shown: str
) -> None:
    monkeypatch.setenv("COPILOT_DATABASE_URL", url)
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 2
    assert f"database {shown} (COPILOT_DATABASE_URL) cannot be used" in result.output
    assert "hunter2" not in result.output and "Traceback" not in result.output
