"""Customers and orders of Halyard & Hull, and the writers of Shopify's customers export (Customers > Export, the
current column set) and orders export (Orders > Export: one row per line item, order columns on the first row
only, no tracking column)."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

D = C.D

CUSTOMERS_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                    "Default Address Company", "Default Address Address1", "Default Address Address2",
                    "Default Address City", "Default Address Province Code", "Default Address Country Code",
                    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent",
                    "Total Orders", "Note", "Tax Exempt", "Tags"]

ORDERS_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References"]


class Customer:
    def __init__(self, cid, first, last, email, address1, city, zip_, country="GB", phone="", company="",
                 address2="", province="", accepts="yes", tags="", note="", guest=False, country_name=None):
        self.id = cid
        self.first = first
        self.last = last
        self.email = email
        self.address1 = address1
        self.address2 = address2
        self.city = city
        self.zip = zip_
        self.country = country
        self.country_name = country_name or {"GB": "United Kingdom", "FR": "France", "JE": "Jersey"}[country]
        self.phone = phone
        self.company = company
        self.province = province
        self.accepts = accepts
        self.tags = tags
        self.note = note
        self.guest = guest

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


def K(*a, **k):
    return Customer(*a, **k)


CUSTOMERS = [
    K("7318204563251", "Tom", "Ellery", "tom.ellery@example.co.uk", "14 Eastern Parade", "Southsea", "PO4 9QP",
      phone="+447700900131"),
    K("7318204596019", "Sarah", "Quinlan", "sarah.quinlan@example.com", "2 Satchell Lane", "Hamble", "SO31 4HX",
      phone="+447700900244", province="Hampshire"),
    K("7318204628787", "James", "Whitcombe", "j.whitcombe@example.co.uk", "31 Quay Hill", "Lymington", "SO41 3RF",
      phone="+447700900358"),
    K("7318204661555", "Priya", "Raman", "priya.raman@example.org", "8 Marine Gate", "Brighton", "BN2 5UT",
      phone="+447700900462", accepts="no"),
    K("7318204694323", "Daniel", "Okafor", "dan.okafor@example.com", "Flat 6, 40 Redcliff Backs", "Bristol", "BS1 6XN",
      phone="+447700900577"),
    K("7318204727091", "Helen", "Marsh", "helen.marsh@example.co.uk", "5 Bar Terrace", "Falmouth", "TR11 3AZ",
      phone="+447700900681", province="Cornwall"),
    K("7318204759859", "Callum", "Reid", "callum.reid@example.com", "27 Cresswell Street", "Glasgow", "G12 8QQ",
      phone="+447700900795"),
    K("7318204792627", "Megan", "Price", "megan.price@example.co.uk", "12 Mermaid Quay Row", "Cardiff", "CF10 4PA",
      phone="+447700900819", accepts="no"),
    K("7318204825395", "Rachel", "Dunmore", "office@hamblepointsailing.example.co.uk", "Hamble Point Marina",
      "Southampton", "SO31 4NB", company="Hamble Point Sailing School", phone="+442380000452", tags="trade, school",
      note="Trade account approved 2025-03-11; 15% trade discount; Net 30"),
    K("7318204858163", "Graham", "Pike", "bosun@chichesteryc.example.org", "Chichester Marina, Birdham",
      "Chichester", "PO20 7EJ", company="Chichester Harbour Yacht Club", phone="+441243000318",
      tags="trade, club", note="Trade account approved 2024-10-02; 15% trade discount; Net 30"),
    K("7318204890931", "Oliver", "Brandt", "oliver.brandt@example.com", "9 Medina Road", "Cowes", "PO31 7AX",
      phone="+447700900923", province="Isle of Wight"),
    K("7318204923699", "Aisling", "Murphy", "aisling.murphy@example.com", "44 Donegall Quay", "Belfast", "BT1 3FG",
      phone="+447700900137"),
    K("7318204956467", "Fiona", "Campbell", "fiona.campbell@example.co.uk", "3 Harbour Road", "Inverness", "IV1 1SY",
      phone="+447700900246", province="Highland"),
    K("7318204989235", "Marc", "Dubois", "marc.dubois@example.fr", "17 quai Duguay-Trouin", "Saint-Malo", "35400",
      country="FR", phone="+33612345078"),
    K("7318205022003", "Lucy", "Hargreaves", "lucy.hargreaves@example.co.uk", "21 Sandbanks Road", "Poole",
      "BH14 8BY", phone="+447700900354"),
    K("7318205054771", "Ben", "Carver", "ben.carver@example.com", "63 Ocean Village Promenade", "Southampton",
      "SO14 3TY", phone="+447700900468"),
]
BY_EMAIL = {c.email: c for c in CUSTOMERS}

GUESTS = [
    K("", "Nina", "Shah", "nina.shah@example.org", "22 Wapping High Street", "London", "E1W 2NR",
      phone="+447700900572", guest=True),
    K("", "Will", "Tremayne", "w.tremayne@example.com", "7 Barbican Approach", "Plymouth", "PL4 0LG",
      phone="+447700900686", guest=True),
    K("", "Dave", "Lowe", "d.lowe@example.net", "15 Haven Road", "Exeter", "EX2 8DP", phone="", guest=True),
    K("", "Richard", "Osei", "r.osei@example.co.uk", "4 Caversham Road", "Reading", "RG1 8BB",
      phone="+447700900794", guest=True),
    K("", "Jamie", "MacLeod", "j.macleod@example.com", "11 Esplanade", "St Helier", "JE2 3NN", country="JE",
      phone="+447700900818", guest=True),
]
GUEST_BY_EMAIL = {g.email: g for g in GUESTS}

METHODS = {
    "rm48": ("Royal Mail Tracked 48", Decimal("4.95")),
    "rm48free": ("Royal Mail Tracked 48 (free over £60)", Decimal("0.00")),
    "dpd": ("DPD Next Day", Decimal("9.95")),
    "large": ("Large item courier (DPD)", Decimal("14.95")),
    "dinghy": ("Dinghy delivery (DPD)", Decimal("24.95")),
    "collect": ("Click & Collect - Camber Quay shop", Decimal("0.00")),
    "islands": ("Royal Mail Tracked 48 - Highlands, islands & Isle of Wight", Decimal("9.50")),
    "ni": ("Royal Mail Tracked 48 - Northern Ireland", Decimal("9.50")),
    "ci": ("Royal Mail International Tracked - Channel Islands & Isle of Man", Decimal("12.50")),
    "eu": ("DPD Classic - Ireland & EU", Decimal("19.95")),
    "email": ("", Decimal("0.00")),
}
# The carrier a shopper should be told, from the shipping method's words (the CSV has no tracking column).
CARRIER = {"rm48": "Royal Mail", "rm48free": "Royal Mail", "dpd": "DPD", "large": "DPD", "dinghy": "DPD",
           "ni": "Royal Mail", "islands": "Royal Mail", "ci": "Royal Mail", "eu": "DPD", "collect": None,
           "email": None}


class Item:
    def __init__(self, variant, qty, status="fulfilled"):
        self.variant = variant
        self.qty = qty
        self.status = status          # fulfilled / pending (Lineitem fulfillment status)

    @property
    def line_total(self):
        return self.variant.price * self.qty

    @property
    def name(self):
        return self.variant.line_name()


class Order:
    def __init__(self, number, email, created, items, method, financial="paid", fulfillment="fulfilled",
                 fulfilled_at=None, discount_pct=None, discount_code="", refunded=None, cancelled_at=None,
                 payment="Shopify Payments", paid_at=None, terms="", due="", note="", source="web", oid=None):
        self.number = number
        self.name = "#%d" % number
        self.email = email
        self.customer = BY_EMAIL.get(email) or GUEST_BY_EMAIL[email]
        self.created = created                 # "2026-10-16 09:12:44"
        self.items = items
        self.method = method
        self.financial = financial
        self.fulfillment = fulfillment          # fulfilled / partial / unfulfilled
        self.fulfilled_at = fulfilled_at
        self.discount_pct = discount_pct
        self.discount_code = discount_code
        self.refunded = D(refunded) if refunded is not None else None
        self.cancelled_at = cancelled_at
        self.payment = payment
        self.paid_at = paid_at if paid_at is not None else (created if financial in ("paid", "partially_refunded",
                                                                                    "refunded") else "")
        self.terms = terms
        self.due = due
        self.note = note
        self.source = source
        self.id = oid

    @property
    def guest(self):
        return self.customer.guest

    @property
    def items_total(self):
        return sum((i.line_total for i in self.items), Decimal("0.00"))

    @property
    def discount(self):
        if not self.discount_pct:
            return Decimal("0.00")
        return (self.items_total * Decimal(self.discount_pct) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def subtotal(self):
        return self.items_total - self.discount

    @property
    def shipping(self):
        return METHODS[self.method][1]

    @property
    def method_name(self):
        return METHODS[self.method][0]

    @property
    def carrier(self):
        return CARRIER[self.method]

    @property
    def total(self):
        return self.subtotal + self.shipping

    @property
    def taxes(self):
        return (self.total / 6).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def outstanding(self):
        return self.total if self.financial == "pending" else Decimal("0.00")

    @property
    def status_word(self):
        if self.cancelled_at:
            return "cancelled"
        return self.fulfillment


def O(*a, **k):
    return Order(*a, **k)


ORDERS = [
    O(4101, "tom.ellery@example.co.uk", "2026-10-16 09:12:44",
      [Item(C.DELTA.variant("10 kg"), 1), Item(C.BOWSHACKLE.variant("10 mm"), 1), Item(C.CHAIN.variant("8 mm"), 30)],
      "large", fulfilled_at="2026-10-19 10:05:13"),
    O(4102, "sarah.quinlan@example.com", "2026-10-20 19:40:02",
      [Item(C.LJ150.variant("Navy"), 2), Item(C.REARM.variant("RK-33A"), 2)],
      "rm48free", financial="partially_refunded", fulfilled_at="2026-10-21 11:30:55", refunded="27.50",
      note="Returned one unopened RK-33A kit, refunded 2026-11-02"),
    O(4103, "nina.shah@example.org", "2026-10-24 13:03:37",
      [Item(C.BRAID.variant("10 mm", "Navy"), 25), Item(C.BRAID.variant("8 mm", "White"), 15)],
      "rm48free", fulfilled_at="2026-10-26 09:44:20"),
    O(4104, "j.whitcombe@example.co.uk", "2026-10-28 08:21:09",
      [Item(C.ERODING.variant("2.5 L", "Navy"), 2), Item(C.VARNISH.variant("1 L"), 1)],
      "dpd", fulfilled_at="2026-10-28 12:10:41"),
    O(4105, "office@hamblepointsailing.example.co.uk", "2026-11-02 10:15:26",
      [Item(C.BUOYANCY.variant("M", "Blue"), 6), Item(C.BUOYANCY.variant("L", "Blue"), 4),
       Item(C.LJJUNIOR.variant("30-40 kg"), 4)],
      "rm48free", fulfilled_at="2026-11-03 14:02:37", discount_pct=15, discount_code="TRADE15-HPSS",
      payment="Bank Deposit", paid_at="2026-11-20 09:00:00", terms="Net 30", due=""),
    O(4106, "priya.raman@example.org", "2026-11-05 21:17:50",
      [Item(C.HX40.variant("Black"), 1)],
      "rm48free", financial="refunded", fulfilled_at="2026-11-06 10:20:08", refunded="219.00",
      note="Returned unused within 30 days, refunded 2026-11-18", payment="PayPal Express Checkout"),
    O(4107, "dan.okafor@example.com", "2026-11-08 11:48:31",
      [Item(C.T240.variant("Air deck"), 1), Item(C.FUELTANK.variant("12 L"), 1), Item(C.KILLCORD.variant("Red"), 1)],
      "dinghy", fulfilled_at="2026-11-10 15:33:19"),
    O(4108, "w.tremayne@example.com", "2026-11-10 16:55:04",
      [Item(C.FLARE_COASTAL.variant(), 1), Item(C.LJQUAY.variant(), 2)],
      "collect", fulfilled_at="2026-11-11 12:14:46", source="web"),
    O(4109, "helen.marsh@example.co.uk", "2026-11-12 07:58:22",
      [Item(C.COASTAL.variant("L", "Navy"), 1), Item(C.TROUSERS.variant("M"), 1), Item(C.BOOTS.variant("7"), 1)],
      "rm48free", financial="partially_refunded", fulfilled_at="2026-11-13 10:01:55", refunded="79.00",
      note="Boots returned (too small), refunded 2026-11-24"),
    O(4110, "callum.reid@example.com", "2026-11-14 14:26:40",
      [Item(C.LEISURE.variant("110 Ah"), 2)],
      "large", fulfilled_at="2026-11-16 09:37:12"),
    O(4111, "aisling.murphy@example.com", "2026-11-16 18:09:15",
      [Item(C.LJ275.variant("Automatic"), 1), Item(C.REARM.variant("RK-60A"), 1)],
      "ni", fulfilled_at="2026-11-17 11:22:03"),
    O(4112, "oliver.brandt@example.com", "2026-11-18 12:44:58",
      [Item(C.FENDER.variant("F3 (22 x 76 cm)", "White"), 4), Item(C.MOORING.variant("10 m", "12 mm"), 2)],
      "islands", fulfilled_at="2026-11-19 10:18:27"),
    O(4113, "megan.price@example.co.uk", "2026-11-19 20:31:06",
      [Item(C.HX20.variant(), 1), Item(C.FENDER.variant("F2 (18 x 66 cm)", "Navy"), 2, status="pending")],
      "rm48free", fulfillment="partial", fulfilled_at="2026-11-20 10:45:33"),
    O(4114, "d.lowe@example.net", "2026-11-21 09:06:48",
      [Item(C.GRAPNEL.variant("1.5 kg"), 1), Item(C.POLYPROP.variant("8 mm", "Yellow"), 15)],
      "rm48", fulfilled_at="2026-11-23 10:12:50"),
    O(4115, "ben.carver@example.com", "2026-11-22 15:19:33",
      [Item(C.PLOUGH.variant("16 kg"), 1, status="pending")],
      "large", financial="voided", fulfillment="unfulfilled", cancelled_at="2026-11-23 09:41:07",
      note="Cancelled: out of stock, payment voided"),
    O(4116, "fiona.campbell@example.co.uk", "2026-11-23 17:52:11",
      [Item(C.CHARTPACK.variant("2027"), 1), Item(C.ALMANAC.variant("2027"), 1, status="pending")],
      "islands", fulfillment="partial", fulfilled_at="2026-11-24 11:03:44"),
    O(4117, "marc.dubois@example.fr", "2026-11-24 08:37:29",
      [Item(C.LJ150.variant("Red"), 2), Item(C.HMPE.variant("6 mm", "Grey"), 20)],
      "eu", fulfilled_at="2026-11-25 10:27:16"),
    O(4118, "bosun@chichesteryc.example.org", "2026-11-25 10:02:57",
      [Item(C.REARM.variant("RK-33A"), 10), Item(C.REARM.variant("RK-60A"), 4)],
      "rm48free", financial="pending", fulfilled_at="2026-11-26 09:15:40", discount_pct=15,
      discount_code="TRADE15-CHYC", payment="Bank Deposit", terms="Net 30", due="2026-12-26 10:02:57"),
    O(4119, "tom.ellery@example.co.uk", "2026-11-26 19:14:22",
      [Item(C.SWIVEL.variant("8 mm"), 1), Item(C.DSHACKLE.variant("8 mm"), 2)],
      "rm48", fulfilled_at="2026-11-27 10:33:58"),
    O(4120, "r.osei@example.co.uk", "2026-11-27 08:48:15",
      [Item(C.OFFSHORE.variant("Red", "M"), 1, status="pending")],
      "rm48free", financial="refunded", fulfillment="unfulfilled", refunded="329.00",
      cancelled_at="2026-11-27 11:20:39", note="Customer cancelled: ordered the wrong jacket"),
    O(4121, "sarah.quinlan@example.com", "2026-11-28 10:25:40",
      [Item(C.ERODING.variant("750 ml", "Black"), 3)],
      "rm48free", fulfilled_at="2026-11-30 09:52:18"),
    O(4122, "j.whitcombe@example.co.uk", "2026-11-29 16:40:03",
      [Item(C.T290.variant("Aluminium floor"), 1, status="pending")],
      "dinghy", fulfillment="unfulfilled"),
    O(4123, "priya.raman@example.org", "2026-11-30 12:11:27",
      [Item(C.FLARE_HAND.variant("Twin pack"), 1, status="pending"), Item(C.KILLCORD.variant("Yellow"), 1,
                                                                          status="pending")],
      "collect", fulfillment="unfulfilled"),
    O(4124, "dan.okafor@example.com", "2026-12-01 09:30:51",
      [Item(C.COASTAL.variant("XL", "Red"), 1, status="pending")],
      "rm48free", financial="pending", fulfillment="unfulfilled", payment="Bank Deposit"),
    O(4125, "j.macleod@example.com", "2026-12-01 14:57:36",
      [Item(C.VARNISH.variant("500 ml"), 2, status="pending"), Item(C.TEAKOIL.variant("1 L"), 1, status="pending")],
      "ci", fulfillment="unfulfilled"),
    O(4126, "helen.marsh@example.co.uk", "2026-12-02 08:14:09",
      [Item(C.BUOYANCY.variant("L", "Orange"), 1), Item(C.GRAPNEL.variant("2.5 kg"), 1)],
      "rm48free", fulfilled_at="2026-12-03 10:40:22"),
    O(4127, "callum.reid@example.com", "2026-12-03 09:02:45",
      [Item(C.HX40.variant("Yellow"), 1)],
      "dpd", fulfilled_at="2026-12-03 11:58:30"),
    O(4128, "aisling.murphy@example.com", "2026-12-03 20:26:18",
      [Item(C.BRAID.variant("12 mm", "Navy"), 40, status="pending")],
      "ni", fulfillment="unfulfilled", note="Please add an eye splice in one end"),
    O(4129, "oliver.brandt@example.com", "2026-12-04 11:35:52",
      [Item(C.BOOTS.variant("10"), 1, status="pending")],
      "islands", fulfillment="unfulfilled"),
    O(4130, "megan.price@example.co.uk", "2026-12-04 18:47:09",
      [Item(C.GIFTCARD.variant("£100.00"), 1)],
      "email", fulfilled_at="2026-12-04 18:47:12"),
]
BY_NUMBER = {o.number: o for o in ORDERS}
for _i, _o in enumerate(ORDERS):
    _o.id = str(6123456780000 + 137 * (_i + 1) ** 2)


def orders_of(email):
    return [o for o in ORDERS if o.email == email]


def last_order(email):
    return max(orders_of(email), key=lambda o: o.created)


def total_spent(c):
    s = Decimal("0.00")
    for o in orders_of(c.email):
        if o.financial in ("paid", "partially_refunded", "refunded"):
            s += o.total - (o.refunded or Decimal("0.00"))
    return s


def ts(s):
    return s + " +0000" if s else ""


def _addr_rows(r, prefix, c, o):
    r[prefix + " Name"] = c.name
    r[prefix + " Street"] = (c.address1 + (", " + c.address2 if c.address2 else ""))
    r[prefix + " Address1"] = c.address1
    r[prefix + " Address2"] = c.address2
    r[prefix + " Company"] = c.company
    r[prefix + " City"] = c.city
    r[prefix + " Zip"] = c.zip
    r[prefix + " Province"] = ""
    r[prefix + " Country"] = c.country
    r[prefix + " Phone"] = c.phone


def orders_rows():
    out = []
    for o in sorted(ORDERS, key=lambda o: -o.number):        # newest first, as the export writes them
        c = o.customer
        for n, it in enumerate(o.items):
            r = dict.fromkeys(ORDERS_HEADER, "")
            r["Name"] = o.name
            r["Email"] = o.email
            if n == 0:
                r["Financial Status"] = o.financial
                r["Paid at"] = ts(o.paid_at)
                r["Fulfillment Status"] = o.fulfillment
                r["Fulfilled at"] = ts(o.fulfilled_at) if o.fulfillment != "unfulfilled" else ""
                r["Accepts Marketing"] = c.accepts if not c.guest else "no"
                r["Currency"] = "GBP"
                r["Subtotal"] = C.money(o.subtotal)
                r["Shipping"] = C.money(o.shipping)
                r["Taxes"] = C.money(o.taxes)
                r["Total"] = C.money(o.total)
                r["Discount Code"] = o.discount_code
                r["Discount Amount"] = C.money(o.discount)
                r["Shipping Method"] = o.method_name
                r["Created at"] = ts(o.created)
                _addr_rows(r, "Billing", c, o)
                if o.method not in ("email", "collect"):
                    _addr_rows(r, "Shipping", c, o)
                r["Notes"] = o.note
                r["Cancelled at"] = ts(o.cancelled_at)
                r["Payment Method"] = o.payment
                r["Payment Reference"] = "c%d.%d" % (int(o.id) % 100000000, 1)
                r["Refunded Amount"] = C.money(o.refunded) if o.refunded is not None else "0.00"
                r["Outstanding Balance"] = C.money(o.outstanding)
                r["Id"] = o.id
                r["Tags"] = "trade" if "trade" in c.tags else ""
                r["Risk Level"] = "Low"
                r["Source"] = o.source
                r["Tax 1 Name"] = "GB VAT 20%"
                r["Tax 1 Value"] = C.money(o.taxes)
                r["Phone"] = c.phone
                r["Receipt Number"] = ""
                r["Payment ID"] = "r%sK9v%d" % (o.id[-6:], o.number)
                r["Payment Terms Name"] = o.terms
                r["Next Payment Due At"] = ts(o.due)
                r["Payment References"] = r["Payment Reference"]
            r["Lineitem quantity"] = str(it.qty)
            r["Lineitem name"] = it.name
            r["Lineitem price"] = C.money(it.variant.price)
            r["Lineitem compare at price"] = C.money(it.variant.compare) if it.variant.compare else ""
            r["Lineitem sku"] = it.variant.sku
            r["Lineitem requires shipping"] = "true" if it.variant.requires_shipping else "false"
            r["Lineitem taxable"] = "true"
            r["Lineitem fulfillment status"] = it.status
            r["Vendor"] = it.variant.product.vendor
            r["Lineitem discount"] = C.money((it.line_total * Decimal(o.discount_pct) / 100).quantize(
                Decimal("0.01"), ROUND_HALF_UP)) if o.discount_pct else "0.00"
            out.append(r)
    return out


def orders_csv():
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ORDERS_HEADER, lineterminator="\n")
    w.writeheader()
    for r in orders_rows():
        w.writerow(r)
    return buf.getvalue()


def customers_csv():
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CUSTOMERS_HEADER, lineterminator="\n")
    w.writeheader()
    for c in CUSTOMERS:
        r = dict.fromkeys(CUSTOMERS_HEADER, "")
        r["Customer ID"] = "'" + c.id
        r["First Name"] = c.first
        r["Last Name"] = c.last
        r["Email"] = c.email
        r["Accepts Email Marketing"] = c.accepts
        r["Default Address Company"] = c.company
        r["Default Address Address1"] = c.address1
        r["Default Address Address2"] = c.address2
        r["Default Address City"] = c.city
        r["Default Address Province Code"] = ""
        r["Default Address Country Code"] = c.country
        r["Default Address Zip"] = c.zip
        r["Default Address Phone"] = "'" + c.phone if c.phone else ""
        r["Phone"] = "'" + c.phone if c.phone else ""
        r["Accepts SMS Marketing"] = "no"
        r["Total Spent"] = C.money(total_spent(c))
        r["Total Orders"] = str(len(orders_of(c.email)))
        r["Note"] = c.note
        r["Tax Exempt"] = "no"
        r["Tags"] = c.tags
        w.writerow(r)
    return buf.getvalue()
