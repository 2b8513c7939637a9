"""Order cases: status, items, refunds, the latest order, guest orders, and refusals when the asker has not
proven the order. Every fact is read from the built orders (orders.py)."""

from casekit import case, num
from common import money
from orders import order
from people import CUSTOMERS, GUESTS

UNFULFILLED = [
    "not shipped",
    "not yet shipped",
    "hasn't shipped",
    "has not shipped",
    "not been shipped",
    "unfulfilled",
    "not fulfilled",
    "being prepared",
    "processing",
    "yet to ship",
    "hasn't been shipped",
    "not dispatched",
    "hasn't been dispatched",
    "not yet been",
    "preparing",
    "awaiting",
]
IN_TRANSIT = ["in transit", "on its way", "on the way", "shipped", "dispatched"]
PENDING = [
    "pending",
    "awaiting payment",
    "waiting for payment",
    "waiting on payment",
    "not yet paid",
    "hasn't cleared",
    "not cleared",
    "bank deposit",
]
CANCELLED = ["cancelled", "canceled"]


def email(who):
    return (CUSTOMERS.get(who) or GUESTS[who])[2]


def tracking(o):
    return [f["number"] for f in o["fulfillments"] if f["number"]]


def carrier(o):
    return next(f["carrier"] for f in o["fulfillments"] if f["carrier"])


def status_facts(o):
    sc = o["scenario"]
    if sc in ("delivered", "partial_refund", "refunded"):
        return [["delivered"], *tracking(o)[:1]]
    if sc == "in_transit":
        return [IN_TRANSIT, *tracking(o)]
    if sc == "out_for_delivery":
        return [["out for delivery"], *tracking(o)]
    if sc == "confirmed":
        return [*tracking(o), carrier(o)]
    if sc in ("unfulfilled", "authorized"):
        return [UNFULFILLED]
    if sc == "pending":
        return [PENDING]
    if sc.startswith("cancelled"):
        return [CANCELLED]
    raise ValueError(sc)


def said(o):
    sc = o["scenario"]
    bits = {
        "delivered": "delivered",
        "partial_refund": "delivered",
        "refunded": "delivered",
        "in_transit": "in transit",
        "out_for_delivery": "out for delivery",
        "confirmed": "shipped (label created)",
        "unfulfilled": "paid, not shipped yet",
        "authorized": "payment authorised, not shipped yet",
        "pending": "waiting for its bank deposit to clear",
        "partial": "partly shipped",
    }.get(sc, sc)
    parcels = [f"{f['number']} with {f['carrier']}" for f in o["fulfillments"] if f["number"]]
    if parcels:
        bits += f"; tracking {' and '.join(parcels)}"
    return f"Order #{o['number']} is {bits}."


def _status(cid, tags, turns, number, customer_email=None):
    o = order(number)
    return case(
        cid,
        ["order_status", *tags],
        turns,
        "answer",
        status_facts(o),
        (),
        (),
        said(o),
        customer_email=customer_email,
    )


def order_status():
    partial = order(5234)
    waiting = [x for x in partial["lines"] if x["id"] not in partial["shipped_ids"]]
    assert len(waiting) == 1
    mateo = order(5214)
    assert len(tracking(mateo)) == 2
    return [
        _status(
            "os-5228-transit", ["email_proof"], "where is order #5228? my email is cfraser@example.org", 5228
        ),
        _status(
            "os-5235-out",
            ["two_turns", "lowercase"],
            ["hey is my order 5235 out for delivery yet", email("jack")],
            5235,
        ),
        _status(
            "os-5237-unfulfilled",
            ["email_proof", "abbrev"],
            f"has order #5237 shipped yet? {email('liam')}",
            5237,
        ),
        _status(
            "os-5232-pending", ["email_proof", "payment"], f"status of #5232 please, {email('mateo')}", 5232
        ),
        _status(
            "os-5233-confirmed",
            ["email_proof", "carrier"],
            f"order 5233 - any tracking yet? {email('tom')}",
            5233,
        ),
        case(
            "os-5214-two-parcels",
            ["order_status", "email_proof", "split_shipment"],
            f"did order #5214 come in two parcels? whats the tracking. {email('mateo')}",
            "answer",
            tracking(mateo),
            (),
            (),
            said(mateo),
        ),
        _status(
            "os-5216-name-zip",
            ["name_zip_proof"],
            "where's order 5216? name's hannah kim, postcode 4556",
            5216,
        ),
        _status(
            "os-5229-signed-in",
            ["signed_in", "found_by_item"],
            "has my coolum lounge order shipped yet?",
            5229,
            customer_email=email("hannah"),
        ),
        case(
            "os-5234-partial",
            ["order_status", "signed_in", "partial"],
            "order 5234 - has everything shipped?",
            "answer",
            [*tracking(partial), ["Base Weight", "weight plates", "base weights"]],
            (),
            (),
            f"{said(partial)} The {waiting[0]['p']['title']} has not shipped yet (it is on backorder).",
            customer_email=email("olivia"),
        ),
    ]


