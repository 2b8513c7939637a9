"""Customers and orders of Claystone Tile & Bath Supply (invented), as data. generate.py writes them as Shopify's
customers export and orders export (CSV, as downloaded) and cases.py reads them for its facts."""
import random
from decimal import Decimal, ROUND_HALF_UP

import catalog as C

_rng = random.Random(61226)

PROV = {"VIC": "Victoria", "NSW": "New South Wales", "QLD": "Queensland", "SA": "South Australia",
        "WA": "Western Australia", "TAS": "Tasmania", "NT": "Northern Territory", "ACT": "Australian Capital Territory"}

# key: (first, last, email, company, address1, address2, city, province, zip, phone, marketing, tags, note)
CUSTOMERS = {
    "olivia": ("Olivia", "Bennett", "olivia.bennett@example.com", "", "22 Miller Street", "", "Brunswick", "VIC",
               "3056", "+61 412 508 331", "yes", "", ""),
    "liam": ("Liam", "Nguyen", "liam.nguyen@example.net", "", "7 Droop Street", "", "Footscray", "VIC", "3011",
             "+61 423 119 874", "no", "", ""),
    "charlotte": ("Charlotte", "Walsh", "charlotte.walsh@example.com", "", "41 Pakington Street", "", "Geelong West",
                  "VIC", "3218", "+61 438 220 415", "yes", "", ""),
    "noah": ("Noah", "Kapoor", "noah.kapoor@example.org", "", "15 Marsden Street", "Unit 9", "Parramatta", "NSW",
             "2150", "+61 401 662 970", "no", "", ""),
    "amelia": ("Amelia", "Rossi", "amelia.rossi@example.com", "", "118 Rathdowne Street", "", "Carlton North", "VIC",
               "3054", "+61 419 305 226", "yes", "", ""),
    "jack": ("Jack", "O'Brien", "jack.obrien@example.net", "O'Brien Tiling", "3 Doveton Street North", "",
             "Ballarat Central", "VIC", "3350", "+61 427 884 013", "no", "trade", "Trade account approved 2025-03-11"),
    "mia": ("Mia", "Tran", "mia.tran@example.com", "", "60 Station Street", "Apartment 1204", "Box Hill", "VIC",
            "3128", "+61 433 771 248", "yes", "", ""),
    "henry": ("Henry", "Fitzgerald", "henry.fitz@example.com", "", "9 Battery Square", "", "Battery Point", "TAS",
              "7004", "+61 408 915 337", "no", "", ""),
    "isla": ("Isla", "McKenzie", "isla.mckenzie@example.org", "", "25 Merthyr Road", "", "New Farm", "QLD", "4005",
             "+61 414 602 558", "yes", "", ""),
    "lucas": ("Lucas", "Papadopoulos", "lucas.papa@example.com", "", "212 Gilbert Road", "", "Preston", "VIC", "3072",
              "+61 421 330 964", "no", "", ""),
    "grace": ("Grace", "Whitfield", "grace.whitfield@example.net", "", "33 South Terrace", "", "Fremantle", "WA",
              "6160", "+61 439 481 702", "yes", "", ""),
    "ethan": ("Ethan", "Morris", "ethan.morris@example.com", "", "4 Cavenagh Street", "", "Darwin City", "NT", "0800",
              "+61 406 227 185", "no", "", ""),
    "zoe": ("Zoe", "Castellano", "zoe.castellano@example.com", "", "87 The Parade", "", "Norwood", "SA", "5067",
            "+61 417 950 663", "yes", "", ""),
    "william": ("William", "Hughes", "will.hughes@example.org", "Hughes Tiling Co.", "19 Mitchell Street", "",
                "Bendigo", "VIC", "3550", "+61 428 133 590", "no", "trade", "Trade account approved 2024-08-02"),
    "sophie": ("Sophie", "Anderson", "sophie.anderson@example.com", "", "30 Lonsdale Street", "Unit 5", "Braddon",
               "ACT", "2612", "+61 435 718 224", "yes", "", ""),
    "oscar": ("Oscar", "Lindqvist", "oscar.lindqvist@example.net", "", "5 Lennox Street", "", "Richmond", "VIC",
              "3121", "+61 402 556 819", "no", "", ""),
    "ruby": ("Ruby", "Sato", "ruby.sato@example.com", "", "46 Bell Street", "", "Coburg", "VIC", "3058",
             "+61 424 870 335", "yes", "", ""),
    "harper": ("Harper", "Doyle", "harper.doyle@example.com", "", "12 Darby Street", "", "Cooks Hill", "NSW", "2300",
               "+61 431 209 776", "yes", "newsletter", ""),
}

