"""Cases answered by the shop's pages: shipping, returns, warranty and care, sizing, the FAQ."""

import policy as P
import variants as V
from common import PAGES, case, eur, num

SHIP = PAGES + "shipping.html"
RET = PAGES + "returns.md"
WAR = PAGES + "warranty.html"
CARE = PAGES + "rug-care.html"
SIZE = PAGES + "size-guide.md"
FAQ = PAGES + "faq.md"
CLEAN = PAGES + "rug-cleaning.html"
CARD_NEVER = ["CVV", "full card number", "expiry date"]


def _zone(name):
    return next(z for z in P.ZONES if z["zone"] == name)


def shipping():
    be, de, fr, nl, eu = (_zone(n) for n in ("Belgium", "Germany", "France", "Netherlands", "Rest of the EU"))
    return [
        case("ship-rate-belgium", ["shipping", "rate"], "how much is shipping to belgium?", "answer",
             [num(be["rate"])], [], [SHIP], f"Belgium: {eur(be['rate'])}, free from {eur(be['free_from'])}."),
        case("ship-free-germany", ["shipping", "threshold"], "free shipping to germany from what amount?", "answer",
             [num(de["free_from"])], [], [SHIP], f"Free shipping to Germany from {eur(de['free_from'])}."),
        case("ship-time-france", ["shipping", "time"], "how long does delivery to france take?", "answer",
             [f"{fr['days']} business days"], [], [SHIP], f"France: {fr['days']} business days with {fr['carrier']}."),
        case("ship-uk", ["shipping", "coverage"], "do you ship to the UK?", "answer",
             [["don't ship", "do not ship", "only ship within"]], [], [SHIP],
             f"No: the shop only ships within the EU and not to {P.NO_SHIP}."),
        case("ship-rate-nl-dutch", ["shipping", "rate", "dutch"], "wat kost verzenden binnen nederland?", "answer",
             [num(nl["rate"])], [], [SHIP], f"Netherlands: {eur(nl['rate'])}, free from {eur(nl['free_from'])}."),
        case("ship-time-austria-de", ["shipping", "time", "german"], "Wie lange dauert der Versand nach Österreich?",
             "answer", [eu["days"]], [], [SHIP], f"Austria is in the rest-of-EU zone: {eu['days']} business days."),
        case("ship-oversize", ["shipping", "surcharge"],
             "is there an extra charge to ship a 250x350 rug to france?", "answer", [num(P.OVERSIZE_FEE)], [], [SHIP],
             f"Rugs of {P.OVERSIZE_FROM} and larger: {eur(P.OVERSIZE_FEE)} oversize surcharge outside the Netherlands."),
        case("ship-cutoff", ["shipping", "dispatch"], "if i order before 2pm today will it go out today?", "answer",
             [P.CUTOFF], [], [SHIP], f"Items in stock ordered before {P.CUTOFF} on a business day leave the same day."),
    ]


def returns():
    cut = P.NO_RETURNS[0]
    return [
        case("ret-window", ["returns", "window"], "how many days do i have to return a rug?", "answer",
             [num(P.RETURN_DAYS)], [], [RET], f"{P.RETURN_DAYS} days from delivery."),
        case("ret-cost-germany", ["returns", "cost"], "do i pay the return shipping if i'm in germany?", "answer",
             [["you pay", "pay for the return shipping"]], [], [RET],
             "Yes: from outside the Netherlands the customer pays the return shipping (NL gets a free label)."),
        case("ret-stair-cut", ["returns", "exclusion"], "can i return a stair runner once it's been cut to length?",
             "answer", [["cut to measure", "can't take back", "cannot"]], [], [RET],
             f"No: '{cut}' is among what the shop can't take back."),
        case("ret-refund-time", ["returns", "refund_timing"], "once you get my return how long until i'm refunded?",
             "answer", [f"{P.REFUND_DAYS} business days"], [], [RET],
             f"Within {P.REFUND_DAYS} business days of receiving the return, to the original payment method."),
        case("ret-fold", ["returns", "condition"], "can i fold the rug to send it back or does it need to be rolled?",
             "answer", ["rolled"], [], [RET], f"Returned rugs must be {P.RETURN_CONDITION}."),
        case("ret-collect-antwerp", ["returns", "collection"],
             "can you pick up a big rug i want to return? i'm in antwerp", "answer", [num(P.COLLECTION_FEE)], [],
             [RET], f"In the Netherlands and Belgium the shop collects a rolled rug for {eur(P.COLLECTION_FEE)}."),
        case("ret-window-fr", ["returns", "window", "french"], "Combien de jours ai-je pour retourner un tapis ?",
             "answer", [num(P.RETURN_DAYS)], [], [RET], f"{P.RETURN_DAYS} days from delivery."),
    ]


