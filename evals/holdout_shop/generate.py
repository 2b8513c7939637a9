"""Writes the held-out cycling shop (Cadence Cycle Supply) in Shopify's export layout, and its eval suite.

Held out: written without reading copilot's answering code or tests. Every expected fact is taken from
the data below (prices, stock, orders), or from the policy pages written here. Run once:

    python evals/holdout_shop/generate.py

It writes evals/holdout_shop/store/{products_export,customers_export,orders_export}.csv,
evals/holdout_shop/store/pages/*, evals/holdout_shop/sources.yaml and evals/holdout_shop.yaml.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STORE = HERE / "store"
PAGES = STORE / "pages"
SUITE = HERE.parent / "holdout_shop.yaml"

RNG = random.Random(20241111)

# --------------------------------------------------------------------------------------------------
# Catalog. Each product: handle, title, body (HTML), vendor, category, type, tags, status, published,
# option names, variants [(option values, sku, qty, price, compare_at, policy, tracked)], images.
# --------------------------------------------------------------------------------------------------

CAT_ACC = "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories"
CAT_PARTS = "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts"
CAT_HELMET = "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Helmets"
CAT_APPAREL = "Apparel & Accessories > Clothing > Activewear > Bicycle Activewear"
CAT_SHOES = "Apparel & Accessories > Shoes > Athletic Shoes > Cycling Shoes"
CAT_GIFT = "Gift Cards"


def V(opts, sku, qty, price, compare=None, policy="deny", tracked=True, grams=0):
    return dict(opts=list(opts), sku=sku, qty=qty, price=price, compare=compare, policy=policy,
                tracked=tracked, grams=grams)


def P(handle, title, body, vendor, category, ptype, tags, options, variants, status="active",
      published=True, images=1):
    return dict(handle=handle, title=title, body=body, vendor=vendor, category=category, type=ptype,
                tags=tags, options=options, variants=variants, status=status, published=published,
                images=images)


def grid(prefix, a_vals, b_vals, price_fn, qty_fn, compare_fn=lambda a, b: None, policy_fn=lambda a, b: "deny"):
    out = []
    for a in a_vals:
        for b in (b_vals or [None]):
            opts = [a] if b is None else [a, b]
            code = "-".join(x.split()[0].replace("/", "").replace("(", "").upper()[:4] for x in opts)
            out.append(V(opts, f"{prefix}-{code}", qty_fn(a, b), price_fn(a, b), compare_fn(a, b),
                         policy_fn(a, b)))
    return out


PRODUCTS = [
    P("aero-road-helmet", "Aero Road Helmet",
      "<p>A wind-tunnel shaped road helmet with 14 vents and a magnetic buckle.</p>"
      "<ul><li>In-mould polycarbonate shell</li><li>Dial-adjust retention system</li>"
      "<li>Certified to CPSC &amp; EN 1078</li></ul>",
      "Velotta", CAT_HELMET, "Helmets", "helmet, road, aero",
      ["Size", "Color"],
      [V(["Small", "Matte Black"], "CC-AERO-S-BLK", 6, "149.00"),
       V(["Small", "Glacier White"], "CC-AERO-S-WHT", 0, "149.00"),
       V(["Small", "Signal Red"], "CC-AERO-S-RED", 2, "129.00", "149.00"),
       V(["Medium", "Matte Black"], "CC-AERO-M-BLK", 11, "149.00"),
       V(["Medium", "Glacier White"], "CC-AERO-M-WHT", 4, "149.00"),
       V(["Medium", "Signal Red"], "CC-AERO-M-RED", 0, "129.00", "149.00"),
       V(["Large", "Matte Black"], "CC-AERO-L-BLK", 3, "149.00"),
       V(["Large", "Glacier White"], "CC-AERO-L-WHT", 0, "149.00"),
       V(["Large", "Signal Red"], "CC-AERO-L-RED", 5, "129.00", "149.00")], images=3),
    P("commuter-mips-helmet", "Commuter MIPS Helmet",
      "<p>An urban helmet with a MIPS liner, a rechargeable rear LED and a visor.</p>"
      "<p>Fits over a ponytail thanks to the low-profile cradle.</p>",
      "Velotta", CAT_HELMET, "Helmets", "helmet, commuter, mips",
      ["Size", "Color"],
      [V(["S/M", "Slate Grey"], "CC-COMM-SM-GRY", 7, "89.00"),
       V(["S/M", "Mint"], "CC-COMM-SM-MNT", 0, "89.00"),
       V(["L/XL", "Slate Grey"], "CC-COMM-LXL-GRY", 9, "89.00"),
       V(["L/XL", "Mint"], "CC-COMM-LXL-MNT", 2, "89.00")], images=2),
    P("youth-trail-helmet", "Youth Trail Helmet",
      "<p>A full-coverage helmet for young riders, with a peak and bright graphics.</p>",
      "Velotta", CAT_HELMET, "Helmets", "helmet, kids, youth",
      ["Size"],
      [V(["Youth XS"], "CC-YTH-XS", 5, "49.00"), V(["Youth S"], "CC-YTH-S", 8, "49.00")]),
    P("pro-team-jersey", "Pro Team Short Sleeve Jersey",
      "<p>Our race-cut jersey in a light, quick-drying knit.</p>"
      "<ul><li>Three rear pockets plus a zipped valuables pocket</li><li>Full-length hidden zip</li>"
      "<li>UPF 30 fabric</li></ul><p><strong>Fit:</strong> race cut &ndash; it runs small; size up if "
      "you are between sizes.</p>",
      "Cadence", CAT_APPAREL, "Jerseys", "jersey, road, summer",
      ["Size", "Colour"],
      grid("CC-PTJ", ["XS", "S", "M", "L", "XL", "XXL"], ["Navy", "Coral"],
           lambda a, b: "99.00" if a == "XXL" else "95.00",
           lambda a, b: {("M", "Coral"): 0, ("L", "Navy"): 0, ("XS", "Coral"): 0}.get((a, b), 3 + len(a)))),
    P("thermal-long-sleeve-jersey", "Thermal Long Sleeve Jersey",
      "<p>A brushed fleece-back jersey for cold mornings, 5&ndash;12&nbsp;&deg;C.</p>"
      "<ul><li>Reflective rear tab</li><li>Three rear pockets</li></ul>",
      "Cadence", CAT_APPAREL, "Jerseys", "jersey, winter, thermal",
      ["Size"],
      [V(["S"], "CC-THJ-S", 4, "112.00", "140.00"), V(["M"], "CC-THJ-M", 0, "112.00", "140.00"),
       V(["L"], "CC-THJ-L", 6, "112.00", "140.00"), V(["XL"], "CC-THJ-XL", 2, "112.00", "140.00")]),
    P("endurance-bib-shorts", "Endurance Bib Shorts",
      "<p>Long-ride bib shorts with a dual-density chamois and wide, raw-cut leg grippers.</p>",
      "Cadence", CAT_APPAREL, "Bib Shorts", "bibs, road, summer",
      ["Size"],
      [V(["S"], "CC-BIB-S", 5, "140.00"), V(["M"], "CC-BIB-M", 12, "140.00"),
       V(["L"], "CC-BIB-L", 0, "140.00", policy="continue"), V(["XL"], "CC-BIB-XL", 3, "140.00"),
       V(["XXL"], "CC-BIB-XXL", 0, "140.00")]),
    P("merino-base-layer", "Merino Base Layer",
      "<p>Sleeveless 150&nbsp;g/m&sup2; merino base layer that stays fresh for days.</p>",
      "Cadence", CAT_APPAREL, "Base Layers", "merino, base layer",
      ["Size"],
      [V(["S"], "CC-MBL-S", 6, "65.00"), V(["M"], "CC-MBL-M", 9, "65.00"), V(["L"], "CC-MBL-L", 4, "65.00")]),
    P("full-finger-gel-gloves", "Full Finger Gel Gloves",
      "<p>Padded full-finger gloves with touchscreen fingertips and a terry thumb.</p>",
      "Cadence", CAT_APPAREL, "Gloves", "gloves, gel",
      ["Size"],
      [V(["S"], "CC-GLV-S", 3, "38.00"), V(["M"], "CC-GLV-M", 7, "38.00"), V(["L"], "CC-GLV-L", 0, "38.00"),
       V(["XL"], "CC-GLV-XL", 2, "38.00")]),
    P("summer-mitts", "Summer Mitts",
      "<p>Fingerless mitts with pull tabs for easy removal.</p>",
      "Cadence", CAT_APPAREL, "Gloves", "gloves, mitts, summer",
      ["Size", "Colour"],
      grid("CC-MIT", ["S", "M", "L"], ["Black", "Hi-Vis Yellow"], lambda a, b: "28.00",
           lambda a, b: 0 if (a, b) == ("L", "Hi-Vis Yellow") else 6)),
    P("wool-cycling-socks", "Wool Cycling Socks",
      "<p>Mid-height merino-blend socks with a ribbed arch.</p>",
      "Cadence", CAT_APPAREL, "Socks", "socks, merino",
      ["Size", "Pack"],
      [V(["S (EU 36-39)", "Single Pair"], "CC-SOCK-S-1", 14, "18.00"),
       V(["S (EU 36-39)", "3-Pack"], "CC-SOCK-S-3", 5, "45.00"),
       V(["M (EU 40-43)", "Single Pair"], "CC-SOCK-M-1", 20, "18.00"),
       V(["M (EU 40-43)", "3-Pack"], "CC-SOCK-M-3", 0, "45.00"),
       V(["L (EU 44-47)", "Single Pair"], "CC-SOCK-L-1", 11, "18.00"),
       V(["L (EU 44-47)", "3-Pack"], "CC-SOCK-L-3", 4, "45.00")]),
    P("carbon-road-shoes", "Carbon Road Cycling Shoes",
      "<p>Stiff carbon-soled road shoes with twin dials and a three-bolt cleat pattern.</p>"
      "<p>Cleats are sold separately.</p>",
      "Velotta", CAT_SHOES, "Shoes", "shoes, road, carbon",
      ["EU Size"],
      [V([str(s)], f"CC-SHOE-{s}", q, "229.00") for s, q in
       [(39, 2), (40, 3), (41, 0), (42, 5), (43, 4), (44, 0), (45, 2), (46, 1)]], images=2),
    P("road-cleat-set", "Road Cleat Set",
      "<p>Three-bolt road cleats with hardware.</p>",
      "Velotta", CAT_PARTS, "Pedals & Cleats", "cleats, road",
      ["Float"],
      [V(["Fixed (0°)"], "CC-CLT-0", 10, "24.00"), V(["6° Float"], "CC-CLT-6", 15, "24.00")]),
    P("all-season-clincher-tire", "All-Season Clincher Tire",
      "<p>A puncture-resistant road tire with a 120 TPI casing.</p>",
      "Rollwerk", CAT_PARTS, "Tires", "tire, road",
      ["Size"],
      [V(["700x25c"], "CC-ASC-25", 12, "54.00"), V(["700x28c"], "CC-ASC-28", 8, "56.00"),
       V(["700x32c"], "CC-ASC-32", 0, "58.00")]),
    P("ridgeback-gravel-tire", "Ridgeback Gravel Tire",
      "<p>A fast-rolling gravel tire with a file-tread centre and shoulder knobs.</p>",
      "Rollwerk", CAT_PARTS, "Tires", "tire, gravel",
      ["Width", "Sidewall"],
      [V(["700x38c", "Black"], "CC-RGT-38-BLK", 6, "62.00"), V(["700x38c", "Tan Wall"], "CC-RGT-38-TAN", 3, "62.00"),
       V(["700x40c", "Black"], "CC-RGT-40-BLK", 9, "64.00"), V(["700x40c", "Tan Wall"], "CC-RGT-40-TAN", 0, "64.00"),
       V(["700x45c", "Black"], "CC-RGT-45-BLK", 4, "66.00"), V(["700x45c", "Tan Wall"], "CC-RGT-45-TAN", 2, "66.00")]),
    P("butyl-inner-tube", "Butyl Inner Tube",
      "<p>A standard butyl tube.</p>",
      "Rollwerk", CAT_PARTS, "Tubes", "tube, spares",
      ["Size", "Valve"],
      [V(["700x23-28c", "Presta 48mm"], "CC-TUBE-R-P48", 40, "9.50"),
       V(["700x23-28c", "Presta 80mm"], "CC-TUBE-R-P80", 12, "11.00"),
       V(["700x28-35c", "Presta 48mm"], "CC-TUBE-W-P48", 25, "9.50"),
       V(["700x28-35c", "Schrader"], "CC-TUBE-W-SCH", 0, "9.50"),
       V(["29x2.1-2.4", "Presta 48mm"], "CC-TUBE-M-P48", 10, "12.50"),
       V(["29x2.1-2.4", "Schrader"], "CC-TUBE-M-SCH", 6, "12.50")]),
    P("dry-chain-lube", "Dry Chain Lube",
      "<p>A wax-based lube for dry, dusty conditions. 120&nbsp;ml drip bottle.</p>",
      "Cadence", CAT_PARTS, "Maintenance", "lube, maintenance",
      ["Title"], [V(["Default Title"], "CC-LUBE-DRY", 30, "14.00")]),
    P("wet-chain-lube", "Wet Chain Lube",
      "<p>A long-lasting lube for wet and winter riding.</p>",
      "Cadence", CAT_PARTS, "Maintenance", "lube, maintenance, winter",
      ["Volume"], [V(["120 ml"], "CC-LUBE-WET-120", 18, "15.00"), V(["500 ml"], "CC-LUBE-WET-500", 0, "38.00")]),
    P("beacon-front-light", "Beacon USB-C Front Light",
      "<p>A USB-C rechargeable front light with a cut-off beam and a handlebar strap mount.</p>",
      "Lumen Lab", CAT_ACC, "Lights", "light, front, usb-c",
      ["Output"],
      [V(["400 lumens"], "CC-BCN-400", 14, "49.00"), V(["800 lumens"], "CC-BCN-800", 6, "79.00"),
       V(["1200 lumens"], "CC-BCN-1200", 0, "119.00")], images=2),
    P("ember-rear-light", "Ember Rear Light",
      "<p>A bright red rear light with day-flash mode and a seatpost mount.</p>",
      "Lumen Lab", CAT_ACC, "Lights", "light, rear",
      ["Title"], [V(["Default Title"], "CC-EMB-REAR", 22, "35.00", "45.00")]),
    P("track-floor-pump", "Track Floor Pump",
      "<p>A steel-barrel floor pump with a 3-inch gauge, up to 160 psi, Presta and Schrader head.</p>",
      "Rollwerk", CAT_ACC, "Pumps", "pump, workshop",
      ["Title"], [V(["Default Title"], "CC-PUMP-FLOOR", 0, "69.00")]),
    P("pocket-mini-pump", "Pocket Mini Pump",
      "<p>A 90 g mini pump that fits a jersey pocket.</p>",
      "Rollwerk", CAT_ACC, "Pumps", "pump, spares",
      ["Color"], [V(["Black"], "CC-MINI-BLK", 13, "29.00"), V(["Silver"], "CC-MINI-SLV", 4, "29.00")]),
    P("16-in-1-multi-tool", "16-in-1 Multi-Tool",
      "<p>Hex keys 2&ndash;8&nbsp;mm, T25, a chain tool and spoke keys in one forged body.</p>",
      "Rollwerk", CAT_ACC, "Tools", "tool, spares",
      ["Title"], [V(["Default Title"], "CC-TOOL-16", 17, "34.00")]),
    P("insulated-water-bottle", "Insulated Water Bottle",
      "<p>A double-wall squeeze bottle that keeps drinks cool twice as long.</p>",
      "Cadence", CAT_ACC, "Bottles", "bottle, hydration",
      ["Size", "Color"],
      [V(["550 ml", "Clear"], "CC-BTL-550-CLR", 20, "16.00"), V(["550 ml", "Smoke"], "CC-BTL-550-SMK", 8, "16.00"),
       V(["550 ml", "Teal"], "CC-BTL-550-TEA", 0, "16.00"), V(["750 ml", "Clear"], "CC-BTL-750-CLR", 15, "19.00"),
       V(["750 ml", "Smoke"], "CC-BTL-750-SMK", 0, "19.00"), V(["750 ml", "Teal"], "CC-BTL-750-TEA", 6, "19.00")]),
    P("carbon-bottle-cage", "Carbon Bottle Cage",
      "<p>A 22 g carbon cage that holds bottles firmly on rough roads.</p>",
      "Velotta", CAT_ACC, "Bottle Cages", "cage, carbon, hydration",
      ["Finish"], [V(["Matte Black"], "CC-CAGE-BLK", 10, "42.00"), V(["Gloss White"], "CC-CAGE-WHT", 3, "42.00")]),
    P("roll-top-saddle-bag", "Roll-Top Saddle Bag",
      "<p>A waterproof roll-top bag that straps under the saddle.</p>",
      "Cadence", CAT_ACC, "Bags", "bag, saddle bag",
      ["Capacity"], [V(["0.6 L"], "CC-SBAG-06", 9, "32.00"), V(["1.2 L"], "CC-SBAG-12", 5, "39.00")]),
    P("frame-bag", "Frame Bag",
      "<p>A bikepacking frame bag with a full-length zip. Measure your front triangle before choosing.</p>",
      "Cadence", CAT_ACC, "Bags", "bag, bikepacking",
      ["Size"], [V(["Small"], "CC-FBAG-S", 4, "45.00"), V(["Medium"], "CC-FBAG-M", 0, "49.00"),
                 V(["Large"], "CC-FBAG-L", 3, "54.00")]),
    P("cork-handlebar-tape", "Cork Handlebar Tape",
      "<p>Cushioned cork tape with bar-end plugs and finishing tape.</p>",
      "Velotta", CAT_PARTS, "Handlebar Tape", "bar tape",
      ["Colour"], [V(["Black"], "CC-TAPE-BLK", 16, "26.00"), V(["White"], "CC-TAPE-WHT", 5, "26.00"),
                   V(["Tan"], "CC-TAPE-TAN", 0, "26.00"), V(["Orange"], "CC-TAPE-ORG", 2, "26.00")]),
    P("heavy-duty-u-lock", "Heavy Duty U-Lock",
      "<p>A 16 mm hardened steel shackle with a double-bolt mechanism. Comes with two keys.</p>",
      "Ironclad", CAT_ACC, "Locks", "lock, security",
      ["Size"], [V(["Mini 13 cm"], "CC-LOCK-MINI", 7, "64.00"), V(["Standard 23 cm"], "CC-LOCK-STD", 5, "74.00")]),
    P("waypoint-gps-computer", "Waypoint GPS Bike Computer",
      "<p>A 2.7-inch colour GPS computer with turn-by-turn navigation and an out-front mount.</p>",
      "Lumen Lab", CAT_ACC, "Computers", "gps, computer, navigation",
      ["Title"], [V(["Default Title"], "CC-GPS-WAY", 4, "249.00", "299.00")]),
    P("cadence-gift-card", "Cadence Gift Card",
      "<p>An e-gift card delivered by email. It never expires.</p>",
      "Cadence", CAT_GIFT, "Gift Card", "gift card",
      ["Denomination"],
      [V(["$25"], "CC-GIFT-25", 0, "25.00", tracked=False), V(["$50"], "CC-GIFT-50", 0, "50.00", tracked=False),
       V(["$100"], "CC-GIFT-100", 0, "100.00", tracked=False)]),
    # Not for sale: a draft, an archived product and one that is not published.
    P("titanium-gravel-frameset", "Titanium Gravel Frameset",
      "<p>A hand-welded titanium gravel frameset. Coming in spring.</p>",
      "Cadence", CAT_PARTS, "Frames", "frame, titanium, gravel",
      ["Size"], [V(["S"], "CC-TIFR-S", 2, "1899.00"), V(["M"], "CC-TIFR-M", 2, "1899.00"),
                 V(["L"], "CC-TIFR-L", 1, "1949.00")], status="draft", published=False),
    P("packable-rain-cape", "Packable Rain Cape",
      "<p>A retro rain cape that packs into its own pocket.</p>",
      "Cadence", CAT_APPAREL, "Jackets", "rain, jacket",
      ["Size"], [V(["One Size"], "CC-CAPE-OS", 8, "59.00")], status="archived", published=False),
    P("neoprene-overshoes", "Neoprene Overshoes",
      "<p>Thermal overshoes for winter riding.</p>",
      "Cadence", CAT_APPAREL, "Overshoes", "winter, overshoes",
      ["Size"], [V(["M"], "CC-OVR-M", 6, "48.00"), V(["L"], "CC-OVR-L", 5, "48.00")], published=False),
]

BY_SKU = {}
for _p in PRODUCTS:
    for _v in _p["variants"]:
        BY_SKU[_v["sku"]] = (_p, _v)

PRODUCT_COLUMNS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Variant Barcode",
    "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Google Shopping / Google Product Category", "Google Shopping / Gender", "Google Shopping / Age Group",
    "Google Shopping / MPN", "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status",
]


def product_rows():
    rows = []
    for p in PRODUCTS:
        img = lambda n: f"https://cdn.shopify.com/s/files/1/0612/4481/2207/products/{p['handle']}-{n}.jpg?v=1718300000"
        for i, v in enumerate(p["variants"]):
            r = {c: "" for c in PRODUCT_COLUMNS}
            r["Handle"] = p["handle"]
            if i == 0:
                r.update({
                    "Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"],
                    "Product Category": p["category"], "Type": p["type"], "Tags": p["tags"],
                    "Published": "true" if p["published"] else "false",
                    "Gift Card": "true" if p["type"] == "Gift Card" else "false",
                    "SEO Title": "", "SEO Description": "",
                    "Google Shopping / Condition": "new", "Google Shopping / Custom Product": "false",
                    "Image Src": img(1), "Image Position": "1", "Image Alt Text": p["title"],
                    "Status": p["status"],
                })
                for n, name in enumerate(p["options"], 1):
                    r[f"Option{n} Name"] = name
            for n, val in enumerate(v["opts"], 1):
                r[f"Option{n} Value"] = val
            gift = p["type"] == "Gift Card"
            r.update({
                "Variant SKU": v["sku"], "Variant Grams": str(v["grams"] or (0 if gift else RNG.randint(20, 900))),
                "Variant Inventory Tracker": "shopify" if v["tracked"] else "",
                "Variant Inventory Qty": str(v["qty"]) if v["tracked"] else "",
                "Variant Inventory Policy": v["policy"], "Variant Fulfillment Service": "manual",
                "Variant Price": v["price"], "Variant Compare At Price": v["compare"] or "",
                "Variant Requires Shipping": "false" if gift else "true", "Variant Taxable": "false" if gift else "true",
                "Variant Barcode": "" if gift else f"0{RNG.randint(10**10, 10**11 - 1)}",
                "Variant Weight Unit": "g" if not gift else "kg",
                "Cost per item": "" if gift else f"{float(v['price']) * 0.45:.2f}",
            })
            rows.append(r)
        for n in range(2, p["images"] + 1):  # image-only rows
            r = {c: "" for c in PRODUCT_COLUMNS}
            r.update({"Handle": p["handle"], "Image Src": img(n), "Image Position": str(n),
                      "Image Alt Text": f"{p['title']} view {n}"})
            rows.append(r)
    return rows


# --------------------------------------------------------------------------------------------------
# Customers and orders
# --------------------------------------------------------------------------------------------------

STATES = {"OR": ("Oregon", 0.0), "TX": ("Texas", 0.0625), "VT": ("Vermont", 0.06), "IL": ("Illinois", 0.0625),
          "WA": ("Washington", 0.065), "CO": ("Colorado", 0.029), "ON": ("Ontario", 0.13), "GA": ("Georgia", 0.04),
          "WI": ("Wisconsin", 0.05), "FL": ("Florida", 0.06), "CA": ("California", 0.0725),
          "MN": ("Minnesota", 0.06875), "PA": ("Pennsylvania", 0.06), "NY": ("New York", 0.04),
          "MA": ("Massachusetts", 0.0625), "NC": ("North Carolina", 0.0475)}

# id, first, last, email, address1, city, state, country, zip, phone, tags
CUSTOMERS = [
    ("6801234500011", "Priya", "Raman", "priya.raman@example.com", "418 SE Alder St", "Portland", "OR", "US", "97214", "+15035550111", "road"),
    ("6801234500012", "Marcus", "Oyelaran", "marcus.oyelaran@example.net", "77 Barton Springs Rd", "Austin", "TX", "US", "78704", "+15125550112", ""),
    ("6801234500013", "Elise", "Fontaine", "elise.fontaine@example.org", "12 Pearl St", "Burlington", "VT", "US", "05401", "+18025550113", "VIP"),
    ("6801234500014", "Tomasz", "Wierzbicki", "tomasz.w@example.com", "2301 N Clark St", "Chicago", "IL", "US", "60614", "+13125550114", ""),
    ("6801234500015", "Hana", "Kobayashi", "hana.kobayashi@example.com", "3920 Fremont Ave N", "Seattle", "WA", "US", "98103", "+12065550115", "VIP, gravel"),
    ("6801234500016", "Diego", "Alvarez", "diego.alvarez@example.net", "3300 Larimer St", "Denver", "CO", "US", "80205", "+17205550116", ""),
    ("6801234500017", "Aoife", "Brennan", "aoife.brennan@example.com", "45 Spadina Ave", "Toronto", "ON", "CA", "M5V 2T6", "+14165550117", ""),
    ("6801234500018", "Samuel", "Osei", "samuel.osei@example.com", "880 Peachtree St NE", "Atlanta", "GA", "US", "30308", "+14045550118", ""),
    ("6801234500019", "Lena", "Hoffmann", "lena.hoffmann@example.org", "14 W Mifflin St", "Madison", "WI", "US", "53703", "+16085550119", "wholesale-no"),
    ("6801234500020", "Rafael", "Costa", "rafael.costa@example.com", "1100 Brickell Bay Dr", "Miami", "FL", "US", "33130", "+13055550120", ""),
    ("6801234500021", "Grace", "Whitfield", "grace.whitfield@example.com", "1650 Pearl St", "Boulder", "CO", "US", "80302", "+13035550121", "club"),
    ("6801234500022", "Noah", "Castellano", "noah.castellano@example.net", "3015 University Ave", "San Diego", "CA", "US", "92104", "+16195550122", ""),
    ("6801234500023", "Ingrid", "Solberg", "ingrid.solberg@example.com", "2800 Hennepin Ave", "Minneapolis", "MN", "US", "55408", "+16125550123", ""),
    ("6801234500024", "Kwabena", "Mensah", "kwabena.mensah@example.org", "3401 Walnut St", "Philadelphia", "PA", "US", "19104", "+12155550124", ""),
    ("6801234500025", "Yuki", "Tanaka-Reed", "yuki.tr@example.com", "210 7th Ave", "Brooklyn", "NY", "US", "11215", "+17185550125", "newsletter"),
]
CUST_BY_EMAIL = {c[3]: c for c in CUSTOMERS}

# Guests: email, first, last, address1, city, state, zip, phone
GUESTS = {
    "wren.holloway@example.com": ("Wren", "Holloway", "55 Commonwealth Ave", "Boston", "MA", "02116", "+16175550131"),
    "felix.marchetti@example.org": ("Felix", "Marchetti", "901 Glenwood Ave", "Raleigh", "NC", "27605", "+19195550132"),
}

STD = "USPS Ground Advantage"
EXP = "UPS 2nd Day Air"
CAN = "Canada Post Expedited Parcel"

# name, email, created, [(sku, qty)], method, financial, fulfillment, fulfilled_at, cancelled_at, refunded,
# note, discount (code, amount)
ORDERS = [
    ("#1001", "marcus.oyelaran@example.net", "2024-08-02 09:14:05 -0500", [("CC-AERO-M-BLK", 1)], STD, "paid", "fulfilled", "2024-08-03 11:20:00 -0500", "", "0.00", "", None),
    ("#1002", "samuel.osei@example.com", "2024-08-05 18:40:12 -0400", [("CC-PTJ-L-CORA", 1), ("CC-SOCK-M-1", 2)], STD, "paid", "fulfilled", "2024-08-06 10:02:00 -0400", "", "0.00", "", None),
    ("#1003", "priya.raman@example.com", "2024-08-09 07:55:41 -0700", [("CC-BIB-M", 1), ("CC-GLV-M", 1)], EXP, "paid", "fulfilled", "2024-08-09 15:30:00 -0700", "", "0.00", "", None),
    ("#1004", "grace.whitfield@example.com", "2024-08-12 12:01:09 -0600", [("CC-RGT-40-BLK", 2)], STD, "paid", "fulfilled", "2024-08-13 09:45:00 -0600", "", "0.00", "", None),
    ("#1005", "elise.fontaine@example.org", "2024-08-15 20:12:33 -0400", [("CC-SHOE-42", 1)], STD, "refunded", "restocked", "2024-08-16 10:10:00 -0400", "", "=total", "Returned: too narrow.", None),
    ("#1006", "lena.hoffmann@example.org", "2024-08-19 06:48:00 -0500", [("CC-BCN-800", 1), ("CC-EMB-REAR", 1)], STD, "paid", "fulfilled", "2024-08-19 14:00:00 -0500", "", "0.00", "", None),
    ("#1007", "tomasz.w@example.com", "2024-08-22 22:31:17 -0500", [("CC-TOOL-16", 1), ("CC-TUBE-R-P48", 3)], STD, "paid", "fulfilled", "2024-08-23 12:00:00 -0500", "", "0.00", "", None),
    ("#1008", "wren.holloway@example.com", "2024-08-26 13:05:50 -0400", [("CC-COMM-SM-GRY", 1)], STD, "paid", "fulfilled", "2024-08-27 09:30:00 -0400", "", "0.00", "Gift - please no invoice in the box.", None),
    ("#1009", "hana.kobayashi@example.com", "2024-09-01 10:10:10 -0700", [("CC-RGT-45-TAN", 2), ("CC-TUBE-W-P48", 2)], STD, "paid", "fulfilled", "2024-09-02 11:11:00 -0700", "", "0.00", "", None),
    ("#1010", "rafael.costa@example.com", "2024-09-04 16:44:02 -0400", [("CC-GPS-WAY", 1)], EXP, "voided", "unfulfilled", "", "2024-09-04 18:02:44 -0400", "0.00", "", None),
    ("#1011", "diego.alvarez@example.net", "2024-09-07 08:20:19 -0600", [("CC-THJ-L", 1), ("CC-MBL-L", 1)], STD, "refunded", "restocked", "2024-09-08 10:00:00 -0600", "", "=total", "Exchange requested then refunded.", None),
    ("#1012", "aoife.brennan@example.com", "2024-09-10 11:37:45 -0400", [("CC-LOCK-STD", 1)], CAN, "paid", "fulfilled", "2024-09-11 09:00:00 -0400", "", "0.00", "", None),
    ("#1013", "noah.castellano@example.net", "2024-09-14 19:22:36 -0700", [("CC-BTL-750-CLR", 2), ("CC-CAGE-BLK", 2)], STD, "paid", "fulfilled", "2024-09-16 10:30:00 -0700", "", "0.00", "", None),
    ("#1014", "priya.raman@example.com", "2024-09-18 09:03:27 -0700", [("CC-PTJ-M-NAVY", 1), ("CC-MIT-M-BLAC", 1)], STD, "partially_refunded", "fulfilled", "2024-09-19 10:00:00 -0700", "", "28.00", "Mitts returned unused.", None),
    ("#1015", "ingrid.solberg@example.com", "2024-09-21 14:14:14 -0500", [("CC-SBAG-12", 1), ("CC-MINI-BLK", 1)], STD, "paid", "fulfilled", "2024-09-23 09:15:00 -0500", "", "0.00", "", None),
    ("#1016", "hana.kobayashi@example.com", "2024-09-25 07:30:00 -0700", [("CC-FBAG-L", 1)], STD, "paid", "fulfilled", "2024-09-26 10:00:00 -0700", "", "0.00", "", None),
    ("#1017", "kwabena.mensah@example.org", "2024-09-28 12:45:30 -0400", [("CC-SHOE-44", 1), ("CC-CLT-6", 1)], EXP, "paid", "partial", "2024-09-30 09:00:00 -0400", "", "0.00", "Shoes backordered at supplier.", None),
    ("#1018", "grace.whitfield@example.com", "2024-10-02 17:05:12 -0600", [("CC-TAPE-ORG", 1), ("CC-LUBE-DRY", 2)], STD, "paid", "fulfilled", "2024-10-03 08:40:00 -0600", "", "0.00", "", None),
    ("#1019", "marcus.oyelaran@example.net", "2024-10-06 21:10:44 -0500", [("CC-THJ-M", 1)], STD, "voided", "unfulfilled", "", "2024-10-07 08:12:00 -0500", "0.00", "Customer cancelled: ordered wrong size.", None),
    ("#1020", "samuel.osei@example.com", "2024-10-09 10:55:03 -0400", [("CC-ASC-28", 2)], STD, "pending", "unfulfilled", "", "", "0.00", "", None),
    ("#1021", "felix.marchetti@example.org", "2024-10-12 15:20:20 -0400", [("CC-GIFT-50", 1), ("CC-MIT-S-BLAC", 1)], STD, "paid", "fulfilled", "2024-10-13 09:00:00 -0400", "", "0.00", "", None),
    ("#1022", "elise.fontaine@example.org", "2024-10-15 08:08:08 -0400", [("CC-AERO-S-RED", 1), ("CC-PTJ-S-CORA", 1)], EXP, "paid", "partial", "2024-10-16 13:00:00 -0400", "", "0.00", "", None),
    ("#1023", "tomasz.w@example.com", "2024-10-18 19:19:19 -0500", [("CC-BCN-400", 1), ("CC-LUBE-WET-120", 1)], STD, "paid", "unfulfilled", "", "", "0.00", "", None),
    ("#1024", "tomasz.w@example.com", "2024-10-20 07:07:07 -0500", [("CC-BIB-L", 1)], STD, "paid", "unfulfilled", "", "", "0.00", "Backorder OK.", None),
    ("#1025", "lena.hoffmann@example.org", "2024-10-23 13:31:00 -0500", [("CC-PTJ-XL-NAVY", 1), ("CC-BIB-XL", 1)], EXP, "partially_refunded", "fulfilled", "2024-10-24 09:00:00 -0500", "", "95.00", "Jersey returned.", ("CLUB10", "23.50")),
    ("#1026", "ingrid.solberg@example.com", "2024-10-27 09:45:12 -0500", [("CC-GLV-S", 1)], STD, "paid", "fulfilled", "2024-10-28 11:00:00 -0500", "", "0.00", "", None),
    ("#1027", "priya.raman@example.com", "2024-10-30 18:18:18 -0700", [("CC-SHOE-40", 1), ("CC-CLT-0", 1)], EXP, "paid", "unfulfilled", "", "", "0.00", "", None),
    ("#1028", "noah.castellano@example.net", "2024-11-02 10:00:01 -0700", [("CC-ASC-25", 2), ("CC-TUBE-R-P80", 2)], STD, "paid", "fulfilled", "2024-11-04 09:00:00 -0700", "", "0.00", "", None),
    ("#1029", "wren.holloway@example.com", "2024-11-05 12:12:12 -0500", [("CC-MBL-S", 1)], STD, "refunded", "unfulfilled", "", "2024-11-05 15:00:00 -0500", "=total", "Cancelled at customer request.", None),
    ("#1030", "hana.kobayashi@example.com", "2024-11-08 08:30:45 -0800", [("CC-GPS-WAY", 1), ("CC-CAGE-WHT", 1)], EXP, "paid", "fulfilled", "2024-11-08 15:45:00 -0800", "", "0.00", "", None),
]

ORDER_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency",
    "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References",
]


def item_name(p, v):
    if v["opts"] == ["Default Title"]:
        return p["title"]
    return f"{p['title']} - {' / '.join(v['opts'])}"


def money(x):
    return f"{x:.2f}"


def order_facts():
    """Computed per order: subtotal, shipping, taxes, total, items (name, qty, price), person."""
    out = {}
    for (name, email, created, lines, method, fin, ful, ful_at, canc, refunded, note, disc) in ORDERS:
        if email in CUST_BY_EMAIL:
            c = CUST_BY_EMAIL[email]
            first, last, addr, city, state, country, zip_, phone = c[1], c[2], c[4], c[5], c[6], c[7], c[8], c[9]
        else:
            first, last, addr, city, state, zip_, phone = GUESTS[email]
            country = "US"
        items = []
        for sku, q in lines:
            p, v = BY_SKU[sku]
            items.append((item_name(p, v), q, float(v["price"]), sku, p, v))
        subtotal = sum(q * pr for _, q, pr, *_ in items)
        discount = float(disc[1]) if disc else 0.0
        sub_after = subtotal - discount
        shipping = {STD: 0.0 if subtotal >= 75 else 6.95, EXP: 14.95, CAN: 19.95}[method]
        tax = round(sub_after * STATES[state][1], 2)
        total = round(sub_after + shipping + tax, 2)
        out[name] = dict(name=name, email=email, created=created, items=items, method=method, fin=fin, ful=ful,
                         ful_at=ful_at, canc=canc, refunded=refunded, note=note, disc=disc, subtotal=subtotal,
                         shipping=shipping, tax=tax, total=total, first=first, last=last, addr=addr, city=city,
                         state=state, country=country, zip=zip_, phone=phone)
    for o in out.values():
        if o["fin"] == "refunded":
            o["refunded"] = money(o["total"])
    return out


OF = order_facts()


def order_rows():
    rows = []
    for n, o in enumerate(OF.values()):
        st_name, rate = STATES[o["state"]]
        for i, (iname, q, pr, sku, p, v) in enumerate(o["items"]):
            r = {c: "" for c in ORDER_COLUMNS}
            if o["ful"] == "fulfilled" or (o["ful"] == "partial" and i > 0) or o["ful"] == "restocked":
                lstat = "fulfilled"
            else:
                lstat = "pending"
            r.update({"Name": o["name"], "Email": o["email"], "Created at": o["created"], "Lineitem quantity": str(q),
                      "Lineitem name": iname, "Lineitem price": money(pr), "Lineitem compare at price": v["compare"] or "",
                      "Lineitem sku": sku, "Lineitem requires shipping": "false" if p["type"] == "Gift Card" else "true",
                      "Lineitem taxable": "true", "Lineitem fulfillment status": lstat, "Vendor": p["vendor"],
                      "Lineitem discount": "0.00"})
            if i == 0:
                name = f"{o['first']} {o['last']}"
                z = o["zip"] if o["country"] != "US" else "'" + o["zip"]
                r.update({
                    "Financial Status": o["fin"],
                    "Paid at": "" if o["fin"] in ("pending", "voided") else o["created"],
                    "Fulfillment Status": o["ful"], "Fulfilled at": o["ful_at"],
                    "Accepts Marketing": "yes" if n % 3 else "no", "Currency": "USD",
                    "Subtotal": money(o["subtotal"] - (float(o["disc"][1]) if o["disc"] else 0)),
                    "Shipping": money(o["shipping"]), "Taxes": money(o["tax"]), "Total": money(o["total"]),
                    "Discount Code": o["disc"][0] if o["disc"] else "",
                    "Discount Amount": o["disc"][1] if o["disc"] else "0.00",
                    "Shipping Method": o["method"],
                    "Billing Name": name, "Billing Street": o["addr"], "Billing Address1": o["addr"],
                    "Billing City": o["city"], "Billing Zip": z, "Billing Province": o["state"],
                    "Billing Country": o["country"], "Billing Phone": o["phone"],
                    "Shipping Name": name, "Shipping Street": o["addr"], "Shipping Address1": o["addr"],
                    "Shipping City": o["city"], "Shipping Zip": z, "Shipping Province": o["state"],
                    "Shipping Country": o["country"], "Shipping Phone": o["phone"],
                    "Notes": o["note"], "Cancelled at": o["canc"], "Payment Method": "Shopify Payments",
                    "Payment Reference": f"c{RNG.randint(10**20, 10**21)}", "Refunded Amount": o["refunded"],
                    "Outstanding Balance": money(o["total"]) if o["fin"] == "pending" else "0.00",
                    "Id": str(5901000000000 + 1337 * n), "Risk Level": "Low", "Source": "web",
                    "Tax 1 Name": f"{o['state']} Tax {rate * 100:g}%", "Tax 1 Value": money(o["tax"]),
                    "Billing Province Name": st_name, "Shipping Province Name": st_name,
                })
                r["Payment ID"] = r["Payment Reference"]
                r["Payment References"] = r["Payment Reference"]
            rows.append(r)
    return rows


CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
    "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]


def customer_rows():
    rows = []
    for (cid, first, last, email, addr, city, state, country, zip_, phone, tags) in CUSTOMERS:
        mine = [o for o in OF.values() if o["email"] == email and o["fin"] != "voided"]
        spent = sum(o["total"] - float(o["refunded"]) for o in mine)
        rows.append({
            "Customer ID": "'" + cid, "First Name": first, "Last Name": last, "Email": email,
            "Accepts Email Marketing": "yes" if int(cid) % 2 else "no", "Default Address Company": "",
            "Default Address Address1": addr, "Default Address Address2": "", "Default Address City": city,
            "Default Address Province Code": state, "Default Address Country Code": country,
            "Default Address Zip": ("'" + zip_) if country == "US" else zip_, "Default Address Phone": "'" + phone,
            "Phone": "'" + phone, "Accepts SMS Marketing": "no", "Total Spent": money(spent),
            "Total Orders": str(len([o for o in OF.values() if o["email"] == email])), "Note": "", "Tax Exempt": "no",
            "Tags": tags,
        })
    return rows


def write_csv(path, columns, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------

SHIPPING_MD = """# Shipping

