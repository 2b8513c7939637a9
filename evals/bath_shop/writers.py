"""Writes the three Shopify CSV exports the way Shopify writes them: UTF-8 without BOM, LF line endings, minimal
quoting (a cell is quoted only when it holds a comma, a quote or a newline), None as an empty cell and an empty
string as `""`, a leading apostrophe on Customer IDs and phones in the customers export and on order phones that
start with + and hold spaces."""
import catalog as C
import orders as O

PRODUCT_HEADER = [
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
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4",
    "Colour (product.metafields.shopify.color-pattern)",
    "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status",
]

ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency",
    "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References",
]

CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
    "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]

PROVINCE_NAME = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def cell(v):
    if v is None:
        return ""
    s = str(v)
    if s == "":
        return '""'
    if any(ch in s for ch in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(cell(h) for h in header) + "\n")
        for r in rows:
            f.write(",".join(cell(r.get(h)) for h in header) + "\n")


def m(x):
    return "%.2f" % float(x)


def product_rows():
    rows = []
    for p in C.PRODUCTS:
        n = max(len(p.variants), p.images)
        for i in range(n):
            r = {"Handle": p.handle}
            if i == 0:
                r.update({
                    "Title": p.title, "Body (HTML)": C.description_html(p), "Vendor": C.VENDOR,
                    "Product Category": p.category, "Type": p.type, "Tags": p.tags,
                    "Published": "true" if p.published else "false",
                    "Gift Card": "true" if p.gift else "false",
                    "SEO Title": p.seo_title or None, "SEO Description": None,
                    "Status": p.status,
                })
                names = p.options or ["Title"]
                for k, nm in enumerate(names):
                    r["Option%d Name" % (k + 1)] = nm
                if not p.gift and p.kind not in ("service",):
                    r["Google Shopping / Condition"] = "new"
                    r["Google Shopping / Custom Product"] = "FALSE"
            if i < len(p.variants):
                v = p.variants[i]
                for k, val in enumerate(v.values):
                    r["Option%d Value" % (k + 1)] = val
                untracked = (not p.tracked)
                r.update({
                    "Variant SKU": v.sku,
                    "Variant Grams": "%.1f" % v.grams,
                    "Variant Inventory Tracker": None if untracked else "shopify",
                    "Variant Inventory Qty": 0 if untracked else v.stock,
                    "Variant Inventory Policy": p.policy,
                    "Variant Fulfillment Service": "gift_card" if p.gift else "manual",
                    "Variant Price": m(v.price),
                    "Variant Compare At Price": m(v.compare) if v.compare else None,
                    "Variant Requires Shipping": "false" if (p.gift or p.kind == "service") else "true",
                    "Variant Taxable": "false" if p.gift else "true",
                    "Variant Barcode": v.barcode,
                    "Variant Weight Unit": "kg",
                    "Cost per item": m(v.cost) if v.cost else None,
                })
                if p.kind not in ("service", "gift") and len(p.variants) > 1 and i > 0 and p.images > 1:
                    r["Variant Image"] = "%s%s-%s.jpg?v=17%08d" % (C.CDN, p.handle, v.sku.lower(), 31000000 + i)
            if i < p.images:
                r["Image Src"] = "%s%s-%d.jpg?v=17%08d" % (C.CDN, p.handle, i + 1, 30000000 + i)
                r["Image Position"] = i + 1
                r["Image Alt Text"] = p.title if i == 0 else ""
            rows.append(r)
    return rows


def phone_order(p):
    if not p:
        return None
    return "'" + p if (p.startswith("+") and " " in p) else p


def _street(a1, a2):
    return a1 + (", " + a2 if a2 else "")


