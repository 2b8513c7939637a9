"""Catalog cases: prices, sales, stock, option labels, facts, follow-ups."""
from casekit import case, gbp, never_price, num, span
from caselib import BACKORDER, IN_STOCK, OUT, P, V, date_alts, label, price_rubric
from data_fragrance import EDC, EDP, EDT, EXT
from data_other import CANDLE_BURN, SETS, VOUCHER_MONTHS


def variant_price(ps):
    out = []
    rows = [
        ("vp-haar-edp50", ["lowercase"], "how much is haar edp 50ml?", V(ps, "haar", Concentration=EDP, Size="50 ml"),
         V(ps, "haar", Concentration=EDT, Size="50 ml")),
        ("vp-calton-extrait", ["abbrev"], "price for calton hill extrait?", V(ps, "calton", Concentration=EXT, Size="50 ml"),
         V(ps, "calton", Concentration=EDP, Size="50 ml")),
        ("vp-oud-ext30", ["chatty"], "Old town oud extrait de parfum 30 ml - how much pls, treating myself",
         V(ps, "oud", Concentration=EXT, Size="30 ml"), V(ps, "oud", Concentration=EDP, Size="50 ml")),
        ("vp-candle-grand-heather", ["two_options"], "what does the heather and smoke candle cost in the big size",
         V(ps, "candle", Scent="Heather & Smoke", Size="Grand (600 g)"),
         V(ps, "candle", Scent="Heather & Smoke", Size="Classic (220 g)")),
        ("vp-sample-oud", ["samples"], "how much is a sample vial of old town oud?", V(ps, "sample", Fragrance="Old Town Oud"),
         V(ps, "sample", Fragrance="Haar")),
        ("vp-refill-calton", ["name_overlap"], "calton hill refill 200ml price?", V(ps, "refill", Fragrance="Calton Hill"),
         V(ps, "refill", Fragrance="Haar")),
        ("vp-bespoke-online", ["service"], "how much is the online bespoke consultation",
         V(ps, "bespoke", Format="Online consultation, 60 min (30 ml extrait)"),
         V(ps, "bespoke", Format="Atelier consultation, 90 min (50 ml extrait)")),
        ("vp-rose-100-fr", ["french"], "Bonjour, combien coûte Rose Street eau de parfum 100 ml ?",
         V(ps, "rose", Concentration=EDP, Size="100 ml"), V(ps, "rose", Concentration=EDP, Size="50 ml")),
    ]
    for cid, tags, text, v, other in rows:
        assert v.price != other.price and v.orderable
        out.append(case(cid, ["variant_price"] + tags, text, "answer", [num(v.price)], never_price(other.price),
                        [v.key], price_rubric(v)))
    return out


def sale_price(ps):
    out = []
    rows = [
        ("sp-dean-edt100", [], "is dean village edt 100 ml on sale? what's the price now", V(ps, "dean", Concentration=EDT, Size="100 ml")),
        ("sp-tablet-100", ["abbrev"], "midnight tablet 100ml edp - is there a discount on it atm?", V(ps, "tablet", Concentration=EDP, Size="100 ml")),
        ("sp-coffret", ["gift"], "how much is the miniature coffret now? xmas present for my sister", V(ps, "coffret")),
        ("sp-fico-100", ["guest_house"], "fico d'estate edt 100 price? any offer on", V(ps, "fico", Concentration=EDT, Size="100 ml")),
        ("sp-candle-bramble-grand", ["two_options"], "bramble tea grand candle - is it reduced?", V(ps, "candle", Scent="Bramble Tea", Size="Grand (600 g)")),
    ]
    for cid, tags, text, v in rows:
        assert v.sale_active
        out.append(case(cid, ["sale_price"] + tags, text, "answer", [num(v.price)], [],
                        [v.key], price_rubric(v)))
    v = V(ps, "bramble", Concentration=EDP, Size="100 ml")
    assert v.sale_active and v.window
    out.append(case("sp-bramble-until", ["sale_price", "follow_up", "sale_window"],
                    ["is the bramble tea 100ml edp on offer?", "till when?"], "answer",
                    [date_alts(v.window[1][:10])], [], [v.key],
                    "Says the sale price of %s (%s) lasts until %s." % (label(v), gbp(v.price), v.window[1][:10])))
    h = V(ps, "hand", Scent="Rose Street")
    assert not h.sale_active and h.sale is not None
    out.append(case("sp-handcream-ended", ["sale_price", "ended_sale"], "is the rose street hand cream on sale at the moment?",
                    "answer", [num(h.price)], never_price(h.sale), [h.key],
                    "The Black Friday sale has ended: %s is %s, not %s." % (label(h), gbp(h.price), gbp(h.sale))))
    return out


