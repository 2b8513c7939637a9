"""Writes the order history as Shopify's Admin REST API `GET /admin/api/2024-07/orders.json?status=any`.

`summary()` gives each order's facts (status, carrier, tracking, items, totals) for the cases.
"""

import datetime as dt
import random

import catalog
import people
import policy
import products_json as PJ
import variants as V

_RNG = random.Random("kilim-and-loom:orders:v1")

SHIPPED = {"delivered", "in_transit", "out_for_delivery", "shipped", "refunded", "part_refund", "partial"}
SHIPMENT_STATUS = {"delivered": "delivered", "in_transit": "in_transit", "out_for_delivery": "out_for_delivery",
                   "shipped": None, "refunded": "delivered", "part_refund": "delivered", "partial": "in_transit"}
CARRIER_OVERRIDE = {5222: "DHL Parcel", 5227: "DHL Parcel"}
TRACK_URL = {
    "PostNL": "https://jouw.postnl.nl/track-and-trace/{n}-{c}-{z}",
    "DHL Parcel": "https://my.dhlparcel.nl/home/tracktrace/{n}",
    "DHL Express": "https://www.dhl.com/de-en/home/tracking/tracking-express.html?submit=1&tracking-id={n}",
    "DPD": "https://trace.dpd.fr/fr/trace/{n}",
    "GLS": "https://gls-group.eu/AT/en/parcel-tracking?match={n}",
    "bpost": "https://track.bpost.cloud/btr/web/#/search?itemCode={n}&lang=en",
}


def _tracking(carrier):
    d = lambda k: "".join(str(_RNG.randint(0, 9)) for _ in range(k))  # noqa: E731
    if carrier == "PostNL":
        return "3SKLML" + d(9)
    if carrier == "DHL Parcel":
        return "JVGL0" + d(15)
    if carrier == "DHL Express":
        return str(_RNG.randint(1, 9)) + d(9)
    if carrier == "DPD":
        return "0550" + d(10)
    if carrier == "GLS":
        return "7" + d(10)
    return "3232" + d(20)  # bpost


def _offset(when):
    return "+02:00" if when < dt.datetime(2026, 10, 25, 3, 0) else "+01:00"


