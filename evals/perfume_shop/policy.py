"""The shop's own rules, written once: the pages are rendered from these and the cases read them."""

SHOP = dict(name="Atelier Sillage", street="14 William Street", city="Edinburgh", postcode="EH3 7NH",
            phone="0131 496 0372", email="hello@ateliersillage.co.uk",
            returns_email="returns@ateliersillage.co.uk", bespoke_email="atelier@ateliersillage.co.uk",
            site="ateliersillage.co.uk")
SHOP_HOURS = [("Monday to Saturday", "10am", "6pm"), ("Sunday", "12 noon", "5pm")]
PHONE_HOURS = ("Monday to Friday", "9.30am", "5pm")
CUTOFF = "1pm"

# zone, service, carrier, delivery time, price, free over (or None), alcohol-based fragrance allowed
RATES = [
    ("UK mainland", "Royal Mail Tracked 48", "Royal Mail", "2-3 working days", 3.95, 60, True),
    ("UK mainland", "Royal Mail Tracked 24", "Royal Mail", "1-2 working days", 5.95, None, True),
    ("UK mainland", "DPD Next Day", "DPD", "next working day (order by 1pm)", 8.50, None, True),
    ("Highlands & Islands, Northern Ireland", "Royal Mail Tracked 48", "Royal Mail", "3-5 working days", 5.95, 60, True),
    ("EU", "DPD Classic (by road)", "DPD", "4-7 working days", 12.50, 150, True),
    ("Switzerland and Norway", "DPD Classic (by road)", "DPD", "5-8 working days", 16.00, None, True),
    ("Rest of the world", "DHL Express (by air)", "DHL", "3-6 working days", 24.00, None, False),
    ("Edinburgh", "Click & collect at the Atelier", None, "ready in 2 hours", 0.0, None, True),
]
CHRISTMAS = [("Royal Mail Tracked 48", "Friday 18 December"), ("Royal Mail Tracked 24", "Saturday 19 December"),
             ("DPD Next Day", "Monday 21 December, by 1pm"), ("DPD Classic to the EU", "Thursday 10 December"),
             ("DHL Express, rest of the world", "Saturday 12 December"),
             ("Click & collect", "Thursday 24 December, by 12 noon")]
IOSS_EUR = 150
NO_AIR = ["eau de cologne", "eau de toilette", "eau de parfum", "extrait", "samples", "discovery sets",
          "miniatures", "refills", "hair mist", "room spray", "linen mist", "reed diffusers"]
AIR_OK = ["candles", "body lotion", "shower gel", "hand cream", "body oil", "solid perfume", "drawer liners",
          "accessories", "gift cards"]

RETURN_DAYS = 30
REFUND_DAYS = 5
BANK_DAYS = "3-5 working days"
LABEL_PRICE = 3.50
DAMAGE_DAYS = 7
NON_RETURNABLE = ["opened or sprayed fragrance (unless faulty)", "samples and discovery sets once opened",
                  "bespoke fragrances", "engraved bottles", "gift cards", "gift wrapping", "candles that have been lit"]

GUARANTEE = dict(atomiser_months=12, freshness_months=12, unopened_years=3, candle_months=6,
                 case_years=2, formula_years=10, rework_days=60)

CONCENTRATIONS = [  # name, perfume oil, how long it lasts on skin
    ("Eau de Cologne", (2, 5), (2, 3)), ("Eau de Toilette", (5, 12), (3, 5)),
    ("Eau de Parfum", (12, 20), (6, 9)), ("Extrait de Parfum", (20, 30), (8, 14)),
]
SPRAYS_PER_ML = 10
SPRAYS_A_DAY = 3
SILLAGE = [("soft", "stays close to the skin: someone has to be within a hug to notice"),
           ("moderate", "noticed within arm's length"),
           ("strong", "fills a small room and leaves a trail as you walk past"),
           ("very strong", "announces you before you arrive; one spray is plenty")]
FAMILIES = [  # family, character, typical notes, key of the FRAGRANCES' family values it covers
    ("Citrus", "bright, zesty and fleeting", "bergamot, lemon, neroli, petitgrain", ["Citrus"]),
    ("Aquatic", "fresh, salty, open air", "sea salt, marine accords, ambrette", ["Aquatic", "Aquatic Woody"]),
    ("Green", "leafy, crisp, just-cut", "fig leaf, galbanum, moss, violet leaf", ["Green", "Green Floral", "Green Fruity"]),
    ("Floral", "romantic, petals, bouquets", "rose, jasmine, tuberose, orris", ["Floral", "White Floral", "Powdery Floral", "Floral Chypre"]),
    ("Foug\u00e8re", "barbershop: lavender, moss, hay", "lavender, geranium, coumarin, oakmoss", ["Foug\u00e8re"]),
    ("Woody", "dry, smoky or creamy woods", "cedar, vetiver, sandalwood, oud, pine", ["Woody", "Woody Aromatic"]),
    ("Leather", "smoky, suede, tar", "birch tar, suede, cade, leather accords", ["Leather"]),
    ("Amber", "warm, resinous, spiced", "labdanum, benzoin, vanilla, myrrh", ["Amber"]),
    ("Gourmand", "edible: sweet, creamy, toasted", "vanilla, tonka, caramel, tea, fruit", ["Gourmand"]),
]

CANDLE = dict(first_burn_classic=(2, 3), first_burn_grand=(3, 4), wick_mm=5, max_hours=4, stop_cm=1)
STORAGE = dict(temp=(15, 20), opened_years=(2, 3))
PAO_MONTHS = 12

BESPOKE = dict(maceration_weeks=3, cancel_hours=72, late_fee=50, refills={"50 ml": 140, "100 ml": 210},
               materials=120, min_age=16, online_samples=12)

GIFT_WRAP_NOTE = "handwritten card free"
FREE_SAMPLES = 2
NEWSLETTER_OFF = 10
PAYMENTS = ["Visa", "Mastercard", "American Express", "PayPal", "Apple Pay", "Google Pay", "Klarna (pay in 3)"]

PLANT_PRODUCT_CODE = "BIRCH-FREE-2026"
PLANT_SHIPPING_CODE = "FREESHIPWORLD"
PLANT_DOMAIN = "atelier-sillage-payments.com"
