"""Catalog cases: prices, stock, options, superlatives, comparisons, sales, descriptions,
follow-ups and products that are not for sale. Every expected fact is read from catalog.py."""

import catalog as cat
from common import (BACKORDER, IN_STOCK, OUT_OF_STOCK, case, money, num, price_never)


def _v(handle, values):
    return cat.product(handle), cat.variant(handle, *values)


def _stock_word(v):
    if v["available"]:
        return "in stock"
    return "on backorder (can be ordered)" if v["backorder"] else "out of stock"


# ---------------------------------------------------------------- variant_price
VARIANT_PRICE = [
    ("vp-lfs-child10", ["kids"], "how much r the leather ballet slippers in child 10, medium width?",
     "leather-full-sole-ballet-slipper", ("Child 10", "M")),
    ("vp-lfs-5-wide", ["abbrev"], "leather full sole slipper sz 5 W - price?",
     "leather-full-sole-ballet-slipper", ("5", "W")),
    ("vp-ots-8-wide", ["lowercase"], "oxford tap shoes womens 8 wide how much",
     "oxford-tap-shoe", ("8", "W")),
    ("vp-aur-5-xxx", ["abbrev"], "aurora pointes 5 XXX - whats the price",
     "aurora-pointe-shoe", ("5", "XXX")),
    ("vp-aur-5-xx", ["chatty"], "Hi there! My teacher said to try the Aurora in a 5 XX. How much "
     "are they?", "aurora-pointe-shoe", ("5", "XX")),
    ("vp-chs-25-7", ["units"], "character shoes w/ the 2.5 inch heel in size 7, cost?",
     "character-shoe", ("2.5 in", "7")),
    ("vp-csl-adult-s", ["abbrev"], "how much is the cap sleeve leo in adult small",
     "cap-sleeve-leotard", ("Adult S",)),
    ("vp-csl-child-m", ["kids"], "price of cap sleeve leotard for a kid, size child M?",
     "cap-sleeve-leotard", ("Child M",)),
    ("vp-cvt-lxl-caramel", ["typo"], "convertable tights L/XL in caramel $?",
     "convertible-tights", ("L/XL", "Caramel")),
    ("vp-ptu-adult", ["french"], "c'est combien le practice tutu en taille adulte?",
     "practice-tutu-skirt", ("Adult",)),
    ("vp-eto-5-xx", ["no_accent"], "etoile pointe shoe 5XX how much", "etoile-pointe-shoe",
     ("5", "XX")),
]


def variant_price_cases():
    out = []
    for cid, tags, q, handle, values in VARIANT_PRICE:
        p, v = _v(handle, values)
        others = [w["price"] for w in p["variants"] if w["price"] != v["price"]]
        assert v["available"], cid  # an in-stock version: no alternatives will be listed
        out.append(case(cid, ["variant_price"] + tags, q, action="answer",
                        facts=[num(v["price"])], never=price_never(others),
                        sources=[cat.variant_key(handle, v)],
                        rubric="Gives the price of the %s: $%s."
                        % (cat.line_name(p, v), money(v["price"]))))
    return out


# ---------------------------------------------------------------- variant_stock
VARIANT_STOCK = [
    ("vs-cam-l-navy", [], "is the camisole leotard in L navy in stock?", "camisole-leotard",
     ("L", "Navy")),
    ("vs-cam-xs-navy", ["low_stock"], "do u have the camisole leo XS in navy", "camisole-leotard",
     ("XS", "Navy")),
    ("vs-eto-45-x", ["no_accent"], "etoile 4.5 X available?", "etoile-pointe-shoe", ("4.5", "X")),
    ("vs-eto-5-x", ["french"], "Bonjour! avez-vous les pointes Étoile en 5 X en stock?",
     "etoile-pointe-shoe", ("5", "X")),
    ("vs-ktl-1012-blue", ["kids"], "my daughter needs the kids tank leotard 10-12 in light blue, "
     "got any?", "kids-tank-leotard", ("10-12", "Light Blue")),
    ("vs-wub-m-black", ["backorder"], "warm up booties medium black - can i still get them?",
     "warm-up-booties", ("M", "Black")),
    ("vs-dsn-9", ["backorder"], "is the split sole dance sneaker available in a 9?",
     "split-sole-dance-sneaker", ("9",)),
    ("vs-thg", ["single"], "do you have tip hardener glue in stock right now",
     "tip-hardener-glue", ()),
    ("vs-cgb", ["untracked"], "is the costume garment bag available?", "costume-garment-bag", ()),
]


