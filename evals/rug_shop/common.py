"""Helpers the case modules share: case records, passage keys, prices as the shop writes them."""

import catalog
import policy
import products_json as PJ
import variants as V

PAGES = "store/pages/"

DONT_KNOW = ["doesn't say", "does not say", "don't know", "not sure", "can't say", "no information",
             "don't have", "not certain"]
NOT_SOLD = ["don't sell", "do not sell", "don't carry", "not available", "isn't available", "not for sale",
            "couldn't find", "can't find", "no longer", "not sold"]
IN_STOCK = ["in stock"]
OUT_OF_STOCK = ["out of stock", "sold out", "not in stock", "unavailable", "not available"]
BACKORDER = ["backorder", "back order", "can be ordered", "can still order", "can still be ordered",
             "available to order", "order it now"]


def case(cid, tags, turns, action, facts=(), never=(), sources=(), rubric="", email=None,
         escalate=None, rule=None, queue=None):
    if isinstance(turns, str):
        turns = [turns]
    return {"id": cid, "tags": list(tags), "turns": list(turns), "customer_email": email,
            "action": action, "facts": list(facts), "never": list(never), "escalate": escalate,
            "rule": rule, "queue": queue, "sources": list(sources), "rubric": rubric}


def num(value):
    return {"number": float(value), "tolerance": 0.01}


def eur(value):
    return policy.money(value)


def price_forms(value):
    """The ways a reply could write a price: the never-lists name all of them."""
    forms = [eur(value)]
    if value >= 1000:
        forms.append(f"\u20ac{value:.2f}")
    forms.append(f"{value:.2f} EUR")
    return forms


def vkey(handle, *values):
    return f"variant:{handle}:{PJ.variant_id(handle, values)}"


def pkey(handle):
    return f"product:{handle}"


def title(handle):
    return catalog.by_handle(handle)["title"]


def var(handle, *values):
    return V.variant(handle, *values)


def label(handle, *values):
    v = var(handle, *values)
    return title(handle) if v["title"] == "Default Title" else f"{title(handle)} ({v['title']})"


def fact_value(handle, name):
    for key, value in catalog.by_handle(handle)["facts"]:
        if key == name:
            return value
    raise KeyError((handle, name))


def stock_facts(v):
    state = V.state(v)
    if state == "in_stock":
        return [IN_STOCK]
    if state == "out_of_stock":
        return [OUT_OF_STOCK]
    if state == "backorder":
        return [BACKORDER]
    return [["available", "in stock", "can order", "can be ordered"]]


def stock_words(v):
    return {"in_stock": "in stock", "out_of_stock": "out of stock", "backorder": "out of stock but can be "
            "ordered (backorder)", "untracked": "always available (stock not counted)"}[V.state(v)]


def extreme(pred, highest=False):
    """The cheapest (or dearest) orderable variant among products for sale that `pred` accepts."""
    best = []
    for spec, v in V.all_for_sale():
        if pred(spec) and V.orderable(v):
            best.append((v["price"], spec["handle"], v))
    best.sort(key=lambda t: (t[0], t[1]), reverse=highest)
    top = best[0]
    ties = [b for b in best if b[0] == top[0] and b[1] != top[1]]
    assert not ties, f"superlative is ambiguous: {top[1]} ties with {ties[0][1]}"
    return catalog.by_handle(top[1]), top[2], best


def sale_variants(handle):
    return [v for v in V.VARIANTS[handle] if V.on_sale(v)]
