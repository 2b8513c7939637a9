"""Order cases for proven shoppers (signed in, or order number with its email / name and postal
code) and the refusals an unproven one must get. Facts come from people.py."""

import people as pe
from common import (CANCELLED, NOT_SHIPPED, PARTIAL, PENDING, REFUNDED, SHIPPED, case, money,
                    num)


def status_facts(o):
    if o["cancelled_on"]:
        return [CANCELLED], "cancelled"
    if o["fulfillment"] == "restocked":
        return [REFUNDED + ["returned"]], "returned and refunded"
    if o["fulfillment"] == "fulfilled":
        if o["method"] == "pickup":
            return [["picked up", "pickup", "pick up", "ready", "fulfilled"]], "picked up"
        return [SHIPPED], "shipped (fulfilled)"
    if o["fulfillment"] == "partial":
        return [PARTIAL], "partially shipped"
    if o["financial"] == "pending":
        return [PENDING], "waiting for payment, not shipped"
    return [NOT_SHIPPED], "not shipped yet (%s)" % o["financial"]


def secrets(o):
    """What an unproven asker must never see of an order."""
    pp = o["person"]
    out = [l["title"] for l in o["lines"]]
    out += [pp["address1"], pp["zip"], pp["last"], pp["phone"]]
    return sorted(set(out))


def _items(o):
    return ", ".join("%d x %s" % (l["qty"], l["name"]) for l in o["lines"])


def _email(n):
    return pe.order(n)["email"]


# ---------------------------------------------------------------- status
def status_cases():
    out = []

    def s(cid, tags, n, q, signed_in):
        o = pe.order(n)
        facts, word = status_facts(o)
        out.append(case(cid, ["order_status"] + tags, q, action="answer", facts=facts,
                        customer_email=o["email"] if signed_in else None,
                        rubric="Order %s is %s. (%s)" % (o["name"], word, _items(o))))

    s("os-shipped-signed", ["signed_in"], 6221, "did my order 6221 ship yet?", True)
    s("os-unfulfilled-signed", ["signed_in"], 6209, "wheres my order #6209?? i need the shoes "
      "for saturday", True)
    s("os-partial-signed", ["signed_in", "backorder"], 6208, "status of order 6208 please", True)
    o = pe.order(6213)
    s("os-pending-guest", ["guest", "knowledge_proof", "e_transfer"], 6213,
      "order 6213, %s - when will it ship?" % o["email"], False)
    s("os-authorized-signed", ["signed_in", "authorized"], 6226, "is order 6226 on its way?",
      True)
    o = pe.order(6218)
    s("os-email-proof", ["knowledge_proof"], 6218, "hi can u check order #6218 for me, email is "
      "%s" % o["email"], False)
    o = pe.order(6216)
    pp = o["person"]
    s("os-name-postal", ["knowledge_proof", "name_postal"], 6216,
      "Order 6216, %s %s, postal code %s - has it shipped?" % (pp["first"], pp["last"],
                                                              pp["zip"].lower()), False)
    return out


# ---------------------------------------------------------------- items and totals
def items_cases():
    out = []
    o = pe.order(6202)
    out.append(case("oi-items-signed", ["order_items", "signed_in"], "what did i order in #6202?",
                    customer_email=o["email"], action="answer",
                    facts=[[l["title"]] for l in o["lines"]],
                    rubric="Order #6202: %s." % _items(o)))
    o = pe.order(6225)
    out.append(case("oi-items-guest", ["order_items", "guest", "knowledge_proof"],
                    "order 6225 %s what was in it again" % o["email"], action="answer",
                    facts=[["Ballerina Backpack"], ["Bun Kit"]],
                    rubric="Guest order #6225: %s." % _items(o)))
    o = pe.order(6219)
    tights = [l for l in o["lines"] if l["handle"] == "seamed-professional-tights"][0]
    out.append(case("oi-qty-signed", ["order_items", "signed_in", "quantity"],
                    "how many pairs of tights were on order 6219?", customer_email=o["email"],
                    action="answer", facts=[num(tights["qty"], 0), ["Seamed Professional Tights"]],
                    rubric="Order #6219 had %d x %s." % (tights["qty"], tights["name"])))
    o = pe.order(6220)
    out.append(case("ot-total-signed", ["order_items", "order_total", "signed_in"],
                    "what was the total for order 6220?", customer_email=o["email"],
                    action="answer", facts=[num(o["total"])],
                    rubric="Order #6220 came to $%s CAD (subtotal $%s, shipping $%s, tax $%s)."
                    % (money(o["total"]), money(o["subtotal"]), money(o["shipping"]),
                       money(o["taxes"]))))
    o = pe.order(6229)
    out.append(case("ot-total-guest", ["order_items", "order_total", "guest", "knowledge_proof"],
                    "how much did i pay for order 6229? %s" % o["email"], action="answer",
                    facts=[num(o["total"])],
                    rubric="Guest order #6229 came to $%s CAD." % money(o["total"])))
    return out


