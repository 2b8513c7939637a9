"""What an order question gets from the order's own fields: its states apart, refunds,
cancellation, items, carrier, tracking and dates, worded for a shopper."""

from __future__ import annotations

import re
from datetime import datetime

from copilot.drafting.text import join_words, shape_rules
from copilot.knowledge.catalog import day_text
from copilot.knowledge.catalog import format_price as money
from copilot.schemas import Citation, Order
from copilot.understanding import ACTION_INTENTS


def cite_order(order: Order) -> Citation:
    return Citation(kind="order", id=order.order_id, source="orders", title=f"Order {order.order_id}")


def _day(moment: str) -> str:
    """The day of an exported time, as a shopper reads it: "2026-09-07 10:50:48 -0400" is 2026-09-07."""
    day = re.match(r"\d{4}-\d{2}-\d{2}(?=[T ]\d|$)", moment.strip())
    return day.group(0) if day else moment


def _day_said(moment: str) -> str:
    """The day of an exported time as a reply says it: "2026-09-07 10:50:48 -0400" is September 7, 2026."""
    day = _day(moment)
    try:
        return day_text(datetime.strptime(day, "%Y-%m-%d"))
    except ValueError:
        return day


def placed_day(order: Order) -> str:
    """The day the order was placed, as an ISO date where the export gives one."""
    return _day(order.placed_at or "")


def _words(state: str | None) -> str:
    """A state as words: "partially_fulfilled" reads "partially fulfilled"."""
    return (state or "").replace("_", " ")


def _state(order: Order) -> str:
    """The order's status in the platform's word, whether it has shipped when that word does not say
    so ("completed and has shipped"), and the carrier's latest word on a parcel still on its way ("out
    for delivery"): shoppers ask where it is, not what the admin calls it."""
    state = _shop_state(order)
    latest = [w for w in dict.fromkeys(_words(s.status) for s in order.shipments if s.status) if w]
    on_its_way = [w for w in latest if w not in state and w not in ("delivered", "success", "confirmed")]
    if on_its_way and order.status not in ("delivered", "cancelled", "refunded", "returned"):
        return f"{state} (the carrier's latest: {join_words(on_its_way)})"
    return state


def _collected(order: Order) -> bool:
    """The order's shipping method is the shopper collecting it ("Click & Collect - Finglas showroom")."""
    method = order.shipping_method or ""
    return bool(method) and shape_rules().phrases["collected_in_person"](method)


def _shop_state(order: Order) -> str:
    status = _words(order.status)
    if "failed" in (order.status, order.payment_status):  # WooCommerce's "failed": the payment was declined
        return (
            f"{status} (its payment didn't go through)"
            if status == "failed"
            else f"{status}; its payment didn't go through"
        )
    said = any(word in status for word in ("ship", "deliver", "sent", "transit", "cancel", "refund"))
    if said or not order.fulfillment_status:
        return status
    if order.fulfillment_status == "fulfilled" and _collected(order):
        # "did my order get collected ok?" of a Click & Collect order: ready on the day it was fulfilled
        ready = next((f" on {_day_said(s.shipped_at)}" for s in order.shipments if s.shipped_at), "")
        return f"{status} and was ready to collect{ready} ({order.shipping_method})"
    if order.fulfillment_status in ("fulfilled", "delivered"):
        return (
            f"{status} and has {'been delivered' if order.fulfillment_status == 'delivered' else 'shipped'}"
        )
    if order.fulfillment_status == "partially_fulfilled":
        return f"{status}, and part of it has shipped"
    return status


def _split_by_parcel(order: Order) -> str:
    """ "Shipped: 2 x A. Not shipped yet: 2 x B.": what went out and what did not, when the shipments say
    which items they hold and only some went ("where's the rest of order 5224?")."""
    went, left = order.sent_and_left()
    if not went:
        return ""
    return (
        f" Shipped: {join_words([f'{i.quantity} x {i.name}' for i in went])}."
        f" Not shipped yet: {join_words([f'{i.quantity} x {i.name}' for i in left])}."
    )


def _shipping_paid(order: Order) -> str:
    """ "Shipping: 18.00 NZD, Standard courier." when the order records it."""
    if order.shipping_cost is None:
        return ""
    how = f", {order.shipping_method}" if order.shipping_method else ""
    return f" Shipping: {money(order.shipping_cost, order.currency)}{how}."


