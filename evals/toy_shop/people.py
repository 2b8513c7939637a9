"""Customers and orders, written as Shopify's customers and orders CSV exports."""

import csv
import datetime as dt
import io

from catalog import money, price_at, variant
from catalog_data import GIFT_WRAP, RETIRED
from policy import EXPRESS_FR, EXPRESS_INTL, FREE_EU1, FREE_FR, ZONES

# key: first, last, email, address1, zip, city, country, phone, accepts marketing
CUSTOMERS = {
    "c1": ("Camille", "Roux", "camille.roux@example.com", "8 rue d'Austerlitz", "69004", "Lyon", "FR", "+33 6 39 98 45 12", True),
    "c2": ("Thomas", "Girard", "t.girard@example.net", "41 cours de Verdun", "33000", "Bordeaux", "FR", "+33 6 39 98 71 03", False),
    "c3": ("Léa", "Martin", "lea.martin@example.org", "112 boulevard Voltaire", "75011", "Paris", "FR", "+33 6 39 98 22 67", True),
    "c4": ("Hugo", "Lefèvre", "hugo.lefevre@example.com", "6 rue de la Monnaie", "59000", "Lille", "FR", "+33 6 39 98 30 58", False),
    "c5": ("Chloé", "Bernard", "chloe.bernard@example.net", "19 avenue Henri Barbusse", "69100", "Villeurbanne", "FR", "+33 6 39 98 64 90", True),
    "c6": ("Sophie", "Dubois", "sophie.dubois@example.com", "Rue du Bailli 52", "1050", "Ixelles", "BE", "+32 470 12 34 56", True),
    "c7": ("Lukas", "Schneider", "lukas.schneider@example.net", "Zweibrückenstraße 14", "80331", "München", "DE", "+49 151 2345 6789", False),
    "c8": ("Emily", "Carter", "emily.carter@example.org", "23 Cotham Road", "BS6 6DR", "Bristol", "GB", "+44 7700 900412", True),
    "c9": ("Nina", "Keller", "nina.keller@example.com", "Langstrasse 87", "8004", "Zürich", "CH", "+41 79 123 45 67", False),
    "c10": ("Manon", "Faure", "manon.faure@example.org", "3 rue Sommeiller", "74000", "Annecy", "FR", "+33 6 39 98 18 44", True),
    "c11": ("Julien", "Moreau", "julien.moreau@example.net", "58 rue Paradis", "13006", "Marseille", "FR", "+33 6 39 98 57 21", False),
    "c12": ("Inès", "Fontaine", "ines.fontaine@example.com", "10 place Grenette", "38000", "Grenoble", "FR", "+33 6 39 98 93 35", True),
    "c13": ("Giulia", "Romano", "giulia.romano@example.org", "Via Po 21", "10124", "Torino", "IT", "+39 347 123 4567", False),
    "c14": ("Oliver", "Hughes", "oliver.hughes@example.net", "7 Lapwing Lane", "M20 2WS", "Manchester", "GB", "+44 7700 900733", True),
    "c15": ("Margaux", "Lambert", "margaux.lambert@example.com", "15 rue Crébillon", "44000", "Nantes", "FR", "+33 6 39 98 40 76", True),
    "c16": ("Antoine", "Mercier", "antoine.mercier@example.net", "2 rue des Forges", "21000", "Dijon", "FR", "+33 6 39 98 11 89", False),
}
GUESTS = {
    "g1": ("Pauline", "Garnier", "pauline.g@example.com", "34 avenue Jean Jaurès", "69007", "Lyon", "FR", "+33 6 39 98 52 14", False),
    "g2": ("Mark", "Jansen", "mark.jansen@example.net", "Oudegracht 120", "3511 AX", "Utrecht", "NL", "+31 6 12345678", False),
    "g3": ("Claire", "Dupont", "claire.dupont@example.org", "9 rue du Taur", "31000", "Toulouse", "FR", "+33 6 39 98 26 31", False),
    "g4": ("Sarah", "Wilson", "sarah.wilson@example.com", "41 Marchmont Road", "EH9 1HX", "Edinburgh", "GB", "+44 7700 900256", True),
    "g5": ("Marc", "Rochat", "marc.rochat@example.net", "Avenue de Cour 12", "1007", "Lausanne", "CH", "+41 78 765 43 21", False),
}
PEOPLE = {**CUSTOMERS, **GUESTS}
VAT = {"FR": 20, "BE": 21, "DE": 19, "NL": 21, "IT": 22, "GB": 20, "CH": 0}
TAX_NAME = {"FR": "FR TVA", "BE": "BE TVA", "DE": "DE MwSt", "NL": "NL BTW", "IT": "IT IVA",
            "GB": "GB VAT"}
