"""The Google Merchant Center product feed, RSS 2.0 with the g: namespace, as the shop's feed
app writes it: one <item> per variant, item_group_id for variants of one product."""
import random
from xml.sax.saxutils import escape

from catalog import DOMAIN, SEED, SHOP, money
import policy

CDN = "https://cdn.shopify.com/s/files/1/0748/2291/5613/files"


def _price(x):
    return f"{money(x).replace(',', '')} CAD"


def _shipping(p):
    """g:shipping rows: Alberta, the rest of Canada by zone, the US."""
    rows = []
    if p.service:
        return rows
    if p.key == "gift-card":
        return [("CA", None, "Email delivery", 0.0)]
    extra = policy.OVERSIZE_CA if p.oversize else 0.0
    if p.dangerous:
        extra = policy.DG_FEE
    # The feed carries the home-province rate and the US rate; the other zones come from the account's
    # shipping settings in Merchant Center.
    ab = policy.zone_of("AB")
    rows.append(("CA", "AB", policy.CA_GROUND_DG_METHOD if p.dangerous else policy.CA_STANDARD_METHOD, ab[2] + extra))
    if not p.dangerous:
        us = policy.zone_of("US")
        rows.append(("US", None, policy.US_STANDARD_METHOD, us[2] + (policy.OVERSIZE_US if p.oversize else 0.0)))
    return rows


def _item(p, v, rng, lines):
    ind = "      "
    w = lines.append
    w("    <item>")
    w(f"{ind}<g:id>{escape(v.sku)}</g:id>")
    w(f"{ind}<title>{escape(v.title())}</title>")
    if p.escaped_html:
        w(f"{ind}<description>{escape(p.desc)}</description>")
    else:
        assert "]]>" not in p.desc
        w(f"{ind}<description><![CDATA[{p.desc}]]></description>")
    vid = 45012000000000 + rng.randrange(10 ** 9)
    img = p.image_version
    w(f"{ind}<link>https://{DOMAIN}/products/{p.handle}?variant={vid}</link>")
    w(f"{ind}<g:image_link>{CDN}/{p.handle}-1.jpg?v={img}</g:image_link>")
    if not p.service:
        w(f"{ind}<g:additional_image_link>{CDN}/{p.handle}-2.jpg?v={img}</g:additional_image_link>")
    w(f"{ind}<g:condition>{p.condition}</g:condition>")
    avail = v.avail.replace("_", " ") if v.legacy_avail else v.avail
    w(f"{ind}<g:availability>{avail}</g:availability>")
    if v.avail_date:
        w(f"{ind}<g:availability_date>{v.avail_date}</g:availability_date>")
    w(f"{ind}<g:price>{_price(v.price)}</g:price>")
    if v.sale:
        w(f"{ind}<g:sale_price>{_price(v.sale[0])}</g:sale_price>")
        start, end = v.sale[1]
        if start or end:
            w(f"{ind}<g:sale_price_effective_date>{start}/{end}</g:sale_price_effective_date>")
    w(f"{ind}<g:brand>{escape(p.brand)}</g:brand>")
    if v.gtin:
        w(f"{ind}<g:gtin>{v.gtin}</g:gtin>")
        w(f"{ind}<g:mpn>{escape(v.sku)}</g:mpn>")
    else:
        w(f"{ind}<g:identifier_exists>no</g:identifier_exists>")
    if len(p.variants) > 1:
        w(f"{ind}<g:item_group_id>{p.group_id}</g:item_group_id>")
    for attr in ("color", "size", "pattern", "material"):
        if attr in v.opts:
            w(f"{ind}<g:{attr}>{escape(v.opts[attr])}</g:{attr}>")
    if p.size_system and "size" in v.opts:
        w(f"{ind}<g:size_system>{p.size_system}</g:size_system>")
    if p.ptype.startswith(("Climbing > Climbing Shoes", "Footwear", "Apparel", "Climbing > Harnesses",
                           "Climbing > Helmets")):
        w(f"{ind}<g:age_group>{p.age_group}</g:age_group>")
        w(f"{ind}<g:gender>{p.gender}</g:gender>")
    if v.multipack:
        w(f"{ind}<g:multipack>{v.multipack}</g:multipack>")
    if p.bundle:
        w(f"{ind}<g:is_bundle>yes</g:is_bundle>")
    w(f"{ind}<g:google_product_category>{escape(p.gcat)}</g:google_product_category>")
    w(f"{ind}<g:product_type>{escape(p.ptype)}</g:product_type>")
    for country, region, service, price in _shipping(p):
        w(f"{ind}<g:shipping>")
        w(f"{ind}  <g:country>{country}</g:country>")
        if region:
            w(f"{ind}  <g:region>{region}</g:region>")
        w(f"{ind}  <g:service>{escape(service)}</g:service>")
        w(f"{ind}  <g:price>{_price(price)}</g:price>")
        w(f"{ind}</g:shipping>")
    if not p.service:
        w(f"{ind}<g:shipping_weight>{p.ship_weight_kg} kg</g:shipping_weight>")
    for section, name, value in p.details:
        w(f"{ind}<g:product_detail>")
        w(f"{ind}  <g:section_name>{escape(section)}</g:section_name>")
        w(f"{ind}  <g:attribute_name>{escape(name)}</g:attribute_name>")
        w(f"{ind}  <g:attribute_value>{escape(value)}</g:attribute_value>")
        w(f"{ind}</g:product_detail>")
    for h in p.highlights:
        w(f"{ind}<g:product_highlight>{escape(h)}</g:product_highlight>")
    for dest in p.excluded:
        w(f"{ind}<g:excluded_destination>{dest}</g:excluded_destination>")
    if p.custom_label:
        w(f"{ind}<g:custom_label_0>{p.custom_label}</g:custom_label_0>")
    w("    </item>")


def write_feed(catalog, path):
    rng = random.Random(SEED + 1)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">',
             "  <channel>",
             f"    <title>{escape(SHOP)} - Google Shopping (CA)</title>",
             f"    <link>https://{DOMAIN}</link>",
             "    <description>Primary product feed for Google Merchant Center, Canada, prices in CAD</description>"]
    for p in catalog.products:
        p.image_version = f"17{rng.randrange(10 ** 8):08d}"
        for v in p.variants:
            _item(p, v, rng, lines)
    lines += ["  </channel>", "</rss>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
