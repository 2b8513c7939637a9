"""Shopify's three CSV exports, as the admin downloads them.

products_export_1.csv: Handle groups rows; the first row carries the product's columns and the
option names; further rows carry only variant (and image) columns; extra images get rows of their
own. orders_export_1.csv: one row per line item; order columns on the first row only.
customers_export.csv: apostrophes guard ids, zips and phones against spreadsheets.
"""
import csv
import io

from catalog import IMG, PRODUCTS, for_sale
from common import RNG, money
from people import (CUSTOMERS, GUESTS, ORDER_DATA, PROVINCES, person, stamp)
import policy

PRODUCT_COLUMNS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value",
    "Option2 Linked To", "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU",
    "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
    "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
    "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Unit Price Total Measure", "Unit Price Total Measure Unit", "Unit Price Base Measure",
    "Unit Price Base Measure Unit", "Variant Barcode", "Image Src", "Image Position",
    "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom Product", "Google Shopping / Custom Label 0",
    "Google Shopping / Custom Label 1", "Google Shopping / Custom Label 2",
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4",
    "Age group (product.metafields.shopify.age-group)",
    "Color (product.metafields.shopify.color-pattern)", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Included / Australia", "Price / Australia",
    "Compare At Price / Australia", "Included / International", "Price / International",
    "Compare At Price / International", "Status",
]

ORDER_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City",
    "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
    "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount",
    "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags",
    "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name",
    "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name",
    "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References",
]

CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]


def to_csv(columns, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow({c: r.get(c, "") for c in columns})
    return buf.getvalue()


def _image(p, i):
    return f"{IMG}{p['handle']}-{i + 1}.jpg?v={1690000000 + RNG.randint(0, 9999999)}"


def product_rows():
    rows = []
    for p in PRODUCTS:
        n = max(len(p["variants"]), p["images"])
        for i in range(n):
            r = {"Handle": p["handle"]}
            if i < p["images"]:
                r.update({"Image Src": _image(p, i), "Image Position": str(i + 1),
                          "Image Alt Text": p["title"] if i == 0 else ""})
            if i == 0:
                r.update({
                    "Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"],
                    "Product Category": p["category"], "Type": p["type"], "Tags": p["tags"],
                    "Published": "true" if p["published"] else "false",
                    "Gift Card": "true" if p["gift_card"] else "false",
                    "Status": p["status"],
                    "Age group (product.metafields.shopify.age-group)":
                        p["metafields"].get("age", ""),
                })
                for k, name in enumerate(p["options"]):
                    r[f"Option{k + 1} Name"] = name
            if i < len(p["variants"]):
                v = p["variants"][i]
                for k, val in enumerate(v["values"]):
                    r[f"Option{k + 1} Value"] = val
                r.update({
                    "Variant SKU": v["sku"], "Variant Grams": str(v["grams"]),
                    "Variant Inventory Tracker": "shopify" if v["tracked"] else "",
                    "Variant Inventory Qty": str(v["qty"]) if v["tracked"] else "0",
                    "Variant Inventory Policy": v["policy"],
                    "Variant Fulfillment Service": "manual",
                    "Variant Price": money(v["price"]),
                    "Variant Compare At Price": money(v["compare_at"]) if v["compare_at"] else "",
                    "Variant Requires Shipping": "true" if p["ships"] else "false",
                    "Variant Taxable": "true",
                    "Variant Barcode": ("93" + str(RNG.randint(10 ** 10, 10 ** 11 - 1))
                                        if p["vendor"] != "Bluestone" else ""),
                    "Variant Weight Unit": "kg" if v["grams"] >= 1000 else "g",
                    "Cost per item": money(round(v["price"] * 0.52, 2)),
                    "Included / Australia": "true", "Included / International": "true",
                })
            rows.append(r)
    return rows


def _zip(z):
    return "'" + z if z else ""


def customer_rows():
    rows = []
    for key, c in CUSTOMERS.items():
        first, last, email, phone, a1, a2, city, prov, country, zp = c
        mine = [o for o in ORDER_DATA if o["who"] == key]
        spent = sum(o["total"] - o["refunded"] for o in mine
                    if o["fin"] in ("paid", "partially_refunded"))
        rows.append({
            "Customer ID": "'" + str(7402118000000 + RNG.randint(100000, 999999)),
            "First Name": first, "Last Name": last, "Email": email,
            "Accepts Email Marketing": RNG.choice(["yes", "no"]),
            "Default Address Address1": a1, "Default Address Address2": a2,
            "Default Address City": city, "Default Address Province Code": prov,
            "Default Address Country Code": country, "Default Address Zip": _zip(zp),
            "Default Address Phone": "'" + phone.replace(" ", "") if phone else "",
            "Phone": "'" + phone.replace(" ", "") if phone else "",
            "Accepts SMS Marketing": "no", "Total Spent": money(spent),
            "Total Orders": str(len(mine)), "Tax Exempt": "no",
            "Tags": "newsletter" if key in ("ava", "zoe", "kai") else "",
        })
    return rows


