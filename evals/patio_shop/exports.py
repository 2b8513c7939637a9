"""Writes the built orders as Shopify's Admin API orders.json and the customers as Shopify's customers
CSV export."""

import datetime as dt
import hashlib

from common import CURRENCY, amount
from orders import ORDERS_BUILT, _address, _customer_obj, _iso, _money_set


def _token(*parts, n=32):
    return hashlib.sha1(":".join(str(p) for p in parts).encode()).hexdigest()[:n]


def _line_json(o, x):
    p, v = x["p"], x["v"]
    vt = v["title"] if v["opts"] else None
    cancelled = o["cancelled_at"] is not None
    fulfilled = x["id"] in o["shipped_ids"]
    returned = sum(q for r in o["refunds"] for y, q in r["lines"] if y["id"] == x["id"])
    tax = round((x["total"] - x["disc"]) / 11, 2) if not v["gift_card"] else 0.0
    return {
        "id": x["id"],
        "admin_graphql_api_id": f"gid://shopify/LineItem/{x['id']}",
        "attributed_staffs": [],
        "current_quantity": 0 if cancelled else x["qty"] - returned,
        "fulfillable_quantity": 0 if (cancelled or fulfilled) else x["qty"],
        "fulfillment_service": "gift_card" if v["gift_card"] else "manual",
        "fulfillment_status": "fulfilled" if fulfilled else None,
        "gift_card": v["gift_card"],
        "grams": round(v["weight"] * 1000),
        "name": f"{p['title']} - {vt}" if vt else p["title"],
        "price": amount(v["price"]),
        "price_set": _money_set(v["price"]),
        "product_exists": True,
        "product_id": p["id"],
        "properties": [],
        "quantity": x["qty"],
        "requires_shipping": v["requires_shipping"],
        "sku": v["sku"],
        "taxable": not v["gift_card"],
        "title": p["title"],
        "total_discount": amount(x["disc"]),
        "total_discount_set": _money_set(x["disc"]),
        "variant_id": v["id"],
        "variant_inventory_management": "shopify" if v["tracked"] else None,
        "variant_title": vt,
        "vendor": p["vendor"],
        "tax_lines": [
            {
                "channel_liable": False,
                "price": amount(tax),
                "price_set": _money_set(tax),
                "rate": 0.1,
                "title": "GST",
            }
        ]
        if tax
        else [],
        "duties": [],
        "discount_allocations": (
            [
                {
                    "amount": amount(x["disc"]),
                    "amount_set": _money_set(x["disc"]),
                    "discount_application_index": 0,
                }
            ]
            if x["disc"]
            else []
        ),
    }


def _fulfillment_json(o, f):
    return {
        "id": f["id"],
        "admin_graphql_api_id": f"gid://shopify/Fulfillment/{f['id']}",
        "created_at": _iso(f["created"]),
        "location_id": 71203356961,
        "name": f"#{o['number']}.{f['n']}",
        "order_id": o["id"],
        "origin_address": {},
        "receipt": {},
        "service": f["service"],
        "shipment_status": f["status"],
        "status": "success",
        "tracking_company": f["carrier"],
        "tracking_number": f["number"],
        "tracking_numbers": [f["number"]] if f["number"] else [],
        "tracking_url": f["url"],
        "tracking_urls": [f["url"]] if f["url"] else [],
        "updated_at": _iso(f["updated"]),
        "line_items": [_line_json(o, x) for x in f["lines"]],
    }


