"""Typed values that cross module boundaries: catalog, customers, orders, passages and search hits."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, Field

PassageKind = Literal["product", "variant", "document", "order"]


class Variant(BaseModel):
    variant_id: str
    sku: str | None = None
    options: dict[str, str] = Field(default_factory=dict)
    price: float | None = None
    currency: str = "USD"
    available: bool | None = None
    stock: int | None = None


class Product(BaseModel):
    product_id: str
    name: str
    category: str | None = None
    brand: str | None = None
    description: str | None = None
    url: str | None = None
    variants: list[Variant] = Field(default_factory=list)


class Address(BaseModel):
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None


class Customer(BaseModel):
    customer_id: str
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    zip: str | None = None
    address: Address | None = None
    tier: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class OrderItem(BaseModel):
    name: str
    product_id: str | None = None
    variant_id: str | None = None
    sku: str | None = None
    options: dict[str, str] = Field(default_factory=dict)
    quantity: int = 1
    unit_price: float | None = None


class Shipment(BaseModel):
    method: str | None = None
    carrier: str | None = None
    tracking_numbers: list[str] = Field(default_factory=list)
    variant_ids: list[str] = Field(default_factory=list)
    shipped_at: str | None = None
    estimated_delivery: str | None = None

    @property
    def started(self) -> bool:
        """A placeholder shipment (method chosen, nothing sent yet) is not a shipment."""
        return bool(self.carrier or self.tracking_numbers or self.shipped_at)


class Payment(BaseModel):
    method: str | None = None
    amount: float | None = None
    kind: str = "payment"  # payment | refund
    detail: str | None = None


class Order(BaseModel):
    order_id: str
    customer_id: str
    status: str
    placed_at: str | None = None
    items: list[OrderItem] = Field(default_factory=list)
    total: float | None = None
    currency: str = "USD"
    shipments: list[Shipment] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
    shipping_address: Address | None = None
    extra: dict[str, Any] = Field(default_factory=dict)


class Passage(BaseModel):
    """One retrievable unit of knowledge, embedded and indexed lexically.

    ``key`` is stable across ingests (``product:P1``, ``variant:P1:SKU``, ``doc:path#3``); ``content_id``
    changes with the text or metadata, which is what makes re-ingest incremental.
    """

    key: str
    kind: PassageKind
    text: str
    source: str
    title: str = ""
    heading_path: list[str] = Field(default_factory=list)
    product_id: str | None = None
    variant_id: str | None = None
    available: bool | None = None
    price: float | None = None
    options: dict[str, str] = Field(default_factory=dict)
    identifiers: list[str] = Field(default_factory=list, description="ids matched exactly: sku, item id")

    @property
    def content_id(self) -> str:
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


class SearchHit(BaseModel):
    passage: Passage
    score: float
    rank: int
    similarity: float | None = Field(default=None, description="cosine similarity to the query, if dense")
    matched: list[str] = Field(
        default_factory=list, description="which retrievers found it: id, dense, lexical"
    )


Action = Literal["answer", "ask_verification", "escalate", "decline"]


class Citation(BaseModel):
    """What an answer rests on: a passage (by key) or a record (order, customer)."""

    kind: Literal["passage", "order", "customer"]
    id: str
    source: str | None = None
    title: str | None = None
    score: float | None = None


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0


class DrafterInfo(BaseModel):
    name: str
    model: str | None = None
    fallback: bool = False
    fallback_reason: str | None = None


class TranscriptLine(BaseModel):
    role: str
    text: str


class Handoff(BaseModel):
    """Filled richly by the handoff slice; here the minimum an agent needs to pick up."""

    summary: str
    reasons: list[str] = Field(default_factory=list)
    transcript: list[TranscriptLine] = Field(default_factory=list)


class TurnResult(BaseModel):
    """One customer message's outcome, the same for the CLI, the HTTP API and evals."""

    conversation_id: str
    action: Action
    reply: str
    suggestions: list[str] = Field(default_factory=list, max_length=3)
    citations: list[Citation] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    intent: str
    verified: bool = False
    flags: list[str] = Field(default_factory=list, description="e.g. prompt_injection, ungrounded_repaired")
    handoff: Handoff | None = None
    usage: Usage = Field(default_factory=Usage)
    drafter: DrafterInfo
