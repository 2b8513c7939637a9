"""Customers of Redbrick Fitness Co. and Shopify's customers CSV export.

The shop's storefront runs on Shopify (its orders and customers come from there), while the catalog
is maintained as a Google Merchant feed. Quirks of the export, kept on purpose: phones and postcodes
with the spreadsheet guard apostrophe, a blank Province Code (Shopify has no provinces for GB),
"Accepts Email Marketing" yes/no, tags, a note, a customer whose email is typed with capitals in an
order, a customer with no orders.
"""

from __future__ import annotations

import csv

# id, first, last, email, phone, address1, address2, city, zip, country code, tags
CUSTOMERS = [
    (7310010001, "Olivia", "Bennett", "olivia.bennett@example.co.uk", "+44 7700 900101", "14 Cardigan Road", "", "Leeds", "LS6 2AB", "GB", "newsletter"),
    (7310010002, "Harry", "Whitfield", "harry.whitfield@example.com", "+44 7700 900102", "3 Heslington Lane", "", "York", "YO10 5DD", "GB", ""),
    (7310010003, "Amelia", "Shah", "amelia.shah@example.co.uk", "+44 7700 900103", "Flat 2", "88 Wilmslow Road", "Manchester", "M20 2RN", "GB", "vip"),
    (7310010004, "Jack", "Thornton", "jack.thornton@example.com", "+44 7700 900104", "27 Ecclesall Road", "", "Sheffield", "S11 8YA", "GB", ""),
    (7310010005, "Priya", "Kaur", "priya.kaur@example.co.uk", "+44 7700 900105", "5 Calthorpe Road", "", "Birmingham", "B15 2TT", "GB", "newsletter"),
    (7310010006, "Callum", "MacLeod", "callum.macleod@example.com", "+44 7700 900106", "11 Culduthel Road", "", "Inverness", "IV2 3PY", "GB", ""),
    (7310010007, "Sophie", "Evans", "sophie.evans@example.co.uk", "+44 7700 900107", "42 Richmond Road", "", "Cardiff", "CF24 4HQ", "GB", ""),
    (7310010008, "Liam", "O'Neill", "liam.oneill@example.com", "+44 7700 900108", "9 Malone Park", "", "Belfast", "BT9 6AA", "GB", "trade-enquiry"),
    (7310010009, "Chloe", "Hughes", "chloe.hughes@example.co.uk", "+44 7700 900109", "61 Gloucester Road", "", "Bristol", "BS7 8NL", "GB", ""),
    (7310010010, "Daniel", "Okoro", "daniel.okoro@example.com", "+44 7700 900110", "19 Bellenden Road", "", "London", "SE15 4QN", "GB", "vip"),
    (7310010011, "Grace", "Turner", "grace.turner@example.co.uk", "+44 7700 900111", "7 Osborne Road", "", "Newcastle upon Tyne", "NE2 1XD", "GB", ""),
    (7310010012, "Tom", "Fletcher", "tom.fletcher@example.com", "+44 7700 900112", "30 Derby Road", "", "Nottingham", "NG7 2RD", "GB", ""),
    (7310010013, "Hannah", "Price", "hannah.price@example.co.uk", "+44 7700 900113", "2 Sussex Square", "", "Brighton", "BN2 1TW", "GB", "newsletter"),
    (7310010014, "Aisha", "Rahman", "aisha.rahman@example.com", "+44 7700 900114", "15 Evington Road", "", "Leicester", "LE2 1DR", "GB", ""),
    (7310010015, "Ben", "Carter", "ben.carter@example.co.uk", "+44 7700 900115", "8 Unthank Road", "", "Norwich", "NR2 4PD", "GB", ""),
    (7310010016, "Megan", "Lloyd", "megan.lloyd@example.com", "+44 7700 900116", "23 Mumbles Road", "", "Swansea", "SA1 8PY", "GB", ""),
    (7310010017, "Rory", "Campbell", "rory.campbell@example.co.uk", "+44 7700 900117", "4 Great George Street", "", "Glasgow", "G12 8QQ", "GB", ""),
    (7310010018, "Zoe", "Mitchell", "zoe.mitchell@example.com", "+44 7700 900118", "56 Cowley Road", "", "Oxford", "OX4 1AW", "GB", "newsletter"),
    (7310010019, "Sam", "Patel", "sam.patel@example.co.uk", "+44 7700 900119", "12 Kings Road", "", "Reading", "RG1 5AQ", "GB", ""),
    (7310010020, "Ellie", "Watson", "ellie.watson@example.com", "+44 7700 900120", "40 Pennsylvania Road", "", "Exeter", "EX4 4QJ", "GB", ""),
]

# Guests check out without an account: they exist only in the orders export.
GUESTS = [
    ("Kieran", "Doyle", "kieran.doyle@example.ie", "+353 85 555 0142", "21 Baggot Street Upper", "Dublin", "D04 W7K5", "IE", "Ireland"),
    ("Lucy", "Barnes", "lucy.barnes@example.co.uk", "+44 7700 900131", "6 Widcombe Hill", "Bath", "BA2 4AP", "GB", "United Kingdom"),
    ("Mohammed", "Ali", "m.ali@example.com", "+44 7700 900132", "77 Great Horton Road", "Bradford", "BD7 1DP", "GB", "United Kingdom"),
    ("Fiona", "Reid", "fiona.reid@example.co.uk", "+44 7700 900133", "10 Union Grove", "Aberdeen", "AB10 6SA", "GB", "United Kingdom"),
    ("Josh", "Kemp", "josh.kemp@example.com", "+44 7700 900134", "5 Mill Road", "Cambridge", "CB1 2AD", "GB", "United Kingdom"),
]


def customer_dicts():
    out = []
    for cid, first, last, email, phone, a1, a2, city, zip_, cc, tags in CUSTOMERS:
        out.append({"id": cid, "first": first, "last": last, "email": email, "phone": phone,
                    "address1": a1, "address2": a2, "city": city, "zip": zip_, "country_code": cc,
                    "country": "United Kingdom", "tags": tags})
    return out


def guest_dicts():
    out = []
    for first, last, email, phone, a1, city, zip_, cc, country in GUESTS:
        out.append({"id": None, "first": first, "last": last, "email": email, "phone": phone,
                    "address1": a1, "address2": "", "city": city, "zip": zip_, "country_code": cc,
                    "country": country, "tags": ""})
    return out


HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
          "Default Address Company", "Default Address Address1", "Default Address Address2",
          "Default Address City", "Default Address Province Code", "Default Address Country Code",
          "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
          "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]


def write_customers_csv(path, totals):
    """totals: customer id -> (spent, count), computed from the orders."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for c in customer_dicts():
            spent, count = totals.get(c["id"], (0.0, 0))
            note = "Prefers DPD; leave with neighbour at no. 16" if c["id"] == 7310010001 else ""
            w.writerow([
                f"'{c['id']}", c["first"], c["last"], c["email"],
                "yes" if "newsletter" in c["tags"] else "no",
                "", c["address1"], c["address2"], c["city"], "", c["country_code"],
                f"'{c['zip']}" if c["id"] % 3 == 0 else c["zip"],
                f"'{c['phone']}", f"'{c['phone']}" if c["id"] % 2 == 0 else "",
                "no", f"{spent:.2f}", str(count), note, "no", c["tags"],
            ])
