"""Customers and orders of Brindle & Hatch Hardware, as the WooCommerce REST API returns them
(`GET /wp-json/wc/v3/customers?role=all` and `GET /wp-json/wc/v3/orders?per_page=100`), with the Advanced Shipment
Tracking (AST) plugin's `_wc_shipment_tracking_items` in each shipped order's meta_data.

Every amount is computed here: line totals (after the TRADE10 coupon), taxes per province (pages.TAX_RATES, on items
and shipping, none on gift cards), totals and refunds. The cases read their order facts from `ORDERS`."""
import calendar
import hashlib
from decimal import Decimal, ROUND_HALF_UP

import catalog as C
import pages as P

CENT = Decimal("0.01")


def r2(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def md5(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


# ---- Customers (registered accounts) --------------------------------------------------------------------------
# id, first, last, email, phone, address_1, city, province, postcode, role, company, registered
CUSTOMERS = [
    (14, "Marguerite", "Pelletier", "marguerite.pelletier@example.ca", "519-555-0112", "58 Liverpool Street", "Guelph",
     "ON", "N1H 2L2", "customer", "", "2024-05-11 10:02:44"),
    (22, "Owen", "Fairbairn", "owen.fairbairn@example.com", "+1 519 555 0177", "1180 Victoria Street North",
     "Kitchener", "ON", "N2B 3C9", "wholesale_customer", "Fairbairn Renovations", "2024-08-19 14:30:05"),
    (31, "Priya", "Raghunathan", "priya.r@example.ca", "416-555-0134", "77 Browning Avenue", "Toronto", "ON",
     "M4K 1W1", "customer", "", "2025-01-06 19:12:31"),
    (38, "Declan", "Moriarty", "declan.moriarty@example.com", "902-555-0161", "5520 Inglis Street", "Halifax", "NS",
     "B3H 1J8", "customer", "", "2025-03-22 08:47:10"),
    (45, "Hannah", "Szabo", "hannah.szabo@example.ca", "403-555-0193", "2314 17 Street SW", "Calgary", "AB", "T2T 4M4",
     "customer", "", "2025-04-30 21:05:59"),
    (52, "Jean-Luc", "Tremblay", "jl.tremblay@example.ca", "514-555-0108", "4215 rue Saint-Denis", "Montréal", "QC",
     "H2J 2K8", "customer", "", "2025-06-14 11:20:00"),
    (57, "Aiko", "Nakamura", "aiko.nakamura@example.com", "604-555-0126", "3350 Victoria Drive", "Vancouver", "BC",
     "V5N 4M4", "customer", "", "2025-07-02 16:44:18"),
    (63, "Tomasz", "Kowalczyk", "tomasz.k@example.ca", "204-555-0145", "880 Grosvenor Avenue", "Winnipeg", "MB",
     "R3M 0N1", "customer", "", "2025-09-09 09:15:42"),
    (70, "Grace", "Oyelaran", "grace.oyelaran@example.ca", "613-555-0172", "161 Fifth Avenue", "Ottawa", "ON",
     "K1S 2N2", "customer", "", "2025-10-28 13:33:07"),
    (76, "Liam", "MacLeod", "liam.macleod@example.net", "902-555-0119", "24 Pownal Street", "Charlottetown", "PE",
     "C1A 3V6", "customer", "", "2026-02-17 18:02:55"),
    (81, "Sofia", "Marchetti", "sofia.marchetti@example.ca", "519-555-0187", "295 Albert Street", "Waterloo", "ON",
     "N2L 3T8", "customer", "", "2026-04-03 10:10:10"),
    (88, "Brendan", "Kowal", "brendan.kowal@example.com", "306-555-0154", "1015 Temperance Street", "Saskatoon", "SK",
     "S7N 0N2", "customer", "", "2026-06-21 20:48:36"),
    (94, "Eleanor", "Whitby", "eleanor.whitby@example.ca", "519-555-0166", "33 Metcalfe Street", "Guelph", "ON",
     "N1E 4X9", "customer", "", "2026-09-02 12:00:27"),
    (101, "Farid", "Haddad", "farid.haddad@example.com", "905-555-0139", "120 James Street South", "Hamilton", "ON",
     "L8P 2Z4", "customer", "", "2026-11-14 17:25:03"),
]
CUST = {c[0]: c for c in CUSTOMERS}

GUESTS = {
    "kevin": (0, "Kevin", "Ashworth", "kevin.ashworth@example.net", "519-555-0124", "210 St Andrew Street West",
              "Fergus", "ON", "N1M 1N8", "", "", ""),
    "nadia": (0, "Nadia", "Boucher", "nadia.b@example.org", "819-555-0150", "1450 rue King Ouest", "Sherbrooke", "QC",
              "J1H 1S1", "", "", ""),
    "colm": (0, "Colm", "O'Rourke", "colm.orourke@example.com", "867-555-0181", "6102 6th Avenue", "Whitehorse", "YT",
             "Y1A 1N8", "", "", ""),
    "jasmine": (0, "Jasmine", "Lau", "jasmine.lau@example.net", "519-555-0198", "58 Dundas Street South", "Cambridge",
                "ON", "N1R 5P2", "", "", ""),
}

PAYMENTS = {"stripe": "Credit Card (Stripe)", "ppcp-gateway": "PayPal", "bacs": "Direct bank transfer",
            "kestrelpay": "Kestrel Pay (Pay in 4)"}

SHIP = {  # method key -> (method_id, title)
    "std": ("flat_rate", "Standard (Canada Post)"),
    "free": ("free_shipping", "Free shipping"),
    "express": ("flat_rate", "Express (Purolator)"),
    "freight": ("flat_rate", "Freight (barn door tracks 8 ft and longer)"),
    "pickup": ("local_pickup", "Local pickup - Guelph showroom"),
    "van": ("local_delivery", "Local delivery - Guelph"),
}
PROVIDERS = {"canada-post": "Canada Post", "purolator": "Purolator"}


def std_rate(prov):
    for region, provs, std, days, exp in P.RATES:
        names = [x.strip() for x in provs.split(",")]
        if PROV_NAMES[prov] in names:
            return std, exp
    raise KeyError(prov)


PROV_NAMES = {"ON": "Ontario", "QC": "Quebec", "NS": "Nova Scotia", "NB": "New Brunswick",
              "PE": "Prince Edward Island", "NL": "Newfoundland and Labrador", "MB": "Manitoba", "SK": "Saskatchewan",
              "AB": "Alberta", "BC": "British Columbia", "YT": "Yukon", "NT": "Northwest Territories", "NU": "Nunavut"}


# ---- Orders ---------------------------------------------------------------------------------------------------
# Each: label, placed (site time, America/Toronto), status, who (customer id or guest key), items
# [(product key, {attribute: value}, qty)], ship (method key, cost or None for the table's rate), payment,
# tracking [(provider, number, ship day, [item indexes] or None)], refunds [(date time, amount or "full", reason)],
# coupon, note.
def O(label, placed, status, who, items, ship, payment="stripe", tracking=(), refunds=(), coupon=None, note="",
      completed=None, cancelled=None):
    return dict(label=label, placed=placed, status=status, who=who, items=items, ship=ship, payment=payment,
                tracking=list(tracking), refunds=list(refunds), coupon=coupon, note=note, completed=completed,
                cancelled=cancelled)


RAW = [
    O("A", "2026-09-24 10:12:37", "completed", 31,
      [("ashby", {"Function": "Passage", "Finish": "Satin Nickel"}, 4),
       ("ashby", {"Function": "Privacy", "Finish": "Satin Nickel"}, 2)],
      ("free", "0"), tracking=[("canada-post", "7023210140958812", "2026-09-25", None)], completed="2026-09-29"),
    O("B", "2026-09-30 14:40:02", "completed", 38,
      [("keelstone_single", {"Finish": "Satin Nickel", "Keyway": "KW1"}, 1),
       ("deadbolt_strike", {"Finish": "Satin Nickel"}, 1)],
      ("std", None), tracking=[("canada-post", "7023210141226430", "2026-10-01", None)], completed="2026-10-06"),
    O("C", "2026-10-05 09:05:51", "completed", 22,
      [("radius_hinge", {"Size": "3-1/2 in", "Finish": "Satin Nickel"}, 10),
       ("corbel", {"Function": "Passage", "Finish": "Satin Nickel"}, 8)],
      ("pickup", "0"), coupon="trade10", completed="2026-10-05"),
    O("D", "2026-10-09 19:22:15", "refunded", 45,
      [("hatchworth", {"Track length": "6 ft", "Finish": "Matte Black"}, 1),
       ("floor_guide", {}, 1)],
      ("free", "0"), tracking=[("canada-post", "7023210141598807", "2026-10-13", None)],
      refunds=[("2026-10-27 11:04:00", "full", "Returned unused: wrong track length ordered")], completed="2026-10-19"),
    O("E", "2026-10-14 11:30:09", "completed", 52,
      [("warden", {"Finish": "Matte Black"}, 1), ("battery_aa", {}, 1)],
      ("free", "0"), tracking=[("canada-post", "7023210141833015", "2026-10-15", None)], completed="2026-10-19"),
    O("F", "2026-10-19 16:02:44", "completed", 57,
      [("linden", {"Centre-to-centre": "128 mm", "Finish": "Matte Black"}, 12),
       ("pebble", {"Finish": "Matte Black"}, 6)],
      ("free", "0"), tracking=[("canada-post", "7023210142077364", "2026-10-20", None)], completed="2026-10-27"),
    O("G", "2026-10-22 13:15:20", "completed", 63,
      [("hatchworth", {"Track length": "8 ft", "Finish": "Matte Black"}, 1), ("soft_close", {}, 1)],
      ("freight", P.FREIGHT), tracking=[("Day & Ross", "DR60451877", "2026-10-26", None)],
      refunds=[("2026-11-04 15:30:00", "line:1", "Soft-close damper arrived cracked")], completed="2026-10-30"),
    O("H", "2026-10-27 10:48:03", "cancelled", 70,
      [("thornbury", {"Finish": "Polished Brass"}, 1)],
      ("free", "0"), payment="bacs", note="Customer cancelled before paying; special order not placed.",
      cancelled="2026-10-30"),
    O("I", "2026-10-30 15:20:33", "completed", "kevin",
      [("sweep", {"Length": "36 in", "Colour": "Aluminum"}, 2), ("foam_tape", {"Thickness": "5/16 in"}, 2)],
      ("std", None), tracking=[("canada-post", "7023210142468529", "2026-11-02", None)], completed="2026-11-04"),
    O("J", "2026-11-03 09:55:12", "completed", 81,
      [("install_visit", {"Area": "Kitchener-Waterloo"}, 1), ("warden_touch", {"Finish": "Matte Black"}, 1)],
      ("pickup", "0"), note="Installation visit booked for November 10.", completed="2026-11-10"),
    O("K", "2026-11-06 12:10:48", "completed", 76,
      [("letter_plate", {"Finish": "Polished Brass"}, 1),
       ("house_number", {"Number": "1", "Finish": "Matte Black"}, 1),
       ("house_number", {"Number": "4", "Finish": "Matte Black"}, 1),
       ("house_number", {"Number": "8", "Finish": "Matte Black"}, 1)],
      ("std", None), tracking=[("canada-post", "7023210142893140", "2026-11-09", None)], completed="2026-11-13"),
    O("L", "2026-11-10 17:45:26", "completed", 14,
      [("ashby", {"Function": "Keyed Entry", "Finish": "Oil-Rubbed Bronze"}, 1),
       ("ashby", {"Function": "Passage", "Finish": "Oil-Rubbed Bronze"}, 5),
       ("radius_hinge", {"Size": "3-1/2 in", "Finish": "Oil-Rubbed Bronze"}, 3)],
      ("van", "0"), tracking=[("Brindle & Hatch Van", "BHV-261113-04", "2026-11-13", None)],
      refunds=[("2026-11-20 10:15:00", "unit:1", "One passage set returned unused")], completed="2026-11-13"),
    O("M", "2026-11-13 08:30:55", "completed", 88,
      [("keelstone_double", {"Finish": "Satin Nickel"}, 1), ("thick_kit", {}, 1)],
      ("std", None), tracking=[("canada-post", "7023210143310786", "2026-11-16", None)], completed="2026-11-20"),
    O("N", "2026-11-16 20:05:17", "completed", "nadia",
      [("halden", {"Function": "Privacy", "Finish": "Matte Black"}, 3)],
      ("std", None), tracking=[("canada-post", "7023210143587251", "2026-11-17", None)], completed="2026-11-20"),
    O("O", "2026-11-18 11:11:02", "completed", 31,
      [("pocket_lock", {"Finish": "Satin Nickel"}, 1), ("hinge_pin_stop", {"Finish": "Satin Nickel"}, 4)],
      ("std", None), tracking=[("canada-post", "7023210143722918", "2026-11-19", None)], completed="2026-11-23"),
    O("P", "2026-11-20 14:25:40", "completed", 70,
      [("gift_card", {"Amount": "$100"}, 1)], None, completed="2026-11-20"),
    O("Q", "2026-11-23 10:40:19", "refunded", 38,
      [("warden_touch", {"Finish": "Satin Nickel"}, 1)],
      ("free", "0"), refunds=[("2026-11-23 16:02:00", "full", "Customer changed mind before shipping")]),
    O("R", "2026-11-24 16:30:08", "completed", "colm",
      [("jamb_kit", {"Colour": "Brown"}, 2), ("sweep", {"Length": "36 in", "Colour": "Bronze"}, 2)],
      ("std", None), tracking=[("canada-post", "7023210144036672", "2026-11-25", None)], completed="2026-12-03"),
    O("S", "2026-11-26 09:20:51", "completed", 45,
      [("hatchworth", {"Track length": "6.6 ft", "Finish": "Matte Black"}, 1),
       ("barn_pull", {"Finish": "Matte Black"}, 1)],
      ("free", "0"), tracking=[("canada-post", "7023210144281590", "2026-11-30", None)], completed="2026-12-04"),
    O("T", "2026-11-27 13:00:29", "completed", 57,
      [("arden", {"Centre-to-centre": "96 mm", "Finish": "Oil-Rubbed Bronze"}, 10)],
      ("std", None), tracking=[("canada-post", "7023210144317725", "2026-11-30", None)], completed="2026-12-04"),
    O("U", "2026-11-28 10:05:14", "completed", 22,
      [("ball_hinge", {"Finish": "Matte Black"}, 6),
       ("keelstone_single", {"Finish": "Matte Black", "Keyway": "KW1"}, 4)],
      ("free", "0"), coupon="trade10", tracking=[("purolator", "335501928764", "2026-11-30", None)],
      completed="2026-12-01"),
    O("V", "2026-11-29 18:40:37", "processing", 52,
      [("ashby", {"Function": "Passage", "Finish": "Matte Black"}, 3),
       ("square_hinge", {"Size": "4 in", "Finish": "Matte Black"}, 2),
       ("linden", {"Centre-to-centre": "224 mm", "Finish": "Polished Brass"}, 4)],
      ("free", "0"), tracking=[("canada-post", "7023210144550963", "2026-12-01", [0, 1])]),
    O("W", "2026-12-01 11:15:46", "completed", 70,
      [("warden", {"Finish": "Satin Nickel"}, 1), ("deadbolt_strike", {"Finish": "Satin Nickel"}, 1)],
      ("express", None), tracking=[("purolator", "335501940217", "2026-12-02", None)], completed="2026-12-03"),
    O("X", "2026-12-02 09:45:03", "on-hold", 63,
      [("box_rail", {"Track length": "10 ft"}, 1)],
      ("freight", P.FREIGHT), payment="bacs"),
    O("Y", "2026-12-02 15:30:22", "processing", "kevin",
      [("rekey_visit", {"Area": "Wellington County"}, 1)], None,
      note="Rekeying visit booked for Wednesday, December 9, morning."),
    O("Z", "2026-12-03 10:00:41", "processing", 14,
      [("corbel", {"Function": "Privacy", "Finish": "Polished Brass"}, 2)],
      ("van", "0")),
    O("AA", "2026-12-03 21:10:09", "failed", "jasmine",
      [("warden", {"Finish": "Matte Black"}, 1)],
      ("free", "0")),
    O("AB", "2026-12-04 08:50:30", "completed", 88,
      [("battery_aa", {}, 2)],
      ("std", None), tracking=[("canada-post", "7023210144916047", "2026-12-04", None)], completed="2026-12-04"),
    O("AC", "2026-12-04 13:35:58", "cancelled", 81,
      [("mailbox", {"Colour": "Black"}, 1)],
      ("std", None), refunds=[("2026-12-04 16:20:00", "full", "Cancelled at customer's request")],
      cancelled="2026-12-04"),
    O("AD", "2026-12-05 10:20:13", "processing", 31,
      [("magnetic_stop", {"Finish": "Matte Black"}, 4), ("viewer", {"Finish": "Satin Nickel"}, 1)],
      ("std", None)),
    O("AE", "2026-12-05 16:45:27", "pending", "jasmine",
      [("warden", {"Finish": "Matte Black"}, 1), ("install_visit", {"Area": "Cambridge"}, 1)],
      ("free", "0"), payment="ppcp-gateway"),
    O("AF", "2026-12-06 09:30:05", "processing", 57,
      [("hatchworth", {"Track length": "5 ft", "Finish": "Satin Nickel"}, 1), ("soft_close", {}, 1)],
      ("free", "0")),
    O("AG", "2026-12-06 14:05:18", "processing", 22,
      [("latch_strike", {"Corner": "Round", "Finish": "Satin Nickel"}, 20), ("latch_bolt", {}, 10)],
      ("pickup", "0"), coupon="trade10"),
    O("AH", "2026-12-06 19:50:44", "processing", "nadia",
      [("sash_lock", {"Finish": "White"}, 4), ("sash_lift", {"Finish": "White"}, 4)],
      ("std", None)),
]


def person(who):
    return CUST[who] if isinstance(who, int) else GUESTS[who]


def _nth_sunday(y, month, n):
    first = calendar.weekday(y, month, 1)          # Monday 0 .. Sunday 6
    return 1 + (6 - first) % 7 + 7 * (n - 1)


def offset_hours(local):
    """America/Toronto: EDT (UTC-4) from the second Sunday of March, 2 am, to the first Sunday of November, 2 am;
    EST (UTC-5) otherwise."""
    y = int(local[0:4])
    start = "%04d-03-%02d 02:00:00" % (y, _nth_sunday(y, 3, 2))
    end = "%04d-11-%02d 02:00:00" % (y, _nth_sunday(y, 11, 1))
    return 4 if start <= local < end else 5


def utc_of(local):
    """Site time (America/Toronto) to a Unix timestamp."""
    y, mo, d = int(local[0:4]), int(local[5:7]), int(local[8:10])
    hh, mm, ss = int(local[11:13]), int(local[14:16]), int(local[17:19])
    return calendar.timegm((y, mo, d, hh, mm, ss, 0, 0, 0)) + offset_hours(local) * 3600


def local_of(ts):
    """A Unix timestamp in site time, as WooCommerce's date_* fields write it."""
    guess = iso_utc(ts - 5 * 3600).replace("T", " ")
    return iso_utc(ts - offset_hours(guess) * 3600)


def iso_utc(ts):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts))