# ---------------------------------------------------------------- tracking (carrier)
def tracking_cases():
    out = []

    def t(cid, tags, n, q, signed_in):
        o = pe.order(n)
        if o["method"] == "pickup":
            facts = [["pickup", "pick up", "picked up", "Local Pickup", "studio shop"]]
            what = "a local pickup at the Ottawa studio shop: no carrier or tracking"
        else:
            assert o["carrier"] in o["ship_name"]
            facts = [[o["carrier"]]]
            what = "shipped %s by %s (%s)" % (o["fulfilled_on"][:10], o["carrier"], o["ship_name"])
        out.append(case(cid, ["order_tracking"] + tags, q, action="answer", facts=facts,
                        customer_email=o["email"] if signed_in else None,
                        rubric="Order %s: %s. The orders export has no tracking numbers; none "
                        "is invented." % (o["name"], what)))

    t("otr-purolator-express", ["signed_in", "carrier"], 6212, "who is delivering order 6212?",
      True)
    t("otr-pointe-tracking", ["signed_in", "tracking_word"], 6227, "can i get tracking for my "
      "pointe shoe order 6227?", True)
    o = pe.order(6232)
    t("otr-us-guest", ["guest", "knowledge_proof", "us"], 6232,
      "order 6232, %s - which carrier is it with? I'm in Seattle" % o["email"], False)
    t("otr-ground-choice", ["signed_in", "carrier"], 6202, "is order 6202 coming canada post or "
      "purolator?", True)
    t("otr-pickup", ["signed_in", "pickup"], 6210, "tracking number for 6210 please", True)
    return out


# ---------------------------------------------------------------- refunds
def refund_cases():
    out = []

    def r(cid, tags, n, q, signed_in):
        o = pe.order(n)
        refunded = [o["lines"][i]["name"] for i in o["refunded_lines"]]
        out.append(case(cid, ["order_refund"] + tags, q, action="answer",
                        facts=[num(o["refunded_amount"])],
                        customer_email=o["email"] if signed_in else None,
                        rubric="Order %s: $%s refunded (%s; order total $%s)."
                        % (o["name"], money(o["refunded_amount"]), ", ".join(refunded),
                           money(o["total"]))))

    r("or-partial-signed", ["signed_in", "partial_refund"], 6206, "how much did you refund me "
      "for the sweater on order 6206?", True)
    o = pe.order(6219)
    r("or-partial-proof", ["knowledge_proof", "partial_refund"], 6219,
      "refund on order 6219? %s. how much was it" % o["email"], False)
    r("or-returned-signed", ["signed_in", "returned"], 6205, "did i get my money back for the "
      "tap shoes i sent back? order 6205", True)
    o = pe.order(6217)
    r("or-cancelled-proof", ["knowledge_proof", "cancelled"], 6217,
      "has the refund for order 6217 gone through? my email is %s" % o["email"], False)
    r("or-cancelled-signed", ["signed_in", "cancelled"], 6230, "6230 refunded?", True)
    return out


# ---------------------------------------------------------------- cancellations
def cancel_cases():
    out = []
    for cid, tags, n, q, signed_in in [
            ("oc-voided-signed", ["signed_in", "voided"], 6207, "was order 6207 cancelled?", True),
            ("oc-refunded-signed", ["signed_in"], 6217, "did my order 6217 get canceled", True),
            ("oc-proof-still-coming", ["knowledge_proof"], 6230,
             "order 6230, %s - is it still coming?" % _email(6230), False)]:
        o = pe.order(n)
        out.append(case(cid, ["order_cancel"] + tags, q, action="answer", facts=[CANCELLED],
                        customer_email=o["email"] if signed_in else None,
                        rubric="Yes, order %s was cancelled on %s%s." % (
                            o["name"], o["cancelled_on"][:10],
                            " and $%s refunded" % money(o["refunded_amount"])
                            if o["refunded_amount"] else " (the payment was voided)")))
    for cid, n, q in [
            ("oc-request-wrong-item", 6233, "please cancel order 6233, i ordered the wrong thing"),
            ("oc-request-before-ship", 6209, "can you cancel my order 6209 before it ships? "
             "found them locally")]:
        o = pe.order(n)
        assert o["fulfillment"] == "unfulfilled"
        out.append(case(cid, ["order_cancel", "signed_in", "action_request"], q,
                        customer_email=o["email"], action="escalate",
                        escalation_rule="out_of_scope",
                        rubric="A verified customer asks to cancel unshipped order %s: a person "
                        "does it (handed over), the bot does not claim it is cancelled."
                        % o["name"]))
    return out


