"""Expands catalog specs into variants (options, price, sale, stock) with stable ids and SKUs."""

import itertools
import random

import catalog

_RNG = random.Random("kilim-and-loom:variants:v1")


def _abbrev(handle):
    words = [w for w in handle.split("-") if w not in ("per", "and")]
    return "".join(w[0] for w in words[:4]).upper()


def _code(value):
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits and any(u in value for u in ("cm", "mm", "m\u00b2", "ml", "\u20ac", "pieces")):
        return digits
    if value == "1 L":
        return "1L"
    letters = "".join(ch for ch in value if ch.isalpha())
    return letters[:3].upper()


def _price(spec, values):
    key = tuple(values)
    if key in spec.get("sale_price", {}):
        return float(spec["sale_price"][key])
    price = float(spec["prices"][values[0]])
    for value in values:
        price += spec["extra"].get(value, 0)
        price += spec.get("size_steps", {}).get(value, 0)
    return round(price, 2)


def expand(spec):
    """The variants of one product, in the shop's order (first option slowest)."""
    names = [name for name, _ in spec["options"]]
    combos = list(itertools.product(*[vals for _, vals in spec["options"]]))
    out = []
    for position, values in enumerate(combos, start=1):
        key = tuple(values)
        price = _price(spec, values)
        compare = spec["sale"].get(key)
        if spec["tracked"]:
            qty = spec["stock"].get(key)
            if qty is None:
                qty = _RNG.randint(1, 12)
        else:
            qty = 0
        default = values == ("Default Title",)
        sku = "KL-" + _abbrev(spec["handle"])
        if not default:
            sku += "-" + "-".join(_code(v) for v in values)
        if spec["gift_card"]:
            sku = ""  # Shopify gift cards are usually left without a SKU
        out.append({
            "position": position, "values": list(values), "names": names, "price": price,
            "compare_at": float(compare) if compare is not None else None,
            "qty": qty, "tracked": spec["tracked"],
            "policy": spec.get("policies", {}).get(key, spec["policy"]),
            "sku": sku, "title": "Default Title" if default else " / ".join(values),
        })
    return out


def on_sale(variant):
    return variant["compare_at"] is not None and variant["compare_at"] > variant["price"]


def state(variant):
    """in_stock, out_of_stock, backorder or untracked (always available)."""
    if not variant["tracked"]:
        return "untracked"
    if variant["qty"] > 0:
        return "in_stock"
    if variant["policy"] == "continue":
        return "backorder"
    return "out_of_stock"


def orderable(variant):
    return state(variant) != "out_of_stock"


VARIANTS = {spec["handle"]: expand(spec) for spec in catalog.PRODUCTS}


def variant(handle, *values):
    for v in VARIANTS[handle]:
        if v["values"] == list(values):
            return v
    raise KeyError((handle, values))


def all_for_sale():
    for spec in catalog.PRODUCTS:
        if catalog.for_sale(spec):
            for v in VARIANTS[spec["handle"]]:
                yield spec, v
