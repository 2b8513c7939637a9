"""Customers (WooCommerce REST API JSON) and orders (WebToffee "Order Export & Order Import for
WooCommerce", default columns, one row per order, items packed in line_item_N cells, Shipment
Tracking JSON in a meta: column)."""

import csv
import hashlib
import io
import json
import random
from datetime import datetime, timedelta, timezone

from shopdata import SHOP, POLICY
from feed import sale_on

# first, last, email, city, postcode, phone, address
CUSTOMERS = [
    ("Priya", "Shah", "priya.shah@example.com", "Leeds", "LS6 2AB", "07700 900412", "38 Headingley Lane"),
    ("Tom", "Whitfield", "tom.whitfield@example.co.uk", "Bristol", "BS6 5QA", "+44 7700 900156", "7 Cotham Grove"),
    ("Aisha", "Okonjo", "aisha.okonjo@example.com", "London", "SE15 4NR", "07700 900873", "Flat 3, 112 Rye Lane"),
    ("Gareth", "Pryce", "gareth.pryce@example.net", "Cardiff", "CF24 3AB", "07700 900231", "19 Richmond Road"),
    ("Mei Lin", "Chen", "meilin.chen@example.com", "Manchester", "M14 5RT", "+44 7700 900994", "54 Wilmslow Road"),
    ("Callum", "Fraser", "callum.fraser@example.co.uk", "Inverness", "IV2 4SP", "07700 900318", "3 Culduthel Road"),
    ("Niamh", "O'Connell", "niamh.oconnell@example.com", "Belfast", "BT9 6AA", "07700 900647", "22 Malone Avenue"),
    ("Hannah", "Becker", "hannah.becker@example.com", "Norwich", "NR2 1AF", "07700 900505", "9 Unthank Road"),
    ("Seun", "Adeyemi", "seun.adeyemi@example.com", "Birmingham", "B13 8JP", "+44 7700 900720", "61 Moseley Road"),
    ("Rosie", "Tranter", "rosie.tranter@example.co.uk", "Brighton", "BN1 6UT", "07700 900189", "14 Ditchling Rise"),
    ("Dev", "Patel", "dev.patel@example.net", "Leicester", "LE2 1DR", "07700 900262", "88 London Road"),
    ("Fiona", "MacLeod", "fiona.macleod@example.com", "Glasgow", "G12 8QQ", "07700 900431", "5 Byres Road"),
    ("James", "Okafor", "james.okafor@example.com", "York", "YO10 5DD", "07700 900958", "27 Heslington Road"),
    ("Sophie", "Laurent", "sophie.laurent@example.com", "Exeter", "EX4 4QJ", "+44 7700 900376", "2 Pennsylvania Road"),
    ("Ben", "Carter", "ben.carter@example.com", "Sheffield", "S10 2TN", "07700 900614", "41 Ecclesall Road"),
]
GUESTS = [
    ("Lucy", "Hammond", "lucy.hammond@example.com", "Bath", "BA1 5LR", "07700 900827", "6 Lansdown Crescent", "GB"),
    ("Marek", "Kowalski", "marek.kowalski@example.com", "Swindon", "SN1 4BG", "07700 900745", "30 Commercial Road", "GB"),
    ("Ciara", "Byrne", "ciara.byrne@example.ie", "Dublin", "D06 X2P4", "+353 85 555 0134", "12 Rathgar Road", "IE"),
    ("Oscar", "Nilsson", "oscar.nilsson@example.com", "Oxford", "OX4 1AW", "07700 900903", "75 Cowley Road", "GB"),
    ("Grace", "Adebayo", "grace.adebayo@example.com", "Nottingham", "NG7 2RD", "07700 900518", "17 Lenton Boulevard", "GB"),
]

