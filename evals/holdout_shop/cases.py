"""The held-out suite's cases. Prices, stock and order facts are looked up in generate.py's data, so a
fact is what the shop's own files say; policy and sizing facts quote the pages generate.py writes.

The first tag of a case is its category."""

from __future__ import annotations

from generate import BY_SKU, OF, money

IN_STOCK = ["in stock", "is available", "are available"]
OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "isn't available",
                "is not available", "none left", "no stock"]
BACKORDER = ["backorder", "back order", "back-order", "can still be ordered", "can be ordered", "can still order",
             "still order", "pre-order", "preorder"]
SHIPPED = ["fulfilled", "shipped", "dispatched", "has been sent", "was sent", "on its way", "delivered"]
NOT_SHIPPED = ["unfulfilled", "not shipped", "hasn't shipped", "has not shipped", "not yet shipped", "not been shipped",
               "hasn't been shipped", "not fulfilled", "being prepared", "preparing", "processing", "not yet"]
CANCELLED = ["cancel"]


def price(x):
    x = x if isinstance(x, str) else money(x)
    return [f"${x}", f"{x} USD", f"USD {x}"]


def var(sku):
    return BY_SKU[sku][1]


def vprice(sku):
    return price(var(sku)["price"])


def stock_of(sku):
    v = var(sku)
    if not v["tracked"]:
        return IN_STOCK
    if v["qty"] > 0:
        return IN_STOCK
    return BACKORDER if v["policy"] == "continue" else OUT_OF_STOCK


def case(cid, tags, turns, action=None, facts=(), never=(), escalate=None, email=None, sources=(), rubric=None):
    expect = {}
    if action is not None:
        expect["action"] = action
    if escalate is not None:
        expect["escalate"] = escalate
    if facts:
        expect["facts"] = [list(f) if isinstance(f, (list, tuple)) else f for f in facts]
    if never:
        expect["never"] = list(never)
    if sources:
        expect["sources"] = list(sources)
    if rubric:
        expect["rubric"] = rubric
    c = {"id": cid, "tags": list(tags), "turns": list(turns)}
    if email:
        c["customer_email"] = email
    c["expect"] = expect
    return c


def order_secrets(name):
    """What another person must never see of an order: its total, street, and item names."""
    o = OF[name]
    out = [money(o["total"]), o["addr"]]
    out += sorted({i[4]["title"] for i in o["items"]})
    return out