def variant_stock(ps):
    out = []
    rows = [
        ("vs-haar-edp100-out", [], "is haar edp 100ml in stock?", V(ps, "haar", Concentration=EDP, Size="100 ml"), OUT),
        ("vs-heather-ext50-bo", ["backorder"], "can i still order heather & smoke extrait 50ml? the site says something about backorder",
         V(ps, "heather", Concentration=EXT, Size="50 ml"), BACKORDER),
        ("vs-bothy-30-parent", ["stock_on_parent"], "pinewood bothy 30ml - do you have it in?", V(ps, "bothy", Concentration=EDP, Size="30 ml"), IN_STOCK),
        ("vs-amber-ext50-out", ["typo"], "amber close extriat 50 ml stock?", V(ps, "amber", Concentration=EXT, Size="50 ml"), OUT),
        ("vs-sample-orris-out", ["name_overlap", "samples"], "do you have orris noir sample vials in stock", V(ps, "sample", Fragrance="Orris Noir"), OUT),
        ("vs-vetiver-edp100-notify", ["backorder"], "vetiver mile edp 100 - in stock or not?", V(ps, "vetiver", Concentration=EDP, Size="100 ml"), BACKORDER),
        ("vs-atomiser-rosegold", ["colour"], "travel atomiser in rose gold, got any?", V(ps, "atomiser", Colour="Rose Gold"), OUT),
    ]
    for cid, tags, text, v, alts in rows:
        state = {id(OUT): "out of stock", id(BACKORDER): "orderable on backorder", id(IN_STOCK): "in stock"}[id(alts)]
        assert v.state == {"out of stock": "out of stock", "orderable on backorder": "backorder", "in stock": "in stock"}[state]
        out.append(case(cid, ["variant_stock"] + tags, text, "answer", [alts], [], [v.key],
                        "Says %s is %s." % (label(v), state)))
    return out


def option_labels(ps):
    out = []
    dean = P(ps, "dean")
    sizes = sorted({v.opt("Size") for v in dean.live}, key=lambda s: int(s.split()[0]))
    out.append(case("ol-dean-sizes", ["option_labels"], "what sizes does dean village come in", "answer",
                    sizes, [], [dean.key_product], "Lists the sizes of Dean Village: %s." % ", ".join(sizes)))
    heather = P(ps, "heather")
    concs = sorted({v.opt("Concentration") for v in heather.live})
    out.append(case("ol-heather-conc", ["option_labels"], "which concentrations is heather & smoke available in?", "answer",
                    [["Extrait"] if c == EXT else c for c in concs], [], [heather.key_product],
                    "Names the concentrations of Heather & Smoke: %s." % ", ".join(concs)))
    candle = P(ps, "candle")
    scents = sorted({v.opt("Scent") for v in candle.live})
    out.append(case("ol-candle-scents", ["option_labels"], "what scents do your candles come in?", "answer", scents, [],
                    [candle.key_product], "Lists the candle scents: %s." % ", ".join(scents)))
    gc = P(ps, "giftcard")
    amounts = [v.price for v in gc.live]
    out.append(case("ol-giftcard-amounts", ["option_labels", "gift_card"], "what amounts can i get a gift card in", "answer",
                    [num(amounts[0]), num(amounts[-1])], [], [gc.key_product],
                    "Lists the gift card amounts: %s." % ", ".join(gbp(a) for a in amounts)))
    at = P(ps, "atomiser")
    cols = [v.opt("Colour") for v in at.live]
    out.append(case("ol-atomiser-colours", ["option_labels", "colour"], "what colours does the refillable atomiser come in?",
                    "answer", cols, [], [at.key_product], "Lists the atomiser colours: %s (Rose Gold out of stock)." % ", ".join(cols)))
    rf = P(ps, "refill")
    names = [v.opt("Fragrance") for v in rf.live]
    out.append(case("ol-refill-fragrances", ["option_labels"], "which fragrances can i get as a 200ml refill?", "answer",
                    names, [], [rf.key_product], "Lists the refill fragrances: %s." % ", ".join(names)))
    return out


