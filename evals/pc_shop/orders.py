"""Byte & Bolt's orders: the data that writes store/orders-export.csv, as the WebToffee "Order Export & Order
Import for WooCommerce" plugin downloads it (one row per order, items packed in line_item_1..N, refunds in
refund_items, the Advanced Shipment Tracking / Shipment Tracking meta as JSON in meta:_wc_shipment_tracking_items).
There is no customers file: customers come from the orders (registered ones by customer_id, guests by email)."""
import calendar
import datetime
import hashlib
from decimal import Decimal, ROUND_HALF_UP
from urllib.parse import unquote_plus

import catalog as C

CUSTOMERS = {
    "tom": {"id": 14, "first": "Tom", "last": "Whitaker", "email": "tom.whitaker@example.com",
            "phone": "07700 900141", "addr1": "18 Cardigan Road", "addr2": "", "city": "Leeds", "state": "West Yorkshire",
            "postcode": "LS6 3AB", "country": "GB"},
    "priya": {"id": 21, "first": "Priya", "last": "Shah", "email": "priya.shah@example.co.uk",
              "phone": "07700 900217", "addr1": "7 Lapwing Lane", "addr2": "Flat 3", "city": "Manchester",
              "state": "Greater Manchester", "postcode": "M20 2RN", "country": "GB"},
    "aisha": {"id": 27, "first": "Aisha", "last": "Rahman", "email": "aisha.rahman@example.net",
              "phone": "07700 900274", "addr1": "52 Showell Green Lane", "addr2": "", "city": "Birmingham",
              "state": "West Midlands", "postcode": "B11 4NR", "country": "GB"},
    "callum": {"id": 33, "first": "Callum", "last": "Fraser", "email": "callum.fraser@example.co.uk",
               "phone": "07700 900338", "addr1": "4 Culduthel Road", "addr2": "", "city": "Inverness",
               "state": "Highland", "postcode": "IV2 4HL", "country": "GB"},
    "niamh": {"id": 41, "first": "Niamh", "last": "Byrne", "email": "niamh.byrne@example.ie",
              "phone": "+353 85 555 0141", "addr1": "23 Rathgar Avenue", "addr2": "", "city": "Dublin 6",
              "state": "D", "postcode": "D06 K2X4", "country": "IE"},
    "daniel": {"id": 38, "first": "Daniel", "last": "Okoro", "email": "dan.okoro@example.com",
               "phone": "07700 900385", "addr1": "91 Mare Street", "addr2": "", "city": "London", "state": "",
               "postcode": "E8 3RH", "country": "GB"},
    "ellie": {"id": 45, "first": "Ellie", "last": "Turner", "email": "ellie.turner@example.co.uk",
              "phone": "07700 900452", "addr1": "11 Heaton Moor Road", "addr2": "", "city": "Stockport",
              "state": "Greater Manchester", "postcode": "SK4 4LP", "country": "GB"},
    "marcus": {"id": 52, "first": "Marcus", "last": "Reid", "email": "marcus.reid@example.com",
               "phone": "07700 900527", "addr1": "36 Malone Avenue", "addr2": "", "city": "Belfast",
               "state": "County Antrim", "postcode": "BT9 6ER", "country": "GB"},
    "sophie": {"id": 58, "first": "Sophie", "last": "Lambert", "email": "sophie.lambert@example.net",
               "phone": "07700 900583", "addr1": "14 Greville Road", "addr2": "", "city": "Bristol", "state": "",
               "postcode": "BS3 1LE", "country": "GB"},
    "jake": {"id": 63, "first": "Jake", "last": "Morrison", "email": "jake.morrison@example.co.uk",
             "phone": "07700 900636", "addr1": "5 Ordsall Lane", "addr2": "Apartment 42", "city": "Salford",
             "state": "Greater Manchester", "postcode": "M5 4WT", "country": "GB"},
    "hannah": {"id": 66, "first": "Hannah", "last": "Price", "email": "hannah.price@example.com",
               "phone": "07700 900669", "addr1": "27 Richmond Road", "addr2": "", "city": "Cardiff",
               "state": "South Glamorgan", "postcode": "CF24 3AQ", "country": "GB"},
    "ravi": {"id": 71, "first": "Ravi", "last": "Patel", "email": "ravi.patel@example.co.uk",
             "phone": "07700 900712", "addr1": "160 Narborough Road", "addr2": "", "city": "Leicester",
             "state": "Leicestershire", "postcode": "LE3 0BT", "country": "GB"},
    "lucy": {"id": 74, "first": "Lucy", "last": "Chen", "email": "lucy.chen@example.com",
             "phone": "07700 900748", "addr1": "9 Great Ancoats Street", "addr2": "Flat 12", "city": "Manchester",
             "state": "Greater Manchester", "postcode": "M4 5AD", "country": "GB"},
    "owen": {"id": 79, "first": "Owen", "last": "Hughes", "email": "owen.hughes@example.co.uk",
             "phone": "07700 900793", "addr1": "3 Hoole Road", "addr2": "", "city": "Chester", "state": "Cheshire",
             "postcode": "CH2 3NH", "country": "GB"},
    # Guests: customer_id 0, known by their billing email only.
    "ben": {"id": 0, "first": "Ben", "last": "Carter", "email": "ben.carter.builds@example.com",
            "phone": "07700 900804", "addr1": "71 Crookes Valley Road", "addr2": "", "city": "Sheffield",
            "state": "South Yorkshire", "postcode": "S10 1BA", "country": "GB"},
    "grace": {"id": 0, "first": "Grace", "last": "Whitfield", "email": "grace.w@example.net",
              "phone": "07700 900815", "addr1": "22 Aigburth Vale", "addr2": "", "city": "Liverpool",
              "state": "Merseyside", "postcode": "L17 0DH", "country": "GB"},
    "kieran": {"id": 0, "first": "Kieran", "last": "Doyle", "email": "kdoyle@example.com",
               "phone": "07700 900826", "addr1": "48 Wilmslow Road", "addr2": "", "city": "Manchester",
               "state": "Greater Manchester", "postcode": "M14 5TQ", "country": "GB"},
    "freya": {"id": 0, "first": "Freya", "last": "Lindsay", "email": "freya.lindsay@example.co.uk",
              "phone": "07700 900837", "addr1": "15 Great Junction Street", "addr2": "", "city": "Edinburgh",
              "state": "", "postcode": "EH6 5HX", "country": "GB"},
    "mo": {"id": 0, "first": "Mohammed", "last": "Ali", "email": "m.ali@example.co.uk", "phone": "07700 900848",
           "addr1": "102 Chorley New Road", "addr2": "", "city": "Bolton", "state": "Greater Manchester",
           "postcode": "BL1 4DH", "country": "GB"},
}

