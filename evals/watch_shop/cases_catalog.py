"""Catalog cases: prices by option combination, sales, stock, option lists, follow-ups, products
not for sale, catalog-wide questions, comparisons, product facts and what the data does not say.
Every expected value is read from the generated catalog."""

from __future__ import annotations

from common import (BACKORDER, DOESNT_SAY, IN_STOCK, NOT_AVAILABLE, OUT_OF_STOCK, case, never_price, num, pkey, vkey)


def _other_prices(product, variant) -> list[str]:
    out = []
    for v in product.variants:
        if v.price != variant.price:
            out += never_price(v.price)
    return out


def _stock_fact(v) -> list[str]:
    if v.backorder:
        return BACKORDER
    if v.sold_out:
        return OUT_OF_STOCK
    return IN_STOCK


def variant_price(C) -> list[dict]:
    asks = [
        ("vp-harbour-42-blue", ["lowercase"], "harbour-diver-200-automatic", ("42 mm", "Blue"),
         "how much is the harbour diver in 42mm blue?"),
        ("vp-liffey-38-leather", ["lowercase"], "liffey-field-watch", ("38 mm", "Leather"),
         "liffey field watch 38mm with the leather strap how much"),
        ("vp-skellig-44-leather", ["chatty"], "skellig-pilot-automatic", ("44 mm", "Brown leather"),
         "Hi! Thinking about the Skellig Pilot in 44 on the brown leather - what does that one cost?"),
        ("vp-aran-36-cream-black", ["three_options"], "aran-dress-watch", ("36 mm", "Cream", "Black leather"),
         "price of the aran dress watch, 36mm, cream dial, black leather strap?"),
        ("vp-ils-22-tan-regular", ["strap"], "italian-leather-strap", ("22 mm", "Tan", "Regular"),
         "italian leather strap 22mm tan, regular length - price?"),
        ("vp-ils-18-black-long", ["strap", "typo"], "italian-leather-strap", ("18 mm", "Black", "Long"),
         "how much for the italain lether strap in 18 mm black, long"),
        ("vp-2pc-rubber-22-long", ["strap", "abbrev"], "two-piece-sport-strap", ("Rubber", "22 mm", "Long"),
         "2 piece sport strap rubber 22mm long how much"),
        ("vp-display-10", ["accessory"], "watch-display-box", ("10 watches",),
         "how much is the watch display box that holds 10?"),
        ("vp-battery-377-5pack", ["battery", "abbrev"], "sr626sw-watch-battery-377", ("5-pack",),
         "377 batteries 5 pack - how much?"),
    ]
    out = []
    for cid, tags, handle, values, text in asks:
        p = C[handle]
        v = p.variant(*values)
        assert v.in_stock and not v.on_sale, cid
        out.append(case(cid, ["variant_price"] + tags, text, facts=[num(v.price)], never=_other_prices(p, v),
                        sources=[vkey(p, v)],
                        rubric=f"Gives the price of the {p.title} ({v.title}): €{v.price:.2f}."))
    p = C["atlantic-titanium-diver"]
    v = p.variants[0]
    whole = f"{v.price:,.0f}"
    out.append(case("vp-atlantic-titanium", ["variant_price", "single_variant", "thousands"],
                    "whats the price of the atlantic titanium diver", facts=[[whole, f"{v.price:.0f}"]],
                    sources=[pkey(p)], rubric=f"Gives the price of the {p.title}: €{v.price:,.2f}."))
    return out


