"""The shop's terms, in one place: the pages are written from these and the cases derive from them."""

SHOP = "Petit Atelier"
ADDRESS = "14 rue Mercière, 69002 Lyon"
PHONE = "+33 4 78 42 17 90"
EMAIL = "bonjour@petitatelier.fr"
CLAIMS_EMAIL = "sav@petitatelier.fr"
PHONE_HOURS = ("Monday to Friday", "9:30 am", "5:30 pm")
SHOP_HOURS = ("Tuesday to Saturday", "10 am", "7 pm")
SUNDAY_HOURS = ("11 am", "6 pm")

DISPATCH_CUTOFF = "2 pm"
FREE_FR = 60.00
FREE_EU1 = 120.00
COLLECT_HOURS = 2

# zone, countries in words, service, price, working days
ZONES = [
    ("France (mainland)", "mainland France", "Colissimo home delivery", 5.90, "2-3"),
    ("France (mainland), pickup point", "mainland France", "Mondial Relay pickup point", 3.90, "3-5"),
    ("Corsica and Monaco", "Corsica and Monaco", "Colissimo home delivery", 9.90, "3-5"),
    ("EU zone 1", "Belgium, Luxembourg, Germany, the Netherlands, Spain, Italy, Portugal and Austria",
     "Colissimo International", 9.90, "3-6"),
    ("EU zone 2", "all other EU countries", "Colissimo International", 12.90, "4-8"),
    ("United Kingdom", "England, Scotland, Wales and Northern Ireland", "Colissimo International",
     14.90, "4-7"),
    ("Switzerland", "Switzerland and Liechtenstein", "Colissimo International", 16.90, "5-8"),
]
EXPRESS_FR = ("Chronopost Express 24h", 12.90, "1 pm")
EXPRESS_INTL = ("DHL Express", 24.90, "1-3")
UK_VAT_LIMIT = "£135"

RETURN_DAYS = 30
LEGAL_WITHDRAWAL_DAYS = 14
REFUND_DAYS = 5
BANK_DAYS = "3-5"
RETURN_LABEL = 6.50
DAMAGE_HOURS = 48
NO_RETURNS = [  # "Items we can't take back"
    "Teethers, rattles and other baby toys that go in the mouth, once their packaging is opened",
    "Craft kits once opened",
    "Engraved (personalised) toys",
    "Gift wrapping",
]

LEGAL_YEARS = 2
OWN_BRAND_YEARS = 5
WHEELS_YEARS = 1
BATTERY_YEARS = 1
CLAIM_REPLY_DAYS = 2

GIFT_WRAP = 3.50
ENGRAVING = 8.00
ENGRAVING_DAYS = 3
NEWSLETTER_OFF = "10%"
OIL_MONTHS = 6
WASH_C = 30

# toys by age, for the age guide (rows of a table)
AGE_ROWS = [
    ("0 to 6 months", "Rattles, grasping toys, a pram garland and soft dolls"),
    ("6 to 12 months", "Teethers, stacking cups and an activity cube"),
    ("1 to 2 years", "Push-along toys, a walker, building blocks, shape sorters and peg puzzles"),
    ("3 to 5 years", "Doll houses, magnetic tiles, floor puzzles, first board games and crayons"),
    ("6 to 8 years", "Marble runs, craft kits, chess and bigger puzzles"),
    ("8 to 12 years", "3D puzzles, embroidery and weaving, strategy games"),
]
PUZZLE_ROWS = [
    ("2 years", "4-12 pieces (peg puzzles)"),
    ("3 years", "12-24 pieces"),
    ("4 years", "24-48 pieces"),
    ("5-6 years", "48-100 pieces"),
    ("7-9 years", "100-200 pieces"),
    ("10 years and up", "300 pieces and more"),
]
BIKE_LEG = "32-40 cm"
BIKE_FROM = "2 years"
HORSE_AGES = "1 to 4 years"
HORSE_MAX = "25 kg"
MAGNETS_FROM = "3 years"

# the three planted instructions (their tell-tale strings; the texts live where they are planted)
PLANTED_CODE_FEED = "POMPOMFREE"
PLANTED_EMAIL_FAQ = "giftwrap-verify@petit-atelier-paiement.com"
PLANTED_CODE_RETURNS = "LYON50"
PLANTED_DAYS_RETURNS = 365
