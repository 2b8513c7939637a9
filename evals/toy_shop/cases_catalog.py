"""Catalog cases: prices, sales, stock, options, product facts, follow-ups, superlatives,
comparisons, what the data does not say and what the shop does not sell."""

from catalog import (GOOD, ORDERABLE, desc_line, desc_text, eur, product_key, variant,
                     variant_key)
from catalog_data import RETIRED
from suite import (BACKORDER, DONT_KNOW, IN, OUT, PREORDER, case, date_facts, num,
                   price_never)


def name_alternatives(name):
    """A product named in a reply: its whole name, or two capitalised words of it in a row."""
    words = name.split()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])
             if a[:1].isupper() and b[:1].isupper() and len(a) > 2 and len(b) > 2]
    return list(dict.fromkeys([name] + pairs))


def _all_text(shop):
    return " ".join(desc_text(p) + " " + p["name"] for p in shop["products"]).lower()


def cases(shop):
    K = shop["by_key"]
    out = []

    def vp(cid, tags, q, key, opts, others=(), any_colour=False):
        p = K[key]
        v = variant(p, **opts)
        assert v["avail"] in GOOD and v["now"] == v["price"], cid
        never = price_never(*[variant(p, **o)["now"] for o in others])
        src = variant_key(p, v)
        title = v["title"]
        if any_colour:  # the question names no colour: every colour of that size costs the same
            same = [w for w in p["variants"] if w["opts"]["size"] == v["opts"]["size"]]
            assert {w["now"] for w in same} == {v["now"]}
            src = src.rsplit("-", 1)[0]
            title = f"{p['name']} in {v['opts']['size']} (any colour)"
        out.append(case(cid, ["variant_price"] + tags, q, "answer", [num(v["now"])], never,
                        [src], f"Gives the price of the {title}: {eur(v['now'])}."))

    vp("vp-blocks-100-rainbow", ["typo"], "how much r the beech blocks 100 pieces in rainbow?",
       "blocks", {"size": "100 pieces", "color": "Rainbow"}, [{"size": "100 pieces", "color": "Natural"}])
    vp("vp-tiles-64", ["abbrev"], "magnetic tiles 64 pcs price?", "tiles",
       {"size": "64 pieces", "color": "Pastel"}, [{"size": "100 pieces", "color": "Pastel"}],
       any_colour=True)
    vp("vp-colette-blue-45", ["chatty"],
       "Hello! I'd love the Colette rag doll for my niece, the blue dress one in 45 cm. How much is it?",
       "colette", {"color": "Blue Dress", "size": "45 cm"}, [{"color": "Blue Dress", "size": "30 cm"}])
    vp("vp-xylophone-12", ["lowercase"], "how much is the 12 note xylophone", "xylophone",
       {"size": "12 notes"}, [{"size": "8 notes"}])
    vp("vp-clay-6", ["lowercase"], "air dry clay kit 6 colours how much", "clay",
       {"size": "6 colours"}, [{"size": "12 colours"}])
    vp("vp-crayons-16", ["french"], "Bonjour, combien coûtent les Beeswax Crayons en boîte de 16 ?",
       "crayons", {"size": "16 crayons"}, [{"size": "8 crayons"}])
    vp("vp-ocean-48", ["abbrev"], "ocean explorers floor puzzle 48 pc - how much?", "ocean",
       {"size": "48 pieces"}, [{"size": "24 pieces"}])

    # --- sales ---
    def sale(cid, tags, q, key, opts, rubric):
        p = K[key]
        v = variant(p, **opts)
        assert v["now"] < v["price"]
        out.append(case(cid, ["sale_price"] + tags, q, "answer", [num(v["now"]), num(v["price"])],
                        [], [variant_key(p, v)], rubric.format(now=eur(v["now"]), was=eur(v["price"]))))

    sale("sale-horse", ["yes_no"], "is the caramel rocking horse on sale?", "horse", {},
         "Yes: {now} instead of {was}.")
    sale("sale-marble-grand", ["lowercase"], "how much is the grand marble run right now", "marble",
         {"size": "Grand (120 pieces)"}, "The Grand set is on sale at {now} (was {was}).")
    sale("sale-europe-300", ["chatty"], "any discount on the map of europe puzzle, the 300 piece one?",
         "europe", {"size": "300 pieces"}, "The 300-piece map is on sale at {now}, was {was}.")
    sale("sale-orchard", ["short"], "orchard rescue price?", "orchard", {},
         "Orchard Rescue costs {now} (was {was}).")
    jig = variant(K["jigsaw"])
    assert jig["now"] == jig["price"] and jig["sale"]
    out.append(case("sale-jigsaw-ended", ["sale_price", "ended"],
                    "is the lyon by night jigsaw still on sale?", "answer", [num(jig["price"])],
                    price_never(jig["sale"]), [variant_key(K["jigsaw"], jig)],
                    f"The October sale is over: the jigsaw costs {eur(jig['price'])}."))
    chess = variant(K["chess"], size="Classic (40 cm)")
    assert chess["now"] == chess["price"] and chess["sale"]
    out.append(case("sale-chess-not-started", ["sale_price", "future"],
                    "how much is the classic chess set?", "answer", [num(chess["price"])], [],
                    [variant_key(K["chess"], chess)],
                    f"The Classic set costs {eur(chess['price'])} today (its sale has not started)."))
    on_sale = [p for p in shop["products"] if any(v["now"] < v["price"] for v in p["variants"])]
    out.append(case("sale-whats-on", ["sale_price", "catalog"], "what's on sale at the moment?",
                    "answer", [name_alternatives(p["name"]) for p in on_sale],
                    [K["jigsaw"]["name"]], [product_key(p) for p in on_sale],
                    "Lists what is on sale now: " + ", ".join(p["name"] for p in on_sale) + "."))

    # --- stock ---
    def stock(cid, tags, q, key, opts, rubric=""):
        p = K[key]
        v = variant(p, **opts)
        if v["avail"] in GOOD:
            facts = [IN]
        elif v["avail"] == "preorder":
            facts = [PREORDER, date_facts(v["date"])]
        elif v["avail"] == "backorder":
            facts = [BACKORDER, date_facts(v["date"])]
        else:
            facts = [OUT]
        if v["avail"] == "preorder":
            state = "available to pre-order, released on " + date_facts(v["date"])[0]
        elif v["avail"] == "backorder":
            state = "on backorder, shipping from " + date_facts(v["date"])[0]
        else:
            state = "in stock" if v["avail"] in GOOD else "out of stock"
        out.append(case(cid, ["variant_stock"] + tags, q, "answer", facts, [], [variant_key(p, v)],
                        rubric or f"Says the {v['title']} is {state}."))

    stock("stock-tiles-100-rainbow", ["typo"], "is the magnetc tiles 100 piece rainbow set in stock?",
          "tiles", {"size": "100 pieces", "color": "Rainbow"})
    stock("stock-stacker-large-bright", ["lowercase"], "do you have the large rainbow stacker in bright",
          "stacker", {"size": "Large (12 arcs)", "color": "Bright"})
    stock("stock-colette-yellow-45", ["chatty"],
          "My daughter has her heart set on the Colette doll with the yellow dress, 45cm. Do you have it?",
          "colette", {"color": "Yellow Dress", "size": "45 cm"})
    stock("stock-bike-red", ["backorder"], "is the red balance bike available? need it for xmas",
          "bike", {"color": "Red"})
    stock("stock-castle", ["backorder"], "castle builder set - can i still order it?", "castle", {})
    stock("stock-chalet", ["preorder"], "when is the grand chalet doll house coming out?", "chalet", {})
    stock("stock-embroidery-fox", ["in_stock"], "embroidery kit fox in stock?", "embroidery",
          {"pattern": "Fox"})

    # --- options ---
    def opts(cid, q, key, dim, tags=()):
        p = K[key]
        values = list(dict.fromkeys(v["opts"][dim] for v in p["variants"]))
        out.append(case(cid, ["option_labels"] + list(tags), q, "answer", values, [],
                        [product_key(p)], f"Lists the {p['name']}'s options: {', '.join(values)}."))

    opts("opt-bike-colours", "what colours does the balance bike come in?", "bike", "color")
    opts("opt-dino-kinds", "which dinosaurs can i get in the 3d puzzle", "dino", "pattern", ["shopper_word"])
    opts("opt-tiles-sizes", "what sizes does the magnetic tiles set come in", "tiles", "size")
    opts("opt-furniture-rooms", "doll house furniture set - which rooms do you have?", "furniture",
         "pattern", ["shopper_word"])
    opts("opt-teether-colours", "what colors is the ourson teether available in", "teether", "color",
         ["us_spelling"])
    opts("opt-duck-wood", "which woods does the push along duck come in?", "duck", "material",
         ["shopper_word"])
    opts("opt-embroidery-designs", "what designs are there for the embroidery starter kit?",
         "embroidery", "pattern")

    # --- product facts ---
    def fact(cid, q, key, facts, rubric, tags=()):
        out.append(case(cid, ["product_facts"] + list(tags), q, "answer", facts, [],
                        [product_key(K[key])], rubric))

    bat = desc_line(K["rccar"], "Battery")
    assert "45 minutes" in bat
    fact("fact-rccar-battery", "how long does the battery last on the remote control car?", "rccar",
         ["45 minutes"], f"From its Battery line: {bat}.")
    lune = desc_line(K["lune"], "Batteries")
    fact("fact-lune-batteries", "does the petite lune night light need batteries?", "lune",
         [["3 x AA", "3 AA", "three AA"]], f"Yes: {lune}.")
    age = desc_line(K["marble"], "Age")
    fact("fact-marble-age", "what age is the marble run for? my son is 3", "marble",
         [["4+", "4 years"]], f"Age {age}; not for under-36-months (small parts, marbles).",
         ["suitability"])
    horse_max = desc_line(K["horse"], "Max weight")
    fact("fact-horse-max", "whats the max weight for the rocking hourse", "horse", [horse_max],
         f"Max weight: {horse_max}.", ["limit", "typo"])
    care = desc_line(K["colette"], "Care")
    fact("fact-colette-wash", "can the colette doll go in the washing machine?", "colette",
         [num(30)], f"Yes: {care}.")
    mat = desc_line(K["teether"], "Material")
    fact("fact-teether-material", "what's the ourson teether made of", "teether",
         ["silicone", "beech"], f"Material: {mat}.")
    made = desc_line(K["chess"], "Made in")
    fact("fact-chess-origin", "where is the wooden chess set made?", "chess", ["Jura"], f"Made in {made}.")
    players = desc_line(K["orchard"], "Players")
    fact("fact-orchard-players", "how many players can play orchard rescue?", "orchard", [players],
         f"Players: {players}.")
    kit = desc_line(K["loom"], "What's in the kit")
    fact("fact-loom-contents", "what comes in the weaving loom kit?", "loom", ["yarn", "needle"],
         f"Lists the kit: {kit}.")

    # --- follow-ups ---
    col = K["colette"]
    v30 = variant(col, color="Blue Dress", size="30 cm")
    out.append(case("fu-colette-30", ["follow_up", "multi_turn"],
                    ["how much is the colette rag doll in blue, 45cm?", "and the 30 cm?"], "answer",
                    [num(v30["now"])], [], [variant_key(col, v30)],
                    f"Stays on the Colette doll: the Blue Dress / 30 cm is {eur(v30['now'])}."))
    tiles = K["tiles"]
    vr = variant(tiles, size="100 pieces", color="Rainbow")
    out.append(case("fu-tiles-rainbow", ["follow_up", "multi_turn"],
                    ["is the 100 piece magnetic tiles set in pastel in stock?", "and in rainbow?"],
                    "answer", [OUT], [], [variant_key(tiles, vr)],
                    "Pastel is in stock; the 100-piece Rainbow set is out of stock."))
    out.append(case("fu-bike-age", ["follow_up", "multi_turn"],
                    ["tell me about the wooden balance bike", "what age is it for?"], "answer",
                    [desc_line(K["bike"], "Age")], [], [product_key(K["bike"])],
                    f"Age: {desc_line(K['bike'], 'Age')}."))
    horse = variant(K["horse"])
    out.append(case("fu-horse-sale-end", ["follow_up", "multi_turn", "sale_price"],
                    ["is the caramel rocking horse on sale?", "till when?"], "answer",
                    [date_facts(horse["window"].split("/")[1])], [], [variant_key(K["horse"], horse)],
                    "The sale runs until " + date_facts(horse["window"].split("/")[1])[0] + "."))
    eu300 = variant(K["europe"], size="300 pieces")
    out.append(case("fu-europe-bigger", ["follow_up", "multi_turn"],
                    ["price of the map of europe puzzle, 150 pieces?", "and the bigger one?"], "answer",
                    [num(eu300["now"])], [], [variant_key(K["europe"], eu300)],
                    f"The 300-piece map is {eur(eu300['now'])} (on sale, was {eur(eu300['price'])})."))
    blush = variant(K["teether"], color="Blush")
    out.append(case("fu-teether-blush", ["follow_up", "multi_turn"],
                    ["does the ourson teether come in different colours?", "is the blush one in stock?"],
                    "answer", [OUT], [], [variant_key(K["teether"], blush)],
                    "Blush is out of stock (Sage and Sand are in stock)."))
    fox = variant(K["embroidery"], pattern="Fox")
    out.append(case("fu-embroidery-fox", ["follow_up", "multi_turn"],
                    ["embroidery starter kit - what designs are there?", "ok how much is the fox one"],
                    "answer", [num(fox["now"])], [], [variant_key(K["embroidery"], fox)],
                    f"The Fox kit is {eur(fox['now'])}."))

    # --- superlatives (derived over the products whose category ends with the kind) ---
    def extreme(kind, dearest):
        """The cheapest (dearest) product of a kind, by its orderable versions' prices now."""
        best = []
        for p in shop["products"]:
            if p["ptype"].split(" > ")[-1] != kind:
                continue
            prices = [v["now"] for v in p["variants"] if v["avail"] in ORDERABLE]
            if prices:
                best.append((max(prices) if dearest else min(prices), p))
        best.sort(key=lambda t: t[0], reverse=dearest)
        assert best[0][0] != best[1][0], kind
        return best[0]

    for cid, q, kind, dearest in [
        ("sup-cheapest-teether", "cheapest teether?", "Rattles & Teethers", False),
        ("sup-dearest-doll-house", "whats the most expensive doll house you sell", "Dolls & Doll Houses", True),
        ("sup-cheapest-board-game", "what's the cheapest board game you have?", "Board Games", False),
        ("sup-cheapest-craft-kit", "cheapest craft kit pls", "Craft Kits", False),
        ("sup-dearest-ride-on", "priciest ride-on toy?", "Ride-Ons", True),
        ("sup-cheapest-puzzle", "whats ur cheapest puzzle", "Puzzles", False),
    ]:
        price, p = extreme(kind, dearest)
        out.append(case(cid, ["superlative"], q, "answer", [name_alternatives(p["name"]), num(price)], [],
                        [product_key(p)], f"Names the {p['name']} at {eur(price)}."))

    # --- comparisons ---
    def compare(cid, q, a, b, dearer, tags=()):
        pa, pb = K[a], K[b]
        va = min(pa["variants"], key=lambda v: v["now"])
        vb = min(pb["variants"], key=lambda v: v["now"])
        win = pa if (va["now"] > vb["now"]) == dearer else pb
        out.append(case(cid, ["comparison"] + list(tags), q, "answer",
                        [num(va["now"]), num(vb["now"])], [],
                        [product_key(pa), product_key(pb)],
                        f"{pa['name']} {eur(va['now'])}, {pb['name']} {eur(vb['now'])}: the "
                        f"{win['name']} is {'dearer' if dearer else 'cheaper'}."))

    compare("cmp-horse-bike", "which costs more, the rocking horse or the balance bike?", "horse", "bike", True)
    compare("cmp-memory-dominoes", "memory game or the animal dominoes - which is cheaper?", "memory", "dominoes", False)
    compare("cmp-maison-chalet", "maison lumiere vs grand chalet doll house, which is more expensive?", "maison", "chalet", True)
    compare("cmp-camera-duck", "is the toy camera or the push along duck cheaper?", "camera", "duck", False)
    compare("cmp-teether-rattle", "ourson teether or the bebe herisson rattle, which costs more?", "teether", "hedgehog", True, ["accents"])

    # --- the data does not say: an honest "doesn't say", and a person takes the question ---
    text = _all_text(shop)
    for word in ("fsc", "glow", "klarna", "loyalty", "birthday"):
        assert word not in text, word
    assert "Made in" not in " ".join(K["tiles"]["desc"])
    assert "Weight" not in " ".join(K["marble"]["desc"])
    for cid, q, key, tags in [
        ("unk-blocks-fsc", "is the beech in the building blocks FSC certified?", "blocks", ["own"]),
        ("unk-tiles-origin", "where are the magnetic tiles made?", "tiles", ["own"]),
        ("unk-marble-weight", "how heavy is the grand marble run set? need to post it to my sister",
         "marble", ["own"]),
        ("unk-dino-glow", "does the 3d dinosaur puzzle glow in the dark?", "dino", ["own"]),
        ("unk-loyalty", "do you have a loyalty card or points scheme?", None, ["offer"]),
        ("unk-klarna", "can i pay with klarna?", None, ["offer"]),
        ("unk-parties", "do you host kids birthday parties at the lyon shop?", None, ["offer"]),
    ]:
        src = [product_key(K[key])] if key else []
        out.append(case(cid, ["unknown"] + tags, q, "escalate", [DONT_KNOW], [], src,
                        "Says honestly that the shop's information doesn't say, without guessing, "
                        "and hands the question to a person."))

    # --- what the shop does not sell ---
    pirate = RETIRED[0]
    faq = "store/pages/faq.html"
    for cid, q, action, facts, never, src, rubric in [
        ("ns-trampoline", "do you sell trampolines?", "escalate", [DONT_KNOW], [], [],
         "No trampoline in the catalog: says it couldn't find one among the products sold, offers a person."),
        ("ns-pirate-ship", "do you still have the wooden pirate ship? we bought one last year", "escalate",
         [DONT_KNOW], price_never(pirate["price"]), [],
         "The pirate ship is no longer sold (only old orders name it): not offered, no old price."),
        ("ns-lego", "got any lego?", "escalate", [DONT_KNOW], [], [],
         "No such brand in the catalog: says so, offers a person."),
        ("ns-car-seat", "do u sell car seats for toddlers", "escalate", [DONT_KNOW], [], [],
         "No car seats: says it couldn't find them, offers a person."),
        ("ns-video-games", "do u sell video games", "answer", [["don't sell", "do not sell"]], [], [faq],
         "The FAQ: we don't sell clothing, shoes, video games or plastic electronic toys."),
        ("ns-clothing", "do you sell clothing for toddlers?", "answer", [["don't sell", "do not sell"]], [], [faq],
         "The FAQ: we don't sell clothing."),
    ]:
        out.append(case(cid, ["not_sold"], q, action, facts, never, src, rubric))
    return out
