"""Orders of Redbrick Fitness Co. as Shopify's Admin REST API returns them
(GET /admin/api/2024-10/orders.json?status=any), saved as one JSON document.

Quirks kept on purpose: guest checkouts (customer null), an order whose email is typed with capitals,
full refunds after a return, partial refunds (refund_line_items with transactions), a cancellation that
was refunded and one voided before capture, partial fulfilments with a backordered line still waiting,
an order in two parcels, a payment still pending (Klarna), a pre-order, a digital gift card fulfilled
with no tracking, products sold in the past that are no longer in the feed, UK (BST/GMT) offsets,
prices as strings with VAT included, carriers Royal Mail, Evri, DPD UK and XDP (two-person).
"""

from __future__ import annotations

import json
import random

from catalog import DISCONTINUED, by_gid, current_price, variant
from people import customer_dicts, guest_dicts

RNG = random.Random(5201)

TWO_PERSON = {"RB-AIRROWER", "RB-MAGROWER", "RB-SQUATRACK", "RB-POWERTOWER"}
HIGHLANDS_PREFIXES = ("IV", "AB", "KW", "HS", "ZE", "PH", "PA")

# (number, who, placed_at, items, scenario, options)
# who: customer number 1..20 or "g1".."g5"; items: (ref, qty) with ref "GID" or "GID|size=16 kg|color=Black"
# or "DISC:<sku>" for a discontinued product.
SPECS = [
    (5201, 1, "2026-08-14T09:12:40+01:00", [("RB-CIKB|size=12 kg", 1), ("RB-CIKB|size=16 kg", 1), ("RB-TPEMAT|color=Sage", 1)], "delivered", {}),
    (5202, 2, "2026-08-20T19:45:02+01:00", [("DISC:RB-VIBE-V1", 1)], "delivered", {"carrier": "DPD UK"}),
    (5203, 3, "2026-08-29T11:03:55+01:00", [("RB-AIRROWER", 1), ("RB-NBRMAT|size=10 mm|color=Black", 1)], "delivered", {}),
    (5204, 4, "2026-09-05T21:30:18+01:00", [("RB-HEXDB|size=10 kg", 2), ("RB-HEXDB|size=15 kg", 2), ("RB-GLOVES|color=Black|size=L", 1)], "delivered", {}),
    (5205, 5, "2026-09-09T08:15:31+01:00", [("RB-POWERBAND|size=Light", 1), ("RB-POWERBAND|size=Medium", 1), ("RB-MINIBAND", 1)], "delivered", {"carrier": "Evri"}),
    (5206, 6, "2026-09-12T14:22:09+01:00", [("RB-FIDBENCH|color=Black", 1), ("RB-CIPLATE|size=10 kg", 4)], "delivered", {}),
    (5207, 7, "2026-09-18T17:48:44+01:00", [("RB-GLOVES|color=Pink|size=S", 1), ("RB-SHAKER|color=Red", 1)], "partial_refund", {"refund_ref": "RB-GLOVES|color=Pink|size=S", "refund_note": "Wrong size, returned unworn"}),
    (5208, 8, "2026-09-22T10:05:27+01:00", [("RB-OLYBAR|material=Black zinc", 1), ("RB-BUMPER|size=20 kg", 2), ("RB-COLLARS|color=Red", 1)], "delivered", {}),
    (5209, "g1", "2026-09-26T13:37:12+01:00", [("RB-TPEMAT|color=Ocean", 1), ("RB-YOGABLOCK|material=Cork", 2), ("RB-YOGASTRAP", 1)], "delivered", {}),
    (5210, 9, "2026-10-02T20:11:05+01:00", [("RB-MASSAGEGUN|color=Black", 1)], "refunded", {"refund_note": "Returned within 30 days - change of mind"}),
    (5211, 10, "2026-10-06T12:44:50+01:00", [("RB-ADJDB|size=Pair", 1), ("RB-FIDBENCH|color=Black", 1)], "two_parcels", {}),
    (5212, 1, "2026-10-09T07:58:13+01:00", [("RB-FOAMROLLER|size=45 cm|pattern=Grid", 1), ("RB-MASSAGEBALL", 1)], "delivered", {"carrier": "Evri"}),
    (5213, 11, "2026-10-13T18:26:39+01:00", [("DISC:RB-KBRACK", 1), ("RB-CIKB|size=8 kg", 2)], "delivered", {}),
    (5214, 12, "2026-10-15T22:03:14+01:00", [("RB-WEIGHTROPE|size=1 kg", 1), ("RB-SPEEDROPE|size=3.0 m", 1)], "cancelled_refunded", {"cancel_reason": "customer"}),
    (5215, 13, "2026-10-19T09:49:58+01:00", [("RB-RUBBERMAT|color=Terracotta", 1), ("RB-TPEMAT|color=Charcoal", 1)], "partial_refund", {"refund_ref": "RB-RUBBERMAT|color=Terracotta", "refund_note": "Faulty - top layer peeling"}),
    (5216, "g2", "2026-10-22T16:17:03+01:00", [("RB-NEODB|size=2 kg", 1), ("RB-NEODB|size=3 kg", 1)], "delivered", {}),
    (5217, 14, "2026-10-27T11:34:26+00:00", [("RB-HIPBAND|size=M", 1), ("RB-MINIBAND", 1), ("RB-CHALK|size=Liquid 250 ml", 1)], "delivered", {"carrier": "Evri"}),
    (5218, 15, "2026-10-30T15:02:47+00:00", [("RB-WALLBAR", 1), ("RB-PUSHUP", 1)], "delivered", {}),
    (5219, 16, "2026-11-03T19:20:11+00:00", [("RB-COMPKB|size=12 kg", 1), ("RB-COMPKB|size=16 kg", 1)], "delivered", {}),
    (5220, 3, "2026-11-05T08:41:36+00:00", [("RB-BELT|size=M", 1), ("RB-STRAPS|color=Black", 1), ("RB-WRAPS", 1)], "delivered", {}),
    (5221, 17, "2026-11-07T13:55:02+00:00", [("RB-SLAMBALL|size=8 kg", 1), ("RB-SLAMBALL|size=10 kg", 1)], "delivered", {"carrier": "Evri"}),
    (5222, "g3", "2026-11-10T10:10:10+00:00", [("RB-GLOVES|color=Grey|size=M", 1), ("RB-SHAKER|color=Black", 1)], "delivered", {}),
    (5223, 18, "2026-11-12T20:38:22+00:00", [("RB-BANDSET", 1), ("RB-TUBEBAND|size=Medium", 1), ("RB-YOGASTRAP", 1)], "partial_refund", {"carrier": "Evri", "refund_ref": "RB-TUBEBAND|size=Medium", "refund_note": "Returned unused"}),
    (5224, 19, "2026-11-14T09:27:45+00:00", [("RB-HEXDB|size=20 kg", 2), ("RB-HEXDB|size=25 kg", 2)], "partial", {"ship_refs": ["RB-HEXDB|size=20 kg"], "ship_status": "delivered"}),
    (5225, 20, "2026-11-17T17:13:08+00:00", [("RB-CIKB|size=24 kg", 1), ("RB-CIKB|size=32 kg", 1)], "partial", {"ship_refs": ["RB-CIKB|size=24 kg"], "ship_status": "delivered"}),
    (5226, 2, "2026-11-19T12:00:31+00:00", [("RB-GIFTCARD|size=£50", 1)], "digital", {"email_as_typed": "Harry.Whitfield@Example.com"}),
    (5227, 4, "2026-11-20T21:49:56+00:00", [("RB-SQUATRACK", 1), ("RB-CIPLATE|size=20 kg", 2)], "partial", {"ship_refs": ["RB-CIPLATE|size=20 kg"], "ship_status": "in_transit", "ship_carrier": "DPD UK"}),
    (5228, 5, "2026-11-22T08:03:19+00:00", [("RB-DOORBAR|size=Standard (61-81 cm)", 1), ("RB-ABWHEEL", 1)], "in_transit", {}),
    (5229, "g4", "2026-11-24T14:31:40+00:00", [("RB-VINYLKB|size=4 kg", 1), ("RB-VINYLKB|size=6 kg", 1), ("RB-NBRMAT|size=15 mm|color=Blue", 1)], "in_transit", {"carrier": "Evri"}),
    (5230, 10, "2026-11-25T10:58:02+00:00", [("RB-AIRROWER", 1), ("RB-ROWROLLERS", 1)], "out_for_delivery", {}),
    (5231, 7, "2026-11-26T19:06:55+00:00", [("RB-FLOORTILE|size=20 mm|pattern=Pack of 12", 1), ("RB-RUBBERFLOOR|size=20 mm", 2)], "in_transit", {}),
    (5232, 12, "2026-11-27T07:22:48+00:00", [("RB-MASSAGEGUN|color=White", 1), ("RB-FOAMROLLER|size=90 cm", 1)], "in_transit", {"express": True}),
    (5233, 9, "2026-11-28T16:45:12+00:00", [("RB-POWERBAND|size=Heavy", 1), ("RB-POWERBAND|size=Extra Heavy", 1)], "cancelled_voided", {"cancel_reason": "inventory"}),
    (5234, 1, "2026-11-29T20:14:33+00:00", [("RB-HEXDB|size=7.5 kg", 2), ("RB-COLLARS|color=Black", 1)], "unfulfilled", {}),
    (5235, "g5", "2026-11-30T09:08:57+00:00", [("RB-EZBAR", 1), ("RB-CIPLATE|size=5 kg", 4)], "unfulfilled", {}),
    (5236, 14, "2026-11-30T18:40:21+00:00", [("RB-MAGROWER", 1)], "unfulfilled", {"preorder": True}),
    (5237, 13, "2026-12-01T08:30:05+00:00", [("RB-WEIGHTROPE|size=0.5 kg", 1), ("RB-BEADROPE|color=Rainbow", 1)], "pending", {}),
]


