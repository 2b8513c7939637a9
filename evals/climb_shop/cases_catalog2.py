"""Catalog-wide cases: superlatives, comparisons, facts the shop doesn't give, products it doesn't sell."""
from casekit import DOESNT_SAY, NOT_SOLD, case, desc_value, grams, never_prices, num
from catalog import money, vsrc
import policy as P


def short(p):
    """The word a shopper names a product by: the model name after the brand."""
    words = p.title.split()
    return words[2] if words[:2] == ["Arête", "Works"] else words[1]


def _orderable(cat, ptype):
    return [v for p in cat.products if p.ptype == ptype for v in p.variants if v.orderable()]


def superlative(cat):
    out = []

    def cheapest(cid, tag2, text, ptype, most=False):
        vs = _orderable(cat, ptype)
        pick = (max if most else min)(vs, key=lambda v: v.now_price())
        closed = [v for p in cat.products if p.ptype == ptype for v in p.variants
                  if not v.orderable() and v.now_price() < pick.now_price() and not most]
        word = short(pick.product)
        out.append(case(cid, ["superlative", tag2], text, "answer", [word, num(pick.now_price())],
                        never_prices(*sorted({v.now_price() for v in closed})), [pick.product.src()],
                        f"Names the {pick.title()} at ${money(pick.now_price())}"
                        + (" (a discontinued, sold-out harness is cheaper but can't be bought)." if closed else ".")))

    cheapest("sup-cheapest-harness", "cheapest", "whats your cheapest harness?", "Climbing > Harnesses")
    cheapest("sup-priciest-rope", "most_expensive", "most expensive rope you've got?", "Climbing > Ropes", most=True)
    cheapest("sup-cheapest-belay", "cheapest", "cheapest belay device?", "Climbing > Belay Devices")
    cheapest("sup-cheapest-qd", "cheapest", "what's the cheapest quickdraw you sell", "Climbing > Quickdraws")
    axes = [v for v in _orderable(cat, "Ice & Snow > Ice Axes")]
    light = min(axes, key=lambda v: v.weight_g)
    out.append(case("sup-lightest-axe", ["superlative", "lightest"], "lightest ice axe you sell?", "answer",
                    ["Col", num(light.weight_g, 0)], (), [light.product.src()],
                    f"The {light.title()} at {light.weight_g} g."))
    harn = [p for p in cat.products if p.ptype == "Climbing > Harnesses" and any(v.orderable() for v in p.variants)]
    lh = min(harn, key=grams)
    out.append(case("sup-lightest-harness", ["superlative", "lightest"], "which harness is the lightest?", "answer",
                    [short(lh), num(grams(lh), 0)], (), [lh.src()],
                    f"The {lh.title}, {desc_value(lh, 'Weight')}."))
    return out


def comparison(cat):
    out = []
    bow, gym = cat["bow-rope"], cat["gym-rope"]
    light = min((bow, gym), key=grams)
    out.append(case("cmp-bow-gym-weight", ["comparison", "measure"],
                    "bow 9.8 or the gym 10.2 - which is lighter per metre?", "answer",
                    [short(light), num(grams(light), 0)], (), [bow.src(), gym.src()],
                    f"The {light.title} ({desc_value(light, 'Weight')}) vs "
                    f"{desc_value(gym if light is bow else bow, 'Weight')}."))
    halo, ascent = cat["halo-helmet"], cat["ascent-helmet"]
    lite = min((halo, ascent), key=grams)
    out.append(case("cmp-halo-ascent", ["comparison", "measure"], "halo vs ascent helmet, which one's lighter?",
                    "answer", [short(lite), num(grams(lite), 0)], (), [halo.src(), ascent.src()],
                    f"The {lite.title} ({desc_value(lite, 'Weight')}); the other is "
                    f"{desc_value(halo if lite is ascent else ascent, 'Weight')}."))
    pulse, scout = cat["pulse-transceiver"], cat["scout-transceiver"]
    rp = int(desc_value(pulse, "Maximum range").split()[0])
    rs = int(desc_value(scout, "Maximum range").split()[0])
    out.append(case("cmp-pulse-scout", ["comparison", "measure"], "pulse 3 or scout transceiver, which has more range?",
                    "answer", ["Pulse", num(rp, 0)], (), [pulse.src(), scout.src()],
                    f"The Pulse 3: {rp} m against the Scout's {rs} m (the Scout is out of stock)."))
    cam = cat["talon-cam"]
    c1, c2 = cam.by_title("1"), cam.by_title("2")
    out.append(case("cmp-cam-1-2", ["comparison", "price"], "talon cam #1 or #2, which is cheaper?", "answer",
                    [num(c1.price), num(c2.price)], (), [vsrc(c1), vsrc(c2)],
                    f"Size 1 is cheaper: ${money(c1.price)} against ${money(c2.price)} for size 2."))
    s, a = cat["summit-harness"].by_title("M"), cat["alpine-harness"].by_title("M")
    out.append(case("cmp-summit-alpine", ["comparison", "sale"],
                    "summit harness or the alpine light, which is cheaper right now?", "answer",
                    ["Summit", num(s.now_price()), num(a.now_price())], (), [vsrc(s), vsrc(a)],
                    f"The Summit at ${money(s.now_price())}; the Alpine Light is ${money(a.now_price())} on sale "
                    f"(regular ${money(a.price)})."))
    return out


