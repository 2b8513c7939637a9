"""Soft goods and services: climbing and approach shoes, chalk, crash pads, apparel, guided
courses, the rope-cutting service and gift cards."""
from catalog import BFCM, BOXING, HOLIDAY, Product, Variant as V

# Fit advice per shoe model; the size guide prints the same sentences.
SHOE_FIT = {
    "falcon-shoe": ("Rimrock Falcon", "aggressive and downturned", 1.0,
                    "Size down one full EU size from your street shoe."),
    "mantis-shoe": ("Rimrock Mantis", "flat, all-day comfort", 0.0,
                    "Take your street shoe size, or half a size down for a snugger fit."),
    "zenith-shoe": ("Talus Zenith", "soft slipper, stretches about half a size", 1.0,
                    "Size down one full EU size from your street shoe; the knit upper stretches."),
    "ridgeline-shoe": ("Ptarmigan Ridgeline", "approach shoe", 0.0, "Take your street shoe size."),
    "scree-boot": ("Ptarmigan Scree Mid", "approach boot", 0.0,
                   "Take your street shoe size; go half a size up if you wear thick socks."),
}
KIDS_SHOE_SIZES = ["27-30", "31-34", "35-37"]

# Guided courses (dates are the variants). The courses page prints the same facts.
ICE_COURSE = {"days": 2, "ratio": 4, "min_age": 16, "meet": "the Canmore Nordic Centre day lodge",
              "time": "8:00 am to 4:00 pm", "price": 395.00,
              "dates": [("Jan 9-10, 2027", "out_of_stock"), ("Feb 6-7, 2027", "in_stock"),
                        ("Mar 6-7, 2027", "in_stock")]}
AST_COURSE = {"days": 2, "ratio": 6, "min_age": 14, "meet": "our Calgary store (day 1) and Bow Summit (day 2)",
              "price": 299.00,
              "dates": [("Dec 12-13, 2026", "out_of_stock"), ("Jan 23-24, 2027", "in_stock"),
                        ("Feb 20-21, 2027", "in_stock")]}
ROPE_CUT_PRICE = 15.00
GIFT_CARD_VALUES = [25, 50, 100, 250]
HIGHBALL = {"open": "120 x 100 x 12 cm", "closed": "100 x 60 x 24 cm", "weight_kg": 7.9}
SITSTART = {"size": "60 x 45 x 5 cm", "weight_kg": 1.2}


def _shoe(key, title, brand, ptype, gcat, intro, lines, sizes, price, sku, out=(), back=None,
          sale=None, colors=None, weight_kg=1.2):
    _, _, _, fit = SHOE_FIT[key]
    li = "".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in lines)
    desc = f"<p>{intro}</p>\n<ul>{li}<li><strong>Fit:</strong> {fit}</li></ul>"
    variants = []
    for color in (colors or [None]):
        for s in sizes:
            code = s.replace(".", "")
            vsku = f"{sku}-{color[:3].upper()}-{code}" if color else f"{sku}-{code}"
            avail, date = "in_stock", None
            if (color, s) in out or s in out:
                avail = "out_of_stock"
            if back and (s == back[0]):
                avail, date = "backorder", back[1]
            opts = {"size": s}
            if color:
                opts["color"] = color
            variants.append(V(vsku, f"{color} / {s}" if color else s, price, opts,
                              sale=(sale[0], sale[1]) if sale else None, avail=avail, avail_date=date))
    return Product(key, title, brand, ptype, gcat, desc, variants, size_system="EU", ship_weight_kg=weight_kg)