def sale_price(C) -> list[dict]:
    out = []
    p = C["copperface-chronograph"]
    v = p.variant("Copper", "Brown leather")
    out.append(case("sale-copper-leather", ["sale_price"], "is the copperface chronograph with the copper dial on leather on sale?",
                    facts=[num(v.price), num(v.compare_at)], sources=[vkey(p, v)],
                    rubric=f"Yes: €{v.price:.2f}, reduced from €{v.compare_at:.2f}."))
    v = p.variant("Black", "Steel bracelet")
    sale_twin = p.variant("Copper", "Steel bracelet")
    assert not v.on_sale and sale_twin.on_sale
    out.append(case("sale-copper-black-steel-not", ["sale_price", "not_on_sale"],
                    "copperface chrono black dial on the steel bracelet - any discount on that one?",
                    facts=[num(v.price)], never=never_price(sale_twin.price), sources=[vkey(p, v)],
                    rubric=f"The black dial on the steel bracelet is not on sale: €{v.price:.2f} (only the copper dial is reduced)."))
    p = C["nato-nylon-strap"]
    v = p.variant("20 mm", "Navy")
    out.append(case("sale-nato", ["sale_price", "lowercase"], "how much are the nato straps? are they reduced at the moment",
                    facts=[num(v.price), num(v.compare_at)], sources=[pkey(p)],
                    rubric=f"NATO straps are on sale at €{v.price:.2f}, down from €{v.compare_at:.2f}."))
    p = C["burren-solar-watch"]
    v = p.variant("Slate", "Mesh bracelet")
    out.append(case("sale-burren-slate-mesh", ["sale_price"], "burren solar in slate with the mesh bracelet, what's the price now?",
                    facts=[num(v.price), num(v.compare_at)], sources=[vkey(p, v)],
                    rubric=f"€{v.price:.2f}, on sale from €{v.compare_at:.2f}."))
    p = C["double-watch-winder"]
    v = p.variant("Walnut")
    out.append(case("sale-double-winder-walnut", ["sale_price"], "Double watch winder in walnut - what's the sale price?",
                    facts=[num(v.price), num(v.compare_at)], sources=[vkey(p, v)],
                    rubric=f"€{v.price:.2f}, was €{v.compare_at:.2f}."))
    p = C["milanese-mesh-bracelet"]
    v = p.variant("20 mm", "Silver")
    assert v.compare_at is not None and v.compare_at < v.price
    out.append(case("sale-mesh-silver-quirk", ["sale_price", "compare_at_below_price"],
                    "is the milanese mesh bracelet on sale? the silver one in 20mm",
                    facts=[num(v.price)], never=never_price(v.compare_at), sources=[vkey(p, v)],
                    rubric=(f"It costs €{v.price:.2f}; the exported compare-at price (€{v.compare_at:.2f}) is below the "
                            "price, so it is not a sale and must not be quoted as a 'was' price.")))
    return out


def variant_stock(C) -> list[dict]:
    asks = [
        ("stock-harbour-42-green", [], "harbour-diver-200-automatic", ("42 mm", "Green"),
         "do you have the harbour diver 42mm green in stock?"),
        ("stock-liffey-40-canvas", ["lowercase"], "liffey-field-watch", ("40 mm", "Canvas"),
         "is the liffey field watch 40mm canvas available"),
        ("stock-ils-20-tan-regular", ["strap"], "italian-leather-strap", ("20 mm", "Tan", "Regular"),
         "Is the Italian Leather Strap in 20mm tan (regular length) available?"),
        ("stock-mizen-blue-red", ["backorder"], "mizen-gmt-automatic", ("Blue/Red",),
         "mizen gmt with the blue/red bezel - in stock?"),
        ("stock-quad-winder", ["backorder", "oversold"], "quad-watch-winder-with-storage", (),
         "can I still order the quad watch winder with storage?"),
        ("stock-connemara-orange", ["lowercase"], "connemara-digital-sport", ("Orange",),
         "got the connemara digital in orange?"),
        ("stock-371-5pack", ["battery", "abbrev"], "sr920sw-watch-battery-371", ("5-pack",),
         "do u have the 371 batteries in a 5 pack"),
        ("stock-fkm-20-black", ["strap"], "fkm-rubber-dive-strap", ("20 mm", "Black"),
         "FKM rubber dive strap, 20mm black - in stock?"),
    ]
    out = []
    for cid, tags, handle, values, text in asks:
        p = C[handle]
        v = p.variant(*values)
        state = ("out of stock but can still be ordered (backorder)" if v.backorder
                 else "out of stock" if v.sold_out else "in stock")
        label = f"{p.title} ({v.title})" if v.values else p.title
        out.append(case(cid, ["variant_stock"] + tags, text, facts=[_stock_fact(v)], sources=[vkey(p, v)],
                        rubric=f"Says the {label} is {state}."))
    return out


def option_labels(C) -> list[dict]:
    asks = [
        ("opt-harbour-sizes", "harbour-diver-200-automatic", 0, "what sizes does the harbour diver come in?"),
        ("opt-suede-widths", "suede-quick-release-strap", 0, "what widths is the suede quick release strap available in"),
        ("opt-kinsale-colours", "kinsale-ladies-watch", 0, "which colours can i get the kinsale in?"),
        ("opt-2pc-materials", "two-piece-sport-strap", 0, "What materials does the two-piece sport strap come in?"),
        ("opt-mizen-bezels", "mizen-gmt-automatic", 0, "what bezel options are there on the mizen gmt"),
        ("opt-ils-lengths", "italian-leather-strap", 2, "what lengths does the italian leather strap come in?"),
    ]
    out = []
    for cid, handle, index, text in asks:
        p = C[handle]
        values = p.option_values[index]
        out.append(case(cid, ["option_labels"], text, facts=list(values), sources=[pkey(p)],
                        rubric=f"Lists the {p.option_names[index]} values of the {p.title}: {', '.join(values)}."))
    return out


