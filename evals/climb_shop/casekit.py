"""Helpers for writing cases: fact shapes, wording alternatives, reading values back from the data."""
import re

from catalog import date_forms, money, vsrc

IN_STOCK = ["in stock", "available now", "is available", "are available", "we have it", "we have them"]
OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "no stock",
                "épuisé", "rupture", "pas en stock", "indisponible"]
BACKORDER = ["backorder", "back order", "back-order", "backordered"]
PREORDER = ["pre-order", "preorder", "pre order", "précommande"]
DOESNT_SAY = ["doesn't say", "does not say", "don't have", "do not have", "not listed", "isn't listed",
              "no information", "not specified", "doesn't list", "does not list", "doesn't mention",
              "does not mention", "not mentioned", "not sure", "can't confirm", "cannot confirm", "don't know",
              "unable to confirm", "doesn't include", "does not include", "not stated", "isn't stated"]
NOT_SOLD = ["don't sell", "do not sell", "don't carry", "do not carry", "don't stock", "do not stock",
            "don't have", "do not have", "couldn't find", "could not find", "no longer sell", "not something we",
            "don't offer", "do not offer", "isn't something we", "not among the products", "don't rent",
            "do not rent", "only sell new", "no longer", "not available"]
CANT = ["can't", "cannot", "can not", "unable", "don't", "do not", "won't", "not able", "no longer"]
SHIPPED = ["shipped", "fulfilled", "on its way", "on the way", "been sent", "was sent", "delivered", "expédiée",
           "envoyée", "livrée"]
UNSHIPPED = ["not shipped", "hasn't shipped", "has not shipped", "not yet shipped", "unfulfilled", "not been shipped",
             "hasn't been shipped", "being prepared", "preparing", "processing", "not yet been shipped", "yet to ship",
             "not fulfilled", "not yet fulfilled", "hasn't been fulfilled", "pas encore", "non expédiée",
             "waiting to ship", "not sent"]
CANCELLED = ["cancelled", "canceled", "annulée"]


def num(x, tol=0.01):
    return {"number": float(x), "tolerance": tol}


def never_prices(*prices):
    out = []
    for p in prices:
        out += [f"${money(p)}", f"{money(p)} CAD"]
    return out


def dates(iso):
    return date_forms(iso)


def desc_value(product, label):
    """The text after '<strong>Label:</strong>' in a product's description, tags removed."""
    m = re.search(rf"<strong>{re.escape(label)}:</strong>\s*(.*?)</li>", product.desc)
    if not m:
        raise KeyError((product.key, label))
    return re.sub(r"<[^>]+>", "", m.group(1)).strip()


def grams(product, label="Weight"):
    """A weight line's first number in grams ('1,040 g per pair' -> 1040)."""
    text = desc_value(product, label)
    return int(re.match(r"([\d,]+)", text).group(1).replace(",", ""))


def case(cid, tags, turns, action=None, facts=(), never=(), sources=(), rubric=None, escalate=None,
         rule=None, customer_email=None):
    exp = {}
    if action:
        exp["action"] = action
    if facts:
        exp["facts"] = list(facts)
    if never:
        exp["never"] = list(dict.fromkeys(never))
    if escalate is not None:
        exp["escalate"] = escalate
    if rule:
        exp["escalation_rule"] = rule
    if sources:
        exp["sources"] = list(sources)
    if rubric:
        exp["rubric"] = rubric
    c = {"id": cid, "tags": list(tags), "turns": list(turns) if isinstance(turns, (list, tuple)) else [turns]}
    if customer_email:
        c["customer_email"] = customer_email
    c["expect"] = exp
    return c


def price_line(v):
    """How a careful agent states a variant's price on the store's today."""
    if v.sale_running():
        return f"${money(v.now_price())} (on sale, was ${money(v.price)})"
    return f"${money(v.price)}"


def stock_word(v):
    return {"in_stock": "in stock", "out_of_stock": "out of stock", "backorder": "on backorder",
            "preorder": "available for pre-order"}[v.avail]


__all__ = ["IN_STOCK", "OUT_OF_STOCK", "BACKORDER", "PREORDER", "DOESNT_SAY", "NOT_SOLD", "CANT", "SHIPPED",
           "UNSHIPPED", "CANCELLED", "num", "never_prices", "dates", "desc_value", "grams", "case", "price_line",
           "stock_word", "vsrc"]
