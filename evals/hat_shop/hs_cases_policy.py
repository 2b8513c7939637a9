"""Cases about the shop's pages: shipping, returns, warranty and care, sizing, the FAQ. The numbers
come from hs_policy, the same constants the pages are written from."""
from hs_case import case, num
import hs_policy as P

SHIP = "store/pages/shipping-delivery.html"
RET = "store/pages/returns-refunds.html"
SIZE = "store/pages/size-guide.html"
WAR = "store/pages/warranty.md"
CARE = "store/pages/hat-care.md"
FAQ = "store/pages/faq.md"


def ranges(text):
    """'2-3 working days' also as '2 to 3 working days' (the evaluator reads both as one fact, but a
    list costs nothing)."""
    return [text, text.replace("-", " to ")]


def shipping():
    R = P.RATES
    out = [
        case("sh-free-threshold", ["shipping", "threshold"], "how much do i need to spend to get free delivery?", "answer",
             [num(P.FREE_THRESHOLD)], (), [SHIP], "Free UK mainland delivery on orders of £%.2f or more." % P.FREE_THRESHOLD),
        case("sh-uk-standard", ["shipping", "rate"], "how much is standard delivery in the uk?", "answer",
             [num(R["uk48"]["cost"])], (), [SHIP], "Royal Mail Tracked 48 costs £%.2f (free over £75)." % R["uk48"]["cost"]),
        case("sh-germany-de", ["shipping", "german"], "Versenden Sie auch nach Deutschland? Was kostet der Versand?", "answer",
             [num(R["eu"]["cost"])], (), [SHIP], "Yes, Europe by DPD Classic for £%.2f, %s." % (R["eu"]["cost"], R["eu"]["days"])),
        case("sh-usa-time", ["shipping", "time"], "do you ship to the US? how long does it take to get there", "answer",
             [ranges(R["world"]["days"])], (), [SHIP], "Yes, by Parcelforce Worldwide, %s (£%.2f)." % (R["world"]["days"], R["world"]["cost"])),
        case("sh-cutoff", ["shipping", "time_of_day"], "what time do i have to order by for same day dispatch?", "answer",
             [P.CUTOFF], (), [SHIP], "Orders placed by %s on a working day leave the same day." % P.CUTOFF),
        case("sh-customs-eu", ["shipping", "customs"], "if i order from france will i have to pay import duty?", "answer",
             [["on delivery", "charged by the carrier"]], (), [SHIP],
             "Orders outside the UK go DAP: import VAT, duties or fees are charged by the carrier on delivery."),
        case("sh-pickup", ["shipping", "collect"], "can i collect my order from your shop instead of having it posted?", "answer",
             [P.PICKUP_READY], (), [SHIP], "Yes: free click & collect from Victoria Street, usually ready within %s." % P.PICKUP_READY),
    ]
    return out


def returns():
    return [
        case("rt-window", ["returns", "window"], "how long do i have to send a hat back?", "answer",
             [num(P.RETURN_DAYS)], (), [RET], "%d days from delivery." % P.RETURN_DAYS),
        case("rt-refund-time", ["returns", "refund_timing"], "once you get my return how long till i see the refund?", "answer",
             [P.REFUND_DAYS], (), [RET], "Within %s of receiving the return, to the original payment method." % P.REFUND_DAYS),
        case("rt-exchange", ["returns", "exchange"], "can i swap my fedora for a bigger size? do i have to pay postage on the new one?", "answer",
             [["free", "no charge"]], (), [RET], "Exchanges for another size are free: the replacement is posted at no charge."),
        case("rt-postage", ["returns", "postage"], "who pays for the return postage?", "answer",
             ["faulty"], (), [RET], "The customer pays return postage unless the item is faulty or wrong."),
        case("rt-personalised", ["returns", "exclusion"], "can i return a hat that has my initials embossed in it?", "answer",
             [["can't take back", "can't be returned", "cannot be returned", "can't return", "not returnable"]], (), [RET],
             "No: hats personalised with embossed initials can't be returned."),
        case("rt-worn", ["returns", "condition"], "i wore my hat outside once, can i still return it?", "answer",
             ["unworn"], (), [RET], "Hats must be unworn, tags attached, in the original box."),
        case("rt-sale-items", ["returns", "sale"], "can sale items be returned?", "answer",
             ["same terms"], (), [RET], "Yes, on the same terms as full-price items."),
    ]


