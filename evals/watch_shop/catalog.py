"""Builds the catalog model from catalog_data and renders Shopify's Admin API products.json."""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field

from common import (OPTION_ID_BASE, PRODUCT_ID_BASE, VARIANT_ID_BASE, money, rng)
from catalog_data import PRODUCTS


@dataclass
class Variant:
    id: int
    sku: str
    values: tuple
    price: float
    compare_at: float | None       # as exported (may be below the price)
    qty: int
    policy: str                    # deny | continue
    managed: bool                  # inventory tracked by Shopify
    title: str

    @property
    def on_sale(self) -> bool:
        return self.compare_at is not None and self.compare_at > self.price

    @property
    def available(self) -> bool:
        return (not self.managed) or self.qty > 0 or self.policy == "continue"

    @property
    def in_stock(self) -> bool:
        return (not self.managed) or self.qty > 0

    @property
    def backorder(self) -> bool:
        return self.managed and self.qty <= 0 and self.policy == "continue"

    @property
    def sold_out(self) -> bool:
        return self.managed and self.qty <= 0 and self.policy == "deny"


@dataclass
class Product:
    id: int
    handle: str
    title: str
    vendor: str
    ptype: str
    tags: list
    status: str
    published: bool
    option_names: list
    option_values: list
    variants: list
    body_html: str
    spec: dict
    sizes: list
    box: list
    table: tuple | None
    raw: dict = field(repr=False, default_factory=dict)

    @property
    def for_sale(self) -> bool:
        return self.status == "active" and self.published

    def variant(self, *values) -> Variant:
        for v in self.variants:
            if tuple(v.values) == tuple(values):
                return v
        raise KeyError((self.handle, values))

    @property
    def min_price(self) -> float:
        return min(v.price for v in self.variants)

    @property
    def max_price(self) -> float:
        return max(v.price for v in self.variants)


def value_code(value: str, codes: dict) -> str:
    if value in codes:
        return codes[value]
    digits = re.findall(r"\d+", value)
    if digits:
        return digits[0]
    letters = re.sub(r"[^A-Za-z]", "", value)
    return letters[:3].upper()


def _body(spec: dict) -> str:
    parts = [f"<p>{html.escape(spec['intro'], quote=False)}</p>"]
    if spec["specs"]:
        parts.append("<h3>Specifications</h3>")
        parts.append("<ul>")
        for label, value in spec["specs"]:
            parts.append(f"<li><strong>{html.escape(label)}:</strong> {html.escape(value, quote=False)}</li>")
        parts.append("</ul>")
    if spec["sizes"]:
        parts.append("<h3>Sizes</h3>")
        parts.append("<table>")
        parts.append("<thead><tr><th>Case size</th><th>Lug width</th><th>Thickness</th></tr></thead>")
        parts.append("<tbody>")
        for case, lug, thick in spec["sizes"]:
            parts.append(f"<tr><td>{case}</td><td>{lug}</td><td>{thick}</td></tr>")
        parts.append("</tbody>")
        parts.append("</table>")
    if spec["table"]:
        left, right, rows = spec["table"]
        parts.append("<h3>Which length?</h3>")
        parts.append("<table>")
        parts.append(f"<thead><tr><th>{left}</th><th>{right}</th></tr></thead>")
        parts.append("<tbody>")
        for a, b in rows:
            parts.append(f"<tr><td>{a}</td><td>{b}</td></tr>")
        parts.append("</tbody>")
        parts.append("</table>")
    if spec["box"]:
        parts.append("<h3>What's in the box</h3>")
        parts.append("<ul>")
        for item in spec["box"]:
            parts.append(f"<li>{html.escape(item, quote=False)}</li>")
        parts.append("</ul>")
    if spec["extra_html"]:
        parts.append(spec["extra_html"])
    return "\n".join(parts)


def _stamp(r, year_from=2025) -> str:
    month = r.randint(1, 12)
    day = r.randint(1, 28)
    year = year_from if month > 3 else year_from + 1
    hour, minute, sec = r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)
    offset = "+01:00" if 4 <= month <= 9 else "+00:00"
    return f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{sec:02d}{offset}"


