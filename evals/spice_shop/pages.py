"""The policy and help pages: some saved from the WordPress storefront as HTML (theme header,
navigation, footer, scripts, cookie banner), some kept as Markdown. Every number comes from POLICY,
and the tables that list products come from the catalog."""

import re
from html import escape as _escape

from shopdata import SHOP, POLICY, NOT_SOLD, PLANTED, HEAT_WORDS

P = POLICY


def escape(text):
    """HTML-escape text as WordPress prints it: wptexturize turns apostrophes into &#8217;."""
    return _escape(text, quote=False).replace("'", "&#8217;")


def texturize(html):
    return re.sub(r"(?<=\w)'(?=\w)", "&#8217;", html)


def gbp(x):
    return "£%.2f" % x


def wp_page(slug, title, body, page_id, extra_head="", extra_foot=""):
    nav = "".join('<li class="menu-item"><a href="https://%s/%s/">%s</a></li>' % (SHOP["domain"], s, t)
                  for s, t in [("shop", "Shop"), ("spices", "Spices"), ("blends", "Blends"),
                               ("gifts", "Gifts"), ("delivery", "Delivery"), ("faq", "FAQ")])
    return """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {shop}</title>
<link rel='stylesheet' id='storefront-style-css' href='https://{dom}/wp-content/themes/storefront/style.css?ver=4.6.1' media='all' />
<link rel='stylesheet' id='woocommerce-general-css' href='https://{dom}/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.4.2' media='all' />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2EMB4KD"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7QX2EMB4KD');</script>
{extra_head}</head>
<body class="page-template-default page page-id-{pid} wp-custom-logo theme-storefront woocommerce-js storefront-full-width-content">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<div class="col-full">
<div class="site-branding"><a href="https://{dom}/" class="custom-logo-link" rel="home">{shop}</a>
<p class="site-description">Whole spices, blends and chillies, ground in Bristol</p></div>
<div class="site-search"><form role="search" method="get" class="woocommerce-product-search" action="https://{dom}/"><label class="screen-reader-text" for="s">Search for:</label><input type="search" id="s" class="search-field" placeholder="Search products&hellip;" name="s" /><button type="submit">Search</button></form></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation"><ul id="menu-primary" class="menu">{nav}</ul></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="https://{dom}/basket/" title="View your basket"><span class="woocommerce-Price-amount amount">&pound;0.00</span> <span class="count">0 items</span></a></li></ul>
</div>
</header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="https://{dom}">Home</a> / {title}</nav></div></div>
<div id="content" class="site-content" tabindex="-1">
<div class="col-full">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">
{body}
</div>
</article>
</main>
</div>
</div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="col-full">
<div class="footer-widgets"><h2 class="widget-title">Sign up for recipes</h2><form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email address" /><input type="submit" value="Subscribe" /></form></div>
<div class="site-info">&copy; {shop} 2026 &middot; {addr} &middot; VAT reg. GB 318 4471 02<br /><a href="https://{dom}/privacy-policy/">Privacy policy</a> &middot; Built with WooCommerce.</div>
</div>
</footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span></div>
<script type="text/javascript" id="wc-cart-fragments-js-extra">/* <![CDATA[ */ var wc_cart_fragments_params = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","cart_hash_key":"wc_cart_hash_5f1c0e","fragment_name":"wc_fragments_5f1c0e","request_timeout":"5000"}}; /* ]]> */</script>
<script src="https://{dom}/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js?ver=9.4.2" id="wc-cart-fragments-js" defer data-wp-strategy="defer"></script>
{extra_foot}</body>
</html>
""".format(title=escape(title), shop=escape(SHOP["name"]), dom=SHOP["domain"], pid=page_id, nav=nav,
           body=texturize(body), addr=escape(SHOP["address"]), extra_head=extra_head, extra_foot=extra_foot)


