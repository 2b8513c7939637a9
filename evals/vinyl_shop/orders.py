"""Groove Crate's customers and orders: the data that writes Shopify's customers CSV export and the Admin REST API's
orders.json, and that the cases read.

Prices in an order are what the catalog charged on the day the order was placed (a sale counts only inside its
window). GST (1/11 of a GST-inclusive price) is worked out per line and on shipping, as Shopify does with
`taxes_included: true`.
"""
import datetime
import random
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as P

D = Decimal
CENT = D("0.01")
RNG = random.Random(20431)


def q2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def gst(x):
    return q2(D(x) / 11)


# ------------------------------------------------------------------------------------------------ customers
def cust(key, first, last, email, phone, address1, city, province, zip_, country="AU", address2="",
         accepts_email="yes", accepts_sms="no", tags="", note="", company=""):
    return {"key": key, "first": first, "last": last, "email": email, "phone": phone, "address1": address1,
            "address2": address2, "city": city, "province": province, "zip": zip_, "country": country,
            "accepts_email": accepts_email, "accepts_sms": accepts_sms, "tags": tags, "note": note,
            "company": company}


CUSTOMERS = [
    cust("jess", "Jess", "Tran", "jess.tran@example.com", "+61 412 558 203", "14 Best Street", "Fitzroy North",
         "VIC", "3068", tags="newsletter, listening bar"),
    cust("liam", "Liam", "O'Connor", "liam.oconnor@example.net", "+61 438 901 447", "27 Autumn Street",
         "Geelong West", "VIC", "3218", accepts_email="no"),
    cust("priya", "Priya", "Sharma", "priya.sharma@example.com", "+61 421 330 915", "9/112 Lygon Street",
         "Brunswick East", "VIC", "3057", tags="newsletter"),
    cust("tom", "Tom", "Whitfield", "tom.whitfield@example.org", "+61 401 227 864", "41 Wilson Street", "Newtown",
         "NSW", "2042", tags="used vinyl"),
    cust("aroha", "Aroha", "Ngata", "aroha.ngata@example.co.nz", "+64 21 448 193", "18 Ponsonby Terrace",
         "Auckland", "AUK", "1011", country="NZ"),
    cust("ben", "Ben", "Castellano", "ben.castellano@example.com", "+61 447 812 066", "6 Douro Place",
         "Fremantle", "WA", "6160"),
    cust("meilin", "Mei Lin", "Chow", "meilin.chow@example.net", "+61 433 675 210", "3 Bank Street", "Box Hill",
         "VIC", "3128", accepts_sms="yes"),
    cust("sophie", "Sophie", "Grant", "sophie.grant@example.com", "+61 419 004 382", "55 Hampden Road",
         "Battery Point", "TAS", "7004"),
    cust("daniel", "Daniel", "Okafor", "dan.okafor@example.com", "+61 455 190 738", "212 Lydiard Street North",
         "Ballarat", "VIC", "3350"),
    cust("chloe", "Chloe", "Nguyen", "chloe.nguyen@example.org", "+61 402 663 519", "8 Merthyr Road", "New Farm",
         "QLD", "4005", tags="newsletter"),
    cust("marcus", "Marcus", "Webb", "marcus.webb@example.com", "+61 411 872 905", "77 Mitchell Street",
         "Northcote", "VIC", "3070", tags="VIP, hi-fi", note="Prefers a call before large deliveries."),
    cust("hannah", "Hannah", "Kowalski", "hannah.k@example.net", "+61 428 117 640", "19 Osmond Terrace",
         "Norwood", "SA", "5067"),
    cust("raj", "Raj", "Patel", "raj.patel@example.com", "+61 431 509 274", "5 Albert Street", "Footscray",
         "VIC", "3011", tags="trade-in"),
    cust("grace", "Grace", "Lim", "grace.lim@example.org", "+61 409 345 871", "23 Lonsdale Street", "Braddon",
         "ACT", "2612"),
    cust("oliver", "Oliver", "Brooks", "oliver.brooks@example.com", "+61 488 902 315", "10 Knuckey Street",
         "Darwin City", "NT", "0800"),
    cust("ana", "Ana", "Torres", "ana.torres@example.net", "+61 414 761 092", "31 Hope Street", "Brunswick",
         "VIC", "3056", accepts_email="no"),
]
CUST = {c["key"]: c for c in CUSTOMERS}

