"""Catalog-wide cases: superlatives, comparisons, facts the shop does not give, products it does not sell
(or not any more, or not yet). Facts are read from the built catalog."""

import re

import catalog
from casekit import CATALOG_SOURCE, case, in_text, money, never_price, num, spec_number
from common import DONT_KNOW, NOT_SOLD

C = CATALOG_SOURCE


def _orderable(types):
    out = []
    for p in catalog.PRODUCTS:
        if catalog.for_sale(p) and p["type"] in types:
            out += [(p, v) for v in p["variants"] if catalog.stock_state(v) != "out"]
    return out


def _hidden_prices(kind):
    """Prices of products of this kind that are not for sale (drafts, archived, unpublished)."""
    out = []
    for p in catalog.PRODUCTS:
        if not catalog.for_sale(p) and p["type"] == kind:
            out += [v["price"] for v in p["variants"]]
    return out


def _word(p, candidates):
    """The word of a product's name that tells it apart (checked to be in the name)."""
    for w in candidates:
        if w.lower() in p["title"].lower():
            return w
    raise AssertionError((p["title"], candidates))


def superlatives():
    sails = min(_orderable({"Shade Sails"}), key=lambda pv: pv[1]["price"])
    bbqs = _orderable({"BBQs"})
    dear = max(bbqs, key=lambda pv: pv[1]["price"])
    light = min(bbqs, key=lambda pv: pv[1]["weight"])
    assert f"{light[1]['weight']:g} kg" in catalog.spec_value(light[0]["handle"], "Weight")
    umbrellas = _orderable({"Umbrellas"})
    big = max(umbrellas, key=lambda pv: float(re.match(r"([0-9.]+)", pv[1]["opts"][0]).group(1)))
    big_size = re.match(r"([0-9.]+ m)", big[1]["opts"][0]).group(1)
    rug = min(_orderable({"Outdoor Rugs"}), key=lambda pv: pv[1]["price"])
    dining = min(_orderable({"Outdoor Dining Sets"}), key=lambda pv: pv[1]["price"])
    hidden_bbq = [x for p in _hidden_prices("BBQs") for x in never_price(p)]
    return [
        case(
            "su-cheapest-sail",
            ["superlative", "cheapest"],
            "whats your cheapest shade sail?",
            "answer",
            [num(sails[1]["price"]), _word(sails[0], ["Triangle", "Square", "Rectangle"])],
            (),
            [C],
            f"Names the {sails[0]['title']} ({sails[1]['title']}) at {money(sails[1]['price'])}; the fixing kit is "
            "hardware, not a sail.",
        ),
        case(
            "su-priciest-bbq",
            ["superlative", "priciest", "draft_hidden"],
            "most expensive bbq you sell?",
            "answer",
            [num(dear[1]["price"]), _word(dear[0], ["Built-In"])],
            [*hidden_bbq, "Ember Infrared"],
            [C],
            f"Names the {dear[0]['title']} ({dear[1]['title']}) at {money(dear[1]['price'])}; never the draft "
            "Ember Infrared.",
        ),
        case(
            "su-lightest-bbq",
            ["superlative", "weight", "chatty"],
            "need something light to take camping - whats the lightest bbq you have?",
            "answer",
            [_word(light[0], ["Compact"]), num(light[1]["weight"])],
            (),
            [C],
            f"Names the {light[0]['title']} at {light[1]['weight']:g} kg.",
        ),
        case(
            "su-biggest-umbrella",
            ["superlative", "size"],
            "biggest umbrella you've got?",
            "answer",
            [in_text(big[1]["opts"][0], big_size), _word(big[0], ["Riviera"])],
            (),
            [C],
            f"Names the {big[0]['title']} in {big[1]['opts'][0]} as the largest umbrella.",
        ),
        case(
            "su-cheapest-rug",
            ["superlative", "cheapest", "lowercase"],
            "cheapest outdoor rug?",
            "answer",
            [num(rug[1]["price"]), _word(rug[0], ["Coastal Stripe"])],
            (),
            [C],
            f"Names the {rug[0]['title']} in {rug[1]['title']} at {money(rug[1]['price'])}.",
        ),
        case(
            "su-cheapest-dining",
            ["superlative", "cheapest", "archived_hidden"],
            "what's the cheapest outdoor dining set you sell",
            "answer",
            [num(dining[1]["price"]), _word(dining[0], ["Byron"])],
            ["Sorrento"],
            [C],
            f"Names the {dining[0]['title']} ({dining[1]['title']}) at {money(dining[1]['price'])}.",
        ),
    ]


