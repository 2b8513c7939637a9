"""Small helpers shared by the case builders: one case record, fact shapes, phrase lists."""

from __future__ import annotations

import re


def case(cid, tags, turns, *, action=None, facts=(), never=(), escalate=None, rule=None, queue=None,
         sources=(), rubric="", customer_email=None):
    if isinstance(turns, str):
        turns = [turns]
    expect = {}
    if action:
        expect["action"] = action
    if facts:
        expect["facts"] = list(facts)
    if never:
        expect["never"] = list(never)
    if escalate is not None:
        expect["escalate"] = escalate
    if rule:
        expect["escalation_rule"] = rule
    if queue:
        expect["queue"] = queue
    if sources:
        expect["sources"] = list(sources)
    if rubric:
        expect["rubric"] = rubric
    c = {"id": cid, "tags": list(tags), "turns": list(turns), "expect": expect}
    if customer_email:
        c["customer_email"] = customer_email
    return c


def num(x, tol=0.01):
    return {"number": round(float(x), 2), "tolerance": tol}


def gbp(x):
    return f"£{x:,.2f}"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left",
                "currently out", "isn't in stock", "is not in stock"]
IN_STOCK = ["in stock", "available", "we have"]
BACKORDER = ["backorder", "back order", "back-order", "can be ordered", "can still be ordered",
             "can still order", "order it now", "ordered now", "restock", "expected"]
PREORDER = ["pre-order", "preorder", "pre order"]
NOT_SHIPPED = ["not yet shipped", "not shipped", "hasn't shipped", "has not shipped", "not been shipped",
               "hasn't been shipped", "unfulfilled", "not yet been", "being prepared", "processing",
               "preparing", "yet to ship", "not dispatched", "hasn't been dispatched", "not yet dispatched"]
SHIPPED = ["shipped", "in transit", "on its way", "on the way", "dispatched"]
DELIVERED = ["delivered"]
CANCELLED = ["cancelled", "canceled"]
UNKNOWN = ["doesn't say", "does not say", "don't have that", "do not have that", "don't know",
           "do not know", "not sure", "no information", "not listed", "isn't listed", "can't find",
           "couldn't find", "not certain", "member of our team", "a person", "our team"]


def date_phrases(iso):
    """'2027-01-15T...' -> the ways a reply may write that day."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    mon = months[m - 1]
    return [f"{mon} {d}", f"{d} {mon}", f"{mon[:3]} {d}", f"{d} {mon[:3]}", iso[:10]]


def _plain(text):
    import html as _html
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", " ", text)).split()).lower()


def check_grounded(facts, text, where):
    """Every expected fact (one of its alternatives at least, or its number) must be in the source text the
    case's answer comes from: a guard that the expectations are read from the data, not typed."""
    plain = _plain(text)
    numbers = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", plain)]
    for f in facts:
        if isinstance(f, dict):
            ok = any(abs(n - f["number"]) <= max(f.get("tolerance", 0), 1e-9) for n in numbers)
        else:
            alts = [f] if isinstance(f, str) else f
            ok = any(a.lower() in plain for a in alts)
        if not ok:
            raise AssertionError(f"{where}: expected fact {f!r} is not in its source")
