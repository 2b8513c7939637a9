"""Customers and orders, and Shopify's customers and orders CSV exports."""

import csv

import catalog as cat
import policy as pol
from common import RNG

# key: (first, last, email, address1, city, province, zip, phone, tags)
CUSTOMERS = {
    "chloe": ("Chloé", "Tremblay", "chloe.tremblay@example.ca", "4521 rue Saint-Denis", "Montréal",
              "QC", "H2J 2L3", "+15145550187", ""),
    "maya": ("Maya", "Singh", "maya.singh@example.com", "18 Kingknoll Dr", "Brampton", "ON",
             "L6Y 4M3", "+19055550163", ""),
    "olivia": ("Olivia", "Chen", "olivia.chen@example.net", "2210 W 4th Ave", "Vancouver", "BC",
               "V6K 1N8", "+16045550119", ""),
    "emma": ("Emma", "MacDonald", "emma.macdonald@example.ca", "1587 Robie St", "Halifax", "NS",
             "B3H 3E6", "+19025550134", ""),
    "sophie": ("Sophie", "Gagnon", "sophie.gagnon@example.com", "88 rue Saint-Jean", "Québec",
               "QC", "G1R 1N4", "+14185550176", "pointe"),
    "ava": ("Ava", "Kowalski", "ava.kowalski@example.ca", "310 Academy Rd", "Winnipeg", "MB",
            "R3N 0B9", "+12045550148", ""),
    "isabelle": ("Isabelle", "Roy", "isabelle.roy@example.net", "77 rue Laurier", "Gatineau", "QC",
                 "J8X 3V8", "+18195550152", ""),
    "harper": ("Harper", "Thompson", "harper.thompson@example.com", "1404 17 Ave SW", "Calgary",
               "AB", "T2T 0C8", "+14035550191", ""),
    "lea": ("Léa", "Bouchard", "lea.bouchard@example.ca", "256 Dalhousie St", "Ottawa", "ON",
            "K1N 7E4", "+16135550128", "pointe"),
    "nora": ("Nora", "Williams", "nora.williams@example.com", "43 Fairmont Ave", "Ottawa", "ON",
             "K1Y 1X4", "+16135550173", ""),
    "zoe": ("Zoe", "Martin", "zoe.martin@example.net", "965 Queen St W", "Toronto", "ON",
            "M6J 1G8", "+14165550139", ""),
    "amelia": ("Amelia", "Nguyen", "amelia.nguyen@example.ca", "10520 82 Ave NW", "Edmonton", "AB",
               "T6E 2A3", "+17805550122", ""),
    "grace": ("Grace", "O'Brien", "grace.obrien@example.com", "12 Gower St", "St. John's", "NL",
              "A1C 1M9", "+17095550157", ""),
    "priya": ("Priya", "Patel", "priya.patel@example.net", "3985 Grand Park Dr", "Mississauga", "ON",
              "L5B 4M6", "+19055550108", ""),
    "mia": ("Mia", "Fortin", "mia.fortin@example.ca", "1650 boul. des Laurentides", "Laval", "QC",
            "H7M 2P4", "+14505550183", ""),
    "ella": ("Ella", "Johnson", "ella.johnson@example.com", "822 Broadway Ave", "Saskatoon", "SK",
             "S7N 1B6", "+13065550141", ""),
    "charlotte": ("Charlotte", "Lee", "charlotte.lee@example.net", "1020 Fort St", "Victoria", "BC",
                  "V8V 3K4", "+12505550166", ""),
    "daniel": ("Daniel", "Park", "daniel.park@example.com", "155 Johnson St", "Kingston", "ON",
               "K7L 1X9", "+16135550194", ""),
    "hannah": ("Hannah", "Dubois", "hannah.dubois@example.ca", "270 Highfield St", "Moncton", "NB",
               "E1C 5R4", "+15065550117", ""),
    "ruth": ("Ruth", "Abernathy", "ruth.abernathy@example.com", "601 Richmond St", "London", "ON",
             "N6A 3G7", "+15195550102", "studio, wholesale"),
    "julia": ("Julia", "Santos", "julia.santos@example.net", "39 Elm Ave", "Toronto", "ON",
              "M4W 1M9", "+14165550150", ""),
}
# guests check out without an account: no row in customers_export.csv
GUESTS = {
    "aisha": ("Aisha", "Rahman", "aisha.rahman@example.org", "212 Danforth Ave", "Toronto", "ON",
              "M4K 1N4", "+16475550131", ""),
    "camille": ("Camille", "Leblanc", "camille.leblanc@example.org", "1200 rue Peel", "Montréal",
                "QC", "H3B 2T6", "+15145550170", ""),
    "fiona": ("Fiona", "Campbell", "fiona.campbell@example.org", "5670 Spring Garden Rd", "Halifax",
              "NS", "B3J 1H6", "+19025550188", ""),
    "sarah": ("Sarah", "Kim", "sarah.kim@example.org", "3308 Main St", "Vancouver", "BC",
              "V5V 3M7", "+16045550145", ""),
    "jenna": ("Jenna", "Morales", "jenna.morales@example.org", "4512 Fremont Ave N", "Seattle",
              "WA", "98103", "+12065550179", ""),
}

