"""Order cases, asked with the proof docs/security.md says unlocks one order (its number with its
email, or with the name and postcode), by a signed-in shopper (customer_email) for their own list, by
guests, and without proof or with someone else's details (the secrets go in `never`)."""

from casekit import case, num, gbp

STATUS_WORDS = {
    "completed": ["shipped", "completed", "delivered", "dispatched", "on its way", "sent"],
    "processing": ["processing", "not shipped", "not yet shipped", "hasn't shipped", "has not shipped",
                   "not been shipped", "hasn't been shipped", "being prepared", "unfulfilled", "preparing"],
    "on-hold": ["pending", "awaiting payment", "waiting for payment", "on hold", "on-hold", "not been paid",
                "hasn't been paid", "unpaid"],
    "cancelled": ["cancelled", "canceled"],
    "refunded": ["refunded", "refund"],
    "failed": ["failed", "declined", "didn't go through", "did not go through", "unsuccessful"],
}
STATUS_WORDS["pending"] = STATUS_WORDS["on-hold"]
CARRIER = {"royal-mail": ["Royal Mail", "royal-mail"], "dpd-uk": ["DPD", "dpd-uk"], "evri": ["Evri"]}


def first(orders, **want):
    for o in orders:
        if all(test(o, k, v) for k, v in want.items()):
            return o
    raise LookupError(want)


def test(o, k, v):
    if k == "who":
        return o["person"]["last"] == v
    if k == "guest":
        return o["person"]["guest"] == v
    if k == "tracked":
        return bool(o["tracking"]) == v
    if k == "provider":
        return bool(o["tracking"]) and o["tracking"][0]["provider"] == v
    return o[k] == v


def secrets(o):
    return [t["number"] for t in o["tracking"]] + [o["person"]["postcode"], o["person"]["address"]]


def track_facts(o):
    t = o["tracking"][0]
    return [t["number"], CARRIER[t["provider"]]]


def names(o):
    seen = []
    for it in o["items"]:
        name = it["p"]["name"].split(" (")[0]
        if name not in seen:
            seen.append(name)
    return seen


def items_text(o):
    return ", ".join("%d x %s" % (it["qty"], it["v"]["title"]) for it in o["items"])


def status(orders):
    c = []
    o = first(orders, status="completed", guest=False, provider="royal-mail")
    e = o["person"]["email"]
    c.append(case("os-completed", ["order_status"], "hi, where's my order %s? email is %s" % (o["number"], e),
                  "answer", [STATUS_WORDS["completed"], o["tracking"][0]["number"]], [], [],
                  "Order %s has shipped with %s, tracking %s." % (o["number"], o["method_title"], o["tracking"][0]["number"])))
    o = first(orders, status="processing", who="Fraser")
    c.append(case("os-processing", ["order_status"], "has order %s shipped yet? %s" % (o["number"], o["person"]["email"]),
                  "answer", [STATUS_WORDS["processing"]], [], [], "Paid, not shipped yet (processing)."))
    o = first(orders, status="on-hold")
    c.append(case("os-on-hold", ["order_status", "payment"], "whats the status of %s, %s" % (o["number"], o["person"]["email"]),
                  "answer", [STATUS_WORDS["on-hold"]], [], [], "Waiting for the bank transfer (on hold)."))
    o = first(orders, status="pending", who="Chen")
    c.append(case("os-pending", ["order_status", "payment"],
                  "order %s, did my payment go through? it's %s" % (o["number"], o["person"]["email"]), "answer",
                  [STATUS_WORDS["pending"]], [], [], "The payment is still pending."))
    o = first(orders, status="failed")
    c.append(case("os-failed", ["order_status", "payment"], "what's happening with order %s? (%s)" % (
        o["number"], o["person"]["email"]), "answer", [STATUS_WORDS["failed"]], [], [],
        "The payment failed, so the order was not placed."))
    o = first(orders, status="completed", who="Becker")
    c.append(case("os-two-turns", ["order_status", "multi_turn"], ["where is order %s?" % o["number"],
                                                                   "it's %s" % o["person"]["email"]],
                  "answer", [STATUS_WORDS["completed"], o["tracking"][0]["number"]], [], [],
                  "After the email, gives the status and tracking %s." % o["tracking"][0]["number"]))
    o = first(orders, status="completed", who="Okafor")
    p = o["person"]
    c.append(case("os-name-postcode", ["order_status", "name_zip"], "order %s - %s %s, %s. has it shipped?" % (
        o["number"], p["first"], p["last"], p["postcode"]), "answer", [STATUS_WORDS["completed"]], [], [],
        "Name and postcode prove the order: it has shipped (%s)." % o["tracking"][0]["number"]))
    return c


