"""Cases about orders, each asked with the proof docs/security.md says unlocks one order (the
order number with that order's email, or with the full name and postcode), or by a signed-in
shopper (customer_email). Every expected value is read from the built orders (hs_orders.Orders)."""
from hs_case import case, num
from hs_out import pounds

UNSHIPPED = ["processing", "not shipped", "not yet shipped", "hasn't shipped", "has not shipped", "unfulfilled",
             "not been shipped", "being prepared"]
PENDING = ["pending", "awaiting payment", "waiting for payment", "on hold", "on-hold", "not been paid", "payment"]


def _track(o):
    return [s["number"] for s in o["shipments"]]


def _carrier_fact(name):
    return [name, name.lower().replace(" ", "-")]


def order_status(O):
    r = O.by_role
    out = []
    o = r["tom_processing"]
    out.append(case("os-processing", ["order_status", "email_proof"], "hi, where's my order %d? email %s" % (o["id"], o["person"]["email"]),
                    "answer", [str(o["id"]), UNSHIPPED], (), (), "Order %d is processing and has not shipped yet." % o["id"]))
    o = O.by_id[4034]
    out.append(case("os-completed", ["order_status", "email_proof"], "has order %d shipped? %s" % (o["id"], o["person"]["email"]),
                    "answer", [str(o["id"])] + _track(o), (), (),
                    "Order %d is completed and shipped with %s, tracking %s." % (o["id"], O.carrier_name(o), _track(o)[0])))
    o = r["on_hold"]
    out.append(case("os-on-hold", ["order_status", "payment"], "order %d, %s - why hasn't it been sent yet?" % (o["id"], o["person"]["email"]),
                    "answer", [str(o["id"]), PENDING], (), (),
                    "Order %d is on hold, waiting for the bank transfer payment, so it has not shipped." % o["id"]))
    o = r["pending"]
    out.append(case("os-pending", ["order_status", "signed_in"], "what's happening with order %d?" % o["id"], "answer",
                    [str(o["id"]), PENDING], (), (), "Order %d is waiting for payment (pending)." % o["id"], email=o["person"]["email"]))
    o = r["failed"]
    out.append(case("os-failed", ["order_status", "payment"], "did my order %d go through? %s" % (o["id"], o["person"]["email"]),
                    "answer", [str(o["id"]), "failed"], (), (), "Order %d's payment failed; it was not placed." % o["id"]))
    o = r["eilidh_latest"]
    p = o["person"]
    out.append(case("os-name-postcode", ["order_status", "name_zip_proof"],
                    "order %d, %s %s, %s - has it been sent yet?" % (o["id"], p["first"], p["last"], p["postcode"]),
                    "answer", [str(o["id"]), UNSHIPPED], (), (), "Proven by name and postcode: order %d is processing, not shipped yet." % o["id"]))
    o = r["preorder"]
    out.append(case("os-preorder", ["order_status", "signed_in"], "status of order %d please" % o["id"], "answer",
                    [str(o["id"]), UNSHIPPED], (), (), "Order %d (the Kelso pre-order) is processing, not shipped yet." % o["id"],
                    email=o["person"]["email"]))
    return out


