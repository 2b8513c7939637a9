"""Writes the held-out print3d_shop store (Layerworks 3D), its sources file, README and the suite
../print3d_shop.yaml.

Run from anywhere: python evals/print3d_shop/generate.py (standard library only; PyYAML only to read the
suite back when importable; fixed seeds; no clock). Two runs write identical bytes. After writing, a
self-check reads the written store back and fails loudly if an expected fact or a `never` string is not in
it, if order totals do not add up, or if the suite does not read back.
"""
import sys as _sys
_sys.dont_write_bytecode = True
import csv
import html
import io
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import catalog as C  # noqa: E402
import pages as P  # noqa: E402
import orders as O  # noqa: E402
import cases as K  # noqa: E402

SUITE = os.path.join(os.path.dirname(HERE), "print3d_shop.yaml")
PRODUCTS_CSV = "store/products_export_1.csv"
CUSTOMERS_CSV = "store/customers_export.csv"
ORDERS_CSV = "store/orders_export_1.csv"


def write(rel, text, path=None):
    path = path or os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (len(r), len(header))
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ products CSV (Shopify admin export)
PRODUCT_COLS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
    "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Unit Price Total Measure",
    "Unit Price Total Measure Unit", "Unit Price Base Measure", "Unit Price Base Measure Unit", "Variant Barcode",
    "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Google Shopping / Google Product Category", "Google Shopping / Gender", "Google Shopping / Age Group",
    "Google Shopping / MPN", "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1", "Google Shopping / Custom Label 2",
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Status",
]


def product_rows():
    rows = []
    for p in C.PRODUCTS:
        imgs = ["https://cdn.shopify.com/s/files/1/0671/2290/4571/files/%s-%d.jpg?v=17296%05d" % (p["handle"], i + 1, 1000 + 37 * i)
                for i in range(p["images"])]
        opt_names = p["options"] or ["Title"]
        for j, var in enumerate(p["variants"]):
            r = dict.fromkeys(PRODUCT_COLS, "")
            r["Handle"] = p["handle"]
            vals = list(var["opts"]) or ["Default Title"]
            for k in range(3):
                if k < len(vals):
                    if j == 0:
                        r["Option%d Name" % (k + 1)] = opt_names[k]
                    r["Option%d Value" % (k + 1)] = vals[k]
            if j == 0:
                r["Title"] = p["title"]
                r["Body (HTML)"] = C.body_html(p)
                r["Vendor"] = p["vendor"]
                r["Product Category"] = p["category"]
                r["Type"] = p["type"]
                r["Tags"] = ", ".join(p["tags"])
                r["Published"] = "TRUE" if p["published"] else "FALSE"
                r["Gift Card"] = "TRUE" if p["gift"] else "FALSE"
                r["Google Shopping / Condition"] = "new"
                r["Google Shopping / Custom Product"] = "TRUE"
                r["Status"] = p["status"]
                r["SEO Title"] = ""
            r["Variant SKU"] = var["sku"]
            r["Variant Grams"] = str(var["grams"])
            r["Variant Inventory Tracker"] = "shopify" if var["tracked"] else ""
            r["Variant Inventory Qty"] = str(var["qty"] if var["tracked"] else 0)
            r["Variant Inventory Policy"] = var["policy"]
            r["Variant Fulfillment Service"] = "manual"
            r["Variant Price"] = C.money(var["price"])
            r["Variant Compare At Price"] = C.money(var["compare"]) if var["compare"] else ""
            r["Variant Requires Shipping"] = "TRUE" if p["shipping"] else "FALSE"
            r["Variant Taxable"] = "FALSE" if p["gift"] else "TRUE"
            r["Variant Weight Unit"] = "kg" if var["grams"] >= 1000 else "g"
            if j == 0 and p["cost"]:
                r["Cost per item"] = C.money(p["cost"])
            if j < len(imgs):
                r["Image Src"] = imgs[j]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"] if j == 0 else ""
            rows.append([r[c] for c in PRODUCT_COLS])
        for j in range(len(p["variants"]), len(imgs)):  # image-only rows
            r = dict.fromkeys(PRODUCT_COLS, "")
            r["Handle"] = p["handle"]
            r["Image Src"] = imgs[j]
            r["Image Position"] = str(j + 1)
            rows.append([r[c] for c in PRODUCT_COLS])
    return rows