# method key: (title, method_id, rate incl. VAT, tracking provider or None)
METHODS = {
    "rm48": (POLICY["uk_std_name"], "flat_rate:1", POLICY["uk_std_rate"], "royal-mail"),
    "rm24": (POLICY["uk_fast_name"], "flat_rate:2", POLICY["uk_fast_rate"], "royal-mail"),
    "dpd": (POLICY["uk_next_name"], "flat_rate:3", POLICY["uk_next_rate"], "dpd-uk"),
    "free": ("Free UK delivery (%s)" % POLICY["free_carrier"], "free_shipping:4", 0.0, "evri"),
    "hi": ("Highlands, Islands & Northern Ireland Tracked", "flat_rate:6", POLICY["hi_rate"], "royal-mail"),
    "eu": ("International Tracked - Europe", "flat_rate:8", POLICY["eu_rate"], "royal-mail"),
    "collect": ("Click & Collect (Bristol shop)", "local_pickup:9", 0.0, None),
}
CARRIER_NAMES = {"royal-mail": "Royal Mail", "dpd-uk": "DPD", "evri": "Evri"}

# (month-day, who, status, method, extra): who is "C<n>" (1-based CUSTOMERS) or "G<n>" (GUESTS)
SCENARIOS = [
    ("08-03", "C1", "completed", "rm48", ""), ("08-09", "C2", "completed", "collect", ""),
    ("08-14", "C3", "completed", "rm24", ""), ("08-20", "G1", "completed", "free", ""),
    ("08-26", "C4", "refunded", "rm48", ""), ("09-02", "C5", "completed", "dpd", ""),
    ("09-07", "C6", "completed", "hi", ""), ("09-12", "C1", "completed", "rm48", "partial_refund"),
    ("09-18", "C7", "completed", "hi", ""), ("09-23", "C8", "cancelled", "rm48", "bacs"),
    ("09-29", "C9", "completed", "free", ""), ("10-04", "G2", "completed", "rm48", ""),
    ("10-08", "C10", "completed", "rm48", "coupon"), ("10-13", "C2", "failed", "rm24", ""),
    ("10-17", "C11", "completed", "dpd", "partial_refund"), ("10-22", "C12", "completed", "rm48", ""),
    ("10-26", "G3", "completed", "eu", ""), ("10-30", "C3", "refunded", "rm48", ""),
    ("11-03", "C13", "completed", "rm24", ""), ("11-06", "C14", "completed", "rm48", ""),
    ("11-09", "C5", "completed", "free", ""), ("11-12", "C1", "completed", "dpd", ""),
    ("11-14", "G4", "refunded", "rm48", ""), ("11-16", "C9", "cancelled", "rm48", ""),
    ("11-18", "C4", "completed", "rm48", ""), ("11-20", "C10", "completed", "rm24", "partial_refund"),
    ("11-22", "C6", "processing", "hi", ""), ("11-23", "C8", "completed", "rm24", ""),
    ("11-24", "C11", "processing", "rm48", "part_shipped"), ("11-25", "G5", "processing", "rm48", ""),
    ("11-26", "C12", "on-hold", "rm48", "bacs"), ("11-26", "C13", "processing", "collect", ""),
    ("11-27", "C2", "completed", "rm24", ""), ("11-28", "C7", "pending", "hi", ""),
    ("11-28", "G1", "on-hold", "free", "bacs"), ("11-29", "C14", "cancelled", "rm48", ""),
    ("11-30", "C3", "processing", "rm48", ""), ("11-30", "C5", "pending", "rm48", "paypal"),
]

REFUND_REASONS = ["Jar arrived broken", "Pouch split in transit", "Item short-shipped"]
FULL_REFUND_REASONS = ["Returned unopened", "Order refunded: parcel returned to sender",
                       "Customer changed their mind, returned unopened"]


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def london(dt):
    """Site time (Europe/London): BST from the last Sunday of March to the last Sunday of October."""
    start = last_sunday(dt.year, 3).replace(hour=1)
    end = last_sunday(dt.year, 10).replace(hour=1)
    return timezone(timedelta(hours=1)) if start <= dt < end else timezone.utc


def r2(x):
    return round(x + 1e-9, 2)


def price_at(v, when):
    on_sale = v["sale"] is not None and sale_on(v["window"], when.strftime("%Y-%m-%d"))
    return v["sale"] if on_sale else v["price"]


