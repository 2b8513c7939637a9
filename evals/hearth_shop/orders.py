"""Orders of Emberwell Stoves & Flues, written as the WebToffee "Order Export & Order Import for WooCommerce"
plugin's default CSV (one row per order, items in line_item_N cells, refunds in refund_items, Shipment Tracking
JSON in meta:_wc_shipment_tracking_items). Prices include VAT; WooCommerce stores each line's total without VAT
and its tax apart; shipping is set up as not taxable (the flat rates are the prices shown on the delivery page).
"""
import json
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

D = Decimal
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


CUSTOMERS = {
    # id: first, last, email, phone, address_1, address_2, city, county, eircode, country
    14: ("Aoife", "Brennan", "aoife.brennan@example.com", "087 412 5530", "12 Maryborough Grove", "", "Portlaoise", "Laois", "R32 F6K2", "IE"),
    17: ("Ciarán", "Doyle", "ciaran.doyle@example.net", "086 220 9147", "Ardnore House", "Callan Road", "Kilkenny", "Kilkenny", "R95 X2T7", "IE"),
    22: ("Siobhán", "Murphy", "siobhan.murphy@example.org", "085 771 3302", "4 Lough Mahon Terrace", "Blackrock", "Cork", "Cork", "T12 K8P3", "IE"),
    25: ("Pádraig", "Kelly", "padraig.kelly@example.com", "+353 91 588 214", "27 Bóthar na Trá", "Salthill", "Galway", "Galway", "H91 E4W9", "IE"),
    31: ("Niamh", "O'Connor", "niamh.oconnor@example.net", "087 905 6618", "88 Kimmage Road West", "", "Dublin 6W", "Dublin", "D6W R2C8", "IE"),
    33: ("Declan", "Byrne", "declan.byrne@example.com", "086 345 0021", "Clonminch Cottage", "", "Tullamore", "Offaly", "R35 H3N6", "IE"),
    38: ("Orla", "Fitzgerald", "orla.fitzgerald@example.org", "083 118 4470", "5 Sallins Road", "", "Naas", "Kildare", "W91 P7X1", "IE"),
    40: ("Eoin", "McCarthy", "eoin.mccarthy@example.net", "087 660 2913", "31 Ennis Road", "", "Limerick", "Limerick", "V94 T5R8", "IE"),
    44: ("Gráinne", "Walsh", "grainne.walsh@example.com", "085 227 8815", "2 Pollerton Place", "", "Carlow", "Carlow", "R93 V6F2", "IE"),
    47: ("Tomás", "Ó Briain", "tomas.obriain@example.org", "+44 28 9064 3321", "14 Ravenhill Park", "", "Belfast", "Antrim", "BT6 0DG", "GB"),
    51: ("Máire", "Gallagher", "maire.gallagher@example.net", "087 533 7106", "Glebe House", "Ramelton Road", "Letterkenny", "Donegal", "F92 W3H5", "IE"),
    53: ("Sinéad", "Quinn", "sinead.quinn@example.com", "086 902 4485", "9 Retreat Heights", "", "Athlone", "Westmeath", "N37 C9D4", "IE"),
}
GUESTS = {
    "fiona": ("Fiona", "Nolan", "fiona.nolan@example.org", "087 301 2284", "3 Church Hill", "", "Wicklow", "Wicklow", "A67 Y2K8", "IE"),
    "colm": ("Colm", "Healy", "colm.healy@example.net", "099 61 245", "Teach na Mara", "Cill Rónáin", "Inis Mór", "Galway", "H91 R6T3", "IE"),
    "brendan": ("Brendan", "Lyons", "brendan.lyons@example.com", "0504 22 817", "Liberty Square Apartments 4", "", "Thurles", "Tipperary", "E41 K5N2", "IE"),
    "hannah": ("Hannah", "Kavanagh", "hannah.kavanagh@example.org", "086 774 1290", "21 Vevay Crescent", "", "Bray", "Wicklow", "A98 F3P6", "IE"),
}

CARD = ("stripe", "Credit / Debit Card")
BACS = ("bacs", "Direct bank transfer")
KLARNA = ("klarna_payments", "Klarna: Pay in 3")

PALLET = "Midland Pallet Line"
PALLET_LINK = "https://track.midlandpallet.ie/?ref=%s"

# shipping: (method_id, title, cost) or None for virtual-only orders
S_PAL = {z: ("flat_rate:%d" % i, "Pallet delivery (%s)" % z, c) for i, (z, c) in
         enumerate([("Zone 1", "45"), ("Zone 2", "65"), ("Zone 3", "79"), ("Zone 4", "89"), ("Northern Ireland", "120")], 10)}
