"""The catalog of Ridgeline Camp Supply, written as WooCommerce's product CSV export
(Products > Export, all columns): parent rows, variation rows naming their parent, simple products.

Every fact a case expects about a product is read back from the structures built here."""
from __future__ import annotations

from datetime import date, datetime
from itertools import product as combos

from common import STORE, rng, wc_price, write_csv
from catalog_data import PRODUCTS

# The day the suite was written; sale windows are chosen so that the running ones are running for
# months around it, the ended one ended weeks before it and the future one starts much later.
TODAY = date(2026, 12, 2)

HEADER = [
    "ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "Date sale price starts", "Date sale price ends",
    "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount", "Backorders allowed?",
    "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)",
    "Allow customer reviews?", "Purchase note", "Sale price", "Regular price", "Categories", "Tags",
    "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
    "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
    "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
    "Attribute 1 default", "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible",
    "Attribute 2 global", "Attribute 2 default", "Attribute 3 name", "Attribute 3 value(s)",
    "Attribute 3 visible", "Attribute 3 global", "Attribute 3 default", "Meta: _yoast_wpseo_focuskw",
]


def _code(value: str) -> str:
    keep = "".join(ch for ch in value.upper() if ch.isalnum())
    return keep[:4] or "X"


def describe(p: dict) -> str:
    """The product's Description cell: HTML blocks joined by the exporter's literal \\n."""
    blocks = [f"<p>{para}</p>" for para in p["intro"]]
    if p.get("specs"):
        items = "\\n".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in p["specs"])
        blocks.append(f"<h4>Specifications</h4>\\n<ul>\\n{items}\\n</ul>")
    if p.get("box"):
        items = "\\n".join(f"<li>{x}</li>" for x in p["box"])
        blocks.append(f"<h4>{p.get('box_label', 'In the box')}</h4>\\n<ul>\\n{items}\\n</ul>")
    for para in p.get("outro", []):
        blocks.append(f"<p>{para}</p>")
    return "\\n".join(blocks)


def _variants(p: dict, ids) -> list[dict]:
    r = rng("stock:" + p["key"])
    out = []
    if p["type"] == "simple":
        combo_list = [()]
    else:
        combo_list = [c for c in combos(*[vals for _, vals in p["attrs"]])]
        skip = p.get("skip", set())
        combo_list = [c for c in combo_list if c not in skip]
    for combo in combo_list:
        opts = {name: val for (name, _), val in zip(p.get("attrs", []), combo)}
        regular = p["price"](opts) if callable(p["price"]) else p["price"]
        sale = None
        if p.get("sale") is not None:
            sale = p["sale"](opts) if callable(p["sale"]) else p["sale"]
        state = p.get("stock", {}).get(combo, "in")
        if p.get("untracked"):
            status, stock, backorders = "instock", "", "0"
        elif p.get("parent_stock"):
            status, stock, backorders = "instock", "parent", "0"
        elif state == "out":
            status, stock, backorders = "outofstock", "0", "0"
        elif state == "backorder":
            status, stock, backorders = "onbackorder", str(-r.randint(0, 3)), "1"
        else:
            status, stock, backorders = "instock", str(r.randint(2, 24)), "0"
        sku = p["sku"] if p["type"] == "simple" else "-".join([p["sku"]] + [p.get("codes", {}).get(v, _code(v)) for v in combo])
        published = 0 if combo in p.get("disabled", set()) else 1
        out.append({
            "id": p["id"] if p["type"] == "simple" else next(ids),
            "sku": sku, "options": opts, "combo": combo, "regular": regular, "sale": sale,
            "sale_from": p.get("sale_from"), "sale_to": p.get("sale_to"), "status": status,
            "stock": stock, "backorders": backorders, "published": published,
        })
    return out


def sale_applies(v: dict, today: date = TODAY) -> bool:
    if v["sale"] is None:
        return False
    start = datetime.strptime(v["sale_from"], "%Y-%m-%d %H:%M:%S").date() if v["sale_from"] else None
    end = datetime.strptime(v["sale_to"], "%Y-%m-%d %H:%M:%S").date() if v["sale_to"] else None
    return (start is None or start <= today) and (end is None or today <= end)


def price_now(v: dict) -> float:
    return v["sale"] if sale_applies(v) else v["regular"]


def offered(p: dict) -> bool:
    return p["published"] == 1


def live_variants(p: dict) -> list[dict]:
    return [v for v in p["variants"] if v["published"] == 1] if offered(p) else []


