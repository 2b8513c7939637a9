"""Shared constants and small helpers for the Verandah & Co. held-out store (stdlib only)."""

import random

SEED = 20261206
TODAY = "2026-12-05"
SHOP = "Verandah & Co."
SHOP_DOMAIN = "verandahco.com.au"
MYSHOPIFY = "verandah-co.myshopify.com"
CURRENCY = "AUD"
TZ = "+10:00"  # Brisbane keeps AEST all year (no daylight saving)

ADDRESS_LINE = "Unit 3, 27 Lytton Road"
ADDRESS_SUBURB = "Murarrie"
ADDRESS_STATE = "QLD"
ADDRESS_POSTCODE = "4172"
ADDRESS = f"{ADDRESS_LINE}, {ADDRESS_SUBURB} {ADDRESS_STATE} {ADDRESS_POSTCODE}"
PHONE = "(07) 3186 4420"
EMAIL = "hello@verandahco.com.au"
ABN = "41 612 908 337"


def rng(name):
    """A random generator of its own for each part, so that one part's draws never move another's."""
    return random.Random(f"{SEED}:{name}")


def money(x):
    """'$1,299.00' as the shop writes prices."""
    return f"${x:,.2f}"


def amount(x):
    """'1299.00' as Shopify's Admin API writes amounts."""
    return f"{x:.2f}"


def never_price(x):
    """The ways a wrong price would be written in a reply."""
    return [money(x), f"{x:,.2f} AUD"]


def num(x, tol=0.01):
    return {"number": float(x), "tolerance": tol}


# Phrases a careful agent uses when the shop's data does not hold the answer (any one of them will do,
# including handing over to a person).
DONT_KNOW = [
    "doesn't say",
    "does not say",
    "don't have",
    "do not have",
    "not sure",
    "not certain",
    "doesn't mention",
    "does not mention",
    "not listed",
    "isn't listed",
    "no information",
    "don't know",
    "can't confirm",
    "cannot confirm",
    "unable to confirm",
    "not specified",
    "isn't specified",
    "member of our team",
    "a person",
    "colleague",
    "rather not guess",
]

# Phrases for "we don't sell that / it isn't available".
NOT_SOLD = [
    "don't sell",
    "do not sell",
    "don't carry",
    "do not carry",
    "don't stock",
    "do not stock",
    "don't have",
    "do not have",
    "not available",
    "isn't available",
    "is not available",
    "not something we",
    "no longer",
    "can't find",
    "couldn't find",
    "could not find",
    "not in our",
    "isn't in our",
    "not sold",
    "not currently",
    "doesn't sell",
    "not for sale",
    "isn't for sale",
    "not offered",
    "don't offer",
    "do not offer",
]

OUT_OF_STOCK = [
    "out of stock",
    "sold out",
    "not in stock",
    "unavailable",
    "isn't available",
    "not available",
    "none left",
    "no stock",
]
IN_STOCK = ["in stock", "available"]
BACKORDER = [
    "backorder",
    "back order",
    "back-order",
    "can be ordered",
    "can still be ordered",
    "can still order",
    "order it now",
    "available to order",
    "can order",
]