def shoes():
    gshoe = "Apparel & Accessories > Shoes > Athletic Shoes > Climbing Shoes"
    falcon = _shoe("falcon-shoe", "Rimrock Falcon Climbing Shoe", "Rimrock", "Climbing > Climbing Shoes", gshoe,
                   "A downturned, asymmetric performance shoe for steep sport routes and bouldering, "
                   "with a single velcro strap and a sticky toe patch for hooking.",
                   [("Closure", "single velcro strap"), ("Rubber", "Rimrock RS-Grip, 3.5 mm"),
                    ("Upper", "microsuede, unlined"), ("Weight", "245 g (half pair, EU 42)")],
                   ["38", "39", "40", "40.5", "41", "42", "43", "44"], 209.95, "RR-FAL",
                   out=("40.5", "44"), sale=(179.95, HOLIDAY))
    falcon.custom_label = "holiday-2026"
    mantis = _shoe("mantis-shoe", "Rimrock Mantis Lace-Up Climbing Shoe", "Rimrock", "Climbing > Climbing Shoes",
                   gshoe, "A flat, comfortable lace-up for long multi-pitch days, cracks and the gym.",
                   [("Closure", "laces"), ("Upper", "leather, lined"), ("Weight", "270 g (half pair, EU 42)")],
                   ["39", "40", "41", "42", "43", "44", "45"], 159.95, "RR-MAN",
                   back=("45", "2026-12-18T00:00-0700"))
    zenith = _shoe("zenith-shoe", "Talus Zenith Slipper", "Talus", "Climbing > Climbing Shoes", gshoe,
                   "A soft, sensitive slipper for gym bouldering and smearing. No laces, no straps.",
                   [("Closure", "elastic slip-on"), ("Upper", "knit with microsuede heel"),
                    ("Weight", "198 g (half pair, EU 41)")],
                   ["37", "38", "39", "40", "41", "42"], 174.00, "TA-ZEN", out=("37",))
    zenith.escaped_html = True
    kids_rows = "".join(f"<li>{s}</li>" for s in KIDS_SHOE_SIZES)
    scramble = Product(
        "scramble-kids", "Talus Scramble Kids' Climbing Shoe", "Talus", "Climbing > Climbing Shoes", gshoe,
        f"""<p>An adjustable kids' climbing shoe: each pair grows across several sizes with a sliding toe box.</p>
<ul><li><strong>Closure:</strong> two velcro straps</li><li><strong>Sizes (EU):</strong></li></ul><ul>{kids_rows}</ul>""",
        [V(f"TA-SCR-{s.replace('-', '')}", s, 79.95, {"size": s}) for s in KIDS_SHOE_SIZES],
        age_group="kids", size_system="EU", ship_weight_kg=0.9)
    ridgeline = _shoe("ridgeline-shoe", "Ptarmigan Ridgeline Approach Shoe", "Ptarmigan", "Footwear > Approach Shoes",
                      "Apparel & Accessories > Shoes > Athletic Shoes > Hiking Shoes",
                      "A sticky-soled approach shoe with a climbing zone at the toe, for scrambles and "
                      "descents.", [("Sole", "dot-tread climbing rubber"), ("Weight", "380 g (one shoe, EU 42)"),
                                    ("Waterproof", "no")],
                      ["41", "42", "43", "44"], 169.95, "PT-RDG", colors=["Slate", "Ember"],
                      out=(("Ember", "44"),))
    scree = _shoe("scree-boot", "Ptarmigan Scree Mid Approach Boot", "Ptarmigan", "Footwear > Approach Shoes",
                  "Apparel & Accessories > Shoes > Boots > Hiking Boots",
                  "A mid-cut approach boot for loose scree and wet shoulder-season approaches.",
                  [("Membrane", "waterproof, breathable"), ("Weight", "540 g (one boot, EU 42)")],
                  ["40", "41", "42", "43", "44", "45", "46"], 219.95, "PT-SCR", out=("46",),
                  sale=(175.96, BFCM), weight_kg=1.6)
    return [falcon, mantis, zenith, scramble, ridgeline, scree]