def _refund_json(o, r):
    rli = []
    for n, (x, q) in enumerate(r["lines"]):
        sub = round(x["v"]["price"] * q - x["disc"] * q / x["qty"], 2)
        rli.append(
            {
                "id": r["id"] * 3 + n - 2081000000000,
                "line_item_id": x["id"],
                "location_id": 71203356961,
                "quantity": q,
                "restock_type": r["restock"],
                "subtotal": amount(sub),
                "subtotal_set": _money_set(sub),
                "total_tax": amount(round(sub / 11, 2)),
                "total_tax_set": _money_set(round(sub / 11, 2)),
                "line_item": _line_json(o, x),
            }
        )
    adj = []
    if r["ship"]:
        adj.append(
            {
                "id": r["id"] + 7,
                "order_id": o["id"],
                "refund_id": r["id"],
                "amount": amount(-r["ship"]),
                "amount_set": _money_set(-r["ship"]),
                "tax_amount": amount(-round(r["ship"] / 11, 2)),
                "kind": "shipping_refund",
                "reason": "Shipping refund",
            }
        )
    if r["adjust"]:
        adj.append(
            {
                "id": r["id"] + 9,
                "order_id": o["id"],
                "refund_id": r["id"],
                "amount": amount(-abs(r["adjust"])),
                "amount_set": _money_set(-abs(r["adjust"])),
                "tax_amount": "0.00",
                "kind": "refund_discrepancy",
                "reason": "Refund discrepancy",
            }
        )
    return {
        "id": r["id"],
        "admin_graphql_api_id": f"gid://shopify/Refund/{r['id']}",
        "created_at": _iso(r["at"]),
        "note": r["note"],
        "order_id": o["id"],
        "processed_at": _iso(r["at"]),
        "restock": r["restock"] in ("cancel", "return"),
        "total_duties_set": _money_set(0),
        "user_id": 92311466529,
        "order_adjustments": adj,
        "transactions": [
            {
                "id": r["tid"],
                "admin_graphql_api_id": f"gid://shopify/OrderTransaction/{r['tid']}",
                "amount": amount(r["amount"]),
                "authorization": None,
                "created_at": _iso(r["at"]),
                "currency": CURRENCY,
                "device_id": None,
                "error_code": None,
                "gateway": o["gateway"],
                "kind": "refund",
                "location_id": None,
                "message": "Refund processed",
                "order_id": o["id"],
                "parent_id": r["tid"] - 1855310,
                "processed_at": _iso(r["at"]),
                "receipt": {},
                "source_name": "1830279",
                "status": "success",
                "test": False,
                "user_id": 92311466529,
            }
        ],
        "refund_line_items": rli,
        "duties": [],
    }