# guests: no row in the customers export
GUESTS = {
    "daniel": ("Daniel", "Reyes", "daniel.reyes@example.com", "", "58 Separation Street", "", "Northcote", "VIC",
               "3070", "+61 415 338 209"),
    "priya": ("Priya", "Sharma", "priya.sharma@example.net", "", "", "", "", "", "", ""),
    "tom": ("Tom", "Gallagher", "tom.gallagher@example.org", "", "14 Smith Street", "", "Wollongong", "NSW", "2500",
            "+61 409 771 460"),
    "emma": ("Emma", "Kowalski", "emma.kowalski@example.com", "", "27 Elphin Road", "", "Launceston", "TAS", "7250",
             "+61 432 665 018"),
}

PARCEL = "Parcel Post (Australia Post)"
METRO_PALLET = "Metro Melbourne Pallet Delivery (Claystone truck)"
METRO_FREE = "Free Metro Melbourne Delivery (Claystone truck)"
REG_VIC = "Regional VIC Pallet Freight (StarTrack)"
INTERSTATE = "Interstate Pallet Freight (StarTrack)"
TAS_PALLET = "Tasmania Pallet Freight (StarTrack)"
WANT = "WA & NT Pallet Freight (Northline)"
CRANE = "Crane Truck Delivery (Hi-Lift Crane Trucks)"
PICKUP = "Showroom Pickup - Brunswick East"
SAMPLE = "Sample Post (Australia Post)"

CARRIER = {PARCEL: "Australia Post", METRO_PALLET: "Claystone truck", METRO_FREE: "Claystone truck",
           REG_VIC: "StarTrack", INTERSTATE: "StarTrack", TAS_PALLET: "StarTrack", WANT: "Northline",
           CRANE: "Hi-Lift Crane Trucks", SAMPLE: "Australia Post"}

SERVICES = {"SRV-MQ-METRO": ("Measure & Quote - Metro Melbourne", 99.00)}


def _it(sku, qty, price=None, status=None):
    return {"sku": sku, "qty": qty, "price": price, "status": status}