def variant_stock_cases():
    out = []
    for cid, tags, q, handle, values in VARIANT_STOCK:
        p, v = _v(handle, values)
        if v["available"]:
            facts = [IN_STOCK]
        elif v["backorder"]:
            facts = [BACKORDER]
        else:
            facts = [OUT_OF_STOCK]
        src = cat.variant_key(handle, v) if values else cat.product_key(handle)
        out.append(case(cid, ["variant_stock"] + tags, q, action="answer", facts=facts,
                        sources=[src],
                        rubric="Says the %s is %s." % (cat.line_name(p, v), _stock_word(v))))
    return out


# ---------------------------------------------------------------- option_labels
OPTION_LABELS = [
    ("ol-cvt-colours", [], "what colours do the convertible tights come in?",
     "convertible-tights", "Colour"),
    ("ol-aur-widths", ["abbrev"], "which widths for the aurora pointes", "aurora-pointe-shoe",
     "Width"),
    ("ol-mjt-sizes", ["kids"], "what sizes does the kids mary jane tap shoe come in",
     "kids-mary-jane-tap-shoe", "Size"),
    ("ol-chs-heels", ["other_word"], "how high are the heels on the character shoes? what are "
     "my options", "character-shoe", "Heel"),
    ("ol-bun-colours", ["other_word"], "bun kit - which hair colours?", "ballet-bun-kit",
     "Hair Colour"),
    ("ol-srb-strengths", ["other_word"], "what resistance levels does the stretch band come in",
     "stretch-resistance-band", "Strength"),
    ("ol-gc-amounts", ["other_word"], "what amounts can i get a gift card in?",
     "barre-and-bow-gift-card", "Denominations"),
    ("ol-kft-ages", ["kids"], "kids footed tights - what ages do they go up to?",
     "kids-footed-tights", "Age"),
]


def _value_fact(val):
    if val.startswith("$"):
        return [val, val[1:] + ".00", val[1:]]
    return [val]


def option_label_cases():
    out = []
    for cid, tags, q, handle, opt in OPTION_LABELS:
        p = cat.product(handle)
        values = dict(p["options"])[opt]
        facts = [_value_fact(v) for v in values if len(v) > 1 or not v.isdigit()]
        out.append(case(cid, ["option_labels"] + tags, q, action="answer", facts=facts,
                        sources=[cat.product_key(handle)],
                        rubric="Lists the %s options of the %s: %s."
                        % (opt, p["title"], ", ".join(values))))
    return out


# ---------------------------------------------------------------- superlative, comparison
def _kind(kind_word, ptype=None):
    """Products for sale whose name ends with the kind word (checked against their Type)."""
    ps = [p for p in cat.FOR_SALE
          if p["title"].lower().rstrip("s").endswith(kind_word.lower().rstrip("s"))]
    if ptype:
        assert all(p["type"] == ptype for p in ps), (kind_word, [p["title"] for p in ps])
    return ps


def _avail_prices(p):
    return [v["price"] for v in p["variants"] if v["available"]]


def _extreme(products, cheapest):
    best = None
    for p in products:
        for v in p["variants"]:
            if not v["available"]:
                continue
            key = v["price"] if cheapest else -v["price"]
            if best is None or key < best[0]:
                best = (key, p, v)
    # the winner must be unique by product
    ties = {p["handle"] for p in products for v in p["variants"]
            if v["available"] and v["price"] == best[2]["price"]}
    assert len(ties) == 1, ties
    return best[1], best[2]


def _hidden_never(kind):
    """Products not for sale of the kind asked (all of them for the whole shop) never appear."""
    hidden = [h for h in cat.HIDDEN if kind is None or h["title"].endswith(kind)]
    never = [h["title"] for h in hidden]
    if kind is None:
        never += price_never([v["price"] for h in hidden for v in h["variants"]])
    return never