def resolve(ref):
    """An item reference -> dict(name, title, variant_title, sku, price, weight, gid)."""
    if ref.startswith("DISC:"):
        sku = ref[5:]
        d = next(x for x in DISCONTINUED if x["sku"] == sku)
        return {"title": d["name"], "variant_title": None, "sku": sku, "price": d["price"],
                "weight": 18.0, "gid": None, "variant": None}
    gid, *rest = ref.split("|")
    opts = dict(r.split("=", 1) for r in rest)
    p = by_gid(gid)
    v = variant(gid, **opts) if opts else p["variants"][0]
    vt = " / ".join(v["options"].values()) or None
    return {"title": p["name"], "variant_title": vt, "sku": v["id"], "price": current_price(v),
            "weight": v["weight_kg"], "gid": gid, "variant": v}


def _money(x):
    return f"{x:.2f}"


def _tracking(carrier):
    if carrier == "Royal Mail":
        num = "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{RNG.randint(0, 999999999):09d}" + "GB"
        url = f"https://www.royalmail.com/track-your-item#/tracking-results/{num}"
    elif carrier == "Evri":
        num = "H01" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(3)) + f"{RNG.randint(0, 9999999999):010d}"
        url = f"https://www.evri.com/track/parcel/{num}/details"
    elif carrier == "DPD UK":
        num = "155" + f"{RNG.randint(0, 99999999999):011d}"
        url = f"https://track.dpd.co.uk/parcels/{num}"
    else:  # XDP two-person
        num = "XDP" + f"{RNG.randint(0, 999999999):09d}"
        url = f"https://www.xdp.co.uk/track.php?c={num}"
    return num, url


