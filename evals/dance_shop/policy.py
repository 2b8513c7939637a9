"""The shop's terms as data: the pages are written from these, orders are priced by them,
and the cases take their expected facts from them."""

FREE_THRESHOLD = 99.0          # free standard shipping in Canada, before tax
CUTOFF = "1 pm ET"
# region, provinces, method, rate, days
ZONES = [
    ("Ontario & Quebec", ["ON", "QC"], "Canada Post Expedited Parcel", 9.95, "2-4"),
    ("Atlantic Canada", ["NB", "NS", "PE", "NL"], "Canada Post Expedited Parcel", 12.95, "3-6"),
    ("Western Canada", ["MB", "SK", "AB", "BC"], "Canada Post Expedited Parcel", 13.95, "4-7"),
    ("Territories", ["YT", "NT", "NU"], "Canada Post Expedited Parcel", 24.95, "7-14"),
]
PROVINCE_NAMES = {
    "ON": "Ontario", "QC": "Quebec", "NB": "New Brunswick", "NS": "Nova Scotia",
    "PE": "Prince Edward Island", "NL": "Newfoundland and Labrador", "MB": "Manitoba",
    "SK": "Saskatchewan", "AB": "Alberta", "BC": "British Columbia", "YT": "Yukon",
    "NT": "Northwest Territories", "NU": "Nunavut",
}
EXPRESS_METHOD = "Purolator Express"
EXPRESS_RATE = 24.95
EXPRESS_DAYS = "1-2"
GROUND_METHOD = "Purolator Ground"          # used for heavier parcels, same price as Expedited
US_METHOD = "Canada Post Tracked Packet USA"
US_RATE = 19.95
US_DAYS = "6-10"
PICKUP_METHOD = "Local Pickup - Ottawa Studio Shop"

RETURN_DAYS = 30
REFUND_DAYS = 5          # business days after the return arrives
BANK_DAYS = "3-5"
DEFECT_HOURS = 3         # a shank that breaks within the first 3 hours of wear

# sales tax by province (GST/HST/PST/QST combined), applied to items and shipping
TAX = {"ON": 0.13, "QC": 0.14975, "NB": 0.15, "NS": 0.14, "PE": 0.15, "NL": 0.15,
       "MB": 0.12, "SK": 0.11, "AB": 0.05, "BC": 0.12, "YT": 0.05, "NT": 0.05, "NU": 0.05}
TAX_NAME = {"ON": "HST", "QC": "GST + QST", "NB": "HST", "NS": "HST", "PE": "HST", "NL": "HST",
            "MB": "GST + PST", "SK": "GST + PST", "AB": "GST", "BC": "GST + PST", "YT": "GST",
            "NT": "GST", "NU": "GST"}

STUDIO_ADDRESS = "412 Wellington St. W., Ottawa, ON K1R 5A9"
PHONE = "(613) 555-0142"
EMAIL = "hello@barreandbow.ca"
RETURNS_EMAIL = "returns@barreandbow.ca"
STUDIOS_EMAIL = "studios@barreandbow.ca"
HOURS = [("Tuesday to Friday", "11 am to 7 pm"), ("Saturday", "10 am to 5 pm"),
         ("Sunday and Monday", "Closed")]
PAYMENT_METHODS = ["Visa", "Mastercard", "American Express", "PayPal", "Shop Pay", "Apple Pay"]
IN_STORE_PAYMENT = "Interac debit"
FITTING_MINUTES = 45
FITTING_FEE = 25.0           # waived when the shoes are bought at the fitting
STUDIO_DISCOUNT = 10         # percent, studio accounts, 10+ items
STUDIO_MIN_ITEMS = 10
POINTE_LIFE = "15 to 20 hours"
POINTE_RULE = "2 to 2.5 sizes"


def zone_for(province):
    for z in ZONES:
        if province in z[1]:
            return z
    raise KeyError(province)
