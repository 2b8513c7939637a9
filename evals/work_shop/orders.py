"""Steelcap Supply's customers (WooCommerce REST API `GET /wp-json/wc/v3/customers?per_page=100`, as saved) and
orders (the "Order Export & Order Import for WooCommerce" plugin by WebToffee, default columns, with the Shipment
Tracking extension active so `meta:_wc_shipment_tracking_items` is exported as JSON).

WooCommerce quirks kept: prices include GST, so line item `total` is exported without GST and `tax` beside it;
`shipping_total` is without GST too (`shipping_tax_total` beside it); statuses without their `wc-` prefix
(`completed`, `processing`, `on-hold`, `pending`, `cancelled`, `refunded`, `failed`, and the Advanced Shipment
Tracking plugin's `partial-shipped`); a guest has `customer_id` 0; a partly refunded order stays `completed`
with its refunds in `refund_items`; the rural surcharge is a fee line; `shipping_items` carries the item names
with "&times;"; every field quoted, as the plugin writes them.
"""
import datetime
import hashlib
import json

import catalog as C

GST = 0.15
NZDT = datetime.timezone(datetime.timedelta(hours=13))
NZST = datetime.timezone(datetime.timedelta(hours=12))


def nz_tz(d):
    """New Zealand daylight time runs from the last Sunday of September to the first Sunday of April."""
    def last_sunday(y, m):
        day = datetime.date(y, m, 30 if m in (4, 6, 9, 11) else 31)
        while day.weekday() != 6:
            day -= datetime.timedelta(days=1)
        return day

    def first_sunday(y, m):
        day = datetime.date(y, m, 1)
        while day.weekday() != 6:
            day += datetime.timedelta(days=1)
        return day
    if first_sunday(d.year, 4) <= d < last_sunday(d.year, 9):
        return NZST
    return NZDT

