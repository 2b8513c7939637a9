"""WooCommerce REST API v3 JSON: GET /wp-json/wc/v3/orders and /customers, as saved by the shop."""
import calendar
import hashlib
import random
from datetime import datetime, timedelta

from casekit import SEED, money
from people import CUSTOMERS, GUESTS, ORDERS
from policy import RATES

VAT = {"GB": 20, "FR": 20, "DE": 19, "IE": 23, "CH": 0, "CA": 0}
PAY = {"stripe": "Credit / Debit Card", "ppcp-gateway": "PayPal", "bacs": "Direct bank transfer",
       "klarna_payments": "Klarna"}
PROVIDER = {"royal-mail": "Royal Mail", "dpd-uk": "DPD", "dhl": "DHL"}
BASE = "https://ateliersillage.co.uk/wp-json/wc/v3"


def _last_sunday(year, month):
    day = max(w[6] for w in calendar.monthcalendar(year, month))
    return datetime(year, month, day, 1)


def _bst(utc):
    """Is this UTC moment in British Summer Time?"""
    return _last_sunday(utc.year, 3) <= utc < _last_sunday(utc.year, 10)


def _gmt(local):
    """Europe/London to UTC."""
    t = datetime.strptime(local, "%Y-%m-%d %H:%M:%S") if isinstance(local, str) else local
    return t - timedelta(hours=1) if _bst(t - timedelta(hours=1)) else t


def _local(utc):
    return utc + timedelta(hours=1) if _bst(utc) else utc


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def _r(x):
    return round(x + 1e-9, 2)


