"""Policy and help-page cases. Each expected fact is a phrase of policy.py that the page renders,
or a price the pages read from the catalog."""

from __future__ import annotations

import policy as P
from common import case, num, page, pkey

SHIPPING, RETURNS, WARRANTY = page("shipping.html"), page("returns.md"), page("warranty.md")
WATER, STRAPS, SERVICE = page("water-resistance.md"), page("strap-sizing.html"), page("battery-and-servicing.md")
ENGRAVING, FAQ = page("engraving.html"), page("faq.html")


def _range(text: str) -> list[str]:
    """'2-4 working days' may be written '2 to 4'."""
    first = text.split()[0]
    if "-" in first:
        a, b = first.split("-")
        return [first, f"{a} to {b}", f"{a}–{b}"]
    return [first]


def shipping(C) -> list[dict]:
    uk, eu, ie, ni = P.SHIP["uk"], P.SHIP["eu"], P.SHIP["ie_standard"], P.SHIP["ni"]
    return [
        case("ship-uk-cost-time", ["shipping", "two_questions"], "how much is delivery to the uk and how long does it take?",
             facts=[num(uk["price"]), _range(uk["days"])], sources=[SHIPPING],
             rubric=f"{uk['carrier']}, €{uk['price']:.2f}, {uk['days']}."),
        case("ship-uk-customs", ["shipping", "brexit"], "if i order from manchester will i get hit with customs charges?",
             facts=[P.UK_VAT_LIMIT], sources=[SHIPPING],
             rubric=f"Up to {P.UK_VAT_LIMIT} UK VAT is charged at checkout and nothing is due on delivery; over it, import VAT and duty are paid to {uk['carrier']}."),
        case("ship-germany", ["shipping", "eu"], "do you ship to germany? how much",
             facts=[num(eu["price"])], sources=[SHIPPING],
             rubric=f"Yes, {eu['carrier']} in {eu['days']} for €{eu['price']:.2f}, free over €{eu['free_over']:.0f}."),
        case("ship-free-ireland", ["shipping", "free_threshold"], "is shipping free in ireland?",
             facts=[num(ie["free_over"])], sources=[SHIPPING],
             rubric=f"Standard {ie['carrier']} delivery is free on orders over €{ie['free_over']:.0f}, otherwise €{ie['price']:.2f}."),
        case("ship-cr2032-france", ["shipping", "batteries"], "can you post CR2032 batteries to france?",
             facts=[["Ireland and Northern Ireland", "only be shipped"]], sources=[SHIPPING],
             rubric="No: spare CR2032 lithium cells ship only to Ireland and Northern Ireland."),
        case("ship-belfast-customs", ["shipping", "northern_ireland"], "shipping to belfast - will there be any customs or vat to pay?",
             facts=[["no customs", "no extra VAT"]], sources=[SHIPPING],
             rubric=f"No customs or extra VAT for Northern Ireland; {ni['carrier']}, {ni['days']}."),
        case("ship-lost-parcel-policy", ["shipping", "non_escalation"], "what happens if a parcel gets lost in the post?",
             facts=[["5 working days", "replacement or a full refund"]], escalate=False, sources=[SHIPPING],
             rubric="Explains the lost-parcel policy (claim with the courier, replacement or refund); a question, not an incident."),
    ]


def returns(C) -> list[dict]:
    return [
        case("ret-window", ["returns"], "how many days do i have to return a watch?", facts=[num(P.RETURN_DAYS, 0)],
             sources=[RETURNS], rubric=f"{P.RETURN_DAYS} days from delivery."),
        case("ret-film-removed", ["returns", "condition"], "I peeled the protective film off the back, can I still return it?",
             facts=[["can't be accepted", "cannot be accepted", "not be accepted", "intact"]], sources=[RETURNS],
             rubric="No refund once the protective film has been removed: it must be intact."),
        case("ret-engraved", ["returns", "engraving"], "can i return an engraved watch if i change my mind",
             facts=[["can't take back", "cannot be returned", "can't be returned", "not returnable", "non-returnable",
                     "unless they're faulty", "unless faulty"]], sources=[RETURNS],
             rubric="Engraved or personalised items can't be returned unless faulty."),
        case("ret-refund-time", ["returns", "refund_timing"], "once you get my return how long until i get my money back?",
             facts=[num(P.REFUND_DAYS, 0)], sources=[RETURNS],
             rubric=f"Within {P.REFUND_DAYS} working days of the return arriving, to the original payment method."),
        case("ret-postage-ireland", ["returns", "postage"], "do I have to pay for return postage? I'm in Cork",
             facts=[["prepaid", "free"]], sources=[RETURNS], rubric="Returns from Ireland are free with a prepaid An Post label."),
        case("ret-opened-battery", ["returns", "batteries"], "can I send back a battery pack I already opened?",
             facts=[["blister pack", "can't take back", "can't be returned", "cannot be returned"]], sources=[RETURNS],
             rubric="Batteries can't be returned once the blister pack is opened."),
        case("ret-uk-customs-form", ["returns", "brexit"], "returning something from london - what do i write on the customs form?",
             facts=["Returned goods"], sources=[RETURNS], rubric="Write \"Returned goods\" on the customs form."),
    ]


