"""Writes the catalog as a Google Merchant Center product feed: RSS 2.0 with the g: namespace.

Quirks a real feed has, kept on purpose:
- descriptions in three shapes: HTML inside CDATA (with &pound; / &ndash; entities and, for one item,
  a hidden span), HTML escaped into the element text (so "&pound;" arrives as "&amp;pound;"), and
  plain text with line breaks;
- prices and sale prices with the currency suffix ("24.99 GBP"), sale_price_effective_date windows
  that have ended or not yet started;
- availability in_stock / out_of_stock / backorder / preorder with availability_date;
- options only where Google has a slot for them: size (weights, tensions, thickness, lengths, gift
  amounts), color, material, pattern (pack sizes, roller texture);
- shipping_weight, gtin, mpn, brand, condition, product_type, google_product_category, custom labels,
  an item excluded from Shopping ads only, and <g:shipping> blocks the preset does not read.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from catalog import PRODUCTS, SHOP, SITE


# Items whose HTML description the feed tool escaped into the element's text instead of CDATA.
ESCAPED = {"RB-NEODB", "RB-CIPLATE", "RB-COMPKB", "RB-TUBEBAND", "RB-NBRMAT", "RB-FOAMROLLER",
           "RB-GLOVES", "RB-BELT", "RB-SHAKER", "RB-BEADROPE"}


def _slug(s: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _html_text(s: str) -> str:
    """Prose for HTML descriptions: a few characters as named entities, as shop editors write them."""
    return s.replace("£", "&pound;").replace("–", "&ndash;")


def description_html(p) -> str:
    items = "".join(f"<li><strong>{escape(k)}:</strong> {_html_text(escape(v))}</li>" for k, v in p["facts"].items())
    return f"<p>{p['intro']}</p>{p['extra_html']}<ul>{items}</ul>"


def description_plain(p) -> str:
    intro = p["intro"].replace("&ndash;", "-").replace("&amp;", "&").replace("&pound;", "£")
    lines = [intro] + [f"{k}: {v}" for k, v in p["facts"].items()]
    return "\n".join(lines)


def _price(x: float) -> str:
    return f"{x:.2f} GBP"


def _item(p, v, n) -> str:
    out = ["    <item>"]

    def g(tag, value):
        if value is None or value == "":
            return
        out.append(f"      <g:{tag}>{escape(str(value))}</g:{tag}>")

    g("id", v["id"])
    if p["grouped"]:
        g("item_group_id", p["gid"])
    g("title", v["title"])
    style = "escaped" if p["gid"] in ESCAPED else p["style"]
    if style == "cdata":
        out.append(f"      <g:description><![CDATA[{description_html(p)}]]></g:description>")
    elif style == "escaped":
        g("description", description_html(p))
    else:
        g("description", description_plain(p))
    link = f"{SITE}/products/{_slug(p['name'])}"
    if p["grouped"]:
        link += f"?variant={v['gtin'][-7:]}"
    g("link", link)
    g("image_link", f"https://cdn.redbrickfitness.co.uk/img/{v['id'].lower()}.jpg")
    g("availability", v["availability"])
    if v["availability_date"]:
        g("availability_date", v["availability_date"])
    g("price", _price(v["price"]))
    if v["sale"]:
        g("sale_price", _price(v["sale"]))
        if v["sale_window"]:
            g("sale_price_effective_date", v["sale_window"])
    g("brand", p["brand"])
    g("gtin", v["gtin"])
    g("mpn", v["mpn"])
    g("condition", "new")
    g("google_product_category", p["gcat"])
    g("product_type", p["product_type"])
    for k in ("color", "size", "material", "pattern"):
        g(k, v["options"].get(k))
    if p["gid"] in ("RB-GLOVES", "RB-BELT", "RB-HIPBAND"):
        g("age_group", "adult")
        g("gender", "unisex")
    g("shipping_weight", f"{v['weight_kg']:g} kg")
    if v["excluded"]:
        g("excluded_destination", v["excluded"])
    if p["gid"] == "RB-GIFTCARD":
        g("identifier_exists", "no")
    if v["weight_kg"] > 25:
        g("custom_label_0", "heavy")
        out.append("      <g:shipping><g:country>GB</g:country><g:service>Two-person delivery</g:service>"
                   "<g:price>29.00 GBP</g:price></g:shipping>")
    elif v["weight_kg"] > 0:
        out.append("      <g:shipping><g:country>GB</g:country><g:service>Standard</g:service>"
                   "<g:price>4.95 GBP</g:price></g:shipping>")
    if v["sale"] and not v["sale_window"]:
        g("custom_label_1", "winter-sale")
    out.append("    </item>")
    return "\n".join(out)


def write_feed(path):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">',
        "  <channel>",
        f"    <title>{escape(SHOP)} - Google Shopping feed</title>",
        f"    <link>{SITE}</link>",
        "    <description>Product feed for Google Merchant Center (GB)</description>",
    ]
    n = 0
    for p in PRODUCTS:
        for v in p["variants"]:
            n += 1
            parts.append(_item(p, v, n))
    parts += ["  </channel>", "</rss>", ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    return n