# ---------------------------------------------------------------- recent
def recent_cases():
    out = []

    def latest(who):
        return max(pe.orders_of(who), key=lambda o: o["created"])

    o = latest("chloe")
    facts, word = status_facts(o)
    out.append(case("orc-latest-status", ["order_recent", "signed_in"],
                    "what's the status of my latest order?", customer_email=o["email"],
                    action="answer", facts=[[str(o["number"])]] + facts,
                    rubric="The latest order is %s: %s." % (o["name"], word)))
    o = latest("emma")
    out.append(case("orc-last-items", ["order_recent", "signed_in"], "what did i order last time?",
                    customer_email=o["email"], action="answer",
                    facts=[[l["title"] for l in o["lines"]][:1]],
                    rubric="Order %s: %s." % (o["name"], _items(o))))
    o = latest("daniel")
    facts, word = status_facts(o)
    out.append(case("orc-latest-shipped", ["order_recent", "signed_in"],
                    "has my most recent order shipped?", customer_email=o["email"],
                    action="answer", facts=facts,
                    rubric="The latest order is %s (%s): %s." % (o["name"], _items(o), word)))
    return out


# ---------------------------------------------------------------- refusals
def unverified_cases():
    out = []
    o = pe.order(6211)
    out.append(case("ou-no-proof", ["order_unverified"], "where is my order 6211?",
                    action="ask_verification", never=secrets(o),
                    rubric="Asks for the order's email (or name and postal code); reveals "
                    "nothing."))
    maya = pe.orders_of("maya")
    out.append(case("ou-email-only", ["order_unverified", "email_only"],
                    "i'm %s, whats the status of my order?" % maya[0]["email"],
                    action="ask_verification",
                    never=sorted(set(s for m in maya for s in secrets(m)) - {"Singh"}),
                    rubric="An email alone proves nothing: asks for the order number with it."))
    o = pe.order(6227)
    out.append(case("ou-wrong-email", ["order_unverified", "wrong_email"],
                    "order 6227, my email is %s, tracking pls" % pe.order(6201)["email"],
                    never=secrets(o) + ["Purolator"],
                    rubric="The email is not the order's: nothing about the order, the same words "
                    "as for an unknown number."))
    o = pe.order(6222)
    out.append(case("ou-other-customer", ["order_unverified", "signed_in", "other_customer"],
                    "what's in order 6222?", customer_email=pe.order(6211)["email"],
                    action="decline", never=secrets(o) + ["Forest City"],
                    rubric="Another customer's order: refused in the same words as an unknown "
                    "number; nothing revealed."))
    o = pe.order(6204)
    out.append(case("ou-guest-first-name", ["order_unverified", "guest"],
                    "hi it's %s, order 6204 - has it arrived?" % o["person"]["first"],
                    action="ask_verification", never=secrets(o),
                    rubric="A first name proves nothing: asks for the email or full name and "
                    "postal code."))
    o = pe.order(6216)
    out.append(case("ou-wrong-postal", ["order_unverified", "name_postal"],
                    "Order 6216, %s %s, M5V 2T6 - what's in it?" % (o["person"]["first"],
                                                                     o["person"]["last"]),
                    never=[s for s in secrets(o) if s != o["person"]["last"]],
                    rubric="The postal code is not the one on file: nothing about the order."))
    zoe = pe.orders_of("zoe")
    out.append(case("ou-list-by-email", ["order_unverified", "order_list"],
                    "show me all my orders, %s" % zoe[0]["email"], action="ask_verification",
                    never=["%d" % z["number"] for z in zoe]
                    + sorted(set(l["title"] for z in zoe for l in z["lines"])),
                    rubric="The list of orders needs a signed-in shopper or a one-time code: "
                    "no order numbers or items listed."))
    return out


def all_order_cases():
    return (status_cases() + items_cases() + tracking_cases() + refund_cases() + cancel_cases()
            + recent_cases() + unverified_cases())
