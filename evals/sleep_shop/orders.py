"""Orders of Hushwood Sleep Co., as data; generate.py writes them in the WebToffee "Order Export & Order Import
for WooCommerce" default CSV layout with the Shipment Tracking column. No clock, no randomness."""
import datetime
import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

CUSTOMERS = {
    # id: first, last, email, phone, address_1, address_2, city, state, zip, tax rate (%), tax label
    14: ("Megan", "Alvarez", "megan.alvarez@example.com", "+1 614 555 0192", "88 Oakland Park Ave", "", "Columbus", "OH", "43214", "7.5", "OH TAX"),
    22: ("Darnell", "Brooks", "darnell.brooks@example.net", "412-555-0133", "5530 Forbes Ave", "", "Pittsburgh", "PA", "15217", "7", "PA TAX"),
    31: ("Priya", "Raman", "priya.raman@example.org", "734-555-0178", "1210 Packard St", "", "Ann Arbor", "MI", "48104", "6", "MI TAX"),
    37: ("Tom", "Kowalski", "tkowalski@example.com", "216-555-0164", "1850 W 25th St", "Apt 4B", "Cleveland", "OH", "44113", "8", "OH TAX"),
    45: ("Aisha", "Johnson", "aisha.j@example.net", "317-555-0110", "6120 N College Ave", "", "Indianapolis", "IN", "46220", "7", "IN TAX"),
    52: ("Ben", "Carter", "ben.carter@example.com", "808-555-0149", "2440 Kuhio Ave", "Unit 1203", "Honolulu", "HI", "96815", "4.5", "HI GET"),
    58: ("Lucia", "Romero", "lucia.romero@example.org", "773-555-0121", "2215 N Clark St", "", "Chicago", "IL", "60614", "10.25", "IL TAX"),
    63: ("Henry", "Nguyen", "henry.nguyen@example.com", "502-555-0187", "1904 Bardstown Rd", "", "Louisville", "KY", "40205", "6", "KY TAX"),
    70: ("Grace", "O'Neill", "grace.oneill@example.net", "+1 513 555 0155", "3420 Erie Ave", "", "Cincinnati", "OH", "45208", "7.8", "OH TAX"),
    76: ("Marcus", "Lee", "marcus.lee@example.com", "907-555-0102", "715 L St", "", "Anchorage", "AK", "99501", "0", ""),
    81: ("Sofia", "Petrov", "sofia.petrov@example.org", "718-555-0139", "412 7th Ave", "Apt 3", "Brooklyn", "NY", "11215", "8.875", "NY TAX"),
}
GUESTS = {
    "jordan": ("Jordan", "Blake", "jordan.blake@example.com", "313-555-0170", "4410 Woodward Ave", "", "Detroit", "MI", "48201", "6", "MI TAX"),
    "nina": ("Nina", "Patel", "nina.patel@example.net", "614-555-0126", "765 S 3rd St", "", "Columbus", "OH", "43206", "7.5", "OH TAX"),
    "owen": ("Owen", "Fitzgerald", "owen.fitz@example.org", "859-555-0117", "330 S Limestone", "", "Lexington", "KY", "40508", "6", "KY TAX"),
    "rachel": ("Rachel", "Kim", "rkim@example.com", "814-555-0158", "2216 Peach St", "", "Erie", "PA", "16502", "6", "PA TAX"),
}

SHIP_FREE = ("free_shipping", "Free shipping", "0")
SHIP_FLAT = ("flat_rate", "Standard shipping", "12.95")
SHIP_WG = ("flat_rate", "White-Glove Delivery & Setup", "149")
SHIP_HI = ("flat_rate", "Hawaii mattress shipping", "249")
SHIP_AK = ("flat_rate", "Alaska mattress shipping", "199")
PAY = {"stripe": "Credit card (Stripe)", "ppcp-gateway": "PayPal", "bacs": "Direct bank transfer",
       "lullpay": "Lullpay financing (0% APR)"}

