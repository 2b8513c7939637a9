"""Writes Shopify's customers export (Customers > Export > All customers, CSV), as downloaded."""

import csv
import io

import orders_json as OJ
import people

HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
          "Default Address Company", "Default Address Address1", "Default Address Address2",
          "Default Address City", "Default Address Province Code", "Default Address Country Code",
          "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
          "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]


def _spent(key):
    total, count = 0.0, 0
    for f in OJ.of(key):
        count += 1
        if not f["cancelled"]:
            total += f["total"] - f["refunded"]
    return round(total, 2), count


def text():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for key, p in people.CUSTOMERS.items():
        first, last, email, phone, a1, a2, city, prov, country, zipc, accepts = p
        spent, count = _spent(key)
        # Shopify guards ids, phone numbers and all-digit postcodes with a leading apostrophe
        zip_cell = "'" + zipc if zipc.isdigit() else zipc
        tags = "newsletter" if accepts == "yes" else ""
        writer.writerow([
            f"'{OJ.customer_id(key)}", first, last, email, accepts, "", a1, a2, city, prov, country,
            zip_cell, f"'{phone}" if phone else "", f"'{phone}" if phone else "",
            "no", f"{spent:.2f}", str(count), "", "no", tags,
        ])
    return buf.getvalue()