We ship from our workshop in Portland, Oregon, to the United States and Canada.

## Rates and delivery times

| Method | Price | Delivery time |
|---|---|---|
| USPS Ground Advantage | $6.95, free on orders of $75 or more | 3-6 business days |
| UPS 2nd Day Air | $14.95 | 2 business days |
| Canada Post Expedited Parcel (Canada only) | $19.95 | 5-9 business days |

Orders placed before 1 pm Pacific time on a business day leave the same day. Orders placed later, or on
a weekend, leave the next business day.

## Tracking

When your order ships we email a tracking link from the carrier. USPS Ground Advantage parcels are
tracked with USPS, UPS 2nd Day Air parcels with UPS and Canadian orders with Canada Post.

## Where we do not ship

We do not ship outside the United States and Canada, and UPS 2nd Day Air cannot deliver to PO boxes.
Canadian orders may owe import duties and taxes on delivery; these are paid by the recipient.

## Gift cards

Gift cards are emailed within one hour of purchase and are never shipped.
"""

RETURNS_MD = """# Returns and refunds

## Return window

You can return unused items within **30 days** of delivery for a refund to the original payment method.
Items must be unworn, with tags attached, in the original packaging.

## What cannot be returned

- Bib shorts and base layers that have been worn, for hygiene reasons.
- Helmets that have been worn outside or involved in any impact.
- Gift cards.