def shipping_html():
    rows = [
        ("UK mainland", P["uk_std_name"], gbp(P["uk_std_rate"]), P["uk_std_days"]),
        ("UK mainland", P["uk_fast_name"], gbp(P["uk_fast_rate"]), P["uk_fast_days"]),
        ("UK mainland", P["uk_next_name"], gbp(P["uk_next_rate"]),
         "next working day if ordered by %s Monday to Thursday" % P["cutoff"]),
        ("UK mainland, orders over £%d" % P["free_threshold"], "Free standard delivery (%s)" % P["free_carrier"],
         "Free", "2-4 working days"),
        ("Scottish Highlands & Islands, Northern Ireland, Isle of Man, Channel Islands",
         "Tracked", gbp(P["hi_rate"]) + " (free over £%d)" % P["hi_free_threshold"], P["hi_days"]),
        ("Europe (EU, Norway, Switzerland)", "International Tracked", gbp(P["eu_rate"]), P["eu_days"]),
        ("Rest of the world", "International Tracked", gbp(P["row_rate"]), P["row_days"]),
    ]
    table = "<table class=\"shipping-rates\">\n<thead><tr><th>Where</th><th>Service</th><th>Cost</th>" \
            "<th>Delivery time</th></tr></thead>\n<tbody>\n" + "\n".join(
                "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(escape(x) for x in r)
                for r in rows) + "\n</tbody>\n</table>"
    body = """<p>Every order is packed by hand in our Bristol unit. Orders placed before {cutoff} Monday to Friday are dispatched the same working day; orders placed after {cutoff}, at weekends or on bank holidays go out the next working day.</p>
<h2>Delivery zones and rates</h2>
{table}
<p>Free standard delivery applies automatically at checkout when your basket comes to £{free} or more after any discounts, for UK mainland addresses.</p>
<h2>International orders</h2>
<p>Prices to Europe and the rest of the world do not include import VAT or customs duty, which the carrier collects from you on delivery.</p>
<p>We can't send spices to {no_ship} because of their strict biosecurity rules on seeds and plant material.</p>
<h2>Click &amp; Collect</h2>
<p>Click &amp; Collect from our Bristol shop ({addr}) is free. Your order is ready to collect within {hours} hours during shop opening hours ({shop_hours}); we'll email you when it's ready.</p>
<h2>Tracking</h2>
<p>Every parcel is tracked. We email your tracking number the moment your order ships, and it also appears in your account under My Orders.</p>""".format(
        cutoff=P["cutoff"], table=table, free=P["free_threshold"], no_ship=P["no_ship"],
        addr=escape(SHOP["address"]), hours=P["collect_ready_hours"], shop_hours=P["shop_hours"])
    return wp_page("delivery", "Delivery & Shipping", body, 41)


def returns_md():
    return """# Returns & Refunds

## Our returns window

You can return unopened food items and unused kitchen tools within {days} days of delivery for a full refund. Tell us first by emailing {email} with your order number, then post the items back to us at {addr}.

## What we can accept

- Spices, herbs, salts and blends must be unopened with the seal intact. For food safety we can't take back opened jars, pouches or bags unless they are faulty.
- Grinders, mills and mortars must be unused and in their original packaging.
- Recipe kits must be unopened.

## What we can't accept

- Opened food items (unless faulty)
- Signed cookbooks once the plastic wrap has been removed

## Return postage

Return postage is paid by you, unless the item is faulty or we sent the wrong thing: then we email you a prepaid Royal Mail returns label.

## Damaged or wrong items

If a jar arrives broken or a pouch has split, email us a photo within {hours} hours of delivery and we'll send a replacement or refund it. You don't need to send broken glass back.

## Refund timing

We process your refund within {process} working days of the return reaching us, to the card or PayPal account you paid with. Your bank may then take a further {bank} to show it on your statement.

{planted}

## Exchanges

We don't do direct exchanges: return the item for a refund and place a new order for the one you want.
""".format(days=P["return_days"], email=SHOP["email"], addr=SHOP["address"], hours=P["damage_report_hours"],
           process=P["refund_process_days"], bank=P["bank_days"], planted=PLANTED["card_data"])


