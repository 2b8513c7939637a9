"""Personal data out of text before it is stored, logged, sent to a model or put in a handoff packet.

``redact(text)`` knows no shop; a ``Redactor`` built for a shop (``for_store``) also keeps the shop's
own identifiers and contact data and redacts the names of its customers.
"""

from functools import lru_cache

from copilot.redaction.redactor import EMAIL, PLACEHOLDERS, Redactor, Span, apart_from_cjk
from copilot.schemas import Customer

__all__ = ["EMAIL", "PLACEHOLDERS", "Redactor", "Span", "apart_from_cjk", "own_data", "redact"]


@lru_cache(maxsize=1)
def _default() -> Redactor:
    return Redactor()


def redact(text: str, *, learned: bool = True) -> str:
    """The text with emails, cards, phones, street addresses and names replaced by placeholders
    (``learned``: also what the trained reader finds, for what people type)."""
    return _default().redact(text, learned=learned)


def own_data(customer: Customer | None) -> list[str]:
    """What a proven customer may see of their own record in a reply: name, email, phone, address."""
    if customer is None:
        return []
    # "Thanks, Ruben": the first name alone is theirs too
    values = [customer.full_name, customer.first_name or "", customer.email or "", customer.phone or ""]
    if customer.address is not None:
        values += [customer.address.line1 or "", customer.address.line2 or "", customer.address.one_line()]
    return [v for v in values if v]
