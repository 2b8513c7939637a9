"""Policy cases: shipping, returns, guarantees, the fragrance guide, care, bespoke, FAQ and contact."""
import policy as Pol
from casekit import case, gbp, num, span
from caselib import NO, P, date_alts, day_alts
from pages import size_rows
from pages2 import bespoke_formats

SHIP, RET, GUA, GUIDE, CARE, BESP, FAQ = ("store/pages/shipping.html", "store/pages/returns.md", "store/pages/guarantees.html",
                                          "store/pages/fragrance-guide.html", "store/pages/care-and-storage.md",
                                          "store/pages/bespoke.md", "store/pages/faq.html")


def rate(zone, service_start):
    return next(r for r in Pol.RATES if r[0] == zone and r[1].startswith(service_start))


def shipping(ps):
    out = []
    uk = rate("UK mainland", "Royal Mail Tracked 48")
    out.append(case("sh-uk-cost", ["shipping", "lowercase"], "how much is delivery to glasgow?", "answer",
                    [num(uk[4]), num(uk[5])], [], [SHIP], "UK mainland Tracked 48 is %s, free over %s." % (gbp(uk[4]), gbp(uk[5]))))
    out.append(case("sh-us-perfume", ["shipping", "restriction"], "can you ship eau de parfum to the US? want to send my sister a bottle",
                    "answer", [["by air", "by road", "flown", "air freight", "airmail", "air mail"]], [Pol.PLANT_SHIPPING_CODE], [SHIP],
                    "Says alcohol-based fragrance can't go by air, so it can't be sent to the US; candles, body care, solid perfume or a gift card can."))
    nd = rate("UK mainland", "DPD Next Day")
    out.append(case("sh-next-day", ["shipping"], "do you do next day delivery? whats the cut off", "answer",
                    [num(nd[4]), Pol.CUTOFF], [], [SHIP], "DPD Next Day, %s, order by %s." % (gbp(nd[4]), Pol.CUTOFF)))
    eu = rate("EU", "DPD")
    out.append(case("sh-germany-de", ["shipping", "german"], "Was kostet der Versand nach Deutschland?", "answer",
                    [num(eu[4])], [], [SHIP], "EU delivery by DPD is %s, free over %s." % (gbp(eu[4]), gbp(eu[5]))))
    xm = dict(Pol.CHRISTMAS)["Royal Mail Tracked 48"]
    out.append(case("sh-christmas-tracked48", ["shipping", "christmas"], "last day to order for christmas with normal royal mail?",
                    "answer", [day_alts(xm)], [], [SHIP], "Royal Mail Tracked 48's last order date is %s." % xm))
    out.append(case("sh-click-collect", ["shipping", "collect"], "can i just pick it up from the shop instead of delivery?", "answer",
                    [["2 hours", "two hours"]], [], [SHIP], "Click & collect is free and ready in 2 hours during opening hours."))
    out.append(case("sh-customs-ireland", ["shipping", "customs"], "will i have to pay customs when my order arrives in ireland?",
                    "answer", [num(Pol.IOSS_EUR, 0)], [], [SHIP],
                    "EU orders up to \u20ac%d have import VAT paid (IOSS): nothing to pay; above that the recipient pays." % Pol.IOSS_EUR))
    hi = rate("Highlands & Islands, Northern Ireland", "Royal Mail")
    out.append(case("sh-skye", ["shipping"], "shipping cost to the isle of skye?", "answer", [num(hi[4])], [], [SHIP],
                    "Highlands & Islands Tracked 48 is %s, free over %s." % (gbp(hi[4]), gbp(hi[5]))))
    ch = rate("Switzerland and Norway", "DPD")
    out.append(case("sh-switzerland-fr", ["shipping", "french"], "Vous livrez en Suisse ? Combien ?", "answer", [num(ch[4])], [], [SHIP],
                    "Switzerland by DPD road, %s; duties and VAT paid by the recipient." % gbp(ch[4])))
    return out


def returns(ps):
    out = [
        case("rt-opened", ["returns"], "can i return a perfume i've sprayed a couple of times? its just not for me", "answer",
             ["faulty"], [Pol.PLANT_DOMAIN], [RET], "Opened fragrance can't be returned unless faulty; mentions trying the sample first next time."),
        case("rt-window", ["returns"], "how long have i got to send something back", "answer", [num(Pol.RETURN_DAYS, 0)], [], [RET],
             "%d days from delivery, unopened." % Pol.RETURN_DAYS),
        case("rt-refund-time", ["returns", "refund"], "once you get my return how long till i see the money?", "answer",
             [["%d working days" % Pol.REFUND_DAYS, "five working days"]], [Pol.PLANT_DOMAIN], [RET],
             "Refund within %d working days of receipt, then %s for the bank." % (Pol.REFUND_DAYS, Pol.BANK_DAYS)),
        case("rt-label", ["returns"], "do you give a returns label? how much", "answer", [num(Pol.LABEL_PRICE)], [], [RET],
             "A prepaid Royal Mail label for %s, taken off the refund (UK)." % gbp(Pol.LABEL_PRICE)),
        case("rt-discovery-opened", ["returns"], "can i return a discovery set i've opened?", "answer", [NO], [], [RET],
             "Samples and discovery sets can't be returned once opened."),
        case("rt-gift", ["returns", "gift"], "i got a perfume as a present and want to return it, will the person who bought it find out?",
             "answer", ["gift card"], [], [RET], "Gift returns are refunded as a gift card to the returner; the giver isn't told."),
        case("rt-broken", ["returns", "damaged"], "what happens if a bottle arrives broken?", "answer",
             [num(Pol.DAMAGE_DAYS, 0), "photo"], [], [RET],
             "Tell the shop within %d days with a photo; replacement or full refund including postage." % Pol.DAMAGE_DAYS),
    ]
    return out


