"""Orders as the shop took them, written as the WebToffee "Order Export & Order Import for
WooCommerce" default CSV (one row per order, items packed in line_item_N cells, refunds in
refund_items, Shipment Tracking's `_wc_shipment_tracking_items` meta as JSON), and the customers as
WebToffee's "Import Export WordPress Users and WooCommerce Customers" users CSV."""
import json
from datetime import datetime, timedelta, timezone

import hs_policy as P
from hs_out import guard, money, write_csv
from hs_people import people, staff

# (order id, who, placed, status, [(product key, codes, qty)], method, options)
# options: refunds [(amount, reason, [(item index, amount)])], coupon, note, parcels, custom_carrier, role
ORDERS = [
    (3912, "fiona", "2026-06-18 10:14", "completed", [("glencoe", ("CHA", "M"), 1), ("brush", ("DRK",), 1)], "uk48free", {"role": "fiona_first"}),
    (3925, "callum", "2026-06-24 19:02", "completed", [("harris_cap", ("HH", "58"), 1)], "uk48", {}),
    (3931, "sophie", "2026-07-02 08:47", "completed", [("ecuadorian", ("M",), 1), ("linen_cap", ("SKY", "M"), 1)], "eu", {"role": "sophie_eu"}),
    (3940, "ethan", "2026-07-09 02:31", "completed", [("montecristi", ("L", "B65"), 1)], "world",
     {"note": "Please leave with the building concierge if I'm out.", "role": "ethan_world"}),
    (3948, "harriet", "2026-07-15 12:20", "completed", [("raffia", ("NAT",), 1), ("reversible", ("NS",), 1)], "uk48", {"role": "guest_harriet_1"}),
    (3956, "aisha", "2026-07-22 17:55", "refunded", [("paper_trilby", ("NAV", "SM", "BLA"), 2)], "uk48",
     {"refunds": [(None, "Both hats too small, returned unworn", "items")], "role": "refunded_full"}),
    (3963, "tom", "2026-07-30 21:10", "completed", [("linen_cap", ("STO", "L"), 1), ("waxed_bucket", ("OLI", "LXL"), 1)], "uk48",
     {"refunds": [(24.00, "Linen cap returned unworn", [(0, 24.00)])], "role": "partial_item"}),
    (3971, "hamish", "2026-08-06 11:38", "completed", [("cairngorm", ("BLA", "59"), 1), ("hat_box", ("STA",), 1)], "uk48free",
     {"parcels": 2, "role": "two_parcels"}),
    (3978, "maggie", "2026-08-13 15:05", "completed", [("tam", ("BW",), 1), ("lambswool", ("MUS",), 1)], "eu", {"role": "maggie_eu"}),
    (3986, "priya", "2026-08-20 22:41", "cancelled", [("cashmere_beanie", ("CAM",), 1)], "uk48", {"unpaid": True, "role": "cancelled"}),
    (3994, "ben", "2026-08-27 13:16", "completed", [("donegal", ("OAT", "L"), 1)], "uk24", {"role": "guest_ben"}),
    (4003, "eilidh", "2026-09-03 09:29", "completed", [("waxed_cap", ("OLI", "L"), 1), ("rain_cover", (), 1)], "remote", {"role": "eilidh_first"}),
    (4011, "james", "2026-09-10 20:03", "completed", [("deerstalker", ("L",), 1)], "remote", {}),
    (4019, "lukas", "2026-09-16 07:48", "refunded", [("rannoch", ("BLA", "M"), 1)], "eu",
     {"refunds": [(None, "Parcel refused at customs and returned to us", "all")], "role": "refunded_customs"}),
    (4027, "olivia", "2026-09-22 18:34", "completed", [("kids_cap", ("24",), 1), ("kids_beanie", ("RED", "13"), 1)], "uk48",
     {"note": "It's a birthday present, no receipt in the box please.", "role": "olivia_kids"}),
    (4034, "fiona", "2026-09-29 12:12", "completed", [("care_kit", ("DEL",), 1), ("spray", (), 1)], "uk48", {}),
    (4042, "callum", "2026-10-06 16:20", "failed", [("montecristi", ("M", "B80"), 1)], "uk48free", {"unpaid": True, "role": "failed"}),
    (4049, "callum", "2026-10-06 16:51", "completed", [("ecuadorian", ("L",), 1)], "uk48free", {}),
    (4057, "hamish", "2026-10-13 10:07", "completed", [("montecristi", ("M", "B80"), 1), ("hat_band", ("BUR",), 1)], "dpd", {"role": "hamish_dpd"}),
    (4064, "marta", "2026-10-19 14:44", "completed", [("leith", ("GRE", "SM"), 1), ("brush", ("LGT",), 1)], "eu", {"role": "guest_marta"}),
    (4072, "aisha", "2026-10-26 11:26", "completed", [("merino", ("NAV",), 1), ("cashmere_beanie", ("OAT",), 1)], "uk48free",
     {"refunds": [(28.00, "Watch cap returned, colour not as expected", [(0, 28.00)])], "role": "partial_item_2"}),
    (4080, "ruairidh", "2026-11-02 08:15", "completed", [("fisherman", ("L",), 1), ("waxed_cap", ("NAV", "XL"), 1)], "remote", {"role": "ruairidh"}),
    (4088, "chloe", "2026-11-08 23:37", "cancelled", [("harris_bucket", ("BC", "LXL"), 1)], "uk48", {"unpaid": True, "role": "guest_chloe"}),
    (4095, "priya", "2026-11-12 19:58", "completed", [("morningside", ("TAN", "57"), 1)], "uk48", {"coupon": ("WELCOME10", 0.10), "role": "coupon"}),
    (4103, "fiona", "2026-11-16 09:40", "completed", [("donegal", ("RST", "M"), 1), ("feather", (), 1)], "uk48",
     {"refunds": [(11.00, "Price adjustment: Donegal cap went on sale", [])], "role": "price_adjust"}),
    (4110, "harriet", "2026-11-20 17:03", "completed", [("lambswool", ("HGR",), 2), ("kids_beanie", ("BLU", "48"), 1)], "uk48", {"role": "guest_harriet_2"}),
    (4118, "ethan", "2026-11-22 04:12", "processing", [("harris_cap", ("NB", "59"), 1), ("donegal", ("OAT", "XL"), 1)], "world", {"role": "ethan_processing"}),
    (4126, "maggie", "2026-11-24 10:51", "on-hold", [("cashmere_cap", ("M",), 1)], "eu", {"unpaid": True, "bacs": True, "role": "on_hold"}),
    (4133, "lukas", "2026-11-25 06:30", "completed", [("merino", ("BLA",), 1), ("waxed_bucket", ("TAN", "SM"), 1)], "eu", {"role": "lukas_recent"}),
    (4141, "hamish", "2026-11-26 13:22", "processing", [("kelso", ("L",), 1)], "uk48free", {"role": "preorder"}),
    (4148, "james", "2026-11-27 19:47", "completed", [("glencoe", ("NAV", "L"), 1), ("sizing_tape", (), 1)], "remote", {"role": "james_recent"}),
    (4156, "tom", "2026-11-28 08:58", "processing", [("porkpie", ("GRE", "M"), 1), ("sponge", (), 1)], "uk48free", {"role": "tom_processing"}),
    (4163, "kenji", "2026-11-28 01:19", "completed", [("tam", ("RS",), 1), ("fair_isle", (), 1)], "world",
     {"custom_carrier": True, "role": "guest_kenji"}),
    (4171, "olivia", "2026-11-29 21:33", "pending", [("reversible", ("BG",), 1)], "uk48", {"unpaid": True, "role": "pending"}),
    (4178, "sophie", "2026-11-30 15:26", "processing", [("cashmere_beanie", ("CHA",), 1), ("lambswool", ("NAV",), 1)], "eu", {"role": "sophie_processing"}),
    (4186, "fiona", "2026-11-30 12:05", "processing", [("hat_band", ("NAV",), 1), ("hat_form", (), 1)], "pickup", {"role": "fiona_pickup"}),
    (4193, "eilidh", "2026-12-01 10:36", "processing", [("harris_bucket", ("HH", "SM"), 1), ("brush", ("DRK",), 1)], "remote", {"role": "eilidh_latest"}),
    (4201, "callum", "2026-12-01 08:09", "completed", [("glencoe", ("CHA", "XL"), 1), ("hat_box", ("WID",), 1)], "dpd", {"role": "callum_latest"}),
]

