"""The HTTP client every outbound call uses (model endpoint, webhooks, one-time-code hook).

httpx's timeouts bound each socket read, so a server that sends one byte a second never times out.
Here every connect, read and write is also bounded by the turn's deadline (``copilot.deadline``): the
socket timeout of each operation is what is left, and an operation that starts after the deadline
fails at once with httpx's own timeout error.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2 as httpcore
import httpx2 as httpx

from copilot import deadline

_PASSED = "the turn's deadline has passed"


def _bounded(timeout: float | None, error: type[Exception] = httpcore.ReadTimeout) -> float:
    """The socket timeout for one operation: its own, cut to what is left of the deadline."""
    left = deadline.remaining(float("inf") if timeout is None else timeout)
    if left <= 0:
        raise error(_PASSED)
    return left


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(min(seconds, deadline.remaining()))


def deadline_transport() -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport()
    # httpx has no public way to choose httpcore's network backend; its pool keeps it here.
    pool = transport._pool
    pool._network_backend = _DeadlineBackend(pool._network_backend)
    return transport


def http_client(timeout: float) -> httpx.Client:
    """An ``httpx.Client`` whose every request also ends by the current deadline."""
    return httpx.Client(timeout=timeout, transport=deadline_transport())
