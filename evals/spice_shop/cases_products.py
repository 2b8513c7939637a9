"""Catalog cases: variant prices, sales, stock, options, product facts, follow-ups, superlatives,
comparisons, questions the data cannot answer and products the shop does not sell."""

from casekit import case, num, gbp, never_prices, date_alts, OOS, DOESNT_SAY
from feed import by_key, find_variant, variant_key, product_key, fact_lines
from shopdata import NOT_SOLD

FAQ = "store/pages/faq.html"


def label_of(p, v):
    return p["name"] + (" - " + v["label"] if v["label"] else "")


def variant_price(P):
    asks = [
        ("vp-tellicherry-500", "tellicherry", {"Size": "500 g Bulk Bag"},
         "how much is the tellicherry black pepper in the 500g bulk bag?", ["lowercase"]),
        ("vp-cardamom-100", "green-cardamom", {"Size": "100 g Refill Pouch"},
         "cardamom pods 100g refill pouch price pls", ["abbrev"]),
        ("vp-saffron-1g", "saffron", {"Size": "1 g Tin"}, "How much for 1g of your saffron?", ["chatty"]),
        ("vp-paprika-jar", "smoked-paprika", {"Size": "45 g Jar"}, "smoked paprika jar - how much?", ["short"]),
        ("vp-mill-24-acacia", "pepper-mill", {"Size": "24 cm", "Material": "Acacia Wood"},
         "whats the price of the 24cm acacia pepper mill", ["typo"]),
        ("vp-vanilla-5", "vanilla", {"Size": "Pack of 5"}, "price for a pack of 5 vanilla pods?", ["pack"]),
        ("vp-sampler-12", "sample-set", {"Size": "12 Tins"}, "spice discovery sample set 12 tins how much",
         ["lowercase"]),
        ("vp-curry-kit-8", "curry-kit", {"Size": "Serves 8"},
         "Hiya, how much is the curry night kit that does 8 people?", ["chatty"]),
    ]
    out = []
    for cid, key, opts, text, extra in asks:
        p = P[key]
        v = find_variant(p, **opts)
        others = [o["now"] for o in p["variants"] if o is not v]
        out.append(case(cid, ["variant_price"] + extra, text, "answer", [num(v["now"])],
                        never_prices(others, keep=[v["now"], v["price"]]), [variant_key(p, v)],
                        "Gives the price of %s: %s." % (label_of(p, v), gbp(v["now"]))))
    return out


def sale_price(P):
    out = []
    asks = [
        ("sale-cinnamon-jar", "ceylon-cinnamon", {"Size": "25 g Jar"}, "is the ceylon cinnamon jar on offer?"),
        ("sale-mixed-spice-pouch", "mixed-spice", {"Size": "100 g Refill Pouch"},
         "mixed spice refill pouch, is it discounted atm?"),
        ("sale-giftbox-holly", "gift-box", {"Pattern": "Festive Holly"},
         "how much is the world spice gift box in the festive holly wrap"),
        ("sale-grinder", "electric-grinder", {"Color": "Matt Black"},
         "electric spice grinder in matt black - any discount at the moment?"),
    ]
    for cid, key, opts, text in asks:
        p = P[key]
        v = find_variant(p, **opts)
        assert v["now"] < v["price"]
        out.append(case(cid, ["sale_price"], text, "answer", [num(v["now"]), num(v["price"])], [],
                        [variant_key(p, v)], "Says %s is on sale at %s, down from %s." % (
                            label_of(p, v), gbp(v["now"]), gbp(v["price"]))))
    p = P["garam-masala"]
    v = find_variant(p, Size="40 g Jar")
    assert v["now"] == v["price"] and v["sale"] is not None
    out.append(case("sale-garam-ended", ["sale_price", "ended"], "is the garam masala jar still on sale?",
                    "answer", [num(v["price"])], never_prices([v["sale"]]), [variant_key(p, v)],
                    "The October sale is over: the 40 g jar is %s now." % gbp(v["price"])))
    p = P["dukkah"]
    v = find_variant(p, Size="60 g Jar")
    assert v["now"] == v["price"]
    out.append(case("sale-dukkah-not-yet", ["sale_price", "future"], "how much is the dukkah jar right now?",
                    "answer", [num(v["price"])], [], [variant_key(p, v)],
                    "Gives today's price, %s; the sale at %s has not started yet." % (gbp(v["price"]),
                                                                                       gbp(v["sale"]))))
    on = [p for p in P.values() if any(v["now"] < v["price"] for v in p["variants"])]
    out.append(case("sale-whats-on", ["sale_price", "catalog"], "what's on sale at the moment?", "answer",
                    [p["name"] for p in on], [], [],
                    "Lists what is on sale today: " + ", ".join(p["name"] for p in on) + "."))
    return out