def build(catalog, seed=1201):
    rng = random.Random(seed)
    pool = [(p, v) for p in catalog for v in p["variants"]
            if v["avail"] != "preorder" and p["key"] not in ("lavender-sugar", "ghost")]
    custs = []
    uid = 11
    for i, c in enumerate(CUSTOMERS):
        uid += rng.randint(3, 19)
        custs.append({"id": uid, "first": c[0], "last": c[1], "email": c[2], "city": c[3], "postcode": c[4],
                      "phone": c[5], "address": c[6], "country": "GB", "guest": False,
                      "created": "2025-%02d-%02dT%02d:%02d:%02d" % (1 + i * 9 // 15, 1 + rng.randint(0, 27),
                                                                     rng.randint(8, 21), rng.randint(0, 59),
                                                                     rng.randint(0, 59))})
    guests = [{"id": 0, "first": g[0], "last": g[1], "email": g[2], "city": g[3], "postcode": g[4],
               "phone": g[5], "address": g[6], "country": g[7], "guest": True} for g in GUESTS]
    orders = []
    number = 20381
    for n, (md, who, status, method, extra) in enumerate(SCENARIOS):
        person = custs[int(who[1:]) - 1] if who[0] == "C" else guests[int(who[1:]) - 1]
        hour, minute, sec = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
        placed = datetime(2026, int(md[:2]), int(md[3:]), hour, minute, sec)
        items = []
        if extra == "part_shipped":
            mortar = next(p for p in catalog if p["key"] == "mortar")
            back = next(v for v in mortar["variants"] if v["avail"] == "backorder")
            items.append({"p": mortar, "v": back, "qty": 1})
        want = rng.choice([1, 2, 2, 3, 3, 4])
        while len(items) < want or (method == "free" and sum(price_at(i["v"], placed) * i["qty"] for i in items)
                                                          < POLICY["free_threshold"]):
            p, v = rng.choice(pool)
            if any(i["v"] is v for i in items) or (p["tool"] and rng.random() < 0.5):
                continue
            items.append({"p": p, "v": v, "qty": rng.choice([1, 1, 1, 2, 2, 3]) if not p["tool"] else 1})
        discount = 0.0
        for it in items:
            it["unit"] = price_at(it["v"], placed)
            it["gross"] = r2(it["unit"] * it["qty"])
        if extra == "coupon":
            for it in items:
                d = r2(it["gross"] * 0.10)
                discount += d
                it["gross_after"] = r2(it["gross"] - d)
        for it in items:
            it.setdefault("gross_after", it["gross"])
            rate = 0.2 if it["p"]["tool"] else 0.0
            it["total"] = r2(it["gross_after"] / (1 + rate))
            it["sub_total"] = r2(it["gross"] / (1 + rate))
            it["tax"] = r2(it["gross_after"] - it["total"])
        subtotal = r2(sum(it["gross"] for it in items))
        if method == "rm48" and sum(it["gross_after"] for it in items) >= POLICY["free_threshold"]:
            method = "free"
        mtitle, mid, rate, provider = METHODS[method]
        if method == "hi" and subtotal >= POLICY["hi_free_threshold"]:
            rate = 0.0
        ship_tax = r2(rate - rate / 1.2)
        total = r2(sum(it["gross_after"] for it in items) + rate)
        tz = london(placed)
        o = {"id": number, "number": str(number), "placed": placed, "tz": tz, "person": person,
             "status": status, "method": method, "method_title": mtitle, "method_id": mid,
             "ship_total": r2(rate - ship_tax), "ship_tax": ship_tax, "items": items,
             "discount": r2(discount), "total": total, "subtotal": subtotal, "extra": extra,
             "refunds": [], "tracking": [], "notes": []}
        local, domain = person["email"].split("@")
        o["billing_email"] = person["email"] if n != 7 else (
            ".".join(w.capitalize() for w in local.split(".")) + "@" + domain)   # typed with capitals
        pay = "bacs" if extra == "bacs" else ("paypal" if extra == "paypal" else "stripe")
        o["payment"] = pay
        paid = status in ("completed", "processing", "refunded")
        o["paid_at"] = placed + timedelta(minutes=rng.randint(0, 3)) if paid else None
        if pay == "bacs" and paid:
            o["paid_at"] = placed + timedelta(days=1, hours=2)
        o["transaction_id"] = ("pi_3Q%s" % hashlib.md5(str(number).encode()).hexdigest()[:22]) if (
            paid and pay == "stripe") else ("%s" % hashlib.md5(str(number).encode()).hexdigest()[:17].upper()
                                             if paid and pay == "paypal" else "")
        shipped = status in ("completed", "refunded") or extra == "part_shipped"
        if shipped and provider:
            d = placed + timedelta(days=1 if placed.weekday() < 4 else 3)
            ship_dt = datetime(d.year, d.month, d.day, 0, 0, tzinfo=timezone.utc)
            o["tracking"].append({"provider": provider, "number": tracking_number(rng, provider, method),
                                  "date_shipped": int(ship_dt.timestamp()), "shipped_on": d.date()})
        if extra == "partial_refund":
            it = min((i for i in items if not i["p"]["tool"]), key=lambda i: i["unit"])
            amount = it["unit"]
            it["refunded"] = amount
            o["refunds"].append((amount, rng.choice(REFUND_REASONS), placed + timedelta(days=4, hours=3)))
        if status == "refunded":
            o["refunds"].append((total, rng.choice(FULL_REFUND_REASONS), placed + timedelta(days=9, hours=5)))
            for it in items:
                it["refunded"] = it["gross_after"]
        o["refunded"] = r2(sum(r[0] for r in o["refunds"]))
        notes(o, rng)
        orders.append(o)
        number += rng.randint(3, 17)
    return custs, guests, orders


