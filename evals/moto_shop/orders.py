"""Customers and orders as Shopify's CSV exports."""
import csv
import io

from catalog import V, PV, find, price_on, avail, BY
from pages import POL

# key, first, last, email, address1, city, province code, zip, country, phone
CUST = [
    ("c1", "Aroha", "Ngata", "aroha.ngata@example.com", "17 Kowhai Street", "Christchurch", "CAN", "8011", "NZ", "+64 21 555 0101"),
    ("c2", "Liam", "Fraser", "liam.fraser@example.com", "42 Stuart Street", "Dunedin", "OTA", "9016", "NZ", ""),
    ("c3", "Mei", "Chen", "mei.chen@example.com", "8 Ponsonby Road", "Auckland", "AUK", "1011", "NZ", "+64 22 555 0133"),
    ("c4", "Tom", "Whitaker", "tom.whitaker@example.com", "5 Aro Street", "Wellington", "WGN", "6021", "NZ", "+64 27 555 0144"),
    ("c5", "Sophie", "Brennan", "sophie.brennan@example.com", "93 Trafalgar Street", "Nelson", "NSN", "7010", "NZ", ""),
    ("c6", "Rawiri", "Te Awa", "rawiri.teawa@example.com", "61 Grey Street", "Hamilton", "WKO", "3204", "NZ", "+64 21 555 0166"),
    ("c7", "Hannah", "Kowalski", "hannah.kowalski@example.com", "12 Gorge Road", "Queenstown", "OTA", "9300", "NZ", ""),
    ("c8", "Jack", "Morrison", "jack.morrison@example.com", "230 Stafford Street", "Timaru", "CAN", "7910", "NZ", "+64 27 555 0188"),
    ("c9", "Priya", "Sharma", "priya.sharma@example.com", "14 Devonport Road", "Tauranga", "BOP", "3110", "NZ", ""),
    ("c10", "Ben", "Oduya", "ben.oduya@example.com", "77 Dee Street", "Invercargill", "STL", "9810", "NZ", "+64 21 555 0110"),
    ("c11", "Grace", "Tuilagi", "grace.tuilagi@example.com", "19 Broadway Avenue", "Palmerston North", "MWT", "4410", "NZ", ""),
    ("c12", "Oliver", "Hayes", "oliver.hayes@example.com", "3 Marine Parade", "Napier", "HKB", "4110", "NZ", "+64 22 555 0112"),
    ("c13", "Ella", "McKenzie", "ella.mckenzie@example.com", "51 Mackay Street", "Greymouth", "WTC", "7805", "NZ", ""),
    ("c14", "Nikau", "Walker", "nikau.walker@example.com", "4 Tuku Road", "Waitangi", "CIT", "8942", "NZ", "+64 3 555 0114"),
    ("c15", "Isla", "Bennett", "isla.bennett@example.com", "", "", "", "", "NZ", ""),
]
GUEST = [
    ("g1", "Marcus", "Lee", "marcus.lee.rides@example.net", "22 Bank Street", "Whangarei", "NTL", "0110", "NZ", "+64 21 555 0201"),
    ("g2", "Chloe", "Dupont", "chloe.dupont@example.org", "9 Seymour Street", "Blenheim", "MBH", "7201", "NZ", ""),
    ("g3", "Sam", "Rangi", "sam.rangi@example.net", "140 Gladstone Road", "Gisborne", "GIS", "4010", "NZ", "+64 27 555 0203"),
    ("g4", "Zoe", "Kim", "zoe.kim@example.org", "88 George Street", "Sydney", "NSW", "2000", "AU", "+61 2 5550 0204"),
    ("g5", "Daniel", "Novak", "daniel.novak@example.net", "6 Harewood Road", "Christchurch", "CAN", "8051", "NZ", ""),
]
PEOPLE = {c[0]: c for c in CUST + GUEST}
SOUTH = {"OTA", "STL", "NSN", "MBH", "TAS", "WTC"}


def zone(prov, country):
    if country == "AU":
        return "Australia"
    if prov == "CAN":
        return "Canterbury"
    if prov in SOUTH:
        return "Rest of South Island"
    if prov == "CIT":
        return "Chatham Islands"
    return "North Island"


ZONES = {z[0]: z for z in POL["zones"]}