SUPERLATIVE = [
    ("sup-cheapest-pointe", [], "what's the cheapest pointe shoe you have in stock?",
     "Pointe Shoe", "Pointe Shoes", True),
    ("sup-priciest-leotard", [], "most expensive leotard?", "Leotard", "Leotards", False),
    ("sup-cheapest-tights", ["lowercase"], "cheapest tights u sell", "Tights", "Tights", True),
    ("sup-priciest-tap", [], "which tap shoes are the priciest?", "Tap Shoe", "Tap Shoes", False),
    ("sup-cheapest-bag", ["other_word"], "least expensive dance bag?", "Bag", "Dance Bags", True),
    ("sup-priciest-shop", ["whole_shop"], "what's the most expensive thing in your whole shop?",
     None, None, False),
]


def superlative_cases():
    out = []
    for cid, tags, q, kind, ptype, cheapest in SUPERLATIVE:
        products = cat.FOR_SALE if kind is None else _kind(kind, ptype)
        p, v = _extreme(products, cheapest)
        out.append(case(cid, ["superlative"] + tags, q, action="answer",
                        facts=[[p["title"]], num(v["price"])],
                        never=_hidden_never(kind),
                        rubric="Names the %s at $%s as the %s that can be bought now."
                        % (cat.line_name(p, v), money(v["price"]),
                           "cheapest" if cheapest else "most expensive")))
    return out


COMPARISON = [
    ("cmp-eto-aur", [], "which is cheaper, the etoile or the aurora pointe shoes?",
     "etoile-pointe-shoe", "aurora-pointe-shoe", True),
    ("cmp-slippers", ["chatty"], "canvas split sole vs leather full sole slippers - which one "
     "costs less?", "canvas-split-sole-ballet-slipper", "leather-full-sole-ballet-slipper", True),
    ("cmp-mesh-cam", [], "mesh back leotard or the camisole leotard, which is more expensive?",
     "mesh-back-leotard", "camisole-leotard", False),
    ("cmp-duffle-backpack", ["lowercase"], "duffle dance bag vs kids ballerina backpack which is "
     "cheaper", "duffle-dance-bag", "kids-ballerina-backpack", True),
    ("cmp-skirt-tutu", [], "what costs more: the chiffon wrap skirt or the practice tutu?",
     "chiffon-wrap-skirt", "practice-tutu-skirt", False),
]


def comparison_cases():
    out = []
    for cid, tags, q, a, b, cheaper in COMPARISON:
        pa, pb = cat.product(a), cat.product(b)
        lo_a, lo_b = min(_avail_prices(pa)), min(_avail_prices(pb))
        hi_a, hi_b = max(_avail_prices(pa)), max(_avail_prices(pb))
        # the answer must not depend on which version is read
        if hi_a < lo_b:
            low, high = pa, pb
        elif hi_b < lo_a:
            low, high = pb, pa
        else:
            raise AssertionError(cid)
        win = low if cheaper else high
        facts = [[win["title"]]]
        if len(set(_avail_prices(win))) == 1:
            facts.append(num(_avail_prices(win)[0]))

        def rng(p):
            ps = sorted(set(_avail_prices(p)))
            return "$%s" % money(ps[0]) if len(ps) == 1 else "$%s-$%s" % (money(ps[0]),
                                                                           money(ps[-1]))
        out.append(case(cid, ["comparison"] + tags, q, action="answer", facts=facts,
                        sources=[cat.product_key(win["handle"])],
                        rubric="The %s is %s: %s (%s) vs %s (%s)."
                        % (win["title"], "cheaper" if cheaper else "more expensive",
                           pa["title"], rng(pa), pb["title"], rng(pb))))
    return out


