"""Cases about one product: variant prices, sales, stock, option lists and description facts."""

import catalog
import variants as V
from common import (case, eur, fact_value, label, num, pkey, price_forms, stock_facts, stock_words,
                    title, var, vkey)


def _price_case(cid, tags, text, handle, values, siblings=()):
    v = var(handle, *values)
    never = []
    for other in siblings:
        ov = var(handle, *other)
        if ov["price"] != v["price"]:
            never += price_forms(ov["price"])
    return case(cid, ["variant_price"] + tags, text, "answer", [num(v["price"])], never,
                [vkey(handle, *values)], f"Gives the price of the {label(handle, *values)}: {eur(v['price'])}.")


def variant_price():
    return [
        _price_case("vp-atlas-200-ivory", ["chatty"], "hi! how much is the atlas berber rug in 200x300, ivory?",
                    "atlas-berber-wool-rug", ("200 x 300 cm", "Ivory"), [("200 x 300 cm", "Charcoal")]),
        _price_case("vp-tabriz-170", ["abbrev"], "tabriz medallion 170x240 price?",
                    "tabriz-medallion-rug", ("170 x 240 cm",), [("200 x 300 cm",), ("120 x 180 cm",)]),
        _price_case("vp-lumen-nl", ["dutch"], "wat kost de lumen washable rug 120x170 in terracotta?",
                    "lumen-washable-rug", ("120 x 170 cm", "Terracotta"), [("160 x 230 cm", "Terracotta")]),
        _price_case("vp-underlay-8-250", ["two_options"], "price for the felt & rubber underlay, 8mm thick, 250x350?",
                    "felt-rubber-underlay", ("8 mm", "250 x 350 cm"), [("4 mm", "250 x 350 cm")]),
        _price_case("vp-cleaning-wool-3-6", ["service"],
                    "how much is professional cleaning for a hand knotted wool rug, its between 3 and 6 m2",
                    "professional-rug-cleaning", ("3 to 6 m\u00b2", "Wool & hand-knotted"),
                    [("3 to 6 m\u00b2", "Machine-made")]),
        _price_case("vp-kasbah-400", ["lowercase"], "kasbah runner 80 x 400 how much",
                    "kasbah-berber-runner", ("80 x 400 cm",), [("80 x 300 cm",)]),
        _price_case("vp-himalaya-de", ["german"], "Was kostet der Himalaya Teppich in 160x230, Farbe Moss?",
                    "himalaya-tibetan-rug", ("160 x 230 cm", "Moss"), [("200 x 300 cm", "Moss")]),
        _price_case("vp-stair-80", ["per_metre"], "stair runner 80cm wide in charcoal - whats the price per metre?",
                    "stair-runner-per-metre", ("80 cm", "Charcoal"), [("60 cm", "Charcoal")]),
    ]


def _sale_case(cid, text, handle, values, tags=()):
    v = var(handle, *values)
    return case(cid, ["sale_price"] + list(tags), text, "answer", [num(v["price"]), num(v["compare_at"])], [],
                [vkey(handle, *values)],
                f"Says the {label(handle, *values)} is on sale at {eur(v['price'])}, down from {eur(v['compare_at'])}.")


def sale_price():
    riviera = var("riviera-round-rug", "\u00d8 120 cm")
    kerala = var("kerala-jute-wool-rug", "160 x 230 cm", "Natural/Grey")
    doormat = var("washable-indoor-doormat", "Grey")
    assert V.on_sale(doormat) and not V.on_sale(riviera) and not V.on_sale(kerala)
    marina = var("marina-outdoor-rug", "200 x 290 cm", "Navy/White")
    return [
        _sale_case("sale-oslo-anth-200", "is the oslo rug in anthracite 200x290 on sale?",
                   "oslo-low-pile-rug", ("200 x 290 cm", "Anthracite")),
        _sale_case("sale-beni-160", "beni ourain 160x230 - any discount at the moment?",
                   "beni-ourain-shag-rug", ("160 x 230 cm",), ["abbrev"]),
        _sale_case("sale-velvet-blush", "whats the sale price on the velvet touch shag in blush, 160 x 230?",
                   "velvet-touch-shag-rug", ("160 x 230 cm", "Blush")),
        case("sale-marina-was", ["sale_price", "original_price"],
             "how much was the marina outdoor rug 200x290 in navy/white before the sale?", "answer",
             [num(marina["compare_at"])], [], [vkey("marina-outdoor-rug", "200 x 290 cm", "Navy/White")],
             f"Gives the price before the sale, {eur(marina['compare_at'])} (now {eur(marina['price'])})."),
        case("sale-doormat", ["sale_price", "one_price"], "is the washable indoor doormat on sale?", "answer",
             [num(doormat["price"]), num(doormat["compare_at"])], [], [pkey("washable-indoor-doormat")],
             f"Yes: {eur(doormat['price'])} instead of {eur(doormat['compare_at'])}."),
        case("sale-riviera-none", ["sale_price", "compare_below_price"], "is the riviera round rug 120 cm on sale?",
             "answer", [num(riviera["price"])], price_forms(riviera["compare_at"]),
             [vkey("riviera-round-rug", "\u00d8 120 cm")],
             f"Not on sale: it costs {eur(riviera['price'])}. The export's compare-at price "
             f"({eur(riviera['compare_at'])}) is below the price and is no 'was' price."),
        case("sale-kerala-none", ["sale_price", "compare_equal_price"],
             "kerala jute & wool rug 160x230 natural/grey, is that discounted?", "answer", [num(kerala["price"])], [],
             [vkey("kerala-jute-wool-rug", "160 x 230 cm", "Natural/Grey")],
             f"Not discounted: {eur(kerala['price'])} (its compare-at price equals the price)."),
    ]