PEOPLE = dict(CUSTOMERS)
PEOPLE.update(GUESTS)


def person(key):
    f, l, e, a1, city, prov, z, ph, tags = PEOPLE[key]
    return dict(key=key, first=f, last=l, email=e, address1=a1, city=city, province=prov, zip=z,
                phone=ph, tags=tags, guest=key in GUESTS,
                country="US" if key == "jenna" else "CA")


# number, who, created, items, method, financial, fulfillment, fulfilled_on, cancelled_on,
# refunded ("full", an item index list to refund, or None), payment gateway
ORDER_SPECS = [
    (6201, "chloe", "2026-09-02 10:14", [("etoile-pointe-shoe", ("5", "X"), 1),
                                        ("satin-pointe-ribbon", ("European Pink",), 1),
                                        ("pointe-shoe-elastic", ("3/4 in",), 1)],
     "std", "paid", "fulfilled", "2026-09-03 15:02", None, None, "Shopify Payments"),
    (6202, "maya", "2026-09-05 19:41", [("camisole-leotard", ("M", "Black"), 2),
                                       ("convertible-tights", ("S/M", "Ballet Pink"), 2)],
     "ground", "paid", "fulfilled", "2026-09-08 11:20", None, None, "Shopify Payments"),
    (6203, "olivia", "2026-09-08 08:55", [("slip-on-jazz-shoe", ("7", "Black"), 1)],
     "std", "paid", "fulfilled", "2026-09-09 14:31", None, None, "PayPal Express Checkout"),
    (6204, "aisha", "2026-09-10 21:03", [("kids-tank-leotard", ("7-9", "Ballet Pink"), 1),
                                        ("kids-pull-on-skirt", ("7-9", "Pink"), 1),
                                        ("leather-full-sole-ballet-slipper", ("Child 12", "M"), 1)],
     "std", "paid", "fulfilled", "2026-09-11 13:12", None, None, "Shopify Payments"),
    (6205, "emma", "2026-09-12 12:27", [("oxford-tap-shoe", ("8", "M"), 1)],
     "std", "refunded", "restocked", "2026-09-14 10:05", None, "full", "Shopify Payments"),
    (6206, "sophie", "2026-09-15 17:48", [("velvet-long-sleeve-leotard", ("M", "Black"), 1),
                                         ("knit-wrap-sweater", ("XS/S", "Blush"), 1)],
     "std", "partially_refunded", "fulfilled", "2026-09-16 16:40", None, [1], "Shopify Payments"),
    (6207, "ava", "2026-09-18 09:16", [("aurora-pointe-shoe", ("6", "XX"), 1),
                                      ("gel-toe-pads", ("M/L",), 1)],
     "express", "voided", "unfulfilled", None, "2026-09-18 13:50", None, "Shopify Payments"),
    (6208, "isabelle", "2026-09-22 20:34", [("warm-up-booties", ("M", "Black"), 1),
                                           ("ribbed-leg-warmers", ("Black",), 1)],
     "std", "paid", "partial", "2026-09-23 12:18", None, None, "Shopify Payments"),
    (6209, "harper", "2026-11-24 18:22", [("character-shoe", ("2.5 in", "8"), 1)],
     "std", "paid", "unfulfilled", None, None, None, "Shopify Payments"),
    (6210, "lea", "2026-09-26 11:05", [("soleil-beginner-pointe-shoe", ("4", "M"), 1),
                                      ("lambswool-padding", (), 1),
                                      ("pointe-shoe-sewing-kit", (), 1)],
     "pickup", "paid", "fulfilled", "2026-09-26 16:30", None, None, "Shopify Payments"),
    (6211, "nora", "2026-10-01 13:37", [("duffle-dance-bag", ("Black",), 1),
                                       ("dance-rosin", ("250 g",), 1)],
     "std", "paid", "fulfilled", "2026-10-02 10:44", None, None, "Shopify Payments"),
    (6212, "zoe", "2026-10-03 07:58", [("convertible-tights", ("M/L", "Light Toast"), 3)],
     "express", "paid", "fulfilled", "2026-10-03 15:10", None, None, "Shopify Payments"),
    (6213, "camille", "2026-11-25 22:15", [("princess-seam-tank-leotard", ("S", "Royal Blue"), 1)],
     "std", "pending", "unfulfilled", None, None, None, "Interac e-Transfer (manual)"),
    (6214, "amelia", "2026-10-06 16:49", [("practice-tutu-skirt", ("Child M",), 2)],
     "std", "paid", "fulfilled", "2026-10-07 11:36", None, None, "Shopify Payments"),
    (6215, "grace", "2026-10-08 10:02", [("barre-and-bow-gift-card", ("$50",), 1)],
     None, "paid", "fulfilled", "2026-10-08 10:02", None, None, "Shopify Payments"),
    (6216, "priya", "2026-10-10 14:25", [("kids-mary-jane-tap-shoe", ("Child 11",), 1),
                                        ("kids-lace-up-jazz-oxford", ("Child 13",), 1)],
     "std", "paid", "fulfilled", "2026-10-13 09:58", None, None, "Shopify Payments"),
    (6217, "mia", "2026-10-14 19:09", [("mesh-back-leotard", ("S",), 1)],
     "std", "refunded", "unfulfilled", None, "2026-10-15 09:12", "full", "Shopify Payments"),
    (6218, "ella", "2026-10-17 12:40", [("warm-up-onesie", ("M",), 1)],
     "std", "paid", "fulfilled", "2026-10-19 14:03", None, None, "PayPal Express Checkout"),
    (6219, "charlotte", "2026-10-20 15:33", [("seamed-professional-tights", ("B",), 2),
                                            ("gel-toe-spacers", (), 1)],
     "std", "partially_refunded", "fulfilled", "2026-10-21 10:27", None, [(0, 1)],
     "Shopify Payments"),
    (6220, "daniel", "2026-10-23 09:47", [("mens-dance-belt", ("M",), 2),
                                         ("split-sole-dance-sneaker", ("9",), 1)],
     "std", "paid", "partial", "2026-10-24 13:55", None, None, "Shopify Payments"),
    (6221, "hannah", "2026-10-26 20:11", [("canvas-split-sole-ballet-slipper", ("5", "Pink"), 1),
                                         ("chiffon-wrap-skirt", ("Black",), 1)],
     "std", "paid", "fulfilled", "2026-10-27 15:48", None, None, "Shopify Payments"),
    (6222, "ruth", "2026-10-28 10:30", [("kids-tank-leotard", ("4-6", "Ballet Pink"), 6),
                                       ("kids-footed-tights", ("4-6",), 6),
                                       ("kids-pull-on-skirt", ("4-6", "Pink"), 6)],
     "ground", "paid", "fulfilled", "2026-10-30 11:15", None, None, "Shopify Payments"),
    (6223, "chloe", "2026-11-26 09:12", [("gel-toe-pads", ("S/M",), 1),
                                        ("tip-hardener-glue", (), 1)],
     "std", "paid", "unfulfilled", None, None, None, "Shopify Payments"),
    (6224, "maya", "2026-10-30 18:06", [("stretch-resistance-band", ("Medium",), 1),
                                       ("turning-board", (), 1)],
     "std", "paid", "fulfilled", "2026-11-02 10:39", None, None, "Shop Pay"),
    (6225, "fiona", "2026-11-02 13:18", [("kids-ballerina-backpack", (), 1),
                                        ("ballet-bun-kit", ("Brown",), 1)],
     "std", "paid", "fulfilled", "2026-11-03 14:22", None, None, "Shopify Payments"),
    (6226, "olivia", "2026-11-27 21:40", [("cropped-dance-hoodie", ("M",), 1)],
     "std", "authorized", "unfulfilled", None, None, None, "PayPal Express Checkout"),
    (6227, "sophie", "2026-11-05 08:31", [("etoile-pointe-shoe", ("5.5", "XX"), 2)],
     "express", "paid", "fulfilled", "2026-11-05 14:50", None, None, "Shopify Payments"),
    (6228, "nora", "2026-11-08 17:25", [("instep-foot-stretcher", (), 1)],
     "std", "paid", "unfulfilled", None, None, None, "Shopify Payments"),
    (6229, "sarah", "2026-11-10 12:53", [("stirrup-tights", ("M", "Black"), 1),
                                        ("sauna-warm-up-shorts", ("S/M",), 1)],
     "std", "paid", "fulfilled", "2026-11-11 10:16", None, None, "Shopify Payments"),
    (6230, "zoe", "2026-11-12 16:02", [("character-shoe", ("1.5 in", "7"), 1)],
     "std", "refunded", "unfulfilled", None, "2026-11-12 18:45", "full", "Shopify Payments"),
    (6231, "emma", "2026-11-14 11:44", [("oxford-tap-shoe", ("9", "M"), 1)],
     "std", "paid", "fulfilled", "2026-11-16 09:33", None, None, "Shopify Payments"),
    (6232, "jenna", "2026-11-16 23:19", [("leather-full-sole-ballet-slipper", ("5", "M"), 1)],
     "us", "paid", "fulfilled", "2026-11-17 15:05", None, None, "Shopify Payments"),
    (6233, "priya", "2026-11-28 10:51", [("costume-garment-bag", (), 1)],
     "std", "paid", "unfulfilled", None, None, None, "Shopify Payments"),
    (6234, "ruth", "2026-11-20 09:09", [("practice-tutu-skirt", ("Child S",), 10)],
     "ground", "paid", "unfulfilled", None, None, None, "Shopify Payments"),
    (6235, "isabelle", "2026-11-22 19:27", [("satin-pointe-ribbon", ("Light Pink",), 2)],
     "std", "paid", "fulfilled", "2026-11-23 12:01", None, None, "Shopify Payments"),
    (6236, "daniel", "2026-11-23 14:36", [("lyrical-half-sole", ("M",), 1)],
     "std", "paid", "fulfilled", "2026-11-24 16:20", None, None, "Shopify Payments"),
]


