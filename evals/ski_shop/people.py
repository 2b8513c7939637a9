"""Customers and orders: the Shopify customers CSV export and orders CSV export."""

import csv

import policy as P
from policy import plain

# id, first, last, email, phone, address1, address2, city, province, country, zip, marketing, tags
CUSTOMERS = [
    ("7301845022771", "Hannah", "Lindqvist", "hannah.lindqvist@example.com", "+13035550117",
     "1450 Larkspur Ln", "", "Denver", "CO", "US", "80206", "yes", "season-pass"),
    ("7301845055539", "Marcus", "Oyelaran", "marcus.oyelaran@example.net", "+15125550148",
     "2207 Cedar Bend Dr", "Apt 4", "Austin", "TX", "US", "78704", "no", ""),
    ("7301845088307", "Priya", "Raghunathan", "priya.r@example.org", "+13035550163",
     "918 Juniper Ave", "", "Boulder", "CO", "US", "80302", "yes", "family"),
    ("7301845121075", "Tom", "Castellano", "tcastellano@example.com", "+13125550190",
     "3321 N Halsted St", "Unit 2F", "Chicago", "IL", "US", "60657", "no", ""),
    ("7301845153843", "Keiko", "Tanabe", "keiko.tanabe@example.com", "+12065550122",
     "4410 Fremont Ave N", "", "Seattle", "WA", "US", "98103", "yes", ""),
    ("7301845186611", "Dylan", "Moreau", "dylan.moreau@example.ca", "+16045550171",
     "2876 W 4th Ave", "", "Vancouver", "BC", "CA", "V6K 1R2", "no", "canada"),
    ("7301845219379", "Rachel", "Abernathy", "rachel.abernathy@example.com", "+18015550136",
     "655 E 3rd Ave", "", "Salt Lake City", "UT", "US", "84103", "yes", "season-pass"),
    ("7301845252147", "Sam", "Whitfield", "sam.whitfield@example.net", "+19705550184",
     "87 Wellington Rd", "", "Breckenridge", "CO", "US", "80424", "yes", "local"),
    ("7301845284915", "Elena", "Vasquez", "elena.vasquez@example.com", "+15055550119",
     "1207 Canyon Rd", "", "Santa Fe", "NM", "US", "87501", "no", ""),
    ("7301845317683", "Jordan", "Pike", "jordan.pike@example.org", "+16175550157",
     "48 Marlborough St", "Apt 3", "Boston", "MA", "US", "02116", "no", ""),
    ("7301845350451", "Mei", "Chen", "mei.chen@example.com", "+14155550142",
     "3150 22nd St", "", "San Francisco", "CA", "US", "94110", "yes", ""),
    ("7301845383219", "Aaron", "Blackwood", "aaron.blackwood@example.net", "+16125550103",
     "2719 Lyndale Ave S", "", "Minneapolis", "MN", "US", "55408", "no", ""),
    ("7301845415987", "Claire", "Dubois", "claire.dubois@example.ca", "+14035550188",
     "1024 Kensington Rd NW", "", "Calgary", "AB", "CA", "T2N 3P5", "yes", "canada"),
    ("7301845448755", "Nate", "Holloway", "nate.holloway@example.com", "+14065550127",
     "612 S Willson Ave", "", "Bozeman", "MT", "US", "59715", "no", ""),
    ("7301845481523", "Fiona", "Reddick", "fiona.reddick@example.com", "+15035550164",
     "2231 SE Belmont St", "", "Portland", "OR", "US", "97214", "yes", "newsletter"),
]
# guests: an email on the order and no customer record
GUESTS = [
    ("Ben", "Kowalski", "ben.kowalski@example.net", "+19705550112", "410 Granite St", "",
     "Frisco", "CO", "US", "80443"),
    ("Lucia", "Ferraro", "lucia.ferraro@example.com", "+16025550175", "1801 N 7th St", "",
     "Phoenix", "AZ", "US", "85006"),
    ("Owen", "McBride", "owen.mcbride@example.org", "+18025550131", "95 Church St", "",
     "Burlington", "VT", "US", "05401"),
    ("Tasha", "Greene", "tasha.greene@example.com", "+14045550199", "771 Moreland Ave SE", "",
     "Atlanta", "GA", "US", "30316"),
    ("Raj", "Patel", "raj.patel.ski@example.net", "+14165550150", "350 Spadina Ave", "Suite 1207",
     "Toronto", "ON", "CA", "M5T 2G4"),
]
PROVINCES = {"CO": "Colorado", "TX": "Texas", "IL": "Illinois", "WA": "Washington",
             "BC": "British Columbia", "UT": "Utah", "NM": "New Mexico", "MA": "Massachusetts",
             "CA": "California", "MN": "Minnesota", "AB": "Alberta", "MT": "Montana",
             "OR": "Oregon", "AZ": "Arizona", "VT": "Vermont", "GA": "Georgia", "ON": "Ontario"}

