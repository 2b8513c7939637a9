"""The shop's orders, written as the WooCommerce REST API returns them:
GET /wp-json/wc/v3/orders?per_page=100 (newest first), saved as orders.json.

Tracking comes from the Shipment Tracking extension's `_wc_shipment_tracking_items` in `meta_data`."""
import calendar
import datetime
import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP

import catalog
import pages

CENT = Decimal("0.01")


def money(x):
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


CUSTOMERS = {
    # key: (customer_id (0: guest), first, last, email, phone, address_1, address_2, city, province, postcode)
    "jordan": (14, "Jordan", "Tremblay", "jordan.tremblay@example.com", "604-555-0171", "1180 Homer Street",
               "Apt 1503", "Vancouver", "BC", "V6B 1A1"),
    "priya": (22, "Priya", "Sandhu", "priya.sandhu@example.net", "604-555-0123", "12875 72 Avenue", "", "Surrey",
              "BC", "V3W 2M5"),
    "etienne": (31, "Étienne", "Gagnon", "etienne.gagnon@example.org", "418-555-0162", "245 rue Saint-Jean", "",
                "Québec", "QC", "G1R 1N8"),
    "megan": (37, "Megan", "O'Brien", "megan.obrien@example.com", "902-555-0119", "5920 Inglis Street", "",
              "Halifax", "NS", "B3H 1K5"),
    "wei": (45, "Wei", "Chen", "wei.chen@example.net", "604-555-0135", "8160 Saba Road", "Unit 210", "Richmond",
            "BC", "V6Y 4B3"),
    "tyler": (52, "Tyler", "Kowalchuk", "tyler.kowalchuk@example.com", "306-555-0148", "318 Avenue H South", "",
              "Saskatoon", "SK", "S7M 1W3"),
    "sophie": (58, "Sophie", "Lambert", "sophie.lambert@example.org", "613-555-0187", "47 Fourth Avenue", "",
               "Ottawa", "ON", "K1S 2K9"),
    "marcus": (63, "Marcus", "Greene", "marcus.greene@example.net", "403-555-0154", "1012 17 Avenue SW", "",
               "Calgary", "AB", "T2T 0A5"),
    "nadia": (71, "Nadia", "Haddad", "nadia.haddad@example.com", "416-555-0109", "88 Harbour Street", "Suite 2304",
              "Toronto", "ON", "M5J 0C3"),
    "liam": (77, "Liam", "MacDonald", "liam.macdonald@example.org", "902-555-0176", "19 Pownal Street", "",
             "Charlottetown", "PE", "C1A 3V7"),
    "ruth": (84, "Ruth", "Akavak", "ruth.akavak@example.net", "867-555-0131", "1087 Queen Elizabeth Way", "",
             "Iqaluit", "NU", "X0A 0H0"),
    "daniel": (90, "Daniel", "Okafor", "daniel.okafor@example.com", "204-555-0192", "455 Wardlaw Avenue", "",
               "Winnipeg", "MB", "R3L 0L8"),
    # guest checkouts
    "chloe": (0, "Chloé", "Bergeron", "chloe.bergeron@example.org", "514-555-0158", "4380 rue de Bullion", "",
              "Montréal", "QC", "H2W 2E9"),
    "sam": (0, "Sam", "Wilson", "samwilson88@example.com", "250-555-0114", "1475 Ellis Street", "", "Kelowna", "BC",
            "V1Y 2A3"),
    "hannah": (0, "Hannah", "Fisher", "hannah.fisher@example.net", "709-555-0166", "62 Gower Street", "",
               "St. John's", "NL", "A1C 1N2"),
    "arjun": (0, "Arjun", "Mehta", "arjun.mehta@example.org", "780-555-0127", "10235 112 Street NW", "", "Edmonton",
              "AB", "T5K 1M7"),
    "kayla": (0, "Kayla", "Thompson", "kayla.t@example.net", "867-555-0183", "3141 Third Avenue", "", "Whitehorse",
              "YT", "Y1A 1E6"),
    "olivia": (0, "Olivia", "Martin", "olivia.martin@example.com", "905-555-0142", "211 Locke Street South", "",
               "Hamilton", "ON", "L8P 4B6"),
}

