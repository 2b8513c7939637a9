"""Catalog cases: prices, sales, stock, options, facts, follow-ups, superlatives, comparisons,
questions the data cannot answer and products the shop does not sell."""

import re

from casekit import (BACKORDER, IN_STOCK, OUT_OF_STOCK, Case, attr, first_number, num,
                     price_never)
from policy import money


def stock_facts(v):
    if v.state == "backorder":
        return [BACKORDER], []
    if v.state == "out_of_stock":
        return [OUT_OF_STOCK], []
    return [IN_STOCK], ["out of stock"]


def variant_price(c):
    out = []
    specs = [  # id, tags, question, handle, values, sibling values whose price differs
        ("vp-ridge88-179", ["lowercase"], "how much is the ridge 88 in 179?",
         "alpenglow-ridge-88", ("179 cm",), None),
        ("vp-switchback-158w", ["abbrev"], "switchback 158 wide price?",
         "drift-switchback-snowboard", ("158 cm", "Wide"), ("158 cm", "Regular")),
        ("vp-rocket-130", ["kids", "chatty"], "price on the junior rocket in 130 cm pls, its for my son",
         "kestrel-junior-rocket", ("130 cm",), ("120 cm",)),
        ("vp-vista-photo-black", ["two_options"],
         "Hi! What does the Vista goggle cost in the black frame with the photochromic lens?",
         "crestline-vista-goggle", ("Black", "Photochromic (VLT 18-52%)"),
         ("Black", "Sun Mirror (VLT 12%)")),
        ("vp-axis13-110", ["abbrev"], "axis 13 binding w/ 110mm brakes how much",
         "pivot-axis-13-gw", ("110 mm",), ("100 mm",)),
        ("vp-probe-320", ["out_of_stock"], "how much is the snowbound probe in 320?",
         "snowbound-avalanche-probe", ("320 cm",), None),
        ("vp-full-tune", ["service"], "whats a full tune cost",
         "ski-snowboard-tune-up", ("Full Tune",), None),
        ("vp-rental-junior-10", ["rental", "range"],
         "junior season rental for my 10 year old - how much is that?",
         "junior-season-ski-rental", ("Ages 8-12",), None),
    ]
    for cid, tags, q, handle, values, sib in specs:
        v = c.v(handle, *values)
        never = []
        if sib and v.state == "in_stock":
            never = price_never(c.v(handle, *sib).price)
        out.append(Case(cid, ["variant_price"] + tags, [q], "answer", [num(v.price)], never,
                        [v.key], f"Gives the price of the {v.line_name}: {money(v.price)}."))
    return out


def sale_price(c):
    out = []
    specs = [
        ("sale-ridge96", "is the ridge 96 on sale?", "alpenglow-ridge-96", ("180 cm",)),
        ("sale-carvepro-before", "what was the carve pro 74 before the sale?",
         "kestrel-carve-pro-74", ("167 cm",)),
        ("sale-apex100w", "any discount on the apex 100 w boots right now?",
         "tecnova-apex-100-w", ("25.0",)),
        ("sale-crestline-pro", "how much off is the crestline pro mips helmet",
         "crestline-pro-mips-helmet", ("M",)),
        ("sale-magna", "is the magna otg goggle on sale rn", "crestline-magna-otg-goggle",
         ("Black", "Amber (VLT 38%)")),
        ("sale-axis16", "Axis 16 Pro binding: regular price vs sale price?", "pivot-axis-16-pro",
         ("95 mm",)),
    ]
    for cid, q, handle, values in specs:
        v = c.v(handle, *values)
        assert v.on_sale, cid
        out.append(Case(cid, ["sale_price"], [q], "answer", [num(v.price), num(v.compare)], [],
                        [v.product.key],
                        f"Says the {v.product.title} is on sale at {money(v.price)}, "
                        f"down from {money(v.compare)}."))
    socks = c.v("alpine-merino-ski-sock", "M", "Ultralight")
    assert not socks.on_sale      # compare-at equal to the price: no sale
    out.append(Case("sale-socks-none", ["sale_price", "compare_at_not_higher"],
                    ["are the merino ski socks on sale?"], "answer", [num(socks.price)], [],
                    [socks.product.key],
                    f"The Alpine Merino Ski Sock is not on sale: the Ultralight is "
                    f"{money(socks.price)} (its compare-at price is not higher, so there is no sale)."))
    return out


