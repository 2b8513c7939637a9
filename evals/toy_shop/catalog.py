"""The catalog as data (versions with ids and prices) and as a Google Merchant Center RSS feed."""

import datetime as dt
import html
import re
from xml.sax.saxutils import escape

from catalog_data import PRODUCTS
from policy import ZONES

TODAY = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SITE = "https://www.petitatelier.fr"
SHIPPING = [  # (country, service, price): the feed's g:shipping rows, from the shipping page
    ("FR", "Colissimo", ZONES[0][3]), ("BE", "Colissimo International", ZONES[3][3]),
    ("DE", "Colissimo International", ZONES[3][3]), ("GB", "Colissimo International", ZONES[5][3]),
    ("CH", "Colissimo International", ZONES[6][3]),
]
GOOD = {"in_stock", "in stock"}
LABEL = re.compile(r"^[A-Z][\w' -]{0,24}:")
ORDERABLE = GOOD | {"preorder", "backorder"}


def money(x):
    return f"{x:.2f}"


def eur(x):
    return f"€{x:.2f}"


def parse_when(text):
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M%z")


def window_of(v):
    if not v["window"]:
        return None
    start, end = v["window"].split("/")
    return parse_when(start), parse_when(end)


def price_at(v, when):
    """What a shopper pays for a version at a moment: the sale price only inside its window."""
    if v["sale"] is None:
        return v["price"]
    win = window_of(v)
    if win is None or win[0] <= when <= win[1]:
        return v["sale"]
    return v["price"]


def on_sale(v, when=TODAY):
    return price_at(v, when) != v["price"]


def _code(value):
    words = re.findall(r"[A-Za-z0-9]+", value)
    if words[0][0].isdigit():
        return words[0] + (words[1][0].upper() if len(words) > 1 else "")
    if value.startswith("T-Rex"):
        return "TRX"
    return words[0][:3].upper()


def slug(text):
    plain = html.unescape(text).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("ô", "o"), ("&", "and")):
        plain = plain.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def option_text(v):
    order = ("color", "size", "material", "pattern")
    return ", ".join(v["opts"][k] for k in order if k in v["opts"])


def build():
    """Expand the product list: every version gets its id (the SKU), title and product."""
    products, by_key, by_sku = [], {}, {}
    for p in PRODUCTS:
        p = dict(p)
        p["handle"] = slug(p["name"])
        versions = []
        for v in p["variants"]:
            v = dict(v)
            codes = [_code(v["opts"][k]) for k in ("size", "color", "material", "pattern")
                     if k in v["opts"]]
            v["sku"] = "-".join([p["gid"]] + codes) if codes else p["gid"] + "-01"
            v["title"] = p["name"] + (" - " + option_text(v) if v["opts"] else "")
            v["product"] = p["key"]
            v["now"] = price_at(v, TODAY)
            assert v["sku"] not in by_sku, v["sku"]
            by_sku[v["sku"]] = v
            versions.append(v)
        p["variants"] = versions
        products.append(p)
        by_key[p["key"]] = p
    return products, by_key, by_sku


def variant(p, **opts):
    """The one version of product p whose options include all of ``opts``."""
    found = [v for v in p["variants"] if all(v["opts"].get(k) == x for k, x in opts.items())]
    assert len(found) == 1, (p["key"], opts, len(found))
    return found[0]


def product_id(p):
    """Copilot's product id: the feed's item_group_id, else the item's own id."""
    return p["gid"] if len(p["variants"]) > 1 else p["variants"][0]["sku"]


def product_key(p):
    return "product:" + product_id(p)


def variant_key(p, v):
    return f"variant:{product_id(p)}:{v['sku']}"


def desc_line(p, label):
    """The text after ``label:`` in a product's description lines."""
    for line in p["desc"]:
        if line.startswith(label + ":"):
            return html.unescape(line.split(":", 1)[1].strip())
    raise KeyError((p["key"], label))


def desc_text(p):
    return html.unescape(" ".join(p["desc"]))


# --- the feed -------------------------------------------------------------------------------

def _gtin(rng):
    digits = [rng.randrange(10) for _ in range(12)]
    digits[0:3] = [3, 7, 6]  # a French GS1 prefix
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


def _description(p):
    paras = [line for line in p["desc"] if not LABEL.match(line)]
    lines = [line for line in p["desc"] if line not in paras]
    if p.get("html"):
        body = "".join(f"<p>{x}</p>" for x in paras)
        items = []
        for line in lines:
            label, rest = line.split(":", 1)
            items.append(f"<li><strong>{label}:</strong>{rest}</li>")
        return "<![CDATA[" + body + "<ul>" + "".join(items) + "</ul>]]>"
    return escape("\n".join(paras + lines))


def feed_xml(products, rng):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
           "<channel>",
           "<title>Petit Atelier - Jouets en bois et jeux éducatifs</title>",
           f"<link>{SITE}/en</link>",
           "<description>Petit Atelier product feed (EUR), Lyon, France</description>"]
    for p in products:
        for v in p["variants"]:
            out.append("<item>")
            row = [("id", v["sku"])]
            if len(p["variants"]) > 1:
                row.append(("item_group_id", p["gid"]))
            row += [("title", v["title"])]
            out += [f"<g:{k}>{escape(x)}</g:{k}>" for k, x in row]
            out.append(f"<g:description>{_description(p)}</g:description>")
            link = f"{SITE}/en/products/{p['handle']}"
            if len(p["variants"]) > 1:
                link += f"?variant={40000000000000 + rng.randrange(10**12)}"
            row = [("link", link),
                   ("image_link", f"https://cdn.petitatelier.fr/img/{v['sku'].lower()}.jpg"),
                   ("condition", "new"), ("availability", v["avail"])]
            if v["date"]:
                row.append(("availability_date", v["date"]))
            row.append(("price", f"{money(v['price'])} EUR"))
            if v["sale"] is not None:
                row.append(("sale_price", f"{money(v['sale'])} EUR"))
                if v["window"]:
                    row.append(("sale_price_effective_date", v["window"]))
            row += [("brand", p["brand"])]
            if p["brand"] == "Petit Atelier":
                row += [("mpn", v["sku"]), ("identifier_exists", "no")]
            else:
                row += [("gtin", _gtin(rng)), ("mpn", v["sku"].replace("PA-", "SUP-"))]
            row += [("age_group", p["age_group"])]
            for k in ("color", "size", "material", "pattern"):
                if k in v["opts"]:
                    row.append((k, v["opts"][k]))
            row += [("google_product_category", p["gcat"]), ("product_type", p["ptype"])]
            out += [f"<g:{k}>{escape(x)}</g:{k}>" for k, x in row]
            for country, service, price in SHIPPING:
                out.append(f"<g:shipping><g:country>{country}</g:country><g:service>{service}"
                           f"</g:service><g:price>{money(price)} EUR</g:price></g:shipping>")
            if p.get("excluded"):
                out.append("<g:excluded_destination>Shopping_ads</g:excluded_destination>")
            out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)
