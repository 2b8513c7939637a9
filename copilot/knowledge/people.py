"""Customers and orders in any layout become typed records for the structured store (never embedded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from copilot.knowledge.mapping import Spec, compile_fields
from copilot.knowledge.records import (
    Record,
    as_float,
    as_int,
    as_list,
    as_options,
    as_text,
    layout_of,
    read_records,
)
from copilot.knowledge.sources import CustomersSource, OrdersSource, SourceRoot
from copilot.schemas import Address, Customer, Order, OrderItem, Payment, Shipment

ADDRESS_DEFAULTS: dict[str, Any] = {
    "name": "address.name",
    "line1": "address.line1",
    "line2": "address.line2",
    "city": "address.city",
    "state": "address.state",
    "zip": "address.zip",
    "country": "address.country",
}
CUSTOMER_DEFAULTS: dict[str, Any] = {
    "customer_id": "customer_id",
    "email": "email",
    "first_name": "first_name",
    "last_name": "last_name",
    "phone": "phone",
    "zip": "zip",
    "tier": "tier",
    "address": ADDRESS_DEFAULTS,
    "extra": {},
}
ORDER_DEFAULTS: dict[str, Any] = {
    "order_id": "order_id",
    "customer_id": "customer_id",
    "status": "status",
    "fulfillment_status": "fulfillment_status",
    "payment_status": "payment_status",
    "cancelled_at": "cancelled_at",
    "refunded_amount": "refunded_amount",
    "email": "email",
    "phone": "phone",
    "placed_at": "placed_at",
    "total": "total",
    "shipping_cost": "shipping_cost",
    "shipping_method": "shipping_method",
    "currency": "currency",
    "items": "items",
    "shipments": "shipments",
    "payments": "payments",
    "shipping_address": {k: v.replace("address.", "shipping_address.") for k, v in ADDRESS_DEFAULTS.items()},
    "extra": {},
}
ITEM_DEFAULTS: dict[str, Any] = {
    "name": "name",
    "product_id": "product_id",
    "variant_id": "variant_id",
    "sku": "sku",
    "options": "options",
    "quantity": "quantity",
    "unit_price": "unit_price",
    "fulfillment_status": "fulfillment_status",
}
SHIPMENT_DEFAULTS: dict[str, Any] = {
    "method": "method",
    "carrier": "carrier",
    "tracking_numbers": "tracking_numbers",
    "variant_ids": "variant_ids",
    "shipped_at": "shipped_at",
    "estimated_delivery": "estimated_delivery",
    "status": "status",
}
PAYMENT_DEFAULTS: dict[str, Any] = {
    "method": "method",
    "amount": "amount",
    "kind": "kind",
    "detail": "detail",
}


def _address(record: Record, value: Any) -> Address | None:
    if not isinstance(value, dict):
        return None
    parts = {k: as_text(record, v, f"address.{k}") for k, v in value.items()}
    return Address(**parts) if any(parts.values()) else None


def _extra(value: Any) -> dict[str, Any]:
    return {k: v for k, v in value.items() if v is not None} if isinstance(value, dict) else {}


def load_customers(source: CustomersSource, root: Path | SourceRoot) -> Iterator[Customer]:
    fields = compile_fields({**CUSTOMER_DEFAULTS, **source.fields}, "fields")
    seen: set[str] = set()
    located = SourceRoot.of(root).locate(source.path)
    for record in read_records(located, display=source.path, layout=layout_of(source, fields=fields)):

        def get(name: str, record: Record = record) -> Any:
            return record.get(fields[name])

        customer_id = as_text(record, get("customer_id"), "customer_id", required=True) or ""
        if customer_id in seen:
            raise record.fail(f"duplicate customer id '{customer_id}'", field="customer_id")
        seen.add(customer_id)
        address = _address(record, get("address"))
        email = as_text(record, get("email"), "email")
        if email is not None and "@" not in email:
            raise record.fail(f"not an email address: '{email}'", field="email")
        yield Customer(
            customer_id=customer_id,
            email=email,
            first_name=as_text(record, get("first_name"), "first_name"),
            last_name=as_text(record, get("last_name"), "last_name"),
            phone=as_text(record, get("phone"), "phone"),
            zip=as_text(record, get("zip"), "zip") or (address.zip if address else None),
            tier=as_text(record, get("tier"), "tier"),
            address=address,
            extra=_extra(get("extra")),
        )


def load_orders(source: OrdersSource, root: Path | SourceRoot) -> Iterator[Order]:
    """Orders; one with no customer id but an email is linked to its customer later (by ingest), or
    stands as a guest's order, verifiable by its number and email."""
    raw_fields = {**ORDER_DEFAULTS, **source.fields}
    if (source.group_by or source.children) and "items" not in source.fields:
        raw_fields["items"] = "rows"
    fields = compile_fields(raw_fields, "fields")
    item_fields = compile_fields({**ITEM_DEFAULTS, **source.item_fields}, "item_fields")
    shipment_fields = compile_fields({**SHIPMENT_DEFAULTS, **source.shipment_fields}, "shipment_fields")
    payment_fields = compile_fields({**PAYMENT_DEFAULTS, **source.payment_fields}, "payment_fields")
    layout = layout_of(
        source,
        fields=fields,
        item_fields=item_fields,
        shipment_fields=shipment_fields,
        payment_fields=payment_fields,
    )
    seen: set[str] = set()
    for record in read_records(SourceRoot.of(root).locate(source.path), display=source.path, layout=layout):

        def get(name: str, record: Record = record) -> Any:
            return record.get(fields[name])

        order_id = as_text(record, get("order_id"), "order_id", required=True) or ""
        if order_id in seen:
            raise record.fail(f"duplicate order id '{order_id}'", field="order_id")
        seen.add(order_id)
        items = [
            item
            for i, raw in enumerate(as_list(record, get("items"), "items"))
            if (item := _item(_nested(record, raw, "items", i), item_fields)) is not None
        ]
        shipments = [
            shipment
            for i, raw in enumerate(_flat(as_list(record, get("shipments"), "shipments")))
            if (shipment := _shipment(_nested(record, raw, "shipments", i), shipment_fields)).started
        ]
        payments = [
            _payment(_nested(record, raw, "payments", i), payment_fields)
            for i, raw in enumerate(as_list(record, get("payments"), "payments"))
        ]
        total = as_float(record, get("total"), "total")
        if total is None and items and all(item.unit_price is not None for item in items):
            total = round(sum((item.unit_price or 0.0) * item.quantity for item in items), 2)
        email = as_text(record, get("email"), "email")
        phone = as_text(record, get("phone"), "phone")
        customer_id = as_text(record, get("customer_id"), "customer_id", required=not (email or phone))
        fulfillment = _word(record, get("fulfillment_status"), "fulfillment_status")
        if fulfillment == "fulfilled" and shipments and all(s.status == "delivered" for s in shipments):
            fulfillment = "delivered"  # the platform says fulfilled; every parcel's carrier says delivered
        payment = _word(record, get("payment_status"), "payment_status")
        cancelled_at = as_text(record, get("cancelled_at"), "cancelled_at")
        status = (as_text(record, get("status"), "status") or "").lower() or _status(
            cancelled_at, fulfillment, payment
        )
        if status is None:
            raise record.fail("missing required field (or a fulfillment or payment status)", field="status")
        refunded = as_float(record, get("refunded_amount"), "refunded_amount") or None
        if payment == "paid" and refunded and (total is None or refunded < total):
            payment = "partially_refunded"  # a partial refund leaves the platform's status as it was
        order = Order(
            order_id=order_id,
            customer_id=customer_id or "",
            status=status,
            fulfillment_status=fulfillment,
            payment_status=payment,
            cancelled_at=cancelled_at,
            refunded_amount=refunded,
            email=email,
            phone=phone,
            placed_at=as_text(record, get("placed_at"), "placed_at"),
            items=items,
            total=total,
            shipping_cost=as_float(record, get("shipping_cost"), "shipping_cost"),
            shipping_method=as_text(record, get("shipping_method"), "shipping_method"),
            currency=as_text(record, get("currency"), "currency") or "USD",
            shipments=shipments,
            payments=payments,
            shipping_address=_address(record, get("shipping_address")),
            extra=_extra(get("extra")),
        )
        if fulfillment in (None, "unfulfilled") and order.sent_and_left()[1]:
            order.fulfillment_status = "partially_fulfilled"  # its parcels hold some items ("processing")
        yield order