def _national(phone):
    """Shoppers type their number the local way at checkout."""
    if phone.startswith("+61 "):
        return "0" + phone[4:]
    return phone


def _address(prefix, c, who):
    first, last, email, phone, a1, a2, city, prov, country, zp = c
    street = a1 + (", " + a2 if a2 else "")
    return {f"{prefix} Name": f"{first} {last}", f"{prefix} Street": street,
            f"{prefix} Address1": a1, f"{prefix} Address2": a2, f"{prefix} City": city,
            f"{prefix} Zip": _zip(zp), f"{prefix} Province": prov,
            f"{prefix} Country": country, f"{prefix} Phone": _national(phone),
            f"{prefix} Province Name": PROVINCES.get(prov, "")}


def order_rows():
    rows = []
    for o in sorted(ORDER_DATA, key=lambda o: -o["num"]):
        c = person(o["who"])
        for i, ln in enumerate(o["lines"]):
            share = 0.0
            if o["discount"]:
                share = round(o["discount"] * ln["price"] * ln["qty"] / o["items_total"], 2)
            r = {"Name": o["name"], "Email": c[2], "Created at": stamp(o["created"]),
                 "Lineitem quantity": str(ln["qty"]), "Lineitem name": ln["name"],
                 "Lineitem price": money(ln["price"]),
                 "Lineitem compare at price": money(ln["compare"]) if ln["compare"] else "",
                 "Lineitem sku": ln["sku"],
                 "Lineitem requires shipping": "true" if ln["ships"] else "false",
                 "Lineitem taxable": "true", "Lineitem fulfillment status": ln["status"],
                 "Vendor": ln["vendor"], "Lineitem discount": money(share)}
            if i == 0:
                pay_ref = f"c{RNG.randint(10 ** 10, 10 ** 11 - 1)}.1"
                r.update({
                    "Financial Status": o["fin"], "Paid at": stamp(o["paid"]) if o["paid"] else "",
                    "Fulfillment Status": o["ful"],
                    "Fulfilled at": stamp(o["fulfilled"]) if o["fulfilled"] else "",
                    "Accepts Marketing": RNG.choice(["yes", "no"]), "Currency": "AUD",
                    "Subtotal": money(o["subtotal"]), "Shipping": money(o["shipping"]),
                    "Taxes": money(o["taxes"]), "Total": money(o["total"]),
                    "Discount Code": o["code"] or "",
                    "Discount Amount": money(o["discount"]),
                    "Shipping Method": o["method"] or "",
                    "Cancelled at": stamp(o["cancelled_at"]) if o["cancelled_at"] else "",
                    "Payment Method": o["pay"], "Payment Reference": pay_ref,
                    "Refunded Amount": money(o["refunded"]),
                    "Outstanding Balance": money(o["total"]) if o["fin"] in (
                        "pending", "authorized") else "0.00",
                    "Id": str(o["id"]), "Risk Level": "Low", "Source": "web",
                    "Tax 1 Name": "" if o["intl"] else "GST 10%",
                    "Tax 1 Value": "" if o["intl"] else money(o["taxes"]),
                    "Phone": "", "Payment ID": pay_ref[:-2],
                    "Payment References": pay_ref[:-2],
                    "Notes": o["note"],
                })
                r.update(_address("Billing", c, o["who"]))
                if o["method"] and o["method"] != policy.METHOD_PICKUP:
                    r.update(_address("Shipping", c, o["who"]))
                if o["method"] == policy.METHOD_PICKUP:
                    r["Location"] = "Collingwood store"
            rows.append(r)
    return rows


def write_all(store):
    (store / "products_export_1.csv").write_text(to_csv(PRODUCT_COLUMNS, product_rows()),
                                                 encoding="utf-8")
    (store / "customers_export.csv").write_text(to_csv(CUSTOMER_COLUMNS, customer_rows()),
                                                encoding="utf-8")
    (store / "orders_export_1.csv").write_text(to_csv(ORDER_COLUMNS, order_rows()),
                                               encoding="utf-8")


def counts():
    sold = [p for p in PRODUCTS if for_sale(p)]
    return {"products": len(PRODUCTS), "for_sale": len(sold),
            "variants": sum(len(p["variants"]) for p in sold),
            "variant_rows": sum(len(p["variants"]) for p in PRODUCTS),
            "orders": len(ORDER_DATA),
            "guest_orders": sum(1 for o in ORDER_DATA if o["who"] in GUESTS),
            "customers": len(CUSTOMERS)}
