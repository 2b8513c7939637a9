"""copilot: an agent copilot with bot-to-human handoff for conversational commerce.

The public library surface is small: settings, ingestion and retrieval (more arrives with drafting and
handoff). Everything the CLI and the HTTP API do goes through these names.
"""

from copilot.errors import CopilotError, IngestionError, NotFoundError
from copilot.ingest import IngestReport, ingest
from copilot.retrieval import Retriever, SearchFilters
from copilot.schemas import Customer, Order, Passage, SearchHit
from copilot.settings import Settings, get_settings

__all__ = [
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
    "get_settings",
    "ingest",
]
