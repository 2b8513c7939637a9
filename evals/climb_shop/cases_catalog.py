"""Catalog cases: prices, sales, stock, options, product facts, follow-ups."""
from casekit import (BACKORDER, IN_STOCK, OUT_OF_STOCK, PREORDER, case, dates, desc_value, grams, never_prices,
                     num, stock_word)
from catalog import MONTHS, long_date, money, vsrc


def course_day(label):
    """'Jan 23-24, 2027' -> ['Jan 23', 'January 23']: the first day, as a reply may write it."""
    mon, days = label.split()[:2]
    first = days.split("-")[0]
    full = next(m for m in MONTHS if m.startswith(mon))
    return [f"{mon} {first}", f"{full} {first}"]


def variant_price(cat):
    out = []

    def vp(cid, tag2, text, key, vtitle):
        p = cat[key]
        v = p.by_title(vtitle)
        assert not v.sale_running()
        others = sorted({o.now_price() for o in p.variants if o.now_price() != v.price})
        out.append(case(cid, ["variant_price", tag2], text, "answer", [num(v.price)], never_prices(*others),
                        [vsrc(v)], f"Gives the price of the {v.title()}: ${money(v.price)}."))

    vp("vp-bow-60", "lowercase", "how much is the bow 9.8 in 60m?", "bow-rope", "60 m")
    vp("vp-kan-60", "chatty", "Hi there! What's the price on the Kananaskis dry rope, 60 metre length?",
       "kananaskis-rope", "60 m")
    vp("vp-cam-75", "shorthand", "how much is a .75 talon cam", "talon-cam", "0.75")
    vp("vp-workhorse-6", "abbrev", "workhorse qd 6 pack price", "workhorse-qd", "6-Pack")
    vp("vp-probe-320", "typo", "whats the 320cm carbon probe cost", "carbon-probe", "320 cm")
    vp("vp-fuel-230", "lowercase", "how much for a 230g isobutane can?", "fuel-canister", "230 g")
    vp("vp-hms-triple", "option_word", "pearbiner hms with the triple lock gate - how much?", "pearbiner-hms",
       "Triple-Lock")
    vp("vp-spindrift-pair", "chatty", "Getting into ice climbing this winter. Price for a pair of spindrift tools?",
       "spindrift-tool", "Pair")
    return out


def sale_price(cat):
    out = []
    f = cat["falcon-shoe"].by_title("42")
    end = f.sale[1][1]
    out.append(case("sale-falcon", ["sale_price", "on_sale"], "is the falcon climbing shoe on sale?", "answer",
                    [num(f.now_price()), num(f.price), dates(end)], (), [cat["falcon-shoe"].src()],
                    f"Yes: the Rimrock Falcon is ${money(f.now_price())} instead of ${money(f.price)}, until "
                    f"{long_date(end)}."))
    a = cat["alpine-harness"].by_title("M")
    out.append(case("sale-alpine", ["sale_price", "current_price"], "alpine light harness price right now?",
                    "answer", [num(a.now_price())], (), [cat["alpine-harness"].src()],
                    f"Gives the current sale price ${money(a.now_price())} (regular ${money(a.price)})."))
    k = cat["kananaskis-rope"].by_title("70 m")
    out.append(case("sale-kan-70", ["sale_price", "variant"], "how much is the 70m kananaskis rope", "answer",
                    [num(k.now_price())], never_prices(cat["kananaskis-rope"].by_title("80 m").price,
                                                       cat["kananaskis-rope"].by_title("60 m").price),
                    [vsrc(k)], f"The 70 m is on sale at ${money(k.now_price())} (was ${money(k.price)})."))
    kit = cat["avalanche-kit"].variants[0]
    out.append(case("sale-kit", ["sale_price", "on_sale"], "any deal on the cornice avalanche kit at the moment?",
                    "answer", [num(kit.now_price()), num(kit.price)], (), [vsrc(kit)],
                    f"Yes: ${money(kit.now_price())} instead of ${money(kit.price)} until {long_date(kit.sale[1][1])}."))
    s = cat["scree-boot"].by_title("42")
    out.append(case("sale-scree-over", ["sale_price", "sale_ended"], "how much are the scree mid approach boots?",
                    "answer", [num(s.price)], [money(s.sale[0])], [cat["scree-boot"].src()],
                    f"${money(s.price)}; the Black Friday price of ${money(s.sale[0])} ended on "
                    f"{long_date(s.sale[1][1])} and must not be quoted as the price."))
    g = cat["grip-belay"].by_title("Grey")
    out.append(case("sale-grip-over", ["sale_price", "sale_ended"], "what does the grip assisted braking device cost",
                    "answer", [num(g.price)], [money(g.sale[0])], [cat["grip-belay"].src()],
                    f"${money(g.price)}; the expired sale price ${money(g.sale[0])} is not the price."))
    pk = cat["belay-parka"].by_title("Basalt / M")
    out.append(case("sale-parka-future", ["sale_price", "sale_not_started"], "is the belay parka on sale?",
                    "answer", [num(pk.price)], (), [cat["belay-parka"].src()],
                    f"Not yet: ${money(pk.price)} now; a sale at ${money(pk.sale[0])} starts "
                    f"{long_date(pk.sale[1][0])}. Saying it is on sale now is wrong."))
    return out


