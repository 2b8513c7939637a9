"""Builds orders.json (Shopify Admin API) and customers_export.csv from the plan in people.py.

Each built order keeps a summary (`o["_"]`) the cases read their facts from; it is not written."""

import datetime as dt
import string

import catalog
import policies as pol
from common import CURRENCY, TZ, amount, rng
from people import CUSTOMERS, GUESTS, STATES
from plan import ORDERS

R = rng("orders")
PARCEL = ["Australia Post", "Couriers Please"]
FREIGHT = ["StarTrack", "TNT", "Toll IPEC"]


def _digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _letters(n):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def tracking(carrier):
    if carrier == "Australia Post":
        num = "33" + _letters(3) + _digits(7)
        return num, f"https://auspost.com.au/mypost/track/details/{num}"
    if carrier == "Couriers Please":
        num = "CPW" + _letters(3) + _digits(7)
        return num, f"https://www.couriersplease.com.au/tools-track/no/{num}"
    if carrier == "StarTrack":
        num = "VCOZ" + _digits(8)
        return num, f"https://startrack.com.au/track/details/{num}"
    if carrier == "TNT":
        num = "VCB" + _digits(9)
        return num, f"https://www.tnt.com/express/en_au/site/shipping-tools/tracking.html?cons={num}"
    num = "TLVC" + _digits(9)
    return num, f"https://www.mytoll.com/?externalSearchQuery={num}"


def _iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def _money_set(x):
    return {
        "shop_money": {"amount": amount(x), "currency_code": CURRENCY},
        "presentment_money": {"amount": amount(x), "currency_code": CURRENCY},
    }


CUSTOMER_IDS = {}
_cid = 7391158239521
for _key in CUSTOMERS:
    _cid += R.randint(40000, 4000000)
    CUSTOMER_IDS[_key] = _cid


def _address(first, last, phone, line1, city, prov, postcode):
    return {
        "first_name": first,
        "address1": line1,
        "phone": phone,
        "city": city,
        "zip": postcode,
        "province": STATES[prov],
        "country": "Australia",
        "last_name": last,
        "address2": None,
        "company": None,
        "latitude": None,
        "longitude": None,
        "name": f"{first} {last}",
        "country_code": "AU",
        "province_code": prov,
    }


def _person(who):
    if who in CUSTOMERS:
        c = CUSTOMERS[who]
        return dict(
            first=c[0],
            last=c[1],
            email=c[2],
            phone=c[3],
            line1=c[4],
            city=c[5],
            prov=c[6],
            postcode=c[7],
            guest=False,
            marketing=c[8] == "yes",
        )
    g = GUESTS[who]
    return dict(
        first=g[0],
        last=g[1],
        email=g[2],
        phone=g[3],
        line1=g[4],
        city=g[5],
        prov=g[6],
        postcode=g[7],
        guest=True,
        marketing=False,
    )


def _customer_obj(who, person, placed):
    cid = CUSTOMER_IDS[who]
    addr = _address(
        person["first"],
        person["last"],
        person["phone"],
        person["line1"],
        person["city"],
        person["prov"],
        person["postcode"],
    )
    return {
        "id": cid,
        "email": person["email"],
        "created_at": _iso(dt.datetime(2025, 11, 2, 9, 0) + dt.timedelta(days=cid % 300)),
        "updated_at": _iso(placed),
        "first_name": person["first"],
        "last_name": person["last"],
        "state": "enabled",
        "note": None,
        "verified_email": True,
        "multipass_identifier": None,
        "tax_exempt": False,
        "phone": person["phone"],
        "currency": CURRENCY,
        "tags": "",
        "email_marketing_consent": {
            "state": "subscribed" if person["marketing"] else "not_subscribed",
            "opt_in_level": "single_opt_in",
            "consent_updated_at": None,
        },
        "sms_marketing_consent": None,
        "admin_graphql_api_id": f"gid://shopify/Customer/{cid}",
        "default_address": dict(
            addr, id=cid + 1800000000, customer_id=cid, country_name="Australia", default=True
        ),
    }