def unknown(cat):
    out = []

    def unk(cid, text, key, never=(), rubric=""):
        out.append(case(cid, ["unknown", "not_in_data"], text, None, [DOESNT_SAY], never, [cat[key].src()],
                        "Says the shop's information doesn't give this (and may offer to ask); invents nothing. "
                        + rubric))

    unk("unk-pulse-battery-life", "how many hours does the pulse 3 run on a set of batteries?", "pulse-transceiver",
        rubric="The page only says which batteries it takes.")
    unk("unk-halo-origin", "where is the halo helmet made?", "halo-helmet")
    unk("unk-keylock-gate", "what's the gate opening on the keylock carabiner in mm?", "keylock-biner",
        rubric="Only strengths and weight are listed.")
    falcon_rubber = desc_value(cat["falcon-shoe"], "Rubber").split(", ")[1]
    unk("unk-mantis-rubber", "how thick is the rubber on the mantis?", "mantis-shoe",
        never=[falcon_rubber, falcon_rubber.replace(" ", "")],
        rubric=f"{falcon_rubber} is the Falcon's rubber, not the Mantis's.")
    unk("unk-bow-elongation", "whats the dynamic elongation on the bow 9.8", "bow-rope",
        rubric="Impact force and falls are listed, elongation is not.")
    unk("unk-chalkbag-waterproof", "is the bergschrund chalk bag waterproof?", "chalk-bag")
    return out


def not_sold(cat):
    out = []

    def ns(cid, tag2, text, sources, rubric):
        out.append(case(cid, ["not_sold", tag2], text, None, [NOT_SOLD], (), sources, rubric))

    ns("ns-tent", "page_says", "do you sell tents?", ["store/pages/faq.html"],
       "No: the shop doesn't sell tents, sleeping bags or backpacks.")
    ns("ns-holds", "no_product", "do u have climbing holds for a home wall?", [],
       "The shop sells no climbing holds: says so, offers nothing invented.")
    ns("ns-rent", "page_says", "can i rent a crash pad for the weekend?", ["store/pages/faq.html"],
       "No: the shop doesn't rent gear (it sells crash pads).")
    ns("ns-ridge", "recalled", f"I want to buy the {P.RECALL['product'].lower()}, do you have it?",
       ["store/pages/safety-notices.html"],
       f"The {P.RECALL['product']} is no longer sold (recalled lots {P.RECALL['lots'][0]}-{P.RECALL['lots'][1]}).")
    ns("ns-apex", "retired", "do you still have the firnline apex helmet?", ["store/pages/safety-notices.html"],
       f"No: the {P.RETIRED_HELMET['product']} is no longer sold (retirement notice).")
    ns("ns-used", "page_says", "do you sell used cams? looking for a cheap rack", ["store/pages/faq.html"],
       "No: the shop only sells new gear and doesn't buy or sell used gear.")
    return out