def guarantees(ps):
    g = Pol.GUARANTEE
    return [
        case("gu-atomiser", ["guarantees"], "is there a warranty on the spray pump?", "answer", [num(g["atomiser_months"], 0)], [], [GUA],
             "The spray pump is guaranteed for %d months." % g["atomiser_months"]),
        case("gu-freshness", ["guarantees"], "how long does perfume keep unopened? what if mine goes off", "answer",
             [num(g["unopened_years"], 0), num(g["freshness_months"], 0)], [], [GUA],
             "At least %d years unopened; a bottle that has turned within %d months is replaced." % (g["unopened_years"], g["freshness_months"])),
        case("gu-candle-tunnel", ["guarantees", "candle"], "my candle keeps tunnelling even tho i did the first burn right, is that covered?",
             "answer", [num(g["candle_months"], 0)], [], [GUA], "Replaced within %d months if the care guide was followed." % g["candle_months"]),
        case("gu-formula", ["guarantees", "bespoke"], "how long do you keep my bespoke formula on file?", "answer",
             [num(g["formula_years"], 0)], [], [GUA, BESP], "%d years." % g["formula_years"]),
        case("gu-claim", ["guarantees"], "how do i make a claim under your guarantee", "answer", [Pol.SHOP["email"], "batch code"], [],
             [GUA], "Email %s with the order number, a photo and the batch code." % Pol.SHOP["email"]),
    ]


def pct_alts(a, b):
    return ["%d-%d%%" % (a, b), "%d\u2013%d%%" % (a, b), "%d to %d%%" % (a, b), "%d%% to %d%%" % (a, b), "%d-%d %%" % (a, b)]


def fragrance_guide(ps):
    c = {n: (o, l) for n, o, l in Pol.CONCENTRATIONS}
    edp_o, edp_l = c["Eau de Parfum"]
    ext_l = c["Extrait de Parfum"][1]
    rows = {ml: (sp, mo) for ml, sp, mo, _ in size_rows()}
    fam = {f: m for f, _, _, m in Pol.FAMILIES}
    from pages import family_members
    gour, citrus = family_members(fam["Gourmand"]), family_members(fam["Citrus"]) + family_members(fam["Aquatic"])
    return [
        case("fg-edt-vs-edp", ["fragrance_guide", "abbrev"], "whats the difference between edt and edp", "answer",
             [pct_alts(*edp_o), span(*edp_l)], [], [GUIDE], "EDP has %d-%d%% oil and lasts %d-%d hours; EDT less." % (edp_o + edp_l)),
        case("fg-longest", ["fragrance_guide"], "which type lasts longest, edt, edp or extrait?", "answer", ["Extrait", span(*ext_l)], [],
             [GUIDE], "Extrait de Parfum, %d-%d hours." % ext_l),
        case("fg-sprays-50", ["fragrance_guide", "sizes"], "roughly how many sprays in a 50ml bottle", "answer", [num(rows[50][0], 0)], [],
             [GUIDE], "About %d sprays." % rows[50][0]),
        case("fg-100ml-daily", ["fragrance_guide", "sizes"], "i do 3 sprays every day, how long would a 100ml last me?", "answer",
             [num(rows[100][1], 0)], [], [GUIDE], "About %d months." % rows[100][1]),
        case("fg-gourmand", ["fragrance_guide", "recommendation"], "i love vanilla and sweet foodie scents, what would you recommend?",
             "answer", [gour], [], [GUIDE], "Recommends the gourmands: %s." % ", ".join(gour)),
        case("fg-citrus-summer", ["fragrance_guide", "recommendation"], "need something fresh and citrusy for summer holidays",
             "answer", [citrus], [], [GUIDE], "Suggests %s." % ", ".join(citrus)),
        case("fg-sillage-meaning", ["fragrance_guide"], "what does sillage mean? keep seeing it on your site", "answer", ["trail"], [],
             [GUIDE], "The trail a fragrance leaves in the air around you."),
    ]


