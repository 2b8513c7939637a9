"""The catalog model and Shopify's products CSV export (Products > Export > all products, plain CSV)."""

import csv
import re

from policy import plain


class Variant:
    def __init__(self, values, price, qty=4, compare=None, policy="deny", tracked=True, sku=None,
                 grams=None, image=None):
        self.values = tuple(values)
        self.price = price                  # cents
        self.compare = compare              # cents or None
        self.qty = qty
        self.policy = policy
        self.tracked = tracked
        self.sku = sku
        self.grams = grams
        self.image = image
        self.product = None

    @property
    def state(self):
        if not self.tracked:
            return "untracked"
        if self.qty > 0:
            return "in_stock"
        return "backorder" if self.policy == "continue" else "out_of_stock"

    @property
    def orderable(self):
        return self.state != "out_of_stock"

    @property
    def on_sale(self):
        return self.compare is not None and self.compare > self.price

    @property
    def title(self):
        return " / ".join(self.values) if self.values else "Default Title"

    @property
    def line_name(self):
        """Shopify's line item name: "Product - Option1 / Option2"."""
        return self.product.title if not self.values else f"{self.product.title} - {self.title}"

    @property
    def key(self):
        return f"variant:{self.product.handle}:{self.sku}"


class Product:
    def __init__(self, handle, title, vendor, ptype, category, tags, options, variants, body,
                 sku_prefix, status="active", published=True, images=1, gift_card=False,
                 shipping=True, taxable=True, grams=1000, seo=None, kind=None):
        self.handle, self.title, self.vendor, self.ptype = handle, title, vendor, ptype
        self.category, self.tags, self.options, self.body = category, tags, options, body
        self.status, self.published, self.images = status, published, images
        self.gift_card, self.shipping, self.taxable = gift_card, shipping, taxable
        self.seo = seo
        self.kind = kind or ptype
        self.variants = variants
        for v in variants:
            v.product = self
            if v.sku is None:
                v.sku = sku_prefix + "".join("-" + sku_part(x) for x in v.values)
            if v.grams is None:
                v.grams = grams

    @property
    def for_sale(self):
        return self.status == "active" and self.published

    @property
    def key(self):
        return f"product:{self.handle}"

    def variant(self, *values):
        for v in self.variants:
            if v.values == tuple(values):
                return v
        raise KeyError((self.handle, values))


def sku_part(value):
    v = value.replace(" cm", "").replace(" mm", "").replace("$", "")
    if re.fullmatch(r"[\d.]+", v):
        return v.replace(".", "")
    words = re.findall(r"[A-Za-z]+|\d+", v)
    if len(words) == 1:
        return words[0][:4].upper()
    letters = "".join(w[0] for w in words if w.isalpha()).upper()
    digits = next((w for w in words if w.isdigit()), "")
    return letters + digits


def dollars(text):
    from policy import cents
    return cents(text)


COLUMNS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value",
    "Option2 Linked To", "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU",
    "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
    "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
    "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom Product", "Google Shopping / Custom Label 0",
    "Google Shopping / Custom Label 1", "Google Shopping / Custom Label 2",
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4", "Variant Image",
    "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Included / United States",
    "Price / United States", "Compare At Price / United States", "Included / Canada",
    "Price / Canada", "Compare At Price / Canada", "Status",
]

CDN = "https://cdn.shopify.com/s/files/1/0734/5512/9087/files/"


def tf(flag):
    return "TRUE" if flag else "FALSE"


def rows_for(product, barcode_base):
    rows = []
    images = [f"{CDN}{product.handle}-{i}.jpg?v=17{(len(product.handle) * 7919 + i) % 100000:05d}"
              for i in range(1, product.images + 1)]
    for i, v in enumerate(product.variants):
        r = {c: "" for c in COLUMNS}
        r["Handle"] = product.handle
        if i == 0:
            r.update({
                "Title": product.title, "Body (HTML)": product.body, "Vendor": product.vendor,
                "Product Category": product.category, "Type": product.ptype,
                "Tags": ", ".join(product.tags), "Published": tf(product.published),
                "Gift Card": tf(product.gift_card), "Status": product.status,
                "SEO Title": product.seo or "", "Google Shopping / Condition": "new",
                "Google Shopping / Custom Product": "FALSE",
                "Included / United States": "TRUE", "Included / Canada": "TRUE",
            })
            names = product.options or ["Title"]
            for n, name in enumerate(names[:3], 1):
                r[f"Option{n} Name"] = name
        values = v.values or ("Default Title",)
        for n, value in enumerate(values[:3], 1):
            r[f"Option{n} Value"] = value
        r["Variant SKU"] = v.sku
        r["Variant Grams"] = str(v.grams)
        r["Variant Inventory Tracker"] = "shopify" if v.tracked else ""
        r["Variant Inventory Qty"] = str(v.qty) if v.tracked else "0"
        r["Variant Inventory Policy"] = v.policy
        r["Variant Fulfillment Service"] = "manual"
        r["Variant Price"] = plain(v.price)
        r["Variant Compare At Price"] = plain(v.compare) if v.compare else ""
        r["Variant Requires Shipping"] = tf(product.shipping)
        r["Variant Taxable"] = tf(product.taxable)
        r["Variant Barcode"] = "" if not product.shipping else str(barcode_base + i)
        r["Variant Weight Unit"] = "lb" if v.grams < 4000 else "kg"
        if v.image:
            r["Variant Image"] = f"{CDN}{product.handle}-{v.image}.jpg"
        if i < len(images):
            r["Image Src"] = images[i]
            r["Image Position"] = str(i + 1)
            r["Image Alt Text"] = product.title if i == 0 else ""
        rows.append(r)
    for i in range(len(product.variants), len(images)):        # image-only rows
        r = {c: "" for c in COLUMNS}
        r.update({"Handle": product.handle, "Image Src": images[i], "Image Position": str(i + 1)})
        rows.append(r)
    return rows


def write_products_csv(path, products):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for n, p in enumerate(products):
            for r in rows_for(p, 840132500000 + n * 100):
                w.writerow(r)


def for_sale(products):
    return [p for p in products if p.for_sale]


def by_handle(products):
    return {p.handle: p for p in products}
