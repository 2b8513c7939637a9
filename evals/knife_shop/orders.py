"""Customers and orders of Whetstone & Co., and the Shopify customers and orders CSV exports.

Orders CSV: one row per line item grouped by `Name` (#1841...); order columns on the first row only
(`Name` and `Email` on every row, as Shopify writes them); zips written with a leading apostrophe; times
with their UTC offset (-0700 before November 1, 2026, -0800 after); no tracking column (Shopify's CSV has
none: the carrier is only in `Shipping Method`). Customers CSV: the current layout (`Default Address ...`),
ids, phones and zips behind an apostrophe.
"""
import csv
import datetime
import io
import random

import catalog as C
import pages as P

ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]

CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City",
    "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
    "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
    "Tax Exempt", "Tags",
]

STATE_NAMES = {"OR": "Oregon", "WA": "Washington", "CA": "California", "TX": "Texas", "ID": "Idaho",
               "MN": "Minnesota", "NY": "New York", "IL": "Illinois", "HI": "Hawaii", "CO": "Colorado",
               "FL": "Florida", "UT": "Utah", "NC": "North Carolina", "GA": "Georgia"}

# Sales tax, collected only for Washington and California (FAQ). Shopify lists each jurisdiction.
TAX = {
    ("WA", "Seattle"): [("WA State Tax 6.5%", 0.065), ("Seattle City Tax 3.85%", 0.0385)],
    ("WA", "Spokane"): [("WA State Tax 6.5%", 0.065), ("Spokane City Tax 2.6%", 0.026)],
    ("CA", "Oakland"): [("CA State Tax 7.25%", 0.0725), ("Alameda County District Tax 3.5%", 0.035)],
}

# id, first, last, email, phone, address1, address2, city, state, zip, accepts marketing, note, tags
CUSTOMERS = [
    ("7412093388861", "Dana", "Whitfield", "dana.whitfield@example.com", "+15035550131", "2207 SE Taylor St", "",
     "Portland", "OR", "97214", "yes", "", "newsletter"),
    ("7412093421629", "Marcus", "Oyelaran", "marcus.oyelaran@example.net", "+12065550177", "4510 Fremont Ave N",
     "Apt 3", "Seattle", "WA", "98103", "no", "", ""),
    ("7412093454397", "Priya", "Raman", "priya.raman@example.org", "+15105550192", "88 Linden Ave", "", "Oakland",
     "CA", "94611", "yes", "", "newsletter"),
    ("7412093487165", "Tomás", "Herrera", "tomas.herrera@example.com", "+15125550118", "1902 S 3rd St", "",
     "Austin", "TX", "78704", "no", "", ""),
    ("7412093519933", "Grace", "Kimura", "grace.kimura@example.com", "+15035550164", "5011 N Interstate Ave",
     "Unit 207", "Portland", "OR", "97217", "yes", "Took Knife Skills 101 in 2025", "class alumni, newsletter"),
    ("7412093552701", "Ben", "Alder", "ben.alder@example.net", "+12085550126", "1410 W Hays St", "", "Boise", "ID",
     "83702", "no", "", ""),
    ("7412093585469", "Hannah", "Lindqvist", "hannah.lindqvist@example.org", "+16125550143", "3321 Bryant Ave S",
     "", "Minneapolis", "MN", "55408", "yes", "", "newsletter"),
    ("7412093618237", "Jerome", "Baptiste", "jerome.baptiste@example.com", "+17185550109", "412 7th Ave",
     "Apt 2R", "Brooklyn", "NY", "11215", "no", "", ""),
    ("7412093651005", "Sofia", "Marchetti", "sofia.marchetti@example.com", "+13125550185", "2034 N Burling St", "",
     "Chicago", "IL", "60614", "yes", "", "newsletter, vip"),
    ("7412093683773", "Kenji", "Watanabe", "kenji.watanabe@example.net", "+18085550152", "2645 Dole St", "",
     "Honolulu", "HI", "96822", "no", "", ""),
    ("7412093716541", "Olivia", "Brennan", "olivia.brennan@example.org", "+17205550137", "1288 Madison St", "",
     "Denver", "CO", "80206", "yes", "", "newsletter"),
    ("7412093749309", "Rafael", "Costa", "rafael.costa@example.com", "+13055550161", "3150 Mary St", "Suite 4",
     "Miami", "FL", "33133", "no", "Restaurant owner (Costa Cocina)", "restaurant"),
    ("7412093782077", "Aisha", "Mahmoud", "aisha.mahmoud@example.net", "+15095550198", "1720 S Grand Blvd", "",
     "Spokane", "WA", "99203", "yes", "", "newsletter"),
    ("7412093814845", "Nora", "Fitzgerald", "nora.fitzgerald@example.org", "+15415550112", "955 Lincoln St", "",
     "Eugene", "OR", "97401", "no", "", ""),
    ("7412093847613", "Wendy", "Tran", "wendy.tran@example.com", "+15035550175", "14380 SW Walker Rd", "",
     "Beaverton", "OR", "97005", "yes", "", "newsletter"),
    ("7412093880381", "Samuel", "Okafor", "samuel.okafor@example.net", "", "", "", "", "", "", "yes", "",
     "newsletter"),
]

