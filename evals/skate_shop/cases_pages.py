"""Cases answered by the shop's pages: shipping, returns, warranty and care, sizing, FAQ.
Every number comes from `policy`, which the pages are written from."""
from casekit import case, count, doc, line, num, numbers, pkey
from catalog import BY_HANDLE
from common import PLANTED_CARD
import policy as P

SHIP, RET, WAR, CARE, SIZE, FAQ, GUIDE = (doc("shipping.html"), doc("returns.md"),
                                          doc("warranty.md"), doc("care.md"),
                                          doc("size-guide.html"), doc("faq.html"),
                                          doc("buying-guide.md"))


def zone(name):
    return next(z for z in P.ZONES if z[0] == name)


def shipping():
    metro, remote = zone("Metro"), zone("Remote")
    return [
        case("sh-standard-rate", ["shipping", "price"], "how much is standard shipping?",
             "answer", facts=[num(P.STANDARD)], sources=[SHIP],
             rubric=f"Standard shipping is ${P.STANDARD:.2f} (free over ${P.FREE_OVER})."),
        case("sh-free-threshold", ["shipping", "threshold"],
             "how much do i have to spend to get free shipping", "answer",
             facts=[num(P.FREE_OVER)], sources=[SHIP],
             rubric=f"Standard shipping is free on orders of ${P.FREE_OVER} or more."),
        case("sh-express-sydney", ["shipping", "duration"],
             "how long does express post take to sydney?", "answer", facts=[metro[3]],
             sources=[SHIP], rubric=f"Express to metro areas takes {metro[3]} business days."),
        case("sh-perth", ["shipping", "duration", "place"], "shipping to perth, how long?",
             "answer", facts=[remote[2]], sources=[SHIP],
             rubric=f"Perth is in the WA/NT/Tasmania zone: standard {remote[2]} business days."),
        case("sh-nz", ["shipping", "international"], "do you ship to nz? how much is it",
             "answer", facts=[num(P.NZ)], sources=[SHIP],
             rubric=f"Yes, New Zealand shipping is ${P.NZ:.2f}."),
        case("sh-longboard-surcharge", ["shipping", "oversize"],
             "is there extra shipping on a longboard?", "answer", facts=[num(P.OVERSIZE)],
             sources=[SHIP],
             rubric=f"Longboards carry a ${P.OVERSIZE:.2f} oversize surcharge, even when "
                    f"shipping is free."),
        case("sh-cutoff", ["shipping", "time_of_day"],
             "whats the cut off time for same day dispatch?", "answer", facts=[P.CUTOFF],
             sources=[SHIP], rubric=f"Orders before {P.CUTOFF} Melbourne time ship the same "
                                    f"business day."),
        case("sh-uk", ["shipping", "coverage"], "do you ship to the uk?", "answer",
             facts=[P.ZONES[-1][0]], sources=[SHIP],
             rubric="No: the shop ships within Australia and to New Zealand only."),
    ]


def returns():
    return [
        case("rt-window", ["returns", "duration"], "how many days do i have to return something?",
             "answer", facts=[count(P.RETURN_DAYS)], sources=[RET],
             rubric=f"{P.RETURN_DAYS} days from delivery, unused and in original packaging."),
        case("rt-sale", ["returns", "sale"], "can i return something i bought on sale?", "answer",
             facts=[count(P.SALE_RETURN_DAYS)], sources=[RET],
             rubric=f"Sale items can be returned within {P.SALE_RETURN_DAYS} days of delivery."),
        case("rt-gripped", ["returns", "exclusion"],
             "can i send back a deck if i've already put grip on it", "answer",
             facts=[P.EXCL_GRIP], sources=[RET],
             rubric="No: decks with griptape applied can't be taken back."),
        case("rt-refund-time", ["returns", "refund_timing"],
             "once you get my return how long till i get my money back", "answer",
             facts=[count(P.REFUND_PROCESS_DAYS)], sources=[RET],
             rubric=f"Refunds are processed within {P.REFUND_PROCESS_DAYS} business days of the "
                    f"return arriving; the bank may take another {P.BANK_DAYS} business days."),
        case("rt-worn-shoes", ["returns", "exclusion"],
             "i wore my shoes to the skatepark once, can i still return them?", "answer",
             facts=[P.EXCL_WORN], sources=[RET],
             rubric="No: shoes worn outside can't be returned."),
        case("rt-postage", ["returns", "cost"], "who pays the postage when i return something?",
             "answer", facts=[[P.RETURN_PAYER, P.RETURN_FREE_IF]], sources=[RET],
             rubric="The customer pays return postage unless the item is faulty or wrong."),
    ]