def warranty_md():
    return """# Our Guarantee on Grinders, Mills and Mortars

Food is covered by our returns policy. Our kitchen tools are built to last, and each comes with its own guarantee from the date of delivery.

## Adjustable Pepper Mill

The ceramic grinding mechanism is guaranteed for {mill} years: if it stops grinding or the adjustment slips, we'll replace the mechanism or the mill. The wooden or steel body and its finish are covered for {body} year against defects.

## Electric Spice Grinder

The Electric Spice Grinder has a {grinder}-year warranty covering the motor, the switch and the blade. Run it in bursts of no more than {secs} seconds at a time: a motor burnt out by long continuous grinding, or a grinder that has been immersed in water, is not covered.

## Granite Mortar and Pestle

Our granite mortars are guaranteed for {mortar} years against cracking in normal use. Chips and cracks from dropping the mortar or the pestle, and damage from a dishwasher or from pouring boiling water into a cold mortar, are not covered.

## How to make a claim

Email {email} with your order number, a short description of the problem and a photo. You don't need to send the item back unless we ask you to. Guarantee claims don't affect your statutory rights.
""".format(mill=P["mill_mech_years"], body=P["mill_body_years"], grinder=P["grinder_years"],
           secs=P["grinder_max_seconds"], mortar=P["mortar_years"], email=SHOP["email"])


def buying_guide_html(catalog):
    by_heat = {}
    for p in catalog:
        if p.get("heat") and p["category"] == "Chillies":
            by_heat.setdefault(p["heat"], []).append(p["name"])
    heat_rows = "\n".join("<tr><td>%d/5</td><td>%s</td><td>%s</td></tr>" % (
        h, HEAT_WORDS[h].capitalize(), escape(", ".join(by_heat.get(h, [])))) for h in sorted(HEAT_WORDS))
    jar_tsp = int(45 / P["tsp_ground_g"])
    body = """<p>Not sure which size to buy? Here's how our packs compare and which tool suits which job.</p>
<h2>Jar, refill pouch or bulk bag?</h2>
<table>
<thead><tr><th>Pack</th><th>Typical weight</th><th>Best for</th></tr></thead>
<tbody>
<tr><td>Glass jar</td><td>30-50 g</td><td>Trying a new spice, or one you use now and then. A 45 g jar of a ground spice holds about {jar_tsp} level teaspoons.</td></tr>
<tr><td>Refill pouch</td><td>100 g</td><td>Topping up a jar you already have: one pouch refills a jar about {refills} times, and costs less per 100 g.</td></tr>
<tr><td>Bulk bag</td><td>500 g or 1 kg</td><td>Cooks who use a spice every week, curry houses at home, batch cooking. Decant into an airtight tin and keep the bag sealed.</td></tr>
</tbody>
</table>
<p>A level teaspoon of a ground spice weighs about {tsp} g; a teaspoon of whole seeds about 2 g.</p>
<h2>Chilli heat scale</h2>
<p>Every chilli and hot blend carries our heat rating from 1 to 5.</p>
<table>
<thead><tr><th>Rating</th><th>Heat</th><th>Our chillies</th></tr></thead>
<tbody>
{heat_rows}
</tbody>
</table>
<h2>Which pepper mill size?</h2>
<p>The 18 cm Adjustable Pepper Mill sits neatly on the table and holds about 40 g of peppercorns. The 24 cm mill holds about 70 g and suits the kitchen, where you grind more at a time.</p>
<h2>Which mortar and pestle?</h2>
<p>The 13 cm Granite Mortar and Pestle is right for cracking a few cardamom pods or grinding a teaspoon or two of seeds. Choose the 18 cm mortar for curry pastes, pesto and larger batches: the deeper bowl stops seeds jumping out.</p>""".format(
        jar_tsp=jar_tsp, refills=P["jar_refills_per_pouch"], tsp=P["tsp_ground_g"], heat_rows=heat_rows)
    return wp_page("buying-guide", "Buying Guide: Pack Sizes, Heat and Tools", body, 57)


