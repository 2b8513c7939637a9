"""copilot's hybrid retriever and a shop's tools as LangChain parts, for chains and agents of your own.

Nothing in ``copilot`` imports this module. The rule the service keeps holds here too: a model chooses
what to search and which order to ask about, never whose orders it may see. ``copilot_tools`` binds
the customer your code verified; no tool argument names a customer, and an order of anyone else gets
the same answer as one that was never placed. A handover is decided by the shop's escalation rules,
the model's reason being one more (``model_proposed``), and ``Copilot.hand_over`` builds, stores,
queues and delivers its packet as a turn's escalation is.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.messages import BaseMessage
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field

from copilot.drafting.llm import order_for_model
from copilot.errors import NotFoundError
from copilot.retrieval import Retriever, SearchFilters, SearchMode
from copilot.schemas import Customer, HandoffPacket, SearchHit, TranscriptLine
from copilot.service import Copilot
from copilot.settings import Settings, get_settings

History = Callable[[], Sequence[BaseMessage]]


def _open_retriever(data: dict[str, Any]) -> Retriever:
    settings = data.get("settings")
    return Retriever(settings if isinstance(settings, Settings) else get_settings())


class CopilotRetriever(BaseRetriever):
    """Hybrid search (exact ids, dense, BM25) over the shop's active knowledge, as LangChain documents.

    ``CopilotRetriever()`` reads the settings from the environment (``COPILOT_HOME``, ...) like the CLI;
    pass ``settings=`` or a ready ``retriever=`` to choose. ``k`` and ``filters`` may also be given per
    call: ``invoke(query, k=3, filters=SearchFilters(kinds=["document"]))``. A document's ``id`` is its
    passage key; ``metadata`` carries the key, kind, source, title, score and rank, and the product
    fields when there are any. Orders and passages that screening withheld are never returned.
    """

    settings: Settings | None = Field(default=None, exclude=True)
    retriever: Retriever = Field(default_factory=_open_retriever, exclude=True)
    k: int = Field(default=4, ge=1, le=100)
    filters: SearchFilters = Field(default_factory=SearchFilters)
    mode: SearchMode = "hybrid"

    def _search(self, query: str, k: int | None, filters: SearchFilters | None) -> list[Document]:
        hits = self.retriever.search(
            query, self.k if k is None else k, filters=filters or self.filters, mode=self.mode
        )
        return [passage_document(hit) for hit in hits]

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        filters: SearchFilters | None = None,
    ) -> list[Document]:
        return self._search(query, k, filters)

    async def _aget_relevant_documents(
        self,
        query: str,
        *,
        run_manager: AsyncCallbackManagerForRetrieverRun,
        k: int | None = None,
        filters: SearchFilters | None = None,
    ) -> list[Document]:
        # The search is CPU work (an embedding, BM25, numpy): a thread keeps the event loop free.
        return await asyncio.to_thread(self._search, query, k, filters)


def passage_document(hit: SearchHit) -> Document:
    """A search hit as a document: the passage text, with where it came from in the metadata."""
    passage = hit.passage
    metadata: dict[str, Any] = {
        "key": passage.key,
        "kind": passage.kind,
        "source": passage.source,
        "title": passage.title,
        "score": hit.score,
        "rank": hit.rank,
        "matched": hit.matched,
    }
    optional = {
        "heading_path": passage.heading_path,
        "product_id": passage.product_id,
        "variant_id": passage.variant_id,
        "available": passage.available,
        "price": passage.price,
        "options": passage.options,
    }
    metadata.update({name: value for name, value in optional.items() if value not in (None, [], {})})
    return Document(id=passage.key, page_content=passage.text, metadata=metadata)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an argument the schema does not offer is refused


class CatalogQuery(_Strict):
    query: str = Field(min_length=1, max_length=1000, description="what the customer is looking for")
    k: int = Field(default=5, ge=1, le=20, description="how many products or variants to return")


class OrderQuery(_Strict):
    order_id: str = Field(
        min_length=1, max_length=100, description="the order number as the customer wrote it"
    )


class HandoverRequest(_Strict):
    reason: str = Field(min_length=1, max_length=500, description="why a person is needed, in one sentence")


NO_ORDER = "No order with that number was found for this customer."


class _Bound:
    """The tools' shared state: the copilot, the customer our code verified, the conversation so far."""

    def __init__(
        self, copilot: Copilot, customer: Customer | None, history: History | None, channel: str
    ) -> None:
        self.copilot = copilot
        self.customer = customer
        self.history = history or (lambda: [])
        self.channel = channel
        self.hits: list[SearchHit] = []  # the last catalog search, for the packet's knowledge block
        self.packet: HandoffPacket | None = None

    def search_catalog(self, query: str, k: int = 5) -> str:
        filters = SearchFilters(kinds=["product", "variant"])
        self.hits = self.copilot.retriever.search(query, k, filters=filters)
        found = [
            {
                "key": h.passage.key,
                "title": h.passage.title,
                "text": h.passage.text,
                "price": h.passage.price,
                "available": h.passage.available,
                "source": h.passage.source,
            }
            for h in self.hits
        ]
        return json.dumps(found, ensure_ascii=False) if found else "Nothing in the catalog matches."

    def look_up_order(self, order_id: str) -> str:
        order = self.copilot.store.order(order_id)
        if order is None or self.customer is None or order.customer_id != self.customer.customer_id:
            return NO_ORDER  # the same words whether it is someone else's or was never placed
        return json.dumps(order_for_model(order), ensure_ascii=False, default=str)

    def hand_over(self, reason: str) -> tuple[str, HandoffPacket | None]:
        if self.packet is not None:
            return "The conversation is already with a person; they will reply to the customer.", self.packet
        transcript = transcript_of(self.history(), datetime.now(UTC))
        packet, reply = self.copilot.hand_over(
            transcript, reason=reason, customer=self.customer, channel=self.channel, hits=self.hits
        )
        if packet is None:
            return "The shop's rules do not hand this conversation to a person; keep helping.", None
        self.packet = packet
        team = self.copilot.policy.queue(packet.queue).name
        return f"Handed over to the {team} team. Tell the customer: {reply}", packet


