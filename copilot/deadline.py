"""One deadline per customer turn, seen by everything the turn waits on.

A turn opens a deadline; model calls, their retries, one-time-code hooks and inline deliveries run
inside it and read what is left with ``remaining()``. The HTTP client (``copilot.http``) applies it to
every socket read and write, so a server that trickles bytes cannot stretch a turn. A step that must
leave time for what follows (the model, before the offline fallback) opens a nested, shorter one.
Deadlines live in a context variable: each thread or task has its own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    expires_at: float  # time.monotonic()

    def remaining(self) -> float:
        return self.expires_at - time.monotonic()


_current: ContextVar[Deadline | None] = ContextVar("copilot_deadline", default=None)


def current() -> Deadline | None:
    return _current.get()


def remaining(default: float = float("inf")) -> float:
    """Seconds left before the innermost deadline (``default`` when none is open), never below 0."""
    deadline = _current.get()
    left = default if deadline is None else min(default, deadline.remaining())
    return max(0.0, left)


@contextmanager
def within(seconds: float | None = None, *, reserve: float = 0.0) -> Iterator[Deadline]:
    """A deadline ``seconds`` from now (or the enclosing one), ``reserve`` seconds earlier, and never
    later than the enclosing deadline."""
    now = time.monotonic()
    enclosing = _current.get()
    expires = now + seconds if seconds is not None else float("inf")
    if enclosing is not None:
        expires = min(expires, enclosing.expires_at)
    deadline = Deadline(expires - reserve)
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)
