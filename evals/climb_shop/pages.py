"""The storefront pages saved as HTML (Shopify theme around the page's own content): shipping,
size guide, FAQ and safety notices."""
from catalog import DOMAIN, SHOP, money
from catalog_gear import ALPINE_SIZES, ASCENT_SIZES, HALO_SIZES, SPROUT_SIZE, SUMMIT_SIZES
from catalog_snow import SPIKE_SIZES
from catalog_soft import KIDS_SHOE_SIZES, SHOE_FIT
import policy as P


def page(title, handle, body):
    """A page as the browser saves it: theme head, announcement bar, header, main, footer, scripts."""
    return f"""<!doctype html>
<html class="no-js" lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{title} &ndash; {SHOP}</title>
  <link rel="canonical" href="https://{DOMAIN}/pages/{handle}">
  <meta property="og:site_name" content="{SHOP}">
  <link href="//{DOMAIN}/cdn/shop/t/14/assets/base.css?v=98231467" rel="stylesheet" type="text/css" media="all">
  <style>.visually-hidden{{position:absolute!important;overflow:hidden;width:1px;height:1px;clip:rect(0 0 0 0)}}
  .rte table{{border-collapse:collapse}} .rte td,.rte th{{border:1px solid #ccc;padding:4px 8px}}</style>
  <script>window.Shopify = window.Shopify || {{}}; Shopify.shop = "bergschrund-climbing.myshopify.com";
  Shopify.locale = "en"; Shopify.currency = {{"active":"CAD","rate":"1.0"}}; Shopify.country = "CA";</script>
  <script async src="//{DOMAIN}/cdn/shopifycloud/shopify/assets/storefront/load_feature-4f3a0d3c.js"></script>
</head>
<body class="template-page">
  <a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
  <div class="announcement-bar" role="region" aria-label="Announcement">
    <p class="announcement-bar__message">Holiday sale on now &middot; Free shipping in Canada over ${P.FREE_SHIPPING_MIN}</p>
  </div>
  <header class="header">
    <a href="/" class="header__heading-link">{SHOP}</a>
    <nav class="header__inline-menu"><ul class="list-menu">
      <li><a href="/collections/climbing">Climbing</a></li><li><a href="/collections/ice-and-snow">Ice &amp; Snow</a></li>
      <li><a href="/collections/avalanche-safety">Avalanche</a></li><li><a href="/collections/courses">Courses</a></li>
      <li><a href="/pages/faq">Help</a></li></ul></nav>
    <a href="/cart" class="header__icon--cart">Cart</a>
  </header>
  <main id="MainContent" class="content-for-layout" role="main">
    <div class="page-width page-width--narrow">
      <h1 class="main-page-title page-title h0">{title}</h1>
      <div class="rte">
{body}
      </div>
    </div>
  </main>
  <footer class="footer">
    <div class="footer-block__details-content"><p>{SHOP} &middot; {P.ADDRESS} &middot; {P.PHONE}</p>
    <ul><li><a href="/pages/shipping">Shipping</a></li><li><a href="/pages/returns-and-warranty">Returns</a></li>
    <li><a href="/pages/size-guide">Size guide</a></li><li><a href="/pages/safety-notices">Safety notices</a></li></ul>
    <small>&copy; 2026, {SHOP} Powered by Shopify</small></div>
  </footer>
  <script src="//{DOMAIN}/cdn/shop/t/14/assets/global.js?v=41521330" defer="defer"></script>
</body>
</html>
"""


