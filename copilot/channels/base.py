"""The one small interface every messaging channel implements, and the values that cross it.

An adapter knows one provider's wire format and nothing else: it answers the provider's verification
handshake, checks a webhook's signature, turns a webhook body into inbound messages and delivery
statuses, says whether and how a message may go out now (a provider's messaging window), and sends
one message. Threads, consent, identity and retries live in ``copilot.channels.service`` and
``copilot.channels.outbox``, the same for every channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

import httpx2 as httpx

# What a sender id proves when it matches a customer record (the identity policy decides per channel):
#   channel  the provider authenticated the sender (WhatsApp's phone number, a linked Messenger id, a
#            shop-signed assertion on the generic webhook): a channel identity, the strongest proof
#   none     the sender id only finds the thread; identity is proven in the chat (an SMS caller id can
#            be spoofed)
SenderStrength = Literal["channel", "none"]
Kind = Literal["reply", "agent", "alert", "code", "notice"]
Status = Literal["queued", "sent", "delivered", "read", "failed", "blocked"]
KINDS: tuple[Kind, ...] = ("reply", "agent", "alert", "code", "notice")


@dataclass(frozen=True)
class WebhookRequest:
    """A provider's HTTP request as the adapter needs it, free of any web framework."""

    method: str
    url: str  # the full URL the provider called (what Twilio signs)
    headers: Mapping[str, str]  # lower-case names
    query: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class Destination:
    """Where a shopper writes from on a messaging channel, and the customer record it is linked to
    (matched by phone, linked by the shop, asserted by a signed integration): used for consent, never
    as proof of identity by itself."""

    channel: str
    address: str
    customer_id: str | None = None


@dataclass(frozen=True)
class InboundMessage:
    """One message a shopper sent on the channel."""

    address: str  # who wrote, in the channel's own terms: E.164 digits, a Messenger page-scoped id
    text: str
    provider_id: str  # the provider's message id: a redelivered webhook is recognised by it
    sent_at: datetime
    customer_id: str | None = None  # a customer the (signed) integration itself asserts
    profile_name: str | None = None  # a display name the shopper chose: never an identity


@dataclass(frozen=True)
class StatusUpdate:
    """What the provider says became of a message we sent."""

    provider_id: str
    status: Literal["sent", "delivered", "read", "failed"]
    at: datetime
    error: str | None = None  # the provider's code and title, when it failed
    opted_out: bool = False  # the failure says the recipient opted out (WhatsApp marketing opt-out)


@dataclass(frozen=True)
class Template:
    """A provider-approved message template (WhatsApp: the only thing sendable outside the window)."""

    name: str
    language: str
    parameters: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Outgoing:
    """One message to send; ``template`` and ``tag`` are set by ``prepare`` when the window needs them."""

    address: str
    text: str
    kind: Kind
    template: Template | None = None
    tag: str | None = None  # Messenger: HUMAN_AGENT for a person's reply after the 24 hours


@dataclass(frozen=True)
class Refusal:
    """Why a message may not be sent now (outside the provider's window, with nothing allowed)."""

    reason: str


class SendError(Exception):
    """The provider refused or failed a send; ``permanent`` ones are not retried, and ``opted_out``
    says the recipient unsubscribed at the provider (recorded as their opt-out)."""

    def __init__(self, message: str, *, permanent: bool = False, opted_out: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent or opted_out
        self.opted_out = opted_out


class ChannelAdapter(Protocol):
    """One provider's webhook and send API (WhatsApp, Messenger, Twilio SMS, a generic webhook)."""

    name: str  # the path segment: /v1/channels/<name>, and the conversations' channel

    @property
    def configured(self) -> bool:
        """Its credentials are set: the webhook is served and messages can be sent."""
        ...

    def challenge(self, query: Mapping[str, str]) -> str | None:
        """The body answering the provider's verification GET, or None to refuse it (403)."""
        ...

    def verify(self, request: WebhookRequest) -> bool:
        """The request carries the provider's valid signature over this exact body and URL."""
        ...

    def parse(self, request: WebhookRequest) -> list[InboundMessage | StatusUpdate]:
        """What a verified webhook reports; ValueError naming the field when it is not the documented
        shape. Kinds of events the product does not handle (reactions, media) are skipped."""
        ...

    def prepare(
        self, outgoing: Outgoing, last_inbound: datetime | None, now: datetime, template: Template | None
    ) -> Outgoing | Refusal:
        """The message as it may be sent now, given when the shopper last wrote (the provider's
        window) and the approved template for it, if any."""
        ...

    def send(self, client: httpx.Client, outgoing: Outgoing) -> str:
        """Send one message; the provider's message id (statuses refer to it). SendError on failure."""
        ...

    def acknowledgement(self) -> tuple[str, str]:
        """(media type, body) of the answer to an accepted webhook (Twilio expects TwiML)."""
        ...
