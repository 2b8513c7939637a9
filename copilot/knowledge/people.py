"""Customers and orders in any layout become typed records for the structured store (never embedded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from copilot.knowledge.records import (
    Record,
    as_float,
    as_int,
    as_list,
    as_options,
    as_text,
    read_records,
    resolve,
)
from copilot.knowledge.sources import CustomersSource, OrdersSource, SourceRoot
from copilot.schemas import Address, Customer, Order, OrderItem, Payment, Shipment

ADDRESS_DEFAULTS: dict[str, Any] = {
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
    "email": "email",
    "placed_at": "placed_at",
    "total": "total",
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
}
SHIPMENT_DEFAULTS: dict[str, Any] = {
    "method": "method",
    "carrier": "carrier",
    "tracking_numbers": "tracking_numbers",
    "variant_ids": "variant_ids",
    "shipped_at": "shipped_at",
    "estimated_delivery": "estimated_delivery",
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
    fields = {**CUSTOMER_DEFAULTS, **source.fields}
    seen: set[str] = set()
    for record in read_records(
        SourceRoot.of(root).locate(source.path),
        display=source.path,
        format=source.format,
        records=source.records,
        group_by=source.group_by,
    ):

        def get(name: str, record: Record = record) -> Any:
            return resolve(record.data, fields[name], record.key)

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
    fields = {**ORDER_DEFAULTS, **source.fields}
    if source.group_by and "items" not in source.fields:
        fields["items"] = "rows"
    item_fields = {**ITEM_DEFAULTS, **source.item_fields}
    shipment_fields = {**SHIPMENT_DEFAULTS, **source.shipment_fields}
    payment_fields = {**PAYMENT_DEFAULTS, **source.payment_fields}
    seen: set[str] = set()
    for record in read_records(
        SourceRoot.of(root).locate(source.path),
        display=source.path,
        format=source.format,
        records=source.records,
        group_by=source.group_by,
    ):

        def get(name: str, record: Record = record) -> Any:
            return resolve(record.data, fields[name], record.key)

        order_id = as_text(record, get("order_id"), "order_id", required=True) or ""
        if order_id in seen:
            raise record.fail(f"duplicate order id '{order_id}'", field="order_id")
        seen.add(order_id)
        items = [
            _item(_nested(record, raw, "items", i), item_fields)
            for i, raw in enumerate(as_list(record, get("items"), "items"))
        ]
        shipments = [
            shipment
            for i, raw in enumerate(as_list(record, get("shipments"), "shipments"))
            if (shipment := _shipment(_nested(record, raw, "shipments", i), shipment_fields)).started
        ]
        payments = [
            _payment(_nested(record, raw, "payments", i), payment_fields)
            for i, raw in enumerate(as_list(record, get("payments"), "payments"))
        ]
        total = as_float(record, get("total"), "total")
        if total is None and items and all(item.unit_price is not None for item in items):
            total = round(sum((item.unit_price or 0.0) * item.quantity for item in items), 2)
        yield Order(
            order_id=order_id,
            customer_id=as_text(record, get("customer_id"), "customer_id", required=True) or "",
            status=(as_text(record, get("status"), "status", required=True) or "").lower(),
            email=as_text(record, get("email"), "email"),
            placed_at=as_text(record, get("placed_at"), "placed_at"),
            items=items,
            total=total,
            currency=as_text(record, get("currency"), "currency") or "USD",
            shipments=shipments,
            payments=payments,
            shipping_address=_address(record, get("shipping_address")),
            extra=_extra(get("extra")),
        )


def _nested(parent: Record, raw: Any, field: str, index: int) -> Record:
    if not isinstance(raw, dict):
        raise parent.fail(f"entry {index} is not an object", field=field)
    return Record(raw, parent.file, f"{parent.where}, {field} {index}")


def _item(record: Record, fields: dict[str, Any]) -> OrderItem:
    def get(name: str) -> Any:
        return resolve(record.data, fields[name], record.key)

    sku = as_text(record, get("sku"), "sku")
    return OrderItem(
        name=as_text(record, get("name"), "name", required=True) or "",
        product_id=as_text(record, get("product_id"), "product_id"),
        variant_id=as_text(record, get("variant_id"), "variant_id") or sku,
        sku=sku,
        options=as_options(record, get("options"), "options"),
        quantity=as_int(record, get("quantity"), "quantity") or 1,
        unit_price=as_float(record, get("unit_price"), "unit_price"),
    )


def _strings(record: Record, value: Any, field: str) -> list[str]:
    return [str(v) for v in as_list(record, value, field) if v not in (None, "")]


def _shipment(record: Record, fields: dict[str, Any]) -> Shipment:
    def get(name: str) -> Any:
        return resolve(record.data, fields[name], record.key)

    return Shipment(
        method=as_text(record, get("method"), "method"),
        carrier=as_text(record, get("carrier"), "carrier"),
        tracking_numbers=_strings(record, get("tracking_numbers"), "tracking_numbers"),
        variant_ids=_strings(record, get("variant_ids"), "variant_ids"),
        shipped_at=as_text(record, get("shipped_at"), "shipped_at"),
        estimated_delivery=as_text(record, get("estimated_delivery"), "estimated_delivery"),
    )


def _payment(record: Record, fields: dict[str, Any]) -> Payment:
    def get(name: str) -> Any:
        return resolve(record.data, fields[name], record.key)

    return Payment(
        method=as_text(record, get("method"), "method"),
        amount=as_float(record, get("amount"), "amount"),
        kind=(as_text(record, get("kind"), "kind") or "payment").lower(),
        detail=as_text(record, get("detail"), "detail"),
    )
