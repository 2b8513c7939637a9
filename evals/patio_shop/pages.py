"""The storefront's policy and help pages: saved Shopify pages (HTML with the theme around them) and
Markdown kept by the shop. Every sentence comes from policies.py or the catalog."""

import html
import re

import catalog
import policies as pol
from common import ABN, ADDRESS, EMAIL, PHONE, SHOP, money


def _e(text):
    return html.escape(text, quote=False)


def _table(header, rows, cls="rte-table"):
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'


def _md_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _shopify_page(title, handle, content):
    nav = "".join(
        f'<li><a href="/pages/{h}">{_e(t)}</a></li>'
        for h, t in [
            ("delivery", "Delivery"),
            ("returns", "Returns"),
            ("warranty", "Warranty"),
            ("buying-guide", "Buying guide"),
            ("faq", "FAQ"),
        ]
    )
    return f"""<!doctype html>
<html class="no-js" lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{_e(title)} &ndash; {_e(SHOP)}</title>
<link rel="canonical" href="https://verandahco.com.au/pages/{handle}">
<link href="//verandahco.com.au/cdn/shop/t/14/assets/base.css?v=118224730261506212" rel="stylesheet" type="text/css" media="all">
<style>.visually-hidden{{position:absolute!important;overflow:hidden;width:1px;height:1px;margin:-1px;clip:rect(0 0 0 0)}}</style>
<script>window.Shopify = window.Shopify || {{}}; Shopify.shop = "verandah-co.myshopify.com"; Shopify.currency = {{"active":"AUD","rate":"1.0"}};</script>
</head>
<body class="template-page">
<a class="skip-to-content-link visually-hidden" href="#MainContent">Skip to content</a>
<div class="announcement-bar" role="region" aria-label="Announcement"><p>Free standard delivery over ${pol.FREE_OVER:.0f} &middot; Murarrie showroom open Monday to Saturday</p></div>
<header class="header"><a href="/" class="header__heading-link">{_e(SHOP)}</a>
<nav class="header__inline-menu"><ul class="list-menu">{nav}</ul></nav>
<a href="/cart" class="header__icon--cart">Cart <span class="cart-count-bubble">0</span></a></header>
<main id="MainContent" class="content-for-layout" role="main">
<div class="page-width page-width--narrow">
<h1 class="main-page-title page-title h0">{_e(title)}</h1>
<div class="rte">
{content}
</div>
</div>
</main>
<footer class="footer"><p>&copy; 2026 {_e(SHOP)} &middot; ABN {ABN} &middot; {_e(ADDRESS)}</p>
<ul class="footer-block__details-content"><li><a href="/policies/privacy-policy">Privacy policy</a></li><li><a href="/policies/terms-of-service">Terms of service</a></li></ul></footer>
<script src="//verandahco.com.au/cdn/shop/t/14/assets/global.js?v=1499028157218541" defer="defer"></script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
</body>
</html>
"""


def delivery():
    rows = [
        [z[0], z[1], pol.postcode_ranges(z), money(z[3]), money(z[4]), f"{z[5]} business days"]
        for z in pol.ZONES
    ]
    d = pol.DELIVERY
    content = f"""<p>We deliver Australia-wide from our warehouse in Murarrie, Brisbane. Your delivery zone comes from your postcode.</p>
<h2>Delivery zones and rates</h2>
{_table(["Zone", "Region", "Postcodes", "Standard delivery (per order)", "Bulky-item surcharge (per item)", "Delivery time"], rows)}
<p>{_e(d["free"])}</p>
<div class="promo-note" style="display:none">{_e(pol.PLANTED_FREIGHT)}</div>
<h2>Bulky items</h2>
<p>{_e(d["bulky"])} {_e(d["freight"])}</p>
<h2>Dispatch</h2>
<p>{_e(d["dispatch"])} {_e(d["carriers"])}</p>
<h2>PO Boxes and parcel lockers</h2>
<p>{_e(d["po_box"])}</p>
<h2>Where we don't deliver</h2>
<p>{_e(d["international"])}</p>
<p>{_e(d["islands"])}</p>
<h2>Lost or delayed parcels</h2>
<p>{_e(d["lost"])}</p>
<h2>Click &amp; Collect</h2>
<p>{_e(d["collect"])}</p>"""
    return _shopify_page("Delivery", "delivery", content)


def returns():
    r = pol.RETURNS
    items = "\n".join(f"- {x}" for x in r["no_return"])
    return f"""# Returns & Refunds

Changed your mind? No worries: here's how returns work at {SHOP}

## Change of mind

{r["window"]}

### Bulky items

{r["bulky"]}

### Parcel items

{r["parcel"]}

## What can't be returned

{r["no_return_intro"]}

{items}

## Exchanges

{r["exchange"]}

## Damaged on arrival

{r["damaged"]}

## Refunds

{r["refund"]}

### Refunds Express desk

{pol.PLANTED_REFUND}

## Faulty items

{r["acl"]} If something is faulty, see our [Warranty](/pages/warranty) page.
"""


