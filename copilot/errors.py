"""The exceptions copilot raises, as one tree so callers can catch at the depth they care about.

    CopilotError
    ├── ConfigurationError   settings or a sources file that cannot work
    ├── IngestionError       a knowledge file or record that cannot be read (names file, record, field)
    ├── InputError           a request that cannot be served as sent (empty or oversized message)
    ├── ProviderError        the model endpoint failed (timeout, HTTP error, connection refused)
    ├── ModelOutputError     the model answered, but not in the shape asked for
    ├── NotFoundError        an id that does not exist (order, customer, conversation)
    ├── ForbiddenError       the caller may not do this (wrong session token, another customer's thread)
    └── BusyError            someone else holds what this needs (another ingest of the same home)

Edges (CLI, HTTP) turn these into messages and status codes; the core never prints.
"""

from __future__ import annotations


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


class ProviderError(CopilotError):
    """The model endpoint could not give an answer; the offline drafter takes over."""


class ModelOutputError(CopilotError):
    """The model's answer could not be used (not JSON, wrong fields); the offline drafter takes over."""


class NotFoundError(CopilotError):
    """An id that names nothing."""


class ForbiddenError(CopilotError):
    """The caller is not allowed to do this; nothing was read or written."""


class BusyError(CopilotError):
    """Another process holds a lock this operation needs; try again later."""


class NotReadyError(CopilotError):
    """The service cannot answer yet: its database does not answer, or nothing is ingested."""
