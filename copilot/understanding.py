"""What a customer message asks for: intent, entities, cues, and attempts to rewrite the rules.

Plain, deterministic code over data: the intents, cues and off-topic and injection phrases are in
``understanding.yaml``, each with examples that must and must not match (checked by the test suite).
Both drafters and the escalation rules read the same ``Understanding``. Injection attempts are only
flagged here; nothing a customer writes can change what the code allows.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.knowledge.screening import readings
from copilot.lexical import in_english, tokenize
from copilot.policy_files import Examples, Matcher, Phrases, compiled_lexicons, load_yaml_model
from copilot.redaction import EMAIL, apart_from_cjk
from copilot.spelling import in_common_use, one_slip_away

DATA_FILE = Path(__file__).with_name("understanding.yaml")

Intent = Literal[
    "order_status",
    "order_tracking",
    "order_total",
    "order_items",
    "order_refund",
    "order_payment",
    "order_date",
    "order_list",
    "cancel_order",
    "return_order",
    "exchange_order",
    "modify_order",
    "product_price",
    "product_availability",
    "product_count",
    "product_cheapest",
    "product_priciest",
    "product_compare",
    "product_on_sale",
    "product_info",
    "advice",
    "policy",
    "account_details",
    "human",
    "verification",
    "greeting",
    "thanks",
    "about_bot",
    "off_topic",
]
Cue = Literal[
    "asks_secrets",
    "recent_order",
    "after_purchase",
    "in_stock",
    "options",
    "follow_up",
    "asks_again",
    "describe",
    "refers_back",
    "sizing",
    "restock",
    "browse",
    "quality",
    "bigger_one",
    "smaller_one",
    "policy_topic",
    "budget",
    "compatibility",
    "superlative",
    "health_condition",
    "place_asked",
    "sending_terms",
]

ACTION_INTENTS: frozenset[Intent] = frozenset(
    {"cancel_order", "return_order", "exchange_order", "modify_order"}
)
ORDER_INTENTS: frozenset[Intent] = frozenset(
    {
        "order_status",
        "order_tracking",
        "order_total",
        "order_items",
        "order_refund",
        "order_payment",
        "order_date",
        "order_list",
        *ACTION_INTENTS,
    }
)
PRODUCT_INTENTS: frozenset[Intent] = frozenset(
    {
        "product_price",
        "product_availability",
        "product_count",
        "product_cheapest",
        "product_priciest",
        "product_compare",
        "product_on_sale",
        "product_info",
    }
)

_ID_TOKEN = re.compile(r"#?\b[A-Za-z]{0,4}-?\d[\w-]{2,}\b|#\w{4,}")
# Postal codes a proof may give: US ZIP, UK postcode, Canadian, Irish Eircode ("X91 P2C8")
_ZIP = re.compile(
    r"\b(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[\dAC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
    r"(?=[A-Za-z]{0,3}\d|(?-i:[A-Z\d]{4}))[\dAC-FHKNPRTV-Y]{4})\b",  # "c38 take" is no Eircode, "A65 F4E2" is
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class IntentRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    intent: Intent
    patterns: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)  # matches these: the next intents are tried
    examples: Examples


class Attribute(BaseModel):
    """A product attribute a question may ask for, and the labels of the description line that says it."""

    model_config = ConfigDict(extra="forbid")

    name: str
    patterns: list[str] = Field(min_length=1)
    labels: list[str] = Field(min_length=1)
    listed: bool = False  # with no line labelled, the description's list answers (its contents, its steps)
    own: bool = False  # a fact of one product: a page answers it only by naming the product
    values: list[str] = Field(default_factory=list)  # words that say it in a line with no label ("solid oak")
    guide: bool = False  # shops write a page on it ("Care guide"), which answers for the products it names
    # a health fact: only a line labelled for it answers, never one the question's other words find
    # ("does the brazil with hazelnut notes contain nuts?" is not answered by "Tasting notes: Hazelnut")
    labelled_only: bool = False
    # said in so many words ("made in", "manufactured in"): a page's sentence that says none of its labels
    # is no answer ("manufacturing defects" for "where is it manufactured?")
    stated: bool = False
    # asked only when no other attribute is: "what's the flow rate of X?" asks the flow, not a "rating"
    fallback: bool = False
    examples: Examples


class Slip(BaseModel):
    """A message with slips of the keyboard and the intent it must classify as once mended."""

    model_config = ConfigDict(extra="forbid")

    text: str
    intent: Intent


class UnderstandingData(BaseModel):
    """``understanding.yaml`` as written."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    lexicons: dict[str, str] = Field(default_factory=dict)
    intents: list[IntentRule] = Field(min_length=1)
    off_topic: Phrases
    injection: Phrases
    amounts: Phrases
    cues: dict[Cue, Phrases]
    attributes: list[Attribute] = Field(default_factory=list)
    slips: list[Slip] = Field(default_factory=list)