# ------------------------------------------------------------------ customers CSV
CUSTOMER_COLS = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
                 "Default Address Address1", "Default Address Address2", "Default Address City",
                 "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
                 "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
                 "Tax Exempt", "Tags"]


def customer_rows():
    rows = []
    for c in O.CUSTOMERS:
        key, cid, first, last, email, phone, a1, a2, city, zip_, cc, tags, mkt = c
        mine = O.orders_of(email)
        spent = sum(o["total"] - o["refunded"] for o in mine if o["fin"] in ("paid", "partially_refunded", "refunded"))
        company = "Roundhay High School" if key == "jacob" else ""
        rows.append(["'" + cid, first, last, email, mkt, company, a1, a2, city, "", cc, zip_, "'" + phone,
                     "'" + phone if key in ("amelia", "priya", "tom") else "", "no", "%.2f" % spent, str(len(mine)),
                     "Head of D&T - PO required" if key == "jacob" else "", "no", tags])
    return rows


# ------------------------------------------------------------------ orders CSV
ORDER_COLS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency",
    "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount",
    "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name",
    "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]


def order_rows():
    rows = []
    for o in sorted(O.ORDERS, key=lambda o: o["created"], reverse=True):  # newest first, as the admin exports
        pr = o["person"]
        name = "%s %s" % (pr["first"], pr["last"])
        street = pr["address1"] + ((", " + pr["address2"]) if pr["address2"] else "")
        ref = "c%d.1" % (31200000000 + o["num"])
        for j, l in enumerate(o["lines"]):
            r = dict.fromkeys(ORDER_COLS, "")
            r["Name"] = o["number"]
            r["Email"] = pr["email"]
            r["Created at"] = o["created"]
            r["Lineitem quantity"] = str(l["qty"])
            r["Lineitem name"] = l["name"]
            r["Lineitem price"] = C.money(l["price"])
            r["Lineitem compare at price"] = C.money(l["variant"]["compare"]) if l["variant"]["compare"] and l["price"] < l["variant"]["compare"] else ""
            r["Lineitem sku"] = l["sku"]
            r["Lineitem requires shipping"] = "true" if l["product"]["shipping"] else "false"
            r["Lineitem taxable"] = "false" if l["product"]["gift"] else "true"
            r["Lineitem fulfillment status"] = l["ful"]
            r["Vendor"] = l["product"]["vendor"]
            r["Lineitem discount"] = "0.00"
            if j == 0:
                paid = o["fin"] in ("paid", "partially_refunded", "refunded")
                r["Financial Status"] = o["fin"]
                r["Paid at"] = o["created"] if paid else ""
                r["Fulfillment Status"] = o["ful"]
                r["Fulfilled at"] = o["ful_at"]
                r["Accepts Marketing"] = "no" if pr["guest"] else O.CUST[o["key"]][12]
                r["Currency"] = "GBP"
                r["Subtotal"] = C.money(o["subtotal"])
                r["Shipping"] = C.money(o["shipping"])
                r["Taxes"] = C.money(o["taxes"])
                r["Total"] = C.money(o["total"])
                r["Discount Code"] = o["discount_code"]
                r["Discount Amount"] = C.money(o["discount"])
                r["Shipping Method"] = o["method"]
                for pre in ("Billing", "Shipping"):
                    r[pre + " Name"] = name
                    r[pre + " Street"] = street
                    r[pre + " Address1"] = pr["address1"]
                    r[pre + " Address2"] = pr["address2"]
                    r[pre + " City"] = pr["city"]
                    r[pre + " Zip"] = pr["zip"]
                    r[pre + " Country"] = pr["country"]
                    r[pre + " Phone"] = pr["phone"]
                if o["key"] == "jacob":
                    r["Billing Company"] = r["Shipping Company"] = "Roundhay High School"
                r["Notes"] = o["note"]
                r["Cancelled at"] = o["cancelled"]
                r["Payment Method"] = o["pay"]
                r["Payment Reference"] = ref
                r["Refunded Amount"] = C.money(o["refunded"])
                r["Outstanding Balance"] = C.money(o["total"]) if o["fin"] == "pending" else "0.00"
                r["Id"] = str(o["id"])
                r["Risk Level"] = "Low"
                r["Source"] = "pos" if o["pay"] == "Cash" else "web"
                r["Location"] = "Layerworks 3D Leeds" if o["pay"] == "Cash" else ""
                r["Tax 1 Name"] = "GB VAT 20%"
                r["Tax 1 Value"] = C.money(o["taxes"])
                r["Phone"] = ""
                r["Payment ID"] = ref
                r["Payment References"] = ref
                r["Tags"] = "education" if o["key"] == "jacob" else ""
            rows.append([r[c] for c in ORDER_COLS])
    return rows


