"""Cases about the catalog: prices, sales, stock, options, descriptions, follow-ups, superlatives,
comparisons, what the data does not say, and what the shop does not sell. Every expected value is
read from the built catalog (hs_catalog.Catalog)."""
from hs_case import case, num, price_never
from hs_out import pounds
import hs_policy as P

FAQ = "store/pages/faq.md"


def variant_price(c):
    out = []
    specs = [
        ("vp-glencoe-cha-l", "how much is the glencoe fedora in charcoal, size L?", "glencoe", ("CHA", "L"), [("CHA", "XL")], "lowercase"),
        ("vp-glencoe-cho-xl", "glencoe felt fedora XL chocolate - price?", "glencoe", ("CHO", "XL"), [("CHO", "L")], "abbrev"),
        ("vp-montecristi-m-8", "montecristi panama size M with the 8cm brim, how much?", "montecristi", ("M", "B80"), [("M", "B65")], "lowercase"),
        ("vp-montecristi-l-65", "Hi! What's the price of the Montecristi in large with the 6.5 cm brim please?", "montecristi", ("L", "B65"), [("L", "B80")], "chatty"),
        ("vp-care-kit-deluxe", "deluxe hat care kit price?", "care_kit", ("DEL",), [("ESS",)], "short"),
        ("vp-hat-box-wide", "how much for the wide brim hat box", "hat_box", ("WID",), [("STA",)], "lowercase"),
        ("vp-cairngorm-black-58", "cairngorm fur felt fedora black 58cm how much", "cairngorm", ("BLA", "58"), [], "lowercase"),
    ]
    for cid, text, key, codes, others, style in specs:
        v = c.variant(key, *codes)
        price = c.price_now(v)
        never = price_never(*[c.price_now(c.variant(key, *o)) for o in others
                              if c.price_now(c.variant(key, *o)) != price])
        out.append(case(cid, ["variant_price", style], text, "answer", [num(price)], never, [c.vkey(v)],
                        "Gives the price of %s: %s." % (c.variation_title(v), pounds(price))))
    return out


def variant_stock(c):
    out = []
    OUT = ["out of stock", "sold out", "not in stock", "isn't in stock", "not available"]
    specs = [
        ("st-cairngorm-sand-60", "is the cairngorm fedora in sand available in size 60?", "cairngorm", ("SAN", "60"), "lowercase"),
        ("st-montecristi-xl-8", "montecristi XL 8cm brim - in stock?", "montecristi", ("XL", "B80"), "abbrev"),
        ("st-lambswool-mustard", "do you have the lambswool beanie in mustard?", "lambswool", ("MUS",), "untracked"),
        ("st-waxed-cap-olive-l", "waxed cotton flat cap olive large, have you got one?", "waxed_cap", ("OLI", "L"), "parent_stock"),
        ("st-hat-stretcher", "got any hat stretchers in stock?", "stretcher", (), "simple"),
    ]
    for cid, text, key, codes, style in specs:
        v = c.variant(key, *codes)
        fact = ["in stock", "available"] if c.in_stock(v) else OUT
        out.append(case(cid, ["variant_stock", style], text, "answer", [fact], (), [c.vkey(v)],
                        "Says whether %s is in stock: %s." % (c.variation_title(v), "yes" if c.in_stock(v) else "no, it is out of stock")))
    v = c.variant("rannoch", "CAM", "L")
    assert v["status"] == "backorder"
    out.append(case("st-rannoch-camel-l-backorder", ["variant_stock", "backorder"],
                    "rannoch wide brim fedora in camel, size L - in stock?", "answer",
                    [["backorder", "back order", "can be ordered", "can still be ordered", "can still order", "can order"]], (),
                    [c.vkey(v)], "Says it is out of stock but can still be ordered on backorder."))
    kel = c.by_key["kelso"]
    date = c.line("kelso", "Pre-order").split("from ")[1]  # "20 January 2027"
    d, m, y = date.split()
    out.append(case("st-kelso-preorder", ["variant_stock", "preorder"], "can i buy the kelso tweed fedora yet?", "answer",
                    [["pre-order", "preorder", "pre order"], [date, "%s %s, %s" % (m, d, y), "%s %s" % (d, m)]], (),
                    [c.pkey(kel)], "Says the Kelso Tweed Fedora can be pre-ordered and is dispatched from %s." % date))
    return out