def follow_up(C) -> list[dict]:
    out = []
    p = C["skellig-pilot-automatic"]
    v = p.variant("40 mm", "Olive NATO")
    out.append(case("fu-skellig-nato", ["follow_up", "multi_turn"],
                    ["how much is the skellig pilot 40mm with the brown leather strap?", "and with the nato?"],
                    facts=[num(v.price)], never=_other_prices(p, v), sources=[vkey(p, v)],
                    rubric=f"Stays on the 40 mm Skellig Pilot and gives the Olive NATO price: €{v.price:.2f}."))
    p = C["aran-dress-watch"]
    v39 = p.variant("39 mm", "Cream", "Brown leather")
    out.append(case("fu-aran-39", ["follow_up", "multi_turn"], ["price of the aran dress watch in 36mm?", "what about 39?"],
                    facts=[num(v39.price)], never=never_price(p.variant("36 mm", "Cream", "Brown leather").price),
                    sources=[pkey(p)], rubric=f"The 39 mm Aran Dress Watch costs €{v39.price:.2f}."))
    p = C["fkm-rubber-dive-strap"]
    v = p.variant("22 mm", "Orange")
    out.append(case("fu-fkm-orange", ["follow_up", "multi_turn", "variant_stock"],
                    ["do you have the FKM rubber dive strap in 22mm?", "what about orange"],
                    facts=[_stock_fact(v)], sources=[vkey(p, v)],
                    rubric="The 22 mm Orange FKM strap is out of stock."))
    p = C["mizen-gmt-automatic"]
    out.append(case("fu-mizen-price", ["follow_up", "multi_turn", "pronoun"], ["tell me about the mizen gmt", "how much is it?"],
                    facts=[num(p.min_price)], sources=[pkey(p)], rubric=f"The Mizen GMT Automatic costs €{p.min_price:.2f}."))
    p = C["nato-nylon-strap"]
    v = p.variant("22 mm", "Black/Grey Stripe")
    out.append(case("fu-nato-bgs", ["follow_up", "multi_turn", "variant_stock"],
                    ["is the nato strap in 20mm olive in stock", "and in 22 black/grey stripe?"],
                    facts=[_stock_fact(v)], sources=[vkey(p, v)], rubric="The 22 mm Black/Grey Stripe NATO is out of stock."))
    p = C["aran-dress-watch"]
    wr = p.spec["Water resistance"].split(" (")[0]
    out.append(case("fu-water-aran", ["follow_up", "multi_turn", "product_facts"],
                    ["what's the water resistance of the liffey field watch?", "and the aran?"],
                    facts=[wr], sources=[pkey(p)], rubric=f"The Aran Dress Watch is rated {p.spec['Water resistance']}."))
    p = C["single-watch-winder"]
    out.append(case("fu-winder-box", ["follow_up", "multi_turn", "whats_in_the_box"],
                    ["how much is the single watch winder?", "what comes in the box?"],
                    facts=[p.box[1], p.box[2]], sources=[pkey(p)],
                    rubric="Lists the box contents: " + ", ".join(p.box) + "."))
    return out


def not_for_sale(C) -> list[dict]:
    out = []
    asks = [
        ("nfs-aurora-draft", ["draft"], "aurora-moonphase", "how much is the aurora moonphase?"),
        ("nfs-aurora-when", ["draft"], "aurora-moonphase", "is the aurora moonphase in stock yet? when is it coming"),
        ("nfs-classic-archived", ["archived"], "classic-quartz-2019-edition", "do you still sell the classic quartz 2019 edition?"),
        ("nfs-wexford-unpublished", ["unpublished"], "wexford-skeleton-automatic", "price of the wexford skeleton automatic?"),
        ("nfs-cordovan-draft", ["draft", "strap"], "shell-cordovan-strap", "shell cordovan strap in 20mm - how much"),
    ]
    for cid, tags, handle, text in asks:
        p = C[handle]
        never = []
        for v in p.variants:
            never += never_price(v.price) + [v.sku, f"{v.price:,.0f}" if v.price >= 1000 else f"{v.price:.2f}"]
        if handle == "aurora-moonphase":
            never += ["aventurine", "Coming soon"]
        out.append(case(cid, ["not_for_sale"] + tags, text, action=None, facts=[NOT_AVAILABLE], never=never,
                        rubric=f"Says the {p.title} is not available to buy; never gives its price or details."))
    return out