def _build():
    built = []
    oid = 6023311482913
    lid = 15482209173537
    fid = 5610288300065
    rid = 1043127926817
    tid = 7203318857761
    for number, who, placed_s, items, scenario, extra in ORDERS:
        oid += R.randint(400000, 9000000)
        placed = dt.datetime.strptime(placed_s, "%Y-%m-%d %H:%M").replace(second=R.randint(0, 59))
        person = _person(who)
        zone = pol.zone_of(person["postcode"])
        pct = extra.get("discount", (None, 0))[1]
        lines = []
        for handle, opts, qty in items:
            lid += R.randint(10000, 900000)
            p = catalog.product(handle)
            v = catalog.variant(handle, *opts) if opts else p["variants"][0]
            line_total = v["price"] * qty
            disc = round(line_total * pct / 100, 2) if not v["gift_card"] else 0.0
            lines.append(dict(id=lid, p=p, v=v, qty=qty, total=line_total, disc=disc))
        subtotal = round(sum(x["total"] - x["disc"] for x in lines), 2)
        shippable = round(sum(x["total"] - x["disc"] for x in lines if x["v"]["requires_shipping"]), 2)
        bulky = sum(x["qty"] for x in lines if x["p"]["bulky"])
        if scenario in ("pickup", "giftcard"):
            ship, ship_title = 0.0, "Click & Collect – Murarrie warehouse"
        else:
            std = 0.0 if shippable >= pol.FREE_OVER else zone[3]
            ship = round(std + bulky * zone[4], 2)
            if bulky:
                ship_title = f"Freight Delivery – {zone[0]} ({bulky} bulky item{'s' if bulky > 1 else ''})"
            else:
                ship_title = f"{'Free ' if std == 0 else ''}Standard Delivery – {zone[0]}"
        total = round(subtotal + ship, 2)
        taxable = total - sum(x["total"] for x in lines if x["v"]["gift_card"])
        tax = round(taxable / 11, 2)
        built.append(
            dict(
                number=number,
                who=who,
                person=person,
                zone=zone,
                placed=placed,
                lines=lines,
                scenario=scenario,
                extra=extra,
                subtotal=subtotal,
                ship=ship,
                ship_title=ship_title,
                total=total,
                tax=tax,
                id=oid,
                bulky=bulky,
            )
        )
    for o in built:
        fid, rid, tid = _finish(o, fid, rid, tid)
    return built