def tracking(orders):
    c = []
    picks = [("ot-royal-mail", first(orders, status="completed", who="Tranter"),
              "tracking number for order %s please, %s"),
             ("ot-dpd", first(orders, status="completed", provider="dpd-uk", who="Chen"), "which courier has %s? %s"),
             ("ot-evri", first(orders, status="completed", provider="evri", who="Adeyemi"),
              "can you send me the tracking for %s - %s"),
             ("ot-highlands", first(orders, status="completed", who="Fraser"), "whos delivering order %s and whats the tracking no? %s")]
    for cid, o, text in picks:
        c.append(case(cid, ["order_tracking"], text % (o["number"], o["person"]["email"]), "answer", track_facts(o),
                      [], [], "Order %s: %s tracking %s." % (o["number"], o["tracking"][0]["provider"], o["tracking"][0]["number"])))
    o = first(orders, extra="part_shipped")
    c.append(case("ot-part-shipped", ["order_tracking", "partial"], "tracking for order %s? %s" % (
        o["number"], o["person"]["email"]), "answer", [o["tracking"][0]["number"]], [], [],
        "One parcel has shipped (tracking %s); the backordered mortar follows." % o["tracking"][0]["number"]))
    o = first(orders, method="collect", status="completed")
    c.append(case("ot-collect", ["order_tracking", "collect"], "what's the tracking number for %s? %s" % (
        o["number"], o["person"]["email"]), "answer",
        [["collect", "no tracking", "doesn't have a tracking", "does not have a tracking", "not have a tracking"]],
        [], [], "A Click & Collect order has no tracking number."))
    return c


def items(orders):
    c = []
    picks = [("oi-1", first(orders, who="Pryce", status="completed"), "what did I order in %s? %s"),
             ("oi-2", first(orders, who="MacLeod", status="completed"), "can u remind me what was in order %s, %s"),
             ("oi-3", first(orders, who="Laurent", status="completed"), "whats in order %s? email %s"),
             ("oi-4", first(orders, who="O'Connell", status="completed"), "which items were on my order %s (%s)?"),
             ("oi-5", first(orders, who="Whitfield", status="completed", method="rm24"), "order %s - what did i buy? %s")]
    for cid, o, text in picks:
        c.append(case(cid, ["order_items"], text % (o["number"], o["person"]["email"]), "answer", names(o), [], [],
                      "Order %s: %s." % (o["number"], items_text(o))))
    def single(o, it):
        return sum(x["p"] is it["p"] for x in o["items"]) == 1
    o, it = next((o, it) for o in orders for it in o["items"] if not o["person"]["guest"] and it["qty"] >= 2
                 and single(o, it) and o["status"] == "completed"
                 and o["person"]["last"] not in ("Pryce", "MacLeod", "Laurent"))
    c.append(case("oi-quantity", ["order_items", "quantity"], "how many %s did i get in order %s? %s" % (
        it["p"]["name"].split(" (")[0].lower(), o["number"], o["person"]["email"]), "answer", [num(it["qty"], 0)], [], [],
        "%d x %s." % (it["qty"], it["v"]["title"])))
    return c


