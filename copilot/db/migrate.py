"""Bring a database to the schema this version of copilot expects, safely from several processes.

Every process that opens the store calls ``upgrade``: when the database is at the newest revision it
costs one query. Otherwise one process migrates while the others wait on a lock (PostgreSQL: an
advisory lock; SQLite: a lock file beside the database) and then find nothing left to do. A database
made before migrations existed (tables, no ``alembic_version``) is adopted as the first revision.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST_REVISION = "0001"
_ADVISORY_KEY = 0x636F70696C6F74  # "copilot": one lock for every copilot process on a PostgreSQL server


def config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for our migrations, run on ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this version of copilot knows."""
    return str(ScriptDirectory.from_config(config()).get_current_head())


def current(engine: Engine) -> str | None:
    """The revision the database is at (None: not migrated yet)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Migrate to the newest revision (a no-op when already there); returns it. On SQLite the check
    too is made under the file lock: the first connection to a new file turns on WAL, which several
    processes starting at once must not try together ("database is locked")."""
    target = head()
    with _migration_lock(engine):
        if current(engine) == target:
            return target
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_KEY})
            alembic = config(connection)
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables and "generations" in tables:
                command.stamp(alembic, FIRST_REVISION)  # made by create_all before migrations existed
            command.upgrade(alembic, "head")
            connection.commit()
    return target


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migrating process per SQLite file (PostgreSQL's lock is taken on the connection)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with FileLock(f"{database}.migrate.lock", timeout=120):
        yield