def _finish(o, fid, rid, tid):
    """Fulfilments, refunds and states by scenario."""
    sc, placed, extra = o["scenario"], o["placed"], o["extra"]
    o["fulfillments"], o["refunds"], o["cancelled_at"], o["cancel_reason"] = [], [], None, None
    carrier = R.choice(FREIGHT if o["bulky"] else PARCEL)
    shipped_lines = []
    if sc in (
        "delivered",
        "in_transit",
        "confirmed",
        "out_for_delivery",
        "partial_refund",
        "refunded",
        "partial",
        "pickup",
        "giftcard",
    ):
        if sc == "partial":
            groups = [[x for x in o["lines"] if x["p"]["handle"] in extra["shipped"]]]
        elif extra.get("split"):
            groups = [[x] for x in o["lines"]]
        else:
            groups = [o["lines"]]
        for n, group in enumerate(groups, start=1):
            fid += R.randint(100000, 3000000)
            if sc in ("in_transit", "partial"):
                shipped = dt.datetime(2026, 12, 5) - dt.timedelta(days=R.randint(2, 4), hours=R.randint(1, 8))
                shipped = max(shipped, placed + dt.timedelta(hours=20))
            elif sc in ("confirmed", "out_for_delivery"):
                shipped = placed + dt.timedelta(days=1, hours=R.randint(1, 5))
            else:
                shipped = placed + dt.timedelta(days=R.randint(1, 3), hours=R.randint(1, 6))
            status = {
                "delivered": "delivered",
                "partial_refund": "delivered",
                "refunded": "delivered",
                "in_transit": "in_transit",
                "partial": "in_transit",
                "confirmed": "confirmed",
                "out_for_delivery": "out_for_delivery",
            }.get(sc)
            if sc in ("pickup", "giftcard"):
                car, num, url = None, None, None
            else:
                car = (
                    carrier
                    if n == 1
                    else R.choice([c for c in (FREIGHT if group[0]["p"]["bulky"] else PARCEL)])
                )
                num, url = tracking(car)
            days = 3 if car in PARCEL else 6
            updated = (
                shipped + dt.timedelta(days=days, hours=R.randint(0, 9)) if status == "delivered" else shipped
            )
            o["fulfillments"].append(
                dict(
                    id=fid,
                    n=n,
                    lines=group,
                    created=shipped,
                    updated=updated,
                    carrier=car,
                    number=num,
                    url=url,
                    status=status,
                    service="gift_card" if sc == "giftcard" else "manual",
                )
            )
            shipped_lines += group
    if sc in ("cancelled_voided", "cancelled_refunded"):
        o["cancelled_at"] = o["placed"] + dt.timedelta(hours=R.randint(3, 40))
        o["cancel_reason"] = extra["reason"]
    refunds = []
    if sc == "cancelled_refunded":
        refunds.append(
            dict(
                lines=[(x, x["qty"]) for x in o["lines"]],
                amount=o["total"],
                ship=o["ship"],
                restock="cancel",
                at=o["cancelled_at"],
                note="Out of stock: order cancelled",
                adjust=0.0,
            )
        )
    elif sc == "refunded":
        refunds.append(
            dict(
                lines=[(x, x["qty"]) for x in o["lines"]],
                amount=o["total"],
                ship=o["ship"],
                restock="no_restock",
                at=o["fulfillments"][0]["updated"] + dt.timedelta(days=4),
                note=extra["refund_note"],
                adjust=0.0,
            )
        )
    elif sc == "partial_refund" and "refund_items" in extra:
        rl = []
        for handle, qty in extra["refund_items"]:
            x = next(x for x in o["lines"] if x["p"]["handle"] == handle)
            rl.append((x, qty))
        less = extra.get("less", 0.0)
        amt = round(sum(x["v"]["price"] * q for x, q in rl) - less, 2)
        refunds.append(
            dict(
                lines=rl,
                amount=amt,
                ship=0.0,
                restock="return",
                at=o["fulfillments"][0]["updated"] + dt.timedelta(days=9),
                note=extra["refund_note"],
                adjust=-less,
            )
        )
    elif sc == "partial_refund":
        refunds.append(
            dict(
                lines=[],
                amount=extra["refund_amount"],
                ship=0.0,
                restock=None,
                at=o["fulfillments"][0]["updated"] + dt.timedelta(days=2),
                note=extra["refund_note"],
                adjust=extra["refund_amount"],
            )
        )
    for r in refunds:
        if r["restock"] != "cancel":
            r["at"] = r["at"].replace(hour=R.randint(9, 16), minute=R.randint(0, 59))
        rid += R.randint(100000, 2000000)
        tid += R.randint(100000, 2000000)
        r["id"], r["tid"] = rid, tid
    o["refunds"] = refunds
    o["refunded"] = round(sum(r["amount"] for r in refunds), 2)
    o["financial"] = {
        "pending": "pending",
        "authorized": "authorized",
        "cancelled_voided": "voided",
        "cancelled_refunded": "refunded",
        "refunded": "refunded",
        "partial_refund": "partially_refunded",
    }.get(sc, "paid")
    if sc == "partial":
        o["fulfillment"] = "partial"
    elif sc == "cancelled_refunded":
        o["fulfillment"] = "restocked"
    elif o["fulfillments"]:
        o["fulfillment"] = "fulfilled"
    else:
        o["fulfillment"] = None
    o["shipped_ids"] = {x["id"] for x in shipped_lines}
    o["gateway"] = {"pending": "Bank Deposit", "cancelled_voided": "shopify_payments"}.get(
        sc, R.choice(["shopify_payments", "shopify_payments", "shopify_payments", "paypal", "afterpay"])
    )
    if sc == "authorized":
        o["gateway"] = "shopify_payments"
    return fid, rid, tid


ORDERS_BUILT = _build()
BY_NUMBER = {o["number"]: o for o in ORDERS_BUILT}


def order(number):
    return BY_NUMBER[number]


def orders_of(who):
    return [o for o in ORDERS_BUILT if o["who"] == who]