def _word(record: Record, value: Any, field: str) -> str | None:
    text = as_text(record, value, field)
    return text.lower().replace(" ", "_") if text else None


def _status(cancelled_at: str | None, fulfillment: str | None, payment: str | None) -> str | None:
    """One word for an order whose export gives its states apart: cancelled, a refund, or how far
    it has shipped, else how far it is paid."""
    if cancelled_at:
        return "cancelled"
    if payment in ("refunded", "voided"):
        return payment
    return fulfillment or payment


def _nested(parent: Record, raw: Any, field: str, index: int) -> Record:
    if not isinstance(raw, dict):
        raise parent.fail(f"entry {index} is not an object", field=field)
    return parent.child(raw, f"{field} {index}")


def _flat(values: list[Any]) -> list[Any]:
    """Shipments from several specs (a tracking plugin's list beside another's columns): one list,
    absent ones left out."""
    return [v for value in values for v in (value if isinstance(value, list) else [value]) if v is not None]


def _item(record: Record, fields: dict[str, Spec]) -> OrderItem | None:
    """An order line; None for a row that carries no item at all (an export that writes coupons or
    fees on rows of their own)."""

    def get(name: str) -> Any:
        return record.get(fields[name])

    sku = as_text(record, get("sku"), "sku")
    if sku is None and get("name") in (None, "") and get("product_id") in (None, ""):
        return None
    return OrderItem(
        name=as_text(record, get("name"), "name", required=True) or "",
        product_id=as_text(record, get("product_id"), "product_id"),
        variant_id=as_text(record, get("variant_id"), "variant_id") or sku,
        sku=sku,
        options=as_options(record, get("options"), "options"),
        quantity=as_int(record, get("quantity"), "quantity") or 1,
        unit_price=as_float(record, get("unit_price"), "unit_price"),
        fulfillment_status=_word(record, get("fulfillment_status"), "fulfillment_status"),
    )