GUESTS = {
    "kat": cust("kat", "Kat", "Morrison", "kat.morrison@example.com", "+61 413 220 578", "90 Cambridge Street",
                "Collingwood", "VIC", "3066"),
    "sam": cust("sam", "Sam", "Reid", "sam.reid@example.net", "+61 439 781 026", "14 View Street", "Bendigo",
                "VIC", "3550"),
    "lucy": cust("lucy", "Lucy", "Harrington", "lucy.h@example.org", "+61 403 559 184", "301 Crown Street",
                 "Surry Hills", "NSW", "2010"),
    "jake": cust("jake", "Jake", "Fisher", "jake.fisher@example.com", "+61 417 604 339", "12 Cimitiere Street",
                 "Launceston", "TAS", "7250"),
}

PROVINCES = {"VIC": "Victoria", "NSW": "New South Wales", "QLD": "Queensland", "SA": "South Australia",
             "WA": "Western Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
             "NT": "Northern Territory", "AUK": "Auckland"}
COUNTRIES = {"AU": "Australia", "NZ": "New Zealand"}

# Used copies sold before this feed was written: each copy is unique, so they have left the feed.
SOLD_ITEMS = {
    "USD-0112": {"title": "Koorong Bay Collective - Red Earth LP (Used, 1974 AU pressing) VG/VG",
                 "price": D("38.00"), "vendor": "Southern Cross Records"},
    "USD-0101": {"title": "The Marigold Set - Sunday Papers LP (Used, 1968 UK first pressing) VG+/VG",
                 "price": D("165.00"), "vendor": "Marigold"},
}

# ------------------------------------------------------------------------------------------------ shipping lines
def zone_line(zone, express=False):
    z = P.ZONE[zone]
    if express:
        return ("Express - " + zone, D(z["express"]))
    return ("Standard - " + zone, D(z["standard"]))


LARGE_METRO = ("Large items - Metro Melbourne (StarTrack)", D(P.LARGE_RATES[0][1]))
LARGE_REST = ("Large items - Rest of Australia (StarTrack)", D(P.LARGE_RATES[1][1]))
FREE = ("Free standard shipping (orders over $%d)" % P.FREE_OVER, D("0.00"))
PICKUP = ("Click & Collect - Fitzroy", D("0.00"))
NZ = ("New Zealand - Australia Post International", D(P.ZONE["New Zealand"]["standard"]))

AUSPOST = "Australia Post"
STARTRACK = "StarTrack"


def order(num, date, time, who, items, ship, gateway="shopify_payments", fulfil=None, refunds=None, cancel=None,
          financial=None, discount=None, note=None, source="web"):
    """fulfil: list of (item ids or "all", carrier or None, shipment_status, days after the order)."""
    return {"num": num, "date": date, "time": time, "who": who, "items": items, "ship": ship,
            "gateway": gateway, "fulfil": fulfil or [], "refunds": refunds or [], "cancel": cancel,
            "financial": financial, "discount": discount, "note": note, "source": source}


