"""Everything that is not a bottle of fragrance: samples, sets, refills, body, home, accessories,
services and gift cards. variants: (option values, regular, sale or None, stock) with stock as in
data_fragrance, plus "untracked" (stock not managed)."""

OWN = ["Haar", "Calton Hill", "Heather & Smoke", "Dean Village", "Amber Close", "Firth", "Bramble Tea",
       "Old Town Oud", "Neroli Noon", "Rose Street", "Vetiver Mile", "Orris Noir", "Thistle",
       "Midnight Tablet", "Pinewood Bothy"]
SAMPLE_STOCK = [40, 35, 22, 18, 31, 26, 29, 12, 17, 20, 14, 0, 16, 25, 0]

SETS = {
    "Signature Ten (10 x 2 ml)": (38, 14, OWN[:10]),
    "Woods & Smoke (5 x 2 ml)": (22, 9, ["Heather & Smoke", "Old Town Oud", "Vetiver Mile", "Pinewood Bothy", "Haar"]),
    "Florals (5 x 2 ml)": (22, 0, ["Calton Hill", "Rose Street", "Orris Noir", "Dean Village", "Neroli Noon"]),
}
VOUCHER_MONTHS = 6
COFFRET = ["Haar", "Calton Hill", "Amber Close", "Bramble Tea", "Midnight Tablet"]
CANDLE_BURN = {"Classic (220 g)": 45, "Grand (600 g)": 110}
DIFFUSER_MONTHS = 4
LOTION_INCI = ("Aqua (Water), Glycerin, Prunus Amygdalus Dulcis (Sweet Almond) Oil, Butyrospermum Parkii "
               "(Shea) Butter, Cetearyl Alcohol, Parfum (Fragrance), Glyceryl Stearate, Tocopherol, "
               "Phenoxyethanol, Ethylhexylglycerin, Limonene, Linalool")
GIFT_CARD_MONTHS = 24
ENGRAVE_CHARS = 20
ENGRAVE_DAYS = 2

