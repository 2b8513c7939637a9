"""Customers and orders of Ferncastle Bathrooms. The orders and customers CSVs are written from these records
(writers.py) and the order cases read them (cases.py). Money is GBP with VAT included: Total = Subtotal + Shipping,
and Taxes is the VAT inside the total."""
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

TODAY = "2026-12-07"


def d2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Customer:
    def __init__(self, cid, first, last, email, phone, addr1, city, prov, zipc, addr2="", company="", tags="",
                 note="", accepts="no", sms="no", phone_style="plus"):
        self.id = cid
        self.first, self.last, self.email, self.phone = first, last, email, phone
        self.addr1, self.addr2, self.city, self.prov, self.zip = addr1, addr2, city, prov, zipc
        self.company, self.tags, self.note, self.accepts, self.sms = company, tags, note, accepts, sms

    @property
    def name(self):
        return ("%s %s" % (self.first, self.last)).strip()


CUSTOMERS = [
    Customer("8123456700101", "Eleanor", "Whitfield", "eleanor.whitfield@example.co.uk", "+44 7700 900101", "22 Valley Drive", "Harrogate", "ENG", "HG2 0JH", accepts="yes"),
    Customer("8123456700102", "Raj", "Patel", "raj.patel@example.com", "+44 7700 900102", "5 Headingley Lane", "Leeds", "ENG", "LS6 1BN", addr2="Flat 3"),
    Customer("8123456700103", "Hannah", "Brook", "hannah.brook@example.org", "07700 900103", "41 Heworth Green", "York", "ENG", "YO31 7SY", accepts="yes"),
    Customer("8123456700104", "Tom", "Ackroyd", "tom.ackroyd@example.co.uk", "+44 7700 900104", "Unit 9, Canal Works", "Bradford", "ENG", "BD9 4RT", company="Ackroyd Plumbing Ltd", tags="trade, wholesale"),
    Customer("8123456700105", "Siobhan", "Kelly", "siobhan.kelly@example.com", "+44 7700 900105", "18 Ormeau Road", "Belfast", "NIR", "BT7 1NN"),
    Customer("8123456700106", "Callum", "Fraser", "callum.fraser@example.co.uk", "+44 7700 900106", "7 Culduthel Road", "Inverness", "SCT", "IV2 4AG"),
    Customer("8123456700107", "Margaret", "Hughes", "margaret.hughes@example.net", "+44 7700 900107", "63 Heol Hir", "Cardiff", "WLS", "CF14 5AB", accepts="yes"),
    Customer("8123456700108", "David", "Okoro", "david.okoro@example.com", "+44 7700 900108", "12 Lordship Lane", "London", "ENG", "SE22 8HN"),
    Customer("8123456700109", "Priya", "Sharma", "priya.sharma@example.co.uk", "07700 900109", "88 Wilmslow Road", "Manchester", "ENG", "M20 3BY"),
    Customer("8123456700110", "Gareth", "Lloyd", "gareth.lloyd@example.com", "+44 7700 900110", "3 Hoole Road", "Chester", "ENG", "CH2 3NH", tags="vip"),
    Customer("8123456700111", "Fiona", "Mackenzie", "fiona.mackenzie@example.org", "+44 7700 900111", "29 Morningside Drive", "Edinburgh", "SCT", "EH10 5LZ"),
    Customer("8123456700112", "Ben", "Sutcliffe", "ben.sutcliffe@example.co.uk", "+44 7700 900112", "2 Raikes Road", "Skipton", "ENG", "BD23 1NP"),
    Customer("8123456700113", "Amira", "Haddad", "amira.haddad@example.com", "+44 7700 900113", "140 Ecclesall Road", "Sheffield", "ENG", "S11 8HW"),
    Customer("8123456700114", "Joe", "Thwaite", "", "+44 7700 900114", "Low Farm Cottage", "Pateley Bridge", "ENG", "HG3 5HL", tags="phone-order"),
    Customer("8123456700115", "Lucy", "Barraclough", "lucy.barraclough@example.co.uk", "+44 7700 900115", "9 Kirkgate", "Ripon", "ENG", "HG4 1PA", accepts="yes"),
    Customer("8123456700116", "", "", "kate.dunmore@example.org", "", "", "", "", "", tags="newsletter", accepts="yes"),
    Customer("8123456700117", "Oliver", "Grant", "oliver.grant@example.com", "+44 7700 900117", "15 Thirsk Road", "Northallerton", "ENG", "DL6 1PL"),
    Customer("8123456700118", "Sophie", "Reid", "sophie.reid@example.co.uk", "+44 7700 900118", "4 Bond End", "Knaresborough", "ENG", "HG5 9AL",
             note="Prefers deliveries after 10am.\nSide gate code: ask by phone."),
]
CUST = {c.email: c for c in CUSTOMERS if c.email}
CUST_BY_ID = {c.id: c for c in CUSTOMERS}


