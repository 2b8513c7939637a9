"""Messaging channels end to end: a provider's webhook in, turns in the sender's thread, replies out.

A webhook is checked before anything is read or stored (a bad or missing signature stores nothing).
Each inbound message is handled once (providers redeliver), and the sender's window opens. A message
that is exactly a consent keyword is obeyed on every channel: STOP opts the destination out (nothing
at all is sent to it afterwards, a confirmation included), START opts it back in, HELP says how to get
help. Anything else is a customer turn in the sender's thread: the identity policy says whether this
channel's sender id proves who they are (``channels:``), the core decides what that unlocks, and the
reply is queued back to the sender with the turn. Provider statuses update what was sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from copilot.channels.base import (
    ChannelAdapter,
    Destination,
    InboundMessage,
    Kind,
    StatusUpdate,
    WebhookRequest,
)
from copilot.channels.consent import EVERY_CHANNEL, ConsentRecord, Consents, ConsentStatus, customer_wide
from copilot.channels.contacts import Contacts
from copilot.channels.messaging import ChannelMessages, fill, load_channel_messages
from copilot.db.schema import channel_inbound
from copilot.errors import ForbiddenError, InputError, NotFoundError
from copilot.identity.gate import Caller
from copilot.logs import get_logger
from copilot.schemas import Customer
from copilot.service import Copilot
from copilot.store import e164

log = get_logger(__name__)
PHONE_CHANNELS = frozenset({"whatsapp", "sms"})  # addresses are phone numbers: matched to customer records


class Channels:
    def __init__(self, copilot: Copilot) -> None:
        self.copilot = copilot
        self.engine = copilot.store.engine
        self.sends = copilot.channel_sends
        self.adapters: Mapping[str, ChannelAdapter] = copilot.channel_sends.adapters
        self.contacts = Contacts(self.engine)
        self.consents = Consents(self.engine)
        self.messages: ChannelMessages = load_channel_messages(copilot.settings.channel_messages_file)
        self.policy = copilot.gate.policy

    def adapter(self, name: str) -> ChannelAdapter:
        """A configured channel; NotFoundError otherwise (its webhook does not exist until it is set up)."""
        adapter = self.adapters.get(name)
        if adapter is None or not adapter.configured:
            raise NotFoundError(f"no '{name}' channel is configured here (see docs/channels.md)")
        return adapter

    def challenge(self, name: str, query: Mapping[str, str]) -> str:
        answer = self.adapter(name).challenge(query)
        if answer is None:
            raise ForbiddenError(f"{name} verification refused: wrong or missing verify token")
        return answer

    def receive(self, name: str, request: WebhookRequest) -> tuple[str, str]:
        """Handle a provider's webhook; the (media type, body) to answer it with."""
        adapter = self.adapter(name)
        if not adapter.verify(request):
            raise ForbiddenError(f"{name} webhook refused: missing or invalid signature")
        try:
            events = adapter.parse(request)
        except ValueError as exc:
            raise InputError(f"{name} webhook: {exc}") from None
        touched: set[str] = set()
        for event in events:
            if isinstance(event, StatusUpdate):
                self.sends.record_status(name, event)
            elif (conversation_id := self._inbound(adapter, event)) is not None:
                touched.add(conversation_id)
        for conversation_id in touched:
            self.sends.deliver_soon(conversation_id)
        return adapter.acknowledgement()

    def set_consent(
        self, customer_id: str, channel: str, status: ConsentStatus, address: str | None, preferred: bool
    ) -> None:
        """The shop records a customer's choice for one channel (from its own checkout's opt-in box, its
        account page): the address defaults to the phone number on file; a Messenger id is linked to
        the customer, so it is known when they write."""
        customer = self.copilot.store.customer(customer_id)
        if customer is None:
            raise NotFoundError(f"unknown customer '{customer_id}'")
        if channel not in self.adapters:
            raise InputError(f"channel: unknown channel '{channel}'; known: {', '.join(self.adapters)}")
        if address is None and channel in PHONE_CHANNELS and customer.phone:
            address = e164(customer.phone, self.copilot.settings.phone_region)
        if not address:
            raise InputError(f"address: customer '{customer_id}' has no {channel} address on file; send one")
        with self.engine.begin() as conn:
            Consents.record(
                conn, channel, address, status, "api", customer_id=customer_id, preferred=preferred
            )
            self.contacts.link_customer(conn, channel, address, customer_id)

    def shopper_choice(self, caller: Caller, status: ConsentStatus) -> list[ConsentRecord]:
        """The widget's button: a shopper the shop's customer token proves chooses for every channel of
        theirs; the customer's choices after it. ForbiddenError for a shopper nobody proved."""
        customer_id = caller.customer_id
        if not customer_id and caller.customer_email:
            found = self.copilot.store.customer_by_email(caller.customer_email)
            customer_id = found.customer_id if found else None
        if not customer_id:
            raise ForbiddenError("sign in first: the customer token says whose choice this is")
        self.consents.set(
            EVERY_CHANNEL, customer_wide(customer_id), status, "widget", customer_id=customer_id
        )
        return self.consents.of_customer(customer_id)

    # -- one inbound message -------------------------------------------------------------------
    def _inbound(self, adapter: ChannelAdapter, message: InboundMessage) -> str | None:
        """Obey a keyword, or answer the message as a turn; the conversation with something to send."""
        channel = adapter.name
        if not self._first_time(channel, message.provider_id):
            return None
        self.contacts.wrote(channel, message.address, datetime.now(UTC))
        contact = self.contacts.get(channel, message.address)
        customer = self._sender(channel, message, contact.customer_id if contact else None)
        to = Destination(channel, message.address, customer.customer_id if customer else None)
        thread = contact.conversation_id if contact else None
        keyword = self.messages.keywords.match(message.text)
        if keyword == "stop":
            self.consents.set(channel, message.address, "opted_out", "keyword", customer_id=to.customer_id)
            self._note(thread, message.text, f"The customer opted out of messages on {channel}.")
            return None
        if keyword == "start":
            self.consents.set(channel, message.address, "opted_in", "keyword", customer_id=to.customer_id)
            return self._notice(to, thread, message.text, self.messages.start_reply)
        if keyword == "help":
            return self._notice(to, thread, message.text, self.messages.help_reply)
        proven = customer is not None and self.policy.sender_proves(channel)
        caller = Caller(
            customer_id=customer.customer_id if proven and customer else None,
            source=f"{channel}:{message.address}",
            conversation_id=thread,
        )
        try:
            result = self.copilot.turn(
                message.text, conversation_id=thread, caller=caller, channel=channel, reply_to=to
            )
        except ForbiddenError:  # the thread is another customer's now (the number changed hands)
            fresh = Caller(customer_id=caller.customer_id, source=caller.source)
            result = self.copilot.turn(message.text, caller=fresh, channel=channel, reply_to=to)
        return result.conversation_id

    def _first_time(self, channel: str, provider_id: str) -> bool:
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(channel_inbound).values(
                        channel=channel, provider_id=provider_id, received_at=datetime.now(UTC)
                    )
                )
        except IntegrityError:
            log.info("%s message %s was delivered again; handled once", channel, provider_id)
            return False
        return True

    def _sender(self, channel: str, message: InboundMessage, linked: str | None) -> Customer | None:
        """The customer record the sender's address belongs to: the phone number on file (WhatsApp,
        SMS), the customer the shop linked the address to, or the one a signed integration asserts.
        Whether that proves anything is the identity policy's call."""
        store = self.copilot.store
        if message.customer_id:
            return store.customer(message.customer_id)
        if linked:
            return store.customer(linked)
        if channel in PHONE_CHANNELS:
            return store.customer_by_phone(message.address)
        return None

    def _notice(self, to: Destination, thread: str | None, keyword: str, template: str) -> str | None:
        """A reply from the shop itself (to START, HELP) into the sender's thread and back to them."""
        text = fill(template, {"shop": self.copilot.shop})
        conversation_id = thread or self.copilot.start(to.channel)[0]
        with self.engine.begin() as conn:
            Contacts.link(conn, to, conversation_id)
            self.copilot.conversations.add_message(conn, conversation_id, "customer", keyword)
            self.copilot.conversations.add_message(conn, conversation_id, "bot", text)
            self._send(conn, to, conversation_id, text, "notice")
        return conversation_id

    def _send(self, conn: Connection, to: Destination, conversation_id: str, text: str, kind: Kind) -> None:
        self.sends.enqueue(
            conn,
            to.channel,
            to.address,
            text,
            kind,
            conversation_id=conversation_id,
            customer_id=to.customer_id,
        )

    def _note(self, thread: str | None, text: str, note: str) -> None:
        """A keyword is kept in the thread with what it did, for the people who read it."""
        if thread is None:
            return
        with self.engine.begin() as conn:
            self.copilot.conversations.add_message(conn, thread, "customer", text)
            self.copilot.conversations.add_message(conn, thread, "event", note)