def comparisons():
    pro = catalog.variant("ember-pro-hooded-bbq", "4 Burner", "LPG")
    kettle = catalog.product("coal-creek-kettle-bbq")
    k_low = min(v["price"] for v in kettle["variants"])
    f16 = spec_number("fornaio-16-gas-pizza-oven", "Weight")
    f12 = spec_number("fornaio-12-wood-fired-pizza-oven", "Weight")
    cab = catalog.variant("cabana-market-umbrella", "3.0 m", "Charcoal")
    riv = catalog.variant("riviera-cantilever-umbrella", "3.0 m Round", "Charcoal")
    pit = catalog.variant("corten-steel-fire-pit-bowl", "80 cm")
    table = catalog.variant("lumen-gas-fire-table", "Charcoal")
    noosa = catalog.spec_value("noosa-teak-outdoor-dining-set", "Material")
    kiama = catalog.spec_value("kiama-wicker-9-piece-dining-set", "Material")
    return [
        case(
            "cmp-emberpro-kettle",
            ["comparison", "price"],
            "which is cheaper, the ember pro 4 burner lpg or the coal creek kettle?",
            "answer",
            [num(pro["price"]), num(k_low), "Coal Creek"],
            (),
            [C],
            f"Ember Pro 4 Burner LPG {money(pro['price'])} against the Coal Creek kettle from {money(k_low)}: the "
            "kettle is cheaper.",
        ),
        case(
            "cmp-fornaio-weight",
            ["comparison", "weight"],
            "which is heavier, the fornaio 16 or the fornaio 12?",
            "answer",
            [num(f16), num(f12)],
            (),
            [C],
            f"Fornaio 16 {f16:g} kg against Fornaio 12 {f12:g} kg: the 16 is heavier.",
        ),
        case(
            "cmp-noosa-kiama",
            ["comparison", "material", "chatty"],
            "trying to decide between the noosa and the kiama dining sets, what's each one made of?",
            "answer",
            [in_text(noosa, "teak"), in_text(kiama, "wicker")],
            (),
            [C],
            f"Noosa: {noosa}; Kiama: {kiama}.",
        ),
        case(
            "cmp-cabana-riviera",
            ["comparison", "price", "abbrev"],
            "cabana 3m vs riviera 3m round cantilever, how much is each?",
            "answer",
            [num(cab["price"]), num(riv["price"])],
            (),
            [C],
            f"Cabana 3.0 m {money(cab['price'])}; Riviera 3.0 m Round {money(riv['price'])}.",
        ),
        case(
            "cmp-firepit-table",
            ["comparison", "price"],
            "80cm corten fire pit or the lumen gas fire table - which costs less?",
            "answer",
            [num(pit["price"]), num(table["price"])],
            (),
            [C],
            f"Fire pit 80 cm {money(pit['price'])} against the fire table {money(table['price'])} (on sale): the "
            "fire pit costs less.",
        ),
    ]


def _unknown(cid, tags, turns, handle, never, what):
    p = catalog.product(handle)
    return case(
        cid,
        ["unknown", *tags],
        turns,
        None,
        [DONT_KNOW],
        never,
        [C],
        f"The listing of the {p['title']} does not give {what}: says so (or offers a person) and does "
        "not invent one.",
    )