# number, created, who, items, method, shipping, financial, fulfillment, extra
ORDERS = [
    ("2230", "2026-12-05 15:42:18", "olivia",
     [_it("CAL-MAT", 8, 99.90), _it("FFA-WHT", 3), _it("ESG-SNW", 2)], METRO_PALLET, 95, "paid", "unfulfilled", {}),
    ("2229", "2026-12-05 09:12:51", "daniel", [_it("PRM-WHT", 10), _it("FWG-WHT", 1)], PARCEL, 15, "paid",
     "unfulfilled", {"guest": True}),
    ("2228", "2026-12-04 19:30:07", "liam", [_it("THF-COK", 18)], METRO_FREE, 0, "paid", "fulfilled",
     {"fulfilled": "2026-12-05 10:05:44"}),
    ("2227", "2026-12-04 11:08:36", "noah", [_it("BWV-750-OAK", 1, status="pending"), _it("OAB-GWH", 1, status="fulfilled"),
                                             _it("HBM-CHR-TAL", 1, status="fulfilled")],
     INTERSTATE, 220, "paid", "partial", {"note": "Basin and mixer sent first by Australia Post; the vanity follows "
                                                   "on a StarTrack pallet."}),
    ("2226", "2026-12-03 16:55:29", "amelia", [_it("SWK-1", 1), _it("BSW-WHT-75", 6), _it("AST-BLK-8", 3)], PICKUP, 0,
     "paid", "fulfilled", {"fulfilled": "2026-12-04 09:20:13"}),
    ("2225", "2026-12-03 08:41:02", "priya", [_it("GFT-100", 1)], None, 0, "paid", "fulfilled",
     {"guest": True, "fulfilled": "2026-12-03 08:41:05", "gift": True}),
    ("2224", "2026-12-02 07:18:44", "jack", [_it("FFA-GRY", 20), _it("SNT-12", 2), _it("TLC-C2", 4)], REG_VIC, 180,
     "pending", "fulfilled", {"fulfilled": "2026-12-03 13:47:20", "terms": True}),
    ("2223", "2026-12-01 10:26:15", "mia", [_it("NLF-CEM", 6), _it("FFA-GRY", 6)], CRANE, 250, "paid", "fulfilled",
     {"fulfilled": "2026-12-04 08:02:31"}),
    ("2222", "2026-11-30 20:14:09", "henry", [_it("GFM-AQU", 10), _it("EPG-WHT", 1)], PARCEL, 35, "paid", "fulfilled",
     {"fulfilled": "2026-12-01 14:36:50"}),
    ("2221", "2026-11-29 13:02:47", "isla", [_it("HMM-NER", 6), _it("FWG-WHT", 1)], PARCEL, 25, "voided",
     "unfulfilled", {"cancelled": "2026-11-29 17:45:12", "pay": "Afterpay"}),
    ("2220", "2026-11-28 09:47:33", "lucas", [_it("IRB-CHA-6060", 10), _it("FFA-GRY", 5), _it("AST-BLK-10", 4)],
     METRO_PALLET, 95, "refunded", "fulfilled", {"fulfilled": "2026-11-30 11:12:09", "refund": "all",
                                                  "note": "Pallet damaged in delivery; customer chose a full refund."}),
    ("2219", "2026-11-27 18:20:56", "grace", [_it("PRM-BLK", 8), _it("EPG-BON", 1)], PARCEL, 35,
     "partially_refunded", "fulfilled", {"fulfilled": "2026-11-28 15:30:00", "refund": 29.80,
                                          "note": "2 sheets arrived cracked: refunded."}),
    ("2218", "2026-11-26 12:33:40", "olivia", [_it("SMP-1", 4)], SAMPLE, 9.95, "paid", "fulfilled",
     {"fulfilled": "2026-11-27 10:14:22", "note": "Samples: Calacatta Luce Matt, Calacatta Luce Lappato, "
                                                   "Ironbark Ash, Coastal Terrazzo Grey Chip"}),
    ("2217", "2026-11-25 08:05:12", "ethan", [_it("KOP-STN", 10)], WANT, 520, "paid", "fulfilled",
     {"fulfilled": "2026-11-26 16:20:41"}),
    ("2216", "2026-11-24 21:48:03", "tom", [_it("DHX-SPG", 15)], INTERSTATE, 320, "paid", "fulfilled",
     {"guest": True, "fulfilled": "2026-11-26 09:33:18"}),
    ("2215", "2026-11-22 14:10:27", "zoe", [_it("HWM-BLK", 1), _it("RSS-BLK", 1, 379.00)], PARCEL, 25,
     "partially_refunded", "fulfilled", {"fulfilled": "2026-11-23 11:02:55", "refund": 215.20,
                                          "note": "Wall mixer returned unopened (change of mind): refunded less the "
                                                  "20% restocking fee."}),
    ("2214", "2026-11-20 07:32:58", "william", [_it("CAL-LAP", 20), _it("EPG-BON", 3), _it("SRT-BRU-10", 6)], REG_VIC,
     180, "paid", "fulfilled", {"fulfilled": "2026-11-23 14:18:06", "tags": "split-shipment, trade",
                                "note": "Sent in two consignments: the epoxy grout and trims by Australia Post on "
                                        "21 November, the pallet of tiles by StarTrack on 23 November."}),
    ("2213", "2026-11-18 17:25:44", "sophie", [_it("BWV-600-WHT", 1), _it("LRB-GWH", 1), _it("HBM-CHR-TAL", 1)],
     INTERSTATE, 220, "paid", "fulfilled", {"fulfilled": "2026-11-20 10:41:37"}),
    ("2212", "2026-11-15 10:58:21", "charlotte", [_it("ALM-NAT", 14), _it("AFU-15", 2)], REG_VIC, 180, "paid",
     "fulfilled", {"fulfilled": "2026-11-17 15:09:44"}),
    ("2211", "2026-11-12 13:44:09", "ruby", [_it("HEX-MIX", 6), _it("FFA-WHT", 2), _it("ESG-SIL", 1)], METRO_PALLET,
     95, "paid", "fulfilled", {"fulfilled": "2026-11-13 12:26:30"}),
    ("2210", "2026-11-10 16:07:35", "liam", [_it("MTC-900", 1)], PARCEL, 15, "paid", "fulfilled",
     {"fulfilled": "2026-11-11 09:58:02"}),
    ("2209", "2026-11-08 11:19:50", "emma", [_it("CTZ-GRY", 5)], TAS_PALLET, 340, "paid", "fulfilled",
     {"guest": True, "fulfilled": "2026-11-10 13:40:27"}),
    ("2208", "2026-11-06 09:36:28", "noah", [_it("BSW-NVY-75", 10)], INTERSTATE, 220, "paid", "fulfilled",
     {"fulfilled": "2026-11-09 10:15:16"}),
    ("2207", "2026-11-04 15:52:11", "mia", [_it("SRV-MQ-METRO", 1)], None, 0, "paid", "fulfilled",
     {"fulfilled": "2026-11-09 12:00:00", "service": True}),
    ("2206", "2026-11-02 08:29:47", "amelia", [_it("GCS-1L", 2), _it("TCL-1L", 1)], PARCEL, 15, "paid", "fulfilled",
     {"fulfilled": "2026-11-03 11:44:05"}),
    ("2205", "2026-10-30 07:11:36", "jack", [_it("TWL-WAL", 30)], REG_VIC, 180, "paid", "fulfilled",
     {"fulfilled": "2026-11-02 14:27:51"}),
    ("2204", "2026-10-27 19:03:22", "isla", [_it("HMM-CAR", 8), _it("FWG-WHT", 1)], PARCEL, 25, "paid", "fulfilled",
     {"fulfilled": "2026-10-28 16:12:40"}),
    ("2203", "2026-10-22 12:47:05", "lucas", [_it("NCH-BLK", 1)], PARCEL, 15, "paid", "fulfilled",
     {"fulfilled": "2026-10-23 10:31:19"}),
    ("2202", "2026-10-18 20:22:58", "grace", [_it("GFT-250", 1)], None, 0, "paid", "fulfilled",
     {"fulfilled": "2026-10-18 20:23:01", "gift": True}),
    ("2201", "2026-10-15 10:36:44", "zoe", [_it("AMB-DEC", 6, 29.00)], INTERSTATE, 220, "paid", "fulfilled",
     {"fulfilled": "2026-10-16 13:50:09"}),
]


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def person(who):
    if who in CUSTOMERS:
        return CUSTOMERS[who]
    g = GUESTS[who]
    return g + ("no", "", "")


