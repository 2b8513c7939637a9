"""One ingest per home at a time.

Two ingests that interleave can each delete the other's fresh vectors and both report success, leaving
the published generation with passages nobody can find. A file lock in the home serialises ingests on
one machine; on PostgreSQL a session advisory lock does the same for ingests on other machines that
share the database and Chroma server. Both are released by the operating system or the database when
the process dies, so a crashed ingest never blocks the next one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout
from sqlalchemy import text

from copilot.errors import BusyError
from copilot.settings import Settings
from copilot.store import Store

_ADVISORY_KEY = 0x636F_7069_6C6F  # "copilo": any fixed 64-bit number shared by every ingest


def _busy(settings: Settings) -> BusyError:
    return BusyError(
        f"another ingest is running for {settings.home} (or on the same database); "
        "wait for it to finish, or pass --wait SECONDS"
    )


@contextmanager
def ingest_lock(settings: Settings, store: Store, wait: float = 0.0) -> Iterator[None]:
    """Hold the ingest lock of this home (and database) for the block; BusyError after ``wait`` seconds."""
    settings.home.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    lock = FileLock(str(settings.home / "ingest.lock"))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise _busy(settings) from None
    try:
        if store.engine.dialect.name != "postgresql":
            yield
            return
        with store.engine.connect() as conn:
            while not conn.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}
            ).scalar():
                if time.monotonic() >= deadline:
                    raise _busy(settings)
                time.sleep(0.2)
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY})
                conn.commit()
    finally:
        lock.release()