def order_rows():
    rows = []
    for idx, o in enumerate(sorted(O.ORDERS, key=lambda o: -o.number)):
        person = o.person
        lines = o.lines()
        phone = person.phone if not person.email or o.guest or True else None
        e164 = person.phone.replace(" ", "") if person.phone.startswith("+") else ("+44" + person.phone[1:].replace(" ", "") if person.phone else None)
        for li, (p, v, name, q) in enumerate(lines):
            sku = "" if p.gift else v.sku
            r = {"Name": o.name, "Email": o.email or None, "Created at": o.created, "Lineitem quantity": q,
                 "Lineitem name": name, "Lineitem price": m(v.price),
                 "Lineitem compare at price": m(v.compare) if v.compare else "",
                 "Lineitem sku": sku,
                 "Lineitem requires shipping": "false" if (p.gift or p.kind == "service") else "true",
                 "Lineitem taxable": "false" if p.gift else "true",
                 "Lineitem fulfillment status": o.line_status(v.sku if not p.gift else ""),
                 "Vendor": C.VENDOR, "Lineitem discount": "0.00", "Phone": e164}
            if li == 0:
                ship_addr = not (len(lines) == 1 and p.gift) and not o.method.startswith("Click")
                outstanding = o.total if o.financial in ("pending", "voided") else 0
                ref = "c%011d.1" % (31415926000 + o.number)
                r.update({
                    "Financial Status": o.financial, "Paid at": o.paid_at or None,
                    "Fulfillment Status": o.fulfillment, "Fulfilled at": o.fulfilled_at,
                    "Accepts Marketing": getattr(person, "accepts", "no"), "Currency": "GBP",
                    "Subtotal": m(o.subtotal), "Shipping": m(o.shipping), "Taxes": m(o.taxes), "Total": m(o.total),
                    "Discount Code": o.discount_code, "Discount Amount": m(o.discount), "Shipping Method": o.method,
                    "Billing Name": person.name, "Billing Street": _street(person.addr1, person.addr2),
                    "Billing Address1": person.addr1, "Billing Address2": person.addr2 or None,
                    "Billing Company": person.company or None, "Billing City": person.city, "Billing Zip": person.zip,
                    "Billing Province": person.prov, "Billing Country": "GB", "Billing Phone": phone_order(person.phone),
                    "Notes": o.note or None, "Note Attributes": "", "Cancelled at": o.cancelled_at,
                    "Payment Method": o.payment, "Payment Reference": ref, "Refunded Amount": m(o.refunded),
                    "Outstanding Balance": m(outstanding), "Id": "67012345%05d" % o.number, "Tags": o.tags,
                    "Risk Level": "Low", "Source": o.source,
                    "Tax 1 Name": "GB VAT 20%" if o.taxes else None, "Tax 1 Value": m(o.taxes) if o.taxes else None,
                    "Billing Province Name": PROVINCE_NAME.get(person.prov), "Payment ID": ref,
                    "Payment Terms Name": o.terms or None, "Payment References": ref,
                })
                if ship_addr:
                    r.update({
                        "Shipping Name": person.name, "Shipping Street": _street(person.addr1, person.addr2),
                        "Shipping Address1": person.addr1, "Shipping Address2": person.addr2 or None,
                        "Shipping Company": person.company or None, "Shipping City": person.city,
                        "Shipping Zip": person.zip, "Shipping Province": person.prov, "Shipping Country": "GB",
                        "Shipping Phone": phone_order(person.phone),
                        "Shipping Province Name": PROVINCE_NAME.get(person.prov),
                    })
                if o.method.startswith("Click"):
                    r["Location"] = "Harrogate Showroom"
            rows.append(r)
    return rows


def customer_rows():
    rows = []
    for c in O.CUSTOMERS:
        spent, n = O.customer_totals(c)
        rows.append({
            "Customer ID": "'" + c.id, "First Name": c.first or None, "Last Name": c.last or None, "Email": c.email or None,
            "Accepts Email Marketing": c.accepts, "Default Address Company": c.company or None,
            "Default Address Address1": c.addr1 or None, "Default Address Address2": c.addr2 or None,
            "Default Address City": c.city or None, "Default Address Province Code": c.prov or None,
            "Default Address Country Code": "GB", "Default Address Zip": c.zip or None,
            "Default Address Phone": ("'" + c.phone) if c.phone else None,
            "Phone": ("'" + (c.phone.replace(" ", "") if c.phone.startswith("+") else "+44" + c.phone[1:].replace(" ", ""))) if c.phone else None,
            "Accepts SMS Marketing": c.sms, "Total Spent": m(spent), "Total Orders": n, "Note": c.note or None,
            "Tax Exempt": "no", "Tags": c.tags or None,
        })
    return rows