def refunds(orders):
    c = []
    full = [o for o in orders if o["status"] == "refunded" and not o["person"]["guest"]]
    for cid, o, text in [("or-full-1", full[0], "has my refund for order %s gone through? %s"),
                         ("or-full-2", full[1], "did i get my money back for %s, %s")]:
        c.append(case(cid, ["order_refund", "full"], text % (o["number"], o["person"]["email"]), "answer",
                      [STATUS_WORDS["refunded"], num(o["refunded"])], [], [],
                      "Refunded in full: %s." % gbp(o["refunded"])))
    part = [o for o in orders if o["extra"] == "partial_refund"]
    what = {"Jar arrived broken": "the broken jar", "Pouch split in transit": "the split pouch",
            "Item short-shipped": "the missing item"}
    texts = ["was i refunded for %s on %%s? %%s", "how much did you refund me for %s on order %%s? %%s",
             "did the refund for %s on %%s go through? %%s"]
    for i, (o, text) in enumerate(zip(part, texts)):
        text = text % what[o["refunds"][0][1]]
        c.append(case("or-partial-%d" % (i + 1), ["order_refund", "partial"], text % (o["number"], o["person"]["email"]),
                      "answer", [num(o["refunded"])], [], [],
                      "%s of %s was refunded (%s)." % (gbp(o["refunded"]), gbp(o["total"]), o["refunds"][0][1])))
    canc = [o for o in orders if o["status"] == "cancelled" and not o["person"]["guest"]]
    for cid, o, text in [("or-cancelled-1", canc[0], "was order %s cancelled? %s"),
                         ("or-cancelled-2", canc[-1], "why does it say my order %s is cancelled? %s")]:
        c.append(case(cid, ["order_refund", "cancelled"], text % (o["number"], o["person"]["email"]), "answer",
                      [STATUS_WORDS["cancelled"]], [], [], "Order %s is cancelled (unpaid)." % o["number"]))
    return c


def recent(orders, custs):
    c = []
    def mine(last):
        return [o for o in orders if o["person"]["last"] == last and not o["person"]["guest"]]
    o = mine("Shah")[-1]
    c.append(case("rec-latest-priya", ["order_recent"], "where's my latest order?", "answer",
                  [o["number"], o["tracking"][0]["number"]], [], [], "Latest: %s, shipped, tracking %s." % (
                      o["number"], o["tracking"][0]["number"]), customer_email=o["person"]["email"]))
    o = mine("Okonjo")[-1]
    c.append(case("rec-last-items", ["order_recent", "items"], "what was in my last order?", "answer", names(o), [], [],
                  "Order %s: %s." % (o["number"], items_text(o)), customer_email=o["person"]["email"]))
    os_ = mine("Chen")
    c.append(case("rec-list-mei", ["order_recent", "list"], "show me all my orders", "answer",
                  [o["number"] for o in os_], [], [], "Lists %s." % ", ".join(o["number"] for o in os_),
                  customer_email=os_[0]["person"]["email"]))
    o = mine("Whitfield")[-1]
    c.append(case("rec-latest-shipped", ["order_recent"], "did my most recent order ship?", "answer",
                  [o["tracking"][0]["number"]], [], [], "Order %s has shipped, tracking %s." % (
                      o["number"], o["tracking"][0]["number"]), customer_email=o["person"]["email"]))
    os_ = mine("Adeyemi")
    c.append(case("rec-list-seun", ["order_recent", "list"], "list my orders pls", "answer",
                  [o["number"] for o in os_], [], [], "Lists %s." % ", ".join(o["number"] for o in os_),
                  customer_email=os_[0]["person"]["email"]))
    return c


