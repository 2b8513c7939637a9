"""Customers and orders of Sparrowgate Appliance Spares (AUD, GST included, Australia/Melbourne time, +1100 in
October to December 2026). Every order figure the suite expects is computed here."""
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as P

TZ = "+1100"
Z = Decimal("0.00")


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------------------------- customers
def cust(cid, first, last, email, addr1, city, state, zip_, phone_typed, phone, *, company="", addr2="", tags="",
         note="", accepts_email="no", accepts_sms="no"):
    return {"id": cid, "first": first, "last": last, "email": email, "addr1": addr1, "addr2": addr2, "city": city,
            "state": state, "zip": zip_, "phone_typed": phone_typed, "phone": phone, "company": company, "tags": tags,
            "note": note, "accepts_email": accepts_email, "accepts_sms": accepts_sms}


CUSTOMERS = [
    cust("7745120300011", "Megan", "Doyle", "megan.doyle@example.com", "14 Bellevue Avenue", "Highton", "VIC", "3216",
         "0412 508 331", "+61412508331", accepts_email="yes"),
    cust("7745120300012", "Raj", "Iyer", "raj.iyer@example.net", "9 Tarragon Court", "Werribee", "VIC", "3030",
         "+61 433 190 274", "+61433190274"),
    cust("7745120300013", "Tom", "Whitfield", "tom.whitfield@example.com", "Factory 2, 41 Saltbush Drive", "Belmont",
         "VIC", "3216", "(03) 5241 7702", "+61352417702", company="Whitfield Appliance Repairs",
         tags="technician, trade", note="Trade account approved 2 March 2026: 10% off parts.\nABN on file.",
         accepts_email="yes"),
    cust("7745120300014", "Sophie", "Tran", "sophie.tran@example.com", "3 Wattlebird Close", "Ocean Grove", "VIC",
         "3226", "+61 402 775 918", "+61402775918", accepts_email="yes", accepts_sms="yes"),
    cust("7745120300015", "Liam", "O'Connor", "liam.oconnor@example.com", "22 Surfcoast Parade", "Torquay", "VIC",
         "3228", "0421 660 347", "+61421660347"),
    cust("7745120300016", "Priya", "Nair", "priya.nair@example.org", "61 Seabreeze Boulevard", "Point Cook", "VIC",
         "3030", "+61 450 218 665", "+61450218665", accepts_email="yes"),
    cust("7745120300017", "Grace", "Kowalski", "grace.kowalski@example.com", "5 Camp Hill Lane", "Ballarat Central",
         "VIC", "3350", "0438 902 117", "+61438902117"),
    cust("7745120300018", "Daniel", "Brooks", "dan.brooks@example.com", "Unit 7, 140 Addison Road", "Marrickville",
         "NSW", "2204", "+61 415 332 980", "+61415332980"),
    cust("7745120300019", "Hannah", "Lee", "hannah.lee@example.com", "88 Fernberg Crescent", "Paddington", "QLD",
         "4064", "0467 204 551", "+61467204551", accepts_email="yes"),
    cust("7745120300020", "Ahmed", "Karimi", "ahmed.karimi@example.net", "12 Rokeby Lane", "Subiaco", "WA", "6008",
         "+61 422 871 036", "+61422871036"),
    cust("7745120300021", "Chloe", "Martin", "chloe.martin@example.com", "4 Frangipani Street", "Parap", "NT", "0820",
         "0408 113 762", "+61408113762"),
    cust("7745120300022", "Ben", "Foster", "ben.foster@example.com", "31 Churchill Rise", "Sandy Bay", "TAS", "7005",
         "+61 419 556 203", "+61419556203"),
    cust("7745120300023", "Olivia", "Grant", "olivia.grant@example.com", "17 Ashby Grove", "Geelong West", "VIC",
         "3218", "0403 847 290", "+61403847290", accepts_email="yes"),
    cust("7745120300024", "Nathan", "Reid", "nathan.reid@example.com", "6 Peppercorn Way", "Drysdale", "VIC", "3222",
         "+61 431 665 084", "+61431665084"),
    cust("7745120300025", "Isla", "Murphy", "isla.murphy@example.com", "12 Serendip Court", "Lara", "VIC", "3212",
         "0426 310 559", "+61426310559", accepts_email="yes"),
    cust("7745120300026", "Jack", "Sullivan", "jack.sullivan@example.com", "3 Fullarton Mews", "Norwood", "SA", "5067",
         "", "", note="Asked about a trade account by phone; no ABN yet."),
    cust("7745120300027", "", "", "bargain.hunter@example.net", "", "", "", "", "", "", tags="newsletter",
         accepts_email="yes"),
]
BY_EMAIL = {c["email"]: c for c in CUSTOMERS}

