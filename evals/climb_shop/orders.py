"""Order arithmetic (prices on the day, discounts, shipping, taxes, duties, refunds) and the two
Shopify CSV exports: orders_export_1.csv (a row per line item) and customers_export.csv."""
import csv
import io
import random
from datetime import datetime, timedelta

import policy
from catalog import SEED
from people import CUSTOMERS, ORDERS, PROVINCE_NAMES, TAXES, US_DUTY_RATE, person

ORDER_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"]
LINE_COLUMNS = {"Name", "Email", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
                "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
                "Lineitem fulfillment status", "Vendor", "Lineitem discount"}
CUSTOMER_COLUMNS = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City",
    "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
    "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
    "Tax Exempt", "Tags"]
DST_END = "2026-11-01 02:00"


def r2(x):
    return round(x + 1e-9, 2)


def stamp(local):
    """'2026-06-14 09:12:33' in Calgary time, with the offset Shopify writes."""
    off = "-0600" if local[:16] < DST_END else "-0700"
    return f"{local} {off}"


class Order:
    """One order as the export says it, with what the cases need."""

    def __init__(self, spec, catalog, rng):
        self.spec = spec
        self.number = spec["n"]
        self.name = f"#{spec['n']}"
        self.who = person(spec["who"])
        self.email = self.who["email"]
        self.guest = self.who["guest"]
        created = datetime.strptime(spec["at"], "%Y-%m-%d %H:%M") + timedelta(seconds=rng.randrange(60))
        self.created = created
        self.created_at = stamp(created.strftime("%Y-%m-%d %H:%M:%S"))
        day = spec["at"][:10]
        self.lines = []
        for sku, qty in spec["items"]:
            v = catalog.sku(sku)
            price, compare = v.price, None
            if v.sale:
                start, end = v.sale[1]
                if (start is None or start[:10] <= day) and (end is None or day <= end[:10]):
                    price, compare = v.sale[0], v.price
            status = (spec.get("lines") or {}).get(sku)
            if status is None:
                status = {"fulfilled": "fulfilled", "restocked": "restocked", "partial": "fulfilled"}.get(spec["ful"], "pending")
            self.lines.append({"v": v, "qty": qty, "price": price, "compare": compare, "status": status,
                               "ships": not v.product.service or sku == "SV-ROPECUT",
                               "taxable": v.product.key != "gift-card"})
        items_total = r2(sum(line["price"] * line["qty"] for line in self.lines))
        code, pct = spec.get("discount") or ("", 0.0)
        self.discount_code = code
        self.discount = r2(items_total * pct)
        left = self.discount
        for i, line in enumerate(self.lines):
            share = left if i == len(self.lines) - 1 else r2(line["price"] * line["qty"] * pct)
            line["discount"] = share
            left = r2(left - share)
        self.subtotal = r2(items_total - self.discount)
        self._shipping()
        self._taxes()
        self.total = r2(self.subtotal + self.shipping + sum(v for _, v in self.taxes) + self.duties)
        self.financial = spec["fin"]
        self.fulfillment = spec["ful"]
        self._refund()
        self.cancelled_at = stamp(spec["cancel"][0] + ":41") if spec.get("cancel") else ""
        self.fulfilled_at = ""
        if self.fulfillment in ("fulfilled", "partial"):
            hours = 2 if spec["ship"] == "pickup" else 0 if spec["ship"] == "none" else 22 + rng.randrange(8)
            self.fulfilled_at = stamp((created + timedelta(hours=hours, minutes=rng.randrange(50)))
                                      .strftime("%Y-%m-%d %H:%M:%S"))

    def _shipping(self):
        w = self.who
        ship = self.spec["ship"]
        us = w["country"] == "US"
        zone = policy.zone_of("US" if us else w["prov"])
        pads = sum(line["qty"] for line in self.lines if line["v"].product.oversize)
        oversize = pads * (policy.OVERSIZE_US if us else policy.OVERSIZE_CA)
        territories = zone[1] == "YT NT NU"
        if ship == "none":
            self.shipping, self.method = 0.0, ""
        elif ship == "pickup":
            self.shipping, self.method = 0.0, policy.PICKUP_METHOD
        elif ship == "express":
            self.shipping = zone[4] + oversize
            self.method = policy.US_EXPRESS_METHOD if us else policy.CA_EXPRESS_METHOD
        elif ship == "dg":
            self.shipping = zone[2] + policy.DG_FEE
            self.method = policy.CA_GROUND_DG_METHOD
        elif not us and not territories and self.subtotal >= policy.FREE_SHIPPING_MIN:
            self.shipping, self.method = oversize, "Free Standard Shipping (Canada Post)"
        else:
            self.shipping = zone[2] + oversize
            self.method = policy.US_STANDARD_METHOD if us else policy.CA_STANDARD_METHOD
        self.shipping = r2(self.shipping)
        self.carrier = next((c for c in ("Canada Post", "Purolator", "UPS") if c in self.method), "")

    def _taxes(self):
        w = self.who
        if w["country"] == "US":
            self.taxes = []
            self.duties = r2(self.subtotal * US_DUTY_RATE) if self.spec["ship"] != "none" else 0.0
            return
        self.duties = 0.0
        base = sum(line["price"] * line["qty"] - line["discount"] for line in self.lines if line["taxable"])
        base += self.shipping
        self.taxes = [(name, r2(base * rate)) for name, rate in TAXES[w["prov"]] if base]
        self.tax_rate = sum(rate for _, rate in TAXES[w["prov"]])

    def _refund(self):
        kind = (self.spec.get("refund") or (None, None))
        self.refunded = 0.0
        self.refunded_skus = []
        if kind[0] == "full":
            self.refunded = self.total
            self.refunded_skus = [line["v"].sku for line in self.lines]
        elif kind[0] in ("return", "lines"):
            amount = 0.0
            for line in self.lines:
                if line["v"].sku in kind[1]:
                    amount += line["price"] * line["qty"] - line["discount"]
                    self.refunded_skus.append(line["v"].sku)
            if kind[0] == "lines" and self.spec["ship"] == "dg":
                amount += policy.DG_FEE
            tax = sum(r2(amount * rate) for _, rate in TAXES[self.who["prov"]])
            amount = amount + tax
            if kind[0] == "return":
                amount -= policy.RETURN_LABEL_FEE
            self.refunded = r2(amount)

    def item_names(self):
        return [line["v"].title() for line in self.lines]

    def line(self, sku):
        return next(line for line in self.lines if line["v"].sku == sku)


