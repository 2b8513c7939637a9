"""Writes the customers as Shopify's customers CSV export (Total Spent and Total Orders from the
built orders)."""

import csv
import io

from orders import CUSTOMER_IDS, ORDERS_BUILT
from people import CUSTOMERS

CUSTOMER_COLUMNS = [
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Default Address Company",
    "Default Address Address1",
    "Default Address Address2",
    "Default Address City",
    "Default Address Province Code",
    "Default Address Country Code",
    "Default Address Zip",
    "Default Address Phone",
    "Phone",
    "Accepts SMS Marketing",
    "Total Spent",
    "Total Orders",
    "Note",
    "Tax Exempt",
    "Tags",
]


def spent_and_count(who):
    mine = [o for o in ORDERS_BUILT if o["who"] == who]
    spent = sum(
        o["total"] - o["refunded"]
        for o in mine
        if o["financial"] in ("paid", "partially_refunded", "refunded")
    )
    return round(spent, 2), len(mine)


def customers_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CUSTOMER_COLUMNS)
    for key, c in CUSTOMERS.items():
        spent, count = spent_and_count(key)
        company = "Castellano Landscapes" if key == "tom" else ""
        w.writerow(
            [
                f"'{CUSTOMER_IDS[key]}",
                c[0],
                c[1],
                c[2],
                c[8],
                company,
                c[4],
                "",
                c[5],
                c[6],
                "AU",
                f"'{c[7]}",
                f"'{c[3]}" if key not in ("jack", "ben") else "",
                f"'{c[3]}",
                "no" if key != "priya" else "yes",
                f"{spent:.2f}",
                str(count),
                c[10],
                "no",
                c[9],
            ]
        )
    return buf.getvalue()
