"""The care, bespoke and FAQ pages."""
import policy as P
from pages import _gbp, html_page


def care():
    c, s = P.CANDLE, P.STORAGE
    return """# Care & storage

## Storing your fragrance

Heat, light and air are what spoil perfume. Keep your bottles somewhere cool and dark, ideally between %(t0)d and %(t1)d\u00b0C, standing upright and in their box if you can.

- **Not in the bathroom:** the heat and steam of showers age a fragrance quickly. A bedroom drawer or wardrobe is ideal.
- **Not on a sunny windowsill or dressing table in the sun.**
- **Never in a car:** in summer a parked car gets hot enough to ruin a bottle in an afternoon.

Unopened and stored like this, a fragrance keeps for years. Once opened it is at its best for %(o0)d to %(o1)d years; citrus and green fragrances fade soonest, ambers and woods can deepen with age.

## Travelling with fragrance

Our 10 ml travel sprays, the refillable travel atomiser and Haar Solid Perfume are made for travelling. Wrap full bottles in clothing in the middle of your case, and keep them with you rather than in a hot boot.

## Body care

Use lotions, shower gels, hand creams and body oils within %(pao)d months of opening (the open-jar symbol on the pack says %(pao)dM). Store them out of direct sunlight.

## Candle care

- **First burn:** let the wax melt all the way to the edge of the glass before you blow it out: about %(c0)d to %(c1)d hours for a Classic candle, %(g0)d to %(g1)d hours for a Grand. This stops tunnelling for the rest of its life.
- **Trim the wick** to %(wick)d mm before every lighting.
- **Burn for no more than %(max)d hours at a time**, then let the candle cool completely.
- **Stop when %(stop)d cm of wax is left** at the bottom, so the glass doesn't overheat.
- Never leave a lit candle unattended, and keep it away from draughts, curtains, children and pets.

## Reed diffusers

Flip the reeds once a week to refresh the scent; more often makes the oil go faster. Keep the bottle away from polished or painted surfaces: the oil can mark them.

## Leather travel case

Wipe with a soft, slightly damp cloth. A little leather balm once or twice a year keeps it supple.
""" % dict(t0=s["temp"][0], t1=s["temp"][1], o0=s["opened_years"][0], o1=s["opened_years"][1], pao=P.PAO_MONTHS,
           c0=c["first_burn_classic"][0], c1=c["first_burn_classic"][1], g0=c["first_burn_grand"][0],
           g1=c["first_burn_grand"][1], wick=c["wick_mm"], max=c["max_hours"], stop=c["stop_cm"])


def bespoke_formats(products):
    p = next(p for p in products if p.key == "bespoke")
    return [(v.options["Format"], v.price) for v in p.variants]


def bespoke(products):
    b = P.BESPOKE
    rows = "\n".join("| %s | %s |" % (f, _gbp(price)) for f, price in bespoke_formats(products))
    refills = "\n".join("| %s | %s |" % (k, _gbp(v)) for k, v in b["refills"].items())
    return """# Bespoke fragrance

Create a fragrance that is yours alone, with one of our perfumers, in the Atelier on William Street or online.

## Choose your format

| Format | Price |
|---|---|
%(rows)s

Book any format online as the Bespoke Fragrance Consultation. After you book, we email you within one working day to arrange the date and time.

## How it works

1. We start with a conversation: the places, memories and fragrances you love (and the ones you don't).
2. You smell your way through more than %(mat)d raw materials and choose your favourites.
3. Your perfumer builds three trial accords from them; you choose and refine one until it feels like yours.
4. We record your formula under your own formula number.

For an online consultation we post you %(onl)d numbered sample vials a week before the video call, so we can smell them together.

## After the consultation

Your fragrance is blended as an extrait de parfum and left to macerate for %(mac)d weeks, then we post it to you free in the UK or you collect it from the Atelier. If it isn't quite right, we rework the formula once, free, within %(rework)d days of your consultation.

## Reordering your fragrance

We keep your formula on file for %(formula)d years. Reorder by email, quoting your formula number:

| Size | Price |
|---|---|
%(refills)s

## Booking changes and cancellations

You can move or cancel your appointment up to %(cancel)d hours before it starts for a full refund or a free new date. Later than that, or if you don't come, we charge a %(fee)s late-cancellation fee and refund the rest.

## Good to know

- Consultations are for one person aged %(age)d or over; you are welcome to bring one guest.
- A consultation makes a wonderful present: buy the consultation itself, or a gift card they can spend on it.
- Questions: %(email)s
""" % dict(rows=rows, mat=b["materials"], onl=b["online_samples"], mac=b["maceration_weeks"], refills=refills,
           cancel=b["cancel_hours"], fee=_gbp(b["late_fee"]), age=b["min_age"], email=P.SHOP["bespoke_email"],
           rework=P.GUARANTEE["rework_days"], formula=P.GUARANTEE["formula_years"])


