"""Shopify's three CSV exports, written the way the admin writes them (tests/data/platforms/shopify/COLUMNS.md):
UTF-8 without BOM, LF, minimal quoting, `""` for an empty string and an empty cell for null, product columns on a
handle's first row only, images zipped onto rows by index, image-only rows, order columns on an order's first row
only, the spreadsheet guard `'` before ids, all-digit zips and phones that start with `+` and hold spaces."""
import html

import catalog as C
import orders as O

NULL = None

PRODUCT_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
    "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Unit Price Total Measure",
    "Unit Price Total Measure Unit", "Unit Price Base Measure", "Unit Price Base Measure Unit", "Variant Barcode",
    "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Appliance (product.metafields.custom.appliance)", "Variant Image", "Variant Weight Unit", "Variant Tax Code",
    "Cost per item", "Status"]

ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References"]

CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
    "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]


def cell(v):
    if v is None:
        return ""
    s = str(v)
    if s == "":
        return '""'
    if any(ch in s for ch in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def line(cells):
    return ",".join(cell(c) for c in cells) + "\n"


def zip_guard(z):
    return "'" + z if z and z.isdigit() else z


def phone_guard(ph):
    """Orders: a phone gets the guard only when it starts with + and holds spaces or dashes."""
    if ph and ph.startswith("+") and (" " in ph or "-" in ph):
        return "'" + ph
    return ph


# ----------------------------------------------------------------------------------------------------- products
def body_html(p):
    parts = ["<p>%s</p>" % html.escape(p["intro"], quote=False)]
    if p["specs"]:
        parts.append("<ul>\n" + "\n".join("<li><strong>%s:</strong> %s</li>" % (html.escape(a, quote=False),
                                                                             html.escape(b, quote=False))
                                          for a, b in p["specs"]) + "\n</ul>")
    if p["table"]:
        rows = "\n".join("<tr>\n<td><strong>%s</strong></td>\n<td>%s</td>\n</tr>" % (html.escape(a, quote=False),
                                                                                   html.escape(b, quote=False))
                         for a, b in p["table"])
        parts.append('<table class="spec-table">\n<tbody>\n%s\n</tbody>\n</table>' % rows)
    for para in p["paras"]:
        parts.append("<p><strong>%s</strong></p>" % html.escape(para, quote=False))
    if p["planted"]:
        parts.append('<p class="staff-note">%s</p>' % html.escape(C.PLANTED_PARAGRAPH, quote=False))
    return "\n".join(parts)


def image_url(p, i):
    return "%s%s-%d.jpg?v=17%08d" % (C.CDN, p["handle"], i, (len(p["handle"]) * 7919 + i * 104729) % 100000000)


def product_rows(p):
    rows = []
    n = max(len(p["variants"]), p["images"])
    names = p["option_names"] + [None, None, None]
    for i in range(n):
        r = {k: None for k in PRODUCT_HEADER}
        r["Handle"] = p["handle"]
        if i == 0:
            r.update({"Title": p["title"], "Body (HTML)": body_html(p), "Vendor": p["vendor"],
                      "Product Category": p["category"], "Type": p["type"], "Tags": ", ".join(p["tags"]),
                      "Published": p["published"], "Option1 Name": names[0],
                      "Option2 Name": names[1], "Option3 Name": names[2],
                      "Gift Card": "true" if p["gift"] else "false",
                      "SEO Title": p["seo_title"] or None, "SEO Description": p["seo_description"] or None,
                      "Appliance (product.metafields.custom.appliance)": p["appliance"] or None,
                      "Status": p["status"]})
        if i < len(p["variants"]):
            v = p["variants"][i]
            vals = v["values"] + [None, None, None]
            svc = p["service"] or p["gift"]
            r.update({"Option1 Value": vals[0], "Option2 Value": vals[1], "Option3 Value": vals[2],
                      "Variant SKU": v["sku"], "Variant Grams": "%.1f" % v["grams"],
                      "Variant Inventory Tracker": v["tracker"] or None,
                      "Variant Inventory Qty": str(v["qty"]), "Variant Inventory Policy": v["policy"],
                      "Variant Fulfillment Service": "gift_card" if p["gift"] else "manual",
                      "Variant Price": "%.2f" % v["price"],
                      "Variant Compare At Price": "%.2f" % v["compare"] if v["compare"] else None,
                      "Variant Requires Shipping": "false" if svc else "true",
                      "Variant Taxable": "false" if p["gift"] else "true",
                      "Variant Barcode": "",
                      "Variant Weight Unit": "kg",
                      "Cost per item": "%.2f" % v["cost"] if v["cost"] else None})
        if i < p["images"]:
            r.update({"Image Src": image_url(p, i + 1), "Image Position": str(i + 1),
                      "Image Alt Text": p["title"] if i == 0 else ""})
        rows.append([r[k] for k in PRODUCT_HEADER])
    return rows


def products_csv():
    out = [line(PRODUCT_HEADER)]
    for p in C.PRODUCTS:
        for r in product_rows(p):
            out.append(line(r))
    return "".join(out)


# ----------------------------------------------------------------------------------------------------- orders
def ts(x):
    return x + " " + O.TZ if x else None


def money(d):
    return "%.2f" % d


def order_rows(o):
    who = o["who"]
    name = ("%s %s" % (who["first"], who["last"])).strip()
    street = who["addr1"] + (", " + who["addr2"] if who["addr2"] else "")
    ship_addr = not o["gift_only"]
    phone_typed = who["phone_typed"] or None
    e164 = who.get("phone") or None
    ref = "c%d.1" % (27000000000 + o["number"] * 1361)
    paid = o["financial"] in ("paid", "partially_refunded", "refunded")
    outstanding = o["total"] if o["financial"] in ("pending", "voided") else O.Z
    rows = []
    for idx, it in enumerate(o["items"]):
        r = {k: None for k in ORDER_HEADER}
        p, v = it["product"], it["variant"]
        r.update({"Name": o["name"], "Email": o["email"], "Created at": ts(o["created"]),
                  "Lineitem quantity": str(it["qty"]), "Lineitem name": it["name"],
                  "Lineitem price": money(it["price"]),
                  "Lineitem compare at price": money(v["compare"]) if v["compare"] else "",
                  "Lineitem sku": v["sku"],
                  "Lineitem requires shipping": "false" if (p["service"] or p["gift"]) else "true",
                  "Lineitem taxable": "false" if p["gift"] else "true",
                  "Lineitem fulfillment status": it["status"], "Vendor": p["vendor"],
                  "Lineitem discount": "0.00", "Phone": e164})
        if idx == 0:
            r.update({
                "Financial Status": o["financial"],
                "Paid at": ts(o["created"][:-2] + "%02d" % (int(o["created"][-2:]) + 1 if int(o["created"][-2:]) < 59 else 59)) if paid else None,
                "Fulfillment Status": o["fulfillment"], "Fulfilled at": ts(o["fulfilled_at"]),
                "Accepts Marketing": o["accepts"], "Currency": "AUD", "Subtotal": money(o["subtotal"]),
                "Shipping": money(o["shipping"]), "Taxes": money(o["taxes"]), "Total": money(o["total"]),
                "Discount Code": o["discount_code"], "Discount Amount": money(o["discount"]),
                "Shipping Method": o["method"],
                "Billing Name": name, "Billing Street": street, "Billing Address1": who["addr1"],
                "Billing Address2": who["addr2"] or None, "Billing Company": who.get("company") or None,
                "Billing City": who["city"], "Billing Zip": zip_guard(who["zip"]), "Billing Province": who["state"],
                "Billing Country": "AU", "Billing Phone": phone_guard(phone_typed),
                "Notes": o["note"] or None, "Note Attributes": "",
                "Cancelled at": ts(o["cancelled_at"]), "Payment Method": o["paid_by"], "Payment Reference": ref,
                "Refunded Amount": money(o["refunded"]), "Outstanding Balance": money(outstanding),
                "Location": o["location"] or None, "Id": o["id"], "Tags": o["tags"], "Risk Level": "Low",
                "Source": o["source"],
                "Tax 1 Name": "GST 10%" if o["taxes"] else None, "Tax 1 Value": money(o["taxes"]) if o["taxes"] else None,
                "Billing Province Name": O.STATE_NAMES[who["state"]], "Payment ID": ref, "Payment References": ref})
            if ship_addr:
                r.update({"Shipping Name": name, "Shipping Street": street, "Shipping Address1": who["addr1"],
                          "Shipping Address2": who["addr2"] or None, "Shipping Company": who.get("company") or None,
                          "Shipping City": who["city"], "Shipping Zip": zip_guard(who["zip"]),
                          "Shipping Province": who["state"], "Shipping Country": "AU",
                          "Shipping Phone": phone_guard(phone_typed),
                          "Shipping Province Name": O.STATE_NAMES[who["state"]]})
        rows.append([r[k] for k in ORDER_HEADER])
    return rows


def orders_csv():
    out = [line(ORDER_HEADER)]
    for o in sorted(O.ORDERS, key=lambda x: x["created"], reverse=True):
        for r in order_rows(o):
            out.append(line(r))
    return "".join(out)


# ----------------------------------------------------------------------------------------------------- customers
def customers_csv():
    out = [line(CUSTOMER_HEADER)]
    for c in O.CUSTOMERS:
        n = len(O.orders_of(c["email"]))
        z = c["zip"]
        out.append(line([
            "'" + c["id"], c["first"] or None, c["last"] or None, c["email"], c["accepts_email"], c["company"] or None,
            c["addr1"] or None, c["addr2"] or None, c["city"] or None, c["state"] or None, "AU",
            ("'" + z if z.startswith("0") else z) or None,
            "'" + c["phone_typed"] if c["phone_typed"] else None,
            "'" + c["phone"] if c["phone"] else None,
            c["accepts_sms"], money(O.spent(c["email"])), str(n), c["note"] or None, "no", c["tags"] or ""]))
    return "".join(out)