OTHER = [
    dict(key="sample", sku="AS-SAMPLE", name="Sample Vial 2 ml", cat="Discovery & Samples",
         tags="samples, try before you buy", attrs=["Fragrance"], ship="fragrance-alcohol",
         short="Any of our fragrances in a 2 ml glass spray vial.",
         desc="<p>Try before you commit: a 2 ml glass spray vial of any Atelier Sillage fragrance, in "
              "Eau de Parfum (Haar, Firth, Thistle, Vetiver Mile and Neroli Noon come in their Eau de "
              "Toilette).</p>\n<p>About 20 sprays: enough to wear a fragrance for a few days and see how it "
              "develops on your skin.</p>",
         variants=[((n,), 6.00 if n == "Old Town Oud" else 4.50, None, s) for n, s in zip(OWN, SAMPLE_STOCK)]),
    dict(key="disco", sku="AS-DISCO", name="Discovery Set", cat="Discovery & Samples",
         tags="discovery, samples, gift", attrs=["Set"], ship="fragrance-alcohol",
         short="Our fragrances in 2 ml vials, with a voucher for the price of the set.",
         desc="SETS", variants=[((k,), v[0], None, v[1]) for k, v in SETS.items()]),
    dict(key="trio", sku="AS-TRIO", name="Build Your Own Sample Trio", cat="Discovery & Samples",
         tags="samples", attrs=[], ship="fragrance-alcohol", short="Any three 2 ml samples.",
         desc="<p>Choose any three of our fragrances as 2 ml spray samples. Tell us which three in the "
              "order notes at checkout; if you don't, we'll pick our three bestsellers.</p>",
         variants=[((), 12, None, "untracked")]),
    dict(key="coffret", sku="AS-COFFRET", name="Miniature Coffret 5 x 5 ml", cat="Discovery & Samples, Gifts",
         tags="gift, miniatures, christmas", attrs=[], ship="fragrance-alcohol",
         short="Five of our Eaux de Parfum in 5 ml miniatures.",
         desc="COFFRET", variants=[((), 65, 55, 18)]),
    dict(key="giftset", sku="AS-HAAR-SET", name="Haar Gift Set", cat="Gifts",
         tags="gift, haar, christmas", attrs=[], ship="fragrance-alcohol", short="Haar Eau de Parfum 50 ml with Haar Body Lotion 200 ml.",
         desc="<p>Haar Eau de Parfum 50 ml and Haar Body Lotion 200 ml in our dove-grey gift box with "
              "ribbon.</p>", variants=[((), 125, 112, 7)]),
    dict(key="refill", sku="AS-REFILL", name="Eau de Parfum Refill 200 ml", cat="Fragrance > Refills",
         tags="refill, eco", attrs=["Fragrance"], ship="fragrance-alcohol",
         short="Refill your bottle and save the glass.",
         desc="<p>A 200 ml aluminium refill of our Eau de Parfum. Decant it into your Atelier Sillage bottle "
              "with our decanting funnel: our 50 ml and 100 ml bottles have unscrewable necks (every bottle "
              "made since 2021).</p>\n<p>Refills are made for five of our fragrances.</p>",
         variants=[(("Haar",), 165, None, 4), (("Calton Hill",), 170, None, 2), (("Amber Close",), 175, None, "bo"),
                   (("Heather & Smoke",), 172, None, 3), (("Bramble Tea",), 165, None, 0)]),
    dict(key="lotion", sku="AS-LOTION", name="Body Lotion 200 ml", cat="Bath & Body",
         tags="body, lotion", attrs=["Scent"], ship="", short="A light, fast-absorbing body lotion.",
         desc="LOTION", variants=[((n,), 38, None, s) for n, s in
                                 [("Haar", 11), ("Calton Hill", 8), ("Amber Close", 13), ("Rose Street", 0), ("Bramble Tea", 6)]]),
    dict(key="shower", sku="AS-SHOWER", name="Shower Gel 250 ml", cat="Bath & Body",
         tags="body, shower", attrs=["Scent"], ship="", short="A gentle, softly foaming shower gel.",
         desc="<p>A gentle shower gel with aloe vera, scented with our fragrances. 250 ml, in a recycled "
              "PET bottle.</p>",
         variants=[((n,), 26, None, s) for n, s in [("Haar", 9), ("Amber Close", 7), ("Neroli Noon", 12), ("Thistle", 4)]]),
    dict(key="hand", sku="AS-HAND", name="Hand Cream 75 ml", cat="Bath & Body",
         tags="body, hands", attrs=["Scent"], ship="", short="Rich hand cream with shea butter.",
         desc="<p>A rich, non-greasy hand cream with shea butter and glycerin. 75 ml aluminium tube.</p>",
         sale_window=("2026-11-27 0:00:00", "2026-11-30 23:59:59"),
         variants=[((n,), 19, 15, s) for n, s in [("Calton Hill", 14), ("Rose Street", 9), ("Neroli Noon", 11), ("Bramble Tea", 5)]]),
    dict(key="oil", sku="AS-OIL", name="Fragranced Body Oil 100 ml", cat="Bath & Body",
         tags="body, oil", attrs=["Scent"], ship="", short="Dry body oil for skin and hair.",
         desc="<p>A dry oil of camellia and jojoba that sinks in quickly, lightly scented. Use on skin or "
              "the ends of your hair.</p>",
         variants=[(("Amber Close",), 48, None, 6), (("Dean Village",), 48, None, 0)]),
    dict(key="candle", sku="AS-CANDLE", name="Scented Candle", cat="Home Fragrance",
         tags="candle, home", attrs=["Scent", "Size"], ship="", short="Rapeseed and coconut wax candle in a smoked-glass vessel.",
         desc="CANDLE",
         variants=[(("Heather & Smoke", "Classic (220 g)"), 42, None, 12), (("Heather & Smoke", "Grand (600 g)"), 88, None, 4),
                   (("Pinewood Bothy", "Classic (220 g)"), 42, None, 15), (("Pinewood Bothy", "Grand (600 g)"), 88, None, 0),
                   (("Amber Close", "Classic (220 g)"), 42, None, 9), (("Amber Close", "Grand (600 g)"), 88, None, 3),
                   (("Bramble Tea", "Classic (220 g)"), 42, None, 7), (("Bramble Tea", "Grand (600 g)"), 88, 74, 5)]),
    dict(key="diffuser", sku="AS-DIFFUSER", name="Reed Diffuser 200 ml", cat="Home Fragrance",
         tags="diffuser, home", attrs=["Scent"], ship="fragrance-alcohol", short="Rattan reeds and 200 ml of fragrance.",
         desc="<p>200 ml of room fragrance in a ribbed glass bottle with eight black rattan reeds. Lasts "
              "about %d months in an average room.</p>" % DIFFUSER_MONTHS,
         variants=[((n,), 58, None, s) for n, s in [("Heather & Smoke", 6), ("Pinewood Bothy", 5), ("Amber Close", 8)]]),
    dict(key="roomspray", sku="AS-ROOMSPRAY", name="Room Spray 100 ml", cat="Home Fragrance",
         tags="room spray, home", attrs=["Scent"], ship="fragrance-alcohol", short="A quick burst of fragrance for any room.",
         desc="<p>Two or three sprays into the middle of the room, away from fabrics and polished wood.</p>",
         variants=[((n,), 32, None, s) for n, s in [("Pinewood Bothy", 10), ("Bramble Tea", 8), ("Neroli Noon", 6)]]),
    dict(key="linen", sku="AS-LINEN", name="Linen & Pillow Mist 100 ml", cat="Home Fragrance",
         tags="linen, pillow, home", attrs=["Scent"], ship="fragrance-alcohol", short="For sheets, pillows and towels.",
         desc="<p>Mist lightly over sheets and pillows from about 30 cm.</p>",
         variants=[(("Dean Village",), 28, None, 9), (("Neroli Noon",), 28, None, 7)]),
    dict(key="liners", sku="AS-LINERS", name="Scented Drawer Liners (6 sheets)", cat="Home Fragrance",
         tags="drawer liners, home, gift", attrs=["Scent"], ship="", short="Six scented paper liners.",
         desc="<p>Six sheets of scented, block-printed paper (42 x 59 cm) to line drawers and cupboards.</p>",
         variants=[(("Rose Street",), 24, None, 10), (("Orris Noir",), 24, None, 6)]),
    dict(key="solid", sku="AS-SOLID-HAAR", name="Haar Solid Perfume", cat="Fragrance > Solid Perfume",
         tags="solid perfume, travel, alcohol-free", attrs=[], ship="", short="Haar in an 8 g brass tin, alcohol-free.",
         desc="<p>Haar as a balm in a refillable 8 g brass tin: alcohol-free, so it travels anywhere, hand "
              "luggage included. Made with candelilla wax and jojoba oil.</p>", variants=[((), 30, None, 16)]),
    dict(key="hairmist", sku="AS-HAIRMIST-CALTON", name="Calton Hill Hair Mist 50 ml", cat="Bath & Body",
         tags="hair, mist", attrs=[], ship="fragrance-alcohol", short="Calton Hill, lighter, for your hair.",
         desc="<p>A light veil of Calton Hill for your hair, with a low-alcohol base and argan oil.</p>",
         variants=[((), 42, None, 8)]),
    dict(key="atomiser", sku="AS-ATOMISER", name="Refillable Travel Atomiser 8 ml", cat="Accessories",
         tags="travel, atomiser", attrs=["Colour"], ship="", short="Fill it from your bottle in seconds.",
         desc="<p>Pump-fill from the base of your bottle. 8 ml, about 80 sprays, aluminium shell, glass "
              "inner.</p>",
         variants=[((c,), 18, None, s) for c, s in [("Gold", 14), ("Silver", 11), ("Black", 9), ("Rose Gold", 0)]]),
    dict(key="case", sku="AS-CASE", name="Leather Travel Case", cat="Accessories",
         tags="leather, travel", attrs=["Colour"], ship="", short="Full-grain leather case for a 50 ml bottle.",
         desc="<p>Hand-stitched in Edinburgh from full-grain vegetable-tanned leather, lined in wool felt. "
              "Fits any of our 50 ml bottles.</p>",
         variants=[(("Tan",), 45, None, 6), (("Black",), 45, None, 4)]),
    dict(key="crystal", sku="AS-CRYSTAL", name="Cut Crystal Perfume Atomiser 50 ml", cat="Accessories",
         tags="crystal, vintage, gift", attrs=[], ship="", short="Vintage-style cut crystal with a silk-tasselled bulb.",
         desc="<p>A vintage-style cut crystal bottle with a silk-tasselled squeeze bulb. Hand wash only.</p>",
         variants=[((), 65, None, 2)]),
    dict(key="funnel", sku="AS-FUNNEL", name="Decanting Funnel Kit", cat="Accessories",
         tags="refill, funnel", attrs=[], ship="", short="A stainless funnel and pipette for refills.",
         desc="<p>A small stainless-steel funnel, a glass pipette and a neck key to unscrew our bottles.</p>",
         variants=[((), 8, None, 30)]),
    dict(key="bespoke", sku="AS-BESPOKE", name="Bespoke Fragrance Consultation", cat="Services",
         tags="bespoke, consultation, experience", attrs=["Format"], ship="", virtual=True,
         short="Create your own fragrance with our perfumers.",
         purchase_note="Thank you! We'll email you within one working day to arrange your appointment.",
         desc="BESPOKE",
         variants=[(("Atelier consultation, 90 min (50 ml extrait)",), 350, None, "untracked"),
                   (("Atelier half-day experience (100 ml extrait)",), 595, None, "untracked"),
                   (("Online consultation, 60 min (30 ml extrait)",), 220, None, "untracked")]),
    dict(key="giftwrap", sku="AS-GIFTWRAP", name="Gift Wrapping", cat="Gifts", tags="gift wrap", attrs=[],
         ship="", visibility="hidden", short="Wrapped by hand, with a handwritten card.",
         desc="<p>We wrap each item by hand in dove-grey paper with a silk ribbon and add a handwritten card "
              "(write your message in the order notes). Priced per item.</p>", variants=[((), 4.50, None, "untracked")]),
    dict(key="engrave", sku="AS-ENGRAVE", name="Bottle Engraving", cat="Services", tags="engraving, personalised",
         attrs=[], ship="", short="Up to %d characters on the bottle." % ENGRAVE_CHARS,
         desc="<p>Add a name, initials or a date to the front of a 50 ml or 100 ml bottle, up to %d "
              "characters. Adds %d working days before dispatch. Engraved bottles can't be returned.</p>"
              % (ENGRAVE_CHARS, ENGRAVE_DAYS), variants=[((), 12, None, "untracked")]),
    dict(key="giftcard", sku=None, name="Atelier Sillage Gift Card", cat="Gifts > Gift Cards",
         tags="gift card, gift", attrs=["Amount"], ship="", virtual=True,
         short="Emailed to you or straight to them.",
         desc="<p>Our e-gift card is emailed with your message on the day you choose. It can be spent online "
              "and in the Atelier, on anything including bespoke consultations, and is valid for %d months "
              "from purchase.</p>" % GIFT_CARD_MONTHS,
         variants=[(("\u00a3%d" % a,), a, None, "untracked") for a in (25, 50, 75, 100, 150)]),
]

PRIVATE = dict(key="tester", sku="AS-TESTER", name="Atelier Staff Tester 100 ml", price=45,
               desc="<p>Internal: testers for the shop floor and events. Not for sale.</p>")