d = datetime.date
ORDER_SPECS = [
    order(20431, d(2026, 9, 14), "10:42:18", "marcus", [("TT-HDD7", 1), ("CRT-OM20", 1), ("PRE-MPB", 1)],
          LARGE_METRO, fulfil=[("all", STARTRACK, "delivered", 1)]),
    order(20432, d(2026, 9, 22), "09:15:03", "jess", [("MKSH-BLK", 1), ("SLV-IN12-50", 1)],
          zone_line("Metro Melbourne"), fulfil=[("all", AUSPOST, "delivered", 0)]),
    order(20433, d(2026, 10, 3), "16:20:44", "liam", [("KT2-BLK", 1), ("KA30-BLK", 1)], LARGE_REST,
          fulfil=[("all", STARTRACK, "delivered", 2)]),
    order(20434, d(2026, 10, 9), "21:05:37", "tom", [("USD-0171", 1), ("VDSL-RED", 1)],
          zone_line("Interstate capitals"), gateway="paypal", fulfil=[("all", AUSPOST, "delivered", 1)]),
    order(20435, d(2026, 10, 15), "12:31:09", "guest:kat", [("CARE-BRSH", 1), ("FLD-250", 1)], PICKUP,
          fulfil=[("all", None, None, 0)]),
    order(20436, d(2026, 10, 21), "08:47:52", "priya", [("HLNF-BLK", 1), ("JSTD-12", 1)],
          zone_line("Metro Melbourne"), fulfil=[("all", AUSPOST, "delivered", 0)],
          refunds=[{"days": 9, "lines": [("HLNF-BLK", 1)], "shipping": False, "amount": None,
                    "note": "Disc 2 warped, no replacement in stock"}]),
    order(20437, d(2026, 10, 28), "19:58:11", "ben", [("HP-MHP1", 1)], zone_line("WA, NT and Tasmania"),
          fulfil=[("all", AUSPOST, "delivered", 1)],
          refunds=[{"days": 15, "lines": [("HP-MHP1", 1)], "shipping": True, "amount": None,
                    "note": "Faulty: left driver buzzes. Returned, refunded in full"}]),
    order(20438, d(2026, 11, 2), "07:12:40", "aroha", [("MKSH-SBM", 1), ("NLP-KBEU", 1)], NZ,
          fulfil=[("all", "Australia Post International", "delivered", 1)]),
    order(20439, d(2026, 11, 5), "13:44:26", "meilin", [("GIFT-100", 1)], None,
          fulfil=[("all", None, None, 0)]),
    order(20440, d(2026, 11, 8), "11:03:58", "daniel", [("KT1-WHT", 1), ("STY-RS36", 1)], LARGE_REST,
          cancel={"days": 1, "reason": "customer"},
          refunds=[{"days": 1, "lines": [("KT1-WHT", 1), ("STY-RS36", 1)], "shipping": True, "amount": None,
                    "note": "Cancelled at customer's request before dispatch", "restock": "cancel"}],
          note="Customer changed his mind before dispatch."),
    order(20441, d(2026, 11, 12), "10:26:15", "sophie", [("USD-0112", 1), ("SLV-OUT12-25", 1)],
          zone_line("WA, NT and Tasmania"), fulfil=[("all", AUSPOST, "delivered", 0)]),
    order(20442, d(2026, 11, 16), "15:37:02", "chloe", [("MB5-WAL", 1)], LARGE_REST,
          fulfil=[("all", STARTRACK, "delivered", 1)],
          refunds=[{"days": 8, "lines": [], "shipping": False, "amount": D("70.00"),
                    "note": "Goodwill: scuffed corner on one cabinet, customer kept the speakers"}]),
    order(20443, d(2026, 11, 19), "20:14:49", "hannah", [("DEPS-ORS", 1), ("NAGH-GLD", 1), ("SLV-OUT7-50", 1)],
          zone_line("Interstate capitals"), fulfil=[("all", AUSPOST, "delivered", 1)],
          discount={"code": "VINYLCLUB10", "percent": 10}),
    order(20444, d(2026, 11, 22), "09:58:33", "guest:sam", [("CRT-OM10", 1)], zone_line("Regional Victoria"),
          fulfil=[("all", AUSPOST, "delivered", 1)]),
    order(20445, d(2026, 11, 24), "18:22:07", "raj", [("CRT-TMC1", 1), ("PRE-MPB", 1)], FREE, gateway="paypal",
          fulfil=[("all", AUSPOST, "delivered", 1)]),
    order(20446, d(2026, 11, 27), "08:01:12", "jess", [("RSD-HLLF", 1), ("MKTW-SEA", 1), ("JSLT-BLK", 1)], FREE,
          fulfil=[(["RSD-HLLF", "JSLT-BLK"], AUSPOST, "delivered", 3)]),
    order(20447, d(2026, 11, 27), "08:06:55", "grace", [("RSD-SFBS", 1), ("VDSL-BLK", 1)],
          zone_line("Interstate capitals"), fulfil=[("all", AUSPOST, "delivered", 3)]),
    order(20448, d(2026, 11, 28), "14:49:31", "guest:lucy", [("KSC-SND", 1), ("MAT-LOGO", 1)], FREE,
          fulfil=[("all", AUSPOST, "in_transit", 5)]),
    order(20449, d(2026, 11, 29), "17:33:20", "oliver", [("USD-0101", 1), ("NLP-KBEU", 1)], FREE,
          fulfil=[("all", AUSPOST, "in_transit", 2)]),
    order(20450, d(2026, 11, 30), "22:10:46", "priya", [("CRATE-BB", 1), ("SLV-OUT12-100", 1)], LARGE_METRO,
          gateway="Afterpay", cancel={"days": 0, "reason": "customer"}, financial="voided"),
    order(20451, d(2026, 12, 1), "11:27:39", "marcus", [("MD1-WAL", 1), ("PRE-HVP", 1), ("SPK-HT8", 1)],
          LARGE_METRO, fulfil=[(["MD1-WAL", "PRE-HVP"], STARTRACK, "in_transit", 2)]),
    order(20452, d(2026, 12, 1), "16:05:14", "ben", [("KT0-BLK", 1), ("CRT-OM5P", 1)], LARGE_REST,
          fulfil=[("all", STARTRACK, "out_for_delivery", 1)]),
    order(20453, d(2026, 12, 2), "19:41:08", "guest:jake", [("JSTD-7", 1), ("SGL-VDRH", 1), ("SLV-OUT7-50", 1)],
          zone_line("WA, NT and Tasmania"), gateway="Bank Deposit", financial="pending"),
    order(20454, d(2026, 12, 2), "13:18:27", "daniel", [("KT2-WAL", 1), ("STY-OS10", 1)], LARGE_REST),
    order(20455, d(2026, 12, 3), "10:02:51", "tom", [("PRE-VDLF", 1)], zone_line("Interstate capitals")),
    order(20456, d(2026, 12, 3), "15:55:36", "hannah", [("KA30-WAL", 1), ("CUBE-WHT", 1)], LARGE_REST),
    order(20457, d(2026, 12, 4), "09:34:22", "meilin", [("MKSH-BLK", 1), ("CARE-KIT", 1)], PICKUP),
    order(20458, d(2026, 12, 4), "10:12:05", "jess", [("KPH1-BLK", 1), ("FLD-1L", 1)],
          zone_line("Metro Melbourne"), fulfil=[("all", AUSPOST, "in_transit", 0)]),
    order(20459, d(2026, 12, 4), "12:47:58", "liam", [("PRE-MPB", 1)], FREE, gateway="Afterpay"),
    order(20460, d(2026, 12, 4), "21:30:17", "chloe", [("NAGH-BLK", 1), ("JSTD-12", 1), ("SLV-OUT12-50", 1)],
          zone_line("Interstate capitals"), gateway="Bank Deposit", financial="pending"),
]