def transcript_of(messages: Sequence[BaseMessage], at: datetime) -> list[TranscriptLine]:
    """The customer's and the assistant's words (system prompts, tool calls and results left out)."""
    roles = {"human": "customer", "ai": "bot"}
    return [
        TranscriptLine(role=roles[m.type], text=str(m.text).strip(), at=at)
        for m in messages
        if m.type in roles and str(m.text).strip()
    ]


def copilot_tools(
    copilot: Copilot,
    *,
    customer_id: str | None = None,
    history: History | None = None,
    channel: str = "langchain",
) -> list[BaseTool]:
    """The shop's tools for one conversation: ``search_catalog``, ``look_up_order`` (only when
    ``customer_id`` names the customer your code verified; it sees their orders alone) and
    ``hand_over_to_person``, whose ToolMessage carries the HandoffPacket as its ``artifact``.

    ``history`` returns the conversation's messages so far (the agent's own list): the packet's
    transcript and the escalation rules read it. NotFoundError for a customer the shop does not know.
    """
    customer = None
    if customer_id is not None:
        customer = copilot.store.customer(customer_id)
        if customer is None:
            raise NotFoundError(f"unknown customer '{customer_id}'")
    bound = _Bound(copilot, customer, history, channel)
    tools: list[BaseTool] = [
        StructuredTool.from_function(
            bound.search_catalog,
            name="search_catalog",
            description="Search the shop's products and their variants (sizes, colours, prices, stock).",
            args_schema=CatalogQuery,
            handle_validation_error=True,
        )
    ]
    if customer is not None:
        tools.append(
            StructuredTool.from_function(
                bound.look_up_order,
                name="look_up_order",
                description="Status, items, total and tracking of one of the customer's own orders.",
                args_schema=OrderQuery,
                handle_validation_error=True,
            )
        )
    tools.append(
        StructuredTool.from_function(
            bound.hand_over,
            name="hand_over_to_person",
            description="Pass the conversation to a member of the shop's team, with everything gathered "
            "so far. Use it when the customer asks for a person or you cannot help them.",
            args_schema=HandoverRequest,
            response_format="content_and_artifact",
            handle_validation_error=True,
        )
    )
    return tools
