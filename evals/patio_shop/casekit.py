"""Helpers the case modules share: a case record, facts read from the built catalog and pages, and checks
that each fact really is in the data the generator wrote."""

import re

import catalog
import pages
from common import BACKORDER, IN_STOCK, OUT_OF_STOCK, money, never_price, num

CATALOG_SOURCE = "store/products.json"
_PAGE_TEXT = {}


def page_text(path):
    if path not in _PAGE_TEXT:
        _PAGE_TEXT[path] = pages.visible_text(pages.PAGES[path]()).lower()
    return _PAGE_TEXT[path]


def _norm(s):
    return re.sub(r"\s+", " ", s.replace("–", "-")).strip().lower()


def on_page(path, text):
    """`text`, after checking that a shopper reads it on the page."""
    assert _norm(text) in _norm(page_text(path)), (path, text)
    return text


def page_any(path, text, *others):
    """Any one of: the page's own words (checked to be there) or the same said in other words."""
    return [on_page(path, text), *list(others)]


def page_num(path, x, shown=None):
    """A number the page states (checked as written, e.g. '9.95' or '30')."""
    shown = shown or (f"{x:,.2f}" if isinstance(x, float) and x != int(x) else f"{int(x)}")
    on_page(path, shown)
    return num(x)


def in_text(whole, part):
    """A part of a catalog text, checked to be in it."""
    assert part.lower() in whole.lower(), (whole, part)
    return part


def spec_number(handle, label, which=None):
    """The number a description's spec line gives (for `which` version when the line lists several)."""
    text = catalog.spec_value(handle, label)
    if which:
        m = re.search(re.escape(which) + r"[^0-9]*([0-9][0-9,.]*)", text)
        assert m, (handle, label, which, text)
    else:
        m = re.search(r"([0-9][0-9,.]*)", text)
    return float(m.group(1).replace(",", ""))


def stock_facts(v):
    state = catalog.stock_state(v)
    if state == "out":
        return [OUT_OF_STOCK]
    if state == "backorder":
        return [BACKORDER]
    return [
        [
            "in stock",
            "is available",
            "are available",
            "available to order now",
            "available now",
            "ready to ship",
            "can be ordered",
            "available to buy",
        ]
    ]


def vname(p, v):
    return f"{p['title']} - {v['title']}" if v["opts"] else p["title"]


def case(
    cid,
    tags,
    turns,
    action=None,
    facts=(),
    never=(),
    sources=(),
    rubric=None,
    customer_email=None,
    escalate=None,
    rule=None,
    queue=None,
):
    if isinstance(turns, str):
        turns = [turns]
    expect = {}
    if action:
        expect["action"] = action
    if facts:
        expect["facts"] = list(facts)
    if never:
        expect["never"] = list(dict.fromkeys(never))
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
    out = {"id": cid, "tags": list(tags), "turns": list(turns)}
    if customer_email:
        out["customer_email"] = customer_email
    out["expect"] = expect
    return out


def price_case(cid, tags, turns, handle, values, tempting=None, rubric_extra=""):
    """A variant's price; `tempting` names the sibling whose price must not be given instead."""
    p = catalog.product(handle)
    v = catalog.variant(handle, *values) if values else p["variants"][0]
    assert catalog.for_sale(p) and catalog.stock_state(v) != "out", (handle, values)
    never = []
    if tempting:
        t = catalog.variant(handle, *tempting)
        assert t["price"] != v["price"] and t["price"] != v["compare"]
        never = never_price(t["price"])
    return case(
        cid,
        tags,
        turns,
        "answer",
        [num(v["price"])],
        never,
        [CATALOG_SOURCE],
        f"Gives the price of the {vname(p, v)}: {money(v['price'])}.{rubric_extra}",
    )


__all__ = [
    "BACKORDER",
    "CATALOG_SOURCE",
    "IN_STOCK",
    "OUT_OF_STOCK",
    "case",
    "in_text",
    "money",
    "never_price",
    "num",
    "on_page",
    "page_any",
    "page_num",
    "price_case",
    "spec_number",
    "stock_facts",
    "vname",
]
