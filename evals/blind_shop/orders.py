"""Customers and orders, and their rendering as Shopify's customers and orders CSV exports."""
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
from catalog import cell

D = Decimal


def q(x):
    return D(str(x)).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# key: first, last, email, phone, company, address1, address2, city, province, zip, accepts marketing, tags, note
CUSTOMERS = [
    ("c1", "Aisha", "Rahman", "aisha.rahman@example.com", "+14035550182", "", "1127 17 Avenue SW", "", "Calgary", "AB", "T2T 0B5", "yes", "", "7416902838301"),
    ("c2", "Daniel", "Tremblay", "d.tremblay@example.net", "+15145550139", "", "4380 rue Saint-Denis", "App. 3", "Montr\u00e9al", "QC", "H2J 2L1", "no", "", "7416903133213"),
    ("c3", "Priya", "Nair", "priya.nair@example.com", "+14035550117", "", "58 Evergreen Crescent SW", "", "Calgary", "AB", "T2Y 3R4", "yes", "repeat", "7416904280093"),
    ("c4", "Connor", "MacLeod", "connor.macleod@example.org", "+19025550164", "", "2231 Oxford Street", "", "Halifax", "NS", "B3L 2T6", "no", "", "7416905525277"),
    ("c5", "Sophie", "Gagnon", "sophie.gagnon@example.com", "+16135550190", "", "77 Fourth Avenue", "Unit 2", "Ottawa", "ON", "K1S 2L1", "yes", "", "7416906770461"),
    ("c6", "Liam", "Chen", "liam.chen@example.com", "+16045550121", "", "3345 Fraser Street", "", "Vancouver", "BC", "V5V 4C2", "no", "", "7416907917341"),
    ("c7", "Hannah", "Schmidt", "hannah.schmidt@example.net", "+15875550176", "", "209 Bayside Point SW", "", "Airdrie", "AB", "T4B 2Z8", "yes", "", "7416909064221"),
    ("c8", "Mateo", "Alvarez", "mateo.alvarez@example.com", "+12045550133", "", "615 Grosvenor Avenue", "", "Winnipeg", "MB", "R3M 1S6", "no", "", "7416910211101"),
    ("c9", "Grace", "Kowalski", "grace.kowalski@example.org", "+13065550158", "", "1014 Temperance Street", "", "Saskatoon", "SK", "S7N 0N2", "no", "", "7416911357981"),
    ("c10", "Olivia", "Bennett", "olivia.bennett@example.com", "+14165550105", "", "28 Delaware Avenue", "", "Toronto", "ON", "M6H 2S7", "yes", "", "7416912504861"),
    ("c11", "Noah", "Fraser", "noah.fraser@example.net", "+18675550147", "", "6 Wann Road", "", "Whitehorse", "YT", "Y1A 5X4", "no", "", "7416913651741"),
    ("c12", "Emily", "Tran", "emily.tran@example.com", "+17805550199", "", "10540 84 Avenue NW", "", "Edmonton", "AB", "T6E 2H9", "yes", "", "7416914798621"),
    ("c13", "Ravi", "Patel", "ravi.patel@example.org", "+14035550126", "", "44 Sunset Heights", "", "Cochrane", "AB", "T4C 0A7", "no", "", "7416915945501"),
    ("c14", "Chloe", "Dubois", "chloe.dubois@example.com", "+14035550161", "", "331 10 Street NW", "Suite 5", "Calgary", "AB", "T2N 1V5", "yes", "", "7416917092381"),
    ("c15", "Jacob", "Thompson", "jacob.thompson@example.net", "+17095550115", "", "19 Gower Street", "", "St. John's", "NL", "A1C 1N1", "no", "", "7416918239261"),
    ("c16", "Maya", "Singh", "maya.singh@example.com", "+14035550188", "", "112 Westridge Crescent", "", "Okotoks", "AB", "T1S 0G6", "yes", "", "7416919386141"),
    ("c17", "Ethan", "Park", "ethan.park@example.org", "+12505550172", "", "1860 Pandosy Street", "", "Kelowna", "BC", "V1Y 1R6", "no", "", "7416920533021"),
    ("c18", "Zoe", "Martin", "zoe.martin@example.com", "+14035550109", "", "707 Marlborough Way NE", "", "Calgary", "AB", "T2A 2T4", "yes", "newsletter", "7416921679901"),
]
CUST = {c[0]: dict(zip(["key", "first", "last", "email", "phone", "company", "address1", "address2", "city",
                        "province", "zip", "accepts", "tags", "id"], c)) for c in CUSTOMERS}