def _order_json(o):
    p = o["person"]
    addr = _address(p["first"], p["last"], p["phone"], p["line1"], p["city"], p["prov"], p["postcode"])
    tok = _token("order", o["number"])
    closed = None
    if o["cancelled_at"]:
        closed = o["cancelled_at"]
    elif o["fulfillment"] == "fulfilled" and o["financial"] in ("paid", "refunded", "partially_refunded"):
        closed = max([f["updated"] for f in o["fulfillments"]] + [r["at"] for r in o["refunds"]])
    events = [o["placed"]] + [f["updated"] for f in o["fulfillments"]] + [r["at"] for r in o["refunds"]]
    if o["cancelled_at"]:
        events.append(o["cancelled_at"])
    updated = max(events) + dt.timedelta(minutes=3)
    current = 0.0 if o["cancelled_at"] else round(o["total"] - o["refunded"], 2)
    disc_total = round(sum(x["disc"] for x in o["lines"]), 2)
    code = o["extra"].get("discount")
    gross = round(sum(x["total"] for x in o["lines"]), 2)
    outstanding = o["total"] if o["financial"] in ("pending", "authorized") else 0.0
    return {
        "id": o["id"],
        "admin_graphql_api_id": f"gid://shopify/Order/{o['id']}",
        "app_id": 580111,
        "browser_ip": f"203.{o['number'] % 200}.{o['number'] % 97}.{o['number'] % 251}",
        "buyer_accepts_marketing": p["marketing"],
        "cancel_reason": o["cancel_reason"],
        "cancelled_at": _iso(o["cancelled_at"]) if o["cancelled_at"] else None,
        "cart_token": _token("cart", o["number"]),
        "checkout_id": o["id"] + 11822377345,
        "checkout_token": _token("checkout", o["number"]),
        "client_details": {
            "accept_language": "en-AU",
            "browser_height": None,
            "browser_ip": None,
            "browser_width": None,
            "session_hash": None,
            "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
            if o["number"] % 2
            else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0",
        },
        "closed_at": _iso(closed) if closed else None,
        "confirmation_number": _token("conf", o["number"], n=9).upper(),
        "confirmed": True,
        "contact_email": p["email"],
        "created_at": _iso(o["placed"]),
        "currency": CURRENCY,
        "current_subtotal_price": amount(
            0.0
            if o["cancelled_at"]
            else round(o["subtotal"] - o["refunded"] + (o["ship"] if o["scenario"] == "refunded" else 0), 2)
        ),
        "current_total_discounts": amount(disc_total),
        "current_total_price": amount(current),
        "current_total_price_set": _money_set(current),
        "current_total_tax": amount(round(current / 11, 2)),
        "customer_locale": "en-AU",
        "discount_codes": [{"code": code[0], "amount": amount(disc_total), "type": "percentage"}]
        if code
        else [],
        "email": p["email"],
        "estimated_taxes": False,
        "financial_status": o["financial"],
        "fulfillment_status": o["fulfillment"],
        "landing_site": "/collections/outdoor-dining" if o["number"] % 3 else "/",
        "location_id": None,
        "name": f"#{o['number']}",
        "note": "Side gate is unlocked, please leave near the garage"
        if o["number"] in (5212, 5221)
        else None,
        "note_attributes": [],
        "number": o["number"] - 1000,
        "order_number": o["number"],
        "order_status_url": f"https://verandahco.com.au/73822145521/orders/{tok}/authenticate?key={_token('key', o['number'])}",
        "payment_gateway_names": [o["gateway"]],
        "phone": None,
        "presentment_currency": CURRENCY,
        "processed_at": _iso(o["placed"]),
        "reference": None,
        "referring_site": "https://www.google.com/" if o["number"] % 4 == 0 else "",
        "source_name": "web",
        "subtotal_price": amount(o["subtotal"]),
        "subtotal_price_set": _money_set(o["subtotal"]),
        "tags": ", ".join(
            t
            for t in [
                "Freight" if o["bulky"] else "",
                "Assembly booked" if any(x["p"]["handle"] == "assembly-service" for x in o["lines"]) else "",
                "Click & Collect" if o["scenario"] == "pickup" else "",
            ]
            if t
        ),
        "tax_lines": [
            {
                "price": amount(o["tax"]),
                "rate": 0.1,
                "title": "GST",
                "price_set": _money_set(o["tax"]),
                "channel_liable": False,
            }
        ],
        "taxes_included": True,
        "test": False,
        "token": tok,
        "total_discounts": amount(disc_total),
        "total_discounts_set": _money_set(disc_total),
        "total_line_items_price": amount(gross),
        "total_line_items_price_set": _money_set(gross),
        "total_outstanding": amount(outstanding),
        "total_price": amount(o["total"]),
        "total_price_set": _money_set(o["total"]),
        "total_shipping_price_set": _money_set(o["ship"]),
        "total_tax": amount(o["tax"]),
        "total_tax_set": _money_set(o["tax"]),
        "total_weight": int(sum(x["v"]["weight"] * 1000 * x["qty"] for x in o["lines"])),
        "updated_at": _iso(updated),
        "user_id": None,
        "billing_address": addr,
        "customer": None if p["guest"] else _customer_obj(o["who"], p, o["placed"]),
        "discount_applications": [
            {
                "target_type": "line_item",
                "type": "discount_code",
                "value": f"{code[1]:.1f}",
                "value_type": "percentage",
                "allocation_method": "across",
                "target_selection": "all",
                "code": code[0],
            }
        ]
        if code
        else [],
        "fulfillments": [_fulfillment_json(o, f) for f in o["fulfillments"]],
        "line_items": [_line_json(o, x) for x in o["lines"]],
        "payment_terms": None,
        "refunds": [_refund_json(o, r) for r in o["refunds"]],
        "shipping_address": None if o["scenario"] in ("pickup", "giftcard") else addr,
        "shipping_lines": []
        if o["scenario"] == "giftcard"
        else [
            {
                "id": o["id"] - 1999000000000,
                "carrier_identifier": None,
                "code": "pickup" if o["scenario"] == "pickup" else o["zone"][0].replace(" ", "-").lower(),
                "discounted_price": amount(o["ship"]),
                "discounted_price_set": _money_set(o["ship"]),
                "phone": None,
                "price": amount(o["ship"]),
                "price_set": _money_set(o["ship"]),
                "requested_fulfillment_service_id": None,
                "source": "shopify",
                "title": o["ship_title"],
                "tax_lines": [{"price": amount(round(o["ship"] / 11, 2)), "rate": 0.1, "title": "GST"}]
                if o["ship"]
                else [],
                "discount_allocations": [],
            }
        ],
    }


def orders_document():
    return {"orders": [_order_json(o) for o in sorted(ORDERS_BUILT, key=lambda o: -o["number"])]}
