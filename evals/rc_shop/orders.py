"""Customers and orders of Ridgeback RC & Drones, written as Shopify's customers and orders CSV exports.

Orders are listed by hand (what was bought, where it went, what happened to it); every amount (prices on
the day, shipping from the shipping page's rates, the dangerous-goods surcharge, each province's tax,
refunds) is computed here from the catalog and the pages' data."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as P

TWO = Decimal("0.01")


def money(x):
    return Decimal(x).quantize(TWO, rounding=ROUND_HALF_UP)


def m(x):
    return "%.2f" % money(x)


# ------------------------------------------------------------------ customers (16 on file)
CUSTOMERS = [
    dict(id="7291834560513", first="Maya", last="Tremblay", email="maya.tremblay@example.com", addr1="4521 Rue Saint-Denis",
         addr2="App. 3", city="Montréal", prov="QC", country="CA", zip="H2J 2L2", phone="+15145550142", marketing="yes", tags=""),
    dict(id="7291834593281", first="Ethan", last="Okafor", email="ethan.okafor@example.ca", addr1="88 Dufferin Street",
         addr2="Unit 1204", city="Toronto", prov="ON", country="CA", zip="M6K 1X9", phone="+14165550178", marketing="no", tags=""),
    dict(id="7291834626049", first="Priya", last="Raman", email="priya.raman@example.com", addr1="2210 Kingsway", addr2="",
         city="Vancouver", prov="BC", country="CA", zip="V5N 2T7", phone="+16045550119", marketing="yes", tags="newsletter"),
    dict(id="7291834658817", first="Liam", last="Fraser", email="liam.fraser@example.net", addr1="5670 Spring Garden Road",
         addr2="", city="Halifax", prov="NS", country="CA", zip="B3J 1H6", phone="+19025550166", marketing="no", tags=""),
    dict(id="7291834691585", first="Chloé", last="Gagnon", email="chloe.gagnon@example.ca", addr1="312 Rue Saint-Jean", addr2="",
         city="Québec", prov="QC", country="CA", zip="G1R 1P1", phone="+14185550133", marketing="yes", tags=""),
    dict(id="7291834724353", first="Noah", last="Kowalski", email="noah.kowalski@example.com", addr1="19 Hawkins Street",
         addr2="", city="Whitehorse", prov="YT", country="CA", zip="Y1A 1X2", phone="+18675550104", marketing="no", tags=""),
    dict(id="7291834757121", first="Sophie", last="Chen", email="sophie.chen@example.com", addr1="1040 7 Avenue SW",
         addr2="Suite 900", city="Calgary", prov="AB", country="CA", zip="T2P 1J9", phone="+14035550191", marketing="yes",
         tags="track-regular"),
    dict(id="7291834789889", first="Jake", last="Morrison", email="jake.morrison@example.com", addr1="1520 4th Avenue",
         addr2="Apt 610", city="Seattle", prov="WA", country="US", zip="98101", phone="+12065550147", marketing="no", tags=""),
    dict(id="7291834822657", first="Daniel", last="Bouchard", email="daniel.bouchard@example.com", addr1="77 Osborne Street",
         addr2="", city="Winnipeg", prov="MB", country="CA", zip="R3L 1Y6", phone="+12045550125", marketing="yes",
         tags="track-regular"),
    dict(id="7291834855425", first="Tyler", last="Brooks", email="tyler.brooks@example.com", addr1="2440 Woodward Avenue",
         addr2="", city="Detroit", prov="MI", country="US", zip="48201", phone="+13135550182", marketing="no", tags=""),
    dict(id="7291834888193", first="Aisha", last="Mohammed", email="aisha.m@example.com", addr1="10235 101 Street NW",
         addr2="Unit 1808", city="Edmonton", prov="AB", country="CA", zip="T5J 3G1", phone="+17805550158", marketing="no", tags=""),
    dict(id="7291834920961", first="Owen", last="MacLeod", email="owen.macleod@example.ca", addr1="315 Spadina Crescent E",
         addr2="", city="Saskatoon", prov="SK", country="CA", zip="S7K 3G6", phone="+13065550137", marketing="yes", tags=""),
    dict(id="7291834953729", first="Hannah", last="Lee", email="hannah.lee@example.com", addr1="150 Elgin Street",
         addr2="Apt 2102", city="Ottawa", prov="ON", country="CA", zip="K2P 1L4", phone="+16135550170", marketing="yes", tags=""),
    dict(id="7291834986497", first="Emily", last="Carter", email="emily.carter@example.com", addr1="45 Elmwood Avenue",
         addr2="", city="Buffalo", prov="NY", country="US", zip="14201", phone="+17165550163", marketing="no", tags=""),
    dict(id="7291835019265", first="Marcus", last="Dubois", email="marcus.dubois@example.com", addr1="4910 50 Avenue", addr2="",
         city="Red Deer", prov="AB", country="CA", zip="T4N 4B3", phone="+14035550112", marketing="no", tags=""),
    dict(id="7291835052033", first="Grace", last="Whitfield", email="grace.whitfield@example.ca", addr1="", addr2="",
         city="", prov="", country="", zip="", phone="", marketing="yes", tags="newsletter"),
]
GUESTS = [
    dict(first="Riley", last="Nguyen", email="riley.nguyen@example.org", addr1="1860 Pandosy Street", addr2="",
         city="Kelowna", prov="BC", country="CA", zip="V1Y 1R6", phone="+12505550129"),
    dict(first="Sam", last="Patel", email="sam.patel@example.com", addr1="3025 Hurontario Street", addr2="Unit 41",
         city="Mississauga", prov="ON", country="CA", zip="L5A 2H1", phone="+19055550151"),
    dict(first="Jordan", last="Blake", email="jordan.blake@example.net", addr1="830 SE Belmont Street", addr2="",
         city="Portland", prov="OR", country="US", zip="97214", phone="+15035550186"),
    dict(first="Alex", last="Martin", email="alex.martin@example.ca", addr1="4915 49 Street", addr2="",
         city="Yellowknife", prov="NT", country="CA", zip="X1A 1P7", phone="+18675550177"),
]
PEOPLE = {c["email"]: c for c in CUSTOMERS + GUESTS}
GUEST_EMAILS = {g["email"] for g in GUESTS}

PROV_NAMES = {"AB": "Alberta", "BC": "British Columbia", "SK": "Saskatchewan", "MB": "Manitoba", "ON": "Ontario",
              "QC": "Quebec", "NS": "Nova Scotia", "NB": "New Brunswick", "PE": "Prince Edward Island",
              "NL": "Newfoundland and Labrador", "YT": "Yukon", "NT": "Northwest Territories", "NU": "Nunavut",
              "WA": "Washington", "MI": "Michigan", "NY": "New York", "OR": "Oregon"}
COUNTRY_NAMES = {"CA": "Canada", "US": "United States"}

# tax by province: [(name, rate)]
TAXES = {"AB": [("GST 5%", "0.05")], "YT": [("GST 5%", "0.05")], "NT": [("GST 5%", "0.05")], "NU": [("GST 5%", "0.05")],
         "BC": [("GST 5%", "0.05"), ("BC PST 7%", "0.07")], "SK": [("GST 5%", "0.05"), ("SK PST 6%", "0.06")],
         "MB": [("GST 5%", "0.05"), ("MB RST 7%", "0.07")], "ON": [("HST 13%", "0.13")],
         "QC": [("GST 5%", "0.05"), ("QST 9.975%", "0.09975")], "NS": [("HST 14%", "0.14")],
         "NB": [("HST 15%", "0.15")], "NL": [("HST 15%", "0.15")], "PE": [("HST 15%", "0.15")]}

PICKUP = "Local Pickup (Manitou Rd SE, Calgary)"

# ------------------------------------------------------------------ orders as written by hand
# ship: "ground_cp" / "ground_puro" / "express" / "us_ground" / "us_express" / "pickup" / "none"
# state: paid_fulfilled, paid_unfulfilled, partial, pending, refunded_returned (restocked), partial_refund,
#        cancelled_voided, cancelled_refunded
ORDERS_SPEC = [
    dict(n=5201, email="maya.tremblay@example.com", at="2026-10-03 14:22:10", items=[("TRA-68086-4-RED", 1), ("TRA-2872X", 1), ("TRA-2971", 1)],
         ship="ground_puro", state="paid_fulfilled", ful="2026-10-05 10:14:33"),
    dict(n=5202, email="ethan.okafor@example.ca", at="2026-10-06 19:41:52", items=[("DJI-M4P-FMC", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-10-07 11:02:17"),
    dict(n=5203, email="priya.raman@example.com", at="2026-10-09 08:15:04",
         items=[("RBP-5000-3S-XT60", 2), ("RB-LIPOBAG-S", 1), ("ISDT-Q6NANO", 1), ("RB-PSU-350", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-10-09 15:40:51"),
    dict(n=5204, email="liam.fraser@example.net", at="2026-10-12 21:07:39", items=[("ARA8608-BLK", 1)],
         ship="ground_puro", state="partial_refund", ful="2026-10-13 09:55:02", refund_kind="restock", refund_skus=["ARA8608-BLK"],
         notes="Returned 2026-10-29 opened, never run. 15% restocking fee on opened RTR per returns policy. Shipping was free."),
    dict(n=5205, email="riley.nguyen@example.org", at="2026-10-15 16:33:21", items=[("RB-SKYCUB-YEL", 1), ("RB-LIPOBAG-S", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-10-16 10:21:45"),
    dict(n=5206, email="chloe.gagnon@example.ca", at="2026-10-18 12:48:09", items=[("WS-GOGX", 1)],
         ship="ground_puro", state="refunded_returned", ful="2026-10-19 10:05:12",
         notes="Returned unopened 2026-11-03 (changed mind). Full refund."),
    dict(n=5207, email="noah.kowalski@example.com", at="2026-10-21 10:02:44", items=[("RM-BOXER-BLK", 1), ("RBP-5000-3S-XT60", 1)],
         ship="ground_cp", state="partial_refund", ful="2026-10-22 14:30:00", refund_kind="removed", refund_skus=["RBP-5000-3S-XT60"],
         notes="LiPo removed and refunded with the dangerous goods surcharge: we can't ship lithium batteries to Yukon. Radio shipped Canada Post."),
    dict(n=5208, email="sophie.chen@example.com", at="2026-10-24 11:19:27", items=[("RB-HEX4", 1), ("RB-NUT-7", 1), ("RB-SHOCK-40", 2)],
         ship="pickup", state="paid_fulfilled", ful="2026-10-24 13:02:58"),
    dict(n=5209, email="jake.morrison@example.com", at="2026-10-27 17:56:13", items=[("DJI-M4P-STD", 1), ("DJI-M4P-PROP", 2)],
         ship="us_ground", state="paid_fulfilled", ful="2026-10-28 11:47:36"),
    dict(n=5210, email="sam.patel@example.com", at="2026-10-30 22:11:50", items=[("EACH-EV800D", 1)],
         ship="ground_puro", state="cancelled_refunded", cancelled="2026-10-31 09:12:00",
         notes="Customer asked to cancel before it shipped."),
    dict(n=5211, email="daniel.bouchard@example.com", at="2026-11-02 13:25:31",
         items=[("ARA4302V3-BLU", 1), ("RBP-5000-3S-EC5", 2), ("RB-CHG-D100", 1)],
         ship="ground_puro", state="paid_fulfilled", ful="2026-11-03 10:40:19"),
    dict(n=5212, email="tyler.brooks@example.com", at="2026-11-04 20:44:05", items=[("RBP-FPV-6S1100", 4), ("GF-51466-BLK", 3)],
         ship="us_ground", state="paid_fulfilled", ful="2026-11-05 12:12:12"),
    dict(n=5213, email="aisha.m@example.com", at="2026-11-06 09:38:47", items=[("AXI03007", 1), ("SAV-SW0231MG", 1), ("PRO10128-14", 1)],
         ship="ground_puro", state="paid_fulfilled", ful="2026-11-06 14:55:40"),
    dict(n=5214, email="owen.macleod@example.ca", at="2026-11-08 18:20:16", items=[("RB-GIFT-100", 1)],
         ship="none", state="paid_fulfilled", ful="2026-11-08 18:20:20"),
    dict(n=5215, email="hannah.lee@example.com", at="2026-11-10 15:03:58", items=[("BETA-CETUSX-KIT", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-11-11 10:33:04", discount=("WELCOME10", "0.10")),
    dict(n=5216, email="jordan.blake@example.net", at="2026-11-12 07:45:29", items=[("RM-TX16S-ELRS", 1)],
         ship="us_ground", state="paid_fulfilled", ful="2026-11-12 13:18:41"),
    dict(n=5217, email="maya.tremblay@example.com", at="2026-11-14 20:10:33", items=[("RB-DCLAW-110SC", 2), ("TRA-6832X-BLK", 2)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-11-16 10:09:27"),
    dict(n=5218, email="emily.carter@example.com", at="2026-11-16 11:27:40", items=[("SPMR5200", 1)],
         ship="us_express", state="paid_fulfilled", ful="2026-11-16 15:50:08"),
    dict(n=5219, email="ethan.okafor@example.ca", at="2026-11-18 22:35:17", items=[("DJI-M4P-BATPLUS", 2)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-11-19 11:26:44"),
    dict(n=5220, email="priya.raman@example.com", at="2026-11-21 10:14:55", items=[("RM-BOXER-WHT", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-11-23 10:44:21"),
    dict(n=5221, email="alex.martin@example.ca", at="2026-11-22 14:06:38", items=[("RB-HEX4", 1), ("RB-NUT-8", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-11-23 11:05:37"),
    dict(n=5222, email="aisha.m@example.com", at="2026-11-24 19:52:26", items=[("DJI-AIR3S-STD", 1)],
         ship="ground_puro", state="cancelled_voided", cancelled="2026-11-25 08:41:10",
         notes="Cancelled at the customer's request before capture; authorization voided."),
    dict(n=5223, email="owen.macleod@example.ca", at="2026-11-26 12:31:09", items=[("ARA8608-RED", 1), ("RBP-5000-3S-EC5", 2)],
         ship="ground_puro", state="cancelled_refunded", cancelled="2026-11-27 10:02:45",
         notes="Customer cancelled (bought one locally). Refunded in full."),
    dict(n=5224, email="daniel.bouchard@example.com", at="2026-11-28 09:17:42", items=[("RB-CHG-D100", 1), ("RBP-5000-4S-EC5", 2)],
         ship="ground_puro", state="partial", ful="2026-11-30 10:22:05", shipped_skus=["RB-CHG-D100"],
         notes="4S EC5 packs on backorder: they ship when restocked."),
    dict(n=5225, email="liam.fraser@example.net", at="2026-11-29 16:48:03", items=[("TRA-58034-1-ORG", 1), ("TRA-2952X", 1)],
         ship="express", state="paid_fulfilled", ful="2026-12-01 10:03:59"),
    dict(n=5226, email="hannah.lee@example.com", at="2026-11-30 21:29:14", items=[("DJI-AIR3S-STD", 1)],
         ship="ground_cp", state="pending", payment="Interac e-Transfer"),
    dict(n=5227, email="riley.nguyen@example.org", at="2026-12-01 11:55:36", items=[("DJI-MINI3-REF", 1)],
         ship="ground_cp", state="paid_fulfilled", ful="2026-12-02 10:16:23"),
    dict(n=5228, email="jake.morrison@example.com", at="2026-12-01 23:08:51", items=[("IF-NAZ-F5-ANA", 1), ("RBP-FPV-6S1100", 2)],
         ship="us_ground", state="paid_fulfilled", ful="2026-12-02 14:41:09"),
    dict(n=5229, email="ethan.okafor@example.ca", at="2026-12-02 08:44:20", items=[("ASC80945", 1)],
         ship="ground_cp", state="paid_unfulfilled", notes="Pre-order: ships when released."),
    dict(n=5230, email="tyler.brooks@example.com", at="2026-12-02 17:20:45", items=[("CSE060-0060-00", 1), ("TRA-PIN32-18T", 1)],
         ship="us_ground", state="paid_unfulfilled"),
    dict(n=5231, email="sophie.chen@example.com", at="2026-12-03 12:40:18", items=[("SVC-REPAIR-DIAG", 1), ("SVC-REPAIR-RUSH", 1)],
         ship="none", state="paid_unfulfilled", source="pos", notes="Slash 4X4 in for a rush diagnostic: no throttle."),
    dict(n=5232, email="sam.patel@example.com", at="2026-12-03 20:02:57", items=[("TRA-68086-4-GRN", 1), ("RBP-5000-3S-TRX", 2)],
         ship="ground_cp", state="paid_unfulfilled"),
    dict(n=5233, email="maya.tremblay@example.com", at="2026-12-04 09:31:06", items=[("BETA-PAVO20P2-O4", 1), ("RB-LIPOBAG-L", 1)],
         ship="ground_cp", state="paid_unfulfilled", notes="Pre-order: ships when released."),
    dict(n=5234, email="emily.carter@example.com", at="2026-12-04 13:47:22", items=[("RBP-2200-3S-DEANS", 2)],
         ship="us_ground", state="paid_unfulfilled"),
    dict(n=5235, email="jordan.blake@example.net", at="2026-12-04 18:05:41", items=[("RB-GIFT-50", 1)],
         ship="none", state="paid_fulfilled", ful="2026-12-04 18:05:45"),
]


def offset(ts):
    """Calgary: MDT (-0600) until November 1, 2026 at 2:00; MST (-0700) after."""
    return "-0600" if ts < "2026-11-01 02:00:00" else "-0700"


def stamp(ts):
    return "%s %s" % (ts, offset(ts)) if ts else ""


def price_on(p, v, ts):
    """What the line cost the day it was ordered (a sale window read against the order's day)."""
    for key in ("sale", "upcoming"):
        s = p.get(key)
        if s:
            start, end = s[1][0][:10], s[1][1][:10]
            if start <= ts[:10] <= end:
                return s[0], v["price"]
    return v["price"], ""


def ship_method(spec, prov):
    return {"ground_cp": "Standard Ground (Canada Post)", "ground_puro": "Standard Ground (Purolator)",
            "express": "Express (Purolator Express)", "us_ground": "UPS Standard", "us_express": "UPS Expedited",
            "pickup": PICKUP, "none": ""}[spec["ship"]]


def build():
    orders = []
    for spec in ORDERS_SPEC:
        person = PEOPLE[spec["email"]]
        prov = "AB" if spec["ship"] == "pickup" else person["prov"]
        lines = []
        for sku, qty in spec["items"]:
            p, v = C.variant_by_id(sku)
            price, compare = price_on(p, v, spec["at"])
            requires_ship = not (p["type"].startswith(C.T_SVC) or p["type"] == C.T_GIFT)
            lines.append(dict(sku=sku, qty=qty, price=money(price), compare=compare, p=p, v=v,
                              name=p["base"] + ((" - " + C.options_text(p, v)) if C.options_text(p, v) else ""),
                              vendor=p["brand"], requires_shipping=requires_ship, lipo=C.is_lipo(p),
                              taxable=p["type"] != C.T_GIFT))
        items_total = sum(l["price"] * l["qty"] for l in lines)
        discount = money(0)
        code = ""
        if spec.get("discount"):
            code, rate = spec["discount"]
            discount = money(items_total * Decimal(rate))
        subtotal = items_total - discount
        has_lipo = any(l["lipo"] for l in lines)
        z = P.zone_of(person["prov"]) if person["country"] == "CA" else None
        s = spec["ship"]
        if s in ("ground_cp", "ground_puro"):
            rate = money(0) if (subtotal >= P.FREE_OVER and not z["territory"]) else money(z["ground"])
        elif s == "express":
            assert not has_lipo
            rate = money(z["express"])
        elif s == "us_ground":
            rate = money(P.US["ground"])
        elif s == "us_express":
            assert not has_lipo
            rate = money(P.US["express"])
        else:
            rate = money(0)
        surcharge = money(P.DG_SURCHARGE) if (has_lipo and s not in ("pickup", "none")) else money(0)
        shipping = rate + surcharge
        taxes = []
        taxable = sum(l["price"] * l["qty"] for l in lines if l["taxable"]) - discount
        if (person["country"] == "CA" or s in ("pickup", "none")) and taxable > 0:
            tprov = prov if person["country"] == "CA" else "AB"
            for name, r in TAXES[tprov]:
                taxes.append((name, money((taxable + shipping) * Decimal(r)), Decimal(r)))
        tax_total = sum((t[1] for t in taxes), money(0))
        total = subtotal + shipping + tax_total
        # refunds
        refunded = money(0)
        st = spec["state"]
        if st in ("refunded_returned", "cancelled_refunded"):
            refunded = total
        elif st == "partial_refund":
            rate_sum = sum((t[2] for t in taxes), Decimal(0))
            base = sum(l["price"] * l["qty"] for l in lines if l["sku"] in spec["refund_skus"])
            if spec["refund_kind"] == "restock":
                base = money(base * (Decimal(100 - P.RESTOCK_PCT) / 100))
            else:  # removed: the battery and the surcharge it brought
                base = base + surcharge
            refunded = money(base * (1 + rate_sum))
        fin = {"paid_fulfilled": "paid", "paid_unfulfilled": "paid", "partial": "paid", "pending": "pending",
               "refunded_returned": "refunded", "partial_refund": "partially_refunded",
               "cancelled_voided": "voided", "cancelled_refunded": "refunded"}[st]
        fulst = {"paid_fulfilled": "fulfilled", "paid_unfulfilled": "unfulfilled", "partial": "partial",
                 "pending": "unfulfilled", "refunded_returned": "restocked", "partial_refund": "fulfilled",
                 "cancelled_voided": "unfulfilled", "cancelled_refunded": "unfulfilled"}[st]
        for l in lines:
            if st == "partial":
                l["fstatus"] = "fulfilled" if l["sku"] in spec["shipped_skus"] else "pending"
            elif st == "partial_refund" and spec["refund_kind"] == "removed" and l["sku"] in spec["refund_skus"]:
                l["fstatus"] = "restocked"
            elif fulst in ("fulfilled", "restocked"):
                l["fstatus"] = "fulfilled"
            else:
                l["fstatus"] = "pending"
        orders.append(dict(spec=spec, name="#%d" % spec["n"], n=spec["n"], email=spec["email"], person=person,
                           guest=spec["email"] in GUEST_EMAILS, lines=lines, items_total=items_total, discount=discount,
                           code=code, subtotal=subtotal, shipping=shipping, surcharge=surcharge, rate=rate, taxes=taxes,
                           tax_total=tax_total, total=total, refunded=refunded, financial=fin, fulfillment=fulst,
                           method=ship_method(spec, prov), has_lipo=has_lipo, created=spec["at"],
                           fulfilled_at=spec.get("ful", ""), cancelled_at=spec.get("cancelled", ""),
                           notes=spec.get("notes", ""), status_word=st))
    return orders


ORDERS = build()
BY_N = {o["n"]: o for o in ORDERS}


def order(n):
    return BY_N[n]


def orders_of(email):
    return [o for o in ORDERS if o["email"] == email]


ORDER_COLUMNS = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
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
                 "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"]

