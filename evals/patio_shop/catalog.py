"""Builds the catalog from the specs (catalog_furniture, catalog_shade, catalog_cooking, catalog_living, catalog_more) and writes it as Shopify's Admin API products.json.

The built products (plain dicts) are what the cases read their facts from."""

import datetime as dt
import html
import itertools
import re

from catalog_cooking import COOKING
from catalog_furniture import FURNITURE
from catalog_living import LIVING
from catalog_more import NOT_FOR_SALE, OTHER, SERVICES
from catalog_shade import SHADE
from common import MYSHOPIFY, TZ, rng

SPECS = FURNITURE + SHADE + COOKING + LIVING + SERVICES + OTHER + NOT_FOR_SALE


def _code(value, codes):
    if value in codes:
        return codes[value]
    return re.sub(r"[^A-Za-z0-9]", "", value).upper()[:4]


def _match(key, opts):
    """A spec key (one option value, a tuple of them, or '*') matches a variant's option values."""
    if key == "*":
        return True
    if isinstance(key, tuple):
        return tuple(key) == tuple(opts)
    return key in opts


def _lookup(table, opts, default=None):
    if not isinstance(table, dict):
        return table if table is not None else default
    for key, val in table.items():
        if _match(key, opts):
            return val
    return default


def _by_first(value, opts):
    if isinstance(value, dict):
        return value[opts[0]]
    return value


def _iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def _esc(text):
    return html.escape(text, quote=False)


def _body(spec, style):
    parts = []
    intro, bullets, specs = spec["intro"], spec.get("bullets", []), spec.get("specs", [])
    if style == 1:
        parts.append('<meta charset="utf-8">')
        parts.append(f'<p data-mce-fragment="1"><span data-mce-fragment="1">{_esc(intro)}</span></p>')
    else:
        parts.append(f"<p>{_esc(intro)}&nbsp;</p>")
    if spec.get("planted"):
        parts.append(f"<p>{_esc(spec['planted'])}</p>")
    if bullets:
        head = "<p><strong>Features</strong></p>" if style == 1 else "<h4>Features</h4>"
        items = "\n".join(f"<li>{_esc(b)}</li>" for b in bullets)
        parts.append(f"{head}\n<ul>\n{items}\n</ul>")
    if specs:
        if style == 2:
            rows = "\n".join(
                f"<tr>\n<td><strong>{_esc(k)}</strong></td>\n<td>{_esc(v)}</td>\n</tr>" for k, v in specs
            )
            parts.append(f"<h4>Specifications</h4>\n<table>\n<tbody>\n{rows}\n</tbody>\n</table>")
        elif style == 1:
            lines = "<br>\n".join(f"<strong>{_esc(k)}:</strong> {_esc(v)}" for k, v in specs)
            parts.append(f"<p><strong>Specifications</strong></p>\n<p>{lines}</p>")
        else:
            items = "\n".join(f"<li><strong>{_esc(k)}:</strong> {_esc(v)}</li>" for k, v in specs)
            parts.append(f"<h4>Specifications</h4>\n<ul>\n{items}\n</ul>")
    if spec.get("bulky"):
        parts.append(
            "<p><em>Bulky item: ships by freight, so the bulky-item surcharge for your delivery "
            "zone applies. See our Delivery page.</em></p>"
        )
    return "\n".join(parts)


def _build():
    r = rng("catalog")
    products = []
    pid = 8412337004000
    vid = 45120331000000
    iid = 47205418000000
    created = dt.datetime(2024, 3, 4, 9, 12, 0)
    for index, spec in enumerate(SPECS):
        pid += r.randint(20000, 900000)
        created += dt.timedelta(days=r.randint(4, 16), minutes=r.randint(0, 600), seconds=r.randint(0, 59))
        updated = min(
            created + dt.timedelta(days=r.randint(30, 500), minutes=r.randint(0, 1300)),
            dt.datetime(2026, 12, 3, 16, 0, 0) - dt.timedelta(minutes=r.randint(0, 9000)),
        )
        status = spec.get("status", "active")
        published = spec.get("published", True)
        names = [n for n, _ in spec["options"]]
        values = [v for _, v in spec["options"]]
        combos = list(itertools.product(*values)) if values else [("Default Title",)]
        variants = []
        for pos, opts in enumerate(combos, start=1):
            vid += r.randint(1000, 9000)
            iid += r.randint(1000, 9000)
            if values:
                price = _by_first(spec["price"], opts) + sum(
                    amt for key, amt in spec.get("add", {}).items() if _match(key, opts)
                )
                price = _lookup(spec.get("price_override", {}), opts, price)
                sku = "-".join([spec["sku"]] + [_code(o, spec.get("codes", {})) for o in opts])
            else:
                price, sku = spec["price"], spec["sku"]
            compare = _lookup(spec.get("compare", {}), opts)
            untracked = spec.get("untracked", False)
            stock = _lookup(spec.get("stock", {}), opts)
            policy = "deny"
            if untracked:
                qty = 0
            elif stock is None:
                qty = r.randint(2, 24)
            elif stock == "backorder":
                qty, policy = 0, "continue"
            elif stock == "oversold":
                qty, policy = -2, "continue"
            else:
                qty = stock
            weight = _by_first(spec.get("weight", 0), opts) if values else spec.get("weight", 0)
            variants.append(
                dict(
                    id=vid,
                    inventory_item_id=iid,
                    position=pos,
                    opts=tuple(opts) if values else (),
                    title=" / ".join(opts),
                    sku=sku,
                    price=float(price),
                    compare=float(compare) if compare is not None else None,
                    tracked=not untracked,
                    policy=policy,
                    qty=qty,
                    weight=float(weight),
                    requires_shipping=not spec.get("service", False),
                    gift_card=spec.get("gift_card", False),
                )
            )
        products.append(
            dict(
                index=index,
                id=pid,
                handle=spec["handle"],
                title=spec["title"],
                vendor=spec["vendor"],
                type=spec["type"],
                tags=spec["tags"],
                status=status,
                published=published,
                bulky=spec.get("bulky", False),
                service=spec.get("service", False),
                gift_card=spec.get("gift_card", False),
                options=names,
                variants=variants,
                specs=spec.get("specs", []),
                intro=spec["intro"],
                bullets=spec.get("bullets", []),
                body_html=_body(spec, index % 3),
                created=created,
                updated=updated,
                image_count=1 + r.randint(0, 2),
            )
        )
    return products


