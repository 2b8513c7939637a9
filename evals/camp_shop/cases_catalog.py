"""Cases about single products: a version's price and stock, sales, option lists, follow-ups and
products that are not for sale. Every expected value is read from the built catalog."""
from __future__ import annotations

from catalog import label, live_variants, price_now, variant
from common import BACKORDER, IN_STOCK, OUT_OF_STOCK, case, nfact, price_nevers


def _key(p, v) -> str:
    return f"variant:{p['sku']}:{v['sku']}"


def _siblings(p, v) -> list[float]:
    """Prices of the product's other versions that the asked version's reply has no reason to state."""
    own = {round(price_now(v), 2), round(v["regular"], 2)}
    out = set()
    for w in live_variants(p):
        if w is v:
            continue
        for x in (price_now(w), w["regular"]):
            if round(x, 2) not in own:
                out.add(round(x, 2))
    return sorted(out)


def _stock_facts(v) -> list:
    return [{"instock": IN_STOCK, "outofstock": OUT_OF_STOCK, "onbackorder": BACKORDER}[v["status"]]]


def _stock_word(v) -> str:
    return {"instock": "in stock", "outofstock": "out of stock", "onbackorder": "on backorder"}[v["status"]]


PRICE_ASKS = [  # (id, product key, options, message, style tag)
    ("tasman-2p-green", "tasman", {"Capacity": "2-person", "Colour": "Forest Green"},
     "how much is the tasman trekker 2 person in forest green?", "lowercase"),
    ("tasman-3p-green", "tasman", {"Capacity": "3-person", "Colour": "Forest Green"},
     "tasman trekker 3p grean price pls", "typo"),
    ("alpine-long-left", "alpine650", {"Length": "Long", "Zip": "Left"},
     "Price of the Alpine 650 down bag in the long length with a left zip?", "formal"),
    ("summit-regular", "summit850", {"Length": "Regular"}, "sumit 850 regular - how much?", "typo"),
    ("gas-230", "gas", {"Size": "230 g"}, "how much for a 230g gas canister", "unit_spacing"),
    ("drybag-20", "drybag", {"Volume": "20 L"}, "20L dry bag price?", "abbrev"),
    ("cookset-34", "cookset", {"Size": "3-4 person"}, "How much is the cook set for 3-4 people?", "formal"),
    ("footprint-kahu", "footprint", {"Fits": "Kahu 2P"},
     "footprint for the kahu 2p - how much is it?", "name_overlap"),
    ("cover-large", "packcover", {"Size": "L (55-75 L)"},
     "how much is the large pack cover, the 55-75 L one?", "option_value"),
]


def variant_price(by) -> list[dict]:
    out = []
    for cid, key, opts, msg, style in PRICE_ASKS:
        p = by[key]
        v = variant(p, **{k.replace(" ", "_"): val for k, val in opts.items()})
        assert v["status"] == "instock", cid
        out.append(case(
            f"vp-{cid}", ["variant_price", style], msg, action="answer",
            facts=[nfact(price_now(v))], never=price_nevers(_siblings(p, v)), sources=[_key(p, v)],
            rubric=f"Gives the price of the {p['name']} ({label(v)}): ${price_now(v):.2f}."))
    return out


def sale_price(by) -> list[dict]:
    out = []
    kahu = by["kahu"]["variants"][0]
    out.append(case("sale-kahu", ["sale_price", "lowercase"], "is the kahu ultralight on sale?",
                    action="answer", facts=[nfact(price_now(kahu)), nfact(kahu["regular"])],
                    sources=[_key(by["kahu"], kahu)],
                    rubric=f"Yes: ${price_now(kahu):.2f}, down from ${kahu['regular']:.2f}."))
    m = variant(by["merino"], Size="M")
    out.append(case("sale-merino-m", ["sale_price", "chatty"],
                    "Hi! How much is the Merino Crew 200 in a medium at the moment?", action="answer",
                    facts=[nfact(price_now(m))], sources=[_key(by["merino"], m)],
                    rubric=f"The sale price ${price_now(m):.2f} (regular ${m['regular']:.2f})."))
    mus = variant(by["daytripper"], Colour="Mustard")
    out.append(case("sale-daytripper-mustard", ["sale_price", "lowercase"],
                    "day tripper daypack in mustard price?", action="answer",
                    facts=[nfact(price_now(mus))], sources=[_key(by["daytripper"], mus)],
                    rubric=f"Mustard is on sale at ${price_now(mus):.2f}."))
    blk = variant(by["daytripper"], Colour="Black")
    out.append(case("sale-daytripper-black", ["sale_price", "not_on_sale"],
                    "how much is the day tripper in black?", action="answer",
                    facts=[nfact(price_now(blk))], sources=[_key(by["daytripper"], blk)],
                    rubric=f"Black is not on sale: ${price_now(blk):.2f} (only Mustard is, at ${price_now(mus):.2f})."))
    th = variant(by["trailhead"], Length="Regular")
    out.append(case("sale-trailhead-ended", ["sale_price", "sale_ended"],
                    "trailhead synthetic sleeping bag regular length - price?", action="answer",
                    facts=[nfact(price_now(th))], never=price_nevers([th["sale"]]),
                    sources=[_key(by["trailhead"], th)],
                    rubric=f"The October sale has ended: ${price_now(th):.2f}, not the old sale price."))
    liner = by["liner"]["variants"][0]
    out.append(case("sale-liner", ["sale_price", "abbrev"], "silk liner - any discount atm?",
                    action="answer", facts=[nfact(price_now(liner)), nfact(liner["regular"])],
                    sources=[_key(by["liner"], liner)],
                    rubric=f"On sale at ${price_now(liner):.2f}, was ${liner['regular']:.2f}."))
    cr = variant(by["cloudrest"], Size="Regular")
    out.append(case("sale-cloudrest-future", ["sale_price", "sale_not_started"],
                    "what does the cloudrest air mat cost in regular?", action="answer",
                    facts=[nfact(price_now(cr))], sources=[_key(by["cloudrest"], cr)],
                    rubric=f"${price_now(cr):.2f} now; a sale that has not started yet is not today's price."))
    return out