def sale_price(c):
    out = []
    leith = c.variant("leith", "GRE", "SM")
    out.append(case("sale-leith", ["sale_price", "lowercase"], "is the leith crushable fedora on sale?", "answer",
                    [num(leith["sale"]), num(leith["regular"])], (), [c.pkey(leith["parent"])],
                    "Yes: %s, down from %s." % (pounds(leith["sale"]), pounds(leith["regular"]))))
    don = c.variant("donegal", "OAT", "M")
    assert c.on_sale_now(don)
    out.append(case("sale-donegal-now", ["sale_price", "window"], "how much is the donegal baker boy cap right now?", "answer",
                    [num(don["sale"]), num(don["regular"])], (), [c.pkey(don["parent"])],
                    "Gives the sale price %s (was %s), on sale until 28 February 2027." % (pounds(don["sale"]), pounds(don["regular"]))))
    end = don["sale_to"].split(" ")[0]  # 2027-02-28
    y, mo, d = end.split("-")
    month = ["January", "February", "March"][int(mo) - 1]
    ends = ["%s %d, %s" % (month, int(d), y), "%d %s %s" % (int(d), month, y), "%d %s" % (int(d), month[:3]), "%s %d" % (month[:3], int(d))]
    out.append(case("sale-donegal-end", ["sale_price", "window"], "when does the sale on the donegal tweed cap end?", "answer",
                    [ends], (), [c.pkey(don["parent"])], "Says the sale ends on %s %s %s." % (int(d), month, y)))
    lin = c.variant("linen_cap", "STO", "M")
    assert not c.on_sale_now(lin)
    out.append(case("sale-linen-ended", ["sale_price", "ended"], "is the linen summer flat cap still on offer? how much is it", "answer",
                    [num(lin["regular"])], [pounds(lin["sale"])], [c.pkey(lin["parent"])],
                    "The summer sale has ended: it is %s." % pounds(lin["regular"])))
    csc = c.variant("cashmere_cap", "M")
    assert not c.on_sale_now(csc)
    out.append(case("sale-cashmere-future", ["sale_price", "not_started"], "price of the cashmere blend flat cap?", "answer",
                    [num(csc["regular"])], (), [c.pkey(csc["parent"])],
                    "Gives today's price, %s (a sale at %s starts on 14 March 2027)." % (pounds(csc["regular"]), pounds(csc["sale"]))))
    ecp = c.variant("ecuadorian", "M")
    out.append(case("sale-ecuadorian-was", ["sale_price", "original"], "what was the ecuadorian panama fedora before the sale?", "answer",
                    [num(ecp["regular"])], (), [c.pkey(ecp["parent"])],
                    "It was %s before the sale (now %s)." % (pounds(ecp["regular"]), pounds(ecp["sale"]))))
    rcb = c.variant("reversible", "NS")
    out.append(case("sale-reversible-discount", ["sale_price", "abbrev"], "reversible bucket hat - any discount atm?", "answer",
                    [num(rcb["sale"]), num(rcb["regular"])], (), [c.pkey(rcb["parent"])],
                    "Yes: %s instead of %s." % (pounds(rcb["sale"]), pounds(rcb["regular"]))))
    return out


def _labels(c, key, attr):
    for a in c.by_key[key]["attrs"]:
        if a["name"] == attr:
            return [lab for lab, _ in a["values"]]
    raise KeyError(attr)


def option_labels(c):
    out = []
    specs = [
        ("opt-harris-sizes", "what sizes does the harris tweed flat cap come in?", "harris_cap", "Size", "lowercase"),
        ("opt-harris-tweeds", "which tweeds can i get the harris tweed flat cap in", "harris_cap", "Tweed", "option_name"),
        ("opt-cashmere-beanie-colours", "what colours does the cashmere beanie come in", "cashmere_beanie", "Colour", "british"),
        ("opt-montecristi-brims", "what brim widths are there on the montecristi?", "montecristi", "Brim", "option_name"),
        ("opt-tam-tartans", "which tartans do u do the tam o shanter in", "tam", "Tartan", "abbrev"),
        ("opt-kids-cap-ages", "what ages is the kids tweed flat cap for", "kids_cap", "Age", "kids"),
    ]
    for cid, text, key, attr, style in specs:
        labels = _labels(c, key, attr)
        facts = [labels[0], labels[-1]] if len(labels) > 4 else labels
        out.append(case(cid, ["option_labels", style], text, "answer", facts, (), [c.pkey(c.by_key[key])],
                        "Lists the %s options of the %s: %s." % (attr, c.display_name(c.by_key[key]), ", ".join(labels))))
    return out