# number, who (customer index or "g<n>"), created (2026-MM-DD HH:MM:SS), items, financial,
# fulfillment, method key, options
#   items: (handle, option values, quantity)
#   options: ship (days to fulfil), shipped (line indexes fulfilled in a partial order),
#            cancel (cancelled on the day), refund ("full" or "return:<line>"), code, pay
ORDERS = [
    (3101, 0, "09-18 10:14:22", [("alpenglow-ridge-88", ("179 cm",), 1),
                                 ("pivot-axis-13-gw", ("100 mm",), 1),
                                 ("binding-mount-adjust", ("Alpine",), 1)],
     "paid", "fulfilled", "ground", {"ship": 2}),
    (3102, 1, "09-22 19:40:05", [("northline-haven-boa-boot", ("10",), 1),
                                 ("drift-flux-snowboard-binding", ("L", "Black"), 1)],
     "paid", "fulfilled", "ground", {"ship": 1}),
    (3103, 2, "09-25 12:02:51", [("halo-mips-helmet", ("M", "Glacier White"), 1),
                                 ("crestline-vista-goggle", ("Teal", "Sun Mirror (VLT 12%)"), 1)],
     "paid", "fulfilled", "pickup", {"ship": 0}),
    (3104, 3, "09-29 08:31:47", [("tecnova-apex-120-mens", ("27.5",), 1)],
     "refunded", "restocked", "ground", {"ship": 1, "refund": "full"}),
    (3105, 4, "10-02 21:15:09", [("drift-switchback-snowboard", ("158 cm", "Wide"), 1),
                                 ("alpine-merino-ski-sock", ("M", "Medium"), 2)],
     "paid", "fulfilled", "fedex", {"ship": 1}),
    (3106, 5, "10-05 16:48:30", [("vantage-powder-hound-108", ("184 cm",), 1),
                                 ("kestrel-carbon-pole", ("125 cm",), 1)],
     "paid", "fulfilled", "canada", {"ship": 2}),
    (3107, 6, "10-09 07:55:13", [("merino-250-base-layer-top", ("M",), 1),
                                 ("alpine-merino-ski-sock", ("S", "Ultralight"), 1)],
     "paid", "fulfilled", "usps", {"ship": 1}),
    (3108, 0, "10-14 11:20:40", [("adult-season-ski-rental", ("Sport (skis, boots, poles)",), 1)],
     "paid", "fulfilled", "pickup", {"ship": 3}),
    (3109, 7, "10-16 09:05:18", [("ski-snowboard-tune-up", ("Full Tune",), 1),
                                 ("all-temp-hot-wax", ("Universal (5 to 32°F)",), 1)],
     "paid", "fulfilled", "pickup", {"ship": 1}),
    (3110, "g0", "10-18 14:37:26", [("beacon-pro-3-transceiver", (), 1),
                                    ("snowbound-avalanche-probe", ("280 cm",), 1)],
     "paid", "fulfilled", "ground", {"ship": 1}),
    (3111, 8, "10-21 18:12:55", [("alpenglow-luna-84-womens", ("156 cm",), 1),
                                 ("tecnova-apex-100-w", ("24.5",), 1)],
     "partially_refunded", "fulfilled", "ground", {"ship": 1, "refund": "return:1"}),
    (3112, 9, "10-24 13:44:02", [("crestline-pro-mips-helmet", ("L",), 1),
                                 ("crestline-magna-otg-goggle", ("Black", "Amber (VLT 38%)"), 1)],
     "paid", "fulfilled", "ground", {"ship": 2}),
    (3113, 10, "10-27 22:03:37", [("drift-lumen-womens-snowboard", ("146 cm",), 1),
                                  ("northline-echo-womens-boot", ("7.5",), 1)],
     "voided", "unfulfilled", "ground", {"cancel": True}),
    (3114, 11, "10-30 10:26:11", [("alpenglow-ridge-96", ("180 cm",), 1),
                                  ("pivot-axis-16-pro", ("95 mm",), 1)],
     "paid", "fulfilled", "ground", {"ship": 1, "code": ("FIRSTCHAIR10", 10)}),
    (3115, 1, "11-02 17:09:44", [("summit-edge-gift-card", ("$100",), 1)],
     "paid", "fulfilled", None, {"ship": 0}),
    (3116, 12, "11-04 15:51:29", [("drift-grom-kids-snowboard", ("120 cm",), 1),
                                  ("halo-junior-helmet", ("Youth M", "Pink"), 1),
                                  ("halo-kids-goggle", ("Pink",), 1)],
     "paid", "fulfilled", "canada", {"ship": 2}),
    (3117, "g1", "11-06 09:33:08", [("cirque-down-mitten", ("M",), 1),
                                    ("hearth-leather-gauntlet-glove", ("L",), 1)],
     "paid", "fulfilled", "usps", {"ship": 1}),
    (3118, 13, "11-08 12:18:50", [("fjell-freeride-130-gw", ("27.5", "Medium 100 mm"), 1),
                                  ("kestrel-carbon-pole", ("125 cm",), 1)],
     "paid", "partial", "ground", {"ship": 1, "shipped": [1]}),
    (3119, 2, "11-10 16:40:12", [("junior-season-ski-rental", ("Ages 8-12",), 2)],
     "paid", "fulfilled", "pickup", {"ship": 4}),
    (3120, 3, "11-12 20:57:33", [("vantage-skintrack-98", ("178 cm",), 1),
                                 ("pivot-trek-12-touring", ("M (295-335 mm BSL)",), 1)],
     "paid", "fulfilled", "fedex", {"ship": 1}),
    (3121, 4, "11-13 08:14:26", [("all-temp-hot-wax", ("Cold (below 14°F)",), 3),
                                 ("home-tune-kit", (), 1)],
     "refunded", "unfulfilled", "ground", {"cancel": True, "refund": "full"}),
    (3122, "g2", "11-15 11:02:39", [("crestline-vista-goggle", ("White", "Photochromic (VLT 18-52%)"), 1),
                                    ("crestline-vista-replacement-lens", ("Low Light Persimmon (VLT 45%)",), 1)],
     "pending", "unfulfilled", "ground", {"pay": "Bank Deposit"}),
    (3123, 6, "11-17 19:26:04", [("kestrel-carve-pro-74", ("167 cm",), 1)],
     "paid", "fulfilled", "ground", {"ship": 2}),
    (3124, 8, "11-19 10:48:57", [("alpine-merino-ski-sock", ("M", "Ultralight"), 3)],
     "authorized", "unfulfilled", "usps", {}),
    (3125, 9, "11-20 14:13:21", [("halo-mips-helmet", ("S", "Alpine Red"), 1)],
     "paid", "fulfilled", "usps", {"ship": 1}),
    (3126, 10, "11-21 09:57:45", [("snowbound-avalanche-probe", ("240 cm",), 1),
                                  ("beacon-pro-3-transceiver", (), 1)],
     "paid", "fulfilled", "ground", {"ship": 1}),
    (3127, "g3", "11-22 13:29:16", [("kestrel-aluminum-pole", ("115 cm",), 1),
                                    ("alpine-merino-ski-sock", ("L", "Medium"), 2)],
     "paid", "fulfilled", "ground", {"ship": 2}),
    (3128, 11, "11-23 17:44:38", [("ski-snowboard-tune-up", ("Basic Tune",), 2)],
     "paid", "unfulfilled", "pickup", {}),
    (3129, 0, "11-24 10:06:52", [("tecnova-apex-100-w", ("25.0",), 1),
                                 ("custom-boot-fitting", ("Custom Footbeds",), 1)],
     "paid", "fulfilled", "pickup", {"ship": 1}),
    (3130, 5, "11-25 15:35:27", [("drift-flux-snowboard-binding", ("M", "White"), 1)],
     "refunded", "unfulfilled", "canada", {"cancel": True, "refund": "full"}),
    (3131, 7, "11-26 08:50:03", [("vantage-powder-hound-108", ("176 cm",), 1),
                                 ("pivot-axis-13-gw", ("110 mm",), 1),
                                 ("binding-mount-adjust", ("Alpine",), 1)],
     "paid", "unfulfilled", "pickup", {}),
    (3132, "g4", "11-27 20:11:48", [("merino-250-base-layer-top", ("L",), 1),
                                    ("cirque-down-mitten", ("L",), 1)],
     "paid", "fulfilled", "canada", {"ship": 2}),
    (3133, 1, "11-28 12:24:35", [("northline-pow-skate", ("156 cm",), 1)],
     "paid", "fulfilled", "fedex", {"ship": 1}),
    (3134, 2, "11-30 09:41:19", [("halo-junior-helmet", ("Youth S", "Blue"), 1),
                                 ("halo-kids-goggle", ("Blue",), 1)],
     "paid", "fulfilled", "usps", {"ship": 1}),
    (3135, 13, "12-01 18:03:44", [("northline-haven-boa-boot", ("11",), 1),
                                  ("drift-flux-snowboard-binding", ("L", "White"), 1)],
     "paid", "unfulfilled", "ground", {}),
    (3136, 3, "12-02 09:15:30", [("summit-edge-gift-card", ("$250",), 1)],
     "paid", "fulfilled", None, {"ship": 0}),
    (3137, 4, "12-02 21:48:06", [("crestline-vista-goggle", ("Teal", "Photochromic (VLT 18-52%)"), 1)],
     "pending", "unfulfilled", "usps", {"pay": "Money Order"}),
    (3138, 6, "12-03 07:22:58", [("alpenglow-ridge-96", ("188 cm",), 1),
                                 ("kestrel-carbon-pole", ("120 cm",), 1)],
     "paid", "unfulfilled", "ground", {}),
]