GUESTS = {
    "kate.morrison@example.com": {"first": "Kate", "last": "Morrison", "addr1": "2 Moorabool Vale", "addr2": "",
                                  "city": "Lara", "state": "VIC", "zip": "3212", "phone_typed": "0414 229 806",
                                  "company": ""},
    "e.walsh@example.net": {"first": "Ethan", "last": "Walsh", "addr1": "15 Lonsdale Circuit", "addr2": "",
                            "city": "Kingston", "state": "ACT", "zip": "2604", "phone_typed": "+61 411 870 532",
                            "company": ""},
    "ruby.chen@example.com": {"first": "Ruby", "last": "Chen", "addr1": "8 Bay Ridge Road", "addr2": "",
                              "city": "Leopold", "state": "VIC", "zip": "3224", "phone_typed": "0432 118 907",
                              "company": ""},
}
STATE_NAMES = {"VIC": "Victoria", "NSW": "New South Wales", "QLD": "Queensland", "WA": "Western Australia",
               "NT": "Northern Territory", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
               "SA": "South Australia"}


def person(email):
    if email in BY_EMAIL:
        return BY_EMAIL[email]
    return GUESTS[email]


def rate_for(state, express=False):
    zone = {"VIC": 0, "NSW": 1, "ACT": 1, "SA": 1, "QLD": 2, "TAS": 2, "WA": 3, "NT": 3}[state]
    r = P.RATES[zone]
    return Decimal(str(r[3] if express else r[2]))


# --------------------------------------------------------------------------------------------------------- orders
ORDERS = []


def item(product, value, qty=1, status=None):
    v = C.variant(product, value)
    name = product["title"] if v["values"][0] == "Default Title" else "%s - %s" % (
        product["title"], " / ".join(x for x in v["values"] if x))
    return {"product": product, "variant": v, "qty": qty, "name": name, "price": v["price"], "status": status}


def order(num, email, created, items, *, method="standard", paid_by="Shopify Payments", financial="paid",
          fulfilled_at=None, partial=False, cancelled_at=None, refunded=Z, discount_code="", note="",
          location="", tags="", accepts="no", source="web"):
    who = person(email)
    lines_total = sum((i["price"] * i["qty"] for i in items), Z)
    discount = q2(lines_total * Decimal("0.10")) if discount_code == "TRADE10" else Z
    subtotal = lines_total - discount
    gift_only = all(i["product"]["gift"] for i in items)
    service_only = all(i["product"]["service"] or i["product"]["gift"] for i in items)
    if method == "standard":
        if subtotal >= Decimal(str(P.FREE_THRESHOLD)):
            ship, method_name = Z, P.FREE_METHOD
        else:
            ship, method_name = rate_for(who["state"]), P.STANDARD_METHOD
    elif method == "express":
        ship, method_name = rate_for(who["state"], express=True), P.EXPRESS_METHOD
    elif method == "bulky":
        ship, method_name = Decimal(str(P.BULKY_RATE)), P.BULKY_METHOD
    elif method == "courier":
        ship, method_name = Decimal(str(P.COURIER_RATE)), P.COURIER_METHOD
    elif method == "pickup":
        ship, method_name = Z, P.PICKUP_METHOD
    elif method == "visit":
        ship, method_name = Z, P.VISIT_METHOD
    elif method == "none":
        ship, method_name = Z, ""
    else:
        raise ValueError(method)
    total = subtotal + ship
    taxable_total = total - sum((i["price"] * i["qty"] for i in items if i["product"]["gift"]), Z)
    taxes = q2(taxable_total / Decimal(11))
    if fulfilled_at and not partial:
        fstatus = "fulfilled"
    elif partial:
        fstatus = "partial"
    else:
        fstatus = "unfulfilled"
    for i in items:
        if i["status"] is None:
            i["status"] = "fulfilled" if fstatus == "fulfilled" else "pending"
    o = {"name": "#%d" % num, "number": num, "email": email, "created": created, "items": items,
         "method": method_name, "method_kind": method, "shipping": ship, "subtotal": subtotal, "discount": discount,
         "discount_code": discount_code, "total": total, "taxes": taxes, "financial": financial,
         "fulfillment": fstatus, "fulfilled_at": fulfilled_at if fstatus == "fulfilled" else None,
         "partial_shipped_at": fulfilled_at if partial else None,
         "cancelled_at": cancelled_at, "refunded": refunded, "paid_by": paid_by, "note": note,
         "location": location, "tags": tags, "accepts": accepts, "source": source, "who": who,
         "guest": email not in BY_EMAIL, "gift_only": gift_only, "service_only": service_only,
         "id": "6281945%06d" % (num * 7 + 300011)}
    ORDERS.append(o)
    return o