def day_ts(day):
    return calendar.timegm((int(day[0:4]), int(day[5:7]), int(day[8:10]), 0, 0, 0, 0, 0, 0))


def unit_price(v, day):
    return C.price_now(v, day)


def var_name(p, v):
    """The order item name WooCommerce stores: the variation's generated title."""
    if p["type"] != "variable":
        return p["name"]
    attrs = [a[0] for a in p["attrs"]]
    keys = [("pa_" + a.lower().replace(" ", "-")) if glob else a.lower().replace(" ", "-")
            for a, _, _, glob, _ in p["attrs"]]
    if len(attrs) >= 3 or (len(attrs) == 2 and any("-" in k for k in keys)):
        return p["name"]
    return p["name"] + " - " + ", ".join(v["opts"][a] for a in attrs if v["opts"].get(a))


def attr_key(name, glob):
    slug = name.lower().replace(" ", "-")
    return ("pa_" + slug) if glob else slug


def slug(value):
    return value.lower().replace(" ", "-").replace("/", "-").replace("$", "").replace("(", "").replace(")", "")


ID_BASE = 7301
ITEM_BASE = 1840


def build():
    """Assigns order and refund ids in the order they were created, and computes every amount."""
    events = []
    for o in RAW:
        events.append((o["placed"], "order", o["label"]))
        for i, rf in enumerate(o["refunds"]):
            events.append((rf[0], "refund", "%s#%d" % (o["label"], i)))
    events.sort()
    ids = {}
    for n, (_, kind, label) in enumerate(events):
        ids[label] = ID_BASE + n
    item_id = ITEM_BASE
    out = []
    for o in RAW:
        oid = ids[o["label"]]
        who = person(o["who"])
        day = o["placed"][:10]
        prov = who[7]
        rates = P.TAX_RATES[prov]
        lines = []
        for k, opts, qty in o["items"]:
            p = C.BY_KEY[k]
            v = C.var(k, **opts) if opts else C.versions(p)[0]
            unit = unit_price(v, day)
            subtotal = r2(unit * qty)
            total = r2(subtotal * Decimal("0.9")) if (o["coupon"] and not p["virtual"]) else subtotal
            taxable = p["tax_status"] == "taxable"
            taxes = [(lab, Decimal(rt), r2(total * Decimal(rt) / 100) if taxable else Decimal("0.00"),
                      r2(subtotal * Decimal(rt) / 100) if taxable else Decimal("0.00")) for lab, rt in rates]
            item_id += 1
            lines.append(dict(id=item_id, p=p, v=v, qty=qty, unit=unit, subtotal=subtotal, total=total,
                              taxes=taxes, name=var_name(p, v)))
        virtual = all(l["p"]["virtual"] for l in lines)
        if o["ship"] is None:
            ship_key, ship_cost = None, Decimal("0.00")
        else:
            ship_key, cost = o["ship"]
            if cost is None:
                std, exp = std_rate(prov)
                cost = exp if ship_key == "express" else std
            ship_cost = r2(Decimal(cost))
        ship_taxes = [(lab, Decimal(rt), r2(ship_cost * Decimal(rt) / 100)) for lab, rt in rates]
        items_total = sum((l["total"] for l in lines), Decimal("0.00"))
        items_subtotal = sum((l["subtotal"] for l in lines), Decimal("0.00"))
        cart_tax = sum((t[2] for l in lines for t in l["taxes"]), Decimal("0.00"))
        ship_tax = sum((t[2] for t in ship_taxes), Decimal("0.00"))
        total = items_total + ship_cost + cart_tax + ship_tax
        discount = items_subtotal - items_total
        discount_tax = sum((t[3] - t[2] for l in lines for t in l["taxes"]), Decimal("0.00"))
        refunds = []
        for i, (when, what, reason) in enumerate(o["refunds"]):
            if what == "full":
                amount = total
            elif what.startswith("line:"):
                l = lines[int(what[5:])]
                amount = l["total"] + sum((t[2] for t in l["taxes"]), Decimal("0.00"))
            else:  # unit:<line index>: one unit of that line
                l = lines[int(what[5:])]
                amount = r2(l["total"] / l["qty"]) + sum((r2(t[2] / l["qty"]) for t in l["taxes"]), Decimal("0.00"))
            refunds.append(dict(id=ids["%s#%d" % (o["label"], i)], when=when, amount=r2(amount), reason=reason))
        tracking = []
        for prov_name, number, ship_day, idx in o["tracking"]:
            tracking.append(dict(provider=prov_name, number=number, day=ship_day,
                                 items=[lines[i] for i in idx] if idx is not None else None))
        out.append(dict(o, id=oid, number=str(oid), person=who, province=prov, lines=lines, virtual=virtual,
                        ship_key=ship_key, ship_cost=ship_cost, ship_taxes=ship_taxes, items_total=items_total,
                        items_subtotal=items_subtotal, cart_tax=cart_tax, ship_tax=ship_tax, total=total,
                        discount=discount, discount_tax=discount_tax, refund_list=refunds,
                        refunded=sum((r["amount"] for r in refunds), Decimal("0.00")), track=tracking))
    return out


