"""Cellar & Vine's customers and orders: the data that writes Shopify's customers CSV export and the Admin REST
API's orders.json, and that cases.py reads its order expectations from. Prices include GST (15%)."""
import csv
import datetime
import io
import json
import random
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as P

RNG = random.Random(4821)


def cents(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s2(x):
    return "%.2f" % cents(x)


class Cust:
    def __init__(self, key, first, last, email, phone, addr1, city, prov, prov_code, zip_, rural=False, addr2="",
                 tags="", marketing=True):
        self.key, self.first, self.last, self.email, self.phone = key, first, last, email, phone
        self.addr1, self.addr2, self.city, self.prov, self.prov_code, self.zip = addr1, addr2, city, prov, prov_code, zip_
        self.rural, self.tags, self.marketing = rural, tags, marketing
        self.id = None

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


CUSTOMERS = [
    Cust("aroha", "Aroha", "Ngata", "aroha.ngata@example.co.nz", "+64 21 555 0142", "27 Williamson Avenue", "Auckland",
         "Auckland", "AUK", "1021", tags="VIP, wine club"),
    Cust("james", "James", "Whitcombe", "jwhitcombe@example.com", "+64 27 555 0311", "14 Aro Street", "Wellington",
         "Wellington", "WGN", "6021"),
    Cust("meilin", "Mei Lin", "Chen", "meilin.chen@example.net", "+64 22 555 0178", "5 Cashel Street", "Christchurch",
         "Canterbury", "CAN", "8011"),
    Cust("tom", "Tom", "Fairbairn", "tom.fairbairn@example.co.nz", "+64 21 555 0419", "88 Highgate", "Dunedin", "Otago",
         "OTA", "9010"),
    Cust("priya", "Priya", "Raman", "priya.raman@example.com", "+64 27 555 0263", "3 Grey Street", "Hamilton", "Waikato",
         "WKO", "3204"),
    Cust("sione", "Sione", "Taufa", "sione.taufa@example.net", "+64 21 555 0587", "41 Great South Road", "Manukau",
         "Auckland", "AUK", "2104"),
    Cust("hannah", "Hannah", "Olsen", "hannah.olsen@example.org", "+64 22 555 0724", "19 Devonport Road", "Tauranga",
         "Bay of Plenty", "BOP", "3110"),
    Cust("liam", "Liam", "Brennan", "liam.brennan@example.com", "+64 27 555 0836", "7 Trafalgar Street", "Nelson", "Nelson",
         "NSN", "7010"),
    Cust("kate", "Kate", "Mahuika", "kate.mahuika@example.co.nz", "+64 21 555 0951", "210 Kennedy Road", "Napier",
         "Hawke's Bay", "HKB", "4110"),
    Cust("oliver", "Oliver", "Stewart", "oliver.stewart@example.net", "+64 22 555 0165", "9 Victoria Road", "Auckland",
         "Auckland", "AUK", "0624", tags="corporate"),
    Cust("grace", "Grace", "Park", "grace.park@example.org", "+64 27 555 0290", "15 Shotover Street", "Queenstown",
         "Otago", "OTA", "9300"),
    Cust("daniel", "Daniel", "Kruger", "daniel.kruger@example.com", "+64 21 555 0377", "62 Ocean View Road",
         "Waiheke Island", "Auckland", "AUK", "1081"),
    Cust("ruby", "Ruby", "Thompson", "ruby.thompson@example.co.nz", "+64 22 555 0498", "1450 State Highway 16",
         "Kumeu", "Auckland", "AUK", "0892", rural=True, addr2="RD 2"),
    Cust("ben", "Ben", "Carter", "ben.carter@example.net", "+64 27 555 0524", "33 Broadway Avenue", "Palmerston North",
         "Manawatū-Whanganui", "MWT", "4410"),
    Cust("ana", "Ana", "Silva", "ana.silva@example.com", "+64 21 555 0612", "4 Jervois Road", "Auckland", "Auckland",
         "AUK", "1011", marketing=False),
]
GUESTS = [
    Cust("g_sam", "Sam", "Wilson", "sam.wilson@example.com", "+64 27 555 0733", "56 Cuba Street", "Wellington",
         "Wellington", "WGN", "6011"),
    Cust("g_leilani", "Leilani", "Fonoti", "leilani.fonoti@example.net", "+64 21 555 0845", "12 Karangahape Road",
         "Auckland", "Auckland", "AUK", "1010"),
    Cust("g_chris", "Chris", "O'Donnell", "chris.odonnell@example.org", "+64 22 555 0956", "301 Riccarton Road",
         "Christchurch", "Canterbury", "CAN", "8041"),
    Cust("g_nadia", "Nadia", "Haddad", "nadia.haddad@example.com", "+64 27 555 0167", "18 Victoria Street", "Hamilton",
         "Waikato", "WKO", "3204"),
]
PEOPLE = {c.key: c for c in CUSTOMERS + GUESTS}
for i, c in enumerate(CUSTOMERS):
    c.id = 7391024856301 + i * 37

ZONE_OF = {"AUK": "Auckland metro", "WGN": "North Island", "WKO": "North Island", "BOP": "North Island",
           "HKB": "North Island", "MWT": "North Island", "CAN": "South Island", "OTA": "South Island",
           "NSN": "South Island"}


def zone_for(c):
    if c.city == "Waiheke Island":
        return "Waiheke Island"
    return ZONE_OF[c.prov_code]


# ------------------------------------------------------------------ order specs
# method: "ship" (zone courier), "collect", "sameday", None (nothing to ship)
# ships: list of (skus, carrier, status, days after order); refunds: (amount or "all", note, [(sku, qty)])
SPECS = [
    dict(n=10401, who="aroha", at="2026-10-08 11:14", items=[("KRPN22-C6", 1), ("AUUN-6", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)]),
    dict(n=10402, who="james", at="2026-10-12 19:40", items=[("TMCH23-750", 2), ("BARR19-750", 2)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)]),
    dict(n=10403, who="meilin", at="2026-10-15 08:52", items=[("KRBN20-750", 3), ("KHMT-750", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 2)]),
    dict(n=10404, who="g_sam", at="2026-10-20 16:05", items=[("SWHI-4", 2), ("LKPL-4", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)]),
    dict(n=10405, who="tom", at="2026-10-24 10:30", items=[("SKSM8-700", 1), ("TRWT-2", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)],
         refunds=[(39.00, "One tumbler arrived broken; customer asked for a refund of the set instead of a replacement",
                   [("TRWT-2", 1)], "2026-10-28")]),
    dict(n=10406, who="priya", at="2026-10-29 13:22", items=[("CVGC-100", 1)], method=None,
         ships=[(None, None, None, 0)]),
    dict(n=10407, who="sione", at="2026-11-02 21:03", items=[("SWHI-24", 1), ("BSOS-24", 1)], method="ship",
         cancel=("2026-11-02 22:15", "customer"), financial="voided"),
    dict(n=10408, who="hannah", at="2026-11-05 12:47", items=[("PVRS25-750", 6), ("AUCF-2", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)]),
    dict(n=10409, who="aroha", at="2026-11-09 09:15", items=[("FNWT-1", 2)], method=None,
         ships=[(None, None, None, 0)]),
    dict(n=10410, who="liam", at="2026-11-12 18:26", items=[("WECM20-750", 2), ("WECM20-MAG", 1)], method="ship",
         ships=[(["WECM20-750"], "NZ Post", "delivered", 1)]),
    dict(n=10411, who="kate", at="2026-11-14 14:58", items=[("QVTP10-750", 1), ("KRLH23-375", 2)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)],
         refunds=[("all", "Both dessert wines and the port were corked; bottles returned, refunded in full", [
             ("QVTP10-750", 1), ("KRLH23-375", 2)], "2026-11-24")]),
    dict(n=10412, who="oliver", at="2026-11-17 10:02", items=[("MDBR-GB", 1), ("SNDC-1", 1)], method="collect",
         ships=[(None, None, None, 0)]),
    dict(n=10413, who="g_leilani", at="2026-11-19 13:35", items=[("RVGN-700", 1), ("SBZG-700", 1)], method="sameday",
         ships=[(None, None, None, 0)]),
    dict(n=10414, who="grace", at="2026-11-21 20:11", items=[("KRPN25-750", 6)], method="ship", ships=[]),
    dict(n=10415, who="daniel", at="2026-11-23 11:48", items=[("TWSB25-C6", 1), ("KHMT-MAG", 1)], method="ship",
         ships=[(None, "NZ Post", "delivered", 2)]),
    dict(n=10416, who="ruby", at="2026-11-24 15:20", items=[("OGSH21-750", 3), ("CLRB18-750", 3)], method="ship",
         ships=[(None, "NZ Post", "in_transit", 9)]),
    dict(n=10417, who="ben", at="2026-11-25 17:09", items=[("GA12-700", 1), ("CCSR-1L", 1)], method="ship",
         ships=[(None, "NZ Post", "attempted_delivery", 1)]),
    dict(n=10418, who="james", at="2026-11-26 08:33", items=[("AUPN-6", 1), ("WFCS-OAK", 1)], method="ship",
         ships=[(None, "Aramex", "in_transit", 7)]),
    dict(n=10419, who="g_chris", at="2026-11-27 19:57", items=[("TWSB25-750", 12)], method="ship",
         ships=[(None, "NZ Post", "delivered", 1)],
         refunds=[(None, "Two bottles arrived broken (photos received); refunded", [("TWSB25-750", 2)], "2026-12-01")]),
    dict(n=10420, who="meilin", at="2026-11-28 10:41", items=[("KCGB-1", 2), ("SBGB-BLK", 2)], method="ship",
         ships=[(None, "NZ Post", "in_transit", 5)]),
    dict(n=10421, who="priya", at="2026-11-29 16:16", items=[("BCHP-1", 1), ("VLSB-750", 2)], method="ship",
         ships=[(["VLSB-750"], "Aramex", "delivered", 1)]),
    dict(n=10422, who="hannah", at="2026-11-30 09:05", items=[("ABSY21-C6", 1)], method="ship", ships=[]),
    dict(n=10423, who="oliver", at="2026-12-01 11:30",
         items=[("CUSTOM:Private tasting in store - Friday 18 December", 1)], method=None, ships=[],
         financial="pending", gateway="Bank Deposit"),
    dict(n=10424, who="tom", at="2026-12-01 20:44", items=[("GA12-700", 2)], method="ship", ships=[]),
    dict(n=10425, who="g_nadia", at="2026-12-02 12:12", items=[("SWHI-4", 1), ("CHAF-4", 2)], method="ship",
         ships=[(None, "NZ Post", "in_transit", 1)]),
    dict(n=10426, who="sione", at="2026-12-02 18:38", items=[("KHVD-700", 1), ("ASBT-700", 1), ("AUUN-2", 1)],
         method="ship", ships=[(None, "NZ Post", "out_for_delivery", 1)]),
    dict(n=10427, who="aroha", at="2026-12-03 10:27", items=[("TWSB25-C6", 2)], method="ship", ships=[]),
    dict(n=10428, who="kate", at="2026-12-03 15:54", items=[("KHMT-750", 6)], method="ship",
         cancel=("2026-12-04 09:12", "customer"),
         refunds=[("all", "Cancelled at the customer's request before dispatch", [("KHMT-750", 6)], "2026-12-04")]),
    dict(n=10429, who="grace", at="2026-12-04 08:19", items=[("SBGB-KRF", 1), ("MDBR-750", 1)], method="ship", ships=[]),
    dict(n=10430, who="daniel", at="2026-12-04 17:45", items=[("FNWT-1", 1)], method=None, ships=[(None, None, None, 0)]),
]