RM48 = ("Royal Mail Tracked 48", "flat_rate", Decimal("3.99"))
RM48_FREE = ("Free Royal Mail Tracked 48", "free_shipping", Decimal("0.00"))
DPD_ND = ("DPD Next Day", "flat_rate", Decimal("7.99"))
DPD_ND_FREE = ("Free DPD Next Day", "free_shipping", Decimal("0.00"))
DPD_NI = ("DPD Two Day (Northern Ireland)", "flat_rate", Decimal("9.99"))
PF48 = ("Parcelforce 48 (Highlands & Islands)", "flat_rate", Decimal("14.99"))
DPD_EU = ("DPD Classic (Ireland & EU)", "flat_rate", Decimal("24.99"))
SAMEDAY = ("Same-day courier (Greater Manchester)", "flat_rate", Decimal("9.99"))
PICKUP = ("Click & Collect - Ancoats showroom", "local_pickup", Decimal("0.00"))

CARD = ("stripe", "Credit / Debit Card")
APPLE = ("stripe", "Apple Pay (Stripe)")
PAYPAL = ("ppcp-gateway", "PayPal")
BACS = ("bacs", "Direct bank transfer")

PROVIDERS = {"royal-mail": "Royal Mail", "dpd-uk": "DPD", "parcelforce": "Parcelforce"}

