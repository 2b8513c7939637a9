"""Catalog cases: prices, stock, option lists, superlatives, comparisons, sales, description facts,
follow-ups and products that are no longer sold. Every expected fact is read from catalog.py."""

from __future__ import annotations

import re

from casekit import (BACKORDER, IN_STOCK, OUT_OF_STOCK, PREORDER, case, check_grounded, date_phrases, gbp,
                     num)
from catalog import (DISCONTINUED, PRODUCTS, by_gid, current_price, label, on_sale_now, orderable,
                     product_key, variant, variant_key)


def _stock_facts(v):
    a = v["availability"]
    if a == "in_stock":
        return [IN_STOCK], "is in stock"
    if a == "out_of_stock":
        return [OUT_OF_STOCK], "is out of stock"
    if a == "backorder":
        return [BACKORDER, date_phrases(v["availability_date"])], \
            f"is on backorder and can still be ordered (expected {v['availability_date'][:10]})"
    return [PREORDER, date_phrases(v["availability_date"])], \
        f"can be pre-ordered (released {v['availability_date'][:10]})"


def price_case(cid, tags, q, gid, **opts):
    v = variant(gid, **opts) if opts else by_gid(gid)["variants"][0]
    p = current_price(v)
    return case(cid, ["variant_price"] + tags, q, action="answer", facts=[num(p)],
                sources=[variant_key(v)], rubric=f"Gives the price of {label(v)}: {gbp(p)}.")


def stock_case(cid, tags, q, gid, **opts):
    v = variant(gid, **opts) if opts else by_gid(gid)["variants"][0]
    facts, says = _stock_facts(v)
    return case(cid, ["variant_stock", v["availability"]] + tags, q, action="answer", facts=facts,
                sources=[variant_key(v)], rubric=f"Says {label(v)} {says}.")


def options_case(cid, tags, q, gid, key):
    p = by_gid(gid)
    values = []
    for v in p["variants"]:
        val = v["options"][key]
        if val not in values:
            values.append(val)
    return case(cid, ["option_labels"] + tags, q, action="answer", facts=values,
                sources=[product_key(p)],
                rubric=f"Lists the {key} options of {p['name']}: {', '.join(values)}.")


def _extreme(kind, mode, in_stock_only=False):
    best = None
    for p in PRODUCTS:
        if kind not in p["kind_words"]:
            continue
        for v in p["variants"]:
            if not orderable(v) or (in_stock_only and v["availability"] != "in_stock"):
                continue
            price = current_price(v)
            if best is None or (price < best[0] if mode == "min" else price > best[0]):
                best = (price, v)
    return best


def superlative_case(cid, tags, q, kind, mode, in_stock_only=False):
    price, v = _extreme(kind, mode, in_stock_only)
    word = "cheapest" if mode == "min" else "most expensive"
    return case(cid, ["superlative", mode] + tags, q, action="answer",
                facts=[v["product"]["name"], num(price)], sources=[product_key(v["product"])],
                rubric=f"Names {label(v)} at {gbp(price)} as the {word} {kind} that can be ordered.")


def compare_case(cid, tags, q, a, b):
    va, vb = variant(a[0], **a[1]) if a[1] else by_gid(a[0])["variants"][0], \
        variant(b[0], **b[1]) if b[1] else by_gid(b[0])["variants"][0]
    pa, pb = current_price(va), current_price(vb)
    cheaper = label(va) if pa < pb else label(vb)
    return case(cid, ["comparison"] + tags, q, action="answer", facts=[num(pa), num(pb)],
                sources=[variant_key(va), variant_key(vb)],
                rubric=f"Gives both prices ({label(va)}: {gbp(pa)}; {label(vb)}: {gbp(pb)}) and says the "
                       f"cheaper one is {cheaper}.")


def fact_case(cid, tags, q, gid, fact_label, facts, turns_before=()):
    p = by_gid(gid)
    value = p["facts"][fact_label]
    check_grounded(facts, value, cid)
    return case(cid, ["description"] + tags, list(turns_before) + [q], action="answer", facts=facts,
                sources=[product_key(p)], rubric=f"Answers from {p['name']}'s description: {fact_label}: {value}.")