def _stock_case(cid, text, handle, values, tags=()):
    v = var(handle, *values)
    return case(cid, ["variant_stock"] + list(tags), text, "answer", stock_facts(v), [], [vkey(handle, *values)],
                f"Says the {label(handle, *values)} is {stock_words(v)}.")


def variant_stock():
    return [
        _stock_case("stock-atlas-ivory-160", "do you have the atlas berber 160x230 in ivory in stock?",
                    "atlas-berber-wool-rug", ("160 x 230 cm", "Ivory")),
        _stock_case("stock-atlas-char-250", "atlas berber rug 250x350 charcoal available??",
                    "atlas-berber-wool-rug", ("250 x 350 cm", "Charcoal"), ["sold_out"]),
        _stock_case("stock-lumen-grey-200", "is the lumen washable rug in grey 200x290 in stock?",
                    "lumen-washable-rug", ("200 x 290 cm", "Grey"), ["backorder"]),
        _stock_case("stock-himalaya-slate", "himalaya rug slate 200x300 - in stock?",
                    "himalaya-tibetan-rug", ("200 x 300 cm", "Slate"), ["sold_out"]),
        _stock_case("stock-stair-60", "can i order the stair runner in 60 cm natural right now?",
                    "stair-runner-per-metre", ("60 cm", "Natural"), ["untracked"]),
        _stock_case("stock-vintage-runner", "is the vintage overdyed runner still available?",
                    "vintage-overdyed-runner", ("Default Title",), ["one_of_a_kind"]),
        _stock_case("stock-coir-moin", "printed coir doormat moin - got any?",
                    "printed-coir-doormat", ("Moin",), ["sold_out"]),
        _stock_case("stock-tape", "anti curl rug tape, is it in stock?",
                    "anti-curl-rug-tape", ("Default Title",), ["backorder"]),
    ]


def _values(handle, index):
    return catalog.by_handle(handle)["options"][index][1]


def option_labels():
    out = []
    specs = [
        ("opt-atlas-sizes", "what sizes does the atlas berber rug come in?", "atlas-berber-wool-rug", 0),
        ("opt-velvet-colours", "velvet touch shag colours?", "velvet-touch-shag-rug", 1),
        ("opt-coir-designs", "which designs are there for the printed coir doormat?", "printed-coir-doormat", 0),
        ("opt-underlay-thickness", "what thicknesses can i get the felt and rubber underlay in",
         "felt-rubber-underlay", 0),
        ("opt-stair-widths", "what widths does the stair runner come in?", "stair-runner-per-metre", 0),
    ]
    for cid, text, handle, index in specs:
        name, values = catalog.by_handle(handle)["options"][index]
        out.append(case(cid, ["option_labels"], text, "answer", list(values), [], [pkey(handle)],
                        f"Lists the {name.lower()} options of the {title(handle)}: {', '.join(values)}."))
    amounts = _values("gift-card", 0)
    out.append(case("opt-giftcard-amounts", ["option_labels", "gift_card"], "what amounts do your gift cards come in?",
                    "answer", [num(var("gift-card", a)["price"]) for a in amounts], [], [pkey("gift-card")],
                    f"Lists the gift card amounts: {', '.join(amounts)}."))
    return out


def product_facts():
    def fact(cid, text, handle, label_, expect, tags=()):
        return case(cid, ["product_facts"] + list(tags), text, "answer", expect, [], [pkey(handle)],
                    f"Answers from the {title(handle)}'s description: {label_}: {fact_value(handle, label_)}.")

    origin = fact_value("sumak-diamond-kilim", "Origin").split(", ")[-1]
    material = fact_value("kerala-jute-wool-rug", "Material").split(", ")
    knots = fact_value("tabriz-medallion-rug", "Construction").split("approx. ")[1].split(" ")[0]
    kit_head, kit = catalog.by_handle("rug-care-kit")["bullets"]
    return [
        fact("facts-himalaya-pile", "what's the pile height on the himalaya rug?", "himalaya-tibetan-rug",
             "Pile height", [fact_value("himalaya-tibetan-rug", "Pile height")]),
        fact("facts-sumak-origin", "where is the sumak diamond kilim made", "sumak-diamond-kilim", "Origin",
             [origin]),
        fact("facts-kerala-material", "what is the kerala rug made of?", "kerala-jute-wool-rug", "Material",
             material),
        fact("facts-tabriz-knots", "how many knots does the tabriz medallion have?", "tabriz-medallion-rug",
             "Construction", [knots]),
        fact("facts-ganges-bathroom", "can i put the ganges jute rug in my bathroom?", "ganges-braided-jute-rug",
             "Please note", [["damp", "Not suitable"]], ["suitability"]),
        fact("facts-oslo-underfloor", "is the oslo low pile rug ok with underfloor heating?", "oslo-low-pile-rug",
             "Underfloor heating", [fact_value("oslo-low-pile-rug", "Underfloor heating")]),
        case("facts-care-kit", ["product_facts", "list"], "whats in the rug care kit?", "answer",
             [kit[2], kit[3]], [], [pkey("rug-care-kit")],
             f"Lists the kit ({kit_head}): {', '.join(kit)}."),
        fact("facts-grip-thickness", "how thick is the grip non slip rug pad?", "grip-non-slip-rug-pad",
             "Thickness", [fact_value("grip-non-slip-rug-pad", "Thickness")]),
    ]


def cases():
    return variant_price() + sale_price() + variant_stock() + option_labels() + product_facts()
