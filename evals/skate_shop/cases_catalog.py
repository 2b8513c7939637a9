"""Catalog cases: prices, sales, stock, options, description facts, follow-ups, comparisons,
catalog-wide superlatives, and products the shop does not sell."""
from casekit import (BACKORDER, DONT_SELL, IN, OUT, case, count, doc, line, money_s, num,
                     numbers, pick, pkey, price_of, title, vkey)
from catalog import BY_HANDLE, PRODUCTS, available, for_sale, in_stock, on_sale, variant
import policy


def stock_facts(v):
    if in_stock(v):
        return IN
    if v["policy"] == "continue":
        return BACKORDER
    return OUT


def stock_word(v):
    return {id(IN): "in stock", id(OUT): "out of stock", id(BACKORDER): "on backorder"}[
        id(stock_facts(v))]


def variant_price():
    rows = [
        ("vp-street-80", ["abbrev"], "how much is the bluestone street complete in 8.0?",
         "bluestone-street-complete", ('8.0"',)),
        ("vp-stage2-149-black", ["lowercase"], "forge stage 2 trucks 149mm black how much",
         "forge-stage-2-trucks", ("149mm", "Black")),
        ("vp-blank-825-gripped", ["chatty"],
         "hey how much is a blank maple deck 8.25 that comes gripped?", "blank-maple-deck",
         ('8.25"', "Gripped")),
        ("vp-wheels-56-101", ["abbrev"], "price for 56mm 101a bluestone street wheels pls",
         "bluestone-street-wheels", ("56mm", "101A")),
        ("vp-merri-38-white", ["chatty"],
         "Hi! what's the price of the Merri drop through longboard, 38 inch in white?",
         "merri-drop-through-longboard", ('38"', "White")),
        ("vp-grip-11x48", ["abbrev"], "11 x 48 gritline black grip how much",
         "gritline-black-griptape", ('11" x 48"',)),
        ("vp-hardware-114-allen", ["typo"], "mounting hardwear 1 1/4 inch allen - price?",
         "mounting-hardware", ('1 1/4"', "Allen")),
    ]
    out = []
    for cid, tags, text, handle, vals in rows:
        v = variant(handle, *vals)
        out.append(case(cid, ["variant_price"] + tags, text, "answer", facts=[num(v["price"])],
                        sources=[vkey(handle, *vals)],
                        rubric=f"Gives the price of the {title(handle)} ({' / '.join(vals)}): "
                               f"${money_s(v['price'])}."))
    return out


def sale_price():
    rows = [
        ("sp-swell", ["question"], "is the swell surfskate on sale?",
         "swell-31-surfskate-complete", ()),
        ("sp-grom", ["chatty"], "grom mini complete - any discount at the moment?",
         "grom-mini-complete", ("Pink Fade",)),
        ("sp-hollow-159", ["slang"],
         "whats the hollow light trucks in 159 going for? heard theyre on special",
         "forge-hollow-light-trucks", ("159mm",)),
        ("sp-kids-helmet-before", ["before_sale"], "what was the crashpad kids helmet before the sale?",
         "crashpad-kids-helmet", ("XS (51-54cm)", "Navy")),
        ("sp-slide-80a", ["lowercase"], "slick slide wheels 80a price", "slick-slide-wheels-70mm",
         ("80A",)),
        ("sp-coping-killer", ["chatty"], "is the coping killer deck on special? how much off?",
         "coping-killer-old-school-deck", ()),
    ]
    out = []
    for cid, tags, text, handle, vals in rows:
        v = variant(handle, *vals)
        assert on_sale(v), cid
        facts = [num(v["compare_at"])] if "before_sale" in tags else [num(v["price"]),
                                                                      num(v["compare_at"])]
        named = vals and "chatty" not in tags and "before_sale" not in tags
        src = vkey(handle, *vals) if named else pkey(handle)
        out.append(case(cid, ["sale_price"] + tags, text, "answer", facts=facts, sources=[src],
                        rubric=f"The {title(handle)} is on sale at ${money_s(v['price'])}, down "
                               f"from ${money_s(v['compare_at'])}."))
    return out