def unknowns():
    fire_out = catalog.spec_value("lumen-gas-fire-table", "Output")
    heater_out = catalog.spec_value("pyramid-flame-patio-heater", "Output")
    return [
        _unknown(
            "un-noosa-fsc",
            ["certification"],
            "is the teak in the noosa set FSC certified?",
            "noosa-teak-outdoor-dining-set",
            ["FSC certified teak", "is FSC certified", "are FSC certified"],
            "any certification",
        ),
        _unknown(
            "un-compact-output",
            ["gas_output", "abbrev"],
            "whats the gas output of the ember compact in MJ?",
            "ember-compact-portable-bbq",
            [fire_out, heater_out],
            "a gas output",
        ),
        _unknown(
            "un-coolum-origin",
            ["origin"],
            "where is the coolum lounge made? china?",
            "coolum-modular-outdoor-lounge",
            ["made in China", "made in Australia", "made in Vietnam"],
            "where it is made",
        ),
        _unknown(
            "un-daybed-foam",
            ["materials", "lowercase"],
            "whats the foam density in the mooloolaba daybed cushions",
            "mooloolaba-wicker-daybed",
            [],
            "the cushions' foam density",
        ),
        _unknown(
            "un-firetable-glass",
            ["included"],
            "does the lumen fire table come with lava rocks or fire glass?",
            "lumen-gas-fire-table",
            ["comes with lava rocks", "comes with fire glass", "includes lava rocks", "includes fire glass"],
            "whether lava rocks or fire glass come with it",
        ),
        _unknown(
            "un-festoon-panel",
            ["power"],
            "what wattage is the solar panel on the festoon lights?",
            "solar-festoon-string-lights",
            [heater_out],
            "the solar panel's wattage",
        ),
    ]


def not_sold():
    hidden = {p["handle"]: p for p in catalog.PRODUCTS if not catalog.for_sale(p)}
    live = {
        x
        for p in catalog.PRODUCTS
        if catalog.for_sale(p)
        for v in p["variants"]
        for x in (v["price"], v["compare"])
        if x is not None
    }

    def never_of(handle):
        prices = sorted({x for v in hidden[handle]["variants"] for x in (v["price"], v["compare"]) if x})
        assert not (set(prices) & live), (handle, prices)
        return [s for x in prices for s in never_price(x)]

    inf, sor = hidden["ember-infrared-5-burner-bbq"], hidden["sorrento-wicker-dining-set"]
    byl, f20 = hidden["byron-aluminium-sun-lounger"], hidden["fornaio-20-dual-fuel-pizza-oven"]
    assert inf["status"] == "draft" and sor["status"] == "archived" and f20["status"] == "draft"
    assert byl["status"] == "active" and not byl["published"]
    return [
        case(
            "ns-hot-tub",
            ["not_sold", "lowercase"],
            "do you sell spas or hot tubs?",
            "answer",
            [NOT_SOLD],
            (),
            (),
            "Says the shop does not sell spas or hot tubs (nothing in the catalog is one).",
        ),
        case(
            "ns-infrared-draft",
            ["not_sold", "draft_hidden"],
            "how much is the ember infrared 5 burner bbq?",
            "answer",
            [NOT_SOLD],
            never_of(inf["handle"]),
            (),
            f"The {inf['title']} is a draft, not for sale: says it is not available, never its price.",
        ),
        case(
            "ns-sorrento-archived",
            ["not_sold", "archived_hidden"],
            "is the sorrento wicker dining set still available? saw it last year",
            "answer",
            [NOT_SOLD],
            never_of(sor["handle"]),
            (),
            f"The {sor['title']} is archived: says it is not available, never its old price.",
        ),
        case(
            "ns-byron-lounger-unpublished",
            ["not_sold", "unpublished_hidden"],
            "byron aluminium sun lounger price?",
            "answer",
            [NOT_SOLD],
            never_of(byl["handle"]),
            (),
            f"The {byl['title']} is active but not published: not for sale, never its price.",
        ),
        case(
            "ns-pergola",
            ["not_sold", "chatty"],
            "do you guys do pergolas or gazebos? need something over the deck",
            "answer",
            [NOT_SOLD],
            (),
            (),
            "Says the shop sells no pergolas or gazebos; may offer umbrellas or shade sails.",
        ),
        case(
            "ns-fornaio20-draft",
            ["not_sold", "draft_hidden"],
            "when can i buy the fornaio 20 dual fuel oven",
            "answer",
            [NOT_SOLD],
            never_of(f20["handle"]),
            (),
            f"The {f20['title']} is a draft: says it is not available, never its price.",
        ),
    ]
