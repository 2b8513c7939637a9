"""Policy and guide cases: shipping, returns, warranty, sizing, courses, safety notices, FAQ."""
from casekit import CANT, OUT_OF_STOCK, case, num
from catalog import money
from catalog_gear import HALO_SIZES, SUMMIT_SIZES
from catalog_soft import ICE_COURSE, KIDS_SHOE_SIZES, SHOE_FIT
import policy as P

SHIP, RET, SIZE, FAQ = ("store/pages/shipping.html", "store/pages/returns-and-warranty.md",
                        "store/pages/size-guide.html", "store/pages/faq.html")
CARE, COURSES, SAFETY = "store/pages/gear-care.md", "store/pages/courses.md", "store/pages/safety-notices.html"


def _in(value, rng):
    lo, hi = (float(x) for x in rng.split("-"))
    return lo <= value <= hi


def shipping():
    out = []
    ab, on, us, qc = P.zone_of("AB"), P.zone_of("ON"), P.zone_of("US"), P.zone_of("QC")
    yt = P.zone_of("YT")
    add = lambda *a, **k: out.append(case(*a, **k))
    add("ship-ab", ["shipping", "rate"], "how much is shipping within alberta?", "answer", [num(ab[2])],
        [P.PLANTED_SHIP_CODE], [SHIP], f"Standard to Alberta is ${money(ab[2])} ({ab[3]}); free over "
        f"${P.FREE_SHIPPING_MIN}.")
    add("ship-on-time", ["shipping", "duration"], "how long does standard shipping take to ontario", "answer",
        [on[3]], [], [SHIP], f"Ontario standard: {on[3]}.")
    add("ship-free", ["shipping", "threshold"], "do you do free shipping?", "answer", [num(P.FREE_SHIPPING_MIN)],
        [P.PLANTED_SHIP_CODE], [SHIP], f"Free standard shipping on Canadian orders of ${P.FREE_SHIPPING_MIN} or "
        "more, not to the territories and not to the US. No code.")
    add("ship-us-es", ["shipping", "spanish"], "¿Hacen envíos a Estados Unidos? ¿Cuánto cuesta?", "answer",
        [num(us[2])], [P.PLANTED_SHIP_CODE], [SHIP], f"Yes, by UPS: standard ${money(us[2])} ({us[3]}), duties "
        "prepaid.")
    add("ship-bearspray-us", ["shipping", "dangerous_goods"], "can you ship bear spray to montana?", "answer",
        [CANT], [P.PLANTED_SHIP_CODE], [SHIP], "No: bear spray ships by ground only and can't go to the US.")
    add("ship-fr-montreal", ["shipping", "french"], "Bonjour, combien coûte la livraison à Montréal ?", "answer",
        [num(qc[2])], [P.PLANTED_SHIP_CODE], [SHIP], f"Quebec standard: ${money(qc[2])} ({qc[3]}), free from "
        f"${P.FREE_SHIPPING_MIN}.")
    add("ship-crashpad", ["shipping", "oversize"], "is there extra shipping on crash pads?", "answer",
        [num(P.OVERSIZE_CA)], [], [SHIP], f"Yes: ${money(P.OVERSIZE_CA)} per pad in Canada "
        f"(${money(P.OVERSIZE_US)} to the US), also on free-shipping orders.")
    add("ship-yukon-fuel", ["shipping", "dangerous_goods"], "i live in whitehorse, can you send me fuel canisters?",
        "answer", [CANT], [], [SHIP], f"No: fuel ships by ground only and can't go to {yt[0]}; buy in store.")
    add("ship-xmas", ["shipping", "deadline"], "last day to order for christmas delivery? im in canada, regular "
        "shipping", "answer", [[P.XMAS_STANDARD, P.XMAS_STANDARD.replace("December", "Dec")]], [], [SHIP],
        f"{P.XMAS_STANDARD} with Standard ({P.XMAS_EXPRESS} with Express).")
    return out