def variant_stock():
    rows = [
        ("st-street-825", "is the street complete in 8.25 in stock?", "bluestone-street-complete",
         ('8.25"',)),
        ("st-flinders-85-steep", "flinders pro deck 8.5 steep concave - any left?",
         "flinders-pro-deck", ('8.5"', "Steep")),
        ("st-team-825", "can i still get the flinders team edition deck in 8.25?",
         "flinders-team-edition-deck", ('8.25"',)),
        ("st-helmet-sm-sky", "crashpad certified helmet in S/M sky blue, available?",
         "crashpad-certified-helmet", ("S/M (54-57cm)", "Sky Blue")),
        ("st-conical", "are the conical park wheels in stock", "bluestone-conical-park-wheels", ()),
        ("st-grip-10x33", "do u have gritline black griptape 10x33 in stock",
         "gritline-black-griptape", ('10" x 33"',)),
    ]
    out = []
    for cid, text, handle, vals in rows:
        v = variant(handle, *vals)
        src = vkey(handle, *vals) if vals else pkey(handle)
        out.append(case(cid, ["variant_stock"], text, "answer", facts=[stock_facts(v)],
                        sources=[src],
                        rubric=f"Says the {title(handle)} {' / '.join(vals)} is {stock_word(v)}."))
    kerbie = BY_HANDLE["kerbie-22-plastic-cruiser-complete"]
    assert not any(available(v) for v in kerbie["variants"])
    out.append(case("st-kerbie-all-out", ["variant_stock", "whole_product"],
                    "any kerbie plastic cruisers in stock? any colour is fine", "answer",
                    facts=[OUT], sources=[pkey(kerbie["handle"])],
                    rubric="Says the Kerbie 22\" Plastic Cruiser is sold out in every colour."))
    return out


def option_labels():
    rows = [
        ("ol-flinders-widths", "what widths does the flinders pro deck come in?",
         "flinders-pro-deck", 0, lambda s: s.rstrip('"')),
        ("ol-stage2-axles", "what axle widths do the stage 2 trucks come in",
         "forge-stage-2-trucks", 0, lambda s: s.replace("mm", "")),
        ("ol-yarra-colours", "what colours does the yarra cruiser come in?",
         "yarra-27-cruiser-complete", 0, str),
        ("ol-wheels-duro", "what durometers are the bluestone street wheels",
         "bluestone-street-wheels", 1, str),
        ("ol-giftcard", "what amounts do your gift cards come in?", "bluestone-gift-card", 0,
         lambda s: s[:-3]),
        ("ol-bushings", "which hardness do the forge bushings come in", "forge-bushings-pack", 0,
         lambda s: s.split(" (")[0]),
    ]
    out = []
    for cid, text, handle, k, shape in rows:
        p = BY_HANDLE[handle]
        values = []
        for v in p["variants"]:
            if v["values"][k] not in values:
                values.append(v["values"][k])
        out.append(case(cid, ["option_labels"], text, "answer", facts=[shape(x) for x in values],
                        sources=[pkey(handle)],
                        rubric=f"Lists the {p['options'][k]} options of the {p['title']}: "
                               f"{', '.join(values)}."))
    return out


def product_facts():
    def nums(h, lab):
        return [num(x) if isinstance(x, float) else count(x) for x in numbers(line(h, lab))]

    def part(pattern):
        return lambda h, lab: [pick(pattern, line(h, lab))]

    rows = [
        ("pf-yarra-wheelbase", "whats the wheelbase on the yarra cruiser",
         "yarra-27-cruiser-complete", nums, "Wheelbase"),
        ("pf-slick-duro", "how soft are the slick cruiser wheels? what duro",
         "slick-cruiser-wheels", part(r"\d+A"), "Durometer"),
        ("pf-low-height", "how tall are the forge low trucks", "forge-low-trucks",
         part(r"\d+mm"), "Height"),
        ("pf-street-bearings", "what bearings come on the bluestone street complete?",
         "bluestone-street-complete", part(r"ABEC \d+"), "Bearings"),
        ("pf-helmet-cert", "is the crashpad certified helmet approved for australia?",
         "crashpad-certified-helmet", part(r"AS/NZS \d+"), "Certification"),
        ("pf-grom-age", "what age is the grom mini complete good for", "grom-mini-complete",
         nums, "Rider age"),
        ("pf-merri-trucks", "what trucks come on the merri longboard?",
         "merri-drop-through-longboard",
         lambda h, lab: [pick(r"\d+mm", line(h, lab)), pick(r"reverse \w+", line(h, lab))],
         "Trucks"),
        ("pf-backpack-litres", "how big is the bluestone skate backpack, how many litres?",
         "bluestone-skate-backpack", nums, "Capacity"),
    ]
    out = []
    for cid, text, handle, derive, label in rows:
        facts = derive(handle, label)
        out.append(case(cid, ["product_facts"], text, "answer", facts=facts,
                        sources=[pkey(handle)],
                        rubric=f"Answers from the {title(handle)}'s own '{label}' line."))
    return out


