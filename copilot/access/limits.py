"""Per-key rate limits: at most N requests per key per clock minute, counted in the database (one
upsert per request) so that several workers share one budget. Past it, the caller is told how many
seconds remain in the minute."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from copilot.db.schema import rate_windows
from copilot.store import Store

WINDOW = 60


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    retry_after: int  # seconds until the next window, when not allowed


class RateLimiter:
    def __init__(self, store: Store, per_minute: int) -> None:
        self.engine, self.per_minute = store.engine, per_minute
        dialect = self.engine.dialect.name
        self._insert = postgresql.insert if dialect == "postgresql" else sqlite.insert

    def hit(self, key_id: str, *, now: float | None = None) -> RateDecision:
        """Count one request of ``key_id``; allowed while the minute's count is within the limit."""
        if self.per_minute <= 0:
            return RateDecision(True, 0)
        moment = time.time() if now is None else now
        window = int(moment // WINDOW * WINDOW)
        counted = (
            self._insert(rate_windows)
            .values(key_id=key_id, window_start=window, hits=1)
            .on_conflict_do_update(
                index_elements=["key_id", "window_start"], set_={"hits": rate_windows.c.hits + 1}
            )
            .returning(rate_windows.c.hits)
        )
        with self.engine.begin() as conn:
            hits = int(conn.execute(counted).scalar_one())
            if hits == 1:  # a new minute: forget this key's old ones
                conn.execute(
                    delete(rate_windows).where(
                        rate_windows.c.key_id == key_id, rate_windows.c.window_start < window
                    )
                )
        if hits <= self.per_minute:
            return RateDecision(True, 0)
        return RateDecision(False, max(1, int(window + WINDOW - moment + 0.999)))