def variant_stock(P):
    out = []
    oos = [("stock-cumin-bulk", "ground-cumin", {"Size": "500 g Bulk Bag"},
            "is the ground cumin 500g bulk bag in stock?"),
           ("stock-star-anise-pouch", "star-anise", {"Size": "100 g Refill Pouch"},
            "do u have star anise refill pouches in stock"),
           ("stock-saffron-2g", "saffron", {"Size": "2 g Tin"}, "2g saffron tin available?"),
           ("stock-ghost", "ghost", {}, "can I buy the ghost pepper powder?")]
    for cid, key, opts, text in oos:
        p = P[key]
        v = find_variant(p, **opts)
        assert v["avail"] == "out_of_stock"
        out.append(case(cid, ["variant_stock", "out_of_stock"], text, "answer", [OOS], [], [variant_key(p, v)],
                        "Says %s is out of stock." % label_of(p, v)))
    p = P["mortar"]
    v = find_variant(p, Size="18 cm", Color="Black")
    assert v["avail"] == "backorder"
    out.append(case("stock-mortar-18-black", ["variant_stock", "backorder"],
                    "is the 18cm black granite mortar in stock", "answer", [date_alts(v["avail_date"])], [],
                    [variant_key(p, v)], "Not in stock but can be ordered; it ships from %s." % v["avail_date"][:10]))
    p = P["cookbook"]
    v = p["variants"][0]
    out.append(case("stock-cookbook-preorder", ["variant_stock", "preorder"],
                    "can i order the spice route cookbook yet?", "answer",
                    [["pre-order", "preorder", "pre order"], date_alts(v["avail_date"])], [], [variant_key(p, v)],
                    "It can be pre-ordered; it is released on %s." % v["avail_date"][:10]))
    for cid, key, opts, text in [("stock-sichuan-100", "sichuan", {"Size": "100 g Refill Pouch"},
                                  "sichuan peppercorns 100g - in stock?"),
                                 ("stock-chilli-gift", "chilli-gift", {},
                                  "is the chilli lover's gift set available to buy?")]:
        p = P[key]
        v = find_variant(p, **opts)
        assert v["avail"] == "in_stock"
        out.append(case(cid, ["variant_stock", "in_stock"], text, "answer", ["in stock"],
                        ["out of stock", "sold out"], [variant_key(p, v)],
                        "Says %s is in stock (%s)." % (label_of(p, v), gbp(v["now"]))))
    return out


def option_labels(P):
    asks = [("opt-paprika-sizes", "smoked-paprika", "Size", "what sizes does the smoked paprika come in?"),
            ("opt-mortar-colours", "mortar", "Color", "what colours is the granite mortar and pestle available in"),
            ("opt-mill-materials", "pepper-mill", "Material", "pepper mill - what materials can I get it in?"),
            ("opt-giftbox-wraps", "gift-box", "Pattern", "which wrapping designs are there for the world spice gift box?"),
            ("opt-vanilla-packs", "vanilla", "Size", "how many pods can i get in the vanilla packs"),
            ("opt-tellicherry-sizes", "tellicherry", "Size", "what pack sizes for the tellicherry peppercorns?")]
    out = []
    for cid, key, opt, text in asks:
        p = P[key]
        vals = []
        for v in p["variants"]:
            if v["options"][opt] not in vals:
                vals.append(v["options"][opt])
        out.append(case(cid, ["option_labels"], text, "answer", vals, [], [product_key(p)],
                        "Lists the %s options of %s: %s." % (opt.lower(), p["name"], ", ".join(vals))))
    return out