S_PAR = {z: ("flat_rate:%d" % i, "Parcel delivery (%s)" % z, c) for i, (z, c) in
         enumerate([("Zone 1", "6.95"), ("Zone 2", "7.95"), ("Zone 3", "8.95"), ("Zone 4", "9.95"),
                    ("Northern Ireland", "12.95"), ("Islands", "19.95")], 20)}
S_FREE = ("free_shipping:3", "Free parcel delivery", "0")
S_FUEL_A = ("flat_rate:31", "Fuel van delivery (Fuel Zone A)", "15")
S_FUEL_A_FREE = ("free_shipping:32", "Fuel van delivery (Fuel Zone A, free over €100)", "0")
S_FUEL_B = ("flat_rate:33", "Fuel van delivery (Fuel Zone B)", "25")

# Each order: number, placed (site time, Europe/Dublin = UTC in winter, UTC+1 in summer), status, who (customer
# id or guest key), items [(sku, qty, unit price paid incl. VAT)], shipping, payment, tracking
# [(provider, custom provider, number, shipped date)], refunds [(amount, reason, date)], note.
ORDERS = [
    dict(n=6021, at="2026-10-03 10:42:18", status="completed", who=14,
         items=[("EW-COR4-BLK", 1, "895"), ("EW-SLH-1000", 1, "149")], ship=S_PAL["Zone 1"], pay=CARD,
         track=[("", PALLET, "MPL-448201", "2026-10-06")]),
    dict(n=6026, at="2026-10-08 19:05:51", status="completed", who=33,
         items=[("EW-SWP", 1, "85"), ("EW-ANS", 1, "120")], ship=None, pay=CARD),
    dict(n=6030, at="2026-10-12 08:30:02", status="completed", who=22,
         items=[("EW-GLS-ARDAN5", 1, "49"), ("EW-RPE-10", 1, "14.95"), ("EW-GCL", 1, "8.95")], ship=S_PAR["Zone 3"],
         pay=CARD, track=[("An Post", "", "CE604812337IE", "2026-10-13")]),
    dict(n=6034, at="2026-10-15 14:12:40", status="completed", who=17,
         items=[("EW-ARD8-BLK", 1, "1395"), ("EW-L904-6", 1, "519"), ("EW-LTP-150", 1, "49.95"), ("EW-ADC-150", 1, "74.95")],
         ship=S_PAL["Zone 1"], pay=KLARNA,
         track=[("", PALLET, "MPL-448377", "2026-10-19"), ("DPD.ie", "", "15501448309217", "2026-10-16")]),
    dict(n=6039, at="2026-10-19 21:47:09", status="refunded", who=25,
         items=[("EW-LUMW-50", 1, "499")], ship=S_FREE, pay=CARD,
         track=[("DPD.ie", "", "15501448412260", "2026-10-20")],
         refunds=[("499.00", "Returned unused within 30 days", "2026-11-02 11:20:00")]),
    dict(n=6043, at="2026-10-22 12:03:33", status="completed", who=31,
         items=[("EW-LUM18", 1, "349"), ("EW-COA", 1, "29.95")], ship=S_FREE, pay=CARD,
         track=[("DPD.ie", "", "15501448530418", "2026-10-23")]),
    dict(n=6047, at="2026-10-26 09:55:12", status="completed", who=38,
         items=[("EW-SLH-1200", 1, "189"), ("EW-OAK-1500", 1, "175")], ship=S_PAL["Zone 1"], pay=CARD,
         track=[("", PALLET, "MPL-448655", "2026-10-28")]),
    dict(n=6051, at="2026-10-29 16:20:44", status="completed", who=40,
         items=[("EW-PNT-BLK", 2, "16.95"), ("EW-THM", 1, "14.95")], ship=S_PAR["Zone 3"], pay=CARD,
         track=[("An Post", "", "CE604955218IE", "2026-10-30")]),
    dict(n=6055, at="2026-11-02 20:14:05", status="failed", who=44,
         items=[("EW-GV-100", 1, "100")], ship=None, pay=CARD, paid=False,
         note="Payment failed: card declined (insufficient funds)."),
    dict(n=6056, at="2026-11-02 20:19:37", status="completed", who=44,
         items=[("EW-GV-100", 1, "100")], ship=None, pay=CARD),
    dict(n=6060, at="2026-11-05 11:31:26", status="completed", who=47,
         items=[("EW-INS5-BLK", 1, "1295"), ("EW-L904-5", 1, "449")], ship=S_PAL["Northern Ireland"], pay=CARD,
         track=[("", PALLET, "MPL-449012", "2026-11-09")]),
    dict(n=6064, at="2026-11-09 13:08:50", status="completed", who=51,
         items=[("EW-CO3", 1, "79"), ("EW-RPE-8", 1, "13.95")], ship=S_PAR["Zone 4"], pay=CARD,
         track=[("An Post", "", "CE605120964IE", "2026-11-10")]),
    dict(n=6068, at="2026-11-12 18:44:19", status="completed", who=53,
         items=[("EW-ROT-5", 1, "89.95"), ("EW-BGC", 1, "34.95")], ship=S_PAR["Zone 1"], pay=CARD,
         track=[("DPD.ie", "", "15501449177305", "2026-11-13")]),
    dict(n=6071, at="2026-11-14 10:27:58", status="completed", who="fiona",
         items=[("EW-LUM18", 1, "349")], ship=S_FREE, pay=CARD,
         track=[("DPD.ie", "", "15501449260871", "2026-11-16")]),
    dict(n=6075, at="2026-11-17 15:39:02", status="completed", who="colm",
         items=[("EW-CMP-BLK", 1, "69"), ("EW-GLV", 1, "19.95")], ship=S_PAR["Islands"], pay=CARD,
         track=[("An Post", "", "CE605388412IE", "2026-11-18")]),
    dict(n=6079, at="2026-11-19 09:12:45", status="completed", who=22,
         items=[("EW-CMP-BRS", 1, "79"), ("EW-LBK", 1, "49.95")], ship=S_PAR["Zone 3"], pay=CARD,
         track=[("An Post", "", "CE605471136IE", "2026-11-20")],
         refunds=[("49.95", "Log basket arrived dented", "2026-11-27 14:05:00")]),
    dict(n=6083, at="2026-11-21 17:02:31", status="completed", who=33,
         items=[("EW-ASH-HALF", 1, "155"), ("EW-BRQ-10", 1, "59")], ship=S_FUEL_B, pay=CARD),
    dict(n=6086, at="2026-11-23 08:49:14", status="completed", who=14,
         items=[("EW-ASH-BAG", 10, "9.50"), ("EW-KND", 2, "5.50")], ship=S_FUEL_A_FREE, pay=CARD),
    dict(n=6090, at="2026-11-25 22:10:07", status="cancelled", who=31,
         items=[("EW-COR7-BLK", 1, "1245")], ship=S_PAL["Zone 2"], pay=BACS, paid=False,
         note="Cancelled at the customer's request before payment arrived."),
    dict(n=6094, at="2026-11-26 12:36:58", status="completed", who=40,
         items=[("EW-ARD5-GRY", 1, "1095"), ("EW-VEP-5-500", 2, "34.95")], ship=S_PAL["Zone 3"], pay=CARD,
         track=[("", PALLET, "MPL-449530", "2026-11-30")],
         refunds=[("34.95", "One flue pipe length returned unused", "2026-12-03 10:15:00")]),
    dict(n=6097, at="2026-11-27 19:58:23", status="on-hold", who="hannah",
         items=[("EW-GLEN-NG", 1, "1150")], ship=S_PAL["Zone 2"], pay=BACS, paid=False,
         note="Awaiting bank transfer."),
    dict(n=6101, at="2026-11-28 11:15:40", status="completed", who=17,
         items=[("EW-SWP", 1, "85"), ("EW-SMC-40", 2, "42.99")], ship=S_FUEL_B, pay=CARD),
    dict(n=6105, at="2026-11-30 20:41:12", status="processing", who=25,
         items=[("EW-SLN12-BLK", 1, "1895"), ("EW-L904-6", 1, "519")], ship=S_PAL["Zone 3"], pay=KLARNA),
    dict(n=6108, at="2026-12-01 09:03:55", status="pending", who=38,
         items=[("EW-INST-CH", 1, "950")], ship=None, pay=BACS, paid=False),
    dict(n=6112, at="2026-12-02 14:27:30", status="processing", who=51,
         items=[("EW-ARD5-BLK", 1, "1095"), ("EW-GCL", 1, "8.95")], ship=S_PAL["Zone 4"], pay=CARD),
    dict(n=6115, at="2026-12-03 10:50:16", status="processing", who=44,
         items=[("EW-ANS", 1, "99")], ship=None, pay=CARD),
    dict(n=6117, at="2026-12-03 16:33:48", status="completed", who=53,
         items=[("EW-GV-50", 1, "50"), ("EW-GCL", 1, "8.95")], ship=S_PAR["Zone 1"], pay=CARD,
         track=[("An Post", "", "CE606012847IE", "2026-12-04")]),
    dict(n=6119, at="2026-12-04 13:19:03", status="processing", who="brendan",
         items=[("EW-COR4-ANT", 1, "799"), ("EW-GFP-SQ", 1, "119")], ship=S_PAL["Zone 3"], pay=CARD),
    dict(n=6122, at="2026-12-04 21:06:27", status="processing", who=14,
         items=[("EW-FAN", 1, "74"), ("EW-COA", 1, "29.95")], ship=S_PAR["Zone 1"], pay=CARD),
    dict(n=6124, at="2026-12-05 10:11:52", status="processing", who=33,
         items=[("EW-SLN12-GRN", 1, "1995")], ship=S_PAL["Zone 1"], pay=CARD, backordered={"EW-SLN12-GRN": 1}),
    dict(n=6126, at="2026-12-05 18:45:09", status="processing", who="hannah",
         items=[("EW-GV-250", 1, "250")], ship=None, pay=CARD),
]
BY_NUM = {o["n"]: o for o in ORDERS}