TAXES = {  # province: [(label, rate)]
    "BC": [("GST", "0.05"), ("PST", "0.07")], "AB": [("GST", "0.05")], "SK": [("GST", "0.05"), ("PST", "0.06")],
    "MB": [("GST", "0.05"), ("RST", "0.07")], "ON": [("HST", "0.13")], "QC": [("GST", "0.05"), ("QST", "0.09975")],
    "NB": [("HST", "0.15")], "NS": [("HST", "0.14")], "PE": [("HST", "0.15")], "NL": [("HST", "0.15")],
    "YT": [("GST", "0.05")], "NT": [("GST", "0.05")], "NU": [("GST", "0.05")],
}

PAYMENTS = {
    "stripe": ("stripe", "Credit card (Stripe)"),
    "paypal": ("ppcp-gateway", "PayPal"),
    "etransfer": ("interac_etransfer", "Interac e-Transfer"),
}

# Each order: number, customer, placed (site time), status, items [(sku, opts, qty)], ship (standard, express,
# pickup or None), payment, shipments [(provider, date, item indexes)], refunds [(amount, reason, date)], note.
ORDERS = [
    dict(number=4812, cust="jordan", placed="2026-09-14 11:02:37", status="completed", pay="stripe",
         items=[("LPA-KTR", ("Right hand", "25 lbs"), 1), ("LPA-CCA", ("800", '28"'), 2),
                ("LPA-KMA", ("Black",), 1)],
         ship="standard", shipments=[("canada-post", "2026-09-15", [0, 1, 2])], done="2026-09-15 14:20:11"),
    dict(number=4820, cust="priya", placed="2026-09-22 19:45:02", status="completed", pay="stripe",
         items=[("LPA-NAR", ("Right hand", "Black"), 1), ("LPA-NCL", ("Medium", "30 lbs"), 1),
                ("LPA-NTS", ("Right hand", '9"'), 1)],
         ship="express", shipments=[("purolator", "2026-09-23", [0, 1, 2])], done="2026-09-23 10:05:44"),
    dict(number=4825, cust="chloe", placed="2026-09-27 08:13:50", status="completed", pay="paypal",
         items=[("LPA-KTR", ("Right hand", "20 lbs"), 1), ("LPA-KBS", None, 1), ("LPA-CCA", ("900", '28"'), 1)],
         ship="standard", shipments=[("canada-post", "2026-09-28", [0, 1, 2])], done="2026-09-28 15:32:09"),
    dict(number=4831, cust="etienne", placed="2026-10-03 21:27:14", status="completed", pay="stripe",
         items=[("LPA-TR31", ("Right hand", "60-70 lbs", "Black"), 1), ("LPA-TDR", ("Right hand",), 1),
                ("LPA-T5P", ('.019"',), 1), ("LPA-TWR", None, 1)],
         ship="express", shipments=[("purolator", "2026-10-05", [0, 1, 2, 3])], done="2026-10-05 11:48:30"),
    dict(number=4836, cust="wei", placed="2026-10-08 13:09:41", status="completed", pay="stripe",
         items=[("LPA-NFB", ('68"', "HMPE"), 1), ("LPA-CSW", None, 1)],
         ship="standard", shipments=[("canada-post", "2026-10-09", [0, 1])], done="2026-10-09 09:55:02"),
    dict(number=4841, cust="megan", placed="2026-10-12 16:40:22", status="refunded", pay="stripe",
         items=[("LPA-CRC", ("Olive",), 1)],
         ship="standard", shipments=[("canada-post", "2026-10-13", [0])],
         refunds=[("full", "Returned unused within 30 days", "2026-10-30 12:14:55")], done="2026-10-13 13:01:18"),
    dict(number=4846, cust="wei", placed="2026-10-19 10:22:05", status="cancelled", pay="stripe", paid=False,
         items=[("LPA-TV33", ("Right hand", "50-60 lbs"), 1)], ship="express",
         note="Customer asked to cancel the same day; payment authorisation voided."),
    dict(number=4848, cust="priya", placed="2026-10-21 18:51:33", status="completed", pay="paypal",
         items=[("LPA-CSW", None, 1), ("LPA-KSR", ("Right hand",), 1)],
         ship="standard", shipments=[("canada-post", "2026-10-22", [0, 1])], done="2026-10-22 10:30:47"),
    dict(number=4852, cust="tyler", placed="2026-10-27 20:03:18", status="completed", pay="stripe",
         items=[("LPA-T3D", None, 1)], ship="standard", oversized=True,
         shipments=[("canada-post", "2026-10-28", [0])], done="2026-10-28 16:12:40"),
    dict(number=4860, cust="kayla", placed="2026-11-05 09:37:29", status="cancelled", pay="paypal", paid=False,
         items=[("LPA-CFB", ("100 cm",), 1)], ship="standard", oversized=True,
         note="Cancelled: oversized items can't ship to Yukon. PayPal authorisation voided."),
    dict(number=4862, cust="sophie", placed="2026-11-08 12:18:44", status="completed", pay="stripe",
         items=[("LPA-LSN", ("4-week Beginner Course",), 1), ("GIFT", ("$50",), 1)], ship=None,
         done="2026-11-08 12:18:59"),
    dict(number=4866, cust="marcus", placed="2026-11-09 17:26:53", status="completed", pay="stripe",
         items=[("LPA-THC", None, 1), ("LPA-TBQ", None, 1)], ship="standard", oversized=True,
         shipments=[("purolator", "2026-11-10", [0]), ("canada-post", "2026-11-10", [1])],
         done="2026-11-10 15:44:26"),
    dict(number=4869, cust="sam", placed="2026-11-10 10:11:07", status="completed", pay="stripe",
         items=[("LPA-TLB", ('18"',), 1), ("LPA-TDR", ("Left hand",), 1)], ship="pickup",
         done="2026-11-10 16:02:31"),
    dict(number=4871, cust="nadia", placed="2026-11-12 22:40:16", status="completed", pay="stripe",
         items=[("LPA-NCL", ("Long", "34 lbs"), 1), ("LPA-NMR", ("Right hand",), 1)],
         ship="express", shipments=[("purolator", "2026-11-13", [0, 1])],
         refunds=[("42.00", "Flipper rest arrived damaged", "2026-11-20 11:05:38")], done="2026-11-13 10:27:09"),
    dict(number=4874, cust="hannah", placed="2026-11-16 14:55:39", status="completed", pay="paypal",
         items=[("LPA-KTR", ("Left hand", "25 lbs"), 1)],
         ship="standard", shipments=[("canada-post", "2026-11-17", [0])], done="2026-11-17 11:19:52"),
    dict(number=4876, cust="megan", placed="2026-11-18 19:12:28", status="completed", pay="stripe",
         items=[("LPA-KTR", ("Left hand", "30 lbs"), 1), ("LPA-KSR", ("Left hand",), 1), ("LPA-CHQ", ("Navy",), 1)],
         ship="standard", shipments=[("canada-post", "2026-11-19", [0, 1, 2])], done="2026-11-19 14:37:15"),
    dict(number=4879, cust="liam", placed="2026-11-20 09:48:02", status="completed", pay="stripe",
         items=[("LPA-CBQ", None, 1), ("LPA-CLA", ("Long (25 cm)",), 1)],
         ship="standard", shipments=[("canada-post", "2026-11-20", [0, 1])], done="2026-11-20 16:50:33"),
    dict(number=4880, cust="ruth", placed="2026-11-21 15:30:57", status="completed", pay="stripe",
         items=[("LPA-KNY", ("Right hand",), 1), ("LPA-KFA", ('28"',), 1)],
         ship="standard", shipments=[("canada-post", "2026-11-23", [0, 1])], done="2026-11-23 12:08:21"),
    dict(number=4884, cust="sophie", placed="2026-11-22 11:05:16", status="completed", pay="stripe",
         items=[("LPA-CYR", ("15 lbs",), 1), ("LPA-KSG", ("S",), 1), ("LPA-KMA", ("Pink",), 1),
                ("LPA-KFA", ('26"',), 2)],
         ship="standard", shipments=[("canada-post", "2026-11-23", [0, 1, 2, 3])], done="2026-11-23 12:40:06"),
    dict(number=4887, cust="daniel", placed="2026-11-24 20:14:49", status="failed", pay="stripe", paid=False,
         items=[("LPA-TR31", ("Left hand", "50-60 lbs", "Timber Camo"), 1)], ship="express",
         note="Card declined by the issuer."),
    dict(number=4888, cust="priya", placed="2026-11-25 13:22:10", status="completed", pay="stripe",
         items=[("LPA-NCT", ("Right hand", "Medium"), 1), ("LPA-NPT", ("500",), 1)],
         ship="standard", shipments=[("canada-post", "2026-11-26", [0, 1])],
         refunds=[("64.99", "Tab too small, returned", "2026-12-05 10:41:27")], done="2026-11-26 15:15:48"),
    dict(number=4890, cust="daniel", placed="2026-11-26 08:59:31", status="completed", pay="paypal",
         items=[("LPA-TR31", ("Left hand", "50-60 lbs", "Timber Camo"), 1)],
         ship="express", shipments=[("purolator", "2026-11-27", [0])], done="2026-11-27 10:22:19"),
    dict(number=4893, cust="wei", placed="2026-12-03 18:36:25", status="processing", pay="stripe",
         items=[("LPA-THL", ("Right hand", "45 lbs"), 1), ("LPA-TCA", ("45-50 lbs",), 1)], ship="standard",
         note="Longbow is made to order: ships 6 to 8 weeks after the order."),
    dict(number=4894, cust="chloe", placed="2026-12-04 10:07:43", status="processing", pay="paypal",
         items=[("LPA-CRC", ("Black",), 1), ("LPA-KTF", ("40 cm",), 2)], ship="standard"),
    dict(number=4897, cust="marcus", placed="2026-12-05 14:45:08", status="completed", pay="stripe",
         items=[("LPA-NHR", ("M",), 1)],
         ship="standard", shipments=[("canada-post", "2026-12-06", [0])], done="2026-12-06 11:33:57"),
    dict(number=4899, cust="etienne", placed="2026-12-06 19:58:12", status="on-hold", pay="etransfer", paid=False,
         items=[("LPA-TLB", ('22"',), 1)], ship="standard",
         note="Awaiting Interac e-Transfer."),
    dict(number=4901, cust="arjun", placed="2026-12-07 09:16:35", status="completed", pay="stripe",
         items=[("LPA-NPT", ("400",), 1), ("LPA-NCT", ("Right hand", "Large"), 1)],
         ship="express", shipments=[("purolator", "2026-12-08", [0, 1])], done="2026-12-08 10:04:12"),
    dict(number=4903, cust="jordan", placed="2026-12-08 21:30:04", status="processing", pay="stripe",
         items=[("LPA-CSW", None, 2), ("LPA-NFB", ('62"', "Dacron B-50"), 1)], ship="standard"),
    dict(number=4905, cust="tyler", placed="2026-12-09 07:52:46", status="pending", pay="stripe", paid=False,
         items=[("LPA-CFB", ("100 cm",), 1)], ship="standard", oversized=True),
    dict(number=4907, cust="olivia", placed="2026-12-09 12:26:19", status="on-hold", pay="etransfer", paid=False,
         items=[("GIFT", ("$100",), 1), ("LPA-LSN", ("Private lesson (60 min)",), 1)], ship=None,
         note="Awaiting Interac e-Transfer."),
    dict(number=4908, cust="nadia", placed="2026-12-09 17:03:58", status="processing", pay="stripe",
         items=[("LPA-CCA", ("600", '30"'), 2), ("LPA-CSW", None, 1)], ship="standard"),
    dict(number=4910, cust="liam", placed="2026-12-10 08:41:27", status="processing", pay="stripe",
         items=[("LPA-T5P", ('.029"',), 1)], ship="standard"),
]

