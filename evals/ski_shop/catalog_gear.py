"""Snowboards, boots and bindings for them, helmets, goggles, layers, avalanche gear, wax,
services, season rentals and the gift card (with an unpublished and a draft product)."""

from catalog import Product, Variant, dollars as d
from catalog_ski import CAT_SKI, lengths, ul

SB_BIND_SIZES = [("S", "US men's 4-7 / women's 5-8"), ("M", "US men's 7.5-10 / women's 8.5-11"),
                 ("L", "US men's 10.5-13")]
CAT_ACC = "Apparel & Accessories > Clothing Accessories"


def grid(names_values, prices, qtys, compare=None, policy=None):
    """Variants over option values given as lists of tuples."""
    out = []
    for vals, q in zip(names_values, qtys):
        price = prices(vals) if callable(prices) else prices
        out.append(Variant(list(vals), d(price), q, d(compare) if compare else None,
                           (policy or {}).get(vals, "deny")))
    return out


def snowboards():
    sb = CAT_SKI + " > Snowboards"
    switch = [("152 cm", "Regular"), ("155 cm", "Regular"), ("158 cm", "Regular"),
              ("158 cm", "Wide"), ("161 cm", "Wide")]
    return [
        Product("drift-switchback-snowboard", "Drift Co. Switchback Snowboard", "Drift Co.",
                "Snowboards", sb, ["snowboards", "all-mountain", "camber"], ["Size", "Width"],
                grid(switch, lambda v: "599.95" if v[1] == "Wide" else "579.95", [3, 2, 0, 2, 1]),
                "<p>A directional-twin camber board that holds an edge on Colorado hardpack and "
                "still pops off every side hit.</p>"
                + ul(("Profile", "camber"), ("Flex", "6 out of 10"), ("Shape", "directional twin"),
                     ("Wide sizes", "158 W and 161 W for boots US men's 11 and up")),
                "DC-SWB", images=3, grams=3200),
        Product("drift-lumen-womens-snowboard", "Drift Co. Lumen Women's Snowboard", "Drift Co.",
                "Snowboards", sb, ["women", "snowboards", "sale"], ["Size"],
                lengths([142, 146, 150], "499.95", [1, 3, 2], compare="549.95"),
                "<p>A soft, forgiving hybrid-rocker board for riders linking their first carves "
                "&amp; riding their first park laps.</p>"
                + ul(("Profile", "hybrid rocker"), ("Flex", "4 out of 10"), ("Shape", "true twin")),
                "DC-LUM", images=2, grams=2800),
        Product("northline-pow-skate", "Northline Pow Skate Snowboard", "Northline", "Snowboards",
                sb, ["snowboards", "powder"], ["Size"],
                lengths([151, 156, 161], "649.00", [0, 0, 0]),
                "<p>A swallowtail surfer for deep days in the trees.</p>"
                + ul(("Profile", "rocker / camber"), ("Shape", "directional swallowtail")),
                "NL-PSK", images=2, grams=3100),
        Product("drift-grom-kids-snowboard", "Drift Co. Grom Kids' Snowboard", "Drift Co.",
                "Snowboards", sb, ["kids", "snowboards"], ["Size"],
                lengths([100, 110, 120, 130], "219.95", [2, 3, 3, 1]),
                "<p>Flat and soft so little riders can spin, slide and stand back up.</p>"
                + ul(("Profile", "flat"), ("Flex", "2 out of 10")),
                "DC-GROM", images=1, grams=1900),
        Product("drift-ghost-splitboard", "Drift Co. Ghost Splitboard", "Drift Co.",
                "Snowboards", sb, ["splitboard"], ["Size"],
                lengths([158, 162], "899.95", [3, 3]),
                "<p>Draft: waiting on photos.</p>", "DC-GHO", status="draft", published=False,
                images=0, grams=3600),
    ]