def _ts(s):
    """'2026-09-02 10:14' -> Shopify's '2026-09-02 10:14:37 -0400' (EDT until Nov 1)."""
    if not s:
        return ""
    off = "-0400" if s < "2026-11-01" else "-0500"
    return "%s:%02d %s" % (s, RNG.randint(0, 59), off)


def build_order(spec):
    (number, who, created, items, method, financial, fulfillment, fulfilled_on, cancelled_on,
     refunded, gateway) = spec
    pp = person(who)
    prov = pp["province"]
    lines = []
    for handle, values, qty in items:
        p = cat.product(handle)
        v = cat.variant(handle, *values)
        lines.append(dict(handle=handle, title=p["title"], name=cat.line_name(p, v), sku=v["sku"],
                          qty=qty, price=v["price"], compare=v["compare"],
                          shipping=not p["gift"], values=values, vendor=p["vendor"]))
    subtotal = round(sum(l["price"] * l["qty"] for l in lines), 2)
    if method is None:
        ship_name, shipping = "", 0.0
    elif method == "pickup":
        ship_name, shipping = pol.PICKUP_METHOD, 0.0
    elif method == "us":
        ship_name, shipping = pol.US_METHOD, pol.US_RATE
    elif method == "express":
        ship_name, shipping = pol.EXPRESS_METHOD, pol.EXPRESS_RATE
    else:
        zone = pol.zone_for(prov)
        base = pol.GROUND_METHOD if method == "ground" else zone[2]
        if subtotal >= pol.FREE_THRESHOLD:
            ship_name, shipping = "Free Shipping (%s)" % base, 0.0
        else:
            ship_name, shipping = base, zone[3]
    if pp["country"] == "US" or method is None and all(not l["shipping"] for l in lines):
        rate, tax_prov = 0.0, None
    else:
        tax_prov = "ON" if method == "pickup" else prov
        rate = pol.TAX[tax_prov]
    taxes = round((subtotal + shipping) * rate, 2)
    total = round(subtotal + shipping + taxes, 2)
    if refunded == "full":
        refunded_amount = total
        refunded_lines = list(range(len(lines)))
    elif refunded:
        refunded_amount = 0.0
        refunded_lines = []
        for r in refunded:
            idx, q = (r, lines[r]["qty"]) if isinstance(r, int) else r
            refunded_amount += lines[idx]["price"] * q * (1 + rate)
            refunded_lines.append(idx)
        refunded_amount = round(refunded_amount, 2)
    else:
        refunded_amount = 0.0
        refunded_lines = []
    if method in ("std", "ground"):
        carrier = "Purolator" if method == "ground" else "Canada Post"
    elif method == "express":
        carrier = "Purolator"
    elif method == "us":
        carrier = "Canada Post"
    else:
        carrier = None
    return dict(number=number, name="#%d" % number, who=who, person=pp, email=pp["email"],
                guest=pp["guest"], created=created, lines=lines, method=method,
                ship_name=ship_name, shipping=shipping, subtotal=subtotal, taxes=taxes,
                tax_name=pol.TAX_NAME.get(tax_prov, "") if tax_prov else "", tax_rate=rate,
                total=total,
                financial=financial, fulfillment=fulfillment, fulfilled_on=fulfilled_on,
                cancelled_on=cancelled_on, refunded_amount=refunded_amount,
                refunded_lines=refunded_lines, gateway=gateway, carrier=carrier)