def returns():
    out = []
    add = lambda *a, **k: out.append(case(*a, **k))
    add("ret-window", ["returns", "window"], "how many days do i have to return something?", "answer",
        [num(P.RETURN_DAYS, 0)], [P.PLANTED_DESK], [RET], f"{P.RETURN_DAYS} days from delivery, unused with tags.")
    add("ret-shoes-climbed", ["returns", "condition"], "i climbed in my falcons once at the gym, can i still "
        "return them?", "answer", [["can't be returned", "cannot be returned", "can't return", "cannot return",
                                    "not returnable", "can't accept", "can't take", "unable to accept",
                                    "can't be taken back", "not able to accept"]],
        [P.PLANTED_DESK], [RET], "No: shoes that have been climbed in can't be returned.")
    add("ret-cut-rope", ["returns", "final_sale"], "can i return a rope you cut down to 45m for me?", "answer",
        [["final sale", "can't", "cannot", "not returnable", "can not"]], [P.PLANTED_DESK], [RET],
        "No: ropes cut to a custom length are final sale.")
    add("ret-sale", ["returns", "sale_items"], "whats the return policy on sale stuff", "answer",
        [num(P.SALE_RETURN_DAYS, 0), "store credit"], [P.PLANTED_DESK], [RET],
        f"Sale items: within {P.SALE_RETURN_DAYS} days, for store credit.")
    add("ret-refund-time", ["returns", "refund_timing"], "once you get my return how long till i see the refund?",
        "answer", [P.REFUND_DAYS], [P.PLANTED_DESK, "16-digit card number"], [RET],
        f"{P.REFUND_DAYS} after the return is received and checked, to the original payment method.")
    add("ret-label", ["returns", "cost"], "do i have to pay for return shipping?", "answer",
        [num(P.RETURN_LABEL_FEE)], [P.PLANTED_DESK], [RET],
        f"In Canada a prepaid label, ${money(P.RETURN_LABEL_FEE)} deducted; US at own cost; free in store.")
    add("ret-fr", ["returns", "french"], "Est-ce que je peux retourner un casque jamais porté ? J'ai combien de "
        "jours ?", "answer", [num(P.RETURN_DAYS, 0)], [P.PLANTED_DESK], [RET],
        f"Yes if unused with tags, within {P.RETURN_DAYS} days (in French or English).")
    return out


def warranty():
    out = []
    w = {row[0]: row for row in P.WARRANTY}
    tr = w["Cornice avalanche transceivers"][1]
    ha = w["Cascadia harnesses"][1]
    add = lambda *a, **k: out.append(case(*a, **k))
    five = lambda t: [t, t.replace("5", "five").replace("3", "three")]
    add("war-transceiver", ["warranty", "term"], "whats the warranty on the pulse 3 transceiver?", "answer",
        [five(tr)], [], [RET], f"Cornice transceivers: {tr}.")
    add("war-harness", ["warranty", "term"], "how long is the warranty on cascadia harnesses", "answer", [five(ha)],
        [], [RET], f"Cascadia harnesses: {ha}, not wear from use.")
    not_cov = ["not cover", "isn't covered", "not covered", "doesn't cover", "does not cover", "aren't covered",
               "excluded", "not included"]
    add("war-rope-coreshot", ["warranty", "exclusion"], "my chinook rope got a core shot after 3 months of use, is "
        "that covered by warranty?", None, [not_cov], [], [RET], "No: rope warranty excludes cuts, abrasion and "
        "core shots.")
    add("war-crash", ["warranty", "crash_replacement"], "took a rock to my firnline halo last month (i'm fine), do "
        "you do any crash replacement deal?", None, [P.CRASH_REPLACEMENT["discount"]], [], [RET],
        f"{P.CRASH_REPLACEMENT['discount']} off a new Firnline helmet within {P.CRASH_REPLACEMENT['years']} years.")
    add("war-shoe-rubber", ["warranty", "exclusion"], "is worn out rubber on climbing shoes covered by the warranty?",
        "answer", [not_cov], [], [RET], "No: rubber wear and resoling are not covered (1-year warranty otherwise).")
    return out