def person(o):
    w = o["who"]
    return CUSTOMERS[w] if isinstance(w, int) else GUESTS[w]


def email(o):
    return person(o)[2]


def find_item(sku):
    """(product, variation or None) for an ordered SKU."""
    if sku in C.BY_SKU:
        return C.BY_SKU[sku], None
    return C.var_by_sku(sku)


def item_name(sku):
    p, v = find_item(sku)
    return C.variation_name(p, v) if v else p["name"]


def rate(p):
    if p.get("tax_status") == "none":
        return None
    return D("0.135") if p["tax"] == "reduced-rate" else D("0.23")


def lines(o):
    """Per line: name, sku, qty, incl, excl, tax, rate id."""
    out = []
    for sku, qty, unit in o["items"]:
        p, v = find_item(sku)
        incl = q(D(unit) * qty)
        r = rate(p)
        if r is None:
            excl, tax, rid = incl, D("0.00"), None
        else:
            excl = q(incl / (1 + r))
            tax = incl - excl
            rid = 2 if r == D("0.135") else 1
        out.append(dict(name=item_name(sku), sku=sku, qty=qty, incl=incl, excl=excl, tax=tax, rid=rid, p=p, v=v,
                        unit=D(unit)))
    return out


def shipping_cost(o):
    return D(o["ship"][2]) if o["ship"] else D("0")