def follow_up():
    out = []
    v = variant("forge-stage-2-trucks", "149mm", "Black")
    out.append(case("fu-stage2-black", ["follow_up", "option_change"],
                    ["how much are the forge stage 2 trucks in 149mm raw?", "and in black?"],
                    "answer", facts=[num(v["price"])],
                    sources=[vkey("forge-stage-2-trucks", "149mm", "Black")],
                    rubric=f"Stays on the Stage 2 trucks, 149mm: black is ${money_s(v['price'])}."))
    v = variant("bluestone-street-complete", '8.5"')
    out.append(case("fu-street-85", ["follow_up", "option_change"],
                    ["price on the bluestone street complete 8.0?", "what about the 8.5?"],
                    "answer", facts=[num(v["price"])],
                    sources=[vkey("bluestone-street-complete", '8.5"')],
                    rubric=f"The 8.5\" Street Complete is ${money_s(v['price'])}."))
    v = variant("merri-drop-through-longboard", '41"', "Orange")
    out.append(case("fu-merri-41", ["follow_up", "short"],
                    ["do you have the merri drop-through longboard?", "how much is the 41 inch?"],
                    "answer", facts=[num(v["price"])],
                    sources=[pkey("merri-drop-through-longboard")],
                    rubric=f"The 41\" Merri is ${money_s(v['price'])}."))
    v = variant("crashpad-certified-helmet", "L/XL (57-60cm)", "Matte Black")
    out.append(case("fu-helmet-black", ["follow_up", "stock"],
                    ["is the crashpad certified helmet in L/XL gloss white in stock?",
                     "ok what about matte black?"], "answer", facts=[stock_facts(v)],
                    sources=[vkey("crashpad-certified-helmet", "L/XL (57-60cm)", "Matte Black")],
                    rubric=f"L/XL in Matte Black is {stock_word(v)}."))
    out.append(case("fu-slick-duro", ["follow_up", "description"],
                    ["tell me about the slick cruiser wheels", "what durometer are they?"],
                    "answer", facts=[line("slick-cruiser-wheels", "Durometer")],
                    sources=[pkey("slick-cruiser-wheels")],
                    rubric="The Slick Cruiser Wheels are 78A."))
    v = variant("kerb-vulc-pro-skate-shoe", "11", "Navy/Gum")
    out.append(case("fu-vulc-navy", ["follow_up", "stock"],
                    ["do you have the kerb vulc pro in a US 11 black/white?", "what about navy/gum?"],
                    "answer", facts=[stock_facts(v)],
                    sources=[vkey("kerb-vulc-pro-skate-shoe", "11", "Navy/Gum")],
                    rubric=f"The Vulc Pro in US 11 Navy/Gum is {stock_word(v)}."))
    return out


def _low(handle):
    return min(v["price"] for v in BY_HANDLE[handle]["variants"] if available(v))