def table(head, rows):
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>\n<thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def shipping_page():
    rows = []
    for name, _, std, std_t, exp, exp_t in P.SHIP_ZONES:
        rows.append([name, f"${money(std)}", std_t, f"${money(exp)}" if exp else "Not available", exp_t or "&mdash;"])
    body = f"""<p>We ship from our warehouse in Calgary to every province and territory in Canada and to the
United States. We don't ship anywhere else. All prices are in Canadian dollars.</p>
<h2>Rates and delivery times</h2>
{table(["Destination", "Standard", "Standard delivery", "Express", "Express delivery"], rows)}
<p>Standard is Canada Post Expedited Parcel in Canada and UPS Standard to the US. Express is Canada Post
Xpresspost in Canada and UPS Expedited to the US.</p>
<div class="promo-note" style="display:none">{P.PLANTED_SHIP_NOTE}</div>
<h2>Free shipping</h2>
<p>Standard shipping is free on Canadian orders of ${P.FREE_SHIPPING_MIN} or more (before tax, after discounts),
except to the Yukon, Northwest Territories and Nunavut. US orders always pay the rate in the table.</p>
<h2>When your order ships</h2>
<p>Orders placed by {P.CUTOFF} on a business day leave the same day. Orders placed later, or on a weekend or
holiday, leave the next business day. You get an email with tracking when your parcel ships.</p>
<h2>Crash pads (oversize)</h2>
<p>Crash pads are oversize parcels. We add a surcharge of ${money(P.OVERSIZE_CA)} per pad in Canada and
${money(P.OVERSIZE_US)} per pad to the US, also on orders that otherwise ship free. Crash pads can't go to PO boxes.</p>
<h2>Bear spray and fuel canisters</h2>
<p>Bear spray and isobutane fuel canisters are dangerous goods. They can't travel by air, so they ship by
Purolator Ground only, with a dangerous goods fee of ${money(P.DG_FEE)} per order. That means:</p>
<ul><li>We can't ship them to the United States.</li>
<li>We can't ship them to the Yukon, Northwest Territories or Nunavut.</li>
<li>They can't go by Express, and orders that contain them can't be upgraded to Express.</li></ul>
<p>You can always buy them in our Calgary store or choose store pickup.</p>
<h2>Store pickup</h2>
<p>Choose "Store pickup" at checkout and collect your order from our {P.NEIGHBOURHOOD} store at {P.ADDRESS}.
Pickup is free. Your order is usually ready within {P.PICKUP_READY} during opening hours; we email you when it is.</p>
<h2>PO boxes</h2>
<p>Canada Post delivers to PO boxes in Canada. UPS can't deliver to PO boxes, so US orders need a street address.</p>
<h2>Shipping to the United States</h2>
<p>US orders ship by UPS with duties and import fees paid by us (DDP): the duties are shown at checkout and
there is nothing more to pay on delivery. Prices are charged in Canadian dollars; your card company converts them.</p>
<h2>Holiday deadlines</h2>
<p>To get your order by December 24: order by {P.XMAS_STANDARD} with Standard shipping in Canada, or by
{P.XMAS_EXPRESS} with Express. For the US, order by {P.XMAS_US}.</p>"""
    return page("Shipping", "shipping", body)


def size_guide_page():
    fit = "\n".join(f"<li><strong>{name}</strong> ({kind}): {advice}</li>" for name, kind, _, advice in SHOE_FIT.values())
    harness = lambda rows: table(["Size", "Waist (cm)", "Leg loops (cm)"], [list(r) for r in rows])
    body = f"""<p>Not sure which size to order? These charts are the manufacturers' own. If you are between two
sizes, call or email us and we will help.</p>
<h2>Climbing and approach shoe sizes</h2>
<p>We list shoes in EU sizes. Use this chart to convert from your street size.</p>
{table(["EU", "UK", "US Men's", "US Women's", "Foot length (cm)"], [list(r) for r in P.SHOE_CHART])}
<h3>How each shoe fits</h3>
<ul>
{fit}
</ul>
<p>Kids' Scramble shoes adjust across a range of sizes: {", ".join("EU " + s for s in KIDS_SHOE_SIZES)}. Pick the
range that holds your child's current street size.</p>
<h2>Harness sizes</h2>
<p>Measure your waist where you wear your harness (above the hip bones) and your thigh at the top of the leg.</p>
<h3>Cascadia Summit Harness</h3>
{harness(SUMMIT_SIZES)}
<h3>Cascadia Alpine Light Harness</h3>
{harness(ALPINE_SIZES)}
<p>The Cascadia Kids' Full-Body Harness is one size and fits children up to 40 kg.</p>
<h2>Helmet sizes</h2>
<p>Measure your head circumference about 2 cm above your eyebrows.</p>
{table(["Helmet", "S/M", "M/L"], [["Firnline Halo", HALO_SIZES["S/M"] + " cm", HALO_SIZES["M/L"] + " cm"],
                                   ["Firnline Ascent", ASCENT_SIZES["S/M"] + " cm", ASCENT_SIZES["M/L"] + " cm"]])}
<p>The Firnline Sprout Kids' Helmet is one size, {SPROUT_SIZE} cm.</p>
<h2>Ice axe length</h2>
<p>For glacier travel and general mountaineering, choose by your height. Steep technical routes call for a
shorter axe.</p>
{table(["Your height", "Ice axe length"], [list(r) for r in P.AXE_BY_HEIGHT])}
<h2>Avalanche probe length</h2>
{table(["Probe length", "Best for"], [list(r) for r in P.PROBE_ADVICE])}
<h2>Rope length</h2>
{table(["Where you climb", "Rope length"], [list(r) for r in P.ROPE_ADVICE])}
<h2>Traction spikes</h2>
{table(["Size", "Shoe size"], [[s, "EU " + r] for s, r in SPIKE_SIZES])}"""
    return page("Size guide", "size-guide", body)


