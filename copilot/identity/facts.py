"""What a customer's message proves about an order or an account.

The order (or account) is found first, from the reference the customer gave; then its own facts (the
email on the order, the owner's phone, full name and zip) are looked for in the message. Nothing is
extracted and then searched for, so a zip in any country's format, a name with accents or an email in
capitals all count, and nothing a customer types can match a record it does not belong to.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

from copilot.days_said import without_days
from copilot.identity.policy import Fact
from copilot.redaction import EMAIL, apart_from_cjk
from copilot.redaction.redactor import name_lists
from copilot.schemas import Customer, Order
from copilot.store import phone_digits, same_phone

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT_RUN = re.compile(r"(?<![\w#/-])\+?\d[\d\s().-]{5,}\d(?![\w-])")


def fold(text: str) -> str:
    """Lower case without accents: 'Tomás' and 'tomas' are one name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(apart_from_cjk(fold(text)))


def emails_in(text: str) -> set[str]:
    """The addresses typed, without the quote or markdown a shopper wrapped them in ("`ann@x.com`")."""
    return {email.casefold().lstrip("`'\"*") for email in EMAIL.findall(apart_from_cjk(text))}


def phones_in(text: str) -> set[str]:
    """Digit strings of the phone-like runs in a message (7 or more digits)."""
    found = {phone_digits(run) for run in _DIGIT_RUN.findall(text)}
    return {digits for digits in found if len(digits) >= 7}


def _contains_sequence(haystack: list[str], needle: list[str]) -> bool:
    width = len(needle)
    return bool(needle) and any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


# "or" in the languages shoppers write in: what joins guesses ("Sofia, Sophie ou Sofía Reyes")
_OR_WORDS = frozenset(
    "or ou o oder of eller tai vagy sau ili или або lub nebo alebo veya atau hoac hoặc ya au".split()
)
# ... but "o" is also "the" (Portuguese, Galician: "Sou o Lucas Ferreira"): it joins guesses after a name
_ALSO_AN_ARTICLE = frozenset({"o"})


def _joins_guesses(words: list[str], i: int, names: list[str]) -> bool:
    """Whether ``words[i]`` is an "or" between guesses: for a word that is also an article, only after
    a name (one in the lists, or one like the customer's: "Luca o Lucas Ferreira")."""
    if words[i] not in _OR_WORDS:
        return False
    if words[i] not in _ALSO_AN_ARTICLE:
        return True
    before = words[i - 1] if i else ""
    lists = name_lists()
    return (
        before in lists.given
        or before in lists.surnames
        or any(SequenceMatcher(None, before, name).ratio() >= 0.6 for name in names)
    )


def has_name(text: str, customer: Customer) -> bool:
    """The customer's full name, first then last (or last then first), in the message, and no other
    first name beside the surname: "Sam Osei, Samuel Osei or Samantha Osei", "Sofia, Sophie or Sofía
    Reyes" and "Chloe Dubois or Chloé Dupuis" are lists of guesses."""
    first, last = tokens(customer.first_name or ""), tokens(customer.last_name or "")
    if not first or not last:
        return False
    words = tokens(text)
    beside = {
        tuple(words[max(0, i - len(first)) : i])
        for i in range(len(words) - len(last) + 1)
        if words[i : i + len(last)] == last
    }
    if len(beside - {()}) > 1:
        return False
    if _spelt_otherwise(words, first, last):
        return False
    full = first + last
    at = [i for i in range(len(words) - len(full) + 1) if words[i : i + len(full)] == full]
    if any(i and _joins_guesses(words, i - 1, full) for i in at):
        return False  # "Sofia, Sophie ou Sofía Reyes": the last of a list of guesses
    if any(i + len(full) < len(words) and _joins_guesses(words, i + len(full), full) for i in at):
        return False  # "Chloe Dubois ou Chloé Dupuis": the first of a list of guesses
    return bool(at) or _contains_sequence(words, last + first)


def _spelt_otherwise(words: list[str], first: list[str], last: list[str]) -> bool:
    """Whether the first name is also followed by another spelling of the surname ("Priya Raman /
    Priya Ramen / Priya Rahman"): a list of guesses. Other words after it ("Priya here") are not."""
    width, surname = len(first), " ".join(last)
    return any(
        words[i : i + width] == first
        and (after := words[i + width : i + width + len(last)]) != last
        and SequenceMatcher(None, " ".join(after), surname).ratio() >= 0.7
        for i in range(len(words) - width - len(last) + 1)
    )


def _shape(token: str) -> str:
    """'98004' -> '99999', 'sw1a1aa' -> 'aa9a9aa': what makes two tokens the same kind of code."""
    return re.sub(r"[^\W\d_]", "a", re.sub(r"\d", "9", token))


def code_shapes(text: str, besides: Iterable[str] = ()) -> dict[str, int]:
    """How many different codes of each shape a message types (tokens with a digit, and pairs of
    tokens a code in two parts may be typed as), leaving out the order number's own."""
    words = [w for w in tokens(text) if w not in {t for ref in besides for t in tokens(ref)}]
    single = {w for w in words if any(c.isdigit() for c in w)}
    pairs = {a + b for a, b in itertools.pairwise(words) if any(c.isdigit() for c in a + b)} - single
    counts: dict[str, int] = {}
    for code in single:
        counts[_shape(code)] = counts.get(_shape(code), 0) + 1
    for code in pairs:
        counts["+" + _shape(code)] = counts.get("+" + _shape(code), 0) + 1
    return counts