def sb_boots_bindings():
    sbb = CAT_SKI + " > Snowboard Boots"
    sizes = ["8", "8.5", "9", "9.5", "10", "10.5", "11", "12"]
    wsizes = ["6", "6.5", "7", "7.5", "8", "8.5", "9"]
    chart = "; ".join(f"{s}: {r}" for s, r in SB_BIND_SIZES)
    flux = [(s, c) for s, _ in SB_BIND_SIZES for c in ("Black", "White")]
    return [
        Product("northline-haven-boa-boot", "Northline Haven BOA Snowboard Boot", "Northline",
                "Snowboard Boots", sbb, ["men", "snowboard boots", "boa"], ["US Size"],
                lengths(sizes, "329.95", [1, 2, 3, 0, 4, 2, 0, 1], unit=""),
                "<p>A single BOA dial tightens the whole boot in seconds, even with gloves on.</p>"
                + ul(("Flex", "medium (6 out of 10)"), ("Lacing", "single BOA dial"),
                     ("Liner", "heat-moldable")),
                "NL-HVN", images=2, grams=2200),
        Product("northline-echo-womens-boot", "Northline Echo Women's Snowboard Boot",
                "Northline", "Snowboard Boots", sbb, ["women", "snowboard boots"], ["US Size"],
                lengths(wsizes, "279.95", [2, 1, 3, 0, 2, 1, 0], unit=""),
                "<p>Soft and warm with speed laces and a women's-specific cuff.</p>"
                + ul(("Flex", "soft (4 out of 10)"), ("Lacing", "speed laces")),
                "NL-ECH", images=1, grams=1900),
        Product("drift-flux-snowboard-binding", "Drift Co. Flux Snowboard Binding", "Drift Co.",
                "Snowboard Bindings", CAT_SKI + " > Snowboard Bindings",
                ["snowboard bindings"], ["Size", "Color"],
                grid(flux, "249.95", [2, 1, 3, 0, 2, 2]),
                "<p>A responsive, tool-free adjustable binding with a canted footbed.</p>"
                + ul(("Size chart", chart), ("Disc", "fits 4x4, 2x4 and channel boards")),
                "DC-FLX", images=2, grams=1700),
    ]


def helmets_goggles():
    helm = "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Helmets"
    gog = "Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Goggles"
    halo = [(s, c) for s in ("S", "M", "L") for c in ("Matte Black", "Glacier White", "Alpine Red")]
    youth = [(s, c) for s in ("Youth S", "Youth M") for c in ("Blue", "Pink")]
    lenses = ["Sun Mirror (VLT 12%)", "Low Light Persimmon (VLT 45%)", "Photochromic (VLT 18-52%)"]
    vista = [(f, l) for f in ("Black", "White", "Teal") for l in lenses]
    return [
        Product("halo-mips-helmet", "Halo MIPS Helmet", "Halo", "Helmets", helm,
                ["helmets", "mips"], ["Size", "Color"],
                grid(halo, "189.95", [2, 3, 1, 0, 4, 2, 2, 1, 0]),
                "<p>An in-mold helmet with a MIPS liner that reduces rotational forces in "
                "angled impacts.</p>"
                + ul(("Vents", "12 adjustable"), ("Fit", "dial fit system"),
                     ("Certification", "ASTM F2040 and CE EN 1077")),
                "HL-MIPS", images=3, grams=500),
        Product("halo-junior-helmet", "Halo Junior Helmet", "Halo", "Helmets", helm,
                ["kids", "helmets"], ["Size", "Color"], grid(youth, "79.95", [2, 0, 3, 2]),
                "<p>A light kids' helmet with a goggle clip and soft ear pads.</p>"
                + ul(("Sizes", "Youth S 48-52 cm, Youth M 52-56 cm"),
                     ("Certification", "ASTM F2040")),
                "HL-JR", images=1, grams=380),
        Product("crestline-pro-mips-helmet", "Crestline Pro MIPS Helmet", "Crestline", "Helmets",
                helm, ["helmets", "mips", "sale"], ["Size"],
                lengths(["S", "M", "L"], "249.95", [1, 2, 2], compare="279.95", unit=""),
                "<p>Our lightest MIPS helmet, with a hybrid shell and a magnetic buckle.</p>"
                + ul(("Vents", "18 adjustable"), ("Buckle", "magnetic"),
                     ("Certification", "ASTM F2040 and CE EN 1077")),
                "CR-PRO", images=2, grams=450),
        Product("crestline-vista-goggle", "Crestline Vista Goggle", "Crestline", "Goggles", gog,
                ["goggles"], ["Frame", "Lens"],
                grid(vista, lambda v: "199.95" if v[1].startswith("Photo") else "159.95",
                     [3, 2, 1, 2, 0, 1, 1, 2, 0]),
                "<p>A frameless spherical lens with a wide field of view and a quick-change "
                "magnetic lens system.</p>"
                + ul(("Lens shape", "spherical"), ("Lens change", "magnetic, about 5 seconds"),
                     ("Fit", "medium to large faces, helmet compatible")),
                "CR-VIS", images=3, grams=200),
        Product("crestline-vista-replacement-lens", "Crestline Vista Replacement Lens",
                "Crestline", "Goggle Lenses", gog, ["goggles", "lenses"], ["Lens"],
                [Variant([l], d(p), q) for l, p, q in zip(lenses, ["59.95", "59.95", "89.95"],
                                                          [4, 3, 0])],
                "<p>A spare magnetic lens for the Vista goggle.</p>", "CR-VLN", images=1, grams=80),
        Product("crestline-magna-otg-goggle", "Crestline Magna OTG Goggle", "Crestline",
                "Goggles", gog, ["goggles", "otg", "sale"], ["Frame", "Lens"],
                grid([("Black", "Amber (VLT 38%)"), ("Navy", "Amber (VLT 38%)")], "119.95",
                     [3, 1], compare="139.95"),
                "<p>Over-the-glasses goggle with channels cut into the foam for your frames.</p>"
                + ul(("OTG", "fits over most prescription glasses"), ("Lens shape", "cylindrical")),
                "CR-MAG", images=3, grams=190),
        Product("halo-kids-goggle", "Halo Kids' Goggle", "Halo", "Goggles", gog,
                ["kids", "goggles"], ["Color"],
                [Variant(["Blue"], d("34.95"), 5), Variant(["Pink"], d("34.95"), 4)],
                "<p>A small-frame goggle with a double lens that resists fogging.</p>",
                "HL-KGG", images=3, grams=120),
    ]