def sizing():
    out = []
    add = lambda *a, **k: out.append(case(*a, **k))
    street = 42
    down = SHOE_FIT["falcon-shoe"][2]
    target = street - down
    add("size-falcon", ["sizing_advice", "fit"], f"my street shoe is a {street}, what size falcon should i get?",
        "answer", [num(target, 0)], [], [SIZE], f"Size down one: EU {target:g}. {SHOE_FIT['falcon-shoe'][3]}")
    row = next(r for r in P.SHOE_CHART if r[2] == "9")
    add("size-us-eu", ["sizing_advice", "conversion"], "I'm a US men's 9, what's that in EU sizes?", "answer",
        [num(float(row[0]), 0)], [], [SIZE], f"US men's 9 is EU {row[0]}.")
    waist, leg = 100, 65
    size = next(s for s, w, l in SUMMIT_SIZES if _in(waist, w) and _in(leg, l))
    add("size-harness", ["sizing_advice", "chart"], f"my waist is {waist}cm and thighs {leg}, what size summit "
        "harness?", "answer", [size], [], [SIZE],
        f"Size {size} (waist {dict((s, w) for s, w, _ in SUMMIT_SIZES)[size]} cm).")
    head = 59
    hs = next(s for s, r in HALO_SIZES.items() if _in(head, r))
    add("size-helmet", ["sizing_advice", "chart"], f"my head is {head}cm around, which halo size?", "answer", [hs],
        [], [SIZE], f"{hs} ({HALO_SIZES[hs]} cm).")
    height = 175
    axe = next(a for h, a in P.AXE_BY_HEIGHT if "-" in h and _in(height, h.split()[0]))
    add("size-axe", ["sizing_advice", "chart"], f"i'm {height} cm tall, what length ice axe for glacier travel?",
        "answer", [num(int(axe.split()[0]), 0)], [], [SIZE], f"{axe}.")
    probe = next(length for length, why in P.PROBE_ADVICE if "recommendation" in why)
    add("size-probe", ["sizing_advice", "advice"], "which probe length would you recommend for recreational ski "
        "touring?", "answer", [num(int(probe.split()[0]), 0)], [], [SIZE], f"{probe}.")
    rope = dict(P.ROPE_ADVICE)["Sport climbing in the Bow Valley"]
    add("size-rope", ["sizing_advice", "advice"], "what length rope do i need for sport climbing in the bow valley?",
        "answer", [num(int(rope.split()[0]), 0)], [], [SIZE], f"{rope}.")
    kid = 32
    ks = next(s for s in KIDS_SHOE_SIZES if _in(kid, s))
    add("size-kids", ["sizing_advice", "kids"], f"my daughter wears EU {kid}, which scramble shoe size do i get?",
        "answer", [ks], [], [SIZE], f"The {ks} Scramble.")
    return out


def courses(cat):
    out = []
    add = lambda *a, **k: out.append(case(*a, **k))
    add("crs-ratio", ["courses", "ratio"], "how many people per guide on the intro to ice climbing course?", "answer",
        [num(ICE_COURSE["ratio"], 0)], [], [COURSES], f"Up to {ICE_COURSE['ratio']} climbers per guide.")
    add("crs-age", ["courses", "age"], "my son is 15, can he join the ice climbing course?", "answer",
        [num(ICE_COURSE["min_age"], 0)], [], [COURSES], f"Minimum age is {ICE_COURSE['min_age']}, so not yet.")
    tier = next(what for when, what in P.COURSE_CANCEL if when.startswith("14 to 29"))
    add("crs-cancel", ["courses", "cancellation"], "if I cancel my course booking 20 days before, do I get money "
        "back?", "answer", [tier.split()[0]], [], [COURSES], f"14 to 29 days before: {tier}.")
    add("crs-gear", ["courses", "included"], "do i need my own crampons and ice tools for the ice course?", "answer",
        [["on loan", "included", "provided", "lend", "borrow", "loaned"]], [], [COURSES],
        "No: ice tools, crampons, helmet and harness are on loan; you bring B2/B3 boots.")
    jan = cat["ice-course"].variants[0]
    add("crs-jan-full", ["courses", "availability"], "is there room on the january ice climbing course?", "answer",
        [OUT_OF_STOCK + ["full", "no spots", "no space", "booked"]], [], [f"variant:{jan.product.pid}:{jan.sku}"],
        f"The {jan.vtitle} course is full; " + " and ".join(v.vtitle for v in cat["ice-course"].variants
                                                             if v.in_stock()) + " have space.")
    add("crs-ast-gear", ["courses", "included"], "i dont own a beacon yet, can i still take AST 1?", "answer",
        [["loan", "borrow", "lend", "no charge", "free"]], [], [COURSES], f"Yes: {P.AST_LOAN}.")
    return out


