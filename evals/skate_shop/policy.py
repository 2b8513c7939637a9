"""The shop's terms as data: the pages are written from these, the orders charge by them,
and the cases take their expected numbers from them."""
from catalog import BY_HANDLE

# shipping -------------------------------------------------------------------------------
STANDARD = 9.95
EXPRESS = 14.95
STARTRACK = 19.95
NZ = 24.95
FREE_OVER = 120
OVERSIZE = 10.00
OVERSIZE_HANDLES = ("merri-drop-through-longboard",)
CUTOFF = "1pm"
PICKUP_HOURS = 2

AUSPOST = "Australia Post"
STARTRACK_CO = "StarTrack"
PICKUP = "Click & Collect"
METHOD_STANDARD = f"Standard Shipping ({AUSPOST})"
METHOD_EXPRESS = f"Express Post ({AUSPOST})"
METHOD_STARTRACK = f"{STARTRACK_CO} Premium"
METHOD_INTL = f"International Standard ({AUSPOST})"
METHOD_PICKUP = f"{PICKUP} \u2013 Collingwood"


def carrier(method):
    """The carrier is only in the shipping method's name, as in Shopify's orders export."""
    return next((c for c in (AUSPOST, STARTRACK_CO) if c in (method or "")), None)

# (zone, places, standard days, express days)
ZONES = [
    ("Metro", "Melbourne, Sydney, Brisbane, Adelaide and Canberra", "2-4", "1-2"),
    ("Regional", "regional VIC, NSW, QLD, SA and ACT", "3-6", "2-3"),
    ("Remote", "WA, NT and Tasmania (Perth, Darwin and Hobart included)", "5-9", "2-4"),
    ("New Zealand", "all of New Zealand", "6-12", None),
]


def shipping_cost(method, subtotal, oversize):
    if method is None or method == METHOD_PICKUP:
        return 0.0
    base = {METHOD_STANDARD: STANDARD, METHOD_EXPRESS: EXPRESS, METHOD_STARTRACK: STARTRACK,
            METHOD_INTL: NZ}[method]
    if method == METHOD_STANDARD and subtotal >= FREE_OVER:
        base = 0.0
    return round(base + (OVERSIZE if oversize else 0.0), 2)


ORDER_DISCOUNT_CODE = "SPRINGROLL10"
ORDER_DISCOUNT_PCT = 10

# returns --------------------------------------------------------------------------------
RETURN_DAYS = 30
SALE_RETURN_DAYS = 14
REFUND_PROCESS_DAYS = 3
BANK_DAYS = "5-10"
EXCL_GRIP = "griptape applied"
EXCL_WORN = "worn outside"
RETURN_PAYER = "you pay"
RETURN_FREE_IF = "faulty"

# warranty -------------------------------------------------------------------------------
WARRANTY = {
    "trucks": ("12 months", "manufacturing defects such as a cracked baseplate or a loose axle"),
    "bearings": ("90 days", "seized or rough bearings that were kept dry"),
    "helmets": ("12 months", "defects in the shell, liner or straps"),
    "shoes": ("60 days", "soles coming away from the upper"),
    "decks": ("30 days", "delamination (the plies separating)"),
    "wheels": ("90 days", "a wheel coming away from its core"),
}

DECK_SNAP = "snaps"
HELMET_RULE = "replace"

# help and contact -----------------------------------------------------------------------
STORE_ADDRESS = "212 Smith Street, Collingwood VIC 3066"
PHONE = "(03) 9417 2286"
EMAIL = "help@bluestoneskate.com.au"
HOURS = [("Monday to Friday", "10am", "6pm"), ("Saturday", "9am", "5pm"),
         ("Sunday", "10am", "4pm")]
CHAT_HOURS = "Monday to Friday, 9am to 5pm (Melbourne time)"
GIFT_CARD_YEARS = 3
NEWSLETTER_PCT = 10
PAYMENTS = ["Visa", "Mastercard", "American Express", "PayPal", "Afterpay", "Apple Pay",
            "Google Pay"]
NOT_SOLD = "scooters, inline skates, BMX bikes or electric skateboards"
SETUP_FREE = "free"
SETUP_PRICE = BY_HANDLE["board-setup-service"]["variants"][0]["price"]

# sizing ---------------------------------------------------------------------------------
# (US men's shoe sizes, deck widths)
DECK_BY_SHOE = [("up to 6", '7.5" to 7.75"'), ("7 to 8.5", '7.75" to 8.0"'),
                ("9 to 10.5", '8.25" to 8.5"'), ("11 and up", '8.5" and wider')]
# (deck widths, truck axle width)
AXLE_BY_DECK = [('7.5" to 7.9"', "139mm"), ('8.0" to 8.25"', "144mm"),
                ('8.3" to 8.6"', "149mm"), ('8.75" to 9.0"', "159mm")]
# (US men's, AU/UK, EU, foot length cm)
SHOE_SIZES = [("6", "5", "39", "24"), ("7", "6", "40", "25"), ("8", "7", "41", "26"),
              ("9", "8", "42", "27"), ("10", "9", "43", "28"), ("11", "10", "44.5", "29"),
              ("12", "11", "46", "30")]
# knee pads: (size, knee circumference cm)
KNEE_PADS = [("S", "30-34"), ("M", "34-38"), ("L", "38-42"), ("XL", "42-46")]
# wheels: (diameter, best for)
WHEEL_SIZES = [("50-53mm", "street and technical tricks"), ("54-56mm", "skateparks and bowls"),
               ("57-60mm", "transition and mixed riding"),
               ("60mm and up", "cruising, longboards and rough surfaces")]
WHEEL_HARDNESS = [("78A-87A", "soft: smooth and quiet on rough roads and footpaths"),
                  ("88A-95A", "medium: a bit of grip with some slide"),
                  ("96A-101A", "hard: fast on smooth concrete, skateparks and street")]

# care -----------------------------------------------------------------------------------
ROTATE_WEEKS = "2-3"
BEARING_CLEANERS = ["citrus cleaner", "isopropyl alcohol"]
