"""The catalog of Bergschrund Climbing Co.: shared constants, product and variant builders.

The products themselves are defined in catalog_gear.py (hardware, ropes, harnesses, helmets,
ice and snow) and catalog_soft.py (shoes, chalk, pads, apparel, services, gift cards). Every
figure a case checks is read from these records, never typed a second time.
"""
import random

SEED = 20261206
TODAY = "2026-12-06"
SHOP = "Bergschrund Climbing Co."
DOMAIN = "bergschrund.ca"
CURRENCY = "CAD"

# Sale windows as Google writes them (sale_price_effective_date), in Calgary time (MST, -0700).
HOLIDAY = ("2026-11-27T00:00-0700", "2026-12-24T23:59-0700")     # running on the store's today
BFCM = ("2026-11-27T00:00-0700", "2026-11-30T23:59-0700")        # over
BOXING = ("2026-12-26T00:00-0700", "2027-01-04T23:59-0700")      # not started yet
OPEN_ENDED = (None, None)                                          # a sale price with no dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def long_date(iso):
    """'2026-12-18...' -> 'December 18, 2026'."""
    y, m, d = iso[:10].split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def date_forms(iso):
    """Ways a reply may write a day: 'December 18', 'Dec 18', '2026-12-18', '18 December'."""
    y, m, d = iso[:10].split("-")
    month = MONTHS[int(m) - 1]
    return [f"{month} {int(d)}", f"{month[:3]} {int(d)}", iso[:10], f"{int(d)} {month}"]


def money(x):
    return f"{x:,.2f}"


class Variant:
    def __init__(self, sku, vtitle, price, opts=None, sale=None, avail="in_stock",
                 avail_date=None, weight_g=None, multipack=None, legacy_avail=False):
        self.sku = sku
        self.vtitle = vtitle            # Shopify's variant title, after " - " in the feed title
        self.price = price
        self.opts = opts or {}          # feed attributes: color, size, pattern, material
        self.sale = sale                # (sale_price, (start, end)) or None
        self.avail = avail              # in_stock, out_of_stock, backorder, preorder
        self.avail_date = avail_date
        self.weight_g = weight_g
        self.multipack = multipack
        self.legacy_avail = legacy_avail  # written "in stock" / "out of stock" (old spelling)
        self.gtin = None
        self.product = None

    # what a shopper pays on the store's today, and what it says
    def sale_running(self):
        if not self.sale:
            return False
        start, end = self.sale[1]
        today = TODAY + "T12:00"
        return (start is None or start[:16] <= today) and (end is None or today <= end[:16])

    def sale_future(self):
        return bool(self.sale) and self.sale[1][0] is not None and self.sale[1][0][:10] > TODAY

    def sale_over(self):
        return bool(self.sale) and self.sale[1][1] is not None and self.sale[1][1][:10] < TODAY

    def now_price(self):
        return self.sale[0] if self.sale_running() else self.price

    def orderable(self):
        return self.avail in ("in_stock", "backorder", "preorder")

    def in_stock(self):
        return self.avail == "in_stock"

    def title(self):
        p = self.product
        return p.title if len(p.variants) == 1 else f"{p.title} - {self.vtitle}"


class Product:
    def __init__(self, key, title, brand, ptype, gcat, desc, variants, details=(), handle=None,
                 age_group="adult", gender="unisex", excluded=(), custom_label=None,
                 ship_weight_kg=0.5, dangerous=False, oversize=False, service=False,
                 escaped_html=False, highlights=(), size_system=None, bundle=False,
                 identifier=True, condition="new", shipping_override=None):
        self.key = key
        self.title = title
        self.brand = brand
        self.ptype = ptype
        self.gcat = gcat
        self.desc = desc.strip()
        self.variants = variants
        self.details = list(details)
        self.handle = handle or key
        self.age_group = age_group
        self.gender = gender
        self.excluded = list(excluded)
        self.custom_label = custom_label
        self.ship_weight_kg = ship_weight_kg
        self.dangerous = dangerous
        self.oversize = oversize
        self.service = service
        self.escaped_html = escaped_html
        self.highlights = list(highlights)
        self.size_system = size_system
        self.bundle = bundle
        self.identifier = identifier
        self.condition = condition
        self.shipping_override = shipping_override
        self.group_id = None
        for v in variants:
            v.product = self

    @property
    def pid(self):
        """copilot's product id under the google_merchant preset: item_group_id, else the id."""
        return self.group_id if len(self.variants) > 1 else self.variants[0].sku

    def variant(self, sku):
        for v in self.variants:
            if v.sku == sku:
                return v
        raise KeyError(sku)

    def by_title(self, vtitle):
        for v in self.variants:
            if v.vtitle == vtitle:
                return v
        raise KeyError(vtitle)

    def link(self):
        return f"https://{DOMAIN}/products/{self.handle}"

    def src(self):
        return f"product:{self.pid}"


def vsrc(v):
    return f"variant:{v.product.pid}:{v.sku}"


def ean13(rng, prefix):
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


BRAND_PREFIX = {"Rimrock": "0850012", "Talus": "0811207", "Ptarmigan": "0887334",
                "Cascadia Alpine": "0628945", "Chinook Ropes": "0627843", "Serac Equipment": "3700453",
                "Arête Works": "0810096", "Firnline": "7612345", "Ironwood Mountain": "0842219",
                "Cornice Safety": "9008415", "Ursa Guard": "0626702", "Alpenflame": "4006508"}


def build_catalog():
    """All products in feed order, with Shopify product ids as item_group_id and GTINs."""
    from catalog_gear import gear_products
    from catalog_soft import soft_products
    products = gear_products() + soft_products()
    rng = random.Random(SEED)
    next_id = 8841203310000
    for p in products:
        next_id += rng.randrange(1000, 90000)
        p.group_id = str(next_id)
        for v in p.variants:
            if p.identifier and p.brand in BRAND_PREFIX:
                v.gtin = ean13(rng, BRAND_PREFIX[p.brand])
    keys = [p.key for p in products]
    assert len(keys) == len(set(keys)), "duplicate product keys"
    skus = [v.sku for p in products for v in p.variants]
    assert len(skus) == len(set(skus)), "duplicate SKUs"
    return products


class Catalog:
    def __init__(self):
        self.products = build_catalog()
        self.by_key = {p.key: p for p in self.products}
        self.by_sku = {v.sku: v for p in self.products for v in p.variants}

    def __getitem__(self, key):
        return self.by_key[key]

    def sku(self, sku):
        return self.by_sku[sku]

    def variants(self):
        return [v for p in self.products for v in p.variants]
