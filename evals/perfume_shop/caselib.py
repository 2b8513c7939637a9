"""Lookups and phrasings shared by the case modules: everything a case states comes from the data."""
from casekit import gbp

OUT = ["out of stock", "sold out", "not in stock", "isn't in stock", "is not in stock", "currently unavailable",
       "not available", "unavailable"]
BACKORDER = ["backorder", "back order", "back-order"]
IN_STOCK = ["in stock"]
NOT_SHIPPED = ["not yet shipped", "not shipped", "hasn't shipped", "has not shipped", "not been shipped",
               "hasn't been shipped", "unfulfilled", "processing", "being prepared", "preparing",
               "not been dispatched", "hasn't been dispatched", "not yet dispatched", "yet to ship",
               "yet to be shipped", "not yet been sent", "hasn't been sent", "not been sent"]
NO = ["can't", "cannot", "can not", "not able", "unable", "aren't able", "isn't possible", "not possible",
      "non-returnable", "not returnable", "can only", "we don't", "we do not", "no,"]
CANCELLED = ["cancelled", "canceled"]


def P(products, key):
    return next(p for p in products if p.key == key)


def V(products, key, **opts):
    return P(products, key).find(**opts)


def label(v):
    """The version as a shopper would read it on the product page."""
    return v.title


def price_rubric(v):
    was = " (was %s)" % gbp(v.regular) if v.price != v.regular else ""
    return "Gives the price of %s: %s%s." % (label(v), gbp(v.price), was)


def date_alts(iso):
    """2027-01-04 in the ways a reply may write it."""
    import datetime
    d = datetime.date(*map(int, iso.split("-")))
    mon, short = d.strftime("%B"), d.strftime("%b")
    return ["%s %d, %d" % (mon, d.day, d.year), "%d %s %d" % (d.day, mon, d.year), "%s %d, %d" % (short, d.day, d.year),
            "%d %s %d" % (d.day, short, d.year), iso, "%s %d" % (mon, d.day), "%d %s" % (d.day, mon)]


def day_alts(text):
    """'Friday 18 December' -> the ways of writing its day and month."""
    parts = text.replace(",", "").split()
    day = next(p for p in parts if p.isdigit())
    mon = parts[parts.index(day) + 1]
    return ["%s %s" % (day, mon), "%s %s" % (mon, day), "%sth %s" % (day, mon), "%s %sth" % (mon, day),
            "%s %s" % (day, mon[:3]), "%s %s" % (mon[:3], day)]