def variant_stock(c):
    out = []
    specs = [
        ("stock-ridge88-172", "do you have the ridge 88 in 172?", "alpenglow-ridge-88", ("172 cm",)),
        ("stock-ridge88-186", "ridge 88 186cm in stock?", "alpenglow-ridge-88", ("186 cm",)),
        ("stock-apex120-295", "apex 120 boot in a 29.5 - can i get it?", "tecnova-apex-120-mens",
         ("29.5",)),
        ("stock-powskate-156", "is the pow skate 156 in stock", "northline-pow-skate", ("156 cm",)),
        ("stock-halo-m-black", "halo mips helmet medium matte black available?",
         "halo-mips-helmet", ("M", "Matte Black")),
        ("stock-haven-105", "haven boa boots size 10.5 - got any?", "northline-haven-boa-boot",
         ("10.5",)),
        ("stock-freeride-275n", "fjell freeride 130 in 27.5 narrow, available?",
         "fjell-freeride-130-gw", ("27.5", "Narrow 98 mm")),
    ]
    for cid, q, handle, values in specs:
        v = c.v(handle, *values)
        facts, never = stock_facts(v)
        out.append(Case(cid, ["variant_stock", v.state], [q], "answer", facts, never, [v.key],
                        f"Says whether the {v.line_name} is in stock: {v.state.replace('_', ' ')}."))
    return out


def option_labels(c):
    out = []
    hound = c.p("vantage-powder-hound-108")
    out.append(Case("opt-hound-lengths", ["option_labels"],
                    ["what lengths does the powder hound come in?"], "answer",
                    [num(v.values[0].split()[0], 0) for v in hound.variants], [], [hound.key],
                    "Lists the Powder Hound 108's lengths."))
    flux = c.p("drift-flux-snowboard-binding")
    colors = sorted({v.values[1] for v in flux.variants})
    out.append(Case("opt-flux-colors", ["option_labels"],
                    ["what colors does the flux binding come in"], "answer", colors, [],
                    [flux.key], "Lists the Flux binding's colours: " + ", ".join(colors) + "."))
    axis = c.p("pivot-axis-13-gw")
    out.append(Case("opt-axis13-brakes", ["option_labels", "own_word"],
                    ["which brake widths can i get the axis 13 in?"], "answer",
                    [num(v.values[0].split()[0], 0) for v in axis.variants], [], [axis.key],
                    "Lists the Axis 13's brake widths."))
    vista = c.p("crestline-vista-goggle")
    lenses = sorted({v.values[1].split(" (")[0] for v in vista.variants})
    out.append(Case("opt-vista-lenses", ["option_labels"],
                    ["what lens options are there for the vista goggle?"], "answer", lenses, [],
                    [vista.key], "Lists the Vista's lenses: " + ", ".join(lenses) + "."))
    wax = c.p("all-temp-hot-wax")
    temps = [v.values[0].split(" (")[0] for v in wax.variants]
    out.append(Case("opt-wax-temps", ["option_labels", "lowercase"],
                    ["what temps does the hot wax come in"], "answer", temps, [], [wax.key],
                    "Lists the wax's temperatures: " + ", ".join(temps) + "."))
    jr = c.p("junior-season-ski-rental")
    out.append(Case("opt-junior-rental-ages", ["option_labels", "rental"],
                    ["what age groups does the junior season rental cover?"], "answer",
                    [v.values[0].replace("Ages ", "") for v in jr.variants], [], [jr.key],
                    "Lists the junior rental's age groups."))
    apex = c.p("tecnova-apex-120-mens")
    out.append(Case("opt-apex120-sizes", ["option_labels", "abbrev"],
                    ["what mondo sizes do u have the apex 120 in?"], "answer",
                    [num(v.values[0], 0) for v in apex.variants if v.values[0].endswith(".5")],
                    [], [apex.key], "Lists the Apex 120's Mondopoint sizes."))
    return out


def product_facts(c):
    def n(label):
        return lambda p: [num(first_number(attr(p, label)), 0)]

    def words(label, *picks):
        def get(p):
            value = attr(p, label)
            assert all(w in value for w in picks), (p.handle, label, picks)
            return list(picks) or [value]
        return get

    def kit(p):
        items = re.findall(r"<li>([^<]+)</li>", p.body.split("What's in the kit")[1])
        return [i.replace("&amp;", "&").split(" (")[0].split(" & ")[0].lower() for i in items[:4]]

    rows = [  # id, question, handle, how the facts are read from the description, label
        ("fact-ridge96-radius", "whats the turn radius on the ridge 96?", "alpenglow-ridge-96",
         n("Turn radius"), "Turn radius"),
        ("fact-axis13-din", "din range on the axis 13 gw binding?", "pivot-axis-13-gw",
         words("DIN range"), "DIN range"),
        ("fact-apex120-last", "how wide is the last on the apex 120?", "tecnova-apex-120-mens",
         n("Last width"), "Last width"),
        ("fact-crestline-vents", "how many vents does the crestline pro helmet have",
         "crestline-pro-mips-helmet", n("Vents"), "Vents"),
        ("fact-vista-lens-shape", "is the vista goggle lens spherical or cylindrical?",
         "crestline-vista-goggle", words("Lens shape"), "Lens shape"),
        ("fact-tunekit-contents", "what comes in the home tune kit?", "home-tune-kit", kit,
         "What's in the kit"),
        ("fact-carvepro-binding", "does the carve pro 74 come with bindings?",
         "kestrel-carve-pro-74", words("Binding", "KX12", "3.5-12"), "Binding"),
        ("fact-freeride-soles", "what soles does the fjell freeride have? gripwalk?",
         "fjell-freeride-130-gw", words("Soles", "GripWalk"), "Soles"),
    ]
    out = []
    for cid, q, handle, get, label in rows:
        p = c.p(handle)
        facts = get(p)
        out.append(Case(cid, ["product_facts"], [q], "answer", facts, [], [p.key],
                        f"Answers from the {p.title}'s '{label}' line of its description."))
    return out


