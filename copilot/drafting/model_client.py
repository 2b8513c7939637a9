"""Calls to the model endpoint: the client, a streamed completion, retries that respect the turn's
deadline, clear errors.

Every call streams and sends ``max_tokens``: a server generates only while its client reads, so a turn
that gives up (deadline, timeout) closes the stream and a single-slot local server is free for the next
turn, and a model that never stops is cut at the budget. The ``openai`` client's own retries would sleep
through a ``Retry-After`` of minutes, so they are off and tenacity retries here instead: a rate limit, a
gateway error or a dropped connection is retried after the wait the server asks for (or a short backoff)
only when that wait ends before the deadline; otherwise the call fails now, with the reason, and the
offline drafter answers. A 500 is retried only for a request with nothing a server may refuse
(a response format, tools): for the others it is an answer about the request, and the caller negotiates.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx2 as httpx
import openai
from openai import OpenAI
from tenacity import RetryCallState, Retrying, retry_if_exception

from copilot import deadline
from copilot.errors import ProviderError
from copilot.http_client import http_client
from copilot.settings import Settings

T = TypeVar("T")
NEGOTIABLE_STATUSES = frozenset({400, 422, 500, 501})  # how servers refuse a response format or tools
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


RETRIED_STATUSES = frozenset({408, 409, 429, 502, 503, 504})


def _retryable(exc: BaseException, retry_500: bool) -> bool:
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):  # includes timeouts
        return deadline.remaining() > 0
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRIED_STATUSES or (retry_500 and exc.status_code == 500)
    return False


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    asked = retry_after(exc) if exc is not None else None
    if asked is not None:
        return asked
    return float(min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** (state.attempt_number - 1)))


def call_model(request: Callable[[], T], settings: Settings, *, retry_500: bool = True) -> T:
    """``request()`` with retries; every failure becomes a ``ProviderError`` that says why (an
    ``openai.APIStatusError`` of a status the caller may negotiate is left for it to see)."""
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
        retry=retry_if_exception(lambda exc: _retryable(exc, retry_500)),
        wait=_wait,
        stop=stop,
        reraise=True,
        sleep=time.sleep,
    )
    try:
        return retrying(request)
    except (openai.APITimeoutError, httpx.TimeoutException) as exc:
        if deadline.remaining() <= 0:
            raise ProviderError("the model did not answer within the turn's deadline") from exc
        raise ProviderError(f"model endpoint timed out after {settings.llm_timeout}s") from exc
    except openai.APIStatusError as exc:
        if exc.status_code in NEGOTIABLE_STATUSES and not retry_500:
            raise
        if cut:
            wait, left = cut[-1]
            asked = "asked to retry" if retry_after(exc) is not None else "would be retried"
            raise ProviderError(
                f"model endpoint answered HTTP {exc.status_code} and {asked} after {wait:.3g}s; "
                f"the turn had {left:.1f}s left"
            ) from exc
        raise ProviderError(f"model endpoint answered HTTP {exc.status_code}") from exc
    except (openai.APIError, httpx.TransportError) as exc:  # connection refused, invalid body, ...
        raise ProviderError(f"model endpoint failed: {exc.__class__.__name__}") from exc
    except ValueError as exc:  # a body that is not JSON at all
        raise ProviderError("model endpoint failed: its response is not JSON") from exc


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str


@dataclass
class Completion:
    """What one streamed call produced; ``partial`` holds the text of attempts that broke off, whose
    tokens were still spent."""

    content: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None
    prompt_tokens: int | None = None  # as the server counted them, when it says
    completion_tokens: int | None = None
    partial: list[str] = field(default_factory=list)
    accepted: int = 0  # attempts the server accepted (the stream opened): each read the whole prompt


def stream_completion(
    client: OpenAI, settings: Settings, request: dict[str, Any], result: Completion, *, retry_500: bool
) -> None:
    """One chat completion, streamed and assembled into ``result``, which keeps what broke-off attempts
    produced when this raises. The stream is closed however the call ends."""

    def attempt() -> None:
        if result.content:
            result.partial.append(result.content)
        result.content, result.tool_calls, result.finish_reason = "", [], None
        calls: dict[int, ToolCall] = {}
        stream = client.chat.completions.create(
            **request, stream=True, stream_options={"include_usage": True}
        )
        result.accepted += 1
        with stream:
            for chunk in stream:
                if chunk.usage is not None:
                    result.prompt_tokens = chunk.usage.prompt_tokens
                    result.completion_tokens = chunk.usage.completion_tokens
                for choice in chunk.choices:
                    delta = choice.delta
                    result.content += delta.content or ""
                    for piece in delta.tool_calls or []:
                        call = calls.setdefault(piece.index, ToolCall(id="", name="", arguments=""))
                        call.id = piece.id or call.id
                        if piece.function is not None:
                            call.name += piece.function.name or ""
                            call.arguments += piece.function.arguments or ""
                    result.finish_reason = choice.finish_reason or result.finish_reason
        if result.finish_reason is None:  # interrupted (another request, a restart) or not a stream
            raise ProviderError("model endpoint failed: its stream ended before the answer did")
        result.tool_calls = [calls[i] for i in sorted(calls)]

    try:
        call_model(attempt, settings, retry_500=retry_500)
    except BaseException:
        if result.content:
            result.partial.append(result.content)
            result.content = ""
        raise
