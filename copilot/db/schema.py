"""Every table copilot keeps, in one place. The migrations in ``migrations/`` build exactly this schema
(a test compares them); change a table here and add a migration beside it."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, Integer, MetaData, String, Table, Text

metadata = MetaData()

# -- knowledge: generations of passages, customers and orders, replaced whole by an ingest ------------
generations = Table(
    "generations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("passage_count", Integer, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("sources", Text, nullable=False),
)
state = Table(
    "state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
passages = Table(
    "passages",
    metadata,
    Column("generation_id", Integer, primary_key=True),
    Column("content_id", String(32), primary_key=True),
    Column("data", Text, nullable=False),
)
customers = Table(
    "customers",
    metadata,
    Column("customer_id", String(200), primary_key=True),
    Column("email", String(320), index=True),
    Column("name", String(200), index=True),
    Column("zip", String(20)),
    Column("data", Text, nullable=False),
)
customer_phones = Table(
    "customer_phones",
    metadata,
    Column("tail", String(7), index=True, nullable=False),  # the last 7 digits: typed with or without +CC
    Column("digits", String(20), nullable=False),
    Column("customer_id", String(200), nullable=False),
)
orders = Table(
    "orders",
    metadata,
    Column("order_id", String(200), primary_key=True),
    Column("lookup_key", String(200), index=True, nullable=False),
    Column("customer_id", String(200), index=True, nullable=False),
    Column("status", String(64), nullable=False),
    Column("data", Text, nullable=False),
)

# -- conversations: threads, their messages and the drafts made for them -----------------------------
conversations = Table(
    "conversations",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("channel", String(50), nullable=False),
    Column("customer_id", String(200), index=True),
    Column("verified_by", String(20)),
    Column("owner", String(10), nullable=False, default="bot"),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("role", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("data", Text, nullable=False, default="{}"),
)
drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("message_id", Integer, nullable=False),
    Column("result", Text, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- identity: session tokens, proofs, one-time codes, failed attempts and locks ----------------------
sessions = Table(
    "conversation_sessions",
    metadata,
    Column("conversation_id", String(100), primary_key=True),
    Column("token_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
proofs = Table(
    "identity_proofs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("customer_id", String(200), nullable=False),
    Column("method", String(16), nullable=False),
    Column("order_id", String(200)),  # set: this proof unlocks only that order
    Column("created_at", DateTime(timezone=True), nullable=False),
)
codes = Table(
    "verification_codes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("customer_id", String(200), nullable=False),
    Column("target", String(320), index=True, nullable=False),
    Column("salt", String(32), nullable=False),
    Column("code_hash", String(64), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)
attempts = Table(
    "identity_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("source", String(200), index=True, nullable=False),
    Column("target", String(320), index=True, nullable=False),
    Column("contact", String(320), index=True),  # an email or phone typed with it (hashed)
    Column("method", String(16), nullable=False),
    Column("detail", String(300), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
locks = Table(
    "conversation_locks",
    metadata,
    Column("conversation_id", String(100), primary_key=True),
    Column("locked_until", DateTime(timezone=True), nullable=False),
    Column("reason", String(300), nullable=False),
)

# -- escalation: handoffs and their queues, agents, agents' decisions on drafts, the outbox ------------
handoffs = Table(
    "handoffs",
    metadata,
    Column("packet_id", String(64), primary_key=True),
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("queue", String(64), index=True, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("status", String(16), index=True, nullable=False),
    Column("agent_id", String(100), index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("packet", Text, nullable=False),
    Column("claimed_at", DateTime(timezone=True)),  # when an agent took it (handle time starts)
)
agents = Table(
    "agents",
    metadata,
    Column("agent_id", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("skills", Text, nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("online", Boolean, nullable=False),
)
decisions = Table(
    "draft_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("draft_id", Integer, unique=True),  # one decision per draft, even when two agents race
    Column("conversation_id", String(100), index=True, nullable=False),
    Column("agent_id", String(100), nullable=False),
    Column("choice", String(16), nullable=False),
    Column("suggestion", Text),
    Column("final_text", Text),
    Column("edit_distance", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(200), index=True, nullable=False),
    Column("url", String(2000), nullable=False),
    Column("event", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("leased_until", DateTime(timezone=True)),
    Column("delivered_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- channels: where each shopper writes from, what they agreed to, what was sent to them -------------
channel_contacts = Table(
    "channel_contacts",
    metadata,
    Column("channel", String(20), primary_key=True),
    Column("address", String(320), primary_key=True),  # E.164 number, Messenger PSID, an integration's id
    Column("conversation_id", String(100), index=True),  # the thread this sender continues
    Column("customer_id", String(200), index=True),  # the customer record the address is linked to
    Column("last_inbound_at", DateTime(timezone=True)),  # opens the provider's messaging window
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
channel_consents = Table(
    "channel_consents",
    metadata,
    Column("channel", String(20), primary_key=True),  # "*": every channel
    Column("address", String(320), primary_key=True),  # a destination, or "customer:<id>" for all of theirs
    Column("customer_id", String(200), index=True),
    Column("status", String(12), nullable=False),  # opted_in | opted_out
    Column("preferred", Boolean, nullable=False, default=False),
    Column("source", String(40), nullable=False),  # keyword, api, widget, provider
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
channel_inbound = Table(
    "channel_inbound",
    metadata,  # provider message ids already handled: a redelivered webhook is not a second message
    Column("channel", String(20), primary_key=True),
    Column("provider_id", String(200), primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False),
)
channel_sends = Table(
    "channel_sends",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(20), nullable=False),
    Column("address", String(320), nullable=False),
    Column("conversation_id", String(100), index=True),
    Column("kind", String(12), nullable=False),  # reply, agent, alert, code, notice
    Column("body", Text, nullable=False),  # the text (and template) until it is sent, then emptied
    Column("status", String(12), index=True, nullable=False),  # queued sent delivered read failed blocked
    Column("provider_id", String(200), index=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("leased_until", DateTime(timezone=True)),
    Column("error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
shop_events = Table(
    "shop_events",
    metadata,  # events a shop posted (order_shipped, ...): the same event id twice is one alert
    Column("event_id", String(200), primary_key=True),
    Column("type", String(40), nullable=False),
    Column("order_id", String(200), nullable=False),
    Column("customer_id", String(200), index=True, nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- knowledge: ingests requested over HTTP, run in the background ------------------------------------
ingest_jobs = Table(
    "ingest_jobs",
    metadata,
    Column("job_id", String(32), primary_key=True),
    Column("sources", Text, nullable=False),
    Column("status", String(16), index=True, nullable=False),
    Column("done", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("report", Text),
    Column("error", Text),
    Column("requested_by", String(12)),
    Column("created_at", DateTime(timezone=True), index=True, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

# -- access: API keys of the HTTP service (hashed) ---------------------------------------------------
api_keys = Table(
    "api_keys",
    metadata,
    Column("key_id", String(12), primary_key=True),
    Column("role", String(10), nullable=False),
    Column("agent_id", String(100)),
    Column("label", String(200), nullable=False, default=""),
    Column("secret_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)
rate_windows = Table(
    "rate_windows",
    metadata,
    Column("key_id", String(12), primary_key=True),
    Column("window_start", Integer, primary_key=True),  # epoch seconds at the start of the minute
    Column("hits", Integer, nullable=False),
)

# -- proactive help at checkout: offers made to shoppers who stalled, accepted, and carts later bought -
checkout_offers = Table(
    "checkout_offers",
    metadata,
    Column("offer_id", String(32), primary_key=True),
    Column("customer_id", String(200), index=True),  # known from a customer token or the shop's back end
    Column("visitor_id", String(64), index=True),  # else the widget's anonymous id
    Column("kind", String(10), nullable=False),  # person | bot
    Column("queue", String(64)),  # a person offer's queue
    Column("reason", String(300), nullable=False),
    Column("step", String(40), nullable=False),
    Column("cart_value", Float),
    Column("currency", String(3)),
    Column("cart", Text),  # the cart as reported (JSON), for the handoff packet on acceptance
    Column("created_at", DateTime(timezone=True), index=True, nullable=False),
    Column("accepted_at", DateTime(timezone=True)),
    Column("conversation_id", String(100)),  # the conversation an acceptance opened
    Column("completed_at", DateTime(timezone=True)),  # the customer's order_created: a cart saved
)