def layers_safety():
    sz = ["S", "M", "L", "XL"]
    socks = [(s, c) for s in ("S", "M", "L") for c in ("Ultralight", "Medium")]
    return [
        Product("hearth-leather-gauntlet-glove", "Hearth Leather Gauntlet Glove", "Hearth",
                "Gloves & Mittens", CAT_ACC + " > Gloves & Mittens", ["gloves"], ["Size"],
                lengths(sz, "119.00", [2, 3, 0, 1], unit=""),
                "<p>Goatskin leather with a waterproof insert and a removable wool liner.</p>",
                "HT-LGG", images=1, grams=300),
        Product("cirque-down-mitten", "Cirque Down Mitten", "Cirque", "Gloves & Mittens",
                CAT_ACC + " > Gloves & Mittens", ["mittens", "warm"], ["Size"],
                lengths(sz, "89.95", [3, 2, 2, 0], unit=""),
                "<p>800-fill down for the coldest chair rides of January.</p>",
                "CQ-DMT", images=1, grams=280),
        Product("alpine-merino-ski-sock", "Alpine Merino Ski Sock", "Alpine Merino Co.", "Socks",
                "Apparel & Accessories > Clothing > Underwear & Socks > Socks",
                ["socks", "merino"], ["Size", "Cushion"],
                [Variant(list(v), d("27.95" if v[1] == "Ultralight" else "29.95"), q, d("27.95"))
                 for v, q in zip(socks, [6, 4, 8, 5, 3, 0])],
                "<p>Over-the-calf merino with cushioning only where the boot presses.</p>",
                "AM-SKS", images=1, grams=90),
        Product("merino-250-base-layer-top", "Merino 250 Base Layer Top", "Alpine Merino Co.",
                "Base Layers", "Apparel & Accessories > Clothing > Activewear",
                ["base layers", "merino"], ["Size"],
                lengths(["XS", "S", "M", "L", "XL"], "99.00", [1, 3, 4, 2, 0], unit=""),
                "<p>250 g/m&sup2; merino wool crew that stays warm when damp.</p>",
                "AM-B250", images=1, grams=260),
        Product("beacon-pro-3-transceiver", "Beacon Pro 3 Avalanche Transceiver", "Beacon",
                "Avalanche Safety", "Sporting Goods > Outdoor Recreation > Winter Sports & Activities",
                ["avalanche", "backcountry"], [], [Variant([], d("399.95"), 4)],
                "<p>A three-antenna digital transceiver with a 60 m range and a 50 m search strip "
                "width.</p><p>Take an avalanche course before you head into the backcountry.</p>",
                "BC-PRO3", images=2, grams=230),
        Product("snowbound-avalanche-probe", "Snowbound Avalanche Probe", "Snowbound",
                "Avalanche Safety", "Sporting Goods > Outdoor Recreation > Winter Sports & Activities",
                ["avalanche", "backcountry"], ["Length"],
                [Variant([f"{n} cm"], d(p), q) for n, p, q in
                 [(240, "59.95", 3), (280, "69.95", 4), (320, "79.95", 0)]],
                "<p>Aluminum sections with a quick-lock cable and depth markings every cm.</p>",
                "SB-PRB", images=1, grams=300),
    ]