def orderable(v: dict) -> bool:
    return v["published"] == 1 and v["status"] in ("instock", "onbackorder")


def label(v: dict) -> str:
    return ", ".join(v["options"].values())


def build() -> list[dict]:
    ids = iter(range(2100, 9999))
    catalog = []
    for spec in PRODUCTS:
        p = dict(spec)
        p["id"] = next(ids)
        p["variants"] = _variants(p, ids)
        p["description"] = describe(p)
        catalog.append(p)
    return catalog


def _attr_cols(row: dict, attrs, values=None, parent=True) -> None:
    for i, (name, vals) in enumerate(attrs, start=1):
        row[f"Attribute {i} name"] = name
        row[f"Attribute {i} value(s)"] = ", ".join(vals) if parent else values[i - 1]
        row[f"Attribute {i} visible"] = "1" if parent else ""
        row[f"Attribute {i} global"] = "1"
        if parent:
            row[f"Attribute {i} default"] = ""


def rows(catalog: list[dict]) -> list[dict]:
    out = []
    for p in catalog:
        base = {
            "ID": p["id"], "Type": p["type"], "SKU": p["sku"], "Name": p["name"],
            "Published": p["published"], "Is featured?": "1" if p.get("featured") else "0",
            "Visibility in catalog": "visible", "Short description": p["short"],
            "Description": p["description"], "Tax status": "taxable", "Tax class": "",
            "Low stock amount": "", "Sold individually?": "0",
            "Weight (kg)": p.get("ship_kg", ""), "Allow customer reviews?": "1",
            "Categories": p["category"], "Tags": ", ".join(p.get("tags", [])),
            "Shipping class": p.get("shipping_class", ""),
            "Images": f"https://ridgelinecamp.co.nz/wp-content/uploads/2026/08/{p['sku'].lower()}-1.jpg",
            "Position": "0", "Meta: _yoast_wpseo_focuskw": p["name"].lower(),
        }
        if p["type"] == "simple":
            v = p["variants"][0]
            base.update({
                "In stock?": {"instock": "1", "outofstock": "0", "onbackorder": "backorder"}[v["status"]],
                "Stock": v["stock"], "Backorders allowed?": v["backorders"],
                "Regular price": wc_price(v["regular"]), "Sale price": wc_price(v["sale"]),
                "Date sale price starts": v["sale_from"] or "", "Date sale price ends": v["sale_to"] or "",
            })
            out.append(base)
            continue
        any_in = any(v["status"] != "outofstock" for v in p["variants"])
        base.update({"In stock?": "1" if any_in else "0",
                     "Stock": p.get("parent_stock", ""),
                     "Backorders allowed?": "0"})
        _attr_cols(base, p["attrs"])
        out.append(base)
        parent_ref = p["sku"] if p.get("parent_by_sku") else f"id:{p['id']}"
        for pos, v in enumerate(p["variants"], start=1):
            row = {
                "ID": v["id"], "Type": "variation", "SKU": v["sku"],
                "Name": f"{p['name']} - {label(v)}", "Published": v["published"],
                "Is featured?": "0", "Visibility in catalog": "visible", "Short description": "",
                "Description": "", "Tax status": "taxable", "Tax class": "parent",
                "In stock?": {"instock": "1", "outofstock": "0", "onbackorder": "backorder"}[v["status"]],
                "Stock": v["stock"], "Backorders allowed?": v["backorders"], "Sold individually?": "0",
                "Allow customer reviews?": "0", "Regular price": wc_price(v["regular"]),
                "Sale price": wc_price(v["sale"]), "Date sale price starts": v["sale_from"] or "",
                "Date sale price ends": v["sale_to"] or "", "Parent": parent_ref, "Position": pos,
                "Images": "",
            }
            _attr_cols(row, p["attrs"], list(v["combo"]), parent=False)
            out.append(row)
    return out


def write(catalog: list[dict]) -> None:
    write_csv(STORE / "wc-product-export-2-12-2026.csv", HEADER, rows(catalog), bom=True)


def by_key(catalog: list[dict]) -> dict:
    return {p["key"]: p for p in catalog}


def variant(p: dict, **opts) -> dict:
    """The variant whose options include these (option names with spaces as underscores)."""
    want = {k.replace("_", " "): v for k, v in opts.items()}
    for v in p["variants"]:
        if all(v["options"].get(k) == val for k, val in want.items()):
            return v
    raise KeyError((p["key"], opts))


def spec(p: dict, name: str) -> str:
    for k, v in p.get("specs", []):
        if k == name:
            return v
    raise KeyError((p["key"], name))