SKU = {v.sku: (p, v) for p, v in C.all_variants()}


def item_price(sku, when):
    if sku == C.DELISTED["sku"]:
        return C.DELISTED["price"]
    p, v = SKU[sku]
    return v.current(when)


def item_title(sku):
    """Shopify line item: title is the product, variant_title the option, name both."""
    if sku == C.DELISTED["sku"]:
        return C.DELISTED["name"], C.DELISTED["value"]
    p, v = SKU[sku]
    return p.name, (None if not p.group else v.value)


def tracking_number(carrier):
    if carrier == "NZ Post":
        return "CP%09dNZ" % RNG.randrange(10 ** 8, 10 ** 9)
    return "WX%010d" % RNG.randrange(10 ** 9, 10 ** 10)


def tracking_url(carrier, num):
    if carrier == "NZ Post":
        return "https://www.nzpost.co.nz/tools/tracking/item/%s" % num
    return "https://www.aramex.co.nz/tools/track?l=%s" % num


def confirmation(n):
    r = random.Random(n)
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))


def ts(s, minutes=0, days=0):
    dt = datetime.datetime.fromisoformat(s) + datetime.timedelta(minutes=minutes, days=days)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + C.TZ


class Order:
    """The derived facts of one order (what the cases read)."""


def build():
    orders = []
    for spec in SPECS:
        o = Order()
        o.spec = spec
        o.number = spec["n"]
        o.name = "#%d" % o.number
        o.id = 5987601000000 + (o.number - 10400) * 1117
        o.who = PEOPLE[spec["who"]]
        o.guest = spec["who"].startswith("g_")
        o.placed = spec["at"]
        when = datetime.date.fromisoformat(spec["at"][:10])
        o.lines = []
        for j, (sku, qty) in enumerate(spec["items"]):
            line = {"id": 14820000000000 + o.number * 10 + j, "sku": sku, "qty": qty}
            if sku.startswith("CUSTOM:"):
                title = sku.split(":", 1)[1]
                line.update(title=title, variant_title=None, price=P.service("Private tasting in store")[1],
                            product_id=None, variant_id=None, sku="", shipping=False, custom=True)
            else:
                title, vt = item_title(sku)
                p = SKU.get(sku, (None, None))[0]
                line.update(title=title, variant_title=vt, price=item_price(sku, when), custom=False,
                            shipping=p is None or p.ptype not in (C.CARD, C.EVENT),
                            product_id=8801000000000 + (C.PRODUCTS.index(p) if p else 99) * 1000,
                            variant_id=45210000000000 + sum(ord(ch) * (k + 1) for k, ch in enumerate(sku)))
                line["gift_card"] = sku.startswith("CVGC")
            line["name"] = line["title"] + (" - " + line["variant_title"] if line["variant_title"] else "")
            o.lines.append(line)
        o.subtotal = sum(cents(l["price"]) * l["qty"] for l in o.lines)
        # shipping, from the shipping page's rules
        o.method = spec["method"]
        o.zone = zone_for(o.who)
        if o.method == "ship":
            zone = [z for z in P.ZONES if z[0] == o.zone][0]
            ship_sub = sum(cents(l["price"]) * l["qty"] for l in o.lines if l["shipping"])
            fee = Decimal("0") if (zone[3] is not None and ship_sub >= zone[3]) else cents(zone[2])
            if o.who.rural:
                fee += cents(P.RURAL_SURCHARGE)
            o.ship_title = "Standard courier (%s)" % o.zone + (" + rural delivery" if o.who.rural else "")
            o.shipping = fee
        elif o.method == "collect":
            o.ship_title, o.shipping = "Click & Collect - Ponsonby", Decimal("0")
        elif o.method == "sameday":
            o.ship_title, o.shipping = "Same-day evening delivery (Auckland)", cents(P.SAME_DAY["price"])
        else:
            o.ship_title, o.shipping = None, Decimal("0")
        o.total = o.subtotal + o.shipping
        o.tax = cents(o.total * 3 / 23)
        o.cancel = spec.get("cancel")
        # refunds
        o.refunds = []
        for amount, note, rl, rdate in spec.get("refunds", []):
            if amount == "all":
                amt = o.total
            elif amount is None:
                amt = sum(cents([l["price"] for l in o.lines if l["sku"] == s][0]) * q for s, q in rl)
            else:
                amt = cents(amount)
            o.refunds.append({"amount": amt, "note": note, "lines": rl, "date": rdate})
        o.refunded = sum((r["amount"] for r in o.refunds), Decimal("0"))
        if spec.get("financial"):
            o.financial = spec["financial"]
        elif o.refunded and o.refunded >= o.total:
            o.financial = "refunded"
        elif o.refunded:
            o.financial = "partially_refunded"
        else:
            o.financial = "paid"
        o.gateway = spec.get("gateway", "shopify_payments")
        # fulfilments
        o.ships = []
        for k, (skus, carrier, status, days) in enumerate(spec.get("ships", [])):
            lines = [l for l in o.lines if skus is None or l["sku"] in skus]
            num = tracking_number(carrier) if carrier else None
            o.ships.append({"id": 4710000000000 + o.number * 10 + k, "name": "%s.%d" % (o.name, k + 1),
                            "lines": lines, "carrier": carrier, "status": status, "tracking": num,
                            "at": ts(o.placed, minutes=95 + 7 * k, days=0) if days == 0 else ts(o.placed, days=1),
                            "delivered_days": days})
        shipped = {l["id"] for s in o.ships for l in s["lines"]}
        if not o.ships:
            o.fulfillment = None
        elif all(l["id"] in shipped for l in o.lines):
            o.fulfillment = "fulfilled"
        else:
            o.fulfillment = "partial"
        o.pending_lines = [l for l in o.lines if l["id"] not in shipped]
        orders.append(o)
    return orders