def build():
    C = []
    # ------------------------------------------------------------ variant_price
    C += [
        price_case("price-cikb-16", ["lowercase"], "how much is the 16kg cast iron kettlebell?", "RB-CIKB", size="16 kg"),
        price_case("price-hexdb-20-typo", ["typo"], "price of a 20 kg hex dumbell?", "RB-HEXDB", size="20 kg"),
        price_case("price-compkb-24-typos", ["typo", "abbreviation"], "hw much for the competiton kb 24kg", "RB-COMPKB", size="24 kg"),
        price_case("price-neodb-4", ["terse"], "neoprene dumbbells 4kg pair price", "RB-NEODB", size="4 kg"),
        price_case("price-nbrmat-15-blue", [], "What does the 15 mm NBR exercise mat cost in blue?", "RB-NBRMAT", size="15 mm", color="Blue"),
        price_case("price-floortile-20-12", ["pattern_option"], "20mm interlocking floor tiles pack of 12 how much", "RB-FLOORTILE", size="20 mm", pattern="Pack of 12"),
        price_case("price-foamroller-45-grid", ["pattern_option"], "cost of the 45cm grid foam roller?", "RB-FOAMROLLER", size="45 cm", pattern="Grid"),
        price_case("price-olybar-chrome", ["material_option"], "how much is the hard chrome olympic bar", "RB-OLYBAR", material="Hard chrome"),
        price_case("price-powerband-heavy", ["colour_named"], "price for the heavy loop band (the purple one)", "RB-POWERBAND", size="Heavy"),
        price_case("price-chromedb-3-slang", ["slang"], "how much r the chrome dumbbells in 3kg", "RB-CHROMEDB", size="3 kg"),
        price_case("price-adjdb-single", [], "adjustable dumbbell - just a single one, how much?", "RB-ADJDB", size="Single"),
        price_case("price-slamball-10", ["terse"], "10kg slam ball £?", "RB-SLAMBALL", size="10 kg"),
    ]
    # ------------------------------------------------------------ variant_stock
    C += [
        stock_case("stock-hexdb-22-5", [], "is the 22.5kg hex dumbbell in stock?", "RB-HEXDB", size="22.5 kg"),
        stock_case("stock-cikb-28", [], "do you have the 28 kg cast iron kettlebell in stock", "RB-CIKB", size="28 kg"),
        stock_case("stock-cikb-32", ["lowercase"], "is the 32kg kettlebell available?", "RB-CIKB", size="32 kg"),
        stock_case("stock-hexdb-25", ["terse"], "hex dumbbell 25kg in stock?", "RB-HEXDB", size="25 kg"),
        stock_case("stock-squatrack", [], "is the folding squat rack in stock? want one before xmas", "RB-SQUATRACK"),
        stock_case("stock-magrower", [], "can i buy the magnetic rower yet?", "RB-MAGROWER"),
        stock_case("stock-gloves-pink-s", [], "pink gym gloves size S - in stock?", "RB-GLOVES", color="Pink", size="S"),
        stock_case("stock-fidbench-grey", ["british_spelling"], "is the grey FID bench in stock", "RB-FIDBENCH", color="Grey"),
        stock_case("stock-compkb-12", ["slang"], "got the 12kg comp kettlebell in stock?", "RB-COMPKB", size="12 kg"),
        stock_case("stock-powerband-xheavy", ["colour_named"], "extra heavy power band (green) - any left?", "RB-POWERBAND", size="Extra Heavy"),
        stock_case("stock-rubbermat-terracotta", [], "is the terracotta rubber yoga mat available", "RB-RUBBERMAT", color="Terracotta"),
    ]
    # ------------------------------------------------------------ option_labels
    C += [
        options_case("options-cikb-weights", ["option_word_differs"], "what weights does the cast iron kettlebell come in?", "RB-CIKB", "size"),
        options_case("options-tpemat-colours", ["british_spelling"], "what colours does the tpe yoga mat come in", "RB-TPEMAT", "color"),
        options_case("options-powerband-tensions", ["option_word_differs"], "which tensions do the loop power bands come in?", "RB-POWERBAND", "size"),
        options_case("options-speedrope-lengths", ["option_word_differs"], "what lengths does the speed rope come in", "RB-SPEEDROPE", "size"),
        options_case("options-nbrmat-thickness", ["option_word_differs"], "what thicknesses can i get the nbr exercise mat in?", "RB-NBRMAT", "size"),
        options_case("options-giftcard-amounts", ["option_word_differs"], "what amounts do your gift cards come in", "RB-GIFTCARD", "size"),
        options_case("options-foamroller-texture", ["pattern_option"], "does the foam roller come in different textures?", "RB-FOAMROLLER", "pattern"),
    ]
    # ------------------------------------------------------------ superlative
    C += [
        superlative_case("cheapest-kettlebell", [], "what's your cheapest kettlebell?", "kettlebell", "min"),
        superlative_case("priciest-kettlebell", ["slang"], "most expensive kettlebell you do?", "kettlebell", "max"),
        superlative_case("cheapest-mat", ["lowercase"], "whats the cheapest mat", "mat", "min"),
        superlative_case("priciest-rower", [], "which is your priciest rowing machine?", "rowing machine", "max"),
        superlative_case("cheapest-bench", ["terse"], "cheapest bench?", "bench", "min"),
        superlative_case("priciest-dumbbell", [], "what are the most expensive dumbbells you sell", "dumbbell", "max"),
    ]
    # ------------------------------------------------------------ comparison
    C += [
        compare_case("compare-kb-16-ci-vs-comp", [], "which is cheaper, the 16kg cast iron kettlebell or the 16kg competition one?",
                     ("RB-CIKB", {"size": "16 kg"}), ("RB-COMPKB", {"size": "16 kg"})),
        compare_case("compare-plate-20-bumper-vs-iron", ["terse"], "20kg bumper plate vs 20kg cast iron plate - price?",
                     ("RB-BUMPER", {"size": "20 kg"}), ("RB-CIPLATE", {"size": "20 kg"})),
        compare_case("compare-rowers", [], "air rower or magnetic rower, which costs less?",
                     ("RB-AIRROWER", {}), ("RB-MAGROWER", {})),
        compare_case("compare-5kg-pairs", [], "chrome dumbbell pair 5kg or neoprene 5kg - which is cheaper",
                     ("RB-CHROMEDB", {"size": "5 kg"}), ("RB-NEODB", {"size": "5 kg"})),
        compare_case("compare-benches", ["lowercase"], "flat utility bench vs the black fid bench, how much is each",
                     ("RB-FLATBENCH", {}), ("RB-FIDBENCH", {"color": "Black"})),
    ]
    fb, fid = by_gid("RB-FLATBENCH"), by_gid("RB-FIDBENCH")
    C.append(case("compare-bench-max-user-weight", ["comparison", "attribute"],
                  "which bench takes more weight, the flat utility bench or the adjustable fid bench?",
                  action="answer",
                  facts=[fb["facts"]["Max user weight"], fid["facts"]["Max user weight"]],
                  sources=[product_key(fb), product_key(fid)],
                  rubric=f"Gives each bench's max user weight (Flat Utility Bench {fb['facts']['Max user weight']}, "
                         f"Adjustable FID Weight Bench {fid['facts']['Max user weight']}) and says the FID bench takes more."))
    # ------------------------------------------------------------ sale
    for cid, tags, q, gid, opts in [
        ("sale-massagegun", [], "is the massage gun on sale?", "RB-MASSAGEGUN", {"color": "Black"}),
        ("sale-miniband", ["british_wording"], "are the mini bands on offer at the mo", "RB-MINIBAND", {}),
    ]:
        v = variant(gid, **opts) if opts else by_gid(gid)["variants"][0]
        C.append(case(cid, ["sale"] + tags, q, action="answer", facts=[num(v["sale"]), num(v["price"])],
                      sources=[product_key(v["product"])],
                      rubric=f"Says {label(v)} is on sale at {gbp(v['sale'])}, was {gbp(v['price'])}."))
    ar = by_gid("RB-AIRROWER")["variants"][0]
    C.append(case("sale-airrower-was", ["sale", "compare_at"], "how much was the air rower before the sale?",
                  action="answer", facts=[num(ar["price"])], sources=[product_key(ar["product"])],
                  rubric=f"Says the Air Rowing Machine was {gbp(ar['price'])} before the sale (now {gbp(ar['sale'])})."))
    tpe = variant("RB-TPEMAT", color="Sage")
    C.append(case("sale-tpemat-ended", ["sale", "sale_ended"], "is the flowstate yoga mat still on sale? how much is it now",
                  action="answer", facts=[num(tpe["price"])], sources=[product_key(tpe["product"])],
                  rubric=f"The October sale ({gbp(tpe['sale'])}) has ended: the FlowState TPE Yoga Mat 6 mm is "
                         f"{gbp(tpe['price'])} now."))
    fidv = variant("RB-FIDBENCH", color="Black")
    C.append(case("sale-fidbench-future", ["sale", "sale_not_started"], "how much is the adjustable fid bench right now?",
                  action="answer", facts=[num(fidv["price"])], sources=[product_key(fidv["product"])],
                  rubric=f"Gives today's price of the Adjustable FID Weight Bench, {gbp(fidv['price'])}; its sale at "
                         f"{gbp(fidv['sale'])} only starts on {fidv['sale_window'][:10]}."))
    on_sale = []
    for p in PRODUCTS:
        if any(on_sale_now(v) for v in p["variants"]):
            on_sale.append(re.sub(r"\s*\(.*?\)", "", p["name"]))
    C.append(case("sale-whats-on-sale", ["sale", "catalog_wide"], "what's on sale at the moment?", action="answer",
                  facts=[on_sale], rubric="Names items on sale now (any of: " + ", ".join(on_sale) +
                  "), not the mat whose sale ended or the bench whose sale hasn't started."))
    # ------------------------------------------------------------ description facts (read from each product's lines)
    def fx(gid, lab, pattern):
        return re.search(pattern, by_gid(gid)["facts"][lab]).group(0)

    def fn(gid, lab, pattern):
        return num(float(re.search(pattern, by_gid(gid)["facts"][lab]).group(1)), 0)

    C += [
        fact_case("desc-fidbench-max-user", ["lowercase"], "max user weight on the fid bench?", "RB-FIDBENCH", "Max user weight",
                  [fx("RB-FIDBENCH", "Max user weight", r"\d+ kg")]),
        fact_case("desc-olybar-length", [], "how long is the olympic barbell", "RB-OLYBAR", "Length",
                  [fx("RB-OLYBAR", "Length", r"[\d.]+ m")]),
        fact_case("desc-airrower-damper", [], "how many damper settings does the air rower have", "RB-AIRROWER", "Resistance",
                  [fn("RB-AIRROWER", "Resistance", r"(\d+) damper")]),
        fact_case("desc-magrower-levels", [], "how many resistance levels on the magnetic rowing machine?", "RB-MAGROWER", "Resistance",
                  [fn("RB-MAGROWER", "Resistance", r"(\d+) levels")]),
        fact_case("desc-bandset-contents", ["contents"], "whats included in the 11 piece resistance band set", "RB-BANDSET", "Contents",
                  [fx("RB-BANDSET", "Contents", r"door anchor"), fx("RB-BANDSET", "Contents", r"ankle straps")]),
        fact_case("desc-adjdb-stand", ["yes_no"], "does the adjustable dumbbell come with a stand?", "RB-ADJDB", "Stand",
                  [["sold separately", "not included", "isn't included", "doesn't come with", "does not come with"]]),
        fact_case("desc-massagegun-battery", [], "battery life on the massage gun?", "RB-MASSAGEGUN", "Battery life",
                  [fx("RB-MASSAGEGUN", "Battery life", r"\d+ hours")]),
        fact_case("desc-hexdb-single", ["yes_no"], "are the hex dumbbells sold as a pair or just one?", "RB-HEXDB", "Sold as",
                  [["single", "singly", "individually", "not a pair"]]),
    ]
    # ------------------------------------------------------------ follow-ups
    v24 = variant("RB-CIKB", size="24 kg")
    C.append(case("follow-cikb-24", ["follow_up", "price"], ["how much is the 16kg cast iron kettlebell?", "and the 24kg?"],
                  action="answer", facts=[num(current_price(v24))], sources=[variant_key(v24)],
                  rubric=f"Stays with the Cast Iron Kettlebell and gives the 24 kg price: {gbp(current_price(v24))}."))
    v20 = variant("RB-COMPKB", size="20 kg")
    f20, _ = _stock_facts(v20)
    C.append(case("follow-compkb-20-stock", ["follow_up", "stock"], ["is the 12kg competition kettlebell in stock?", "what about the 20kg one?"],
                  action="answer", facts=f20, sources=[variant_key(v20)],
                  rubric="Stays with the Competition Kettlebell and says the 20 kg (Purple) is out of stock."))
    wide = variant("RB-DOORBAR", size="Wide (81-100 cm)")
    C.append(case("follow-doorbar-wide", ["follow_up", "price"], ["how much is the doorway pull up bar?", "and the wide one?"],
                  action="answer", facts=[num(current_price(wide))], sources=[variant_key(wide)],
                  rubric=f"Gives the Wide (81-100 cm) Doorway Pull-Up Bar's price: {gbp(current_price(wide))}."))
    plum = variant("RB-TPEMAT", color="Plum")
    C.append(case("follow-tpemat-plum", ["follow_up", "stock"], ["what colours does the tpe yoga mat come in", "is the plum one in stock?"],
                  action="answer", facts=[OUT_OF_STOCK], sources=[variant_key(plum)],
                  rubric="Says the Plum FlowState TPE Yoga Mat is out of stock."))
    nbr15 = variant("RB-NBRMAT", size="15 mm", color="Black")
    C.append(case("follow-nbrmat-15", ["follow_up", "price"], ["price of the 10mm nbr exercise mat in black", "and in 15mm?"],
                  action="answer", facts=[num(current_price(nbr15))], sources=[variant_key(nbr15)],
                  rubric=f"Keeps Black and gives the 15 mm NBR Exercise Mat's price: {gbp(current_price(nbr15))}."))
    air = by_gid("RB-AIRROWER")
    C.append(case("follow-airrower-max-user", ["follow_up", "description"], ["tell me about the air rowing machine", "whats the max user weight?"],
                  action="answer", facts=[air["facts"]["Max user weight"]], sources=[product_key(air)],
                  rubric=f"Stays with the Air Rowing Machine: max user weight {air['facts']['Max user weight']}."))
    wr = variant("RB-WEIGHTROPE", size="0.5 kg")
    C.append(case("follow-weightrope-half", ["follow_up", "price"], ["how much is the 1kg weighted jump rope", "do you have it in 0.5kg? how much"],
                  action="answer", facts=[num(current_price(wr))], sources=[variant_key(wr)],
                  rubric=f"Gives the 0.5 kg Weighted Jump Rope's price, {gbp(current_price(wr))}, and that it is in stock."))
    # ------------------------------------------------------------ no longer sold (not in the feed)
    vibe, rack = DISCONTINUED
    C.append(case("hidden-vibration-plate", ["hidden", "discontinued"], "do you still sell the vibration plate? how much is it?",
                  never=[f"£{vibe['price']:.2f}", vibe["sku"]],
                  rubric="The Vibration Plate V1 is not in the catalog: says it isn't sold (or doesn't know it), gives no "
                         "price, and may offer what is sold instead."))
    C.append(case("hidden-kb-rack", ["hidden", "discontinued"], "i bought a kettlebell storage rack from you ages ago, can i get another one?",
                  never=[rack["sku"], f"£{rack['price']:.2f}"],
                  rubric="The Kettlebell Storage Rack is no longer sold: does not offer it, quote a price or invent stock."))
    C.append(case("hidden-vibe-sku", ["hidden", "discontinued", "sku"], f"{vibe['sku']} in stock?",
                  never=[f"£{vibe['price']:.2f}", f"{vibe['price']:.2f}"],
                  rubric="A pasted SKU of a product not in the feed: says it can't find it; no price, no stock."))
    return C