def build_orders(catalog):
    rng = random.Random(SEED + 2)
    return [Order(spec, catalog, rng) for spec in ORDERS]


def _street(w):
    return f"{w['address1']}, {w['address2']}" if w["address2"] else w["address1"]


def write_orders(orders, path):
    rng = random.Random(SEED + 3)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(ORDER_COLUMNS)
    for o in sorted(orders, key=lambda o: -o.number):        # the newest order first, as Shopify exports
        w = o.who
        has_shipping = any(line["ships"] for line in o.lines)
        pay = o.spec.get("pay") or rng.choice(["Shopify Payments"] * 4 + ["PayPal Express Checkout"])
        ref = "" if pay == "Interac e-Transfer" else f"c{rng.randrange(10 ** 11, 10 ** 12)}.1"
        paid_at = "" if o.financial in ("pending", "authorized", "voided") else \
            stamp((o.created + timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S"))
        tags = []
        if o.spec["ship"] == "pickup":
            tags.append("pickup")
        if o.spec["ship"] == "none" and o.lines[0]["v"].product.key != "gift-card":
            tags.append("course")
        if o.spec.get("discount", ("",))[0] == "GUIDEPRO15":
            tags.append("pro-deal")
        if w["country"] == "US":
            tags.append("usa")
        first = {
            "Financial Status": o.financial, "Paid at": paid_at, "Fulfillment Status": o.fulfillment,
            "Fulfilled at": o.fulfilled_at, "Accepts Marketing": w["marketing"], "Currency": "CAD",
            "Subtotal": f"{o.subtotal:.2f}", "Shipping": f"{o.shipping:.2f}",
            "Taxes": f"{sum(v for _, v in o.taxes):.2f}", "Total": f"{o.total:.2f}",
            "Discount Code": o.discount_code, "Discount Amount": f"{o.discount:.2f}",
            "Shipping Method": o.method, "Billing Name": w["name"], "Billing Street": _street(w),
            "Billing Address1": w["address1"], "Billing Address2": w["address2"], "Billing City": w["city"],
            "Billing Zip": "'" + w["zip"], "Billing Province": w["prov"], "Billing Country": w["country"],
            "Billing Phone": w["phone"], "Notes": o.spec.get("notes", ""), "Note Attributes": o.spec.get("attrs", ""),
            "Cancelled at": o.cancelled_at, "Payment Method": pay, "Payment Reference": ref,
            "Refunded Amount": f"{o.refunded:.2f}",
            "Outstanding Balance": f"{o.total:.2f}" if o.financial in ("pending", "authorized") else "0.00",
            "Id": str(6412000000000 + o.number * 7919 + rng.randrange(1000)),
            "Tags": ", ".join(tags), "Risk Level": "Low",
            "Source": "shopify_draft_order" if o.number == 4550 else "web", "Phone": "",
            "Duties": f"{o.duties:.2f}" if o.duties else "",
            "Billing Province Name": PROVINCE_NAMES[w["prov"]],
            "Payment ID": "" if not ref else "r" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                                                          for _ in range(24)),
            "Payment References": ref,
        }
        if has_shipping:
            first.update({"Shipping Name": w["name"], "Shipping Street": _street(w),
                          "Shipping Address1": w["address1"], "Shipping Address2": w["address2"],
                          "Shipping City": w["city"], "Shipping Zip": "'" + w["zip"],
                          "Shipping Province": w["prov"], "Shipping Country": w["country"],
                          "Shipping Phone": w["phone"], "Shipping Province Name": PROVINCE_NAMES[w["prov"]]})
        for i, (name, value) in enumerate(o.taxes, start=1):
            first[f"Tax {i} Name"] = name
            first[f"Tax {i} Value"] = f"{value:.2f}"
        for i, line in enumerate(o.lines):
            v = line["v"]
            row = {"Name": o.name, "Email": o.email, "Created at": o.created_at,
                   "Lineitem quantity": str(line["qty"]), "Lineitem name": v.title(),
                   "Lineitem price": f"{line['price']:.2f}",
                   "Lineitem compare at price": f"{line['compare']:.2f}" if line["compare"] else "",
                   "Lineitem sku": v.sku, "Lineitem requires shipping": "true" if line["ships"] else "false",
                   "Lineitem taxable": "true" if line["taxable"] else "false",
                   "Lineitem fulfillment status": line["status"], "Vendor": v.product.brand,
                   "Lineitem discount": f"{line['discount']:.2f}"}
            if i == 0:
                row.update(first)
            out.writerow([row.get(c, "") for c in ORDER_COLUMNS])
    path.write_text(buf.getvalue(), encoding="utf-8")


def write_customers(orders, path):
    rng = random.Random(SEED + 4)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(CUSTOMER_COLUMNS)
    for key in CUSTOMERS:
        w = person(key)
        mine = [o for o in orders if o.email == w["email"]]
        spent = sum(o.total - o.refunded for o in mine if o.financial in ("paid", "partially_refunded", "refunded"))
        cid = 7263000000000 + rng.randrange(10 ** 9)
        row = {"Customer ID": f"'{cid}", "First Name": w["first"], "Last Name": w["last"], "Email": w["email"],
               "Accepts Email Marketing": w["marketing"], "Default Address Address1": w["address1"],
               "Default Address Address2": w["address2"], "Default Address City": w["city"],
               "Default Address Province Code": w["prov"], "Default Address Country Code": w["country"],
               "Default Address Zip": "'" + w["zip"], "Default Address Phone": "'" + w["phone"],
               "Phone": "'" + w["phone"] if rng.random() < 0.6 else "", "Accepts SMS Marketing": "no",
               "Total Spent": f"{spent:.2f}", "Total Orders": str(len(mine)), "Note": w["note"],
               "Tax Exempt": "no", "Tags": w["tags"]}
        out.writerow([row.get(c, "") for c in CUSTOMER_COLUMNS])
    path.write_text(buf.getvalue(), encoding="utf-8")