def faq(products):
    wrap = next(p for p in products if p.key == "giftwrap").variants[0].price
    hours = "".join("<tr><td>%s</td><td>%s to %s</td></tr>" % h for h in P.SHOP_HOURS)
    vegan_exc = [f for f in ("Midnight Tablet",)]
    qa = [
        ("Where are you?", "<p>Our Atelier is at %s, Edinburgh %s, in the West End, five minutes' walk from the west end of Princes Street.</p>" % (P.SHOP["street"], P.SHOP["postcode"])),
        ("When are you open?", "<table class=\"hours\"><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>%s</tbody></table><p>We're closed on 25 and 26 December and 1 and 2 January.</p>" % hours),
        ("How can I contact you?", "<p>Call us on %s (%s, %s to %s), email %s (we reply within one working day) or use the chat on this website.</p>" % (P.SHOP["phone"], P.PHONE_HOURS[0], P.PHONE_HOURS[1], P.PHONE_HOURS[2], P.SHOP["email"])),
        ("Which payment methods do you accept?", "<p>%s.</p>" % ", ".join(P.PAYMENTS)),
        ("Do you gift wrap?", "<p>Yes: add Gift Wrapping to your basket for each item you want wrapped (%s per item). We wrap by hand in dove-grey paper with a silk ribbon; a handwritten card is free, just write your message in the order notes. Prices are never included in a wrapped parcel.</p>" % _gbp(wrap, True)),
        ("Do you send free samples?", "<p>Yes: we add %d free 2 ml samples to every order. Tell us which ones in the order notes, or we'll choose something we think you'll like.</p>" % P.FREE_SAMPLES),
        ("Do you have a discount code?", "<p>Join our newsletter and we'll email you %d%% off your first order. We don't run other codes; be wary of codes on other websites.</p>" % P.NEWSLETTER_OFF),
        ("Are your products cruelty-free and vegan?", "<p>Nothing we sell is tested on animals. All Atelier Sillage products are vegan except %s, which contains beeswax absolute.</p>" % ", ".join(vegan_exc)),
        ("I have allergies or sensitive skin. Can I wear your fragrances?", "<p>All our fragrances meet IFRA standards, and the allergens they contain are listed on the box and, for our own fragrances, in the ingredients on the product page where we give them. If your skin is sensitive, patch test on the inside of your elbow and wait 24 hours. If your skin reacts, wash it off and stop using the product.</p>"),
        ("Can I wear perfume while pregnant?", "<p>We can't give medical advice. Please ask your midwife or GP; they can look at the ingredients list with you.</p>"),
        ("Do you sell testers?", "<p>No. We don't sell testers or unboxed bottles. You can try everything in the Atelier, or order samples and discovery sets online.</p>"),
        ("How do gift cards work?", "<p>Gift cards are emailed, can be spent online and in the Atelier, and are valid for 24 months. To check a balance, email us the card number.</p>"),
        ("Do you price match?", "<p>No, we don't price match.</p>"),
        ("Can I change or cancel my order?", "<p>Email us as soon as possible: we can change or cancel an order until it has been packed. Once it has left us, please return it under our returns policy.</p>"),
    ]
    body = "<p>Can't find your answer? Ask us in the chat or email %s.</p>\n" % P.SHOP["email"] + "\n".join(
        '<div class="faq-item"><h3>%s</h3>\n%s</div>' % (q, a) for q, a in qa)
    return html_page("Frequently Asked Questions", "faq", body, 49)


def write_all(root, products, write):
    from pages import guarantees, guide, returns, shipping
    files = {"shipping.html": shipping(), "returns.md": returns(), "guarantees.html": guarantees(),
             "fragrance-guide.html": guide(), "care-and-storage.md": care(), "bespoke.md": bespoke(products),
             "faq.html": faq(products)}
    for name, text in files.items():
        write("%s/pages/%s" % (root, name), text)
    return sorted(files)
