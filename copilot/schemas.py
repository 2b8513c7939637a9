"""Typed values that cross module boundaries: catalog, customers, orders, passages and search hits."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PassageKind = Literal["product", "variant", "document", "order", "withdrawn"]


class Variant(BaseModel):
    variant_id: str
    sku: str | None = None
    options: dict[str, str] = Field(default_factory=dict)
    price: float | None = None
    compare_at_price: float | None = Field(default=None, description="the price before a sale, when higher")
    currency: str = "USD"
    available: bool | None = None
    stock: int | None = None
    tracked: bool | None = Field(
        default=None, description="false: stock is not counted (gift cards, made to order)"
    )
    backorder: bool | None = Field(default=None, description="true: still sold when out of stock")
    preorder: bool | None = Field(default=None, description="true: sold before its release")
    available_from: datetime | None = Field(
        default=None, description="when a pre-order is released or a backorder restocked, if the shop says"
    )
    sale_starts: datetime | None = Field(
        default=None, description="the sale price applies from here (with the shop's offset; none: UTC)"
    )
    sale_ends: datetime | None = Field(default=None, description="... and until here; either end may be open")
    note: str | None = Field(
        default=None,
        description="what the shop writes of this version alone (a WooCommerce variation's description)",
    )

    def price_at(self, now: datetime) -> tuple[float | None, float | None]:
        """(what a shopper pays at ``now``, the price before a sale when one is on): a sale price
        with a window applies only inside it; outside, the regular price."""
        if self.compare_at_price is None or sale_open(self.sale_starts, self.sale_ends, now):
            return self.price, self.compare_at_price
        return self.compare_at_price, None


def sale_open(starts: datetime | None, ends: datetime | None, now: datetime) -> bool:
    """Whether ``now`` (aware) lies in a sale window; a time without an offset is read as UTC."""

    def aware(moment: datetime) -> datetime:
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

    return (starts is None or aware(starts) <= now) and (ends is None or now <= aware(ends))


class SaleWindow(BaseModel):
    """A sale price that applies only between two moments, kept on a variant passage so that the
    price stated at answer time is the one that applies then (the passage text states the window)."""

    price: float = Field(description="the sale price")
    regular_price: float = Field(description="the price outside the window")
    starts: datetime | None = None
    ends: datetime | None = None
    text: str = Field(description="the passage's price sentence as written at ingest (states the window)")
    now_open: str = Field(description="the sentence while the sale is on")
    now_before: str = Field(description="the sentence before it starts")
    now_after: str = Field(description="the sentence after it ends")


class Product(BaseModel):
    product_id: str
    name: str
    category: str | None = None
    brand: str | None = None
    description: str | None = None
    url: str | None = None
    tags: list[str] = Field(default_factory=list)
    variants: list[Variant] = Field(default_factory=list)
    includes: list[str] = Field(
        default_factory=list,
        description="the products sold together as this one (WooCommerce's grouped product), by id or SKU",
    )
    for_sale: bool = Field(
        default=True,
        description="false: a draft, archived or unpublished product, kept by name only so that a "
        "question naming it is told it is not sold, never answered with another product",
    )


class Address(BaseModel):
    name: str | None = None
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None

    def one_line(self) -> str:
        """How a reply writes it: "12 Oak St, Apt 4, Portland, OR 97201, US"."""
        place = " ".join(p for p in (self.state, self.zip) if p)
        return ", ".join(p for p in (self.line1, self.line2, self.city, place, self.country) if p)


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
    fulfillment_status: str | None = None  # the line's own, where an export gives one ("fulfilled")


class Shipment(BaseModel):
    method: str | None = None
    carrier: str | None = None
    tracking_numbers: list[str] = Field(default_factory=list)
    variant_ids: list[str] = Field(default_factory=list)
    shipped_at: str | None = None
    estimated_delivery: str | None = None
    status: str | None = Field(default=None, description="the carrier's last word: in_transit, delivered...")

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
    fulfillment_status: str | None = Field(
        default=None,
        description="unfulfilled, partially_fulfilled, fulfilled, delivered, returned, or the shop's word",
    )
    payment_status: str | None = Field(
        default=None,
        description="pending, authorized, paid, partially_paid, partially_refunded, refunded, voided, "
        "failed, or the shop's word",
    )
    cancelled_at: str | None = None
    refunded_amount: float | None = None
    email: str | None = Field(default=None, description="the email the order was placed with, if recorded")
    phone: str | None = Field(default=None, description="the phone number the order was placed with")
    placed_at: str | None = None
    items: list[OrderItem] = Field(default_factory=list)
    total: float | None = None
    shipping_cost: float | None = Field(default=None, description="what the order paid for shipping")
    shipping_method: str | None = Field(
        default=None, description='the shipping option chosen at checkout ("Same-day evening delivery")'
    )
    currency: str = "USD"
    shipments: list[Shipment] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
    shipping_address: Address | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def never_sent(self) -> bool:
        """Cancelled or not yet fulfilled, with no parcel started: nothing of it can have been lost."""
        if any(s.started for s in self.shipments) or self.fulfillment_status not in (None, "unfulfilled"):
            return False
        return self.cancelled_at is not None or bool(
            {"cancelled", "unfulfilled"} & {self.status, self.fulfillment_status}
        )

    def sent_and_left(self) -> tuple[list[OrderItem], list[OrderItem]]:
        """The items its started parcels say they hold (or, where none says, the lines marked fulfilled),
        and the rest; neither when nothing says which items went or all went. An item is known by any of
        its ids (variant, SKU, or the product id a per-item tracking plugin records)."""
        sent = {v for s in self.shipments if s.started for v in s.variant_ids}
        went = [i for i in self.items if sent & {i.variant_id, i.sku, i.product_id}]
        if not sent:  # no parcel says what it holds: each line's own state, where the export gives one
            went = [i for i in self.items if i.fulfillment_status == "fulfilled"]
        left = [i for i in self.items if i not in went]
        return (went, left) if went and left else ([], [])


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
    stock: int | None = Field(default=None, description="a variant's units in stock, where counted")
    backorder: bool | None = Field(default=None, description="true: still sold when out of stock")
    preorder: bool | None = Field(default=None, description="true: sold before its release")
    available_from: datetime | None = Field(default=None, description="when a pre-order or backorder ships")
    price: float | None = None
    was_price: float | None = Field(default=None, description="the price before a sale that is on")
    currency: str | None = Field(default=None, description="ISO 4217 code of its prices; none: USD")
    rank: int | None = Field(
        default=None, description="a variant's place among its product's, as the shop lists them"
    )
    options: dict[str, str] = Field(default_factory=dict)
    identifiers: list[str] = Field(default_factory=list, description="ids matched exactly: sku, item id")
    flags: list[str] = Field(
        default_factory=list, description="screening rules it failed: never quoted, never evidence"
    )
    sale: SaleWindow | None = Field(default=None, description="a sale with a window: see ``at``")
    note: str | None = Field(default=None, description="a version's own text (``Variant.note``)")

    def at(self, now: datetime) -> Passage:
        """The passage as it reads at ``now``: inside a sale's window its price is the sale price and
        its text says until when; outside, the regular price (and, before it, when the sale starts)."""
        sale = self.sale
        if sale is None:
            return self
        aware = [m if m is None or m.tzinfo else m.replace(tzinfo=UTC) for m in (sale.starts, sale.ends)]
        was: float | None = None
        if sale_open(sale.starts, sale.ends, now):
            price, sentence, was = sale.price, sale.now_open, sale.regular_price
        elif aware[0] is not None and now < aware[0]:
            price, sentence = sale.regular_price, sale.now_before
        else:
            price, sentence = sale.regular_price, sale.now_after
        return self.model_copy(
            update={"price": price, "was_price": was, "text": self.text.replace(sale.text, sentence)}
        )

    @property
    def content_id(self) -> str:
        # a field added later counts only when set, so an upgrade does not embed every passage again
        later = ("backorder", "preorder", "was_price", "note", "stock")
        unset = {name for name in later if getattr(self, name) is None}
        payload = json.dumps(self.model_dump(mode="json", exclude=unset), sort_keys=True, ensure_ascii=False)
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
    name: str = Field(
        description="who wrote the reply: the configured drafter (llm, offline), the fallback when the "
        "model failed, or code: a decision taken the same way on every path (proof, refusals, declines)"
    )
    model: str | None = None
    fallback: bool = False
    fallback_reason: str | None = None


class TranscriptLine(BaseModel):
    role: str
    text: str
    at: datetime | None = None


HANDOFF_VERSION = "1.2"
Priority = Literal["low", "normal", "high", "urgent"]


class EscalationReason(BaseModel):
    """Why a conversation went to a person: which rule fired, on what, how strongly."""

    rule: str = Field(description="stable rule id, e.g. sensitive_topic, frustration, model_proposed")
    detail: str = Field(description="what triggered it: a topic id, a phrase, a threshold comparison")
    score: float | None = Field(default=None, description="the measured value the rule compared, if any")


class IdentityAttempt(BaseModel):
    """A failed proof, as the fraud team reads it (contact data only masked or hashed)."""

    at: datetime
    method: str = Field(description="knowledge (typed facts) or otp (a one-time code)")
    target: str = Field(description="what was tried: order:<number>, email:<hash>, phone:<hash>, code:<conv>")
    detail: str


class CustomerSnapshot(BaseModel):
    verified: bool
    verified_by: str | None = Field(
        default=None,
        description="strongest live proof: channel, otp, or knowledge (typed facts for one order)",
    )
    customer_id: str | None = None
    name: str | None = None
    email: str | None = Field(default=None, description="masked unless the shop shows agents full data")
    phone: str | None = Field(default=None, description="only when the shop shows agents full data")
    tier: str | None = None
    lifetime_value: float | None = None
    order_count: int = 0


class OrderSnapshot(BaseModel):
    order_id: str
    status: str
    placed_at: str | None = None
    total: float | None = None
    currency: str = "USD"
    items: list[str] = Field(default_factory=list, description="'2 x Name (option values)'")
    tracking_numbers: list[str] = Field(default_factory=list)


class KnowledgeUsed(BaseModel):
    kind: Literal["passage", "order", "customer"]
    id: str
    source: str | None = None
    title: str | None = None
    score: float | None = None
    cited: bool = Field(description="cited in a reply, or only retrieved")


class Sentiment(BaseModel):
    compound: float = Field(ge=-1, le=1, description="VADER compound score of the customer's last message")
    frustration: float = Field(ge=0, le=1)
    label: Literal["negative", "neutral", "positive"]


class CartItem(BaseModel):
    """One line of the shopper's cart, as the shop's page reports it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, description="as the shop's page shows it")
    quantity: int = Field(default=1, ge=1, le=10_000)
    price: float | None = Field(default=None, ge=0, le=1_000_000, description="the price of one")


