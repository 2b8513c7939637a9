"""The storefront pages saved from the browser ("Save page as... HTML only"): theme header, navigation,
announcement bar, footer and scripts around the page's own content."""

import html

import policy as P
import variants as V

E = lambda s: html.escape(s, quote=False)  # noqa: E731


def shell(title, handle, body):
    return f"""<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://{P.DOMAIN}/pages/{handle}">
<title>{E(title)} &ndash; Kilim &amp; Loom</title>
<meta property="og:site_name" content="Kilim &amp; Loom">
<link href="//{P.DOMAIN}/cdn/shop/t/14/assets/base.css?v=41850323113420011" rel="stylesheet" type="text/css">
<style>
  .announcement-bar__message {{ letter-spacing: .06rem; }}
  .visually-hidden {{ position: absolute !important; overflow: hidden; width: 1px; height: 1px; clip: rect(0 0 0 0); }}
</style>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "kilim-and-loom.myshopify.com";
Shopify.locale = "en";
Shopify.currency = {{"active":"EUR","rate":"1.0"}};
Shopify.theme = {{"name":"Dawn","id":139220451921,"role":"main"}};</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
window.ShopifyAnalytics.meta = {{"page":{{"pageType":"page","resourceType":"page"}}}};</script>
<script async src="https://cdn.shopify.com/shopifycloud/shop-js/modules/v2/client.init-shop-cart-sync_en.esm.js"></script>
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div class="announcement-bar" role="region" aria-label="Announcement">
  <p class="announcement-bar__message h5">Free shipping in the Netherlands and Belgium from {P.money(P.ZONES[0]['free_from'])}</p>
</div>
<header class="header header--middle-left">
  <a href="/" class="header__heading-link"><span class="h2">Kilim &amp; Loom</span></a>
  <nav class="header__inline-menu">
    <ul class="list-menu list-menu--inline" role="list">
      <li><a href="/collections/hand-knotted-rugs" class="header__menu-item">Hand-knotted</a></li>
      <li><a href="/collections/kilims" class="header__menu-item">Kilims</a></li>
      <li><a href="/collections/machine-made-rugs" class="header__menu-item">Machine-made</a></li>
      <li><a href="/collections/runners" class="header__menu-item">Runners</a></li>
      <li><a href="/collections/doormats" class="header__menu-item">Doormats</a></li>
      <li><a href="/collections/rug-pads" class="header__menu-item">Rug pads</a></li>
      <li><a href="/pages/rug-cleaning" class="header__menu-item">Cleaning &amp; repair</a></li>
      <li><a href="/pages/faq" class="header__menu-item">Help</a></li>
    </ul>
  </nav>
  <a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a>
</header>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div class="page-width page-width--narrow section-template--main-padding">
<h1 class="main-page-title page-title h0">{E(title)}</h1>
<div class="rte">
{body}
</div>
</div>
</main>
<footer class="footer color-background-1 gradient section-sections--footer-padding">
  <div class="footer-block__newsletter">
    <h2 class="footer-block__heading">Subscribe to our emails</h2>
    <form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
      <input type="hidden" name="contact[tags]" value="newsletter">
      <input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email">
      <button type="submit" class="newsletter-form__button">Subscribe</button>
    </form>
  </div>
  <ul class="footer-block__details-content list-unstyled">
    <li><a href="/pages/shipping" class="link link--text list-menu__item">Shipping</a></li>
    <li><a href="/pages/returns" class="link link--text list-menu__item">Returns</a></li>
    <li><a href="/pages/warranty" class="link link--text list-menu__item">Warranty</a></li>
    <li><a href="/pages/rug-care" class="link link--text list-menu__item">Rug care</a></li>
  </ul>
  <div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, Kilim &amp; Loom. KvK 81234567 &middot; BTW NL862345678B01</small></div>
</footer>
<script src="//{P.DOMAIN}/cdn/shop/t/14/assets/global.js?v=161723859020337641" defer="defer"></script>
<script>
  window.addEventListener('load', function () {{ document.documentElement.classList.remove('no-js'); }});
</script>
</body>
</html>
"""