class Rules:
    """The data, compiled: intents in order, the off-topic and injection matchers, the cues."""

    def __init__(self, data: UnderstandingData) -> None:
        lexicons = compiled_lexicons(data.lexicons)
        self.data = data
        self.intents = [(rule.intent, Matcher(rule.patterns, rule.unless, lexicons)) for rule in data.intents]
        self.off_topic = Matcher.of(data.off_topic, lexicons)
        self.injection = Matcher.of(data.injection, lexicons)
        self.amounts = Matcher.of(data.amounts, lexicons)
        self.cues = {name: Matcher.of(c, lexicons) for name, c in data.cues.items()}
        self.attributes = [(a, Matcher(a.patterns, [], lexicons)) for a in data.attributes]


@cache
def rules() -> Rules:
    return Rules(load_yaml_model(DATA_FILE, UnderstandingData, "understanding data"))


class Understanding(BaseModel):
    intent: Intent
    order_ids: list[str] = Field(default_factory=list, description="id-like tokens; the store decides")
    emails: list[str] = Field(default_factory=list)
    zips: list[str] = Field(default_factory=list)
    name_candidates: list[tuple[str, str]] = Field(default_factory=list)
    cues: list[Cue] = Field(default_factory=list, description="e.g. recent_order: 'my latest order'")
    injection: bool = False
    off_topic: bool = False


def _classify(text: str) -> Intent:
    compiled = rules()
    for intent, matches in compiled.intents:
        if matches(text):
            return intent
    if compiled.off_topic(text):
        return "off_topic"
    return "policy"


def classify(text: str) -> Intent:
    """The first intent whose patterns match; a message no pattern matches is read once more with
    its slips of the keyboard mended ("hw much is teh ..."), then as the English its glossary reads
    (``in_english``), and otherwise is a policy question."""
    intent = _classify(text)
    if intent == "policy" and (mended := mend_typos(text)) != text:
        again = _classify(mended)
        if again not in ("off_topic", "policy"):  # a decline is never made on a guess
            return again
    if intent == "policy" and (english := in_english(text)) != text:
        # "combien coûte le casque halo ?" read as "price casque halo ?": a product's price. Only a
        # question about products: the words the glossary leaves unread may turn "did the return of my
        # order arrive?" ("a devolução do pedido chegou?") into a request to return it
        again = _classify(english)
        return again if again.startswith("product_") else intent
    return intent


@cache
def _vocabulary() -> dict[str, int]:
    """The words customers use in this file's examples, with how often: what a slip is mended to."""
    data = rules().data
    texts = [
        *(t for r in data.intents for t in [*r.examples.match, *r.examples.no_match]),
        *(t for c in data.cues.values() for t in [*c.examples.match, *c.examples.no_match]),
        *(t for a in data.attributes for t in [*a.examples.match, *a.examples.no_match]),
        *data.off_topic.examples.match,
        *data.off_topic.examples.no_match,
    ]
    return dict(Counter(w.lower() for t in texts for w in _WORD.findall(t)))


