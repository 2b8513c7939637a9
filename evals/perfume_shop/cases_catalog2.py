"""Catalog cases: follow-ups, superlatives, comparisons, what the shop doesn't say, what it doesn't sell."""
from casekit import case, gbp, never_price, num, span
from caselib import OUT, P, V, label, price_rubric
from data_fragrance import EDC, EDP, EDT, EXT, FRAGRANCES
from data_other import SETS
from policy import RATES

FR = {f["key"]: f for f in FRAGRANCES}


def follow_up(ps):
    out = []
    v, o = V(ps, "haar", Concentration=EDP, Size="50 ml"), V(ps, "haar", Concentration=EDT, Size="50 ml")
    out.append(case("fu-haar-50edp", ["follow_up", "multi_turn"], ["tell me about haar", "how much is the 50ml edp?"],
                    "answer", [num(v.price)], never_price(o.price), [v.key], price_rubric(v)))
    a = V(ps, "amber", Concentration=EXT, Size="50 ml")
    assert a.state == "out of stock"
    out.append(case("fu-amber-ext-and-50", ["follow_up", "multi_turn", "variant_stock"],
                    ["do you have amber close extrait 100 ml in stock?", "and the 50?"], "answer", [OUT], [], [a.key],
                    "Says %s is out of stock." % label(a)))
    fl = V(ps, "disco", Set="Florals (5 x 2 ml)")
    sig = V(ps, "disco", Set="Signature Ten (10 x 2 ml)")
    out.append(case("fu-florals-price", ["follow_up", "multi_turn"], ["what's in the florals discovery set?", "how much is it?"],
                    "answer", [num(fl.price)], never_price(sig.price), [fl.key], price_rubric(fl)))
    g = V(ps, "candle", Scent="Amber Close", Size="Grand (600 g)")
    out.append(case("fu-candle-grand", ["follow_up", "multi_turn"], ["how much is the amber close candle?", "and the grand one?"],
                    "answer", [num(g.price)], [], [g.key], price_rubric(g)))
    f10 = V(ps, "firth", Concentration=EDT, Size="10 ml")
    out.append(case("fu-firth-travel", ["follow_up", "multi_turn"], ["is firth a good summer scent?", "do you do it in a travel size?"],
                    "answer", ["10 ml", num(f10.price)], [], [f10.key], "Offers Firth's 10 ml travel spray at %s." % gbp(f10.price)))
    a, b = FR["vetiver"]["longevity"][EDT]
    out.append(case("fu-vetiver-lasts", ["follow_up", "multi_turn", "longevity"],
                    ["thinking about vetiver mile, the edt", "how long does it last?"], "answer", [span(a, b)], [],
                    [P(ps, "vetiver").key_product], "Says Vetiver Mile Eau de Toilette lasts %d-%d hours." % (a, b)))
    h = V(ps, "heather", Concentration=EDP, Size="30 ml")
    out.append(case("fu-gift-dad-heather", ["follow_up", "multi_turn", "chatty"],
                    ["hiya", "looking for a present for my dad, he likes smoky woody stuff",
                     "how much is heather & smoke edp 30ml?"], "answer", [num(h.price)],
                    never_price(V(ps, "heather", Concentration=EXT, Size="30 ml").price), [h.key], price_rubric(h)))
    return out


def _fragrance_variants(ps):
    return [v for p in ps if "fragrance" in p.data for v in p.live]