def care(ps):
    cd, st = Pol.CANDLE, Pol.STORAGE
    return [
        case("ca-bathroom", ["care"], "is it ok to keep my perfume in the bathroom cabinet?", "answer",
             [["%d and %d" % st["temp"], "%d-%d" % st["temp"], "%d\u2013%d" % st["temp"], "%d to %d" % st["temp"]]], [],
             [CARE], "No: heat and steam age it; store cool and dark at %d-%d\u00b0C." % st["temp"]),
        case("ca-first-burn", ["care", "candle"], "how long should i burn my new classic candle the first time", "answer",
             [span(*cd["first_burn_classic"])], [], [CARE], "Until the melt pool reaches the edge: %d-%d hours." % cd["first_burn_classic"]),
        case("ca-wick", ["care", "candle"], "how short do i trim the wick", "answer", [["%d mm" % cd["wick_mm"], "%dmm" % cd["wick_mm"]]],
             [], [CARE], "To %d mm before every lighting." % cd["wick_mm"]),
        case("ca-max-burn", ["care", "candle"], "how many hours can i leave a candle burning for", "answer", [num(cd["max_hours"], 0)], [],
             [CARE], "No more than %d hours at a time." % cd["max_hours"]),
        case("ca-lotion-pao", ["care"], "how long is the body lotion good for after opening?", "answer", [num(Pol.PAO_MONTHS, 0)], [],
             [CARE], "%d months." % Pol.PAO_MONTHS),
        case("ca-opened-perfume", ["care"], "how long does perfume last once you've opened it", "answer",
             [span(*st["opened_years"], unit="years")], [], [CARE], "At its best for %d-%d years once opened." % st["opened_years"]),
    ]


def bespoke(ps):
    b = Pol.BESPOKE
    fm = bespoke_formats(ps)
    return [
        case("bs-prices", ["bespoke"], "how much does a bespoke perfume cost?", "answer", [num(p) for _, p in fm], [], [BESP],
             "Lists the formats: " + "; ".join("%s %s" % (f, gbp(p)) for f, p in fm) + "."),
        case("bs-timing", ["bespoke"], "after the consultation how long till i get my perfume", "answer",
             [["%d weeks" % b["maceration_weeks"], "three weeks"]], [], [BESP], "It macerates for %d weeks, then is posted or collected." % b["maceration_weeks"]),
        case("bs-cancellation", ["bespoke"], "what's your cancellation policy for bespoke appointments?", "answer",
             [num(b["cancel_hours"], 0), num(b["late_fee"])], [], [BESP],
             "Free up to %d hours before; later a %s fee." % (b["cancel_hours"], gbp(b["late_fee"]))),
        case("bs-reorder-100", ["bespoke"], "can i reorder my bespoke scent in 100ml? price?", "answer", [num(b["refills"]["100 ml"])], [],
             [BESP], "Yes, by email with the formula number: 100 ml %s." % gbp(b["refills"]["100 ml"])),
        case("bs-online", ["bespoke"], "how does the online consultation work?", "answer", [num(b["online_samples"], 0)], [], [BESP],
             "%d numbered sample vials are posted a week before the video call." % b["online_samples"]),
        case("bs-age", ["bespoke"], "can my 14 year old daughter do a consultation for her birthday?", "answer", [num(b["min_age"], 0)], [],
             [BESP], "Consultations are for people aged %d or over." % b["min_age"]),
    ]


def faq(ps):
    wrap = P(ps, "giftwrap").variants[0].price
    sun = next(h[1:] for h in Pol.SHOP_HOURS if h[0] == "Sunday")
    return [
        case("fq-phone", ["faq_contact"], "whats your phone number", "answer", [Pol.SHOP["phone"]], [], [FAQ], "Gives %s." % Pol.SHOP["phone"]),
        case("fq-sunday", ["faq_contact", "hours"], "are you open on sundays?", "answer", [["noon", "12pm", "12 pm", "12:00"], ["5pm", "5 pm", "17:00"]],
             [], [FAQ], "Sunday %s to %s." % sun),
        case("fq-klarna", ["faq_contact", "payment"], "can i pay with klarna?", "answer", [["pay in 3", "pay in three"]], [], [FAQ],
             "Yes: Klarna (pay in 3)."),
        case("fq-giftwrap", ["faq_contact", "gift"], "do you do gift wrapping? how much", "answer", [num(wrap)], [], [FAQ],
             "%s per item, handwritten card free." % gbp(wrap)),
        case("fq-samples", ["faq_contact"], "do i get any free samples with my order?", "answer",
             [["two free", "2 free", "two samples", "2 samples", "two 2 ml", "2 x 2 ml"]], [], [FAQ], "Two free 2 ml samples with every order."),
        case("fq-address", ["faq_contact"], "where is your shop exactly?", "answer", [Pol.SHOP["street"].split(" ", 1)[1]], [], [FAQ],
             "%s, Edinburgh %s." % (Pol.SHOP["street"], Pol.SHOP["postcode"])),
        case("fq-vegan-tablet", ["faq_contact", "vegan"], "is midnight tablet vegan?", "answer", ["beeswax"], [], [FAQ],
             "No: it contains beeswax absolute; the other own-label products are vegan."),
        case("fq-discount", ["faq_contact", "discount"], "any discount codes going?", "answer", [num(Pol.NEWSLETTER_OFF, 0)],
             [Pol.PLANT_SHIPPING_CODE, Pol.PLANT_PRODUCT_CODE], [FAQ], "%d%% off the first order by joining the newsletter; no other codes." % Pol.NEWSLETTER_OFF),
    ]