# number, placed, status, customer, items [(sku or variation id, qty)], shipping, payment, extras
ORDERS = [
    dict(n=20417, at="2026-10-19 18:42:07", status="completed", who="tom",
         items=[("BB-CPU-R5-9600X", 1), ("BB-MB-B650M-PILOT", 1), ("BB-RAM-CORE5-32", 1)], ship=DPD_ND_FREE,
         pay=CARD, track=[("dpd-uk", "15501468203947", "2026-10-20")]),
    dict(n=20422, at="2026-10-24 11:05:31", status="completed", who="priya",
         items=[("BB-MON-VISTA-27", 1), ("BB-CBL-HDMI21-2M", 1)], ship=DPD_ND, pay=PAYPAL,
         track=[("dpd-uk", "15501468611203", "2026-10-26")]),
    dict(n=20430, at="2026-10-30 20:17:44", status="refunded", who="aisha", items=[("BB-MSE-M1-WHT", 1)], ship=RM48,
         pay=CARD, track=[("royal-mail", "TT482913765GB", "2026-11-02")],
         refunds=[("Returned unopened - changed mind", "2026-11-09 10:12:44", None)]),
    dict(n=20436, at="2026-11-03 09:26:10", status="completed", who="callum",
         items=[("BB-PSU-VIREO-850", 1), ("BB-COOL-AX120-BLK", 1)], ship=PF48, pay=CARD,
         track=[("parcelforce", "PBTM7293014001", "2026-11-03")]),
    dict(n=20441, at="2026-11-06 21:48:55", status="completed", who="ben",
         items=[("BB-KB-K75-RED-BK", 1), ("BB-MSE-UL58-PK-OPT", 1)], ship=RM48_FREE, pay=PAYPAL,
         track=[("royal-mail", "TT519046283GB", "2026-11-09")],
         refunds=[("Mouse returned unused - ordered the wrong colour", "2026-11-18 14:30:02", "59.99")]),
    dict(n=20447, at="2026-11-09 13:02:19", status="completed", who="daniel",
         items=[("BB-GPU-5070TI-STM", 1), ("BB-PSU-VIREO-750", 1)], ship=DPD_ND_FREE, pay=CARD,
         customer_note="If I'm out please leave it with the concierge.",
         track=[("dpd-uk", "15501470398826", "2026-11-09")]),
    dict(n=20452, at="2026-11-12 16:40:03", status="completed", who="niamh",
         items=[("BB-KB-TKLPRO-UK-TAC", 1), ("BB-MSE-M1-BLK", 1)], ship=DPD_EU, pay=CARD, eu=True,
         track=[("dpd-uk", "15501471025539", "2026-11-13")]),
    dict(n=20458, at="2026-11-15 10:11:47", status="completed", who="ellie",
         items=[("BB-RAM-VEC5-32-WH", 1), ("BB-SSD-NV3-1T", 1)], ship=PICKUP, pay=APPLE),
    dict(n=20463, at="2026-11-18 19:55:21", status="partial-shipped", who="priya",
         items=[("BB-GPU-9070XT-STM", 1), ("BB-CASE-A5-WHT", 1), ("BB-COOL-GLC-360-WH", 1)], ship=DPD_ND_FREE,
         pay=CARD, track=[("dpd-uk", "15501472887410", "2026-11-19")],
         notes=["Aeroline A5 Airflow (White) delayed at supplier: graphics card and cooler sent first, case to "
                "follow in a second parcel."]),
    dict(n=20469, at="2026-11-20 08:37:12", status="completed", who="marcus",
         items=[("BB-MB-B760-RGR-A5", 1), ("BB-CPU-I5-12400F", 1)], ship=DPD_NI, pay=PAYPAL,
         track=[("dpd-uk", "15501473460152", "2026-11-20")]),
    dict(n=20471, at="2026-11-21 22:03:58", status="cancelled", who="sophie", items=[("BB-MON-PRO27-OLED", 1)],
         ship=DPD_ND_FREE, pay=BACS,
         notes=["Unpaid order cancelled - time limit reached. Order status changed from On hold to Cancelled."]),
    dict(n=20476, at="2026-11-23 10:49:30", status="completed", who="jake",
         items=[("BB-PSU-CORE550", 1), ("BB-SSD-S2-1T", 1)], ship=SAMEDAY, pay=CARD),
    dict(n=20478, at="2026-11-24 17:21:06", status="completed", who="grace",
         items=[("BB-KB-K75-BRN-WH", 1), ("BB-COOL-TX4-4G", 1)], ship=RM48_FREE, pay=PAYPAL,
         track=[("royal-mail", "TT530718492GB", "2026-11-25")]),
    dict(n=20483, at="2026-11-26 12:14:39", status="completed", who="hannah",
         items=[("BB-MON-ARC34", 1), ("BB-CBL-DP14-18", 1)], ship=DPD_ND_FREE, pay=CARD,
         track=[("dpd-uk", "15501475116834", "2026-11-26")],
         refunds=[("Price adjustment - Black Friday sale started the next day", "2026-11-28 11:02:51", "50.00")]),
    dict(n=20488, at="2026-11-27 09:58:02", status="refunded", who="ravi", items=[("BB-GPU-5060-TWIN", 1)],
         ship=DPD_ND_FREE, pay=CARD, track=[("dpd-uk", "15501475532971", "2026-11-27")],
         refunds=[("Dead on arrival - no display output", "2026-12-03 15:44:19", None)]),
    dict(n=20491, at="2026-11-27 12:30:45", status="completed", who="lucy",
         items=[("BB-RAM-SOD5-16", 2), ("BB-REF-VISTA27", 1)], ship=PICKUP, pay=APPLE,
         customer_note="Collecting on Saturday morning, my partner Sam may pick it up."),
    dict(n=20495, at="2026-11-28 15:09:33", status="completed", who="owen",
         items=[("BB-MB-X870E-VGD-BLK", 1), ("BB-CPU-R7-9800X3D", 1), ("BB-RAM-VEC5-64-BK", 1)], ship=DPD_ND_FREE,
         pay=CARD, track=[("dpd-uk", "15501476209385", "2026-11-30")]),
    dict(n=20499, at="2026-11-30 10:22:16", status="completed", who="kieran", items=[("BB-GPU-5060TI-16G", 1)],
         ship=SAMEDAY, pay=APPLE),
    dict(n=20502, at="2026-11-30 19:47:51", status="completed", who="tom",
         items=[("BB-SSD-NV3-2T", 1), ("BB-CBL-CAT6-5M", 1)], ship=RM48_FREE, pay=CARD,
         track=[("royal-mail", "TT547190836GB", "2026-12-01")]),
    dict(n=20506, at="2026-12-01 11:36:27", status="on-hold", who="aisha",
         items=[("BB-PSU-NANO-SFX750", 1), ("BB-CASE-NANO-ITX", 1), ("BB-MB-A620I-MINI", 1)], ship=DPD_ND_FREE,
         pay=BACS, notes=["Awaiting BACS payment Order status changed from Pending payment to On hold."]),
    dict(n=20509, at="2026-12-01 20:05:09", status="processing", who="freya",
         items=[("BB-MSE-UL58-BK-MEC", 1), ("BB-KB-K75-BLU-BK", 1)], ship=RM48_FREE, pay=PAYPAL),
    dict(n=20513, at="2026-12-02 09:14:58", status="processing", who="daniel",
         items=[(1414, 1), ("BB-CPU-U7-265K", 1), ("BB-MB-Z890-TITAN", 1), ("BB-RAM-VEC5-32-BK", 1),
                ("BB-SSD-NV5P-2T", 1), ("BB-CASE-A5-BLK", 1), ("BB-PSU-VIREO-850", 1), ("BB-COOL-GLC-360-BK", 1)],
         ship=DPD_ND_FREE, pay=CARD,
         notes=["Build slot confirmed: build starts 3 December, estimated dispatch 8 December."]),
    dict(n=20516, at="2026-12-02 21:31:40", status="pending", who="mo", items=[("BB-GPU-9060XT-16G", 1)],
         ship=DPD_ND_FREE, pay=PAYPAL),
    dict(n=20518, at="2026-12-03 08:52:24", status="processing", who="callum",
         items=[("BB-GPU-5070-TOC", 1), ("BB-CAREPLUS-800-2", 1)], ship=PF48, pay=CARD),
    dict(n=20521, at="2026-12-03 14:26:03", status="completed", who="sophie", items=[("BB-MON-PRO27-OLED", 1)],
         ship=DPD_ND_FREE, pay=CARD, track=[("dpd-uk", "15501477841260", "2026-12-04")]),
    dict(n=20523, at="2026-12-03 18:09:45", status="failed", who="ellie", items=[("BB-GPU-5080-STM", 1)],
         ship=DPD_ND_FREE, pay=CARD,
         notes=["Stripe charge failed: Your card was declined. Order status changed from Pending payment to Failed."]),
    dict(n=20525, at="2026-12-04 07:58:36", status="processing", who="jake", items=[("BB-KB-K98W-GPH", 1)],
         ship=RM48_FREE, pay=CARD, notes=["Pre-order: ships when stock arrives (expected 15 January 2027)."]),
    dict(n=20527, at="2026-12-04 12:40:19", status="partial-shipped", who="hannah",
         items=[("BB-RAM-CORE4-32-36", 1), ("BB-MB-B550-FALCON", 1), ("BB-SSD-NV5P-4T-HS", 1)], ship=DPD_ND_FREE,
         pay=PAYPAL, track=[("dpd-uk", "15501478106693", "2026-12-04")],
         notes=["Quanta NV5 Pro 4TB on backorder (expected 18 December): memory and motherboard sent first."]),
    dict(n=20529, at="2026-12-04 16:03:52", status="processing", who="ben",
         items=[("BB-COOL-TX4-2G", 1), ("BB-COOL-SLIM47", 1)], ship=RM48, pay=PAYPAL),
    dict(n=20531, at="2026-12-04 19:12:27", status="cancelled", who="marcus", items=[("BB-CASE-XL", 1)],
         ship=DPD_NI, pay=PAYPAL,
         notes=["Order cancelled by customer. Order status changed from Pending payment to Cancelled."]),
]