def shop_items():
    temps = ["Warm (23 to 32°F)", "Universal (5 to 32°F)", "Cold (below 14°F)"]
    svc = dict(shipping=False, images=0, grams=0)
    return [
        Product("all-temp-hot-wax", "All-Temp Hot Wax 100 g", "Summit Edge", "Wax & Tuning",
                "Sporting Goods > Outdoor Recreation > Winter Sports & Activities",
                ["wax", "tuning"], ["Temperature"],
                [Variant([t], d("18.95"), q) for t, q in zip(temps, [8, 12, 0])],
                "<p>Fluorine-free hot wax, poured and packed in our Breckenridge shop.</p>",
                "SE-WAX", images=1, grams=110),
        Product("home-tune-kit", "Edge & Base Home Tune Kit", "Summit Edge", "Wax & Tuning",
                "Sporting Goods > Outdoor Recreation > Winter Sports & Activities",
                ["tuning"], [], [Variant([], d("89.95"), 5)],
                "<p>Everything you need to keep your edges sharp between shop tunes.</p>"
                "<h3>What's in the kit</h3><ul><li>88-degree file guide &amp; file</li>"
                "<li>Diamond stone (400 grit)</li><li>Plastic scraper</li><li>Brass brush</li>"
                "<li>Ski brake retainers</li></ul>",
                "SE-HTK", images=3, grams=900),
        Product("ski-snowboard-tune-up", "Ski & Snowboard Tune-Up", "Summit Edge", "Services",
                "Services", ["service", "tuning"], ["Service"],
                [Variant([s], d(p), 0, tracked=False) for s, p in
                 [("Wax Only", "30.00"), ("Basic Tune", "55.00"), ("Full Tune", "89.00")]],
                "<p>Drop your skis or board at the shop.</p>"
                + ul(("Wax Only", "hot wax, scraped and brushed"),
                     ("Basic Tune", "edge sharpening, deburring and hot wax"),
                     ("Full Tune", "stone grind, base repair, edges and hot wax")),
                "SVC-TUNE", taxable=False, **svc),
        Product("binding-mount-adjust", "Binding Mount & Adjust", "Summit Edge", "Services",
                "Services", ["service", "bindings"], ["Binding Type"],
                [Variant(["Alpine"], 5900, 0, tracked=False),
                 Variant(["Touring"], 7900, 0, tracked=False)],
                "<p>Mounting, release-value (DIN) setting and a shop release check, done by our "
                "certified technicians.</p>", "SVC-MNT", taxable=False, **svc),
        Product("custom-boot-fitting", "Custom Boot Fitting", "Summit Edge", "Services",
                "Services", ["service", "boot fitting"], ["Service"],
                [Variant([s], d(p), 0, tracked=False) for s, p in
                 [("Liner Heat Mold", "49.00"), ("Shell Punch (per spot)", "40.00"),
                  ("Custom Footbeds", "175.00")]],
                "<p>Book a fitting with our boot fitters; bring the socks you ski in.</p>",
                "SVC-BOOT", taxable=False, **svc),
        Product("adult-season-ski-rental", "Adult Season Ski Rental Package", "Summit Edge",
                "Rentals", "Services", ["rental", "season"], ["Package"],
                [Variant(["Sport (skis, boots, poles)"], d("299.00"), 0, tracked=False),
                 Variant(["Performance (skis, boots, poles)"], d("399.00"), 0, tracked=False)],
                "<p>Skis, boots and poles for the whole season, fitted in the shop.</p>",
                "RNT-ADULT", **svc),
        Product("junior-season-ski-rental", "Junior Season Ski Rental Package", "Summit Edge",
                "Rentals", "Services", ["rental", "season", "kids"], ["Age Group"],
                [Variant([a], d(p), 0, tracked=False) for a, p in
                 [("Ages 4-7", "149.00"), ("Ages 8-12", "179.00"), ("Ages 13-17", "199.00")]],
                "<p>Kids' skis, boots, poles and a helmet for the whole season.</p>",
                "RNT-JR", **svc),
        Product("summit-edge-gift-card", "Summit Edge Gift Card", "Summit Edge", "Gift Cards",
                "Gift Cards", ["gift card"], ["Denomination"],
                [Variant([f"${n}"], n * 100, 0, tracked=False) for n in (25, 50, 100, 250)],
                "<p>Delivered by email, good for gear, tunes and rentals.</p>", "SE-GC",
                gift_card=True, taxable=False, **svc),
        Product("summit-edge-airbag-pack-35", "Summit Edge Avalanche Airbag Pack 35L",
                "Summit Edge", "Avalanche Safety",
                "Sporting Goods > Outdoor Recreation > Winter Sports & Activities",
                ["avalanche", "airbag"], [], [Variant([], d("1149.00"), 2)],
                "<p>An electric-fan airbag pack.</p>", "SE-AIR35", published=False, images=1,
                grams=2800),
    ]


def products():
    return snowboards() + sb_boots_bindings() + helmets_goggles() + layers_safety() + shop_items()