def superlative(ps):
    out = []
    fv = _fragrance_variants(ps)
    instock = [v for v in fv if v.state == "in stock"]
    top = max(instock, key=lambda v: v.price)
    assert sum(1 for v in instock if v.price == top.price) == 1
    out.append(case("sup-priciest-bottle", ["superlative"], "what's the most expensive bottle of perfume you have in stock?",
                    "answer", [num(top.price), top.product.name], [], [top.key],
                    "Names %s at %s." % (label(top), gbp(top.price))))
    ext = sorted((v for v in fv if v.opt("Concentration") == EXT), key=lambda v: v.price)
    assert ext[0].state == "in stock" and ext[0].price < ext[1].price
    out.append(case("sup-cheapest-extrait", ["superlative"], "cheapest extrait you do?", "answer",
                    [num(ext[0].price), ext[0].product.name], [], [ext[0].key], "Names %s at %s." % (label(ext[0]), gbp(ext[0].price))))
    big = sorted((v for v in fv if v.opt("Size") == "100 ml" and v.orderable), key=lambda v: v.price)
    assert big[0].price < big[1].price
    out.append(case("sup-cheapest-100ml", ["superlative"], "whats your cheapest 100ml bottle", "answer",
                    [num(big[0].price), big[0].product.name], [], [big[0].key], "Names %s at %s." % (label(big[0]), gbp(big[0].price))))
    candles = sorted(P(ps, "candle").live, key=lambda v: v.price)
    out.append(case("sup-cheapest-candle", ["superlative", "candle"], "cheapest candle?", "answer", [num(candles[0].price)], [],
                    [P(ps, "candle").key_product], "Gives the cheapest candle price: %s (Classic)." % gbp(candles[0].price)))
    ner = max(P(ps, "neroli").live, key=lambda v: int(v.opt("Size").split()[0]))
    out.append(case("sup-biggest-neroli", ["superlative"], "biggest bottle of neroli noon you do?", "answer",
                    [ner.opt("Size"), num(ner.price)], [], [ner.key], "Names %s at %s." % (label(ner), gbp(ner.price))))
    am = min(P(ps, "amber").live, key=lambda v: int(v.opt("Size").split()[0]))
    out.append(case("sup-smallest-amber", ["superlative"], "whats the smallest size amber close comes in", "answer",
                    [am.opt("Size")], [], [P(ps, "amber").key_product], "Says Amber Close's smallest size is %s." % am.opt("Size")))
    return out


def comparison(ps):
    out = []
    a, b = V(ps, "haar", Concentration=EDT, Size="100 ml"), V(ps, "haar", Concentration=EDP, Size="100 ml")
    out.append(case("cmp-haar-edt-edp-100", ["comparison"], "haar edt vs edp in 100ml - whats the price difference?", "answer",
                    [num(a.price), num(b.price)], [], [a.key, b.key],
                    "Compares %s (%s) and %s (%s, out of stock): %s difference." % (label(a), gbp(a.price), label(b), gbp(b.price), gbp(b.price - a.price))))
    a, b = V(ps, "amber", Concentration=EXT, Size="50 ml"), V(ps, "ambra", Concentration=EXT, Size="50 ml")
    cheaper = min((a, b), key=lambda v: v.price)
    out.append(case("cmp-amber-vs-ambra", ["comparison"], "which is cheaper, amber close extrait 50ml or ambra antica extrait 50ml?",
                    "answer", [num(a.price), num(b.price)], [], [a.key, b.key],
                    "Says %s is cheaper (%s vs %s)." % (label(cheaper), gbp(a.price), gbp(b.price))))
    l1, l2 = FR["dean"]["longevity"][EDT], FR["dean"]["longevity"][EDP]
    out.append(case("cmp-dean-edt-edp-last", ["comparison", "longevity"], "which lasts longer on dean village, the edt or the edp?",
                    "answer", [span(*l2)], [], [P(ps, "dean").key_product],
                    "Says the Eau de Parfum lasts longer (%d-%d hours vs %d-%d)." % (l2 + l1)))
    s1, s2 = FR["calton"]["sillage"], FR["rose"]["sillage"]
    out.append(case("cmp-calton-rose-sillage", ["comparison", "sillage"], "calton hill or rose street - which one projects more?",
                    "answer", [s1], [], [P(ps, "calton").key_product, P(ps, "rose").key_product],
                    "Says Calton Hill's sillage is %s, Rose Street's %s." % (s1, s2)))
    a, b = V(ps, "oud", Concentration=EXT, Size="50 ml"), V(ps, "oud", Concentration=EDP, Size="50 ml")
    out.append(case("cmp-oud-50-ext-edp", ["comparison"], "old town oud 50ml: extrait vs edp price?", "answer",
                    [num(a.price), num(b.price)], [], [a.key, b.key], "Gives both: %s %s, %s %s." % (label(a), gbp(a.price), label(b), gbp(b.price))))
    return out