# ------------------------------------------------------------------------------------------------ builders
def offset(day):
    return "+11:00" if day >= d(2026, 10, 4) else "+10:00"  # AEDT from Sunday 4 October 2026


def stamp(day, time):
    return "%sT%s%s" % (day.isoformat(), time, offset(day))


def money_set(x):
    s = str(q2(x))
    return {"shop_money": {"amount": s, "currency_code": "AUD"},
            "presentment_money": {"amount": s, "currency_code": "AUD"}}


def num_id(base, n):
    return base + n


def _letters(n):
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def tracking(carrier):
    if carrier == AUSPOST:
        t = "33" + _letters(3) + "5" + _digits(7) + "01000" + _digits(5)
        return t, "https://auspost.com.au/mypost/track/details/" + t
    if carrier == STARTRACK:
        t = _letters(4) + _digits(8)
        return t, "https://startrack.com.au/track/details/" + t
    if carrier == "Australia Post International":
        t = "LX" + _digits(9) + "AU"
        return t, "https://auspost.com.au/mypost/track/details/" + t
    return None, None


PRODUCT_NUM = {p["id"]: 8801234500000 + i * 7919 for i, p in enumerate(C.PRODUCTS)}
VARIANT_NUM = {iid: 45012345600000 + i * 131 for i, iid in enumerate(C.ITEMS)}


def line_info(iid, day):
    if iid in SOLD_ITEMS:
        s = SOLD_ITEMS[iid]
        return {"title": s["title"], "variant_title": None, "name": s["title"], "price": s["price"],
                "vendor": s["vendor"], "product_id": 8801234599000 + int(iid[-3:]),
                "variant_id": 45012345699000 + int(iid[-3:]), "exists": False, "gift": False,
                "ship": True, "grams": 400}
    it = C.ITEMS[iid]
    p = it["product"]
    vt = it["value"] if p["grouped"] else None
    grams = int(D(p["weight"].split()[0]) * 1000)
    return {"title": p["name"], "variant_title": vt, "name": p["name"] + (" - " + vt if vt else ""),
            "price": C.current_price(it, day), "vendor": p["brand"], "product_id": PRODUCT_NUM[p["id"]],
            "variant_id": VARIANT_NUM[iid], "exists": True, "gift": p["type"] == C.T_GIFT,
            "ship": p["type"] != C.T_GIFT, "grams": grams}