# ---------------------------------------------------------------------------------------------------------------
# Customers (WordPress user ids)
# ---------------------------------------------------------------------------------------------------------------
CUSTOMERS = [
    # id, first, last, email, phone, company, address_1, address_2, city, state, postcode, trade, created
    dict(id=14, first="Aroha", last="Ngata", email="aroha.ngata@example.co.nz", phone="021 447 2093", company="",
         a1="18 Halswell Junction Road", a2="", city="Christchurch", state="CT", postcode="8025", trade=False,
         created="2024-05-11T10:42:19"),
    dict(id=17, first="Liam", last="Fraser", email="liam.fraser@example.com", phone="027 318 5546", company="",
         a1="42 Forth Street", a2="", city="Dunedin", state="OT", postcode="9016", trade=False,
         created="2024-08-02T19:05:51"),
    dict(id=21, first="Mere", last="Paewai", email="mere.paewai@example.co.nz", phone="022 190 7731", company="",
         a1="7 Dunns Crossing Road", a2="", city="Rolleston", state="CT", postcode="7614", trade=False,
         created="2024-11-20T08:13:02"),
    dict(id=23, first="Tom", last="Whitaker", email="tom.whitaker@example.net", phone="03 366 9012",
         company="Whitaker Builders Ltd", a1="115 Carlyle Street", a2="", city="Christchurch", state="CT",
         postcode="8023", trade=True, created="2025-01-14T07:31:44"),
    dict(id=28, first="Sophie", last="Chen", email="sophie.chen@example.com", phone="021 663 0418", company="",
         a1="9 Kohimarama Road", a2="Apartment 3", city="Auckland", state="AK", postcode="1071", trade=False,
         created="2025-02-27T21:14:37"),
    dict(id=31, first="Hemi", last="Walker", email="hemi.walker@example.co.nz", phone="027 552 1189", company="",
         a1="63 Wai-iti Road", a2="", city="Timaru", state="CT", postcode="7910", trade=False,
         created="2025-03-09T12:55:08"),
    dict(id=35, first="Jess", last="Morrison", email="jess.morrison@example.net", phone="021 908 3345", company="",
         a1="21 Collingwood Street", a2="", city="Nelson", state="NS", postcode="7010", trade=False,
         created="2025-04-22T16:20:33"),
    dict(id=38, first="Rangi", last="Parata", email="rangi.parata@example.co.nz", phone="022 733 6610", company="",
         a1="140 Grey Street", a2="", city="Hamilton", state="WA", postcode="3216", trade=False,
         created="2025-05-30T09:47:15"),
    dict(id=40, first="Priya", last="Nair", email="priya.nair@example.com", phone="021 284 5573", company="",
         a1="55 Adelaide Road", a2="Flat 2", city="Wellington", state="WE", postcode="6021", trade=False,
         created="2025-06-18T13:02:49"),
    dict(id=44, first="Ben", last="Kowalski", email="ben.kowalski@example.net", phone="03 384 2267",
         company="Kowalski Electrical", a1="12 Treffers Road", a2="", city="Christchurch", state="CT",
         postcode="8042", trade=True, created="2025-07-03T07:58:26"),
    dict(id=47, first="Grace", last="O'Donnell", email="grace.odonnell@example.com", phone="027 640 9921",
         company="", a1="88 Cameron Street", a2="", city="Ashburton", state="CT", postcode="7700", trade=False,
         created="2025-08-12T18:36:10"),
    dict(id=52, first="Daniel", last="Murphy", email="dan.murphy@example.co.nz", phone="021 377 4408", company="",
         a1="204 Tay Street", a2="", city="Invercargill", state="SL", postcode="9810", trade=False,
         created="2025-09-01T11:11:11"),
    dict(id=55, first="Anahera", last="Smith", email="anahera.smith@example.co.nz", phone="027 215 8836", company="",
         a1="1460 Inland Road", a2="RD 1", city="Kaikōura", state="CT", postcode="7371", trade=False,
         created="2025-10-05T15:27:42"),
    dict(id=58, first="Matt", last="Ellison", email="matt.ellison@example.com", phone="022 481 5063", company="",
         a1="31 Bealey Avenue", a2="", city="Christchurch", state="CT", postcode="8013", trade=False,
         created="2026-09-14T20:03:55"),
    dict(id=61, first="Sam", last="Te Whata", email="sam.tewhata@example.net", phone="027 903 1176", company="",
         a1="6 Tainui Street", a2="", city="Greymouth", state="WC", postcode="7805", trade=False,
         created="2025-11-23T10:40:17"),
    dict(id=63, first="Olivia", last="Brown", email="olivia.brown@example.com", phone="021 558 2291", company="",
         a1="27 Devonport Road", a2="", city="Tauranga", state="BP", postcode="3110", trade=False,
         created="2026-01-19T17:52:06"),
]
CUST = {c["id"]: c for c in CUSTOMERS}

GUESTS = {
    "kyle": dict(first="Kyle", last="Bennett", email="kyle.bennett@example.com", phone="021 774 0352",
                 a1="14 Riccarton Road", a2="", city="Christchurch", state="CT", postcode="8041"),
    "leah": dict(first="Leah", last="Martin", email="leah.m@example.net", phone="027 119 8604",
                 a1="3 Gorge Road", a2="", city="Queenstown", state="OT", postcode="9300"),
    "josh": dict(first="Josh", last="Reid", email="josh.reid@example.co.nz", phone="022 645 3017",
                 a1="77 Rangitikei Street", a2="", city="Palmerston North", state="MW", postcode="4410"),
    "nikau": dict(first="Nikau", last="Harris", email="nikau.harris@example.com", phone="021 836 4472",
                  a1="52 Marshland Road", a2="", city="Christchurch", state="CT", postcode="8083"),
    "fiona": dict(first="Fiona", last="Grant", email="fiona.grant@example.net", phone="027 390 2215",
                  a1="9 Market Street", a2="", city="Blenheim", state="MB", postcode="7201"),
}

