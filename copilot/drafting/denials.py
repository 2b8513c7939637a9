"""What a shop's sentence says it does not sell or do ("We don't sell motorcycles, tyres, spare parts,
oils or exhausts"), and whether that covers the thing a shopper asks for."""

from __future__ import annotations

import re

from copilot.drafting.text import kin_of, shape_rules
from copilot.lexical import tokenize


def denial_in(sentence: str) -> re.Match[str] | None:
    """Where the sentence says the shop does not sell or offer something, if it does."""
    return shape_rules().phrases["not_offered"].any.search(sentence)


def denials_in(sentence: str) -> list[re.Match[str]]:
    """Each place the sentence says the shop does not sell or do something: "We don't sell harnesses,
    and we don't hire out gear." says two."""
    return list(shape_rules().phrases["not_offered"].any.finditer(sentence))


def _done(denial: re.Match[str]) -> list[str]:
    """The act a denial denies, as a token: "rent" of "don't rent", "hire" of "don't hire out"."""
    return tokenize(_OUT.sub("", denial.group()))[-1:]


_OUT = re.compile(r"(?i)\s+out$")


def denies(thing: str, sentence: str, denial: re.Match[str], heading: str = "") -> bool:
    """The denial found in the sentence covers the thing asked: an item of its list is that thing
    (``item_denied``), or it names part of the thing in a section headed by the rest ("We no longer sell
    the Apex." under "Retirement notice: Firnline Apex Helmet"). What it covers ends at "only" or "but":
    "We don't sell contact lenses, only contact lens solutions" does not say the solutions are not sold."""
    words = set(tokenize(thing))
    done = _done(denial)
    if set(done) & _ACTS and not (set(done) | kin_of(set(done))) & words:
        return False  # "we don't buy records below VG" says nothing of sending records to auckland
    denied = _BUT_ONLY.split(sentence[denial.end() :], maxsplit=1)[0]
    what = set(tokenize(denied))
    titled = bool(what) and what <= words <= what | set(tokenize(heading))
    items = _LIST_ITEM.split(denied)
    return titled or any(item_denied(thing, item) for item in items) or _all_denied(thing, denial, items)


def _all_denied(thing: str, denial: re.Match[str], items: list[str]) -> bool:
    """A denial of doing to everything the shop sells what the question asks to do: "can i rent a
    crash pad?" and "No, we don't rent gear."; "will you buy my old graphics card?" and "We don't buy
    used parts"."""
    done = _done(denial)
    if not done or not (set(done) | kin_of(set(done))) & set(tokenize(thing)):
        return False
    return any(whole_range_item(thing, item) for item in items)


def whole_range_item(thing: str, item: str) -> bool:
    """The item names everything the shop sells ("gear", "parts": "used equipment either"), and the
    words it puts before that are what the question says, or their kin ("used parts" and "my old
    graphics card")."""
    asked = set(tokenize(thing))
    words = re.findall(r"[^\W\d_]+", item.lower())
    whole = shape_rules().phrases["whole_range"]
    at = next((i for i, word in enumerate(words) if whole(word)), None)
    return at is not None and set(tokenize(" ".join(words[:at]))) <= asked | kin_of(asked)


def item_denied(thing: str, item: str) -> bool:
    """One item of a denial's list is the kind of thing asked: it ends in (or holds) the thing's last
    word, and every word it puts before it is one the question says, or their kin. "engine oil?" and
    "oils"; "kids helmets?" and "children's or youth helmets"; "gift wrapping?" and "gift wrapping at
    the moment"; "shun knives?" and "Shun" (an item that is all the thing says before its kind); an
    aside in brackets is no part of the item. Not "chillies?" and "fresh chillies" (the shop may sell
    dried ones), not "bikes?" and "youth bikes", not "e-bikes?" and "e-scooters"."""
    asked = tokenize(thing)
    # "butterfly (balisong) knives" are butterfly knives; "... and we don't sell fat bikes" a second denial
    said = tokenize(shape_rules().phrases["not_offered"].any.sub(" ", _ASIDE.sub(" ", item)))
    if len(asked) > 1 and said and set(said) == set(asked[:-1]):
        return True  # "shun knives?" and "We don't carry Shun, Wüsthof ...": the maker is the item
    if not asked or asked[-1] not in said:
        return False
    known = set(asked) | kin_of(set(asked))
    # a kind narrowed after it the question does not narrow so: "norvane fridge door seals?" and "seals for
    # 70 cm or 75 cm ovens"
    kind_at = next((m for m in re.finditer(r"[^\W\d_]+", item) if tokenize(m.group()) == [asked[-1]]), None)
    narrowed = _NARROWED.match(item[kind_at.end() :]) if kind_at else None
    if narrowed and set(tokenize(narrowed.group(1))) - known:
        return False
    return set(said[: said.index(asked[-1]) + 1]) <= known


# what a shop may refuse to do other than sell: a denial of it covers only a question asking it
_ACTS = frozenset(tokenize("rent hire lease lend buy"))
_ASIDE = re.compile(r"\([^)]*\)")
_NARROWED = re.compile(r"(?i)\s+(?:for|with|under|over|above|below|from)\s+(.+)")
_LIST_ITEM = re.compile(r"(?i),|;|:|\bor\b|\band\b|\bnor\b")
_BUT_ONLY = re.compile(r"(?i)\b(?:only|but|except|apart\s+from|however|though)\b")
