"""Writes the files as the platform writes them.

- The product CSV as WooCommerce's core exporter (Products > Export, all columns, custom meta not ticked): UTF-8
  with a byte-order mark, PHP `fputcsv` quoting (a field is quoted when it holds a comma, a quote, a newline, a tab
  or a space), rows in ID order, descriptions with real newlines written as the two characters `\\n`, the formula
  guard `'` before a text starting with = + - @, dynamic attribute columns appended the first time a row needs them
  (tests/data/platforms/woocommerce/COLUMNS.md, 1.1 to 1.5).
- The REST API responses as saved from the browser: minified JSON, `/` written `\\/` and non-ASCII as `\\uXXXX`, as
  WordPress's `wp_json_encode` writes them."""
import json

import catalog as C

DEFAULT_COLUMNS = [
    "ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
    "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)",
    "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price",
    "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
    "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
]


def php_fputcsv(fields):
    out = []
    for f in fields:
        s = "" if f is None else str(f)
        if any(ch in s for ch in (",", '"', "\n", "\r", "\t", " ")):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out) + "\n"


def guard(s):
    if isinstance(s, str) and s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + s
    return s


def escape_newlines(s):
    return s.replace("\\n", "\\\\n").replace("\n", "\\n")


def stock_status_of_parent(p):
    sts = [v["status"] for v in p["variations"] if v.get("published", 1) == 1]
    if "1" in sts:
        return "1"
    if "backorder" in sts:
        return "backorder"
    return "0"


def images_for(p, v=None):
    if v is not None:
        return C.image_url(p, v)
    main = C.image_url(p)
    return main + ", " + main[:-4] + "-detail.jpg"


def product_rows():
    """(id, ordered dict of column -> value) for every row, in ID order."""
    rows = []
    for p in C.PRODUCTS:
        virtual = ", virtual" if p["virtual"] else ""
        desc = escape_newlines(C.render_description(p))
        base = {
            "ID": p["_id"], "Type": p["type"] + (virtual if p["type"] == "simple" else ""), "SKU": p["sku"],
            "GTIN, UPC, EAN, or ISBN": "",
            "Name": p["name"], "Published": p["published"], "Is featured?": p["featured"],
            "Visibility in catalog": p["visibility"], "Short description": guard(p["short"]), "Description": desc,
            "Date sale price starts": "", "Date sale price ends": "", "Tax status": p["tax_status"], "Tax class": "",
            "In stock?": "", "Stock": "", "Low stock amount": "", "Backorders allowed?": "0",
            "Sold individually?": p["sold_individually"], "Weight (kg)": p["weight"], "Length (cm)": p["dims"][0],
            "Width (cm)": p["dims"][1], "Height (cm)": p["dims"][2], "Allow customer reviews?": p["reviews"],
            "Purchase note": p["purchase_note"], "Sale price": "", "Regular price": "", "Categories": p["cat"],
            "Tags": p["tags"], "Shipping class": p["shipping_class"], "Images": images_for(p),
            "Download limit": "", "Download expiry days": "", "Parent": "", "Grouped products": "",
            "Upsells": p["upsells"], "Cross-sells": p["cross_sells"], "External URL": "", "Button text": "",
            "Position": 0,
        }
        if p["type"] == "simple":
            base["In stock?"] = p["status"]
            base["Stock"] = "" if p["stock"] is None else p["stock"]
            base["Backorders allowed?"] = p["backorders"]
            base["Regular price"] = C.money(p["regular"])
            base["Sale price"] = C.money(p["sale"]) if p["sale"] is not None else ""
            base["Date sale price starts"] = p["sale_from"]
            base["Date sale price ends"] = p["sale_to"]
        else:
            base["In stock?"] = stock_status_of_parent(p)
        for n, (a, vals, vis, glob, dflt) in enumerate(p["attrs"], 1):
            base["Attribute %d name" % n] = a
            base["Attribute %d value(s)" % n] = ", ".join(x.replace(",", "\\,") for x in vals)
            base["Attribute %d visible" % n] = vis
            base["Attribute %d global" % n] = glob
            if p["type"] == "variable" and dflt:
                base["Attribute %d default" % n] = dflt
        rows.append((p["_id"], base))
        parent_ref = p["sku"] if p["sku"] else "id:%d" % p["_id"]
        for pos, v in enumerate(p["variations"]):
            name = var_title(p, v)
            r = {
                "ID": v["_id"], "Type": "variation" + virtual, "SKU": v["sku"], "GTIN, UPC, EAN, or ISBN": "",
                "Name": name, "Published": v["published"] if p["published"] == 1 else p["published"],
                "Is featured?": 0, "Visibility in catalog": "visible", "Short description": "",
                "Description": escape_newlines(v["note"]), "Date sale price starts": v["sale_from"],
                "Date sale price ends": v["sale_to"], "Tax status": p["tax_status"], "Tax class": "parent",
                "In stock?": v["status"], "Stock": "" if v["stock"] is None else v["stock"], "Low stock amount": "",
                "Backorders allowed?": v["backorders"], "Sold individually?": 0, "Weight (kg)": "",
                "Length (cm)": "", "Width (cm)": "", "Height (cm)": "", "Allow customer reviews?": 0,
                "Purchase note": "", "Sale price": C.money(v["sale"]) if v["sale"] is not None else "",
                "Regular price": C.money(v["regular"]), "Categories": "", "Tags": "",
                "Shipping class": v["shipping_class"], "Images": images_for(p, v), "Download limit": "",
                "Download expiry days": "", "Parent": parent_ref, "Grouped products": "", "Upsells": "",
                "Cross-sells": "", "External URL": "", "Button text": "", "Position": pos,
            }
            for n, (a, vals, vis, glob, dflt) in enumerate(p["attrs"], 1):
                r["Attribute %d name" % n] = a
                r["Attribute %d value(s)" % n] = v["opts"].get(a, "")
                r["Attribute %d visible" % n] = ""
                r["Attribute %d global" % n] = glob
            rows.append((v["_id"], r))
    rows.sort(key=lambda x: x[0])
    return rows


def var_title(p, v):
    keys = [("pa_" if glob else "") + a.lower().replace(" ", "-") for a, _, _, glob, _ in p["attrs"]]
    if len(p["attrs"]) >= 3 or (len(p["attrs"]) == 2 and any("-" in k for k in keys)):
        return p["name"]
    return p["name"] + " - " + ", ".join(v["opts"][a] for a, _, _, _, _ in p["attrs"] if v["opts"].get(a))


def products_csv():
    rows = product_rows()
    header = list(DEFAULT_COLUMNS)
    for _, r in rows:
        for k in r:
            if k not in header:
                header.append(k)
    out = ["\ufeff" + php_fputcsv(header)]
    for _, r in rows:
        out.append(php_fputcsv([r.get(h, "") for h in header]))
    return "".join(out)


def wp_json(data):
    s = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return s.replace("/", "\\/")
