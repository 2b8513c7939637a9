"""The exceptions copilot raises, as one tree so callers can catch at the depth they care about.

    CopilotError
    ├── ConfigurationError   settings or a sources file that cannot work
    ├── IngestionError       a knowledge file or record that cannot be read (names file, record, field)
    ├── InputError           a request that cannot be served as sent (empty or oversized message)
    ├── ModelError           a model call gave no usable answer (and what it cost)
    │   ├── ProviderError    the model endpoint failed (timeout, HTTP error, connection refused)
    │   └── ModelOutputError the model answered, but not in a shape or with claims we can use
    ├── NotFoundError        an id that does not exist (order, customer, conversation)
    ├── ForbiddenError       the caller may not do this (wrong session token, another customer's thread)
    └── BusyError            someone else holds what this needs (another ingest of the same home)

Edges (CLI, HTTP) turn these into messages and status codes; the core never prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copilot.schemas import Usage


class CopilotError(Exception):
    """Base class of every error copilot raises on purpose."""


class ConfigurationError(CopilotError):
    """Settings or a sources file are inconsistent."""


class IngestionError(CopilotError):
    """A knowledge source could not be read; says where, so the user can fix the file."""

    def __init__(self, message: str, *, file: str, record: str | None = None, field: str | None = None):
        self.file = file
        self.record = record
        self.field = field
        where = file
        if record is not None:
            where += f", record {record}"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


class InputError(CopilotError):
    """A request that cannot be served as sent; nothing was stored."""


class ConflictError(InputError):
    """The thing is in a state that does not allow this now (already claimed, already resolved, not
    yours, agent offline); nothing was stored."""


class ModelError(CopilotError):
    """A model call that gave no usable answer; ``spent`` is what it still cost (tokens, USD)."""

    def __init__(self, message: str) -> None:
        self.spent: Usage | None = None
        super().__init__(message)


class ProviderError(ModelError):
    """The model endpoint could not give an answer; the offline drafter takes over."""


class ModelOutputError(ModelError):
    """The model's answer could not be used (a copied template, an unsupported claim, a wrong shape);
    the offline drafter takes over."""


class NotFoundError(CopilotError):
    """An id that names nothing."""


class ForbiddenError(CopilotError):
    """The caller is not allowed to do this; nothing was read or written."""


class BusyError(CopilotError):
    """Another process holds a lock this operation needs; try again later."""


class NotReadyError(CopilotError):
    """The service cannot answer yet: its database does not answer, or nothing is ingested."""