STOCK_ASKS = [
    ("tasman-3p-orange", "tasman", {"Capacity": "3-person", "Colour": "Burnt Orange"},
     "is the tasman trekker 3-person in burnt orange in stock?", "lowercase"),
    ("tasman-1p-green", "tasman", {"Capacity": "1-person", "Colour": "Forest Green"},
     "Do you have the Tasman Trekker 1 person tent in forest green available?", "formal"),
    ("alpine-long-right", "alpine650", {"Length": "Long", "Zip": "Right"},
     "alpine 650 long with right hand zip - got any?", "chatty"),
    ("pack65-l-mens-charcoal", "pack65", {"Torso size": "L", "Fit": "Men's", "Colour": "Charcoal"},
     "do u have the ridgeline 65L pack in large, mens fit, charcoal?", "three_options"),
    ("pack65-m-womens-rust", "pack65", {"Torso size": "M", "Fit": "Women's", "Colour": "Rust"},
     "Ridgeline 65L women's fit, size M in rust - is it in stock?", "three_options"),
    ("tussock-m-storm", "tussock", {"Size": "M", "Colour": "Storm Blue"},
     "tussock rain jacket medium storm blue in stock?", "lowercase"),
    ("gp400-red", "gp400", {"Colour": "Red"}, "can I get the glowpoint 400 hedlamp in red?", "typo"),
    ("bottle-ocean", "bottle", {"Colour": "Ocean"}, "insulated bottle in ocean - available?", "short"),
]


def variant_stock(by) -> list[dict]:
    out = []
    for cid, key, opts, msg, style in STOCK_ASKS:
        p = by[key]
        v = variant(p, **{k.replace(" ", "_"): val for k, val in opts.items()})
        out.append(case(f"vs-{cid}", ["variant_stock", style], msg, action="answer",
                        facts=_stock_facts(v), sources=[_key(p, v)],
                        rubric=f"The {p['name']} ({label(v)}) is {_stock_word(v)}."))
    return out


def _values(p, option) -> list[str]:
    seen = []
    for v in live_variants(p):
        val = v["options"][option]
        if val not in seen:
            seen.append(val)
    return seen


def option_labels(by) -> list[dict]:
    asks = [
        ("daytripper-colours", "daytripper", "Colour", "what colours does the day tripper come in", "lowercase"),
        ("tussock-sizes", "tussock", "Size", "What sizes does the Tussock Rain Jacket come in?", "formal"),
        ("drybag-sizes", "drybag", "Volume", "what sizes do the roll-top dry bags come in?", "lowercase"),
        ("chilly-sizes", "chillybin", "Capacity", "what capacities can i get the chilly bin in", "lowercase"),
        ("gift-amounts", "giftcard", "Amount", "what amounts do your gift cards come in?", "option_word"),
    ]
    out = []
    for cid, key, option, msg, style in asks:
        p = by[key]
        vals = _values(p, option)
        facts = [x for x in vals if len(x) > 1]  # a lone letter (S, M, L) proves nothing
        out.append(case(f"opt-{cid}", ["option_labels", style], msg, action="answer", facts=facts,
                        rubric=f"Lists the {option.lower()} options of the {p['name']}: {', '.join(vals)}."))
    bottle = by["bottle"]
    gone = [v for v in bottle["variants"] if v["published"] == 0][0]
    out.append(case("opt-bottle-colours", ["option_labels", "disabled_variation"],
                    "which colours is the insulated bottle 750 ml available in?", action="answer",
                    facts=_values(bottle, "Colour"),
                    never=price_nevers([gone["regular"]]) + [gone["sku"]],
                    rubric="Lists Steel, Moss and Ocean (Ocean out of stock); never the disabled colour's price."))
    return out


