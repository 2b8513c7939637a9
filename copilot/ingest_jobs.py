"""Ingests asked for over HTTP: recorded as jobs, run one at a time in the background, reported by id.

A job is a row first (queued), so any worker can report on it; the worker that accepted it runs it on
its own thread, writing progress as passages are embedded, and records the report or the one-line
error. Jobs of several workers take turns on the ingest lock, as CLI ingests do; a failed ingest
leaves the previous generation serving. A job whose worker died stops making progress: it is reported
as ``stalled`` once nothing has moved for ``STALL``.

Only sources files under ``COPILOT_SOURCES_ROOT`` may be named, so an API key cannot make the server
read any file it can reach.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import insert, select, update

from copilot.db.schema import ingest_jobs
from copilot.errors import CopilotError, InputError, NotFoundError
from copilot.ingest import IngestReport, ingest
from copilot.logs import get_logger
from copilot.settings import Settings
from copilot.store import Store, as_utc

log = get_logger(__name__)
JobStatus = Literal["queued", "running", "succeeded", "failed"]
STALL = timedelta(minutes=10)
LOCK_WAIT = 6 * 3600.0  # a job waits this long for another ingest to finish before it fails


class IngestJob(BaseModel):
    """An ingest asked for over HTTP, and how it went."""

    job_id: str
    sources: str = Field(description="the sources file, relative to COPILOT_SOURCES_ROOT")
    status: JobStatus
    done: int = Field(description="passages embedded so far")
    total: int = Field(description="passages to embed (known once the sources are read)")
    stalled: bool = Field(description="queued or running, but nothing has moved for 10 minutes")
    report: IngestReport | None = None
    error: str | None = None
    requested_by: str | None = Field(default=None, description="the key id that asked for it")
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None = None


class IngestJobs:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.engine = store.engine
        self.settings = settings
        self._runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-job")

    def submit(self, sources: str, *, requested_by: str | None = None) -> IngestJob:
        """Record the job and start it in the background; InputError for a file it may not read."""
        path = self._resolve(sources)
        now = datetime.now(UTC)
        job_id = uuid.uuid4().hex
        with self.engine.begin() as conn:
            conn.execute(
                insert(ingest_jobs).values(
                    job_id=job_id,
                    sources=sources,
                    status="queued",
                    done=0,
                    total=0,
                    requested_by=requested_by,
                    created_at=now,
                    updated_at=now,
                )
            )
        self._runner.submit(self._run, job_id, path)
        return self.get(job_id)

    def get(self, job_id: str) -> IngestJob:
        with self.engine.connect() as conn:
            row = conn.execute(select(ingest_jobs).where(ingest_jobs.c.job_id == job_id)).first()
        if row is None:
            raise NotFoundError(f"no ingest job '{job_id}'")
        return _job(dict(row._mapping))

    def recent(self, limit: int = 20) -> list[IngestJob]:
        """The newest jobs first."""
        query = select(ingest_jobs).order_by(ingest_jobs.c.created_at.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [_job(dict(row._mapping)) for row in conn.execute(query)]

    def close(self) -> None:
        """Stop taking jobs; one already running finishes (an ingest is one transaction anyway)."""
        self._runner.shutdown(wait=False, cancel_futures=True)

    def _resolve(self, sources: str) -> Path:
        root = self.settings.sources_root.resolve()
        try:
            path = (root / sources).resolve()
            exists = path.is_file()
        except (ValueError, OSError) as exc:  # a NUL byte, a name too long for the file system
            raise InputError(
                f"sources {sources[:100]!r} is not a usable path ({getattr(exc, 'strerror', None) or exc})"
            ) from exc
        if not path.is_relative_to(root):
            raise InputError(f"sources '{sources}' is outside COPILOT_SOURCES_ROOT ({root})")
        if not exists:
            raise InputError(f"sources '{sources}': no such file under COPILOT_SOURCES_ROOT ({root})")
        return path

    def _run(self, job_id: str, path: Path) -> None:
        self._set(job_id, status="running")
        try:
            report = ingest(
                path,
                self.settings,
                progress=lambda done, total: self._set(job_id, done=done, total=total),
                wait=LOCK_WAIT,
            )
        except CopilotError as exc:
            self._finish(job_id, "failed", error=" ".join(str(exc).split()))
        except Exception:
            log.exception("ingest job %s failed", job_id)
            self._finish(job_id, "failed", error="the ingest failed unexpectedly; the server's log has why")
        else:
            self._finish(job_id, "succeeded", report=report.model_dump_json())

    def _finish(self, job_id: str, status: JobStatus, **values: Any) -> None:
        self._set(job_id, status=status, finished_at=datetime.now(UTC), **values)

    def _set(self, job_id: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(ingest_jobs)
                .where(ingest_jobs.c.job_id == job_id)
                .values(updated_at=datetime.now(UTC), **values)
            )


def _job(row: dict[str, Any]) -> IngestJob:
    updated = as_utc(row["updated_at"])
    report, finished = row.pop("report"), row.pop("finished_at")
    return IngestJob(
        **{**row, "created_at": as_utc(row["created_at"]), "updated_at": updated},
        finished_at=as_utc(finished) if finished else None,
        report=IngestReport.model_validate_json(report) if report else None,
        stalled=row["status"] in ("queued", "running") and datetime.now(UTC) - updated > STALL,
    )
