"""How a message reads in its conversation: "what about the tetsubin?" asks the last question again of
another product, "and does it fit a 3 liter bladder?" is read with the question it follows, the
question that waited for a proof is answered once it is given, and a product's name never decides
what a message asks, nor do the shop's own words make it off-topic."""

from __future__ import annotations

import itertools
import re

from copilot.drafting.holidays import days_named
from copilot.drafting.places import destination_written, places, towns_anywhere
from copilot.drafting.service_area import places_asked
from copilot.drafting.text import swap_name
from copilot.lexical import tokenize
from copilot.retrieval import Retriever
from copilot.turn import TurnState, last_text, waits_for_proof
from copilot.understanding import (
    ORDER_INTENTS,
    Understanding,
    attributes_asked,
    classify,
    cues_in,
    follow_up_rest,
    rules,
    understand,
)

# What a follow-up ("and ...?") never continues: messages that ask nothing about the shop.
NOT_QUESTIONS = frozenset({"human", "greeting", "thanks", "about_bot", "off_topic", "verification"})


def _names_a_value(word: str, values: set[str]) -> bool:
    """ "Blue", or an amount ("600ml") of one of the product's option values."""
    tokens = set(tokenize(word))
    return bool(tokens) and (tokens <= values or (any(c.isdigit() for c in word) and bool(tokens & values)))


_ARTICLE = re.compile(r"^\W*(?:the|a|an|your|ur)\s+", re.IGNORECASE)  # "the tetsubin" names "tetsubin"


# what a product's name may be misread as asking: an order ("track floor pump"), a person ("tour staff bag")
_READ_IN_NAMES = frozenset({*ORDER_INTENTS, "human"})


def beside_product_names(text: str, understanding: Understanding, retriever: Retriever) -> Understanding:
    """The words of a product's name never decide what a message asks: an order question read in
    "is the track floor pump in stock?", a request for a person in "can i still order the tour staff
    bag?" and the order number in "is the rangefinder pro 800 waterproof?" are read again without
    the name."""
    if understanding.intent == "off_topic" and _shop_words(text, retriever):
        return understanding.model_copy(update={"intent": "policy", "off_topic": False})
    if understanding.intent not in _READ_IN_NAMES and not understanding.order_ids:
        return understanding
    models = [
        o for o in understanding.order_ids if retriever.is_catalog_id(o) or _option_amount(text, o, retriever)
    ]
    if models:  # "how much is a k1000 in good nick?" at a shop selling the Pentax K1000, "1400 grade lining"
        rest = re.sub("|".join(re.escape(m) for m in models), " ", text, flags=re.IGNORECASE)
        again = understand(rest)
        if again.intent in ORDER_INTENTS and not again.order_ids:  # "a box of code 100 flex track"
            again = understand(_without_kind_words(rest, retriever))
        intent = understanding.intent if again.intent in ORDER_INTENTS else again.intent
        kept = [o for o in understanding.order_ids if o not in models]
        return understanding.model_copy(update={"order_ids": kept, "intent": intent})
    rest = retriever.without_names(text)
    if rest == text:  # "the strandmax 8 braid": most of a name
        rest = retriever.without_names(text, share=0.7)
    if rest == text:  # "can i run OO trains on HO track?" at a shop whose names say "Track"
        rest = _without_kind_words(text, retriever)
    rest = _without_option_phrases(rest, retriever)  # "hardened steel nozzle 0.4 quick swap - price?"
    if rest == text:
        return understanding
    again = understand(rest)
    update: dict[str, object] = {}
    if set(again.order_ids) < set(understanding.order_ids):
        update["order_ids"] = again.order_ids
    read_again = understanding.intent in _READ_IN_NAMES and not again.order_ids
    if read_again and again.intent not in (*ORDER_INTENTS, "off_topic"):
        update["intent"] = again.intent
    return understanding.model_copy(update=update) if update else understanding


# what an order question is about, even where product names share the word ("Gift Order Card")
_ORDER_NOUNS = frozenset(tokenize("order parcel package delivery refund"))
_WORD = re.compile(r"[^\W_]+")
# when something happened names nothing sold: "who won the OL match last night?" at a shop with a Night Light
_WHEN = re.compile(
    r"(?i)\b(?:last|to|this|tomorrow|yesterday|sunday|saturday)\s*(?:night|morning|afternoon|evening|weekend)\b"
)


def _without_kind_words(text: str, retriever: Retriever) -> str:
    """The text without the words several of the shop's product names share that alone read as an
    order question: the kinds it sells ("track" at a model railway shop), which a message names without
    naming any one product."""
    kinds = {
        w.group()
        for w in _WORD.finditer(text)
        if (key := " ".join(tokenize(w.group())))
        and key not in _ORDER_NOUNS
        and not w.group().lower().endswith("ing")  # "any tracking for my order?": the work, not the thing
        and retriever.name_word_products(key) >= 2
        and classify(w.group()) in ORDER_INTENTS  # "track", not "backpack" of "has the backpack shipped?"
    }
    return _WORD.sub(lambda w: " " if w.group() in kinds else w.group(), text) if kinds else text