# id, placed (site time, America/New_York), customer id or guest key, [(sku, qty)], status, shipping, payment,
# tracking [(provider, custom provider, number, shipped date)], refund (id, amount or "all", reason, date), notes
ORDERS = [
    dict(id=5301, placed="2026-09-14 19:42:11", cust=14, items=[("HW-HARBOR-Q", 1), ("HW-PROTECT-Q", 1), ("HW-FEATHER-S", 2)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("FedEx", "", "772914360218", "2026-09-15")]),
    dict(id=5302, placed="2026-09-22 08:15:40", cust=63, items=[("HW-DRIFT-F", 1), ("HW-FOUND-F-9", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe",
         tracking=[("UPS", "", "1Z7R48A20392751864", "2026-09-23"), ("UPS", "", "1Z7R48A20392751873", "2026-09-23")]),
    dict(id=5303, placed="2026-09-28 21:03:55", cust=70, items=[("HW-DIPPER-T", 1), ("HW-RAIL", 1)],
         status="completed", ship=SHIP_FREE, pay="ppcp-gateway", tracking=[("UPS", "", "1Z7R48A20398820417", "2026-09-29")]),
    dict(id=5304, placed="2026-10-02 12:30:02", cust=37,
         items=[("HW-SUMMIT-K", 1), ("HW-ALDER-K-OAK", 1), ("HW-REMOVAL", 1), ("HW-ASSEMBLY", 1)],
         status="completed", ship=SHIP_WG, pay="lullpay",
         tracking=[("", "Hushwood Home Delivery", "HWD-5304", "2026-10-16")],
         notes=["Delivered and set up by the Hushwood Home Delivery crew on October 16, 2026 (window 8:00 am to 12:00 pm). Old mattress taken for recycling.",
                "White-glove delivery booked for Friday, October 16, 2026, 8:00 am to 12:00 pm."]),
    dict(id=5305, placed="2026-10-05 10:11:37", cust=31, items=[("HW-HARBOR-Q", 1), ("HW-SHRED-S-H", 2)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("FedEx", "", "772914388105", "2026-10-06")],
         refund=(5312, "HW-SHRED-S-H", 1, "One pillow arrived with a torn cover", "2026-10-14 15:20:00")),
    dict(id=5306, placed="2026-10-09 17:48:20", cust="jordan", items=[("HW-PERCALE-Q-WHT", 1), ("HW-PROTECT-Q", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("UPS", "", "1Z7R48A20401937552", "2026-10-10")]),
    dict(id=5307, placed="2026-10-12 09:05:13", cust="nina", items=[("HW-TOPPER3-Q", 1)],
         status="completed", ship=SHIP_FREE, pay="ppcp-gateway", tracking=[("UPS", "", "1Z7R48A20402216689", "2026-10-13")]),
    dict(id=5308, placed="2026-10-15 20:22:48", cust=45, items=[("HW-ELEVATE-Q", 1), ("HW-GRIPPER", 1), ("HW-TIDE-Q", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("FedEx", "", "772914412930", "2026-10-16")]),
    dict(id=5309, placed="2026-10-20 13:37:09", cust=63, items=[("HW-LINDEN-Q-SLT", 1)],
         status="refunded", ship=SHIP_FREE, pay="stripe", tracking=[("FedEx", "", "772914437761", "2026-10-21")],
         refund=(5316, "all", 1, "Headboard arrived cracked; customer chose a refund", "2026-10-29 11:02:44")),
    dict(id=5310, placed="2026-10-26 16:54:31", cust=52, items=[("HW-DRIFT-Q", 1)],
         status="completed", ship=SHIP_HI, pay="stripe", tracking=[("FedEx", "", "772914460084", "2026-10-27")]),
    dict(id=5311, placed="2026-10-30 11:26:05", cust=58, items=[("HW-BAMBOO-Q-SAN", 1), ("HW-LATEXPIL-H", 2)],
         status="completed", ship=SHIP_FREE, pay="ppcp-gateway", tracking=[("UPS", "", "1Z7R48A20409561270", "2026-10-31")]),
    dict(id=5313, placed="2026-11-03 18:40:57", cust=70, items=[("HW-GIFT-250", 1)],
         status="completed", ship=None, pay="stripe", tracking=[]),
    dict(id=5314, placed="2026-11-06 14:12:26", cust=76, items=[("HW-CLOUD-Q", 1)],
         status="completed", ship=SHIP_AK, pay="stripe", tracking=[("FedEx", "", "772914498317", "2026-11-09")]),
    dict(id=5315, placed="2026-11-10 22:01:19", cust=81, items=[("HW-SATEEN-Q-600", 1)],
         status="failed", ship=SHIP_FREE, pay="stripe", tracking=[],
         notes=["Stripe: the card was declined (insufficient funds). Order status changed from Pending payment to Failed."]),
    dict(id=5317, placed="2026-11-10 22:09:44", cust=81, items=[("HW-SATEEN-Q-600", 1)],
         status="completed", ship=SHIP_FREE, pay="ppcp-gateway", tracking=[("UPS", "", "1Z7R48A20414408391", "2026-11-11")]),
    dict(id=5318, placed="2026-11-14 10:18:33", cust="owen",
         items=[("HW-IRON-Q", 1), ("HW-BOX-Q", 1), ("HW-STEEL", 1), ("HW-LEGKIT", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe",
         tracking=[("", "Northway Home Freight", "NHF-2611-4471", "2026-11-17")]),
    dict(id=5319, placed="2026-11-18 07:55:02", cust=14, items=[("HW-DRIFT-T", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("UPS", "", "1Z7R48A20418830152", "2026-11-19")]),
    dict(id=5320, placed="2026-11-21 15:33:48", cust=22, items=[("HW-CLOUD-K", 1), ("HW-FOUND-K-5", 1)],
         status="completed", ship=SHIP_FREE, pay="lullpay", tracking=[("FedEx", "", "772914539946", "2026-11-23")]),
    dict(id=5321, placed="2026-11-24 19:07:16", cust="rachel", items=[("HW-WEIGHTED-15", 1), ("HW-MASK", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("USPS", "", "9400111899562847310245", "2026-11-25")]),
    dict(id=5322, placed="2026-11-27 09:48:30", cust=37, items=[("HW-ELEVPRO-Q", 1)],
         status="cancelled", ship=SHIP_FREE, pay="bacs", tracking=[],
         notes=["Order cancelled at the customer's request before payment. Order status changed from On hold to Cancelled."]),
    dict(id=5323, placed="2026-11-28 12:14:59", cust=45, items=[("HW-COMFORTER-FQ", 1), ("HW-DUVET-FQ-TER", 1)],
         status="completed", ship=SHIP_FREE, pay="stripe", tracking=[("UPS", "", "1Z7R48A20423375518", "2026-11-30")]),
    dict(id=5324, placed="2026-11-30 20:31:42", cust=63, items=[("HW-SHRED-K-M", 1)],
         status="completed", ship=SHIP_FLAT, pay="stripe", tracking=[("USPS", "", "9400111899562847398812", "2026-12-01")]),
    dict(id=5325, placed="2026-12-01 08:44:10", cust=58, items=[("HW-VERDANT-Q-F", 1)],
         status="pending", ship=SHIP_FREE, pay="ppcp-gateway", tracking=[]),
    dict(id=5326, placed="2026-12-01 17:25:36", cust=31, items=[("HW-ELEVATE-SK", 1)],
         status="on-hold", ship=SHIP_FREE, pay="bacs", tracking=[],
         notes=["Awaiting BACS payment. Order status changed from Pending payment to On hold."]),
    dict(id=5327, placed="2026-12-02 13:02:27", cust=22, items=[("HW-TIDE-CK", 1), ("HW-SATEEN-CK-400", 1)],
         status="processing", ship=SHIP_FREE, pay="stripe", tracking=[], backordered={"HW-TIDE-CK": 1},
         notes=["Tidewater California King is on backorder (next shipment due January 8, 2027); both items will ship together."]),
    dict(id=5328, placed="2026-12-03 19:16:50", cust=14, items=[("HW-VERDANT-K-M", 1), ("HW-FOUND-K-9", 1), ("HW-REMOVAL", 1)],
         status="processing", ship=SHIP_WG, pay="lullpay", tracking=[],
         notes=["White-glove delivery booked for Thursday, December 17, 2026, 12:00 pm to 4:00 pm."]),
    dict(id=5329, placed="2026-12-04 09:37:21", cust="nina", items=[("HW-GELPIL", 2)],
         status="processing", ship=SHIP_FLAT, pay="stripe", tracking=[]),
    dict(id=5330, placed="2026-12-04 21:50:08", cust=45, items=[("HW-HARLOW-Q-WO", 1), ("HW-ASPEN-OAK", 1)],
         status="processing", ship=SHIP_FREE, pay="stripe", tracking=[]),
    dict(id=5331, placed="2026-12-05 11:03:44", cust=70, items=[("HW-PERCALE-K-WHT", 1), ("HW-FLANNEL-K", 1)],
         status="processing", ship=SHIP_FREE, pay="stripe", tracking=[]),
    dict(id=5332, placed="2026-12-05 16:27:35", cust="jordan", items=[("HW-PILLOWPROT-S", 2)],
         status="processing", ship=SHIP_FLAT, pay="ppcp-gateway", tracking=[]),
]

D2 = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


def person(o):
    c = o["cust"]
    return CUSTOMERS[c] if isinstance(c, int) else GUESTS[c]


def utc(placed):
    """Site time (America/New_York) to UTC: EDT (-4) until 2026-11-01 02:00, then EST (-5)."""
    dt = datetime.datetime.strptime(placed, "%Y-%m-%d %H:%M:%S")
    off = 4 if dt < datetime.datetime(2026, 11, 1, 2) else 5
    return dt + datetime.timedelta(hours=off)


def compute(o):
    """Lines with unit prices on the day ordered, taxes, totals."""
    p = person(o)
    rate = Decimal(p[9]) / 100
    day = o["placed"][:10]
    lines = []
    for sku, qty in o["items"]:
        prod, v = C.find(sku)
        if v is None:
            v = C.versions(prod)[0]
        unit = C.price_now(prod, v, day)
        total = q(unit * qty)
        tax = q(total * rate) if prod["tax_status"] == "taxable" else Decimal("0.00")
        lines.append({"sku": sku, "qty": qty, "unit": unit, "total": total, "tax": tax, "product": prod,
                      "variation": v if prod["type"] != "simple" else None})
    ship = q(o["ship"][2]) if o["ship"] else Decimal("0.00")
    subtotal = sum((l["total"] for l in lines), Decimal("0.00"))
    tax = sum((l["tax"] for l in lines), Decimal("0.00"))
    total = subtotal + ship + tax
    refund = Decimal("0.00")
    if o.get("refund"):
        rid, what, qty, reason, when = o["refund"]
        if what == "all":
            refund = total
        else:
            l = [x for x in lines if x["sku"] == what][0]
            refund = q(l["unit"] * qty) + q(q(l["unit"] * qty) * rate)
    return {"lines": lines, "shipping": ship, "subtotal": subtotal, "tax": tax, "total": total, "refund": refund,
            "rate": rate}


def line_name(prod, v):
    if v is None or prod["type"] == "simple":
        return prod["name"]
    return variation_name(prod, v)


def attr_key(name, glob):
    slug = name.lower().replace(" ", "-").replace("/", "")
    return "pa_" + slug if glob == "1" else slug


def variation_name(prod, v):
    """WooCommerce's generated title: parent - values, when under 3 attributes and (with 2) no key has a '-'."""
    attrs = prod["attrs"]
    keys = [attr_key(a[0], a[3]) for a in attrs]
    if len(attrs) >= 3 or (len(attrs) == 2 and any("-" in k for k in keys)):
        return prod["name"]
    vals = [v["attrs"][a[0]] for a in attrs if v["attrs"].get(a[0])]
    return prod["name"] + " - " + ", ".join(vals)


def tracking_json(o):
    items = []
    for prov, custom, num, day in o["tracking"]:
        ts = int(datetime.datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc).timestamp())
        items.append({"tracking_provider": prov, "custom_tracking_provider": custom,
                      "custom_tracking_link": ("https://hushwoodsleep.com/delivery-status/?ref=" + num) if custom == "Hushwood Home Delivery"
                      else ("https://track.northwayfreight.example/?pro=" + num if custom else ""),
                      "tracking_number": num, "date_shipped": str(ts),
                      "tracking_id": hashlib.md5(("%s-%s" % (o["id"], num)).encode()).hexdigest()})
    if not items:
        return ""
    return json.dumps(items, separators=(",", ":")).replace("/", "\\/")


def by_id(oid):
    for o in ORDERS:
        if o["id"] == oid:
            return o
    raise KeyError(oid)


def orders_of(email):
    return [o for o in ORDERS if person(o)[2] == email]