def guests(orders):
    c = []
    g = [o for o in orders if o["person"]["guest"]]
    by = lambda last, st: next(o for o in g if o["person"]["last"] == last and o["status"] == st)
    o = by("Hammond", "completed")
    c.append(case("og-tracking", ["order_guest", "tracking"], "tracking for order %s? it's %s" % (o["number"], o["person"]["email"]),
                  "answer", track_facts(o), [], [], "Guest order: %s." % o["tracking"][0]["number"]))
    o = by("Kowalski", "completed")
    c.append(case("og-status", ["order_guest", "status"], "status of order %s, %s" % (o["number"], o["person"]["email"]),
                  "answer", [STATUS_WORDS["completed"], o["tracking"][0]["number"]], [], [], "Shipped."))
    o = by("Byrne", "completed")
    c.append(case("og-ireland", ["order_guest", "international"], "where's my parcel? order %s, email %s" % (
        o["number"], o["person"]["email"]), "answer", track_facts(o), [], [], "Shipped to Ireland, %s."
        % o["tracking"][0]["number"]))
    o = by("Nilsson", "refunded")
    c.append(case("og-refund", ["order_guest", "refund"], "was order %s refunded? %s" % (o["number"], o["person"]["email"]),
                  "answer", [STATUS_WORDS["refunded"], num(o["refunded"])], [], [], "Refunded %s." % gbp(o["refunded"])))
    o = by("Adebayo", "processing")
    c.append(case("og-processing", ["order_guest", "status"], "has %s been sent yet? %s" % (o["number"], o["person"]["email"]),
                  "answer", [STATUS_WORDS["processing"]], [], [], "Not shipped yet."))
    lucy = [o for o in g if o["person"]["last"] == "Hammond"]
    c.append(case("og-list-email-only", ["order_guest", "list"], "show me all my orders, my email is %s"
                  % lucy[0]["person"]["email"], "ask_verification", [], [o["number"] for o in lucy], [],
                  "An email alone unlocks no list: asks for a sign-in or a code; no order number appears."))
    return c


def refusals(orders, custs):
    c = []
    pri = [o for o in orders if o["person"]["last"] == "Shah"]
    o = pri[-1]
    c.append(case("ref-no-proof", ["order_refusal"], "where is my order %s?" % o["number"], "ask_verification", [],
                  secrets(o), [], "Asks for the order's email (or name and postcode) first; gives nothing away."))
    tom = next(x for x in custs if x["last"] == "Whitfield")
    toms = [t["number"] for x in orders if x["person"] is tom for t in x["tracking"]]
    c.append(case("ref-wrong-email", ["order_refusal", "other_customer"], "order %s, my email is %s - where is it?" % (
        o["number"], tom["email"]), None, [], secrets(o) + toms, [],
        "The email is not this order's: the same answer as for an unknown order; no tracking or address."))
    c.append(case("ref-signed-in-other", ["order_refusal", "other_customer"], "what's the tracking on order %s?" % o["number"],
                  "decline", [], secrets(o), [], "Not the signed-in customer's order: declined, nothing leaks.",
                  customer_email=tom["email"]))
    c.append(case("ref-email-only", ["order_refusal"], "whats the tracking on my order? my email is %s" % o["person"]["email"],
                  "ask_verification", [], [t["number"] for x in pri for t in x["tracking"]], [],
                  "An email alone proves nothing: asks for the order number too."))
    gar = [x for x in orders if x["person"]["last"] == "Pryce"]
    c.append(case("ref-list-unsigned", ["order_refusal", "list"], "show me all orders for %s" % gar[0]["person"]["email"],
                  "ask_verification", [], [x["number"] for x in gar], [],
                  "The list needs a signed-in shopper or a code: no order numbers."))
    o2 = first(orders, status="completed", who="Okafor")
    c.append(case("ref-name-only", ["order_refusal"], "order %s for %s %s, where is it?" % (
        o2["number"], o2["person"]["first"], o2["person"]["last"]), "ask_verification", [], secrets(o2), [],
        "A name without the postcode or email proves nothing."))
    dev = [x for x in orders if x["person"]["last"] == "Patel"]
    fake = str(max(int(x["number"]) for x in orders) + 137)   # shaped like the shop's next order
    c.append(case("ref-made-up-number", ["order_refusal", "unknown_order"], "order %s, %s - has it shipped?" % (
        fake, dev[0]["person"]["email"]), None, [], [t["number"] for x in dev for t in x["tracking"]], [],
        "An order number that does not exist: the same answer as someone else's; nothing of the customer's leaks."))
    o3 = first(orders, status="completed", who="Adeyemi")
    c.append(case("ref-address", ["order_refusal", "address"], "what address is order %s going to? %s" % (
        o3["number"], o3["person"]["email"]), None, [], [o3["person"]["address"], o3["person"]["postcode"]], [],
        "The order number and email do not unlock the address (it needs a sign-in or a code)."))
    return c


def build(catalog, custs, guests_, orders):
    return (status(orders) + tracking(orders) + items(orders) + refunds(orders) + recent(orders, custs)
            + guests(orders) + refusals(orders, custs))