def chalk_and_pads():
    chalk = Product(
        "loose-chalk", "Bergschrund Loose Chalk", "Bergschrund", "Climbing > Chalk",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Chalk",
        """<p>Our house chalk: pure magnesium carbonate, milled coarse and blocky, with no drying agents.</p>
<ul><li><strong>Ingredients:</strong> 100% magnesium carbonate</li></ul>""",
        [V("BS-CHK-100", "100 g", 6.95, {"size": "100 g"}), V("BS-CHK-300", "300 g", 14.95, {"size": "300 g"}),
         V("BS-CHK-1KG", "1 kg", 34.95, {"size": "1 kg"})], identifier=False, ship_weight_kg=1.0)
    ball = Product(
        "chalk-ball", "Bergschrund Refillable Chalk Ball", "Bergschrund", "Climbing > Chalk",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Chalk",
        "<p>A refillable mesh chalk ball, filled with 56 g of our loose chalk. Required by many gyms.</p>",
        [V("BS-CHKBALL", "Default Title", 7.95, legacy_avail=True)], identifier=False, ship_weight_kg=0.1)
    bag = Product(
        "chalk-bag", "Bergschrund Chalk Bag", "Bergschrund", "Climbing > Chalk Bags",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Chalk Bags",
        """<p>A stiff-rimmed chalk bag with a brush holder, a zip pocket for your keys and a drawcord
closure. Waist belt included.</p><ul><li><strong>Made in:</strong> sewn in Calgary, Alberta</li></ul>""",
        [V(f"BS-BAG-{c[:3].upper()}", c, 29.95, {"color": c}, avail="out_of_stock" if c == "Ember" else "in_stock")
         for c in ["Spruce", "Glacier", "Ember", "Basalt"]], identifier=False, ship_weight_kg=0.2)
    bucket = Product(
        "boulder-bucket", "Bergschrund Boulder Bucket", "Bergschrund", "Climbing > Chalk Bags",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Chalk Bags",
        """<p>A wide, free-standing chalk bucket for bouldering sessions, with two brush holders.</p>""",
        [V("BS-BKT-SPR", "Spruce", 44.95, {"color": "Spruce"}), V("BS-BKT-BAS", "Basalt", 44.95, {"color": "Basalt"})],
        identifier=False, ship_weight_kg=0.5)
    highball = Product(
        "highball-pad", "Bergschrund Highball Crash Pad", "Bergschrund", "Climbing > Crash Pads",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Crash Pads",
        f"""<p>Our biggest pad, for tall problems and bad landings. Taco-free hinge, carpet-lined flap
and backpack straps.</p>
<ul><li><strong>Open:</strong> {HIGHBALL['open']}</li><li><strong>Closed:</strong> {HIGHBALL['closed']}</li>
<li><strong>Foam:</strong> 3 layers (closed-cell top, two open-cell layers)</li>
<li><strong>Weight:</strong> {HIGHBALL['weight_kg']} kg</li>
<li><strong>Shipping:</strong> oversize, a surcharge applies (see our shipping page)</li></ul>""",
        [V("BS-HBP-BAS", "Basalt", 449.95, {"color": "Basalt"}),
         V("BS-HBP-SPR", "Spruce", 449.95, {"color": "Spruce"}, avail="backorder", avail_date="2026-12-22T00:00-0700")],
        identifier=False, oversize=True, ship_weight_kg=8.6)
    sit = Product(
        "sitstart-pad", "Bergschrund Sit-Start Pad", "Bergschrund", "Climbing > Crash Pads",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Crash Pads",
        f"""<p>A thin pad to sit on for low starts and to cover gaps between bigger pads.</p>
<ul><li><strong>Size:</strong> {SITSTART['size']}</li><li><strong>Weight:</strong> {SITSTART['weight_kg']} kg</li></ul>""",
        [V("BS-SIT", "Default Title", 99.95)], identifier=False, ship_weight_kg=1.4)
    return [chalk, ball, bag, bucket, highball, sit]


def apparel():
    parka = Product(
        "belay-parka", "Bergschrund Belay Parka", "Bergschrund", "Apparel > Jackets",
        "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets",
        """<p>A big, warm synthetic parka to throw over everything at the belay. Two-way zip so you can
belay through it, helmet-compatible hood.</p>
<ul><li><strong>Insulation:</strong> synthetic, 133 g/m²</li><li><strong>Weight:</strong> 690 g (size M)</li>
<li><strong>Fit:</strong> cut roomy to go over your layers</li></ul>""",
        [V(f"BS-PRK-{c[:3].upper()}-{s}", f"{c} / {s}", 279.95, {"color": c, "size": s}, sale=(223.96, BOXING),
           avail="out_of_stock" if (c, s) == ("Glacier", "XL") else "in_stock")
         for c in ["Basalt", "Glacier"] for s in ["S", "M", "L", "XL"]],
        identifier=False, custom_label="boxing-week-2026", ship_weight_kg=1.0)
    pant = Product(
        "crag-pant", "Bergschrund Crag Pant", "Bergschrund", "Apparel > Pants",
        "Apparel & Accessories > Clothing > Pants",
        """<p>Stretch canvas climbing pants with a gusseted crotch and a drawcord cuff.</p>
<ul><li><strong>Fabric:</strong> 98% cotton, 2% elastane</li><li><strong>Inseam:</strong> 81 cm (size M)</li></ul>""",
        [V(f"BS-PNT-{s}", s, 109.95, {"size": s, "color": "Stone"}) for s in ["S", "M", "L", "XL"]],
        identifier=False, ship_weight_kg=0.6)
    return [parka, pant]