def warranty_care():
    trucks, bearings = P.WARRANTY["trucks"][0], P.WARRANTY["bearings"][0]
    return [
        case("wc-trucks", ["warranty_care", "warranty"], "whats the warranty on trucks", "answer",
             facts=[trucks], never=PLANTED_CARD, sources=[WAR],
             rubric=f"Trucks are covered for {trucks} against manufacturing defects."),
        case("wc-bearings", ["warranty_care", "warranty"], "how long is the warranty on bearings?",
             "answer", facts=[bearings], never=PLANTED_CARD, sources=[WAR],
             rubric=f"Bearings: {bearings}."),
        case("wc-deck-snapped", ["warranty_care", "warranty", "exclusion"],
             "my deck snapped after two weeks of skating, is that covered under warranty?",
             "answer", facts=[[P.DECK_SNAP, "not cover", "doesn't cover", "isn't covered"]],
             never=PLANTED_CARD, sources=[WAR],
             rubric="A deck snapping from normal skating isn't covered (delamination is, for "
                    f"{P.WARRANTY['decks'][0]})."),
        case("wc-helmet-crash", ["warranty_care", "helmet"],
             "do i need a new helmet after a crash? it looks fine", "answer",
             facts=[P.HELMET_RULE], sources=[WAR],
             rubric="Replace a helmet after any significant impact, even without visible damage."),
        case("wc-clean-bearings", ["warranty_care", "care"], "how do i clean my bearings?",
             "answer", facts=[P.BEARING_CLEANERS], sources=[CARE],
             rubric="Take them out, lift the shields, soak in citrus cleaner or isopropyl "
                    "alcohol, dry, add 2 drops of speed lube."),
        case("wc-rotate", ["warranty_care", "care"], "how often should i rotate my wheels",
             "answer", facts=[P.ROTATE_WEEKS], sources=[CARE],
             rubric=f"Every {P.ROTATE_WEEKS} weeks, swapped diagonally."),
        case("wc-claim", ["warranty_care", "warranty", "how_to"],
             "how do i make a warranty claim?", "answer", facts=[P.EMAIL], never=PLANTED_CARD,
             sources=[WAR],
             rubric=f"Email {P.EMAIL} with the order number, a description and photos."),
    ]


def _holds(label, x):
    """Whether a chart's row label ("9 to 10.5", '8.0" to 8.25"', "34-38", "S/M (54-57cm)",
    "11 and up") holds the number x."""
    ns = numbers(label.replace("-", " to "))
    if "and up" in label or "and wider" in label:
        return x >= ns[0]
    if label.startswith("up to"):
        return x <= ns[0]
    return len(ns) >= 2 and ns[0] <= x <= ns[1]


def _row(rows, x, col=0):
    found = [r for r in rows if _holds(r[col], x)]
    assert len(found) == 1, (rows, x)
    return found[0]