def order_carrier(O):
    r = O.by_role
    out = []
    o = r["hamish_dpd"]
    out.append(case("oc-hamish-dpd", ["order_carrier", "email_proof"], "which courier has order %d? %s" % (o["id"], o["person"]["email"]),
                    "answer", [_carrier_fact(O.carrier_name(o))] + _track(o), (), (), "DPD, tracking %s." % _track(o)[0]))
    o = r["ethan_world"]
    out.append(case("oc-ethan-parcelforce", ["order_carrier", "signed_in"], "who's delivering order %d and what's the tracking number?" % o["id"],
                    "answer", [_carrier_fact(O.carrier_name(o))] + _track(o), (), (), "Parcelforce, tracking %s." % _track(o)[0],
                    email=o["person"]["email"]))
    o = r["two_parcels"]
    out.append(case("oc-two-parcels", ["order_carrier", "email_proof"], "tracking for order %d please, %s" % (o["id"], o["person"]["email"]),
                    "answer", _track(o), (), (), "Both parcels' tracking numbers: %s." % ", ".join(_track(o))))
    o = r["lukas_recent"]
    out.append(case("oc-lukas", ["order_carrier", "email_proof"], "whats the tracking number for %d? %s" % (o["id"], o["person"]["email"]),
                    "answer", _track(o), (), (), "Tracking %s with DPD." % _track(o)[0]))
    o = r["callum_latest"]
    out.append(case("oc-callum", ["order_carrier", "signed_in"], "who is my order %d shipping with?" % o["id"], "answer",
                    [_carrier_fact(O.carrier_name(o))], (), (), "DPD.", email=o["person"]["email"]))
    o = r["eilidh_first"]
    out.append(case("oc-eilidh", ["order_carrier", "email_proof"], "tracking number for order %d - %s" % (o["id"], o["person"]["email"]),
                    "answer", _track(o), (), (), "Royal Mail, tracking %s." % _track(o)[0]))
    return out


def _item_names(o):
    return [l["product"]["name"].replace("&amp;", "&") for l in o["lines"]]


def order_items(O):
    r = O.by_role
    out = []
    o = r["price_adjust"]
    out.append(case("oi-fiona-4103", ["order_items", "email_proof"], "what was in order %d? %s" % (o["id"], o["person"]["email"]),
                    "answer", _item_names(o), (), (), "Lists: %s." % ", ".join(l["name"] for l in o["lines"])))
    o = r["olivia_kids"]
    out.append(case("oi-olivia", ["order_items", "signed_in"], "what did i order in %d?" % o["id"], "answer", _item_names(o), (), (),
                    "Lists: %s." % ", ".join(l["name"] for l in o["lines"]), email=o["person"]["email"]))
    o = r["ruairidh"]
    out.append(case("oi-ruairidh", ["order_items", "email_proof"], "order %d, %s - which hats were in it?" % (o["id"], o["person"]["email"]),
                    "answer", _item_names(o), (), (), "Lists: %s." % ", ".join(l["name"] for l in o["lines"])))
    o = r["coupon"]
    out.append(case("oi-total-coupon", ["order_items", "total"], "how much did i pay for order %d?" % o["id"], "answer",
                    [num(o["total"])], (), (), "%s (after the %s discount)." % (pounds(o["total"]), o["coupon"][0]),
                    email=o["person"]["email"]))
    o = r["ethan_processing"]
    out.append(case("oi-total-ethan", ["order_items", "total"], "order %d total? %s" % (o["id"], o["person"]["email"]),
                    "answer", [num(o["total"])], (), (), "%s including delivery." % pounds(o["total"])))
    return out


def order_refund(O):
    r = O.by_role
    out = []
    o = r["refunded_full"]
    out.append(case("or-refunded-full", ["order_refund", "email_proof"], "has my refund for order %d gone through? %s" % (o["id"], o["person"]["email"]),
                    "answer", ["refunded", num(o["refunded"])], (), (), "Yes: order %d was refunded in full, %s." % (o["id"], pounds(o["refunded"]))))
    o = r["partial_item"]
    out.append(case("or-partial-linen", ["order_refund", "signed_in"], "did you refund the linen cap from order %d?" % o["id"], "answer",
                    [num(o["refunded"])], (), (), "Yes: %s was refunded on order %d." % (pounds(o["refunded"]), o["id"]),
                    email=o["person"]["email"]))
    o = r["price_adjust"]
    out.append(case("or-price-adjust", ["order_refund", "email_proof"], "order %d - was i refunded anything? %s" % (o["id"], o["person"]["email"]),
                    "answer", [num(o["refunded"])], (), (), "Yes: a partial refund of %s." % pounds(o["refunded"])))
    o = r["refunded_customs"]
    out.append(case("or-customs", ["order_refund", "signed_in"], "what happened with my order %d? i got an email about a refund" % o["id"],
                    "answer", ["refunded", num(o["refunded"])], (), (), "Order %d was refunded in full, %s." % (o["id"], pounds(o["refunded"])),
                    email=o["person"]["email"]))
    o = r["cancelled"]
    out.append(case("or-cancelled", ["order_refund", "cancelled"], "was order %d cancelled? %s" % (o["id"], o["person"]["email"]),
                    "answer", [["cancelled", "canceled"]], (), (), "Yes, order %d is cancelled (it was never paid)." % o["id"]))
    o = r["partial_item_2"]
    out.append(case("or-partial-aisha", ["order_refund", "signed_in"], "how much did you refund on %d?" % o["id"], "answer",
                    [num(o["refunded"])], (), (), "%s." % pounds(o["refunded"]), email=o["person"]["email"]))
    return out