def line(p, label):
    return dict(fact_lines(p))[label]


def product_facts(P):
    out = []
    p = P["saffron"]
    out.append(case("pf-saffron-origin", ["product_facts", "origin"], "where does your saffron come from?",
                    "answer", [line(p, "Origin").split(",")[0]], [], [product_key(p)],
                    "Origin: %s." % line(p, "Origin")))
    p = P["scotch-bonnet"]
    out.append(case("pf-scotch-bonnet-heat", ["product_facts", "heat"], "how hot are the scotch bonnet flakes??",
                    "answer", [["%d/5" % p["heat"], "%d out of 5" % p["heat"], "very hot"]], [],
                    [product_key(p)], "Heat: %s." % line(p, "Heat")))
    p = P["zaatar"]
    out.append(case("pf-zaatar-sesame", ["product_facts", "allergen"],
                    "does the zaatar have sesame in it? my daughter is allergic", "answer", ["sesame"], [],
                    [product_key(p)], "Yes: Za'atar contains %s." % p["allergens"]))
    p = P["ras-el-hanout"]
    ing = p["ingredients"].split(", ")
    out.append(case("pf-ras-ingredients", ["product_facts", "ingredients"], "what's actually in ras el hanout?",
                    "answer", [ing[5], ing[0]], [], [product_key(p)], "Ingredients: %s." % p["ingredients"]))
    p = P["dukkah"]
    out.append(case("pf-dukkah-nuts", ["product_facts", "allergen"], "is there nuts in the dukkah",
                    "answer", ["hazelnut"], [], [product_key(p)], "Yes: it contains %s." % p["allergens"]))
    p = P["electric-grinder"]
    out.append(case("pf-grinder-watts", ["product_facts", "spec"], "how powerful is the electric spice grinder?",
                    "answer", [num(p["watts"], 0)], [], [product_key(p)], "Power: %d W." % p["watts"]))
    p = P["gift-box"]
    contents = p["contents"].replace(" and ", ", ").split(", ")
    out.append(case("pf-giftbox-contents", ["product_facts", "contents"], "what comes in the world spice gift box?",
                    "answer", [contents[0], contents[3], contents[-1]], [], [product_key(p)],
                    "What's inside: %s." % p["contents"]))
    p = P["curry-kit"]
    out.append(case("pf-curry-kit-mustard", ["product_facts", "allergen"],
                    "does the curry night kit have mustard in it", "answer", ["mustard"], [], [product_key(p)],
                    "Yes: the kit contains %s." % p["allergens"]))
    return out