# Guest checkouts: never in the customers file.
GUESTS = {
    "maya.holt@example.com": ("Maya", "Holt", "+18285550140", "27 Chestnut St", "", "Asheville", "NC", "28801"),
    "chris.novak@example.com": ("Chris", "Novak", "+17165550133", "318 Elmwood Ave", "", "Buffalo", "NY", "14222"),
    "elena.petrov@example.net": ("Elena", "Petrov", "+18015550171", "1177 E 900 S", "", "Salt Lake City", "UT",
                                 "84105"),
    "j.mcallister@example.org": ("Jamie", "McAllister", "+15035550199", "1650 NW Irving St", "", "Portland", "OR",
                                 "97209"),
}

GROUND, TWO_DAY, NEXT_DAY, PRIORITY, PICKUP = ("UPS Ground", "UPS 2nd Day Air", "UPS Next Day Air",
                                               "USPS Priority Mail", "Local Pickup")

# number, created (local), email, [(sku, qty, line price or None)], method, financial, fulfillment,
# fulfilled at, cancelled at, refunded, discount code, payment method, notes, pending skus (partial)
ORDERS = [
    (1841, "2026-10-19 15:02:11", "dana.whitfield@example.com", [("KAN-GYU-210-W", 1, None), ("KAN-SAYA-210", 1, None)],
     GROUND, "paid", "fulfilled", "2026-10-20 11:14:52", None, 0, "", "Shopify Payments", "", []),
    (1842, "2026-10-21 09:47:30", "marcus.oyelaran@example.net",
     [("WCO-WS-1000", 1, None), ("WCO-WS-6000", 1, None), ("WCO-SBH", 1, None)],
     GROUND, "paid", "fulfilled", "2026-10-21 13:40:08", None, 0, "", "Shop Pay", "", []),
    (1843, "2026-10-24 18:22:45", "priya.raman@example.org", [("CSW-MC-8-G10", 1, None)],
     TWO_DAY, "paid", "fulfilled", "2026-10-26 10:05:37", None, 0, "", "Shopify Payments", "", []),
    (1844, "2026-10-27 12:10:03", "maya.holt@example.com", [("WC-CHEF-8", 1, None), ("WC-PAR-35", 1, None)],
     GROUND, "paid", "fulfilled", "2026-10-28 09:55:21", None, 0, "", "PayPal Express Checkout", "", []),
    (1845, "2026-10-30 20:31:19", "tomas.herrera@example.com", [("KS-SET-7", 1, 499.00)],
     GROUND, "partially_refunded", "fulfilled", "2026-11-02 10:12:44", None, 424.15, "", "Shopify Payments",
     "Returned opened 11/18: refunded less 15% restocking fee ($74.85).", []),
    (1846, "2026-11-02 08:15:50", "grace.kimura@example.com", [("CLS-KS101-0123", 2, None)],
     "", "paid", "fulfilled", "2026-11-02 08:15:52", None, 0, "", "Shop Pay", "", []),
    (1847, "2026-11-04 14:44:12", "ben.alder@example.net", [("HAY-AO-GYU-210-K", 1, None), ("YM-HIN-S", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-05 12:30:09", None, 0, "", "Shopify Payments", "", []),
    (1848, "2026-11-06 10:02:38", "hannah.lindqvist@example.org", [("WCO-KIT-START", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-06 15:21:47", None, 0, "WELCOME10", "Shopify Payments", "", []),
    (1849, "2026-11-09 19:18:27", "jerome.baptiste@example.com", [("NWB-EG-WAL-2", 1, None), ("NWB-BB-8", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-10 11:48:33", None, 0, "", "Apple Pay", "", []),
    (1850, "2026-11-11 21:05:14", "jerome.baptiste@example.com", [("KAN-GYU-240-W", 1, None)],
     GROUND, "voided", "unfulfilled", None, "2026-11-12 10:02:50", 0, "", "Shopify Payments",
     "Cancelled by staff: knives can't ship to New York City addresses. Customer emailed.", []),
    (1851, "2026-11-13 16:40:02", "sofia.marchetti@example.com", [("KAN-SET-5-WAL", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-16 10:20:15", None, 0, "", "Shopify Payments", "", []),
    (1852, "2026-11-15 11:11:48", "kenji.watanabe@example.net", [("KAN-PET-120", 1, None), ("KAN-SAN-165-WA", 1, None)],
     PRIORITY, "paid", "fulfilled", "2026-11-16 12:02:26", None, 0, "", "Google Pay", "", []),
    (1853, "2026-11-17 13:27:35", "olivia.brennan@example.org", [("WCO-ROLL-8-OLV", 1, 69.00), ("WC-BON-6-FX", 1, None)],
     GROUND, "partially_refunded", "fulfilled", "2026-11-18 10:44:51", None, 69.00, "", "Shopify Payments",
     "Knife roll returned unused 12/01.", []),
    (1854, "2026-11-19 17:53:09", "chris.novak@example.com", [("WC-SAN-7", 1, None), ("KS-HON-10", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-20 09:33:40", None, 0, "", "Shopify Payments", "", []),
    (1855, "2026-11-20 08:06:22", "rafael.costa@example.com", [("CSW-MC-95-G10", 1, None)],
     NEXT_DAY, "paid", "fulfilled", "2026-11-20 12:51:03", None, 0, "", "Shopify Payments", "", []),
    (1856, "2026-11-22 15:38:44", "aisha.mahmoud@example.net", [("WCO-CB-STD", 1, None), ("WCO-CHR-10-1200", 1, None)],
     GROUND, "paid", "fulfilled", "2026-11-23 11:07:18", None, 0, "", "Shop Pay", "", []),
    (1857, "2026-11-24 10:19:57", "dana.whitfield@example.com", [("HAY-SG2-GYU-210", 1, None)],
     GROUND, "refunded", "fulfilled", "2026-11-24 14:26:30", None, 259.00, "", "Shopify Payments",
     "Returned unused 12/03, refunded in full.", []),
    (1858, "2026-11-27 07:45:16", "elena.petrov@example.net", [("KS-CHEF-8", 1, None), ("KS-PAR-RED", 2, None)],
     GROUND, "paid", "fulfilled", "2026-11-30 10:58:42", None, 0, "", "Shopify Payments", "", []),
    (1859, "2026-11-28 22:12:05", "nora.fitzgerald@example.org", [("WCO-MAG-WAL-18", 1, None), ("WCO-UKB-BAM", 1, None)],
     GROUND, "refunded", "unfulfilled", None, "2026-11-29 09:15:27", 139.95, "", "Shopify Payments",
     "Customer cancelled (ordered twice by mistake).", []),
    (1860, "2026-11-30 12:34:28", "marcus.oyelaran@example.net", [("KAN-GYU-240-WA", 1, None), ("WCO-WS-3000", 1, None)],
     GROUND, "paid", "partial", "2026-12-01 10:41:12", None, 0, "", "Shop Pay",
     "Gyuto on backorder, ships when the Seki shipment lands.", ["KAN-GYU-240-WA"]),
    (1861, "2026-12-01 19:02:39", "sofia.marchetti@example.com", [("GC-100", 1, None)],
     "", "paid", "fulfilled", "2026-12-01 19:02:41", None, 0, "", "Shopify Payments", "", []),
    (1862, "2026-12-02 11:50:17", "priya.raman@example.org", [("KS-PAR-BLU", 1, None), ("NWB-BB-4", 1, None)],
     GROUND, "paid", "fulfilled", "2026-12-03 10:16:05", None, 0, "", "Shop Pay", "", []),
    (1863, "2026-12-03 16:24:51", "maya.holt@example.com", [("WCO-WS-400", 1, None), ("WCO-DFP-300", 1, None)],
     GROUND, "paid", "fulfilled", "2026-12-04 11:39:26", None, 0, "", "PayPal Express Checkout", "", []),
    (1864, "2026-12-04 09:58:03", "tomas.herrera@example.com", [("KAN-BRD-240", 1, None), ("WC-STK-4-WAL", 1, None)],
     GROUND, "paid", "partial", "2026-12-05 10:22:47", None, 0, "", "Shopify Payments", "", ["KAN-BRD-240"]),
    (1865, "2026-12-05 13:13:30", "j.mcallister@example.org", [("WC-SET-3", 1, None)],
     PICKUP, "paid", "fulfilled", "2026-12-06 12:05:18", None, 0, "", "Shopify Payments", "", []),
    (1866, "2026-12-07 20:47:55", "hannah.lindqvist@example.org", [("CSW-MC-8-MB", 1, None)],
     GROUND, "paid", "fulfilled", "2026-12-08 10:31:02", None, 0, "", "Afterpay", "", []),
    (1867, "2026-12-08 10:26:40", "olivia.brennan@example.org", [("KAN-GYU-210-WA", 1, None), ("SVC-ENG-SCRIPT", 1, None)],
     GROUND, "paid", "fulfilled", "2026-12-10 15:12:36", None, 0, "", "Shopify Payments", "", []),
    (1868, "2026-12-11 14:05:12", "ben.alder@example.net", [("NWB-EG-MAP-1", 1, None), ("SVC-ENG-BLOCK", 1, None)],
     GROUND, "paid", "unfulfilled", None, None, 0, "", "Shopify Payments", "", []),
    (1869, "2026-12-11 17:42:26", "aisha.mahmoud@example.net", [("WCO-WS-220", 1, None)],
     GROUND, "pending", "unfulfilled", None, None, 0, "", "PayPal Express Checkout",
     "PayPal eCheck: waiting for it to clear.", []),
    (1870, "2026-12-12 11:09:33", "rafael.costa@example.com", [("KAN-SUJ-270", 1, None), ("KAN-SAYA-240", 1, None)],
     NEXT_DAY, "paid", "unfulfilled", None, None, 0, "", "Shopify Payments", "", []),
    (1871, "2026-12-13 09:30:48", "chris.novak@example.com", [("HAY-AO-NAK-K", 1, None)],
     GROUND, "paid", "unfulfilled", None, None, 0, "", "Afterpay", "", []),
    (1872, "2026-12-13 15:55:21", "dana.whitfield@example.com", [("CLS-SHW-0117", 1, None)],
     "", "paid", "fulfilled", "2026-12-13 15:55:23", None, 0, "", "Shop Pay", "", []),
]


def _sku(sku):
    if sku.startswith("GC-"):
        amt = int(sku[3:])
        p = C.product("whetstone-co-gift-card")
        for v in p["variants"]:
            if int(v["price"]) == amt:
                return p, v
    return C.by_sku(sku)


def offset(local):
    d = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    return local + (" -0700" if d < datetime.datetime(2026, 11, 1, 2) else " -0800")


def person(email):
    for c in CUSTOMERS:
        if c[3] == email:
            return {"first": c[1], "last": c[2], "phone": c[4], "address1": c[5], "address2": c[6], "city": c[7],
                    "state": c[8], "zip": c[9], "customer_id": c[0], "guest": False}
    g = GUESTS[email]
    return {"first": g[0], "last": g[1], "phone": g[2], "address1": g[3], "address2": g[4], "city": g[5],
            "state": g[6], "zip": g[7], "customer_id": None, "guest": True}


def r2(x):
    return float("%.2f" % (x + 1e-9))


def build():
    """The orders as dicts, with every amount computed (the CSV and the cases read these)."""
    out = []
    rng = random.Random(20261214)
    for (num, created, email, items, method, fin, ful, fulfilled_at, cancelled_at, refunded, code, pay, notes,
         pending) in ORDERS:
        who = person(email)
        lines = []
        for sku, qty, price in items:
            p, v = _sku(sku)
            unit = price if price is not None else v["price"]
            lines.append({"sku": v["sku"], "qty": qty, "price": unit, "name": C.line_name(p, v), "vendor": p["vendor"],
                          "compare": v["compare"] if price is None else None, "shipping": v["shipping"],
                          "taxable": v["taxable"], "product": p["title"], "handle": p["handle"],
                          "variant": C.variant_title(p, v),
                          "fulfilled": (ful == "fulfilled") or (ful == "partial" and v["sku"] not in pending)})
        gross = r2(sum(l["price"] * l["qty"] for l in lines))
        discount = r2(gross * 0.10) if code == "WELCOME10" else 0.0
        subtotal = r2(gross - discount)
        state = who["state"]
        zone = P.zone_of(STATE_NAMES[state])
        if method == GROUND:
            shipping = 0.0 if subtotal >= P.FREE_OVER else zone["ground"]
            method_label = ("Free Standard Ground (UPS Ground)" if shipping == 0 else
                            "Standard Ground (UPS Ground)")
        elif method == PRIORITY:
            shipping = P.ZONES[3]["ground"]
            method_label = "USPS Priority Mail (Alaska & Hawaii)"
        elif method == TWO_DAY:
            shipping, method_label = P.TWO_DAY, "UPS 2nd Day Air"
        elif method == NEXT_DAY:
            shipping, method_label = P.NEXT_DAY, "UPS Next Day Air"
        elif method == PICKUP:
            shipping, method_label = 0.0, "Local Pickup (SE Division St)"
        else:
            shipping, method_label = 0.0, ""
        taxes = []
        rates = TAX.get((state, who["city"]), [])
        taxable_base = r2(sum(l["price"] * l["qty"] for l in lines if l["taxable"]) - discount)
        for name, rate in rates:
            base = taxable_base + (shipping if state == "WA" else 0.0)
            taxes.append((name, r2(base * rate)))
        tax = r2(sum(t for _, t in taxes))
        total = r2(subtotal + shipping + tax)
        o = {"number": num, "name": "#%d" % num, "email": email, "created": offset(created),
             "created_date": created[:10], "lines": lines, "method": method_label, "carrier": method,
             "financial": fin, "fulfillment": ful,
             "fulfilled_at": offset(fulfilled_at) if fulfilled_at else "", "fulfilled_date": (fulfilled_at or "")[:10],
             "cancelled_at": offset(cancelled_at) if cancelled_at else "", "refunded": refunded,
             "code": code, "discount": discount, "subtotal": subtotal, "shipping": shipping, "taxes": taxes,
             "tax": tax, "total": total, "payment": pay, "notes": notes, "who": who, "pending": pending,
             "id": str(5891204400000 + num * 7919 + rng.randint(0, 999)),
             "payment_ref": "c%d.%d" % (27381920000 + num * 131, 1), "guest": who["guest"]}
        out.append(o)
    return out


ORDERS_BUILT = build()


def order(num):
    for o in ORDERS_BUILT:
        if o["number"] == num:
            return o
    raise KeyError(num)


def orders_of(email):
    return [o for o in ORDERS_BUILT if o["email"] == email]


def customer(email):
    for c in CUSTOMERS:
        if c[3] == email:
            return c
    raise KeyError(email)


def money(x):
    return "%.2f" % x


def orders_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ORDER_HEADER)
    for o in sorted(ORDERS_BUILT, key=lambda o: -o["number"]):   # Shopify exports newest first
        who = o["who"]
        name = who["first"] + " " + who["last"]
        state_name = STATE_NAMES[who["state"]]
        accepts = "yes" if (not who["guest"] and customer(o["email"])[10] == "yes") else "no"
        for i, l in enumerate(o["lines"]):
            r = dict.fromkeys(ORDER_HEADER, "")
            r["Name"], r["Email"] = o["name"], o["email"]
            if i == 0:
                r["Financial Status"] = o["financial"]
                r["Paid at"] = o["created"] if o["financial"] not in ("pending", "voided") else ""
                r["Fulfillment Status"] = o["fulfillment"]
                r["Fulfilled at"] = o["fulfilled_at"]
                r["Accepts Marketing"] = accepts
                r["Currency"] = "USD"
                r["Subtotal"] = money(o["subtotal"])
                r["Shipping"] = money(o["shipping"])
                r["Taxes"] = money(o["tax"])
                r["Total"] = money(o["total"])
                r["Discount Code"] = o["code"]
                r["Discount Amount"] = money(o["discount"])
                r["Shipping Method"] = o["method"]
                r["Created at"] = o["created"]
                r["Billing Name"] = name
                r["Billing Street"] = (who["address1"] + (", " + who["address2"] if who["address2"] else ""))
                r["Billing Address1"], r["Billing Address2"] = who["address1"], who["address2"]
                r["Billing City"], r["Billing Zip"] = who["city"], "'" + who["zip"]
                r["Billing Province"], r["Billing Country"] = who["state"], "US"
                r["Billing Phone"] = who["phone"]
                if any(x["shipping"] for x in o["lines"]) and o["method"] and not o["method"].startswith("Local"):
                    r["Shipping Name"] = name
                    r["Shipping Street"] = r["Billing Street"]
                    r["Shipping Address1"], r["Shipping Address2"] = who["address1"], who["address2"]
                    r["Shipping City"], r["Shipping Zip"] = who["city"], "'" + who["zip"]
                    r["Shipping Province"], r["Shipping Country"] = who["state"], "US"
                    r["Shipping Phone"] = who["phone"]
                    r["Shipping Province Name"] = state_name
                r["Notes"] = o["notes"]
                r["Cancelled at"] = o["cancelled_at"]
                r["Payment Method"] = o["payment"]
                r["Payment Reference"] = o["payment_ref"]
                r["Refunded Amount"] = money(o["refunded"])
                r["Outstanding Balance"] = money(o["total"] if o["financial"] == "pending" else 0.0)
                r["Location"] = "Division St Shop" if o["method"].startswith("Local") else ""
                r["Id"] = o["id"]
                r["Risk Level"] = "Low"
                r["Source"] = "web"
                for k, (tn, tv) in enumerate(o["taxes"]):
                    r["Tax %d Name" % (k + 1)] = tn
                    r["Tax %d Value" % (k + 1)] = money(tv)
                r["Phone"] = ""
                r["Billing Province Name"] = state_name
                r["Payment ID"] = "p" + o["payment_ref"].replace(".", "")
                r["Payment References"] = r["Payment ID"]
            r["Lineitem quantity"] = str(l["qty"])
            r["Lineitem name"] = l["name"]
            r["Lineitem price"] = money(l["price"])
            r["Lineitem compare at price"] = money(l["compare"]) if l["compare"] else ""
            r["Lineitem sku"] = l["sku"]
            r["Lineitem requires shipping"] = "true" if l["shipping"] else "false"
            r["Lineitem taxable"] = "true" if l["taxable"] else "false"
            r["Lineitem fulfillment status"] = "fulfilled" if l["fulfilled"] else "pending"
            r["Vendor"] = l["vendor"]
            r["Lineitem discount"] = money(r2(l["price"] * l["qty"] * 0.10) if o["code"] == "WELCOME10" else 0.0)
            w.writerow([r[h] for h in ORDER_HEADER])
    return buf.getvalue()


def customers_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CUSTOMER_HEADER)
    for c in CUSTOMERS:
        (cid, first, last, email, phone, a1, a2, city, state, zipc, acc, note, tags) = c
        mine = [o for o in orders_of(email)]
        spent = r2(sum(o["total"] - o["refunded"] for o in mine if o["financial"] not in ("voided", "pending")))
        w.writerow(["'" + cid, first, last, email, acc, "", a1, a2, city, state, "US" if a1 else "",
                    ("'" + zipc) if zipc else "", ("'" + phone) if (phone and a1) else "", ("'" + phone) if phone else "",
                    "no", money(spent), str(len(mine)), note, "no", tags])
    return buf.getvalue()