# ---------------------------------------------------------------------------------------------------------------
# Shipping methods (rates include GST)
# ---------------------------------------------------------------------------------------------------------------
SHIP = {
    "metro": ("Christchurch Metro Courier", "flat_rate", 7.50),
    "south": ("South Island Courier", "flat_rate", 9.90),
    "north": ("North Island Courier", "flat_rate", 12.90),
    "free": ("Free shipping", "free_shipping", 0.0),
    "collect": ("Click & Collect (Sockburn trade counter)", "local_pickup", 0.0),
    "freight": ("Mainfreight (quoted)", "flat_rate", 45.00),
    "none": (None, None, 0.0),
}
PROVIDERS = {"nz-post": "NZ Post", "aramex": "Aramex"}
PAYMENTS = {
    "card": ("stripe", "Credit / Debit Card"),
    "bank": ("bacs", "Direct bank transfer"),
    "trade": ("cheque", "Trade Account (pay on the 20th)"),
}


def O(num, placed, who, items, ship, status, pay="card", tracking=(), refunds=(), note="", fee=None):
    return dict(num=num, placed=placed, who=who, items=list(items), ship=ship, status=status, pay=pay,
                tracking=list(tracking), refunds=list(refunds), note=note, fee=fee)


# items: (sku, qty, unit price incl. GST paid at the time)
ORDERS = [
    O(31804, "2026-10-06 09:14:52", 14, [("SC-KEA-08-STD", 1, 249)], "free", "completed",
      tracking=[("nz-post", "CP402918377NZ", "2026-10-06")]),
    O(31811, "2026-10-09 07:02:31", 23, [("SC-BVN-ORG-L", 10, 24.90), ("SC-KOK-9-12", 1, 169)], "free", "completed",
      pay="trade", tracking=[("Mainfreight", "MF4471902", "2026-10-09")]),
    O(31819, "2026-10-14 12:48:05", "kyle", [("SC-VHH-YEL", 1, 29.90), ("SC-CVG-CLR", 2, 12.90)], "metro",
      "completed", tracking=[("nz-post", "CP402977104NZ", "2026-10-14")]),
    O(31826, "2026-10-18 20:31:18", 17, [("SC-FLW-10", 1, 319), ("SC-SCK-1013", 1, 29.90)], "free", "completed",
      tracking=[("aramex", "AX6610284417", "2026-10-19")],
      refunds=[(29.90, "Socks returned unopened - changed mind", "2026-10-30 10:12:40")]),
    O(31833, "2026-10-21 08:05:44", 21, [("SC-ARO-6", 1, 219)], "free", "refunded",
      tracking=[("nz-post", "CP403015582NZ", "2026-10-21")],
      refunds=[(219.00, "Returned unworn - too narrow", "2026-11-02 14:22:09")]),
    O(31840, "2026-10-24 15:19:27", 28, [("SC-SRJ-M", 1, 89.90), ("SC-SRT-M", 1, 59.90)], "north", "completed",
      tracking=[("nz-post", "CP403048861NZ", "2026-10-26")]),
    O(31847, "2026-10-28 10:37:09", 31, [("SC-GRC-92-R", 2, 89.90), ("SC-KPI", 1, 24.90)], "free", "completed",
      tracking=[("aramex", "AX6610331928", "2026-10-28")],
      refunds=[(89.90, "One pair returned - changed mind", "2026-11-09 09:41:55")]),
    O(31853, "2026-11-02 11:26:40", 35, [("SC-SEM", 1, 32.90), ("SC-FEP-200", 1, 49.90)], "south", "completed",
      tracking=[("aramex", "AX6610372405", "2026-11-02")]),
    O(31859, "2026-11-05 13:58:13", 14, [("SC-GKP", 1, 39.90), ("SC-KOK-8-1", 2, 16.90)], "metro", "completed",
      tracking=[("aramex", "AX6610398817", "2026-11-05")]),
    O(31864, "2026-11-08 09:03:26", 38, [("SC-AT6-M", 1, 39.90), ("SC-A1C", 2, 34.90), ("SC-P3F", 1, 24.90)],
      "north", "completed", tracking=[("nz-post", "CP403120346NZ", "2026-11-09")]),
    O(31866, "2026-11-10 16:44:02", 17, [("SC-KEA-10-WIDE", 1, 259)], "free", "completed",
      tracking=[("aramex", "AX6610442093", "2026-11-11")]),
    O(31871, "2026-11-12 07:51:38", "leah", [("SC-BDJ-YEL-M", 1, 129)], "south", "completed",
      tracking=[("nz-post", "CP403166710NZ", "2026-11-12")]),
    O(31874, "2026-11-14 18:22:57", 31, [("SC-HGB-10-BLK", 1, 89.90)], "south", "completed",
      tracking=[("aramex", "AX6610470356", "2026-11-16")]),
    O(31880, "2026-11-16 06:48:19", 23, [("SC-KEA-09-STD", 4, 249)], "freight", "completed", pay="trade",
      tracking=[("Mainfreight", "MF4480317", "2026-11-17")]),
    O(31885, "2026-11-19 12:10:45", 44, [("SC-EHH-WHT", 6, 34.90), ("SC-HME", 6, 44.90)], "collect", "completed",
      note="Will collect Friday morning"),
    O(31889, "2026-11-21 10:33:06", 47, [("SC-TUS-08", 1, 239)], "free", "completed",
      tracking=[("aramex", "AX6610512984", "2026-11-23")]),
    O(31893, "2026-11-23 19:40:22", 28, [("SC-BMP-NVY", 1, 24.90)], "north", "cancelled", pay="bank"),
    O(31897, "2026-11-25 08:17:50", 52, [("SC-KOK-10-12", 1, 169), ("SC-NGG-9", 1, 5.90)], "free", "refunded",
      refunds=[(174.90, "Duplicate order - customer ordered twice", "2026-11-25 11:02:37")]),
    O(31902, "2026-11-26 14:05:31", "josh", [("SC-P2D-20", 1, 54.90), ("SC-CVG-SMK", 1, 14.90)], "north",
      "completed", tracking=[("nz-post", "CP403245519NZ", "2026-11-26")]),
    O(31906, "2026-11-27 09:29:14", 55, [("SC-SRJ-L", 1, 89.90)], "south", "completed",
      tracking=[("aramex", "AX6610548870", "2026-11-27")], fee=("Rural delivery", 6.00)),
    O(31911, "2026-11-28 16:52:48", 61, [("SC-AT7-M", 1, 69.90), ("SC-ABK", 1, 49.90)], "south", "completed",
      tracking=[("aramex", "AX6610561137", "2026-11-30")],
      refunds=[(49.90, "ABEK cartridges returned unopened", "2026-12-03 15:08:26")]),
    O(31915, "2026-11-30 20:11:09", 63, [("", 1, 100)], "none", "completed"),           # gift voucher, emailed
    O(31920, "2026-12-01 10:45:57", 40, [("SC-CRS-BLK-08", 1, 149), ("SC-CVS-SMK", 1, 24.90),
                                         ("SC-SCK-69", 1, 29.90)], "free", "partial-shipped",
      tracking=[("nz-post", "CP403301278NZ", "2026-12-02")]),
    O(31924, "2026-12-02 08:36:24", 38, [("SC-FLW-09", 1, 319)], "free", "on-hold", pay="bank"),
    O(31927, "2026-12-02 17:20:41", "nikau", [("SC-BDJ-ORG-XL", 1, 129), ("SC-BVD-ORG-ML", 1, 14.90)], "metro",
      "processing"),
    O(31931, "2026-12-03 12:02:15", 28, [("SC-NSB-L", 1, 159)], "north", "processing",
      note="Happy to wait for the pre-order"),
    O(31934, "2026-12-03 21:47:33", 35, [("SC-TCT-87R", 1, 99)], "south", "failed"),
    O(31938, "2026-12-04 09:12:58", "fiona", [("SC-DPL-ON-L", 10, 39.90), ("SC-EMB-ESET", 1, 65),
                                              ("SC-EMB-ELC", 10, 9.50)], "free", "pending", pay="bank",
      note="Logo artwork to follow by email - Grant Viticulture"),
    O(31942, "2026-12-05 07:55:20", 63, [("SC-VHH-WHT", 1, 29.90), ("SC-SBR", 1, 14.90)], "north", "processing"),
    O(31945, "2026-12-05 11:38:04", 47, [("SC-SEM", 1, 32.90)], "south", "cancelled"),
]