def follow_up(by) -> list[dict]:
    out = []
    t1 = variant(by["tasman"], Capacity="1-person", Colour="Burnt Orange")
    t3 = variant(by["tasman"], Capacity="3-person", Colour="Forest Green")
    out.append(case("fu-tasman-3p", ["follow_up", "multi_turn"],
                    ["how much is the tasman trekker tent in 1-person?", "and the 3-person?"],
                    action="answer", facts=[nfact(price_now(t3))],
                    never=price_nevers([variant(by["tasman"], Capacity="2-person", Colour="Forest Green")["regular"]]),
                    rubric=f"The 3-person Tasman Trekker is ${price_now(t3):.2f} (the 1-person was ${price_now(t1):.2f})."))
    d35 = variant(by["drybag"], Volume="35 L")
    out.append(case("fu-drybag-35", ["follow_up", "multi_turn"],
                    ["price of the 5L dry bag?", "what about 35 litres?"], action="answer",
                    facts=[nfact(price_now(d35)), OUT_OF_STOCK], sources=[_key(by["drybag"], d35)],
                    rubric=f"The 35 L dry bag is ${price_now(d35):.2f} and out of stock."))
    a = variant(by["alpine650"], Length="Long", Zip="Right")
    out.append(case("fu-alpine-long-right", ["follow_up", "multi_turn"],
                    ["is the alpine 650 in regular length with a left zip in stock?",
                     "how about the long one with a right zip?"], action="answer",
                    facts=_stock_facts(a), sources=[_key(by["alpine650"], a)],
                    rubric=f"The Alpine 650 Long / Right zip is {_stock_word(a)}."))
    g = variant(by["gas"], Size="450 g")
    out.append(case("fu-gas-450", ["follow_up", "multi_turn"],
                    ["how much is a 100g gas canister", "and the big 450 g one?"], action="answer",
                    facts=[nfact(price_now(g))], sources=[_key(by["gas"], g)],
                    rubric=f"The 450 g canister is ${price_now(g):.2f} (on backorder)."))
    gp = by["gp400"]
    out.append(case("fu-gp400-lumens", ["follow_up", "multi_turn", "product_facts"],
                    ["tell me about the glowpoint 400 headlamp", "how bright is it?"], action="answer",
                    facts=[dict(gp["specs"])["Output"]],
                    rubric=f"The Glowpoint 400 puts out {dict(gp['specs'])['Output']}."))
    big = variant(by["cookset"], Size="3-4 person")
    out.append(case("fu-cookset-bigger", ["follow_up", "multi_turn", "ordinal"],
                    ["cook set for 1-2 people how much", "and the bigger one?"], action="answer",
                    facts=[nfact(price_now(big))], sources=[_key(by["cookset"], big)],
                    rubric=f"The 3-4 person cook set is ${price_now(big):.2f}."))
    return out


def draft_hidden(by) -> list[dict]:
    def never(p):
        return price_nevers([p["variants"][0]["regular"]]) + [p["sku"]]
    k, x, h = by["kowhai"], by["exhire"], by["hammock"]
    gone = [v for v in by["bottle"]["variants"] if v["published"] == 0][0]
    rub = "Says it isn't something the shop sells (or offers alternatives); never its price."
    return [
        case("dh-kowhai-price", ["draft_hidden", "draft"], "how much is the Kōwhai Alpine 1P Tent?",
             action="answer", never=never(k), rubric=rub),
        case("dh-kowhai-stock", ["draft_hidden", "draft", "no_macron"],
             "do you have the kowhai alpine tent in stock?", action="answer", never=never(k), rubric=rub),
        case("dh-exhire", ["draft_hidden", "private"], "can i buy one of your ex-hire basecamp tents?",
             action="answer", never=never(x), rubric=rub),
        case("dh-hammock-kind", ["draft_hidden", "pending"], "do you sell hammocks?",
             action="answer", never=never(h), rubric=rub),
        case("dh-hammock-name", ["draft_hidden", "pending"], "nomad camping hammock price?",
             action="answer", never=never(h), rubric=rub),
        case("dh-bottle-disabled", ["draft_hidden", "disabled_variation"],
             "how much is the insulated bottle in the sunset colour?", action="answer",
             never=price_nevers([gone["regular"]]) + [gone["sku"]],
             rubric="The Sunset colour is not offered; never its price."),
    ]


def cases(by) -> list[dict]:
    return (variant_price(by) + sale_price(by) + variant_stock(by) + option_labels(by)
            + follow_up(by) + draft_hidden(by))
