"""Catalog cases, part 2: option labels, product facts, follow-ups. Every fact is read from the built
catalog (catalog.py), never typed here."""

import catalog
from casekit import (
    CATALOG_SOURCE,
    case,
    in_text,
    num,
    spec_number,
    stock_facts,
)
from common import IN_STOCK  # noqa: F401  (documented alternative list)

C = CATALOG_SOURCE


def _options(cid, tags, turns, handle, option, pick=None, as_numbers=False):
    p = catalog.product(handle)
    i = p["options"].index(option)
    values = []
    for v in p["variants"]:
        if v["opts"][i] not in values:
            values.append(v["opts"][i])
    if as_numbers:
        facts = [num(float(x.strip("$").replace(",", ""))) for x in values]
    else:
        facts = [pick(x) if pick else x for x in values]
        for f, x in zip(facts, values, strict=False):
            in_text(x, f)
    return case(
        cid,
        tags,
        turns,
        "answer",
        facts,
        (),
        [C],
        f"Lists the {option} options of the {p['title']}: {', '.join(values)}.",
    )


def option_labels():
    return [
        _options(
            "ol-coolum-colours",
            ["option_labels", "lowercase"],
            "what colours does the coolum lounge come in",
            "coolum-modular-outdoor-lounge",
            "Cushion Colour",
        ),
        _options(
            "ol-tropicana-sizes",
            ["option_labels"],
            "what sizes is the tropicana rug",
            "tropicana-outdoor-rug",
            "Size",
        ),
        _options(
            "ol-firepit-diameters",
            ["option_labels"],
            "what diameters do the corten fire pit bowls come in?",
            "corten-steel-fire-pit-bowl",
            "Diameter",
        ),
        _options(
            "ol-giftcard-amounts",
            ["option_labels", "gift_card"],
            "gift card amounts?",
            "verandah-co-gift-card",
            "Denomination",
            as_numbers=True,
        ),
        _options(
            "ol-emberpro-gas",
            ["option_labels", "gas"],
            "which gas types can i get the ember pro in",
            "ember-pro-hooded-bbq",
            "Gas Type",
        ),
        _options(
            "ol-triangle-sizes",
            ["option_labels"],
            "what sizes do the triangle shade sails come in?",
            "shademax-triangle-shade-sail",
            "Size",
        ),
        _options(
            "ol-bbq-cover",
            ["option_labels", "covers"],
            "the hooded bbq cover, what sizes are there?",
            "hooded-bbq-cover",
            "Fits",
            pick=lambda x: x.split(" (")[0],
        ),
    ]


def product_facts():
    noosa = catalog.spec_value("noosa-teak-outdoor-dining-set", "Material")
    coolum = catalog.spec_value("coolum-modular-outdoor-lounge", "Frame")
    ember = catalog.product("ember-pro-hooded-bbq")
    assert "Gas cylinder not included" in ember["bullets"]
    return [
        case(
            "pf-noosa-timber",
            ["product_facts", "material"],
            "what timber is the noosa dining set made from?",
            "answer",
            [in_text(noosa, "plantation teak")],
            (),
            [C],
            f"Says: {noosa}.",
        ),
        case(
            "pf-fornaio16-weight",
            ["product_facts", "weight"],
            "how heavy is the fornaio 16?",
            "answer",
            [num(spec_number("fornaio-16-gas-pizza-oven", "Weight"))],
            (),
            [C],
            f"Gives the Fornaio 16's weight: {catalog.spec_value('fornaio-16-gas-pizza-oven', 'Weight')}.",
        ),
        case(
            "pf-sail-uv",
            ["product_facts", "uv"],
            "how much uv do the shademax square sails block?",
            "answer",
            [num(spec_number("shademax-square-shade-sail", "UV block"))],
            (),
            [C],
            f"Says: {catalog.spec_value('shademax-square-shade-sail', 'UV block')}.",
        ),
        case(
            "pf-hamilton-extended",
            ["product_facts", "dimensions"],
            "how long is the hamilton teak table when its fully extended",
            "answer",
            [num(spec_number("hamilton-teak-extension-table", "Dimensions", "extending to"))],
            (),
            [C],
            f"Says: {catalog.spec_value('hamilton-teak-extension-table', 'Dimensions')}.",
        ),
        case(
            "pf-emberpro-cylinder",
            ["product_facts", "included"],
            "does the ember pro come with a gas bottle?",
            "answer",
            [
                [
                    "not included",
                    "doesn't come",
                    "does not come",
                    "isn't included",
                    "is not included",
                    "doesn't include",
                    "does not include",
                ]
            ],
            (),
            [C],
            "Says the gas cylinder is not included with the Ember Pro Hooded BBQ.",
        ),
        case(
            "pf-eggchair-load",
            ["product_facts", "limit"],
            "whats the weight limit on the whitsunday egg chair",
            "answer",
            [num(spec_number("whitsunday-hanging-egg-chair", "Max load"))],
            (),
            [C],
            f"Gives the egg chair's maximum load: {catalog.spec_value('whitsunday-hanging-egg-chair', 'Max load')}.",
        ),
        case(
            "pf-coolum-frame",
            ["product_facts", "material", "chatty"],
            "we live near the beach, what's the coolum lounge frame made of?",
            "answer",
            [in_text(coolum, "aluminium")],
            (),
            [C],
            f"Says the frame is {coolum.lower()}.",
        ),
    ]