def order_facts(order: Order, intent: str) -> str:
    """What the question asks of one order, from every field the order holds: its states apart,
    refunds, cancellation, items, carrier, tracking and dates."""
    items = join_words(
        [
            f"{i.quantity} x {i.name}"
            + (f" ({', '.join(i.options.values())})" if i.options else "")
            + (f" at {money(i.unit_price, order.currency)}" if i.unit_price is not None else "")
            for i in order.items
        ]
    )
    tracking = [t for s in order.shipments for t in s.tracking_numbers]
    carriers = sorted({s.carrier for s in order.shipments if s.carrier})
    # an export without a carrier column often names it in the shipping method ("UPS 2nd Day Air"), and
    # so does the option chosen at checkout ("Same-day evening delivery") where no parcel says more
    methods = sorted({s.method for s in order.shipments if s.method and not s.carrier})
    if not carriers and not methods and order.shipping_method:
        methods = [order.shipping_method]
    shipped = next((_day_said(s.shipped_at) for s in order.shipments if s.shipped_at), None)
    via = f" with {join_words(carriers)}" if carriers else f" by {join_words(methods)}" if methods else ""
    refund_total = order.refunded_amount or round(
        sum(abs(p.amount) for p in order.payments if p.kind == "refund" and p.amount), 2
    )
    refunded = f" {money(refund_total, order.currency)} was refunded." if refund_total else ""
    paid = f" Payment: {_words(order.payment_status)}." if order.payment_status else ""
    if intent == "order_tracking":
        if not tracking:
            sent = f" It shipped {shipped}{via}." if shipped else f" It ships{via}." if via else ""
            # an order waiting for its payment has not shipped for that reason: "Payment: pending."
            unpaid = paid if order.payment_status not in (None, "paid") else ""
            parcels = _split_by_parcel(order)  # "where's my order?" of a partial one: what went and what not
            state = f"Order {order.order_id} is {_state(order)} and has no tracking number yet."
            return f"{state}{sent}{parcels}{unpaid}"
        numbers = join_words(tracking)
        parcels = _split_by_parcel(order)
        sent = f" It shipped on {shipped}." if shipped else ""  # "when was it sent and who with?"
        return f"Order {order.order_id} is {_state(order)}; tracking number {numbers}{via}.{sent}{parcels}"
    # "was I charged for the cancelled one?": what was charged is asked of an order undone too, and says so
    undone = (
        any(word in order.status for word in ("cancel", "refund", "return", "void")) or order.cancelled_at
    )
    standing = f" The order is {_words(order.status)}." if undone else ""
    if intent == "order_total":
        total = money(order.total, order.currency)
        return f"The total for order {order.order_id} is {total}.{_shipping_paid(order)}{refunded}{standing}"
    if intent == "order_items":  # with where it is: what was in it is asked of an order on its way too
        return f"Order {order.order_id} is {_state(order)}. It contains {items}."
    if intent == "order_date":
        placed = (
            f" was placed on {_day_said(order.placed_at)}" if order.placed_at else "'s date isn't recorded"
        )
        sent = f" It shipped on {shipped}{via}." if shipped else f" It is {_state(order)}."
        return f"Order {order.order_id}{placed}.{sent}"
    # "did it get cancelled and refunded?": a refund of a cancelled order says both
    cancelled = f" It was cancelled on {_day_said(order.cancelled_at)}." if order.cancelled_at else ""
    if intent == "order_refund":
        if refund_total:
            return (
                f"{money(refund_total, order.currency)} was refunded on order {order.order_id} "
                f"(total {money(order.total, order.currency)}).{cancelled}{paid}"
            )
        if "refund" in f"{order.status} {order.payment_status}":  # refunded, amount not recorded
            return f"Order {order.order_id} is {_words(order.status)}.{paid} It contained {items}."
        return f"No refund has been made on order {order.order_id}; it is {_words(order.status)}.{paid}"
    if intent == "order_payment":
        state = _words(order.payment_status) if order.payment_status else "not recorded"
        return (
            f"The payment for order {order.order_id} is {state}; the total is "
            f"{money(order.total, order.currency)}.{refunded}{standing}"
        )
    state = _state(order)
    text = f"Order {order.order_id} is {state}.{_split_by_parcel(order)}"
    if order.fulfillment_status and state == _words(order.status) != _words(order.fulfillment_status):
        text += f" Fulfilment: {_words(order.fulfillment_status)}."
    text += cancelled
    text += paid if order.payment_status and order.payment_status != order.status else ""
    text += refunded
    if intent in ("order_status", *ACTION_INTENTS):
        text += f" It contains {items}."
        if not tracking and not _collected(order):
            # "the rod is missing": how a shipped order went, with its day when the export records one
            if shipped:
                text += f" It shipped {shipped}{via}."
            elif via and order.fulfillment_status in ("fulfilled", "partially_fulfilled", "delivered"):
                text += f" It was sent{via}."
        if tracking:  # "when did my mattress ship and with who?"
            text += f" Tracking number: {join_words(tracking)}{via}."
            text += f" It shipped on {shipped}." if shipped else ""
        eta = next((_day_said(s.estimated_delivery) for s in order.shipments if s.estimated_delivery), None)
        if eta and order.status not in ("delivered", "cancelled", "refunded", "returned"):
            text += f" Estimated delivery: {eta}."
    return text
