"""Catalogs in any layout become products with variants, then one passage per product and per variant."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from copilot.errors import IngestionError
from copilot.knowledge.cleaning import strip_invisible, visible_text
from copilot.knowledge.mapping import Spec, compile_fields
from copilot.knowledge.records import (
    Record,
    as_bool,
    as_float,
    as_int,
    as_list,
    as_options,
    as_text,
    layout_of,
    read_records,
)
from copilot.knowledge.screening import ScreeningWarning, without_flagged
from copilot.knowledge.sources import CatalogSource, SourceRoot
from copilot.schemas import Passage, Product, SaleWindow, Variant

PRODUCT_DEFAULTS: dict[str, Any] = {
    "product_id": "product_id",
    "name": "name",
    "category": "category",
    "brand": "brand",
    "description": "description",
    "url": "url",
    "tags": "tags",
    "includes": "includes",
    "variants": "variants",
}
VARIANT_DEFAULTS: dict[str, Any] = {
    "variant_id": "variant_id",
    "sku": "sku",
    "options": "options",
    "price": "price",
    "compare_at_price": "compare_at_price",
    "available": "available",
    "stock": "stock",
    "tracked": "tracked",
    "backorder": "backorder",
    "preorder": "preorder",
    "available_from": "available_from",
    "sale_starts": "sale_starts",
    "sale_ends": "sale_ends",
    "sale_window": "sale_window",
    "note": "note",
}


def load_catalog(
    source: CatalogSource, root: Path | SourceRoot, warnings: list[ScreeningWarning] | None = None
) -> Iterator[Product]:
    """Products of a catalog file. A description is what a shopper would see of it (hidden HTML and
    invisible characters removed); one that a screening rule flags is left out, with a warning."""
    raw_fields = {**PRODUCT_DEFAULTS, **source.fields}
    if (source.group_by or source.children) and "variants" not in source.fields:
        raw_fields["variants"] = "rows"
    fields = compile_fields(raw_fields, "fields")
    variant_fields = compile_fields({**VARIANT_DEFAULTS, **source.variant_fields}, "variant_fields")
    seen: set[str] = set()
    located = SourceRoot.of(root).locate(source.path)
    withdrawn: list[Record] = []
    products: list[Product] = []
    for record in read_records(
        located,
        display=source.path,
        layout=layout_of(source, fields=fields, variant_fields=variant_fields),
        withdrawn=withdrawn,
    ):
        product = _product(record, fields, variant_fields)
        product = _screened(product, record, warnings if warnings is not None else [])
        if product.product_id in seen:
            raise record.fail(f"duplicate product id '{product.product_id}'", field="product_id")
        seen.add(product.product_id)
        products.append(product)
    yield from _with_members(products)
    for record in withdrawn:
        if (named := _withdrawn(record, fields)) is not None and named.product_id not in seen:
            seen.add(named.product_id)
            yield named


def _with_members(products: list[Product]) -> list[Product]:
    """A product sold as a group of others (WooCommerce's grouped product, whose own row has no price)
    names them in a line of its description, "Includes: Companion Set, Stove Thermometer", so that
    "what's in the starter bundle?" is answered from it. Members are named by id or SKU ("id:1301" when
    the member has none); one the catalog does not sell is left out."""
    by_key: dict[str, Product] = {}
    for product in products:
        for key in (product.product_id, *(k for v in product.variants for k in (v.variant_id, v.sku) if k)):
            by_key.setdefault(key, product)
    grouped = []
    for product in products:
        members = [by_key[key] for key in (k.removeprefix("id:") for k in product.includes) if key in by_key]
        names = list(dict.fromkeys(m.name for m in members if m is not product))
        if names:
            line = f"Includes: {', '.join(names)}"
            description = f"{product.description.rstrip()}\n{line}" if product.description else line
            product = product.model_copy(update={"description": description})
        grouped.append(product)
    return grouped


def _withdrawn(record: Record, fields: dict[str, Spec]) -> Product | None:
    """A product not for sale (a draft, archived, unpublished) by its id and name only: nothing else of
    it reaches a shopper, and a row of it the mapping cannot read is no error (the shop sells none)."""
    try:
        product_id = as_text(record, record.get(fields["product_id"]), "product_id")
        name = _plain(as_text(record, record.get(fields["name"]), "name"))
    except IngestionError:
        return None
    if not product_id or not name:
        return None
    return Product(product_id=product_id, name=name, for_sale=False)


def _product(record: Record, fields: dict[str, Spec], variant_fields: dict[str, Spec]) -> Product:
    def get(name: str) -> Any:
        return record.get(fields[name])

    product_id = as_text(record, get("product_id"), "product_id", required=True)
    assert product_id is not None
    variants: list[Variant] = []
    seen: set[str] = set()
    for index, raw in enumerate(as_list(record, get("variants"), "variants")):
        if not isinstance(raw, dict):
            raise record.fail(f"variant {index} is not an object", field="variants")
        variant = _variant(record.child(raw, f"variant {index}"), variant_fields)
        if variant.variant_id in seen:
            raise record.fail(f"duplicate variant id '{variant.variant_id}'", field="variants")
        seen.add(variant.variant_id)
        variants.append(variant)
    # a product that is its own only version (WooCommerce's simple product) reads its note from its own
    # row: the description, no note of a version
    description = as_text(record, get("description"), "description")
    variants = [
        v.model_copy(update={"note": None}) if v.note and v.note.strip() == (description or "").strip() else v
        for v in variants
    ]
    # a platform without a pre-order state (WooCommerce) sells one on backorder and says so in words
    said = " ".join(str(get(n) or "") for n in ("name", "category", "description", "tags"))
    if _PRE_ORDER.search(said):
        variants = [
            v.model_copy(update={"preorder": True})
            if v.backorder and not v.available and v.preorder is None
            else v
            for v in variants
        ]
    return Product(
        product_id=product_id,
        name=_plain(as_text(record, get("name"), "name", required=True)) or "",
        category=_plain(as_text(record, get("category"), "category")),
        brand=_plain(as_text(record, get("brand"), "brand")),
        description=description,
        url=as_text(record, get("url"), "url"),
        tags=[
            t for t in (_plain(as_text(record, v, "tags")) for v in as_list(record, get("tags"), "tags")) if t
        ],
        variants=variants,
        includes=[
            key.strip()
            for value in as_list(record, get("includes"), "includes")
            if (key := as_text(record, value, "includes"))
        ],
    )


_PRE_ORDER = re.compile(r"\bpre-?\s?orders?\b", re.IGNORECASE)
_ENDED = re.compile(r"[.!?:;…)\]\"'”’]\s*$")


def _plain(text: str | None) -> str | None:
    """A short field as a shopper reads it: exports write "Notebooks &amp; Paper" in any field."""
    return html.unescape(text) if text is not None else None


def _screened(product: Product, record: Record, warnings: list[ScreeningWarning]) -> Product:
    """The description (and each version's note) less the lines a screening rule flags, and the lines
    around them that are not a labelled spec ("Weight: 13 kg" stays); read again until nothing is
    flagged, or withheld whole."""

    def screen(text: str | None, field: str, of: str) -> str | None:
        shown = visible_text(text) if text else None
        kept, flags = without_flagged(shown) if shown else (None, [])
        withheld = "lines of the" if kept else "the"
        warnings.extend(
            ScreeningWarning(
                file=record.file,
                where=f"record {record.where}, field '{field}'",
                rule=flag.rule,
                excerpt=flag.excerpt,
                withheld=f"{withheld} {field} of {of}",
            )
            for flag in flags
        )
        return kept

    variants = [
        v.model_copy(update={"note": screen(v.note, "note", f"variant {v.variant_id}")}) if v.note else v
        for v in product.variants
    ]
    return product.model_copy(
        update={
            "name": strip_invisible(product.name),
            "description": screen(product.description, "description", f"product {product.product_id}"),
            "variants": variants,
        }
    )


def _variant(record: Record, fields: dict[str, Spec]) -> Variant:
    def get(name: str) -> Any:
        return record.get(fields[name])

    sku = as_text(record, get("sku"), "sku")
    variant_id = as_text(record, get("variant_id"), "variant_id") or sku
    if variant_id is None:
        raise record.fail("missing required field (or a sku to use as id)", field="variant_id")
    stock = as_int(record, get("stock"), "stock")
    tracked = as_bool(record, get("tracked"), "tracked")
    backorder = as_bool(record, get("backorder"), "backorder")
    preorder = as_bool(record, get("preorder"), "preorder")
    available = as_bool(record, get("available"), "available")
    if available is None:
        if tracked is False:
            available = True  # nothing is counted, so nothing runs out
        elif stock is not None:
            available = stock > 0
    price = as_float(record, get("price"), "price")
    compare_at = as_float(record, get("compare_at_price"), "compare_at_price")
    starts, ends = _sale_window(record, get("sale_window"))
    starts = _moment(record, get("sale_starts"), "sale_starts") or starts
    ends = _moment(record, get("sale_ends"), "sale_ends", end=True) or ends
    on_sale = compare_at is not None and price is not None and compare_at > price
    return Variant(
        variant_id=variant_id,
        sku=sku,
        options={
            html.unescape(k): html.unescape(v)
            for k, v in as_options(record, get("options"), "options").items()
        },
        price=price,
        compare_at_price=compare_at if on_sale else None,
        available=available,
        stock=stock if tracked is not False else None,
        tracked=tracked,
        backorder=backorder,
        preorder=preorder,
        available_from=None if available else _moment(record, get("available_from"), "available_from"),
        sale_starts=starts if on_sale else None,
        sale_ends=ends if on_sale else None,
        note=as_text(record, get("note"), "note") or None,
    )


_MOMENT = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)


def _moment(record: Record, value: Any, field: str, *, end: bool = False) -> datetime | None:
    """A date and time as shops write them: ISO 8601 with or without an offset, a space for the
    ``T``, an hour without its leading zero (WooCommerce's ``2024-06-01 0:00:00``). A date alone is
    the start of that day, or its end for the end of a window. Without an offset it is read as UTC."""
    text = as_text(record, value, field)
    if text is None:
        return None
    found = _MOMENT.fullmatch(text.strip())
    if found is None:
        raise record.fail(
            f"expected a date and time (2026-11-30 or 2026-11-30T23:59-08:00), got '{text}'", field
        )
    day, hour, minute, second, offset = found.groups()
    if hour is None:
        clock = "23:59:59" if end else "00:00:00"
    else:
        clock = f"{int(hour):02d}:{minute}:{second or '00'}"
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    try:
        return datetime.fromisoformat(f"{day}T{clock}{'+00:00' if offset == 'Z' else offset or ''}")
    except ValueError:
        raise record.fail(f"not a date and time: '{text}'", field) from None


def _sale_window(record: Record, value: Any) -> tuple[datetime | None, datetime | None]:
    """An ISO 8601 interval, ``start/end`` (Google Merchant's ``sale_price_effective_date``)."""
    text = as_text(record, value, "sale_window")
    if text is None:
        return None, None
    start, slash, end = text.partition("/")
    if not slash:
        raise record.fail(f"expected start/end, got '{text}'", "sale_window")
    return _moment(record, start or None, "sale_window"), _moment(
        record, end or None, "sale_window", end=True
    )


def format_price(price: float | None, currency: str | None = None) -> str:
    """A price as shoppers read it in the shop's currency (USD when the shop never said)."""
    if price is None:
        return "price not listed"
    currency = currency or "USD"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency, "")
    return f"{symbol}{price:,.2f}" if symbol else f"{price:,.2f} {currency}"


def describe_options(options: dict[str, str]) -> str:
    return ", ".join(f"{name}: {value}" for name, value in options.items())


def day_text(moment: datetime) -> str:
    """A day as a reply says it: "January 15, 2027" (the day the shop wrote, in its own offset)."""
    return f"{moment:%B} {moment.day}, {moment:%Y}"


def _availability(variant: Variant) -> str:
    if variant.available is None:
        return "availability unknown"
    if variant.available:
        return f"in stock ({variant.stock} left)" if variant.stock else "in stock"
    on = f" on {day_text(variant.available_from)}" if variant.available_from else ""
    if variant.preorder:
        return "not released yet, available to pre-order" + (f" (released{on})" if on else "")
    if variant.backorder:
        return f"out of stock, but can still be ordered (ships when restocked{on})"
    return "out of stock"


def sale_price_text(variant: Variant, currency: str) -> str:
    """The price a shopper pays, with the price before a sale when there is one. A sale with a
    window is stated with its window (``$10.00; on sale at $8.50 until Nov 30, 2026``): a text
    written at ingest cannot know the day it is read: ``sale_window`` gives the texts ``Passage.at``
    picks from when it is read."""
    window = sale_window(variant, currency)
    if window is not None:
        return window.text
    text = format_price(variant.price, currency)
    if variant.compare_at_price is not None:
        text += f" (on sale, was {format_price(variant.compare_at_price, currency)})"
    return text


def _day(moment: datetime) -> str:
    return f"{moment:%b} {moment.day}, {moment.year}"


def sale_window(variant: Variant, currency: str) -> SaleWindow | None:
    """The price sentences of a sale with a window: as ingested (the window stated), and as they
    read while it is on, before it starts and after it ends (``Passage.at`` picks one)."""
    starts, ends = variant.sale_starts, variant.sale_ends
    if variant.compare_at_price is None or variant.price is None or (starts is None and ends is None):
        return None
    sale, regular = format_price(variant.price, currency), format_price(variant.compare_at_price, currency)
    span = " ".join(
        part
        for part in (f"from {_day(starts)}" if starts else "", f"until {_day(ends)}" if ends else "")
        if part
    )
    return SaleWindow(
        price=variant.price,
        regular_price=variant.compare_at_price,
        starts=starts,
        ends=ends,
        text=f"{regular}; on sale at {sale} {span}",
        now_open=f"{sale} (on sale{f' until {_day(ends)}' if ends else ''}, was {regular})",
        now_before=f"{regular} (on sale at {sale} from {_day(starts)})" if starts else regular,
        now_after=regular,
    )


@dataclass(frozen=True)
class ProductText:
    """A product passage read back into the parts ``product_passages`` wrote it from."""

    body: str  # the passage without its id line: what the offline drafter quotes from
    header: str  # "Name (Category, Brand)"
    own_words: str  # what the shop wrote about the product, without options, prices and stock
    tags: str


def product_text(passage: Passage) -> ProductText:
    body = passage.text.split(" Product id:")[0]
    # read on from the name: "Drift Co. Grom Kids' Snowboard (Snowboards)." is one header
    named = body.startswith(passage.title)
    start = len(passage.title) if named else 0
    tail, _, rest = body[start:].partition(". ")
    header, own = body[:start] + tail, rest if named else ""
    for marker in (" Options: ", " Price: ", "Options: ", "Price: ", " Tags: "):
        own = own.split(marker, 1)[0]
    tags = passage.text.split("Tags: ", 1)[1] if "Tags: " in passage.text else ""
    return ProductText(body=body, header=header, own_words=own, tags=tags)


def product_passages(product: Product, source: str, currency: str) -> list[Passage]:
    """One passage for the product (what it is, its option values, price range) and one per variant;
    a product not for sale has one passage, its name, withheld from search and from every answer."""
    if not product.for_sale:
        return [
            Passage(
                key=f"withdrawn:{product.product_id}",
                kind="withdrawn",
                text=product.name,
                source=source,
                title=product.name,
                flags=["not_for_sale"],
            )
        ]
    header = product.name
    details = [d for d in (product.category, product.brand) if d]
    if details:
        header += f" ({', '.join(details)})"
    lines = [header + "."]
    if product.description:
        # a description that ends in a list item ends there: "... every 2 years" and "Options: ..."
        # would read as one line (a line break, not a full stop: the item stays a list's)
        ended = _ENDED.search(product.description) is not None
        lines.append(product.description if ended else f"{product.description.rstrip()}\n")
    option_values: dict[str, list[str]] = {}
    for variant in product.variants:
        for name, value in variant.options.items():
            option_values.setdefault(name, [])
            if value not in option_values[name]:
                option_values[name].append(value)
    if option_values:
        lines.append("Options: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in option_values.items()) + ".")
    # a sale with a window may be over when this is read: the range is of prices without it, and
    # each such sale is stated with its window
    windowed = [(v, w) for v in product.variants if (w := sale_window(v, currency)) is not None]
    prices = [
        v.compare_at_price if v.sale_starts or v.sale_ends else v.price
        for v in product.variants
        if v.price is not None
    ]
    if prices:
        low, high = min(p for p in prices if p is not None), max(p for p in prices if p is not None)
        price_text = format_price(low, currency)
        if high != low:
            price_text += f" to {format_price(high, currency)}"
        lines.append(f"Price: {price_text}.")
    if any(v.compare_at_price is not None and not (v.sale_starts or v.sale_ends) for v in product.variants):
        lines.append("On sale.")
    for variant, window in windowed:  # "Size: 100 g on sale at $9.90 until Jun 30, 2024."
        options = describe_options(variant.options)
        sentence = f"{options + ' ' if options else ''}{window.text.split('; ', 1)[1]}."
        lines.append(sentence[0].upper() + sentence[1:])
    if product.variants:
        in_stock = sum(1 for v in product.variants if v.available)
        lines.append(f"{in_stock} of {len(product.variants)} variants in stock.")
    if product.tags:
        lines.append(f"Tags: {', '.join(product.tags)}.")
    lines.append(f"Product id: {product.product_id}.")
    passages = [
        Passage(
            key=f"product:{product.product_id}",
            kind="product",
            text=" ".join(lines),
            source=source,
            title=product.name,
            product_id=product.product_id,
            available=any(v.available for v in product.variants) if product.variants else None,
            identifiers=[product.product_id],
            currency=currency,
        )
    ]
    for rank, variant in enumerate(product.variants):
        ids = [f"Item id: {variant.variant_id}."]
        if variant.sku and variant.sku != variant.variant_id:
            ids.insert(0, f"SKU: {variant.sku}.")
        elif variant.sku:
            ids = [f"SKU: {variant.sku}."]
        options = describe_options(variant.options)
        sale = sale_window(variant, currency)
        stock = _availability(variant)  # "Not released yet ... (released on January 15, 2027)"
        note = f"{variant.note.rstrip('.')}. " if variant.note else ""  # "Next shipment due 15 January 2027."
        text = (
            f"{product.name}{' - ' + options if options else ''}. "
            f"Price: {sale_price_text(variant, currency)}. {stock[:1].upper()}{stock[1:]}. {note}"
            + " ".join(ids)
            + f" Product id: {product.product_id}."
        )
        passages.append(
            Passage(
                key=f"variant:{product.product_id}:{variant.variant_id}",
                kind="variant",
                text=text,
                source=source,
                title=f"{product.name} ({options})" if options else product.name,
                product_id=product.product_id,
                variant_id=variant.variant_id,
                available=variant.available,
                stock=variant.stock if variant.available else None,
                backorder=variant.backorder or None,
                preorder=variant.preorder or None,
                available_from=variant.available_from,
                price=variant.price,
                was_price=variant.compare_at_price if sale is None else None,
                currency=currency,
                rank=rank,
                options=variant.options,
                identifiers=list(dict.fromkeys(i for i in (variant.variant_id, variant.sku) if i)),
                sale=sale,
                note=variant.note,
            )
        )
    return passages
