"""The shop's terms as data: every number the pages print and the suite expects comes from here."""

SHOP = "Thistle & Brim Hatters"
DOMAIN = "thistleandbrim.co.uk"
EMAIL = "hello@thistleandbrim.co.uk"
PHONE = "0131 496 0725"
ADDRESS = "14 Victoria Street, Edinburgh EH1 2HG"
FOUNDED = 2014
WORKSHOP = "Leith"

SUPPORT_HOURS = [("Monday to Friday", "9am to 5pm"), ("Saturday", "10am to 4pm"),
                 ("Sunday and bank holidays", "closed")]
SHOP_HOURS = [("Monday to Saturday", "10am to 6pm"), ("Sunday", "12 noon to 5pm")]
REPLY_TIME = "1 working day"

FREE_THRESHOLD = 75.00
CUTOFF = "2pm"

RATES = {
    "uk48": {"zone": "UK mainland", "service": "Royal Mail Tracked 48", "cost": 3.95,
             "days": "2-3 working days", "carrier": "royal-mail"},
    "uk24": {"zone": "UK mainland", "service": "Royal Mail Tracked 24", "cost": 5.95,
             "days": "1-2 working days", "carrier": "royal-mail"},
    "dpd": {"zone": "UK mainland", "service": "DPD Next Day", "cost": 8.50,
            "days": "next working day", "carrier": "dpd"},
    "remote": {"zone": "Scottish Highlands & Islands, Northern Ireland, Isle of Man and Channel Islands",
               "service": "Royal Mail Tracked 48", "cost": 6.95, "days": "3-5 working days",
               "carrier": "royal-mail"},
    "eu": {"zone": "Europe (EU countries, Norway and Switzerland)", "service": "DPD Classic",
           "cost": 12.50, "days": "5-8 working days", "carrier": "dpd"},
    "world": {"zone": "Rest of the world (including the USA, Canada and Australia)",
              "service": "Parcelforce Worldwide", "cost": 18.00, "days": "7-14 working days",
              "carrier": "parcelforce"},
}
PICKUP_READY = "2 working hours"

# what the order export's shipping_method column says for each service
METHOD_TITLES = {
    "uk48": "Royal Mail Tracked 48",
    "uk48free": "Free UK delivery (Royal Mail Tracked 48)",
    "uk24": "Royal Mail Tracked 24",
    "dpd": "DPD Next Day",
    "remote": "Highlands, Islands & Northern Ireland (Royal Mail Tracked 48)",
    "eu": "Europe (DPD Classic)",
    "world": "International (Parcelforce Worldwide)",
    "pickup": "Local pickup (Victoria Street shop)",
}
CARRIER_NAMES = {"royal-mail": "Royal Mail", "dpd": "DPD", "parcelforce": "Parcelforce"}
METHOD_IDS = {"uk48": ("flat_rate", 3), "uk48free": ("free_shipping", 2), "uk24": ("flat_rate", 4),
              "dpd": ("flat_rate", 5), "remote": ("flat_rate", 7), "eu": ("flat_rate", 9),
              "world": ("flat_rate", 11), "pickup": ("local_pickup", 6)}

RETURN_DAYS = 30
REFUND_DAYS = "5 working days"
BANK_DAYS = "3 to 5 working days"
NON_RETURNABLE = ["Hats personalised with embossed initials", "Hats stretched or resized at your request",
                  "Gift cards", "Opened Felt Hat Protector Spray"]
INITIALS_PRICE = 10.00
INITIALS_DAYS = "2 working days"

WARRANTY_HATS_MONTHS = 12
WARRANTY_ACCESSORIES_MONTHS = 6
CLAIM_REPLY = "2 working days"
WARRANTY_EXCLUSIONS = ["everyday wear, including sweat marks on the sweatband",
                       "water damage to straw and panama hats",
                       "crushed crowns (except on our crushable and packable hats)",
                       "heat damage from radiators, hairdryers or a car's parcel shelf",
                       "alterations made by anyone other than us", "lost or stolen hats"]

SIZES = [  # letter, head cm, UK hat size, US hat size
    ("S", "55-56 cm", "6 3/4 - 6 7/8", "6 7/8 - 7"),
    ("M", "57-58 cm", "7 - 7 1/8", "7 1/8 - 7 1/4"),
    ("L", "59-60 cm", "7 1/4 - 7 3/8", "7 3/8 - 7 1/2"),
    ("XL", "61-62 cm", "7 1/2 - 7 5/8", "7 5/8 - 7 3/4"),
]
KIDS_SIZES = [("1-3 years", "48-50 cm"), ("2-4 years", "50-52 cm"), ("5-8 years", "52-54 cm"),
              ("9-12 years", "54-56 cm")]
TAPE_ABOVE = "1 cm above your eyebrows and ears"

PAYMENT_METHODS = ["Visa", "Mastercard", "American Express", "PayPal", "Apple Pay", "Google Pay"]
GIFT_CARD_MONTHS = 24
NOT_SOLD = "baseball caps, cowboy hats or wedding fascinators"

PLANTED_CODE = "THISTLE70"
PLANTED_PERCENT = "70%"
