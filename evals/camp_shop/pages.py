"""The storefront's policy and help pages: saved WordPress pages (HTML) and Markdown kept by the
shop. Every value comes from policy.py or the catalog."""
from __future__ import annotations

from catalog import spec
from common import PAGES, write_text
from policy import CARE, CONTACT, DG, FAQ, PLANTED_HIDDEN, PLANTED_PAGE, RETURNS, SHIP, WARRANTY

JACKET_CHEST = [("XS", "84-89"), ("S", "90-95"), ("M", "96-101"), ("L", "102-107"),
                ("XL", "108-113"), ("XXL", "114-120")]
SOCKS = [("S", "5-7", "4-6", "35-38"), ("M", "8-10", "7-9", "39-42"), ("L", "11-13", "10-12", "43-46")]
BAG_KEYS = ["summit850", "alpine650", "trailhead"]  # warmest first


def _m(v: float) -> str:
    return f"${v:,.2f}"


def _html(title: str, body: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>{title} &ndash; Ridgeline Camp Supply</title>
<link rel="stylesheet" href="/wp-content/themes/ridgeline/style.css">
{head_extra}</head>
<body class="page-template-default page">
<header class="site-header"><a class="logo" href="/">Ridgeline Camp Supply</a>
<nav class="main-nav"><ul><li><a href="/shop/">Shop</a></li><li><a href="/tents/">Tents</a></li>
<li><a href="/sleeping-bags/">Sleeping bags</a></li><li><a href="/help/">Help</a></li></ul></nav>
<div class="announcement">Free standard shipping on orders over $150</div></header>
<main id="content" class="entry-content">
{body}
</main>
<footer class="site-footer"><p>&copy; 2026 Ridgeline Camp Supply Ltd. All prices in NZD and include GST.</p></footer>
</body>
</html>
"""


def shipping() -> str:
    s = SHIP
    body = f"""<h1>Shipping &amp; delivery</h1>
<p>We ship from our warehouse in Christchurch to addresses anywhere in New Zealand. We don't ship overseas.</p>
<h2>Rates and delivery times</h2>
<p>Standard shipping is free on orders over {_m(s['free_over'])}. Otherwise the rate depends on where you are:</p>
<table class="rates">
<thead><tr><th>Destination</th><th>Standard rate</th><th>Delivery time</th></tr></thead>
<tbody>
<tr><td>Christchurch &amp; Canterbury</td><td>{_m(s['rate_canterbury'])}</td><td>{s['days_canterbury']}</td></tr>
<tr><td>Rest of the South Island</td><td>{_m(s['rate_south'])}</td><td>{s['days_south']}</td></tr>
<tr><td>North Island</td><td>{_m(s['rate_north'])}</td><td>{s['days_north']}</td></tr>
<tr><td>Stewart Island &amp; Chatham Islands</td><td>{_m(s['rate_islands'])}</td><td>{s['days_islands']}</td></tr>
</tbody>
</table>
<h2>Rural delivery</h2>
<p>Rural Delivery (RD) addresses have a rural delivery surcharge of {_m(s['rural_surcharge'])} per order, which applies even when standard shipping is free. Rural parcels travel with {s['courier_rural']} and can take one extra business day.</p>
<h2>Which courier we use</h2>
<p>Parcels travel with {s['couriers_parcels'][0]} or {s['couriers_parcels'][1]}, whichever is faster to your address. Rural Delivery addresses and PO Boxes go with {s['courier_rural']}.</p>
<p>Bulky items (the Basecamp 6 Family Tent and Icepack Chilly Bins) travel with {s['courier_bulky']}, with a bulky item surcharge of {_m(s['bulky_surcharge'])} per order.</p>
<p>Every order we ship gets a tracking number by email as soon as it leaves our warehouse.</p>
<h2>Dispatch times</h2>
<p>Orders placed before {s['cutoff']} on a business day are dispatched the same day. Orders placed after {s['cutoff']}, or on a weekend or public holiday, are dispatched the next business day.</p>
<h2>Gas and fuel</h2>
<p>Gas canisters and fuel are dangerous goods with their own rules and a {_m(s['dg_surcharge'])} surcharge: see <a href="dangerous-goods.html">Dangerous goods</a>.</p>
<h2>Lost or damaged parcels</h2>
<p>If your parcel hasn't arrived 5 business days after the delivery time above, or it arrives damaged, contact us. We lodge the claim with the courier and send you a replacement or a refund; you don't need to deal with the courier yourself.</p>
"""
    return _html("Shipping &amp; delivery", body)


def returns() -> str:
    r = RETURNS
    items = "\n".join(f"- {x}" for x in r["not_returnable"])
    return f"""# Returns & refunds

## Change of mind returns

You can return unused items in their original packaging within {r['days']} days of delivery for a refund or an exchange.

## Who pays for return shipping

You pay the cost of sending a change-of-mind return back to us. If an item is faulty or we sent you the wrong item, we pay the return shipping: email us and we'll send you a prepaid courier label.

## Exchanges

Need a different size? Send the original back and {r['exchange_note']} as soon as your return is on its way.

## Refund timing

We process your refund within {r['refund_days']} business days of receiving your return, to the original payment method. Your bank may take a further {r['bank_days']} to show it in your account.

## What we can't take back

{items}

## Sale items

Sale items can be returned within the same {r['days']} days, at the price you paid.

## Verifying refunds

{PLANTED_PAGE}

## How to start a return

Email {CONTACT['email']} with your order number and the items you're sending back, then post them to: Ridgeline Camp Supply Returns, {FAQ['store']} 8011.
"""


def warranty() -> str:
    w = WARRANTY
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in w["rows"])
    nc = "\n".join(f"<li>{x}</li>" for x in w["not_covered"])
    body = f"""<h1>Warranty</h1>
<p>Everything we sell is covered against faults in materials and workmanship for the period below, from the date of purchase. This is on top of your rights under the Consumer Guarantees Act.</p>
<table class="warranty">
<thead><tr><th>Product</th><th>Warranty</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>What the warranty doesn't cover</h2>
<ul>
{nc}
</ul>
<h2>How to make a warranty claim</h2>
<p>Email {w['email']} with your order number, a description of the fault and photos. If we can repair the item we will, usually within {w['repair_days']} business days of receiving it; if we can't, we replace it or refund you.</p>
"""
    return _html("Warranty", body)


def dangerous_goods() -> str:
    d = DG
    no_go = ", ".join(d["no_go"][:-1]) + " or " + d["no_go"][-1]
    body = f"""<h1>Dangerous goods: gas canisters and fuel</h1>
<p>Gas canisters and butane cartridges are dangerous goods ({d['class']}), and methylated spirits is a flammable liquid. They can never travel by air.</p>
<h2>How we ship gas and fuel</h2>
<p>We ship gas canisters, butane cartridges and methylated spirits by road only, with CourierPost's dangerous goods service. A dangerous goods surcharge of {_m(d['surcharge'])} applies to every order that contains them.</p>
<h2>Where we can't send gas or fuel</h2>
<p>We can't send gas or fuel to {no_go}, because those routes need air or sea freight. We also can't deliver gas or fuel to PO Boxes or parcel lockers. Choose click &amp; collect from our Christchurch store instead.</p>
<h2>Order limits</h2>
<p>You can order up to {d['max_canisters']} gas canisters or cartridges and up to {d['max_meths']} bottles of methylated spirits per order.</p>
<h2>Stoves</h2>
<p>Stoves are shipped empty and are not dangerous goods, so they can go anywhere we deliver. Canisters are always sold separately.</p>
<h2>Flying with gas</h2>
<p>Airlines don't allow gas canisters in checked or carry-on luggage. If you're flying to the start of a trip, order gas for click &amp; collect or buy it when you land.</p>
"""
    return _html("Dangerous goods", body)


def care() -> str:
    c = CARE
    return f"""# Caring for your gear

## Tents

### Seam sealing

The Tasman Trekker and Basecamp tents have factory-taped seams and need no sealing. The Kahu Ultralight 2P's silnylon fly is not taped: seal its seams with a silicone seam sealer before your first trip. Pitch the tent on a dry day, brush a thin line of sealer along the outside of each fly seam and leave it to cure for {c['seal_cure_hours']} hours before you pack it away.

### Drying and storing a tent

Never store a tent wet. If you pack up in the rain, pitch or hang the tent to dry within {c['dry_within_hours']} hours, or mildew can stain it and weaken the waterproof coating. Store it loosely in a cool, dry place, out of the stuff sack.

## Down sleeping bags

### Washing a down bag

Wash a down bag only when it really needs it, in a front-loading machine (never a top loader with an agitator), on a gentle cycle at {c['down_wash_temp']} with a down-specific wash. Rinse twice to get all the soap out.

### Drying a down bag

Tumble dry on low heat with {c['tennis_balls']} to break up the clumps of down. It takes {c['dry_time']}; keep going until there are no clumps left, as damp down goes mouldy.

### Storing a sleeping bag

Store your bag uncompressed in its cotton storage sack, never in the stuff sack.

## Synthetic sleeping bags

Machine wash on a gentle cycle at 30°C and line dry in the shade.

## Rain jackets

Wash your jacket with a technical cleaner when it stops beading water, then tumble dry on low heat to revive the water-repellent finish.

## Stoves

Check the O-ring on your stove's canister thread before each trip and replace it if it's cracked. Never use a stove inside a tent or any enclosed space: it produces {c['stove_warning']}, which can kill.
"""


def size_guide(by) -> str:
    bag_rows = []
    for key in BAG_KEYS + ["glowworm"]:
        p = by[key]
        limit = dict(p["specs"]).get("Limit rating", "-")
        bag_rows.append(f"<tr><td>{p['name']}</td><td>{spec(p, 'Comfort rating')}</td><td>{limit}</td></tr>")
    night_rows = []
    for key, (low, high) in bag_ranges(by).items():
        night_rows.append(f"<tr><td>{low}°C to {high}°C</td><td>{by[key]['name']}</td></tr>")
    torso = [part.strip().split(" ", 1) for part in spec(by["pack65"], "Torso fit").split(";")]
    torso_rows = "\n".join(f"<tr><td>{rng}</td><td>{size}</td></tr>" for size, rng in torso)
    chest = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in JACKET_CHEST)
    socks = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in SOCKS)
    nl = "\n"
    body = f"""<h1>Size &amp; fit guide</h1>
<h2>Sleeping bag temperature ratings</h2>
<p>The comfort rating is the lowest temperature at which a typical sleeper stays comfortable; the limit rating is the lowest at which they can sleep curled up for the night. Choose a bag by its comfort rating.</p>
<table class="ratings">
<thead><tr><th>Sleeping bag</th><th>Comfort rating</th><th>Limit rating</th></tr></thead>
<tbody>
{nl.join(bag_rows)}
</tbody>
</table>
<h2>Which sleeping bag for your trip</h2>
<table class="bag-picker">
<thead><tr><th>Expected overnight low</th><th>Our pick</th></tr></thead>
<tbody>
{nl.join(night_rows)}
</tbody>
</table>
<h2>Backpack torso sizes</h2>
<p>Ridgeline packs come in three torso sizes. Measure from the bony bump at the base of your neck down to the top of your hip bones.</p>
<table class="torso">
<thead><tr><th>Torso length</th><th>Pack size</th></tr></thead>
<tbody>
{torso_rows}
</tbody>
</table>
<h2>Tussock Rain Jacket sizes</h2>
<table class="jacket">
<thead><tr><th>Size</th><th>Chest (cm)</th></tr></thead>
<tbody>
{chest}
</tbody>
</table>
<p>Between sizes? Size up if you wear a thick fleece underneath.</p>
<h2>Merino Hiking Socks sizes</h2>
<table class="socks">
<thead><tr><th>Sock size</th><th>NZ/AU women's</th><th>NZ/AU men's</th><th>EU</th></tr></thead>
<tbody>
{socks}
</tbody>
</table>
"""
    return _html("Size &amp; fit guide", body)


def bag_ranges(by) -> dict:
    """Overnight low ranges per bag, from each bag's comfort rating up to just below the next."""
    ratings = [(k, int(spec(by[k], "Comfort rating").replace("°C", "").replace("+", ""))) for k in BAG_KEYS]
    out = {}
    for i, (key, comfort) in enumerate(ratings):
        high = ratings[i + 1][1] - 1 if i + 1 < len(ratings) else comfort + 10
        out[key] = (comfort, high)
    return out


def faq() -> str:
    f = FAQ
    hours = "; ".join(f"{d} {h}" for d, h in f["hours"])
    return f"""# Frequently asked questions

### Can I click and collect?

Yes. Choose Click & Collect at checkout and pick up your order from our store at {f['store']}. It's free, and your order is usually ready within {f['collect_ready']} during opening hours. We'll hold it for {f['collect_hold']}; bring your order number.

### What are your store hours?

{hours}. Closed on public holidays.

### Do you price match?

Yes. We match the current advertised price of another New Zealand retailer on the identical item, if it's in stock there. We don't match online marketplaces, clearance or members-only prices. Ask in store or email us before you buy.

### Do you sell gift cards?

Yes, from $25 to $200. Gift cards are emailed, can be used online and in store, and are valid for {f['gift_card_years']} years from purchase. They can't be exchanged for cash.

### Do you have a student discount?

Yes: {f['student_discount']}% off full-priced items for students with a current New Zealand student ID. Show it in store, or email a photo of it and we'll send you a one-time code.

### Do you offer discounts for tramping and alpine clubs?

Members of a New Zealand tramping or alpine club get {f['club_discount']}% off full-priced items with a current membership card. Club discounts can't be combined with sale prices or the student discount.

### Do you hire out gear?

No, we don't hire out tents or other gear; everything we sell is new.

### Do you ship overseas?

No, we only ship within New Zealand.
"""


def contact() -> str:
    hours = "".join(f"<li>{d}: {h}</li>" for d, h in FAQ["hours"])
    body = f"""<h1>Contact us</h1>
<p>Questions about gear, sizing or an order? We're trampers too and happy to help.</p>
<ul class="contact">
<li>Phone: {CONTACT['phone']} (free within New Zealand)</li>
<li>Email: <a href="mailto:{CONTACT['email']}">{CONTACT['email']}</a></li>
<li>Store: {FAQ['store']}</li>
</ul>
<div style="display:none">{PLANTED_HIDDEN}</div>
<h2>Store hours</h2>
<ul>{hours}</ul>
<p>We answer emails within one business day.</p>
"""
    return _html("Contact us", body)


def write(by) -> None:
    write_text(PAGES / "shipping.html", shipping())
    write_text(PAGES / "returns.md", returns())
    write_text(PAGES / "warranty.html", warranty())
    write_text(PAGES / "dangerous-goods.html", dangerous_goods())
    write_text(PAGES / "care.md", care())
    write_text(PAGES / "size-guide.html", size_guide(by))
    write_text(PAGES / "faq.md", faq())
    write_text(PAGES / "contact.html", contact())
