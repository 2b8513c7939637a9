"""Builds the catalog (ids, variations, stock, sales) from hs_products and writes it as
WooCommerce's product CSV export (Products > Export, all columns), with the exporter's quirks:
a byte order mark, PHP fputcsv quoting (any cell with a space is quoted), descriptions with their
line breaks written as a literal backslash-n, titles stored with `&amp;`, variations whose Parent
is the parent's SKU or `id:<ID>`, attribute columns added in the order the rows first use them
(`Attribute 1 default` right after the first variable product's attribute), a variation added later
that sits at the end of the file, a disabled variation (`Published` 0), draft (-1), private (0) and
pending (2) products, stock kept on the parent (`parent`), unmanaged stock (empty `Stock`),
`backorder` and sale dates written `Y-m-d G:i:s`.
"""
import itertools
from datetime import datetime

from hs_out import write_csv
from hs_products import PRODUCTS

TODAY = datetime(2026, 12, 2, 12, 0, 0)
SITE = "https://thistleandbrim.co.uk"

BASE_COLUMNS = [
    "ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?",
    "Visibility in catalog", "Short description", "Description", "Date sale price starts",
    "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount",
    "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)",
    "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
    "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
    "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
]


def slug(text):
    out = []
    for ch in text.lower().replace("&amp;", "and"):
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def parse_dt(text):
    if not text:
        return None
    day, clock = text.split(" ")
    h, m, s = clock.split(":")
    y, mo, d = day.split("-")
    return datetime(int(y), int(mo), int(d), int(h), int(m), int(s))