def services():
    ice = Product(
        "ice-course", "Intro to Ice Climbing Course (2 days)", "Bergschrund", "Courses > Guided Courses",
        "Sporting Goods > Outdoor Recreation > Climbing",
        f"""<p>Two days of waterfall ice climbing in the Canadian Rockies with an ACMG-certified guide.
No ice experience needed; you should be comfortable top-roping.</p>
<ul><li><strong>Where:</strong> meet at {ICE_COURSE['meet']}</li><li><strong>Hours:</strong> {ICE_COURSE['time']}</li>
<li><strong>Ratio:</strong> up to {ICE_COURSE['ratio']} climbers per guide</li>
<li><strong>Minimum age:</strong> {ICE_COURSE['min_age']}</li>
<li><strong>Included:</strong> ice tools, crampons, helmet and harness on loan</li>
<li><strong>Bring:</strong> stiff mountaineering boots (B2 or B3), warm layers, lunch</li></ul>""",
        [V(f"SV-ICE-{d.split()[0].upper()}27", d, ICE_COURSE["price"], {"pattern": d}, avail=st)
         for d, st in ICE_COURSE["dates"]], service=True, identifier=False)
    ast = Product(
        "ast1-course", "Avalanche Skills Training 1 (AST 1) Course", "Bergschrund", "Courses > Guided Courses",
        "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Avalanche Safety",
        f"""<p>The two-day recreational avalanche course: one classroom day and one field day on skis or
splitboard.</p><ul><li><strong>Where:</strong> {AST_COURSE['meet']}</li>
<li><strong>Ratio:</strong> up to {AST_COURSE['ratio']} students per instructor</li>
<li><strong>Minimum age:</strong> {AST_COURSE['min_age']}</li>
<li><strong>Bring:</strong> touring skis or a splitboard with skins</li></ul>""",
        [V(f"SV-AST1-{d.split()[0].upper()}{d[-2:]}", d, AST_COURSE["price"], {"pattern": d}, avail=st)
         for d, st in AST_COURSE["dates"]], service=True, identifier=False)
    cut = Product(
        "rope-cut", "Custom Rope Cutting & End Finishing", "Bergschrund", "Services > Rope Services",
        "Sporting Goods > Outdoor Recreation > Climbing > Climbing Rope",
        f"""<p>Need a 45 m gym rope or two short glacier ropes? Add one of these per cut to your cart
with a rope bought from us and tell us the lengths in the order notes. We cut, heat-seal and tape
the ends, and re-mark the new middle.</p>
<ul><li><strong>Price:</strong> ${ROPE_CUT_PRICE:.2f} per cut</li><li><strong>Turnaround:</strong> ships with your rope the next business day</li>
<li><strong>Note:</strong> ropes cut to length are final sale</li></ul>""",
        [V("SV-ROPECUT", "Default Title", ROPE_CUT_PRICE)], service=True, identifier=False)
    gift = Product(
        "gift-card", "Bergschrund Gift Card", "Bergschrund", "Gift Cards",
        "Arts & Entertainment > Party & Celebration > Gift Giving > Gift Cards & Certificates",
        """<p>Emailed within minutes, redeemable online and in our Calgary store. Our gift cards never
expire.</p>""",
        [V(f"GC-{a}", f"${a}", float(a), {"size": f"${a}"}, legacy_avail=True) for a in GIFT_CARD_VALUES],
        service=True, identifier=False, excluded=["Shopping_ads"])
    return [ice, ast, cut, gift]


def soft_products():
    return shoes() + chalk_and_pads() + apparel() + services()