ORDERS = build()
BY_LABEL = {o["label"]: o for o in ORDERS}


def num(label):
    return BY_LABEL[label]["number"]


def money(x):
    return "{:.2f}".format(x)


def tax_code(prov, label, i):
    return "CA-%s-%s-%d" % (prov, label, i + 1)


RATE_IDS = {}


def rate_id(prov, label):
    key = (prov, label)
    if key not in RATE_IDS:
        RATE_IDS[key] = len(RATE_IDS) + 1
    return RATE_IDS[key]


for _prov in ("ON", "QC", "NS", "NB", "PE", "NL", "MB", "SK", "AB", "BC", "YT", "NT", "NU"):
    for _lab, _rt in P.TAX_RATES[_prov]:
        rate_id(_prov, _lab)


def address(who, with_email):
    cid, first, last, email, phone, a1, city, prov, pc, role, company, _ = who
    d = {"first_name": first, "last_name": last, "company": company, "address_1": a1, "address_2": "", "city": city,
         "state": prov, "postcode": pc, "country": "CA"}
    if with_email:
        d["email"] = email
    d["phone"] = phone
    return d


def empty_address():
    return {"first_name": "", "last_name": "", "company": "", "address_1": "", "address_2": "", "city": "",
            "state": "", "postcode": "", "country": "", "phone": ""}


