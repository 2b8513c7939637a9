"""Writes the catalog as Shopify's Admin REST API `GET /admin/api/2024-07/products.json` response."""

import html
import random

import catalog
import variants as V

_RNG = random.Random("kilim-and-loom:product-ids:v1")
API = "2024-07"


def _assign_ids():
    ids = {}
    pid = 8874210000000
    vid = 46120330000000
    inv = 48233910000000
    oid = 11046200000000
    for spec in catalog.PRODUCTS:
        pid += _RNG.randint(3000, 90000)
        entry = {"product": pid, "variants": [], "inventory": [], "options": []}
        for _ in spec["options"]:
            oid += _RNG.randint(100, 900)
            entry["options"].append(oid)
        for _ in V.VARIANTS[spec["handle"]]:
            vid += _RNG.randint(100, 5000)
            inv += _RNG.randint(100, 5000)
            entry["variants"].append(vid)
            entry["inventory"].append(inv)
        ids[spec["handle"]] = entry
    return ids


IDS = _assign_ids()


def variant_id(handle, values):
    for v, vid in zip(V.VARIANTS[handle], IDS[handle]["variants"]):
        if v["values"] == list(values):
            return vid
    raise KeyError((handle, values))


def _created(index):
    month = 1 + index % 9
    day = 3 + (index * 7) % 25
    return f"2025-{month:02d}-{day:02d}T{9 + index % 8:02d}:{(index * 13) % 60:02d}:{(index * 29) % 60:02d}+0{1 if month < 4 or month > 9 else 2}:00"


def body_html(spec):
    """The description as Shopify's rich text editor stores it, with the quirks real bodies have."""
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    parts = []
    if spec["quirk"] == "meta":
        parts.append('<meta charset="utf-8"><span data-mce-fragment="1">' + esc(spec["intro"]) + "</span>")
    else:
        parts.append("<p>" + esc(spec["intro"]).replace(". ", ".&nbsp;", 1) + "</p>")
    if spec["facts"]:
        if spec["quirk"] == "span":
            lines = "<br>\n".join(f"<span>{esc(k)}: {esc(v)}</span>" for k, v in spec["facts"])
            parts.append("<p>" + lines + "</p>")
        else:
            items = "\n".join(f"<li><strong>{esc(k)}:</strong> {esc(v)}</li>" for k, v in spec["facts"])
            parts.append("<ul>\n" + items + "\n</ul>")
    if spec["bullets"]:
        head, items = spec["bullets"]
        parts.append(f"<h4>{esc(head)}</h4>\n<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
    if spec["plant"]:
        parts.append("<p>" + esc(spec["plant"]) + "</p>")
    return "\n".join(parts)


def _money(value):
    return None if value is None else f"{value:.2f}"


def _grams(spec, v):
    if not spec["shipping"]:
        return 0
    digits = [int(x) for x in v["values"][0].replace("\u00d8", "").replace("cm", "").split(" x ")
              if x.strip().isdigit()]
    area = (digits[0] * digits[1]) / 10000 if len(digits) == 2 else 1.0
    return int(round(area * 2400 + 300, -2))


def product_record(index, spec):
    entry = IDS[spec["handle"]]
    pid = entry["product"]
    created = _created(index)
    published = created if spec["published"] and spec["status"] == "active" else None
    if spec["status"] != "active":
        published = None
    variants = []
    for v, vid, inv in zip(V.VARIANTS[spec["handle"]], entry["variants"], entry["inventory"]):
        opts = v["values"] + [None] * (3 - len(v["values"]))
        grams = _grams(spec, v)
        variants.append({
            "id": vid, "product_id": pid, "title": v["title"], "price": _money(v["price"]),
            "sku": v["sku"], "position": v["position"], "inventory_policy": v["policy"],
            "compare_at_price": _money(v["compare_at"]),
            "fulfillment_service": "manual",
            "inventory_management": "shopify" if v["tracked"] else None,
            "option1": opts[0], "option2": opts[1], "option3": opts[2],
            "created_at": created, "updated_at": "2026-11-30T17:42:10+01:00",
            "taxable": not spec["gift_card"], "barcode": None if spec["gift_card"] else "",
            "grams": grams, "weight": grams / 1000, "weight_unit": "kg",
            "inventory_item_id": inv, "inventory_quantity": v["qty"] if v["tracked"] else 0,
            "old_inventory_quantity": v["qty"] if v["tracked"] else 0,
            "requires_shipping": spec["shipping"],
            "admin_graphql_api_id": f"gid://shopify/ProductVariant/{vid}", "image_id": None,
        })
    options = [{"id": oid, "product_id": pid, "name": name, "position": i + 1, "values": list(vals)}
               for i, ((name, vals), oid) in enumerate(zip(spec["options"], entry["options"]))]
    image_id = 40120000000000 + index * 1117
    image = {"id": image_id, "alt": None, "position": 1, "product_id": pid, "created_at": created,
             "updated_at": created, "admin_graphql_api_id": f"gid://shopify/ProductImage/{image_id}",
             "width": 2000, "height": 2000,
             "src": f"https://cdn.shopify.com/s/files/1/0712/4410/9921/files/{spec['handle']}-1.jpg?v=1730000000",
             "variant_ids": []}
    return {
        "id": pid, "title": spec["title"], "body_html": body_html(spec), "vendor": catalog_vendor(spec),
        "product_type": spec["type"], "created_at": created, "handle": spec["handle"],
        "updated_at": "2026-11-30T17:42:10+01:00", "published_at": published,
        "template_suffix": "", "published_scope": "web", "tags": spec["tags"], "status": spec["status"],
        "admin_graphql_api_id": f"gid://shopify/Product/{pid}", "variants": variants,
        "options": options, "images": [image], "image": image,
    }


def catalog_vendor(spec):
    if spec["type"] in (catalog.SERV, catalog.GIFT):
        return "Kilim & Loom"
    if spec["handle"] in ("oslo-low-pile-rug", "sisal-boucle-rug"):
        return "Flanders Weaving"
    if spec["type"] in (catalog.CARE,):
        return "Woolcare Benelux"
    return "Kilim & Loom"


def document():
    return {"products": [product_record(i, spec) for i, spec in enumerate(catalog.PRODUCTS)]}


def passage_id(handle):
    return IDS[handle]["product"]
