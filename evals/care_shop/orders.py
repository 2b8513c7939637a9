"""Customers and orders of Steady Step, and the two CSVs Shopify writes for them (Customers > Export, Orders >
Export: one row per line item, the order's own columns on its first row only). Totals, VAT, shipping and refunds
are computed here, from the catalog's prices and the delivery page's rates."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as PG

VAT = Decimal("0.23")
TWO = Decimal("0.01")


def q2(d):
    return Decimal(d).quantize(TWO, rounding=ROUND_HALF_UP)


class Customer:
    def __init__(self, key, cid, first, last, email, address1, city, prov, prov_name, zipc, phone, country="IE",
                 address2="", company="", accepts_email=False, accepts_sms=False, note="", tax_exempt=False,
                 tags="", guest=False):
        self.key = key
        self.id = cid
        self.first = first
        self.last = last
        self.email = email
        self.address1 = address1
        self.address2 = address2
        self.city = city
        self.prov = prov
        self.prov_name = prov_name
        self.zip = zipc
        self.phone = phone
        self.country = country
        self.company = company
        self.accepts_email = accepts_email
        self.accepts_sms = accepts_sms
        self.note = note
        self.tax_exempt = tax_exempt
        self.tags = tags
        self.guest = guest

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def zone(self):
        if self.country == "IE":
            return "dublin" if self.prov == "D" else "roi"
        return "ni" if self.prov == "NIR" else "gb"

    @property
    def street(self):
        return self.address1 + (", " + self.address2 if self.address2 else "")


CUSTOMERS = [
    Customer("aoife", "7781203456712", "Aoife", "Brennan", "aoife.brennan@example.com", "14 Hollybank Road",
             "Dublin 9", "D", "Dublin", "D09 Y8K2", "+353874123381", address2="Drumcondra", accepts_email=True),
    Customer("sean", "7781203489480", "Se\u00e1n", "Murphy", "sean.murphy@example.net", "22 Magazine Road", "Cork",
             "CO", "Cork", "T12 H6P4", "+353862201947"),
    Customer("mary", "7781203522248", "Mary", "Kavanagh", "mary.kavanagh@example.org", "5 Shantalla Road", "Galway",
             "G", "Galway", "H91 W2C8", "+353857710456", accepts_email=True),
    Customer("patrick", "7781203555016", "Patrick", "O'Neill", "patrick.oneill@example.com", "31 Kimmage Road West",
             "Dublin 6W", "D", "Dublin", "D6W X3R1", "+353879032214"),
    Customer("niamh", "7781203587784", "Niamh", "Walsh", "niamh.walsh@example.net", "8 O'Connell Avenue",
             "Limerick", "LK", "Limerick", "V94 K7T3", "+353831186702", accepts_email=True, accepts_sms=True),
    Customer("declan", "7781203620552", "Declan", "Byrne", "declan.byrne@example.com", "17 Meath Road", "Bray",
             "WW", "Wicklow", "A98 E2N6", "+353876640391"),
    Customer("siobhan", "7781203653320", "Siobh\u00e1n", "Doyle", "siobhan.doyle@example.org", "9 Castleknock Park",
             "Dublin 15", "D", "Dublin", "D15 R4X8", "+353865307725", address2="Blanchardstown"),
    Customer("michael", "7781203686088", "Michael", "Ryan", "michael.ryan@example.net", "3 John's Hill",
             "Waterford", "WD", "Waterford", "X91 C6F2", "+353872259813"),
    Customer("catherine", "7781203718856", "Catherine", "Kelly", "catherine.kelly@example.com", "41 Malone Avenue",
             "Belfast", "NIR", "Northern Ireland", "BT9 6EN", "+447700900412", country="GB", accepts_email=True),
    Customer("thomas", "7781203751624", "Thomas", "Gallagher", "thomas.gallagher@example.org", "12 Port Road",
             "Letterkenny", "DL", "Donegal", "F92 P8V5", "+353864471209"),
    Customer("bridget", "7781203784392", "Bridget", "Nolan", "bridget.nolan@example.net", "27 Station Road",
             "Dublin 5", "D", "Dublin", "D05 N4H9", "+353871182640", address2="Raheny",
             note="VAT relief declaration on file (Oct 2026)", tax_exempt=True, tags="VAT relief"),
    Customer("eoin", "7781203817160", "Eoin", "Fitzgerald", "eoin.fitzgerald@example.com", "6 Patrick Street",
             "Kilkenny", "KK", "Kilkenny", "R95 X2D7", "+353853904418"),
    Customer("margaret", "7781203849928", "Margaret", "Hughes", "margaret.hughes@example.org", "58 Allerton Road",
             "Liverpool", "ENG", "England", "L18 1LN", "+447700900733", country="GB"),
    Customer("ciara", "7781203882696", "Ciara", "Quinn", "ciara.quinn@example.net", "4 Main Street", "Swords",
             "D", "Dublin", "K67 F5W1", "+353875513096", accepts_email=True),
    Customer("liam", "7781203915464", "Liam", "Connolly", "liam.connolly@example.com", "19 Pearse Road", "Sligo",
             "SO", "Sligo", "F91 H3K6", "+353868925530"),
    Customer("rosemary", "7781203948232", "Rosemary", "Dunne", "rosemary.dunne@example.org", "2 Crosthwaite Park",
             "D\u00fan Laoghaire", "D", "Dublin", "A96 T6Y3", "+353873307781", accepts_email=True),
    Customer("fiona", "7781203981000", "Fiona", "Clarke", "fiona.clarke@example.net", "Grange Road", "Dublin 13",
             "D", "Dublin", "D13 V2K5", "+35315550199", address2="Baldoyle", company="Sunnyside Nursing Home",
             note="Trade account: invoice by bank transfer", tags="nursing home, trade"),
    Customer("gerard", "7781204013768", "Gerard", "McCarthy", "gerard.mccarthy@example.com", "11 Church Street",
             "Athlone", "WH", "Westmeath", "N37 A5E9", "+353872096634"),
]
GUESTS = [
    Customer("orla", "", "Orla", "Keane", "orla.keane@example.org", "7 Manor Street", "Dublin 7", "D", "Dublin",
             "D07 K3V2", "+353877612245", address2="Stoneybatter", guest=True),
    Customer("james", "", "James", "Whelan", "james.whelan@example.com", "25 Flower Hill", "Navan", "MH", "Meath",
             "C15 W8X4", "+353861190374", guest=True),
    Customer("ann", "", "Ann", "Moran", "ann.moran@example.net", "14 Abbey Street", "Ennis", "CE", "Clare",
             "V95 D6R2", "+353852267718", guest=True),
    Customer("brian", "", "Brian", "Foley", "brian.foley@example.org", "9 Hill Street", "Newry", "NIR",
             "Northern Ireland", "BT34 1AR", "+447700900158", country="GB", guest=True),
]
PEOPLE = {c.key: c for c in CUSTOMERS + GUESTS}


def offset(date):
    """Europe/Dublin: IST (+0100) until the last Sunday of October 2026 (the 25th), then GMT."""
    return "+0100" if date < "2026-10-25 01:00" else "+0000"


def stamp(dt):
    return "%s:%s %s" % (dt, "%02d" % (sum(map(ord, dt)) % 60), offset(dt))


class Line:
    def __init__(self, sku, qty, price=None, fulfilled=None):
        self.variant = C.by_sku(sku)
        self.sku = sku
        self.qty = qty
        self.price = Decimal(price) if price else self.variant.price
        self.fulfilled = fulfilled  # None: as the order; True/False for a partial fulfilment
        self.discount = Decimal("0")

    @property
    def product(self):
        return self.variant.product

    @property
    def name(self):
        p = self.product
        if not p.options:
            return p.title
        return "%s - %s" % (p.title, " / ".join(self.variant.opts))

    @property
    def total(self):
        return self.price * self.qty


class Order:
    def __init__(self, number, who, created, lines, fin="paid", ful="fulfilled", fulfilled_at=None, cancelled_at=None,
                 refunded=None, discount=None, payment="Shopify Payments", source="web", note="", collect=False,
                 oid=None, vat_relief=False):
        self.number = number
        self.name = "#%d" % number
        self.who = PEOPLE[who]
        self.created = created
        self.lines = lines
        self.fin = fin
        self.ful = ful
        self.fulfilled_at = fulfilled_at
        self.cancelled_at = cancelled_at
        self.discount = discount  # (code, amount)
        self.payment = payment
        self.source = source
        self.note = note
        self.collect = collect
        self.oid = oid
        self.vat_relief = vat_relief
        if vat_relief:
            for ln in self.lines:
                ln.price = q2(ln.variant.price / (1 + VAT))
        if discount:
            self.lines[0].discount = Decimal(discount[1])
        self.refunded = Decimal(refunded) if refunded else Decimal("0")
        self.compute()

    @property
    def email(self):
        return self.who.email

    @property
    def guest(self):
        return self.who.guest

    @property
    def zone(self):
        return PG.ZONE[self.who.zone]

    def shippable(self):
        return [ln for ln in self.lines if ln.variant.shipping]

    def compute(self):
        self.subtotal = sum((ln.total for ln in self.lines), Decimal("0")) - sum((ln.discount for ln in self.lines),
                                                                                  Decimal("0"))
        ship = self.shippable()
        bulky = any(ln.product.bulky for ln in ship)
        grams = sum(ln.variant.grams * ln.qty for ln in ship)
        z = self.zone
        if not ship:
            self.method, self.shipping = "", Decimal("0.00")
        elif self.collect:
            self.method, self.shipping = "Click & Collect - Finglas showroom", Decimal("0.00")
        elif z.key == "dublin":
            # bulky items go free by the van in Dublin; otherwise the Dublin rate, free from the threshold
            base = Decimal("0.00") if bulky or self.subtotal >= z.free_from else z.rate
            self.method = "Steady Step van (Dublin)" if bulky or grams > 10000 else "An Post Tracked"
            self.shipping = base
        elif z.key == "roi":
            base = Decimal("0.00") if self.subtotal >= z.free_from else z.rate
            self.method = "DPD Ireland" if bulky or grams > 3000 else "An Post Tracked"
            self.shipping = base + (z.bulky if bulky else 0)
        elif z.key == "ni":
            self.method = "DPD (Northern Ireland)"
            self.shipping = z.rate + (z.bulky if bulky else 0)
        else:
            assert not bulky, "no bulky items to Great Britain"
            self.method = "DPD UK (Great Britain)"
            self.shipping = z.rate
        self.total = self.subtotal + self.shipping
        taxed = not self.vat_relief and self.who.country == "IE" or self.zone.key == "ni"
        if taxed:
            self.line_tax = {id(ln): q2((ln.total - ln.discount) * VAT / (1 + VAT)) for ln in self.lines}
            self.taxes = sum(self.line_tax.values(), Decimal("0")) + q2(self.shipping * VAT / (1 + VAT))
        else:
            self.line_tax = {id(ln): Decimal("0") for ln in self.lines}
            self.taxes = Decimal("0.00")
        self.taxed = taxed

    @property
    def status_words(self):
        return self.fin, self.ful

    def shipped_lines(self):
        if self.ful == "fulfilled" or self.ful == "restocked":
            return list(self.lines)
        if self.ful == "partial":
            return [ln for ln in self.lines if ln.fulfilled]
        return []

    def pending_lines(self):
        return [ln for ln in self.lines if ln not in self.shipped_lines()]


def L(sku, qty=1, price=None, fulfilled=None):
    return Line(sku, qty, price, fulfilled)


ORDERS = [
    Order(2041, "aoife", "2026-09-12 10:14", [L("SS-LR4-RED")], fulfilled_at="2026-09-14 09:05"),
    Order(2042, "sean", "2026-09-15 19:42", [L("SS-AWS-BLK"), L("SS-SKA-STD")], fulfilled_at="2026-09-16 11:20"),
    Order(2043, "mary", "2026-09-20 15:03", [L("SS-TWC-43", price="259.00")], fin="refunded", ful="restocked",
          fulfilled_at="2026-09-22 10:41", refunded="274.00",
          note="Returned: brake faulty on arrival. Collected by DPD, full refund including delivery."),
    Order(2044, "patrick", "2026-09-24 11:30", [L("SS-SPW-46"), L("SS-MFC-46"), L("SS-ASM-BLK")],
          fulfilled_at="2026-09-26 14:15"),
    Order(2045, "orla", "2026-09-29 13:12", [L("SS-RTS-10L")], fulfilled_at="2026-09-29 15:40", collect=True),
    Order(2046, "niamh", "2026-10-03 20:05", [L("SS-PUP-LS", 2), L("SS-ICP-M28")], fin="partially_refunded",
          fulfilled_at="2026-10-05 09:30", refunded="14.95",
          note="One unopened pack of pants returned (wrong size)."),
    Order(2047, "declan", "2026-10-08 09:50", [L("SS-SHC-01"), L("SS-GRB-45W", 2)], fulfilled_at="2026-10-09 12:02"),
    Order(2048, "siobhan", "2026-10-11 10:00", [L("SS-RNT-T2")], fulfilled_at="2026-10-12 10:30",
          note="Rental: chair collected from the showroom 12 Oct, due back 26 Oct. Deposit taken in store."),
    Order(2049, "catherine", "2026-10-14 16:22", [L("SS-HAB-312-60"), L("SS-WPO-28")],
          fulfilled_at="2026-10-15 11:48", payment="PayPal Express Checkout"),
    Order(2050, "aoife", "2026-10-19 08:31", [L("SS-ICP-L20", 3)], fulfilled_at="2026-10-19 15:12"),
    Order(2051, "michael", "2026-10-22 14:10", [L("SS-ATR-TAL")], fin="voided", ful="unfulfilled",
          cancelled_at="2026-10-22 16:45", note="Customer asked to cancel: ordered the wrong handle height."),
    Order(2052, "thomas", "2026-10-27 11:05", [L("SS-BDL-SLT"), L("SS-CRS-100")], fulfilled_at="2026-10-28 10:20"),
    Order(2053, "bridget", "2026-11-02 10:20", [L("SS-RTS-15L"), L("SS-TFR-FST")], fulfilled_at="2026-11-04 13:00",
          vat_relief=True, note="VAT relief declaration signed at checkout."),
    Order(2054, "eoin", "2026-11-05 21:40", [L("SS-ACC-43")], fin="refunded", ful="unfulfilled",
          cancelled_at="2026-11-06 09:15", refunded="249.00", note="Cancelled at customer's request before dispatch."),
    Order(2055, "margaret", "2026-11-09 12:00", [L("SS-EGC-4"), L("SS-KTP-01"), L("SS-WPO-7")],
          fulfilled_at="2026-11-10 16:05"),
    Order(2056, "james", "2026-11-12 18:15", [L("SS-FWS-NVY-R")], fulfilled_at="2026-11-13 10:10",
          discount=("WELCOME5", "5.00")),
    Order(2057, "ciara", "2026-11-16 13:45", [L("SS-LR4-SLV", fulfilled=True), L("SS-AWS-BLU", fulfilled=False)],
          ful="partial", fulfilled_at="2026-11-17 09:40",
          note="Blue stick out of stock: follows when it arrives."),
    Order(2058, "liam", "2026-11-19 10:05", [L("SS-BWC-56")], fin="pending", ful="unfulfilled",
          payment="Bank Deposit", note="Awaiting bank transfer."),
    Order(2059, "fiona", "2026-11-21 09:30", [L("SS-SHS-SQR", 6), L("SS-GFC-46I", 4)], fulfilled_at="2026-11-24 11:00",
          payment="Bank Deposit", source="shopify_draft_order", note="Trade order, invoice SS-INV-0412."),
    Order(2060, "patrick", "2026-11-23 15:10", [L("SS-PAL-PND"), L("SS-AMP-M")], fulfilled_at="2026-11-24 10:25"),
    Order(2061, "sean", "2026-11-25 10:40", [L("SS-QWS-SML"), L("SS-WLF-FRW")], fin="partially_refunded",
          fulfilled_at="2026-11-26 12:30", refunded="54.95", note="Walking frame returned unused (change of mind)."),
    Order(2062, "ann", "2026-11-27 19:55", [L("SS-MFC-41"), L("SS-SHN-60")], ful="unfulfilled"),
    Order(2063, "mary", "2026-11-28 12:12", [L("SS-ATR-STD")], ful="unfulfilled"),
    Order(2064, "gerard", "2026-11-30 17:25", [L("SS-BRL-01", fulfilled=False), L("SS-RMP-090", fulfilled=True)],
          ful="partial", fulfilled_at="2026-12-01 14:50", note="Rollator to follow from the warehouse."),
    Order(2065, "siobhan", "2026-12-01 09:12", [L("SS-KTR-BCH")], fin="voided", ful="unfulfilled",
          cancelled_at="2026-12-01 11:30", note="Cancelled by customer by phone."),
    Order(2066, "aoife", "2026-12-02 14:48", [L("SS-HAB-13-6", 2), L("SS-WPO-28")], fulfilled_at="2026-12-03 10:02"),
    Order(2067, "brian", "2026-12-03 09:05", [L("SS-ECR-TAL")], ful="unfulfilled"),
    Order(2068, "declan", "2026-12-03 20:30", [L("SS-OBT-WHT"), L("SS-ASM-STD")], ful="unfulfilled"),
    Order(2069, "niamh", "2026-12-04 11:11", [L("SS-PUP-MN", 2)], ful="unfulfilled"),
    Order(2070, "thomas", "2026-12-04 16:40", [L("SS-RCH-82"), L("SS-SKA-FLX"), L("SS-SHN-75")], ful="unfulfilled"),
]
BY_NUMBER = {o.number: o for o in ORDERS}
for _i, _o in enumerate(ORDERS):
    _o.oid = str(6104512901234 + _i * 32768)


def O(n):
    return BY_NUMBER[n]


def orders_of(email):
    return [o for o in ORDERS if o.email == email]


def latest_of(email):
    return max(orders_of(email), key=lambda o: o.created)


ORDER_COLUMNS = [
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
    "Payment References",
]


def m(d):
    return "%.2f" % Decimal(d)


def add_minutes(dt, minutes):
    day, hm = dt.split(" ")
    h, mi = map(int, hm.split(":"))
    total = h * 60 + mi + minutes
    assert total < 24 * 60
    return "%s %02d:%02d" % (day, total // 60, total % 60)


def orders_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ORDER_COLUMNS)
    for o in sorted(ORDERS, key=lambda o: o.created, reverse=True):  # newest first, as the admin exports them
        c = o.who
        paid = o.fin in ("paid", "partially_refunded", "refunded")
        for i, ln in enumerate(o.lines):
            row = dict.fromkeys(ORDER_COLUMNS, "")
            row["Name"] = o.name
            row["Email"] = o.email
            row["Created at"] = stamp(o.created)
            row["Lineitem quantity"] = str(ln.qty)
            row["Lineitem name"] = ln.name
            row["Lineitem price"] = m(ln.price)
            row["Lineitem compare at price"] = m(ln.variant.compare) if ln.variant.compare and not o.vat_relief else ""
            row["Lineitem sku"] = ln.sku
            row["Lineitem requires shipping"] = "true" if ln.variant.shipping else "false"
            row["Lineitem taxable"] = "true"
            if o.ful == "restocked":
                lstatus = "restocked"
            elif ln in o.shipped_lines():
                lstatus = "fulfilled"
            else:
                lstatus = "pending"
            row["Lineitem fulfillment status"] = lstatus
            row["Lineitem discount"] = m(ln.discount)
            row["Vendor"] = ln.product.vendor
            if i == 0:
                row.update({
                    "Financial Status": o.fin,
                    "Paid at": stamp(add_minutes(o.created, 1)) if paid else "",
                    "Fulfillment Status": o.ful,
                    "Fulfilled at": stamp(o.fulfilled_at) if o.fulfilled_at else "",
                    "Accepts Marketing": "yes" if c.accepts_email else "no",
                    "Currency": "EUR",
                    "Subtotal": m(o.subtotal), "Shipping": m(o.shipping), "Taxes": m(o.taxes), "Total": m(o.total),
                    "Discount Code": o.discount[0] if o.discount else "",
                    "Discount Amount": m(o.discount[1]) if o.discount else "0.00",
                    "Shipping Method": o.method,
                    "Billing Name": c.name, "Billing Street": c.street, "Billing Address1": c.address1,
                    "Billing Address2": c.address2, "Billing Company": c.company, "Billing City": c.city,
                    "Billing Zip": c.zip, "Billing Province": c.prov, "Billing Country": c.country,
                    "Billing Phone": c.phone,
                    "Notes": o.note,
                    "Cancelled at": stamp(o.cancelled_at) if o.cancelled_at else "",
                    "Payment Method": o.payment,
                    "Payment Reference": "c%d.1" % (31870000000 + o.number * 977),
                    "Refunded Amount": m(o.refunded),
                    "Outstanding Balance": m(o.total) if o.fin == "pending" else "0.00",
                    "Id": o.oid, "Risk Level": "Low", "Source": o.source,
                    "Billing Province Name": c.prov_name,
                    "Payment ID": "p%dK%d" % (o.number * 31, o.number % 97),
                    "Payment References": "c%d.1" % (31870000000 + o.number * 977),
                    "Tags": "VAT relief" if o.vat_relief else ("trade" if c.company else ""),
                })
                if o.shippable():
                    row.update({
                        "Shipping Name": c.name, "Shipping Street": c.street, "Shipping Address1": c.address1,
                        "Shipping Address2": c.address2, "Shipping Company": c.company, "Shipping City": c.city,
                        "Shipping Zip": c.zip, "Shipping Province": c.prov, "Shipping Country": c.country,
                        "Shipping Phone": c.phone, "Shipping Province Name": c.prov_name,
                    })
                if o.taxed:
                    row["Tax 1 Name"] = "IE VAT 23%"
                    row["Tax 1 Value"] = m(o.taxes)
            w.writerow([row[k] for k in ORDER_COLUMNS])
    return out.getvalue()


CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
    "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]


def spent(c):
    total = Decimal("0")
    for o in orders_of(c.email):
        if o.fin in ("paid", "partially_refunded", "refunded"):
            total += o.total - o.refunded
    return total


def customers_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CUSTOMER_COLUMNS)
    for c in CUSTOMERS:
        w.writerow([
            "'" + c.id, c.first, c.last, c.email, "yes" if c.accepts_email else "no", c.company, c.address1,
            c.address2, c.city, c.prov, c.country, c.zip, "'" + c.phone, "'" + c.phone,
            "yes" if c.accepts_sms else "no", m(spent(c)), str(len(orders_of(c.email))), c.note,
            "yes" if c.tax_exempt else "no", c.tags,
        ])
    return out.getvalue()


def counts():
    fin, ful = {}, {}
    for o in ORDERS:
        fin[o.fin] = fin.get(o.fin, 0) + 1
        ful[o.ful] = ful.get(o.ful, 0) + 1
    return {"orders": len(ORDERS), "fin": dict(sorted(fin.items())), "ful": dict(sorted(ful.items())),
            "guests": sum(1 for o in ORDERS if o.guest), "guest_people": len(GUESTS), "customers": len(CUSTOMERS),
            "cancelled": sum(1 for o in ORDERS if o.cancelled_at),
            "rows": sum(len(o.lines) for o in ORDERS)}
