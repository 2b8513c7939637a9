"""Order alerts: a shop's event (an order shipped, a refund issued) becomes a message in the customer's
canonical thread, sent on their preferred channel when they opted in.

The event may carry the order as it now stands (status, shipments, refunds); it replaces the stored
record, so the bot answers the customer's reply ("when will it arrive?") from the same facts the alert
gave, with that order in focus. The same event id posted twice is one alert. Everything an event
writes (the order, the thread's message, the send, the event's record) commits together.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, insert, select, update

from copilot.channels.base import Destination
from copilot.channels.consent import Consents
from copilot.channels.contacts import Contacts
from copilot.channels.messaging import AlertType, ChannelMessages, fill
from copilot.db.schema import conversations, shop_events
from copilot.errors import InputError, NotFoundError
from copilot.schemas import Customer, Order
from copilot.service import Copilot
from copilot.store import order_lookup_key

WEB_CHANNEL = "chat"  # the thread of a customer who opted in nowhere: read on the shop's own site


class ShopEvent(BaseModel):
    """What a shop posts to ``POST /v1/events``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "evt-8812",
                    "type": "order_shipped",
                    "order_id": "TS-106837",
                    "order": {
                        "order_id": "TS-106837",
                        "customer_id": "C001",
                        "status": "shipped",
                        "shipments": [{"carrier": "UPS", "tracking_numbers": ["1ZA9X0420355501234"]}],
                    },
                }
            ]
        },
    )

    id: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="The shop's id for this event: posting the same id again is one alert, not two. "
        "Default: the type and the order id.",
    )
    type: AlertType
    order_id: str = Field(min_length=1, max_length=200)
    order: Order | None = Field(
        default=None,
        description="The order as it now stands (status, shipments with tracking, refunds): replaces the "
        "stored record until the next ingest.",
    )


class EventResult(BaseModel):
    event_id: str
    duplicate: bool = Field(default=False, description="This event id was handled before; nothing new.")
    customer_id: str
    conversation_id: str
    message_id: int
    channel: str | None = Field(description="Where the alert was sent; none when it stays in the thread.")
    send_id: int | None = None
    send_status: Literal["queued", "blocked", "not_sent"]
    detail: str | None = Field(default=None, description="Why it was not sent.")