ORDERS = build()
BY_NUMBER = {o.number: o for o in ORDERS}


def orders_of(key):
    return [o for o in ORDERS if o.who.key == key]


# ------------------------------------------------------------------ rendering
def address(c):
    return {"first_name": c.first, "address1": c.addr1, "phone": c.phone, "city": c.city, "zip": c.zip,
            "province": c.prov, "country": "New Zealand", "last_name": c.last, "address2": c.addr2 or None,
            "company": None, "latitude": None, "longitude": None, "name": c.name, "country_code": "NZ",
            "province_code": c.prov_code}


def money_set(x):
    return {"shop_money": {"amount": s2(x), "currency_code": "NZD"},
            "presentment_money": {"amount": s2(x), "currency_code": "NZD"}}


def line_json(o, l):
    price = cents(l["price"])
    gross = price * l["qty"]
    tax = cents(gross * 3 / 23)
    fq = 0 if (o.cancel or l not in o.pending_lines) else l["qty"]
    fs = None if l in o.pending_lines else "fulfilled"
    return {
        "id": l["id"], "admin_graphql_api_id": "gid://shopify/LineItem/%d" % l["id"],
        "fulfillable_quantity": fq, "fulfillment_service": "manual", "fulfillment_status": fs,
        "gift_card": bool(l.get("gift_card")), "grams": 0 if not l["shipping"] else 1500,
        "name": l["name"], "price": s2(price), "price_set": money_set(price), "product_exists": not l["custom"]
        and l["sku"] != C.DELISTED["sku"], "product_id": l["product_id"], "properties": [], "quantity": l["qty"],
        "requires_shipping": l["shipping"], "sku": l["sku"], "taxable": True, "title": l["title"],
        "total_discount": "0.00", "total_discount_set": money_set(0), "variant_id": l["variant_id"],
        "variant_inventory_management": None if (l["custom"] or l.get("gift_card")) else "shopify",
        "variant_title": l["variant_title"], "vendor": (SKU[l["sku"]][0].brand if l["sku"] in SKU else
                                                          ("Kōtuku Ridge" if l["sku"] == C.DELISTED["sku"] else None)),
        "tax_lines": [{"channel_liable": False, "price": s2(tax), "price_set": money_set(tax), "rate": 0.15,
                       "title": "GST"}],
        "duties": [], "discount_allocations": [],
    }