def unknown(ps):
    out = []
    out.append(case("unk-alcohol-percent", ["unknown"], "what percentage alcohol is in haar edp?", None, [],
                    ["70%", "75%", "78%", "80%", "82%", "85%", "88%", "90%"], [],
                    "The shop does not give the alcohol percentage: says so (the guide's perfume-oil ranges are not an alcohol figure) and does not invent one."))
    solid = P(ps, "solid")
    out.append(case("unk-solid-ml", ["unknown"], "how many ml is the haar solid perfume?", None, [], ["8 ml", "8ml"],
                    [solid.key_product], "It is a balm sold by weight (8 g tin), not by volume: does not state a size in ml."))
    out.append(case("unk-shower-ph", ["unknown"], "what's the pH of the shower gel? i have eczema", None, [], ["5.5", "pH 5", "pH 6"], [],
                    "The pH is not given: says so, without inventing a value."))
    out.append(case("unk-engraving-colour", ["unknown", "service"], "is the bottle engraving done in gold or silver?", None, [],
                    ["gold lettering", "silver lettering", "gold leaf", "engraved in gold", "engraved in silver"], [],
                    "The engraving's colour is not given: says so rather than choosing one."))
    tab = FR["tablet"]
    assert "Madagascan" not in tab["base"] and "Madagascan" in FR["amber"]["base"]
    out.append(case("unk-tablet-vanilla", ["unknown", "notes"], "where is the vanilla in midnight tablet from?", None, [],
                    ["Madagascar", "Madagascan"], [P(ps, "tablet").key_product],
                    "Midnight Tablet lists vanilla without an origin (Amber Close's is Madagascan): says it doesn't say."))
    rf = V(ps, "refill", Fragrance="Amber Close")
    assert rf.state == "backorder"
    out.append(case("unk-refill-restock-date", ["unknown", "backorder"], "when will the amber close refill be back in stock?", None,
                    [["backorder", "back order", "back-order"]], [], [rf.key],
                    "It can be ordered on backorder but no restock date is given: says so without inventing a date."))
    return out


def not_sold(ps):
    out = []
    out.append(case("ns-chanel", ["not_sold", "brand"], "do you sell chanel no 5?", "answer", [], [], [],
                    "Says the shop doesn't sell Chanel; may suggest its own floral fragrances."))
    sol = P(ps, "solstice")
    out.append(case("ns-solstice-draft", ["not_sold", "draft"], "how much is the solstice limited edition?", None, [],
                    sum((never_price(v.regular) for v in sol.variants), []), [],
                    "Solstice is a draft, not for sale: says it isn't available and gives no price."))
    kel = P(ps, "kelpie")
    out.append(case("ns-kelpie-pending", ["not_sold", "pending"], "can i buy kelpie yet? my friend said its coming out soon", None, [],
                    sum((never_price(v.regular) for v in kel.variants), []), [],
                    "Kelpie is awaiting review, not for sale: says it can't be bought and gives no price."))
    t = P(ps, "tester")
    out.append(case("ns-tester-private", ["not_sold", "private"], "can i buy one of your 100ml tester bottles cheap?", "answer",
                    [], never_price(t.variants[0].regular), ["store/pages/faq.html"],
                    "Says the shop doesn't sell testers (FAQ), suggests samples or the Atelier; no staff tester price."))
    out.append(case("ns-deodorant", ["not_sold"], "do u sell deodorant or aftershave balm", "answer", [], [], [],
                    "Says it doesn't sell deodorant or aftershave balm."))
    d = next(v for v in P(ps, "haar").variants if v.published == 0)
    big = max((v for v in P(ps, "haar").live if v.opt("Concentration") == EDT), key=lambda v: int(v.opt("Size").split()[0]))
    out.append(case("ns-haar-edt-200", ["not_sold", "disabled_variation"], "do you do haar edt in 200ml?", "answer",
                    [big.opt("Size")], never_price(d.regular), [P(ps, "haar").key_product],
                    "The 200 ml is switched off: says Haar EDT comes up to %s, with no 200 ml price." % big.opt("Size")))
    return out