# the gift voucher line: a variation with no SKU
VOUCHER_100 = [v for v in C.VOUCHER["variations"] if v["opts"]["Amount"] == "$100"][0]


def r2(x):
    return round(x + 1e-9, 2)


def ex_gst(incl):
    ex = r2(incl / (1 + GST))
    return ex, r2(incl - ex)


def item_info(sku):
    if sku == "":
        return C.VOUCHER, VOUCHER_100
    return C.by_sku(sku)


def who(o):
    if isinstance(o["who"], int):
        return CUST[o["who"]], o["who"]
    return GUESTS[o["who"]], 0


def line_name(p, v):
    if v is None:
        return p["name"]
    return C.variation_name(p, v)


def compute(o):
    lines = []
    for sku, qty, unit in o["items"]:
        p, v = item_info(sku)
        incl = r2(unit * qty)
        ex, tax = ex_gst(incl) if p["tax_status"] == "taxable" else (incl, 0.0)
        lines.append(dict(sku=sku, qty=qty, unit=unit, incl=incl, ex=ex, tax=tax, p=p, v=v, name=line_name(p, v)))
    subtotal_incl = r2(sum(l["incl"] for l in lines))
    title, method_id, rate = SHIP[o["ship"]]
    ship_incl = rate
    ship_ex, ship_tax = ex_gst(ship_incl)
    fee_incl = o["fee"][1] if o["fee"] else 0.0
    fee_ex, fee_tax = ex_gst(fee_incl)
    total = r2(subtotal_incl + ship_incl + fee_incl)
    refunded = r2(sum(r[0] for r in o["refunds"]))
    tax_total = r2(sum(l["tax"] for l in lines) + ship_tax + fee_tax)
    return dict(lines=lines, subtotal_incl=subtotal_incl, ship_title=title, ship_method_id=method_id,
                ship_incl=ship_incl, ship_ex=ship_ex, ship_tax=ship_tax, fee_incl=fee_incl, fee_ex=fee_ex,
                fee_tax=fee_tax, total=total, refunded=refunded, tax_total=tax_total,
                subtotal_ex=r2(sum(l["ex"] for l in lines)))


