"""Rows of WooCommerce's product CSV export (WooCommerce 9.x, Products > Export, all columns)."""
from casekit import php_csv_line
from catalog import SITE

HEAD = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?",
        "Visibility in catalog", "Short description", "Description", "Date sale price starts",
        "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount",
        "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)",
        "Allow customer reviews?", "Purchase note", "Sale price", "Regular price", "Categories", "Tags",
        "Shipping class", "Images", "Download limit", "Download expiry days", "Parent", "Grouped products",
        "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands"]
for _i in (1, 2):
    HEAD += ["Attribute %d name" % _i, "Attribute %d value(s)" % _i, "Attribute %d visible" % _i,
             "Attribute %d global" % _i, "Attribute %d default" % _i]
GLOBAL = {"Concentration", "Size"}
# variations added to a product long after it was created: their IDs come later in the file
LATE = {"AS-HAAR-EDT-200", "AS-AMBER-EXT-100", "AS-CANDLE-BRAM-600"}


def _price(x):
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else "%.2f" % x


def _desc(text):
    # the exporter writes line breaks as the two characters \n
    return text.replace("\n", "\\n")


def _weight(v):
    size = v.options.get("Size", "")
    if size.endswith(" ml"):
        ml = int(size.split()[0])
        return "%.2f" % (0.12 + ml * 0.0045)
    if "Grand" in size:
        return "1.6"
    if "Classic" in size:
        return "0.55"
    return ""


def _stock_cells(stock):
    """In stock?, Stock, Backorders allowed?"""
    if stock == "untracked":
        return 1, "", 0
    if stock == "parent":
        return 1, "parent", 0
    if stock == "bo":
        return "backorder", 0, 1
    if stock == "notify":
        return "backorder", 0, "notify"
    if stock == "disabled":
        return 1, 3, 0
    return (1 if stock > 0 else 0), stock, 0


def _img(p, n=2):
    slug = p.name.lower().replace("&", "and").replace("'", "").replace(" ", "-")
    return ", ".join("%s/wp-content/uploads/2025/%02d/%s-%d.jpg" % (SITE, 3 + i, slug, i + 1) for i in range(n))


def _attr_cells(p, v=None):
    cells = []
    for i in range(2):
        if i >= len(p.attrs):
            cells += [""] * 5
            continue
        name = p.attrs[i]
        glob = 1 if name in GLOBAL else 0
        if v is None:
            vals = []
            for x in p.variants:
                if x.options[name] not in vals:
                    vals.append(x.options[name])
            default = p.variants[0].options[name] if p.ptype == "variable" else ""
            if name == "Size" and all(x.endswith(" ml") for x in vals):
                vals.sort(key=lambda x: int(x.split()[0]))  # the terms' order in Products > Attributes
            if name == "Concentration":
                vals.sort(key=["Eau de Cologne", "Eau de Toilette", "Eau de Parfum", "Extrait de Parfum"].index)
            cells += [name, ", ".join(s.replace(",", "\\,") for s in vals), 1, glob, default]
        else:
            cells += [name, v.options[name], "", glob, ""]
    return cells


def product_row(p):
    o = p.data
    simple = p.ptype == "simple"
    v0 = p.variants[0]
    virtual = (o.get("other") or {}).get("virtual")
    if simple:
        instock, stock, bo = _stock_cells(v0.stock)
    elif p.parent_stock is not None:
        instock, stock, bo = 1, p.parent_stock, 0
    else:
        states = {x.state for x in p.variants if x.published == 1} or {"in stock"}
        instock = 1 if states & {"in stock", "untracked"} else ("backorder" if "backorder" in states else 0)
        stock, bo = "", 0
    window = v0.window if simple and v0.window else ("", "")
    featured = 1 if "bestseller" in o.get("tags", "") else 0
    vis = (o.get("other") or {}).get("visibility", "visible")
    if p.published != 1:
        vis = "hidden" if p.status == "private" else "visible"
    sold_ind = 1 if p.key == "bespoke" else 0
    return [p.pid, ("simple" + (", virtual" if virtual else "")) if simple else "variable", p.sku or "", "",
            p.name, p.published, featured, vis, "<p>%s</p>" % o["short"].replace("&", "&amp;") if o["short"] else "",
            _desc(o["desc"]), window[0], window[1], "none" if p.key == "giftcard" else "taxable", "",
            instock, stock, "", bo, sold_ind, _weight(v0) if simple else "", "", "", "", 1,
            (o.get("other") or {}).get("purchase_note", ""),
            _price(v0.sale) if simple else "", _price(v0.regular) if simple else "",
            o["cat"], o["tags"], o["ship"], _img(p), "", "", "", "", "", "", "", "", 0, o["brand"]] + _attr_cells(p)


def variation_row(p, v, pos):
    instock, stock, bo = _stock_cells(v.stock)
    virtual = (p.data.get("other") or {}).get("virtual")
    window = v.window or ("", "")
    desc = "Travel spray with a twist-up metal case." if v.options.get("Size") == "10 ml" else ""
    return [v.vid, "variation" + (", virtual" if virtual else ""), v.sku, "", v.title, v.published, 0, "visible",
            "", desc, window[0], window[1], "none" if p.key == "giftcard" else "taxable", "parent",
            instock, stock, "", bo, 0, _weight(v), "", "", "", 0, "",
            _price(v.sale), _price(v.regular), "", "", "", _img(p, 1).split(", ")[0], "", "",
            p.sku or "id:%d" % p.pid, "", "", "", "", "", pos, ""] + _attr_cells(p, v)


def export_csv(products):
    rows = []
    late_id = max(v.vid for p in products for v in p.variants) + 40
    for p in products:
        rows.append((p.pid, product_row(p)))
        if p.ptype == "variable":
            for pos, v in enumerate(p.variants, 1):
                if v.sku in LATE:
                    late_id += 7
                    v.vid = late_id
                rows.append((v.vid, variation_row(p, v, pos)))
    rows.sort(key=lambda r: r[0])
    return php_csv_line(HEAD) + "".join(php_csv_line(r) for _, r in rows)