CUSTOMER_COLUMNS = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
                    "Default Address Address1", "Default Address Address2", "Default Address City",
                    "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
                    "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
                    "Tax Exempt", "Tags"]


def zip_cell(person):
    z = person["zip"]
    return ("'" + z) if (z and z[0].isdigit()) else z


def street(person):
    return person["addr1"] + ((", " + person["addr2"]) if person["addr2"] else "")


def render_orders():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ORDER_COLUMNS)
    for o in sorted(ORDERS, key=lambda o: -o["n"]):       # newest first, as the admin exports them
        per = o["person"]
        full = "%s %s" % (per["first"], per["last"])
        spec = o["spec"]
        shipping_addr = spec["ship"] not in ("none", "pickup")
        pay = spec.get("payment", "PayPal Express Checkout" if o["n"] % 5 == 0 else "Shopify Payments")
        paid_at = "" if o["financial"] in ("pending", "voided") else stamp(o["created"][:17] + "%02d" % ((int(o["created"][17:]) + 3) % 60))
        oid = str(5648201334785 + o["n"] * 32768)
        for i, l in enumerate(o["lines"]):
            row = {c: "" for c in ORDER_COLUMNS}
            row["Name"] = o["name"]
            row["Email"] = o["email"]
            row["Lineitem quantity"] = str(l["qty"])
            row["Lineitem name"] = l["name"]
            row["Lineitem price"] = m(l["price"])
            row["Lineitem compare at price"] = l["compare"]
            row["Lineitem sku"] = l["sku"]
            row["Lineitem requires shipping"] = "true" if l["requires_shipping"] else "false"
            row["Lineitem taxable"] = "true" if l["taxable"] else "false"
            row["Lineitem fulfillment status"] = l["fstatus"]
            row["Vendor"] = l["vendor"]
            row["Lineitem discount"] = m(money(l["price"] * l["qty"] * Decimal(spec["discount"][1]))) if spec.get("discount") else "0.00"
            if i == 0:
                row.update({
                    "Financial Status": o["financial"], "Paid at": paid_at, "Fulfillment Status": o["fulfillment"],
                    "Fulfilled at": stamp(o["fulfilled_at"]), "Accepts Marketing": per.get("marketing", "no"),
                    "Currency": "CAD", "Subtotal": m(o["subtotal"]), "Shipping": m(o["shipping"]), "Taxes": m(o["tax_total"]),
                    "Total": m(o["total"]), "Discount Code": o["code"], "Discount Amount": m(o["discount"]) if o["code"] else "0.00",
                    "Shipping Method": o["method"], "Created at": stamp(o["created"]),
                    "Billing Name": full, "Billing Street": street(per), "Billing Address1": per["addr1"],
                    "Billing Address2": per["addr2"], "Billing City": per["city"], "Billing Zip": zip_cell(per),
                    "Billing Province": per["prov"], "Billing Country": per["country"], "Billing Phone": per["phone"],
                    "Notes": o["notes"], "Cancelled at": stamp(o["cancelled_at"]), "Payment Method": pay,
                    "Payment Reference": "c%d.1" % (29931400000 + o["n"] * 7), "Refunded Amount": m(o["refunded"]),
                    "Outstanding Balance": m(o["total"]) if o["financial"] == "pending" else "0.00",
                    "Id": oid, "Tags": "", "Risk Level": "Low", "Source": spec.get("source", "web"),
                    "Phone": "", "Billing Province Name": PROV_NAMES.get(per["prov"], ""),
                    "Payment ID": "c%d.1" % (29931400000 + o["n"] * 7),
                    "Payment References": "c%d.1" % (29931400000 + o["n"] * 7),
                })
                if shipping_addr:
                    row.update({"Shipping Name": full, "Shipping Street": street(per), "Shipping Address1": per["addr1"],
                                "Shipping Address2": per["addr2"], "Shipping City": per["city"], "Shipping Zip": zip_cell(per),
                                "Shipping Province": per["prov"], "Shipping Country": per["country"],
                                "Shipping Phone": per["phone"], "Shipping Province Name": PROV_NAMES.get(per["prov"], "")})
                if spec["ship"] == "pickup" or spec.get("source") == "pos":
                    row["Location"] = "Ridgeback RC - Calgary"
                for k, (tname, tval, _r) in enumerate(o["taxes"]):
                    row["Tax %d Name" % (k + 1)] = tname
                    row["Tax %d Value" % (k + 1)] = m(tval)
                if o["has_lipo"] and shipping_addr:
                    row["Note Attributes"] = "dangerous_goods: lithium batteries (ground only)"
            w.writerow([row[c] for c in ORDER_COLUMNS])
    return buf.getvalue()


def customer_totals(email):
    os_ = orders_of(email)
    spent = money(0)
    for o in os_:
        if o["financial"] in ("paid", "partially_refunded", "refunded"):
            spent += o["total"] - o["refunded"]
    return spent, len(os_)


def render_customers():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CUSTOMER_COLUMNS)
    for c in CUSTOMERS:
        spent, count = customer_totals(c["email"])
        row = ["'" + c["id"], c["first"], c["last"], c["email"], c["marketing"], "", c["addr1"], c["addr2"], c["city"],
               c["prov"], c["country"], zip_cell(c), ("'" + c["phone"]) if c["phone"] else "",
               ("'" + c["phone"]) if (c["phone"] and c["marketing"] == "yes") else "", "no", m(spent), str(count), "",
               "no", c["tags"]]
        w.writerow(row)
    return buf.getvalue()