def who_of(spec):
    w = spec["who"]
    if w.startswith("guest:"):
        return GUESTS[w[6:]], True
    return CUST[w], False


def address(c):
    return {"first_name": c["first"], "address1": c["address1"], "phone": c["phone"], "city": c["city"],
            "zip": c["zip"], "province": PROVINCES[c["province"]], "country": COUNTRIES[c["country"]],
            "last_name": c["last"], "address2": c["address2"] or None, "company": c["company"] or None,
            "latitude": None, "longitude": None, "name": "%s %s" % (c["first"], c["last"]),
            "country_code": c["country"], "province_code": c["province"]}


def build():
    """Returns (orders as written, facts per order number)."""
    RNG.seed(20431)
    out = []
    facts = {}
    for n, spec in enumerate(ORDER_SPECS):
        c, guest = who_of(spec)
        day = spec["date"]
        oid = 6123456780000 + n * 1013
        created = stamp(day, spec["time"])
        lines = []
        subtotal_before = D("0")
        for k, (iid, qty) in enumerate(spec["items"]):
            li = line_info(iid, day)
            lines.append((iid, qty, li, 16234567890000 + n * 100 + k))
            subtotal_before += li["price"] * qty
        disc_total = D("0")
        alloc = {}
        if spec["discount"]:
            pct = D(spec["discount"]["percent"]) / 100
            for iid, qty, li, lid in lines:
                a = q2(li["price"] * qty * pct)
                alloc[lid] = a
                disc_total += a
        ship_title, ship_price = spec["ship"] if spec["ship"] else (None, D("0"))
        subtotal = subtotal_before - disc_total
        total = subtotal + ship_price
        line_tax = {lid: gst(li["price"] * qty - alloc.get(lid, D("0"))) for iid, qty, li, lid in lines}
        ship_tax = gst(ship_price)
        total_tax = sum(line_tax.values(), D("0")) + ship_tax
        grams = sum(li["grams"] * qty for iid, qty, li, lid in lines)

        # fulfilments
        fulfilled_ids = set()
        fulfillments = []
        shipments = []
        for k, (which, carrier, status, days) in enumerate(spec["fulfil"]):
            ids = [l[0] for l in lines] if which == "all" else which
            fulfilled_ids.update(ids)
            fday = day + datetime.timedelta(days=days)
            ftime = "15:%02d:%02d" % (10 + k * 7, (n * 13) % 60)
            tnum, turl = tracking(carrier)
            fl = []
            for iid, qty, li, lid in lines:
                if iid in ids:
                    fl.append(_line_json(iid, qty, li, lid, line_tax[lid], alloc.get(lid), fulfilled=True))
            fulfillments.append({
                "id": 5012345670000 + n * 10 + k,
                "admin_graphql_api_id": "gid://shopify/Fulfillment/%d" % (5012345670000 + n * 10 + k),
                "created_at": stamp(fday, ftime),
                "location_id": 71234567811,
                "name": "#%d.%d" % (spec["num"], k + 1),
                "order_id": oid,
                "origin_address": {},
                "receipt": {},
                "service": "manual",
                "shipment_status": status,
                "status": "success",
                "tracking_company": carrier,
                "tracking_number": tnum,
                "tracking_numbers": [tnum] if tnum else [],
                "tracking_url": turl,
                "tracking_urls": [turl] if turl else [],
                "updated_at": stamp(fday, ftime),
                "line_items": fl,
            })
            shipments.append({"items": ids, "carrier": carrier, "status": status, "tracking": tnum,
                              "shipped": fday})
        all_ids = [l[0] for l in lines]
        if not fulfilled_ids:
            fstatus = None
        elif set(all_ids) <= fulfilled_ids:
            fstatus = "fulfilled"
        else:
            fstatus = "partial"

        # refunds
        refunds_json = []
        refunded = D("0")
        refunded_lines_value = D("0")
        for k, r in enumerate(spec["refunds"]):
            rday = day + datetime.timedelta(days=r["days"])
            rid = 9123456780000 + n * 10 + k
            rli = []
            amount = D("0")
            for iid, qty in r["lines"]:
                for liid, lqty, li, lid in lines:
                    if liid == iid:
                        sub = li["price"] * qty - alloc.get(lid, D("0"))
                        amount += sub
                        refunded_lines_value += sub
                        rli.append({"id": 11234567890000 + n * 100 + k * 10 + len(rli),
                                    "line_item_id": lid, "location_id": 71234567811, "quantity": qty,
                                    "restock_type": r.get("restock", "return"),
                                    "subtotal": float(sub), "subtotal_set": money_set(sub),
                                    "total_tax": float(gst(sub)), "total_tax_set": money_set(gst(sub)),
                                    "line_item": _line_json(iid, qty, li, lid, line_tax[lid], alloc.get(lid),
                                                            fulfilled=iid in fulfilled_ids)})
            adjustments = []
            if r["shipping"] and ship_price:
                amount += ship_price
                adjustments.append({"id": 3123456780000 + n * 10 + k, "amount": str(-ship_price),
                                    "amount_set": money_set(-ship_price), "kind": "shipping_refund",
                                    "order_id": oid, "reason": "Shipping refund", "refund_id": rid,
                                    "tax_amount": str(-ship_tax), "tax_amount_set": money_set(-ship_tax)})
            if r["amount"] is not None:
                amount += r["amount"]
                adjustments.append({"id": 3123456780000 + n * 10 + k, "amount": str(-r["amount"]),
                                    "amount_set": money_set(-r["amount"]), "kind": "refund_discrepancy",
                                    "order_id": oid, "reason": "Refund discrepancy", "refund_id": rid,
                                    "tax_amount": str(-gst(r["amount"])), "tax_amount_set": money_set(-gst(r["amount"]))})
            amount = q2(amount)
            refunded += amount
            rstamp = stamp(rday, "11:%02d:00" % (20 + k))
            refunds_json.append({
                "id": rid,
                "admin_graphql_api_id": "gid://shopify/Refund/%d" % rid,
                "created_at": rstamp,
                "note": r["note"],
                "order_id": oid,
                "processed_at": rstamp,
                "restock": bool(r["lines"]) and r.get("restock", "return") != "no_restock",
                "total_duties_set": money_set(0),
                "user_id": 81234567801,
                "order_adjustments": adjustments,
                "transactions": [{
                    "id": 7123456780000 + n * 10 + k,
                    "admin_graphql_api_id": "gid://shopify/OrderTransaction/%d" % (7123456780000 + n * 10 + k),
                    "amount": str(amount),
                    "authorization": None,
                    "created_at": rstamp,
                    "currency": "AUD",
                    "device_id": None,
                    "error_code": None,
                    "gateway": spec["gateway"],
                    "kind": "refund",
                    "location_id": None,
                    "message": "Refund processed",
                    "order_id": oid,
                    "parent_id": 7123456700000 + n,
                    "payment_id": "c%d.2" % (31234567890 + n),
                    "processed_at": rstamp,
                    "receipt": {},
                    "source_name": "1830279",
                    "status": "success",
                    "test": False,
                    "user_id": 81234567801,
                }],
                "refund_line_items": rli,
                "duties": [],
            })

        if spec["financial"]:
            fin = spec["financial"]
        elif refunded and refunded >= total:
            fin = "refunded"
        elif refunded:
            fin = "partially_refunded"
        else:
            fin = "paid"

        cancelled_at = None
        cancel_reason = None
        closed_at = None
        if spec["cancel"]:
            cday = day + datetime.timedelta(days=spec["cancel"]["days"])
            cancelled_at = stamp(cday, "23:05:00" if cday == day else "09:40:00")
            cancel_reason = spec["cancel"]["reason"]
            closed_at = cancelled_at
        elif fstatus == "fulfilled" and fin in ("paid", "refunded", "partially_refunded"):
            last = max(s["shipped"] for s in shipments)
            closed_at = stamp(last, "18:00:00")

        if fin == "voided":
            current_total = D("0")
        else:
            removed = refunded_lines_value + (ship_price if any(r["shipping"] for r in spec["refunds"]) else 0)
            current_total = total - removed
        current_tax = gst(current_total) if current_total else D("0")
        outstanding = total if fin == "pending" else D("0")

        line_json = [_line_json(iid, qty, li, lid, line_tax[lid], alloc.get(lid),
                                fulfilled=iid in fulfilled_ids, cancelled=bool(spec["cancel"]))
                     for iid, qty, li, lid in lines]
        token = "%032x" % (RNG.getrandbits(128))
        email = c["email"]
        o = {
            "id": oid,
            "admin_graphql_api_id": "gid://shopify/Order/%d" % oid,
            "app_id": 580111,
            "browser_ip": "203.%d.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254)),
            "buyer_accepts_marketing": c["accepts_email"] == "yes",
            "cancel_reason": cancel_reason,
            "cancelled_at": cancelled_at,
            "cart_token": "Z2NwLXVzLWVhc3QxOjAxSj%s" % _letters(14),
            "checkout_id": 36123456780000 + n,
            "checkout_token": "%032x" % (RNG.getrandbits(128)),
            "client_details": {"accept_language": "en-AU", "browser_height": None, "browser_ip": None,
                               "browser_width": None, "session_hash": None,
                               "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"},
            "closed_at": closed_at,
            "confirmation_number": _letters(9),
            "confirmed": True,
            "contact_email": email,
            "created_at": created,
            "currency": "AUD",
            "current_subtotal_price": str(q2(current_total - (0 if fin == "voided" else ship_price)
                                            if current_total else 0)),
            "current_total_discounts": str(q2(disc_total)),
            "current_total_price": str(q2(current_total)),
            "current_total_tax": str(q2(current_tax)),
            "customer_locale": "en-AU",
            "discount_codes": ([{"code": spec["discount"]["code"], "amount": str(q2(disc_total)),
                                 "type": "percentage"}] if spec["discount"] else []),
            "email": email,
            "estimated_taxes": False,
            "financial_status": fin,
            "fulfillment_status": fstatus,
            "landing_site": "/collections/new-vinyl",
            "name": "#%d" % spec["num"],
            "note": spec["note"],
            "note_attributes": [],
            "number": spec["num"] - 1000,
            "order_number": spec["num"],
            "order_status_url": "https://groovecrate.com.au/61873459211/orders/%s/authenticate?key=%s"
                                % (token, "%032x" % RNG.getrandbits(128)),
            "payment_gateway_names": [spec["gateway"]],
            "phone": None,
            "presentment_currency": "AUD",
            "processed_at": created,
            "reference": None,
            "source_name": spec["source"],
            "subtotal_price": str(q2(subtotal)),
            "subtotal_price_set": money_set(subtotal),
            "tags": "",
            "tax_lines": [{"price": str(q2(total_tax)), "rate": 0.1, "title": "GST", "channel_liable": False,
                           "price_set": money_set(total_tax)}],
            "taxes_included": True,
            "test": False,
            "token": token,
            "total_discounts": str(q2(disc_total)),
            "total_discounts_set": money_set(disc_total),
            "total_line_items_price": str(q2(subtotal_before)),
            "total_line_items_price_set": money_set(subtotal_before),
            "total_outstanding": str(q2(outstanding)),
            "total_price": str(q2(total)),
            "total_price_set": money_set(total),
            "total_shipping_price_set": money_set(ship_price),
            "total_tax": str(q2(total_tax)),
            "total_tax_set": money_set(total_tax),
            "total_weight": grams,
            "updated_at": created,
            "user_id": None,
            "billing_address": address(c),
            "customer": None if guest else _customer_json(c),
            "discount_applications": ([{"target_type": "line_item", "type": "discount_code", "value":
                                        "%d.0" % spec["discount"]["percent"], "value_type": "percentage",
                                        "allocation_method": "across", "target_selection": "all",
                                        "code": spec["discount"]["code"]}] if spec["discount"] else []),
            "fulfillments": fulfillments,
            "line_items": line_json,
            "payment_terms": None,
            "refunds": refunds_json,
            "shipping_address": address(c) if ship_title and ship_title != PICKUP[0] else None,
            "shipping_lines": ([{"id": 4412345670000 + n, "carrier_identifier": None,
                                 "code": ship_title, "discounted_price": str(q2(ship_price)),
                                 "discounted_price_set": money_set(ship_price), "is_removed": False,
                                 "phone": None, "price": str(q2(ship_price)), "price_set": money_set(ship_price),
                                 "requested_fulfillment_service_id": None,
                                 "source": "shopify", "title": ship_title,
                                 "tax_lines": [{"channel_liable": False, "price": str(ship_tax),
                                                "price_set": money_set(ship_tax), "rate": 0.1,
                                                "title": "GST"}],
                                 "discount_allocations": []}] if ship_title else []),
        }
        if guest:
            o["tags"] = ""
        out.append(o)
        facts[spec["num"]] = {
            "num": spec["num"], "name": "#%d" % spec["num"], "customer": c, "guest": guest, "date": day,
            "lines": [(iid, qty, li) for iid, qty, li, lid in lines], "subtotal": q2(subtotal),
            "discount": q2(disc_total), "shipping": q2(ship_price), "shipping_title": ship_title,
            "total": q2(total), "tax": q2(total_tax), "financial": fin, "fulfillment": fstatus,
            "cancelled": bool(spec["cancel"]), "refunded": q2(refunded), "shipments": shipments,
            "gateway": spec["gateway"], "refund_notes": [r["note"] for r in spec["refunds"]],
            "unshipped": [iid for iid in all_ids if iid not in fulfilled_ids],
        }
    out.reverse()  # the API returns newest first
    return out, facts