for _o in ORDERS:
    _o.update(compute(_o))
ORDER = {o["num"]: o for o in ORDERS}


def carrier_name(slug_or_custom):
    return PROVIDERS.get(slug_or_custom, slug_or_custom)


def orders_of(cid):
    return sorted([o for o in ORDERS if o["who"] == cid], key=lambda o: o["placed"])


def fmt(x):
    return "%.2f" % x


def ts(date_str):
    d = datetime.datetime.strptime(date_str, "%Y-%m-%d").replace(hour=14, tzinfo=NZDT)
    return str(int(d.timestamp()))


def md5(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def tracking_json(o):
    items = []
    for prov, number, shipped in o["tracking"]:
        if prov in PROVIDERS:
            item = {"tracking_provider": prov, "custom_tracking_provider": "", "custom_tracking_link": "",
                    "tracking_number": number, "date_shipped": ts(shipped), "tracking_id": md5(number)}
        else:
            item = {"tracking_provider": "", "custom_tracking_provider": prov,
                    "custom_tracking_link": "https://www.mainfreight.com/en-nz/tracking?trackingnumber=" + number,
                    "tracking_number": number, "date_shipped": ts(shipped), "tracking_id": md5(number)}
        items.append(item)
    if not items:
        return ""
    return json.dumps(items, separators=(",", ":")).replace("/", "\\/")


STATUS_LABEL = {"pending": "Pending payment", "processing": "Processing", "on-hold": "On hold",
                "completed": "Completed", "cancelled": "Cancelled", "refunded": "Refunded", "failed": "Failed",
                "partial-shipped": "Partially Shipped"}


def shift(placed, minutes):
    d = datetime.datetime.strptime(placed, "%Y-%m-%d %H:%M:%S") + datetime.timedelta(minutes=minutes)
    return d.strftime("%Y-%m-%d %H:%M:%S")


def notes(o):
    out = []
    placed = o["placed"]
    st = o["status"]
    paid = o["pay"] == "card" and st not in ("failed", "pending", "cancelled")
    if paid:
        out.append(("Stripe charge complete (Charge ID: ch_%s)" % md5("ch" + str(o["num"]))[:24], shift(placed, 1)))
        out.append(("Order status changed from Pending payment to Processing.", shift(placed, 1)))
    if o["pay"] == "bank" and st in ("on-hold", "cancelled"):
        out.append(("Awaiting BACS payment Order status changed from Pending payment to On hold.", shift(placed, 1)))
    if o["pay"] == "trade":
        out.append(("Order status changed from Pending payment to Processing.", shift(placed, 2)))
    if st == "failed":
        out.append(("Stripe charge failed: Your card was declined. Order status changed from Pending payment to "
                    "Failed.", shift(placed, 1)))
    if st == "cancelled":
        if o["pay"] == "bank":
            out.append(("Order status changed from On hold to Cancelled.", shift(placed, 60 * 24 * 2)))
        else:
            out.append(("Unpaid order cancelled - time limit reached. Order status changed from Pending payment to "
                        "Cancelled.", shift(placed, 60)))
    if st == "partial-shipped":
        out.append(("Order status changed from Processing to Partially Shipped.", shift(placed, 60 * 22)))
    if st in ("completed", "refunded"):
        out.append(("Order status changed from Processing to Completed.", shift(placed, 60 * 5)))
    for amount, reason, when in o["refunds"]:
        out.append(("Refunded $%s - %s" % (fmt(amount), reason), when))
    if st == "refunded":
        out.append(("Order status changed from Completed to Refunded.", o["refunds"][-1][2]))
    return "||".join("content:%s|date:%s|customer:0|added_by:system" % (c, d) for c, d in out)


ORDER_COLUMNS = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total",
                 "shipping_tax_total", "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount",
                 "discount_total", "order_total", "order_subtotal", "order_key", "order_currency", "payment_method",
                 "payment_method_title", "transaction_id", "customer_ip_address", "customer_user_agent",
                 "shipping_method", "customer_id", "customer_user", "customer_email", "billing_first_name",
                 "billing_last_name", "billing_company", "billing_email", "billing_phone", "billing_address_1",
                 "billing_address_2", "billing_postcode", "billing_city", "billing_state", "billing_country",
                 "shipping_first_name", "shipping_last_name", "shipping_company", "shipping_phone",
                 "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city", "shipping_state",
                 "shipping_country", "customer_note", "wt_import_key", "shipping_items", "fee_items", "tax_items",
                 "coupon_items", "refund_items", "order_notes", "download_permissions",
                 "meta:_wc_shipment_tracking_items"]