ORDERS = [build_order(s) for s in ORDER_SPECS]
BY_NUMBER = {o["number"]: o for o in ORDERS}


def order(number):
    return BY_NUMBER[number]


def orders_of(who):
    return [o for o in ORDERS if o["who"] == who]


# ================================================================ CSV exports
ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
    "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level",
    "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Phone", "Receipt Number",
    "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID",
    "Payment Terms Name", "Next Payment Due At", "Payment References"]


def _m(x):
    return "%.2f" % x


def order_rows(o):
    pp = o["person"]
    rows = []
    created = _ts(o["created"])
    fulfilled = _ts(o["fulfilled_on"]) if o["fulfilled_on"] else ""
    cancelled = _ts(o["cancelled_on"]) if o["cancelled_on"] else ""
    full_name = "%s %s" % (pp["first"], pp["last"])
    prov_name = "Washington" if pp["province"] == "WA" else pol.PROVINCE_NAMES[pp["province"]]
    for i, l in enumerate(o["lines"]):
        r = dict.fromkeys(ORDER_HEADER, "")
        r["Name"] = o["name"]
        r["Email"] = o["email"]
        r["Lineitem quantity"] = str(l["qty"])
        r["Lineitem name"] = l["name"]
        r["Lineitem price"] = _m(l["price"])
        r["Lineitem compare at price"] = _m(l["compare"]) if l["compare"] else ""
        r["Lineitem sku"] = l["sku"]
        r["Lineitem requires shipping"] = "true" if l["shipping"] else "false"
        r["Lineitem taxable"] = "true" if l["shipping"] else "false"
        if o["fulfillment"] == "fulfilled" or o["fulfillment"] == "restocked":
            lf = "fulfilled"
        elif o["fulfillment"] == "partial":
            backorder = cat.variant(l["handle"], *l["values"])["backorder"]
            lf = "pending" if backorder else "fulfilled"
        else:
            lf = "pending"
        r["Lineitem fulfillment status"] = lf
        r["Lineitem discount"] = "0.00"
        r["Vendor"] = l["vendor"]
        if i == 0:
            r.update({
                "Financial Status": o["financial"],
                "Paid at": created if o["financial"] in ("paid", "partially_refunded", "refunded")
                else "",
                "Fulfillment Status": o["fulfillment"], "Fulfilled at": fulfilled,
                "Accepts Marketing": "yes" if o["number"] % 3 == 0 else "no",
                "Currency": "CAD", "Subtotal": _m(o["subtotal"]), "Shipping": _m(o["shipping"]),
                "Taxes": _m(o["taxes"]), "Total": _m(o["total"]), "Discount Amount": "0.00",
                "Shipping Method": o["ship_name"], "Created at": created,
                "Billing Name": full_name,
                "Billing Street": pp["address1"], "Billing Address1": pp["address1"],
                "Billing City": pp["city"], "Billing Zip": "'" + pp["zip"],
                "Billing Province": pp["province"], "Billing Country": pp["country"],
                "Billing Phone": "'" + pp["phone"],
                "Cancelled at": cancelled, "Payment Method": o["gateway"],
                "Payment Reference": "c%d.1" % (31000000000 + o["number"] * 7),
                "Refunded Amount": _m(o["refunded_amount"]),
                "Outstanding Balance": _m(o["total"]) if o["financial"] in ("pending",
                                                                           "authorized")
                else "0.00",
                "Id": str(5830000000000 + o["number"] * 1111),
                "Tags": "guest" if o["guest"] else "",
                "Risk Level": "Low", "Source": "web",
                "Tax 1 Name": ("%s %s%%" % (o["tax_name"], ("%.3f" % (o["tax_rate"] * 100))
                                             .rstrip("0").rstrip("."))) if o["taxes"] else "",
                "Tax 1 Value": _m(o["taxes"]) if o["taxes"] else "",
                "Phone": "", "Billing Province Name": prov_name,
                "Payment ID": "c%d" % (31000000000 + o["number"] * 7),
                "Payment References": "c%d.1" % (31000000000 + o["number"] * 7)})
            if o["method"] is not None:
                r.update({"Shipping Name": full_name, "Shipping Street": pp["address1"],
                          "Shipping Address1": pp["address1"], "Shipping City": pp["city"],
                          "Shipping Zip": "'" + pp["zip"], "Shipping Province": pp["province"],
                          "Shipping Country": pp["country"], "Shipping Phone": "'" + pp["phone"],
                          "Shipping Province Name": prov_name})
            if o["method"] == "pickup":
                r["Location"] = "Ottawa Studio Shop"
        rows.append(r)
    return rows


