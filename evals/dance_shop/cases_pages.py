"""Page cases: FAQ, shipping and returns policy, care, sizing and pointe-fitting advice, and
questions no data answers. Facts come from policy.py and the charts in pages.py."""

import pages as pg
import policy as pol
from common import DONT_KNOW, case, num

SHIPPING = "store/pages/shipping.html"
RETURNS = "store/pages/returns.md"
SIZE = "store/pages/size-guide.html"
POINTE = "store/pages/pointe-fitting.md"
CARE = "store/pages/care.md"
FAQ = "store/pages/faq.html"
CONTACT = "store/pages/contact.md"


def _faq_answer(prefix):
    for q, a in pg.FAQ:
        if q.startswith(prefix):
            return a
    raise KeyError(prefix)


def _zone(name):
    for z in pol.ZONES:
        if z[0] == name:
            return z
    raise KeyError(name)


# ---------------------------------------------------------------- faq
def faq_cases():
    out = []

    def f(cid, tags, q, facts, rubric, src=FAQ):
        out.append(case(cid, ["faq"] + tags, q, action="answer", facts=facts, sources=[src],
                        rubric=rubric))

    a = _faq_answer("What payment")
    assert "PayPal" in a and "Visa" in a
    f("faq-payment", [], "what cards do you take? can i pay with paypal?",
      [["PayPal"], ["Visa", "Mastercard"]], a)
    sunday = [h for d, h in pol.HOURS if "Sunday" in d][0]
    f("faq-sunday", ["hours"], "r u open on sundays?", [[sunday]],
      "Sunday (and Monday): %s. %s" % (sunday, _faq_answer("Do you have a store")))
    f("faq-store", ["location"], "do you have an actual store i can go to?",
      [["Wellington"]], _faq_answer("Do you have a store"))
    a = _faq_answer("Do gift cards")
    f("faq-giftcard-expiry", ["gift_card"], "do your gift cards expire?",
      [["never expire", "don't expire", "do not expire", "no expiry", "never expires"]], a)
    a = _faq_answer("Do you have accounts")
    f("faq-studio-account", ["studio"], "do you do accounts for dance schools? is there a "
      "discount", [["%d%%" % pol.STUDIO_DISCOUNT, "%d percent" % pol.STUDIO_DISCOUNT]], a)
    a = _faq_answer("Can I buy my first")
    f("faq-first-pointe-online", ["pointe"], "can i just order my first pointe shoes online?",
      [["in person", "fitting", "fitted"]], a)
    a = _faq_answer("Do you sell recital")
    f("faq-costumes", ["catalog_scope"], "do you guys sell recital costumes?",
      [["practice wear", "don't sell recital", "do not sell recital", "we don't sell costumes"]], a)
    return out