class Cart(BaseModel):
    """The shopper's cart as the shop's page tells the chat widget: what the shopper's browser says,
    data for the person who takes over, never proof of anything (its text is redacted where stored)."""

    model_config = ConfigDict(extra="forbid")

    items: list[CartItem] = Field(default_factory=list, max_length=50)
    value: float | None = Field(default=None, ge=0, le=10_000_000, description="the cart's total")
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    step: str | None = Field(
        default=None, max_length=40, description="where the shopper is: cart, shipping, payment ..."
    )


class HandoffPacket(BaseModel):
    """Everything a person needs to take over without asking the customer to repeat anything."""

    packet_id: str
    version: str = HANDOFF_VERSION
    conversation_id: str
    channel: str
    created_at: datetime
    customer: CustomerSnapshot
    orders: list[OrderSnapshot] = Field(default_factory=list)
    transcript: list[TranscriptLine] = Field(description="oldest first, personal data redacted")
    summary: str
    summary_source: Literal["llm", "extractive"]
    intent: str
    sentiment: Sentiment
    language: str = Field(description="ISO 639-1 code, or und")
    reasons: list[EscalationReason] = Field(min_length=1)
    knowledge: list[KnowledgeUsed] = Field(default_factory=list)
    bot_said: list[str] = Field(default_factory=list, description="what the bot already told the customer")
    suggested_reply: str = Field(description="a next reply the agent can send or edit")
    priority: Priority
    queue: str
    cart_total: float | None = None
    cart: Cart | None = Field(
        default=None,
        description="the shopper's cart as the shop's page reported it (item names redacted)",
    )
    identity_attempts: list[IdentityAttempt] = Field(
        default_factory=list, description="failed proofs in this conversation (a fraud team's evidence)"
    )