def follow_ups():
    pro = "ember-pro-hooded-bbq"
    return [
        case(
            "fu-emberpro-ng",
            ["follow_up", "multi_turn"],
            ["how much is the ember pro 4 burner lpg?", "and in natural gas?"],
            "answer",
            [num(catalog.variant(pro, "4 Burner", "Natural Gas")["price"])],
            (),
            [C],
            "Gives the 4 Burner Natural Gas price of the Ember Pro Hooded BBQ.",
        ),
        case(
            "fu-cabana-olive",
            ["follow_up", "multi_turn", "out_of_stock"],
            ["tell me about the cabana market umbrella", "is the 3 m olive one in stock?"],
            "answer",
            stock_facts(catalog.variant("cabana-market-umbrella", "3.0 m", "Olive")),
            (),
            [C],
            "Says the Cabana Market Umbrella 3.0 m Olive is out of stock.",
        ),
        case(
            "fu-tropicana-terracotta",
            ["follow_up", "multi_turn", "sale_price"],
            ["tropicana rug 200x290 in navy, price?", "what about terracotta?"],
            "answer",
            [num(catalog.variant("tropicana-outdoor-rug", "200 x 290 cm", "Terracotta")["price"])],
            (),
            [C],
            "Gives the 200 x 290 cm Terracotta price (on sale) of the Tropicana Outdoor Rug.",
        ),
        case(
            "fu-palmcove-olive",
            ["follow_up", "multi_turn", "three_turns"],
            ["do you have the palm cove rope armchair?", "what colours?", "is olive in stock?"],
            "answer",
            stock_facts(catalog.variant("palm-cove-rope-armchair", "Olive")),
            (),
            [C],
            "Says the Palm Cove Rope Armchair in Olive is out of stock.",
        ),
        case(
            "fu-firepit-80",
            ["follow_up", "multi_turn", "lowercase"],
            ["how much is the corten fire pit", "the 80cm one"],
            "answer",
            [num(catalog.variant("corten-steel-fire-pit-bowl", "80 cm")["price"])],
            (),
            [C],
            "Gives the 80 cm Corten Steel Fire Pit Bowl's price.",
        ),
        case(
            "fu-byron-weight",
            ["follow_up", "multi_turn", "weight"],
            ["looking at the byron aluminium dining setting", "how heavy is it?"],
            "answer",
            [num(spec_number("byron-aluminium-5-piece-dining-setting", "Weight"))],
            (),
            [C],
            "Gives the Byron setting's weight from its description.",
        ),
        case(
            "fu-sails-three-turns",
            ["follow_up", "multi_turn", "three_turns"],
            ["hi do you sell shade sails", "the square ones, what sizes?", "how much is the 3.6?"],
            "answer",
            [num(catalog.variant("shademax-square-shade-sail", "3.6 x 3.6 m", "Sand")["price"])],
            (),
            [C],
            "Gives the price of the ShadeMax Square Shade Sail in 3.6 x 3.6 m (the same in every colour).",
        ),
    ]