class Catalog:
    def __init__(self, rng):
        self.rng = rng
        self.products = []
        next_id = 1402
        late = []
        for spec in PRODUCTS:
            p = dict(spec)
            p.setdefault("type", "variable")
            p.setdefault("published", 1)
            p.setdefault("featured", 0)
            p["id"] = next_id
            next_id += 1
            p["variants"] = []
            if p["type"] == "variable":
                for v in self._variations(p):
                    if v.get("late"):
                        late.append(v)
                        continue
                    v["id"] = next_id
                    next_id += 1
                    p["variants"].append(v)
            else:
                p["variants"].append(self._simple_variant(p))
            next_id += rng.randint(2, 5)  # image attachments take post ids too
            self.products.append(p)
        next_id += 37  # orders, pages and media created since
        for v in late:
            v["id"] = next_id
            next_id += 1
            v["parent"]["variants"].append(v)
        for p in self.products:
            if p["type"] == "variable":
                for pos, v in enumerate(sorted(p["variants"], key=lambda x: x["id"]), start=1):
                    v["position"] = pos
        self.by_key = {p["key"]: p for p in self.products}

    # ---- building -------------------------------------------------------------------------
    def _variations(self, p):
        var_attrs = [a for a in p["attrs"] if a["variation"]]
        combos = itertools.product(*[a["values"] for a in var_attrs])
        out = []
        for combo in combos:
            codes = tuple(c for _, c in combo)
            labels = [lab for lab, _ in combo]
            price = p["price"]
            for table in ("size_price", "brim_price", "kit_price", "box_price"):
                for code in codes:
                    if code in p.get(table, {}):
                        price = p[table][code]
            if p.get("amount_price"):
                price = codes[0]
            prefix = p["sku"] or p["var_prefix"]
            v = {"parent": p, "codes": codes, "labels": labels,
                 "names": [a["name"] for a in var_attrs],
                 "sku": "-".join([prefix] + list(codes)), "regular": price,
                 "sale": p.get("sale", ""), "sale_from": p.get("sale_from", ""),
                 "sale_to": p.get("sale_to", ""), "published": p["published"] if p["published"] != 1 else 1,
                 "backorders": "0"}
            if p.get("unmanaged"):
                v["stock"] = None
            elif p.get("parent_stock") is not None:
                v["stock"] = "parent"
            else:
                v["stock"] = self.rng.randint(2, 12)
            v.update(p.get("all_variants", {}))
            v.update(p.get("overrides", {}).get(codes, {}))
            if "status" not in v:
                if v["stock"] is None or v["stock"] == "parent":
                    v["status"] = "1"
                else:
                    v["status"] = "1" if v["stock"] > 0 else "0"
            out.append(v)
        return out

    def _simple_variant(self, p):
        return {"parent": p, "codes": (), "labels": [], "names": [], "sku": p["sku"], "id": p["id"],
                "regular": p["price"], "sale": p.get("sale", ""), "sale_from": p.get("sale_from", ""),
                "sale_to": p.get("sale_to", ""), "published": p["published"],
                "stock": p.get("stock"), "status": p.get("status", "1"),
                "backorders": p.get("backorders", "0")}

    # ---- what the shop offers, read as a shopper would see it today ------------------------
    @staticmethod
    def pid(p):
        return p["sku"] or str(p["id"])

    def vkey(self, v):
        return "variant:%s:%s" % (self.pid(v["parent"]), v["sku"])

    def pkey(self, p):
        return "product:%s" % self.pid(p)

    @staticmethod
    def display_name(p):
        return p["name"].replace("&amp;", "&")

    def for_sale(self):
        return [p for p in self.products if p["published"] == 1]

    def sellable(self, p):
        return [v for v in p["variants"] if p["published"] == 1 and v["published"] == 1]

    @staticmethod
    def on_sale_now(v, when=TODAY):
        if not v["sale"]:
            return False
        start, end = parse_dt(v["sale_from"]), parse_dt(v["sale_to"])
        if start and when < start:
            return False
        if end and when > end:
            return False
        return True

    def price_now(self, v):
        return float(v["sale"] if self.on_sale_now(v) else v["regular"])

    @staticmethod
    def in_stock(v):
        return v["status"] == "1"

    @staticmethod
    def orderable(v):
        return v["status"] in ("1", "backorder")

    def variant(self, key, *codes):
        p = self.by_key[key]
        for v in p["variants"]:
            if tuple(v["codes"]) == tuple(codes):
                return v
        raise KeyError((key, codes))

    def line(self, key, label):
        for lab, value in self.by_key[key]["lines"]:
            if lab == label:
                return value
        raise KeyError((key, label))

    def variation_title(self, v):
        p = v["parent"]
        if p["type"] != "variable" or len(v["labels"]) >= 3:
            return p["name"]
        return "%s - %s" % (p["name"], ", ".join(v["labels"]))

    # ---- the export ---------------------------------------------------------------------------
    def _description(self, p):
        from hs_products import features
        html = features(p["intro"], p["lines"], p.get("outro"))
        return html.replace("\n", "\\n")

    def _images(self, p, n):
        s = slug(p["name"])
        return ", ".join("%s/wp-content/uploads/2026/0%d/%s-%d.jpg" % (SITE, 3 + (p["id"] % 6), s, i)
                         for i in range(1, n + 1))

    def rows(self):
        entries = []
        for p in self.products:
            entries.append((p["id"], "parent", p, None))
            if p["type"] == "variable":
                for v in p["variants"]:
                    entries.append((v["id"], "variation", p, v))
        entries.sort(key=lambda e: e[0])
        header = list(BASE_COLUMNS)
        out = []
        for _, kind, p, v in entries:
            row, attrs = (self._parent_row(p) if kind == "parent" else self._variation_row(p, v))
            for i, (name, value, visible, glob, default) in enumerate(attrs, start=1):
                cols = ["Attribute %d name" % i, "Attribute %d value(s)" % i,
                        "Attribute %d visible" % i, "Attribute %d global" % i]
                vals = [name, value, visible, glob]
                if default is not None:
                    cols.append("Attribute %d default" % i)
                    vals.append(default)
                for c, val in zip(cols, vals):
                    if c not in header:
                        header.append(c)
                    row[c] = val
            out.append(row)
        return header, out

    def _common(self, p):
        return {"ID": p["id"], "SKU": p["sku"] or "", "Name": p["name"], "Published": p["published"],
                "Is featured?": p["featured"], "Visibility in catalog": "visible",
                "Tax status": "taxable", "Sold individually?": 0, "Position": 0}

    def _parent_row(self, p):
        row = self._common(p)
        virtual = ", virtual" if p.get("virtual") and p["type"] == "simple" else ""
        row["Type"] = p["type"] + virtual
        row["Short description"] = p["short"]
        row["Description"] = self._description(p)
        row["Weight (kg)"], (row["Length (cm)"], row["Width (cm)"], row["Height (cm)"]) = p["weight"], p["dims"]
        row["Allow customer reviews?"] = 1
        row["Categories"] = ", ".join(c.replace(",", "\\,") for c in p["cat"])
        row["Tags"] = ", ".join(p["tags"])
        row["Images"] = self._images(p, 2 if p["type"] == "variable" else 1)
        row["Cross-sells"] = p.get("cross", "")
        if p["type"] == "simple":
            v = p["variants"][0]
            row.update(self._stock_cells(v))
            row["Regular price"], row["Sale price"] = v["regular"], v["sale"]
            row["Date sale price starts"], row["Date sale price ends"] = v["sale_from"], v["sale_to"]
        else:
            live = [v for v in p["variants"] if v["published"] == 1] or p["variants"]
            statuses = [v["status"] for v in live]
            row["In stock?"] = 1 if "1" in statuses else ("backorder" if "backorder" in statuses else 0)
            row["Stock"] = p.get("parent_stock", "")
            row["Backorders allowed?"] = 0
        attrs = []
        for a in p.get("attrs", []):
            attrs.append((a["name"], ", ".join(lab for lab, _ in a["values"]), a["visible"], a["global"],
                          a["default"] if p["type"] == "variable" and a["default"] else None))
        return row, attrs

    def _stock_cells(self, v):
        stock = v["stock"]
        return {"In stock?": {"1": 1, "0": 0}.get(v["status"], v["status"]),
                "Stock": "" if stock is None else stock,
                "Backorders allowed?": v["backorders"]}

    def _variation_row(self, p, v):
        row = self._common(p)
        row["ID"], row["SKU"], row["Name"] = v["id"], v["sku"], self.variation_title(v)
        row["Published"] = -1 if p["published"] == -1 else v["published"]
        row["Is featured?"] = 0
        row["Type"] = "variation, virtual" if p.get("virtual") else "variation"
        row["Tax class"] = "parent"
        row.update(self._stock_cells(v))
        row["Allow customer reviews?"] = 0
        row["Regular price"], row["Sale price"] = v["regular"], v["sale"]
        row["Date sale price starts"], row["Date sale price ends"] = v["sale_from"], v["sale_to"]
        row["Parent"] = p["sku"] or "id:%d" % p["id"]
        row["Position"] = v["position"]
        if v["codes"] and not p.get("virtual"):
            row["Images"] = "%s/wp-content/uploads/2026/09/%s-%s.jpg" % (SITE, slug(p["name"]), v["codes"][0].lower())
        attrs = []
        var_attrs = [a for a in p["attrs"] if a["variation"]]
        for a, lab in zip(var_attrs, v["labels"]):
            attrs.append((a["name"], lab, "", a["global"], None))
        return row, attrs

    def write(self, path):
        header, rows = self.rows()
        write_csv(path, header, rows, bom=True)
        return len(rows)
