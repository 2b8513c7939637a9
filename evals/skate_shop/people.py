"""Customers, guests and their orders, with every state Shopify's orders export can hold.

Orders are written out by hand (what was bought, how it shipped, what happened to it); money
is computed from the catalog and the shipping rates in `policy`, so nothing is typed twice.
"""
from datetime import datetime, timedelta, timezone

from catalog import BY_HANDLE, variant
from common import RNG
import policy

# key: (first, last, email, phone, address1, address2, city, province code, country, zip)
CUSTOMERS = {
    "liam": ("Liam", "Nguyen", "liam.nguyen@example.com", "+61 412 558 301", "14 Argyle Street",
             "", "Fitzroy", "VIC", "AU", "3065"),
    "chloe": ("Chloe", "Barker", "chloe.barker@example.net", "+61 423 190 774", "7/52 King Street",
              "", "Newtown", "NSW", "AU", "2042"),
    "jack": ("Jack", "O'Connell", "jack.oconnell@example.com", "+61 438 602 915",
             "31 Marine Terrace", "", "Fremantle", "WA", "AU", "6160"),
    "mia": ("Mia", "Rossi", "mia.rossi@example.com", "+61 401 337 582", "9 Boundary Street",
            "Unit 4", "West End", "QLD", "AU", "4101"),
    "ethan": ("Ethan", "Walker", "ethanw@example.org", "+61 419 884 026", "118 Jetty Road", "",
              "Glenelg", "SA", "AU", "5045"),
    "zoe": ("Zoe", "Papadopoulos", "zoe.papa@example.com", "+61 447 260 913", "23 Albion Street",
            "", "Brunswick", "VIC", "AU", "3056"),
    "noah": ("Noah", "Tran", "noah.tran@example.net", "+61 402 715 648", "5 Lonsdale Street",
             "Apt 12", "Braddon", "ACT", "AU", "2612"),
    "ruby": ("Ruby", "Fitzgerald", "ruby.fitz@example.com", "+61 431 948 207",
             "66 Hampden Road", "", "Battery Point", "TAS", "AU", "7004"),
    "oliver": ("Oliver", "Smith", "olly.smith@example.com", "+61 409 556 118",
               "4 Lawson Street", "", "Byron Bay", "NSW", "AU", "2481"),
    "isla": ("Isla", "MacKenzie", "isla.mackenzie@example.com", "+61 414 073 559",
             "17 Cavenagh Street", "", "Darwin City", "NT", "AU", "0800"),
    "lucas": ("Lucas", "Ferreira", "lucas.ferreira@example.net", "+61 426 381 940",
              "88 Pakington Street", "", "Geelong West", "VIC", "AU", "3218"),
    "harper": ("Harper", "Kowalski", "harper.k@example.com", "+61 435 602 117",
               "12 Darby Street", "", "Cooks Hill", "NSW", "AU", "2300"),
    "kai": ("Kai", "Robinson", "kai.robinson@example.co.nz", "+64 21 455 8830",
            "40 Ponsonby Road", "", "Auckland", "AUK", "NZ", "1011"),
    "sienna": ("Sienna", "Moore", "sienna.moore@example.com", "+61 421 117 604",
               "3 Bells Boulevard", "", "Torquay", "VIC", "AU", "3228"),
    "daniel": ("Daniel", "Kim", "dan.kim@example.com", "+61 403 882 451", "210 Church Street",
               "", "Parramatta", "NSW", "AU", "2150"),
    "ava": ("Ava", "Johnson", "ava.j@example.com", "", "", "", "", "", "", ""),
}

GUESTS = {
    "tom": ("Tom", "Baxter", "tom.baxter@example.com", "+61 400 123 877", "61 Swan Street", "",
            "Richmond", "VIC", "AU", "3121"),
    "priya": ("Priya", "Sharma", "priya.sharma@example.net", "+61 416 220 395",
              "15 Whitehorse Road", "", "Box Hill", "VIC", "AU", "3128"),
    "sam": ("Sam", "Okafor", "sam.okafor@example.com", "+61 432 771 064", "27 Crown Street", "",
            "Wollongong", "NSW", "AU", "2500"),
    "ellie": ("Ellie", "Watts", "ellie.watts@example.org", "+61 418 905 332",
              "102 Sturt Street", "", "Ballarat Central", "VIC", "AU", "3350"),
    "marcus": ("Marcus", "Lee", "marcus.lee@example.com", "+61 427 338 190", "9 Flinders Street",
               "", "Townsville City", "QLD", "AU", "4810"),
}