class Guest:
    def __init__(self, first, last, email, phone, addr1, city, prov, zipc):
        self.first, self.last, self.email, self.phone = first, last, email, phone
        self.addr1, self.addr2, self.city, self.prov, self.zip, self.company = addr1, "", city, prov, zipc, ""

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


GUESTS = {
    "mike.turner@example.net": Guest("Mike", "Turner", "mike.turner@example.net", "+44 7700 900201", "31 Gosforth High Street", "Newcastle upon Tyne", "ENG", "NE3 1HB"),
    "anna.lis@example.com": Guest("Anna", "Lis", "anna.lis@example.com", "07700 900202", "8 Northgate", "Wakefield", "ENG", "WF1 3AX"),
    "jess.hall@example.co.uk": Guest("Jess", "Hall", "jess.hall@example.co.uk", "+44 7700 900203", "17 Claypath", "Durham", "ENG", "DH1 1RH"),
    "pat.obrien@example.net": Guest("Pat", "O'Brien", "pat.obrien@example.net", "+44 7700 900204", "52 Bowerham Road", "Lancaster", "ENG", "LA1 4HT"),
}


class Order:
    def __init__(self, number, who, created, items, method, shipping, financial, fulfillment, fulfilled_at=None,
                 cancelled_at=None, refunded=0.0, pending_skus=(), note="", tags="", payment="Shopify Payments",
                 discount_code="", discount=0.0, source="web", paid_at=None, terms=""):
        self.number = number
        self.name = "#%d" % number
        self.who = who                      # a customer email, a guest email, or a Customer (phone only)
        self.created = created              # "YYYY-MM-DD HH:MM:SS"
        self.items = [(sku, q) for sku, q in items]
        self.method = method
        self.shipping = d2(shipping)
        self.financial = financial
        self.fulfillment = fulfillment
        self.fulfilled_at = fulfilled_at
        self.cancelled_at = cancelled_at
        self.refunded = d2(refunded)
        self.pending_skus = set(pending_skus)
        self.note, self.tags, self.payment = note, tags, payment
        self.discount_code, self.discount = discount_code, d2(discount)
        self.source, self.terms = source, terms
        self.paid_at = paid_at if paid_at is not None else (created if financial in ("paid", "partially_refunded", "refunded") else "")

    @property
    def person(self):
        if isinstance(self.who, Customer):
            return self.who
        return CUST.get(self.who) or GUESTS[self.who]

    @property
    def email(self):
        return "" if isinstance(self.who, Customer) else self.who

    @property
    def guest(self):
        return not isinstance(self.who, Customer) and self.who in GUESTS

    def lines(self):
        out = []
        for sku, q in self.items:
            if sku.startswith("GIFT-"):
                p = C.GIFT
                v = [x for x in p.variants if x.price == float(sku[5:])][0]
            else:
                p, v = C.by_sku(sku)
            name = p.title if v.values == ("Default Title",) else "%s - %s" % (p.title, v.title)
            out.append((p, v, name, q))
        return out

    @property
    def line_total(self):
        return sum(d2(v.price) * q for p, v, n, q in self.lines())

    @property
    def subtotal(self):
        return self.line_total - self.discount

    @property
    def total(self):
        return self.subtotal + self.shipping

    @property
    def taxes(self):
        # VAT included in every taxable line and the shipping; gift cards carry none
        taxable = sum(d2(v.price) * q for p, v, n, q in self.lines() if not p.gift) - self.discount + self.shipping
        return d2(taxable - taxable / Decimal("1.2"))

    def line_status(self, sku):
        if self.fulfillment == "fulfilled":
            return "fulfilled"
        if self.fulfillment == "partial":
            return "pending" if sku in self.pending_skus else "fulfilled"
        return "pending"


def _ts(day, hm):
    # Europe/London: British Summer Time (+0100) until 25 October 2026, then GMT (+0000)
    off = "+0100" if day < "2026-10-25" else "+0000"
    return "%s %s %s" % (day, hm, off)


JOE = CUST_BY_ID["8123456700114"]