TRACK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _dt(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


class Orders:
    def __init__(self, catalog, rng):
        self.cat = catalog
        self.rng = rng
        self.people = people()
        self.orders = []
        for oid, who, placed, status, items, method, opts in ORDERS:
            self.orders.append(self._build(oid, who, _dt(placed) + timedelta(seconds=(oid * 37) % 60), status, items, method, opts))
        self.by_id = {o["id"]: o for o in self.orders}
        self.by_role = {o["role"]: o for o in self.orders if o["role"]}

    def _tracking(self, carrier):
        r = self.rng
        if carrier == "royal-mail":
            return "%s%s%09dGB" % (r.choice(TRACK_LETTERS), r.choice(TRACK_LETTERS), r.randint(10 ** 8, 10 ** 9 - 1))
        if carrier == "dpd":
            return "15%012d" % r.randint(10 ** 11, 10 ** 12 - 1)
        return "C%s%09dGB" % (r.choice(TRACK_LETTERS), r.randint(10 ** 8, 10 ** 9 - 1))

    def _build(self, oid, who, placed, status, items, method, opts):
        person = self.people[who]
        lines = []
        for key, codes, qty in items:
            v = self.cat.variant(key, *codes)
            unit = float(v["sale"]) if self.cat.on_sale_now(v, placed) else float(v["regular"])
            lines.append({"variant": v, "product": v["parent"], "qty": qty, "unit": unit,
                          "subtotal": unit * qty, "name": self.cat.variation_title(v).replace("&amp;", "&"),
                          "refunded": 0.0})
        subtotal = sum(l["subtotal"] for l in lines)
        discount = 0.0
        coupon = opts.get("coupon")
        if coupon:
            discount = round(subtotal * coupon[1], 2)
            for l in lines:
                l["total"] = round(l["subtotal"] * (1 - coupon[1]), 2)
        else:
            for l in lines:
                l["total"] = l["subtotal"]
        rate_key = "uk48" if method == "uk48free" else method
        ship = 0.0 if method in ("uk48free", "pickup") else P.RATES[rate_key]["cost"]
        total = round(subtotal - discount + ship, 2)
        o = {"id": oid, "who": who, "person": person, "placed": placed, "status": status, "lines": lines,
             "method": method, "ship": ship, "subtotal": subtotal, "discount": discount, "total": total,
             "coupon": coupon, "note": opts.get("note", ""), "role": opts.get("role"),
             "paid": None if opts.get("unpaid") else placed + timedelta(minutes=self.rng.randint(1, 3)),
             "bacs": opts.get("bacs", False), "refunds": [], "shipments": [], "custom_carrier": False}
        shipped = status in ("completed", "refunded")
        if shipped and method != "pickup":
            carrier = P.RATES[rate_key]["carrier"]
            when = placed + timedelta(hours=3)
            if placed.hour >= 14 or placed.weekday() >= 5:
                when = (placed + timedelta(days=1)).replace(hour=10, minute=30)
                while when.weekday() >= 5:
                    when += timedelta(days=1)
            for _ in range(opts.get("parcels", 1)):
                o["shipments"].append({"carrier": carrier, "number": self._tracking(carrier), "shipped": when})
            o["custom_carrier"] = opts.get("custom_carrier", False)
        for amount, reason, alloc in opts.get("refunds", []):
            when = placed + timedelta(days=self.rng.randint(9, 16), hours=self.rng.randint(1, 6))
            if alloc == "items":
                amount = total
                for l in lines:
                    l["refunded"] = l["total"]
            elif alloc == "all":
                amount = total
            else:
                for idx, amt in alloc:
                    lines[idx]["refunded"] = amt
            o["refunds"].append({"amount": amount, "reason": reason, "date": when})
        o["refunded"] = round(sum(r["amount"] for r in o["refunds"]), 2)
        return o

    # ---- questions the suite asks of the data ------------------------------------------------
    def of(self, who):
        return sorted([o for o in self.orders if o["who"] == who], key=lambda o: o["placed"])

    def last_of(self, who):
        return self.of(who)[-1]

    def carrier_name(self, o):
        return P.CARRIER_NAMES[o["shipments"][0]["carrier"]]

    # ---- the orders export ----------------------------------------------------------------------
    HEAD = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total",
            "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount", "discount_total",
            "order_total", "order_subtotal", "order_currency", "payment_method", "payment_method_title",
            "transaction_id", "customer_ip_address", "customer_user_agent", "shipping_method", "customer_id",
            "customer_user", "customer_email", "billing_first_name", "billing_last_name", "billing_company",
            "billing_email", "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode",
            "billing_city", "billing_state", "billing_country", "shipping_first_name", "shipping_last_name",
            "shipping_company", "shipping_phone", "shipping_address_1", "shipping_address_2",
            "shipping_postcode", "shipping_city", "shipping_state", "shipping_country", "customer_note",
            "wt_import_key", "shipping_items", "fee_items", "tax_items", "coupon_items", "refund_items",
            "order_notes", "download_permissions", "meta:_wc_shipment_tracking_items"]

    AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"]

    def _item_cell(self, l):
        v, p = l["variant"], l["product"]
        parts = ["name:" + l["name"], "product_id:%d" % p["id"], "sku:" + v["sku"], "quantity:%d" % l["qty"],
                 "total:" + money(l["total"]), "sub_total:" + money(l["subtotal"])]
        for a, lab in zip([a for a in p.get("attrs", []) if a["variation"]], v["labels"]):
            from hs_catalog import slug
            if a["global"]:
                parts.append("pa_%s:%s" % (slug(a["name"]), slug(lab)))
            else:
                parts.append("%s:%s" % (slug(a["name"]), lab))
        if v["stock"] is not None:
            parts.append("_reduced_stock:%d" % l["qty"])
        if l["refunded"]:
            parts.append("refunded:" + money(l["refunded"]))
        if p["type"] == "variable":
            parts.append("_variation_id:%d" % v["id"])
        return "|".join(parts)

    def _notes(self, o):
        fmt = "%Y-%m-%d %H:%M:%S"
        notes = []
        t = o["placed"] + timedelta(minutes=2)
        status = o["status"]
        if o["paid"]:
            notes.append(("Order status changed from Pending payment to Processing.", t, "system"))
        if status == "on-hold":
            notes.append(("Awaiting BACS payment Order status changed from Pending payment to On hold.", t, "system"))
        if status == "failed":
            notes.append(("Stripe charge failed: Your card was declined. Order status changed from Pending payment to Failed.", t, "system"))
        if status == "cancelled":
            notes.append(("Unpaid order cancelled - time limit reached. Order status changed from Pending payment to Cancelled.",
                          o["placed"] + timedelta(hours=24), "system"))
        if o["shipments"]:
            notes.append(("Order status changed from Processing to Completed.", o["shipments"][0]["shipped"], "isla"))
        for r in o["refunds"]:
            notes.append(("Refunded &pound;%s - %s" % (money(r["amount"]), r["reason"]), r["date"], "isla"))
            if status == "refunded":
                notes.append(("Order status changed from Completed to Refunded.", r["date"], "system"))
        return "||".join("content:%s|date:%s|customer:0|added_by:%s" % (c, d.strftime(fmt), by) for c, d, by in notes)

    def _tracking_json(self, o):
        if not o["shipments"]:
            return ""
        items = []
        for s in o["shipments"]:
            stamp = int(s["shipped"].replace(hour=0, minute=0, tzinfo=timezone.utc).timestamp())
            provider, custom, link = s["carrier"], "", ""
            if o["custom_carrier"]:
                provider, custom = "", "Parcelforce Worldwide"
                link = "https://www.parcelforce.com/track-trace?trackNumber=" + s["number"]
            items.append({"tracking_provider": provider, "custom_tracking_provider": custom,
                          "custom_tracking_link": link, "tracking_number": s["number"],
                          "date_shipped": str(stamp), "tracking_id": "%032x" % self.rng.getrandbits(128)})
        return json.dumps(items, separators=(",", ":"))

    def _row(self, o):
        p = o["person"]
        mid, inst = P.METHOD_IDS[o["method"]]
        items_txt = ", ".join("%s &times; %d" % (l["name"], l["qty"]) for l in o["lines"])
        ship_item = 'method_id:%s|instance_id:%d|cost:%s|total_tax:0|taxes:a:1:{s:5:"total";a:0:{}}|Items:%s' % (
            mid, inst, money(o["ship"]), items_txt)
        if o["bacs"]:
            pay, title, txn = "bacs", "Direct bank transfer", ""
        elif self.rng.random() < 0.3:
            pay, title, txn = "ppcp-gateway", "PayPal", "%dXK%05d%s" % (self.rng.randint(1, 9), self.rng.randint(0, 99999), "".join(self.rng.choice(TRACK_LETTERS) for _ in range(9)))
        else:
            pay, title = "stripe", "Credit / Debit Card"
            txn = "pi_3Q" + "".join(self.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22))
        if not o["paid"]:
            txn = ""
        row = {
            "order_id": o["id"], "order_number": o["id"], "order_date": o["placed"].strftime("%Y-%m-%d %H:%M:%S"),
            "paid_date": "" if not o["paid"] else "%s %d:%s" % (o["paid"].strftime("%Y-%m-%d"), o["paid"].hour, o["paid"].strftime("%M:%S")),
            "status": o["status"], "shipping_total": money(o["ship"]) if o["ship"] else "0",
            "shipping_tax_total": "0.00", "fee_total": "0.00", "fee_tax_total": "0.00", "tax_total": "0.00",
            "cart_discount": money(o["discount"]), "order_discount": money(o["discount"]),
            "discount_total": money(o["discount"]), "order_total": money(o["total"]),
            "order_subtotal": money(o["subtotal"]), "order_currency": "GBP", "payment_method": pay,
            "payment_method_title": title, "transaction_id": txn,
            "customer_ip_address": "%d.%d.%d.%d" % (self.rng.randint(2, 223), self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254)),
            "customer_user_agent": self.rng.choice(self.AGENTS), "shipping_method": P.METHOD_TITLES[o["method"]],
            "customer_id": p["user_id"], "customer_user": p["user_id"], "customer_email": "" if p["guest"] else p["email"],
            "customer_note": o["note"], "wt_import_key": o["id"], "shipping_items": ship_item,
            "coupon_items": "code:%s|amount:%s" % (o["coupon"][0], money(o["coupon"][1] * 100)) if o["coupon"] else "",
            "refund_items": ";".join("amount:%s|reason:%s|date:%s" % (money(r["amount"]), r["reason"], r["date"].strftime("%Y-%m-%d %H:%M:%S"))
                                     for r in o["refunds"]),
            "order_notes": self._notes(o), "download_permissions": 0 if not o["paid"] else 1,
            "meta:_wc_shipment_tracking_items": self._tracking_json(o),
        }
        for side in ("billing", "shipping"):
            row[side + "_first_name"], row[side + "_last_name"] = p["first"], p["last"]
            for f in ("address_1", "address_2", "postcode", "city", "state", "country"):
                row["%s_%s" % (side, f)] = p[f]
        row["billing_email"], row["billing_phone"] = p["email"], guard(p["phone"])
        for i, l in enumerate(o["lines"], start=1):
            row["line_item_%d" % i] = self._item_cell(l)
        return row

    def write(self, path):
        n = max(len(o["lines"]) for o in self.orders)
        head = self.HEAD + ["line_item_%d" % i for i in range(1, n + 1)]
        write_csv(path, head, [self._row(o) for o in self.orders])

    # ---- the users export ---------------------------------------------------------------------------
    USER_HEAD = ["ID", "customer_id", "user_login", "user_pass", "user_nicename", "user_email", "user_url",
                 "user_registered", "display_name", "first_name", "last_name", "user_status", "roles", "nickname",
                 "description", "rich_editing", "syntax_highlighting", "admin_color", "use_ssl",
                 "show_admin_bar_front", "locale", "wp_user_level", "dismissed_wp_pointers", "last_update"]
    ADDR = ["first_name", "last_name", "company", "email", "phone", "address_1", "address_2", "postcode", "city",
            "state", "country"]

    def write_users(self, path):
        head = self.USER_HEAD + ["billing_" + f for f in self.ADDR] + \
            ["shipping_" + f for f in self.ADDR if f not in ("email", "phone")]
        users = staff() + [p for p in self.people.values() if not p["guest"]]
        users.sort(key=lambda u: u["user_id"])
        rows = []
        alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        for u in users:
            login = u["email"].split("@")[0]
            row = {"ID": u["user_id"], "customer_id": u["user_id"], "user_login": login,
                   "user_pass": "$wp$2y$10$" + "".join(self.rng.choice(alphabet) for _ in range(53)),
                   "user_nicename": login.replace(".", "-"), "user_email": u["email"],
                   "user_registered": u["registered"], "display_name": "%s %s" % (u["first"], u["last"]),
                   "first_name": u["first"], "last_name": u["last"], "user_status": 0, "roles": u["role"],
                   "nickname": login, "rich_editing": "true", "syntax_highlighting": "true", "admin_color": "fresh",
                   "use_ssl": 0, "show_admin_bar_front": "true", "wp_user_level": 10 if u["role"] == "administrator" else 0,
                   "last_update": int(datetime.strptime(u["registered"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).timestamp()) + 86400 * 30}
            if u["role"] == "customer":
                for side in ("billing", "shipping"):
                    row[side + "_first_name"], row[side + "_last_name"] = u["first"], u["last"]
                    for f in ("address_1", "address_2", "postcode", "city", "state", "country"):
                        row["%s_%s" % (side, f)] = u[f]
                row["billing_email"], row["billing_phone"] = u["email"], guard(u["phone"])
            rows.append(row)
        write_csv(path, head, rows)
        return rows