def _line_json(iid, qty, li, lid, tax, disc, fulfilled=False, cancelled=False):
    return {
        "id": lid,
        "admin_graphql_api_id": "gid://shopify/LineItem/%d" % lid,
        "attributed_staffs": [],
        "current_quantity": 0 if cancelled else qty,
        "fulfillable_quantity": 0 if (fulfilled or cancelled) else qty,
        "fulfillment_service": "manual",
        "fulfillment_status": "fulfilled" if fulfilled else None,
        "gift_card": li["gift"],
        "grams": li["grams"],
        "name": li["name"],
        "price": str(q2(li["price"])),
        "price_set": money_set(li["price"]),
        "product_exists": li["exists"],
        "product_id": li["product_id"],
        "properties": [],
        "quantity": qty,
        "requires_shipping": li["ship"],
        "sku": iid,
        "taxable": True,
        "title": li["title"],
        "total_discount": "0.00",
        "total_discount_set": money_set(0),
        "variant_id": li["variant_id"],
        "variant_inventory_management": "shopify",
        "variant_title": li["variant_title"],
        "vendor": li["vendor"],
        "tax_lines": [{"channel_liable": False, "price": str(tax), "price_set": money_set(tax), "rate": 0.1,
                       "title": "GST"}],
        "duties": [],
        "discount_allocations": ([{"amount": str(disc), "amount_set": money_set(disc),
                                   "discount_application_index": 0}] if disc else []),
    }


