"""Helpers shared by the case modules: a case, a number fact, prices that must never appear."""

import json

DOESNT_SAY = ["doesn't say", "does not say", "don't know", "do not know", "not sure", "no information",
              "don't have", "doesn't mention", "does not mention", "can't confirm", "cannot confirm",
              "couldn't find", "can't find", "isn't listed", "not listed"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def num(x, tol=0.01):
    return {"number": round(float(x), 2), "tolerance": tol}


def gbp(x):
    return "£%.2f" % x


def never_prices(prices, keep=()):
    """Prices that must not appear: written as the shop would write them."""
    out = []
    for p in sorted(set(round(x, 2) for x in prices)):
        if any(abs(p - k) < 0.005 for k in keep):
            continue
        out += [gbp(p), " %.2f GBP" % p]
    return out


def case(cid, tags, turns, action=None, facts=(), never=(), sources=(), rubric=None, customer_email=None,
         escalation_rule=None, escalate=None):
    if isinstance(turns, str):
        turns = [turns]
    return {"id": cid, "tags": list(tags), "turns": list(turns), "customer_email": customer_email,
            "expect": {"action": action, "facts": list(facts), "never": list(never), "sources": list(sources),
                       "escalate": escalate, "escalation_rule": escalation_rule, "rubric": rubric}}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_alts(iso):
    """The ways a reply may write a day: 'January 8, 2027', '8 January 2027', '2027-01-08'..."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    month = MONTHS[m - 1]
    return ["%s %d, %d" % (month, d, y), "%d %s %d" % (d, month, y), "%s %d, %d" % (month[:3], d, y),
            "%d %s %d" % (d, month[:3], y), "%d-%02d-%02d" % (y, m, d), "%s %d" % (month, d),
            "%d %s" % (d, month)]