def follow_up(P):
    out = []
    p, v = P["garam-masala"], find_variant(P["garam-masala"], Size="500 g Bulk Bag")
    out.append(case("fu-garam-bulk", ["follow_up"], ["how much is the garam masala jar?", "and the bulk bag?"],
                    "answer", [num(v["now"])], [], [variant_key(p, v)], "The 500 g Bulk Bag is %s." % gbp(v["now"])))
    p, v = P["sichuan"], find_variant(P["sichuan"], Size="100 g Refill Pouch")
    out.append(case("fu-sichuan-100", ["follow_up"], ["do you have sichuan peppercorns?", "how much for the 100g?"],
                    "answer", [num(v["now"])], [], [variant_key(p, v)], "The 100 g pouch is %s." % gbp(v["now"])))
    p, v = P["pepper-mill"], find_variant(P["pepper-mill"], Size="24 cm", Material="Stainless Steel")
    out.append(case("fu-mill-24-steel", ["follow_up", "stock"],
                    ["tell me about the adjustable pepper mill", "is the 24 cm stainless steel one in stock?"],
                    "answer", [OOS], [], [variant_key(p, v)], "The 24 cm Stainless Steel mill is out of stock."))
    p, v = P["vanilla"], find_variant(P["vanilla"], Size="Pack of 5")
    out.append(case("fu-vanilla-5", ["follow_up"], ["how much are your vanilla pods", "what about the pack of 5"],
                    "answer", [num(v["now"])], [], [variant_key(p, v)], "A pack of 5 is %s." % gbp(v["now"])))
    p, v = P["chipotle"], find_variant(P["chipotle"], Size="100 g Refill Pouch")
    out.append(case("fu-chipotle-pouch", ["follow_up"], ["are the chipotle flakes very spicy?", "how much is the pouch"],
                    "answer", [num(v["now"])], [], [variant_key(p, v)], "The 100 g pouch is %s." % gbp(v["now"])))
    p, v = P["mortar"], find_variant(P["mortar"], Size="18 cm", Color="Black")
    out.append(case("fu-mortar-black", ["follow_up", "backorder"],
                    ["price of the granite mortar 18cm in grey?", "is the black one in stock?"], "answer",
                    [date_alts(v["avail_date"])], [], [variant_key(p, v)],
                    "The 18 cm Black is on back order, shipping from %s." % v["avail_date"][:10]))
    p, v = P["saffron"], find_variant(P["saffron"], Size="0.5 g Tin")
    out.append(case("fu-saffron-half", ["follow_up"], ["whats the saffron price for 1g", "and the 0.5g tin?"],
                    "answer", [num(v["now"])], [], [variant_key(p, v)], "The 0.5 g tin is %s." % gbp(v["now"])))
    return out


def orderable(v):
    return v["avail"] in ("in_stock", "backorder", "preorder")


def extreme(products, lowest=True):
    pairs = [(v["now"], p, v) for p in products for v in p["variants"] if orderable(v)]
    pairs.sort(key=lambda t: t[0], reverse=not lowest)
    assert len(pairs) > 1 and pairs[0][0] != pairs[1][0], [(a, p["name"]) for a, p, v in pairs[:3]]
    return pairs[0]


def superlative(P):
    everything = list(P.values())
    kinds = [
        ("sup-cheapest-chilli", "cheapest chilli you sell?", True,
         [p for p in everything if p["category"] == "Chillies"]),
        ("sup-priciest-overall", "what's the most expensive thing in your shop", False, everything),
        ("sup-cheapest-gift", "cheapest gift you do? need something for secret santa", True,
         [p for p in everything if p["category"].startswith("Gifts")]),
        ("sup-priciest-blend", "which is your most expensive blend", False,
         [p for p in everything if p["category"] == "Blends"]),
        ("sup-cheapest-peppercorns", "cheapest peppercorns?", True,
         [p for p in everything if "Peppercorns" in p["name"]]),
        ("sup-cheapest-herb", "what's the cheapest dried herb", True,
         [p for p in everything if p["category"] == "Dried Herbs"]),
    ]
    out = []
    for cid, text, low, group in kinds:
        price, p, v = extreme(group, low)
        out.append(case(cid, ["superlative"], text, "answer", [p["name"].split(" (")[0], num(price)], [], [variant_key(p, v)],
                        "Names %s (%s) at %s." % (p["name"], v["label"] or "one size", gbp(price))))
    return out


