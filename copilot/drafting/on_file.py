"""What the shop holds about a proven customer, shown back to them ("which address do you have for me?").

The identity gate lets such a question through only with the proof its scope asks (addresses, payment),
so whoever reads this reply is the customer; card numbers are never shown in chat, whatever the proof.
"""

from __future__ import annotations

import re

from copilot.drafting.base import Draft, DraftContext
from copilot.schemas import Customer

_CONTACT = ("address", "email", "phone")
_ASKS = {
    "address": re.compile(r"(?i)\b(?:address|zip|postcode|post\s+code|postal\s+code|ship(?:ping)?\s+to)\b"),
    "email": re.compile(r"(?i)\be-?mail\b"),
    "phone": re.compile(r"(?i)\b(?:phone|mobile|cell|number)\b"),
    "card": re.compile(r"(?i)\b(?:card|visa|mastercard|amex|payment|paid\s+with)\b"),
}


def asks_card(text: str) -> bool:
    """Whether a question about what is on file asks for payment details (the payment scope)."""
    return _ASKS["card"].search(text) is not None


def on_file(context: DraftContext) -> Draft:
    """The details asked for (all of them when the question names none), from the customer record."""
    customer = context.customer
    if customer is None:  # the gate asks for a proof first; a drafter reached otherwise says nothing
        return Draft(
            action="ask_verification", reply="Please sign in so I can look at your account.", confidence=0.5
        )
    asked = {what for what, pattern in _ASKS.items() if pattern.search(context.text)} or set(_CONTACT)
    lines = [line for what in _CONTACT if what in asked and (line := _line(customer, what))]
    if "card" in asked:
        lines.append("For your security I never show card details in chat; you can see them when you sign in")
    if not lines:
        return Draft(
            action="answer",
            reply="We don't have those details on file for you. Would you like me to pass you to a member "
            "of our team?",
            confidence=0.7,
        )
    return Draft(
        action="answer",
        reply="Here is what we have on file for you: " + "; ".join(lines) + ".",
        confidence=0.85,
    )


def _line(customer: Customer, what: str) -> str | None:
    if what == "email":
        return f"email {customer.email}" if customer.email else None
    if what == "phone":
        return f"phone {customer.phone}" if customer.phone else None
    if customer.address is not None and (address := customer.address.one_line()):
        return f"address {address}"
    return f"zip code {customer.zip}" if customer.zip else None
