"""The drafter protocol and what a drafter is given.

A drafter sees only what the turn pipeline already decided it may see: orders are those of the
verified customer and nobody else; ids of orders that belong to someone else arrive only as ids.
So identity rules hold whichever drafter (or model) writes the words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from copilot.redaction import Redactor
from copilot.retrieval import Retriever, SearchFilters
from copilot.schemas import Action, Citation, Customer, Order, Passage, SearchHit, Usage
from copilot.understanding import Understanding


def cite(passage: Passage) -> Citation:
    return Citation(kind="passage", id=passage.key, source=passage.source, title=passage.title)


class DraftContext(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    shop: str
    text: str  # the customer's message (redacted before it may reach a model)
    understanding: Understanding
    customer: Customer | None  # the proven customer, if any
    proof: str | None = Field(
        default=None, description="how the customer was proven: knowledge, otp, channel"
    )
    orders: list[Order] = Field(
        default_factory=list,
        description="the orders the proofs unlock, without parts their scopes do not cover",
    )
    other_order_ids: list[str] = Field(
        default_factory=list, description="order ids mentioned that are not theirs (or do not exist)"
    )
    hits: list[SearchHit] = Field(default_factory=list)
    history: list[tuple[str, str]] = Field(default_factory=list, description="(role, text), oldest first")
    retriever: Retriever | None = Field(default=None, exclude=True)
    redactor: Redactor | None = Field(default=None, exclude=True, description="the shop's; default: generic")
    own_data: list[str] = Field(
        default_factory=list, description="the proven customer's own data, shown to them"
    )
    focus: list[str] = Field(
        default_factory=list,
        description="keys of the product (and variant) passages the bot's last answer was about",
    )
    today: date = Field(
        default_factory=lambda: datetime.now(UTC).date(),
        description="the day of the turn: which of a page's seasonal tables is in effect",
    )

    def with_pages(self, query: str | None = None, *, first: bool = False) -> DraftContext:
        """This context with the shop's pages on the question among its hits: a question that names
        a product ("between two sizes on the pro jersey?") retrieves the product, while its answer is
        on a page (the size guide). ``first`` puts them before the hits it had."""
        if self.retriever is None:
            return self
        pages = self.retriever.search(query or self.text, 5, filters=SearchFilters(kinds=["document"]))
        if first:
            keys = {h.passage.key for h in pages}
            return self.model_copy(
                update={"hits": [*pages, *(h for h in self.hits if h.passage.key not in keys)]}
            )
        seen = {h.passage.key for h in self.hits}
        return self.model_copy(
            update={"hits": [*self.hits, *(h for h in pages if h.passage.key not in seen)]}
        )


class Draft(BaseModel):
    action: Action
    reply: str
    suggestions: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    usage: Usage = Field(default_factory=Usage)
    model: str | None = None
    drafter: str | None = Field(
        default=None, description="set when another drafter than the configured one answered"
    )
    fallback_reason: str | None = None
    escalation_reason: str | None = None
    unknown: str | None = Field(
        default=None, description="the reply's words saying the shop's information does not say"
    )
    evidence: list[str] = Field(
        default_factory=list, description="facts the drafter computed from records (counts), for grounding"
    )


class Drafter(Protocol):
    name: str

    def draft(self, context: DraftContext) -> Draft: ...
