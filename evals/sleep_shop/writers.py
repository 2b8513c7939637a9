"""File writers: WooCommerce's product CSV exporter and WebToffee's order export, byte for byte as described in
tests/data/platforms/woocommerce/COLUMNS.md (fputcsv quoting, BOM, `\\n` in descriptions, column order)."""
import html as _html

import catalog as C
import orders as O

DEFAULT_COLS = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?",
                "Visibility in catalog", "Short description", "Description", "Date sale price starts",
                "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount",
                "Backorders allowed?", "Sold individually?", "Weight (lbs)", "Length (in)", "Width (in)", "Height (in)",
                "Allow customer reviews?", "Purchase note", "Sale price", "Regular price", "Categories", "Tags",
                "Shipping class", "Images", "Download limit", "Download expiry days", "Parent", "Grouped products",
                "Upsells", "Cross-sells", "External URL", "Button text", "Position"]


def fputcsv(row):
    out = []
    for v in row:
        s = "" if v is None else str(v)
        if any(ch in s for ch in ',"\n\r\t '):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out) + "\n"


def guard(s):
    return "'" + s if s and s[0] in "=+-@\t\r" else s


def description(p):
    parts = []
    if p["intro"]:
        parts.append("<p>%s</p>" % _html.escape(p["intro"], quote=False))
    if p["specs"]:
        if p["spec_style"] == "table":
            parts.append("<h3>Specifications</h3>")
            parts.append('<table class="specs">')
            for k, v in p["specs"]:
                parts.append("<tr><th>%s</th><td>%s</td></tr>" % (_html.escape(k, quote=False), _html.escape(v, quote=False)))
            parts.append("</table>")
        else:
            parts.append("<ul>")
            for k, v in p["specs"]:
                parts.append("<li><strong>%s:</strong> %s</li>" % (_html.escape(k, quote=False), _html.escape(v, quote=False)))
            parts.append("</ul>")
    if p["extra_html"]:
        parts.append(p["extra_html"])
    return "\n".join(parts)


def export_text(s):
    """filter_description_field: literal \\n first, then real newlines become the two characters \\n."""
    return s.replace("\\n", "\\\\n").replace("\n", "\\n")


def stock_status(v):
    return {"1": "1", "0": "0", "backorder": "backorder"}[v["status"]]


def parent_status(p):
    sts = [v["status"] for v in p["variations"]]
    if "1" in sts:
        return "1"
    if "backorder" in sts:
        return "backorder"
    return "0"


def type_of(p, variation=False):
    t = "variation" if variation else p["type"]
    if p["virtual"]:
        t += ", virtual"
    return t


def ship_class(p):
    if p["cat"].startswith(("Mattresses", "Bed Frames > Platform", "Bed Frames > Upholstered", "Bed Frames > Storage",
                            "Foundations", "Adjustable Bases")) and p["sku"] != "HW-GRIPPER":
        return "Oversize"
    return ""