def _guesses(shapes: dict[str, int], parts: list[str]) -> int:
    """How many codes shaped like this postal code the message offers."""
    squashed = _shape("".join(parts))
    return shapes.get(squashed, 0) + (shapes.get("+" + squashed, 0) if len(parts) > 1 else 0)


def has_zip(text: str, zips: Iterable[str], besides: Iterable[str] = ()) -> bool:
    """A postal code on file, typed with or without its inner space or dash ('SW1A 1AA', 'sw1a1aa',
    '80302-1234' for '80302'), and no other code of its shape: a list of guesses ("Grace Kim 98001,
    Grace Kim 98002, ...") proves nothing."""
    words = tokens(text)
    joined_pairs = {a + b for a, b in itertools.pairwise(words)}
    shapes = code_shapes(text, besides)
    for code in zips:
        parts = tokens(code)
        if not parts:
            continue
        squashed = "".join(parts)
        if len(squashed) < 3 or _guesses(shapes, parts) > 1:
            continue
        if _contains_sequence(words, parts) or squashed in words or squashed in joined_pairs:
            return True
        if len(parts) > 1 and len(parts[0]) >= 4 and parts[0] in words:  # ZIP+4 on file, ZIP typed
            return True
    return False


def _one_email(text: str) -> set[str]:
    """The message's email when it types one: several are a list of guesses, not a proof."""
    found = emails_in(text)
    return found if len(found) == 1 else set()


def _one_phone(text: str) -> set[str]:
    found = phones_in(text)
    return found if len(found) == 1 else set()


def order_facts(text: str, order: Order, owner: Customer | None) -> set[Fact]:
    """Which of the order's own facts the message contains (order_number is the caller's to add)."""
    found: set[Fact] = set()
    on_file = {e.casefold() for e in (order.email, owner.email if owner else None) if e}
    if _one_email(text) & on_file:
        found.add("email")
    if owner is not None:
        found |= customer_facts(text, owner, extra_zips=_order_zips(order), besides=[order.order_id])
    return found


def customer_facts(
    text: str, customer: Customer, extra_zips: Iterable[str] = (), besides: Iterable[str] = ()
) -> set[Fact]:
    found: set[Fact] = set()
    if customer.email and customer.email.casefold() in _one_email(text):
        found.add("email")
    if customer.phone and any(same_phone(p, customer.phone) for p in _one_phone(text)):
        found.add("phone")
    if has_name(text, customer):
        found.add("name")
    zips = _zips_on_file(customer, extra_zips)
    if has_zip(text, zips, besides):
        found.add("zip")
    return found


def _zips_on_file(customer: Customer, extra: Iterable[str]) -> list[str]:
    """The customer's postal codes, and those of an order's shipping address."""
    return [z for z in (customer.zip, customer.address.zip if customer.address else None, *extra) if z]


def _order_zips(order: Order) -> list[str]:
    return [order.shipping_address.zip] if order.shipping_address and order.shipping_address.zip else []


def _digest(salt: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x00{value}".encode()).hexdigest()[:20]


def held_facts(text: str, salt: str) -> dict[str, object]:
    """What a message with no order number could prove once the next one names the order ("my email is
    ..." then "where is TS-1042?"), kept as salted digests, never as text (the stored message is
    redacted): its one email, its one phone's last digits, its runs of up to five words (a full
    name), its codes, and how many codes of each shape it types (a list of guesses proves nothing)."""
    words = tokens(text)[:80]
    pieces = {" ".join(words[i : i + n]) for n in range(1, 6) for i in range(len(words) - n + 1)}
    pieces |= {a + b for a, b in itertools.pairwise(words)}
    pieces |= {f"email:{e}" for e in _one_email(text)} | {f"phone:{p[-8:]}" for p in _one_phone(text)}
    return {"digests": sorted(_digest(salt, p) for p in pieces), "shapes": code_shapes(text)}


def facts_held(held: dict[str, object], salt: str, order: Order, owner: Customer | None) -> set[Fact]:
    """Which of the order's own facts an earlier message held (see ``held_facts``)."""
    digests, shapes = held.get("digests"), held.get("shapes")
    if not isinstance(digests, list) or not isinstance(shapes, dict):
        return set()
    kept = set(digests)

    def said(value: str) -> bool:
        return _digest(salt, value) in kept

    found: set[Fact] = set()
    if any(said(f"email:{e.casefold()}") for e in (order.email, owner.email if owner else None) if e):
        found.add("email")
    if owner is None:
        return found
    if (
        owner.phone
        and len(phone_digits(owner.phone)) >= 7
        and said(f"phone:{phone_digits(owner.phone)[-8:]}")
    ):
        found.add("phone")
    first, last = tokens(owner.first_name or ""), tokens(owner.last_name or "")
    if first and last and (said(" ".join(first + last)) or said(" ".join(last + first))):
        found.add("name")
    zips = _zips_on_file(owner, _order_zips(order))
    if any(
        said("".join(tokens(z))) and _guesses(shapes, tokens(z)) <= 1
        for z in zips
        if len("".join(tokens(z))) >= 3
    ):
        found.add("zip")
    return found


def offers_facts(text: str, order_refs: Iterable[str]) -> bool:
    """Whether a message brings anything that could be a proof: an email, a phone number, or a number
    besides the order references (a zip). A message that names only an order, or a day ("what did i
    order on the 3rd of february?"), offers nothing."""
    if emails_in(text) or phones_in(text):
        return True
    ref_words = {word for ref in order_refs for word in tokens(ref)}
    return any(
        any(c.isdigit() for c in word) and word not in ref_words for word in tokens(without_days(text))
    )


def proves(found: set[Fact], proofs: list[list[Fact]]) -> bool:
    return any(set(proof) <= found for proof in proofs)