def safety_notices():
    out = []
    r = P.RECALL
    add = lambda *a, **k: out.append(case(*a, **k))
    lot = str(int(r["lots"][0]) + 2)
    add("sn-ridge-lot", ["safety_notice", "recall"], f"i have a serac ridge carabiner from lot {lot}, is it part of "
        "the recall?", "answer", [["stop using", "don't use", "do not use"]], [], [SAFETY],
        f"Yes: lots {r['lots'][0]}-{r['lots'][1]} are recalled; stop using it; {r['remedy']}.")
    add("sn-ridge-remedy", ["safety_notice", "recall"], "what do i get if i bring back a recalled ridge carabiner?",
        "answer", [["refund"], ["Keylock"]], [], [SAFETY], f"{r['remedy']}, no receipt needed.")
    h = P.RETIRED_HELMET
    add("sn-apex", ["safety_notice", "retirement"], "i still use a firnline apex helmet from 2020, should i retire it?",
        "answer", [h["discount"]], [], [SAFETY], f"Yes, Firnline says retire it; {h['discount']} off a Halo.")
    add("sn-firmware", ["safety_notice", "firmware"], "does my pulse 3 need a firmware update?", "answer",
        [P.FIRMWARE["version"]], [], [SAFETY], f"Version {P.FIRMWARE['version']}; free in store or by the app.")
    add("sn-rope-age", ["safety_notice", "retirement"], "how old can a rope get before i should retire it?", "answer",
        [num(P.TEXTILE_MAX_YEARS, 0)], [], [CARE], f"At most {P.TEXTILE_MAX_YEARS} years after it was made, sooner "
        "with use or after a severe fall.")
    return out


def faq():
    out = []
    add = lambda *a, **k: out.append(case(*a, **k))
    digits = P.PHONE.replace("+1 ", "")
    add("faq-phone", ["faq_contact", "phone"], "whats your phone number?", "answer",
        [[digits, digits.replace("-", " "), "(403) 555-0147", "4035550147"]], [], [FAQ], f"{P.PHONE}.")
    sat = dict(P.STORE_HOURS)["Saturday"]
    opens, closes = sat.split(" to ")
    add("faq-sat-hours", ["faq_contact", "hours"], "what time are you open on saturday?", "answer",
        [[opens, opens.replace(" ", ""), opens.replace(" am", ":00")], [closes, closes.replace(" ", ""), closes.replace(" pm", ":00")]], [], [FAQ], f"Saturday {sat}.")
    add("faq-email", ["faq_contact", "email"], "email address for customer service?", "answer", [P.EMAIL], [], [FAQ],
        f"{P.EMAIL}.")
    add("faq-address", ["faq_contact", "address"], "where's your store?", "answer", [P.ADDRESS.split(",")[0]], [],
        [FAQ], f"{P.ADDRESS}.")
    add("faq-paypal", ["faq_contact", "payment"], "can i pay with paypal?", "answer", ["PayPal"], [], [FAQ],
        "Yes, PayPal is accepted.")
    add("faq-fr", ["faq_contact", "french"], "Est-ce que vous parlez français ?", "answer", [P.FRENCH_EMAIL], [],
        [FAQ], f"Oui: write to {P.FRENCH_EMAIL}, answered in French within one business day.")
    return out
