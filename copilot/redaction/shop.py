"""The redactor of the shop whose knowledge is active: built once per knowledge generation.

It knows what is not personal data in this shop (catalog ids, order numbers, tracking numbers, product
names and option values, the contact details the shop's own pages publish) and whose names are (its
customers')."""

from __future__ import annotations

import json
import re
import threading
from typing import Literal

from copilot.redaction.redactor import Redactor
from copilot.store import Generation, Store

_cache: dict[tuple[str, int], Redactor] = {}
_LABELLED_VALUE = re.compile(r"(?m)^[ \t]*[A-Za-z][\w ]{1,30}:[ \t]*([^\n:]{2,60}?)[ \t]*$")
_lock = threading.Lock()


def shop_redactor(store: Store, generation: Generation | Literal["active"] | None = "active") -> Redactor:
    """The redactor of ``generation`` (by default the active one, looked up in the database)."""
    if generation == "active":
        generation = store.active_generation()
    key = (str(store.engine.url), generation.id if generation else 0)
    with _lock:
        if key not in _cache:
            _cache.clear()  # one shop per process is the common case; never grow without bound
            _cache[key] = _build(store, generation.id if generation else None)
        return _cache[key]


def _build(store: Store, generation_id: int | None) -> Redactor:
    identifiers: list[str] = []
    vocabulary: list[str] = []
    documents: list[str] = []
    for _, raw in store.passage_rows(generation_id) if generation_id is not None else []:
        passage = json.loads(raw)
        identifiers += passage.get("identifiers", [])
        if passage["kind"] == "product":  # "Author: Mira Castellane" is published, not personal data
            vocabulary += [passage.get("title", ""), *_LABELLED_VALUE.findall(passage.get("text", ""))]
        elif passage["kind"] == "variant":  # "Grit: 1000/6000" is no phone, "Page Format" no person
            options = passage.get("options", {})
            vocabulary += [*options, *options.values()]
        elif passage["kind"] == "document" and not passage.get("flags"):
            documents.append(passage["text"])
    for order in store.all_orders():
        identifiers.append(order.order_id)
        identifiers += [t for s in order.shipments for t in s.tracking_numbers]
        # the shop's carriers and services ("DPD Road", "Royal Mail Tracked 48") are no one's address
        vocabulary += [name for s in order.shipments for name in (s.method, s.carrier) if name]
        # and what it sold, though no longer in its catalog ("Aurora Crystal Chandelier"), is no one's name
        vocabulary += [i.name for i in order.items if i.name]
        identifiers += [i.sku or "" for i in order.items] + [i.variant_id or "" for i in order.items]
    names = [c.full_name for c in store.all_customers() if c.first_name and c.last_name]
    return Redactor.for_shop(
        identifiers=identifiers, vocabulary=vocabulary, documents=documents, customer_names=names
    )
