"""Tidewell's orders, written as the WebToffee "Order Export & Order Import for WooCommerce" plugin writes
them with "export line items in separate rows" ticked: one row per line item, the order's own columns
repeated on every row of the order, refunds packed in `refund_items`, and the Advanced Shipment
Tracking plugin's items in `meta:_wc_shipment_tracking_items` (JSON).

Shipping and fees are worked out from the shipping page's own tables (pages.py), prices from the
catalog on the day each order was placed (a sale counts only inside its window).
"""
import datetime
import json
import random

import catalog as C
import pages as P

RNG = random.Random(20261204)

# --------------------------------------------------------------------------------------------- people

CUSTOMERS = [  # registered (customer_id > 0) and guests (customer_id 0)
    dict(key="priya", id=112, first="Priya", last="Raman", email="priya.raman@example.com", phone="0412 558 301",
         addr="14 Were Street", city="Brighton", state="VIC", pc="3186", zone="Metro Melbourne", pallet="Metro Melbourne"),
    dict(key="tom", id=127, first="Tom", last="Whitaker", email="tom.whitaker@example.net", phone="0423 881 046",
         addr="7 Pakington Street", city="Geelong West", state="VIC", pc="3218", zone="Regional Victoria",
         pallet="Regional Victoria"),
    dict(key="meilin", id=135, first="Mei Lin", last="Chen", email="meilin.chen@example.com", phone="0431 207 995",
         addr="22 Station Street", city="Box Hill", state="VIC", pc="3128", zone="Metro Melbourne", pallet="Metro Melbourne"),
    dict(key="jack", id=141, first="Jack", last="O'Sullivan", email="jack.osullivan@example.com", phone="0448 310 772",
         addr="9 Hampden Road", city="Battery Point", state="TAS", pc="7004", zone="Tasmania",
         pallet="Regional WA and NT, and Tasmania"),
    dict(key="aisha", id=150, first="Aisha", last="Rahman", email="aisha.rahman@example.com", phone="0402 664 218",
         addr="31 Lakeside Drive", city="Joondalup", state="WA", pc="6027", zone="WA & NT", pallet="Perth metro and Darwin"),
    dict(key="hamish", id=158, first="Hamish", last="Grant", email="hamish.grant@example.com", phone="0457 190 334",
         addr="5 Novar Street", city="Yarralumla", state="ACT", pc="2600", zone="NSW, ACT & SA",
         pallet="Sydney, Canberra, Adelaide and Brisbane metro"),
    dict(key="liam", id=163, first="Liam", last="Fraser", email="liam.fraser@example.com", phone="0419 072 556",
         addr="48 Lydiard Street North", city="Ballarat Central", state="VIC", pc="3350", zone="Regional Victoria",
         pallet="Regional Victoria"),
    dict(key="rosa", id=171, first="Rosa", last="Martinez", email="rosa.martinez@example.com", phone="0433 915 620",
         addr="3 Park Road", city="Cheltenham", state="VIC", pc="3192", zone="Metro Melbourne", pallet="Metro Melbourne"),
    dict(key="noah", id=176, first="Noah", last="Williams", email="noah.williams@example.net", phone="0466 285 117",
         addr="12 Smith Street", city="Darwin City", state="NT", pc="0800", zone="WA & NT", pallet="Perth metro and Darwin"),
    dict(key="ben", id=184, first="Ben", last="Carter", email="ben.carter@example.com", phone="0409 776 143",
         addr="26 Beach Street", city="Frankston", state="VIC", pc="3199", zone="Metro Melbourne", pallet="Metro Melbourne"),
    dict(key="sarah", id=190, first="Sarah", last="Nguyen", email="sarah.nguyen@example.com", phone="0421 338 905",
         addr="70 Church Street", city="Parramatta", state="NSW", pc="2150", zone="NSW, ACT & SA",
         pallet="Sydney, Canberra, Adelaide and Brisbane metro"),
    dict(key="daniel", id=197, first="Daniel", last="Kowalski", email="dan.kowalski@example.net", phone="0438 602 481",
         addr="15 Halifax Street", city="Adelaide", state="SA", pc="5000", zone="NSW, ACT & SA",
         pallet="Sydney, Canberra, Adelaide and Brisbane metro"),
    dict(key="olivia", id=203, first="Olivia", last="Brooks", email="olivia.brooks@example.net", phone="0414 927 360",
         addr="88 Gympie Road", city="Chermside", state="QLD", pc="4032", zone="Queensland",
         pallet="Sydney, Canberra, Adelaide and Brisbane metro"),
    dict(key="grace", id=209, first="Grace", last="Papadopoulos", email="grace.papadopoulos@example.com",
         phone="0427 503 819", addr="6 Tanti Avenue", city="Mornington", state="VIC", pc="3931", zone="Metro Melbourne",
         pallet="Metro Melbourne"),
    # guests
    dict(key="ravi", id=0, first="Ravi", last="Patel", email="ravi.patel@example.com", phone="0451 882 604",
         addr="19 View Street", city="Bendigo", state="VIC", pc="3550", zone="Regional Victoria", pallet="Regional Victoria"),
    dict(key="kylie", id=0, first="Kylie", last="Adams", email="kylie.adams@example.com", phone="0408 114 927",
         addr="4 Bay Road", city="Sandringham", state="VIC", pc="3191", zone="Metro Melbourne", pallet="Metro Melbourne"),
    dict(key="marcus", id=0, first="Marcus", last="Lee", email="marcus.lee@example.net", phone="0432 660 178",
         addr="51 Crown Street", city="Wollongong", state="NSW", pc="2500", zone="NSW, ACT & SA",
         pallet="Regional NSW, ACT, SA and Queensland"),
    dict(key="hannah", id=0, first="Hannah", last="Schmidt", email="hannah.schmidt@example.com", phone="0445 371 208",
         addr="2 Moseley Square", city="Glenelg", state="SA", pc="5045", zone="NSW, ACT & SA",
         pallet="Sydney, Canberra, Adelaide and Brisbane metro"),
    dict(key="chloe", id=0, first="Chloe", last="Dubois", email="chloe.dubois@example.net", phone="0403 518 662",
         addr="27 The Strand", city="Townsville City", state="QLD", pc="4810", zone="Queensland",
         pallet="Regional NSW, ACT, SA and Queensland"),
]
CUST = {c["key"]: c for c in CUSTOMERS}