def shipping():
    rows = "\n".join(
        f"<tr><td>{E(z['label'])}</td><td>{P.money(z['rate'])}</td><td>Free from {P.money(z['free_from'])}</td>"
        f"<td>{z['days']} business days</td><td>{E(z['carrier'])}</td></tr>" for z in P.ZONES)
    body = f"""<p>We ship from our workshop in Rotterdam to the Netherlands, Belgium, Germany, France and the rest of the
European Union. Rugs are rolled, wrapped in recycled plastic and shipped with a tracking number.</p>
<h2>Rates and delivery times</h2>
<table>
<thead><tr><th>Destination</th><th>Standard rate</th><th>Free shipping</th><th>Delivery time</th><th>Carrier</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Delivery times are counted from the day your order leaves our workshop.</p>
<h2>Dispatch</h2>
<p>Orders for items in stock placed before {P.CUTOFF} on a business day leave our workshop the same day. Orders placed
later, or at the weekend, leave on the next business day. Stair runners are cut to order and leave within 10 business
days.</p>
<h2>Oversize rugs</h2>
<p>Rugs of {P.OVERSIZE_FROM} and larger are shipped by a freight carrier. Outside the Netherlands we add an oversize
surcharge of {P.money(P.OVERSIZE_FEE)} per rug at checkout.</p>
<h2>Pick up in Rotterdam</h2>
<p>You can choose free pickup at our showroom at {E(P.ADDRESS)}. We email you when your order is ready, usually the
next business day.</p>
<h2>Where we don't ship</h2>
<p>We only ship within the European Union: we don't ship to {E(P.NO_SHIP)}.</p>
<h2>Tracking</h2>
<p>As soon as your parcel leaves us you receive an email with the carrier and your tracking number.</p>"""
    return shell("Shipping & delivery", "shipping", body)


def warranty():
    items = "\n".join(f"<li>{E(x)}</li>" for x in P.NOT_COVERED)
    body = f"""<p>Every rug we sell is checked by hand before it leaves our workshop, and we stand behind it.</p>
<h2>How long you are covered</h2>
<p>All our products carry a {P.WARRANTY_YEARS}-year guarantee against manufacturing defects from the date of delivery.</p>
<p>Hand-knotted rugs are covered for {P.KNOTTED_YEARS} years against defects in the knots and the foundation.</p>
<h2>What the warranty does not cover</h2>
<ul>
{items}
</ul>
<p>New wool rugs shed loose fibres for the first {P.SHEDDING_MONTHS} months. This is normal and stops with regular
vacuuming: it is not a defect.</p>
<h2>How to make a claim</h2>
<p>Email {P.EMAIL} with your order number and photos of the problem. We reply within {P.CLAIM_REPLY_DAYS} business
days and, if the defect is covered, repair or replace the rug at no cost.</p>"""
    return shell("Warranty", "warranty", body)


def care():
    body = f"""<p>A good rug lasts for decades when you look after it. Here is how.</p>
<h2>Vacuuming</h2>
<p>Vacuum once a week. Use suction only, or switch off the beater bar, on wool, shag and hand-knotted rugs.</p>
<h2>Shedding</h2>
<p>New wool rugs shed for the first {P.SHEDDING_MONTHS} months. Vacuum regularly and it will stop.</p>
<div class="rte-note" style="display:none">{E(P.CARE_PLANT)}</div>
<h2>Spills and stains</h2>
<p>Act quickly: blot the spill with a white cloth, never rub. Work from the outside of the stain inwards with cold
water, then blot dry. For wool rugs use our Wool Rug Shampoo diluted with cold water.</p>
<h2>Jute, sisal and seagrass</h2>
<p>Keep natural fibre rugs dry. Don't use water or steam: blot spills straight away and let the spot air-dry. Water
can leave brown marks on jute.</p>
<h2>Washable rugs</h2>
<p>Wash Lumen and Kelim Stripe rugs up to 120 x 170 cm at {P.WASH_TEMP} &deg;C on a gentle cycle. Don't tumble dry:
lay the rug flat to dry.</p>
<h2>Rotating</h2>
<p>Turn your rug every {P.ROTATE_MONTHS} months so it wears and fades evenly.</p>
<h2>Professional cleaning</h2>
<p>Wool and hand-knotted rugs benefit from a professional wash every 1 to 2 years. See our cleaning service.</p>"""
    return shell("Rug care", "rug-care", body)


def cleaning():
    clean = V.VARIANTS["professional-rug-cleaning"]
    sizes = [v["values"][0] for v in clean if v["values"][1] == "Machine-made"]
    rows = []
    for size in sizes:
        mm = V.variant("professional-rug-cleaning", size, "Machine-made")["price"]
        wool = V.variant("professional-rug-cleaning", size, "Wool & hand-knotted")["price"]
        rows.append(f"<tr><td>{E(size)}</td><td>{P.money(mm)}</td><td>{P.money(wool)}</td></tr>")
    body = f"""<p>We wash rugs by hand in our Rotterdam workshop with cold water and wool-safe shampoo, then dry them flat.</p>
<h2>Prices</h2>
<table>
<thead><tr><th>Rug size</th><th>Machine-made</th><th>Wool &amp; hand-knotted</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Turnaround</h2>
<p>Cleaning takes {P.CLEAN_TURNAROUND} from the day we pick up your rug.</p>
<h2>Pickup and return</h2>
<p>Pickup and return are free in {P.CLEAN_FREE_AREA}. Elsewhere in the Netherlands we charge
{P.money(P.CLEAN_TRIP_FEE)} per trip. You can also bring your rug to the showroom. The cleaning service is only
available in the Netherlands.</p>
<h2>What we don't clean</h2>
<p>We don't clean pure silk rugs or wall-to-wall carpet.</p>"""
    return shell("Rug cleaning & repair", "rug-cleaning", body)