PROVINCES = {"VIC": "Victoria", "NSW": "New South Wales", "WA": "Western Australia",
             "QLD": "Queensland", "SA": "South Australia", "ACT": "Australian Capital Territory",
             "TAS": "Tasmania", "NT": "Northern Territory", "AUK": "Auckland"}
COUNTRIES = {"AU": "Australia", "NZ": "New Zealand"}

STD, EXP, STK, INTL, PICK = (policy.METHOD_STANDARD, policy.METHOD_EXPRESS,
                             policy.METHOD_STARTRACK, policy.METHOD_INTL, policy.METHOD_PICKUP)


def O(num, who, day, items, method, fin="paid", ful="fulfilled", cancelled=None, refund=None,
      pay="Shopify Payments", code=None, shipped=(), note=""):
    """items: (handle, (option values...), qty). shipped: indexes of fulfilled items (partial)."""
    return dict(num=num, who=who, day=day, items=items, method=method, fin=fin, ful=ful,
                cancelled=cancelled, refund=refund, pay=pay, code=code, shipped=shipped,
                note=note)


ORDERS = [
    O(1187, "liam", "2026-08-04", [("bluestone-street-complete", ('8.0"',), 1),
                                   ("crashpad-certified-helmet", ("S/M (54-57cm)", "Matte Black"), 1)],
      STD),
    O(1188, "chloe", "2026-08-09", [("flinders-pro-deck", ('8.25"', "Medium"), 1),
                                    ("gritline-black-griptape", ('9" x 33"',), 1)], STD),
    O(1189, "jack", "2026-08-15", [("merri-drop-through-longboard", ('41"', "Orange"), 1)], STK,
      fin="refunded", ful="restocked", refund="all"),
    O(1190, "mia", "2026-08-21", [("kerb-vulc-pro-skate-shoe", ("9", "Black/White"), 1),
                                  ("curb-wax", ("Coconut",), 1)], STD),
    O(1191, "tom", "2026-08-26", [("bluestone-logo-deck", ('8.25"',), 1),
                                  ("forge-stage-2-trucks", ("144mm", "Raw"), 1),
                                  ("bluestone-street-wheels", ("53mm", "99A"), 1),
                                  ("bluestone-speed-bearings-abec-7", ("Set of 8",), 1)], PICK),
    O(1192, "ethan", "2026-09-02", [("swell-31-surfskate-complete", (), 1)], EXP),
    O(1193, "zoe", "2026-09-06", [("grom-mini-complete", ("Pink Fade",), 1),
                                  ("crashpad-kids-helmet", ("XS (51-54cm)", "Pink"), 1),
                                  ("crashpad-junior-3-pack-pad-set", ("S",), 1)], STD,
      fin="partially_refunded", refund=("crashpad-kids-helmet",)),
    O(1194, "noah", "2026-09-10", [("forge-hollow-light-trucks", ("149mm",), 1),
                                   ("forge-bushings-pack", ("Medium (92A)",), 1)], STD),
    O(1195, "ruby", "2026-09-13", [("bluestone-gift-card", ("$100.00",), 1)], None),
    O(1196, "oliver", "2026-09-18", [("yarra-27-cruiser-complete", ("Seafoam",), 1)], STD),
    O(1197, "isla", "2026-09-22", [("crashpad-certified-helmet", ("L/XL (57-60cm)", "Matte Black"), 1),
                                   ("crashpad-pro-knee-pads", ("L",), 1),
                                   ("crashpad-wrist-guards", ("L",), 1)], STK),
    O(1198, "liam", "2026-09-27", [("bluestone-street-wheels", ("54mm", "99A"), 1),
                                   ("bluestone-speed-bearings-abec-7",
                                    ("Set of 8 + spacers & washers",), 1)], STD),
    O(1199, "priya", "2026-10-01", [("kerb-canvas-slip-on-shoe", ("8", "Checker"), 1)], STD),
    O(1200, "lucas", "2026-10-05", [("coping-killer-old-school-deck", (), 1),
                                    ("forge-stage-2-trucks", ("159mm", "Raw"), 1),
                                    ("slick-cruiser-wheels", ("60mm", "White"), 1)], EXP),
    O(1201, "harper", "2026-10-09", [("blank-maple-deck", ('8.0"', "Gripped"), 2),
                                     ("mounting-hardware", ('7/8"', "Phillips"), 2)], STD,
      code=policy.ORDER_DISCOUNT_CODE),
    O(1202, "kai", "2026-10-12", [("bluestone-logo-tee", ("M", "Black"), 1),
                                  ("bluestone-skate-tool", (), 1)], INTL),
    O(1203, "sienna", "2026-10-15", [("merri-drop-through-longboard", ('38"', "Orange"), 1)], STK),
    O(1204, "daniel", "2026-10-18", [("kerb-suede-cupsole-shoe", ("US 10 / AU 9",), 1)], STD),
    O(1205, "chloe", "2026-10-21", [("ridgeway-swiss-ceramic-bearings", (), 1),
                                    ("grip-gum-cleaner", (), 1)], STD),
    O(1206, "jack", "2026-10-24", [("slick-slide-wheels-70mm", ("80A",), 1),
                                   ("carve-180mm-reverse-kingpin-trucks", ("180mm", "50°"), 1)], STK),
    O(1207, "sam", "2026-11-27", [("bluestone-street-complete", ('7.75"',), 1)], STD,
      fin="pending", ful="unfulfilled", pay="Bank Deposit"),
    O(1208, "mia", "2026-10-29", [("crashpad-wrist-guards", ("S",), 1)], STD, fin="voided",
      ful="unfulfilled", cancelled="2026-10-30", pay="Afterpay"),
    O(1209, "ethan", "2026-11-01", [("bluestone-conical-park-wheels", (), 1),
                                    ("riser-pads", ('1/8"',), 1)], STD),
    O(1210, "zoe", "2026-11-03", [("kerb-vulc-pro-skate-shoe", ("7", "Navy/Gum"), 1)], STD,
      fin="refunded", ful="restocked", refund="all"),
    O(1211, "noah", "2026-11-05", [("flinders-team-edition-deck", ('8.25"',), 1)], STD,
      ful="unfulfilled"),
    O(1212, "oliver", "2026-11-08", [("bluestone-cuff-beanie", ("Mustard",), 1),
                                     ("bluestone-logo-tee", ("L", "White"), 1)], STD,
      fin="refunded", ful="unfulfilled", cancelled="2026-11-09", refund="all"),
    O(1213, "lucas", "2026-11-10", [("bearing-cleaning-kit", (), 1),
                                    ("kingpin-nut-replacement-kit", (), 1)], STD),
    O(1214, "ellie", "2026-11-12", [("crashpad-certified-helmet", ("XS/S (51-54cm)", "Sky Blue"), 1)],
      STD),
    O(1215, "harper", "2026-11-16", [("forge-low-trucks", ("139mm",), 1),
                                     ("bluestone-street-wheels", ("52mm", "99A"), 1)], STD,
      ful="partial", shipped=(0,)),
    O(1216, "isla", "2026-11-18", [("bluestone-gift-card", ("$50.00",), 1),
                                   ("curb-wax", ("Unscented",), 1)], STD),
    O(1217, "daniel", "2026-11-20", [("yarra-27-cruiser-complete", ("Midnight",), 1),
                                     ("crashpad-certified-helmet", ("S/M (54-57cm)", "Gloss White"), 1)],
      EXP, fin="partially_refunded", refund=20.00),
    O(1218, "kai", "2026-11-29", [("slick-cruiser-wheels", ("65mm", "Clear Blue"), 1)], INTL,
      fin="authorized", ful="unfulfilled", pay="PayPal Express Checkout"),
    O(1219, "liam", "2026-11-30", [("flinders-pro-deck", ('8.5"', "Medium"), 1),
                                   ("gritline-clear-griptape", (), 1),
                                   ("riser-pads", ('1/4"',), 1)], STD, ful="unfulfilled"),
    O(1220, "sienna", "2026-11-22", [("bluestone-skate-backpack", (), 1)], EXP),
    O(1221, "marcus", "2026-11-28", [("forge-stage-2-trucks", ("149mm", "Black"), 1),
                                     ("forge-bushings-pack", ("Hard (96A)",), 1)], STD,
      ful="unfulfilled", pay="Afterpay"),
    O(1222, "chloe", "2026-11-24", [("grom-mini-complete", ("Black",), 1),
                                    ("crashpad-kids-helmet", ("XXS (48-51cm)", "Green"), 1)], STD,
      ful="partial", shipped=(0,)),
    O(1223, "ruby", "2026-11-30", [("kerb-canvas-slip-on-shoe", ("6", "Black"), 1)], STD,
      fin="pending", ful="unfulfilled", pay="Bank Deposit"),
    O(1224, "jack", "2026-11-25", [("bluestone-logo-deck", ('8.5"',), 1),
                                   ("forge-hollow-light-trucks", ("149mm",), 1)], EXP),
]


