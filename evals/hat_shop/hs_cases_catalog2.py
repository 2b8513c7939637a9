"""Catalog-wide cases: superlatives and comparisons (computed over what is for sale and in stock
today), questions the data does not answer, and products the shop does not sell (not in the
catalog, or in it as a draft, a private or a pending product)."""
from hs_case import case, num, price_never
from hs_out import pounds

FAQ = "store/pages/faq.md"


def _best(c, pred, cheapest=True):
    """The product (and its price) that is cheapest or dearest among in-stock versions."""
    best = None
    for p in c.for_sale():
        if not pred(p):
            continue
        prices = [c.price_now(v) for v in c.sellable(p) if c.in_stock(v)]
        if not prices:
            continue
        price = min(prices) if cheapest else max(prices)
        if best is None or (price < best[1] if cheapest else price > best[1]):
            best = (p, price)
    return best


def _name_has(word):
    return lambda p: word.lower() in p["name"].lower()


def _is_hat(p):
    return any(cat.startswith("Hats") for cat in p["cat"])


def superlative(c):
    out = []
    specs = [
        ("sup-cheapest-fedora", "what's your cheapest fedora?", _name_has("fedora"), True, "lowercase"),
        ("sup-dearest-fedora", "most expensive fedora you sell?", _name_has("fedora"), False, "short"),
        ("sup-cheapest-beanie", "cheapest beanie?", _name_has("beanie"), True, "short"),
        ("sup-priciest-hat", "whats the priciest hat in the whole shop", _is_hat, False, "lowercase"),
        ("sup-cheapest-bucket", "cheapest bucket hat you've got", _name_has("bucket hat"), True, "chatty"),
        ("sup-cheapest-panama", "cheapest panama?", _name_has("panama"), True, "short"),
    ]
    for cid, text, pred, cheapest, style in specs:
        p, price = _best(c, pred, cheapest)
        out.append(case(cid, ["superlative", style], text, "answer", [c.display_name(p), num(price)], (), [c.pkey(p)],
                        "Names the %s: the %s at %s." % ("cheapest" if cheapest else "most expensive",
                                                         c.display_name(p), pounds(price))))
    return out


def _single_price(c, key):
    prices = {c.price_now(v) for v in c.sellable(c.by_key[key]) if c.in_stock(v)}
    return min(prices)


def comparison(c):
    out = []
    specs = [
        ("cmp-glencoe-porkpie", "which costs more, the glencoe fedora or the pork pie hat?", "glencoe", "porkpie", "more"),
        ("cmp-cashmere-merino", "is the cashmere beanie dearer than the merino watch cap?", "cashmere_beanie", "merino", "more"),
        ("cmp-montecristi-ecuadorian", "montecristi or ecuadorian panama - which one's cheaper?", "montecristi", "ecuadorian", "less"),
        ("cmp-deerstalker-tam", "deerstalker or tam o shanter, which is less?", "deerstalker", "tam", "less"),
        ("cmp-boater-rannoch", "reckon the boater or the rannoch is cheaper?", "boater", "rannoch", "less"),
        ("cmp-harris-waxed-bucket", "harris tweed bucket hat vs waxed cotton bucket hat, how much is each?", "harris_bucket", "waxed_bucket", "each"),
    ]
    for cid, text, a, b, mode in specs:
        pa, pb = _single_price(c, a), _single_price(c, b)
        A, B = c.by_key[a], c.by_key[b]
        facts = [num(pa), num(pb)]
        if mode != "each":
            winner = A if (pa > pb) == (mode == "more") else B
            facts.insert(0, c.display_name(winner))
            rub = "Says the %s is %s: %s against %s." % (c.display_name(winner), "dearer" if mode == "more" else "cheaper",
                                                         pounds(max(pa, pb) if mode == "more" else min(pa, pb)),
                                                         pounds(min(pa, pb) if mode == "more" else max(pa, pb)))
        else:
            rub = "Gives both prices: %s %s, %s %s." % (c.display_name(A), pounds(pa), c.display_name(B), pounds(pb))
        out.append(case(cid, ["comparison"], text, "answer", facts, (), [c.pkey(A), c.pkey(B)], rub))
    return out


def unknown(c):
    """The shop's data does not say: an honest 'doesn't say' and a person (the docs' offline drafter
    hands such questions over), never an invented answer."""
    out = []
    rub = "Says the shop's information doesn't say and offers to pass the question to a member of the team; invents nothing."
    specs = [
        ("unk-porkpie-crown", "what's the crown height on the pork pie hat?", [], ["11 cm", "12 cm", "12.5 cm"]),
        ("unk-fairtrade", "are your panama hats fair trade certified?", [], []),
        ("unk-klarna", "can i pay with klarna?", [], []),
        ("unk-student", "do you do a student discount?", [], []),
        ("unk-stretcher-restock", "when will the hat stretcher be back in stock?", [], []),
        ("unk-giftwrap", "do you offer gift wrapping?", [], []),
    ]
    for cid, text, facts, never in specs:
        out.append(case(cid, ["unknown"], text, "escalate", facts, never, (), rub))
    return out


def not_for_sale(c):
    out = []
    for cid, text, style in [("nfs-baseball", "do you sell baseball caps?", "faq"),
                             ("nfs-cowboy", "got any cowboy hats?", "faq"),
                             ("nfs-fascinator", "looking for a fascinator for my sister's wedding, do you have any?", "chatty")]:
        out.append(case(cid, ["not_for_sale", style], text, "answer", [["don't sell", "do not sell"]], (), [FAQ],
                        "Says the shop doesn't sell %s (the FAQ)." % "baseball caps, cowboy hats or wedding fascinators"))
    for cid, text in [("nfs-umbrella", "do u sell umbrellas?")]:
        out.append(case(cid, ["not_for_sale", "not_in_catalog"], text, "escalate", (), (), (),
                        "Says it couldn't find that among the products the shop sells and offers a person; names no product as if it were one."))
    for cid, key, text in [("nfs-draft-balmoral", "balmoral", "how much is the balmoral bonnet?"),
                           ("nfs-pending-ivy", "ivy_cap", "do you have the heritage tweed ivy cap?"),
                           ("nfs-private-hood", "trade_hood", "price on the trade sample felt hood please")]:
        p = c.by_key[key]
        assert p["published"] != 1
        price = float(p["price"])
        out.append(case(cid, ["not_for_sale", "draft_hidden"], text, "escalate", (),
                        [pounds(price), "%.2f GBP" % price], (),
                        "The %s is not for sale (its product is %s): the reply says it couldn't find it among the products "
                        "the shop sells and never gives its price." % (c.display_name(p), {-1: "a draft", 0: "private", 2: "pending review"}[p["published"]])))
    return out