STATUS_LABEL = {"completed": "Completed", "processing": "Processing", "on-hold": "On hold",
                "pending": "Pending payment", "cancelled": "Cancelled", "refunded": "Refunded", "failed": "Failed",
                "partial-shipped": "Partially Shipped"}
PAID = {"completed", "processing", "refunded", "partial-shipped"}

D2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


def _item_ref(ref):
    v = C.BY_ID[ref] if isinstance(ref, int) else C.BY_SKU[ref]
    p = v.get("parent", v)
    return p, v


def build():
    """Compute every order's lines, totals, refunds and shipments."""
    out = []
    for o in ORDERS:
        o = dict(o)
        o.setdefault("refunds", [])
        o.setdefault("track", [])
        o.setdefault("notes", [])
        o.setdefault("eu", False)
        placed = datetime.date.fromisoformat(o["at"][:10])
        lines = []
        for ref, qty in o["items"]:
            p, v = _item_ref(ref)
            unit = q2(str(C.price_now(v, placed)))
            gross = unit * qty
            if o["eu"]:
                ex = q2(gross / Decimal("1.2"))
                tax = Decimal("0.00")
                paid_gross = ex
            else:
                tax = q2(gross / Decimal(6))
                ex = gross - tax
                paid_gross = gross
            name = C.variation_title(p, v) if v is not p else p["name"]
            lines.append({"p": p, "v": v, "qty": qty, "unit": unit, "gross": paid_gross, "tax": tax, "ex": ex,
                          "name": name})
        o["lines"] = lines
        name, method_id, cost = o["ship"]
        o["ship_title"], o["ship_method_id"], o["ship_cost"] = name, method_id, cost
        o["subtotal_ex"] = sum((l["ex"] for l in lines), Decimal("0.00"))
        o["tax"] = sum((l["tax"] for l in lines), Decimal("0.00"))
        o["total"] = sum((l["gross"] for l in lines), Decimal("0.00")) + cost
        refunds = []
        for reason, when, amount in o["refunds"]:
            refunds.append({"amount": o["total"] if amount is None else Decimal(amount), "reason": reason,
                            "date": when})
        o["refund_list"] = refunds
        o["refunded"] = sum((r["amount"] for r in refunds), Decimal("0.00"))
        o["cust"] = CUSTOMERS[o["who"]]
        o["guest"] = o["cust"]["id"] == 0
        o["shipments"] = [{"provider": slug, "carrier": PROVIDERS[slug], "number": num, "date": day}
                          for slug, num, day in o["track"]]
        o["placed"] = placed
        out.append(o)
    return out