def product_rows():
    """(dict of column -> value) per row, in ID order, and the header as the exporter builds it."""
    cols = list(DEFAULT_COLS)
    rows = []
    for p in C.PRODUCTS:
        slug = p["sku"].lower()
        imgs = ", ".join("%s%s/%s-%d.jpg" % (C.IMG, "0%d" % (1 + p["id"] % 9), slug, i) for i in (1, 2)) \
            if p["published"] == "1" else ""
        r = {"ID": p["id"], "Type": type_of(p), "SKU": p["sku"], "Name": p["name"], "Published": p["published"],
             "Is featured?": p["featured"], "Visibility in catalog": p["visibility"],
             "Short description": export_text(guard(p["short"])), "Description": export_text(description(p)),
             "Tax status": p["tax_status"], "Tax class": "", "Low stock amount": "", "Sold individually?": "0",
             "Allow customer reviews?": "1", "Purchase note": "", "Categories": p["cat"], "Tags": ", ".join(p["tags"]),
             "Shipping class": ship_class(p), "Images": imgs, "Parent": "", "Grouped products": "", "Upsells": "",
             "Cross-sells": "", "External URL": "", "Button text": "", "Position": "0",
             "Date sale price starts": "", "Date sale price ends": "", "Sale price": "", "Regular price": "",
             "Backorders allowed?": p["backorders"], "Stock": "", "In stock?": "",
             "GTIN, UPC, EAN, or ISBN": "", "Weight (lbs)": "", "Length (in)": "", "Width (in)": "", "Height (in)": "",
             "Download limit": "", "Download expiry days": ""}
        if p["type"] == "simple":
            r["Regular price"] = p["regular"]
            r["Sale price"] = p.get("sale", "")
            r["In stock?"] = p["in_stock"]
            r["Stock"] = "" if p["stock"] is None else p["stock"]
        else:
            r["In stock?"] = parent_status(p)
        dyn = []
        for i, (name, vals, vis, glob, default) in enumerate(p["attrs"], 1):
            dyn += [("Attribute %d name" % i, name), ("Attribute %d value(s)" % i, ", ".join(v.replace(",", "\\,") for v in vals)),
                    ("Attribute %d visible" % i, vis), ("Attribute %d global" % i, glob)]
            if p["type"] == "variable" and default:
                dyn.append(("Attribute %d default" % i, default))
        for k, v in dyn:
            if k not in cols:
                cols.append(k)
            r[k] = v
        rows.append(r)
        for v in p["variations"]:
            from orders import variation_name
            vr = {"ID": v["id"], "Type": type_of(p, True), "SKU": v["sku"], "Name": variation_name(p, v),
                  "Published": p["published"] if p["published"] == "-1" else "1", "Is featured?": "0",
                  "Visibility in catalog": "visible", "Short description": "",
                  "Description": export_text(v["note"]), "Tax status": p["tax_status"], "Tax class": "parent",
                  "In stock?": stock_status(v), "Stock": "" if v["stock"] is None else v["stock"],
                  "Low stock amount": "", "Backorders allowed?": v["backorders"], "Sold individually?": "0",
                  "Weight (lbs)": v["weight"], "Allow customer reviews?": "0", "Purchase note": "",
                  "Sale price": v["sale"], "Regular price": v["regular"], "Categories": "", "Tags": "",
                  "Shipping class": "", "Images": "%s%s/%s.jpg" % (C.IMG, "0%d" % (1 + p["id"] % 9), v["sku"].lower()),
                  "Parent": p["sku"], "Position": v["position"],
                  "Date sale price starts": p["sale_from"] if v["sale"] else "",
                  "Date sale price ends": p["sale_to"] if v["sale"] else ""}
            dyn = []
            for i, (name, vals, vis, glob, default) in enumerate(p["attrs"], 1):
                dyn += [("Attribute %d name" % i, name), ("Attribute %d value(s)" % i, v["attrs"].get(name, "")),
                        ("Attribute %d visible" % i, ""), ("Attribute %d global" % i, glob)]
            for k, val in dyn:
                if k not in cols:
                    cols.append(k)
                vr[k] = val
            rows.append(vr)
    return cols, rows


def products_csv():
    cols, rows = product_rows()
    out = ["\ufeff" + fputcsv(cols)]
    for r in rows:
        out.append(fputcsv([r.get(c, "") for c in cols]))
    return "".join(out)


# ------------------------------------------------------------------ orders (WebToffee default)
BILL = ["billing_first_name", "billing_last_name", "billing_company", "billing_email", "billing_phone",
        "billing_address_1", "billing_address_2", "billing_postcode", "billing_city", "billing_state", "billing_country"]
SHIPC = ["shipping_first_name", "shipping_last_name", "shipping_company", "shipping_phone", "shipping_address_1",
         "shipping_address_2", "shipping_postcode", "shipping_city", "shipping_state", "shipping_country"]
