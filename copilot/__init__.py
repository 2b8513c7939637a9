"""copilot: an agent copilot with bot-to-human handoff for conversational commerce.

The public library surface is small: settings, ingestion, retrieval and ``Copilot.turn`` (one customer
message in, a ``TurnResult`` out). Everything the CLI does goes through these names.
"""

from copilot.errors import CopilotError, IngestionError, NotFoundError
from copilot.ingest import IngestReport, ingest
from copilot.retrieval import Retriever, SearchFilters
from copilot.schemas import Customer, Order, Passage, SearchHit, TurnResult
from copilot.service import Copilot
from copilot.settings import Settings, get_settings

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