ATTR_SLUG = {"Hand": "pa_hand", "Draw weight": "pa_draw-weight", "Colour": "pa_colour", "Size": "pa_size"}


def _pacific_offset(day):
    # 2026: daylight time until November 1, 02:00
    return 7 if day < datetime.date(2026, 11, 1) else 8


def _dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def _iso(s):
    return _dt(s).strftime("%Y-%m-%dT%H:%M:%S")


def _iso_gmt(s):
    d = _dt(s)
    return (d + datetime.timedelta(hours=_pacific_offset(d.date()))).strftime("%Y-%m-%dT%H:%M:%S")


def _slug(s):
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _item_info(sku, opts):
    if sku == "GIFT":
        p = catalog.product("Lodgepole Archery Gift Card")
    else:
        p = catalog.product(sku)
    if opts is None:
        return p, None, p["sku"], p["name"], p
    v = catalog.variant(p["sku"] or p["name"], *opts)
    return p, v, v["sku"], p["name"] + " - " + ", ".join(opts), v


def build(rng):
    """Fills in every order's computed fields (prices as on the day, taxes, tracking numbers)."""
    item_id = 1201
    for o in ORDERS:
        c = CUSTOMERS[o["cust"]]
        prov = c[8]
        day = _dt(o["placed"]).date()
        lines = []
        subtotal = Decimal("0")
        taxable = Decimal("0")
        for sku, opts, qty in o["items"]:
            p, v, vsku, name, priced = _item_info(sku, opts)
            unit = money(catalog.price_now(priced, day))
            total = unit * qty
            subtotal += total
            if p.get("tax", "taxable") == "taxable":
                taxable += total
            lines.append(dict(p=p, v=v, sku=vsku, name=name, qty=qty, unit=unit, total=total, opts=opts,
                              taxable=p.get("tax", "taxable") == "taxable", id=item_id))
            item_id += 1
        zone = pages.ZONES[pages.PROVINCE_ZONE[prov]]
        if o["ship"] == "standard":
            free = subtotal >= Decimal("149") and prov not in ("YT", "NT", "NU")
            ship_cost = Decimal("0") if free else Decimal(zone[2])
            ship_title = "Free shipping (Canada Post Expedited)" if free else "Canada Post Expedited Parcel"
        elif o["ship"] == "express":
            ship_cost = Decimal(zone[4])
            ship_title = "Purolator Express"
        elif o["ship"] == "pickup":
            ship_cost, ship_title = Decimal("0"), "Local pickup (Burnaby)"
        else:
            ship_cost, ship_title = None, None
        fee = Decimal("35.00") if o.get("oversized") else Decimal("0")
        base = taxable + (ship_cost or 0) + fee
        tax_lines = []
        for label, rate in TAXES[prov]:
            tax_lines.append((label, rate, money(base * Decimal(rate))))
        tax_total = sum(t[2] for t in tax_lines)
        o["lines"] = lines
        o["subtotal"] = subtotal
        o["ship_cost"] = ship_cost
        o["ship_title"] = ship_title
        o["fee"] = fee
        o["tax_lines"] = tax_lines
        o["tax_total"] = tax_total
        o["total"] = subtotal + (ship_cost or 0) + fee + tax_total
        o["province"] = prov
        refunds = []
        for amount, reason, when in o.get("refunds", []):
            amt = o["total"] if amount == "full" else Decimal(amount)
            refunds.append((amt, reason, when))
        o["refund_list"] = refunds
        o["refunded"] = sum((r[0] for r in refunds), Decimal("0"))
        tracks = []
        for provider, date, idx in o.get("shipments", []):
            if provider == "canada-post":
                num = "7023" + "".join(str(rng.randint(0, 9)) for _ in range(12))
            else:
                num = "3" + "".join(str(rng.randint(0, 9)) for _ in range(11))
            tracks.append(dict(provider=provider, date=date, number=num, items=idx))
        o["tracks"] = tracks


