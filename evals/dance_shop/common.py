"""Shared constants and helpers for the dance_shop generator (stdlib only)."""

import random

SEED = 20261202
SHOP = "Barre & Bow Dancewear"
SHOP_SHORT = "Barre & Bow"
CURRENCY = "CAD"
CITY = "Ottawa"

# One random stream for the whole generator, consumed in a fixed order.
RNG = random.Random(SEED)

# Answer alternatives: any one of them must appear in the reply.
IN_STOCK = ["in stock", "available", "we have", "have it", "have them", "ready to ship",
            "left in stock", "in-stock"]
OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available",
                "none left", "currently out", "isn't in stock", "aren't in stock", "no stock"]
BACKORDER = ["backorder", "back order", "back-order", "can be ordered", "can still be ordered",
             "can still order", "still order", "still be ordered", "orderable", "ships when",
             "when it's back", "restock"]
DONT_KNOW = ["doesn't say", "does not say", "don't know", "do not know", "not sure", "not certain",
             "don't have", "do not have", "no information", "isn't listed", "not listed",
             "rather not guess", "can't find", "cannot find", "couldn't find", "unable to confirm",
             "can't confirm", "doesn't mention", "does not mention", "not mentioned"]
SHIPPED = ["shipped", "fulfilled", "on its way", "on the way", "been sent", "dispatched",
           "sent out", "in transit"]
NOT_SHIPPED = ["not yet shipped", "not shipped yet", "hasn't shipped", "has not shipped",
               "not been shipped", "hasn't been shipped", "unfulfilled", "being prepared",
               "processing", "preparing", "not yet been sent", "hasn't been sent",
               "not fulfilled", "not yet fulfilled"]
PARTIAL = ["partially", "partial", "part of", "some of", "one of", "rest of", "remaining"]
CANCELLED = ["cancelled", "canceled"]
REFUNDED = ["refunded", "refund"]
PENDING = ["pending", "awaiting payment", "waiting for payment", "payment", "not been paid",
           "hasn't been paid", "not paid"]


def money(x):
    return "%.2f" % x


def price_never(prices):
    """Strings that state a price the reply must not give."""
    out = []
    for p in sorted(set(prices)):
        out.append("$%s" % money(p))
        out.append(" %s CAD" % money(p))
    return out


def num(x, tol=0.01):
    return {"number": float(round(x, 2)), "tolerance": tol}


def case(cid, tags, turns, action=None, facts=None, never=None, sources=None, rubric=None,
         customer_email=None, escalate=None, escalation_rule=None, queue=None):
    """One eval case as a plain dict, in the suite's field order."""
    if isinstance(turns, str):
        turns = [turns]
    c = {"id": cid, "tags": list(tags), "turns": list(turns)}
    if customer_email:
        c["customer_email"] = customer_email
    exp = {}
    if action is not None:
        exp["action"] = action
    if facts:
        exp["facts"] = facts
    if never:
        exp["never"] = never
    if escalate is not None:
        exp["escalate"] = escalate
    if escalation_rule:
        exp["escalation_rule"] = escalation_rule
    if queue:
        exp["queue"] = queue
    if sources:
        exp["sources"] = sources
    if rubric:
        exp["rubric"] = rubric
    c["expect"] = exp
    return c