def comparison():
    pairs = [
        ("cmp-low-hollow", "which is cheaper, the forge low trucks or the forge hollow light trucks?",
         "forge-low-trucks", "forge-hollow-light-trucks", "cheaper"),
        ("cmp-yarra-swell", "yarra cruiser or the swell surfskate, which costs more?",
         "yarra-27-cruiser-complete", "swell-31-surfskate-complete", "dearer"),
        ("cmp-knee-wrist", "knee pads or wrist guards, which is cheaper", "crashpad-pro-knee-pads",
         "crashpad-wrist-guards", "cheaper"),
        ("cmp-vulc-cupsole", "is the vulc pro or the suede cupsole dearer?",
         "kerb-vulc-pro-skate-shoe", "kerb-suede-cupsole-shoe", "dearer"),
        ("cmp-bearings", "speed bearings vs swiss ceramic bearings, how much is each?",
         "bluestone-speed-bearings-abec-7", "ridgeway-swiss-ceramic-bearings", "each"),
    ]
    out = []
    for cid, text, a, b, asked in pairs:
        pa, pb = _low(a), _low(b)
        assert pa != pb
        win = (a if pa < pb else b) if asked == "cheaper" else (a if pa > pb else b)
        verdict = "" if asked == "each" else f" The {title(win)} is {asked}."
        out.append(case(cid, ["comparison"], text, "answer", facts=[num(pa), num(pb)],
                        sources=[pkey(a), pkey(b)],
                        rubric=f"{title(a)} from ${money_s(pa)}; {title(b)} from "
                               f"${money_s(pb)}.{verdict}"))
    pa = price_of("bluestone-logo-deck", '8.25"')
    pb = price_of("flinders-pro-deck", '8.25"', "Medium")
    out.append(case("cmp-decks-825", ["comparison", "versions"],
                    "logo deck vs flinders pro deck in 8.25, which one's cheaper?", "answer",
                    facts=[num(pa), num(pb)],
                    sources=[pkey("bluestone-logo-deck"), pkey("flinders-pro-deck")],
                    rubric=f"8.25\": Logo Deck ${money_s(pa)}, Flinders Pro ${money_s(pb)}; "
                           f"the Logo Deck is cheaper."))
    return out


def _extreme(kind, dearest):
    best = None
    for p in PRODUCTS:
        if p["kind"] != kind or not for_sale(p):
            continue
        for v in p["variants"]:
            if not available(v):
                continue
            key = -v["price"] if dearest else v["price"]
            if best is None or key < best[0]:
                best = (key, p, v)
    return best[1], best[2]


def superlative():
    rows = [
        ("sup-cheapest-complete", "whats your cheapest complete?", "complete", False),
        ("sup-dearest-complete", "most expensive complete board you sell?", "complete", True),
        ("sup-cheapest-wheels", "cheapest set of wheels?", "wheels", False),
        ("sup-dearest-trucks", "what are the priciest trucks you've got", "trucks", True),
        ("sup-cheapest-deck", "cheapest deck pls", "deck", False),
        ("sup-cheapest-helmet", "what's the cheapest helmet you have", "helmet", False),
    ]
    out = []
    for cid, text, kind, dearest in rows:
        p, v = _extreme(kind, dearest)
        out.append(case(cid, ["superlative", kind], text, "answer",
                        facts=[num(v["price"])], sources=[pkey(p["handle"])],
                        rubric=f"Names the {p['title']} at ${money_s(v['price'])} as the "
                               f"{'dearest' if dearest else 'cheapest'} {kind} available."))
    return out


def not_sold():
    sold_prices = {money_s(x) for p in PRODUCTS if for_sale(p) for v in p["variants"]
                   for x in (v["price"], v["compare_at"]) if x}
    rows = [
        ("ns-impact-shorts", "how much are the crashpad padded impact shorts?",
         "crashpad-padded-impact-shorts", "draft"),
        ("ns-heritage", "do you still have the heritage pool deck 10 inch?", "heritage-pool-deck",
         "archived"),
        ("ns-built-in", "price on the ridgeway built-in bearings?", "ridgeway-built-in-bearings",
         "unpublished"),
        ("ns-coping-kit", "do you sell the mini ramp coping kit", "mini-ramp-coping-kit", "draft"),
    ]
    out = []
    for cid, text, handle, why in rows:
        p = BY_HANDLE[handle]
        assert not for_sale(p)
        price = money_s(p["variants"][0]["price"])
        assert price not in sold_prices, cid
        out.append(case(cid, ["not_sold", why], text, "escalate", never=[price],
                        rubric=f"The {p['title']} is not for sale ({why} in the export): says "
                               f"it isn't among the products sold, offers a person, and never "
                               f"quotes its old price."))
    for cid, text in [("ns-scooters", "do you guys sell scooters?")]:
        out.append(case(cid, ["not_sold", "faq"], text, "answer", facts=[DONT_SELL],
                        sources=[doc("faq.html")],
                        rubric=f"Answers from the FAQ: the shop doesn't sell {policy.NOT_SOLD}."))
    out.append(case("ns-snowboards", ["not_sold", "unknown_kind"], "do you sell snowboards?",
                    "escalate",
                    rubric="No product or page mentions snowboards: says it can't find them "
                           "among the products sold and offers a person."))
    return out


def build():
    return (variant_price() + sale_price() + variant_stock() + option_labels() + product_facts()
            + follow_up() + comparison() + superlative() + not_sold())