GUESTS = {
    "g1": {"key": "g1", "first": "Ben", "last": "Ortiz", "email": "ben.ortiz@example.net", "phone": "+14035550144",
           "address1": "2419 Osborne Crescent SW", "address2": "", "city": "Calgary", "province": "AB",
           "zip": "T2T 1C4", "company": ""},
    "g2": {"key": "g2", "first": "Fatima", "last": "Haddad", "email": "fatima.haddad@example.net",
           "phone": "+19055550152", "address1": "3960 Erin Centre Boulevard", "address2": "", "city": "Mississauga",
           "province": "ON", "zip": "L5M 0A5", "company": ""},
    "g3": {"key": "g3", "first": "Lucas", "last": "Moreau", "email": "lucas.moreau@example.org",
           "phone": "+14185550111", "address1": "845 avenue Cartier", "address2": "", "city": "Qu\u00e9bec",
           "province": "QC", "zip": "G1R 2S1", "company": ""},
    "g4": {"key": "g4", "first": "Sarah", "last": "O'Neill", "email": "sarah.oneill@example.com",
           "phone": "+12505550186", "address1": "1205 Fort Street", "address2": "Apt 402", "city": "Victoria",
           "province": "BC", "zip": "V8V 3K9", "company": ""},
}
PEOPLE = dict(CUST)
PEOPLE.update(GUESTS)

PROVINCE_NAMES = {"AB": "Alberta", "BC": "British Columbia", "SK": "Saskatchewan", "MB": "Manitoba", "ON": "Ontario",
                  "QC": "Quebec", "NS": "Nova Scotia", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
                  "PE": "Prince Edward Island", "YT": "Yukon", "NT": "Northwest Territories", "NU": "Nunavut"}
TAX = {"AB": [("GST 5%", "0.05")], "YT": [("GST 5%", "0.05")], "NT": [("GST 5%", "0.05")],
       "NU": [("GST 5%", "0.05")], "BC": [("GST 5%", "0.05"), ("PST 7%", "0.07")],
       "SK": [("GST 5%", "0.05"), ("PST 6%", "0.06")], "MB": [("GST 5%", "0.05"), ("RST 7%", "0.07")],
       "QC": [("GST 5%", "0.05"), ("QST 9.975%", "0.09975")], "ON": [("HST 13%", "0.13")],
       "NS": [("HST 14%", "0.14")], "NB": [("HST 15%", "0.15")], "NL": [("HST 15%", "0.15")],
       "PE": [("HST 15%", "0.15")]}

EXP = "Canada Post Expedited Parcel"
XP = "Canada Post Xpresspost"
PURO = "Purolator Ground"
FREE = "Free Shipping (Canada Post Expedited Parcel)"
PICKUP = "Local Pickup"