def product_facts(ps):
    from data_fragrance import FRAGRANCES
    fr = {f["key"]: f for f in FRAGRANCES}
    out = []
    haar = P(ps, "haar")
    out.append(case("pf-haar-top", ["product_facts", "notes"], "what are the top notes in haar?", "answer",
                    [x.strip() for x in fr["haar"]["top"].split(",")], [], [haar.key_product],
                    "Gives Haar's top notes: %s." % fr["haar"]["top"]))
    br = P(ps, "bramble")
    out.append(case("pf-bramble-base", ["product_facts", "notes"], "bramble tea - what are the base notes?", "answer",
                    [x.strip() for x in fr["bramble"]["base"].split(",")], [], [br.key_product],
                    "Gives Bramble Tea's base notes: %s." % fr["bramble"]["base"]))
    oud = P(ps, "oud")
    out.append(case("pf-oud-perfumer", ["product_facts"], "who made old town oud? which perfumer", "answer",
                    [fr["oud"]["perfumer"]], [fr["haar"]["perfumer"], fr["bramble"]["perfumer"]], [oud.key_product],
                    "Names the perfumer of Old Town Oud: %s." % fr["oud"]["perfumer"]))
    a, b = fr["oud"]["longevity"][EXT]
    out.append(case("pf-oud-ext-longevity", ["product_facts", "longevity"], "how long does old town oud extrait last on skin?",
                    "answer", [span(a, b)], [], [oud.key_product], "Says Old Town Oud Extrait lasts %d-%d hours." % (a, b)))
    candle = P(ps, "candle")
    hours = CANDLE_BURN["Grand (600 g)"]
    out.append(case("pf-candle-grand-burn", ["product_facts", "candle"], "how long does the grand candle burn for?", "answer",
                    [num(hours, 0)], [], [candle.key_product], "Says a Grand candle burns for about %d hours." % hours))
    disco = P(ps, "disco")
    names = SETS["Woods & Smoke (5 x 2 ml)"][2]
    out.append(case("pf-woods-set-contents", ["product_facts", "discovery"], "what's in the woods & smoke discovery set?",
                    "answer", names, [], [disco.key_product], "Lists the Woods & Smoke set: %s." % ", ".join(names)))
    out.append(case("pf-disco-voucher", ["product_facts", "discovery"],
                    "does the discovery set come with any money off a full bottle after?", "answer",
                    ["voucher", ["%d months" % VOUCHER_MONTHS, "six months"]], [], [disco.key_product],
                    "Says each set includes a voucher for its price, to spend on a 50 ml or 100 ml bottle within %d months." % VOUCHER_MONTHS))
    lot = P(ps, "lotion")
    out.append(case("pf-lotion-nuts", ["product_facts", "allergy"], "does the body lotion have any nut oils in it? my son has a nut allergy",
                    "answer", ["almond"], [], [lot.key_product],
                    "Says the body lotion contains sweet almond oil (Prunus Amygdalus Dulcis)."))
    return out