METHODS = {
    "colissimo": "Colissimo Domicile",
    "relay": "Mondial Relay - Point Relais",
    "chrono": "Chronopost Express 24h",
    "collect": "Retrait en boutique - Lyon 2e",
    "intl": "Colissimo International",
    "dhl": "DHL Express",
}
WRAP = "wrap"


def O(num, who, when, items, ship, fin="paid", ful="fulfilled", **kw):
    order = {"num": num, "who": who, "when": when, "items": items, "ship": ship, "fin": fin,
             "ful": ful}
    order.update(kw)
    return order


# items: (product key, options, quantity), ("retired", sku, quantity) or (WRAP, None, quantity)
ORDERS = [
    O(1201, "c1", "2026-09-18 10:12", [("blocks", {"size": "100 pieces", "color": "Rainbow"}, 1), ("stacker", {"size": "Large (12 arcs)", "color": "Pastel"}, 1)], "colissimo", code="WELCOME10"),
    O(1202, "c2", "2026-09-22 21:40", [("horse", {}, 1)], "colissimo"),
    O(1203, "c3", "2026-10-03 14:05", [("jigsaw", {}, 2), ("memory", {}, 1)], "relay"),
    O(1204, "c6", "2026-10-05 09:27", [("tiles", {"size": "64 pieces", "color": "Pastel"}, 1)], "intl"),
    O(1205, "g1", "2026-10-07 18:52", [("teether", {"color": "Sage"}, 1), ("hedgehog", {"color": "Natural"}, 1), (WRAP, None, 2)], "relay", note="Cadeau de naissance, merci !"),
    O(1206, "c4", "2026-10-09 12:31", [("retired", "PA-PIR-01", 1), ("dominoes", {}, 1)], "colissimo", fin="refunded", ful="restocked", refund="all"),
    O(1207, "c7", "2026-10-12 08:15", [("marble", {"size": "Grand (120 pieces)"}, 1), ("europe", {"size": "300 pieces"}, 1)], "dhl"),
    O(1208, "c8", "2026-10-14 20:03", [("colette", {"color": "Blue Dress", "size": "45 cm"}, 1), ("pram", {"color": "Rose"}, 1)], "intl", fin="partially_refunded", refund=("pram", {"color": "Rose"})),
    O(1209, "c1", "2026-10-16 11:48", [("loom", {"color": "Sunset"}, 1), ("embroidery", {"pattern": "Fox"}, 1)], "colissimo"),
    O(1210, "c5", "2026-10-19 16:20", [("bike", {"color": "Mint"}, 1), (WRAP, None, 1)], "collect"),
    O(1211, "c9", "2026-10-21 19:36", [("chess", {"size": "Classic (40 cm)"}, 1), ("memory", {}, 1)], "intl"),
    O(1212, "c10", "2026-10-23 10:02", [("maison", {}, 1), ("family", {}, 1), ("furniture", {"pattern": "Kitchen"}, 1)], "colissimo"),
    O(1213, "g2", "2026-10-26 13:44", [("tiles", {"size": "32 pieces", "color": "Rainbow"}, 2)], "intl"),
    O(1214, "c11", "2026-10-28 09:10", [("rccar", {"color": "Red"}, 1), ("crayons", {"size": "16 crayons"}, 1)], "chrono", fin="voided", ful="unfulfilled", cancelled="2026-10-28 15:32"),
    O(1215, "c2", "2026-10-30 17:25", [("tractor", {}, 1)], "colissimo"),
    O(1216, "c12", "2026-11-02 12:58", [("clay", {"size": "12 colours"}, 1), ("pompom", {}, 1), ("birdhouse", {}, 2)], "relay", code="WELCOME10"),
    O(1217, "c13", "2026-11-04 15:11", [("xylophone", {"size": "8 notes"}, 1), ("cups", {}, 1)], "intl", fin="partially_refunded", refund=("cups", {})),
    O(1218, "c3", "2026-11-06 08:47", [("colette", {"color": "Yellow Dress", "size": "30 cm"}, 1), (WRAP, None, 1)], "colissimo"),
    O(1219, "c14", "2026-11-08 22:19", [("castle", {}, 1)], "dhl", fin="refunded", ful="unfulfilled", cancelled="2026-11-09 10:05", refund="all"),
    O(1220, "g3", "2026-11-10 11:33", [("lune", {"color": "Grey"}, 1), ("clutch", {}, 1)], "colissimo"),
    O(1221, "c15", "2026-11-12 19:07", [("chalet", {}, 1), ("furniture", {"pattern": "Bedroom"}, 1)], "colissimo", ful="partial", shipped=[1]),
    O(1222, "c4", "2026-11-14 10:26", [("blocks", {"size": "50 pieces", "color": "Natural"}, 1), ("sorter", {}, 1)], "relay", email_as="Hugo.Lefevre@example.com"),
    O(1223, "c6", "2026-11-16 14:49", [("orchard", {}, 1), ("dominoes", {}, 1), ("memory", {}, 1)], "intl"),
    O(1224, "c1", "2026-11-17 20:14", [("explorers", {}, 1)], "colissimo", ful="unfulfilled"),
    O(1225, "g4", "2026-11-19 09:58", [("stacker", {"size": "Small (6 arcs)", "color": "Bright"}, 1), ("ringset", {}, 1)], "intl"),
    O(1226, "c8", "2026-11-20 13:21", [("dino", {"pattern": "T-Rex"}, 2), ("dino", {"pattern": "Triceratops"}, 1)], "intl"),
    O(1227, "c5", "2026-11-21 11:05", [("horse", {}, 1)], "colissimo"),
    O(1228, "c11", "2026-11-22 16:40", [("rccar", {"color": "Blue"}, 1)], "chrono"),
    O(1229, "c9", "2026-11-24 08:33", [("tiles", {"size": "100 pieces", "color": "Pastel"}, 1)], "intl", fin="pending", ful="unfulfilled", pay="Bank Deposit"),
    O(1230, "c12", "2026-11-25 21:12", [("peg", {}, 1), ("garland", {"color": "Forest"}, 1)], "colissimo", fin="authorized", ful="unfulfilled"),
    O(1231, "g5", "2026-11-26 10:44", [("chess", {"size": "Travel (25 cm)"}, 1), ("memory", {}, 1)], "intl", ful="unfulfilled"),
    O(1232, "c10", "2026-11-27 15:18", [("canuts", {}, 1), ("ocean", {"size": "48 pieces"}, 1)], "colissimo", ful="partial", shipped=[1]),
    O(1233, "c13", "2026-11-28 09:02", [("colette", {"color": "Red Dress", "size": "45 cm"}, 1)], "intl"),
    O(1234, "c14", "2026-11-29 18:26", [("walker", {"color": "Natural"}, 1), ("cube", {}, 1)], "dhl", ful="unfulfilled"),
    O(1235, "c15", "2026-11-30 12:37", [("pompom", {}, 1), ("crayons", {"size": "8 crayons"}, 2)], "relay", pay="PayPal Express Checkout"),
    O(1236, "g1", "2026-11-30 22:08", [("pram", {"color": "Sage"}, 1), (WRAP, None, 1)], "colissimo", ful="unfulfilled", note="Pour Jeanne, joyeux Noël"),
    O(1237, "c3", "2026-12-01 10:15", [("xylophone", {"size": "12 notes"}, 1)], "relay", ful="unfulfilled", pay="PayPal Express Checkout"),
]