def line_item_cell(l):
    p, v = l["p"], l["v"]
    pid = p["id"]
    fields = [("name", l["name"]), ("product_id", pid), ("sku", (v["sku"] if v is not None else p["sku"])),
              ("quantity", l["qty"]), ("total", fmt(l["ex"])), ("sub_total", fmt(l["ex"]))]
    if l["tax"]:
        tax6 = "%.6f" % (l["incl"] - l["incl"] / (1 + GST))
        fields.append(("tax", fmt(l["tax"])))
        fields.append(("tax_data", json.dumps({"total": {"1": tax6}, "subtotal": {"1": tax6}},
                                               separators=(",", ":"))))
    if v is not None:
        for a in p["attrs"]:
            if a["variation"]:
                key = ("pa_" + C.slug(a["name"])) if a["global"] else C.slug(a["name"])
                fields.append((key, v["opts"][a["name"]]))
    if v is None or not v.get("virtual"):
        fields.append(("_reduced_stock", l["qty"]))
    if v is not None:
        fields.append(("_variation_id", v["id"]))
    return "|".join("%s:%s" % (k, val) for k, val in fields)


def ip(o):
    h = int(md5("ip%d" % o["num"])[:8], 16)
    return "203.%d.%d.%d" % (86 + h % 40, (h >> 8) % 256, (h >> 16) % 254 + 1)


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
      "Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
      "Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile "
      "Safari/537.36"]