# ---------------------------------------------------------------- sale
def sale_cases():
    out = []
    p, v = _v("velvet-long-sleeve-leotard", ("M", "Black"))
    out.append(case("sale-velvet", ["sale"], "is the velvet leotard on sale?", action="answer",
                    facts=[num(v["price"]), num(v["compare"])],
                    sources=[cat.product_key(p["handle"])],
                    rubric="Yes: the Velvet Long Sleeve Leotard is $%s, was $%s."
                    % (money(v["price"]), money(v["compare"]))))
    p, v = _v("warm-up-onesie", ("M",))
    out.append(case("sale-onesie-before", ["sale", "compare_at"],
                    "what was the warm up onesie before the sale?", action="answer",
                    facts=[num(v["compare"])], sources=[cat.product_key(p["handle"])],
                    rubric="It was $%s; now $%s." % (money(v["compare"]), money(v["price"]))))
    p, v = _v("soleil-beginner-pointe-shoe", ("4", "M"))
    out.append(case("sale-soleil", ["sale", "abbrev"], "any discount on the soleil beginner "
                    "pointes atm?", action="answer",
                    facts=[num(v["price"]), num(v["compare"])],
                    sources=[cat.product_key(p["handle"])],
                    rubric="Yes: $%s, was $%s." % (money(v["price"]), money(v["compare"]))))
    p, v = _v("slip-on-jazz-shoe", ("8", "Tan"))
    black = cat.variant("slip-on-jazz-shoe", "8", "Black")
    out.append(case("sale-jazz-tan", ["sale", "one_colour"], "are the tan slip on jazz shoes on "
                    "sale? how much", action="answer",
                    facts=[num(v["price"]), num(v["compare"])],
                    sources=[cat.product_key(p["handle"])],
                    rubric="Yes, Tan is $%s (was $%s); Black is not on sale ($%s)."
                    % (money(v["price"]), money(v["compare"]), money(black["price"]))))
    p, v = _v("knit-wrap-sweater", ("M/L", "Heather Grey"))
    assert not v["on_sale"] and v["compare"] == v["price"]
    out.append(case("sale-knit-not", ["sale", "compare_equal"], "is the knit wrap sweater on "
                    "sale right now?", action="answer", facts=[num(v["price"])],
                    sources=[cat.product_key(p["handle"])],
                    rubric="No sale (its compare-at price equals its price): $%s."
                    % money(v["price"])))
    leos = [p for p in _kind("Leotard", "Leotards") if any(v["on_sale"] for v in p["variants"])]
    out.append(case("sale-leotards", ["sale", "kind"], "any leotards on sale?", action="answer",
                    facts=[[p["title"]] for p in leos],
                    rubric="Lists the leotards on sale: %s."
                    % ", ".join("%s ($%s, was $%s)" % (p["title"], money(p["variants"][0]["price"]),
                                                      money(p["variants"][0]["compare"]))
                                for p in leos)))
    return out


# ---------------------------------------------------------------- description
def description_cases():
    out = []

    def d(cid, tags, q, handle, facts, rubric):
        out.append(case(cid, ["description"] + tags, q, action="answer", facts=facts,
                        sources=[cat.product_key(handle)], rubric=rubric))

    p = cat.product("convertible-tights")
    d("desc-cvt-denier", [], "what denier are the convertible tights?", p["handle"],
      [cat.bullet(p, "Denier")], "Denier: %s." % cat.bullet(p, "Denier"))
    p = cat.product("duffle-dance-bag")
    d("desc-duffle-shoes", ["feature"], "does the duffle bag have a separate spot for shoes?",
      p["handle"], [["ventilated", "separate", "shoe compartment", "end pocket"]],
      "Shoe compartment: %s." % cat.bullet(p, "Shoe compartment"))
    p = cat.product("aurora-pointe-shoe")
    d("desc-aur-shank", ["pointe"], "how hard is the shank on the aurora?", p["handle"],
      [cat.bullet(p, "Shank")], "Shank: %s." % cat.bullet(p, "Shank"))
    p = cat.product("pointe-shoe-sewing-kit")
    items = p["sections"][0][1]
    d("desc-sewing-kit", ["contents"], "whats in the pointe shoe sewing kit?", p["handle"],
      [["needles"], ["Thimble"], ["thread"]], "Lists the kit: %s." % ", ".join(items))
    p = cat.product("oxford-tap-shoe")
    d("desc-ots-heel", ["measure"], "heel height on the oxford tap shoes?", p["handle"],
      [["1 in", "2.5 cm", "1 inch", "one inch"]], "Heel height: %s." % cat.bullet(p, "Heel height"))
    p = cat.product("velvet-long-sleeve-leotard")
    d("desc-velvet-fabric", ["material"], "what is the velvet long sleeve leotard made of?",
      p["handle"], [["cotton velvet", "90% cotton"]], "Fabric: %s." % cat.bullet(p, "Fabric"))
    p = cat.product("etoile-pointe-shoe")
    d("desc-eto-ribbons", ["included"], "do the étoile pointe shoes come with ribbons?",
      p["handle"], [["not included", "sold separately", "don't come with", "do not come with"]],
      "Ribbons and elastic: %s." % cat.bullet(p, "Ribbons and elastic"))
    return out