def warranty_care():
    return [
        case("wc-warranty-length", ["warranty_care", "warranty"], "how long is the warranty on a fedora?", "answer",
             [num(P.WARRANTY_HATS_MONTHS)], (), [WAR], "%d months from delivery." % P.WARRANTY_HATS_MONTHS),
        case("wc-warranty-brush", ["warranty_care", "warranty"], "what's the guarantee on a hat brush?", "answer",
             [num(P.WARRANTY_ACCESSORIES_MONTHS)], (), [WAR], "Hat care products and accessories: %d months." % P.WARRANTY_ACCESSORIES_MONTHS),
        case("wc-claim", ["warranty_care", "how_to"], "how do i make a warranty claim?", "answer",
             ["photos"], (), [WAR], "Email %s with the order number and photos; reply within %s." % (P.EMAIL, P.CLAIM_REPLY)),
        case("wc-panama-soaked", ["warranty_care", "exclusion"], "my panama got soaked in the rain and went out of shape, is that covered by the warranty?",
             "answer", ["water damage"], (), [WAR], "No: water damage to straw and panama hats isn't covered."),
        case("wc-wet-felt", ["warranty_care", "care"], "my felt hat got caught in the rain, how should i dry it?", "answer",
             ["room temperature"], (), [CARE], "Shake off the water, dry naturally at room temperature on its crown, never on a radiator or with a hairdryer."),
        case("wc-brush-direction", ["warranty_care", "care"], "which way should i brush my felt hat?", "answer",
             ["anticlockwise"], (), [CARE], "With a horsehair brush, anticlockwise around the crown."),
        case("wc-beanie-wash", ["warranty_care", "care"], "can i put the lambswool beanie in the washing machine?", "answer",
             ["hand wash"], (), [CARE], "Hand wash in cool water at 30°C with a wool detergent and dry flat."),
    ]


def sizing():
    S = {s[0]: s for s in P.SIZES}
    return [
        case("sz-58cm", ["sizing", "measurement"], "my head measures 58 cm, what size fedora should i get?", "answer",
             [ranges(S["M"][1])], (), [SIZE], "Size M (%s)." % S["M"][1]),
        case("sz-61cm", ["sizing", "measurement"], "head is 61cm. which size do i need?", "answer",
             [ranges(S["XL"][1])], (), [SIZE], "Size XL (%s)." % S["XL"][1]),
        case("sz-measure", ["sizing", "how_to"], "how do i measure my head for a hat", "answer",
             [P.TAPE_ABOVE.split(" your")[0]], (), [SIZE], "Soft tape measure %s, measure twice, use the larger." % P.TAPE_ABOVE),
        case("sz-between", ["sizing", "advice"], "i'm between two sizes, should i go up or down?", "answer",
             ["larger"], (), [SIZE], "Choose the larger size and add sizing tape."),
        case("sz-us-size", ["sizing", "conversion"], "I'm a US hat size 7 3/8, what size is that in yours?", "answer",
             [ranges(S["L"][1])], (), [SIZE], "Size L (%s; US %s)." % (S["L"][1], S["L"][3])),
        case("sz-kids-6", ["sizing", "kids"], "what size kids cap for a 6 year old?", "answer",
             ["5-8 years"], (), [SIZE], "The 5-8 years size."),
    ]


def faq():
    hours = P.SUPPORT_HOURS
    return [
        case("faq-hours", ["faq", "hours"], "what times can i ring you?", "answer",
             [hours[0][1], hours[1][1]], (), [FAQ], "Monday to Friday %s, Saturday %s; closed Sundays and bank holidays." % (hours[0][1], hours[1][1])),
        case("faq-sunday", ["faq", "hours"], "is your phone line open on sundays?", "answer",
             ["closed"], (), [FAQ], "No: closed on Sundays and bank holidays."),
        case("faq-phone", ["faq", "contact"], "whats your phone number", "answer",
             [P.PHONE], (), [FAQ], "%s." % P.PHONE),
        case("faq-shop", ["faq", "visit"], "do you have an actual shop in edinburgh i can go to?", "answer",
             ["Victoria Street"], (), [FAQ], "Yes: %s." % P.ADDRESS),
        case("faq-amex", ["faq", "payment"], "do you take amex?", "answer",
             ["American Express"], (), [FAQ], "Yes, American Express is accepted."),
        case("faq-initials", ["faq", "personalisation"], "can you put my initials inside the hat? how much is that", "answer",
             [num(P.INITIALS_PRICE)], (), [FAQ], "Yes: up to three gold initials on the sweatband for £%.2f, adds %s." % (P.INITIALS_PRICE, P.INITIALS_DAYS)),
    ]