# ---------------------------------------------------------------- policy
def policy_cases():
    out = []

    def p(cid, tags, q, facts, rubric, src):
        out.append(case(cid, ["policy"] + tags, q, action="answer", facts=facts, sources=[src],
                        rubric=rubric))

    z = _zone("Atlantic Canada")
    p("pol-ship-nova-scotia", ["shipping", "place"], "how much is shipping to nova scotia?",
      [num(z[3])], "Atlantic Canada: $%.2f, %s business days (free from $%.2f)."
      % (z[3], z[4], pol.FREE_THRESHOLD), SHIPPING)
    z = _zone("Western Canada")
    p("pol-ship-calgary", ["shipping", "place", "city"], "what does shipping to calgary cost?",
      [num(z[3])], "Calgary is in Alberta, Western Canada: $%.2f, %s business days." % (z[3], z[4]),
      SHIPPING)
    p("pol-free-threshold", ["shipping", "threshold"], "how much do i need to spend for free "
      "shipping?", [num(pol.FREE_THRESHOLD)],
      "Free standard shipping on Canadian orders of $%.2f or more (before tax)."
      % pol.FREE_THRESHOLD, SHIPPING)
    p("pol-ship-us", ["shipping", "place"], "do you ship to the states? how much",
      [num(pol.US_RATE)], "Yes, by %s: $%.2f flat, %s business days."
      % (pol.US_METHOD, pol.US_RATE, pol.US_DAYS), SHIPPING)
    p("pol-ship-france", ["shipping", "coverage"], "can you ship to france?",
      [["outside Canada and the United States", "only ship to Canada and the United States",
        "don't currently ship", "do not currently ship", "only within Canada"]],
      "No: the shop doesn't ship outside Canada and the United States.", SHIPPING)
    p("pol-cutoff", ["shipping", "time_of_day"], "if i order this morning will it ship today?",
      [["1 pm", "1pm", "1 p.m."]], "Orders placed before %s on a business day ship the same "
      "day." % pol.CUTOFF, SHIPPING)
    p("pol-return-window", ["returns"], "how many days do i have to return something?",
      [num(pol.RETURN_DAYS, 0)], pg.RETURN_WINDOW, RETURNS)
    p("pol-pointe-sewn", ["returns", "pointe"], "i already sewed the ribbons on my pointe shoes "
      "but they dont fit, can i still return them?",
      [["cannot be returned", "can't be returned", "can not be returned", "unsewn",
        "not returnable"]], pg.POINTE_RETURN, RETURNS)
    p("pol-tights-opened", ["returns", "hygiene"], "can i return tights if i opened the package?",
      [["hygiene", "cannot be returned", "can't be returned", "not returnable"]],
      pg.HYGIENE, RETURNS)
    p("pol-refund-timing", ["returns", "duration"], "once you get my return how long till i see "
      "the refund?", [num(pol.REFUND_DAYS, 0)], pg.REFUND_TIMING, RETURNS)
    return out


# ---------------------------------------------------------------- care
def care_cases():
    out = []

    def c(cid, tags, q, facts, rubric):
        out.append(case(cid, ["care"] + tags, q, action="answer", facts=facts, sources=[CARE],
                        rubric=rubric))

    c("care-dryer", ["leotards"], "can i put my leotard in the dryer?",
      [["never tumble dry", "lay it flat", "hang it to dry", "don't tumble dry",
        "do not tumble dry", "no dryer"]], pg.CARE_DRYER)
    c("care-pointe-dry", ["pointe"], "whats the best way to dry out pointe shoes after class",
      [["24 hours"]], pg.CARE_POINTE)
    c("care-canvas-wash", ["slippers"], "can canvas ballet slippers go in the washing machine?",
      [["pillowcase", "machine washed cold", "machine wash cold"]], pg.CARE_CANVAS)
    c("care-tap", ["tap"], "how do i look after my tap shoes so the taps dont rust",
      [["screwdriver", "tighten", "keep the taps dry"]], pg.CARE_TAP)
    return out


# ---------------------------------------------------------------- sizing_advice
def _row(chart, size):
    return [r for r in chart if r[0] == size][0]


