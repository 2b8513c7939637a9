"""What a customer's message proves about an order or an account.

The order (or account) is found first, from the reference the customer gave; then its own facts (the
email on the order, the owner's phone, full name and zip) are looked for in the message. Nothing is
extracted and then searched for, so a zip in any country's format, a name with accents or an email in
capitals all count, and nothing a customer types can match a record it does not belong to.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from copilot.identity.policy import Fact
from copilot.redaction import EMAIL
from copilot.schemas import Customer, Order
from copilot.store import phone_digits, same_phone

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT_RUN = re.compile(r"(?<![\w#/-])\+?\d[\d\s().-]{5,}\d(?![\w-])")


def fold(text: str) -> str:
    """Lower case without accents: 'Tomás' and 'tomas' are one name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def emails_in(text: str) -> set[str]:
    return {email.casefold() for email in EMAIL.findall(text)}


def phones_in(text: str) -> set[str]:
    """Digit strings of the phone-like runs in a message (7 or more digits)."""
    found = {phone_digits(run) for run in _DIGIT_RUN.findall(text)}
    return {digits for digits in found if len(digits) >= 7}


def _contains_sequence(haystack: list[str], needle: list[str]) -> bool:
    width = len(needle)
    return bool(needle) and any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


def has_name(text: str, customer: Customer) -> bool:
    """The customer's full name, first then last (or last then first), in the message."""
    first, last = tokens(customer.first_name or ""), tokens(customer.last_name or "")
    if not first or not last:
        return False
    words = tokens(text)
    return _contains_sequence(words, first + last) or _contains_sequence(words, last + first)


def has_zip(text: str, zips: Iterable[str]) -> bool:
    """A postal code on file, typed with or without its inner space or dash ('SW1A 1AA', 'sw1a1aa',
    '80302-1234' for '80302')."""
    words = tokens(text)
    joined_pairs = {a + b for a, b in itertools.pairwise(words)}
    for code in zips:
        parts = tokens(code)
        if not parts:
            continue
        squashed = "".join(parts)
        if len(squashed) < 3:
            continue
        if _contains_sequence(words, parts) or squashed in words or squashed in joined_pairs:
            return True
        if len(parts) > 1 and len(parts[0]) >= 4 and parts[0] in words:  # ZIP+4 on file, ZIP typed
            return True
    return False


def order_facts(text: str, order: Order, owner: Customer | None) -> set[Fact]:
    """Which of the order's own facts the message contains (order_number is the caller's to add)."""
    found: set[Fact] = set()
    on_file = {e.casefold() for e in (order.email, owner.email if owner else None) if e}
    if emails_in(text) & on_file:
        found.add("email")
    if owner is not None:
        found |= customer_facts(text, owner, extra_zips=_order_zips(order))
    return found


def customer_facts(text: str, customer: Customer, extra_zips: Iterable[str] = ()) -> set[Fact]:
    found: set[Fact] = set()
    if customer.email and customer.email.casefold() in emails_in(text):
        found.add("email")
    if customer.phone and any(same_phone(p, customer.phone) for p in phones_in(text)):
        found.add("phone")
    if has_name(text, customer):
        found.add("name")
    zips = [z for z in (customer.zip, customer.address.zip if customer.address else None, *extra_zips) if z]
    if has_zip(text, zips):
        found.add("zip")
    return found


def _order_zips(order: Order) -> list[str]:
    return [order.shipping_address.zip] if order.shipping_address and order.shipping_address.zip else []


def offers_facts(text: str, order_refs: Iterable[str]) -> bool:
    """Whether a message brings anything that could be a proof: an email, a phone number, or a number
    besides the order references (a zip). A message that names only an order offers nothing."""
    if emails_in(text) or phones_in(text):
        return True
    ref_words = {word for ref in order_refs for word in tokens(ref)}
    return any(any(c.isdigit() for c in word) and word not in ref_words for word in tokens(text))


def proves(found: set[Fact], proofs: list[list[Fact]]) -> bool:
    return any(set(proof) <= found for proof in proofs)