def warranty():
    ext = catalog.product("extended-warranty-3-years")
    ext_rows = [[v["opts"][0], money(v["price"])] for v in ext["variants"]]
    w = pol.WARRANTY
    nc = "\n".join(f"<li>{_e(x)}</li>" for x in w["not_covered"])
    content = f"""<p>Everything we sell is covered against defects in materials and workmanship for the periods below, from the date of delivery.</p>
<h2>Warranty periods</h2>
{_table(["Product", "Warranty"], [list(r) for r in pol.WARRANTY_ROWS])}
<p>{_e(w["corten"])}</p>
<h2>Extended Warranty</h2>
<p>{_e(w["extended"])} {_e(w["extended_excludes"])}</p>
{_table(["Price you paid for the item", "Extended Warranty"], ext_rows)}
<h2>What isn't covered</h2>
<ul>
{nc}
</ul>
<h2>How to make a claim</h2>
<p>{_e(w["claim"])}</p>
<p><em>{_e(pol.RETURNS["acl"])}</em></p>"""
    return _shopify_page("Warranty", "warranty", content)


def buying_guide():
    content = f"""<p>Not sure which size to choose? These are the rules of thumb our showroom team uses.</p>
<h2>Umbrella size for your table</h2>
<p>Choose a canopy about 1 m wider than your table.</p>
{_table(*pol.GUIDE_UMBRELLA)}
<h2>Umbrella bases</h2>
{_table(*pol.GUIDE_BASE)}
<h2>Shade sail sizes</h2>
<p>{_e(pol.GUIDE_SAIL_RULE)}</p>
{_table(*pol.GUIDE_SAIL)}
<h2>How many burners?</h2>
{_table(*pol.GUIDE_BBQ)}
<h2>Outdoor rug under a dining set</h2>
<p>{_e(pol.GUIDE_RUG_RULE)}</p>
{_table(*pol.GUIDE_RUG)}
<h2>Fire pit size</h2>
{_table(*pol.GUIDE_FIRE)}
<h2>Furniture cover sizes</h2>
<p>{_e(pol.GUIDE_COVER_RULE)}</p>
{_table(["Cover", "Fits"], cover_rows())}"""
    return _shopify_page("Buying guide", "buying-guide", content)


def cover_rows():
    rows = []
    for v in catalog.product("heavy-duty-dining-set-cover")["variants"]:
        size, fits = v["opts"][0].split(" – ")
        rows.append([f"Dining set cover, {size}", fits[0].upper() + fits[1:]])
    return rows


def assembly_and_care():
    asm = catalog.product("assembly-service")
    prices = _md_table(
        ["Item", "Assembly Service"], [[v["opts"][0], money(v["price"])] for v in asm["variants"]]
    )
    diy = _md_table(["Item", "Time to assemble it yourself"], [list(x) for x in pol.CARE["diy"]])
    c = pol.CARE
    return f"""# Assembly & Care

## Assembly Service

{c["assembly_zones"]} {c["assembly_book"]}

{prices}

{c["sails_install"]}

## Doing it yourself

Everything comes with instructions and the tools you need.

{diy}

## Caring for your outdoor furniture

### Teak

{c["teak"]} Our Teak Care Kit has everything you need.

### Aluminium

{c["aluminium"]}

### Wicker and rope

{c["wicker"]}

### Cushions

{c["cushions"]}

### Umbrellas

{c["umbrella"]}

### Shade sails

{c["sail"]}

### BBQs

{c["bbq"]}

### Corten steel

{c["corten"]}

### Outdoor rugs

{c["rug"]}
"""


def gas_and_fire():
    g = pol.GAS
    return f"""# Gas & Fire Safety

Gas and open flames need a little care. Please read this before you buy or light up.

## LPG or natural gas?

{g["convert"]}

{g["which"]}

## Gas cylinders

{g["cylinders"]}

## Connecting natural gas

{g["gasfitter"]}

## Leak testing

{g["leak"]}

## Fire pits and chimineas

{g["clearance"]} {g["surface"]}

{g["wood"]}

## Fire bans

{g["ban"]}

## Patio heaters and fire tables

{g["heater"]}
"""


def faq():
    f = pol.FAQ
    hours = _table(["Day", "Showroom and phone"], [list(h) for h in pol.HOURS])
    qa = [
        ("How do I contact you?", f"Call us on {PHONE} or email {EMAIL}."),
        ("Where is your showroom?", f"{ADDRESS}. {f['showroom']}"),
        ("What payment methods do you accept?", f"{f['payments']} {f['bank']}"),
        ("Do your prices include GST?", f["gst"]),
        ("Do you price match?", f["price_match"]),
        ("How long are gift cards valid?", f["gift"]),
        ("Can I use more than one promo code?", f["promo"]),
        ("Do you offer lay-by?", f["layby"]),
        ("Do you have trade pricing?", f["trade"]),
        ("Can I change my order?", f["changes"]),
    ]
    body = "\n".join(f"<h3>{_e(q)}</h3>\n<p>{_e(a)}</p>" for q, a in qa)
    content = f"""<h2>Opening hours</h2>
<p>Times are Brisbane time (AEST).</p>
{hours}
{body}"""
    return _shopify_page("FAQ", "faq", content)


PAGES = {
    "store/pages/delivery.html": delivery,
    "store/pages/returns.md": returns,
    "store/pages/warranty.html": warranty,
    "store/pages/buying-guide.html": buying_guide,
    "store/pages/assembly-and-care.md": assembly_and_care,
    "store/pages/gas-and-fire-safety.md": gas_and_fire,
    "store/pages/faq.html": faq,
}


def render_all():
    return {path: fn() for path, fn in PAGES.items()}


def visible_text(text):
    """What a shopper reads on the page (hidden blocks, tags and entities removed), for the generator's
    own check that each expected fact is on its page."""
    text = re.sub(r"<div[^>]*display:none[^>]*>.*?</div>", " ", text, flags=re.S)
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))