def person(key):
    return CUSTOMERS.get(key) or GUESTS[key]


def is_guest(key):
    return key in GUESTS


def aest_offset(day):
    """Melbourne time: AEDT (+11:00) from the first Sunday of October 2026 (Oct 4)."""
    return timedelta(hours=11) if day >= "2026-10-04" else timedelta(hours=10)


def stamp(dt):
    """Shopify's export time: '2026-08-04 14:22:10 +1000'."""
    off = dt.utcoffset()
    hours = int(off.total_seconds() // 3600)
    return dt.strftime("%Y-%m-%d %H:%M:%S") + f" {'+' if hours >= 0 else '-'}{abs(hours):02d}00"


def local(day, hour, minute, second):
    tz = timezone(aest_offset(day))
    y, m, d = map(int, day.split("-"))
    return datetime(y, m, d, hour, minute, second, tzinfo=tz)


def line_name(handle, values):
    p = BY_HANDLE[handle]
    v = variant(handle, *values)
    if v["values"] == ["Default Title"]:
        return p["title"]
    return p["title"] + " - " + " / ".join(v["values"])


def build_orders():
    """Each order with its money, times and lines resolved; RNG use is in a fixed order."""
    out = []
    for o in ORDERS:
        lines = []
        for i, (handle, values, qty) in enumerate(o["items"]):
            v = variant(handle, *values)
            p = BY_HANDLE[handle]
            if o["ful"] == "fulfilled":
                lstat = "fulfilled"
            elif o["ful"] == "restocked":
                lstat = "restocked"
            elif o["ful"] == "partial":
                lstat = "fulfilled" if i in o["shipped"] else "pending"
            else:
                lstat = "pending"
            lines.append(dict(handle=handle, name=line_name(handle, values), qty=qty,
                              price=v["price"], compare=v["compare_at"], sku=v["sku"].lstrip("'"),
                              ships=p["ships"], vendor=p["vendor"], status=lstat,
                              gift=p["gift_card"]))
        items_total = round(sum(x["price"] * x["qty"] for x in lines), 2)
        discount = 0.0
        if o["code"]:
            discount = round(items_total * policy.ORDER_DISCOUNT_PCT / 100, 2)
        subtotal = round(items_total - discount, 2)
        oversize = any(x["handle"] in policy.OVERSIZE_HANDLES for x in lines)
        shipping = policy.shipping_cost(o["method"], subtotal, oversize)
        total = round(subtotal + shipping, 2)
        intl = o["method"] == INTL
        taxes = 0.0 if intl else round(total / 11, 2)
        if o["refund"] == "all":
            refunded = total
        elif isinstance(o["refund"], tuple):
            refunded = round(sum(x["price"] * x["qty"] for x in lines
                                 if x["handle"] in o["refund"]), 2)
        else:
            refunded = o["refund"] or 0.0
        created = local(o["day"], RNG.randint(8, 21), RNG.randint(0, 59), RNG.randint(0, 59))
        paid = None
        if o["fin"] in ("paid", "partially_refunded", "refunded"):
            paid = created + timedelta(seconds=RNG.randint(2, 40))
        fulfilled = None
        if o["ful"] in ("fulfilled", "restocked", "partial"):
            d = created + timedelta(days=RNG.randint(1, 2), hours=RNG.randint(1, 5))
            fulfilled = d.astimezone(timezone(aest_offset(d.strftime("%Y-%m-%d"))))
        cancelled = None
        if o["cancelled"]:
            cancelled = local(o["cancelled"], RNG.randint(9, 17), RNG.randint(0, 59),
                              RNG.randint(0, 59))
        out.append(dict(o, lines=lines, items_total=items_total, discount=discount,
                        subtotal=subtotal, shipping=shipping, total=total, taxes=taxes,
                        refunded=refunded, created=created, paid=paid, fulfilled=fulfilled,
                        cancelled_at=cancelled, intl=intl, oversize=oversize,
                        id=5812004000000 + RNG.randint(100000, 999999) * 10 + o["num"] % 10,
                        name=f"#{o['num']}"))
    return out


ORDER_DATA = build_orders()
BY_NUM = {o["num"]: o for o in ORDER_DATA}


def orders_of(key):
    return [o for o in ORDER_DATA if o["who"] == key]


def latest_order(key):
    return max(orders_of(key), key=lambda o: o["created"])