def _without_option_phrases(text: str, retriever: Retriever) -> str:
    """The text without two words in a row an option value says when one of them alone reads as an
    order question: "quick swap" of a nozzle's "Forge Quick-Swap" thread is no exchange."""
    words = list(_WORD.finditer(text))
    dropped = {
        word.start()
        for a, b in itertools.pairwise(words)
        if (key := " ".join(tokenize(f"{a.group()} {b.group()}"))).count(" ") == 1
        and retriever.option_value_products(key) > 0
        and ORDER_INTENTS & {classify(a.group()), classify(b.group())}
        for word in (a, b)
    }
    return _WORD.sub(lambda w: " " if w.start() in dropped else w.group(), text) if dropped else text


def _option_amount(text: str, number: str, retriever: Retriever) -> bool:
    """The number begins or ends one of the catalog's option values where the message says it ("how
    much is 1400 grade lining paper?" at a shop selling a 1400 Grade, "code 100 flex track")."""
    after = re.search(rf"(?<![\w#]){re.escape(number)}\s+([^\W\d_]+)", text)
    before = re.search(rf"([^\W\d_]+)\s+{re.escape(number)}(?![\w])", text)
    return (after is not None and retriever.is_option_amount(number, after.group(1))) or (
        before is not None and retriever.is_option_amount(number, before.group(1), word_first=True)
    )


def _shop_words(text: str, retriever: Retriever) -> bool:
    """What made the message read off-topic is the shop's own wording and the message names its
    products too: "espresso recipe?" at a roaster whose blends give a "Recommended recipe"; a place is
    no product ("the weather in portland?" at a shop with a "Maintenance Visit (Portland Metro)")."""
    found = [m.group() for m in rules().off_topic.any.finditer(text)]
    rest = set(tokenize(_WHEN.sub(" ", rules().off_topic.any.sub(" ", text)))) - towns_anywhere(text)
    return (
        bool(found)
        and all(retriever.unknown_share(phrase) == 0.0 for phrase in found)
        and any(retriever.name_word_products(word) > 0 for word in rest)
    )


def switched_question(state: TurnState, retriever: Retriever) -> str | None:
    """ "What about the tetsubin?" right after a question about another product asks that question
    of the product it names: the last question with the one product's name put as the other's.
    None unless the follow-up is only a product's words ("what about shipping?" is a question)."""
    bot = next((m for m in reversed(state.thread.messages) if m.role == "bot"), None)
    asked = (m.text for m in reversed(state.thread.messages) if m.role == "customer")
    previous = bot.data.get("asked") if bot is not None else None  # asked again of the last product
    if not isinstance(previous, str):  # else the last question that was no follow-up ("and the 1L?")
        previous = next((t for t in asked if "follow_up" not in cues_in(t)), None)
    focus = next((k.split(":")[1] for k in state.focus if k.startswith(("product:", "variant:"))), None)
    product, variants = retriever.family(focus) if focus else (None, [])
    if previous is None or product is None or understand(previous).intent in NOT_QUESTIONS:
        return None
    thing = _ARTICLE.sub("", follow_up_rest(state.text)).strip(" ?!.")
    words = set(tokenize(thing)) - {"one", "ones"}  # "the decaf one"
    values = set(tokenize(" ".join(value for v in variants for value in v.options.values())))
    kept = " ".join(w for w in previous.split() if not _names_a_value(w, values))
    if words and words <= values and attributes_asked(previous):
        # "and the 7'0?" after "what's the volume of the ridgeback 6'6?" asks the volume of the 7'0
        return f"{kept.rstrip(' ?!.')} {thing}?"
    if not words or words <= set(tokenize(product.title)):
        return None  # "and in large?" is about the same product: the drafter has it
    if any(retriever.name_word_products(word) == 0 for word in words):
        return None
    # "and the 1000?" after "the kestrel 2000w": the amount said in place of the name's amount, its other
    # words kept ("the kestrel 1000")
    if all(any(c.isdigit() for c in w) for w in thing.split()) and (
        amount := _swap_amount(kept, product.title, thing)
    ):
        return amount
    return swap_name(kept, product.title, thing, least=1)  # its "600ml" is no option of the other


def _swap_amount(text: str, name: str, amount: str) -> str | None:
    """The text with the one word that gives the name's number ("2000w" of "Kestrel 2000 W") as ``amount``."""
    numbers = {t for t in tokenize(name) if t.isdigit()}
    words = text.split()
    at = [i for i, w in enumerate(words) if numbers & set(tokenize(w))]
    if len(at) != 1:
        return None
    return " ".join([*words[: at[0]], amount, *words[at[0] + 1 :]])