def stamp(mmdd_time, plus_days=0, hour=None):
    """2026-MM-DD HH:MM:SS -0600 (MDT) or -0700 (MST from November 1)."""
    md, t = mmdd_time.split(" ")
    m, d = (int(x) for x in md.split("-"))
    d += plus_days
    days = {9: 30, 10: 31, 11: 30, 12: 31}
    while d > days[m]:
        d -= days[m]
        m += 1
    if hour is not None:
        t = f"{hour:02d}:{t[3:]}"
    off = "-0700" if m >= 11 else "-0600"
    return f"2026-{m:02d}-{d:02d} {t} {off}"


def tax(base, pct):
    num = int(round(float(pct) * 1000))
    return (base * num + 50000) // 100000


class Order:
    pass


def person(who):
    if isinstance(who, str):
        g = GUESTS[int(who[1:])]
        return {"first": g[0], "last": g[1], "email": g[2], "phone": g[3], "address1": g[4],
                "address2": g[5], "city": g[6], "province": g[7], "country": g[8], "zip": g[9],
                "guest": True, "marketing": "no"}
    c = CUSTOMERS[who]
    return {"id": c[0], "first": c[1], "last": c[2], "email": c[3], "phone": c[4],
            "address1": c[5], "address2": c[6], "city": c[7], "province": c[8], "country": c[9],
            "zip": c[10], "guest": False, "marketing": c[11]}