def follow_up(c):
    out = []
    r140 = c.v("kestrel-junior-rocket", "140 cm")
    out.append(Case("fu-rocket-140", ["follow_up", "price"],
                    ["how much is the junior rocket in 110?", "and the 140?"], "answer",
                    [num(r140.price)],
                    price_never(c.v("kestrel-junior-rocket", "110 cm").price) if r140.state == "in_stock" else [],
                    [r140.key], f"The 140 cm is {money(r140.price)} ({r140.state.replace('_', ' ')})."))
    red = c.v("halo-mips-helmet", "L", "Alpine Red")
    out.append(Case("fu-halo-red", ["follow_up", "stock"],
                    ["do you have the halo mips helmet in L?", "what about in red?"], "answer",
                    stock_facts(red)[0], [], [red.key], "The L in Alpine Red is out of stock."))
    hound = c.p("vantage-powder-hound-108")
    out.append(Case("fu-hound-radius", ["follow_up", "fact"],
                    ["tell me about the powder hound 108", "what's the turn radius?"], "answer",
                    [num(first_number(attr(hound, "Turn radius")), 0)], [], [hound.key],
                    "Turn radius: " + attr(hound, "Turn radius") + "."))
    wide = [v for v in c.p("drift-switchback-snowboard").variants if v.values[1] == "Wide"]
    out.append(Case("fu-switchback-wide", ["follow_up", "option"],
                    ["price for the switchback snowboard in 155?", "does it come in wide?"],
                    "answer", [num(v.values[0].split()[0], 0) for v in wide], [],
                    [c.p("drift-switchback-snowboard").key],
                    "Yes: " + " and ".join(v.values[0] for v in wide) + " in Wide."))
    photo = c.v("crestline-vista-goggle", "Teal", "Photochromic (VLT 18-52%)")
    out.append(Case("fu-vista-photo", ["follow_up", "price"],
                    ["how much is the vista goggle in teal with the sun mirror lens?",
                     "and with photochromic?"], "answer", [num(photo.price)], [], [photo.key],
                    f"The teal Vista with the photochromic lens is {money(photo.price)}."))
    b25 = c.v("tecnova-apex-100-w", "25.0")
    facts, never = stock_facts(b25)
    out.append(Case("fu-apex100w-25", ["follow_up", "stock"],
                    ["is the apex 100 w in stock in 24.5?", "how about 25.0?"], "answer", facts,
                    never, [b25.key], "The 25.0 is in stock."))
    trek = c.v("pivot-trek-12-touring", "M (295-335 mm BSL)")
    out.append(Case("fu-trek-medium", ["follow_up", "price"],
                    ["whats the din range of the pivot trek 12", "how much is it in a medium?"],
                    "answer", [num(trek.price)], [], [trek.key],
                    f"The Trek 12 in M is {money(trek.price)}."))
    return out


def superlative(c):
    out = []
    rows = [  # id, question, kind word in the name, product type, highest?
        ("sup-cheapest-snowboard", "cheapest snowboard?", "snowboard", "Snowboards", False),
        ("sup-dearest-ski", "whats the most expensive ski you guys sell", "ski", "Skis", True),
        ("sup-cheapest-helmet", "cheapest helmet you have?", "helmet", "Helmets", False),
        ("sup-cheapest-skiboot", "what's your cheapest ski boot", "boot", "Ski Boots", False),
        ("sup-dearest-goggle", "priciest goggles?", "goggle", "Goggles", True),
        ("sup-cheapest-pole", "least expensive ski poles", "pole", "Ski Poles", False),
    ]
    for cid, q, word, ptype, high in rows:
        p, price = c.extreme(lambda p: p.ptype == ptype and word in p.title.lower(), high)
        name = p.title.split(" Ski")[0].split(" Snowboard")[0].split(" Helmet")[0]
        out.append(Case(cid, ["superlative"], [q], "answer", [name, num(price)], [], [p.key],
                        f"Names the {p.title} at {money(price)}."))
    return out


