"""Which tokens of a message refer to an order, decided without ever looking an order up.

Whether "TS-100318" is treated as an order must not depend on whether that order exists, or a
shopper could learn which numbers are real. So a token is an order reference by its shape alone: it
has the shape of the shop's order numbers (letters prefix and digit count, learnt from the whole order
file at ingest), or it is written as an order ("#1003", "order 1003"), or the message is about an order.
Catalog ids (SKUs, item and product ids) are public and never order references.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.store import Shapes, order_lookup_key
from copilot.understanding import ORDER_INTENTS, Understanding

_TOKEN = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]|#?\d")
_SHAPE = re.compile(r"([A-Z]*)(\d+)")
_ORDER_WORD = re.compile(
    r"\b(?:order|orders|order number|order no|order id|ord|purchase|bestellung|pedido|commande)\W{0,3}$", re.I
)


def has_order_shape(token: str, shapes: Shapes) -> bool:
    match = _SHAPE.fullmatch(order_lookup_key(token))
    if match is None or match.group(1) not in shapes:
        return False
    low, high = shapes[match.group(1)]
    return low - 1 <= len(match.group(2)) <= high + 1  # the next order numbers are one digit longer


def order_references(
    text: str, understanding: Understanding, shapes: Shapes, is_catalog_id: Callable[[str], bool]
) -> list[str]:
    """Tokens of ``text`` that refer to orders, strongest evidence first, each once."""
    strong: list[str] = []
    weak: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if not any(c.isdigit() for c in token) or "@" in text[max(0, match.start() - 1) : match.end() + 1]:
            continue
        if is_catalog_id(token.lstrip("#")):
            continue
        key = order_lookup_key(token)
        digits_only = key.isdigit()
        if (
            has_order_shape(token, shapes)
            or token.startswith("#")
            or _ORDER_WORD.search(text[: match.start()])
        ):
            strong.append(token)
        elif token in understanding.order_ids and understanding.intent in ORDER_INTENTS:
            if digits_only and len(key) >= 7:
                continue  # a bare run of 7+ digits in an order question is more likely a phone number
            weak.append(token)
    found = strong or weak
    return list(dict.fromkeys(found))