def total(o):
    return sum((l["incl"] for l in lines(o)), D("0")) + shipping_cost(o)


def refunded(o):
    return sum((D(r[0]) for r in o.get("refunds", [])), D("0"))


def fmt(x):
    return "%.2f" % x


def _ts(day):
    import datetime
    d = datetime.date.fromisoformat(day)
    return str(int(datetime.datetime(d.year, d.month, d.day, tzinfo=datetime.timezone.utc).timestamp()))


def tracking_json(o):
    items = []
    for prov, custom, num, day in o.get("track", []):
        items.append({"tracking_provider": prov, "custom_tracking_provider": custom,
                      "custom_tracking_link": (PALLET_LINK % num) if custom else "",
                      "tracking_number": num, "date_shipped": _ts(day), "tracking_id": C.md5(num)})
    if not items:
        return ""
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


HEADER = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total",
          "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount", "discount_total", "order_total",
          "order_subtotal", "order_key", "order_currency", "payment_method", "payment_method_title", "transaction_id",
          "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id", "customer_user",
          "customer_email", "billing_first_name", "billing_last_name", "billing_company", "billing_email",
          "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
          "billing_state", "billing_country", "shipping_first_name", "shipping_last_name", "shipping_company",
          "shipping_phone", "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city",
          "shipping_state", "shipping_country", "customer_note", "wt_import_key", "tax_items", "shipping_items",
          "fee_items", "coupon_items", "refund_items", "order_notes", "download_permissions",
          "meta:_wc_order_attribution_device_type", "meta:_wc_order_attribution_referrer",
          "meta:_wc_order_attribution_session_count", "meta:_wc_order_attribution_session_entry",
          "meta:_wc_order_attribution_session_pages", "meta:_wc_order_attribution_session_start_time",
          "meta:_wc_order_attribution_source_type", "meta:_wc_order_attribution_user_agent",
          "meta:_wc_order_attribution_utm_source", "meta:_wc_shipment_tracking_items"]