def comparison(c):
    out = []
    rows = [
        ("cmp-ridge88-hound", "which costs more, the ridge 88 or the powder hound 108?",
         ("alpenglow-ridge-88", "179 cm"), ("vantage-powder-hound-108", "184 cm")),
        ("cmp-axis13-axis16", "axis 13 or axis 16 pro, how much is each?",
         ("pivot-axis-13-gw", "100 mm"), ("pivot-axis-16-pro", "95 mm")),
        ("cmp-haven-echo", "haven boa or the echo boot, which is less?",
         ("northline-haven-boa-boot", "10"), ("northline-echo-womens-boot", "7")),
        ("cmp-halo-crestline", "halo mips or crestline pro mips, which helmet is cheaper?",
         ("halo-mips-helmet", "M", "Glacier White"), ("crestline-pro-mips-helmet", "M")),
    ]
    for cid, q, a, b in rows:
        va, vb = c.v(a[0], *a[1:]), c.v(b[0], *b[1:])
        assert va.price != vb.price
        out.append(Case(cid, ["comparison"], [q], "answer", [num(va.price), num(vb.price)], [],
                        [va.product.key, vb.product.key],
                        f"{va.product.title} {money(va.price)}, {vb.product.title} "
                        f"{money(vb.price)}: says which costs more."))
    r96, hound = c.p("alpenglow-ridge-96"), c.p("vantage-powder-hound-108")
    wa, wb = (first_number(attr(p, "Waist")) for p in (r96, hound))
    wider = hound if wb > wa else r96
    out.append(Case("cmp-waist", ["comparison", "attribute"],
                    ["which is wider underfoot, the ridge 96 or the powder hound?"], "answer",
                    [{r96.handle: "Ridge 96", hound.handle: "Powder Hound"}[wider.handle]], [],
                    [r96.key, hound.key],
                    f"Waists: {r96.title} {attr(r96, 'Waist')}, {hound.title} "
                    f"{attr(hound, 'Waist')}; says which is wider."))
    return out


def unknown(c):
    rows = [
        ("unk-ridge88-origin", "where are the ridge 88s made?", "alpenglow-ridge-88"),
        ("unk-hound-weight", "how much does a pair of powder hound 108s weigh?",
         "vantage-powder-hound-108"),
        ("unk-beacon-battery", "how long do the batteries last in the beacon pro 3?",
         "beacon-pro-3-transceiver"),
        ("unk-student", "do you do a student discount?", None),
        ("unk-lessons", "do you guys offer ski lessons?", None),
        ("unk-tradein", "do you take trade-ins on old skis?", None),
    ]
    out = []
    for cid, q, handle in rows:
        what = f"the {c.p(handle).title}" if handle else "the shop"
        out.append(Case(cid, ["unknown"], [q], "escalate", [], [], [],
                        f"The shop's data says nothing about this for {what}: says honestly it "
                        "doesn't know rather than guessing, and hands the question to a person."))
    return out


def not_sold(c):
    out = []
    hidden = [("ns-stormchaser", "how much is the kestrel storm chaser 102?", "kestrel-storm-chaser-102"),
              ("ns-glacier", "do you have the fjell glacier 130 boot in 27.5?", "fjell-glacier-130-boot"),
              ("ns-airbag", "price of the summit edge avalanche airbag pack 35l?",
               "summit-edge-airbag-pack-35"),
              ("ns-ghost-split", "is the drift co ghost splitboard available?", "drift-ghost-splitboard")]
    for cid, q, handle in hidden:
        p = c.p(handle)
        assert not p.for_sale
        prices = sorted({v.price for v in p.variants})
        never = []
        for pr in prices:
            never += price_never(pr) + [money(pr).replace(",", "")[1:]]
        state = p.status if p.status != "active" else "unpublished"
        out.append(Case(cid, ["not_sold", state], [q], "escalate", [], never, [],
                        f"The {p.title} is {state} in the admin, not for sale: says the shop "
                        "doesn't sell it (no price, no stock) and offers a person."))
    for cid, q in [("ns-snowshoes", "do you sell snowshoes?"),
                   ("ns-jackets", "do you carry ski jackets?")]:
        out.append(Case(cid, ["not_sold", "never_stocked"], [q], "escalate", [], [], [],
                        "The catalog has nothing of the kind: says so rather than offering "
                        "something else as that, and offers a person."))
    return out


def cases(c):
    return (variant_price(c) + sale_price(c) + variant_stock(c) + option_labels(c)
            + product_facts(c) + follow_up(c) + superlative(c) + comparison(c) + unknown(c)
            + not_sold(c))