def order_json(o):
    who = o["person"]
    placed_ts = utc_of(o["placed"])
    local = o["placed"].replace(" ", "T")
    paid = o["status"] in ("processing", "completed", "refunded") or (o["status"] == "cancelled" and o["refund_list"])
    paid_gmt = iso_utc(placed_ts + 41) if paid else None
    paid_local = local_of(placed_ts + 41) if paid else None
    comp_local = comp_gmt = None
    if o["completed"]:
        cd = o["completed"]
        ctime = "15:42:10" if cd != o["placed"][:10] else o["placed"][11:]
        comp_gmt = iso_utc(utc_of(cd + " " + ctime) + 60)
        comp_local = local_of(utc_of(cd + " " + ctime) + 60)
    mod_local = comp_local or local
    mod_gmt = comp_gmt or iso_utc(placed_ts)
    if o["cancelled"]:
        mod_local = o["cancelled"] + "T16:20:31"
        mod_gmt = iso_utc(utc_of(o["cancelled"] + " 16:20:31"))
    if o["refund_list"]:
        last = o["refund_list"][-1]["when"]
        if last.replace(" ", "T") > mod_local:
            mod_local = last.replace(" ", "T")
            mod_gmt = iso_utc(utc_of(last))
    meta = [{"id": o["id"] * 100 + 1, "key": "is_vat_exempt", "value": "no"},
            {"id": o["id"] * 100 + 2, "key": "_wc_order_attribution_source_type", "value": "organic"}]
    if o["track"]:
        items = []
        for t in o["track"]:
            is_custom = t["provider"] not in PROVIDERS
            item = {"tracking_provider": "" if is_custom else t["provider"],
                    "custom_tracking_provider": t["provider"] if is_custom else "",
                    "custom_tracking_link": "",
                    "tracking_number": t["number"],
                    "date_shipped": str(day_ts(t["day"])),
                    "status_shipped": "2" if t["items"] is not None else "1",
                    "tracking_id": md5(o["number"] + t["number"])}
            if t["items"] is not None:
                item["products_list"] = [{"product": str(l["v"].get("_id", l["p"]["_id"])), "item_id": l["id"],
                                          "qty": str(l["qty"])} for l in t["items"]]
            items.append(item)
        meta.append({"id": o["id"] * 100 + 3, "key": "_wc_shipment_tracking_items", "value": items})
    line_items = []
    for l in o["lines"]:
        p, v = l["p"], l["v"]
        lmeta = []
        if p["type"] == "variable":
            for n, (a, vals, vis, glob, dflt) in enumerate(p["attrs"]):
                val = v["opts"][a]
                lmeta.append({"id": l["id"] * 10 + n, "key": attr_key(a, glob), "value": slug(val) if glob else val,
                              "display_key": a, "display_value": val})
        if v.get("status") == "backorder" and o["status"] != "cancelled":
            lmeta.append({"id": l["id"] * 10 + 9, "key": "Backordered", "value": str(l["qty"]),
                          "display_key": "Backordered", "display_value": str(l["qty"])})
        line_items.append({
            "id": l["id"], "name": l["name"], "product_id": p["_id"],
            "variation_id": v.get("_id", 0) if p["type"] == "variable" else 0,
            "quantity": l["qty"], "tax_class": "", "subtotal": money(l["subtotal"]),
            "subtotal_tax": money(sum((t[3] for t in l["taxes"]), Decimal("0"))),
            "total": money(l["total"]), "total_tax": money(sum((t[2] for t in l["taxes"]), Decimal("0"))),
            "taxes": [{"id": rate_id(o["province"], t[0]), "total": money(t[2]), "subtotal": money(t[3])}
                      for t in l["taxes"]] if p["tax_status"] == "taxable" else [],
            "meta_data": lmeta, "sku": v["sku"] or p["sku"],
            "price": float(l["total"] / l["qty"]) if (l["total"] / l["qty"]) != int(l["total"] / l["qty"])
            else int(l["total"] / l["qty"]),
            "image": {"id": p["_id"] + 9000, "src": C.image_url(p, v if p["type"] == "variable" else None)},
            "parent_name": p["name"] if p["type"] == "variable" else None,
        })
    tax_lines = []
    if any(t[2] for l in o["lines"] for t in l["taxes"]) or o["ship_tax"]:
        for i, (lab, rt) in enumerate(P.TAX_RATES[o["province"]]):
            tt = sum((t[2] for l in o["lines"] for t in l["taxes"] if t[0] == lab), Decimal("0"))
            st = [x[2] for x in o["ship_taxes"] if x[0] == lab][0]
            pct = float(rt) if "." in rt else int(rt)
            tax_lines.append({"id": o["id"] * 100 + 50 + i, "rate_code": tax_code(o["province"], lab, i),
                              "rate_id": rate_id(o["province"], lab), "label": lab, "compound": False,
                              "tax_total": money(tt), "shipping_tax_total": money(st), "rate_percent": pct,
                              "meta_data": []})
    shipping_lines = []
    if o["ship_key"]:
        mid, title = SHIP[o["ship_key"]]
        shipping_lines.append({
            "id": o["id"] * 100 + 40, "method_title": title, "method_id": mid,
            "instance_id": {"flat_rate": "3", "free_shipping": "4", "local_pickup": "7", "local_delivery": "8"}[mid],
            "total": money(o["ship_cost"]), "total_tax": money(o["ship_tax"]),
            "taxes": [{"id": rate_id(o["province"], lab), "total": money(amt), "subtotal": ""}
                      for lab, rt, amt in o["ship_taxes"]],
            "meta_data": [{"id": o["id"] * 100 + 41, "key": "Items", "value": ", ".join(
                "%s &times; %d" % (l["name"], l["qty"]) for l in o["lines"] if not l["p"]["virtual"]),
                "display_key": "Items", "display_value": ", ".join(
                "%s &times; %d" % (l["name"], l["qty"]) for l in o["lines"] if not l["p"]["virtual"])}]})
    coupon_lines = []
    if o["coupon"]:
        coupon_lines.append({"id": o["id"] * 100 + 60, "code": o["coupon"], "discount": money(o["discount"]),
                             "discount_tax": money(o["discount_tax"]), "discount_type": "percent",
                             "nominal_amount": 10, "free_shipping": False, "meta_data": []})
    is_guest = not isinstance(o["who"], int)
    pay_method = o["payment"]
    transaction = ("pi_3Q%s" % md5(o["number"])[:14]) if (paid and pay_method == "stripe") else (
        ("%sPP" % md5(o["number"])[:15].upper()) if (paid and pay_method == "ppcp-gateway") else "")
    status = o["status"]
    doc = {
        "id": o["id"], "parent_id": 0, "status": status, "currency": "CAD", "version": "9.4.2",
        "prices_include_tax": False, "date_created": local, "date_modified": mod_local,
        "discount_total": money(o["discount"]), "discount_tax": money(o["discount_tax"]),
        "shipping_total": money(o["ship_cost"]), "shipping_tax": money(o["ship_tax"]),
        "cart_tax": money(o["cart_tax"]), "total": money(o["total"]),
        "total_tax": money(o["cart_tax"] + o["ship_tax"]),
        "customer_id": 0 if is_guest else o["who"], "order_key": "wc_order_" + md5("key" + o["number"])[:13],
        "billing": address(who, True),
        "shipping": empty_address() if (o["virtual"] or o["ship_key"] is None) else address(who, False),
        "payment_method": pay_method, "payment_method_title": PAYMENTS[pay_method], "transaction_id": transaction,
        "customer_ip_address": "198.51.100.%d" % (o["id"] % 200 + 20),
        "customer_user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                               "Chrome/131.0.0.0 Safari/537.36",
        "created_via": "checkout", "customer_note": "",
        "date_completed": comp_local, "date_paid": paid_local, "cart_hash": md5("cart" + o["number"]),
        "number": o["number"], "meta_data": meta, "line_items": line_items, "tax_lines": tax_lines,
        "shipping_lines": shipping_lines, "fee_lines": [], "coupon_lines": coupon_lines,
        "refunds": [{"id": r["id"], "reason": r["reason"], "total": "-" + money(r["amount"])} for r in o["refund_list"]],
        "payment_url": "https://brindlehatch.ca/checkout/order-pay/%d/?pay_for_order=true&key=wc_order_%s"
                       % (o["id"], md5("key" + o["number"])[:13]),
        "is_editable": status in ("pending", "on-hold", "failed"),
        "needs_payment": status in ("pending", "failed"),
        "needs_processing": not o["virtual"],
        "date_created_gmt": iso_utc(placed_ts), "date_modified_gmt": mod_gmt,
        "date_completed_gmt": comp_gmt, "date_paid_gmt": paid_gmt,
        "currency_symbol": "$",
        "_links": {"self": [{"href": "https://brindlehatch.ca/wp-json/wc/v3/orders/%d" % o["id"]}],
                   "collection": [{"href": "https://brindlehatch.ca/wp-json/wc/v3/orders"}]},
    }
    if not is_guest:
        doc["_links"]["customer"] = [{"href": "https://brindlehatch.ca/wp-json/wc/v3/customers/%d" % o["who"]}]
    return doc