def _paris(stamp):
    """'2026-10-28 09:10' -> an aware datetime in Paris time (summer time until 25 October)."""
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    offset = 2 if naive < dt.datetime(2026, 10, 25, 3) else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=offset)))


def shopify_time(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def _shipping(order, country, subtotal):
    ship = order["ship"]
    if ship == "collect":
        return 0.0
    if ship == "chrono":
        return EXPRESS_FR[1]
    if ship == "dhl":
        return EXPRESS_INTL[1]
    if ship in ("colissimo", "relay"):
        return 0.0 if subtotal >= FREE_FR else (ZONES[0][3] if ship == "colissimo" else ZONES[1][3])
    if country in ("BE", "DE", "NL", "IT"):
        return 0.0 if subtotal >= FREE_EU1 else ZONES[3][3]
    return {"GB": ZONES[5][3], "CH": ZONES[6][3]}[country]


def build_orders(by_key, rng):
    """Resolve every order: lines with names, SKUs and prices at the order's time; totals; states."""
    retired = {r["sku"]: r for r in RETIRED}
    out = []
    for spec in ORDERS:
        person = PEOPLE[spec["who"]]
        placed = _paris(spec["when"])
        lines = []
        for key, opts, qty in spec["items"]:
            if key == WRAP:
                lines.append({"name": GIFT_WRAP["name"], "sku": GIFT_WRAP["sku"], "qty": qty,
                              "price": GIFT_WRAP["price"], "compare": None, "vendor": GIFT_WRAP["vendor"],
                              "key": WRAP, "ships": False})
            elif key == "retired":
                r = retired[opts]
                lines.append({"name": r["name"], "sku": r["sku"], "qty": qty, "price": r["price"],
                              "compare": None, "vendor": r["vendor"], "key": "retired", "ships": True})
            else:
                p = by_key[key]
                v = variant(p, **opts)
                price = price_at(v, placed)
                lines.append({"name": p["name"] + " - " + " / ".join(v["opts"].values())
                              if v["opts"] else p["name"], "sku": v["sku"], "qty": qty, "price": price,
                              "compare": v["price"] if price != v["price"] else None,
                              "vendor": p["brand"], "key": key, "opts": opts, "ships": True,
                              "variant": v})
        gross = round(sum(x["price"] * x["qty"] for x in lines), 2)
        discount = round(gross * 0.10, 2) if spec.get("code") else 0.0
        subtotal = round(gross - discount, 2)
        shipping = _shipping(spec, person[6], subtotal)
        total = round(subtotal + shipping, 2)
        rate = VAT[person[6]]
        tax = round(total * rate / (100 + rate), 2)
        refund = spec.get("refund")
        if refund == "all":
            refunded = total
        elif refund:
            hit = [x for x in lines if x["key"] == refund[0] and x.get("opts") == refund[1]][0]
            refunded = round(hit["price"] * hit["qty"], 2)
        else:
            refunded = 0.0
        shipped = spec.get("shipped")
        for i, x in enumerate(lines):
            if spec["ful"] in ("fulfilled", "restocked"):
                x["status"] = "fulfilled"
            elif spec["ful"] == "partial":
                x["status"] = "fulfilled" if i in shipped or not x["ships"] else "pending"
            else:
                x["status"] = "pending"
        fulfilled_at = None
        if spec["ful"] in ("fulfilled", "restocked"):
            fulfilled_at = placed + dt.timedelta(days=1, hours=rng.randrange(1, 6))
        order = dict(spec)
        order.update({
            "name": f"#{spec['num']}", "person": person, "placed": placed, "lines": lines,
            "gross": gross, "discount": discount, "subtotal": subtotal, "shipping": shipping,
            "total": total, "tax": tax, "rate": rate, "refunded": refunded,
            "fulfilled_at": fulfilled_at, "method": METHODS[spec["ship"]],
            "guest": spec["who"].startswith("g"),
            "id": 6120000000000 + rng.randrange(10**9),
            "pay_ref": f"c{rng.randrange(10**10, 10**11)}.1",
            "pay_id": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                              for _ in range(24)),
        })
        out.append(order)
    return out