def build_orders(catalog):
    out = []
    for num, who, created, items, fin, ful, method, opt in ORDERS:
        o = Order()
        o.number, o.name, o.who, o.fin, o.ful, o.method = num, f"#{num}", who, fin, ful, method
        o.person = person(who)
        o.created = stamp(created)
        o.lines = []
        for handle, values, qty in items:
            v = catalog[handle].variant(*values)
            o.lines.append((v, qty))
        gross = sum(v.price * q for v, q in o.lines)
        code = opt.get("code")
        o.discount_code = code[0] if code else ""
        o.discount = (gross * code[1] + 50) // 100 if code else 0
        o.subtotal = gross - o.discount
        taxable = sum(v.price * q for v, q in o.lines if v.product.taxable)
        taxable -= (taxable * (code[1] if code else 0) + 50) // 100
        prov = o.person["province"]
        o.tax_pct = P.STATE_TAX[prov]
        o.taxes = tax(taxable, o.tax_pct)
        o.shipping = shipping_cost(o, prov)
        o.total = o.subtotal + o.shipping + o.taxes
        o.carrier = P.CARRIER.get(method) if method else None
        o.method_name = P.METHODS[method] if method else ""
        o.cancelled_at = stamp(created, 0, 23) if opt.get("cancel") else ""
        refund = opt.get("refund")
        if refund == "full":
            o.refunded = o.total
        elif refund:
            v, q = o.lines[int(refund.split(":")[1])]
            base = v.price * q
            o.refunded = base + tax(base, o.tax_pct) - P.RETURN_LABEL
        else:
            o.refunded = 0
        o.fulfilled_at = stamp(created, opt["ship"], 14) if "ship" in opt and ful != "unfulfilled" else ""
        o.shipped = opt.get("shipped", list(range(len(o.lines))) if o.fulfilled_at else [])
        o.pay = opt.get("pay", "Shopify Payments")
        o.paid_at = "" if fin in ("pending", "authorized", "voided") else stamp(created)
        out.append(o)
    return out