def _stamp(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S") + _offset(when)


def _business_days_after(when, days, hour):
    day = when
    while days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day.replace(hour=hour, minute=_RNG.randint(0, 59), second=_RNG.randint(0, 59))


def _m(x):
    return f"{x:.2f}"


def _set(x):
    return {"shop_money": {"amount": _m(x), "currency_code": "EUR"},
            "presentment_money": {"amount": _m(x), "currency_code": "EUR"}}


def _address(p, with_phone):
    first, last, _email, phone, a1, a2, city, prov, country, zipc, _ = p
    names = {"NL": "Netherlands", "BE": "Belgium", "DE": "Germany", "FR": "France", "AT": "Austria", "IT": "Italy"}
    return {"first_name": first, "address1": a1, "phone": phone if (with_phone and phone) else None,
            "city": city, "zip": zipc, "province": None, "country": names[country], "last_name": last,
            "address2": a2 or None, "company": None, "latitude": None, "longitude": None,
            "name": f"{first} {last}", "country_code": country, "province_code": prov or None}


def build():
    orders, facts = [], []
    next_id = 6120440000000
    line_id = 15990210000000
    for number, who, placed, items, state, extra in people.ORDERS:
        p = people.person(who)
        first, last, email, phone, _a1, _a2, _city, _prov, country, zipc, accepts = p
        when = dt.datetime.strptime(placed, "%Y-%m-%d %H:%M")
        next_id += _RNG.randint(20000, 900000)
        lines, subtotal, ships = [], 0.0, False
        for handle, values, qty in items:
            spec = catalog.by_handle(handle)
            v = V.variant(handle, *values)
            line_id += _RNG.randint(1000, 90000)
            default = v["title"] == "Default Title"
            fulfilled = state in SHIPPED or state in ("giftcard", "service")
            if state == "partial":
                fulfilled = handle == items[0][0]
            lines.append({
                "id": line_id, "admin_graphql_api_id": f"gid://shopify/LineItem/{line_id}",
                "fulfillable_quantity": 0 if fulfilled or "cancelled" in state else qty,
                "fulfillment_service": "manual",
                "fulfillment_status": "fulfilled" if fulfilled else None,
                "gift_card": spec["gift_card"], "grams": 0, "name": spec["title"] if default else
                f"{spec['title']} - {v['title']}", "price": _m(v["price"]), "price_set": _set(v["price"]),
                "product_exists": True, "product_id": PJ.IDS[handle]["product"], "properties": [],
                "quantity": qty, "requires_shipping": spec["shipping"], "sku": v["sku"],
                "taxable": not spec["gift_card"], "title": spec["title"], "total_discount": "0.00",
                "variant_id": PJ.variant_id(handle, values), "variant_inventory_management":
                "shopify" if v["tracked"] else None, "variant_title": None if default else v["title"],
                "vendor": PJ.catalog_vendor(spec), "tax_lines": [], "duties": [], "discount_allocations": [],
            })
            subtotal += v["price"] * qty
            ships = ships or spec["shipping"]
        discount = 0.0
        codes = []
        if "discount" in extra:
            code, pct = extra["discount"]
            discount = round(subtotal * pct / 100, 2)
            codes = [{"code": code, "amount": _m(discount), "type": "percentage"}]
        zone = policy.zone_for(country)
        after = subtotal - discount
        shipping = 0.0 if (not ships or after >= zone["free_from"]) else zone["rate"]
        total = round(after + shipping, 2)
        rate = policy.VAT[country]
        tax = round(total * rate / (100 + rate), 2)
        carrier = CARRIER_OVERRIDE.get(number, zone["carrier"])
        ship_title = "Free shipping" if ships and shipping == 0 else (f"Standard ({carrier})" if ships else None)
        fulfillments, tracking = [], None
        status = SHIPMENT_STATUS.get(state)
        shipped_at = _business_days_after(when, 1, 15)
        if state in SHIPPED:
            tracking = _tracking(carrier)
            f_lines = lines[:1] if state == "partial" else lines
            url = TRACK_URL[carrier].format(n=tracking, c=country, z=zipc.replace(" ", ""))
            fulfillments.append({
                "id": next_id // 3 + 17, "admin_graphql_api_id": f"gid://shopify/Fulfillment/{next_id // 3 + 17}",
                "created_at": _stamp(shipped_at), "location_id": 81234567890, "name": f"#{number}.1",
                "order_id": next_id, "origin_address": {}, "receipt": {}, "service": "manual",
                "shipment_status": status, "status": "success", "tracking_company": carrier,
                "tracking_number": tracking, "tracking_numbers": [tracking], "tracking_url": url,
                "tracking_urls": [url], "updated_at": _stamp(_business_days_after(shipped_at, 2, 11)),
                "line_items": f_lines,
            })
        elif state in ("giftcard", "service"):
            fulfillments.append({
                "id": next_id // 3 + 17, "admin_graphql_api_id": f"gid://shopify/Fulfillment/{next_id // 3 + 17}",
                "created_at": _stamp(when + dt.timedelta(minutes=3)), "location_id": 81234567890,
                "name": f"#{number}.1", "order_id": next_id, "origin_address": {}, "receipt": {},
                "service": "manual", "shipment_status": None, "status": "success", "tracking_company": None,
                "tracking_number": None, "tracking_numbers": [], "tracking_url": None, "tracking_urls": [],
                "updated_at": _stamp(when + dt.timedelta(minutes=3)), "line_items": lines,
            })
        financial = {"pending": "pending", "authorized": "authorized", "refunded": "refunded",
                     "part_refund": "partially_refunded", "cancelled": "voided",
                     "cancelled_refunded": "refunded"}.get(state, "paid")
        if state in ("partial",):
            fstatus = "partial"
        elif state in SHIPPED or state in ("giftcard", "service"):
            fstatus = "fulfilled"
        else:
            fstatus = None
        cancelled_at = None
        if "cancelled" in state:
            cancelled_at = _stamp(when + dt.timedelta(hours=20, minutes=_RNG.randint(0, 59)))
        refunds, refunded = [], 0.0
        if state in ("refunded", "cancelled_refunded", "part_refund"):
            if state == "part_refund":
                pairs = [(ln, q) for h, q in extra["refund_items"] for ln in lines
                         if ln["product_id"] == PJ.IDS[h]["product"]]
                refunded = round(sum(float(ln["price"]) * q for ln, q in pairs), 2)
                adjustments = []
            else:
                pairs = [(ln, ln["quantity"]) for ln in lines]
                refunded = total
                adjustments = ([{"id": next_id // 7, "amount": _m(-shipping), "kind": "shipping_refund",
                                 "reason": "Shipping refund", "tax_amount": "0.00"}] if shipping else [])
            r_when = (_business_days_after(shipped_at, 12, 10) if state != "cancelled_refunded"
                      else when + dt.timedelta(hours=21))
            gateway = "shopify_payments"
            refunds.append({
                "id": next_id // 5 + 3, "admin_graphql_api_id": f"gid://shopify/Refund/{next_id // 5 + 3}",
                "created_at": _stamp(r_when), "note": extra.get("refund_note") or "Order cancelled",
                "order_id": next_id, "processed_at": _stamp(r_when), "restock": True,
                "total_duties_set": _set(0), "user_id": 91823400011,
                "order_adjustments": adjustments,
                "refund_line_items": [{"id": ln["id"] + 5, "line_item_id": ln["id"], "location_id": 81234567890,
                                       "quantity": q, "restock_type": "return" if state != "cancelled_refunded"
                                       else "cancel", "subtotal": round(float(ln["price"]) * q, 2),
                                       "subtotal_set": _set(float(ln["price"]) * q), "total_tax": 0.0,
                                       "line_item": ln} for ln, q in pairs],
                "transactions": [{"id": next_id // 11, "amount": _m(refunded), "authorization": None,
                                  "created_at": _stamp(r_when), "currency": "EUR", "gateway": gateway,
                                  "kind": "refund", "status": "success", "processed_at": _stamp(r_when),
                                  "parent_id": next_id // 13}],
            })
        gateways = {"pending": ["Bank Deposit"], "authorized": ["klarna"], "cancelled": ["klarna"]}
        customer = None
        if not people.is_guest(who):
            customer = {"id": customer_id(who), "email": email, "created_at": "2025-06-01T10:00:00+02:00",
                        "updated_at": _stamp(when), "first_name": first, "last_name": last,
                        "state": "enabled", "note": None, "verified_email": True, "multipass_identifier": None,
                        "tax_exempt": False, "phone": phone or None, "tags": "", "currency": "EUR",
                        "admin_graphql_api_id": f"gid://shopify/Customer/{customer_id(who)}",
                        "default_address": dict(_address(p, True), id=customer_id(who) // 3,
                                                customer_id=customer_id(who), default=True)}
        current = round(total - refunded, 2) if "cancelled" not in state else 0.0
        orders.append({
            "id": next_id, "admin_graphql_api_id": f"gid://shopify/Order/{next_id}", "app_id": 580111,
            "browser_ip": None, "buyer_accepts_marketing": accepts == "yes",
            "cancel_reason": extra.get("cancel_reason") if cancelled_at else None, "cancelled_at": cancelled_at,
            "closed_at": _stamp(_business_days_after(when, 6, 9)) if state in ("delivered", "refunded") else None,
            "confirmation_number": "".join(_RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789") for _ in range(9)),
            "confirmed": True, "contact_email": email, "created_at": _stamp(when), "currency": "EUR",
            "current_total_price": _m(current), "current_total_price_set": _set(current),
            "customer_locale": {"NL": "nl", "BE": "nl-BE", "DE": "de", "FR": "fr"}.get(country, "en"),
            "discount_codes": codes, "email": email, "estimated_taxes": False,
            "financial_status": financial, "fulfillment_status": fstatus, "landing_site": "/",
            "name": f"#{number}", "note": None, "note_attributes": [], "number": number - 1000,
            "order_number": number, "order_status_url": f"https://{policy.DOMAIN}/{next_id % 99999}/orders/"
                                                        f"{next_id:x}/authenticate?key=redacted",
            "payment_gateway_names": gateways.get(state, ["shopify_payments"]), "phone": None,
            "presentment_currency": "EUR", "processed_at": _stamp(when), "source_name": "web",
            "subtotal_price": _m(after), "subtotal_price_set": _set(after), "tags": "",
            "taxes_included": True, "test": False, "total_discounts": _m(discount),
            "total_discounts_set": _set(discount), "total_line_items_price": _m(subtotal),
            "total_line_items_price_set": _set(subtotal), "total_outstanding": _m(total if financial in
                                                                                   ("pending", "authorized") else 0),
            "total_price": _m(total), "total_price_set": _set(total),
            "total_shipping_price_set": _set(shipping), "total_tax": _m(tax), "total_tax_set": _set(tax),
            "total_weight": 0, "updated_at": _stamp(when + dt.timedelta(days=3)), "user_id": None,
            "billing_address": _address(p, False), "customer": customer,
            "fulfillments": fulfillments, "line_items": lines, "refunds": refunds,
            "shipping_address": _address(p, True) if ships else None,
            "shipping_lines": ([{"id": next_id // 9, "code": ship_title, "price": _m(shipping),
                                 "price_set": _set(shipping), "discounted_price": _m(shipping),
                                 "source": "shopify", "title": ship_title, "tax_lines": [],
                                 "carrier_identifier": None}] if ships else []),
        })
        facts.append({
            "number": number, "name": f"#{number}", "who": who, "guest": people.is_guest(who),
            "email": email, "first": first, "last": last, "zip": zipc, "country": country, "state": state,
            "placed": when.date().isoformat(), "total": total, "shipping": shipping, "refunded": refunded,
            "carrier": carrier if tracking else None, "tracking": tracking, "shipment_status": status,
            "items": [(catalog.by_handle(h)["title"], V.variant(h, *vals)["title"], q) for h, vals, q in items],
            "shipped_items": ([catalog.by_handle(items[0][0])["title"]] if state == "partial" else None),
            "financial": financial, "fulfillment": fstatus, "cancelled": cancelled_at is not None,
            "address1": p[4],
        })
    orders.reverse()  # the API lists the newest order first
    return {"orders": orders}, facts


def customer_id(key):
    return 7391204000000 + int(key[1:]) * 1048573


DOC, FACTS = build()


def order(number):
    for f in FACTS:
        if f["number"] == number:
            return f
    raise KeyError(number)


def of(who):
    return [f for f in FACTS if f["who"] == who]