def tracking_number(rng, provider, method):
    if provider == "royal-mail":
        prefix = "LX" if method == "eu" else "TT"
        return "%s%09dGB" % (prefix, rng.randint(100000000, 999999999))
    if provider == "dpd-uk":
        return "1550%010d" % rng.randint(0, 9999999999)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "H0%s%s%012d" % (rng.choice(letters), rng.choice(letters), rng.randint(0, 999999999999))


def stamp(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def notes(o, rng):
    t = o["placed"]
    add = lambda text, dt, customer=0, by="system": o["notes"].append((text, dt, customer, by))
    s = o["status"]
    if o["payment"] == "bacs":
        add("Awaiting BACS payment Order status changed from Pending payment to On hold.", t + timedelta(seconds=4))
    if o["paid_at"] is not None and o["payment"] == "stripe":
        add("Stripe charge complete (Charge ID: %s)" % o["transaction_id"], o["paid_at"] + timedelta(seconds=6))
    if s == "failed":
        add("Stripe charge failed: Your card was declined. Order status changed from Pending payment to Failed.",
            t + timedelta(minutes=1))
    if s == "cancelled":
        add("Unpaid order cancelled - time limit reached. Order status changed from %s to Cancelled."
            % ("On hold" if o["payment"] == "bacs" else "Pending payment"), t + timedelta(days=3 if o["payment"] == "bacs" else 0, hours=1))
    if o["tracking"]:
        tr = o["tracking"][0]
        add("Your order was shipped on %s via %s. Tracking number is %s."
            % (tr["shipped_on"].strftime("%d/%m/%Y"), CARRIER_NAMES[tr["provider"]], tr["number"]),
            datetime(tr["shipped_on"].year, tr["shipped_on"].month, tr["shipped_on"].day, 11, 5), 1, "Ffion")
    if o["extra"] == "part_shipped":
        add("Part shipped: the granite mortar is on back order and will follow in a second parcel.",
            t + timedelta(days=1, hours=3), 1, "Ffion")
    if s in ("completed", "refunded"):
        add("Order status changed from Processing to Completed.", t + timedelta(days=1, hours=4))
    for amount, reason, when in o["refunds"]:
        add("Refunded £%.2f - %s" % (amount, reason), when)
    if s == "refunded":
        add("Order status changed from Completed to Refunded.", o["refunds"][-1][2] + timedelta(seconds=2))


def iso(dt, tz):
    return dt.replace(tzinfo=tz).isoformat()


def write_customers(custs, orders, path):
    out = []
    for c in custs:
        created = datetime.fromisoformat(c["created"])
        mine = [o for o in orders if o["person"] is c]
        addr = {"first_name": c["first"], "last_name": c["last"], "company": "", "address_1": c["address"],
                "address_2": "", "city": c["city"], "postcode": c["postcode"], "country": c["country"],
                "state": ""}
        out.append({
            "id": c["id"], "date_created": c["created"],
            "date_created_gmt": stamp_iso(created - london(created).utcoffset(None)),
            "date_modified": stamp_iso(mine[-1]["placed"] if mine else created),
            "date_modified_gmt": stamp_iso((mine[-1]["placed"] if mine else created)
                                           - london(mine[-1]["placed"] if mine else created).utcoffset(None)),
            "email": c["email"], "first_name": c["first"], "last_name": c["last"], "role": "customer",
            "username": c["email"].split("@")[0].replace(".", ""),
            "billing": dict(addr, email=c["email"], phone=c["phone"]),
            "shipping": dict(addr, phone=""),
            "is_paying_customer": any(o["paid_at"] is not None for o in mine),
            "avatar_url": "https://secure.gravatar.com/avatar/%s?s=96&d=mm&r=g"
                          % hashlib.md5(c["email"].encode()).hexdigest(),
            "meta_data": [],
            "_links": {"self": [{"href": "https://%s/wp-json/wc/v3/customers/%d" % (SHOP["domain"], c["id"])}],
                       "collection": [{"href": "https://%s/wp-json/wc/v3/customers" % SHOP["domain"]}]},
        })
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def stamp_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


HEADER = ("order_id,order_number,order_date,paid_date,status,shipping_total,shipping_tax_total,fee_total,"
          "fee_tax_total,tax_total,cart_discount,order_discount,discount_total,order_total,order_subtotal,"
          "order_currency,payment_method,payment_method_title,transaction_id,customer_ip_address,"
          "customer_user_agent,shipping_method,customer_id,customer_user,customer_email,billing_first_name,"
          "billing_last_name,billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,"
          "billing_postcode,billing_city,billing_state,billing_country,shipping_first_name,shipping_last_name,"
          "shipping_company,shipping_phone,shipping_address_1,shipping_address_2,shipping_postcode,"
          "shipping_city,shipping_state,shipping_country,customer_note,wt_import_key,shipping_items,fee_items,"
          "tax_items,coupon_items,refund_items,order_notes,download_permissions,"
          "meta:_wc_shipment_tracking_items").split(",")
PAY_TITLES = {"stripe": "Credit / Debit Card", "bacs": "Direct bank transfer", "paypal": "PayPal"}
AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/18.6 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 "
          "Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/18.5 Safari/605.1.15"]