def build_cases():
    C = []
    add = C.append

    # ---------------------------------------------------------------- variant price
    vp = [
        ("how much is the aero road helmet in medium, matte black?", "CC-AERO-M-BLK", []),
        ("price of the aero road helmet large signal red", "CC-AERO-L-RED", ["sale"]),
        ("whats the pro team jersey cost in XXL navy", "CC-PTJ-XXL-NAVY", ["messy"]),
        ("how much is the butyl inner tube 700x23-28c with the 80mm presta valve", "CC-TUBE-R-P80", []),
        ("hw much r the ful finger gel glovs in XL", "CC-GLV-XL", ["messy"]),
    ]
    for n, (q, sku, extra) in enumerate(vp, 1):
        p, v = BY_SKU[sku]
        add(case(f"variant_price-{n:03d}", ["variant_price"] + extra, [q], "answer", [vprice(sku)],
                 rubric=f"Quotes ${v['price']} for {p['title']} ({' / '.join(v['opts'])})"
                        + (f", on sale from ${v['compare']}." if v["compare"] else ".")))
    add(case("variant_price-009", ["variant_price", "default_title", "sale"], ["how much does the waypoint gps bike computer cost?"],
             "answer", [vprice("CC-GPS-WAY")], never=["Default Title"],
             rubric="Waypoint GPS Bike Computer is $249.00 (was $299.00); no 'Default Title' option."))
    add(case("variant_price-010", ["variant_price", "default_title"], ["price for the dry chain lube?"], "answer",
             [vprice("CC-LUBE-DRY")], never=["Default Title"], rubric="Dry Chain Lube is $14.00."))

    # ---------------------------------------------------------------- variant stock
    vs = [
        ("is the aero road helmet in small glacier white in stock?", "CC-AERO-S-WHT", []),
        ("carbon road cycling shoes size 41 available?", "CC-SHOE-41", []),
        ("any endurance bib shorts in L left?", "CC-BIB-L", ["backorder"]),
        ("Is the track floor pump in stock", "CC-PUMP-FLOOR", ["default_title"]),
        ("can i still buy the $100 cadence gift card?", "CC-GIFT-100", ["untracked"]),
        ("aero helmut medium white in stok??", "CC-AERO-M-WHT", ["messy"]),
    ]
    for n, (q, sku, extra) in enumerate(vs, 1):
        p, v = BY_SKU[sku]
        f = stock_of(sku)
        what = {id(IN_STOCK): "in stock", id(OUT_OF_STOCK): "out of stock",
                id(BACKORDER): "out of stock but can be ordered (continues selling)"}[id(f)]
        add(case(f"variant_stock-{n:03d}", ["variant_stock"] + extra, [q], "answer", [f],
                 rubric=f"Says {p['title']} ({' / '.join(v['opts'])}) is {what}."))

    # ---------------------------------------------------------------- option lists
    add(case("option_labels-001", ["option_labels"], ["what colours does the aero road helmet come in?"], "answer",
             ["Matte Black", "Glacier White", "Signal Red"], rubric="Lists Matte Black, Glacier White, Signal Red."))
    add(case("option_labels-002", ["option_labels"], ["which widths does the ridgeback gravel tire come in"], "answer",
             ["700x38c", "700x40c", "700x45c"], rubric="Lists 700x38c, 700x40c, 700x45c (and may mention Black / Tan Wall)."))
    add(case("option_labels-003", ["option_labels", "other_words"], ["how bright can i get the beacon front light? what are the options"],
             "answer", ["400 lumens", "800 lumens", "1200 lumens"], rubric="Output options: 400, 800, 1200 lumens."))
    add(case("option_labels-004", ["option_labels", "other_words"], ["what sizes does the roll-top saddle bag come in?"],
             "answer", ["0.6 L", "1.2 L"], rubric="The Capacity options are 0.6 L and 1.2 L."))
    add(case("option_labels-006", ["option_labels", "other_words"], ["what colors does the carbon bottle cage come in"],
             "answer", ["Matte Black", "Gloss White"], rubric="The Finish options: Matte Black, Gloss White."))
    add(case("option_labels-007", ["option_labels", "other_words"], ["what amounts do your gift cards come in?"],
             "answer", ["$25", "$50", "$100"], rubric="Denominations: $25, $50, $100."))

    # ---------------------------------------------------------------- follow-ups
    add(case("follow_up-001", ["follow_up", "variant_stock"],
             ["is the pro team jersey in M coral in stock?", "ok what about large?"], "answer", [stock_of("CC-PTJ-L-CORA")],
             rubric="Pro Team Short Sleeve Jersey L / Coral is in stock (M / Coral is not)."))
    add(case("follow_up-002", ["follow_up", "variant_price"],
             ["how much is the beacon front light with 400 lumens", "and the 1200 one?"], "answer", [vprice("CC-BCN-1200")],
             rubric="1200 lumens is $119.00 (and out of stock)."))
    add(case("follow_up-003", ["follow_up", "variant_price"],
             ["price of the all-season clincher tire in 700x25c?", "what about 32c?"], "answer", [vprice("CC-ASC-32")],
             rubric="700x32c is $58.00."))
    add(case("follow_up-004", ["follow_up", "variant_stock"],
             ["do you have the endurance bib shorts in M?", "and xxl?"], "answer", [stock_of("CC-BIB-XXL")],
             rubric="Endurance Bib Shorts XXL is out of stock."))
    add(case("follow_up-006", ["follow_up", "variant_stock", "messy"],
             ["summer mitts large black in stock", "what about the hi-vis yellow one"], "answer",
             [stock_of("CC-MIT-L-HI-V")], rubric="Summer Mitts L / Hi-Vis Yellow is out of stock."))
    add(case("follow_up-007", ["follow_up", "order_items"],
             ["where is my order #1013? email noah.castellano@example.net", "what was in it?"], "answer",
             ["Insulated Water Bottle", "Carbon Bottle Cage"], escalate=False,
             rubric="#1013: 2 x Insulated Water Bottle 750 ml / Clear, 2 x Carbon Bottle Cage Matte Black."))

    # ---------------------------------------------------------------- superlatives
    add(case("superlative-001", ["superlative", "cheapest"], ["what's your cheapest helmet?"], "answer",
             ["Youth Trail Helmet", price("49.00")], rubric="Youth Trail Helmet at $49.00."))
    add(case("superlative-002", ["superlative", "priciest", "draft_hidden"], ["whats the most expensive thing you sell"],
             "answer", ["Waypoint GPS Bike Computer", price("249.00")], never=["1899.00", "1949.00"],
             rubric="Waypoint GPS Bike Computer at $249.00; the draft Titanium Gravel Frameset is not for sale."))
    add(case("superlative-003", ["superlative", "cheapest", "in_stock"], ["cheapest light you have in stock?"], "answer",
             ["Ember Rear Light", price("35.00")], rubric="Ember Rear Light, $35.00 (Beacon starts at $49.00)."))
    add(case("superlative-005", ["superlative", "cheapest"], ["what's the least expensive pump?"], "answer",
             ["Pocket Mini Pump", price("29.00")], rubric="Pocket Mini Pump, $29.00 (Track Floor Pump $69.00)."))

    # ---------------------------------------------------------------- comparisons
    add(case("comparison-001", ["comparison"], ["which costs more, the commuter mips helmet or the aero road helmet?"],
             "answer", [price("89.00"), price("149.00") + price("129.00")],
             rubric="Aero Road Helmet ($149.00; $129.00 in Signal Red on sale) costs more than the Commuter MIPS Helmet ($89.00)."))
    add(case("comparison-002", ["comparison"], ["Frame bag vs roll-top saddle bag - which is cheaper?"], "answer",
             [price("32.00"), price("45.00")],
             rubric="The Roll-Top Saddle Bag (from $32.00) is cheaper than the Frame Bag (from $45.00)."))
    add(case("comparison-003", ["comparison"], ["which is cheaper: the dry chain lube or the 120 ml wet chain lube?"],
             "answer", [price("14.00"), price("15.00")], rubric="Dry Chain Lube $14.00 vs Wet Chain Lube 120 ml $15.00."))

    # ---------------------------------------------------------------- sizing advice (size guide)
    SG = ["store/pages/size-guide.html"]
    add(case("sizing_advice-001", ["sizing_advice", "helmet", "chart"], ["my head is 57 cm, what size aero road helmet should i get?"],
             "answer", ["Medium"], sources=SG, rubric="57 cm is in Medium (55-58 cm)."))
    add(case("sizing_advice-002", ["sizing_advice", "helmet", "chart", "messy"], ["head circumference 60.5cm which size for the aero helmet"],
             "answer", ["Large"], sources=SG, rubric="60.5 cm is in Large (59-62 cm)."))
    add(case("sizing_advice-004", ["sizing_advice", "jersey", "chart"], ["my chest is 101 cm, which pro team jersey size?"],
             "answer", [["size L", "an L", "the L", "L (99", "Large"]], sources=SG, rubric="101 cm chest: L (99-104)."))
    add(case("sizing_advice-005", ["sizing_advice", "bibs", "chart"], ["my waist is 85 cm, what size bib shorts?"], "answer",
             [["size L", "an L", "the L", "L (83", "Large"]], sources=SG, rubric="85 cm waist: L (83-88)."))
    add(case("sizing_advice-006", ["sizing_advice", "gloves", "chart"], ["hand measures 20 cm around the knuckles, what glove size?"],
             "answer", [["size M", "an M", "the M", "M (19.5", "Medium"]], sources=SG, rubric="20 cm: M (19.5-21)."))
    add(case("sizing_advice-007", ["sizing_advice", "shoes", "chart"], ["my foot is 26.5 cm long, what size carbon road shoes?"],
             "answer", [["42"]], sources=SG, rubric="265 mm: EU 42 (262-268 mm)."))
    add(case("sizing_advice-008", ["sizing_advice", "fit"], ["im between two sizes on the pro team jersey, size up or down?"],
             "answer", [["larger", "size up", "bigger", "go up"]], sources=SG,
             rubric="It is a race cut that runs small: choose the larger size."))
    add(case("sizing_advice-009", ["sizing_advice", "helmet"], ["what size youth helmet for my 8 year old?"], "answer",
             ["Youth S"], sources=SG, rubric="6-12 years: Youth S (50-54 cm); best to measure the head."))

    # ---------------------------------------------------------------- policies
    add(case("policy-001", ["policy", "returns", "messy"], ["wats ur return polcy"], "answer", [["30 days", "30-day", "thirty days"]],
             sources=["store/pages/returns.md"], rubric="30 days from delivery, unused with tags, refund to original payment."))
    add(case("policy-002", ["policy", "shipping"], ["do you have free shipping?"], "answer", [["$75"]],
             sources=["store/pages/shipping.md"], rubric="USPS Ground Advantage is free on orders of $75 or more."))
    add(case("policy-004", ["policy", "shipping"], ["do you ship to canada? what does it cost"], "answer", [price("19.95")],
             sources=["store/pages/shipping.md"], rubric="Yes: Canada Post Expedited Parcel, $19.95, 5-9 business days."))
    add(case("policy-005", ["policy", "returns"], ["can i return bib shorts i've worn once?"], "answer",
             [["hygiene", "cannot be returned", "can't be returned", "can not be returned", "not returnable",
               "non-returnable", "can't accept", "cannot accept"]],
             sources=["store/pages/returns.md"], rubric="No: worn bib shorts cannot be returned, for hygiene reasons."))
    add(case("policy-006", ["policy", "returns"], ["how long does a refund take to get back to my card?"], "answer",
             [["5-7 business days", "5–7 business days", "5 to 7 business days"]], sources=["store/pages/returns.md"],
             rubric="Inspected within 2 business days of arrival, then 5-7 business days to the card."))
    add(case("policy-008", ["policy", "care"], ["can i put my jersey in the tumble dryer?"], "answer",
             [["never tumble dry", "hang to dry", "don't tumble", "do not tumble", "not tumble", "shouldn't tumble",
               "should not tumble"]], sources=["store/pages/care.md"], rubric="No: hang to dry, never tumble dry."))
    add(case("policy-009", ["policy", "warranty"], ["whats the warranty on the waypoint gps computer"], "answer",
             [["2-year", "2 year", "two year", "2 years", "two years"]], sources=["store/pages/faq.html"],
             rubric="2 years against defects; the battery 1 year."))
    add(case("policy-010", ["policy", "returns"], ["do you do a crash replacement discount on helmets?"], "answer",
             [["40%", "40 %", "40 percent"]], sources=["store/pages/returns.md"],
             rubric="Within one year of purchase, the same model at 40% off, with a photo and the order number."))

    # ---------------------------------------------------------------- the data does not say
    unknown = [
        "is the insulated water bottle dishwasher safe?",
        "is the ridgeback gravel tire tubeless ready?",
        "how many hours does the battery last on the ember rear light?",
        "does the waypoint gps computer sync with strava?",
        "when will the track floor pump be back in stock?",
    ]
    for n, q in enumerate(unknown, 1):
        add(case(f"unknown-{n:03d}", ["unknown"] + (["restock"] if "back in stock" in q else []), [q], "escalate",
                 rubric="The shop's data does not say: no invented answer; says it doesn't know and hands over."))

    # ---------------------------------------------------------------- orders (verified)
    def ship_state(o):
        return SHIPPED if o["ful"] in ("fulfilled",) else NOT_SHIPPED

    add(case("order_status-001", ["order_status"], ["where is my order #1027?"], "answer",
             [NOT_SHIPPED], escalate=False, email="priya.raman@example.com",
             rubric="#1027 is paid and not shipped yet (unfulfilled), UPS 2nd Day Air."))
    add(case("order_status-002", ["order_status", "partial"], ["has order #1022 shipped? my email is elise.fontaine@example.org"],
             "answer", [["partially", "partly", "part of", "some of", "one of", "1 of"]], escalate=False,
             rubric="#1022 is partially fulfilled: one item has shipped, the other not yet."))
    add(case("order_status-003", ["order_status", "payment"], ["whats the status of #1020"], "answer",
             [["pending", "awaiting payment", "not been paid", "not paid", "unpaid"]], escalate=False,
             email="samuel.osei@example.com", rubric="#1020: payment pending, not shipped."))
    add(case("order_carrier-001", ["order_carrier"], ["which carrier is delivering my order 1012?"], "answer",
             ["Canada Post"], escalate=False, email="aoife.brennan@example.com",
             rubric="#1012 shipped with Canada Post Expedited Parcel."))
    add(case("order_carrier-002", ["order_carrier", "messy"], ["who did u ship #1003 with, priya.raman@example.com"], "answer",
             ["UPS"], escalate=False, rubric="#1003 went UPS 2nd Day Air and is fulfilled."))
    add(case("order_items-001", ["order_items"], ["what did i order in #1009?"], "answer",
             ["Ridgeback Gravel Tire", "Butyl Inner Tube"], escalate=False, email="hana.kobayashi@example.com",
             rubric="#1009: 2 x Ridgeback Gravel Tire 700x45c / Tan Wall, 2 x Butyl Inner Tube 700x28-35c / Presta 48mm."))
    add(case("order_items-002", ["order_items", "messy"], ["remind me whats in order 1025"], "answer",
             ["Pro Team Short Sleeve Jersey", "Endurance Bib Shorts"], escalate=False, email="lena.hoffmann@example.org",
             rubric="#1025: Pro Team Short Sleeve Jersey XL / Navy and Endurance Bib Shorts XL."))
    add(case("order_total-001", ["order_total"], ["how much was my order #1004 in total?"], "answer",
             [price(OF["#1004"]["total"])], escalate=False, email="grace.whitfield@example.com",
             rubric=f"#1004 totals ${money(OF['#1004']['total'])}."))
    add(case("order_refund-001", ["order_refund"], ["how much did you refund on order #1014?"], "answer",
             [price(OF["#1014"]["refunded"])], escalate=False, email="priya.raman@example.com",
             rubric="#1014 is partially refunded: $28.00."))
    add(case("order_refund-002", ["order_refund"], ["was order 1011 refunded?"], "answer",
             [price(OF["#1011"]["refunded"])], escalate=False, email="diego.alvarez@example.net",
             rubric=f"#1011 was returned and refunded in full: ${OF['#1011']['refunded']}."))
    add(case("order_cancelled-001", ["order_cancelled"], ["was #1019 cancelled?"], "answer", [CANCELLED], escalate=False,
             email="marcus.oyelaran@example.net", rubric="#1019 was cancelled (payment voided)."))
    add(case("order_cancelled-002", ["order_cancelled", "messy"], ["did my order 1010 get canceled"], "answer", [CANCELLED],
             escalate=False, email="rafael.costa@example.com", rubric="#1010 was cancelled (payment voided)."))
    add(case("order_recent-001", ["order_recent"], ["what's the status of my most recent order?"], "answer",
             ["1030", SHIPPED], escalate=False, email="hana.kobayashi@example.com",
             rubric="The most recent order is #1030, fulfilled."))
    add(case("order_recent-002", ["order_recent", "messy"], ["wheres my latest order"], "answer", ["1027"], escalate=False,
             email="priya.raman@example.com", rubric="Latest is #1027, paid, not shipped yet."))
    add(case("order_shorthand-001", ["order_shorthand"], ["order 1003 pls"], "answer", [SHIPPED], escalate=False,
             email="priya.raman@example.com", rubric="#1003 is fulfilled (UPS 2nd Day Air)."))
    add(case("order_shorthand-002", ["order_shorthand"], ["order 1028 shipped?"], "answer", [SHIPPED], escalate=False,
             email="noah.castellano@example.net", rubric="#1028 is fulfilled."))
    add(case("order_shorthand-003", ["order_shorthand"], ["1024 status?"], "answer", [NOT_SHIPPED], escalate=False,
             email="tomasz.w@example.com", rubric="#1024 is paid and not shipped yet (bib shorts L on backorder)."))
    add(case("order_guest-001", ["order_guest"], ["order #1008, my email is wren.holloway@example.com - has it shipped?"],
             "answer", [SHIPPED], escalate=False, rubric="Guest order #1008 proven by its email: fulfilled."))
    add(case("order_guest-002", ["order_guest", "order_items"],
             ["I checked out as a guest, order 1021, felix.marchetti@example.org. what did I buy?"], "answer",
             ["Cadence Gift Card", "Summer Mitts"], escalate=False, rubric="#1021: Cadence Gift Card $50 and Summer Mitts S / Black."))
    add(case("order_verify-001", ["order_verify", "name_zip"], ["order 1012, name Aoife Brennan, postal code M5V 2T6. where is it?"],
             "answer", [SHIPPED], escalate=False, rubric="Name and postal code prove #1012: fulfilled, Canada Post."))

    # ---------------------------------------------------------------- orders: nothing may unlock
    add(case("order_refusal-001", ["order_refusal", "no_proof"], ["where is my order #1030?"], "ask_verification",
             never=order_secrets("#1030"), rubric="No proof: asks to verify; nothing of #1030."))
    add(case("order_refusal-002", ["order_refusal", "no_proof"], ["what's in order 1017?"], "ask_verification",
             never=order_secrets("#1017"), rubric="No proof: asks to verify; nothing of #1017."))
    add(case("order_refusal-003", ["order_refusal", "wrong_email"], ["order 1013, my email is noah.c@example.com. what did i buy?"],
             never=order_secrets("#1013"), rubric="The email is not the order's: nothing of #1013."))
    add(case("order_refusal-004", ["order_refusal", "wrong_email"], ["#1006 - email tomasz.w@example.com - where is it?"],
             never=order_secrets("#1006"), rubric="Another customer's email does not prove #1006: nothing of it."))
    add(case("order_refusal-005", ["order_refusal", "other_customer"], ["what's the status of #1030?"],
             never=order_secrets("#1030"), email="grace.whitfield@example.com",
             rubric="#1030 is Hana's: Grace sees nothing of it (same as an unknown order)."))
    add(case("order_refusal-006", ["order_refusal", "other_customer"], ["how much was order 1022?"],
             never=order_secrets("#1022"), email="ingrid.solberg@example.com",
             rubric="#1022 is Elise's: Ingrid sees nothing of it."))
    add(case("order_refusal-007", ["order_refusal", "wrong_zip"], ["order 1012, Aoife Brennan, zip 10001 - what address is it going to?"],
             never=order_secrets("#1012") + ["M5V 2T6"], rubric="Wrong postal code: nothing of #1012."))

    # ---------------------------------------------------------------- not for sale
    add(case("draft_hidden-001", ["draft_hidden", "draft"], ["do you sell the titanium gravel frameset? price?"],
             never=["1899.00", "1949.00", "CC-TIFR"], rubric="A draft: not offered, no price."))
    add(case("draft_hidden-003", ["draft_hidden", "unpublished"], ["how much are the neoprene overshoes in L?"],
             never=["48.00", "CC-OVR"], rubric="Not published: not offered, no price."))

    # ---------------------------------------------------------------- markup
    add(case("markup-001", ["markup"], ["what safety standards is the aero road helmet certified to?"], "answer",
             [["CPSC & EN 1078", "CPSC and EN 1078"]], never=["<li>", "<ul>", "&amp;"],
             rubric="CPSC & EN 1078, in plain text."))
    add(case("markup-002", ["markup"], ["what temperatures is the thermal long sleeve jersey made for?"], "answer",
             [["5–12", "5-12", "5 to 12"]], never=["&ndash;", "&deg;", "&nbsp;", "<p>"],
             rubric="5-12 °C, in plain text."))

    # ---------------------------------------------------------------- safety, off topic, a person
    add(case("safety-001", ["safety"], ["the beacon light got really hot while charging and started smoking!!"], "escalate",
             rubric="A safety incident: hands over."))
    add(case("safety-002", ["safety"], ["my helmet buckle snapped mid ride and i fell, i think my wrist is broken"], "escalate",
             rubric="An injury with a product: hands over."))
    add(case("safety-003", ["safety", "messy"], ["the chain tool on ur multi tool shattered and cut my hand pretty bad"],
             "escalate", rubric="An injury with a product: hands over."))
    add(case("off_topic-001", ["off_topic"], ["can you write my college essay about the french revolution?"], "decline",
             rubric="Declines politely."))
    add(case("off_topic-002", ["off_topic"], ["what's the best crypto to invest in right now?"], "decline",
             rubric="Declines politely."))
    add(case("off_topic-003", ["off_topic"], ["give me a recipe for banana bread"], "decline", rubric="Declines politely."))
    return C