def build() -> list[Product]:
    r = rng("catalog")
    products = []
    vid = VARIANT_ID_BASE
    for index, spec in enumerate(PRODUCTS):
        pid = PRODUCT_ID_BASE + 1000 + index * 37 + r.randint(0, 20)
        names = [n for n, _ in spec["options"]]
        values = [vals for _, vals in spec["options"]]
        combos = list(itertools.product(*values)) if values else [()]
        variants = []
        for combo in combos:
            vid += r.randint(3, 40)
            code = "-".join(value_code(v, spec["codes"]) for v in combo)
            sku = f"{spec['sku']}-{code}" if code else spec["sku"]
            price, compare = spec["price"](combo)
            if not spec["tracked"]:
                qty, policy, managed = 0, "deny", False
            elif code in spec["stock"]:
                qty, policy = spec["stock"][code]
                managed = True
            else:
                qty, policy, managed = r.randint(2, 15), "deny", True
            title = " / ".join(combo) if combo else "Default Title"
            variants.append(Variant(vid, sku, tuple(combo), float(price),
                                    float(compare) if compare is not None else None, qty, policy, managed, title))
        product = Product(
            id=pid, handle=spec["handle"], title=spec["title"], vendor=spec["vendor"], ptype=spec["ptype"],
            tags=list(spec["tags"]), status=spec["status"], published=spec["published"], option_names=names,
            option_values=values, variants=variants, body_html=_body(spec), spec=dict(spec["specs"]),
            sizes=list(spec["sizes"]), box=list(spec["box"]), table=spec["table"],
        )
        product.raw = _render(product, spec, r)
        products.append(product)
    return products


def _render(p: Product, spec: dict, r) -> dict:
    created = _stamp(r)
    updated = "2026-11-" + f"{r.randint(1, 27):02d}T{r.randint(8, 18):02d}:{r.randint(0, 59):02d}:00+00:00"
    published_at = created if p.published and p.status == "active" else None
    if p.status == "archived":
        published_at = created   # archived products keep their old publication date
    options = []
    if p.option_names:
        for pos, (name, vals) in enumerate(zip(p.option_names, p.option_values), start=1):
            options.append({"id": OPTION_ID_BASE + p.id % 100000 * 10 + pos, "product_id": p.id, "name": name,
                            "position": pos, "values": list(vals)})
    else:
        options.append({"id": OPTION_ID_BASE + p.id % 100000 * 10 + 1, "product_id": p.id, "name": "Title",
                        "position": 1, "values": ["Default Title"]})
    variants = []
    gift = p.ptype == "Gift Cards"
    for pos, v in enumerate(p.variants, start=1):
        opts = list(v.values) + [None] * (3 - len(v.values))
        if not v.values:
            opts = ["Default Title", None, None]
        grams = 0 if gift else (95 if p.ptype == "Watches" else 1200 if p.ptype == "Watch Winders" else 30)
        variants.append({
            "id": v.id, "product_id": p.id, "title": v.title, "price": money(v.price), "position": pos,
            "inventory_policy": v.policy,
            "compare_at_price": money(v.compare_at) if v.compare_at is not None else None,
            "option1": opts[0], "option2": opts[1], "option3": opts[2],
            "created_at": created, "updated_at": updated, "taxable": not gift, "barcode": None,
            "fulfillment_service": "gift_card" if gift else "manual", "grams": grams,
            "inventory_management": "shopify" if v.managed else None,
            "requires_shipping": spec["shipping"], "sku": v.sku, "weight": round(grams / 1000, 3), "weight_unit": "kg",
            "inventory_item_id": v.id - 2_000_000_000_000, "inventory_quantity": v.qty, "old_inventory_quantity": v.qty,
            "admin_graphql_api_id": f"gid://shopify/ProductVariant/{v.id}", "image_id": None,
        })
    image_id = 30_118_000_000_000 + p.id % 1_000_000
    image = {"id": image_id, "alt": p.title, "position": 1, "product_id": p.id, "created_at": created,
             "updated_at": updated, "admin_graphql_api_id": f"gid://shopify/ProductImage/{image_id}",
             "width": 2048, "height": 2048,
             "src": f"https://cdn.shopify.com/s/files/1/0712/4409/2231/files/{p.handle}-1.jpg?v=1729{p.id % 1000000:06d}",
             "variant_ids": []}
    return {
        "id": p.id, "title": p.title, "body_html": p.body_html, "vendor": p.vendor, "product_type": p.ptype,
        "created_at": created, "handle": p.handle, "updated_at": updated, "published_at": published_at,
        "template_suffix": "", "published_scope": "global", "tags": ", ".join(p.tags), "status": p.status,
        "admin_graphql_api_id": f"gid://shopify/Product/{p.id}", "variants": variants, "options": options,
        "images": [image], "image": image,
    }


def products_json(products: list[Product]) -> dict:
    return {"products": [p.raw for p in products]}


def by_handle(products: list[Product]) -> dict:
    return {p.handle: p for p in products}