def variant_stock(cat):
    out = []

    def st(cid, tag2, text, key, vtitle, extra=()):
        p = cat[key]
        v = p.by_title(vtitle)
        never = ()
        if v.avail == "in_stock":
            facts = [IN_STOCK]
            never = ["out of stock", "sold out"]
        elif v.avail == "out_of_stock":
            facts = [OUT_OF_STOCK]
        elif v.avail == "backorder":
            facts = [BACKORDER, dates(v.avail_date)]
        else:
            facts = [PREORDER, dates(v.avail_date)]
        when = f" (expected {long_date(v.avail_date)})" if v.avail_date else ""
        out.append(case(cid, ["variant_stock", tag2], text, "answer", facts, never, [vsrc(v)],
                        f"The {v.title()} is {stock_word(v)}{when}."))

    st("stock-falcon-405", "half_size", "do you have the falcon in 40.5?", "falcon-shoe", "40.5")
    st("stock-falcon-41", "in_stock", "falcon size 41 in stock?", "falcon-shoe", "41")
    st("stock-mantis-45", "backorder", "any mantis lace ups in eu 45", "mantis-shoe", "45")
    st("stock-summit-xs", "out", "Is the Summit harness available in XS?", "summit-harness", "XS")
    st("stock-bow-70", "out", "bow 9.8 70 m - in stock??", "bow-rope", "70 m")
    st("stock-halo-orange", "two_options", "got the halo helmet in orange M/L?", "halo-helmet", "Orange / M/L")
    st("stock-highball-spruce", "backorder", "can i get the highball crash pad in spruce before christmas?",
       "highball-pad", "Spruce")
    st("stock-sprout", "preorder", "when can i get the sprout kids helmet?", "sprout-helmet", "Default Title")
    return out


def option_labels(cat):
    out = []

    def ol(cid, tag2, text, key, facts, rubric):
        out.append(case(cid, ["option_labels", tag2], text, "answer", facts, (), [cat[key].src()], rubric))

    m = cat["mantis-shoe"]
    sizes = [v.vtitle for v in m.variants]
    ol("opt-mantis-sizes", "sizes", "what sizes does the mantis come in", "mantis-shoe", [sizes[0], sizes[-1]],
       f"Lists the Mantis sizes EU {sizes[0]} to {sizes[-1]}.")
    bag = cat["chalk-bag"]
    ol("opt-chalkbag-colours", "colours", "what colours does your chalk bag come in?", "chalk-bag",
       [v.vtitle for v in bag.variants],
       "Lists " + ", ".join(v.vtitle for v in bag.variants) + " (Ember out of stock).")
    pr = cat["carbon-probe"]
    ol("opt-probe-lengths", "lengths", "which lengths can i get the carbon probe in", "carbon-probe",
       [v.vtitle.split()[0] for v in pr.variants], "Lists " + ", ".join(v.vtitle for v in pr.variants) + ".")
    gl = cat["glacier-crampons"]
    ol("opt-glacier-bindings", "pattern_option", "what binding options are there on the glacier crampons?",
       "glacier-crampons", [v.vtitle for v in gl.variants],
       "Lists the Strap, Hybrid and Automatic bindings (prices differ).")
    ast = cat["ast1-course"]
    open_dates = [v.vtitle for v in ast.variants if v.avail == "in_stock"]
    ol("opt-ast-dates", "dates", "what dates do you have for AST 1?", "ast1-course",
       [course_day(d) for d in open_dates],
       "Lists the AST 1 dates: " + "; ".join(v.vtitle + (" (full)" if v.avail != "in_stock" else "")
                                             for v in ast.variants) + ".")
    gc = cat["gift-card"]
    ol("opt-giftcard", "amounts", "what amounts do your gift cards come in", "gift-card",
       [num(v.price) for v in gc.variants], "Lists " + ", ".join(v.vtitle for v in gc.variants) + ".")
    h = cat["halo-helmet"]
    ol("opt-halo", "two_options", "halo helmet - which colours and sizes?", "halo-helmet",
       ["White", "Orange", "S/M", "M/L"], "Colours White and Orange, sizes S/M and M/L (Orange M/L out of stock).")
    return out