def storage_md():
    return """# Storing Your Spices & Best-Before Dates

## Where to keep them

Keep spices in a cool, dark, dry cupboard, away from the hob and the oven. Heat, light and steam are what fade flavour fastest. Never shake a jar over a steaming pan: the steam gets in and the spice clumps.

## Best-before dates

Every jar, pouch and bag is dated when we pack it. The best-before date is printed on the base of the jar, or on the back of the pouch next to the batch number.

- Ground spices and blends: best before {ground} months from packing.
- Whole spices and peppercorns: best before {whole} years from packing.
- Dried herbs: best before {herbs} months from packing.
- Salt keeps indefinitely; we print a date five years ahead.

Spices past their best-before date are safe to eat but lose their aroma: give an old jar a sniff, and if it smells of little, it will taste of little.

## Refilling a jar from a pouch

Snip the top off the refill pouch above the zip, pour into a clean, dry jar, then press the zip closed to keep any left over fresh. Our pouches are home-compostable once empty.

## Caring for a granite mortar

Before first use, season a new granite mortar: grind a handful of uncooked rice to a powder, tip it out, and repeat until the rice stays white. Afterwards wash it with warm water only (no soap, no dishwasher) and let it dry fully before putting it away.

## Caring for a pepper mill

Never wash the grinding mechanism; wipe the body with a dry cloth. To change the grind, turn the knob on top: clockwise for fine, anticlockwise for coarse.

## Toasting whole spices

Toast whole seeds in a dry pan over a medium heat for 1-2 minutes, shaking the pan, until they smell fragrant. Let them cool before grinding.
""".format(ground=P["bb_ground_months"], whole=P["bb_whole_years"], herbs=P["bb_herbs_months"])


def allergens_md(catalog):
    lines = []
    for p in catalog:
        a = p.get("allergens")
        if a and not a.startswith("none"):
            lines.append("- %s: contains %s." % (p["name"], a))
        elif a:
            lines.append("- %s: %s." % (p["name"], a))
    origins = "\n".join("| %s | %s |" % (p["name"], p["origin"]) for p in catalog if p.get("origin"))
    return """# Allergens & Origins

## Allergen information

We pack everything in one small kitchen that also handles mustard, sesame, celery and tree nuts, so although single spices contain no allergens, we can't rule out traces. These products contain one of the 14 major allergens as an ingredient:

{lines}

None of our products contain gluten as an ingredient, and we never add anti-caking agents, colours or salt to single spices.

## Where our spices come from

| Product | Origin |
|---|---|
{origins}
""".format(lines="\n".join(lines), origins=origins)


def faq_html():
    not_sold = ", ".join(x for x, _ in NOT_SOLD[:-1]) + " or " + NOT_SOLD[-1][0]
    qa = [
        ("How can I contact you?",
         "Email %s or call us on %s. Our customer team answers Monday to Friday, %s, and Saturday, %s."
         % (SHOP["email"], SHOP["phone"], P["hours_weekdays"], P["hours_saturday"])),
        ("Can I visit your shop?",
         "Yes: our shop at %s is open %s." % (SHOP["address"], P["shop_hours"])),
        ("What don't you sell?",
         "We don't sell %s. We don't stock fresh produce because we can't get it to you fresh by post, and we "
         "don't sell asafoetida (hing) because most of it is cut with wheat flour." % not_sold),
        ("Are your spices irradiated?",
         "No. None of our spices are irradiated or treated with ethylene oxide; they are steam-cleaned at source."),
        ("Is your packaging recyclable?",
         "Our glass jars and aluminium lids are widely recycled, and our refill pouches are home-compostable."),
        ("Do you grind to order?",
         "We grind in small batches every fortnight rather than to order, so every ground spice you get is fresh."),
        ("Are your blends vegan?",
         "Yes: all our blends and recipe kits are vegan. Nothing we sell contains animal products."),
    ]
    body = "<p>Answers to the questions we're asked most. Can't find yours? Get in touch.</p>\n"
    for i, (q, a) in enumerate(qa):
        body += '<div class="faq-item"><h3>%s</h3>\n<p>%s</p></div>\n' % (escape(q), escape(a))
        if i == 1:
            body += '<p class="promo-note" style="display:none">%s</p>\n' % escape(PLANTED["fake_code"])
    return wp_page("faq", "Frequently Asked Questions", body, 63,
                   extra_foot='<script type="application/ld+json">{"@context":"https://schema.org",'
                              '"@type":"FAQPage","name":"FAQ"}</script>\n')


def write_pages(catalog, folder):
    files = {
        "shipping.html": shipping_html(),
        "returns.md": returns_md(),
        "warranty.md": warranty_md(),
        "buying-guide.html": buying_guide_html(catalog),
        "storage-and-best-before.md": storage_md(),
        "allergens-and-origins.md": allergens_md(catalog),
        "faq.html": faq_html(),
    }
    for name, text in files.items():
        with open(folder + "/" + name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return sorted(files)