## Return shipping

Return shipping is free on exchanges. For refunds a return label costs $7.50, which is taken off your
refund. If an item arrived faulty or we sent the wrong item, the return is free.

## Refund timing

Once your return reaches us we inspect it within 2 business days, and the refund reaches your card within
5-7 business days after that.

## Sale items

Items bought at a reduced (sale) price can be returned within 14 days for store credit only.

## Crash replacement

If your helmet is damaged in a crash within one year of purchase, we will sell you the same model at
40% off. Email us a photo of the damaged helmet and your order number.
"""

SIZE_GUIDE_HTML = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Size guide - Cadence Cycle Supply</title>
</head>
<body>
<nav><a href="/">Home</a> <a href="/collections/all">Shop</a></nav>
<main>
<h1>Size guide</h1>
<p>All measurements are body measurements, not garment measurements. Measure over light clothing.</p>

<h2>Helmets</h2>
<p>Measure your head circumference about 1 cm above your eyebrows, all the way round.</p>
<h3>Aero Road Helmet</h3>
<table>
<tr><th>Size</th><th>Head circumference (cm)</th><th>Head circumference (in)</th></tr>
<tr><td>Small</td><td>51-54 cm</td><td>20.1-21.3 in</td></tr>
<tr><td>Medium</td><td>55-58 cm</td><td>21.7-22.8 in</td></tr>
<tr><td>Large</td><td>59-62 cm</td><td>23.2-24.4 in</td></tr>
</table>
<h3>Commuter MIPS Helmet</h3>
<table>
<tr><th>Size</th><th>Head circumference (cm)</th></tr>
<tr><td>S/M</td><td>52-57 cm</td></tr>
<tr><td>L/XL</td><td>58-63 cm</td></tr>
</table>
<h3>Youth Trail Helmet</h3>
<table>
<tr><th>Size</th><th>Head circumference (cm)</th><th>Typical age</th></tr>
<tr><td>Youth XS</td><td>46-50 cm</td><td>3-6 years</td></tr>
<tr><td>Youth S</td><td>50-54 cm</td><td>6-12 years</td></tr>
</table>

<h2>Jerseys and base layers</h2>
<p>Measure your chest at its fullest point, under the arms. The Pro Team Short Sleeve Jersey is a race
cut and runs small: if you are between two sizes, choose the larger one.</p>
<table>
<tr><th>Size</th><th>Chest (cm)</th><th>Chest (in)</th></tr>
<tr><td>XS</td><td>81-86</td><td>32-34</td></tr>
<tr><td>S</td><td>87-92</td><td>34-36</td></tr>
<tr><td>M</td><td>93-98</td><td>37-39</td></tr>
<tr><td>L</td><td>99-104</td><td>39-41</td></tr>
<tr><td>XL</td><td>105-110</td><td>41-43</td></tr>
<tr><td>XXL</td><td>111-117</td><td>44-46</td></tr>
</table>

<h2>Bib shorts</h2>
<p>Measure your natural waist, just above the belly button.</p>
<table>
<tr><th>Size</th><th>Waist (cm)</th><th>Inseam fits height (cm)</th></tr>
<tr><td>S</td><td>71-76</td><td>165-172</td></tr>
<tr><td>M</td><td>77-82</td><td>172-179</td></tr>
<tr><td>L</td><td>83-88</td><td>178-185</td></tr>
<tr><td>XL</td><td>89-95</td><td>183-190</td></tr>
<tr><td>XXL</td><td>96-102</td><td>186-194</td></tr>
</table>

<h2>Gloves and mitts</h2>
<p>Measure around your palm at the knuckles, without the thumb.</p>
<table>
<tr><th>Size</th><th>Hand circumference (cm)</th></tr>
<tr><td>S</td><td>17-19</td></tr>
<tr><td>M</td><td>19.5-21</td></tr>
<tr><td>L</td><td>21.5-23</td></tr>
<tr><td>XL</td><td>23.5-25</td></tr>
</table>

<h2>Cycling shoes</h2>
<p>Stand on a sheet of paper and measure from your heel to the tip of your longest toe. Cycling shoes
should be snug: do not size up for thick socks.</p>
<table>
<tr><th>EU size</th><th>Foot length (mm)</th></tr>
<tr><td>39</td><td>243-248</td></tr>
<tr><td>40</td><td>249-255</td></tr>
<tr><td>41</td><td>256-261</td></tr>
<tr><td>42</td><td>262-268</td></tr>
<tr><td>43</td><td>269-274</td></tr>
<tr><td>44</td><td>275-281</td></tr>
<tr><td>45</td><td>282-287</td></tr>
<tr><td>46</td><td>288-294</td></tr>
</table>

<h2>Socks</h2>
<p>Wool Cycling Socks come in S (EU 36-39), M (EU 40-43) and L (EU 44-47): pick the size that covers
your shoe size.</p>
</main>
<footer>Cadence Cycle Supply, Portland OR</footer>
</body>
</html>
"""