PRODUCTS = _build()
BY_HANDLE = {p["handle"]: p for p in PRODUCTS}
assert len({v["sku"] for p in PRODUCTS for v in p["variants"]}) == sum(len(p["variants"]) for p in PRODUCTS)


def for_sale(p):
    return p["status"] == "active" and p["published"]


def product(handle):
    return BY_HANDLE[handle]


def variant(handle, *values):
    """The one variant of a product whose option values include all the given ones."""
    p = BY_HANDLE[handle]
    found = [v for v in p["variants"] if all(val in v["opts"] for val in values)]
    assert len(found) == 1, (handle, values, [v["opts"] for v in found])
    return found[0]


def stock_state(v):
    if not v["tracked"]:
        return "untracked"
    if v["qty"] > 0:
        return "in_stock"
    return "backorder" if v["policy"] == "continue" else "out"


def on_sale(v):
    return v["compare"] is not None and v["compare"] > v["price"]


def spec_value(handle, label):
    for k, val in BY_HANDLE[handle]["specs"]:
        if k == label:
            return val
    raise KeyError((handle, label))


def _variant_json(p, v):
    opts = list(v["opts"]) if v["opts"] else ["Default Title"]
    out = {
        "id": v["id"],
        "product_id": p["id"],
        "title": v["title"] if v["opts"] else "Default Title",
        "price": f"{v['price']:.2f}",
        "sku": v["sku"],
        "position": v["position"],
        "inventory_policy": v["policy"],
        "compare_at_price": f"{v['compare']:.2f}" if v["compare"] is not None else None,
        "fulfillment_service": "gift_card" if v["gift_card"] else "manual",
        "inventory_management": "shopify" if v["tracked"] else None,
        "option1": opts[0],
        "option2": opts[1] if len(opts) > 1 else None,
        "option3": opts[2] if len(opts) > 2 else None,
        "created_at": _iso(p["created"]),
        "updated_at": _iso(p["updated"]),
        "taxable": not v["gift_card"],
        "barcode": None if v["position"] % 4 == 0 else "",
        "grams": round(v["weight"] * 1000),
        "image_id": None,
        "weight": v["weight"],
        "weight_unit": "kg",
        "inventory_item_id": v["inventory_item_id"],
        "inventory_quantity": v["qty"],
        "old_inventory_quantity": v["qty"],
        "requires_shipping": v["requires_shipping"],
        "admin_graphql_api_id": f"gid://shopify/ProductVariant/{v['id']}",
    }
    return out


def product_json(p):
    pub = None
    if p["published"]:
        pub = _iso(p["created"] + dt.timedelta(hours=2))
    options = []
    if p["options"]:
        for pos, name in enumerate(p["options"], start=1):
            vals = []
            for v in p["variants"]:
                if v["opts"][pos - 1] not in vals:
                    vals.append(v["opts"][pos - 1])
            options.append(
                {
                    "id": 10832100000 + p["index"] * 7 + pos,
                    "product_id": p["id"],
                    "name": name,
                    "position": pos,
                    "values": vals,
                }
            )
    else:
        options.append(
            {
                "id": 10832100000 + p["index"] * 7 + 1,
                "product_id": p["id"],
                "name": "Title",
                "position": 1,
                "values": ["Default Title"],
            }
        )
    images = []
    for n in range(p["image_count"]):
        img_id = 41873020000000 + p["index"] * 37 + n
        images.append(
            {
                "id": img_id,
                "alt": p["title"] if n == 0 else None,
                "position": n + 1,
                "product_id": p["id"],
                "created_at": _iso(p["created"]),
                "updated_at": _iso(p["created"]),
                "admin_graphql_api_id": f"gid://shopify/ProductImage/{img_id}",
                "width": 2048,
                "height": 2048 if n else 1536,
                "src": f"https://cdn.shopify.com/s/files/1/0738/2214/5521/products/{p['handle']}-{n + 1}.jpg"
                f"?v={1700000000 + p['id'] % 99999999}",
                "variant_ids": [],
            }
        )
    return {
        "id": p["id"],
        "title": p["title"],
        "body_html": p["body_html"],
        "vendor": p["vendor"],
        "product_type": p["type"],
        "created_at": _iso(p["created"]),
        "handle": p["handle"],
        "updated_at": _iso(p["updated"]),
        "published_at": pub,
        "template_suffix": "gift_card" if p["gift_card"] else "",
        "published_scope": "global",
        "tags": ", ".join(p["tags"]),
        "status": p["status"],
        "admin_graphql_api_id": f"gid://shopify/Product/{p['id']}",
        "variants": [_variant_json(p, v) for v in p["variants"]],
        "options": options,
        "images": images,
        "image": images[0] if images else None,
    }


def products_document():
    return {"products": [product_json(p) for p in sorted(PRODUCTS, key=lambda p: p["id"])]}


def store_url(p):
    return f"https://{MYSHOPIFY}/products/{p['handle']}"