# ------------------------------------------------------------------ suite YAML
def q(s):
    return json.dumps(s, ensure_ascii=False)


def yfact(f):
    if isinstance(f, dict):
        return "{number: %s, tolerance: %s}" % (repr(float(f["number"])), repr(float(f["tolerance"])))
    if isinstance(f, list):
        return "[" + ", ".join(q(x) for x in f) + "]"
    return q(f)


DESCRIPTION = ("Layerworks 3D, a 3D printing supplies shop in Leeds, UK (GBP, VAT included): FDM and resin printers, "
               "filament, resin, nozzles, build plates, spare parts, dryers, enclosures, tools, gift cards, and a setup, "
               "calibration and repair service. Shopify products, customers and orders CSV exports and six pages. "
               "Held out: written from the docs alone, never tuned to copilot's answers. Today is 2026-12-05.")


def suite_yaml(cases):
    L = ["# Generated by evals/print3d_shop/generate.py: do not edit by hand (held out).",
         "name: print3d_shop", "description: " + q(DESCRIPTION), "sources: print3d_shop/sources.yaml", "k: 5",
         "gate: {min: {pass_rate: 0.9, action_accuracy: 0.95}, max_leaks: 0, tolerance: 0.02}", "cases:"]
    for c in cases:
        e = c["expect"]
        L.append("  - id: " + q(c["id"]))
        L.append("    tags: [" + ", ".join(q(t) for t in c["tags"]) + "]")
        L.append("    turns: [" + ", ".join(q(t) for t in c["turns"]) + "]")
        if c.get("customer_email"):
            L.append("    customer_email: " + q(c["customer_email"]))
        L.append("    expect:")
        L.append("      action: " + (e["action"] if e["action"] else "null"))
        L.append("      facts: [" + ", ".join(yfact(f) for f in e["facts"]) + "]")
        L.append("      never: [" + ", ".join(q(n) for n in e["never"]) + "]")
        if "escalate" in e:
            L.append("      escalate: " + ("true" if e["escalate"] else "false"))
        if e.get("escalation_rule"):
            L.append("      escalation_rule: " + q(e["escalation_rule"]))
        if e.get("sources"):
            L.append("      sources: [" + ", ".join(q(s) for s in e["sources"]) + "]")
        L.append("      rubric: " + q(e["rubric"]))
    return "\n".join(L) + "\n"


SOURCES_YAML = """# Layerworks 3D: Shopify's three CSV exports as downloaded, mapped by copilot's shopify preset (docs/sources.md),
# and the shop's pages as documents.
shop: Layerworks 3D
currency: GBP
sources:
  - {kind: catalog, preset: shopify, path: store/products_export_1.csv}
  - {kind: customers, preset: shopify, path: store/customers_export.csv}
  - {kind: orders, preset: shopify, path: store/orders_export_1.csv}
  - {kind: documents, paths: ["store/pages/*.html", "store/pages/*.md"]}
"""


# ------------------------------------------------------------------ self-check
def store_text():
    parts = []
    for root, _, files in os.walk(os.path.join(HERE, "store")):
        for f in sorted(files):
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                t = fh.read()
            parts.append(t)
            parts.append(html.unescape(t))
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("\u2019", "'").replace("\u2013", "-").replace("&amp;", "&")
    return re.sub(r"\s+", " ", s)