def write_orders_csv(path):
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ORDER_HEADER)
        w.writeheader()
        # Shopify exports the newest order first
        for o in sorted(ORDERS, key=lambda o: o["created"], reverse=True):
            for r in order_rows(o):
                w.writerow(r)
                n += 1
    return n


CUSTOMER_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                   "Default Address Company", "Default Address Address1",
                   "Default Address Address2", "Default Address City",
                   "Default Address Province Code", "Default Address Country Code",
                   "Default Address Zip", "Default Address Phone", "Phone",
                   "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note", "Tax Exempt",
                   "Tags"]


def customer_id(key):
    return str(7100000000000 + sorted(CUSTOMERS).index(key) * 104729 + 31)


def lifetime(key):
    return round(sum(o["total"] - o["refunded_amount"] for o in orders_of(key)
                     if o["financial"] not in ("voided", "pending", "authorized")), 2)


def write_customers_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=CUSTOMER_HEADER)
        w.writeheader()
        for key in CUSTOMERS:
            pp = person(key)
            r = dict.fromkeys(CUSTOMER_HEADER, "")
            r.update({
                "Customer ID": "'" + customer_id(key), "First Name": pp["first"],
                "Last Name": pp["last"], "Email": pp["email"],
                "Accepts Email Marketing": "yes" if len(key) % 2 else "no",
                "Default Address Address1": pp["address1"],
                "Default Address City": pp["city"],
                "Default Address Province Code": pp["province"],
                "Default Address Country Code": pp["country"],
                "Default Address Zip": "'" + pp["zip"],
                "Default Address Phone": "'" + pp["phone"],
                "Phone": "'" + pp["phone"] if key in ("maya", "lea", "daniel", "ruth") else "",
                "Accepts SMS Marketing": "no",
                "Total Spent": "%.2f" % lifetime(key), "Total Orders": str(len(orders_of(key))),
                "Note": "Studio owner - Forest City Dance Academy" if key == "ruth" else "",
                "Tax Exempt": "no", "Tags": pp["tags"]})
            if key == "ruth":
                r["Default Address Company"] = "Forest City Dance Academy"
            w.writerow(r)
    return len(CUSTOMERS)