# Each order: number, who, created (local time), items [(sku, qty, line fulfilment)], shipping method, shipping cost,
# financial, fulfilment, fulfilled_at, cancelled_at, refunded amount ("total" for all), discount (code, pct), notes.
# Line fulfilment: "fulfilled" or "pending"; None takes the order's state.
ORDERS = [
    dict(n=2841, who="c1", at="2026-09-14 10:22:41", items=[("BR-ROL-48-LF", 2), ("SV-INST-BLIND", 2)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-09-25 14:10:03"),
    dict(n=2842, who="c2", at="2026-09-20 19:41:07", items=[("BH-NGT-84-NAV", 2), ("BW-CLS-48-MB", 1)],
         method=EXP, ship=16.95, fin="paid", ful="fulfilled", fulfilled="2026-09-22 11:02:55"),
    dict(n=2843, who="c4", at="2026-09-28 08:15:30", items=[("BR-CEL-36-B", 3)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-10-14 09:40:12"),
    dict(n=2844, who="g1", at="2026-10-03 13:05:18", items=[("BH-LIN-84-NAT", 2)],
         method=PICKUP, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-10-05 10:30:00"),
    dict(n=2845, who="c5", at="2026-10-07 21:33:49", items=[("BR-VSH-30-3", 4)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-11-06 15:22:37"),
    dict(n=2846, who="c6", at="2026-10-12 16:48:02", items=[("BR-ZEB-48-GRE", 2), ("LM-SOLO25", 2)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-10-23 13:11:45",
         discount=("FALLBLINDS10", "0.10")),
    dict(n=2847, who="c3", at="2026-10-15 09:12:26", items=[("SV-MEASURE", 1)],
         method="", ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-10-20 17:00:00"),
    dict(n=2848, who="c8", at="2026-10-19 12:27:53", items=[("BH-ARI-84-WHI", 2), ("BW-TEN-36", 1)],
         method=EXP, ship=14.95, fin="refunded", ful="restocked", fulfilled="2026-10-20 10:14:09",
         refunded="total", notes="Returned unused 2026-11-02: customer changed their mind. Refunded in full."),
    dict(n=2849, who="c7", at="2026-10-22 17:55:11", items=[("BR-FXW-36-WHI", 3), ("BA-FWV-36-WHI", 3),
                                                            ("SV-INST-BLIND", 3)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-11-04 12:48:20"),
    dict(n=2850, who="c9", at="2026-10-26 20:03:44", items=[("", 1, "$100.00 CAD")],
         method="", ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-10-26 20:03:50"),
    dict(n=2851, who="c10", at="2026-10-30 11:38:16", items=[("BH-NGT-95-STO", 4)],
         method=EXP, ship=16.95, fin="partially_refunded", ful="fulfilled", fulfilled="2026-11-02 09:55:31",
         refunded="one:BH-NGT-95-STO", notes="One panel returned unused 2026-11-16; refunded the panel and its tax."),
    dict(n=2852, who="g2", at="2026-11-02 07:49:58", items=[("BR-DCL-48-LF-ST", 2)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-11-17 14:05:26"),
    dict(n=2853, who="c12", at="2026-11-05 18:21:09", items=[("BR-ROM-36-OAT", 1)],
         method=EXP, ship=12.95, fin="paid", ful="fulfilled", fulfilled="2026-11-23 10:37:44"),
    dict(n=2854, who="c11", at="2026-11-08 14:16:35", items=[("BR-ALU-36-WHI", 2)],
         method=EXP, ship=39.95, fin="paid", ful="fulfilled", fulfilled="2026-11-19 16:20:18"),
    dict(n=2855, who="c1", at="2026-11-10 20:44:12", items=[("LM-HUB", 1), ("LM-RC5", 1)],
         method=EXP, ship=12.95, fin="paid", ful="fulfilled", fulfilled="2026-11-11 11:15:40"),
    dict(n=2856, who="c13", at="2026-11-12 10:09:51", items=[("SW-01", 1), ("SW-04", 1), ("SW-06", 1), ("SW-09", 1)],
         method="Free Swatch Mail", ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-11-13 09:30:27"),
    dict(n=2857, who="c14", at="2026-11-14 15:52:23", items=[("BW-CLS-120-AB", 1), ("BH-HAR-10095-SAN", 2)],
         method="Free Shipping + Oversize Surcharge (Purolator)", ship=35.00, fin="paid", ful="fulfilled", fulfilled="2026-11-17 13:42:08",
         notes="Shipped in 2 parcels: drapes by Canada Post, the 120-170 in rod by Purolator (oversize)."),
    dict(n=2858, who="c15", at="2026-11-16 22:10:37", items=[("BH-LIN-95-WHI", 2)],
         method=EXP, ship=24.95, fin="voided", ful="unfulfilled", cancelled="2026-11-17 08:05:12",
         notes="Customer cancelled by phone before shipping."),
    dict(n=2859, who="c17", at="2026-11-18 09:31:02", items=[("BR-SOL-60-GRY", 2), ("LM-PRO35-B", 2)],
         method=FREE, ship=0.00, fin="paid", ful="fulfilled", fulfilled="2026-12-01 15:09:53"),
    dict(n=2860, who="g3", at="2026-11-20 16:24:48", items=[("BH-NGT-63-IVO", 2)],
         method=XP, ship=31.95, fin="paid", ful="fulfilled", fulfilled="2026-11-23 10:02:11"),
    dict(n=2861, who="c6", at="2026-11-23 11:57:19", items=[("BR-BZB-48-GRA", 1, None, "pending"),
                                                            ("BH-NGT-84-NAV", 2, None, "fulfilled")],
         method=FREE, ship=0.00, fin="paid", ful="partial", fulfilled=None,
         notes="Curtains shipped ahead at the customer's request; the blind follows when made."),
    dict(n=2862, who="c2", at="2026-11-25 19:06:40", items=[("BR-BSH-36-PW", 2)],
         method=FREE, ship=0.00, fin="paid", ful="unfulfilled"),
    dict(n=2863, who="c12", at="2026-11-27 13:44:05", items=[("BR-KID-36-STA", 1), ("BA-CLEAT", 1)],
         method=EXP, ship=12.95, fin="paid", ful="fulfilled", fulfilled="2026-12-04 11:26:39"),
    dict(n=2864, who="c3", at="2026-11-29 10:18:57", items=[("BR-ROL-36-B", 2), ("BR-ROL-60-RD", 2),
                                                            ("SV-INST-BLIND", 4)],
         method=PICKUP, ship=0.00, fin="paid", ful="unfulfilled",
         notes="Installation to book when ready. Measure fee credited."),
    dict(n=2865, who="g4", at="2026-12-01 21:15:33", items=[("BR-WOV-48-DRI", 1)],
         method=FREE, ship=0.00, fin="authorized", ful="unfulfilled"),
    dict(n=2866, who="c4", at="2026-12-02 08:40:29", items=[("BA-EXT-35", 2), ("BA-RPL-RZ", 1)],
         method=EXP, ship=19.95, fin="paid", ful="fulfilled", fulfilled="2026-12-03 14:55:02"),
    dict(n=2867, who="c5", at="2026-12-03 12:31:14", items=[("BR-ZEB-36-LIN", 3)],
         method=FREE, ship=0.00, fin="paid", ful="unfulfilled"),
    dict(n=2868, who="c10", at="2026-12-04 09:02:47", items=[("LM-SOLO25", 1), ("LM-RC1", 1)],
         method=XP, ship=31.95, fin="paid", ful="fulfilled", fulfilled="2026-12-05 10:18:26"),
    dict(n=2869, who="g1", at="2026-12-04 18:47:21", items=[("SW-02", 1), ("SW-07", 1), ("SW-10", 1)],
         method="Free Swatch Mail", ship=0.00, fin="paid", ful="unfulfilled"),
    dict(n=2870, who="c7", at="2026-12-05 14:26:09", items=[("BR-DCL-60-RD-TD", 2), ("LM-SLIM", 2)],
         method=FREE, ship=0.00, fin="paid", ful="unfulfilled"),
]

PAYMENT_METHOD = {2842: "PayPal Express Checkout", 2851: "Shop Pay", 2855: "Shop Pay", 2860: "PayPal Express Checkout"}


def gift_line(label):
    p = C.find("brightsill-gift-card")
    for v in p["variants"]:
        if v["options"][0] == label:
            return p, v
    raise KeyError(label)


def compute(o):
    """Fills the order's lines and money, with Decimal arithmetic."""
    who = PEOPLE[o["who"]]
    prov = "AB" if o["method"] == PICKUP else who["province"]
    lines = []
    for it in o["items"]:
        sku, qty = it[0], it[1]
        if sku == "":
            p, v = gift_line(it[2])
        else:
            p, v = C.vfind(sku)
        line_ful = it[3] if len(it) > 3 else None
        name = p["title"] + (" - " + C.variant_title(v) if C.variant_title(v) else "")
        lines.append({"sku": v["sku"], "qty": qty, "name": name, "price": q(v["price"]),
                      "compare": q(v["compare"]) if v["compare"] else None, "taxable": v["taxable"],
                      "requires_shipping": v["requires_shipping"], "vendor": p["vendor"], "product": p,
                      "variant": v, "ful": line_ful})
    gross = sum(l["price"] * l["qty"] for l in lines)
    disc = D("0.00")
    if o.get("discount"):
        disc = q(gross * D(o["discount"][1]))
    subtotal = gross - disc
    taxable_base = sum(l["price"] * l["qty"] for l in lines if l["taxable"])
    if disc and gross:
        taxable_base = taxable_base - q(disc * taxable_base / gross)
    ship = q(o["ship"])
    any_taxable = any(l["taxable"] for l in lines)
    taxes = [(name, q((taxable_base + (ship if any_taxable else 0)) * D(rate))) for name, rate in TAX[prov]] \
        if any_taxable else []
    tax_total = sum((t for _, t in taxes), D("0.00"))
    total = subtotal + ship + tax_total
    refunded = D("0.00")
    if o.get("refunded") == "total":
        refunded = total
    elif o.get("refunded", "").startswith("one:"):
        l = next(l for l in lines if l["sku"] == o["refunded"][4:])
        refunded = l["price"] + sum(q(l["price"] * D(rate)) for _, rate in TAX[prov])
    o.update(lines=lines, gross=gross, disc=disc, subtotal=subtotal, shipq=ship, taxes=taxes, tax_total=tax_total,
             total=total, refunded_amount=refunded, prov=prov, person=who)
    return o


for _o in ORDERS:
    compute(_o)
BY_NUMBER = {o["n"]: o for o in ORDERS}


def orders_of(key):
    return sorted([o for o in ORDERS if o["who"] == key], key=lambda o: o["at"])


ORDER_HEADER = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
                "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
                "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
                "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
                "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
                "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
                "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
                "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
                "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
                "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
                "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
                "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name",
                "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number",
                "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name",
                "Next Payment Due At", "Payment References"]


def ts(s):
    return s + " -0700" if s and s[5:7] in ("11", "12") else (s + " -0600" if s else None)


def order_rows(o):
    who = o["person"]
    rows = []
    name = "#%d" % o["n"]
    street = who["address1"] + (", " + who["address2"] if who["address2"] else "")
    no_ship = all(not l["requires_shipping"] for l in o["lines"])
    for i, l in enumerate(o["lines"]):
        r = {h: None for h in ORDER_HEADER}
        r["Name"] = name
        r["Email"] = who["email"]
        r["Created at"] = ts(o["at"])
        r["Lineitem quantity"] = str(l["qty"])
        r["Lineitem name"] = l["name"]
        r["Lineitem price"] = str(l["price"])
        r["Lineitem compare at price"] = str(l["compare"]) if l["compare"] else None
        r["Lineitem sku"] = l["sku"]
        r["Lineitem requires shipping"] = "true" if l["requires_shipping"] else "false"
        r["Lineitem taxable"] = "true" if l["taxable"] else "false"
        if l["ful"]:
            lf = l["ful"]
        elif o["ful"] == "fulfilled":
            lf = "fulfilled"
        elif o["ful"] == "restocked":
            lf = "restocked"
        else:
            lf = "pending"
        r["Lineitem fulfillment status"] = lf
        r["Vendor"] = l["vendor"]
        r["Lineitem discount"] = "0.00"
        r["Phone"] = who["phone"] if o["who"].startswith("g") else None
        if i == 0:
            r["Financial Status"] = o["fin"]
            r["Paid at"] = ts(o["at"][:17] + "%02d" % ((int(o["at"][17:]) + 3) % 60)) \
                if o["fin"] in ("paid", "partially_refunded", "refunded") else None
            r["Fulfillment Status"] = o["ful"]
            r["Fulfilled at"] = ts(o.get("fulfilled")) if o.get("fulfilled") else None
            r["Accepts Marketing"] = PEOPLE[o["who"]].get("accepts", "no") or "no"
            r["Currency"] = "CAD"
            r["Subtotal"] = str(o["subtotal"])
            r["Shipping"] = str(o["shipq"])
            r["Taxes"] = str(o["tax_total"])
            r["Total"] = str(o["total"])
            r["Discount Code"] = o["discount"][0] if o.get("discount") else ""
            r["Discount Amount"] = str(o["disc"])
            r["Shipping Method"] = o["method"] if o["method"] else ""
            r["Billing Name"] = who["first"] + " " + who["last"]
            r["Billing Street"] = street
            r["Billing Address1"] = who["address1"]
            r["Billing Address2"] = who["address2"] or None
            r["Billing Company"] = None
            r["Billing City"] = who["city"]
            r["Billing Zip"] = who["zip"]
            r["Billing Province"] = who["province"]
            r["Billing Country"] = "CA"
            r["Billing Phone"] = who["phone"]
            if not no_ship and o["method"] != PICKUP:
                r["Shipping Name"] = who["first"] + " " + who["last"]
                r["Shipping Street"] = street
                r["Shipping Address1"] = who["address1"]
                r["Shipping Address2"] = who["address2"] or None
                r["Shipping City"] = who["city"]
                r["Shipping Zip"] = who["zip"]
                r["Shipping Province"] = who["province"]
                r["Shipping Country"] = "CA"
                r["Shipping Phone"] = who["phone"]
                r["Shipping Province Name"] = PROVINCE_NAMES[who["province"]]
            r["Notes"] = o.get("notes")
            r["Note Attributes"] = ""
            r["Cancelled at"] = ts(o.get("cancelled")) if o.get("cancelled") else None
            r["Payment Method"] = PAYMENT_METHOD.get(o["n"], "Shopify Payments")
            r["Payment Reference"] = "c%d.1" % (31800000000 + o["n"] * 7)
            r["Refunded Amount"] = str(o["refunded_amount"])
            r["Outstanding Balance"] = str(o["total"]) if o["fin"] in ("authorized", "voided") else "0.00"
            r["Location"] = "Calgary Showroom" if o["method"] == PICKUP else None
            r["Id"] = str(6012000000000 + o["n"] * 1031)
            r["Tags"] = ""
            r["Risk Level"] = "Low"
            r["Source"] = "web"
            for k, (tn, tv) in enumerate(o["taxes"]):
                r["Tax %d Name" % (k + 1)] = tn
                r["Tax %d Value" % (k + 1)] = str(tv)
            r["Billing Province Name"] = PROVINCE_NAMES[who["province"]]
            r["Payment ID"] = "r%dK%d" % (o["n"] * 3, o["n"] % 97)
            r["Payment References"] = "c%d.1" % (31800000000 + o["n"] * 7)
        rows.append(r)
    return rows


def render_orders():
    lines = [",".join(cell(h) for h in ORDER_HEADER)]
    for o in sorted(ORDERS, key=lambda o: o["at"], reverse=True):
        for r in order_rows(o):
            lines.append(",".join(cell(r[h]) for h in ORDER_HEADER))
    return "\n".join(lines) + "\n"


CUSTOMER_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                   "Default Address Company", "Default Address Address1", "Default Address Address2",
                   "Default Address City", "Default Address Province Code", "Default Address Country Code",
                   "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent",
                   "Total Orders", "Note", "Tax Exempt", "Tags"]


def render_customers():
    lines = [",".join(cell(h) for h in CUSTOMER_HEADER)]
    for c in CUSTOMERS:
        c = CUST[c[0]]
        mine = orders_of(c["key"])
        spent = sum((o["total"] - o["refunded_amount"] for o in mine if o["fin"] != "voided"), D("0.00"))
        r = ["'" + c["id"], c["first"], c["last"], c["email"], c["accepts"], None, c["address1"],
             c["address2"] or None, c["city"], c["province"], "CA", c["zip"], "'" + c["phone"], "'" + c["phone"],
             "no", str(spent), str(len(mine)), None, "no", c["tags"] if c["tags"] else ""]
        lines.append(",".join(cell(x) for x in r))
    return "\n".join(lines) + "\n"