CARE_MD = """# Care instructions

## Jerseys and bib shorts

Turn inside out and machine wash cold (30 °C / 86 °F) on a gentle cycle, with the zips closed. Do not use
fabric softener: it clogs the fabric and the chamois. Hang to dry; never tumble dry or iron the printed
panels.

## Merino

Wash the Merino Base Layer and the Wool Cycling Socks on a wool cycle at 30 °C with a wool detergent, and
dry flat in the shade.

## Helmets

Clean the shell and the pads with mild soap and lukewarm water. Never use solvents, and do not leave a helmet
in a hot car. Replace a helmet after any impact, or every 5 years.

## Chains

Wipe the chain clean, then apply one drop of lube to each roller. Re-apply Dry Chain Lube every 150 km,
or Wet Chain Lube every 300 km or after riding in the rain. Wipe off the excess after 5 minutes.

## Tires

Check tire pressure before every ride and look for cuts in the tread once a week.
"""

FAQ_HTML = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>FAQ - Cadence Cycle Supply</title></head>
<body>
<main>
<h1>Frequently asked questions</h1>

<h2>Do you have a physical shop?</h2>
<p>Our workshop at 1220 SE Division St, Portland, is open for click-and-collect, Tuesday to Saturday,
10 am to 6 pm. Choose "Local pickup" at checkout.</p>