def _to_another_place(previous: str, text: str) -> str | None:
    """ "and to australia?" after "shipping to auckland?" asks the same of Australia: the last question
    with its place put as the new one (read together, Auckland's row would answer again)."""
    # (a town only a shop's service table lists, "and in fergus?", as the service area reads it)
    old, new = places().named(previous) or places_asked(previous), places().named(text) or places_asked(text)
    switched = _put_for(previous, old, new)
    return switched if switched != previous else None  # (a name written with accents the fold took off)


def _put_for(previous: str, old: list[str], new: list[str]) -> str | None:
    """The last question with the first of the new names put for the old ones; None unless both name
    some and none the same."""
    if not new or not old or {n.lower() for n in new} & {o.lower() for o in old}:
        return None
    pattern = re.compile(
        "|".join(rf"\b{re.escape(o)}\b" for o in sorted(set(old), key=len, reverse=True)), re.I
    )
    return pattern.sub(new[0], previous)


_SENDING = re.compile(r"(?i)\b(?:ship\w*|deliver\w*|send|sent|post(?:age|ed)?|courier|freight)\b")
# what any question of a price or a time says: not what it asks about
_ASKING_WORDS = frozenset(tokenize("how much many long days day take takes cost costs price what when will"))


def _on_another_day(previous: str, text: str) -> str | None:
    """ "what about boxing day?" after "are you open on christmas day?" asks the same of Boxing Day: the
    last question with its day put as the new one (read together, Christmas Day's row answers again)."""
    return _put_for(previous, days_named(previous), days_named(text))


def _at_the_same_place(previous: str, text: str, reply: str | None) -> str | None:
    """ "how much is express?" right after "do you ship to quebec?" asks it of Quebec: the question with
    the sending to that place put after it, when it names no place and asks only of what the last answer
    said ("Express (Purolator): $27.95"), so the row of that place answers again."""
    if reply is None or not _SENDING.search(previous) or places().mentions(text):
        return None
    where = destination_written(previous) or next(iter(places().named(previous)), None)
    asked = set(tokenize(text)) - _ASKING_WORDS
    if where is None or not asked <= set(tokenize(reply)):  # ("how long does it take?" asks nothing else)
        return None
    return f"{text.rstrip(' ?!.')}, shipping to {where}?"


def effective_question(state: TurnState, retriever: Retriever) -> tuple[str, Understanding]:
    """Right after a proof, answer the question that was waiting for it; a follow-up ("and does
    it fit a 3 liter bladder?") is read together with the question it follows, unless the last
    answer was about a product (``focus``): the drafter goes on with that product instead."""
    text, understanding, thread, identity = state.text, state.understanding, state.thread, state.identity
    if "follow_up" in understanding.cues and (switched := switched_question(state, retriever)) is not None:
        state.asked_again = switched
        again = understand(switched)  # an injection in either message is still one
        return switched, again.model_copy(update={"injection": understanding.injection or again.injection})
    # the place of the last three questions that named one ("do you ship to quebec?", "how much is
    # express?", "how many days does express take?")
    asked = [m.text for m in reversed(thread.messages) if m.role == "customer"][:3]
    placed_before = next((t for t in asked if destination_written(t) or places().named(t)), None)
    if (
        not state.focus
        and placed_before is not None
        and understanding.intent not in NOT_QUESTIONS | ORDER_INTENTS
        and (placed := _at_the_same_place(placed_before, text, last_text(thread, "bot"))) is not None
    ):
        return placed, understand(placed).model_copy(update={"injection": understanding.injection})
    # with a focus, the drafter has a follow-up, but "till when?" asks the last question again
    if ("follow_up" in understanding.cues and not state.focus) or "asks_again" in understanding.cues:
        previous = last_text(thread, "customer")
        # "and how long do returns take?" after "a person, please" is a question of its own, and so is
        # "ok and is TS-1 still processing?" after a question that was about no order
        if (
            previous is not None
            and (earlier := understand(previous)).intent not in NOT_QUESTIONS
            and not waits_for_proof(earlier)
            and not (understanding.order_ids and earlier.intent not in ORDER_INTENTS)
        ):
            merged_text = (
                _to_another_place(previous, text) or _on_another_day(previous, text) or f"{previous} {text}"
            )
            merged = understand(merged_text).model_copy(update={"injection": understanding.injection})
            return merged_text, merged
    if not (identity.just_proven and (identity.code_entered or understanding.intent == "verification")):
        return text, understanding
    for message in reversed(thread.messages):
        if message.role != "customer" or message.data.get("proof"):
            continue  # the earlier steps of the proof itself
        earlier = understand(message.text)
        if not waits_for_proof(earlier):
            merged = earlier.model_copy(update={"injection": understanding.injection})
            return message.text, merged
        break
    return text, understanding
