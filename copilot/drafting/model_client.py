"""Calls to the model endpoint: the client, retries that respect the turn's deadline, clear errors.

The ``openai`` client's own retries would sleep through a ``Retry-After`` of minutes, so they are off
and tenacity retries here instead: a rate limit, a 5xx or a dropped connection is retried after the
wait the server asks for (or a short backoff) only when that wait ends before the deadline; otherwise
the call fails now, with the reason, and the offline drafter answers.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import openai
from openai import OpenAI
from tenacity import RetryCallState, Retrying, retry_if_exception

from copilot import deadline
from copilot.errors import ProviderError
from copilot.http_client import http_client
from copilot.settings import Settings

T = TypeVar("T")
FIRST_BACKOFF = 0.25
MAX_BACKOFF = 8.0


def make_client(settings: Settings) -> OpenAI:
    return OpenAI(
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=0,
        http_client=http_client(settings.llm_timeout),
    )


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked to wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    headers = response.headers
    try:
        if "retry-after-ms" in headers:
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, (when - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes timeouts
        return deadline.remaining() > 0
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    asked = retry_after(exc) if exc is not None else None
    if asked is not None:
        return asked
    return float(min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** (state.attempt_number - 1)))


def call_model(request: Callable[[], T], settings: Settings) -> T:
    """``request()`` with retries; every failure becomes a ``ProviderError`` that says why."""
    cut: list[tuple[float, float]] = []  # (wait, seconds left) when the deadline stopped the retries

    def stop(state: RetryCallState) -> bool:
        if state.attempt_number > settings.llm_retries:
            return True
        left = deadline.remaining()
        if state.upcoming_sleep >= left:
            cut.append((state.upcoming_sleep, left))
            return True
        return False

    retrying = Retrying(
        retry=retry_if_exception(_retryable), wait=_wait, stop=stop, reraise=True, sleep=time.sleep
    )
    try:
        return retrying(request)
    except openai.APITimeoutError as exc:
        if deadline.remaining() <= 0:
            raise ProviderError("the model did not answer within the turn's deadline") from exc
        raise ProviderError(f"model endpoint timed out after {settings.llm_timeout}s") from exc
    except openai.APIStatusError as exc:
        if cut:
            wait, left = cut[-1]
            asked = "asked to retry" if retry_after(exc) is not None else "would be retried"
            raise ProviderError(
                f"model endpoint answered HTTP {exc.status_code} and {asked} after {wait:.3g}s; "
                f"the turn had {left:.1f}s left"
            ) from exc
        raise ProviderError(f"model endpoint answered HTTP {exc.status_code}") from exc
    except openai.APIError as exc:  # connection refused, invalid response body, ...
        raise ProviderError(f"model endpoint failed: {exc.__class__.__name__}") from exc
    except ValueError as exc:  # a body that is not JSON at all
        raise ProviderError("model endpoint failed: its response is not JSON") from exc