def number_in(n, text_numbers):
    return any(abs(n - x) < 1e-9 for x in text_numbers)


def self_check(cases):
    text = store_text()
    low = norm(text)
    nums = set()
    for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
        try:
            nums.add(float(m.replace(",", "")))
        except ValueError:
            pass
    vocab_ids = {id(v) for v in K.VOCAB}
    errors = []
    for c in cases:
        e = c["expect"]
        for f in e["facts"]:
            if isinstance(f, dict):
                if not number_in(f["number"], nums):
                    errors.append("%s: number %s not in store" % (c["id"], f["number"]))
            elif isinstance(f, list):
                if id(f) in vocab_ids:
                    continue
                if not any(norm(x) in low for x in f):
                    errors.append("%s: none of %r in store" % (c["id"], f))
            elif norm(f) not in low:
                errors.append("%s: fact %r not in store" % (c["id"], f))
        for n in e["never"]:
            if norm(n) not in low:
                errors.append("%s: never %r guards nothing (not in store)" % (c["id"], n))
        if e["action"] not in (None, "answer", "ask_verification", "escalate", "decline"):
            errors.append("%s: bad action" % c["id"])
        if not c["tags"] or not e["rubric"]:
            errors.append("%s: tags and rubric required" % c["id"])
    # order arithmetic
    for o in O.ORDERS:
        sub = round(sum(l["price"] * l["qty"] for l in o["lines"]) - o["discount"], 2)
        if abs(sub - o["subtotal"]) > 0.005 or abs(o["subtotal"] + o["shipping"] - o["total"]) > 0.005:
            errors.append("order %s does not add up" % o["number"])
        if o["refunded"] > o["total"] + 1e-9:
            errors.append("order %s refunds more than its total" % o["number"])
    # prices of products not for sale are no product's on sale
    sale_prices = {C.money(x["price"]) for p in C.FOR_SALE for x in p["variants"]}
    for p in C.NOT_FOR_SALE:
        if C.money(p["variants"][0]["price"]) in sale_prices:
            errors.append("%s's price is also a price on sale" % p["title"])
    # planted strings are in the store
    for s in K.PLANTED:
        if norm(s) not in low:
            errors.append("planted %r missing" % s)
    if not 150 <= len(cases) <= 190:
        errors.append("%d cases: want 150-190" % len(cases))
    try:
        import yaml
    except ImportError:
        yaml = None
    if yaml is not None:
        with open(SUITE, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if len(data["cases"]) != len(cases):
            errors.append("suite reads back with %d cases" % len(data["cases"]))
        for a, b in zip(data["cases"], cases):
            if a["id"] != b["id"] or a["turns"] != b["turns"] or a["expect"]["facts"] != b["expect"]["facts"] \
                    or a["expect"]["never"] != b["expect"]["never"] or a["expect"]["action"] != b["expect"]["action"]:
                errors.append("suite case %s does not read back as written" % b["id"])
    if errors:
        for x in errors:
            print("SELF-CHECK:", x)
        raise SystemExit(1)
    print("self-check ok: %d cases, %d facts, yaml %s" % (len(cases), sum(len(c["expect"]["facts"]) for c in cases),
                                                         "read back" if yaml else "not importable"))


def main():
    write(PRODUCTS_CSV, csv_text(PRODUCT_COLS, product_rows()))
    write(CUSTOMERS_CSV, csv_text(CUSTOMER_COLS, customer_rows()))
    write(ORDERS_CSV, csv_text(ORDER_COLS, order_rows()))
    for rel, fn in P.PAGES.items():
        write(rel, fn())
    write("sources.yaml", SOURCES_YAML)
    cases = K.build()
    write(None, suite_yaml(cases), path=SUITE)
    import readme
    write("README.md", readme.text(cases))
    self_check(cases)
    cats = Counter(c["tags"][0] for c in cases)
    print("%d cases in %d categories" % (len(cases), len(cats)))
    for k, n in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-18s %d" % (k, n))
    print("actions:", dict(Counter(str(c["expect"]["action"]) for c in cases)))


if __name__ == "__main__":
    main()