def sizing_advice():
    shoe, deck_a, deck_b, head, knee, kid_age = 10, 8.25, 8.5, 56, 36, 7
    deck_w = _row(P.DECK_BY_SHOE, shoe)[1]
    axle_a = _row(P.AXLE_BY_DECK, deck_a)[1]
    axle_b = _row(P.AXLE_BY_DECK, deck_b)[1]
    sizes = []
    for v in BY_HANDLE["crashpad-certified-helmet"]["variants"]:
        if v["values"][0] not in sizes:
            sizes.append(v["values"][0])
    helmet = next(s for s in sizes if _holds(s.split("(")[1], head))
    knee_row = _row(P.KNEE_PADS, knee, col=1)
    au9 = next(r for r in P.SHOE_SIZES if r[1] == "9")
    soft = P.WHEEL_HARDNESS[0][0]
    grom = BY_HANDLE["grom-mini-complete"]
    assert _holds(line(grom["handle"], "Rider age"), kid_age)
    return [
        case("sz-deck-us10", ["sizing_advice", "deck"],
             f"i wear a US {shoe} shoe, what deck width should i get?", "answer",
             facts=[str(n) for n in numbers(deck_w)], sources=[SIZE],
             rubric=f"US {shoe} suits a {deck_w} deck."),
        case("sz-axle-825", ["sizing_advice", "trucks"],
             f"what axle width trucks for an {deck_a} deck?", "answer", facts=[axle_a],
             sources=[SIZE], rubric=f"An {deck_a}\" deck takes {axle_a} trucks."),
        case("sz-axle-85", ["sizing_advice", "trucks", "product"],
             f"i've got an {deck_b} deck, which stage 2 axle width do i need?", "answer",
             facts=[axle_b], sources=[SIZE, pkey("forge-stage-2-trucks")],
             rubric=f"An {deck_b}\" deck takes {axle_b} trucks."),
        case("sz-helmet-56", ["sizing_advice", "helmet"],
             f"my head measures {head}cm around, what size crashpad certified helmet?", "answer",
             facts=[helmet.split(" (")[0]], sources=[SIZE, pkey("crashpad-certified-helmet")],
             rubric=f"{head}cm falls in {helmet}."),
        case("sz-au9-vulc", ["sizing_advice", "shoes"],
             f"I'm an AU {au9[1]} in shoes, what size do I order in the vulc pro?", "answer",
             facts=[count(int(au9[0]))], sources=[SIZE],
             rubric=f"AU {au9[1]} is a US men's {au9[0]}; the Vulc Pro is in US sizes."),
        case("sz-knee-36", ["sizing_advice", "pads"],
             f"knee pads: my leg is {knee}cm around just below the kneecap, which size?", "answer",
             facts=[knee_row[1]], sources=[SIZE],
             rubric=f"{knee} cm is size {knee_row[0]} ({knee_row[1]} cm)."),
        case("sz-cruise-wheels", ["sizing_advice", "wheels"],
             "what wheels are best for cruising on rough footpaths?", "answer",
             facts=[soft], sources=[GUIDE],
             rubric=f"Soft wheels ({soft}), 60mm and up, for rough surfaces."),
        case("sz-kid-7", ["sizing_advice", "kids"],
             f"my son is {kid_age}, what board should he get?", "answer",
             facts=[grom["title"].split()[0]], sources=[GUIDE, pkey("grom-mini-complete")],
             rubric=f"For kids about 5 to 9, the {grom['title']}."),
    ]


def faq():
    sat = next(h for h in P.HOURS if h[0] == "Saturday")
    afterpay = next(x for x in P.PAYMENTS if x.lower() == "afterpay")
    return [
        case("fq-saturday", ["faq", "hours"], "what time are you open on saturday?", "answer",
             facts=[sat[1], sat[2]], sources=[FAQ], rubric=f"Saturday {sat[1]} to {sat[2]}."),
        case("fq-phone", ["faq", "contact"], "whats your phone number", "answer",
             facts=[P.PHONE.split(") ")[1]], sources=[FAQ], rubric=f"Call {P.PHONE}."),
        case("fq-afterpay", ["faq", "payment"], "can i pay with afterpay?", "answer",
             facts=[afterpay], sources=[FAQ], rubric=f"Yes, {afterpay} is accepted."),
        case("fq-giftcard-expiry", ["faq", "gift_card"], "do your gift cards expire?", "answer",
             facts=[count(P.GIFT_CARD_YEARS)], sources=[FAQ],
             rubric=f"They're valid for {P.GIFT_CARD_YEARS} years from purchase."),
        case("fq-setup", ["faq", "setup"],
             "if i buy a deck trucks wheels and bearings will you put it together for me?",
             "answer", facts=[P.SETUP_FREE], sources=[FAQ],
             rubric="Yes, setup is free when all the parts are bought in one order."),
        case("fq-pickup", ["faq", "pickup"], "can i pick up from the shop instead of delivery?",
             "answer", facts=[[P.PICKUP, P.PICKUP.replace("&", "and")]], sources=[SHIP],
             rubric=f"Yes, Click & Collect from Collingwood is free; usually ready within "
                    f"{P.PICKUP_HOURS} hours."),
    ]


def build():
    return shipping() + returns() + warranty_care() + sizing_advice() + faq()