def customer_json(c):
    cid, first, last, email, phone, a1, city, prov, pc, role, company, created = c
    mine = [o for o in ORDERS if o["who"] == cid]
    paying = any(o["status"] in ("completed", "processing", "refunded") for o in mine)
    created_ts = utc_of(created)
    return {
        "id": cid, "date_created": created.replace(" ", "T"), "date_created_gmt": iso_utc(created_ts),
        "date_modified": created.replace(" ", "T"), "date_modified_gmt": iso_utc(created_ts),
        "email": email, "first_name": first, "last_name": last, "role": role,
        "username": (first[0] + last).lower().replace("-", "").replace("'", ""),
        "billing": {"first_name": first, "last_name": last, "company": company, "address_1": a1, "address_2": "",
                    "city": city, "postcode": pc, "country": "CA", "state": prov, "email": email, "phone": phone},
        "shipping": {"first_name": first, "last_name": last, "company": company, "address_1": a1, "address_2": "",
                     "city": city, "postcode": pc, "country": "CA", "state": prov, "phone": ""},
        "is_paying_customer": paying,
        "avatar_url": "https://secure.gravatar.com/avatar/%s?s=96&d=mm&r=g" % md5(email.lower()),
        "meta_data": [{"id": cid * 100 + 1, "key": "wc_last_active", "value": str(day_ts("2026-12-06"))}] if mine else [],
        "_links": {"self": [{"href": "https://brindlehatch.ca/wp-json/wc/v3/customers/%d" % cid}],
                   "collection": [{"href": "https://brindlehatch.ca/wp-json/wc/v3/customers"}]},
    }