def shipping_cost(o, prov):
    m = o.method
    if m in (None, "pickup"):
        return 0
    big = any(v.product.ptype in ("Skis", "Snowboards") for v, _ in o.lines)
    extra = P.OVERSIZE if big else 0
    if m == "ground":
        base = 0 if o.subtotal >= P.FREE_THRESHOLD else (P.CO_GROUND if prov == "CO" else P.US_GROUND)
        return base + extra
    return {"usps": P.USPS_SMALL, "fedex": P.FEDEX_2DAY, "canada": P.CANADA}[m] + extra


ORDER_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
    "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
    "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
    "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level",
    "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value",
    "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value",
    "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name",
    "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]


def street(p):
    return p["address1"] + (", " + p["address2"] if p["address2"] else "")


def order_rows(o):
    p = o.person
    rows = []
    for i, (v, q) in enumerate(o.lines):
        r = {c: "" for c in ORDER_COLUMNS}
        r.update({"Name": o.name, "Email": p["email"], "Created at": o.created,
                  "Lineitem quantity": str(q), "Lineitem name": v.line_name,
                  "Lineitem price": plain(v.price),
                  "Lineitem compare at price": plain(v.compare) if v.compare else "",
                  "Lineitem sku": v.sku, "Lineitem requires shipping": str(v.product.shipping).lower(),
                  "Lineitem taxable": str(v.product.taxable).lower(),
                  "Lineitem fulfillment status": ("fulfilled" if i in o.shipped else "pending"),
                  "Lineitem discount": "0.00", "Vendor": v.product.vendor})
        if o.ful == "restocked":
            r["Lineitem fulfillment status"] = "restocked"
        if i == 0:
            name = f"{p['first']} {p['last']}"
            ship_to = o.method not in (None, "pickup")
            ref = f"c{29873000000 + o.number * 1117}.1"
            r.update({
                "Financial Status": o.fin, "Paid at": o.paid_at, "Fulfillment Status": o.ful,
                "Fulfilled at": o.fulfilled_at, "Accepts Marketing": p["marketing"],
                "Currency": P.CURRENCY, "Subtotal": plain(o.subtotal),
                "Shipping": plain(o.shipping), "Taxes": plain(o.taxes), "Total": plain(o.total),
                "Discount Code": o.discount_code,
                "Discount Amount": plain(o.discount) if o.discount_code else "0.00",
                "Shipping Method": o.method_name, "Billing Name": name, "Billing Street": street(p),
                "Billing Address1": p["address1"], "Billing Address2": p["address2"],
                "Billing City": p["city"], "Billing Zip": "'" + p["zip"],
                "Billing Province": p["province"], "Billing Country": p["country"],
                "Billing Phone": p["phone"], "Cancelled at": o.cancelled_at,
                "Payment Method": o.pay, "Payment Reference": ref if o.pay == "Shopify Payments" else "",
                "Refunded Amount": plain(o.refunded),
                "Outstanding Balance": plain(o.total) if o.fin in ("pending", "authorized") else "0.00",
                "Location": "Summit Edge - Main St" if o.method == "pickup" else "",
                "Id": str(5630112000000 + o.number * 37), "Risk Level": "Low", "Source": "web",
                "Phone": p["phone"] if o.number % 3 == 0 else "",
                "Billing Province Name": PROVINCES[p["province"]],
                "Payment ID": ref if o.pay == "Shopify Payments" else "",
                "Payment References": ref if o.pay == "Shopify Payments" else "",
            })
            if ship_to:
                r.update({"Shipping Name": name, "Shipping Street": street(p),
                          "Shipping Address1": p["address1"], "Shipping Address2": p["address2"],
                          "Shipping City": p["city"], "Shipping Zip": "'" + p["zip"],
                          "Shipping Province": p["province"], "Shipping Country": p["country"],
                          "Shipping Phone": p["phone"],
                          "Shipping Province Name": PROVINCES[p["province"]]})
            if o.taxes:
                r["Tax 1 Name"] = f"{P.STATE_TAX_NAME[p['province']]} {o.tax_pct}%"
                r["Tax 1 Value"] = plain(o.taxes)
            if o.number == 3118:
                r["Notes"] = "Boots on backorder from Fjell - poles shipped first"
            if o.method == "pickup":
                r["Note Attributes"] = "Pickup date: " + stamp(o.created[5:19], 1)[:10]
        rows.append(r)
    return rows


