"""Cases across products: follow-ups, superlatives, comparisons, what the data cannot say, and what
the shop does not sell (draft, archived, unpublished products and kinds it never carries)."""

import catalog
import policy as P
import variants as V
from common import (DONT_KNOW, IN_STOCK, NOT_SOLD, PAGES, case, eur, extreme, fact_value, label, num, pkey,
                    price_forms, title, var, vkey)


def follow_up():
    fjord = var("fjord-tufted-wool-rug", "200 x 300 cm", "Ochre")
    atlas = var("atlas-berber-wool-rug", "200 x 300 cm", "Charcoal")
    riviera_sizes = catalog.by_handle("riviera-round-rug")["options"][0][1]
    biggest = var("riviera-round-rug", riviera_sizes[-1])
    ganges_sizes = catalog.by_handle("ganges-braided-jute-rug")["options"][0][1]
    oslo = var("oslo-low-pile-rug", "240 x 340 cm", "Anthracite")
    assert V.state(oslo) == "in_stock" and V.state(var("oslo-low-pile-rug", "240 x 340 cm", "Beige")) != "in_stock"
    return [
        case("fu-fjord-bigger", ["follow_up", "size"],
             ["how much is the fjord wool rug 160x230 in ochre?", "and the 200x300?"], "answer",
             [num(fjord["price"])], [], [vkey("fjord-tufted-wool-rug", "200 x 300 cm", "Ochre")],
             f"Stays with the Fjord in Ochre: {label('fjord-tufted-wool-rug', '200 x 300 cm', 'Ochre')} costs "
             f"{eur(fjord['price'])}."),
        case("fu-atlas-colour", ["follow_up", "colour"],
             ["price of the atlas berber rug 200x300 ivory?", "and in charcoal?"], "answer", [num(atlas["price"])],
             price_forms(var("atlas-berber-wool-rug", "250 x 350 cm", "Charcoal")["price"]),
             [vkey("atlas-berber-wool-rug", "200 x 300 cm", "Charcoal")],
             f"Gives the 200 x 300 cm Charcoal price: {eur(atlas['price'])}."),
        case("fu-ganges-sizes", ["follow_up", "options"],
             ["tell me about the ganges braided jute rug", "what sizes?"], "answer", list(ganges_sizes), [],
             [pkey("ganges-braided-jute-rug")], f"Lists the Ganges sizes: {', '.join(ganges_sizes)}."),
        case("fu-riviera-biggest", ["follow_up", "ordinal"],
             ["what sizes does the riviera round rug come in", "how much is the biggest one?"], "answer",
             [num(biggest["price"])], [], [vkey("riviera-round-rug", riviera_sizes[-1])],
             f"The biggest Riviera ({riviera_sizes[-1]}) costs {eur(biggest['price'])}."),
        case("fu-kasbah-material", ["follow_up", "facts"],
             ["kasbah berber runner 70x200 - price?", "what's it made of?"], "answer",
             [fact_value("kasbah-berber-runner", "Material")], [], [pkey("kasbah-berber-runner")],
             f"Material of the Kasbah runner: {fact_value('kasbah-berber-runner', 'Material')}."),
        case("fu-oslo-colour-stock", ["follow_up", "stock"],
             ["is the oslo low pile rug in beige 240x340 in stock?", "what about anthracite?"], "answer",
             [IN_STOCK], [], [vkey("oslo-low-pile-rug", "240 x 340 cm", "Anthracite")],
             f"The Anthracite 240 x 340 cm is in stock ({eur(oslo['price'])}, on sale from {eur(oslo['compare_at'])})."),
    ]


def _is_rug_named(word):
    return lambda spec: word in spec["title"] and spec["title"].rstrip(")").split(" (")[0].endswith("Rug")