# number, person, created, fulfilment, financial, method kind, items [(product key, colour, size, pattern, qty)], extra
SPEC = [
    (1001, "c1", "2026-08-03", "fulfilled", "paid", "std", [("apex", "Matte Black", "M", None, 1)], {}),
    (1002, "c2", "2026-08-09", "fulfilled", "paid", "std", [("tourer_j", "Black", "L", None, 1), ("tourer_t", None, "L", "Regular leg", 1)], {}),
    (1003, "c3", "2026-08-15", "fulfilled", "paid", "exp", [("mesh_g", "Black", "S", None, 1)], {}),
    (1004, "g1", "2026-08-22", "fulfilled", "paid", "std", [("strada", "Gloss Black", "L", None, 1), ("pinlock", "Clear", None, None, 1)], {}),
    (1005, "c4", "2026-08-30", "fulfilled", "paid", "std", [("cafe", "Black", "L", None, 1)], {"code": True}),
    (1006, "c5", "2026-09-04", "restocked", "refunded", "std", [("jeans", "Black", "32", None, 1)], {}),
    (1007, "c6", "2026-09-12", "fulfilled", "partially_refunded", "std", [("adv_b", "Black", "44", None, 1), ("merino", "Charcoal", "L", None, 1)], {"refund_item": 1}),
    (1008, "c1", "2026-09-19", "fulfilled", "paid", "cc", [("cleaning", None, None, None, 1), ("visor", "Dark Smoke", None, None, 1)], {}),
    (1009, "c7", "2026-09-25", "unfulfilled", "refunded", "std", [("trail", "Matte Black", "S", None, 1)], {"cancel": "2026-09-26T10:14:00+12:00"}),
    (1010, "c8", "2026-10-02", "fulfilled", "paid", "rural", [("storm_g", "Black", "XL", None, 1), ("rain", "Black/Hi-Vis", "XL", None, 1)], {}),
    (1011, "c9", "2026-10-08", "fulfilled", "paid", "std", [("breeze", "Black", "10", None, 1)], {}),
    (1012, "g2", "2026-10-13", "fulfilled", "paid", "std", [("urban", "Matte Olive", "M", None, 1), ("gift", None, "$50", None, 1)], {}),
    (1013, "c10", "2026-10-19", "fulfilled", "paid", "std", [("talk20", "Black", None, "Single", 2)], {}),
    (1014, "c3", "2026-10-24", "fulfilled", "partially_refunded", "std", [("race_g", "Black/White", "M", None, 1), ("urban_s", "Black", "40", None, 1)], {"refund_item": 1}),
    (1015, "c11", "2026-10-30", "fulfilled", "paid", "exp", [("back", "Black", "L/XL", None, 1)], {}),
    (1016, "c12", "2026-11-04", "fulfilled", "paid", "std", [("pace", "Gloss Black", "XL", None, 1)], {}),
    (1017, "c2", "2026-11-09", "fulfilled", "paid", "std", [("merino_b", "Charcoal", "M", None, 2)], {}),
    (1018, "g3", "2026-11-13", "partial", "paid", "std", [("tourer_j", "Grey/Hi-Vis", "M", None, 1), ("leather_t", "Black", "36", None, 1)], {"pending_item": 1}),
    (1019, "c13", "2026-11-17", "fulfilled", "paid", "std", [("jeans", "Indigo", "34", None, 1)], {}),
    (1020, "c14", "2026-11-20", "fulfilled", "paid", "std", [("storm_g", "Black", "L", None, 1)], {}),
    (1021, "c4", "2026-11-23", "partial", "paid", "std", [("race_b", "Black/White", "44", None, 1), ("tankbag", "Black", "18 L", None, 1)], {"pending_item": 1}),
    (1022, "c1", "2026-11-26", "unfulfilled", "voided", "std", [("cafe", "Oxblood", "M", None, 1)], {"cancel": "2026-11-27T09:02:00+13:00"}),
    (1023, "g4", "2026-11-28", "fulfilled", "paid", "std", [("urban", "Cream", "S", None, 1)], {}),
    (1024, "c5", "2026-11-30", "unfulfilled", "paid", "std", [("breeze", "White", "12", None, 1), ("mesh_g", "Black/Red", "M", None, 1)], {}),
    (1025, "c6", "2026-12-01", "unfulfilled", "pending", "std", [("apex", "Carbon Red", "L", None, 1)], {"bank": True}),
    (1026, "c9", "2026-12-02", "unfulfilled", "paid", "exp", [("merino", "Navy", "M", None, 1)], {}),
    (1027, "g5", "2026-12-03", "unfulfilled", "pending", "cc", [("fitting", None, None, None, 1), ("cleaning", None, None, None, 1)], {"bank": True}),
    (1028, "c7", "2026-12-03", "unfulfilled", "paid", "std", [("trail", "Desert Sand", "M", None, 1)], {}),
    (1029, "c10", "2026-12-04", "unfulfilled", "paid", "std", [("talklite", "Black", None, None, 1)], {}),
    (1030, "c3", "2026-12-05", "unfulfilled", "paid", "std", [("apex", "Gloss White", "S", None, 1)], {}),
    (1031, "c8", "2026-12-05", "fulfilled", "paid", "cc", [("back", "Black", "S/M", None, 1)], {}),
    (1032, "c12", "2026-12-06", "unfulfilled", "paid", "rural", [("adv_b", "Brown", "42", None, 1)], {}),
]

