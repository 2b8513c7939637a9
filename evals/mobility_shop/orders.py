"""Orders (Shopify Admin REST API GET /admin/api/2024-10/orders.json?status=any) and customers (Shopify admin
Customers > Export CSV) of Tall Pines Home Medical & Mobility. Totals, taxes and refunds are computed here with
Decimal and checked again by generate.py's self-check."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

D = Decimal
CENT = D("0.01")


def money(x):
    return str(D(x).quantize(CENT, rounding=ROUND_HALF_UP))


TAX = {"VA": ("Virginia State Tax", D("0.06")), "NC": ("North Carolina State Tax", D("0.0725")),
       "MD": ("Maryland State Tax", D("0.06")), "PA": ("Pennsylvania State Tax", D("0.06")),
       "FL": ("Florida State Tax", D("0.07")), "OH": ("Ohio State Tax", D("0.0725")),
       "GA": ("Georgia State Tax", D("0.08")), "NY": ("New York State Tax", D("0.08875")),
       "TX": ("Texas State Tax", D("0.0825")), "WA": ("Washington State Tax", D("0.1025")),
       "TN": ("Tennessee State Tax", D("0.0975")), "DC": ("District of Columbia Tax", D("0.06")),
       "SC": ("South Carolina State Tax", D("0.08")), "NJ": ("New Jersey State Tax", D("0.06625")),
       "IL": ("Illinois State Tax", D("0.1025")), "MA": ("Massachusetts State Tax", D("0.0625")),
       "KY": ("Kentucky State Tax", D("0.06")), "AZ": ("Arizona State Tax", D("0.086"))}
STATE_NAMES = {"VA": "Virginia", "NC": "North Carolina", "MD": "Maryland", "PA": "Pennsylvania", "FL": "Florida",
               "OH": "Ohio", "GA": "Georgia", "NY": "New York", "TX": "Texas", "WA": "Washington",
               "TN": "Tennessee", "DC": "District of Columbia", "SC": "South Carolina", "NJ": "New Jersey",
               "IL": "Illinois", "MA": "Massachusetts", "KY": "Kentucky", "AZ": "Arizona"}

CUSTOMERS = [
    # key, first, last, email, phone, address1, address2, city, state, zip, accepts marketing, tags, note
    ("ruth", "Ruth", "Callahan", "ruth.callahan@example.com", "+18045550191", "2207 Grove Ave", "", "Richmond", "VA", "23220", "yes", "Local, Repeat", ""),
    ("marcus", "Marcus", "Bell", "marcus.bell@example.net", "+19195550164", "418 Geer St", "Apt 3", "Durham", "NC", "27701", "no", "", ""),
    ("denise", "Denise", "Okafor", "denise.okafor@example.com", "+14105550127", "3310 Guilford Ave", "", "Baltimore", "MD", "21218", "yes", "", "Prefers email contact"),
    ("harold", "Harold", "Jenkins", "hjenkins52@example.org", "+14125550188", "5520 Beacon St", "", "Pittsburgh", "PA", "15217", "no", "Freight", ""),
    ("linda", "Linda", "Moreno", "linda.moreno@example.com", "+18135550145", "911 S Rome Ave", "", "Tampa", "FL", "33606", "yes", "", ""),
    ("peter", "Peter", "Vasquez", "p.vasquez@example.net", "+16145550173", "140 E North Broadway", "", "Columbus", "OH", "43214", "no", "", ""),
    ("grace", "Grace", "Whitfield", "grace.whitfield@example.com", "+14045550119", "1047 Virginia Ave NE", "", "Atlanta", "GA", "30306", "yes", "", ""),
    ("samuel", "Samuel", "Osei", "samuel.osei@example.org", "+17185550152", "3901 Orloff Ave", "Apt 6C", "Bronx", "NY", "10463", "no", "", ""),
    ("evelyn", "Evelyn", "Park", "evelyn.park@example.com", "+15125550136", "1802 Kinney Ave", "", "Austin", "TX", "78704", "yes", "Rx on file", "Prescription for compression on file"),
    ("thomas", "Thomas", "Reilly", "tom.reilly@example.net", "+18045550158", "8712 Gayton Rd", "", "Henrico", "VA", "23229", "no", "Local", ""),
    ("nora", "Nora", "Lindqvist", "nora.lindqvist@example.com", "+12065550181", "6540 35th Ave NE", "", "Seattle", "WA", "98115", "yes", "", ""),
    ("walter", "Walter", "Haines", "walter.haines@example.org", "+18655550147", "7015 Kingston Pike", "", "Knoxville", "TN", "37919", "no", "", ""),
    ("priya", "Priya", "Raman", "priya.raman@example.com", "+12025550133", "1725 Riggs Pl NW", "", "Washington", "DC", "20009", "yes", "", ""),
    ("janet", "Janet", "Cole", "janet.cole@example.net", "+18435550162", "1620 Sam Rittenberg Blvd", "", "Charleston", "SC", "29407", "no", "", ""),
    ("frank", "Frank", "DiMarco", "frank.dimarco@example.com", "+18565550126", "404 Kings Hwy N", "", "Cherry Hill", "NJ", "08002", "yes", "", ""),
    ("alice", "Alice", "Brennan", "alice.brennan@example.org", "+15025550114", "2331 Bardstown Rd", "", "Louisville", "KY", "40205", "yes", "newsletter", ""),
    ("robert", "Robert", "Chung", "robert.chung@example.com", "+13125550178", "2150 N Lincoln Ave", "", "Chicago", "IL", "60614", "no", "", ""),
    ("maria", "Maria", "Santos", "maria.santos@example.net", "+16025550139", "3320 E Camelback Rd", "", "Phoenix", "AZ", "85016", "yes", "", ""),
]
GUESTS = {
    "gina": ("Gina", "Torres", "gina.torres@example.com", "+16175550142", "72 Centre St", "", "Boston", "MA", "02130"),
    "kevin": ("Kevin", "Ashford", "kevin.ashford@example.net", "+18045550177", "14001 Midlothian Tpke", "", "Midlothian", "VA", "23113"),
    "bea": ("Bea", "Holloway", "bea.holloway@example.org", "+17045550129", "1901 Commonwealth Ave", "", "Charlotte", "NC", "28205"),
    "dwayne": ("Dwayne", "Price", "dwayne.price@example.com", "+12165550166", "3305 Lorain Ave", "", "Cleveland", "OH", "44113"),
}
CUST = {c[0]: c for c in CUSTOMERS}
CUSTOMER_ID_BASE = 7650012000000

SHIP = {"standard": ("Standard Shipping", "standard"), "2day": ("UPS 2nd Day Air", "ups-2nd-day-air"),
        "oversized": ("Oversized Parcel (UPS Ground)", "oversized-parcel"),
        "curbside": ("Curbside Freight", "curbside-freight"), "whiteglove": ("White-Glove Delivery", "white-glove"),
        "local": ("Local Delivery (Richmond area)", "local-delivery"), "none": None}

CARRIER_URL = {"UPS": "https://www.ups.com/track?loc=en_US&tracknum=%s",
               "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
               "Estes": "https://www.estes-express.com/myestes/shipment-tracking/?type=PRO&query=%s"}

# Each order: number, created_at, who (customer key or ("guest", key)), items [(sku, qty)], shipping key,
# shipping price (None: computed from the weight table), fulfillments [(sku list or None for all, carrier,
# tracking, shipment_status, shipped_at)], and extras.
ORDERS = [
    dict(n=1041, at="2026-09-08T10:14:22-04:00", who="ruth", items=[("TP-RL-CRU-RED", 1)], ship="standard",
         ful=[(None, "UPS", "1Z4A7F310342816605", "delivered", "2026-09-08T15:02:10-04:00")]),
    dict(n=1042, at="2026-09-15T19:40:05-04:00", who="marcus", items=[("TP-WC-STR18", 1), ("TP-CU-GF-1816", 1)],
         ship="standard", ful=[(None, "UPS", "1Z4A7F310343027719", "delivered", "2026-09-16T11:20:44-04:00")]),
    dict(n=1043, at="2026-09-22T08:55:31-04:00", who="denise", items=[("LW-MD-M-BEI", 2), ("LW-DONNER", 1)],
         ship="standard", ful=[(None, "USPS", "9400111899223345678015", "delivered", "2026-09-22T14:31:09-04:00")]),
    dict(n=1044, at="2026-09-30T13:22:47-04:00", who="harold", items=[("BZ-PF-RED", 1)], ship="curbside",
         ful=[(None, "Estes", "0871204415", "delivered", "2026-10-02T09:15:00-04:00")]),
    dict(n=1045, at="2026-10-06T16:03:12-04:00", who="linda", items=[("AL-JET-1B", 1)], ship="oversized",
         ful=[(None, "UPS", "1Z4A7F310344190023", "delivered", "2026-10-07T10:48:51-04:00")]),
    dict(n=1046, at="2026-10-13T11:47:39-04:00", who="evelyn", items=[("RW-CL-M-COC", 1)], ship="whiteglove",
         ful=[(None, "Estes", "0871205527", "delivered", "2026-10-15T08:30:00-04:00")]),
    dict(n=1047, at="2026-10-19T21:18:50-04:00", who=("guest", "gina"), items=[("LW-ED-M-BLA", 3)], ship="standard",
         ful=[(None, "USPS", "9400111899223351190427", "delivered", "2026-10-20T13:05:37-04:00")]),
    dict(n=1048, at="2026-10-24T09:31:06-04:00", who="peter", items=[("TP-WC-FL18", 1), ("RW-AC-1818", 1)],
         ship="standard", ful=[(None, "UPS", "1Z4A7F310345502286", "delivered", "2026-10-26T12:12:40-04:00")],
         refund=dict(skus=["RW-AC-1818"], at="2026-11-12T14:40:00-05:00", note="Cushion returned unopened",
                     shipping=False)),
    dict(n=1049, at="2026-10-28T15:09:58-04:00", who="denise", items=[("TP-CN-QD-LB", 1), ("TP-DL-RG32", 1)],
         ship="standard", ful=[(None, "USPS", "9400111899223358807741", "delivered", "2026-10-29T10:40:02-04:00")],
         refund=dict(skus=["TP-CN-QD-LB", "TP-DL-RG32"], at="2026-11-06T11:02:00-05:00",
                     note="Arrived damaged, full refund with shipping", shipping=True)),
    dict(n=1050, at="2026-11-02T10:26:14-05:00", who="ruth", items=[("TP-BA-SHC", 1), ("TP-GB-16", 2)], ship="standard",
         ful=[(None, "UPS", "1Z4A7F310346618830", "delivered", "2026-11-02T16:44:20-05:00")]),
    dict(n=1051, at="2026-11-05T12:38:41-05:00", who="thomas", items=[("RW-HER-M", 1), ("SV-DEL-SETUP", 1)],
         ship="local", ful=[(None, None, None, None, "2026-11-07T10:00:00-05:00")]),
    dict(n=1052, at="2026-11-09T17:52:03-05:00", who="grace",
         items=[("TP-WK-UPL", 1), ("TP-CN-OFF-FLR", 1), ("TP-DL-SA", 1)], ship="standard",
         ful=[(["TP-WK-UPL"], "UPS", "1Z4A7F310347725591", "delivered", "2026-11-10T11:15:31-05:00"),
              (["TP-CN-OFF-FLR", "TP-DL-SA"], "USPS", "9400111899223362214408", "delivered", "2026-11-10T11:40:07-05:00")]),
    dict(n=1053, at="2026-11-12T09:05:27-05:00", who="nora", items=[("BZ-3W-18", 1), ("BZ-BATT-18", 1)],
         ship="oversized", ful=[(None, "UPS", "1Z4A7F310348831064", "delivered", "2026-11-13T14:20:18-05:00")]),
    dict(n=1054, at="2026-11-14T14:44:10-05:00", who="walter", items=[("TP-WC-TTN24", 1)], ship="standard",
         ful=[(None, "UPS", "1Z4A7F310349944317", "delivered", "2026-11-16T10:02:55-05:00")]),
    dict(n=1055, at="2026-11-17T11:21:36-05:00", who="linda", items=[("TP-TC-VOY-BLU", 1)], ship="standard", ful=[],
         cancel=dict(at="2026-11-17T15:20:12-05:00", reason="customer")),
    dict(n=1056, at="2026-11-19T20:10:45-05:00", who="evelyn", items=[("LW-MD-L-BLA", 2)], ship="standard",
         ful=[(None, "USPS", "9400111899223370045512", "delivered", "2026-11-20T13:33:21-05:00")], rx=True),
    dict(n=1057, at="2026-11-21T08:12:09-05:00", who="priya", items=[("giftcard:$100.00", 1)], ship="none",
         ful=[(None, "giftcard", None, None, "2026-11-21T08:12:15-05:00")]),
    dict(n=1058, at="2026-11-23T13:57:50-05:00", who="janet", items=[("TP-TS-HNG", 1), ("TP-BA-HSH", 1)],
         ship="standard", ful=[(None, "UPS", "1Z4A7F310350152208", "delivered", "2026-11-24T09:48:12-05:00")]),
    dict(n=1059, at="2026-11-24T10:30:22-05:00", who=("guest", "kevin"), items=[("SV-RENT-SC-TRV", 2)], ship="local",
         ful=[(None, None, None, None, "2026-11-25T09:00:00-05:00")]),
    dict(n=1060, at="2026-11-25T18:45:01-05:00", who="frank", items=[("AL-GLD-LITE", 1)], ship="oversized",
         ful=[(None, "UPS", "1Z4A7F310351267739", "delivered", "2026-11-30T10:14:09-05:00")]),
    dict(n=1061, at="2026-11-27T07:58:33-05:00", who="robert", items=[("TP-CR-UA-AD", 1), ("TP-KW-ROA-BLK", 1)],
         ship="standard", ful=[(None, "UPS", "1Z4A7F310352370846", "delivered", "2026-11-30T11:29:40-05:00")]),
    dict(n=1062, at="2026-11-29T16:20:19-05:00", who="marcus", items=[("BZ-TP-20", 1)], ship="curbside",
         ful=[(None, "Estes", "0871209963", "in_transit", "2026-12-02T08:45:00-05:00")]),
    dict(n=1063, at="2026-11-30T12:06:48-05:00", who="samuel",
         items=[("TP-RL-ATL22", 1), ("LW-ED-M-BEI", 2), ("TP-WC-TTN26", 1)], ship="standard",
         ful=[(["TP-RL-ATL22", "LW-ED-M-BEI"], "UPS", "1Z4A7F310353481152", "in_transit", "2026-12-01T15:10:26-05:00")]),
    dict(n=1064, at="2026-12-01T09:44:05-05:00", who="nora", items=[("AL-JET-BATT", 1)], ship="standard",
         ful=[(None, "UPS", "1Z4A7F310354590378", "in_transit", "2026-12-02T13:22:50-05:00")]),
    dict(n=1065, at="2026-12-02T15:37:29-05:00", who="walter", items=[("TP-AC-TOTE", 1), ("TP-PT-TR24", 1)],
         ship="standard", ful=[(None, "USPS", "9400111899223381170693", "out_for_delivery", "2026-12-03T12:05:44-05:00")]),
    dict(n=1066, at="2026-12-03T10:02:51-05:00", who="janet", items=[("LW-ED-S-NAV", 2), ("LW-DONNER", 1)],
         ship="standard", ful=[(None, "USPS", "9400111899223385526180", "label_printed", "2026-12-04T16:40:03-05:00")]),
    dict(n=1067, at="2026-12-03T11:49:16-05:00", who=("guest", "bea"), items=[("TP-RL-PET-LAV", 1)], ship="2day",
         ful=[(None, "UPS", "1Z4A7F310355613925", "delivered", "2026-12-03T15:55:30-05:00")]),
    dict(n=1068, at="2026-12-04T14:16:37-05:00", who="ruth", items=[("RW-CL-P-SLT", 1)], ship="whiteglove", ful=[]),
    dict(n=1069, at="2026-12-05T09:27:55-05:00", who="robert", items=[("BZ-4W-BLU", 1)], ship="oversized", ful=[]),
    dict(n=1070, at="2026-12-05T19:03:48-05:00", who=("guest", "dwayne"), items=[("TP-CN-OFF-BLK", 1), ("TP-DL-RG26", 1)],
         ship="standard", ful=[]),
]

ORDER_ID_BASE = 6103300000000
LINE_BASE = 15420070000000
FUL_BASE = 5230010000000
REFUND_BASE = 980100000000
TXN_BASE = 7201100000000


def customer_id(key):
    return CUSTOMER_ID_BASE + 37 * [c[0] for c in CUSTOMERS].index(key) + 11


def person(o):
    if isinstance(o["who"], tuple):
        g = GUESTS[o["who"][1]]
        return dict(first=g[0], last=g[1], email=g[2], phone=g[3], a1=g[4], a2=g[5], city=g[6], state=g[7],
                    zip=g[8], guest=True, key=o["who"][1])
    c = CUST[o["who"]]
    return dict(first=c[1], last=c[2], email=c[3], phone=c[4], a1=c[5], a2=c[6], city=c[7], state=c[8], zip=c[9],
                guest=False, key=c[0])


def _addr(p):
    return {"first_name": p["first"], "address1": p["a1"], "phone": p["phone"], "city": p["city"], "zip": p["zip"],
            "province": STATE_NAMES[p["state"]], "country": "United States", "last_name": p["last"],
            "address2": p["a2"] or None, "company": None, "latitude": None, "longitude": None,
            "name": "%s %s" % (p["first"], p["last"]), "country_code": "US", "province_code": p["state"]}


def weight_rate(lbs):
    for (label, price), top in zip(__import__("pages").WEIGHT_RATES, (2, 10, 30, 70)):
        if lbs <= top:
            return D(price)
    return D("34.95")


def build(index):
    """Returns (orders payload, per-order facts)."""
    import pages as PG
    out = []
    facts = {}
    lid = LINE_BASE
    for k, o in enumerate(ORDERS):
        p = person(o)
        oid = ORDER_ID_BASE + 1009 * (k + 1)
        name = "#%d" % o["n"]
        lines = []
        subtotal = D(0)
        taxable = D(0)
        grams = 0
        any_ship = False
        rate_title, rate = TAX[p["state"]]
        for sku, qty in o["items"]:
            prod, var = index[sku]
            lid += 7
            price = D(var["price"])
            line_total = price * qty
            subtotal += line_total
            is_tax = prod["taxable"] and not (o.get("rx") and "Rx Tax Exempt" in prod["tags"])
            line_tax = (line_total * rate).quantize(CENT, rounding=ROUND_HALF_UP) if is_tax else D(0)
            if is_tax:
                taxable += line_total
            req_ship = prod["requires_shipping"] and not prod["service"]
            any_ship = any_ship or req_ship
            grams += int(round(var["grams"])) * qty
            vt = " / ".join(var["values"]) if var["values"] != ["Default Title"] else None
            lines.append({
                "id": lid, "admin_graphql_api_id": "gid://shopify/LineItem/%d" % lid, "attributed_staffs": [],
                "current_quantity": qty, "fulfillable_quantity": 0, "fulfillment_service": "gift_card" if prod["gift"] else "manual",
                "fulfillment_status": None, "gift_card": prod["gift"], "grams": int(round(var["grams"])),
                "name": prod["title"] + (" - " + vt if vt else ""), "price": money(price),
                "price_set": {"shop_money": {"amount": money(price), "currency_code": "USD"},
                              "presentment_money": {"amount": money(price), "currency_code": "USD"}},
                "product_exists": True, "product_id": prod["id"], "properties": [], "quantity": qty,
                "requires_shipping": req_ship, "sku": var["sku"] or None, "taxable": is_tax, "title": prod["title"],
                "total_discount": "0.00", "variant_id": var["id"],
                "variant_inventory_management": "shopify" if var["tracked"] else None, "variant_title": vt,
                "vendor": prod["vendor"],
                "tax_lines": ([{"channel_liable": False, "price": money(line_tax), "rate": float(rate),
                                "title": rate_title}] if is_tax else []),
                "duties": [], "discount_allocations": []})
        # shipping
        if o["ship"] == "none":
            ship_price = D(0)
            ship_lines = []
        else:
            title, code = SHIP[o["ship"]]
            if o["ship"] == "standard":
                ship_price = D(0) if subtotal >= D(PG.FREE_THRESHOLD) else weight_rate(grams / C.LB)
                if subtotal >= D(PG.FREE_THRESHOLD):
                    title, code = "Free Standard Shipping", "free-standard"
            elif o["ship"] == "2day":
                ship_price = D(PG.EXPEDITED_RATE)
            elif o["ship"] == "oversized":
                ship_price = D(PG.OVERSIZED_RATE)
            elif o["ship"] == "curbside":
                ship_price = D(PG.FREIGHT_CURBSIDE)
            elif o["ship"] == "whiteglove":
                ship_price = D(PG.FREIGHT_WHITE_GLOVE)
            else:
                ship_price = D(0)
            ship_lines = [{"id": oid + 5, "carrier_identifier": None, "code": code, "discounted_price": money(ship_price),
                           "is_removed": False, "phone": None, "price": money(ship_price), "source": "shopify",
                           "title": title, "tax_lines": [], "discount_allocations": []}]
        tax = sum((D(t["price"]) for ln in lines for t in ln["tax_lines"]), D(0))
        total = subtotal + ship_price + tax
        # fulfillments
        fuls = []
        shipped_skus = set()
        for fn, (skus, carrier, trk, status, at) in enumerate(o["ful"]):
            fl = [ln for ln in lines if skus is None or ln["sku"] in skus]
            for ln in fl:
                shipped_skus.add(ln["sku"])
            fid = FUL_BASE + 101 * (k + 1) + fn
            if carrier == "giftcard":
                f = {"id": fid, "order_id": oid, "status": "success", "created_at": at, "service": "gift_card",
                     "updated_at": at, "tracking_company": None, "shipment_status": None, "location_id": None,
                     "origin_address": None, "line_items": fl, "tracking_number": None, "tracking_numbers": [],
                     "tracking_url": None, "tracking_urls": [], "receipt": {}, "name": "%s.%d" % (name, fn + 1),
                     "admin_graphql_api_id": "gid://shopify/Fulfillment/%d" % fid}
            else:
                url = CARRIER_URL[carrier] % trk if carrier else None
                f = {"id": fid, "order_id": oid, "status": "success", "created_at": at, "service": "manual",
                     "updated_at": at, "tracking_company": carrier, "shipment_status": status,
                     "location_id": 70311202866, "origin_address": None, "line_items": fl,
                     "tracking_number": trk, "tracking_numbers": [trk] if trk else [], "tracking_url": url,
                     "tracking_urls": [url] if url else [], "receipt": {}, "name": "%s.%d" % (name, fn + 1),
                     "admin_graphql_api_id": "gid://shopify/Fulfillment/%d" % fid}
            fuls.append(f)
        for ln in lines:
            if ln["sku"] in shipped_skus or (ln["sku"] is None and fuls):
                ln["fulfillment_status"] = "fulfilled"
                ln["fulfillable_quantity"] = 0
            else:
                ln["fulfillable_quantity"] = ln["quantity"]
        if not fuls:
            fstatus = None
        elif all(ln["fulfillment_status"] == "fulfilled" for ln in lines):
            fstatus = "fulfilled"
        else:
            fstatus = "partial"
        # refunds
        refunds = []
        refunded = D(0)
        if o.get("refund"):
            r = o["refund"]
            rid = REFUND_BASE + 53 * (k + 1)
            rli = []
            amt = D(0)
            for ln in lines:
                if ln["sku"] in r["skus"]:
                    lt = D(ln["price"]) * ln["quantity"]
                    tx = sum((D(t["price"]) for t in ln["tax_lines"]), D(0))
                    amt += lt + tx
                    rli.append({"id": rid + 1 + len(rli), "line_item_id": ln["id"], "location_id": 70311202866,
                                "quantity": ln["quantity"], "restock_type": "return", "subtotal": float(lt),
                                "subtotal_set": {"shop_money": {"amount": money(lt), "currency_code": "USD"}},
                                "total_tax": float(tx),
                                "total_tax_set": {"shop_money": {"amount": money(tx), "currency_code": "USD"}},
                                "line_item": dict(ln)})
            adjustments = []
            if r["shipping"] and ship_price:
                amt += ship_price
                adjustments.append({"id": rid + 9, "amount": "-" + money(ship_price), "amount_set": {
                    "shop_money": {"amount": "-" + money(ship_price), "currency_code": "USD"}},
                    "kind": "shipping_refund", "order_id": oid, "reason": "Shipping refund", "refund_id": rid,
                    "tax_amount": "0.00"})
            refunded = amt
            refunds.append({"id": rid, "admin_graphql_api_id": "gid://shopify/Refund/%d" % rid, "created_at": r["at"],
                            "note": r["note"], "order_id": oid, "processed_at": r["at"], "restock": True,
                            "user_id": 88120066, "order_adjustments": adjustments,
                            "transactions": [{"id": TXN_BASE + 71 * (k + 1), "admin_graphql_api_id":
                                              "gid://shopify/OrderTransaction/%d" % (TXN_BASE + 71 * (k + 1)),
                                              "amount": money(amt), "authorization": None, "created_at": r["at"],
                                              "currency": "USD", "error_code": None, "gateway": "shopify_payments",
                                              "kind": "refund", "message": "Refund processed", "order_id": oid,
                                              "parent_id": TXN_BASE + 71 * (k + 1) - 1, "processed_at": r["at"],
                                              "status": "success", "test": False}],
                            "refund_line_items": rli})
        if o.get("cancel"):
            fin = "voided"
        elif refunded and refunded == total:
            fin = "refunded"
        elif refunded:
            fin = "partially_refunded"
        else:
            fin = "paid"
        cust = None
        if not p["guest"]:
            c = CUST[p["key"]]
            cust = {"id": customer_id(p["key"]), "email": p["email"], "created_at": "2025-06-02T10:00:00-04:00",
                    "updated_at": o["at"], "first_name": p["first"], "last_name": p["last"], "state": "enabled",
                    "note": c[12] or None, "verified_email": True, "multipass_identifier": None, "tax_exempt": False,
                    "phone": p["phone"], "tags": c[11], "currency": "USD",
                    "email_marketing_consent": {"state": "subscribed" if c[10] == "yes" else "not_subscribed",
                                                "opt_in_level": "single_opt_in", "consent_updated_at": None},
                    "sms_marketing_consent": None, "tax_exemptions": [],
                    "admin_graphql_api_id": "gid://shopify/Customer/%d" % customer_id(p["key"]),
                    "default_address": dict(_addr(p), id=customer_id(p["key"]) + 500, customer_id=customer_id(p["key"]),
                                            default=True)}
        gateway = ["gift_card"] if False else (["paypal"] if o["n"] in (1047, 1061) else ["shopify_payments"])
        tax_lines = [{"price": money(tax), "rate": float(rate), "title": rate_title, "channel_liable": False}] if tax else []
        order = {
            "id": oid, "admin_graphql_api_id": "gid://shopify/Order/%d" % oid, "app_id": 580111,
            "browser_ip": None, "buyer_accepts_marketing": False, "cancel_reason": o["cancel"]["reason"] if o.get("cancel") else None,
            "cancelled_at": o["cancel"]["at"] if o.get("cancel") else None, "cart_token": None, "checkout_id": oid + 3,
            "closed_at": None, "confirmation_number": "TPM%06d" % (oid % 999983), "confirmed": True,
            "contact_email": p["email"], "created_at": o["at"], "currency": "USD",
            "current_subtotal_price": money(subtotal - (refunded - (ship_price if o.get("refund") and o["refund"]["shipping"] else 0) - sum(
                (D(r2["total_tax_set"]["shop_money"]["amount"]) for rf in refunds for r2 in rf["refund_line_items"]), D(0)))),
            "current_total_price": money(total - refunded), "current_total_tax": money(tax - sum(
                (D(r2["total_tax_set"]["shop_money"]["amount"]) for rf in refunds for r2 in rf["refund_line_items"]), D(0))),
            "customer_locale": "en", "discount_codes": [], "email": p["email"], "estimated_taxes": False,
            "financial_status": fin, "fulfillment_status": fstatus, "landing_site": "/", "name": name,
            "note": "Rx uploaded at checkout" if o.get("rx") else None, "note_attributes": [], "number": o["n"] - 1000,
            "order_number": o["n"], "order_status_url": "https://tallpinesmobility.com/70311202866/orders/%x/authenticate" % oid,
            "payment_gateway_names": gateway, "phone": None, "presentment_currency": "USD",
            "processed_at": o["at"], "reference": None, "source_name": "web", "subtotal_price": money(subtotal),
            "tags": "", "tax_lines": tax_lines, "taxes_included": False, "test": False,
            "total_discounts": "0.00", "total_line_items_price": money(subtotal), "total_outstanding": "0.00",
            "total_price": money(total), "total_shipping_price_set": {"shop_money": {"amount": money(ship_price), "currency_code": "USD"}},
            "total_tax": money(tax), "total_weight": grams, "updated_at": o["at"], "user_id": None,
            "billing_address": _addr(p), "customer": cust, "fulfillments": fuls, "line_items": lines,
            "refunds": refunds, "shipping_address": _addr(p) if any_ship else None, "shipping_lines": ship_lines}
        if fin == "voided":
            order["total_outstanding"] = "0.00"
        out.append(order)
        facts[o["n"]] = dict(order=order, person=p, subtotal=subtotal, ship=ship_price, tax=tax, total=total,
                             refunded=refunded, fin=fin, fstatus=fstatus, fuls=o["ful"], items=o["items"],
                             src=o)
    out.sort(key=lambda x: x["created_at"], reverse=True)
    return {"orders": out}, facts


CUSTOMER_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                   "Default Address Company", "Default Address Address1", "Default Address Address2",
                   "Default Address City", "Default Address Province Code", "Default Address Country Code",
                   "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent",
                   "Total Orders", "Note", "Tax Exempt", "Tags"]


def customers_csv(facts):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CUSTOMER_HEADER)
    for c in CUSTOMERS:
        key = c[0]
        mine = [f for f in facts.values() if not f["person"]["guest"] and f["person"]["key"] == key]
        spent = sum((f["total"] - f["refunded"] for f in mine if f["fin"] != "voided"), D(0))
        zipc = c[9]
        if zipc.startswith("0"):
            zipc = "'" + zipc
        w.writerow(["'%d" % customer_id(key), c[1], c[2], c[3], c[10], "", c[5], c[6], c[7], c[8], "US", zipc,
                    "'" + c[4], "'" + c[4], "no", money(spent), str(len(mine)), c[12], "no", c[11]])
    return buf.getvalue()