def superlative():
    out = []
    mat, mat_v, _ = extreme(lambda s: s["type"] == catalog.MAT)
    out.append(case("sup-cheapest-doormat", ["superlative", "cheapest"], "cheapest doormat you have?", "answer",
                    [mat["title"], num(mat_v["price"])], [], [pkey(mat["handle"])],
                    f"The {label(mat['handle'], *mat_v['values'])} at {eur(mat_v['price'])}."))
    top, top_v, _ = extreme(lambda s: s["title"].endswith("Rug"), highest=True)
    hidden = catalog.by_handle("isfahan-silk-rug")
    hidden_v = V.VARIANTS["isfahan-silk-rug"][0]
    out.append(case("sup-dearest-rug", ["superlative", "dearest", "draft_hidden"], "what's your most expensive rug?",
                    "answer", [top["title"].split(" ")[0], num(top_v["price"])],
                    [hidden["title"]] + price_forms(hidden_v["price"]), [pkey(top["handle"])],
                    f"The {label(top['handle'], *top_v['values'])} at {eur(top_v['price'])}; never the draft "
                    f"{hidden['title']}."))
    run, run_v, _ = extreme(lambda s: s["type"] == catalog.RUN)
    out.append(case("sup-cheapest-runner", ["superlative", "cheapest"], "whats the cheapest runner?", "answer",
                    [run["title"], num(run_v["price"])], [], [pkey(run["handle"])],
                    f"The {label(run['handle'], *run_v['values'])} at {eur(run_v['price'])}."))
    hk, hk_v, _ = extreme(lambda s: s["type"] == catalog.RUG)
    out.append(case("sup-cheapest-handknotted", ["superlative", "category"], "cheapest hand-knotted rug?", "answer",
                    [hk["title"], num(hk_v["price"])], [], [pkey(hk["handle"])],
                    f"The {label(hk['handle'], *hk_v['values'])} at {eur(hk_v['price'])}."))
    jute, jute_v, _ = extreme(_is_rug_named("Jute"))
    out.append(case("sup-cheapest-jute", ["superlative", "material"], "what's the cheapest jute rug you sell",
                    "answer", [jute["title"], num(jute_v["price"])], [], [pkey(jute["handle"])],
                    f"The {label(jute['handle'], *jute_v['values'])} at {eur(jute_v['price'])}."))
    dmat, dmat_v, _ = extreme(lambda s: s["type"] == catalog.MAT, highest=True)
    out.append(case("sup-dearest-doormat", ["superlative", "dearest"], "most expensive doormat?", "answer",
                    [dmat["title"], num(dmat_v["price"])], [], [pkey(dmat["handle"])],
                    f"The {label(dmat['handle'], *dmat_v['values'])} at {eur(dmat_v['price'])}."))
    return out


def _compare(cid, text, left, right, cheaper_word, tags=()):
    (lh, lvals), (rh, rvals) = left, right
    lv, rv = var(lh, *lvals), var(rh, *rvals)
    assert lv["price"] != rv["price"]
    winner = lh if (lv["price"] > rv["price"]) == (cheaper_word == "more") else rh
    return case(cid, ["comparison"] + list(tags), text, "answer",
                [num(lv["price"]), num(rv["price"]), title(winner).split(" ")[0]], [],
                [vkey(lh, *lvals), vkey(rh, *rvals)],
                f"{label(lh, *lvals)} {eur(lv['price'])} vs {label(rh, *rvals)} {eur(rv['price'])}: "
                f"the {title(winner)} costs {cheaper_word}.")


def comparison():
    shag = fact_value("velvet-touch-shag-rug", "Pile height")
    beni = fact_value("beni-ourain-shag-rug", "Pile height")
    higher = "velvet-touch-shag-rug" if int(shag.split()[0]) > int(beni.split()[0]) else "beni-ourain-shag-rug"
    return [
        _compare("cmp-tabriz-atlas", "which costs more, the tabriz medallion 170x240 or the atlas berber 200x300 in ivory?",
                 ("tabriz-medallion-rug", ("170 x 240 cm",)), ("atlas-berber-wool-rug", ("200 x 300 cm", "Ivory")),
                 "more"),
        _compare("cmp-oslo-heritage", "oslo low pile beige 160x230 or heritage medallion 160x230 red - which is cheaper?",
                 ("oslo-low-pile-rug", ("160 x 230 cm", "Beige")), ("heritage-medallion-rug", ("160 x 230 cm", "Red")),
                 "less"),
        _compare("cmp-ganges-sisal", "ganges jute rug vs sisal boucle rug with black border, both 200x300 - which is less?",
                 ("ganges-braided-jute-rug", ("200 x 300 cm",)),
                 ("sisal-boucle-rug", ("200 x 300 cm", "Black cotton")), "less"),
        _compare("cmp-fjord-loop", "fjord in fog or loop in oat, both 200x300 – which one's cheaper?",
                 ("fjord-tufted-wool-rug", ("200 x 300 cm", "Fog")), ("loop-handwoven-wool-rug", ("200 x 300 cm", "Oat")),
                 "less", ["colours"]),
        _compare("cmp-kasbah-lumen", "is the kasbah runner 80x300 more expensive than the lumen washable runner 80x300 in grey?",
                 ("kasbah-berber-runner", ("80 x 300 cm",)), ("lumen-washable-runner", ("80 x 300 cm", "Grey")), "more"),
        case("cmp-pile-shags", ["comparison", "attribute"],
             "which has the higher pile, the velvet touch shag or the beni ourain?", "answer",
             [title(higher).split(" ")[0], shag, beni], [], [pkey("velvet-touch-shag-rug"), pkey("beni-ourain-shag-rug")],
             f"Velvet Touch {shag} vs Beni Ourain {beni}: the {title(higher)} has the higher pile."),
    ]


