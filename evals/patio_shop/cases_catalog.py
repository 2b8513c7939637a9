"""Catalog cases: prices, sales, stock, options, facts, follow-ups. Every fact is read from the built
catalog (catalog.py), never typed here."""

import catalog
from casekit import (
    CATALOG_SOURCE,
    case,
    money,
    never_price,
    num,
    price_case,
    stock_facts,
    vname,
)
from common import IN_STOCK  # noqa: F401  (documented alternative list)

NOT_ON_SALE = [
    "not on sale",
    "isn't on sale",
    "is not on sale",
    "not currently on sale",
    "no discount",
    "not discounted",
    "isn't discounted",
    "full price",
    "regular price",
    "not reduced",
]
C = CATALOG_SOURCE


def variant_prices():
    return [
        price_case(
            "vp-emberpro-6b-ng",
            ["variant_price", "lowercase"],
            "how much is the ember pro 6 burner on natural gas",
            "ember-pro-hooded-bbq",
            ("6 Burner", "Natural Gas"),
            tempting=("6 Burner", "LPG"),
        ),
        price_case(
            "vp-cabana-3m-charcoal",
            ["variant_price", "abbrev"],
            "price for a 3m cabana umbrella in charcoal?",
            "cabana-market-umbrella",
            ("3.0 m", "Charcoal"),
            tempting=("2.7 m", "Charcoal"),
        ),
        price_case(
            "vp-noosa-9pc-charcoal",
            ["variant_price", "typo"],
            "noosa teak 9 peice in charcoal how much",
            "noosa-teak-outdoor-dining-set",
            ("9-Piece (240 cm)", "Charcoal"),
            tempting=("7-Piece (180 cm)", "Charcoal"),
        ),
        price_case(
            "vp-stradbroke-sage-4",
            ["variant_price", "chatty"],
            "hey! looking at the stradbroke chairs, what's the set of 4 in sage cost pls",
            "stradbroke-aluminium-dining-chair",
            ("Sage", "Set of 4"),
            tempting=("Sage", "Pair"),
        ),
        price_case(
            "vp-square-sail-5x5",
            ["variant_price", "abbrev"],
            "5x5 square shade sail in sand $?",
            "shademax-square-shade-sail",
            ("5 x 5 m", "Sand"),
            tempting=("3.6 x 3.6 m", "Sand"),
        ),
        price_case(
            "vp-fornaio16-ng-it",
            ["variant_price", "other_language", "italian"],
            "quanto costa il forno per pizza Fornaio 16 a gas naturale?",
            "fornaio-16-gas-pizza-oven",
            ("Natural Gas",),
            tempting=("LPG",),
        ),
        price_case(
            "vp-coolum-l-charcoal",
            ["variant_price", "lowercase"],
            "coolum lounge L shape in charcoal - cost?",
            "coolum-modular-outdoor-lounge",
            ("6-Seater L-Shape", "Charcoal"),
            tempting=("4-Seater Corner", "Charcoal"),
        ),
    ]


def _sale(cid, tags, turns, handle, values, never=()):
    p = catalog.product(handle)
    v = catalog.variant(handle, *values) if values else p["variants"][0]
    assert catalog.on_sale(v) and catalog.for_sale(p)
    return case(
        cid,
        tags,
        turns,
        "answer",
        [num(v["price"]), num(v["compare"])],
        never,
        [C],
        f"Says the {vname(p, v)} is on sale at {money(v['price'])}, down from {money(v['compare'])}.",
    )


def _not_sale(cid, tags, turns, handle, values, rubric):
    p = catalog.product(handle)
    v = catalog.variant(handle, *values)
    assert not catalog.on_sale(v)
    never = never_price(v["compare"]) if v["compare"] is not None and v["compare"] != v["price"] else []
    return case(
        cid,
        tags,
        turns,
        "answer",
        [num(v["price"]), NOT_ON_SALE],
        never,
        [C],
        f"Says the {vname(p, v)} is not on sale: it is {money(v['price'])}. {rubric}",
    )