BUILT = build()
BY_NUMBER = {o["n"]: o for o in BUILT}


def orders_of(who):
    return [o for o in BUILT if o["who"] == who]


def last_order(who):
    return sorted(orders_of(who), key=lambda o: o["at"])[-1]


# ---------------------------------------------------------------------------------------------------------------
# Writing the WebToffee CSV
# ---------------------------------------------------------------------------------------------------------------

COLUMNS = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total",
           "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount", "discount_total",
           "order_total", "order_subtotal", "order_currency", "payment_method", "payment_method_title",
           "transaction_id", "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id",
           "customer_user", "customer_email", "billing_first_name", "billing_last_name", "billing_company",
           "billing_email", "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode",
           "billing_city", "billing_state", "billing_country", "shipping_first_name", "shipping_last_name",
           "shipping_company", "shipping_phone", "shipping_address_1", "shipping_address_2", "shipping_postcode",
           "shipping_city", "shipping_state", "shipping_country", "customer_note", "wt_import_key", "shipping_items",
           "fee_items", "tax_items", "coupon_items", "refund_items", "order_notes", "download_permissions",
           "meta:_wc_shipment_tracking_items"]

AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
          "Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/18.1 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
          "Safari/605.1.15"]


def _bst(dt):
    # Europe/London: BST (+01:00) until 01:00 UTC on the last Sunday of October 2026 (25 October).
    return dt < datetime.datetime(2026, 10, 25, 2, 0, 0)