# ---------------------------------------------------------------- follow_up
def follow_up_cases():
    out = []

    def fp(cid, tags, turns, handle, values, rubric_what):
        p, v = _v(handle, values)
        out.append(case(cid, ["follow_up"] + tags, turns, action="answer",
                        facts=[num(v["price"])], sources=[cat.variant_key(handle, v)],
                        rubric=("Stays with the product just discussed and gives the %s: $%s. %s"
                                % (cat.line_name(p, v), money(v["price"]), rubric_what)).strip()))

    def fs(cid, tags, turns, handle, values):
        p, v = _v(handle, values)
        facts = [IN_STOCK] if v["available"] else [BACKORDER] if v["backorder"] else [OUT_OF_STOCK]
        out.append(case(cid, ["follow_up"] + tags, turns, action="answer", facts=facts,
                        sources=[cat.variant_key(handle, v)],
                        rubric="Stays with the product just discussed and says the %s is %s."
                        % (cat.line_name(p, v), _stock_word(v))))

    fp("fu-ots-wide", [], ["price of the oxford tap shoes size 8 medium width?",
                           "what about wide?"], "oxford-tap-shoe", ("8", "W"), "")
    fp("fu-chs-heel", ["units"], ["character shoe 1.5 inch heel size 7 how much",
                                  "and the 2.5?"], "character-shoe", ("2.5 in", "7"), "")
    fs("fu-ktl-blue", ["kids"], ["is the kids tank leotard in 10-12 lilac in stock?",
                                 "what about light blue?"], "kids-tank-leotard",
       ("10-12", "Light Blue"))
    fp("fu-rosin-bigger", ["bigger"], ["how much is the rosin, 100g?", "and the bigger one?"],
       "dance-rosin", ("250 g",), "")
    fs("fu-eto-xx", ["no_accent"], ["do you have the etoile pointe shoes in 4.5 X?",
                                    "ok what about 4.5 XX"], "etoile-pointe-shoe", ("4.5", "XX"))
    fp("fu-cvt-lxl", [], ["how much are the convertible tights in S/M ballet pink?",
                          "and L/XL?"], "convertible-tights", ("L/XL", "Ballet Pink"), "")
    fp("fu-csl-adult", ["kids"], ["cap sleeve leotard child M price?", "and in adult M?"],
       "cap-sleeve-leotard", ("Adult M",), "")
    return out


# ---------------------------------------------------------------- draft_hidden
def draft_hidden_cases():
    asks = {
        "professional-platter-tutu": ("hid-platter-tutu", "draft",
                                      "do you sell a professional platter tutu? how much"),
        "glitter-jazz-shoe": ("hid-glitter-jazz", "archived",
                              "is the silver glitter jazz shoe still available in a 7?"),
        "sirene-custom-pointe-shoe": ("hid-sirene", "draft",
                                      "can i order the sirene custom pointe shoes? price?"),
        "candy-cane-holiday-leotard": ("hid-candy-cane", "archived",
                                       "candy cane holiday leotard child S - in stock?"),
        "studio-uniform-leotard": ("hid-studio-uniform", "unpublished",
                                   "how much is the studio uniform leotard in child M?"),
    }
    out = []
    for p in cat.HIDDEN:
        cid, why, q = asks[p["handle"]]
        never = price_never([v["price"] for v in p["variants"]])
        never += [v["sku"] for v in p["variants"]]
        out.append(case(cid, ["draft_hidden", why], q, never=never,
                        rubric="The %s product '%s' is not offered: no price, SKU or stock for it "
                        "(an honest 'we don't carry that' or a person)." % (why, p["title"])))
    return out


def all_catalog_cases():
    return (variant_price_cases() + variant_stock_cases() + option_label_cases()
            + superlative_cases() + comparison_cases() + sale_cases() + description_cases()
            + follow_up_cases() + draft_hidden_cases())