def order_json(o):
    c = o.who
    tx_amount = o.total if o.financial != "pending" else Decimal("0")
    j = {
        "id": o.id, "admin_graphql_api_id": "gid://shopify/Order/%d" % o.id,
        "app_id": 580111, "browser_ip": "203.97.%d.%d" % (o.number % 200, o.number % 97),
        "buyer_accepts_marketing": c.marketing and not o.guest,
        "cancel_reason": o.cancel[1] if o.cancel else None,
        "cancelled_at": ts(o.cancel[0]) if o.cancel else None,
        "closed_at": ts(o.placed, days=10) if o.fulfillment == "fulfilled" and o.ships and
        all(s["status"] in (None, "delivered") for s in o.ships) else None,
        "confirmation_number": confirmation(o.number),
        "confirmed": True, "contact_email": c.email, "created_at": ts(o.placed), "currency": "NZD",
        "current_subtotal_price": s2(o.subtotal - o.refunded if o.refunded < o.total else 0),
        "current_total_price": s2(o.total - o.refunded),
        "current_total_tax": s2(cents((o.total - o.refunded) * 3 / 23)),
        "customer_locale": "en-NZ", "email": c.email,
        "estimated_taxes": False, "financial_status": o.financial,
        "fulfillment_status": o.fulfillment, "landing_site": "/", "name": o.name,
        "note": None, "note_attributes": [], "number": o.number - 1000, "order_number": o.number,
        "order_status_url": "https://cellarandvine.co.nz/69341233/orders/%x/authenticate?key=%x"
        % (o.id * 7919, o.id * 104729),
        "payment_gateway_names": [o.gateway] if o.gateway else [], "phone": None,
        "presentment_currency": "NZD", "processed_at": ts(o.placed), "source_name": "web",
        "subtotal_price": s2(o.subtotal), "subtotal_price_set": money_set(o.subtotal), "tags": "",
        "tax_lines": [{"price": s2(o.tax), "rate": 0.15, "title": "GST", "price_set": money_set(o.tax),
                       "channel_liable": False}],
        "taxes_included": True, "test": False, "token": "%x" % (o.id * 31337),
        "total_discounts": "0.00", "total_line_items_price": s2(o.subtotal),
        "total_outstanding": s2(o.total if o.financial == "pending" else 0),
        "total_price": s2(o.total), "total_price_set": money_set(o.total),
        "total_shipping_price_set": money_set(o.shipping), "total_tax": s2(o.tax), "total_tip_received": "0.00",
        "total_weight": 0, "updated_at": ts(o.placed, days=1),
        "billing_address": address(c), "shipping_address": address(c) if o.method in ("ship", "sameday") else None,
        "customer": None if o.guest else {
            "id": c.id, "email": c.email, "created_at": "2025-06-%02dT10:00:00+12:00" % (1 + CUSTOMERS.index(c)),
            "first_name": c.first, "last_name": c.last, "state": "enabled", "note": None, "verified_email": True,
            "tax_exempt": False, "phone": c.phone, "currency": "NZD", "tags": c.tags,
            "admin_graphql_api_id": "gid://shopify/Customer/%d" % c.id,
            "default_address": dict(address(c), id=c.id + 1, customer_id=c.id, default=True)},
        "discount_applications": [], "discount_codes": [],
        "line_items": [line_json(o, l) for l in o.lines],
        "fulfillments": [], "refunds": [],
        "shipping_lines": [] if not o.ship_title else [{
            "id": o.id + 3, "carrier_identifier": None, "code": o.ship_title, "discounted_price": s2(o.shipping),
            "phone": None, "price": s2(o.shipping), "price_set": money_set(o.shipping), "source": "shopify",
            "title": o.ship_title, "tax_lines": [], "discount_allocations": []}],
        "payment_terms": None,
    }
    if o.financial == "pending":
        j["payment_gateway_names"] = ["Bank Deposit"]
    del tx_amount
    for s in o.ships:
        f = {"id": s["id"], "admin_graphql_api_id": "gid://shopify/Fulfillment/%d" % s["id"], "created_at": s["at"],
             "location_id": 71234500001, "name": s["name"], "order_id": o.id, "origin_address": {},
             "receipt": {}, "service": "manual", "shipment_status": s["status"], "status": "success",
             "tracking_company": s["carrier"], "tracking_number": s["tracking"],
             "tracking_numbers": [s["tracking"]] if s["tracking"] else [],
             "tracking_url": tracking_url(s["carrier"], s["tracking"]) if s["tracking"] else None,
             "tracking_urls": [tracking_url(s["carrier"], s["tracking"])] if s["tracking"] else [],
             "updated_at": s["at"], "line_items": [line_json(o, l) for l in s["lines"]]}
        j["fulfillments"].append(f)
    for k, r in enumerate(o.refunds):
        rid = 9120000000000 + o.number * 10 + k
        rli = []
        for sku, q in r["lines"]:
            l = [x for x in o.lines if x["sku"] == sku][0]
            sub = cents(l["price"]) * q
            rli.append({"id": rid + 100 + len(rli), "line_item_id": l["id"], "location_id": 71234500001,
                        "quantity": q, "restock_type": "cancel" if o.cancel else "no_restock",
                        "subtotal": float(sub), "subtotal_set": money_set(sub),
                        "total_tax": float(cents(sub * 3 / 23)), "total_tax_set": money_set(cents(sub * 3 / 23)),
                        "line_item": line_json(o, l)})
        adj = []
        lines_sum = sum((x["subtotal"] for x in rli), 0.0)
        if cents(lines_sum) != r["amount"]:
            diff = r["amount"] - cents(lines_sum)
            adj.append({"id": rid + 50, "order_id": o.id, "refund_id": rid, "amount": s2(-diff), "tax_amount": "0.00",
                        "kind": "shipping_refund", "reason": "Shipping refund", "amount_set": money_set(-diff),
                        "tax_amount_set": money_set(0)})
        j["refunds"].append({
            "id": rid, "admin_graphql_api_id": "gid://shopify/Refund/%d" % rid, "created_at": r["date"] + "T10:12:00+13:00",
            "note": r["note"], "order_id": o.id, "processed_at": r["date"] + "T10:12:00+13:00", "restock": False,
            "total_duties_set": money_set(0), "user_id": 88123400017, "order_adjustments": adj,
            "transactions": [{"id": rid + 7, "admin_graphql_api_id": "gid://shopify/OrderTransaction/%d" % (rid + 7),
                              "amount": s2(r["amount"]), "authorization": None, "created_at": r["date"] + "T10:12:00+13:00",
                              "currency": "NZD", "gateway": "shopify_payments", "kind": "refund", "status": "success",
                              "order_id": o.id, "parent_id": rid + 3, "processed_at": r["date"] + "T10:12:00+13:00",
                              "source_name": "1830279", "test": False}],
            "refund_line_items": rli, "duties": []})
    return j


def orders_json():
    data = {"orders": [order_json(o) for o in sorted(ORDERS, key=lambda o: o.placed, reverse=True)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CUSTOMER_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
                   "Default Address Address1", "Default Address Address2", "Default Address City",
                   "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
                   "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
                   "Tax Exempt", "Tags"]


def spent(c):
    tot = Decimal("0")
    n = 0
    for o in orders_of(c.key):
        n += 1
        if o.financial in ("voided", "pending"):
            continue
        tot += o.total - o.refunded
    return tot, n


def customers_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CUSTOMER_HEADER)
    for c in CUSTOMERS:
        tot, n = spent(c)
        w.writerow(["'%d" % c.id, c.first, c.last, c.email, "yes" if c.marketing else "no", "", c.addr1, c.addr2,
                    c.city, c.prov_code, "NZ", "'" + c.zip, "'" + c.phone, "'" + c.phone, "no", s2(tot), n,
                    "", "no", c.tags])
    return buf.getvalue()