def mend_typos(text: str) -> str:
    """Words the examples never use, replaced by the one most used example word a single slip away
    (a letter missed, added, changed or two swapped) that starts with the same letter and is not
    shorter: "hw" is "how", "teh" is "the"; "toy" is never made "to", and a word in common use, or the
    plural of one, is never changed ("cast iron" is not "cost iron", "were" is not "where", "the
    states" is not "the status")."""
    vocabulary = _vocabulary()

    def mended(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        singular = lower.removesuffix("s")  # "states" is no slip for "status": "state" is in common use
        if lower in vocabulary or len(lower) < 2 or in_common_use(lower) or in_common_use(singular):
            return word
        return one_slip_away(lower, vocabulary) or word

    return _WORD.sub(mended, text)


def asks_price(text: str) -> bool:
    """The message asks how much something costs, whatever else it asks ("A vs B, how much is each?")."""
    return any(matches(text) for intent, matches in rules().intents if intent == "product_price")


def without_amounts(text: str) -> str:
    """The text without its amounts with a unit, times, ordinals and sizes (``amounts`` in the data)."""
    for pattern in rules().amounts.patterns:
        text = pattern.sub(" ", text)
    return text


def follow_up_rest(text: str) -> str:
    """A follow-up without the words that make it one: "what about the tetsubin?" -> "the tetsubin?"."""
    for pattern in rules().cues["follow_up"].patterns:
        if found := pattern.search(text):
            return text[found.end() :]
    return text


def policy_words(text: str) -> set[str]:
    """The words by which a message asks about the shop's terms ("refundable" of "is the survey fee
    refundable?"), tokenized."""
    return {
        t
        for pattern in rules().cues["policy_topic"].patterns
        for m in pattern.finditer(text)
        for t in tokenize(m.group())
    }


def budget_in(text: str) -> tuple[float, str] | None:
    """The most a shopper wants to spend, when the message says it ("anything under $50?"), and the
    message without those words."""
    for pattern in rules().cues["budget"].patterns:
        if found := pattern.search(text):
            limit = next(v for k, v in found.groupdict().items() if k.startswith("limit") and v)
            return float(limit.replace(",", ".")), text[: found.start()] + " " + text[found.end() :]
    return None


def condition_named(text: str) -> str | None:
    """The health condition a suitability question names, by its telling words: "pregnant" in "can I
    take it while pregnant?", "heart" in "with a heart condition"."""
    for pattern in rules().cues["health_condition"].patterns:
        if found := pattern.search(text):
            return next(v for k, v in found.groupdict().items() if k.startswith("condition") and v)
    return None


def cues_in(text: str) -> list[Cue]:
    return [name for name, matches in rules().cues.items() if matches(text)]


def attributes_asked(text: str) -> list[Attribute]:
    """The product attributes a question asks for ("made of?": material), in the data's order."""
    found = [attribute for attribute, matches in rules().attributes if matches(text)]
    return [a for a in found if not a.fallback] or found


def all_attributes() -> list[Attribute]:
    return [attribute for attribute, _ in rules().attributes]


def attribute_named(name: str) -> Attribute | None:
    return next((attribute for attribute, _ in rules().attributes if attribute.name == name), None)


def attribute_phrases(attribute: Attribute, text: str) -> list[str]:
    """What in the text asks for this attribute ("gluten free", "contain nuts")."""
    return [
        found.group()
        for known, matches in rules().attributes
        if known.name == attribute.name
        for pattern in matches.patterns
        for found in pattern.finditer(text)
    ]


def without_attribute_words(text: str) -> str:
    """The question less the words that ask for an attribute: "what steel is it made of?" asks
    about "steel"."""
    for _, matches in rules().attributes:
        for pattern in matches.patterns:
            text = pattern.sub(" ", text)
    return text


# a number called a zip, or a place ("ship to 90210?", "anyone in 98004?"): not an order
_POSTCODE_WORDS = re.compile(
    r"(?i)\b(?:zip|zipcode|postcode|postal\s+code|post\s+code|plz|cep|cp)(?:\s+(?:code|is|es|ist|est))*\W*$"
    r"|\b(?:to|in|near|around|from)\s+$"
)


def numbers_as_orders(understanding: Understanding, text: str) -> Understanding:
    """For a customer the channel already proves, a bare number ("has the refund for 20712 gone
    through?") is an order reference, not a zip code offered as proof: they have nothing to prove. The
    same for their own order, someone else's or none, so the answer says nothing of which it is."""
    numbers = [
        z for z in understanding.zips if z.isdigit() and not _POSTCODE_WORDS.search(text[: text.find(z)])
    ]
    if not numbers:
        return understanding
    as_orders = text
    for number in numbers:
        as_orders = re.sub(rf"\b{number}\b", f"order {number}", as_orders)
    intent = classify(as_orders)
    if intent not in ORDER_INTENTS and understanding.intent in ("verification", "policy"):
        intent = "order_status"
    elif intent not in ORDER_INTENTS:
        intent = understanding.intent
    return understanding.model_copy(
        update={
            "intent": intent,
            "order_ids": list(dict.fromkeys([*understanding.order_ids, *numbers])),
            "zips": [z for z in understanding.zips if z not in numbers],
        }
    )


def understand(text: str) -> Understanding:
    spaced = apart_from_cjk(text)
    emails = EMAIL.findall(spaced)
    without_emails = EMAIL.sub(" ", spaced)
    plain = without_amounts(without_emails)  # "3pm", "200ml", "10000 mAh": no order id, no zip
    zips = _ZIP.findall(plain)
    in_zips = {*zips, *(part for code in zips for part in re.split(r"[\s-]", code))}  # "X91" of "X91 P2C8"
    ids = [t for t in _ID_TOKEN.findall(plain) if t not in in_zips and any(c.isdigit() for c in t)]
    words = _WORD.findall(without_emails)
    names = [(a.strip("'’"), b.strip("'’")) for a, b in itertools.pairwise(words)]
    # an address is no part of what is asked: "40440 olivia.brooks@example.net is everything on its way?"
    # reads its order number as near its question as "40440 is everything on its way?" does
    intent = classify(EMAIL.sub("email", text) if emails else text)
    cues = cues_in(text)
    # "my postal code is T3H 2K1, do you do installs there?" asks about a place, proving no one
    about_a_place = "place_asked" in cues and not emails
    if (
        intent in ("policy", "greeting", "thanks")
        and (emails or (zips and names))
        and not ids
        and not about_a_place
    ):
        stripped = _ZIP.sub("", EMAIL.sub("", text))
        if len(_WORD.findall(stripped)) <= 12:
            intent = "verification"
    return Understanding(
        intent=intent,
        order_ids=list(dict.fromkeys(ids)),
        emails=emails,
        zips=zips,
        name_candidates=names,
        cues=cues,
        injection=any(rules().injection(reading) for reading in [text, *readings(text)]),
        off_topic=intent == "off_topic",
    )