def product_facts(cat):
    out = []

    def pf(cid, tag2, text, key, facts, rubric):
        out.append(case(cid, ["product_facts", tag2], text, "answer", facts, (), [cat[key].src()], rubric))

    a = cat["alpine-harness"]
    pf("pf-alpine-weight", "weight", "how heavy is the alpine light harness", "alpine-harness",
       [num(grams(a), 0)], f"{desc_value(a, 'Weight')}.")
    g = cat["grip-belay"]
    lo, hi = desc_value(g, "Rope diameter").split()[0].split("-")
    pf("pf-grip-rope", "compatibility", "what rope diameters work in the grip belay device?", "grip-belay",
       [lo, hi], f"{desc_value(g, 'Rope diameter')}.")
    k = cat["kananaskis-rope"]
    pf("pf-kan-dry", "yes_no", "is the kananaskis rope dry treated?", "kananaskis-rope",
       [["UIAA Water Repellent", "dry treated", "dry-treated", "dry treatment", "dry-treatment"]],
       f"Yes: {desc_value(k, 'Dry treatment')}.")
    pu = cat["pulse-transceiver"]
    pf("pf-pulse-batteries", "batteries", "what batteries does the pulse 3 take", "pulse-transceiver",
       ["AAA", "alkaline"], f"{desc_value(pu, 'Batteries')}.")
    ke = cat["keylock-biner"]
    major = int(desc_value(ke, "Strength").split()[0])
    pf("pf-keylock-strength", "strength", "kn rating of the keylock carabiner?", "keylock-biner", [num(major, 0)],
       f"{desc_value(ke, 'Strength')}.")
    b = cat["bow-rope"]
    pf("pf-bow-falls", "rating", "how many UIAA falls is the bow 9.8 rated for", "bow-rope",
       [num(int(desc_value(b, "UIAA falls")), 0)], f"{desc_value(b, 'UIAA falls')} falls.")
    hb = cat["highball-pad"]
    dims = desc_value(hb, "Open").replace(" cm", "")
    pf("pf-highball-size", "dimensions", "how big is the highball crash pad when it's open?", "highball-pad",
       [[dims, dims.replace(" x ", " × "), dims.replace(" x ", "x")]], f"Open: {desc_value(hb, 'Open')}.")
    return out


def follow_up(cat):
    out = []
    gym = cat["gym-rope"]
    v40, v30 = gym.by_title("40 m"), gym.by_title("30 m")
    out.append(case("fu-gym-40", ["follow_up", "length"], ["how much is the chinook gym rope?", "and the 40m?"],
                    "answer", [num(v40.price)], never_prices(v30.price), [vsrc(v40)],
                    f"The 40 m Gym rope is ${money(v40.price)}."))
    ho = cat["halo-helmet"].by_title("Orange / M/L")
    out.append(case("fu-halo-orange", ["follow_up", "stock"],
                    ["is the halo helmet in stock in white m/l?", "what about orange?"], "answer", [OUT_OF_STOCK],
                    (), [vsrc(ho)], "Orange in M/L is out of stock (White M/L is in stock)."))
    pr = cat["carbon-probe"]
    v280 = pr.by_title("280 cm")
    out.append(case("fu-probe-280", ["follow_up", "price"], ["tell me about the cornice carbon probe",
                                                             "how much is the 280?"], "answer", [num(v280.price)],
                    never_prices(pr.by_title("240 cm").price, pr.by_title("320 cm").price), [vsrc(v280)],
                    f"The 280 cm probe is ${money(v280.price)}."))
    re44 = cat["ridgeline-shoe"].by_title("Ember / 44")
    out.append(case("fu-ridgeline-ember", ["follow_up", "colour"],
                    ["is the ridgeline approach shoe in slate size 44 in stock?", "ok and in ember?"], "answer",
                    [OUT_OF_STOCK], (), [vsrc(re44)], "Ember in EU 44 is out of stock."))
    w12 = cat["workhorse-qd"].by_title("12-Pack")
    out.append(case("fu-workhorse-12", ["follow_up", "pack"],
                    ["whats the price of a single workhorse quickdraw", "and the 12 pack? in stock?"], "answer",
                    [num(w12.price), OUT_OF_STOCK], (), [vsrc(w12)],
                    f"The 12-Pack is ${money(w12.price)} and out of stock."))
    col = cat["col-axe"]
    out.append(case("fu-col-65", ["follow_up", "measure"], ["how heavy is the col ice axe in 57 cm?", "and the 65?"],
                    "answer", [num(col.by_title("65 cm").weight_g, 0)], (), [col.src()],
                    f"The 65 cm Col weighs {col.by_title('65 cm').weight_g} g."))
    out.append(case("fu-fr-halo", ["follow_up", "french"],
                    ["Bonjour ! Combien coûte le casque Firnline Halo ?", "Et il est disponible en orange, taille M/L ?"],
                    "answer", [OUT_OF_STOCK], (), [vsrc(ho)],
                    "Says (in French or English) that the orange M/L Halo is out of stock."))
    return out