PAY = {  # method id -> title
    "stripe": "Credit Card (Stripe)",
    "ppcp-gateway": "PayPal",
    "afterpay": "Afterpay",
    "zipmoney": "Zip - Own it now, pay later",
    "bacs": "Direct bank transfer",
}

# --------------------------------------------------------------------------------------------- orders
# key, placed (local time), customer, items [(sku, qty)], status, method, payment, tracking
# [(provider slug or "", custom provider, ship date)], refunds [(amount or "full", reason, date)],
# customer note, staff notes, coupon (code, amount incl. GST)

SPECS = [
    ("priya-1", "2026-09-12 10:14", "priya", [("TW-GC65-5KG", 1), ("CT-KIT5", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-09-14")], [], "", [], None),
    ("olivia-1", "2026-09-15 19:02", "olivia", [("TW-SALT20", 3)], "completed", "std", "afterpay",
     [("australia-post", "", "2026-09-16")], [], "", [], None),
    ("ravi-1", "2026-09-20 08:41", "ravi", [("TW-SALT20", 4)], "completed", "std", "stripe",
     [("australia-post", "", "2026-09-21")], [], "", [], None),
    ("ben-1", "2026-09-28 16:25", "ben", [("KES-SP100", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-09-29")], [], "Please leave at the side gate", [], None),
    ("tom-1", "2026-10-03 12:07", "tom", [("TW-GC65-10KG", 1), ("TW-BUF-4KG", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-10-05")], [(20.00, "Bucket lid cracked in transit - partial refund", "2026-10-09 11:42:10")],
     "", ["Customer sent photos of a cracked lid on the 10 kg bucket. Partial refund of $20.00 agreed."], None),
    ("meilin-1", "2026-10-08 21:33", "meilin", [("TW-DRYACID-5KG", 1)], "cancelled", "std", "bacs",
     [], [], "", ["Unpaid order cancelled - time limit reached."], None),
    ("aisha-1", "2026-10-14 09:50", "aisha", [("SOL-HP09", 1)], "completed", "pallet", "zipmoney",
     [("", "Northline", "2026-10-16")], [], "Call before delivery please", [], None),
    ("jack-1", "2026-10-19 14:12", "jack", [("LGX-R3", 1)], "completed", "std", "stripe",
     [("startrack", "", "2026-10-20")], [], "", [], None),
    ("sarah-1", "2026-10-21 11:05", "sarah", [("AQF-ALG-5L", 1)], "completed", "std", "ppcp-gateway",
     [("couriers-please", "", "2026-10-22")], [], "", [], None),
    ("jack-2", "2026-10-25 17:48", "jack", [("TW-TRI200-4KG", 1), ("TW-GC65-5KG", 1)], "refunded", "std", "stripe",
     [], [("full", "Dangerous goods can't be shipped to Tasmania - order refunded", "2026-10-27 09:15:31")], "",
     ["Chlorine is dangerous goods: we can't send it to Tasmania. Emailed the customer and refunded in full."], None),
    ("hamish-1", "2026-10-30 20:16", "hamish", [("KES-VS200", 1)], "failed", "std", "stripe",
     [], [], "", ["Stripe: card declined (insufficient funds)."], None),
    ("hamish-2", "2026-10-31 08:02", "hamish", [("KES-VS200", 1)], "completed", "std", "stripe",
     [("couriers-please", "", "2026-11-02")], [], "", [], None),
    ("grace-1", "2026-11-02 13:40", "grace", [("TW-CPR-600-AL", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-03")], [], "", [], None),
    ("liam-1", "2026-11-04 10:22", "liam", [("SOL-SM25", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-05")],
     [(None, "Change of mind return, unopened - 15% restocking fee kept", "2026-11-21 15:03:44")], "",
     ["Returned unopened on 20/11 (change of mind). Refunded less the 15% restocking fee; shipping not refunded."], None),
    ("rosa-1", "2026-11-07 09:12", "rosa", [("AQF-CLAR1", 1), ("AQF-ALG-1L", 1)], "completed", "click", "stripe",
     [], [], "", ["Collected in store 7/11."], ("summer5", 5.00)),
    ("noah-1", "2026-11-10 15:55", "noah", [("TW-POLE-72", 1), ("TW-RAKE", 1), ("TW-BRUSH450", 1)], "completed", "std",
     "ppcp-gateway", [("australia-post", "", "2026-11-11")], [], "", [], None),
    ("kylie-1", "2026-11-12 18:30", "kylie", [("TW-BROM-1KG", 1), ("CT-SPASTRIP", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-13")], [], "", [], None),
    ("daniel-1", "2026-11-14 12:44", "daniel", [("TW-DRYACID-2.5KG", 2)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-17")], [], "", [], None),
    ("ben-2", "2026-11-15 07:58", "ben", [("TW-LIQ15", 4), ("TW-HCL-15L", 1)], "completed", "local", "stripe",
     [], [], "Drums next to the pool shed please", ["Delivered by Tidewell van, Tuesday 17/11."], None),
    ("sarah-2", "2026-11-18 20:21", "sarah", [("KES-SP150", 1), ("TW-GC65-5KG", 1), ("CT-STRIP6-100", 1)], "processing",
     "std", "stripe", [("couriers-please", "", "2026-11-20")], [], "",
     ["Chlorine and test strips shipped 20/11. Kestrel SP 1.5 HP is on backorder and ships when stock arrives (due %s)."
      % C.SP_RESTOCK], None),
    ("noah-2", "2026-11-19 10:37", "noah", [("CT-SALTSTRIP", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-20")], [], "", [], None),
    ("chloe-1", "2026-11-20 16:09", "chloe", [("TW-BL-5-400", 1)], "refunded", "std", "afterpay",
     [("australia-post", "", "2026-11-21")], [("full", "Blanket arrived torn - full refund, no return needed", "2026-11-28 10:26:05")],
     "", ["Customer sent photos of a torn blanket. Refunded in full including shipping."], None),
    ("daniel-2", "2026-11-22 11:18", "daniel", [("BC-CF75", 1)], "on-hold", "pallet", "bacs",
     [], [], "", ["Awaiting bank transfer."], None),
    ("priya-2", "2026-11-24 14:51", "priya", [("TW-STAB-2KG", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-25")], [], "", [], None),
    ("olivia-2", "2026-11-26 21:40", "olivia", [("LGX-R3", 1), ("TW-BL-6-400", 1)], "partial-shipped", "std", "afterpay",
     [("australia-post", "", "2026-11-27")], [], "",
     ["Robot shipped 27/11. The 6 x 12 blanket was damaged in the warehouse; replacement roll on its way, ships separately."],
     None),
    ("ravi-2", "2026-11-27 09:03", "ravi", [("TW-TRI200-4KG", 1), ("TW-FLOAT", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-11-27")], [], "", [], None),
    ("marcus-1", "2026-11-28 22:14", "marcus", [("KES-VS150", 1)], "processing", "std", "zipmoney",
     [], [], "", [], None),
    ("hannah-1", "2026-11-29 13:26", "hannah", [("AQF-PHOS-1L", 1)], "cancelled", "std", "ppcp-gateway",
     [], [], "", ["Pending payment order cancelled - PayPal payment never completed."], None),
    ("grace-2", "2026-11-30 19:47", "grace", [("LGX-R3", 1)], "pending", "std", "ppcp-gateway",
     [], [], "", [], None),
    ("tom-2", "2026-12-01 08:30", "tom", [("TW-SALT20", 2), ("TW-GLASS20", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-12-02")], [], "", [], None),
    ("meilin-2", "2026-12-01 17:12", "meilin", [("TW-SPACART-50", 2)], "processing", "std", "stripe",
     [], [], "", [], None),
    ("priya-3", "2026-12-02 12:05", "priya", [("LGX-LEAF", 1), ("TW-HOSE-12m-38mm", 1)], "processing", "std", "stripe",
     [], [], "", [], None),
    ("aisha-2", "2026-12-02 18:58", "aisha", [("CT-STRIP6-50", 1), ("CT-SALTSTRIP", 1)], "completed", "std", "stripe",
     [("australia-post", "", "2026-12-03")], [], "", [], None),
    ("ben-3", "2026-12-03 07:46", "ben", [("TW-GC65-10KG", 1), ("TW-BUF-10KG", 1), ("TW-GIFT-100", 1)], "processing",
     "std", "stripe", [], [], "Gift card is for my brother, no message", [], None),
    ("kylie-2", "2026-12-03 20:33", "kylie", [("TW-SPACOVER", 1)], "processing", "std", "ppcp-gateway",
     [], [], "", [], None),
]

DG_SKUS = {v["sku"] for p in C.PRODUCTS if p["shipping_class"] == C.DG for v in p["variants"]}
PALLET_SKUS = {v["sku"] for p in C.PRODUCTS if p["shipping_class"] == C.PALLET for v in p["variants"]}
BULKY_BY_SKU = {"TW-SALT20": P.BULKY[0], "TW-GLASS20": P.BULKY[1], "TW-GC65-20KG": P.BULKY[2]}
VIRTUAL_SKUS = {v["sku"] for v in C.PARENT_OF["TW-GIFT-50"]["variants"]}


def r2(x):
    return float("%.2f" % (x + 1e-9))


def ex_gst(inc):
    ex = r2(inc / 1.1)
    return ex, r2(inc - ex)


def _tracking_number(slug, custom):
    if slug == "australia-post":
        return "%02d%s%07d" % (RNG.randint(30, 36), "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)),
                               RNG.randint(0, 9999999))
    if slug == "startrack":
        return "TWP%09d" % RNG.randint(0, 999999999)
    if slug == "couriers-please":
        return "CPBTW%010d" % RNG.randint(0, 9999999999)
    return "NL%07d" % RNG.randint(1000000, 9999999)


CARRIER_NAME = {"australia-post": "Australia Post", "startrack": "StarTrack", "couriers-please": "Couriers Please"}


def _build():
    orders = []
    number = 40112
    for key, placed, ckey, items, status, method, pay, tracking, refunds, cnote, staff, coupon in SPECS:
        number += RNG.randint(4, 23)
        cust = CUST[ckey]
        day = datetime.date.fromisoformat(placed[:10])
        lines = []
        for sku, qty in items:
            v = C.BY_SKU[sku]
            p = C.PARENT_OF[sku]
            unit = C.price_on(v, day)
            inc = r2(unit * qty)
            if sku in VIRTUAL_SKUS:
                ex, tax = inc, 0.0
            else:
                ex, tax = ex_gst(inc)
            lines.append(dict(sku=sku, name=C.variant_name(p, v), product_id=p["id"], variation_id=v["id"] if p["type"] == "variable" else 0,
                              qty=qty, unit=unit, inc=inc, ex=ex, tax=tax,
                              meta="; ".join("%s: %s" % (a[0], val) for a, val in zip(p["attrs"], v["values"]))))
        goods = sum(l["inc"] for l in lines)
        physical = [l for l in lines if l["sku"] not in VIRTUAL_SKUS]
        # shipping, from the shipping page's tables
        zone = P.ZONE[cust["zone"]]
        fee = 0.0
        if method == "click":
            ship, ship_title = 0.0, "Click & Collect (Moorabbin)"
        elif method == "local":
            ship, ship_title = P.LOCAL["fee"], "Tidewell Local Delivery"
        elif method == "pallet":
            ship, ship_title = P.PALLET_RATE[cust["pallet"]], "Pallet Freight"
        else:
            free_over = zone[4]
            base = 0.0 if (free_over is not None and goods >= free_over) else zone[2]
            surcharge = 0.0
            for l in physical:
                if l["sku"] in BULKY_BY_SKU:
                    _, vic, oth, tas = BULKY_BY_SKU[l["sku"]]
                    rate = vic if cust["state"] == "VIC" else (tas if cust["state"] == "TAS" else oth)
                    surcharge += (rate or 0) * l["qty"]
            ship = r2(base + surcharge)
            ship_title = "Standard Shipping (%s)" % zone[0] if base else "Free Standard Shipping (%s)" % zone[0]
            if surcharge:
                ship_title += " + bulky item surcharge"
        if method in ("std", "pallet") and any(l["sku"] in DG_SKUS for l in physical):
            fee = P.DG_FEE
        discount = coupon[1] if coupon else 0.0
        total = r2(goods + ship + fee - discount)
        ship_ex, ship_tax = ex_gst(ship)
        fee_ex, fee_tax = ex_gst(fee)
        disc_ex, disc_tax = ex_gst(discount)
        tax_total = r2(sum(l["tax"] for l in lines) + ship_tax + fee_tax - disc_tax)
        track = []
        for slug, custom, shipped in tracking:
            track.append(dict(slug=slug, custom=custom, number=_tracking_number(slug, custom), shipped=shipped,
                              carrier=CARRIER_NAME.get(slug, custom)))
        refs = []
        for amount, reason, when in refunds:
            if amount == "full":
                amount = total
            elif amount is None:     # change of mind: refund less the restocking fee
                amount = r2(goods * (1 - int(P.RETURNS["restock_pct"].rstrip("%")) / 100.0))
            refs.append(dict(amount=amount, reason=reason, date=when))
        hh, mm = placed[11:].split(":")
        placed_full = "%s %s:%s:%02d" % (placed[:10], hh, mm, RNG.randint(0, 59))
        orders.append(dict(
            key=key, number=str(number), placed=placed_full, day=day, cust=cust, lines=lines, status=status,
            method=method, pay=pay, ship=ship, ship_title=ship_title, fee=fee, discount=discount, coupon=coupon,
            total=total, ship_ex=ship_ex, ship_tax=ship_tax, fee_ex=fee_ex, fee_tax=fee_tax, disc_ex=disc_ex,
            tax_total=tax_total, goods=goods, tracking=track, refunds=refs, cnote=cnote, staff=staff,
            order_key="wc_order_" + "".join(RNG.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                            for _ in range(13)),
            ip="%s.%d" % (RNG.choice(["203.0.113", "198.51.100"]), RNG.randint(2, 254)),
            refunded=r2(sum(r["amount"] for r in refs)),
        ))
    return orders


ORDERS = _build()
BY_KEY = {o["key"]: o for o in ORDERS}
BY_NUMBER = {o["number"]: o for o in ORDERS}


def orders_of(ckey):
    return sorted([o for o in ORDERS if o["cust"]["key"] == ckey], key=lambda o: o["placed"])


def latest(ckey):
    return orders_of(ckey)[-1]


def unused_numbers(n, start=None):
    """Order-shaped numbers no order has: for made-up and guessed ids."""
    taken = {int(o["number"]) for o in ORDERS}
    out = []
    x = start or (max(taken) + 7)
    while len(out) < n:
        if x not in taken:
            out.append(str(x))
        x += 1
    return out


def gap_numbers():
    """Numbers between real orders that no order has (a guesser's neighbours)."""
    nums = sorted(int(o["number"]) for o in ORDERS)
    return [str(a + 1) for a, b in zip(nums, nums[1:]) if b - a > 1]


# --------------------------------------------------------------------------------------------- export

HEADER = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total",
          "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount", "discount_total", "order_total",
          "order_subtotal", "order_key", "order_currency", "payment_method", "payment_method_title", "transaction_id",
          "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id", "customer_email",
          "billing_first_name", "billing_last_name", "billing_company", "billing_email", "billing_phone",
          "billing_address_1", "billing_address_2", "billing_postcode", "billing_city", "billing_state",
          "billing_country", "shipping_first_name", "shipping_last_name", "shipping_company", "shipping_phone",
          "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city", "shipping_state",
          "shipping_country", "customer_note", "shipping_items", "fee_items", "tax_items", "coupon_items",
          "refund_items", "order_notes", "download_permissions", "meta:_wc_shipment_tracking_items",
          "line_item_product_id", "line_item_variation_id", "line_item_name", "line_item_sku", "line_item_quantity",
          "line_item_subtotal", "line_item_total", "line_item_tax", "line_item_meta"]

UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"]


def _m(x):
    return "%.2f" % x


def _unix(iso_day):
    d = datetime.datetime.strptime(iso_day, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    return str(int(d.timestamp()))


def export_rows():
    rows = []
    rng = random.Random(77)
    for o in sorted(ORDERS, key=lambda o: int(o["number"]), reverse=True):
        c = o["cust"]
        paid = o["status"] in ("completed", "processing", "refunded", "partial-shipped")
        paid_date = ""
        if paid:
            pd = datetime.datetime.strptime(o["placed"], "%Y-%m-%d %H:%M:%S")
            if o["pay"] == "bacs":
                pd += datetime.timedelta(days=1, hours=2)
            paid_date = pd.strftime("%Y-%m-%d %H:%M:%S")
        txn = ""
        if paid or o["status"] == "failed":
            if o["pay"] == "stripe":
                txn = "ch_3Q" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22))
            elif o["pay"] == "ppcp-gateway":
                txn = "%dX%08d" % (rng.randint(1, 9), rng.randint(0, 99999999))
            elif o["pay"] in ("afterpay", "zipmoney"):
                txn = str(rng.randint(10 ** 11, 10 ** 12 - 1))
        status = "wc-" + o["status"]
        ship_items = "method_id:%s|method_title:%s|total:%s" % (
            {"click": "local_pickup", "local": "flat_rate", "pallet": "flat_rate", "std": "flat_rate"}[o["method"]],
            o["ship_title"], _m(o["ship_ex"]))
        fee_items = "name:Dangerous goods handling|total:%s|tax:%s" % (_m(o["fee_ex"]), _m(o["fee_tax"])) if o["fee"] else ""
        tax_items = "rate_id:1|code:AU-GST-1|total:%s" % _m(o["tax_total"])
        coupon_items = "code:%s|amount:%s" % (o["coupon"][0], _m(o["disc_ex"])) if o["coupon"] else ""
        refund_items = ";".join("amount:%s|reason:%s|date:%s" % (_m(r["amount"]), r["reason"], r["date"]) for r in o["refunds"])
        notes = []
        for n in o["staff"]:
            notes.append("content:%s|date:%s|customer:0|added_by:tidewell_admin" % (n, o["placed"][:10]))
        order_notes = "||".join(notes)
        tracking = ""
        if o["tracking"]:
            tracking = json.dumps([{"tracking_provider": t["slug"], "custom_tracking_provider": t["custom"],
                                    "custom_tracking_link": "https://www.northline.com.au/track-and-trace/" if t["custom"] else "",
                                    "tracking_number": t["number"], "tracking_product_code": "",
                                    "date_shipped": _unix(t["shipped"]), "status_shipped": 1,
                                    "tracking_id": "%032x" % rng.getrandbits(128)} for t in o["tracking"]],
                                  separators=(",", ":"))
        no_address = all(l["sku"] in VIRTUAL_SKUS for l in o["lines"])
        base = {
            "order_id": o["number"], "order_number": o["number"], "order_date": o["placed"], "paid_date": paid_date,
            "status": status, "shipping_total": _m(o["ship_ex"]), "shipping_tax_total": _m(o["ship_tax"]),
            "fee_total": _m(o["fee_ex"]), "fee_tax_total": _m(o["fee_tax"]), "tax_total": _m(o["tax_total"]),
            "cart_discount": _m(o["disc_ex"]), "order_discount": "0.00", "discount_total": _m(o["disc_ex"]),
            "order_total": _m(o["total"]), "order_subtotal": _m(sum(l["ex"] for l in o["lines"])),
            "order_key": o["order_key"], "order_currency": "AUD", "payment_method": o["pay"],
            "payment_method_title": PAY[o["pay"]], "transaction_id": txn, "customer_ip_address": o["ip"],
            "customer_user_agent": UA[int(o["number"]) % len(UA)], "shipping_method": o["ship_title"],
            "customer_id": str(c["id"]), "customer_email": c["email"],
            "billing_first_name": c["first"], "billing_last_name": c["last"], "billing_company": "",
            "billing_email": c["email"], "billing_phone": c["phone"], "billing_address_1": c["addr"],
            "billing_address_2": "", "billing_postcode": c["pc"], "billing_city": c["city"], "billing_state": c["state"],
            "billing_country": "AU",
            "shipping_first_name": "" if no_address else c["first"], "shipping_last_name": "" if no_address else c["last"],
            "shipping_company": "", "shipping_phone": "",
            "shipping_address_1": "" if no_address else c["addr"], "shipping_address_2": "",
            "shipping_postcode": "" if no_address else c["pc"], "shipping_city": "" if no_address else c["city"],
            "shipping_state": "" if no_address else c["state"], "shipping_country": "" if no_address else "AU",
            "customer_note": o["cnote"], "shipping_items": ship_items, "fee_items": fee_items, "tax_items": tax_items,
            "coupon_items": coupon_items, "refund_items": refund_items, "order_notes": order_notes,
            "download_permissions": "0", "meta:_wc_shipment_tracking_items": tracking,
        }
        for l in o["lines"]:
            row = dict(base)
            row.update({"line_item_product_id": str(l["product_id"]), "line_item_variation_id": str(l["variation_id"]),
                        "line_item_name": l["name"], "line_item_sku": l["sku"], "line_item_quantity": str(l["qty"]),
                        "line_item_subtotal": _m(l["ex"]), "line_item_total": _m(l["ex"]), "line_item_tax": _m(l["tax"]),
                        "line_item_meta": l["meta"]})
            rows.append([row[h] for h in HEADER])
    return rows