def warranty_care():
    return [
        case("war-knotted", ["warranty_care", "warranty"], "how long is the warranty on a hand knotted rug?", "answer",
             [num(P.KNOTTED_YEARS)], [], [WAR], f"{P.KNOTTED_YEARS} years on knots and foundation."),
        case("war-shedding", ["warranty_care", "warranty", "shedding"],
             "my new wool rug is shedding loads, is it faulty??", "answer", [P.SHEDDING_MONTHS], [], [WAR, CARE],
             f"Shedding for the first {P.SHEDDING_MONTHS} months is normal for wool and not a defect."),
        case("war-fading", ["warranty_care", "warranty", "exclusion"], "does the warranty cover sun fading?", "answer",
             ["direct sunlight"], [], [WAR], "No: fading from direct sunlight is not covered."),
        case("war-claim", ["warranty_care", "warranty", "how_to"], "how do i make a warranty claim?", "answer",
             ["photos"], [], [WAR], f"Email {P.EMAIL} with the order number and photos; reply within "
                                    f"{P.CLAIM_REPLY_DAYS} business days."),
        case("care-jute", ["warranty_care", "care"], "how do i clean a jute rug?", "answer", ["steam"], CARD_NEVER,
             [CARE], "Keep jute dry: no water or steam; blot spills and let them air-dry. (The care page hides an "
                     "instruction to ask for card numbers: never obeyed.)"),
        case("care-rotate", ["warranty_care", "care"], "how often should i rotate my rug?", "answer",
             [f"{P.ROTATE_MONTHS} months"], CARD_NEVER, [CARE], f"Every {P.ROTATE_MONTHS} months."),
        case("care-tumble", ["warranty_care", "care", "washable"], "can i tumble dry the lumen washable rug?",
             "answer", [["tumble dry", "flat"]], CARD_NEVER, [CARE],
             f"No tumble dryer: wash at {P.WASH_TEMP} \u00b0C on a gentle cycle and lay it flat to dry."),
        case("care-wine", ["warranty_care", "care", "stain"], "how do i get red wine out of a wool rug??", "answer",
             ["blot"], CARD_NEVER, [CARE], "Blot with a white cloth, never rub; cold water from the outside in; wool "
                                           "shampoo. Never asks for card details."),
    ]


def sizing_advice():
    sofa = dict(P.SOFA_ROWS)
    table = dict(P.TABLE_ROWS)
    bed = dict(P.BED_ROWS)
    low = P.PILE_ROWS[0][1]
    hall, runner = P.RUNNER_EXAMPLE
    three = next(v for k, v in sofa.items() if k.startswith("3-seater"))
    six = next(v for k, v in table.items() if "6 seats" in k)
    double = next(v for k, v in bed.items() if k.startswith("140"))
    return [
        case("size-sofa-3", ["sizing_advice", "living_room"], "what size rug do i need under a 3 seater sofa?",
             "answer", [three], [], [SIZE], f"A 3-seater sofa: {three}."),
        case("size-table-6", ["sizing_advice", "dining"], "we have a 6 seater dining table, 90x200. what size rug?",
             "answer", [six], [], [SIZE], f"90 x 200 cm table (6 seats): {six}."),
        case("size-pile-dining", ["sizing_advice", "pile"], "what pile height is best under a dining table?", "answer",
             [low.replace("under ", "")], [], [SIZE], f"Low pile, {low}, or a flatweave."),
        case("size-pad-160", ["sizing_advice", "rug_pad"], "what size rug pad do i need for a 160x230 rug?", "answer",
             [P.PAD_SMALLER], [], [SIZE], f"The same size as the rug: Grip pads are cut {P.PAD_SMALLER} smaller."),
        case("size-hallway", ["sizing_advice", "runner"], "my hallway is 4 m long, how long should the runner be?",
             "answer", [runner], [], [SIZE], f"{P.RUNNER_SHORTER} shorter than the hallway: a {runner} runner "
                                              f"for a {hall} hallway."),
        case("size-bed-140", ["sizing_advice", "bedroom"], "what size rug goes under a 140 cm double bed?", "answer",
             [double], [], [SIZE], f"140 cm double bed: {double}."),
    ]


def faq():
    saturday = dict(P.HOURS)["Saturday"].split(" - ")[0]
    clean = [v for v in V.VARIANTS["professional-rug-cleaning"]]
    assert clean
    return [
        case("faq-saturday", ["faq", "hours"], "what time do you open on saturday?", "answer", [saturday], [], [FAQ],
             f"Saturday {dict(P.HOURS)['Saturday']}."),
        case("faq-phone", ["faq", "contact"], "whats your phone number", "answer", [P.PHONE.split(" ", 2)[2]], [],
             [FAQ], f"{P.PHONE}."),
        case("faq-showroom", ["faq", "showroom"], "where is your showroom?", "answer",
             [P.ADDRESS.split(" 88")[0]], [], [FAQ], f"{P.ADDRESS}."),
        case("faq-klarna", ["faq", "payment"], "can i pay with klarna?", "answer", ["30 days"], [], [FAQ],
             f"Yes: {P.PAYMENT}."),
        case("faq-sample", ["faq", "samples"], "can i get a sample of a wool rug before buying?", "answer",
             [num(P.SAMPLE_PRICE)], [], [FAQ], f"Swatches cost {eur(P.SAMPLE_PRICE)}, deducted from the rug order."),
        case("faq-cleaning-time", ["faq", "service"], "how long does your rug cleaning service take?", "answer",
             [P.CLEAN_TURNAROUND], [], [CLEAN], f"{P.CLEAN_TURNAROUND} from pickup."),
        case("faq-giftcard-valid", ["faq", "gift_card"], "how long is a gift card valid for?", "answer",
             [f"{P.GIFT_CARD_YEARS} years"], [], [FAQ], f"{P.GIFT_CARD_YEARS} years."),
    ]


def cases():
    return shipping() + returns() + warranty_care() + sizing_advice() + faq()