# WooCommerce stores Irish counties as state codes (i18n/states.php: CW Carlow, D Dublin, ...).
COUNTY = {"Laois": "LS", "Kilkenny": "KK", "Cork": "CO", "Galway": "G", "Dublin": "D", "Offaly": "OY", "Kildare": "KE",
          "Limerick": "LK", "Carlow": "CW", "Donegal": "DL", "Westmeath": "WH", "Wicklow": "WW", "Tipperary": "TA"}
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"]
STATUS_WORD = {"completed": "Completed", "processing": "Processing", "refunded": "Refunded", "cancelled": "Cancelled",
               "failed": "Failed", "on-hold": "On hold", "pending": "Pending payment"}


def item_cell(o, l):
    p, v = l["p"], l["v"]
    parts = ["name:%s" % l["name"], "product_id:%d" % p["id"], "sku:%s" % l["sku"], "quantity:%d" % l["qty"],
             "total:%s" % fmt(l["excl"]), "sub_total:%s" % fmt(l["excl"])]
    if l["rid"]:
        td = json.dumps({"total": {str(l["rid"]): fmt(l["tax"])}, "subtotal": {str(l["rid"]): fmt(l["tax"])}},
                        separators=(",", ":"))
        parts += ["tax:%s" % fmt(l["tax"]), "tax_data:%s" % td]
    if v:
        for a in p["attrs"]:
            if a[0] in v["attrs"]:
                key = C.attr_key(a)
                val = v["attrs"][a[0]]
                parts.append("%s:%s" % (key, C.slugify(val) if a[3] else val))
    bo = o.get("backordered", {}).get(l["sku"])
    if bo:
        parts.append("Backordered:%d" % bo)
    tracked = not (v or p).get("untracked")
    if tracked and o["status"] not in ("failed", "cancelled", "pending"):
        parts.append("_reduced_stock:%d" % l["qty"])
    if v:
        parts.append("_variation_id:%d" % v["id"])
    return "|".join(parts)


def notes(o):
    word = STATUS_WORD[o["status"]]
    n = []
    if o.get("refunds"):
        for amt, reason, day in o["refunds"]:
            n.append("content:Refunded €%s – %s|date:%s|customer:0|added_by:system" % (amt, reason, day))
    for prov, custom, num, day in o.get("track", []):
        n.append("content:Tracking %s %s added.|date:%s 09:00:00|customer:0|added_by:shop_manager"
                 % (prov or custom, num, day))
    if o.get("note"):
        n.append("content:%s|date:%s|customer:0|added_by:system" % (o["note"], o["at"]))
    n.append("content:Order status changed from Pending payment to %s.|date:%s|customer:0|added_by:system" % (word, o["at"]))
    n.sort(key=lambda x: x.split("|date:")[1][:19], reverse=True)   # newest first
    return "||".join(n)