def comparison(P):
    pairs = [
        ("cmp-cardamom-vs-cumin", ("green-cardamom", {"Size": "100 g Refill Pouch"}), ("cumin-seeds", {"Size": "1 kg Bulk Bag"}),
         "which costs more, the 100g cardamom pouch or the 1kg bag of cumin seeds?"),
        ("cmp-chipotle-vs-kashmiri", ("chipotle", {"Size": "35 g Jar"}), ("kashmiri", {"Size": "45 g Jar"}),
         "chipotle flakes jar or kashmiri chilli powder jar - which is cheaper?"),
        ("cmp-mill-vs-grinder", ("pepper-mill", {"Size": "18 cm", "Material": "Acacia Wood"}),
         ("electric-grinder", {"Color": "Cream"}),
         "is the 18cm acacia pepper mill more expensive than the cream electric grinder?"),
        ("cmp-ras-vs-zaatar", ("ras-el-hanout", {"Size": "40 g Jar"}), ("zaatar", {"Size": "40 g Jar"}),
         "ras el hanout vs za'atar, which jar costs less"),
        ("cmp-sumac-vs-paprika", ("sumac", {"Size": "40 g Jar"}), ("smoked-paprika", {"Size": "45 g Jar"}),
         "sumac or smoked paprika jar, which one's cheaper"),
        ("cmp-mortar-sizes", ("mortar", {"Size": "13 cm", "Color": "Grey"}), ("mortar", {"Size": "18 cm", "Color": "Grey"}),
         "price difference between the 13cm and 18cm grey granite mortar?"),
    ]
    out = []
    for cid, (ka, oa), (kb, ob), text in pairs:
        pa, pb = P[ka], P[kb]
        va, vb = find_variant(pa, **oa), find_variant(pb, **ob)
        assert va["now"] != vb["now"]
        (lo, vlo), (hi, vhi) = sorted([(label_of(pa, va), va["now"]), (label_of(pb, vb), vb["now"])],
                                      key=lambda t: t[1])
        out.append(case(cid, ["comparison"], text, "answer", [num(va["now"]), num(vb["now"])], [],
                        [variant_key(pa, va), variant_key(pb, vb)],
                        "%s is %s and %s is %s: the %s costs more (%s difference)." % (
                            lo, gbp(vlo), hi, gbp(vhi), hi, gbp(vhi - vlo))))
    return out


def unknown(P):
    asks = [("unk-cinnamon-organic", "is the ceylon cinnamon certified organic?", "ceylon-cinnamon"),
            ("unk-grinder-cable", "how long is the cable on the electric spice grinder?", "electric-grinder"),
            ("unk-jerk-calories", "how many calories are in the jerk seasoning", "jerk"),
            ("unk-oregano-kosher", "is your greek oregano kosher?", "oregano"),
            ("unk-cardamom-harvest", "when was the cardamom harvested? want it fresh", "green-cardamom"),
            ("unk-workshops", "do you run spice blending workshops or classes?", None),
            ("unk-klarna", "can i pay with klarna", None)]
    out = []
    for cid, text, key in asks:
        out.append(case(cid, ["unknown"], text, "escalate", [DOESNT_SAY], [], [],
                        "The shop's data does not say; says so honestly instead of guessing, and hands over "
                        "to (or offers) a person."))
    return out


def not_sold(P):
    out = []
    texts = {"fresh chillies": "do you sell fresh chillies?",
             "fresh curry leaves": "got any fresh curry leaves",
             "asafoetida (hing)": "do you have asafoetida? hing",
             "spice racks": "do you sell spice racks to go with the jars",
             "gift cards": "can i buy a gift card from you?"}
    for thing, _why in NOT_SOLD:
        out.append(case("ns-" + thing.split(" (")[0].replace(" ", "-"), ["not_sold"], texts[thing], "answer",
                        [["don't sell", "do not sell", "don't stock", "do not stock", "don't offer", "not sell"]],
                        [], [FAQ], "The FAQ says the shop doesn't sell %s." % thing))
    p = P["lavender-sugar"]
    out.append(case("ns-lavender-discontinued", ["not_sold", "discontinued"],
                    "when will the lavender sugar be back in stock?", "answer",
                    [["discontinued", "not be restocking", "won't be restocking", "not restocking"]], [],
                    [product_key(p)], "It is discontinued and will not be restocked."))
    return out


def build(catalog):
    P = by_key(catalog)
    return (variant_price(P) + sale_price(P) + variant_stock(P) + option_labels(P) + product_facts(P)
            + follow_up(P) + superlative(P) + comparison(P) + unknown(P) + not_sold(P))