def _luhn_ok(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


class Order:
    """What the cases need to know about one order."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def _address(who):
    if who in CUSTOMERS:
        _, first, last, email, phone, a1, a2, city, state, pc, country, _ = CUSTOMERS[who]
        return dict(first_name=first, last_name=last, email=email, phone=phone, address_1=a1, address_2=a2,
                    city=city, state=state, postcode=pc, country=country)
    first, last, email, phone, a1, a2, city, state, pc, country = GUESTS[who]
    return dict(first_name=first, last_name=last, email=email, phone=phone, address_1=a1, address_2=a2,
                city=city, state=state, postcode=pc, country=country)


def _tracking_number(rng, provider):
    if provider == "royal-mail":
        return "%s%08d%dGB" % (rng.choice(["QF", "TT", "WQ", "RB"]), rng.randint(10 ** 7, 10 ** 8 - 1), rng.randint(0, 9))
    if provider == "dpd-uk":
        while True:
            n = "1550" + "".join(str(rng.randint(0, 9)) for _ in range(10))
            if not _luhn_ok(n):
                return n
    return "%010d" % rng.randint(10 ** 9, 10 ** 10 - 1)


def build(products):
    rng = random.Random(SEED + 1)
    byk = {p.key: p for p in products}
    number, item_id, out, model = 8712, 4100, [], []
    for spec in ORDERS:
        number += rng.randint(1, 6)
        addr = _address(spec["who"])
        guest = spec["who"] in GUESTS
        cid = 0 if guest else CUSTOMERS[spec["who"]][0]
        virtual = spec["ship_rate"] is None
        country = addr["country"] if not virtual else "GB"
        rate = VAT.get(country, 0) / 100.0
        coupon = spec.get("coupon")
        lines, model_items = [], []
        for pkey, opts, qty in spec["items"]:
            p = byk[pkey]
            v = p.find(**opts) if opts else p.variants[0]
            unit = v.price_at(spec["at"][:10])
            r = 0.0 if pkey == "giftcard" else rate
            gross = unit * qty
            after = gross * (1 - coupon[1]) if coupon else gross
            sub, tot = _r(gross / (1 + r)), _r(after / (1 + r))
            item_id += rng.randint(1, 3)
            meta = [{"id": item_id * 10 + i, "key": ("pa_" + k.lower()) if k in ("Size", "Concentration") else k.lower(),
                     "value": ("".join(c for c in x.lower().replace(" ", "-") if c.isalnum() or c == "-")
                               if k in ("Size", "Concentration") else x),
                     "display_key": k, "display_value": x} for i, (k, x) in enumerate((opts or {}).items())]
            lines.append({"id": item_id, "name": v.title, "product_id": p.pid,
                          "variation_id": v.vid if p.ptype == "variable" else 0, "quantity": qty, "tax_class": "",
                          "subtotal": money(sub), "subtotal_tax": money(gross - sub), "total": money(tot),
                          "total_tax": money(after - tot),
                          "taxes": [] if not r else [{"id": 1, "total": money(after - tot), "subtotal": money(gross - sub)}],
                          "meta_data": meta, "sku": v.sku, "price": round(tot / qty, 6),
                          "image": {"id": p.pid + 1, "src": "https://ateliersillage.co.uk/wp-content/uploads/2025/03/%s-1.jpg" % p.key},
                          "parent_name": p.name if p.ptype == "variable" else None})
            model_items.append((v, qty, after))
        items_gross = sum(g for _, _, g in model_items)
        pre_coupon = sum(v.price_at(spec["at"][:10]) * q for v, q, _ in model_items)
        ship_lines, ship_gross = [], 0.0
        if not virtual:
            zone, service, carrier, _, price, free_over, _ = RATES[spec["ship_rate"]]
            free = free_over is not None and items_gross >= free_over
            ship_gross = 0.0 if free else price
            method = "local_pickup" if carrier is None else ("free_shipping" if free else "flat_rate")
            title = ("Free shipping (%s)" % service) if free else service
            st = _r(ship_gross / (1 + rate))
            ship_lines.append({"id": item_id + 1, "method_title": title, "method_id": method,
                               "instance_id": str(spec["ship_rate"] + 3), "total": money(st),
                               "total_tax": money(ship_gross - st), "taxes": [] if not rate or not ship_gross else
                               [{"id": 1, "total": money(ship_gross - st), "subtotal": ""}], "meta_data": []})
            item_id += 2
        total = _r(items_gross + ship_gross)
        cart_tax = sum(float(l["total_tax"]) for l in lines)
        ship_tax = float(ship_lines[0]["total_tax"]) if ship_lines else 0.0
        created = _gmt(spec["at"])
        local = datetime.strptime(spec["at"], "%Y-%m-%d %H:%M:%S")
        paid = spec.get("paid", True)
        tracking, model_ship = [], []
        for provider, day in spec["ship"]:
            custom = provider[1] if isinstance(provider, tuple) else ""
            slug = "" if custom else provider
            num = _tracking_number(rng, "dhl" if custom else provider)
            midnight = _gmt(day + " 00:00:00")
            item = {"tracking_provider": slug, "custom_tracking_provider": custom,
                    "custom_tracking_link": ("https://www.dhl.com/gb-en/home/tracking/tracking-express.html?submit=1&tracking-id=%s" % num) if custom else "",
                    "tracking_number": num, "date_shipped": str(calendar.timegm(midnight.timetuple())),
                    "tracking_id": hashlib.md5(("%d-%s" % (number, num)).encode()).hexdigest()}
            if spec.get("shipped_items"):
                item["products_list"] = [{"product": l["product_id"], "item_id": l["id"], "qty": l["quantity"]}
                                         for l, (v, _, _) in zip(lines, model_items) if v.product.key in spec["shipped_items"]]
            tracking.append(item)
            model_ship.append((custom or PROVIDER[provider], num, day))
        refunds, refunded = [], 0.0
        for amount, reason in spec.get("refunds", []):
            amt = total if amount == "full" else amount
            refunded += amt
            refunds.append({"id": number + 1 + len(refunds), "reason": reason, "total": money(-amt)})
        date_paid = created + timedelta(seconds=rng.randint(4, 40)) if paid else None
        done = None
        if spec["status"] in ("completed", "refunded") and (spec["ship"] or spec["status"] == "completed"):
            day = spec["ship"][-1][1] if spec["ship"] else spec.get("collected") or spec["at"][:10]
            done = _gmt(day + " 16:%02d:%02d" % (rng.randint(0, 59), rng.randint(0, 59))) if spec["ship"] or spec.get("collected") else date_paid
        meta = [{"id": number * 3, "key": "is_vat_exempt", "value": "no"},
                {"id": number * 3 + 1, "key": "_wc_order_attribution_source_type", "value": rng.choice(["typein", "organic", "referral"])}]
        if tracking:
            meta.append({"id": number * 3 + 2, "key": "_wc_shipment_tracking_items", "value": tracking})
        billing = dict(addr, company="")
        shipping = {k: addr[k] for k in ("first_name", "last_name", "address_1", "address_2", "city", "state",
                                          "postcode", "country", "phone")} if not virtual else \
            {k: "" for k in ("first_name", "last_name", "address_1", "address_2", "city", "state", "postcode", "country", "phone")}
        shipping["company"] = ""
        key = "wc_order_" + hashlib.md5(str(number).encode()).hexdigest()[:13]
        lt = local.strftime("%Y-%m-%dT%H:%M:%S")
        order = {
            "id": number, "parent_id": 0, "status": spec["status"], "currency": "GBP", "version": "9.4.3",
            "prices_include_tax": True, "date_created": lt, "date_modified": _iso(_local(created + timedelta(days=1))),
            "discount_total": money(sum(float(l["subtotal"]) - float(l["total"]) for l in lines)),
            "discount_tax": money(sum(float(l["subtotal_tax"]) - float(l["total_tax"]) for l in lines)),
            "shipping_total": ship_lines[0]["total"] if ship_lines else "0.00", "shipping_tax": money(ship_tax),
            "cart_tax": money(cart_tax), "total": money(total), "total_tax": money(cart_tax + ship_tax),
            "customer_id": cid, "order_key": key, "billing": billing, "shipping": shipping,
            "payment_method": spec["pay"], "payment_method_title": PAY[spec["pay"]],
            "transaction_id": ("pi_3Q%s" % hashlib.md5(key.encode()).hexdigest()[:20]) if paid and spec["pay"] == "stripe" else "",
            "customer_ip_address": "203.0.113.%d" % rng.randint(2, 250),
            "customer_user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "created_via": "checkout", "customer_note": spec.get("note", ""),
            "date_completed": _iso(_local(done)) if done else None,
            "date_paid": _iso(_local(date_paid)) if date_paid else None,
            "cart_hash": hashlib.md5(("cart%d" % number).encode()).hexdigest(),
            "number": str(number), "meta_data": meta, "line_items": lines,
            "tax_lines": [] if not rate else [{"id": item_id + 5, "rate_code": "%s-VAT-1" % country, "rate_id": 1 + list(VAT).index(country),
                                               "label": "VAT", "compound": False, "tax_total": money(cart_tax),
                                               "shipping_tax_total": money(ship_tax), "rate_percent": VAT[country], "meta_data": []}],
            "shipping_lines": ship_lines, "fee_lines": [],
            "coupon_lines": [] if not coupon else [{"id": item_id + 7, "code": coupon[0],
                                                    "discount": order_discount(lines), "discount_tax": order_discount_tax(lines), "meta_data": []}],
            "refunds": refunds, "payment_url": "https://ateliersillage.co.uk/checkout/order-pay/%d/?pay_for_order=true&key=%s" % (number, key),
            "is_editable": spec["status"] in ("pending", "on-hold", "failed"),
            "needs_payment": spec["status"] in ("pending", "failed"), "needs_processing": not virtual,
            "date_created_gmt": _iso(created), "date_modified_gmt": _iso(created + timedelta(days=1)),
            "date_completed_gmt": _iso(done) if done else None, "date_paid_gmt": _iso(date_paid) if date_paid else None,
            "currency_symbol": "\u00a3",
            "_links": {"self": [{"href": "%s/orders/%d" % (BASE, number)}], "collection": [{"href": "%s/orders" % BASE}]},
        }
        if cid:
            order["_links"]["customer"] = [{"href": "%s/customers/%d" % (BASE, cid)}]
        out.append(order)
        model.append(Order(number=str(number), who=spec["who"], guest=guest, email=addr["email"],
                           first=addr["first_name"], last=addr["last_name"], postcode=addr["postcode"],
                           street=addr["address_1"], status=spec["status"], total=total, refunded=_r(refunded),
                           items=[(v, q) for v, q, _ in model_items], shipments=model_ship, placed=spec["at"],
                           paid=paid, spec=spec, virtual=virtual))
    out.reverse()  # the REST API lists the newest first
    return out, model


def order_discount(lines):
    return money(sum(float(l["subtotal"]) - float(l["total"]) for l in lines))


def order_discount_tax(lines):
    return money(sum(float(l["subtotal_tax"]) - float(l["total_tax"]) for l in lines))


def customers_json(orders):
    out = []
    for key, (uid, first, last, email, phone, a1, a2, city, state, pc, country, reg) in CUSTOMERS.items():
        created = datetime.strptime(reg, "%Y-%m-%dT%H:%M:%S")
        paying = any(o.who == key and o.paid for o in orders)
        billing = dict(first_name=first if a1 else "", last_name=last if a1 else "", company="", address_1=a1,
                       address_2=a2, city=city, postcode=pc, country=country if a1 else "", state=state,
                       email=email, phone=phone)
        shipping = {k: billing[k] for k in ("first_name", "last_name", "company", "address_1", "address_2", "city",
                                            "postcode", "country", "state")}
        shipping["phone"] = ""
        out.append({"id": uid, "date_created": reg, "date_created_gmt": _iso(_gmt(created)),
                    "date_modified": reg, "date_modified_gmt": _iso(_gmt(created)),
                    "email": email, "first_name": first, "last_name": last, "role": "customer",
                    "username": email.split("@")[0].replace(".", ""), "billing": billing, "shipping": shipping,
                    "is_paying_customer": paying,
                    "avatar_url": "https://secure.gravatar.com/avatar/%s?s=96&d=mm&r=g" % hashlib.md5(email.encode()).hexdigest(),
                    "meta_data": [], "_links": {"self": [{"href": "%s/customers/%d" % (BASE, uid)}],
                                                "collection": [{"href": "%s/customers" % BASE}]}})
    return out
