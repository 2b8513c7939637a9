"""Customers (WooCommerce REST `GET /wp-json/wc/v3/customers`, saved as JSON) and orders (the
WebToffee "Order Export & Order Import for WooCommerce" CSV, default columns: one row per order,
items packed in line_item_N cells, refunds in refund_items, Shipment Tracking JSON in
meta:_wc_shipment_tracking_items)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from catalog import live_variants, orderable, sale_applies
from common import STORE, money, rng, write_csv, write_json
from policy import SHIP

PLACES = [  # city, region code, postcode, street, rural
    ("Christchurch", "CAN", "8011", "41 Barbadoes Street", False),
    ("Christchurch", "CAN", "8041", "12 Ilam Road", False),
    ("Auckland", "AUK", "1010", "88 Hobson Street", False),
    ("Auckland", "AUK", "1022", "7 Kingsland Terrace", False),
    ("Wellington", "WGN", "6011", "23 Aro Street", False),
    ("Dunedin", "OTA", "9016", "5 Maori Hill Road", False),
    ("Nelson", "NSN", "7010", "16 Trafalgar Street", False),
    ("Hamilton", "WKO", "3204", "210 Grey Street", False),
    ("Tauranga", "BOP", "3110", "9 Devonport Road", False),
    ("Queenstown", "OTA", "9300", "3 Hallenstein Street", False),
    ("Napier", "HKB", "4110", "44 Tennyson Street", False),
    ("Palmerston North", "MWT", "4410", "61 Broadway Avenue", False),
    ("Invercargill", "STL", "9810", "15 Dee Street", False),
    ("Rangiora", "CAN", "7472", "1482 Oxford Road, RD 2", True),
    ("Wanaka", "OTA", "9382", "220 Cardrona Valley Road, RD 1", True),
    ("Whanganui", "MWT", "4573", "88 Rangiwaea Road, RD 4", True),
]
NORTH = {"AUK", "WGN", "WKO", "BOP", "HKB", "MWT", "NTL", "TKI", "GIS"}

NAMES = [
    ("Aroha", "Ngata"), ("Liam", "Walker"), ("Mere", "Tipene"), ("Oliver", "Chen"),
    ("Sophie", "Williams"), ("Jack", "Thompson"), ("Priya", "Patel"), ("Hemi", "Rangi"),
    ("Charlotte", "Brown"), ("Noah", "Wilson"), ("Isla", "Taylor"), ("Manpreet", "Kaur"),
    ("Grace", "Lee"), ("Tama", "Horomona"), ("Ruby", "Anderson"), ("Finn", "McKenzie"),
    ("Ana", "Fifita"), ("Lucas", "Smith"), ("Emma", "Robinson"), ("Wiremu", "Parata"),
    ("Hannah", "O'Connor"), ("Sam", "Nguyen"),
]
GUESTS = [("Zoe", "Campbell"), ("Ben", "Harris"), ("Kiri", "Walsh"), ("Daniel", "Park"),
          ("Amelia", "Scott"), ("Riley", "Jones")]
DOMAINS = ["example.com", "example.co.nz", "example.net"]

CARRIERS = {  # display name -> (tracking_provider slug, custom_tracking_provider, prefix)
    "CourierPost": ("courier-post", "", "EC"),
    "NZ Post": ("nz-post", "", "LY"),
    "Aramex": ("", "Aramex", "ARX"),
    "Mainfreight": ("", "Mainfreight", "MF"),
}


def _email(first: str, last: str, i: int) -> str:
    local = f"{first}.{last}".lower().replace("'", "")
    return f"{local}@{DOMAINS[i % len(DOMAINS)]}"


def _phone(r) -> str:
    return f"+64 2{r.choice('127')} {r.randint(200, 899)} {r.randint(1000, 9999)}"


def _person(first, last, i, r, uid=None, place=None) -> dict:
    city, region, post, street, rural = place or PLACES[r.randrange(len(PLACES))]
    return {"id": uid, "first": first, "last": last, "email": _email(first, last, i),
            "phone": _phone(r), "line1": street.split(", RD")[0],
            "line2": ("RD" + street.split(", RD")[1]) if rural else "", "city": city,
            "state": region, "postcode": post, "rural": rural}


def customers() -> list[dict]:
    r = rng("customers")
    out, uid = [], 11
    places = PLACES[:] + PLACES[:2] * 3  # every town once, Christchurch (the shop's home) most
    r.shuffle(places)
    for i, (first, last) in enumerate(NAMES):
        uid += r.randint(1, 9)
        c = _person(first, last, i, r, uid, places[i])
        c["created"] = datetime(2025, 3, 1) + timedelta(days=r.randint(0, 520), minutes=r.randint(0, 1400))
        out.append(c)
    return out


def guests() -> list[dict]:
    r = rng("guests")
    return [_person(f, l, i + 1, r) for i, (f, l) in enumerate(GUESTS)]


# ----------------------------------------------------------------------------- orders

PLAN = (["completed"] * 17 + ["completed-partial"] * 3 + ["cancelled"] * 3 + ["refunded"] * 3
        + ["processing"] * 6 + ["on-hold"] * 3 + ["pending"] * 1 + ["completed-collect"] * 2)


def _pick_items(r, catalog, n: int) -> list[dict]:
    pool = [(p, v) for p in catalog for v in live_variants(p)
            if orderable(v) and p["key"] not in ("giftcard",)]
    chosen, seen = [], set()
    while len(chosen) < n:
        p, v = pool[r.randrange(len(pool))]
        if p["key"] in seen:
            continue
        seen.add(p["key"])
        qty = r.choice([2, 3, 4]) if p["key"] in ("gas", "butane4") else (2 if p["key"] == "socks" and r.random() < 0.5 else 1)
        chosen.append((p, v, qty))
    return chosen


def _unit_price(v: dict, when: datetime) -> float:
    return v["sale"] if sale_applies(v, when.date()) else v["regular"]


def _shipping(person: dict, items, subtotal: float, collect: bool):
    if collect:
        return SHIP["collect_method"], 0.0, None
    keys = {p["key"] for p, _, _ in items}
    bulky = bool(keys & SHIP["bulky_keys"])
    dg = bool(keys & SHIP["dg_keys"])
    if person["state"] == "CAN":
        method, rate = "Standard courier (Canterbury)", SHIP["rate_canterbury"]
    elif person["state"] in NORTH:
        method, rate = "Standard courier (North Island)", SHIP["rate_north"]
    else:
        method, rate = "Standard courier (South Island)", SHIP["rate_south"]
    if subtotal >= SHIP["free_over"]:
        method, rate = "Free standard shipping", 0.0
    if person["rural"]:
        rate += SHIP["rural_surcharge"]
        method += " + Rural delivery"
    if dg:
        rate += SHIP["dg_surcharge"]
        method += " + Dangerous goods"
    if bulky:
        rate += SHIP["bulky_surcharge"]
        carrier = "Mainfreight"
    elif person["rural"]:
        carrier = "NZ Post"
    elif dg or person["state"] not in NORTH:
        carrier = "CourierPost"
    else:
        carrier = "Aramex"
    return method, round(rate, 2), carrier


def orders(catalog, regulars, guest_list) -> list[dict]:
    r = rng("orders")
    plan = PLAN[:]
    r.shuffle(plan)
    # the newest orders are the ones still waiting: move them to the end
    waiting = [s for s in plan if s in ("processing", "on-hold", "pending")]
    done = [s for s in plan if s not in ("processing", "on-hold", "pending")]
    plan = done + waiting
    start = datetime(2026, 8, 3, 8, 0)
    days = sorted(r.sample(range(0, 104), len(plan) - len(waiting)))
    days += sorted(r.sample(range(106, 119), len(waiting)))
    guest_slots = set(r.sample(range(len(plan)), len(guest_list)))
    # every guest gets one order, one of them still processing and one refunded
    number = 40800
    out, g = [], 0
    buyers = regulars[:]
    for i, status in enumerate(plan):
        number += r.randint(3, 19)
        when = start + timedelta(days=days[i], minutes=r.randint(0, 600))
        if i in guest_slots:
            person, cid = guest_list[g], 0
            g += 1
        else:
            person = buyers[r.randrange(len(buyers))] if i >= len(buyers) else buyers[i]
            cid = person["id"]
        if status == "completed-collect" and person["state"] != "CAN":
            local = [c for c in buyers if c["state"] == "CAN" and not c["rural"]]
            if cid and local:
                person = local[r.randrange(len(local))]
                cid = person["id"]
            else:
                status = "completed"
        collect = status == "completed-collect"
        items = _pick_items(r, catalog, r.choice([1, 1, 2, 2, 3]))
        lines = []
        for p, v, qty in items:
            incl = round(_unit_price(v, when) * qty, 2)
            ex = round(incl / 1.15, 2)
            vname = p["name"] if p["type"] == "simple" else f"{p['name']} - {', '.join(v['options'].values())}"
            lines.append({"name": vname, "product": p, "variant": v, "product_id": p["id"],
                          "variation_id": 0 if p["type"] == "simple" else v["id"], "sku": v["sku"],
                          "qty": qty, "incl": incl, "ex": ex, "tax": round(incl - ex, 2)})
        subtotal = round(sum(l["incl"] for l in lines), 2)
        method, ship, carrier = _shipping(person, items, subtotal, collect)
        total = round(subtotal + ship, 2)
        o = {"number": number, "date": when, "status": status.split("-")[0] if status != "on-hold" else "on-hold",
             "plan": status, "customer_id": cid, "person": person, "guest": cid == 0, "lines": lines,
             "method": method, "shipping": ship, "total": total, "carrier": None, "tracking": None,
             "shipped_at": None, "refunds": [], "payment": ("bacs", "Direct bank transfer") if status == "on-hold"
             else (("ppcp-gateway", "PayPal") if r.random() < 0.25 else ("stripe", "Credit Card (Stripe)"))}
        shipped = status in ("completed", "completed-partial", "refunded")
        if shipped and carrier:
            o["carrier"] = carrier
            o["tracking"] = CARRIERS[carrier][2] + "".join(str(r.randint(0, 9)) for _ in range(9)) + ("NZ" if carrier in ("CourierPost", "NZ Post") else "")
            o["shipped_at"] = (when + timedelta(days=1)).replace(hour=1, minute=r.randint(0, 59))
        if status == "completed-partial":
            if len(lines) == 1 and lines[0]["qty"] == 1:
                amount, reason = round(lines[0]["incl"] * 0.2, 2), "Partial refund: scuffed on arrival"
            else:
                line = min(lines, key=lambda l: l["incl"] / l["qty"])
                amount, reason = round(line["incl"] / line["qty"], 2), f"Returned: {line['name']}"
            o["refunds"].append({"amount": amount, "reason": reason, "date": when + timedelta(days=12)})
        if status == "refunded":
            o["refunds"].append({"amount": total, "reason": "Returned within 30 days",
                                 "date": when + timedelta(days=15)})
        out.append(o)
    return out


# ----------------------------------------------------------------------------- writers

def _customer_json(c: dict) -> dict:
    addr = {"first_name": c["first"], "last_name": c["last"], "company": "", "address_1": c["line1"],
            "address_2": c["line2"], "city": c["city"], "state": c["state"], "postcode": c["postcode"],
            "country": "NZ"}
    return {"id": c["id"], "date_created": c["created"].strftime("%Y-%m-%dT%H:%M:%S"),
            "email": c["email"], "first_name": c["first"], "last_name": c["last"], "role": "customer",
            "username": c["email"].split("@")[0].replace(".", ""),
            "billing": {**addr, "email": c["email"], "phone": c["phone"]},
            "shipping": {**addr, "phone": ""}, "is_paying_customer": True,
            "avatar_url": "https://secure.gravatar.com/avatar/?s=96&d=mm&r=g", "meta_data": []}


ORDER_HEAD = [
    "order_id", "order_number", "order_date", "paid_date", "status", "shipping_total",
    "shipping_tax_total", "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount",
    "discount_total", "order_total", "order_currency", "payment_method", "payment_method_title",
    "transaction_id", "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id",
    "customer_user", "customer_email", "billing_first_name", "billing_last_name", "billing_company",
    "billing_email", "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode",
    "billing_city", "billing_state", "billing_country", "shipping_first_name", "shipping_last_name",
    "shipping_company", "shipping_phone", "shipping_address_1", "shipping_address_2",
    "shipping_postcode", "shipping_city", "shipping_state", "shipping_country", "customer_note",
    "wt_import_key", "shipping_items", "fee_items", "tax_items", "coupon_items", "refund_items",
    "order_notes", "download_permissions", "meta:_wc_shipment_tracking_items",
]


def _order_row(o: dict, r, n_items: int) -> dict:
    p = o["person"]
    ship_ex = round(o["shipping"] / 1.15, 2)
    tax = round(sum(l["tax"] for l in o["lines"]) + (o["shipping"] - ship_ex), 2)
    paid = o["status"] in ("completed", "processing", "refunded")
    row = {
        "order_id": o["number"], "order_number": o["number"],
        "order_date": o["date"].strftime("%Y-%m-%d %H:%M:%S"),
        "paid_date": (o["date"] + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S") if paid else "",
        "status": o["status"], "shipping_total": money(ship_ex),
        "shipping_tax_total": money(o["shipping"] - ship_ex), "fee_total": "0.00",
        "fee_tax_total": "0.00", "tax_total": money(tax), "cart_discount": "0.00",
        "order_discount": "0.00", "discount_total": "0.00", "order_total": money(o["total"]),
        "order_currency": "NZD", "payment_method": o["payment"][0],
        "payment_method_title": o["payment"][1],
        "transaction_id": ("ch_3Q" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(18))) if paid and o["payment"][0] == "stripe" else "",
        "customer_ip_address": f"203.0.113.{r.randint(2, 250)}",
        "customer_user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15",
        "shipping_method": o["method"], "customer_id": o["customer_id"], "customer_user": o["customer_id"],
        "customer_email": p["email"], "billing_first_name": p["first"], "billing_last_name": p["last"],
        "billing_email": p["email"], "billing_phone": "'" + p["phone"] if r.random() < 0.3 else p["phone"],
        "billing_address_1": p["line1"], "billing_address_2": p["line2"], "billing_postcode": p["postcode"],
        "billing_city": p["city"], "billing_state": p["state"], "billing_country": "NZ",
        "shipping_first_name": p["first"], "shipping_last_name": p["last"], "shipping_phone": "",
        "shipping_address_1": p["line1"], "shipping_address_2": p["line2"],
        "shipping_postcode": p["postcode"], "shipping_city": p["city"], "shipping_state": p["state"],
        "shipping_country": "NZ", "customer_note": "", "wt_import_key": o["number"],
        "shipping_items": f"items:{'; '.join(l['name'] + ' &times; ' + str(l['qty']) for l in o['lines'])}|method_id:{'local_pickup' if o['shipping'] == 0 and 'Collect' in o['method'] else 'flat_rate'}|method_title:{o['method']}|total:{money(ship_ex)}",
        "fee_items": "", "tax_items": f"rate_id:1|code:NZ-GST-1|total:{money(tax)}", "coupon_items": "",
        "refund_items": ";".join(f"amount:{money(x['amount'])}|reason:{x['reason']}|date:{x['date'].strftime('%Y-%m-%d %H:%M:%S')}" for x in o["refunds"]),
        "order_notes": f"content:Order status changed from Pending payment to {o['status'].title()}.|date:{o['date'].strftime('%Y-%m-%d %H:%M:%S')}|customer:|added_by:system",
        "download_permissions": "1" if paid else "0",
    }
    if o["tracking"]:
        slug, custom, _ = CARRIERS[o["carrier"]]
        stamp = int(o["shipped_at"].replace(tzinfo=timezone.utc).timestamp())
        row["meta:_wc_shipment_tracking_items"] = json.dumps([{
            "tracking_provider": slug, "custom_tracking_provider": custom,
            "custom_tracking_link": "", "tracking_number": o["tracking"], "date_shipped": str(stamp),
            "tracking_id": "%032x" % r.getrandbits(128)}], separators=(",", ":"))
    for n, l in enumerate(o["lines"], start=1):
        row[f"line_item_{n}"] = (f"name:{l['name']}|product_id:{l['product_id']}|variation_id:{l['variation_id']}"
                                 f"|sku:{l['sku']}|quantity:{l['qty']}|total:{money(l['ex'])}"
                                 f"|sub_total:{money(l['ex'])}|tax:{money(l['tax'])}")
    return row


def write(customer_list, order_list) -> None:
    write_json(STORE / "customers.json", [_customer_json(c) for c in customer_list])
    r = rng("order-rows")
    n_items = max(len(o["lines"]) for o in order_list)
    head = ORDER_HEAD + [f"line_item_{i}" for i in range(1, n_items + 1)]
    rows = [_order_row(o, r, n_items) for o in sorted(order_list, key=lambda o: o["number"])]
    write_csv(STORE / "wc-order-export-2026-12-02.csv", head, rows)
