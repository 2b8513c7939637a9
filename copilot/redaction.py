"""Personal data out of text before it reaches a model or a log.

Emails, phone numbers, payment card numbers (Luhn-checked) and street addresses are replaced by a
typed placeholder. Order ids, prices and product ids are not personal data and are kept.
"""

from __future__ import annotations

import re

# Any script: 'josé@correo.es', '用户@例子.公司', 'user@xn--bcher-kva.example'.
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.!#$%&'*+/=?^`{|}~-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:[^\W\d_]{2,}|xn--[\w-]+)(?![\w-])"
)
_CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
# Separators are required, so bare digit runs (item ids, tracking numbers) are never taken for phones.
_PHONE = re.compile(
    r"(?<![\w#])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b"
    r"|(?<![\w#])\+\d{1,3}[\s.-]\d{3}[\s.-]\d{4}\b"
)
_STREET = re.compile(
    r"\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|"
    r"Court|Ct|Place|Pl|Terrace|Circle|Parkway|Highway|Hwy)\b\.?(?:,?\s+(?:Suite|Apt|Unit|#)\s*\w+)?",
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[card]" if 13 <= len(digits) <= 19 and _luhn_ok(digits) else match.group(0)


def redact(text: str) -> str:
    """The text with personal data replaced by [email], [card], [phone] and [address]."""
    text = EMAIL.sub("[email]", text)
    text = _CARD.sub(_card, text)
    text = _PHONE.sub("[phone]", text)
    return _STREET.sub("[address]", text)