def row(o, idx):
    cust = person(o)
    first, last, mail, phone, a1, a2, city, county, code, country = cust
    reg = isinstance(o["who"], int)
    ls = lines(o)
    tax_by = {}
    for l in ls:
        if l["rid"]:
            tax_by[l["rid"]] = tax_by.get(l["rid"], D("0")) + l["tax"]
    tax_items = ";".join("rate_id:%d|code:IE-VAT (%s%%)-1|total:%s|label:VAT (%s%%)|tax_rate_compound:"
                         % (rid, "23" if rid == 1 else "13.5", fmt(t), "23" if rid == 1 else "13.5")
                         for rid, t in sorted(tax_by.items()))
    ship = o["ship"]
    virtual_only = ship is None
    ship_items = ""
    if ship:
        ship_items = "items:%s|method_id:%s|taxes:{\"total\":[]}" % (
            ", ".join("%s &times; %d" % (l["name"], l["qty"]) for l in ls), ship[0])
    paid = o.get("paid", True)
    placed = o["at"]
    paid_date = ""
    if paid:   # ISO 8601 in UTC: Irish Summer Time (UTC+1) ran until 25 October 2026
        import datetime
        t = datetime.datetime.fromisoformat(placed) + datetime.timedelta(seconds=40 + idx)
        if placed < "2026-10-25 01:00:00":
            t -= datetime.timedelta(hours=1)
        paid_date = t.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
    refunds = ";".join("amount:%s|reason:%s|date:%s" % r for r in o.get("refunds", []))
    state = COUNTY.get(county, "") if country == "IE" else ""
    phone_cell = ("'" + phone) if phone.startswith("+") else phone
    subtotal = sum((l["excl"] for l in ls), D("0"))
    vals = {
        "order_id": str(o["n"]), "order_number": str(o["n"]), "order_date": placed, "paid_date": paid_date,
        "status": o["status"], "shipping_total": fmt(shipping_cost(o)) if ship else "0.00", "shipping_tax_total": "0.00",
        "fee_total": "0.00", "fee_tax_total": "0.00", "tax_total": fmt(sum(tax_by.values(), D("0"))),
        "cart_discount": "0.00", "order_discount": "0.00", "discount_total": "0.00", "order_total": fmt(total(o)),
        "order_subtotal": fmt(subtotal), "order_key": "wc_order_" + C.md5("key%d" % o["n"])[:13],
        "order_currency": "EUR", "payment_method": o["pay"][0], "payment_method_title": o["pay"][1],
        "transaction_id": ("pi_3Q" + C.md5("tx%d" % o["n"])[:18]) if (paid and o["pay"] == CARD) else
        (("kl_" + C.md5("kl%d" % o["n"])[:16]) if (paid and o["pay"] == KLARNA) else ""),
        "customer_ip_address": "198.51.100.%d" % (10 + idx * 3 % 200),
        "customer_user_agent": UA[idx % 3], "shipping_method": ship[1] if ship else "",
        "customer_id": str(o["who"]) if reg else "0", "customer_user": str(o["who"]) if reg else "0",
        "customer_email": mail if reg else "",
        "billing_first_name": first, "billing_last_name": last, "billing_company": "", "billing_email": mail,
        "billing_phone": phone_cell, "billing_address_1": a1, "billing_address_2": a2, "billing_postcode": code,
        "billing_city": city, "billing_state": state, "billing_country": country,
        "shipping_first_name": "" if virtual_only else first, "shipping_last_name": "" if virtual_only else last,
        "shipping_company": "", "shipping_phone": "",
        "shipping_address_1": "" if virtual_only else a1, "shipping_address_2": "" if virtual_only else a2,
        "shipping_postcode": "" if virtual_only else code, "shipping_city": "" if virtual_only else city,
        "shipping_state": "" if virtual_only else state, "shipping_country": "" if virtual_only else country,
        "customer_note": o.get("customer_note", ""), "wt_import_key": str(o["n"]), "tax_items": tax_items,
        "shipping_items": ship_items, "fee_items": "", "coupon_items": "", "refund_items": refunds,
        "order_notes": notes(o), "download_permissions": "1" if virtual_only and paid else "0",
        "meta:_wc_order_attribution_device_type": ["Mobile", "Desktop", "Mobile"][idx % 3],
        "meta:_wc_order_attribution_referrer": ["https://www.google.com/", "", "https://www.facebook.com/"][idx % 3],
        "meta:_wc_order_attribution_session_count": str(1 + idx % 4),
        "meta:_wc_order_attribution_session_entry": C.SITE + "/",
        "meta:_wc_order_attribution_session_pages": str(3 + idx % 7),
        "meta:_wc_order_attribution_session_start_time": placed,
        "meta:_wc_order_attribution_source_type": ["organic", "typein", "referral"][idx % 3],
        "meta:_wc_order_attribution_user_agent": UA[idx % 3],
        "meta:_wc_order_attribution_utm_source": ["google", "(direct)", "facebook.com"][idx % 3],
        "meta:_wc_shipment_tracking_items": tracking_json(o),
    }
    cells = [vals[h] for h in HEADER]
    width = max(len(x["items"]) for x in ORDERS)
    its = [item_cell(o, l) for l in ls]
    cells += its + [""] * (width - len(its))
    return cells


def header():
    width = max(len(x["items"]) for x in ORDERS)
    return HEADER + ["line_item_%d" % (i + 1) for i in range(width)]


def csv_text():
    def cell(s):
        return '"' + s.replace('"', '""') + '"'
    rows = [header()]
    # newest first, as the plugin's default sort (date desc)
    for idx, o in enumerate(sorted(ORDERS, key=lambda x: x["at"], reverse=True)):
        rows.append(row(o, idx))
    return "".join(",".join(cell(c) for c in r) + "\n" for r in rows)


def all_tracking_numbers():
    return [t[2] for o in ORDERS for t in o.get("track", [])]