class MessageIn(BaseModel):
    """One customer message as a channel sends it: the body of ``POST /v1/messages``. Who the customer
    is comes from the caller's authentication: ``customer_email`` counts only from a trusted channel
    (the CLI's operator, a ``bot`` key), ``customer_token`` is the shop's signed word for it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"id": "m1", "text": "do the trail runners run small?"},
                {
                    "id": "m2",
                    "text": "where is my order TS-102239?",
                    "customer_email": "ethan.brooks@example.com",
                },
                {"text": "and in size 10?", "conversation_id": "CONVERSATION_ID", "session_token": "TOKEN"},
            ]
        },
    )

    id: str | int | None = Field(default=None, description="The caller's own label, echoed back.")
    text: str = Field(min_length=1, description="What the customer wrote.")
    customer_email: str | None = None
    customer_token: str | None = None
    conversation_id: str | None = None
    session_token: str | None = None
    cart_total: float | None = Field(default=None, ge=0)
    cart: Cart | None = Field(default=None, description="The shopper's cart, as the shop's site knows it.")


class BatchLine(MessageIn):
    """One line of ``copilot ask --batch``: a message with its id, and a ``thread`` label that makes
    lines one new conversation."""

    id: str | int
    thread: str | None = None


class TurnResult(BaseModel):
    """One customer message's outcome, the same for the CLI, the HTTP API and evals."""

    conversation_id: str
    session_token: str | None = Field(
        default=None, description="set when this turn started the conversation: what continues it (keep it)"
    )
    action: Action
    reply: str
    suggestions: list[str] = Field(default_factory=list, max_length=3)
    citations: list[Citation] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    intent: str
    verified: bool = False
    flags: list[str] = Field(default_factory=list, description="e.g. prompt_injection, ungrounded_repaired")
    evidence: list[str] = Field(
        default_factory=list, description="facts the drafter computed from the cited records (e.g. counts)"
    )
    handoff: HandoffPacket | None = None
    handled_by: Literal["bot", "agent"] = Field(
        default="bot", description="agent: a person owns the conversation, reply and suggestions are for them"
    )
    draft_id: int | None = Field(
        default=None, description="the stored draft, for recording an agent's choice"
    )
    usage: Usage = Field(default_factory=Usage)
    drafter: DrafterInfo

    def for_customer(self) -> CustomerTurn:
        """What the customer may see of this turn. While a person owns the conversation the draft is
        theirs to send or not: the customer gets no reply from the bot."""
        by_bot = self.handled_by == "bot"
        return CustomerTurn(
            conversation_id=self.conversation_id,
            session_token=self.session_token,
            reply=self.reply if by_bot else None,
            action=self.action if by_bot else None,
            handled_by=self.handled_by,
            verified=self.verified,
        )


class CustomerTurn(BaseModel):
    """A turn as the customer sees it: the reply and who answers next; no citations, confidence,
    flags, suggestions or handoff packet (those are for the shop's people and integrations)."""

    conversation_id: str
    session_token: str | None = Field(
        default=None, description="set when this turn started the conversation: what continues it (keep it)"
    )
    reply: str | None = Field(description="none while a person owns the conversation: they answer")
    action: Action | None = Field(
        description="escalate: a person will answer; ask_verification: the reply asks for a proof"
    )
    handled_by: Literal["bot", "agent"]
    verified: bool


class CustomerMessage(BaseModel):
    """One message of a thread as the customer sees it."""

    id: int
    role: Literal["customer", "bot", "agent", "event"]
    text: str
    at: datetime


class CustomerThread(BaseModel):
    """A conversation read back by the customer it belongs to (e.g. after a page reload)."""

    conversation_id: str
    handled_by: Literal["bot", "agent"] = Field(description="who answers the next message")
    messages: list[CustomerMessage]