def warranty(C) -> list[dict]:
    years = P.WARRANTY_YEARS
    crown = P.WARRANTY_EXCLUSIONS[0]
    straps = P.WARRANTY_EXCLUSIONS[1]
    return [
        case("war-length", ["warranty"], "how long is the warranty on your watches?",
             facts=[[f"{years}-year", f"{years} years", "two years", "2 year", "24 months"]], sources=[WARRANTY],
             rubric=f"A {years}-year movement warranty from delivery."),
        case("war-crown-water", ["warranty", "water_damage"],
             "water got into my watch because i forgot to screw the crown down. is that covered?",
             facts=[["not screwed down", "not covered", "does not cover", "doesn't cover"]], sources=[WARRANTY],
             rubric=f"Not covered: '{crown}'."),
        case("war-strap", ["warranty", "exclusions"], "is the strap covered by the warranty?",
             facts=[[straps, "not cover", "not covered", "doesn't cover"]], sources=[WARRANTY],
             rubric="Straps, bracelets and buckles are not covered."),
        case("war-battery", ["warranty", "exclusions"], "my battery died after 8 months, is that under warranty?",
             facts=[["not cover", "not covered", "doesn't cover", "isn't covered", "excluded"]], sources=[WARRANTY],
             rubric="Batteries are not covered by the warranty (a battery change is a paid service)."),
        case("war-out-of-warranty", ["warranty", "repairs"], "do you repair watches that are out of warranty?",
             facts=[["free written quote", "quote"]], sources=[WARRANTY],
             rubric="Yes, with a free written quote before any work starts."),
    ]


def service_engraving(C) -> list[dict]:
    batt = C["battery-replacement-service"]
    instore = batt.variant("In-store (Drury Street)").price
    full = C["full-movement-service"]
    auto = full.variant("Automatic").price
    eng = C["case-back-engraving"]
    two = eng.variant("2 lines").price
    return [
        case("svc-battery-instore", ["service_engraving", "battery"], "how much to get a battery replaced in the shop? how long does it take",
             facts=[num(instore), [P.BATTERY_WAIT.replace("about ", ""), "20 min"]], sources=[SERVICE, pkey(batt)],
             rubric=f"€{instore:.2f} in the {P.SHOP_STREET} shop, while you wait ({P.BATTERY_WAIT})."),
        case("svc-full-automatic", ["service_engraving", "servicing"], "price for a full service on an automatic watch?",
             facts=[num(auto)], sources=[SERVICE, pkey(full)], rubric=f"€{auto:.2f} for an automatic movement."),
        case("svc-interval", ["service_engraving", "servicing"], "how often should i get my automatic serviced",
             facts=[[P.SERVICE_INTERVAL_AUTOMATIC, "5 years"]], sources=[SERVICE],
             rubric=f"{P.SERVICE_INTERVAL_AUTOMATIC}, or sooner if it gains or loses more than a minute a day."),
        case("eng-aran-exhibition", ["service_engraving", "engraving"], "can you engrave the back of the aran dress watch?",
             facts=[["exhibition", "see-through", "cannot be engraved", "can't engrave"]], sources=[ENGRAVING, pkey(C["aran-dress-watch"])],
             rubric="No: its exhibition (see-through) sapphire case back can't be engraved."),
        case("eng-characters", ["service_engraving", "engraving"], "how many characters can you fit in an engraving?",
             facts=[num(P.ENGRAVE_CHARS, 0)], sources=[ENGRAVING],
             rubric=f"Up to {P.ENGRAVE_LINES} lines of {P.ENGRAVE_CHARS} characters each."),
        case("eng-two-lines-price", ["service_engraving", "engraving"], "how much is engraving for 2 lines?",
             facts=[num(two)], sources=[ENGRAVING, pkey(eng)], rubric=f"€{two:.2f} for two lines."),
        case("eng-delay", ["service_engraving", "engraving"], "will engraving delay my order?",
             facts=[[f"{P.ENGRAVE_EXTRA_DAYS} working days", f"{P.ENGRAVE_EXTRA_DAYS} extra", "two working days"]], sources=[ENGRAVING],
             rubric=f"It adds {P.ENGRAVE_EXTRA_DAYS} working days before dispatch."),
    ]


