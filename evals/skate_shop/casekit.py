"""Helpers the case modules share: the case shape, number facts, passage keys, phrasings."""
import re

from catalog import BY_HANDLE, clean_sku, variant

# words a correct reply may use for a state; any one of a list is enough
OUT = ["out of stock", "sold out", "not in stock", "unavailable", "not available"]
IN = ["in stock", "available"]
BACKORDER = ["backorder", "back order", "can be ordered", "can still be ordered", "can still order",
             "can order", "pre-order", "preorder"]
SHIPPED = ["shipped", "fulfilled", "dispatched", "sent", "on its way"]
UNSHIPPED = ["not shipped", "not yet shipped", "hasn't shipped", "has not shipped",
             "not been shipped", "unfulfilled", "not been sent", "not been fulfilled",
             "hasn't been sent", "being prepared", "processing", "not dispatched"]
PARTIAL = ["partially", "partly", "part of", "some of", "not shipped yet", "not yet shipped",
           "not been shipped", "still to ship", "yet to ship"]
PENDING = ["pending", "awaiting payment", "waiting for payment", "waiting for your payment",
           "not been paid", "unpaid", "payment hasn't", "payment has not"]
CANCELLED = ["cancelled", "canceled"]
REFUNDED = ["refunded", "refund"]
DONT_SELL = ["don't sell", "do not sell", "don't stock", "do not stock"]


def case(cid, tags, turns, action, *, facts=(), never=(), sources=(), rubric=None, email=None,
         escalate=None, rule=None):
    if isinstance(turns, str):
        turns = [turns]
    exp = {"action": action, "facts": list(facts), "never": list(never),
           "sources": list(sources), "rubric": rubric}
    if escalate is not None:
        exp["escalate"] = escalate
    if rule:
        exp["escalation_rule"] = rule
    c = {"id": cid, "tags": list(tags), "turns": list(turns), "expect": exp}
    if email:
        c["customer_email"] = email
    return c


def num(x, tol=0.01):
    return {"number": round(float(x), 2), "tolerance": tol}


def count(x):
    return {"number": x}


def pkey(handle):
    return f"product:{handle}"


def vkey(handle, *values):
    v = variant(handle, *values)
    sku = clean_sku(v)
    return f"variant:{handle}:{sku}" if sku else f"variant:{handle}:"


def doc(name):
    return f"store/pages/{name}"


def title(handle):
    return BY_HANDLE[handle]["title"]


def price_of(handle, *values):
    return variant(handle, *values)["price"]


def line(handle, label):
    """A labelled line of a product's description, as the export's Body (HTML) has it."""
    return BY_HANDLE[handle]["lines"][label]


def pick(pattern, text, group=0):
    """The part of a data string a fact is about (a regex over the data, never a copy of it)."""
    m = re.search(pattern, text)
    assert m, (pattern, text)
    return m.group(group)


def numbers(text):
    return [float(x) if "." in x else int(x) for x in re.findall(r"\d+(?:\.\d+)?", text)]


def money_s(x):
    return f"{x:.2f}"