class ShopEvents:
    def __init__(self, copilot: Copilot, messages: ChannelMessages) -> None:
        self.copilot = copilot
        self.store = copilot.store
        self.engine = copilot.store.engine
        self.messages = messages
        self.consents = Consents(self.engine)
        self.contacts = Contacts(self.engine)

    def post(self, event: ShopEvent) -> EventResult:
        event_id = event.id or f"{event.type}:{order_lookup_key(event.order_id)}"
        if (earlier := self._handled(event_id)) is not None:
            return earlier.model_copy(update={"duplicate": True})
        order = self._order(event)
        customer = self.store.customer(order.customer_id)
        preferred = self.consents.preferred(order.customer_id)
        to = Destination(preferred.channel, preferred.address, order.customer_id) if preferred else None
        thread = self._thread(order.customer_id, to)
        alert = self.messages.alerts[event.type]
        values = _values(self.copilot.shop, customer, order)
        text = fill(alert.text, values)
        send_id: int | None = None
        with self.engine.begin() as conn:
            if event.order is not None:
                self.store.put_order(conn, order)
            message_id = self.copilot.conversations.add_message(
                conn, thread, "bot", text, {"alert": event.type, "order_focus": order.order_id}
            )
            if to is not None:
                Contacts.link(conn, to, thread)
                send_id = self.copilot.channel_sends.enqueue(
                    conn,
                    to.channel,
                    to.address,
                    text,
                    "alert",
                    conversation_id=thread,
                    customer_id=order.customer_id,
                    template=alert.template.filled(values) if alert.template else None,
                )
            result = self._result(conn, event_id, order.customer_id, thread, message_id, to, send_id)
            conn.execute(
                insert(shop_events).values(
                    event_id=event_id,
                    type=event.type,
                    order_id=order.order_id,
                    customer_id=order.customer_id,
                    result=result.model_dump_json(),
                    created_at=datetime.now(UTC),
                )
            )
        if send_id is not None:
            self.copilot.channel_sends.deliver_soon(thread)
        if event.type == "order_created":
            self._cart_saved(order)
        return result

    def _handled(self, event_id: str) -> EventResult | None:
        with self.engine.connect() as conn:
            stored = conn.execute(
                select(shop_events.c.result).where(shop_events.c.event_id == event_id)
            ).scalar_one_or_none()
        return EventResult.model_validate_json(stored) if stored else None

    def _order(self, event: ShopEvent) -> Order:
        """The order the event is about: as the event gives it (it must stay the same customer's), or
        as stored."""
        stored = self.store.order(event.order_id)
        if event.order is None:
            if stored is None:
                raise NotFoundError(f"order '{event.order_id}' is not in the store; send it as `order`")
            return stored
        if order_lookup_key(event.order.order_id) != order_lookup_key(event.order_id):
            raise InputError(f"order.order_id '{event.order.order_id}' is not order_id '{event.order_id}'")
        if stored is not None and stored.customer_id != event.order.customer_id:
            raise InputError(
                f"order '{event.order_id}' belongs to another customer in the store; an event cannot move it"
            )
        return event.order

    def _thread(self, customer_id: str, to: Destination | None) -> str:
        """The customer's canonical thread on the channel the alert goes to (the shop's own site when
        none): the one their address writes in, else their newest there, else a new one."""
        channel = to.channel if to else WEB_CHANNEL
        contact = self.contacts.get(to.channel, to.address) if to is not None else None
        if contact and contact.conversation_id and self._belongs(contact.conversation_id, customer_id):
            return contact.conversation_id
        found = self.copilot.conversations.latest_for(customer_id, channel)
        if found is not None:
            return found.id
        thread_id = self.copilot.start(channel)[0]
        with self.engine.begin() as conn:  # about this customer; proven by no one yet
            conn.execute(
                update(conversations)
                .where(conversations.c.id == thread_id, conversations.c.customer_id.is_(None))
                .values(customer_id=customer_id)
            )
        return thread_id

    def _belongs(self, conversation_id: str, customer_id: str) -> bool:
        owner = self.copilot.conversations.get(conversation_id, last=0).customer_id
        return owner in (None, customer_id)

    def _result(
        self,
        conn: Connection,
        event_id: str,
        customer_id: str,
        thread: str,
        message_id: int,
        to: Destination | None,
        send_id: int | None,
    ) -> EventResult:
        status: Literal["queued", "blocked", "not_sent"] = "not_sent"
        detail: str | None = "the customer has opted in to no messaging channel"
        if send_id is not None:
            sent = self.copilot.channel_sends.sends_by_id(conn, send_id)
            status = "blocked" if sent.status == "blocked" else "queued"
            detail = sent.error
        return EventResult(
            event_id=event_id,
            customer_id=customer_id,
            conversation_id=thread,
            message_id=message_id,
            channel=to.channel if to else None,
            send_id=send_id,
            send_status=status,
            detail=detail,
        )

    def _cart_saved(self, order: Order) -> None:
        """An order placed after a checkout offer counts as a cart saved (proactive help's analytics),
        at the time the order says it was placed."""
        try:
            placed = datetime.fromisoformat(order.placed_at) if order.placed_at else datetime.now(UTC)
        except ValueError:
            placed = datetime.now(UTC)
        self.copilot.proactive.record_order(order.customer_id, placed)


def _values(shop: str, customer: Customer | None, order: Order) -> dict[str, str]:
    """The placeholders an alert may use, from the order's own record."""
    shipment = next((s for s in reversed(order.shipments) if s.started), None)
    tracking = ""
    if shipment is not None and shipment.tracking_numbers:
        carrier = f"{shipment.carrier} " if shipment.carrier else ""
        tracking = f"Tracking: {carrier}{', '.join(shipment.tracking_numbers)}."
    money = (lambda amount: f"{amount:.2f} {order.currency}") if order.currency else str
    return {
        "shop": shop,
        "first_name": (customer.first_name if customer else None) or "",
        "order_id": order.order_id,
        "status": order.status,
        "carrier": (shipment.carrier if shipment else None) or "",
        "tracking": tracking,
        "tracking_url": str(order.extra.get("tracking_url", "")),
        "total": money(order.total) if order.total is not None else "",
        "refunded_amount": money(order.refunded_amount) if order.refunded_amount is not None else "",
    }