ORDERS = [
    Order(3101, "raj.patel@example.com", _ts("2026-10-14", "19:22:05"), [("FB-ALD-CH", 1), ("FB-CCW-SL-CH", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-10-15", "10:04:11")),
    Order(3102, "hannah.brook@example.org", _ts("2026-10-17", "11:40:31"), [("FB-BOL-1700-GW", 1), ("FB-URE-CH", 1)],
          "Free Kerbside Pallet Delivery", 0.0, "paid", "fulfilled", fulfilled_at=_ts("2026-10-20", "08:15:42")),
    Order(3103, "tom.ackroyd@example.co.uk", _ts("2026-10-20", "07:58:13"), [("FB-PAT-CC", 2), ("FB-SP-PSH", 2)],
          "Kerbside Pallet Delivery", 39.0, "paid", "fulfilled", fulfilled_at=_ts("2026-10-22", "13:30:00"),
          discount_code="TRADE10", discount=53.0, tags="trade"),
    Order(3104, "mike.turner@example.net", _ts("2026-10-23", "21:12:48"), [("FB-KRR-250-CH", 1), ("FB-ESH-CH", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-10-26", "09:41:20"), payment="PayPal Express Checkout"),
    Order(3105, "siobhan.kelly@example.com", _ts("2026-10-27", "16:05:09"), [("FB-SKP-1205-CH-CHT", 1), ("FB-HEB-0608", 1)],
          "Standard Delivery (Northern Ireland)", 21.95, "paid", "fulfilled", fulfilled_at=_ts("2026-10-28", "11:12:54")),
    Order(3106, "margaret.hughes@example.net", _ts("2026-10-30", "10:33:27"), [("FB-HW-800-CH", 1)],
          "Kerbside Pallet Delivery", 39.0, "refunded", "fulfilled", fulfilled_at=_ts("2026-11-02", "14:20:03"), refunded=308.0,
          note="Glass panel arrived chipped. Customer reported it on delivery day; refunded in full including delivery."),
    Order(3107, "david.okoro@example.com", _ts("2026-11-02", "20:47:51"), [("FB-TRN-MB", 1), ("FB-CON-GW", 1), ("FB-BTR-CH", 1)],
          "Standard Delivery", 6.95, "partially_refunded", "fulfilled", fulfilled_at=_ts("2026-11-03", "15:02:37"), refunded=35.0,
          note="Bottle trap returned unused, refunded."),
    Order(3108, "priya.sharma@example.co.uk", _ts("2026-11-05", "09:14:22"), [("FB-BUR-080-SG", 1)],
          "Kerbside Pallet Delivery", 39.0, "voided", "unfulfilled", cancelled_at=_ts("2026-11-05", "12:48:09"),
          note="Customer cancelled: ordered the wrong width.", paid_at=""),
    Order(3109, "gareth.lloyd@example.com", _ts("2026-11-09", "13:26:40"), [("FB-CBV-CH", 1), ("FB-KRR-200-CH", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-11-10", "10:55:18")),
    Order(3110, "fiona.mackenzie@example.org", _ts("2026-11-12", "18:09:03"), [("FB-RYE-CH", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-11-13", "09:30:44")),
    Order(3111, "anna.lis@example.com", _ts("2026-11-14", "12:00:17"), [("GIFT-100", 1)],
          "", 0.0, "paid", "fulfilled", fulfilled_at=_ts("2026-11-14", "12:00:19")),
    Order(3112, "ben.sutcliffe@example.co.uk", _ts("2026-11-16", "08:44:35"),
          [("FB-SKP-1606-AN-CHT", 1), ("FB-MAL-129-GR", 1), ("FB-HS-1290", 1)],
          "Free Kerbside Pallet Delivery", 0.0, "paid", "partial", pending_skus=["FB-MAL-129-GR", "FB-HS-1290"],
          note="Towel rail sent by parcel. Tray and enclosure to follow on one pallet."),
    Order(3113, "eleanor.whitfield@example.co.uk", _ts("2026-11-18", "10:10:10"),
          [("FB-PAT-CC", 1), ("FB-SRV-REM", 1), ("FB-SRV-SUR-HG", 1)],
          "Kerbside Pallet Delivery", 39.0, "paid", "fulfilled", fulfilled_at=_ts("2026-11-23", "08:00:00")),
    Order(3114, "amira.haddad@example.com", _ts("2026-11-20", "22:31:06"), [("FB-KET-CC", 1)],
          "Kerbside Pallet Delivery", 39.0, "refunded", "unfulfilled", cancelled_at=_ts("2026-11-21", "09:02:15"), refunded=368.0,
          note="Cancelled at customer's request before dispatch."),
    Order(3115, "lucy.barraclough@example.co.uk", _ts("2026-11-22", "15:18:29"), [("FB-ALD-BB", 1), ("FB-CCW-UN-BB", 1)],
          "Click & Collect - Harrogate Showroom", 0.0, "paid", "fulfilled", fulfilled_at=_ts("2026-11-24", "11:45:00")),
    Order(3116, "raj.patel@example.com", _ts("2026-11-24", "19:55:02"), [("FB-GRS-CH", 1), ("FB-URE-BB", 1)],
          "Two-Person Delivery", 45.0, "paid", "unfulfilled", payment="Ferncastle Finance",
          note="Special order: placed with the foundry 25 Nov, lead time 8 to 10 weeks."),
    Order(3117, "callum.fraser@example.co.uk", _ts("2026-11-25", "07:36:59"), [("FB-ESK-CH", 1), ("FB-SP-CTC", 1)],
          "Standard Delivery (Highlands)", 21.95, "paid", "fulfilled", fulfilled_at=_ts("2026-11-26", "10:21:33")),
    Order(3118, "jess.hall@example.co.uk", _ts("2026-11-26", "17:44:12"), [("FB-HBR-080", 1)],
          "Standard Delivery", 6.95, "pending", "unfulfilled", payment="Bank Deposit",
          note="Paying by bank transfer."),
    Order(3119, "oliver.grant@example.com", _ts("2026-11-27", "11:03:48"),
          [("FB-DAL-AN", 1), ("FB-AIR-112", 1), ("FB-AFP-MB", 1), ("FB-PAT-WH", 1)],
          "Free Kerbside Pallet Delivery", 0.0, "paid", "fulfilled", fulfilled_at=_ts("2026-12-01", "09:12:26")),
    Order(3120, "sophie.reid@example.co.uk", _ts("2026-11-28", "14:27:14"), [("FB-AYS-TMR", 1), ("FB-AYS-SELV", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-11-30", "10:40:08")),
    Order(3121, "hannah.brook@example.org", _ts("2026-11-30", "09:51:30"), [("FB-MAL-149-WH", 1), ("FB-MTW-WH", 1)],
          "Kerbside Pallet Delivery", 39.0, "partially_refunded", "fulfilled", fulfilled_at=_ts("2026-12-02", "08:30:12"),
          refunded=19.0, note="Tray waste sent twice in error; one refunded."),
    Order(3122, "margaret.hughes@example.net", _ts("2026-12-01", "12:15:45"), [("FB-HQ-900", 1), ("FB-SWL-CH", 1)],
          "Free Kerbside Pallet Delivery", 0.0, "paid", "unfulfilled"),
    Order(3123, "david.okoro@example.com", _ts("2026-12-02", "08:22:19"), [("FB-SP-C35", 2), ("FB-SP-PSH", 1)],
          "Standard Delivery", 6.95, "paid", "fulfilled", fulfilled_at=_ts("2026-12-03", "10:05:51")),
    Order(3124, "pat.obrien@example.net", _ts("2026-12-02", "20:40:03"), [("FB-THN-1770", 1), ("FB-CBW-CH", 1)],
          "Kerbside Pallet Delivery", 39.0, "paid", "unfulfilled", payment="PayPal Express Checkout"),
    Order(3125, "tom.ackroyd@example.co.uk", _ts("2026-12-03", "07:12:44"), [("FB-WHB-CH", 4), ("FB-SP-WV12", 4)],
          "Standard Delivery", 6.95, "pending", "unfulfilled", payment="Bank Deposit", tags="trade", terms="Net 30",
          discount_code="TRADE10", discount=30.8),
    Order(3126, "eleanor.whitfield@example.co.uk", _ts("2026-12-03", "16:58:21"), [("FB-BUR-060-GW", 1), ("FB-HEB-0507", 1)],
          "Standard Delivery", 6.95, "paid", "partial", pending_skus=["FB-HEB-0507"]),
    Order(3127, JOE, _ts("2026-12-04", "10:30:00"), [("FB-TSB-RH", 1), ("FB-SWL-MB", 1)],
          "Free Kerbside Pallet Delivery", 0.0, "paid", "unfulfilled", payment="Shopify Payments", source="shopify_draft_order",
          tags="phone-order", note="Phoned in. Deliver after 10am please."),
    Order(3128, "siobhan.kelly@example.com", _ts("2026-12-05", "11:47:33"), [("FB-WHT-CH", 1), ("FB-CBW-MB", 1)],
          "Standard Delivery (Northern Ireland)", 21.95, "paid", "unfulfilled"),
    Order(3129, "mike.turner@example.net", _ts("2026-12-05", "20:09:56"), [("FB-KRS-300", 1)],
          "Standard Delivery", 6.95, "paid", "unfulfilled"),
    Order(3130, "gareth.lloyd@example.com", _ts("2026-12-06", "09:38:27"), [("FB-BED-CH", 1), ("FB-AYS-HUM", 1)],
          "Standard Delivery", 6.95, "paid", "unfulfilled"),
]
BY_NUMBER = {o.number: o for o in ORDERS}


def orders_of(email):
    return [o for o in ORDERS if o.email == email]


def last_order(email):
    return max(orders_of(email), key=lambda o: o.created[:19])


def customer_totals(c):
    mine = [o for o in ORDERS if (o.email and o.email == c.email) or o.who is c]
    spent = sum((o.total - o.refunded for o in mine if o.financial in ("paid", "partially_refunded", "refunded")), d2(0))
    return d2(spent), len(mine)