def _shipping(items, subtotal, addr, opts):
    """(title, price, default carrier) by the shipping page's rules."""
    weight = sum(i["weight"] * q for i, q in items)
    gids = {i["gid"] for i, _ in items}
    if all(i["gid"] == "RB-GIFTCARD" for i, _ in items):
        return None, 0.0, None
    if addr["country_code"] == "IE":
        return "Republic of Ireland (DPD)", 14.95, "DPD UK"
    if gids & TWO_PERSON:
        return "Two-person delivery (XDP)", 29.00, "XDP"
    heavy = any(i["weight"] > 25 for i, _ in items) or weight > 30
    if heavy:
        if addr["zip"].startswith(HIGHLANDS_PREFIXES):
            return "Heavy item delivery - Highlands & Islands (DPD)", 24.95, "DPD UK"
        if addr["zip"].startswith("BT"):
            return "Heavy item delivery - Northern Ireland (DPD)", 19.95, "DPD UK"
        return "Heavy item delivery (DPD)", 9.95, "DPD UK"
    if opts.get("express"):
        return "Express next working day (DPD)", 7.95, "DPD UK"
    carrier = opts.get("carrier", "Royal Mail")
    title = "Standard (Royal Mail Tracked 48)" if carrier == "Royal Mail" else "Standard (Evri)"
    return title, (0.0 if subtotal >= 75 else 4.95), carrier