def catalog(C) -> list[dict]:
    out = []
    sale = [p for p in C.values() if p.for_sale]
    watches = [p for p in sale if p.ptype == "Watches"]

    def low(p):
        return min(v.price for v in p.variants if v.available)

    cheapest = min(watches, key=low)
    out.append(case("cat-cheapest-watch", ["catalog", "superlative"], "what's the cheapest watch you sell?",
                    facts=[cheapest.title, num(low(cheapest))], sources=[pkey(cheapest)],
                    rubric=f"The {cheapest.title} at €{low(cheapest):.2f}."))
    dearest = max(watches, key=lambda p: max(v.price for v in p.variants if v.available))
    hidden = [p for p in C.values() if p.ptype == "Watches" and not p.for_sale]
    out.append(case("cat-priciest-watch", ["catalog", "superlative", "hidden_products"], "most expensive watch you have?",
                    facts=[dearest.title], never=[p.title for p in hidden] + ["1,450", "1450"], sources=[pkey(dearest)],
                    rubric=f"The {dearest.title}; never a draft, archived or unpublished watch."))
    winders = [p for p in sale if p.ptype == "Watch Winders"]
    cheap_w = min(winders, key=low)
    out.append(case("cat-cheapest-winder", ["catalog", "superlative"], "cheapest watch winder?",
                    facts=[cheap_w.title, num(low(cheap_w))], sources=[pkey(cheap_w)],
                    rubric=f"The {cheap_w.title} from €{low(cheap_w):.2f}."))
    out.append(case("cat-winders-list", ["catalog", "kind_list"], "do you sell watch winders?",
                    facts=[p.title for p in winders], sources=[pkey(p) for p in winders],
                    rubric="Yes: " + ", ".join(p.title for p in winders) + "."))
    batts = [p for p in sale if p.ptype == "Batteries"]
    out.append(case("cat-batteries-list", ["catalog", "kind_list"], "which watch batteries do you stock?",
                    facts=[p.title.split()[0] for p in batts], sources=[pkey(p) for p in batts],
                    rubric="Lists " + ", ".join(p.title for p in batts) + "."))
    straps = [p for p in sale if p.ptype == "Straps"]
    top = max(straps, key=lambda p: max(v.price for v in p.variants if v.available))
    top_price = max(v.price for v in top.variants if v.available)
    out.append(case("cat-priciest-strap", ["catalog", "superlative"], "what's your priciest strap?",
                    facts=[top.title, num(top_price)], never=["Shell Cordovan"], sources=[pkey(top)],
                    rubric=f"The {top.title} at €{top_price:.2f} (the draft Shell Cordovan Strap is not for sale)."))
    best, best_price = None, None
    for p in straps:
        for v in p.variants:
            if v.in_stock and "20 mm" in v.values and (best_price is None or v.price < best_price):
                best, best_price = p, v.price
    out.append(case("cat-cheapest-20mm-strap", ["catalog", "superlative", "option_filter"], "cheapest strap you have in 20mm?",
                    facts=[best.title, num(best_price)], sources=[pkey(best)],
                    rubric=f"The {best.title} in 20 mm at €{best_price:.2f}."))
    return out


