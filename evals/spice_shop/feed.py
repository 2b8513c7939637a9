"""The catalog: products expanded into variants with ids, SKUs, titles and descriptions, written as a
Google Merchant Center product feed (RSS 2.0 with the g: namespace) the way a WooCommerce feed
plugin writes it: one <item> per variation, item_group_id = the parent product's id."""

import random
from xml.sax.saxutils import escape

from shopdata import SHOP, POLICY, PRODUCTS, PLANTED, HEAT_WORDS

TODAY = SHOP["today"]
BASE = "https://" + SHOP["domain"]


def money(x):
    return "£%.2f" % x


def code(value):
    words = value.replace(".", "").replace("'", "").split()
    return "".join(w if w[0].isdigit() else w[0] for w in words).upper()


def sku_stem(key):
    return "OE-" + "".join(p[:3] for p in key.split("-"))[:6].upper()


def slug(value):
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in value.split())


def sale_on(window, when=TODAY):
    if window is None:
        return True
    start, end = window[0][:10], window[1][:10]
    return start <= when <= end


def best_before(p):
    cat = p["category"]
    if p["tool"] or cat in ("Books",):
        return None
    if "Whole" in cat or "Peppercorns" in cat:
        return "%d years from packing" % POLICY["bb_whole_years"]
    if "Herbs" in cat:
        return "%d months from packing" % POLICY["bb_herbs_months"]
    if "Salts" in cat:
        return "salt keeps indefinitely; we print a date 5 years ahead"
    if "Gifts" in cat or "Recipe" in cat:
        return "at least 12 months from dispatch; see each jar"
    return "%d months from packing" % POLICY["bb_ground_months"]


def fact_lines(p):
    """The labelled lines of the description, in order."""
    lines = []
    if p.get("origin"):
        lines.append(("Origin", p["origin"]))
    if p.get("heat"):
        lines.append(("Heat", "%d/5 (%s)" % (p["heat"], HEAT_WORDS[p["heat"]])))
    if p.get("ingredients"):
        lines.append(("Ingredients", p["ingredients"]))
    if p.get("contents"):
        lines.append(("What's inside", p["contents"]))
    if p.get("watts"):
        lines.append(("Power", "%d W" % p["watts"]))
    if p["key"] == "pepper-mill":
        lines.append(("Guarantee", "%d years on the ceramic mechanism, %d year on the body and finish"
                      % (POLICY["mill_mech_years"], POLICY["mill_body_years"])))
    if p["key"] == "electric-grinder":
        lines.append(("Warranty", "%d years" % POLICY["grinder_years"]))
    if p["key"] == "mortar":
        lines.append(("Guarantee", "%d years against cracking in normal use" % POLICY["mortar_years"]))
    if not p["tool"] and p["category"] != "Books":
        lines.append(("Allergens", ("contains " + p["allergens"]) if p.get("allergens") and
                      not p["allergens"].startswith("none") else (p.get("allergens") or "none")))
    bb = best_before(p)
    if bb:
        lines.append(("Best before", bb))
    return lines


def description(p):
    lines = fact_lines(p)
    extra = list(p["extra"])
    planted = PLANTED[p["planted"]] if p.get("planted") else None
    if p["html"]:
        html = "<p>%s</p>" % escape(p["blurb"])
        html += "<ul>" + "".join("<li><strong>%s:</strong> %s</li>" % (escape(k), escape(v))
                                 for k, v in lines) + "</ul>"
        html += "".join("<p>%s</p>" % escape(e) for e in extra)
        if planted:
            html += "<p>%s</p>" % escape(planted)
        return html, True
    text = p["blurb"] + "\n" + "\n".join("%s: %s" % kv for kv in lines)
    if extra:
        text += "\n" + "\n".join(extra)
    if planted:
        text += "\n" + planted
    return text, False


def expand(seed=20261201):
    """Give every product a parent id and every variant an id, SKU and title."""
    rng = random.Random(seed)
    next_id = 3104
    out = []
    for p in PRODUCTS:
        prod = dict(p)
        prod["id"] = str(next_id)
        stem = sku_stem(p["key"])
        variants = []
        for i, v in enumerate(p["variants"]):
            vv = dict(v)
            vv["id"] = str(next_id + 1 + i) if p["grouped"] else str(next_id)
            vals = list(v["options"].values())
            vv["sku"] = stem + ("-" + "-".join(code(x) for x in vals) if vals and p["grouped"] else "")
            vv["label"] = ", ".join(vals)
            vv["title"] = p["name"] + (" - " + vv["label"] if p["grouped"] and vals else "")
            vv["now"] = v["sale"] if v["sale"] is not None and sale_on(v["window"]) else v["price"]
            vv["orderable"] = v["avail"] in ("in_stock", "backorder", "preorder")
            variants.append(vv)
        skus = [v["sku"] for v in variants]
        assert len(set(skus)) == len(skus), skus
        prod["variants"] = variants
        prod["gid"] = prod["id"] if p["grouped"] else variants[0]["id"]
        next_id += len(variants) + 1 + rng.randint(1, 7)
        out.append(prod)
    return out