def _addr(person):
    return {"first_name": person["first"], "last_name": person["last"],
            "name": f"{person['first']} {person['last']}", "address1": person["address1"],
            "address2": person["address2"] or None, "city": person["city"], "province": None,
            "province_code": None, "zip": person["zip"], "country": person["country"],
            "country_code": person["country_code"], "phone": person["phone"], "company": None}


def _later(iso, days, hour=10):
    """A timestamp some days after iso, same offset."""
    from datetime import datetime, timedelta
    dt = datetime.fromisoformat(iso) + timedelta(days=days)
    dt = dt.replace(hour=hour, minute=RNG.randint(0, 59), second=RNG.randint(0, 59))
    return dt.isoformat()


def build_orders():
    customers = {i + 1: c for i, c in enumerate(customer_dicts())}
    guests = {f"g{i + 1}": g for i, g in enumerate(guest_dicts())}
    orders_json, facts = [], []
    line_id = 14900000000000
    for num, who, placed, item_refs, scenario, opts in SPECS:
        person = customers[who] if isinstance(who, int) else guests[who]
        items = [(resolve(r), q) for r, q in item_refs]
        subtotal = round(sum(i["price"] * q for i, q in items), 2)
        addr = _addr(person)
        ship_title, ship_price, carrier = _shipping(items, subtotal, person, opts)
        total = round(subtotal + ship_price, 2)
        oid = 6100000000000 + num
        line_items = []
        ref_to_line = {}
        for (i, q), (ref, _) in zip(items, item_refs):
            line_id += RNG.randint(3, 40)
            li = {
                "id": line_id, "admin_graphql_api_id": f"gid://shopify/LineItem/{line_id}",
                "product_id": 8800000000 + sum(map(ord, i["title"])) * 97,
                "variant_id": 47000000000 + sum(map(ord, i["sku"])) * 131,
                "title": i["title"], "variant_title": i["variant_title"],
                "name": i["title"] + (f" - {i['variant_title']}" if i["variant_title"] else ""),
                "sku": i["sku"], "vendor": "Redbrick Fitness Co.", "quantity": q,
                "price": _money(i["price"]), "total_discount": "0.00", "taxable": True,
                "requires_shipping": i["gid"] != "RB-GIFTCARD", "gift_card": i["gid"] == "RB-GIFTCARD",
                "fulfillment_service": "manual", "grams": int(i["weight"] * 1000),
                "fulfillable_quantity": q, "fulfillment_status": None,
                "tax_lines": [{"title": "GB VAT", "rate": 0.2, "price": _money(i["price"] * q - i["price"] * q / 1.2)}],
            }
            line_items.append(li)
            ref_to_line[ref] = li
        email = opts.get("email_as_typed", person["email"])
        o = {
            "id": oid, "admin_graphql_api_id": f"gid://shopify/Order/{oid}",
            "name": f"#{num}", "order_number": num, "number": num - 1000,
            "email": email, "contact_email": email, "phone": None,
            "created_at": placed, "processed_at": placed, "updated_at": placed,
            "cancelled_at": None, "cancel_reason": None, "closed_at": None,
            "currency": "GBP", "presentment_currency": "GBP", "taxes_included": True,
            "financial_status": "paid", "fulfillment_status": None,
            "gateway": "shopify_payments", "payment_gateway_names": ["shopify_payments"],
            "source_name": "web", "tags": "", "note": None, "buyer_accepts_marketing": False,
            "subtotal_price": _money(subtotal), "total_line_items_price": _money(subtotal),
            "total_discounts": "0.00", "total_shipping_price_set": {"shop_money": {"amount": _money(ship_price), "currency_code": "GBP"}},
            "total_price": _money(total), "total_tax": _money(total - total / 1.2),
            "customer": None, "billing_address": addr, "shipping_address": addr if ship_title else None,
            "line_items": line_items,
            "shipping_lines": ([{"id": oid + 7, "title": ship_title, "price": _money(ship_price),
                                 "code": ship_title.split(" (")[0].upper().replace(" ", "_"), "source": "shopify"}]
                               if ship_title else []),
            "fulfillments": [], "refunds": [],
        }
        if person["id"]:
            o["customer"] = {"id": person["id"], "email": person["email"], "first_name": person["first"],
                             "last_name": person["last"], "phone": person["phone"], "state": "enabled",
                             "verified_email": True, "tags": person["tags"]}
        fact = {"num": num, "name": f"#{num}", "email": person["email"], "typed_email": email,
                "first": person["first"], "last": person["last"], "zip": person["zip"],
                "address1": person["address1"], "guest": person["id"] is None, "scenario": scenario,
                "placed": placed, "items": [(i["title"], i["variant_title"], q, i["price"], i["sku"]) for i, q in items],
                "subtotal": subtotal, "shipping": ship_price, "shipping_title": ship_title, "total": total,
                "refunded": 0.0, "shipments": [], "unshipped": [], "customer_id": person["id"]}

        def fulfil(refs, status, days, fcarrier=None):
            lis = [ref_to_line[r] for r in refs]
            c = fcarrier or carrier
            num_, url = _tracking(c)
            created = _later(placed, days)
            fid = oid * 10 + len(o["fulfillments"]) + 1
            for li in lis:
                li["fulfillment_status"] = "fulfilled"
                li["fulfillable_quantity"] = 0
            o["fulfillments"].append({
                "id": fid, "order_id": oid, "status": "success", "created_at": created, "updated_at": created,
                "service": "manual", "tracking_company": c, "tracking_number": num_, "tracking_numbers": [num_],
                "tracking_url": url, "tracking_urls": [url], "shipment_status": status,
                "name": f"#{num}.{len(o['fulfillments']) + 1}",
                "line_items": [{"id": li["id"], "sku": li["sku"], "name": li["name"], "quantity": li["quantity"]}
                               for li in lis]})
            fact["shipments"].append({"carrier": c, "tracking": num_, "status": status, "shipped_at": created,
                                      "items": [li["name"] for li in lis]})

        all_refs = [r for r, _ in item_refs]
        if scenario in ("delivered", "partial_refund", "refunded"):
            fulfil(all_refs, "delivered", 1)
            o["fulfillment_status"] = "fulfilled"
        elif scenario == "two_parcels":
            fulfil(all_refs[:1], "delivered", 1)
            fulfil(all_refs[1:], "delivered", 2)
            o["fulfillment_status"] = "fulfilled"
        elif scenario in ("in_transit", "out_for_delivery"):
            fulfil(all_refs, scenario, 1)
            o["fulfillment_status"] = "fulfilled"
        elif scenario == "partial":
            fulfil(opts["ship_refs"], opts["ship_status"], 1, opts.get("ship_carrier"))
            o["fulfillment_status"] = "partial"
            fact["unshipped"] = [ref_to_line[r]["name"] for r in all_refs if r not in opts["ship_refs"]]
        elif scenario == "digital":
            # a gift card: Shopify marks it fulfilled when the code is emailed; no carrier, no tracking
            li = line_items[0]
            li["fulfillment_status"] = "fulfilled"
            li["fulfillable_quantity"] = 0
            o["fulfillments"].append({"id": oid * 10 + 1, "order_id": oid, "status": "success",
                                      "created_at": placed, "updated_at": placed, "service": "gift_card",
                                      "tracking_company": None, "tracking_number": None, "tracking_numbers": [],
                                      "tracking_url": None, "tracking_urls": [], "shipment_status": None,
                                      "name": f"#{num}.1",
                                      "line_items": [{"id": li["id"], "sku": li["sku"], "name": li["name"], "quantity": 1}]})
            o["fulfillment_status"] = "fulfilled"
        elif scenario == "pending":
            o["financial_status"] = "pending"
            o["gateway"] = "klarna"
            o["payment_gateway_names"] = ["klarna"]
        elif scenario == "cancelled_voided":
            o["financial_status"] = "voided"
            o["cancelled_at"] = _later(placed, 0, hour=min(23, int(placed[11:13]) + 1))
            o["cancel_reason"] = opts["cancel_reason"]
            o["closed_at"] = o["cancelled_at"]
            fact["cancelled_at"] = o["cancelled_at"]
        elif scenario == "cancelled_refunded":
            o["cancelled_at"] = _later(placed, 1, hour=9)
            o["cancel_reason"] = opts["cancel_reason"]
            o["closed_at"] = o["cancelled_at"]
            o["financial_status"] = "refunded"
            fact["cancelled_at"] = o["cancelled_at"]
        # unfulfilled: stays paid, fulfillment_status null

        if opts.get("preorder"):
            o["tags"] = "pre-order"
            o["note"] = "Pre-order: ships when stock arrives"
        # refunds
        if scenario == "partial_refund":
            li = ref_to_line[opts["refund_ref"]]
            amount = round(float(li["price"]) * li["quantity"], 2)
            o["financial_status"] = "partially_refunded"
            o["refunds"].append(_refund(oid, placed, 12, opts["refund_note"], [li], amount, restock=True))
            fact["refunded"] = amount
            fact["refunded_item"] = li["name"]
        elif scenario == "refunded":
            o["financial_status"] = "refunded"
            o["refunds"].append(_refund(oid, placed, 14, opts["refund_note"], line_items, total, restock=True))
            fact["refunded"] = total
        elif scenario == "cancelled_refunded":
            o["refunds"].append(_refund(oid, placed, 1, "Order cancelled at customer's request", line_items, total,
                                        restock=True, restock_type="cancel"))
            fact["refunded"] = total
        if o["cancelled_at"] or o["fulfillment_status"] == "fulfilled":
            o["closed_at"] = o["closed_at"] or _later(placed, 10)
        o["updated_at"] = max([placed] + [f["updated_at"] for f in o["fulfillments"]] +
                              [r["created_at"] for r in o["refunds"]])
        orders_json.append(o)
        facts.append(fact)
    # the export lists newest first
    orders_json.sort(key=lambda o: o["created_at"], reverse=True)
    return orders_json, facts