<h2>What warranty do lights and GPS computers have?</h2>
<p>Beacon and Ember lights and the Waypoint GPS Bike Computer have a 2-year warranty against defects.
Batteries are covered for 1 year.</p>

<h2>Do gift cards expire?</h2>
<p>No. Cadence gift cards never expire and can be used on anything in the shop, in several orders.</p>

<h2>Can I change or cancel my order?</h2>
<p>We can change or cancel an order until it ships. Reply to your confirmation email or ask our team as
soon as possible; orders usually leave within a business day.</p>

<h2>Which tire width should I choose?</h2>
<p>Check your frame's maximum tire clearance first. For mostly paved roads choose 700x28c; for mixed
gravel and rough roads choose 700x40c or wider.</p>

<h2>Which valve length do I need?</h2>
<p>Choose Presta 48mm for rims up to 35 mm deep and Presta 80mm for deep rims from 35 mm up to 60 mm.</p>

<h2>Do you offer a discount for clubs?</h2>
<p>Registered cycling clubs get 10% off with a club code. Ask your club secretary for it.</p>

<h2>Which payment methods do you accept?</h2>
<p>Visa, Mastercard, American Express, Apple Pay, Google Pay and Shop Pay. We do not accept cheques.</p>
</main>
</body>
</html>
"""

SOURCES_YAML = """# Cadence Cycle Supply: Shopify's exports as downloaded, unchanged, with the shopify preset.
shop: Cadence Cycle Supply
currency: USD
sources:
  - {kind: catalog, preset: shopify, path: store/products_export.csv}
  - {kind: customers, preset: shopify, path: store/customers_export.csv}
  - {kind: orders, preset: shopify, path: store/orders_export.csv}
  - {kind: documents, paths: ["store/pages/*.md", "store/pages/*.html"]}