def unknown():
    def unk(cid, text, why, sources=(), tags=()):
        return case(cid, ["unknown"] + list(tags), text, "escalate", [DONT_KNOW], [], list(sources),
                    f"Says honestly that the shop's information does not say ({why}) and offers a person; "
                    f"does not guess.")
    assert "dye" not in str(catalog.by_handle("atlas-berber-wool-rug")["facts"]).lower()
    return [
        unk("unk-atlas-dyes", "are the atlas berber rugs coloured with natural dyes?", "no dye line for the Atlas",
            [pkey("atlas-berber-wool-rug")]),
        unk("unk-tabriz-weight", "how heavy is the tabriz medallion in 200x300?", "no weight in the description",
            [pkey("tabriz-medallion-rug")], ["own_attribute"]),
        unk("unk-installation", "do you offer a rug fitting or installation service at home?",
            "no page mentions fitting or installation"),
        unk("unk-paypal", "can i pay with paypal?", "PayPal is not among the payment methods, and no page names it",
            tags=["payment"]),
        unk("unk-fjord-flame", "is the fjord rug flame retardant?", "no fire rating in the description",
            [pkey("fjord-tufted-wool-rug")]),
        unk("unk-remover-restock", "when will the spot & stain remover be back in stock?",
            "the product is sold out and no restock date is given", [pkey("spot-stain-remover")], ["restock"]),
        unk("unk-himalaya-goodweave", "is the himalaya rug goodweave certified?", "no certification is given",
            [pkey("himalaya-tibetan-rug")]),
    ]


def not_sold():
    faq = PAGES + "faq.md"
    out = []
    for cid, text, thing in [("ns-carpet", "do you sell wall to wall carpet?", "wall-to-wall carpet"),
                             ("ns-curtains", "do u have curtains", "curtains"),
                             ("ns-tiles", "i'm looking for carpet tiles for my office, do you do them?", "carpet tiles"),
                             ("ns-bathmats", "do you sell bath mats?", "bath mats")]:
        assert thing in P.NOT_SOLD
        out.append(case(cid, ["not_sold", "faq"], text, "answer", [NOT_SOLD], [], [faq],
                        f"Says the shop does not sell {thing} (the FAQ: only loose-laid rugs, runners, doormats "
                        f"and accessories)."))
    for cid, handle, text, why in [
            ("ns-draft-isfahan", "isfahan-silk-rug", "how much is the isfahan silk rug?", "a draft"),
            ("ns-archived-coastal", "coastal-jute-doormat", "is the coastal jute doormat still available?",
             "archived"),
            ("ns-unpublished-ember", "ember-shag-rug", "price of the ember shag rug 160x230?",
             "not published on the storefront")]:
        spec = catalog.by_handle(handle)
        never = [f for v in V.VARIANTS[handle] for f in price_forms(v["price"])]
        assert not {v["price"] for v in V.VARIANTS[handle]} & {v["price"] for _, v in V.all_for_sale()}
        out.append(case(cid, ["not_sold", "draft_hidden"], text, "answer", [NOT_SOLD], never, [],
                        f"The {spec['title']} is {why}: says it is not for sale and gives no price."))
    return out


def cases():
    return follow_up() + superlative() + comparison() + unknown() + not_sold()