def _refund(oid, placed, days, note, lines, amount, restock, restock_type="return"):
    created = _later(placed, days, hour=15)
    rid = oid * 100 + days
    return {
        "id": rid, "order_id": oid, "created_at": created, "processed_at": created, "note": note,
        "restock": restock,
        "refund_line_items": [{"id": rid + n + 1, "line_item_id": li["id"], "quantity": li["quantity"],
                               "restock_type": restock_type if restock else "no_restock",
                               "subtotal": round(float(li["price"]) * li["quantity"], 2),
                               "total_tax": round(float(li["price"]) * li["quantity"] / 6, 2),
                               "line_item": {"id": li["id"], "name": li["name"], "sku": li["sku"],
                                             "quantity": li["quantity"], "price": li["price"]}}
                              for n, li in enumerate(lines)],
        "transactions": [{"id": rid * 10 + 1, "order_id": oid, "kind": "refund", "status": "success",
                          "amount": f"{amount:.2f}", "currency": "GBP", "gateway": "shopify_payments",
                          "created_at": created}],
        "order_adjustments": [],
    }


def write_orders(path):
    orders_json, facts = build_orders()
    path.write_text(json.dumps({"orders": orders_json}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return facts


def customer_totals(facts):
    totals = {}
    for f in facts:
        if f["customer_id"] is None or f["scenario"] in ("cancelled_voided",):
            continue
        spent, n = totals.get(f["customer_id"], (0.0, 0))
        totals[f["customer_id"]] = (round(spent + f["total"] - f["refunded"], 2), n + 1)
    return totals