def item_cell(it):
    p, v = it["p"], it["v"]
    parts = [("name", v["title"]), ("product_id", p["id"]), ("sku", v["sku"]), ("quantity", it["qty"]),
             ("total", "%.2f" % it["total"]), ("sub_total", "%.2f" % it["sub_total"])]
    if it["tax"]:
        t = "%.4f" % it["tax"]
        parts += [("tax", "%.2f" % it["tax"]),
                  ("tax_data", 'a:2:{s:5:"total";a:1:{i:1;s:%d:"%s";}s:8:"subtotal";a:1:{i:1;s:%d:"%s";}}'
                   % (len(t), t, len(t), t))]
    for k, x in v["options"].items():
        parts.append(("pa_" + k.lower(), "-".join("".join(ch for ch in w.lower() if ch.isalnum())
                                                  for w in x.split())))
    parts.append(("_reduced_stock", it["qty"]))
    if it.get("refunded"):
        parts.append(("refunded", "%.2f" % it["refunded"]))
    if p["grouped"]:
        parts.append(("_variation_id", v["id"]))
    return "|".join("%s:%s" % kv for kv in parts)


def write_orders(orders, path, seed=99):
    rng = random.Random(seed)
    width = max(len(o["items"]) for o in orders)
    header = HEADER + ["line_item_%d" % i for i in range(1, width + 1)]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    for o in reversed(orders):   # the plugin exports newest first (ORDER BY ID DESC)
        c, tz = o["person"], o["tz"]
        tax_total = r2(sum(it["tax"] for it in o["items"]) + o["ship_tax"])
        ship_items = "items:%s|method_id:%s|taxes:%s" % (
            ", ".join("%s &times; %d" % (it["v"]["title"], it["qty"]) for it in o["items"]),
            o["method_id"].split(":")[0],
            'a:1:{s:5:"total";a:1:{i:1;s:6:"%.4f";}}' % o["ship_tax"] if o["ship_tax"] else "a:0:{}")
        vat = r2(sum(it["tax"] for it in o["items"]) + o["ship_tax"])
        tax_items = "rate_id:1|code:GB-VAT-1|total:%.2f|label:VAT|tax_rate_compound:|rate_percent:20" % vat \
            if vat else ""
        phone = c["phone"]
        if phone.startswith("+"):
            phone = "'" + phone          # the export's guard against spreadsheet formulas
        email = o["billing_email"]
        tracking = ""
        if o["tracking"]:
            tracking = json.dumps([{"tracking_provider": t["provider"], "custom_tracking_provider": "",
                                    "custom_tracking_link": "", "tracking_number": t["number"],
                                    "date_shipped": str(t["date_shipped"]),
                                    "tracking_id": hashlib.md5(t["number"].encode()).hexdigest()}
                                   for t in o["tracking"]], separators=(",", ":"))
        row = {
            "order_id": o["id"], "order_number": o["number"], "order_date": stamp(o["placed"]),
            "paid_date": iso(o["paid_at"], tz) if o["paid_at"] else "", "status": o["status"],
            "shipping_total": ("%.2f" % o["ship_total"]).rstrip("0").rstrip(".") if o["ship_total"] else "0",
            "shipping_tax_total": "%.2f" % o["ship_tax"], "fee_total": "0.00", "fee_tax_total": "0.00",
            "tax_total": "%.2f" % tax_total, "cart_discount": "%.2f" % o["discount"],
            "order_discount": "%.2f" % o["discount"], "discount_total": "%.2f" % o["discount"],
            "order_total": "%.2f" % o["total"], "order_subtotal": "%.2f" % o["subtotal"],
            "order_currency": SHOP["currency"], "payment_method": o["payment"] if o["payment"] != "paypal"
            else "ppcp-gateway", "payment_method_title": PAY_TITLES[o["payment"]],
            "transaction_id": o["transaction_id"],
            "customer_ip_address": "203.0.113.%d" % rng.randint(2, 250),
            "customer_user_agent": rng.choice(AGENTS), "shipping_method": o["method_title"],
            "customer_id": c["id"], "customer_user": c["id"], "customer_email": "" if c["guest"] else c["email"],
            "billing_first_name": c["first"], "billing_last_name": c["last"], "billing_company": "",
            "billing_email": email, "billing_phone": phone, "billing_address_1": c["address"],
            "billing_address_2": "", "billing_postcode": c["postcode"], "billing_city": c["city"],
            "billing_state": "", "billing_country": c["country"], "shipping_first_name": c["first"],
            "shipping_last_name": c["last"], "shipping_company": "", "shipping_phone": "",
            "shipping_address_1": c["address"], "shipping_address_2": "", "shipping_postcode": c["postcode"],
            "shipping_city": c["city"], "shipping_state": "", "shipping_country": c["country"],
            "customer_note": "Please leave with a neighbour if out" if o["id"] % 5 == 0 else "",
            "wt_import_key": o["number"], "shipping_items": ship_items, "fee_items": "",
            "tax_items": tax_items,
            "coupon_items": "code:welcome10|amount:10.00" if o["discount"] else "",
            "refund_items": ";".join("amount:%.2f|reason:%s|date:%s" % (a, r, stamp(d)) for a, r, d in o["refunds"]),
            "order_notes": "||".join("content:%s|date:%s|customer:%d|added_by:%s" % (t, stamp(d), cn, by)
                                     for t, d, cn, by in sorted(o["notes"], key=lambda n: n[1])),
            "download_permissions": "1" if o["paid_at"] else "0",
            "meta:_wc_shipment_tracking_items": tracking,
        }
        for i in range(width):
            row["line_item_%d" % (i + 1)] = item_cell(o["items"][i]) if i < len(o["items"]) else ""
        w.writerow([row[h] for h in header])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + buf.getvalue())