order(2201, "megan.doyle@example.com", "2026-10-19 09:14:22", [item(C.NWF20, "Genuine")],
      fulfilled_at="2026-10-19 15:02:10", accepts="yes")
order(2202, "dan.brooks@example.com", "2026-10-21 20:41:05",
      [item(C.OXPUMP, "Compatible"), item(C.HOSE, "2 m")], fulfilled_at="2026-10-22 10:18:44", paid_by="PayPal Express Checkout")
order(2203, "raj.iyer@example.net", "2026-10-24 11:02:48",
      [item(C.SBAG, "10 bags"), item(C.SHEPA, "SV1200 / SV1400 / SV1600")], fulfilled_at="2026-10-24 14:36:02")
order(2204, "tom.whitfield@example.com", "2026-10-27 08:30:11",
      [item(C.AQPUMP, "Default Title"), item(C.HMBAKE, "Genuine", 2)], method="pickup", discount_code="TRADE10",
      fulfilled_at="2026-10-27 10:05:37", location="North Geelong trade counter", tags="trade", accepts="yes")
order(2205, "kate.morrison@example.com", "2026-10-29 19:55:30", [item(C.GWF12, "Compatible", 2)],
      fulfilled_at="2026-10-30 09:41:15")
order(2206, "ahmed.karimi@example.net", "2026-11-02 13:12:09",
      [item(C.TWBELT, "Default Title"), item(C.TWLINT, "TD50 / TD60")], fulfilled_at="2026-11-03 09:27:50")
order(2207, "hannah.lee@example.com", "2026-11-04 10:47:33",
      [item(C.DHEPA, "Default Title"), item(C.DB4, "10 bags")], method="express", fulfilled_at="2026-11-04 13:58:21",
      accepts="yes")
order(2208, "olivia.grant@example.com", "2026-11-06 16:20:45",
      [item(C.OVSEAL, "60 cm"), item(C.GLOBE, "Default Title", 2)], fulfilled_at="2026-11-07 09:12:33", accepts="yes")
order(2209, "ben.foster@example.com", "2026-11-09 07:58:02", [item(C.GWF9, "Default Title")],
      fulfilled_at="2026-11-09 11:44:19", financial="refunded", refunded=Decimal("93.95"),
      note="Returned unopened: wrong filter for his Glacia GL-FD710. Refunded in full including postage.")
order(2210, "priya.nair@example.org", "2026-11-11 12:33:16", [item(C.NWF35, "Genuine")],
      fulfilled_at="2026-11-11 15:20:07", accepts="yes")
order(2211, "liam.oconnor@example.com", "2026-11-13 18:09:57",
      [item(C.OXBOOT, "OW7"), item(C.TABS, "6 tablets")], fulfilled_at="2026-11-14 09:03:48")
order(2212, "tom.whitfield@example.com", "2026-11-16 08:02:40",
      [item(C.KSTAT, "Default Title"), item(C.OVSTAT, "Default Title"), item(C.LIDSW, "Default Title", 2)],
      method="pickup", discount_code="TRADE10", fulfilled_at="2026-11-16 09:48:11",
      location="North Geelong trade counter", tags="trade", accepts="yes")
order(2213, "grace.kowalski@example.com", "2026-11-18 21:15:06", [item(C.EBFAN, "Genuine")],
      fulfilled_at="2026-11-19 10:30:55")
order(2214, "priya.nair@example.org", "2026-11-20 14:40:29",
      [item(C.SBAG, "10 bags"), item(C.SHEPA, "SV2000"), item(C.DESCALER, "1 x 250 g", 2)],
      fulfilled_at="2026-11-21 09:55:40", financial="partially_refunded", refunded=Decimal("39.95"),
      note="HEPA filter for SV2000 returned unused (she has an SV1400): refunded 39.95.", accepts="yes")
order(2215, "raj.iyer@example.net", "2026-11-23 10:05:51", [item(C.UNIKIT, "Default Title")],
      fulfilled_at="2026-11-23 13:12:26")
order(2216, "ruby.chen@example.com", "2026-11-24 17:48:13",
      [item(C.HMGRILL, "Default Title"), item(C.GLOBE, "Default Title")], method="courier",
      fulfilled_at="2026-11-25 09:20:31")
order(2217, "e.walsh@example.net", "2026-11-25 09:30:00",
      [item(C.NSHELF, "Upper shelf"), item(C.NWF20, "Compatible")], paid_by="Bank Deposit", financial="voided",
      cancelled_at="2026-12-02 09:00:12", note="Bank deposit not received within 5 business days: cancelled.")