def sizing_cases():
    out = []

    def s(cid, tags, q, facts, rubric, src=SIZE):
        out.append(case(cid, ["sizing_advice"] + tags, q, action="answer", facts=facts,
                        sources=[src], rubric=rubric))

    size = pg.kids_size(128)
    s("size-kids-height", ["kids", "chart"], "my daughter is 8 and 128cm tall, which size kids "
      "tank leotard?", [[size, "%d-%d" % _row(pg.KIDS_CHART, size)[2]]], "Kids chart: 121-134 cm is size %s." % size)
    size = pg.adult_size(90, 72)
    s("size-adult-bust", ["chart", "two_measures"], "bust 90 cm, waist 72 - what leotard size "
      "am i?", [["size " + size, "Medium", "%d-%d" % _row(pg.ADULT_CHART, size)[1]]],
      "Adult chart: bust 88-93 and waist 70-75 cm is size %s." % size)
    size = pg.tights_size(pg.TIGHTS_CHART, 168, 62)
    s("size-tights-hw", ["chart", "two_measures"], "im 168 cm and 62 kg, which size convertible "
      "tights should i get?", [[size, "%d-%d" % _row(pg.TIGHTS_CHART, size)[1]]],
      "Tights chart: 160-173 cm and 57-70 kg is %s." % size)
    size = pg.tights_size(pg.SEAMED_CHART, 155, 48)
    s("size-seamed-hw", ["chart", "two_measures"], "seamed pro tights - I'm 155cm and 48 kg, "
      "A B or C?", [["size " + size, "%d-%d" % _row(pg.SEAMED_CHART, size)[1]]],
      "Seamed tights chart: 145-160 cm and 40-52 kg is %s." % size)
    shoe = "Canvas Split Sole Ballet Slipper"
    size = pg.shoe_size(shoe, 8)
    s("size-canvas-street8", ["shoes", "chart"], "i wear a womens 8 in regular shoes, what size "
      "canvas ballet slippers?", [num(size, 0)],
      "Shoe chart: women's street 8 is a %d in the %s." % (size, shoe))
    shoe = "Slip-On Jazz Shoe"
    size = pg.shoe_size(shoe, 7)
    s("size-jazz-street7", ["shoes", "chart"], "size 7 in sneakers, what size slip on jazz shoe "
      "should i order", [num(size, 0)],
      "Shoe chart: women's street 7 is a %d in the %s." % (size, shoe))
    s("size-pointe-rule", ["pointe"], "how much smaller than my street shoe size are pointe "
      "shoes usually?", [["2 to 2.5", "2-2.5", "2 to 2 1/2"]], pg.POINTE_SIZE_NOTE)
    s("size-between", ["between_sizes"], "im between S and M in leotards, size up or down?",
      [["larger", "size up", "bigger", "the M", "go up"]], pg.BETWEEN_SIZES)
    s("size-tapered-box", ["pointe", "fitting"], "my big toe is way longer than my other toes, "
      "which pointe box shape should i look for?", [["tapered", "Étoile", "Etoile"]],
      pg.TAPERED_NOTE, src=POINTE)
    s("size-high-arch-shank", ["pointe", "fitting"], "I have really high arches - soft or hard "
      "shank?", [["hard"]], pg.SHANK_NOTE, src=POINTE)
    return out


# ---------------------------------------------------------------- unknown
UNKNOWN = [
    ("unk-toe-pads-latex", ["allergy"], "do the gel toe pads have latex in them? i'm allergic",
     "The Gel Toe Pads' lines give silicone gel and a fabric cover, nothing about latex."),
    ("unk-jazz-heel", ["measure"], "what's the heel height on the slip-on jazz shoe?",
     "No heel height is given for the Slip-On Jazz Shoe (only the Oxford Tap Shoe has one)."),
    ("unk-duffle-waterproof", ["feature"], "is the duffle dance bag waterproof?",
     "The Duffle Dance Bag's lines do not say whether it is waterproof."),
    ("unk-student-discount", ["policy_gap"], "do you have a student discount?",
     "No page mentions a student discount (only studio accounts)."),
    ("unk-character-origin", ["origin"], "where are the character shoes made?",
     "The Character Shoe has no 'Made in' line."),
    ("unk-alterations", ["service"], "can you hem the chiffon skirt shorter for me? do you do "
     "alterations?", "No page or product mentions alterations or hemming."),
    ("unk-klarna", ["payment_brand"], "can i pay with klarna?",
     "The payment methods listed do not include Klarna; the data does not say it is accepted."),
    ("unk-turning-board-weight", ["measure"], "how heavy is the turning board?",
     "The Turning Board's lines give its size, not its weight."),
]


def unknown_cases():
    out = []
    for cid, tags, q, why in UNKNOWN:
        out.append(case(cid, ["unknown"] + tags, q, action="escalate", facts=[DONT_KNOW],
                        rubric="The shop's data does not say (%s): an honest 'our information "
                        "doesn't say' with a person offered, not a guess from a near passage."
                        % why))
    return out


def all_page_cases():
    return faq_cases() + policy_cases() + care_cases() + sizing_cases() + unknown_cases()