def write_orders_csv(path, orders):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=ORDER_COLUMNS, lineterminator="\n")
        w.writeheader()
        for o in sorted(orders, key=lambda o: -o.number):      # newest first, as exported
            for r in order_rows(o):
                w.writerow(r)


CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]


def spent(o):
    if o.fin in ("pending", "authorized", "voided"):
        return 0
    return o.total - o.refunded


def write_customers_csv(path, orders):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CUSTOMER_COLUMNS, lineterminator="\n")
        w.writeheader()
        for i, c in enumerate(CUSTOMERS):
            mine = [o for o in orders if o.who == i]
            w.writerow({
                "Customer ID": "'" + c[0], "First Name": c[1], "Last Name": c[2], "Email": c[3],
                "Accepts Email Marketing": c[11], "Default Address Company": "",
                "Default Address Address1": c[5], "Default Address Address2": c[6],
                "Default Address City": c[7], "Default Address Province Code": c[8],
                "Default Address Country Code": c[9], "Default Address Zip": "'" + c[10],
                "Default Address Phone": "'" + c[4], "Phone": "'" + c[4] if i % 2 == 0 else "",
                "Accepts SMS Marketing": "no", "Total Spent": plain(sum(spent(o) for o in mine)),
                "Total Orders": str(len(mine)), "Note": "", "Tax Exempt": "no", "Tags": c[12],
            })