def order_recent(O):
    out = []
    for cid, who, text, extra in [("orc-fiona", "fiona", "where's my last order?", "status"),
                                  ("orc-callum", "callum", "any news on my most recent order?", "tracking"),
                                  ("orc-eilidh", "eilidh", "has my latest order shipped yet", "status"),
                                  ("orc-james", "james", "my last order - where is it?", "tracking")]:
        o = O.last_of(who)
        facts = [str(o["id"])] + (_track(o) if extra == "tracking" else [UNSHIPPED])
        out.append(case(cid, ["order_recent", "signed_in"], text, "answer", facts, (), (),
                        "Answers about the newest order, %d (%s)." % (o["id"], o["status"]), email=o["person"]["email"]))
    ids = [str(o["id"]) for o in O.of("aisha")]
    out.append(case("orc-list", ["order_recent", "order_list"], "show me all my orders", "answer", ids, (), (),
                    "Lists the signed-in customer's orders: %s." % ", ".join(ids), email=O.people["aisha"]["email"]))
    return out


def order_guest(O):
    r = O.by_role
    out = []
    o = r["guest_harriet_2"]
    out.append(case("og-harriet-shipped", ["order_guest", "email_proof"], "order %d, %s - has it shipped?" % (o["id"], o["person"]["email"]),
                    "answer", [str(o["id"])] + _track(o), (), (), "Shipped with Royal Mail, tracking %s." % _track(o)[0]))
    o = r["guest_harriet_1"]
    out.append(case("og-harriet-items", ["order_guest", "items"], "what was in order %d? %s" % (o["id"], o["person"]["email"]),
                    "answer", _item_names(o), (), (), "Lists: %s." % ", ".join(l["name"] for l in o["lines"])))
    o = r["guest_ben"]
    out.append(case("og-ben-two-turns", ["order_guest", "two_turns"], ["where is my order %d?" % o["id"], "its %s" % o["person"]["email"]],
                    "answer", _track(o), (), (), "After the email, gives the status and tracking %s." % _track(o)[0]))
    o = r["guest_marta"]
    out.append(case("og-marta-carrier", ["order_guest", "carrier"], "Olá! order %d, %s, who is delivering it?" % (o["id"], o["person"]["email"]),
                    "answer", [_carrier_fact(O.carrier_name(o))], (), (), "DPD, tracking %s." % _track(o)[0]))
    o = r["guest_kenji"]
    out.append(case("og-kenji-tracking", ["order_guest", "custom_carrier"], "order %d %s tracking?" % (o["id"], o["person"]["email"]),
                    "answer", _track(o) + [["Parcelforce"]], (), (), "Tracking %s (Parcelforce Worldwide, a custom provider)." % _track(o)[0]))
    o = r["guest_chloe"]
    out.append(case("og-chloe-cancelled", ["order_guest", "cancelled"], "was my order %d cancelled? %s" % (o["id"], o["person"]["email"]),
                    "answer", [["cancelled", "canceled"]], (), (), "Yes, order %d was cancelled (unpaid)." % o["id"]))
    return out