def by_key(catalog):
    return {p["key"]: p for p in catalog}


def find_variant(prod, **opts):
    for v in prod["variants"]:
        if all(v["options"].get(k) == val for k, val in opts.items()):
            return v
    raise KeyError((prod["key"], opts))


def variant_key(prod, v):
    return "variant:%s:%s" % (prod["gid"], v["id"])


def product_key(prod):
    return "product:%s" % prod["gid"]


GPC = {
    "Salts": "Food, Beverages & Tobacco > Food Items > Seasonings & Spices > Salt",
    "Grinders": "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Herb & Spice Mills",
    "Mortars": "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Mortars & Pestles",
    "Books": "Media > Books",
    "Gift": "Food, Beverages & Tobacco > Food Items > Food Gift Baskets",
}


def gpc(p):
    for k, v in GPC.items():
        if k in p["category"]:
            return v
    return "Food, Beverages & Tobacco > Food Items > Seasonings & Spices > Herbs & Spices"


def ean13(rng):
    digits = [5, 0] + [rng.randint(0, 9) for _ in range(10)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def grams(size):
    if not size:
        return None
    w = size.split()
    try:
        n = float(w[0])
    except ValueError:
        return None
    if len(w) > 1 and w[1] == "g":
        return n
    if len(w) > 1 and w[1] == "kg":
        return n * 1000
    return None


def write_feed(catalog, path, seed=7):
    rng = random.Random(seed)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
           "<channel>",
           "\t<title>%s</title>" % escape(SHOP["name"]),
           "\t<link>%s</link>" % BASE,
           "\t<description>WooCommerce Product Feed PRO - Google Shopping (GB)</description>"]
    for p in catalog:
        desc, is_html = description(p)
        gtins = {}
        for v in p["variants"]:
            if p["tool"]:
                gtins[v["id"]] = ean13(rng)
        for v in p["variants"]:
            el = []
            add = lambda tag, val: el.append("\t\t<g:%s>%s</g:%s>" % (tag, escape(str(val)), tag))
            add("id", v["id"])
            add("title", v["title"])
            if is_html:
                el.append("\t\t<g:description><![CDATA[%s]]></g:description>" % desc)
            else:
                add("description", desc)
            link = "%s/product/%s/" % (BASE, slug(p["name"]))
            if p["grouped"] and v["options"]:
                link += "?" + "&".join("attribute_pa_%s=%s" % (k.lower(), slug(x))
                                       for k, x in v["options"].items())
            add("link", link)
            add("image_link", "%s/wp-content/uploads/2026/03/%s-%s.jpg" % (BASE, slug(p["name"]), v["id"]))
            add("availability", v["avail"])
            if v["avail_date"]:
                add("availability_date", v["avail_date"])
            add("price", "%.2f %s" % (v["price"], SHOP["currency"]))
            if v["sale"] is not None:
                add("sale_price", "%.2f %s" % (v["sale"], SHOP["currency"]))
                if v["window"]:
                    add("sale_price_effective_date", "%s/%s" % v["window"])
            add("google_product_category", gpc(p))
            add("product_type", p["category"])
            add("brand", SHOP["tool_brand"] if p["tool"] else SHOP["brand"])
            if p["tool"]:
                add("gtin", gtins[v["id"]])
            add("mpn", v["sku"])
            add("condition", "new")
            if p["grouped"]:
                add("item_group_id", p["id"])
            for k, x in v["options"].items():
                add(k.lower(), x)
            g = grams(v["options"].get("Size"))
            if g:
                add("unit_pricing_measure", "%gg" % g)
                add("unit_pricing_base_measure", "100g" if g < 1000 else "1kg")
            for name, value in fact_lines(p)[:2]:
                el.append("\t\t<g:product_detail>\n\t\t\t<g:section_name>Details</g:section_name>\n"
                          "\t\t\t<g:attribute_name>%s</g:attribute_name>\n"
                          "\t\t\t<g:attribute_value>%s</g:attribute_value>\n\t\t</g:product_detail>"
                          % (escape(name), escape(value)))
            if p.get("excluded"):
                add("excluded_destination", "Shopping_ads")
            add("custom_label_0", "standard-rated" if p["tool"] else "zero-rated")
            if g:
                add("shipping_weight", "%g g" % (g + 180))
            out.append("\t<item>\n" + "\n".join(el) + "\n\t</item>")
    out += ["</channel>", "</rss>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