"""


def write_store():
    PAGES.mkdir(parents=True, exist_ok=True)
    write_csv(STORE / "products_export.csv", PRODUCT_COLUMNS, product_rows())
    write_csv(STORE / "customers_export.csv", CUSTOMER_COLUMNS, customer_rows())
    write_csv(STORE / "orders_export.csv", ORDER_COLUMNS, order_rows())
    (PAGES / "shipping.md").write_text(SHIPPING_MD, encoding="utf-8")
    (PAGES / "returns.md").write_text(RETURNS_MD, encoding="utf-8")
    (PAGES / "size-guide.html").write_text(SIZE_GUIDE_HTML, encoding="utf-8")
    (PAGES / "care.md").write_text(CARE_MD, encoding="utf-8")
    (PAGES / "faq.html").write_text(FAQ_HTML, encoding="utf-8")
    (HERE / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")


if __name__ == "__main__":
    write_store()
    from cases import build_cases  # noqa: E402  (evals/holdout_shop/cases.py)

    suite = {
        "name": "holdout_shop",
        "description": "Held-out cycling shop (Cadence Cycle Supply) in Shopify's own CSV exports, Markdown and "
                       "saved HTML pages. Written without reading copilot's code or tests; facts come from the data.",
        "sources": "holdout_shop/sources.yaml",
        "gate": {"min": {"pass_rate": 0.9}, "max_leaks": 0},
        "cases": build_cases(),
    }
    SUITE.write_text("# Generated by evals/holdout_shop/generate.py (store) and cases.py (cases). Held out.\n"
                     + yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"wrote {len(suite['cases'])} cases")