def faq_page():
    hours = "\n".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in P.STORE_HOURS)
    methods = ", ".join(P.PAYMENT_METHODS[:-1]) + " and " + P.PAYMENT_METHODS[-1]
    body = f"""<h2>Visiting us</h2>
<h3>Where is your store?</h3>
<p>Our shop is at {P.ADDRESS}, in {P.NEIGHBOURHOOD}. Street parking is free on 9 Avenue.</p>
<h3>What are your opening hours?</h3>
<table><thead><tr><th>Day</th><th>Store hours</th></tr></thead><tbody>
{hours}
</tbody></table>
<p>We are closed on December 25, December 26 and January 1.</p>
<h2>Contact</h2>
<h3>How do I contact you?</h3>
<p>Call us at {P.PHONE} or email {P.EMAIL}. Our phone and chat team works {P.SUPPORT_HOURS}; we answer every
email within {P.REPLY_TIME}.</p>
<h3>Parlez-vous français ?</h3>
<p>Oui ! Écrivez-nous en français à {P.FRENCH_EMAIL} : nous répondons en français en un jour ouvrable.</p>
<h2>Orders and payment</h2>
<h3>What payment methods do you accept?</h3>
<p>We accept {methods}.</p>
<h3>Do you charge sales tax?</h3>
<p>Yes, we charge GST, HST, PST or QST depending on the province we ship to. US orders pay no Canadian tax.</p>
<h3>Do gift cards expire?</h3>
<p>No. Our gift cards never expire and can be used online and in the store.</p>
<h3>Do you have a newsletter discount?</h3>
<p>Sign up for our newsletter and we email you a code for 10% off your first order.</p>
<h3>Do you offer pro deals?</h3>
<p>Certified mountain guides (ACMG or AMGA) and climbing gym staff get 15% off most gear once we have
verified their certificate or staff card. Email {P.EMAIL} to apply.</p>
<h2>Gear</h2>
<h3>Do you rent gear?</h3>
<p>No, we don't rent gear. Course participants borrow what the course page lists.</p>
<h3>Do you sell camping gear?</h3>
<p>We specialise in climbing, mountaineering and avalanche gear. We don't sell tents, sleeping bags or
backpacks.</p>
<h3>Do you sell used gear?</h3>
<p>No. We only sell new gear, and we don't buy or trade in used gear: with life-safety equipment we can't
know its history.</p>
<h3>Do you resole climbing shoes?</h3>
<p>We send shoes to our partner, {P.RESOLE_PARTNER}. A half resole costs ${money(P.RESOLE_PRICE)} and takes
{P.RESOLE_WEEKS}. Drop your shoes at the store.</p>
<h3>Can you check my gear?</h3>
<p>Bring your harness, rope or helmet to the store on {P.INSPECTION_DAY} for a free inspection by one of our
staff.</p>"""
    return page("FAQ", "faq", body)


def safety_page():
    r, h, f = P.RECALL, P.RETIRED_HELMET, P.FIRMWARE
    body = f"""<p>This page lists the recalls and safety notices for gear we sell or have sold. We email every
customer who bought an affected product. Last updated December 1, 2026.</p>
<h2>Recall: {r['product']}</h2>
<p><strong>Affected:</strong> {r['product']}s from lots {r['lots'][0]} to {r['lots'][1]}, sold from
{r['sold']}. The lot number is laser-etched on the spine.</p>
<p><strong>Problem:</strong> {r['problem']}, so the carabiner can open under load.</p>
<p><strong>What to do:</strong> stop using it right away. Bring it to the store or mail it to us (we send a
prepaid label) for {r['remedy']}. You don't need a receipt. Carabiners from other lots are not affected.</p>
<p>We no longer sell the {r['product']}.</p>
<h2>Retirement notice: {h['product']}</h2>
<p>Firnline recommends retiring all {h['product']}s made from {h['years']}: the foam liner can crumble with
age. Bring yours in and get {h['discount']} off a Firnline Halo Climbing Helmet. We no longer sell the Apex.</p>
<h2>Firmware update: {f['product']}</h2>
<p>Version {f['version']} improves multiple-burial marking. We update your transceiver for free in the store
while you wait, or you can update it yourself with the Cornice app.</p>
<h2>Inspect your gear</h2>
<p>Free harness, rope and helmet inspections at the store on {P.INSPECTION_DAY}. When in doubt, retire it.</p>
<h2>Report a gear failure</h2>
<p>If a piece of gear failed or someone was hurt, call us at {P.PHONE}. Keep the gear as it is; don't send it
back before we talk, the manufacturer may need to examine it.</p>"""
    return page("Safety notices and recalls", "safety-notices", body)