def order_row(o):
    c, cid = who(o)
    paid_states = ("completed", "processing", "refunded", "partial-shipped")
    paid = o["status"] in paid_states and o["pay"] != "trade"
    paid_date = ""
    if paid:
        d = datetime.datetime.strptime(shift(o["placed"], 1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=NZDT)
        paid_date = d.isoformat()
    if o["pay"] == "trade" and o["status"] == "completed":
        paid_date = ""
    method, title = PAYMENTS[o["pay"]]
    ship_items = ""
    if o["ship_title"]:
        ship_items = "items:%s|method_id:%s|taxes:%s" % (
            ", ".join("%s &times; %d" % (l["name"], l["qty"]) for l in o["lines"]), o["ship_method_id"],
            json.dumps({"total": {"1": "%.6f" % o["ship_tax"]}} if o["ship_tax"] else {"total": []},
                       separators=(",", ":")))
    fee_items = ""
    if o["fee"]:
        fee_items = "name:%s|total:%s|tax:%s|tax_data:%s" % (o["fee"][0], fmt(o["fee_ex"]), fmt(o["fee_tax"]),
                                                             json.dumps({"total": {"1": "%.6f" % o["fee_tax"]}},
                                                                        separators=(",", ":")))
    tax_items = "rate_id:1|code:NZ-GST-1|total:%s|label:GST|tax_rate_compound:" % fmt(o["tax_total"] - o["ship_tax"])
    refund_items = ";".join("amount:%s|reason:%s|date:%s" % (fmt(a), r, d) for a, r, d in o["refunds"])
    ship_addr = o["ship"] not in ("none",)
    row = {
        "order_id": o["num"], "order_number": o["num"], "order_date": o["placed"], "paid_date": paid_date,
        "status": o["status"], "shipping_total": fmt(o["ship_ex"]) if o["ship_incl"] else "0",
        "shipping_tax_total": fmt(o["ship_tax"]), "fee_total": fmt(o["fee_ex"]), "fee_tax_total": fmt(o["fee_tax"]),
        "tax_total": fmt(o["tax_total"]), "cart_discount": "0.00", "order_discount": "0.00",
        "discount_total": "0.00", "order_total": fmt(o["total"]), "order_subtotal": fmt(o["subtotal_ex"]),
        "order_key": "wc_order_" + md5("key%d" % o["num"])[:13], "order_currency": "NZD",
        "payment_method": method, "payment_method_title": title,
        "transaction_id": ("ch_3Q" + md5("tx%d" % o["num"])[:20]) if (paid and method == "stripe") else "",
        "customer_ip_address": ip(o), "customer_user_agent": UA[o["num"] % 3],
        "shipping_method": o["ship_title"] or "", "customer_id": cid, "customer_user": cid,
        "customer_email": c["email"] if cid else "",
        "billing_first_name": c["first"], "billing_last_name": c["last"], "billing_company": c.get("company", ""),
        "billing_email": c["email"], "billing_phone": c["phone"], "billing_address_1": c["a1"],
        "billing_address_2": c["a2"], "billing_postcode": c["postcode"], "billing_city": c["city"],
        "billing_state": c["state"], "billing_country": "NZ",
        "shipping_first_name": c["first"] if ship_addr else "", "shipping_last_name": c["last"] if ship_addr else "",
        "shipping_company": c.get("company", "") if ship_addr else "", "shipping_phone": "",
        "shipping_address_1": c["a1"] if ship_addr else "", "shipping_address_2": c["a2"] if ship_addr else "",
        "shipping_postcode": c["postcode"] if ship_addr else "", "shipping_city": c["city"] if ship_addr else "",
        "shipping_state": c["state"] if ship_addr else "", "shipping_country": "NZ" if ship_addr else "",
        "customer_note": o["note"], "wt_import_key": o["num"], "shipping_items": ship_items,
        "fee_items": fee_items, "tax_items": tax_items, "coupon_items": "", "refund_items": refund_items,
        "order_notes": notes(o), "download_permissions": 1 if o["status"] in ("completed", "processing") else 0,
        "meta:_wc_shipment_tracking_items": tracking_json(o),
    }
    return row


def wrap(v):
    return '"' + str(v).replace('"', '""') + '"'


def write_orders_csv():
    max_items = max(len(o["lines"]) for o in ORDERS)
    cols = ORDER_COLUMNS + ["line_item_%d" % i for i in range(1, max_items + 1)]
    lines = [",".join(wrap(c) for c in cols)]
    for o in sorted(ORDERS, key=lambda o: o["num"], reverse=True):       # the plugin lists newest first
        row = order_row(o)
        for i in range(1, max_items + 1):
            row["line_item_%d" % i] = line_item_cell(o["lines"][i - 1]) if i <= len(o["lines"]) else ""
        lines.append(",".join(wrap(row[c]) for c in cols))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------------------
def customer_json(c):
    orders = orders_of(c["id"])
    paying = any(o["status"] in ("completed", "processing", "refunded", "partial-shipped") for o in orders)
    base = C.SHOP_URL + "/wp-json/wc/v3/customers"
    created = c["created"]
    modified = orders[-1]["placed"].replace(" ", "T") if orders else created
    meta = [{"id": 1000 + c["id"] * 7, "key": "_last_order", "value": str(orders[-1]["num"]) if orders else ""},
            {"id": 1001 + c["id"] * 7, "key": "mailchimp_woocommerce_is_subscribed",
             "value": "1" if c["id"] % 2 else "0"}]
    if c["trade"]:
        meta.append({"id": 1002 + c["id"] * 7, "key": "steelcap_trade_account", "value": "approved"})
        meta.append({"id": 1003 + c["id"] * 7, "key": "steelcap_trade_terms", "value": "20th of the month following"})

    def utc(s):
        d = datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")
        d = d.replace(tzinfo=nz_tz(d.date())).astimezone(datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S")

    return {
        "id": c["id"], "date_created": created, "date_created_gmt": utc(created), "date_modified": modified,
        "date_modified_gmt": utc(modified), "email": c["email"], "first_name": c["first"], "last_name": c["last"],
        "role": "customer", "username": c["email"].split("@")[0].replace(".", ""),
        "billing": {"first_name": c["first"], "last_name": c["last"], "company": c["company"],
                    "address_1": c["a1"], "address_2": c["a2"], "city": c["city"], "postcode": c["postcode"],
                    "country": "NZ", "state": c["state"], "email": c["email"], "phone": c["phone"]},
        "shipping": {"first_name": c["first"], "last_name": c["last"], "company": c["company"],
                     "address_1": c["a1"], "address_2": c["a2"], "city": c["city"], "postcode": c["postcode"],
                     "country": "NZ", "state": c["state"], "phone": ""},
        "is_paying_customer": paying,
        "avatar_url": "https://secure.gravatar.com/avatar/%s?s=96&d=mm&r=g" % md5(c["email"]),
        "meta_data": meta,
        "_links": {"self": [{"href": "%s/%d" % (base, c["id"]), "targetHints": {"allow": ["GET", "POST", "PUT",
                                                                                           "PATCH", "DELETE"]}}],
                   "collection": [{"href": base}]},
    }


def write_customers_json():
    data = [customer_json(c) for c in sorted(CUSTOMERS, key=lambda c: c["id"])]
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("/", "\\/")


def counts():
    from collections import Counter
    st = Counter(o["status"] for o in ORDERS)
    return {"orders": len(ORDERS), "status": dict(sorted(st.items())),
            "guests": sum(1 for o in ORDERS if not isinstance(o["who"], int)),
            "guest_people": len(GUESTS), "customers": len(CUSTOMERS),
            "tracked": sum(1 for o in ORDERS if o["tracking"]),
            "partly_refunded": sum(1 for o in ORDERS if o["refunds"] and o["refunded"] < o["total"]),
            "refunded": st.get("refunded", 0)}
