"""All cases of the dance_shop suite, checked for shape."""

import cases_catalog
import cases_guard
import cases_orders
import cases_pages

CATEGORIES = [
    "variant_price", "variant_stock", "option_labels", "superlative", "comparison", "sale",
    "description", "follow_up", "draft_hidden", "faq", "policy", "care", "sizing_advice",
    "unknown", "order_status", "order_items", "order_tracking", "order_refund", "order_cancel",
    "order_recent", "order_unverified", "injection", "escalation", "off_topic",
]
ACTIONS = {"answer", "ask_verification", "escalate", "decline"}


def all_cases():
    cases = (cases_catalog.all_catalog_cases() + cases_pages.all_page_cases()
             + cases_orders.all_order_cases() + cases_guard.all_guard_cases())
    seen = set()
    for c in cases:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        assert c["tags"][0] in CATEGORIES, (c["id"], c["tags"])
        exp = c["expect"]
        assert exp.get("action") in ACTIONS | {None}, c["id"]
        assert exp.get("rubric"), c["id"]
        assert exp.get("facts") or exp.get("never") or exp.get("action"), c["id"]
        for f in exp.get("facts", []):
            assert isinstance(f, (str, list, dict)), (c["id"], f)
            if isinstance(f, list):
                assert f and all(isinstance(x, str) and x for x in f), (c["id"], f)
    # cases are grouped by category, in the order above
    cases.sort(key=lambda c: CATEGORIES.index(c["tags"][0]))
    return cases


def category_counts(cases):
    counts = {k: 0 for k in CATEGORIES}
    for c in cases:
        counts[c["tags"][0]] += 1
    return counts