def item_info(it):
    if it["sku"] in SERVICES:
        name, price = SERVICES[it["sku"]]
        return name, D(it["price"] or price), "", False, True
    p, v = C.BY_SKU[it["sku"]]
    price = it["price"] if it["price"] is not None else v["price"]
    gift = p["key"] == "GFT"
    return C.item_title(p, v), D(price), p["brand"], gift, False


def build():
    """Every order with its computed money, as a dict; the newest first."""
    out = []
    for num, created, who, items, method, ship, fin, ful, extra in ORDERS:
        lines = []
        sub = D(0)
        taxable = D(0)
        for it in items:
            name, price, vendor, gift, service = item_info(it)
            amt = price * it["qty"]
            sub += amt
            if not gift:
                taxable += amt
            lines.append({"sku": it["sku"], "name": name, "qty": it["qty"], "price": price, "vendor": vendor,
                          "gift": gift, "service": service, "status": it["status"]})
        ship = D(ship)
        total = sub + ship
        gst = ((taxable + ship) / 11).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        refund = D(0)
        if extra.get("refund") == "all":
            refund = total
        elif extra.get("refund"):
            refund = D(extra["refund"])
        o = {"name": "#" + num, "number": num, "created": created, "who": who, "person": person(who),
             "lines": lines, "method": method, "shipping": ship, "subtotal": sub, "total": total, "gst": gst,
             "financial": fin, "fulfillment": ful, "refund": refund, "extra": extra,
             "guest": who in GUESTS, "carrier": CARRIER.get(method)}
        out.append(o)
    return out


BUILT = build()
BY_NUM = {o["number"]: o for o in BUILT}


def orders_of(who):
    return [o for o in BUILT if o["who"] == who]


def email(who):
    return person(who)[2]