CUSTOMER_NUM = {c["key"]: 7712345600000 + i * 37 for i, c in enumerate(CUSTOMERS)}


def _customer_json(c):
    cid = CUSTOMER_NUM[c["key"]]
    return {
        "id": cid,
        "email": c["email"],
        "created_at": "2025-0%d-1%dT10:00:00+10:00" % (1 + cid % 8, cid % 10),
        "updated_at": "2026-12-04T18:00:00+11:00",
        "first_name": c["first"],
        "last_name": c["last"],
        "state": "enabled",
        "note": c["note"] or None,
        "verified_email": True,
        "multipass_identifier": None,
        "tax_exempt": False,
        "phone": c["phone"],
        "email_marketing_consent": {"state": "subscribed" if c["accepts_email"] == "yes" else "not_subscribed",
                                    "opt_in_level": "single_opt_in", "consent_updated_at": None},
        "sms_marketing_consent": None,
        "tags": c["tags"],
        "currency": "AUD",
        "tax_exemptions": [],
        "admin_graphql_api_id": "gid://shopify/Customer/%d" % cid,
        "default_address": dict(address(c), id=cid + 900000000000, customer_id=cid, default=True),
    }


def customers_csv(facts):
    import csv
    import io
    cols = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
            "Default Address Company", "Default Address Address1", "Default Address Address2",
            "Default Address City", "Default Address Province Code", "Default Address Country Code",
            "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent",
            "Total Orders", "Note", "Tax Exempt", "Tags"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for c in CUSTOMERS:
        spent, count = spent_of(c, facts)
        w.writerow(["'%d" % CUSTOMER_NUM[c["key"]], c["first"], c["last"], c["email"], c["accepts_email"],
                    c["company"], c["address1"], c["address2"], c["city"], c["province"], c["country"],
                    "'" + c["zip"], "'" + c["phone"], "'" + c["phone"], c["accepts_sms"], "%.2f" % spent, count,
                    c["note"], "no", c["tags"]])
    return buf.getvalue()


def spent_of(c, facts):
    spent = D("0")
    count = 0
    for f in facts.values():
        if f["guest"] or f["customer"]["key"] != c["key"]:
            continue
        count += 1
        if f["financial"] in ("paid", "partially_refunded", "refunded"):
            spent += f["total"] - f["refunded"]
    return q2(spent), count