order(2218, "raj.iyer@example.net", "2026-11-26 19:22:38",
      [item(C.DWSEAL, "Default Title"), item(C.WHEELS, "Default Title")], method="express",
      fulfilled_at="2026-11-27 10:02:14")
order(2219, "hannah.lee@example.com", "2026-11-27 11:11:11", [item(C.HOSE, "3 m", 2)],
      fulfilled_at="2026-11-27 15:47:38", financial="partially_refunded", refunded=Decimal("32.95"),
      note="One hose arrived with a crushed fitting: refunded 32.95.", accepts="yes")
order(2220, "sophie.tran@example.com", "2026-11-28 15:26:44",
      [item(C.HMBAKE, "Genuine"), item(C.VISIT, "Bellarine")], method="visit",
      fulfilled_at="2026-12-03 11:40:09", note="Technician visit booked for Thursday 3 December, morning.",
      accepts="yes")
order(2221, "ahmed.karimi@example.net", "2026-11-30 08:45:19", [item(C.OVSEAL, "90 cm")],
      fulfilled_at="2026-11-30 14:22:51")
order(2222, "grace.kowalski@example.com", "2026-11-30 20:02:57", [item(C.OXPUMP, "Genuine")],
      financial="refunded", cancelled_at="2026-12-01 09:15:33", refunded=Decimal("119.00"),
      note="Customer cancelled before dispatch.")
order(2223, "kate.morrison@example.com", "2026-12-01 12:18:40",
      [item(C.TABS, "12 tablets"), item(C.DESCALER, "4 x 250 g")], fulfilled_at="2026-12-02 09:36:27")
order(2224, "liam.oconnor@example.com", "2026-12-01 16:55:02",
      [item(C.LRACK, "Default Title"), item(C.SPRAY, "Velmont VD600 / VD610")], method="bulky",
      fulfilled_at="2026-12-02 11:08:45", paid_by="Afterpay")
order(2225, "megan.doyle@example.com", "2026-12-02 09:40:36", [item(C.HOSE, "1.5 m")],
      fulfilled_at="2026-12-02 13:25:19", accepts="yes")
order(2226, "tom.whitfield@example.com", "2026-12-02 14:03:27",
      [item(C.TWBOOT, "Default Title", status="pending"), item(C.TWBELT, "Default Title", status="fulfilled"),
       item(C.TWLINT, "TD70", status="fulfilled")],
      discount_code="TRADE10", fulfilled_at="2026-12-03 10:11:02", partial=True, tags="trade", accepts="yes",
      note="Door boot on backorder: send when it lands.")
order(2227, "sophie.tran@example.com", "2026-12-03 10:20:15", [item(C.GIFT, "$100.00")], method="none",
      fulfilled_at="2026-12-03 10:20:16", accepts="yes")
order(2228, "olivia.grant@example.com", "2026-12-03 13:37:52",
      [item(C.NSEAL, "Freezer door"), item(C.STEEL, "Default Title")], method="pickup",
      fulfilled_at="2026-12-03 15:10:26", location="North Geelong trade counter", accepts="yes")
order(2229, "dan.brooks@example.com", "2026-12-04 07:51:09", [item(C.EBGRILL, "Default Title")], method="express",
      fulfilled_at="2026-12-04 12:30:40", paid_by="PayPal Express Checkout")
order(2230, "nathan.reid@example.com", "2026-12-04 10:12:44",
      [item(C.GREASE, "300 x 250 mm", 2), item(C.CARBON, "Round 210 mm (pair)")], method="courier",
      fulfilled_at="2026-12-04 10:45:03")
order(2231, "chloe.martin@example.com", "2026-12-05 18:30:21", [item(C.NWF20, "Compatible", 2)],
      paid_by="Bank Deposit", financial="pending")
order(2232, "megan.doyle@example.com", "2026-12-06 11:05:58",
      [item(C.OVSEAL, "60 cm"), item(C.KNOB, "Stainless steel", 2)], accepts="yes")

BY_NUM = {o["number"]: o for o in ORDERS}


def orders_of(email):
    return [o for o in ORDERS if o["email"] == email]


def last_order(email):
    return max(orders_of(email), key=lambda o: o["created"])


def spent(email):
    tot = Z
    for o in orders_of(email):
        if o["financial"] in ("paid", "partially_refunded", "refunded"):
            tot += o["total"] - o["refunded"]
    return tot


def state_of(o):
    """The order's state in copilot's words (docs/sources.md): cancelled, refunded, partially_fulfilled, ..."""
    if o["cancelled_at"]:
        return "cancelled"
    if o["financial"] == "refunded":
        return "refunded"
    return o["fulfillment"]