def atom(local_str):
    dt = datetime.datetime.fromisoformat(local_str)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ("+01:00" if _bst(dt) else "+00:00")


def unix(day, hour=16):
    dt = datetime.datetime.fromisoformat(day + " %02d:00:00" % hour)
    if _bst(dt):
        dt = dt - datetime.timedelta(hours=1)
    return str(calendar.timegm(dt.timetuple()))


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode("utf-8")), s)


def tax_data(amount):
    a = "%.2f" % amount
    return "a:2:{%sa:1:{i:1;%s}%sa:1:{i:1;%s}}" % (php_s("total"), php_s(a), php_s("subtotal"), php_s(a))


def h(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def webtoffee_format(s):
    """The plugin's format_data(): the cell is urldecoded ('+' becomes a space) before it is written."""
    return unquote_plus(s)


def line_cell(o, l):
    p, v = l["p"], l["v"]
    parts = [("name", l["name"]), ("product_id", str(p["id"])), ("sku", v["sku"]), ("quantity", str(l["qty"])),
             ("total", "%.2f" % l["ex"] if not o["eu"] else "%.2f" % l["gross"]),
             ("sub_total", "%.2f" % l["ex"] if not o["eu"] else "%.2f" % l["gross"])]
    if l["tax"] != 0:
        parts += [("tax", "%.2f" % l["tax"]), ("tax_data", tax_data(l["tax"]))]
    if v is not p:
        for name, _vals, is_global in p["attrs"]:
            val = v["attrs"].get(name, "")
            key = C.attr_slug(p, name, is_global)
            parts.append(("meta:" + key, C.slug(val) if is_global else val))
    if not p["virtual"]:
        parts.append(("meta:_reduced_stock", str(l["qty"])))
    if v is not p:
        parts.append(("_variation_id", str(v["id"])))
    return webtoffee_format("|".join("%s:%s" % kv for kv in parts))


def refund_cell(o):
    return ";".join("amount:%s|reason:%s|date:%s" % ("%.2f" % r["amount"], r["reason"], r["date"])
                    for r in o["refund_list"])


def tracking_cell(o):
    if not o["shipments"]:
        return ""
    items = []
    for s in o["shipments"]:
        items.append('{"tracking_provider":"%s","custom_tracking_provider":"","custom_tracking_link":"",'
                     '"tracking_number":"%s","date_shipped":"%s","tracking_id":"%s"}'
                     % (s["provider"], s["number"], unix(s["date"]), h("%s%s" % (o["n"], s["number"]), 32)))
    return webtoffee_format("[" + ",".join(items) + "]")


def notes_cell(o):
    placed = o["at"]
    notes = []
    st = o["status"]
    if st in PAID:
        notes.append(("Order status changed from Pending payment to Processing.", placed, 0, "system"))
    for s in o["shipments"]:
        notes.append(("Order shipped via %s with tracking number %s." % (s["carrier"], s["number"]),
                      s["date"] + " 16:05:12", 1, "Byte & Bolt"))
    for n in o["notes"]:
        notes.append((n, placed[:10] + " 17:30:00", 0, "Byte & Bolt"))
    if st == "completed":
        when = (o["shipments"][0]["date"] + " 16:05:40") if o["shipments"] else placed[:10] + " 18:00:00"
        notes.append(("Order status changed from Processing to Completed.", when, 0, "system"))
    if st == "partial-shipped":
        notes.append(("Order status changed from Processing to Partially Shipped.",
                      o["shipments"][0]["date"] + " 16:05:40", 0, "system"))
    for r in o["refund_list"]:
        notes.append(("Refunded £%.2f - %s" % (r["amount"], r["reason"]), r["date"], 0, "Byte & Bolt"))
    if st == "refunded":
        notes.append(("Order status changed from Completed to Refunded.", o["refund_list"][-1]["date"], 0, "system"))
    return "||".join("content:%s|date:%s|customer:%d|added_by:%s" % n for n in notes)


def row(o, max_items):
    c = o["cust"]
    idx = BUILT.index(o)
    pay_method, pay_title = o["pay"]
    paid = o["status"] in PAID
    if pay_method == "stripe":
        txn = "pi_3Q" + h("txn%d" % o["n"], 21) if paid else ""
    elif pay_method == "ppcp-gateway":
        txn = ("%s" % h("pp%d" % o["n"], 17)).upper() if paid else ""
    else:
        txn = ""
    collect = o["ship_method_id"] == "local_pickup"
    ship_items = "items:" + ", ".join("%s &times; %d" % (l["name"], l["qty"]) for l in o["lines"]
                                      if not l["p"]["virtual"]) + "|method_id:%s|taxes:a:1:{s:5:\"total\";a:0:{}}" % (
        o["ship_method_id"])
    tax_items = ("rate_id:1|code:GB-VAT-1|total:%.2f|label:VAT|tax_rate_compound:|shipping_tax_amount:0|"
                 "rate_percent:20" % o["tax"]) if o["tax"] else ""
    r = {
        "order_id": o["n"], "order_number": o["n"], "order_date": o["at"], "paid_date": atom(o["at"]) if paid else "",
        "status": o["status"], "shipping_total": "%.2f" % o["ship_cost"], "shipping_tax_total": "0.00",
        "fee_total": "0.00", "fee_tax_total": "0.00", "tax_total": "%.2f" % o["tax"], "cart_discount": "0.00",
        "order_discount": "0.00", "discount_total": "0.00", "order_total": "%.2f" % o["total"],
        "order_subtotal": "%.2f" % (o["subtotal_ex"] if not o["eu"] else sum(l["gross"] for l in o["lines"])),
        "order_currency": "GBP", "payment_method": pay_method, "payment_method_title": pay_title,
        "transaction_id": txn, "customer_ip_address": ("203.0.113.%d" if idx % 2 else "198.51.100.%d") % (
            20 + idx * 7 % 200), "customer_user_agent": AGENTS[idx % len(AGENTS)],
        "shipping_method": o["ship_title"], "customer_id": c["id"], "customer_user": c["id"],
        "customer_email": "" if o["guest"] else c["email"], "billing_first_name": c["first"],
        "billing_last_name": c["last"], "billing_company": "", "billing_email": c["email"],
        "billing_phone": c["phone"], "billing_address_1": c["addr1"], "billing_address_2": c["addr2"],
        "billing_postcode": c["postcode"], "billing_city": c["city"], "billing_state": c["state"],
        "billing_country": c["country"],
        "shipping_first_name": "" if collect else c["first"], "shipping_last_name": "" if collect else c["last"],
        "shipping_company": "", "shipping_phone": "",
        "shipping_address_1": "" if collect else c["addr1"], "shipping_address_2": "" if collect else c["addr2"],
        "shipping_postcode": "" if collect else c["postcode"], "shipping_city": "" if collect else c["city"],
        "shipping_state": "" if collect else c["state"], "shipping_country": "" if collect else c["country"],
        "customer_note": o.get("customer_note", ""), "wt_import_key": o["n"],
        "shipping_items": webtoffee_format(ship_items), "fee_items": "", "tax_items": tax_items,
        "coupon_items": "", "refund_items": refund_cell(o), "order_notes": notes_cell(o),
        "download_permissions": 1 if paid else 0, "meta:_wc_shipment_tracking_items": tracking_cell(o),
    }
    for i in range(1, max_items + 1):
        r["line_item_%d" % i] = line_cell(o, o["lines"][i - 1]) if i <= len(o["lines"]) else ""
    return r


def export_csv():
    max_items = max(len(o["lines"]) for o in BUILT)
    columns = COLUMNS + ["line_item_%d" % i for i in range(1, max_items + 1)]
    records = [row(o, max_items) for o in BUILT]
    return C.php_csv(columns, records)