def comparison(C) -> list[dict]:
    out = []
    a, b = C["harbour-diver-200-automatic"], C["skellig-pilot-automatic"]
    cheaper = a if a.min_price < b.min_price else b
    out.append(case("cmp-harbour-skellig", ["comparison", "price"], "which is cheaper, the harbour diver or the skellig pilot?",
                    facts=[cheaper.title.split()[0], num(cheaper.min_price)], sources=[pkey(a), pkey(b)],
                    rubric=f"The {cheaper.title} is cheaper (from €{cheaper.min_price:.2f})."))
    a, b = C["single-watch-winder"], C["double-watch-winder"]
    out.append(case("cmp-winders", ["comparison", "price"], "single vs double watch winder, how much is each?",
                    facts=[num(a.min_price), num(b.min_price)], sources=[pkey(a), pkey(b)],
                    rubric=f"Single from €{a.min_price:.2f}, double from €{b.min_price:.2f}."))
    a, b = C["liffey-field-watch"], C["harbour-diver-200-automatic"]
    out.append(case("cmp-water-liffey-harbour", ["comparison", "attribute"],
                    "which is more water resistant, the liffey field or the harbour diver?",
                    facts=["Harbour", b.spec["Water resistance"].split(" (")[0]], sources=[pkey(a), pkey(b)],
                    rubric=f"The Harbour Diver ({b.spec['Water resistance']}) vs the Liffey ({a.spec['Water resistance']})."))
    a, b = C["burren-solar-watch"], C["connemara-digital-sport"]
    cheaper = a if a.min_price < b.min_price else b
    out.append(case("cmp-burren-connemara", ["comparison", "price", "lowercase"], "burren solar or connemara digital - which costs less",
                    facts=[cheaper.title.split()[0], num(cheaper.min_price)], sources=[pkey(a), pkey(b)],
                    rubric=f"The {cheaper.title} at €{cheaper.min_price:.2f}."))
    a, b = C["liffey-field-watch"], C["aran-dress-watch"]
    out.append(case("cmp-crystal-liffey-aran", ["comparison", "attribute"],
                    "liffey field watch vs aran dress watch: which one has a sapphire crystal?",
                    facts=["Aran", "sapphire"], sources=[pkey(a), pkey(b)],
                    rubric=f"The Aran ({b.spec['Crystal']}); the Liffey has {a.spec['Crystal'].lower()}."))
    return out


def product_facts(C) -> list[dict]:
    out = []
    asks = [
        ("pf-harbour-movement", "harbour-diver-200-automatic", "what movement does the harbour diver use?",
         lambda p: [p.spec["Movement"].split(" automatic")[0]]),
        ("pf-aran-movement", "aran-dress-watch", "is the aran dress watch swiss? what movement is in it",
         lambda p: [p.spec["Movement"].split(" Swiss")[0]]),
        ("pf-atlantic-case", "atlantic-titanium-diver", "what's the case made of on the atlantic diver?",
         lambda p: ["titanium"]),
        ("pf-service-kit-box", "watch-service-kit", "whats in the box with the watch service kit",
         lambda p: [["case back opener", "3-jaw"], "tweezers"]),
        ("pf-connemara-water", "connemara-digital-sport", "how water resistant is the connemara digital sport?",
         lambda p: [p.spec["Water resistance"].split(" (")[0]]),
        ("pf-burren-battery", "burren-solar-watch", "does the burren solar watch need a battery?",
         lambda p: [["no battery", "solar"]]),
        ("pf-copper-battery", "copperface-chronograph", "what battery does the copperface chronograph take",
         lambda p: [p.spec["Battery"].split(" ")[0]]),
        ("pf-mizen-power-reserve", "mizen-gmt-automatic", "power reserve on the mizen gmt?",
         lambda p: [p.spec["Power reserve"]]),
    ]
    for cid, handle, text, facts in asks:
        p = C[handle]
        out.append(case(cid, ["product_facts"], text, facts=facts(p), sources=[pkey(p)],
                        rubric=f"Answers from the {p.title}'s description."))
    return out


def unknown(C) -> list[dict]:
    out = []
    reserves = sorted({p.spec["Power reserve"] for p in C.values() if "Power reserve" in p.spec})
    asks = [
        ("unk-aran-lume", "aran-dress-watch", "does the aran dress watch have lume on the hands?", ["luminous hands"]),
        ("unk-skellig-reserve", "skellig-pilot-automatic", "whats the power reserve on the skellig pilot?", reserves),
        ("unk-nato-origin", "nato-nylon-strap", "which country are the nato straps made in?", []),
        ("unk-mesh-nickel", "milanese-mesh-bracelet", "is the milanese mesh bracelet nickel free? i have a nickel allergy", []),
        ("unk-connemara-bluetooth", "connemara-digital-sport", "does the connemara digital sport have bluetooth, can it sync with my phone?", []),
        ("unk-winder-noise", "single-watch-winder", "how loud is the single watch winder? is it silent at night?", []),
    ]
    for cid, handle, text, never in asks:
        p = C[handle]
        out.append(case(cid, ["unknown"], text, action=None, facts=[DOESNT_SAY], never=never, sources=[pkey(p)],
                        rubric=f"The shop's data does not say; the reply says so (or offers a person) and does not guess."))
    return out


def build(C) -> list[dict]:
    return (variant_price(C) + sale_price(C) + variant_stock(C) + option_labels(C) + follow_up(C) + not_for_sale(C)
            + catalog(C) + comparison(C) + product_facts(C) + unknown(C))
