"""Every error the API returns is ``application/problem+json`` (RFC 9457): a title, the status, and a
one-line detail that says what to fix. Our errors map to statuses here, at the edge; anything else is a
500 whose detail says nothing about the inside (it is logged, redacted)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException

from copilot.errors import (
    BusyError,
    ConfigurationError,
    ConflictError,
    CopilotError,
    ForbiddenError,
    InputError,
    NotFoundError,
    NotReadyError,
    ProviderError,
)
from copilot.logs import get_logger

log = get_logger(__name__)
MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    """What went wrong, for the caller to fix."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str


class ApiProblem(Exception):
    """Raised by routes and dependencies; becomes a problem response."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers = status, title, detail, headers


def problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = Problem(title=title, status=status, detail=" ".join(detail.split()))
    return JSONResponse(body.model_dump(), status_code=status, media_type=MEDIA_TYPE, headers=headers)


# our errors, most specific first: (class, status, title)
_STATUSES: list[tuple[type[CopilotError], int, str]] = [
    (ConflictError, 409, "Conflict"),
    (InputError, 422, "Invalid input"),
    (NotFoundError, 404, "Not found"),
    (ForbiddenError, 403, "Forbidden"),
    (BusyError, 409, "Busy"),
    (ProviderError, 502, "Model provider failed"),
    (ConfigurationError, 503, "Service misconfigured"),
    (NotReadyError, 503, "Not ready"),
]


def _database_busy(exc: Exception) -> bool:
    """SQLite's write lock stayed taken past the busy timeout: the server is overloaded, not broken."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc)


def as_problem(exc: Exception) -> Problem:
    """Any error as the caller may see it: ours with their message, anything else said nothing about."""
    if _database_busy(exc):
        log.warning("database busy: %s", exc.__class__.__name__)
        return Problem(
            title="Busy",
            status=503,
            detail="the database is busy with other writes; this message was not stored, "
            "send it again in a moment",
        )
    if not isinstance(exc, CopilotError):
        log.error("unexpected %s: %s", exc.__class__.__name__, exc)
        return Problem(
            title="Internal error",
            status=500,
            detail="the server could not answer this request; it has been logged",
        )
    status, title = next(((s, t) for cls, s, t in _STATUSES if isinstance(exc, cls)), (400, "Bad request"))
    if isinstance(exc, ConfigurationError):  # paths and URLs of the deployment are for its operator
        log.error("misconfigured: %s", exc)
        return Problem(title=title, status=status, detail="the service is misconfigured; its log says how")
    return Problem(title=title, status=status, detail=" ".join(str(exc).split()))


def _respond(exc: Exception) -> JSONResponse:
    body = as_problem(exc)
    headers = {"Retry-After": "1"} if _database_busy(exc) else None
    return JSONResponse(body.model_dump(), status_code=body.status, media_type=MEDIA_TYPE, headers=headers)


def _copilot_error(_: Request, exc: Exception) -> JSONResponse:
    return _respond(exc)


def _api_problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem(exc.status, exc.title, exc.detail, exc.headers)


def _invalid_request(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        details.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg")))
    return problem(422, "Invalid request", "; ".join(details) or "the request could not be read")


def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Request failed")
    detail = exc.detail if isinstance(exc.detail, str) else title
    return problem(exc.status_code, title, detail, dict(exc.headers) if exc.headers else None)


def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    return _respond(exc)


def install(app: FastAPI) -> None:
    handlers: list[tuple[Any, Any]] = [
        (ApiProblem, _api_problem),
        (CopilotError, _copilot_error),
        (OperationalError, _copilot_error),  # handled here, not re-raised to the server's log
        (RequestValidationError, _invalid_request),
        (HTTPException, _http_error),
        (Exception, _unexpected),
    ]
    for exc_class, handler in handlers:
        app.add_exception_handler(exc_class, handler)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": title, "content": {MEDIA_TYPE: {}}}
    for status, title in [
        (401, "No key or an unknown key"),
        (403, "The key's role may not do this"),
        (413, "Request body too large"),
        (422, "Invalid request"),
        (429, "Over the key's rate limit (see Retry-After)"),
    ]
}