def sale_prices():
    return [
        _sale(
            "sp-kiama",
            ["sale_price", "lowercase"],
            "is the kiama wicker dining set on sale?",
            "kiama-wicker-9-piece-dining-set",
            ("Slate",),
        ),
        _sale(
            "sp-byron-black-round",
            ["sale_price", "chatty"],
            "the byron setting in matte black with the round table, whats the sale price and what was it before?",
            "byron-aluminium-5-piece-dining-setting",
            ("Matte Black", "Round 120 cm"),
            never=never_price(
                catalog.variant("byron-aluminium-5-piece-dining-setting", "Matte Black", "Square 100 cm")[
                    "price"
                ]
            ),
        ),
        _sale(
            "sp-fire-table",
            ["sale_price", "abbrev"],
            "how much off is the lumen gas fire table atm",
            "lumen-gas-fire-table",
            ("Charcoal",),
        ),
        _not_sale(
            "sp-palmcove-sand",
            ["sale_price", "equal_compare_at"],
            "is the palm cove rope armchair in sand discounted at the moment?",
            "palm-cove-rope-armchair",
            ("Sand",),
            "Its compare-at price equals its price, so there is no saving.",
        ),
        _not_sale(
            "sp-granite-40",
            ["sale_price", "compare_below_price"],
            "40kg granite umbrella base - on special?",
            "granite-umbrella-base",
            ("40 kg",),
            "The stale compare-at price below the price is no sale and must not be quoted as one.",
        ),
        _sale(
            "sp-mooloolaba-taupe",
            ["sale_price", "lowercase"],
            "any discount on the mooloolaba daybed in taupe",
            "mooloolaba-wicker-daybed",
            ("Taupe",),
        ),
        _sale(
            "sp-compact-it",
            ["sale_price", "other_language", "italian"],
            "c'è uno sconto sul barbecue portatile Ember Compact?",
            "ember-compact-portable-bbq",
            (),
        ),
    ]


def _stock(cid, tags, turns, handle, values, note=""):
    p = catalog.product(handle)
    v = catalog.variant(handle, *values) if values else p["variants"][0]
    state = catalog.stock_state(v)
    said = {
        "out": "out of stock",
        "backorder": "out of stock but can still be ordered (backorder)",
        "in_stock": "in stock",
        "untracked": "available",
    }[state]
    return case(
        cid, tags, turns, "answer", stock_facts(v), (), [C], f"Says the {vname(p, v)} is {said}.{note}"
    )


def variant_stock():
    return [
        _stock(
            "vs-noosa-7-charcoal",
            ["variant_stock", "out_of_stock"],
            "is the noosa 7 piece in charcoal in stock?",
            "noosa-teak-outdoor-dining-set",
            ("7-Piece (180 cm)", "Charcoal"),
        ),
        _stock(
            "vs-noosa-9-ocean",
            ["variant_stock", "backorder"],
            "noosa 9 piece ocean blue - available?",
            "noosa-teak-outdoor-dining-set",
            ("9-Piece (240 cm)", "Ocean Blue"),
        ),
        _stock(
            "vs-cabana-27-natural",
            ["variant_stock", "in_stock", "typo"],
            "got the 2.7m cabanna umbrella in natural in stock?",
            "cabana-market-umbrella",
            ("2.7 m", "Natural"),
        ),
        _stock(
            "vs-builtin-4b-ng",
            ["variant_stock", "out_of_stock", "abbrev"],
            "ember built in 4 burner NG - in stock?",
            "ember-built-in-bbq",
            ("4 Burner", "Natural Gas"),
        ),
        _stock(
            "vs-mooloolaba-navy",
            ["variant_stock", "out_of_stock"],
            "do you have the mooloolaba daybed in navy",
            "mooloolaba-wicker-daybed",
            ("Navy",),
        ),
        _stock(
            "vs-base-plates",
            ["variant_stock", "backorder", "chatty"],
            "are the cantilever base weight plates available? need them for my riviera",
            "cantilever-base-weight-plates",
            (),
        ),
        _stock(
            "vs-tropicana-240-navy",
            ["variant_stock", "in_stock"],
            "tropicana rug 240 x 330 navy/white, have you got one?",
            "tropicana-outdoor-rug",
            ("240 x 330 cm", "Navy/White"),
        ),
    ]