def faq(C, collect_never) -> list[dict]:
    thursday = dict(P.HOURS)["Thursday"]
    return [
        case("faq-click-collect", ["faq", "click_collect"], "can I pick up my order in dublin instead of delivery?",
             facts=[P.SHOP_STREET], never=collect_never, sources=[FAQ, SHIPPING],
             rubric=f"Yes, free Click & Collect from {P.SHOP_ADDRESS}, usually ready within {P.COLLECT_READY}."),
        case("faq-student", ["faq", "discount"], "do you do a student discount?",
             facts=[num(P.STUDENT_PERCENT, 0), P.STUDENT_PARTNER], sources=[FAQ],
             rubric=f"{P.STUDENT_PERCENT}% off full-price items with {P.STUDENT_PARTNER}."),
        case("faq-klarna", ["faq", "payment"], "can i pay with klarna in instalments?",
             facts=[["3 interest-free", "Pay in 3", "3 instalments"]], sources=[FAQ],
             rubric=f"Yes, Klarna in 3 interest-free instalments on orders from €{P.KLARNA_MIN} to €{P.KLARNA_MAX:,}."),
        case("faq-thursday-hours", ["faq", "hours"], "what time do you close on thursday?",
             facts=[thursday.split(" to ")[1]], sources=[FAQ], rubric=f"Thursday: {thursday}."),
        case("faq-preowned", ["faq", "scope"], "do you sell second hand watches?",
             facts=[["only sell new", "pre-owned", "new watches"]], sources=[FAQ], rubric="No, only new watches; no trade-ins."),
        case("faq-phone", ["faq", "contact"], "whats your phone number?",
             facts=[[P.PHONE, P.PHONE.replace("+353 1 ", "01 "), "555 0142"]], sources=[FAQ],
             rubric=f"{P.PHONE}, Monday to Friday 10am to 5pm."),
        case("faq-price-match-question", ["faq", "price_match"], "do you price match?",
             facts=[["authorised Irish and EU retailers", "authorised"]], sources=[FAQ],
             rubric="Explains the price-match policy (authorised Irish and EU retailers, same watch, before ordering)."),
    ]


def table_lookup(C) -> list[dict]:
    w = {row[0]: row for row in P.WATER}
    sk = C["skellig-pilot-automatic"]
    aran = C["aran-dress-watch"]
    harbour = C["harbour-diver-200-automatic"]
    sk_lug = dict((c, lug) for c, lug, _ in sk.sizes)["44 mm"]
    aran_lug = dict((c, lug) for c, lug, _ in aran.sizes)["36 mm"]

    def wrist_row(cm: float):
        for rng_text, length, pieces in P.WRIST:
            lo, hi = (float(x) for x in rng_text.replace(" cm", "").split("-"))
            if lo < cm < hi:
                return length, pieces
        raise ValueError(cm)

    out = [
        case("tbl-3atm-shower", ["table_lookup", "water_resistance"], "can I shower with a 3 ATM watch?",
             facts=[[w["3 ATM"][2], w["3 ATM"][3], "Splashes"]], sources=[WATER],
             rubric=f"3 ATM: fine for {w['3 ATM'][2].lower()}; not for {w['3 ATM'][3].lower()}."),
        case("tbl-5atm-pool", ["table_lookup", "water_resistance"], "is 5 atm ok for swimming in a pool?",
             facts=[["light swimming", w["5 ATM"][2]]], sources=[WATER], rubric=f"5 ATM: {w['5 ATM'][2]}."),
        case("tbl-10atm-snorkel", ["table_lookup", "water_resistance"], "what does 10 ATM actually mean, can I snorkel with it?",
             facts=[w["10 ATM"][1], ["snorkelling", "snorkeling"]], sources=[WATER],
             rubric=f"Tested to {w['10 ATM'][1]}: {w['10 ATM'][2]}."),
        case("tbl-harbour-scuba", ["table_lookup", "water_resistance", "two_step"], "can i go scuba diving with the harbour diver?",
             facts=[harbour.spec["Water resistance"].split(" (")[0], ["scuba"]], sources=[WATER, pkey(harbour)],
             rubric=f"The Harbour Diver is {harbour.spec['Water resistance']}; 20 ATM is fine for {w['20 ATM'][2].lower()}."),
    ]
    for cid, text, cm in [("tbl-wrist-17-5", "my wrist is 17.5 cm, what strap length should I get?", 17.5),
                          ("tbl-wrist-20-5", "I have a 20.5cm wrist - regular or long strap?", 20.5)]:
        length, pieces = wrist_row(cm)
        out.append(case(cid, ["table_lookup", "strap_sizing"], text, facts=[length], sources=[STRAPS],
                        rubric=f"{length} ({pieces})."))
    out.append(case("tbl-lug-skellig-44", ["table_lookup", "lug_width"], "what lug width is the skellig pilot 44mm?",
                    facts=[sk_lug], sources=[STRAPS, pkey(sk)], rubric=f"{sk_lug}."))
    out.append(case("tbl-lug-aran-36", ["table_lookup", "lug_width"], "which strap width fits the aran 36mm?",
                    facts=[aran_lug], sources=[STRAPS, pkey(aran)], rubric=f"{aran_lug} straps."))
    return out


def build(C, collect_never) -> list[dict]:
    return shipping(C) + returns(C) + warranty(C) + service_engraving(C) + faq(C, collect_never) + table_lookup(C)