ATTRIB = ["meta:_wc_order_attribution_source_type", "meta:_wc_order_attribution_referrer",
          "meta:_wc_order_attribution_utm_source", "meta:_wc_order_attribution_session_entry",
          "meta:_wc_order_attribution_session_start_time", "meta:_wc_order_attribution_session_pages",
          "meta:_wc_order_attribution_session_count", "meta:_wc_order_attribution_user_agent",
          "meta:_wc_order_attribution_device_type"]
HEAD = (["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total",
         "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount", "discount_total", "order_total",
         "order_subtotal", "order_key", "order_currency", "payment_method", "payment_method_title", "transaction_id",
         "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id", "customer_user",
         "customer_email"] + BILL + SHIPC +
        ["customer_note", "wt_import_key", "tax_items", "shipping_items", "fee_items", "coupon_items", "refund_items",
         "order_notes", "download_permissions"] + ATTRIB + ["meta:_wc_shipment_tracking_items"])

UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
UA2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


def phone_cell(s):
    return "'" + s if s.startswith("+") else s


def order_row(o, max_items):
    import hashlib
    import json
    c = O.compute(o)
    p = O.person(o)
    rate_pct = p[9]
    paid = o["status"] in ("completed", "processing", "refunded")
    u = O.utc(o["placed"])
    paid_date = u.strftime("%Y-%m-%dT%H:%M:%S+00:00") if paid else ""
    key = "wc_order_" + hashlib.sha1(str(o["id"]).encode()).hexdigest()[:13]
    txn = ""
    if paid and o["pay"] == "stripe":
        txn = "pi_3Q" + hashlib.md5(("t%d" % o["id"]).encode()).hexdigest()[:20]
    elif paid and o["pay"] == "ppcp-gateway":
        txn = hashlib.md5(("p%d" % o["id"]).encode()).hexdigest()[:17].upper()
    elif paid and o["pay"] == "lullpay":
        txn = "LP-" + hashlib.md5(("l%d" % o["id"]).encode()).hexdigest()[:10].upper()
    registered = isinstance(o["cust"], int)
    r = {"order_id": o["id"], "order_number": o["id"], "order_date": o["placed"], "paid_date": paid_date,
         "status": o["status"], "shipping_total": "%.2f" % c["shipping"], "shipping_tax_total": "0.00",
         "fee_total": "0.00", "fee_tax_total": "0.00", "tax_total": "%.2f" % c["tax"], "cart_discount": "0.00",
         "order_discount": "0.00", "discount_total": "0.00", "order_total": "%.2f" % c["total"],
         "order_subtotal": "%.2f" % c["subtotal"], "order_key": key, "order_currency": "USD",
         "payment_method": o["pay"], "payment_method_title": O.PAY[o["pay"]], "transaction_id": txn,
         "customer_ip_address": "198.51.100.%d" % (o["id"] % 200 + 10),
         "customer_user_agent": UA if o["id"] % 2 else UA2,
         "shipping_method": o["ship"][1] if o["ship"] else "",
         "customer_id": o["cust"] if registered else 0, "customer_user": o["cust"] if registered else 0,
         "customer_email": p[2] if registered else ""}
    vals = [p[0], p[1], "", p[2], phone_cell(p[3]), p[4], p[5], p[8], p[6], p[7], "US"]
    for k, v in zip(BILL, vals):
        r[k] = v
    if o["ship"]:
        svals = [p[0], p[1], "", "", p[4], p[5], p[8], p[6], p[7], "US"]
    else:
        svals = [""] * len(SHIPC)
    for k, v in zip(SHIPC, svals):
        r[k] = v
    r["customer_note"] = "Please call before delivery, buzzer is broken." if o["id"] == 5304 else ""
    r["wt_import_key"] = ""
    if c["tax"] > 0:
        r["tax_items"] = "code:US-%s-%s-1|total:%.2f" % (p[7], p[10].replace(" ", "-"), c["tax"])
    else:
        r["tax_items"] = ""
    r["shipping_items"] = ("method:%s|total:%.2f" % (o["ship"][1], c["shipping"])) if o["ship"] else ""
    r["fee_items"] = ""
    r["coupon_items"] = ""
    if o.get("refund"):
        rid, what, qty, reason, when = o["refund"]
        r["refund_items"] = "amount:%.2f|reason:%s|date:%s" % (c["refund"], reason, when)
    else:
        r["refund_items"] = ""
    notes = list(o.get("notes", []))
    if o["status"] == "completed" and o["tracking"]:
        for prov, custom, num, day in o["tracking"]:
            notes.append("Order shipped via %s with tracking number %s" % (prov or custom, num))
        notes.insert(0, "Order status changed from Processing to Completed.")
    r["order_notes"] = "||".join(notes)
    r["download_permissions"] = "1" if paid else "0"
    r["meta:_wc_order_attribution_source_type"] = "organic" if o["id"] % 3 else "typein"
    r["meta:_wc_order_attribution_referrer"] = "https://www.google.com/" if o["id"] % 3 else ""
    r["meta:_wc_order_attribution_utm_source"] = "google" if o["id"] % 3 else "(direct)"
    r["meta:_wc_order_attribution_session_entry"] = "https://hushwoodsleep.com/product-category/mattresses/"
    r["meta:_wc_order_attribution_session_start_time"] = (u.strftime("%Y-%m-%d %H:%M:%S"))
    r["meta:_wc_order_attribution_session_pages"] = str(3 + o["id"] % 9)
    r["meta:_wc_order_attribution_session_count"] = str(1 + o["id"] % 4)
    r["meta:_wc_order_attribution_user_agent"] = r["customer_user_agent"]
    r["meta:_wc_order_attribution_device_type"] = "Mobile" if o["id"] % 2 else "Desktop"
    r["meta:_wc_shipment_tracking_items"] = O.tracking_json(o)
    back = o.get("backordered", {})
    for i, l in enumerate(c["lines"], 1):
        prod, v = l["product"], l["variation"]
        parts = ["name:" + O.line_name(prod, v), "product_id:%d" % prod["id"], "sku:" + l["sku"],
                 "quantity:%d" % l["qty"], "total:%.2f" % l["total"], "sub_total:%.2f" % l["total"]]
        if l["tax"] > 0:
            td = {"total": {"1": "%.4f" % (l["total"] * c["rate"])}, "subtotal": {"1": "%.4f" % (l["total"] * c["rate"])}}
            parts += ["tax:%.2f" % l["tax"], "tax_data:" + json.dumps(td, separators=(",", ":"))]
        if v is not None:
            for (name, vals, vis, glob, default) in prod["attrs"]:
                val = v["attrs"][name]
                k = O.attr_key(name, glob)
                parts.append("%s:%s" % (k, val.lower().replace(" ", "-").replace("/", "-") if glob == "1" else val))
        if l["sku"] in back:
            parts.append("Backordered:%d" % back[l["sku"]])
        if o["status"] in ("completed", "processing", "refunded", "on-hold"):
            parts.append("_reduced_stock:%d" % l["qty"])
        if o.get("refund") and o["refund"][1] == l["sku"]:
            parts.append("refunded:%.2f" % (l["unit"] * o["refund"][2]))
        if v is not None:
            parts.append("_variation_id:%d" % v["id"])
        r["line_item_%d" % i] = "|".join(parts)
    return r


def orders_csv():
    import csv
    import io
    max_items = max(len(o["items"]) for o in O.ORDERS)
    head = HEAD + ["line_item_%d" % i for i in range(1, max_items + 1)]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(head)
    for o in sorted(O.ORDERS, key=lambda o: -o["id"]):
        r = order_row(o, max_items)
        w.writerow([r.get(h, "") for h in head])
    return buf.getvalue()
