"""A synthetic shop of any size, written in copilot's own layout, for benchmarks.

Texts are varied the way real catalogs are (names from word lists, options, prices, policy prose), so the
embedding model and both indexes do realistic work. Deterministic for a given size and seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ADJECTIVES = (
    "alpine ridge summit trail canyon coastal glacier forest desert river meadow granite cedar "
    "storm ember polar tundra harbor prairie basin"
).split()
NOUNS = (
    "rain jacket|down jacket|fleece pullover|base layer|hiking pant|trail runner|hiking boot|wool sock|"
    "backpack|daypack|tent|sleeping bag|sleeping pad|camp stove|cook pot|water bottle|headlamp|"
    "trekking pole|glove|beanie|sun hat|dry bag|camp chair|hammock|water filter"
).split("|")
COLORS = "black navy blue red green olive grey charcoal orange yellow teal purple sand rust white".split()
SIZES = "XS S M L XL XXL".split()
MATERIALS = "nylon polyester merino cotton down synthetic leather canvas titanium aluminum".split()
TOPICS = (
    "returns refunds shipping delivery exchanges warranty repairs payments gift cards promo codes "
    "price match cancellations order changes tracking international customs loyalty rewards"
).split()
SENTENCES = [
    "Items can be returned within {n} days of delivery if they are unused and in original packaging.",
    "Refunds to the original payment method take {n} business days after the return is inspected.",
    "Standard shipping takes {n} business days; express arrives in {m} business days.",
    "Orders over ${n} ship free within the contiguous United States.",
    "Our warranty covers defects in materials and workmanship for {n} years from purchase.",
    "You can cancel an order until it has been handed to the carrier, usually within {n} hours.",
    "Gift cards never expire and can be combined with up to {n} other payment methods.",
    "Price adjustments are available within {n} days if an item goes on sale.",
    "International orders may be subject to customs duties collected by the carrier on delivery.",
    "Loyalty members earn {n} points per dollar and can redeem them at checkout.",
]


def _product(rng: random.Random, index: int, variants: int) -> dict[str, object]:
    words = (rng.choice(ADJECTIVES), rng.choice(ADJECTIVES), rng.choice(NOUNS))
    name = " ".join(w.title() for w in words) + f" {index}"
    base = round(rng.uniform(12, 480), 2)
    items = []
    for v in range(variants):
        color, size = COLORS[(index + v) % len(COLORS)], SIZES[v % len(SIZES)]
        items.append(
            {
                "variant_id": f"SK{index:06d}{v:02d}",
                "sku": f"SK{index:06d}{v:02d}",
                "options": {"color": color, "size": size, "material": rng.choice(MATERIALS)},
                "price": round(base + v * 2.5, 2),
                "available": rng.random() > 0.25,
            }
        )
    return {
        "product_id": f"P{index:06d}",
        "name": name,
        "category": name.split()[-2],
        "description": f"A {rng.choice(MATERIALS)} {name.split()[-2].lower()} built for "
        f"{rng.choice(['wet', 'cold', 'long', 'fast', 'rocky'])} days outdoors, with "
        f"{rng.choice(['taped seams', 'reinforced panels', 'a lifetime warranty', 'recycled fabric'])}.",
        "variants": items,
    }


def _document(rng: random.Random, index: int) -> str:
    lines = [f"# {rng.choice(TOPICS).title()} policy {index}"]
    for section in range(4):
        lines.append(f"\n## {rng.choice(TOPICS).title()} {section}\n")
        for _ in range(5):
            lines.append(rng.choice(SENTENCES).format(n=rng.randint(2, 90), m=rng.randint(1, 3)))
    return "\n".join(lines)


def write_shop(root: Path, passages: int, seed: int = 1) -> Path:
    """About ``passages`` passages: 11 per product (10 variants + 1) and ~5% document sections."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "docs").mkdir(exist_ok=True)
    documents = max(1, passages // 20 // 4)
    products = max(1, (passages - documents * 4) // 11)
    with (root / "products.jsonl").open("w") as handle:
        for i in range(products):
            handle.write(json.dumps(_product(rng, i, 10)) + "\n")
    for i in range(documents):
        (root / "docs" / f"policy-{i}.md").write_text(_document(rng, i))
    (root / "sources.yaml").write_text(
        "shop: Synthetic\nsources:\n  - kind: catalog\n    path: products.jsonl\n"
        "  - kind: documents\n    paths: ['docs/*.md']\n"
    )
    return root / "sources.yaml"


def queries(rng: random.Random, count: int, products: int) -> list[str]:
    """Shopper-like queries over the synthetic shop: options, ids and policy questions."""
    out = []
    for _ in range(count):
        kind = rng.random()
        index = rng.randrange(products)
        if kind < 0.4:
            color, size = rng.choice(COLORS), rng.choice(SIZES)
            out.append(f"is the {rng.choice(NOUNS)} {index} in {color} size {size} in stock")
        elif kind < 0.55:
            out.append(f"SK{index:06d}{rng.randrange(10):02d} price")
        else:
            out.append(f"how long do {rng.choice(TOPICS)} take and what does it cost")
    return out