PREFIX = "ST-"
HEADER = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
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
PROV = {"CAN": "Canterbury", "OTA": "Otago", "AUK": "Auckland", "WGN": "Wellington", "NSN": "Nelson",
        "WKO": "Waikato", "BOP": "Bay of Plenty", "STL": "Southland", "MWT": "Manawatu-Wanganui",
        "HKB": "Hawke's Bay", "WTC": "West Coast", "CIT": "Chatham Islands Territory", "NTL": "Northland",
        "MBH": "Marlborough", "GIS": "Gisborne", "NSW": "New South Wales"}


def next_day(d, n=1):
    import datetime
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=n)).isoformat()


def build_orders():
    orders = []
    for num, who, day, ful, fin, kind, items, extra in SPEC:
        person = PEOPLE[who]
        lines = []
        for key, col, size, pat, qty in items:
            if key in ("cleaning", "fitting"):
                v = PV[key][0]
            else:
                v = find(key, col if len({x["colour"] for x in PV[key]}) > 1 else None, size, pat)
            lines.append(dict(v=v, qty=qty, price=price_on(v, day)))
        sub = round(sum(l["price"] * l["qty"] for l in lines), 2)
        disc = round(sub * POL["welcome_pct"] / 100, 2) if extra.get("code") else 0.0
        z = zone(person[6], person[8])
        zz = ZONES[z]
        if kind == "cc":
            ship, method = 0.0, "Click & Collect - Christchurch store"
        elif kind == "exp":
            ship, method = zz[3], "CourierPost Express"
        else:
            free = z not in ("Chatham Islands", "Australia") and sub - disc > POL["free_over"]
            ship = 0.0 if free else zz[2]
            method = "Aramex International Tracked" if z == "Australia" else "NZ Post Standard"
            if kind == "rural":
                ship += POL["rural"]
                method = "NZ Post Standard (Rural Delivery)"
        total = round(sub - disc + ship, 2)
        refunded = 0.0
        if fin == "refunded":
            refunded = total
        elif fin == "partially_refunded":
            l = lines[extra["refund_item"]]
            refunded = round(l["price"] * l["qty"], 2)
        o = dict(num=num, name=f"{PREFIX}{num}", who=who, person=person, day=day, ful=ful, fin=fin,
                 lines=lines, sub=sub, disc=disc, ship=ship, total=total, method=method, refunded=refunded,
                 cancel=extra.get("cancel"), guest=who.startswith("g"), bank=extra.get("bank", False),
                 pending_item=extra.get("pending_item"), zone=z)
        orders.append(o)
    return orders


ORDERS = build_orders()
OBY = {o["name"]: o for o in ORDERS}