def order_items():
    def names(o):
        return [x["p"]["title"] for x in o["lines"]]

    o4, o5, o7, o19, o38 = order(5204), order(5205), order(5207), order(5219), order(5238)
    cushion = next(x for x in o19["lines"] if "Cushion" in x["p"]["title"])
    ng = next(x for x in o7["lines"] if x["p"]["handle"] == "ember-pro-hooded-bbq")
    return [
        case(
            "oi-5204",
            ["order_items", "email_proof"],
            f"what was on order 5204? {email('tom')}",
            "answer",
            [x.split(" ")[0] for x in names(o4)],
            (),
            (),
            f"Order #5204 holds: {', '.join(names(o4))}.",
        ),
        case(
            "oi-5219-cushions",
            ["order_items", "signed_in", "options"],
            "which cushions did i get on order 5219? what size and colour",
            "answer",
            [cushion["v"]["opts"][0], cushion["v"]["opts"][1], num(cushion["qty"], 0)],
            (),
            (),
            f"{cushion['qty']} x {cushion['p']['title']} in {cushion['v']['title']}.",
            customer_email=email("olivia"),
        ),
        case(
            "oi-5205-warranty",
            ["order_items", "email_proof", "service"],
            f"did my order 5205 include the extended warranty? {email('charlotte')}",
            "answer",
            ["Extended Warranty"],
            (),
            (),
            f"Yes: order #5205 holds {', '.join(names(o5))}.",
        ),
        case(
            "oi-5207-two-turns",
            ["order_items", "two_turns"],
            ["what was in order #5207", email("liam")],
            "answer",
            ["Ember Pro", ng["v"]["opts"][1], "Cover", "Assembly"],
            (),
            (),
            f"Order #5207 holds: {', '.join(x['p']['title'] + (' - ' + x['v']['title'] if x['v']['opts'] else '') for x in o7['lines'])}.",
        ),
        case(
            "oi-5238-signed-in",
            ["order_items", "signed_in", "latest"],
            "what rugs are on my latest order?",
            "answer",
            ["Tropicana", "Coastal Stripe"],
            (),
            (),
            f"Order #5238 holds: {', '.join(names(o38))}.",
            customer_email=email("aisha"),
        ),
    ]


def order_refunds():
    o26, o10, o23, o09 = order(5226), order(5210), order(5223), order(5209)
    assert o23["financial"] == "voided" and o10["fulfillment"] == "restocked"
    return [
        case(
            "or-5226",
            ["order_refund", "email_proof", "partial_refund"],
            f"did the refund for the umbrella base on 5226 go through? {email('liam')}",
            "answer",
            [num(o26["refunded"])],
            (),
            (),
            f"Yes: {money(o26['refunded'])} was refunded on order #5226.",
        ),
        case(
            "or-5210-cancelled",
            ["order_refund", "email_proof", "cancelled"],
            f"how much was refunded on order 5210? {email('jack')}",
            "answer",
            [num(o10["refunded"]), CANCELLED],
            (),
            (),
            f"Order #5210 was cancelled and {money(o10['refunded'])} refunded in full.",
        ),
        case(
            "or-5223-voided",
            ["order_refund", "email_proof", "voided"],
            f"was i actually charged for order 5223? i cancelled it. {email('grace')}",
            "answer",
            [[*CANCELLED, "voided", "not charged", "wasn't charged", "released"]],
            (),
            (),
            "Order #5223 was cancelled and its payment voided: nothing was taken.",
        ),
        case(
            "or-signed-in-refund",
            ["order_refund", "signed_in", "found_by_refund"],
            "has my refund for the armchairs been processed?",
            "answer",
            [num(o09["refunded"])],
            (),
            (),
            f"Order #5209: {money(o09['refunded'])} refunded (the two chairs less the return label).",
            customer_email=email("sophie"),
        ),
        case(
            "or-jack-cancelled-lounge",
            ["order_refund", "signed_in", "cancelled"],
            "did i get my money back for the lounge order that got cancelled?",
            "answer",
            [num(o10["refunded"])],
            (),
            (),
            f"Order #5210 was cancelled and {money(o10['refunded'])} refunded.",
            customer_email=email("jack"),
        ),
    ]