def _address(c, with_email):
    a = {"first_name": c[1], "last_name": c[2], "company": "", "address_1": c[5], "address_2": c[6],
         "city": c[7], "state": c[8], "postcode": c[9], "country": "CA"}
    if with_email:
        a["email"] = c[3]
    a["phone"] = c[4]
    return a


def to_rest(o):
    c = CUSTOMERS[o["cust"]]
    method, title = PAYMENTS[o["pay"]]
    meta = []
    mid = o["number"] * 10
    meta.append({"id": mid + 1, "key": "is_vat_exempt", "value": "no"})
    meta.append({"id": mid + 2, "key": "_wc_order_attribution_source_type", "value": "typein"})
    meta.append({"id": mid + 3, "key": "_wc_order_attribution_device_type",
                 "value": "Mobile" if o["number"] % 3 == 0 else "Desktop"})
    if o["tracks"]:
        items = []
        for t in o["tracks"]:
            d = datetime.date.fromisoformat(t["date"])
            ts = calendar.timegm((d.year, d.month, d.day, 0, 0, 0))
            items.append({
                "tracking_provider": t["provider"], "custom_tracking_provider": "", "custom_tracking_link": "",
                "tracking_number": t["number"], "date_shipped": str(ts),
                "tracking_id": hashlib.md5(("%s-%s" % (o["number"], t["number"])).encode()).hexdigest(),
            })
        meta.append({"id": mid + 4, "key": "_wc_shipment_tracking_items", "value": items})
    line_items = []
    for ln in o["lines"]:
        p, v = ln["p"], ln["v"]
        rate = sum(Decimal(r) for _, r in TAXES[o["province"]]) if ln["taxable"] else Decimal("0")
        lmeta = []
        if v is not None:
            for k, ((an, avals, glob), val) in enumerate(zip(p["attrs"], ln["opts"])):
                key = ATTR_SLUG.get(an, an.lower().replace(" ", "-")) if glob else _slug(an)
                lmeta.append({"id": ln["id"] * 10 + k, "key": key, "value": _slug(val) if glob else val,
                              "display_key": an, "display_value": val})
        line_items.append({
            "id": ln["id"], "name": ln["name"], "product_id": p["id"], "variation_id": v["id"] if v else 0,
            "quantity": ln["qty"], "tax_class": "", "subtotal": str(ln["total"]),
            "subtotal_tax": str(money(ln["total"] * rate)), "total": str(ln["total"]),
            "total_tax": str(money(ln["total"] * rate)), "taxes": [], "meta_data": lmeta, "sku": ln["sku"],
            "price": float(ln["unit"]),
            "image": {"id": p["id"] + 5000, "src": catalog.IMG.format(m=p.get("month", 1), slug=_slug(p["name"]))},
            "parent_name": p["name"] if v is not None else None,
        })
    shipping_lines = []
    if o["ship_title"]:
        mid_ship = {"standard": "flat_rate", "express": "flat_rate", "pickup": "local_pickup"}[o["ship"]]
        if o["ship"] == "standard" and o["ship_cost"] == 0:
            mid_ship = "free_shipping"
        shipping_lines.append({"id": o["number"] * 10 + 7, "method_title": o["ship_title"], "method_id": mid_ship,
                               "instance_id": "3", "total": str(money(o["ship_cost"])), "total_tax": "0.00", "taxes": [],
                               "meta_data": []})
    fee_lines = []
    if o["fee"]:
        fee_lines.append({"id": o["number"] * 10 + 8, "name": "Oversized item surcharge", "tax_class": "",
                          "tax_status": "taxable", "amount": str(o["fee"]), "total": str(o["fee"]),
                          "total_tax": "0.00", "taxes": [], "meta_data": []})
    tax_lines = [{"id": o["number"] * 10 + 20 + i, "rate_code": "CA-%s-%s-1" % (o["province"], label),
                  "rate_id": 10 + i, "label": label, "compound": False, "tax_total": str(amt),
                  "shipping_tax_total": "0.00", "rate_percent": float(Decimal(rate) * 100), "meta_data": []}
                 for i, (label, rate, amt) in enumerate(o["tax_lines"])]
    refunds = [{"id": o["number"] * 10 + 30 + i, "reason": reason, "total": "-" + str(money(amt))}
               for i, (amt, reason, when) in enumerate(o["refund_list"])]
    paid = o.get("paid", True)
    placed = o["placed"]
    done = o.get("done")
    shipping_addr = _address(c, False) if o["ship"] in ("standard", "express") else {
        "first_name": "", "last_name": "", "company": "", "address_1": "", "address_2": "", "city": "",
        "state": "", "postcode": "", "country": "", "phone": ""}
    return {
        "id": o["number"], "parent_id": 0, "status": o["status"], "currency": "CAD", "version": "9.4.2",
        "prices_include_tax": False, "date_created": _iso(placed), "date_modified": _iso(done or placed),
        "discount_total": "0.00", "discount_tax": "0.00",
        "shipping_total": str(money(o["ship_cost"] or 0)), "shipping_tax": "0.00",
        "cart_tax": str(o["tax_total"]), "total": str(money(o["total"])), "total_tax": str(o["tax_total"]),
        "customer_id": c[0], "order_key": "wc_order_" + hashlib.md5(str(o["number"]).encode()).hexdigest()[:13],
        "billing": _address(c, True), "shipping": shipping_addr,
        "payment_method": method, "payment_method_title": title,
        "transaction_id": ("ch_" + hashlib.md5(("tx%d" % o["number"]).encode()).hexdigest()[:24]) if paid else "",
        "customer_ip_address": "", "customer_user_agent": "", "created_via": "checkout",
        "customer_note": o.get("customer_note", ""),
        "date_completed": _iso(done) if (done and o["status"] in ("completed", "refunded")) else None,
        "date_paid": _iso(placed) if paid else None, "cart_hash": "",
        "number": str(o["number"]), "meta_data": meta, "line_items": line_items, "tax_lines": tax_lines,
        "shipping_lines": shipping_lines, "fee_lines": fee_lines, "coupon_lines": [], "refunds": refunds,
        "payment_url": "https://lodgepolearchery.ca/checkout/order-pay/%d/?pay_for_order=true&key=wc_order_x" % o["number"],
        "is_editable": o["status"] in ("pending", "on-hold"), "needs_payment": o["status"] in ("pending", "failed"),
        "needs_processing": True,
        "date_created_gmt": _iso_gmt(placed), "date_modified_gmt": _iso_gmt(done or placed),
        "date_completed_gmt": _iso_gmt(done) if (done and o["status"] in ("completed", "refunded")) else None,
        "date_paid_gmt": _iso_gmt(placed) if paid else None,
        "currency_symbol": "$",
        "_links": {"self": [{"href": "https://lodgepolearchery.ca/wp-json/wc/v3/orders/%d" % o["number"]}],
                   "collection": [{"href": "https://lodgepolearchery.ca/wp-json/wc/v3/orders"}]},
    }


def json_text():
    data = [to_rest(o) for o in sorted(ORDERS, key=lambda o: o["placed"], reverse=True)]
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    # PHP's json_encode (WordPress REST responses) escapes every slash
    return text.replace("/", "\\/")


def order(number):
    for o in ORDERS:
        if o["number"] == number:
            return o
    raise KeyError(number)


def customer_email(key):
    return CUSTOMERS[key][3]
