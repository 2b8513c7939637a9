"""Customers (Shopify customers CSV export) and orders (Shopify Admin API orders.json)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from common import (CUSTOMER_ID_BASE, FULFILLMENT_ID_BASE, LINE_ITEM_ID_BASE, ORDER_ID_BASE, REFUND_ID_BASE,
                    TRANSACTION_ID_BASE, money, rng)
from people_data import CUSTOMERS, GUESTS, ORDER_PLAN
from policy import COLLECT_TITLE, SHIP

PAID_STATES = {"delivered", "in_transit", "out_for_delivery", "label_created", "unfulfilled", "collected",
               "awaiting_collection", "gift_card", "partial"}
SHIPMENT = {"delivered": "delivered", "in_transit": "in_transit", "out_for_delivery": "out_for_delivery",
            "label_created": "confirmed", "partial_refund": "delivered", "refunded": "delivered"}
ENGRAVING_TEXT = {1006: ["S.K. 12.10.2026", "Always on time"], 1022: ["P.Q. 40"]}


@dataclass
class Person:
    key: str
    first: str
    last: str
    email: str
    address1: str
    city: str
    province: str
    country: str
    zip: str
    phone: str
    guest: bool
    customer_id: int | None = None
    accepts: str = "no"
    tags: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Item:
    handle: str
    title: str
    variant_title: str | None
    sku: str
    qty: int
    price: float
    line_id: int
    variant_id: int
    product_id: int
    vendor: str = ""
    shipped: bool = False


@dataclass
class Order:
    number: int
    person: Person
    items: list
    ship_key: str
    state: str
    created: datetime
    discount_code: str | None
    subtotal: float = 0.0
    discount: float = 0.0
    shipping: float = 0.0
    total: float = 0.0
    refunded: float = 0.0
    financial: str = "paid"
    fulfillment: str | None = None
    cancelled: bool = False
    carrier: str | None = None
    tracking: str | None = None
    shipment_status: str | None = None
    shipping_title: str = ""
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return f"#{self.number}"

    @property
    def email(self) -> str:
        return self.person.email


def _person(key: str) -> Person:
    if key.startswith("guest:"):
        g = GUESTS[key[6:]]
        return Person(key[6:], *g, guest=True)
    c = CUSTOMERS[key]
    return Person(key, *c[:9], guest=False, accepts=c[9], tags=c[10])


def _irish_time(dt: datetime) -> str:
    """Europe/Dublin: IST (+01:00) until the last Sunday of October 2026 (the 25th), then GMT."""
    offset = timedelta(hours=1) if dt < datetime(2026, 10, 25, 1) else timedelta(0)
    local = dt + offset
    sign = "+01:00" if offset else "+00:00"
    return local.strftime("%Y-%m-%dT%H:%M:%S") + sign


def _tracking(carrier: str, r) -> str:
    if carrier == "An Post":
        return "CE" + "".join(str(r.randint(0, 9)) for _ in range(9)) + "IE"
    if carrier == "DPD":
        return "1550" + "".join(str(r.randint(0, 9)) for _ in range(10))
    return "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(10))   # DHL Express: 10 digits


def _tracking_url(carrier: str, number: str) -> str:
    if carrier == "An Post":
        return f"https://www.anpost.com/Post-Parcels/Track/History?item={number}"
    if carrier == "DPD":
        return f"https://dpd.ie/tracking?deviceType=5&consignmentNumber={number}"
    return f"https://www.dhl.com/ie-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}"


def build(products: dict) -> tuple[list[Person], list[Order]]:
    r = rng("people")
    customers = []
    for index, key in enumerate(CUSTOMERS):
        p = _person(key)
        p.customer_id = CUSTOMER_ID_BASE + 4100 + index * 211 + r.randint(0, 90)
        customers.append(p)
    by_key = {c.key: c for c in customers}
    orders = []
    start = datetime(2026, 9, 2, 9, 0)
    line_id = LINE_ITEM_ID_BASE
    for index, (number, who, lines, ship_key, state, code) in enumerate(ORDER_PLAN):
        person = by_key[who] if not who.startswith("guest:") else _person(who)
        created = start + timedelta(days=index * 2 + r.randint(0, 1), hours=r.randint(0, 10), minutes=r.randint(0, 59),
                                    seconds=r.randint(0, 59))
        items = []
        for handle, values, qty in lines:
            product = products[handle]
            variant = product.variant(*values)
            line_id += r.randint(50, 400)
            items.append(Item(handle, product.title, None if not values else variant.title, variant.sku, qty,
                              variant.price, line_id, variant.id, product.id, product.vendor))
        order = Order(number, person, items, ship_key, state, created, code)
        _money(order)
        _states(order, r)
        orders.append(order)
    for order in orders:
        order.raw = _render(order, r)
    return customers, orders


def _money(o: Order) -> None:
    o.subtotal = round(sum(i.price * i.qty for i in o.items), 2)
    o.discount = round(o.subtotal * 0.10, 2) if o.discount_code == "STUDENT10" else 0.0
    after = round(o.subtotal - o.discount, 2)
    if o.ship_key == "collect":
        o.shipping, o.shipping_title = 0.0, COLLECT_TITLE
    elif o.ship_key == "digital":
        o.shipping, o.shipping_title = 0.0, ""
    else:
        zone = SHIP[o.ship_key]
        free = zone["free_over"] is not None and after >= zone["free_over"]
        o.shipping = 0.0 if free else zone["price"]
        o.shipping_title = f"Free shipping - {zone['title']}" if free else zone["title"]
        o.carrier = zone["carrier"]
    o.total = round(after + o.shipping, 2)


def _states(o: Order, r) -> None:
    s = o.state
    if s in PAID_STATES:
        o.financial = "paid"
    elif s == "partial_refund":
        o.financial = "partially_refunded"
        last = o.items[-1]
        share = 0.9 if o.discount_code == "STUDENT10" else 1.0
        o.refunded = round(last.price * last.qty * share, 2)
    elif s in ("refunded", "cancelled_refunded"):
        o.financial = "refunded"
        o.refunded = o.total
    elif s == "cancelled_voided":
        o.financial = "voided"
    elif s in ("pending", "authorized"):
        o.financial = s
    o.cancelled = s.startswith("cancelled")
    if s in ("delivered", "in_transit", "out_for_delivery", "label_created", "partial_refund", "refunded",
             "collected", "gift_card"):
        o.fulfillment = "fulfilled"
        for i in o.items:
            i.shipped = True
    elif s == "partial":
        o.fulfillment = "partial"
        o.items[-1].shipped = True
    if o.carrier and (o.fulfillment in ("fulfilled", "partial")):
        o.tracking = _tracking(o.carrier, r)
        o.shipment_status = SHIPMENT.get(s, "delivered" if s == "partial" else None)
    if s in ("collected", "gift_card"):
        o.carrier = None


def _address(p: Person) -> dict:
    country = {"IE": "Ireland", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "NL": "Netherlands",
               "US": "United States", "PL": "Poland"}[p.country]
    return {"first_name": p.first, "address1": p.address1, "phone": p.phone or None, "city": p.city, "zip": p.zip,
            "province": None, "country": country, "last_name": p.last, "address2": None, "company": None,
            "latitude": None, "longitude": None, "name": p.name, "country_code": p.country,
            "province_code": p.province or None}


def _render(o: Order, r) -> dict:
    oid = ORDER_ID_BASE + o.number * 173 + r.randint(0, 99)
    created = _irish_time(o.created)
    updated = _irish_time(o.created + timedelta(days=3, hours=2))
    tax_rate = {"GB": 0.20, "US": 0.0}.get(o.person.country, 0.23)
    total_tax = round(o.total - o.total / (1 + tax_rate), 2) if tax_rate else 0.0
    line_items = []
    for i in o.items:
        allocation = round(i.price * i.qty * 0.10, 2) if o.discount_code == "STUDENT10" else 0.0
        gift = i.handle == "tick-tock-gift-card"
        props = []
        if i.handle == "case-back-engraving":
            for n, text in enumerate(ENGRAVING_TEXT.get(o.number, []), start=1):
                props.append({"name": f"Engraving line {n}", "value": text})
        line_items.append({
            "id": i.line_id, "admin_graphql_api_id": f"gid://shopify/LineItem/{i.line_id}",
            "fulfillable_quantity": 0 if (i.shipped or o.cancelled) else i.qty,
            "fulfillment_service": "gift_card" if gift else "manual",
            "fulfillment_status": "fulfilled" if i.shipped else None, "gift_card": gift, "grams": 0 if gift else 95,
            "name": f"{i.title} - {i.variant_title}" if i.variant_title else i.title, "price": money(i.price),
            "product_exists": True, "product_id": i.product_id, "properties": props, "quantity": i.qty,
            "requires_shipping": not gift and i.handle not in ("case-back-engraving",), "sku": i.sku,
            "taxable": not gift, "title": i.title, "total_discount": "0.00", "variant_id": i.variant_id,
            "variant_inventory_management": None if gift or i.handle.endswith("engraving") else "shopify",
            "variant_title": i.variant_title, "vendor": i.vendor, "tax_lines": [],
            "discount_allocations": ([{"amount": money(allocation), "discount_application_index": 0}] if allocation else []),
        })
    fulfillments = []
    if o.fulfillment in ("fulfilled", "partial"):
        fid = FULFILLMENT_ID_BASE + o.number * 31 + r.randint(0, 9)
        shipped_at = _irish_time(o.created + timedelta(days=1, hours=r.randint(1, 5)))
        shipped = [li for li, i in zip(line_items, o.items) if i.shipped]
        fulfillments.append({
            "id": fid, "admin_graphql_api_id": f"gid://shopify/Fulfillment/{fid}", "created_at": shipped_at,
            "location_id": 71_402_553_417, "name": f"{o.name}.1", "order_id": oid, "origin_address": {},
            "receipt": {}, "service": "gift_card" if o.state == "gift_card" else "manual",
            "shipment_status": o.shipment_status, "status": "success", "tracking_company": o.carrier,
            "tracking_number": o.tracking, "tracking_numbers": [o.tracking] if o.tracking else [],
            "tracking_url": _tracking_url(o.carrier, o.tracking) if o.tracking else None,
            "tracking_urls": [_tracking_url(o.carrier, o.tracking)] if o.tracking else [], "updated_at": shipped_at,
            "line_items": shipped,
        })
    refunds = []
    if o.refunded:
        rid = REFUND_ID_BASE + o.number * 17
        tid = TRANSACTION_ID_BASE + o.number * 19
        when = _irish_time(o.created + timedelta(days=9 if not o.cancelled else 0, hours=3))
        refunded_items = o.items[-1:] if o.state == "partial_refund" else o.items
        refunds.append({
            "id": rid, "admin_graphql_api_id": f"gid://shopify/Refund/{rid}", "created_at": when,
            "note": {"partial_refund": "Returned unworn within 30 days", "refunded": "Returned unworn within 30 days",
                     "cancelled_refunded": "Customer asked to cancel before dispatch"}[o.state],
            "order_id": oid, "processed_at": when, "restock": True, "user_id": 98_120_334,
            "order_adjustments": [],
            "refund_line_items": [{"id": i.line_id + 7, "line_item_id": i.line_id, "location_id": 71_402_553_417,
                                   "quantity": i.qty, "restock_type": "cancel" if o.cancelled else "return",
                                   "subtotal": round(i.price * i.qty * (0.9 if o.discount_code else 1.0), 2),
                                   "total_tax": 0.0} for i in refunded_items],
            "transactions": [{"id": tid, "admin_graphql_api_id": f"gid://shopify/OrderTransaction/{tid}",
                              "amount": money(o.refunded), "authorization": None, "created_at": when, "currency": "EUR",
                              "gateway": "shopify_payments", "kind": "refund", "order_id": oid, "parent_id": tid - 5,
                              "processed_at": when, "status": "success"}],
        })
    gateway = {"pending": "Bank Deposit"}.get(o.state, "shopify_payments")
    cancelled_at = _irish_time(o.created + timedelta(hours=5)) if o.cancelled else None
    raw = {
        "id": oid, "admin_graphql_api_id": f"gid://shopify/Order/{oid}", "app_id": 580111,
        "browser_ip": None, "buyer_accepts_marketing": o.person.accepts == "yes",
        "cancel_reason": "customer" if o.cancelled else None, "cancelled_at": cancelled_at,
        "closed_at": updated if o.fulfillment == "fulfilled" else None, "confirmed": True,
        "contact_email": o.email, "created_at": created, "currency": "EUR",
        "current_total_price": money(round(o.total - o.refunded, 2)), "customer_locale": "en-IE",
        "discount_codes": ([{"code": o.discount_code, "amount": money(o.discount), "type": "percentage"}]
                           if o.discount_code else []),
        "email": o.email, "estimated_taxes": False, "financial_status": o.financial,
        "fulfillment_status": o.fulfillment, "landing_site": "/", "name": o.name, "note": None, "note_attributes": [],
        "number": o.number - 1000, "order_number": o.number, "order_status_url":
            f"https://ticktocktimepieces.ie/71402553417/orders/{oid:x}/authenticate?key=redacted",
        "payment_gateway_names": [gateway], "phone": None, "presentment_currency": "EUR", "processed_at": created,
        "source_name": "web", "subtotal_price": money(round(o.subtotal - o.discount, 2)), "tags": "",
        "taxes_included": True, "test": False, "token": f"{oid * 7919:x}"[:32],
        "total_discounts": money(o.discount), "total_line_items_price": money(o.subtotal),
        "total_outstanding": money(o.total) if o.financial in ("pending", "authorized") else "0.00",
        "total_price": money(o.total), "total_shipping_price_set": {
            "shop_money": {"amount": money(o.shipping), "currency_code": "EUR"},
            "presentment_money": {"amount": money(o.shipping), "currency_code": "EUR"}},
        "total_tax": money(total_tax), "total_weight": 95 * len(o.items), "updated_at": updated,
        "billing_address": _address(o.person),
        "shipping_address": None if o.ship_key in ("collect", "digital") else _address(o.person),
        "fulfillments": fulfillments, "line_items": line_items, "refunds": refunds,
        "shipping_lines": ([{"id": oid + 3, "carrier_identifier": None, "code": o.shipping_title,
                             "discounted_price": money(o.shipping), "price": money(o.shipping), "source": "shopify",
                             "title": o.shipping_title, "tax_lines": []}] if o.shipping_title else []),
    }
    if not o.person.guest:
        p = o.person
        raw["customer"] = {
            "id": p.customer_id, "email": p.email, "created_at": _irish_time(datetime(2026, 3, 1) + timedelta(days=p.customer_id % 150)),
            "updated_at": updated, "first_name": p.first, "last_name": p.last, "state": "enabled", "note": None,
            "verified_email": True, "multipass_identifier": None, "tax_exempt": False, "phone": p.phone or None,
            "email_marketing_consent": {"state": "subscribed" if p.accepts == "yes" else "not_subscribed",
                                        "opt_in_level": "single_opt_in", "consent_updated_at": None},
            "tags": p.tags, "currency": "EUR", "admin_graphql_api_id": f"gid://shopify/Customer/{p.customer_id}",
            "default_address": dict(_address(p), id=p.customer_id + 11, customer_id=p.customer_id, default=True),
        }
    return raw


def orders_json(orders: list[Order]) -> dict:
    return {"orders": [o.raw for o in sorted(orders, key=lambda o: o.number, reverse=True)]}


def customers_csv(customers: list[Person], orders: list[Order]) -> str:
    header = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
              "Default Address Address1", "Default Address Address2", "Default Address City",
              "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
              "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
              "Tax Exempt", "Tags"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for c in customers:
        mine = [o for o in orders if o.person.key == c.key and not o.person.guest]
        spent = sum(o.total - o.refunded for o in mine if not o.cancelled and o.financial not in ("pending", "authorized"))
        zip_cell = ("'" + c.zip) if c.zip[:1].isdigit() else c.zip
        phone_cell = ("'" + c.phone) if c.phone else ""
        writer.writerow([f"'{c.customer_id}", c.first, c.last, c.email, c.accepts, "", c.address1, "", c.city,
                         c.province, c.country, zip_cell, phone_cell, phone_cell, "no", money(spent), str(len(mine)),
                         "", "no", c.tags])
    return buf.getvalue()
