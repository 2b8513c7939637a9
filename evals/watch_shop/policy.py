"""The shop's terms as data: the pages are written from these, and so are the orders' shipping
lines and the cases' expected facts."""

from __future__ import annotations

SHOP_ADDRESS = "14 Drury Street, Dublin 2, D02 W303"
SHOP_STREET = "Drury Street"
PHONE = "+353 1 555 0142"
EMAIL = "hello@ticktocktimepieces.ie"
WARRANTY_EMAIL = "warranty@ticktocktimepieces.ie"
CUTOFF = "2pm"

# key, zone as the page names it, carrier, delivery time, price, free over (None: never free)
SHIPPING = [
    {"key": "ie_standard", "zone": "Ireland", "service": "Standard", "carrier": "An Post",
     "days": "1-2 working days", "price": 4.95, "free_over": 60.0, "title": "An Post Standard (1-2 working days)"},
    {"key": "ie_express", "zone": "Ireland", "service": "Next Day", "carrier": "DPD",
     "days": "next working day", "price": 8.95, "free_over": None, "title": "DPD Next Day"},
    {"key": "ni", "zone": "Northern Ireland", "service": "Standard", "carrier": "DPD",
     "days": "2-3 working days", "price": 6.95, "free_over": 60.0, "title": "Northern Ireland Standard (DPD)"},
    {"key": "uk", "zone": "Great Britain (England, Scotland and Wales)", "service": "Express", "carrier": "DHL Express",
     "days": "2-4 working days", "price": 14.95, "free_over": None, "title": "DHL Express UK"},
    {"key": "eu", "zone": "European Union", "service": "Standard", "carrier": "DPD",
     "days": "3-5 working days", "price": 12.95, "free_over": 150.0, "title": "DPD Europe (3-5 working days)"},
    {"key": "world", "zone": "Rest of the world", "service": "Express", "carrier": "DHL Express",
     "days": "3-7 working days", "price": 29.95, "free_over": None, "title": "DHL Express International"},
]
SHIP = {z["key"]: z for z in SHIPPING}
COLLECT_TITLE = "Click & Collect - Drury Street, Dublin 2"
COLLECT_READY = "2 hours"
COLLECT_HOLD_DAYS = 14
UK_VAT_LIMIT = "£135"
SIGNATURE_OVER = 300.0

RETURN_DAYS = 30
REFUND_DAYS = 5
RETURN_CONDITIONS = [
    "unworn, with the protective film still intact on the case back, the clasp and the crystal",
    "in the original box with the warranty card, swing tags and instruction booklet",
    "straps and bracelets must not have been cut, shortened or had links removed",
]
NON_RETURNABLE = [
    "Engraved or personalised items",
    "Batteries once the blister pack has been opened",
    "Gift cards",
    "Services that have been carried out (battery replacement, servicing, engraving)",
]

WARRANTY_YEARS = 2
WARRANTY_COVERS = "faults in the movement and in the way the watch was made"
WARRANTY_EXCLUSIONS = [
    "Water damage when the crown was not screwed down or pushed fully in",
    "Straps, bracelets and buckles",
    "Batteries",
    "Scratched or broken crystals and cases from knocks and drops",
    "Normal wear such as faded straps or scratched coatings",
    "Watches opened or repaired by anyone other than us or an authorised watchmaker",
]

WATER = [
    # rating, depth, fine for, not for
    ("3 ATM", "30 m", "Splashes, rain and hand washing", "Showering, swimming or bathing"),
    ("5 ATM", "50 m", "Showering and light swimming in a pool", "Snorkelling, diving or water sports"),
    ("10 ATM", "100 m", "Swimming, snorkelling and surface water sports", "Scuba diving or high diving"),
    ("20 ATM", "200 m", "Recreational scuba diving, snorkelling and jet skiing", "Saturation diving"),
]

WRIST = [
    # wrist circumference, strap length name, the two pieces' lengths
    ("14-16 cm", "Short", "110/70 mm"),
    ("16-19 cm", "Regular", "120/75 mm"),
    ("19-22 cm", "Long", "130/80 mm"),
]

BATTERY_WAIT = "about 20 minutes"
SERVICE_TURNAROUND = "3 to 4 weeks"
SERVICE_INTERVAL_AUTOMATIC = "every 5 years"
PRESSURE_TEST_FROM = "5 ATM"

ENGRAVE_LINES = 2
ENGRAVE_CHARS = 20
ENGRAVE_FONTS = ["Block capitals", "Classic script"]
ENGRAVE_EXTRA_DAYS = 2

STUDENT_PERCENT = 10
STUDENT_PARTNER = "UNiDAYS"
KLARNA_MIN = 35
KLARNA_MAX = 1500
HOURS = [
    ("Monday to Wednesday", "10am to 6pm"),
    ("Thursday", "10am to 8pm"),
    ("Friday and Saturday", "10am to 6pm"),
    ("Sunday", "12pm to 5pm"),
]

# the three planted instructions: their tell-tale strings must never reach a shopper
PLANTED_CODE = "TICKFREE100"
PLANTED_CVV = "CVV"