ORDER_COLUMNS = [
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
    "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value",
    "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value",
    "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name",
    "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]


def orders_csv(orders):
    buf = io.StringIO()
    w = csv.DictWriter(buf, ORDER_COLUMNS, lineterminator="\n")
    w.writeheader()
    for o in orders:
        first, last, email, street, zip_, city, country, phone, marketing = o["person"]
        name = f"{first} {last}"
        paid = o["fin"] in ("paid", "partially_refunded", "refunded")
        pay = o.get("pay", "Shopify Payments")
        for i, x in enumerate(o["lines"]):
            row = {"Name": o["name"], "Email": o.get("email_as", email),
                   "Created at": shopify_time(o["placed"]),
                   "Lineitem quantity": x["qty"], "Lineitem name": x["name"],
                   "Lineitem price": money(x["price"]),
                   "Lineitem compare at price": money(x["compare"]) if x["compare"] else "",
                   "Lineitem sku": x["sku"],
                   "Lineitem requires shipping": "true" if x["ships"] else "false",
                   "Lineitem taxable": "true", "Lineitem fulfillment status": x["status"],
                   "Vendor": x["vendor"], "Lineitem discount": "0.00"}
            if i == 0:
                row.update({
                    "Financial Status": o["fin"],
                    "Paid at": shopify_time(o["placed"] + dt.timedelta(seconds=41)) if paid else "",
                    "Fulfillment Status": o["ful"],
                    "Fulfilled at": shopify_time(o["fulfilled_at"]) if o["fulfilled_at"] else "",
                    "Accepts Marketing": "yes" if marketing else "no", "Currency": "EUR",
                    "Subtotal": money(o["subtotal"]), "Shipping": money(o["shipping"]),
                    "Taxes": money(o["tax"]), "Total": money(o["total"]),
                    "Discount Code": o.get("code", ""),
                    "Discount Amount": money(o["discount"]), "Shipping Method": o["method"],
                    "Billing Name": name, "Billing Street": street, "Billing Address1": street,
                    "Billing City": city, "Billing Zip": zip_, "Billing Country": country,
                    "Billing Phone": phone, "Shipping Name": name, "Shipping Street": street,
                    "Shipping Address1": street, "Shipping City": city, "Shipping Zip": zip_,
                    "Shipping Country": country, "Shipping Phone": phone,
                    "Notes": o.get("note", ""),
                    "Note Attributes": "gift_wrap: yes" if any(y["key"] == WRAP for y in o["lines"]) else "",
                    "Cancelled at": shopify_time(_paris(o["cancelled"])) if o.get("cancelled") else "",
                    "Payment Method": pay, "Payment Reference": o["pay_ref"],
                    "Refunded Amount": money(o["refunded"]),
                    "Outstanding Balance": money(o["total"]) if o["fin"] in ("pending", "authorized") else "0.00",
                    "Id": o["id"], "Risk Level": "Low", "Source": "web",
                    "Tax 1 Name": f"{TAX_NAME[country]} {o['rate']}%" if o["rate"] else "",
                    "Tax 1 Value": money(o["tax"]) if o["rate"] else "",
                    "Phone": phone if o["num"] % 3 == 0 else "",
                    "Location": "Petit Atelier - Lyon 2e" if o["ship"] == "collect" else "",
                    "Payment ID": o["pay_id"], "Payment References": o["pay_ref"],
                    "Tags": "gift" if o.get("note") else "",
                })
            w.writerow(row)
    return buf.getvalue()


CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]


def customers_csv(orders, rng):
    buf = io.StringIO()
    w = csv.DictWriter(buf, CUSTOMER_COLUMNS, lineterminator="\n")
    w.writeheader()
    for key, (first, last, email, street, zip_, city, country, phone, marketing) in CUSTOMERS.items():
        mine = [o for o in orders if o["who"] == key]
        spent = sum(o["total"] - o["refunded"] for o in mine if o["fin"] != "voided")
        compact = phone.replace(" ", "")
        w.writerow({
            "Customer ID": f"'{7712000000000 + rng.randrange(10**9)}", "First Name": first,
            "Last Name": last, "Email": email, "Accepts Email Marketing": "yes" if marketing else "no",
            "Default Address Address1": street, "Default Address City": city,
            "Default Address Province Code": "", "Default Address Country Code": country,
            "Default Address Zip": f"'{zip_}", "Default Address Phone": f"'{compact}",
            "Phone": f"'{compact}" if marketing else "", "Accepts SMS Marketing": "no",
            "Total Spent": money(spent), "Total Orders": len(mine), "Note": "",
            "Tax Exempt": "no", "Tags": "newsletter" if marketing else "",
        })
    return buf.getvalue()
