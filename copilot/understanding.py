"""What a customer message asks for: intent, entities, and attempts to rewrite the rules.

Plain, deterministic code: both drafters and the escalation rules read the same ``Understanding``.
Injection attempts are only flagged here; nothing a customer writes can change what the code allows.
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from pydantic import BaseModel, Field

from copilot.redaction import EMAIL

Intent = Literal[
    "order_status",
    "order_tracking",
    "order_total",
    "order_items",
    "order_list",
    "cancel_order",
    "return_order",
    "exchange_order",
    "modify_order",
    "product_price",
    "product_availability",
    "product_count",
    "product_cheapest",
    "product_info",
    "policy",
    "human",
    "verification",
    "greeting",
    "thanks",
    "about_bot",
    "off_topic",
]

ACTION_INTENTS: frozenset[Intent] = frozenset(
    {"cancel_order", "return_order", "exchange_order", "modify_order"}
)
ORDER_INTENTS: frozenset[Intent] = frozenset(
    {"order_status", "order_tracking", "order_total", "order_items", "order_list", *ACTION_INTENTS}
)
PRODUCT_INTENTS: frozenset[Intent] = frozenset(
    {"product_price", "product_availability", "product_count", "product_cheapest", "product_info"}
)

_ID_TOKEN = re.compile(r"#?\b[A-Za-z]{0,4}-?\d[\w-]{2,}\b|#\w{4,}")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_INJECTION = re.compile(
    r"ignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|preceding)?\s*"
    r"(?:instructions|rules|prompts?|directions)|disregard\s+(?:all|any|the|your|previous|prior)|"
    r"\b(?:admin|developer|god|debug|maintenance|sudo)\s+mode\b|\bjailbreak|system\s+prompt|"
    r"you\s+are\s+now\s+(?:a|an|in|the)\b|new\s+instructions?\s*:|override\s+(?:the\s+)?(?:rules|policy|"
    r"security|verification)|\bact\s+as\s+(?:an?\s+)?(?:admin|administrator|developer|system)|"
    r"(?:reveal|print|show)\s+(?:me\s+)?(?:your|the)\s+(?:instructions|prompt|rules)|"
    r"\bi\s+am\s+(?:an?\s+|the\s+)?(?:admin|administrator|developer|employee|manager)\b|"
    r"skip\s+(?:the\s+)?verification|without\s+(?:any\s+)?verification|bypass|"
    r"</?\s*(?:system|user|assistant|instructions?)\s*>|\bnew\s+(?:policy|rules?|instructions?)\s*:|"
    r"\bhidden\s+(?:configuration|prompt|instructions|rules)|\breveal\s+(?:your|the|its)\s+(?:hidden\s+)?"
    r"(?:configuration|prompt|instructions|rules|system)",
    re.IGNORECASE,
)

# Asking for a person: a request verb near a word for staff, or the word alone ("agent please").
# Words that also name other things ("person", "someone") count only with talk/connect verbs, so
# "a tent for one person" or "a human size chart" are not requests.
_STAFF = (
    r"(?:human(?! size| sized| hair| body| powered)(?: being)?|real (?:person|human|people)|"
    r"actual (?:person|human)|"
    r"live (?:agent|person|chat|support|rep\w*)|representative|rep|operator|supervisor|manager|"
    r"customer (?:service|support|care)(?: rep\w*| agent| team| person)?|agent|staff|employee|"
    r"team member|associate)"
)
_HUMAN_REQUEST = re.compile(
    r"\b(?:talk|speak|chat|connect|transfer|escalate|put|pass|hand|get|give|want|need|like|let|have|reach|"
    r"is there|are there|can i|where(?:'s| is| are)|switch|forward|send)\b[^.?!]{0,30}?\b" + _STAFF + r"\b|"
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:an?\s+|the\s+|some\s+)?(?:real\s+|actual\s+|live\s+)?"
    r"(?:person|someone|somebody|people|one of (?:you|your)\w*)\b|"
    r"\b(?:member of (?:your|the) (?:\w+ )?(?:team|staff)|some(?:one|body) (?:from|on|in) (?:your|the) "
    r"(?:\w+ )?(?:team|store|shop|company|office))\b|"
    r"\b(?:please|pls|can you|could you|can someone|could someone|have someone|i want you to|"
    r"i'?d like you to)\s+"
    r"(?:call|phone|ring)\s+me\b|\b(?:call|phone|ring) me (?:back|asap|today|tomorrow|now)\b|\bcall ?back\b|"
    r"\bgive me a (?:call|ring)\b|"
    r"\b(?:not|no more|stop) (?:talk\w* to )?(?:a |the |this )?(?:bot|robot|machine|ai)\b|"
    r"^\W*(?:an?\s+|the\s+)?(?:" + _STAFF + r"|person|human)\W*(?:please|pls|now|asap)?\W*$",
    re.I,
)

# Ordered: the first rule whose pattern matches decides. Each pattern is a phrase family, not one word.
_RULES: list[tuple[Intent, re.Pattern[str]]] = [
    ("human", _HUMAN_REQUEST),
    (
        "cancel_order",
        re.compile(r"\bcancel+(?:l?ation|l?ing|l?ed)?\b|\bcall off\b|don'?t want (?:the|my) order", re.I),
    ),
    ("exchange_order", re.compile(r"\bexchang\w*|\bswap\b|\bdifferent (?:size|color|colour)\b", re.I)),
    ("return_order", re.compile(r"\breturn\w*\b|\bsend (?:it|them|this) back\b", re.I)),
    (
        "modify_order",
        re.compile(
            r"\b(?:change|modify|update|edit)\b.*\b(?:order|address|payment|item|size|color)\b|"
            r"\b(?:take|remove|drop|delete)\b.{0,40}\b(?:off|from) (?:my |the |this )?"
            r"(?:order\b|#?[A-Za-z]{0,4}-?\d{3,})|"
            r"\badd\b.{0,40}\bto (?:my |the |this )?order\b|\bupgrade\b.{0,40}\b(?:shipping|delivery)\b|"
            r"\b(?:switch|change)\b.{0,30}\b(?:shipping|delivery) (?:method|speed|option)\b",
            re.I,
        ),
    ),
    (
        "order_tracking",
        re.compile(r"\btrack\w*|tracking|where(?:'s| is) my (?:order|package|parcel|stuff)", re.I),
    ),
    (
        "order_total",
        re.compile(r"\b(?:total|how much (?:did|was|were) (?:i|my|it)|charged|amount paid)\b", re.I),
    ),
    (
        "order_items",
        re.compile(r"\bwhat (?:did i|items?|was in|is in)\b.*\border|\bitems? in (?:my )?order", re.I),
    ),
    ("order_list", re.compile(r"\b(?:my|all) orders\b|\border history\b|\borders? (?:have|did) i\b", re.I)),
    (
        "order_status",
        re.compile(
            r"\border\b.*\b(?:status|shipped|arriv\w*|deliver\w*|where)\b|\bstatus\b|"
            r"\b(?:has|did) (?:it|my order) (?:ship|arrive)|\bwhere is\b.*#?\w*\d",
            re.I,
        ),
    ),
    (
        "product_cheapest",
        re.compile(
            r"\b(?:cheapest|least expensive|lowest[- ]price\w*|most affordable|"
            r"lowest cost|least costly)\b",
            re.I,
        ),
    ),
    (
        "product_count",
        re.compile(
            r"\bhow many\b.*\b(?:variants?|options?|versions?|kinds?|types?|available|in stock|"
            r"colou?rs?|sizes?)\b",
            re.I,
        ),
    ),
    (
        "product_availability",
        re.compile(
            r"\b(?:in stock|out of stock|sold out|availab\w*|back in stock|restock\w*|be back|"
            r"have any|"
            r"do you (?:have|carry|sell)|can i (?:still )?(?:get|buy|order))\b",
            re.I,
        ),
    ),
    ("product_price", re.compile(r"\b(?:how much|price|cost|costs|\$\s?\d|what(?:'s| does) it run)\b", re.I)),
    (
        "about_bot",
        re.compile(
            r"\b(?:are you|r u|is this|am i (?:talking|chatting|speaking) (?:to|with)) (?:an? |the )?"
            r"(?:bot|robot|human|real|person|ai|machine|computer|automated|chat ?bot)\b",
            re.I,
        ),
    ),
    # Short social messages, no question in them: "ok great thank u so much!!", "hey there 👋".
    (
        "thanks",
        re.compile(
            r"^(?=[^?]{0,80}$)(?:\W*\w+){0,4}?\W*(?:thanks?|thank (?:you|u)|thx|ty|cheers|"
            r"appreciate (?:it|that|you)|much appreciated|"
            r"you(?:'re| are) (?:\w+ ){0,2}(?:helpful|great|awesome|"
            r"amazing|the best|a star|brilliant))\b[^?]*$",
            re.I,
        ),
    ),
    (
        "greeting",
        re.compile(
            r"^(?=[^?]{0,60}$)\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|howdy|greetings)\b"
            r"[^?]*$",
            re.I,
        ),
    ),
]
_OFF_TOPIC = re.compile(
    r"\b(?:weather|joke|poem|haiku|song|recipe|horoscope|politic\w*|election|president|stock market|bitcoin|"
    r"crypto|homework|essay|write (?:me )?(?:a|some) code|python script|capital of|meaning of life|"
    r"football|basketball|soccer score|super ?bowl|world cup|playoffs?|nfl|nba|"
    r"who (?:do you think )?(?:will )?wins?|"
    r"movie|celebrity|date me|your favorite)\b",
    re.I,
)
_SHOP_WORDS = re.compile(
    r"\b(?:order|ship\w*|deliver\w*|return\w*|refund\w*|exchang\w*|cancel\w*|price|cost|stock|size|colou?r|"
    r"product|item|warrant\w*|payment|pay|card|gift|discount|promo|coupon|track\w*|package|account|store|"
    r"buy|purchase)\b",
    re.I,
)


class Understanding(BaseModel):
    intent: Intent
    order_ids: list[str] = Field(default_factory=list, description="id-like tokens; the store decides")
    emails: list[str] = Field(default_factory=list)
    zips: list[str] = Field(default_factory=list)
    name_candidates: list[tuple[str, str]] = Field(default_factory=list)
    injection: bool = False
    off_topic: bool = False


def classify(text: str) -> Intent:
    for intent, pattern in _RULES:
        if pattern.search(text):
            return intent
    if _OFF_TOPIC.search(text) and not _SHOP_WORDS.search(text):
        return "off_topic"
    return "policy"


def understand(text: str) -> Understanding:
    emails = EMAIL.findall(text)
    without_emails = EMAIL.sub(" ", text)
    zips = _ZIP.findall(without_emails)
    ids = [t for t in _ID_TOKEN.findall(without_emails) if t not in zips and any(c.isdigit() for c in t)]
    words = _WORD.findall(without_emails)
    names = [(a.strip("'’"), b.strip("'’")) for a, b in itertools.pairwise(words)]
    intent = classify(text)
    if intent in ("policy", "greeting", "thanks") and (emails or (zips and names)) and not ids:
        stripped = _ZIP.sub("", EMAIL.sub("", text))
        if len(_WORD.findall(stripped)) <= 12:
            intent = "verification"
    return Understanding(
        intent=intent,
        order_ids=list(dict.fromkeys(ids)),
        emails=emails,
        zips=zips,
        name_candidates=names,
        injection=bool(_INJECTION.search(text)),
        off_topic=intent == "off_topic",
    )