def _strings(record: Record, value: Any, field: str) -> list[str]:
    return [str(v) for v in as_list(record, value, field) if v not in (None, "")]


def _shipment(record: Record, fields: dict[str, Spec]) -> Shipment:
    def get(name: str) -> Any:
        return record.get(fields[name])

    return Shipment(
        method=as_text(record, get("method"), "method"),
        carrier=as_text(record, get("carrier"), "carrier"),
        tracking_numbers=_strings(record, get("tracking_numbers"), "tracking_numbers"),
        variant_ids=_strings(record, get("variant_ids"), "variant_ids"),
        shipped_at=as_text(record, get("shipped_at"), "shipped_at"),
        estimated_delivery=as_text(record, get("estimated_delivery"), "estimated_delivery"),
        status=_word(record, get("status"), "status"),
    )


def _payment(record: Record, fields: dict[str, Spec]) -> Payment:
    def get(name: str) -> Any:
        return record.get(fields[name])

    return Payment(
        method=as_text(record, get("method"), "method"),
        amount=as_float(record, get("amount"), "amount"),
        kind=(as_text(record, get("kind"), "kind") or "payment").lower(),
        detail=as_text(record, get("detail"), "detail"),
    )


def link_orders(customers: list[Customer], orders: list[Order]) -> tuple[list[Customer], list[Order]]:
    """Orders exported without a customer id (Shopify's CSV has none) belong to the customer with
    their email, else their phone number. The rest are guest checkouts: each guest becomes a customer
    made from the order (email, phone, shipping name and zip), so a guest proves an order by its
    number and email like anyone else, and sees only their own orders. So does an account an order
    names when no customers file lists it."""
    by_email = {c.email.casefold(): c.customer_id for c in customers if c.email}
    by_phone = {_digits(c.phone): c.customer_id for c in customers if c.phone and _digits(c.phone)}
    known = {c.customer_id for c in customers}
    guests: dict[str, Customer] = {}
    linked: list[Order] = []
    for order in orders:
        if order.customer_id:  # an account the shop exported no customers file for: known by its orders
            if order.customer_id not in known:
                guests.setdefault(order.customer_id, _guest(order.customer_id, order, tier=None))
            linked.append(order)
            continue
        email = order.email.casefold() if order.email else None
        owner = (by_email.get(email) if email else None) or by_phone.get(_digits(order.phone or ""))
        if owner is None:
            owner = f"guest:{email or _digits(order.phone or '') or order.order_id}"
            guests.setdefault(owner, _guest(owner, order))
        linked.append(order.model_copy(update={"customer_id": owner}))
    return [*customers, *guests.values()], linked


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def _guest(customer_id: str, order: Order, tier: str | None = "guest") -> Customer:
    address = order.shipping_address
    first, _, last = (address.name or "").partition(" ") if address else ("", "", "")
    return Customer(
        customer_id=customer_id,
        email=order.email,
        phone=order.phone,
        first_name=first or None,
        last_name=last or None,
        zip=address.zip if address else None,
        tier=tier,
        address=address,
    )