def product_facts(c):
    out = []
    specs = [
        ("pf-glencoe-material", "what's the glencoe fedora made of?", "glencoe", "Material", "wool felt"),
        ("pf-montecristi-origin", "where are the montecristi panamas made?", "montecristi", "Made in", "Ecuador"),
        ("pf-rannoch-brim", "how wide is the brim on the rannoch?", "rannoch", "Brim", "8 cm"),
        ("pf-harris-lining", "is the harris tweed flat cap lined?", "harris_cap", "Lining", "quilted cotton"),
        ("pf-fairisle-origin", "where's the fair isle bobble hat made", "fair_isle", "Made in", "Shetland"),
        ("pf-raffia-upf", "does the raffia sun hat give any uv protection?", "raffia", "UPF", "50+"),
        ("pf-deluxe-kit", "what comes in the deluxe hat care kit?", "care_kit", "Deluxe kit", "cedar hat form"),
    ]
    for cid, text, key, label, fact in specs:
        line = c.line(key, label)
        assert fact.lower() in line.lower(), (fact, line)
        out.append(case(cid, ["product_facts"], text, "answer", [fact], (), [c.pkey(c.by_key[key])],
                        "Answers from the product's own line: %s: %s." % (label, line)))
    return out


def follow_up(c):
    out = []
    v = c.variant("harris_cap", "MC", "61")
    out.append(case("fu-harris-moss-61", ["follow_up", "stock"],
                    ["how much is the harris tweed flat cap?", "and in moss check, 61 cm - do you have it?"], "answer",
                    [["out of stock", "sold out", "not in stock", "not available"]], (), [c.vkey(v)],
                    "Says the Moss Check 61 cm is out of stock."))
    v = c.variant("cairngorm", "BLA", "58")
    out.append(case("fu-cairngorm-black-58", ["follow_up", "stock"],
                    ["tell me about the cairngorm fedora", "is it in stock in black 58?"], "answer",
                    [["in stock", "available"]], (), [c.vkey(v)], "Says the black 58 is in stock."))
    v = c.variant("montecristi", "L", "B80")
    out.append(case("fu-montecristi-l-8", ["follow_up", "price"],
                    ["where are your montecristi panamas made?", "how much is it in L with the 8 cm brim?"], "answer",
                    [num(c.price_now(v))], price_never(c.price_now(c.variant("montecristi", "L", "B65"))), [c.vkey(v)],
                    "Gives %s for the L with the 8 cm brim." % pounds(c.price_now(v))))
    v = c.variant("lambswool", "BGR")
    out.append(case("fu-lambswool-price", ["follow_up", "price"],
                    ["do you have the lambswool beanie in bottle green?", "how much is it?"], "answer",
                    [num(c.price_now(v))], (), [c.vkey(v)], "Gives %s." % pounds(c.price_now(v))))
    don = c.variant("donegal", "RST", "L")
    out.append(case("fu-donegal-until", ["follow_up", "sale"],
                    ["is the donegal baker boy cap on sale?", "till when?"], "answer",
                    [["February 28, 2027", "28 February 2027", "28 Feb", "Feb 28"]], (), [c.pkey(don["parent"])],
                    "Says the sale runs until 28 February 2027."))
    labels = _labels(c, "cashmere_cap", "Hat size")
    out.append(case("fu-cashmere-cap-sizes", ["follow_up", "options"],
                    ["how much is the cashmere blend flat cap", "what sizes?"], "answer",
                    [[lab, lab.split("(")[1].rstrip(")"), lab.split("(")[1].rstrip(")").replace("cm", " cm")] for lab in labels], (),
                    [c.pkey(c.by_key["cashmere_cap"])], "Lists the sizes: %s." % ", ".join(labels)))
    v = c.variant("waxed_bucket", "TAN", "LXL")
    out.append(case("fu-waxed-bucket-tan", ["follow_up", "stock"],
                    ["what colours does the waxed cotton bucket hat come in?", "is the tan one in stock in L/XL?"], "answer",
                    [["in stock", "available"]], (), [c.vkey(v)], "Says the Tan L/XL is in stock."))
    return out