def orders_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for i, o in enumerate(ORDERS):
        p = o["person"]
        name = f"{p[1]} {p[2]}"
        hour = 8 + (o["num"] * 7) % 12
        created = f"{o['day']} {hour:02d}:{(o['num'] * 13) % 60:02d}:00 +1300"
        paid_at = "" if o["fin"] in ("pending",) else created
        fulfilled_at = f"{next_day(o['day'])} 15:20:00 +1300" if o["ful"] in ("fulfilled", "partial", "restocked") else ""
        tax = round(o["total"] * 3 / 23, 2)
        pay = "Bank Deposit" if o["bank"] else ["Shopify Payments", "PayPal Express Checkout", "Afterpay"][o["num"] % 3]
        for j, l in enumerate(o["lines"]):
            v = l["v"]
            first = j == 0
            if o["ful"] in ("fulfilled", "restocked"):
                lfs = "fulfilled"
            elif o["ful"] == "partial":
                lfs = "pending" if j == o["pending_item"] else "fulfilled"
            else:
                lfs = "pending"
            cap = f"{v['price']:.2f}" if l["price"] < v["price"] else ""
            row = {
                "Name": o["name"], "Email": p[3], "Created at": created,
                "Lineitem quantity": l["qty"], "Lineitem name": v["title"], "Lineitem price": f"{l['price']:.2f}",
                "Lineitem compare at price": cap, "Lineitem sku": v["vid"],
                "Lineitem requires shipping": "false" if v["p"]["key"] in ("gift", "fitting") else "true",
                "Lineitem taxable": "true", "Lineitem fulfillment status": lfs, "Vendor": v["p"]["brand"],
                "Lineitem discount": "0.00",
            }
            if first:
                addr = p[4]
                row.update({
                    "Financial Status": o["fin"], "Paid at": paid_at, "Fulfillment Status": o["ful"],
                    "Fulfilled at": fulfilled_at, "Accepts Marketing": "yes" if o["num"] % 2 else "no",
                    "Currency": "AUD" if False else "NZD", "Subtotal": f"{o['sub']:.2f}",
                    "Shipping": f"{o['ship']:.2f}", "Taxes": f"{tax:.2f}", "Total": f"{o['total']:.2f}",
                    "Discount Code": POL["welcome_code"] if o["disc"] else "",
                    "Discount Amount": f"{o['disc']:.2f}", "Shipping Method": o["method"],
                    "Billing Name": name, "Billing Street": addr, "Billing Address1": addr,
                    "Billing City": p[5], "Billing Zip": "'" + p[7], "Billing Province": p[6],
                    "Billing Country": p[8], "Billing Phone": p[9],
                    "Shipping Name": name, "Shipping Street": addr, "Shipping Address1": addr,
                    "Shipping City": p[5], "Shipping Zip": "'" + p[7], "Shipping Province": p[6],
                    "Shipping Country": p[8], "Shipping Phone": p[9],
                    "Cancelled at": (o["cancel"].replace("T", " ").replace("+13:00", " +1300").replace("+12:00", " +1200")
                                     if o["cancel"] else ""),
                    "Payment Method": pay, "Payment Reference": f"c{30000000000 + o['num']}.1",
                    "Refunded Amount": f"{o['refunded']:.2f}",
                    "Outstanding Balance": f"{o['total']:.2f}" if o["fin"] == "pending" else "0.00",
                    "Id": str(5800000000000 + o["num"]), "Tags": "guest" if o["guest"] else "",
                    "Risk Level": "Low", "Source": "web", "Tax 1 Name": "GST 15%", "Tax 1 Value": f"{tax:.2f}",
                    "Phone": p[9], "Billing Province Name": PROV.get(p[6], ""),
                    "Shipping Province Name": PROV.get(p[6], ""),
                    "Payment ID": f"r{o['num']}AbC", "Payment References": f"r{o['num']}AbC",
                    "Notes": "Please leave at the back door" if o["num"] == 1010 else "",
                })
            w.writerow([row.get(h, "") for h in HEADER])
    return buf.getvalue()


CHEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
           "Default Address Company", "Default Address Address1", "Default Address Address2",
           "Default Address City", "Default Address Province Code", "Default Address Country Code",
           "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
           "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]


def customers_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CHEADER)
    for i, c in enumerate(CUST):
        mine = [o for o in ORDERS if o["who"] == c[0] and not o["cancel"]]
        spent = sum(o["total"] - o["refunded"] for o in mine)
        w.writerow(["'" + str(7100000000 + i * 7919), c[1], c[2], c[3], "yes" if i % 2 else "no", "",
                    c[4], "Unit 2" if c[0] == "c4" else "", c[5], c[6], c[8] if c[4] else "",
                    ("'" + c[7]) if c[7] else "", c[9], c[9], "no", f"{spent:.2f}",
                    str(len([o for o in ORDERS if o["who"] == c[0]])), "", "no",
                    "vip" if c[0] == "c3" else ""])
    return buf.getvalue()


def status_words(o):
    if o["cancel"]:
        return ["cancelled", "canceled"]
    if o["ful"] == "restocked":
        return ["returned", "refunded"]
    if o["fin"] == "pending":
        return ["pending", "awaiting payment", "waiting for payment", "not yet paid", "not been paid",
                "unpaid", "payment"]
    if o["ful"] == "fulfilled":
        return ["shipped", "fulfilled", "dispatched", "sent", "on its way", "delivered", "collected"]
    if o["ful"] == "partial":
        return ["partially", "partly", "part of", "some of", "one of", "partial"]
    return ["not yet shipped", "not shipped", "unfulfilled", "not been shipped", "hasn't shipped",
            "has not shipped", "being prepared", "processing", "preparing", "not yet been", "not dispatched",
            "yet to ship", "paid"]
