"""copilot: an agent copilot with bot-to-human handoff for conversational commerce.

The public library surface is small: settings, ingestion, retrieval and ``Copilot.turn`` (one customer
message in, a ``TurnResult`` out). Everything the CLI does goes through these names. They are imported
on first use, so ``import copilot`` (and ``copilot --help``) does not load the vector store, the
embedding model or the model client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copilot.errors import CopilotError, IngestionError, NotFoundError
    from copilot.ingest import IngestReport, ingest
    from copilot.retrieval import Retriever, SearchFilters
    from copilot.schemas import Customer, Order, Passage, SearchHit, TurnResult
    from copilot.service import Copilot
    from copilot.settings import Settings, get_settings

_HOMES = {
    "CopilotError": "copilot.errors",
    "IngestionError": "copilot.errors",
    "NotFoundError": "copilot.errors",
    "IngestReport": "copilot.ingest",
    "ingest": "copilot.ingest",
    "Retriever": "copilot.retrieval",
    "SearchFilters": "copilot.retrieval",
    "Customer": "copilot.schemas",
    "Order": "copilot.schemas",
    "Passage": "copilot.schemas",
    "SearchHit": "copilot.schemas",
    "TurnResult": "copilot.schemas",
    "Copilot": "copilot.service",
    "Settings": "copilot.settings",
    "get_settings": "copilot.settings",
}
__all__ = [
    "Copilot",
    "CopilotError",
    "Customer",
    "IngestReport",
    "IngestionError",
    "NotFoundError",
    "Order",
    "Passage",
    "Retriever",
    "SearchFilters",
    "SearchHit",
    "Settings",
    "TurnResult",
    "get_settings",
    "ingest",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'copilot' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
