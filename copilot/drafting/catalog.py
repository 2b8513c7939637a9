"""Answers about the whole catalog rather than one product: the cheapest or dearest of a kind of
product, and which of two named products costs more. Computed from the variant records, so the
prices are exact; any catalog, any wording of the kind ("dog collar", "rain jacket")."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from copilot.days_said import days_said
from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.denials import denial_in, denies
from copilot.drafting.description import description_lines, label_words, labelled_with, lines_saying
from copilot.drafting.sizes import grammar
from copilot.drafting.text import (
    best_sentences,
    join_words,
    measures_said,
    sentences,
    shape_rules,
    with_its_heading,
)
from copilot.knowledge.catalog import day_text, product_text
from copilot.knowledge.catalog import format_price as money
from copilot.lexical import irregular_forms, light_verbs, name_tokens, tokenize, with_heads
from copilot.policy_files import load_yaml_model
from copilot.retrieval import Retriever, model_code, options_named, value_words
from copilot.schemas import Passage
from copilot.spelling import in_common_use
from copilot.understanding import asks_price, attributes_asked, budget_in

_QUESTION_FRAME = re.compile(r"\b(?:which|what|whats|how|who)\b", re.I)  # "which has more caffeine, A or B"
_KINDS_JOINED = re.compile(r"\s*(?:&|,|/|\band\b)\s*")  # "Bowls & Feeders": two kinds in one step
_CLAUSE = re.compile(r",\s+|\s+[-–—]+\s+")  # "A or B, which ...", "A vs B - which ..."
# what a name says after its kind: what it comes with, what it is for ("Thick Door Kit for Deadbolts"), or
# how it is set apart after a comma ("Deadbolt Strike Plate, Reinforced")
_AFTER_ITS_KIND = re.compile(r"\s+(?:with|w/|including|incl\.?|featuring|plus|for)\s+|\s*,\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s(?:or|vs\.?|versus|and|than|compared to|with)\s", re.I)
_NAME_BEFORE_NUMBER = re.compile(r"^\s*(.*?[^\W\d_][\w'-]*)\s+\d[\w.]*\s*$")
_NUMBER_FIRST = re.compile(r"\s*\d[\w.]*\b(?!\s*(?:mm|cm|m|in|g|kg|ml|l|oz|lb|lbs|w|v|mah)\b)")
QUESTION_WORDS = Path(__file__).with_name("question_words.yaml")


class KindExample(BaseModel):
    question: str
    kind: list[str]


class Superlative(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: list[str]
    most: bool
    labels: list[str]
    dimension: str | None
    said_as: str | None = None  # how a reply says it: "the longest flight time" for "which flies longest?"
    # the labels read when no product of the kind has a line for ``labels``: a mattress's thickness is
    # its "Height: 15 in"
    else_labels: list[str] = Field(default_factory=list)
    # a word of many measures, which the word after it names ("lower pressure", "higher output"), in a
    # comparison of two products
    open_ended: bool = False


class SuperlativeExample(BaseModel):
    question: str
    word: str
    kind: list[str]


class QuestionWords(BaseModel):
    """Words of the question itself, never of the kind of product asked about (data, with examples)."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    words: str
    price_words: str
    frame: str
    smaller: str
    larger: str
    accessories: str  # "Tent Accessories": things for a kind, none of that kind
    containers: str  # "a bottle of resin": resin
    superlatives: list[Superlative]
    verbs: str
    superlative_examples: list[SuperlativeExample]
    examples: list[KindExample]


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


@cache
def _question_words() -> QuestionWords:
    return load_yaml_model(QUESTION_WORDS, QuestionWords, "question words")


@cache
def measure_words() -> frozenset[str]:
    """The words that name a measure ("depth", "wide", "weight"): the labels of the superlatives of a
    dimension."""
    labels = [label for s in _question_words().superlatives if s.dimension for label in s.labels]
    return frozenset(tokenize(" ".join(labels)))


@cache
def _asking() -> frozenset[str]:
    return frozenset(tokenize(_question_words().words))


@cache
def _frame() -> frozenset[str]:
    """The words that ask a comparison ("which has more", "is it better than") and name nothing compared."""
    return frozenset(tokenize(_question_words().frame))


@cache
def _price_words() -> frozenset[str]:
    return frozenset(tokenize(_question_words().price_words))


@cache
def _container_of() -> re.Pattern[str]:
    """What a kind comes in, before "of" ("a bottle of resin"): no word of the kind."""
    words = "|".join(map(re.escape, _question_words().containers.split()))
    return re.compile(rf"\b(?:{words})(?:s|es)?\s+of\b", re.IGNORECASE)


def kind_words(question: str) -> set[str]:
    """The words of a catalog-wide question that name the kind of product asked about: no number or
    measure ("0.6mm", "mm" of "cheapest nozzle in 0.6mm?" say which version, not which kind), nor what
    the kind comes in ("bottle of resin")."""
    return {
        w
        for w in tokenize(_container_of().sub(" ", question).replace("-", " "))
        if w not in _asking() and not w[:1].isdigit() and not measure_word(w)
    }


def share_named(title: str, wanted: set[str]) -> float:
    """The share of a product name's words the question says: "Pour-Over" is one word, said by
    "pour-over" or "pour over" or "pour". What the name says in brackets counts only when the
    question says some of it: "the station passengers pack" names all of Station Passengers (12
    figures), "the 8 inch pan" more of Pan (8 inch) than of Pan (10 inch)."""
    bracketed = {t for m in BRACKETED.finditer(title) for t in tokenize(m.group())}
    if not bracketed & wanted:
        title = BRACKETED.sub(" ", title) if BRACKETED.sub("", title).strip() else title
    words = [name_tokens(word) for word in title.split()]
    words = [w for w in words if w]
    return sum(1 for w in words if _word_said(w, wanted)) / max(1, len(words))


def _word_said(tokens: list[str], wanted: set[str]) -> bool:
    """A name's word is said whole, by all its parts, or by one part that is no number or unit: "8L"
    by "8l" or "8 l", never by the "l" of "45L"; "Pour-Over" by "pour"."""
    whole, parts = tokens[0], tokens[1:]
    telling = [p for p in parts if not p.isdigit() and not measure_word(p)]
    return whole in wanted or any(p in wanted for p in telling) or (bool(parts) and set(parts) <= wanted)


def price_text(variant: Passage, sale_said: bool = False) -> str:
    """A variant's price in its shop's currency, with until when a sale is on and what it was:
    "69.99 CAD (on sale until Jan 5, 2027, was 89.99 CAD)"; "on sale" left out where the reply
    already says it."""
    price = money(variant.price, variant.currency)
    price = f"free ({price})" if variant.price == 0 else price  # "is free (€0.00)"
    if variant.was_price is None:
        return price
    ends = variant.sale.ends if variant.sale is not None else None
    until = f"until {day_text(ends)}" if ends else ""
    note = " ".join(w for w in ("" if sale_said else "on sale", until) if w)
    return f"{price} ({note + ', ' if note else ''}was {money(variant.was_price, variant.currency)})"


def costs_text(variants: list[Passage]) -> str:
    """What versions cost, after a no ("isn't on sale right now"): ": it costs $27.95 to $29.95"."""
    prices = sorted({v.price for v in variants if v.price is not None})
    if not prices:
        return ""
    currency = variants[0].currency
    high = f" to {money(prices[-1], currency)}" if len(prices) > 1 else ""
    return f": it costs {money(prices[0], currency)}{high}"


def sale_to_come(variants: list[Passage]) -> str:
    """A sale that has not started yet, after a no ("is it going on sale for boxing day?"): " It goes on
    sale at $299.00 from December 26, 2026." (the first such version's, named when others differ)."""
    now = datetime.now(UTC)
    coming = [
        (v, sale, begin if begin.tzinfo else begin.replace(tzinfo=UTC))
        for v in variants
        if (sale := v.sale) is not None and (begin := sale.starts) is not None
    ]
    coming = [(v, sale, begin) for v, sale, begin in coming if now < begin]
    if not coming:
        return ""
    first, sale, begin = coming[0]
    which = f" in {describe(first)}" if len(coming) < len(variants) and describe(first) else ""
    return f" It goes on sale{which} at {money(sale.price, first.currency)} from {day_text(begin)}."


def own_sale_words(product: Passage, today: date) -> str:
    """The product's own sentences on a sale with its dates, each after a space to follow a reply
    (" Black Friday price until 8 December 2026."), not one whose every day has gone by."""
    says_sale = shape_rules().phrases["sale_said"]
    return "".join(
        f" {t}"
        for t in sentences(product_text(product).own_words)
        if says_sale(t) and (days := days_said(t)) and not all(d.gone_by(today) for d in days)
    )


def stock_words(variant: Passage, counted: bool = False) -> str:
    """Whether a version can be bought, in a reply's words: in stock, pre-order, backorder, out of stock;
    ``counted``, how many are in stock where the shop counts them ("how many do you have?")."""
    if variant.available is None:
        return "of unknown availability"
    if variant.available:
        return f"in stock ({variant.stock} left)" if counted and variant.stock else "in stock"
    on = f" on {day_text(variant.available_from)}" if variant.available_from else ""
    if variant.preorder:
        return "not released yet, but it can be pre-ordered" + (f" (released{on})" if on else "")
    if variant.backorder:
        return f"out of stock, but it can still be ordered on backorder and ships when restocked{on}"
    return "out of stock"


def describe(variant: Passage) -> str:
    return ", ".join(f"{k} {v}" for k, v in variant.options.items()) or "standard"


@dataclass(frozen=True)
class Family:
    product: Passage
    variants: list[Passage]
    kind_words: frozenset[str]  # the words that say what kind of product it is: name, category, tags
    kind_heads: frozenset[str]  # and the last words of its compounds: a "Fish Surfboard" is a board


def catalog_families(retriever: Retriever) -> list[Family]:
    """Every product of the catalog with its versions and the words that say its kind."""
    found = []
    for product_id in retriever.product_ids():
        product, variants = retriever.family(product_id)
        if product is not None:
            text = product_text(product)
            words = set(tokenize(f"{text.header} {text.tags}"))
            found.append(Family(product, variants, frozenset(words), frozenset(with_heads(words) - words)))
    return found


def products_of_kind(
    retriever: Retriever, text: str, wanted: set[str], families: list[Family] | None = None
) -> list[Family] | None:
    """The products of the kind the question names ("dog food", "music stands"), of ``families`` (by
    default the whole catalog); every product when it names none, None when the kind is no product's."""
    families = catalog_families(retriever) if families is None else families
    if not wanted:
        return families
    kind = _kind(text, wanted)
    # the kind's last word may end a compound ("most expensive board?" and a Longboard); the words
    # before it only as words ("glasses cases" and a Sunglasses Pouch: no glasses)
    head = set(tokenize(kind.split()[-1])) if kind else set()

    def says(family: Family) -> set[str]:
        return (wanted & family.kind_words) | (wanted & head & family.kind_heads)

    scored = [(len(says(f)) / len(wanted), f) for f in families]
    best = max((score for score, _ in scored), default=0.0)
    if best < 0.5:
        return None
    # "butterfly knives?", "shun knives?": a word of the kind the shop never writes names a kind it does
    # not sell, however many knives it has
    if best < 1.0 and any(
        retriever.unknown_share(w) == 1.0 and not retriever.slip_of_its_words(w) for w in wanted - head
    ):
        return None
    families = [f for score, f in scored if score == best]
    # what the kind is, its last word (all of it: "e-bikes"), is said of one of them: "bike trailers"
    # are not the road bikes that say only "bike"
    # (a plural noun: "cheapest course you run?" ends in a verb)
    plural = kind.endswith("s") and not kind.endswith("ss")
    last = set(tokenize(kind.split()[-1].replace("-", " "))) if plural else set()
    if last and not any(last <= says(f) for f in families):
        return None
    headers = {
        f.product.key: set(tokenize(product_text(f.product).header)) | (f.kind_heads & head) for f in families
    }
    named = [f for f in families if _named_kind(f, says(f), by_step=len(wanted) == 1)]
    # "any mandolines?" and a glove tagged "mandoline": a kind no word of which a name or category says,
    # only a tag, is what the product goes with, not what it is ("antifouling for an aluminium rib" and
    # an Alu Antifouling tagged "rib" is the antifouling)
    if (
        not named
        and head
        and all(not (head | wanted) & with_heads(headers[f.product.key] - f.kind_heads) for f in families)
    ):
        return None
    families = named or families  # a kind the name or a category says ("Tea > Green Tea") beats a tag's
    said = [f for f in families if _says_kind(f, kind)]
    if not said and len(kind.split()) > 1:  # "king bed": no name says "king", but a bed's says "bed"
        said = [f for f in families if _says_kind(f, kind.split()[-1])]
    families = said or families  # "bed" is a bed's word, and only by its stem a bedding's
    typed = [f for f in families if kind and _typed_as(f, kind.split()[-1])]
    # "contact lenses?" (things, in the plural) and the Contact Lens Case: a case for them, none of
    # them; "decaf?" and the Decaf Espresso Capsules are decaf
    if plural and not typed and all(_only_modifies(f, kind.split()[-1]) for f in families):
        return None
    families = typed or families
    # "face moisturiser" is a moisturiser first: the kind's last word is what the product must be
    headed = [f for f in families if head and head <= headers[f.product.key]] or families
    # and a face cream's name or description says "face", a body butter's not
    described = [
        f for f in headed if wanted - headers[f.product.key] <= set(tokenize(product_text(f.product).body))
    ]
    return described or headed


def _named_kind(family: Family, kind: set[str], by_step: bool = False) -> bool:
    """The product's name says the kind, or a step of its category is the kind ("Kyoto Hojicha" in
    "Tea > Green Tea" is a green tea and a tea; a feeder in "Pet Bowls, Feeders" is no bowl). The
    header adds the brand after the category's last comma: "Dog Treats, Fernleaf Pet Foods" is no food."""
    title = with_heads(tokenize(family.product.title))
    if kind <= title:
        return True
    written = _category_steps(family)
    steps = [set(tokenize(step)) for step in written]
    if kind & title and any(kind <= title | step for step in steps):  # a Squeeze Filter in "Water"
        return True
    # (``by_step``) a step that ends with the one-word kind asked is of it: a Gyuto in "Kitchen Knives" is a
    # knife, a Whetstone in "Knife Sharpeners" none; a step of two kinds says neither ("Bars & Benches",
    # "Panamas & Straw"), nor does "Body Moisturisers" say a "face moisturiser"
    if by_step and len(kind) == 1:
        ends = [
            set(tokenize(step.split()[-1]))
            for step in written
            if step.split() and not _KINDS_JOINED.search(step)
        ]
        # (not when its name ends with a word of everyday English for another kind and its own shelf, the
        # last step, is what says the kind: an Elevated Bamboo Feeder typed "Pet Bowls" is a feeder, where
        # "Gyuto" says no kind in English and its category does; a Viscose Challis Print under
        # "Dressmaking Fabric > Viscose" is a fabric, its department says so)
        bare = _bare_title(family).split()
        own_kind = (
            bool(bare) and in_common_use(bare[-1].lower()) and not kind <= with_heads(tokenize(bare[-1]))
        )
        if kind in ends and not (own_kind and kind not in ends[:-1]):
            return True
    # a one-word step that is a compound ("Surfboards") says its last word too
    return any(step == kind or (len(step) == 1 and with_heads(step) >= kind) for step in steps)


def _category_steps(family: Family) -> list[str]:
    """The steps of the product's category ("Tea > Green Tea"), without the brand the header adds."""
    product = family.product
    details = product_text(product).header.removeprefix(product.title).strip(" ()")
    steps = details.split(">")
    steps[-1] = steps[-1].split(", ")[0]
    return steps


def without_brackets(title: str) -> str:
    """A name without what it ends with in brackets: "Chimney Sweep (Per Visit)" is "Chimney Sweep"."""
    return _TRAILING_BRACKETS.sub("", title) or title


def _bare_title(family: Family) -> str:
    """The name without what it says of the piece in brackets at its end ("Helios 58mm Lens (Used)")."""
    return without_brackets(family.product.title)


def _only_modifies(family: Family, word: str) -> bool:
    """The name says ``word`` only before another word: a "Contact Lens Case" is for lenses."""
    names = tokenize(_bare_title(family))
    heads = set(tokenize(word))
    return bool(names) and names[-1] not in heads and any(t in heads for t in names[:-1])


def _typed_as(family: Family, word: str) -> bool:
    """The product is a ``word``: its name or a step of its category ends with it ("Tea > Green Tea"
    is a tea; "Bowls & Feeders" both). A "Mattress Topper" (in Bedding) is a topper, not a mattress;
    a bat in "Piñata Accessories" is no piñata, nor a footprint in "Tents > Tent Accessories" a tent; paste
    in "Wallpapering" is no wallpaper (the stems are one, the words are not: the work, not the thing)."""
    head = set(tokenize(word))
    # "Vented Hard Hat with Ratchet Harness" is a hat, a "Thick Door Kit for Deadbolts" a kit, a "Deadbolt
    # Strike Plate, Reinforced" a plate: a name's kind ends before what it comes with, is for, or a comma
    named = _AFTER_ITS_KIND.split(_bare_title(family), maxsplit=1)[0]
    last = [w for w in named.split() if not any(c.isdigit() for c in w)][-1:]

    def is_kind(written: str) -> bool:
        activity = written.lower().endswith("ing") and not word.lower().endswith("ing")
        return not activity and head <= with_heads(tokenize(written))

    steps = _category_steps(family)
    # "Tents > Tent Accessories": a step below says the products are for tents, not tents ("Lips > Lip
    # Liner" are lip products all the same)
    accessories = set(_question_words().accessories.split())
    for_it = any(
        head & set(tokenize(" ".join(part.split()[:-1]))) and part.split()[-1].lower() in accessories
        for step in steps[1:]
        for part in _KINDS_JOINED.split(step)
        if part.split()
    )
    return bool(head & with_heads(tokenize(" ".join(last)))) or (
        not for_it
        and any(
            is_kind(part.split()[-1]) for step in steps for part in _KINDS_JOINED.split(step) if part.split()
        )
    )


def _kind_asked(context: DraftContext) -> tuple[set[str], list[Family]] | None:
    """A catalog-wide question's words for the kind of product and the products of that kind (every
    product when it names none); None when the kind is no product's."""
    if context.retriever is None:
        return None
    families = catalog_families(context.retriever)
    options_only = _option_words_only(families)
    # the whole message, else the sentence of it that names a kind ("cheapest gift you do? need something
    # for secret santa": a gift, not a "secret santa")
    sentences = _SENTENCE_PARTS.split(context.text.strip())
    for text in [context.text, *sentences] if len(sentences) > 1 else [context.text]:
        wanted = kind_words(text) - options_only  # "mattress in king size": a mattress
        if text is not context.text and not wanted:
            continue  # "... is there a discount?" names no kind: not every product's
        if (of_kind := products_of_kind(context.retriever, text, wanted, families)) is not None:
            return wanted, of_kind
    return None


_SENTENCE_PARTS = re.compile(r"(?<=[?!.])\s+")


def _option_words_only(families: list[Family]) -> set[str]:
    """Words of option names and values ("king", "size") that no product's name, category or tags
    use: they say which version, never which kind of product."""
    options = {
        w
        for f in families
        for v in f.variants
        for name, value in v.options.items()
        for w in {*tokenize(name), *value_words(value)}
    }
    return options - set().union(*(f.kind_words for f in families))


BRACKETED = re.compile(r"\s*\([^)]*\)")


def _versions_named(pool: list[tuple[Passage, Family]], words: set[str]) -> list[tuple[Passage, Family]]:
    """The versions with an option value the words name whole, what it says in brackets aside
    ("audiobook" names "Audiobook (Download)", "whole" no "Whole bean"), else by the words only it has of
    its option's values ("extrait" names "Extrait de Parfum" beside "Eau de Parfum"); the whole pool
    when none is."""
    named = [
        (v, f)
        for v, f in pool
        if options_named(
            v.model_copy(update={"options": {k: BRACKETED.sub("", x) or x for k, x in v.options.items()}}),
            words,
        )
        >= 1
    ]
    return named or [(v, f) for v, f in pool if _named_by_own_words(v, f, words)] or pool


def _named_by_own_words(variant: Passage, family: Family, words: set[str]) -> bool:
    """One of the variant's values is named by all the words no other value of its option has."""
    for option, value in variant.options.items():
        others = {o.options[option] for o in family.variants if option in o.options} - {value}
        own = value_words(value) - set().union(*(value_words(o) for o in others))
        if others and own and own <= words:
            return True
    return False


def extreme(context: DraftContext, highest: bool) -> Draft | None:
    """The cheapest (or dearest) variant among the products of the kind the question names: in
    stock when it asks for that, else one that can be ordered now (in stock, pre-order, backorder)
    when any can. None when no kind is recognisable."""
    if (asked := _kind_asked(context)) is None:
        return None
    wanted, families = asked
    words = set(tokenize(context.text))
    if context.retriever is not None and (measure := measures_said(context.text)):
        # "cheapest 100ml bottle?": no Bottle Engraving comes in 100 ml; the products that do, whatever
        # their names call them ("18V battery" is a battery whose name says 18V)
        def in_measure(family: Family) -> bool:
            said = [family.product.title, *(value for v in family.variants for value in v.options.values())]
            return any(measure & measures_said(text) for text in said)

        if not any(in_measure(f) for f in families):
            families = [f for f in catalog_families(context.retriever) if in_measure(f)] or families
    priced = [(v, f) for f in families for v in f.variants if v.price is not None]
    must_stock = "in_stock" in context.understanding.cues
    # what can be ordered now: in stock, or sold before release or restock (unless "in stock" is said)
    stocked = [(v, f) for v, f in priced if v.available or (not must_stock and (v.preorder or v.backorder))]
    pool = stocked if stocked or must_stock else priced
    # "cheapest sheet set in king size": only the versions whose values the question names, when any do
    pool = _versions_named(pool, words)
    if not pool:
        return None
    pick = max if highest else min
    variant, family = pick(pool, key=lambda pair: pair[0].price or 0.0)
    which = "most expensive" if highest else "cheapest"
    kind = f" {_kind(context.text, wanted)}" if wanted else ""
    scope = " in stock" if must_stock or (pool is stocked and variant.available) else ""
    stock = stock_words(variant)
    reply = f"Our {which}{kind} option{scope} is the {_version_at(variant, family)}; it is {stock}."
    citations = [cite(family.product), cite(variant)]
    if must_stock or pool is not stocked:
        return Draft(action="answer", reply=reply, citations=citations, confidence=0.85)
    # "cheapest fdm printer?" when the cheapest is sold out: that one first, as it is the answer asked
    # (not one the shop will not sell again: "Discontinued", "Replaced by the SR-50")
    no_longer_sold = shape_rules().phrases["no_longer_sold"]
    ended = {f.product.key for f in families if no_longer_sold(f.product.text)}
    sold_again = [(v, f) for v, f in priced if f.product.key not in ended]
    gone, gone_family = pick(
        _versions_named(sold_again or priced, words), key=lambda pair: pair[0].price or 0.0
    )
    if (gone.price or 0.0) != (variant.price or 0.0):
        now = "in stock" if variant.available else "to order now"
        reply = (
            f"Our {which}{kind} is the {_version_at(gone, gone_family)}, but it is {stock_words(gone)}; the "
            f"{which} {now} is the {_version_at(variant, family)}."
        )
        citations = [cite(gone_family.product), cite(gone), *citations]
    return Draft(action="answer", reply=reply, citations=citations, confidence=0.85)


def _version_at(variant: Passage, family: Family) -> str:
    """The product's name, the version's options and its price: "Hoodie (Size M) at $40.00"."""
    options = f" ({describe(variant)})" if variant.options else ""
    return f"{family.product.title}{options} at {money(variant.price, variant.currency)}"


def on_sale(context: DraftContext) -> Draft | None:
    """What is on sale now, of the kind the question names or in the whole shop ("any coffee on
    sale?"): each product's lowest sale price with its regular price. None when the kind is no
    product's."""
    if (asked := _kind_asked(context)) is None:
        return None
    wanted, families = asked
    kind = f" {_kind(context.text, wanted)}" if wanted else ""
    reduced = [
        (min(sale, key=lambda v: v.price or 0.0), f)
        for f in families
        if (sale := [v for v in f.variants if v.was_price is not None and v.price is not None])
    ]
    if not reduced and len(families) == 1:  # "is the travel press on sale?" names one product
        product = families[0].product
        return Draft(
            action="answer",
            reply=f"No, the {product.title} isn't on sale right now{costs_text(families[0].variants)}."
            + (sale_to_come(families[0].variants) or own_sale_words(product, context.today)),
            citations=[cite(product)],
            confidence=0.8,
        )
    if not reduced:
        return Draft(
            action="answer",
            reply=f"None of our{kind} are on sale right now." if kind else "Nothing is on sale right now.",
            citations=[cite(f.product) for f in families[:3]],
            confidence=0.8,
        )
    listed = [
        f"the {f.product.title} {'from' if len(f.variants) > 1 else 'at'} {price_text(v, sale_said=True)}"
        for v, f in reduced[:6]
    ]
    # one product on sale says its own words on the sale's dates ("Spring clean sale: sale prices until 24
    # December 2026."): "when does the sale on the washer cleaner tablets finish?"
    own = own_sale_words(reduced[0][1].product, context.today) if len(reduced) == 1 else ""
    return Draft(
        action="answer",
        reply=f"On sale{kind and ' in' + kind} right now: {join_words(listed)}.{own}",
        citations=[c for v, f in reduced[:6] for c in (cite(f.product), cite(v))],
        confidence=0.85,
    )


def within_budget(context: DraftContext) -> Draft | None:
    """What can be bought now for no more than the amount the question gives, of the kind it names
    and in the option values it names ("anything under $50 in black?"): each product's cheapest such
    version, cheapest first. None without an amount, or when the kind is no product's."""
    if context.retriever is None or (budget := budget_in(context.text)) is None:
        return None
    limit, rest = budget
    families = catalog_families(context.retriever)
    values = {
        w for f in families for v in f.variants for value in v.options.values() for w in value_words(value)
    }
    named = set(tokenize(rest)) & values  # "in black"
    wanted = kind_words(rest) - values
    of_kind = products_of_kind(context.retriever, rest, wanted, families) if wanted else families
    if not of_kind:
        return None
    families = of_kind
    picks: list[tuple[Passage, Family]] = []
    for family in families:
        pool = [v for v in family.variants if v.available and v.price is not None and v.price <= limit]
        if named and not named <= set(tokenize(family.product.title)):
            pool = [v for v in pool if options_named(v, named) >= 1]
        if pool:
            picks.append((min(pool, key=lambda v: v.price or 0.0), family))
    picks.sort(key=lambda pick: pick[0].price or 0.0)
    within = f"under {money(limit, families[0].product.currency)}"  # the shopper's amount: evidence too
    asked = [_kind(rest, wanted)] if wanted else []
    scope = f"{within} ({', '.join([*asked, *sorted(named)])})" if asked or named else within
    if not picks:
        return Draft(
            action="answer",
            reply=f"Sorry, nothing {scope} is in stock right now.",
            citations=[cite(f.product) for f in families[:3]],
            evidence=[within],
            confidence=0.7,
        )
    listed = [
        f"the {f.product.title}"
        + (f" ({describe(v)}, " if v.options else " (")
        + f"{money(v.price, v.currency)})"
        for v, f in picks[:8]
    ]
    more = f", and {len(picks) - 8} more" if len(picks) > 8 else ""
    return Draft(
        action="answer",
        reply=f"In stock {scope}: {join_words(listed)}{more}.",
        citations=[c for v, f in picks[:8] for c in (cite(f.product), cite(v))],
        evidence=[within, *([str(len(picks) - 8)] if more else [])],
        confidence=0.8,
    )


# what the kind asked is to accompany: "... to go with cheese", "... that pair with a steak"
_GOES_WITH = re.compile(
    r"\s+(?:to|that|which)\s+(?:go(?:es)?|pairs?|serve)\s+with\b.*$", re.IGNORECASE | re.DOTALL
)


# a sample asked for, of a product or at all: "a sample of the woven wood?", "do you send swatches?"
_SAMPLE_ASKED = re.compile(r"(?i)\b(samples?|swatch(?:es)?)\b(?=\s+(?:of|for|in)\b|\s*[?.!]*\s*$)")


def sample_of(context: DraftContext) -> Draft | None:
    """The shop's own sample products ("Free Fabric Swatch": a name, category or tag says the word
    asked), with their prices and what the first says of itself, for "can i get a sample of the woven
    wood in driftwood?" or "do you send swatches?": the versions of the product named are no answer.
    None unless a sample is asked for and the shop sells one."""
    if context.retriever is None or (asked := _SAMPLE_ASKED.search(context.text)) is None:
        return None
    word = set(tokenize(asked.group(1)))
    samples = [f for f in catalog_families(context.retriever) if word <= f.kind_words][:3]
    if not samples:
        return None
    cheapest = {f.product.key: min(f.variants, key=lambda v: v.price or 0.0) for f in samples if f.variants}
    priced = [
        f"the {f.product.title}: {price_text(cheapest[f.product.key])}"
        if f.product.key in cheapest
        else f"the {f.product.title}"
        for f in samples
    ]
    said = sentences(product_text(samples[0].product).own_words)
    told = f" {' '.join(said[:2])}" if said else ""
    return Draft(
        action="answer",
        reply=f"We have {join_words(priced)}.{told}",
        citations=[*(cite(f.product) for f in samples), *(cite(v) for v in cheapest.values())],
        evidence=[price_text(v) for v in cheapest.values() if v.price == 0],  # a price of 0 is free
        confidence=0.8,
    )


def of_kind(context: DraftContext) -> Draft | None:
    """The products of the kind the question asks which of the shop has ("which music stands can I
    order today?"): those that can be bought now, with their prices. None unless a kind is named."""
    # "we hate competitive games, do you have anything cooperative?": the clause that asks names the kind
    clause = re.split(r"[,;]\s+", context.text)[-1]
    text = clause if kind_words(clause) else context.text
    text = _GOES_WITH.sub("", text) or text  # "any alcohol free drinks to go with cheese?": drinks
    wanted = kind_words(text)
    families = products_of_kind(context.retriever, text, wanted) if context.retriever and wanted else None
    if not families:
        return None
    kind = _kind(text, wanted)
    # "do you sell contact lenses?": the page's "We don't sell contact lenses", not the sun lenses
    if not any(wanted <= f.kind_words for f in families) and (page := _page_on_kind(context, wanted)):
        return page
    buyable = [f for f in families if any(v.available for v in f.variants)]
    if not buyable:
        return Draft(
            action="answer",
            reply=f"Sorry, none of our {kind} are in stock right now.",
            citations=[cite(f.product) for f in families[:6]],
            confidence=0.8,
        )
    listed = []
    for family in buyable[:8]:
        prices = sorted({v.price for v in family.variants if v.available and v.price is not None})
        shown = money(prices[0], family.product.currency) if prices else ""
        price = "" if not prices else shown if len(prices) == 1 else f"from {shown}"
        if len(prices) > 1 and len(buyable) == 1:  # one product listed: its whole range ("$50.00 to $500.00")
            price = f"{shown} to {money(prices[-1], family.product.currency)}"
        listed.append(f"the {family.product.title}" + (f" ({price})" if price else ""))
    more = f", and {len(buyable) - 8} more" if len(buyable) > 8 else ""
    # "which expansions do you carry?" asks what the shop sells: the sold-out ones are named too
    sold_out = [] if "in_stock" in context.understanding.cues else [f for f in families if f not in buyable]
    also = (
        f" Out of stock right now: {join_words([f'the {f.product.title}' for f in sold_out[:4]])}."
        if sold_out
        else ""
    )
    return Draft(
        action="answer",
        reply=f"In stock now ({kind}): {join_words(listed)}{more}.{also}",
        citations=[cite(f.product) for f in [*buyable[:8], *sold_out[:4]]],
        confidence=0.8,
    )


def _page_on_kind(context: DraftContext, wanted: set[str]) -> Draft | None:
    """A page's sentence that names the whole kind asked, when no product is of the whole kind (only
    of its last word): what the shop says of it answers, not the products of another kind."""
    hits = context.with_pages().hits
    pages = [(h.passage, h.similarity or 0.0) for h in hits if h.passage.kind == "document"]
    chosen, _ = best_sentences(context.text, pages, limit=1)
    if not chosen or not wanted <= set(tokenize(chosen[0][0])):
        return None
    sentence, page = chosen[0]
    # "do you have e-bikes?" is not answered by "we don't sell e-scooters ... or youth bikes"
    kind = _kind(context.text, wanted)
    if (denial := denial_in(sentence)) is not None and not denies(kind, sentence, denial):
        return None
    # an item of a list says its heading too ("We don't sell: Petrol scooters")
    return Draft(
        action="answer", reply=with_its_heading(sentence, page), citations=[cite(page)], confidence=0.7
    )


def _says_kind(family: Family, kind: str) -> bool:
    """The product's name, category or tags use each of the question's kind words as a word, or its
    plural."""
    text = product_text(family.product)
    said = f"{text.header} {text.tags}"
    words = kind.split()
    return all(
        re.search(rf"\b{re.escape(word.removesuffix('s'))}(?:s|es)?\b", said, re.IGNORECASE)
        # "knives" by "Knife", "knife" by "Kitchen Knives"
        or any(re.search(rf"\b{re.escape(f)}\b", said, re.IGNORECASE) for f in irregular_forms(word) - {word})
        or (word == words[-1] and set(tokenize(word)) <= family.kind_heads)  # "Surfboards" says "board"
        for word in words
    )


def _kind(text: str, wanted: set[str]) -> str:
    """The question's own words for the kind of product, in its order: "dog collar"; "stands & mounts"
    keeps the word that joins two of them."""
    said = text.replace("?", " ").split()
    kept = {i for i, w in enumerate(said) if set(tokenize(w)) & wanted}
    joined = {i for i, w in enumerate(said) if w.lower() in ("&", "and", "or") and {i - 1, i + 1} <= kept}
    words = [w for i, w in enumerate(said) if i in kept | joined]
    return " ".join(dict.fromkeys(w.strip(".,!'\"").lower() for w in words))


def _compared_on(text: str, pairs: list[tuple[Family, set[str]]], around: str = "") -> Draft | None:
    """Each product's own line for what a question compares, side by side ("which has more caffeine,
    sencha or hojicha?": each one's `Caffeine:` line): the line labelled with the question's word,
    else the one an attribute's labels match. Two versions of one product ("the 1000 or the 1500
    piece?") each take the line labelled with the words only its own part says ("1500 pieces: ...").
    None when neither has one."""
    families = [f for f, _ in pairs]
    names = set().union(*(set(tokenize(f.product.title)) for f in families))
    # (a word a catalog-wide question uses of itself may be what two products are compared on: "which
    # has more range?" and each one's "Maximum range: 60 m")
    asked = set(tokenize(text)) - names - _asking() or set(tokenize(text)) - names - _frame()
    # the question asked around the two names says what they are compared on, though one's name says it
    # too ("which has the higher snr, the slimline muffs or the extreme muffs?" and Extreme Ear Muffs SNR 35)
    asked |= set(tokenize(around)) - _asking() - _frame()
    attributes = attributes_asked(text)
    measure = superlative_asked(text)
    if (
        measure is not None
        and measure.superlative.open_ended
        and (after := _named_after(text, measure, names))
    ):
        measure = after  # "which one works on lower pressure?": its pressure line, not its height
    question = set(tokenize(text))
    versions = len({f.product.key for f in families}) < len(families)
    # "which is lighter?" is read on "Weight", "which takes more weight?" on "Max user weight"
    asks_limit = bool(grammar().limit_asked.search(text) or grammar().fit_asked.search(text))

    def limited(line: str) -> bool:
        """The line is a limit ("Max user weight") where the question asks none, or the other way."""
        return bool(":" in line and grammar().limit_asked.search(line.partition(":")[0])) != asks_limit

    said: list[tuple[Family, str | None]] = []
    for (family, words), (_, other) in zip(pairs, reversed(pairs), strict=True):
        lines = description_lines(product_text(family.product).own_words)
        measured = measure.label_words if measure is not None else set()
        # "which is lighter?" by a weight's label, never by "Light source: 405 nm"
        fit = {line: _dimension_fit(line, measure) for line in labelled_with(lines, asked | measured)}
        labelled = sorted(  # "more protein per serving": "Protein per serving" before "Servings"; not by
            # the product's own word ("Bench weight"); a line the question names by its label is read,
            # whatever its unit ("longer warranty?")
            [line for line, how in fit.items() if how < 2 or label_words(line) & (asked - measured)],
            # "which is lighter, the 8 inch A or B?": of A's 8" rows, the one labelled "Weight"
            key=lambda line: (
                fit[line],
                -_in_label(measured, line),
                -_in_label(question - names, line),
                limited(line),
            ),
        )
        found = labelled or sorted(lines_saying(lines, [a.labels for a in attributes]), key=limited)
        if not found and measure is not None:  # "which is wider?" and "Width: 214 cm"
            found = labelled_with(lines, measure.label_words) or lines_saying(lines, [measure.labels])
        if not found and measure is not None and (instead := measure.superlative.else_labels):
            # "is A thicker than B?" of mattresses with no thickness line: their heights
            found = labelled_with(lines, MeasureAsked(measure.superlative, measure.word, instead).label_words)
        own = words - other - names - _asking()
        found = sorted(found, key=lambda line: -_in_label(own, line))  # of a table's rows, the one named
        if versions:
            best = max(
                [line for line in lines if ":" in line], key=lambda line: _in_label(own, line), default=""
            )
            found = [best] if _in_label(own, best) else found
        said.append((family, next(iter(found), None)))
    if not any(line for _, line in said):
        return _told_apart(text, families)
    parts = [
        f"the {f.product.title}{'' if versions else ':'} {line.rstrip('.')}"  # "the X 1500 pieces: 33 in"
        if line
        else f"our information on the {f.product.title} doesn't say"
        for f, line in said
    ]
    reply = "; ".join(parts) + "." + _verdict(text, said)
    return Draft(
        action="answer",
        reply=reply[0].upper() + reply[1:],
        citations=[cite(f.product) for f, _ in said],
        confidence=0.75 if all(line for _, line in said) else 0.5,
    )


def _dimension_fit(line: str, measure: MeasureAsked | None) -> int:
    """How the line's value fits what a comparison measures: 0 an amount of it ("Printer weight:
    9.0 kg" for "which is lighter?"), 1 no amount to tell, 2 amounts of something else only."""
    if measure is None or measure.superlative.dimension is None:
        return 1
    value = line.partition(":")[2]
    amounts = grammar().measurements_in(value) or grammar().amounts_in_line(value)
    if any(a.unit.dimension == measure.superlative.dimension for a in amounts):
        return 0
    return 2 if amounts else 1


def _told_apart(text: str, families: list[Family]) -> Draft | None:
    """ "What's the difference between A and B?", nothing named to compare them on: the lines both label
    alike and say differently ("Build volume: 218 x 123 x 260 mm" and "... 298 x 164 x 300 mm"), at most
    four. None unless the question asks a difference and two products have such lines."""
    if len({f.product.key for f in families}) != 2 or not shape_rules().phrases["difference_asked"](text):
        return None
    labelled = [
        {
            frozenset(label_words(line)): line
            for line in description_lines(product_text(f.product).own_words)
            if ":" in line
        }
        for f in families
    ]
    shared = [k for k in labelled[0] if k in labelled[1] and labelled[0][k] != labelled[1][k]][:4]
    if not shared:
        return None
    parts = [
        f"The {f.product.title}{_priced(f)}: {'; '.join(lines[k].rstrip('.') for k in shared)}"
        for f, lines in zip(families, labelled, strict=True)
    ]
    return Draft(
        action="answer",
        reply=". ".join(parts) + ".",
        citations=[cite(f.product) for f in families],
        confidence=0.75,
    )


def _priced(family: Family) -> str:
    """ " (149.00 GBP)", " (from 289.00 GBP)": what the product costs, as a comparison says it."""
    found = _price_of(family, set())
    return f" ({found[1]})" if found[0] is not None else ""


def _in_label(words: set[str], line: str) -> int:
    """How many of ``words`` a line's label says: the groveler's "5'10" and "5'10\" Volume: 35.6 L"."""
    return len(words & label_words(line))


def _verdict(text: str, said: list[tuple[Family, str | None]]) -> str:
    """ " So the X is lighter." when the question asks which is lighter (heavier, longer, ...) and each
    line gives one amount of one dimension; else nothing."""
    words = _question_words()
    comparing = {*words.smaller.split(), *words.larger.split()}
    asked = [w for w in text.lower().split() if w.strip("?,.!:;") in comparing]
    amounts = []
    for family, line in said:
        label, colon, value = (line or "").partition(":")
        said_of = value if colon else label  # "5'10\" Volume: 35.6 L": 35.6 L
        # in a shopper's units, else one only a product's line uses ("IBO speed: up to 335 fps")
        measured = grammar().measurements_in(said_of) or grammar().amounts_in_line(said_of)
        # "250 g (8.8 oz)": one amount written in two units
        first = measured[0] if measured else None
        if first is None or any(
            m.unit.dimension != first.unit.dimension
            or abs(m.value * m.unit.per - first.value * first.unit.per) > 0.02 * first.value * first.unit.per
            for m in measured[1:]
        ):
            return ""
        amounts.append((first.value * first.unit.per, first.unit.dimension, family))
    if not asked or len({dimension for _, dimension, _ in amounts}) != 1 or amounts[0][0] == amounts[1][0]:
        return ""
    word = asked[0].strip("?,.!:;")
    pick = min if word in words.smaller.split() else max
    title = pick(amounts, key=lambda a: a[0])[2].product.title
    if word in ("more", "less", "fewer"):  # "which has more protein?": "So the X has more protein."
        following = text.lower().split(asked[0], 1)[1].split()[:1]
        return (
            f" So the {title} has {word} {following[0].strip('?,.!:;')}."
            if following
            else f" So the {title} has {word}."
        )
    return f" So the {title} is {word}."


@dataclass(frozen=True)
class MeasureAsked:
    """What a superlative question measures: "highest" (most), its labels ("height", "reach")."""

    superlative: Superlative
    word: str
    labels: list[str]  # as written: "weighs" must be found whole in "weighs 2 lb 14 oz"

    @property
    def label_words(self) -> set[str]:
        return set(tokenize(" ".join(self.labels)))


def superlative_asked(text: str) -> MeasureAsked | None:
    """The superlative a question asks by ("highest") and the words its product line is labelled
    with ("height"; for "the most protein": protein)."""
    words = re.findall(r"[a-z]+", text.lower())
    for superlative in _question_words().superlatives:
        for position, one in enumerate(words):
            two = " ".join(words[position : position + 2])  # "most powerful" before "most"
            word = two if two in superlative.words else one
            if word in superlative.words:
                position += word.count(" ")
                after = [w for w in words[position + 1 : position + 3] if not set(tokenize(w)) <= _asking()]
                # "the most amp hours": a unit of two words is what is measured
                two = " ".join(after[:2])
                labels = superlative.labels or ([two] if two in grammar().line_by_word else after[:1])
                return MeasureAsked(superlative, word, labels) if labels else None
    return None


def superlative_kind(text: str, asked: MeasureAsked) -> set[str]:
    """The words of a superlative question that name the kind of product: neither the superlative,
    what it measures, nor how ("reaches")."""
    said = {asked.word, *asked.superlative.words, *_question_words().verbs.split()}
    # "which of your knives has the hardest steel?": what a product has is measured, not its kind; so
    # is what follows the superlative once the kind was named before it ("which stove heats the
    # biggest room?"), not in "what's the lightest 18v drill?"
    had = re.search(rf"\b(?:has|have|with)\s+(?:the\s+)?{asked.word}\b([^?.!,]*)", text, re.IGNORECASE)
    # (in the superlative's own clause: "need something light for camping - whats the lightest bbq?")
    split = re.search(rf"([^-–,.;!?]*?)\b{re.escape(asked.word)}\b([^-–,.;!?]*)", text.lower())
    before, after = (split[1], split[2]) if split else ("", "")
    named_before = kind_words(before) - set(tokenize(" ".join(said)))
    measured = set(tokenize(had.group(1) if had else after if named_before else ""))
    # (what the kind named before it says again is still the kind: "which barn door kit takes the thickest
    # door?"; the verb before "the" is none: "takes", "extracts the most air")
    measured = measured - named_before | set(tokenize(_verb_before(text, asked, the=True) or ""))
    return kind_words(text) - set(tokenize(" ".join(said))) - asked.label_words - measured


@dataclass(frozen=True)
class Amount:
    """One amount a product's line (or option) gives of what a superlative measures."""

    value: float  # in the dimension's base unit
    dimension: str  # "count" for a bare number
    label: str
    text: str
    family: Family


def superlative(context: DraftContext) -> Draft | None:
    """The product of the kind named with the most (or least) of what the question measures ("which
    ladder reaches highest?", "lightest 18v drill?", "which bar has the most protein?"): every
    version's amount from each product's own line for it (or its name, or an option whose values are
    such amounts), in one unit; the largest (smallest) wins, and the runner-up is named. None when no
    product of the kind gives such an amount."""
    if context.retriever is None or (asked := superlative_asked(context.text)) is None:
        return None
    wanted = superlative_kind(context.text, asked)
    families = products_of_kind(context.retriever, context.text, wanted)
    if not families:
        return None
    # "which type lasts longest, edt, edp or extrait?" weighs versions (Concentration: Eau de Toilette, ...)
    # against each other, which a page's table does, not the products that come in them
    retriever = context.retriever
    if all(retriever.option_value_word(w) for w in wanted) and not any(
        wanted <= f.kind_words for f in families
    ):
        return None
    # "which scooter has the longest range?": its "Range per charge" line, when products have one, before
    # any line of a length
    named = _named_after(context.text, asked, wanted)
    # (a superlative of no one dimension, "the biggest room", only by a line that measures it in units:
    # "Heats rooms up to: 130 m³", never "Steel: VG-10")
    found = [a for f in families for a in _amounts(f, named) if a.dimension != "count"] if named else []
    by_name = bool(found)
    found = found or [a for f in families for a in _amounts(f, asked)]
    if not found and asked.superlative.else_labels:
        asked = MeasureAsked(asked.superlative, asked.word, asked.superlative.else_labels)
        found = [a for f in families for a in _amounts(f, asked)]
    if not found and (done := _done_most(context.text, asked)) is not None:
        asked = done  # "which fan extracts the most air?": its "Extraction rate" line
        found = [a for f in families for a in _amounts(f, asked)]
    if not found:
        return None
    dimension = Counter(a.dimension for a in found).most_common(1)[0][0]  # never grams against litres
    most = asked.superlative.most
    ranked = sorted((a for a in found if a.dimension == dimension), key=lambda a: a.value, reverse=most)
    best = ranked[0]
    runner_up = next((a for a in ranked if a.family != best.family), None)
    kind = _kind(context.text, wanted)
    said_as = asked.superlative.said_as or asked.word
    reply = (
        f"For the {asked.word} {named.labels[0]}, our {kind or 'product'} is the {best.family.product.title} "
        f"({best.label}: {best.text.strip()})."
        if named and by_name  # "For the biggest room, our stove is the X (Heats rooms up to: 130 m³)."
        else f"Our {kind or 'product'} with the {said_as} {best.label.lower()} is the "
        f"{best.family.product.title}: {best.text.strip()}."
    )
    if runner_up is not None:
        reply += f" Next is the {runner_up.family.product.title} ({runner_up.text.strip()})."
    cited = [best.family, *([runner_up.family] if runner_up else [])]
    return Draft(action="answer", reply=reply, citations=[cite(f.product) for f in cited], confidence=0.8)


def _done_most(text: str, asked: MeasureAsked) -> MeasureAsked | None:
    """The superlative measured by the verb before it, when no line is labelled by the word after:
    "which fan extracts the most air?" by the line labelled "Extraction rate" (not "has the most")."""
    if asked.superlative.labels:  # "which drone flies longest?" measures a time, whatever comes before
        return None
    verb = _verb_before(text, asked)
    if verb is None or set(tokenize(verb)) <= light_verbs():  # "takes the most" measures nothing
        return None
    unmeasured = asked.superlative.model_copy(update={"dimension": None})
    return MeasureAsked(unmeasured, asked.word, [verb])


def _verb_before(text: str, asked: MeasureAsked, *, the: bool = False) -> str | None:
    """The word before the superlative ("extracts" of "extracts the most air"), unless it asks ("has",
    "is"); ``the``: only when "the" stands between them, as before a verb's object."""
    article = r"the\s+" if the else r"(?:the\s+)?"
    before = re.search(rf"\b([a-z]+)\s+{article}{re.escape(asked.word)}\b", text.lower())
    if before is None or set(tokenize(before[1])) <= _asking():
        return None
    return before[1]


def _named_after(text: str, asked: MeasureAsked, kind: set[str]) -> MeasureAsked | None:
    """The superlative with the word the question says right after it as its label ("the longest
    range"), where the superlative measures a dimension with labels of its own and that word is not the
    kind asked ("the longest hose" measures the hose's length; "the hardest steel" its Hardness line, not
    the Steel one)."""
    after = re.search(rf"\b{asked.word}\s+([a-z]+)(?:\s+([a-z]+))?", text.lower())
    if not asked.superlative.labels or after is None:
        return None
    # (nor a word of the kind's name before it: "the most powerful heated towel rail")
    if set(tokenize(after[1])) & (kind | asked.label_words) or set(tokenize(after[2] or "")) & kind:
        return None
    # what the word names is measured as its lines write it: "the highest uv block" by "UV block: 99%",
    # never by a height a name holds ("2\" Faux Wood Blind")
    unmeasured = asked.superlative.model_copy(update={"dimension": None})
    return MeasureAsked(unmeasured, asked.word, [after[1]])


def _amounts(family: Family, asked: MeasureAsked) -> list[Amount]:
    """The amounts of what is asked in the product's own lines labelled for it, version by version
    ("3 tread: 2.6 m; 5 tread: 3.1 m"); else in its name ("Ridgeline 45L Backpack"), its sentences
    ("weighs 2 lb 14 oz") or an option so named ("Length: 180cm")."""
    dimension, shown = asked.superlative.dimension, asked.labels[0]
    found = []
    lines = description_lines(product_text(family.product).own_words)
    for line in labelled_with(lines, asked.label_words):
        label, _, value = line.partition(":")
        for part in value.split(";"):
            found += _amount_in(part.strip(), label.strip(), dimension, family)
    if not found and dimension is not None:  # a bare number in a name is no amount
        found = _amount_in(family.product.title, shown, dimension, family)
    if not found:
        for line in lines_saying(lines, [asked.labels]):
            found += _amount_in(line, shown, dimension, family)
    for variant in family.variants if not found else []:
        for name, value in variant.options.items():
            if set(tokenize(name)) & asked.label_words:
                found += _amount_in(value, name, dimension, family)
    if not found and dimension is None and "size" in asked.labels:  # "biggest umbrella?": its Canopy
        found = _sized_by_option(family)
    # "which controller handles the most amps?": what is measured is a unit, its first line in that unit
    # ("Rated charge current: 30 A")
    if not found and dimension is None and (unit := grammar().line_by_word.get(shown.lower())) is not None:
        for line in lines:
            label, _, value = line.rpartition(":")
            if found := _amount_in(value, label.strip() or unit.unit, unit.dimension, family):
                break
    return found


def _sized_by_option(family: Family) -> list[Amount]:
    """The amounts of an option whose every value is a length or a volume, whatever the shop named it
    ("Canopy: 3.0 m Round", "3.5 m Round"): the product's sizes, for "biggest" and "smallest"."""
    for name in dict.fromkeys(k for v in family.variants for k in v.options):
        values = [v.options[name] for v in family.variants if name in v.options]
        measured = [grammar().amounts_in_line(value) for value in values]
        dimensions = {m[0].unit.dimension for m in measured if m}
        if all(measured) and len(dimensions) == 1 and dimensions <= {"length", "volume"}:
            (dimension,) = dimensions
            return [a for value in values for a in _amount_in(value, name, dimension, family)]
    return []


def _amount_in(text: str, label: str, dimension: str | None, family: Family) -> list[Amount]:
    """The first amount a text gives in the dimension asked (any, or a bare count, when none is)."""
    said = text.rpartition(":")[2]  # "Triple 3.0m: 7.6 m": the version, then its amount
    amounts = [
        a for a in grammar().amounts_in_line(said) if dimension is None or a.unit.dimension == dimension
    ]
    if amounts:
        first, value = amounts[0], amounts[0].value * amounts[0].unit.per
        for following in amounts[1:2]:  # "2 lb 14 oz" is one amount
            joined = f"{first.text} {following.text}"
            if following.unit.dimension == first.unit.dimension and joined in " ".join(said.split()):
                value += following.value * following.unit.per
        return [Amount(value, first.unit.dimension, label, text, family)]
    if dimension is None and (share := re.search(r"(\d+(?:\.\d+)?)\s?%", said)):
        return [Amount(float(share.group(1)), "percent", label, text, family)]  # "UV block: 99%"
    if dimension is None and (count := re.search(r"\d+(?:\.\d+)?", said)):
        return [Amount(float(count.group()), "count", label, text, family)]
    return []


def compare(context: DraftContext) -> Draft | None:
    """Which of two products the question names costs more. None unless two are clearly named."""
    if context.retriever is None:
        return None
    retriever = context.retriever
    asked = set(tokenize(context.text))
    families = catalog_families(retriever)
    named: list[tuple[float, int, Family]] = []
    for family in families:
        share = named_by(family.product.title, asked, retriever, 0.6)
        if share >= 0.6 and _names_beyond_numbers(asked, family):
            named.append((share, len(tokenize(family.product.title)), family))
    named.sort(key=lambda entry: (-entry[0], -entry[1]))
    segments, around_parts = split_asked(context.text)
    chosen = _one_per_part(families, segments, retriever)
    if named and _versions_of_first(named[0][2], chosen, segments):
        chosen = []  # "old town oud 50ml: extrait vs edp?": two of its versions, not its and a refill's price
    pairs = [(f, _segment_of(f, segments)) for f in chosen] or _two_versions(named, segments)
    if not pairs:
        for _, _, family in named:
            words = set(tokenize(family.product.title))
            if all(not words <= set(tokenize(other.product.title)) for other, _ in pairs):
                pairs.append((family, _segment_of(family, segments)))
            if len(pairs) == 2:
                break
    if len(pairs) < 2:
        return None
    by_price = shape_rules().phrases["price_compared"](context.text)  # "A vs B, which is less?"
    if not (
        _price_words() & set(tokenize(context.text)) or asks_price(context.text) or by_price
    ):  # "more caffeine?"
        return _compared_on(context.text, pairs, around_parts)
    # a part that names no version of its product takes the options the other part names: "A and B,
    # both 30ml?"
    names = set().union(*(set(tokenize(f.product.title)) for f, _ in pairs))
    # (not a version one part names itself: "nwf-20 genuine vs compatible - how much dearer is the genuine?")
    around = set(tokenize(around_parts)) - names - set().union(*(set(words) for _, words in pairs))
    prices = [
        _price_of(f, words | around | _carried(f, words, other - names))
        for (f, words), (_, other) in zip(pairs, reversed(pairs), strict=True)
    ]
    if any(price is None for price, _, _, _ in prices):
        return None
    (first_price, first_text, first_cited, first_which) = prices[0]
    (second_price, second_text, second_cited, second_which) = prices[1]
    first, second = pairs[0][0].product.title, pairs[1][0].product.title
    parts = f"The {first}{first_which} costs {first_text} and the {second}{second_which} costs {second_text}"
    if first == second:  # two versions of one product are told apart by their options
        first, second = f"{first}{first_which}", f"{second}{second_which}"
    computed: list[str] = []
    if first_price == second_price:
        verdict = "so they cost the same."
    else:
        cheaper, dearer = (first, second) if (first_price or 0) < (second_price or 0) else (second, first)
        verdict = f"so the {cheaper} is cheaper and the {dearer} costs more"
        if not (first_text.startswith("from") or second_text.startswith("from")):  # two prices: by how much
            gap = money(abs((first_price or 0) - (second_price or 0)), pairs[0][0].product.currency)
            verdict += f", by {gap}"
            computed.append(gap)  # worked out from the two records cited
        verdict += "."
    quoted = [*first_cited, *second_cited]  # the variants whose prices the reply gives
    products = list({f.product.key: f.product for f, _ in pairs}.values())
    citations = [cite(p) for p in products] + [cite(v) for v in quoted]
    return Draft(
        action="answer", reply=f"{parts}, {verdict}", citations=citations, evidence=computed, confidence=0.85
    )


def _versions_of_first(first: Family, chosen: list[Family], segments: list[str]) -> bool:
    """Another product is chosen for a part only by words that name a version of the product named first
    ("edp" is the Eau de Parfum of the Old Town Oud and the name of an Eau de Parfum Refill), or its
    name and a version ("the men's kaha 5mm and 7mm": the Kaha Fullsuit's, not the Kaha 5mm Hood's)."""
    values = {w for v in first.variants for value in v.options.values() for w in value_words(value)}
    own = values | set(tokenize(first.product.title))
    others = [f for f in chosen if f is not first]

    def named_by_values(family: Family) -> bool:
        title = set(tokenize(family.product.title))
        namings = [naming for part in segments if (naming := set(tokenize(part)) & title)]
        return bool(namings) and all(naming <= own and naming & values for naming in namings)

    return bool(others) and all(named_by_values(f) for f in others)


def _two_versions(
    named: list[tuple[float, int, Family]], segments: list[str]
) -> list[tuple[Family, set[str]]]:
    """Two versions of the one product named, each named in its own part ("the small and the medium
    walnut board"); empty unless two parts name two different versions."""
    if not named:
        return []
    family = named[0][2]
    name = set(tokenize(family.product.title))
    found: list[tuple[Family, set[str]]] = []
    seen: set[str] = set()
    for segment in segments:
        words = set(tokenize(segment)) - name
        scores = {v.key: options_named(v, words) for v in family.variants}
        top = max(scores.values(), default=0.0)
        best = [key for key, score in scores.items() if top > 0 and score == top]
        if best and not set(best) & seen:
            seen.update(best)
            found.append((family, words))
    return found[:2] if len(found) >= 2 else []


def measure_word(token: str) -> bool:
    """A unit, or a number with its unit ("ml", "50ml"): it says how much, never which product
    ("Gouache, 20 ml tube"); a model's code ("sr-50") or an alloy ("80/20 bronze") does."""
    units = grammar().by_word
    number_and_unit = re.fullmatch(r"[\d.,/-]+([a-z]+)", token)  # "50ml"; not "sr-50", "80/20"
    return token in units or (number_and_unit is not None and number_and_unit.group(1) in units)


def named_by(title: str, words: set[str], retriever: Retriever, floor: float) -> float:
    """How clearly these words name a product: the share of its name's words they say, and at least
    ``floor`` when they say a word, or two of its words in a row, that no other product's name has
    ("10 inch skillet": the Cast Iron Skillet; "the Alpine"; "the impact driver": the Korvex 18V
    Brushless Impact Driver, though other names say "impact" or "driver"), or words that together
    only this name says ("party plates": the Party Paper Plates (Pack of 16))."""
    share = share_named(title, words)
    named = [t for t in name_tokens(title) if not measure_word(t)]
    said = set(named) & words
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(named) if a in words and b in words]
    # the combination counts only when it is every name word the question says: "cloudsoft merino dk or
    # baby merino 4ply" names no Baby Alpaca 4ply by its "baby" and "4ply"
    unique = any(retriever.name_word_products(t) == 1 for t in [*said, *pairs]) or (
        len(said) >= 2
        and said == {w for w in words if not measure_word(w) and retriever.name_word_products(w) > 0}
        and retriever.names_saying(said) == 1
    )  # (the question's name words are looked up only then: compare() asks this of every product)
    # a model's code only this name has ("the H35", "an RB67") names it as the whole name would
    if any(model_code(t) and retriever.name_word_products(t) == 1 for t in said):
        return max(share, floor, 0.75)
    return max(share, floor) if unique else share


def _rare_share(title: str, words: set[str], retriever: Retriever) -> float:
    """The share of a name said, each of its words weighed by how few names have it: "ignite" says
    most of the Redline Ignite Pre-Workout, whose brand and kind are in many names, and less of the
    Ignite Stim-Free Pre-Workout. Only when the name's rarest word is said."""
    parts = [t for t in (name_tokens(w) for w in title.split()) if t]
    weights = [(1 / max(1, min(retriever.name_word_products(t) for t in part)), part) for part in parts]
    total = sum(w for w, _ in weights)
    # "12V" is said by "12v" or "12 v", not by the "v" of "18V"
    said = [w for w, part in weights if part[0] in words or (len(part) > 1 and set(part[1:]) <= words)]
    rarest = max((w for w, _ in weights), default=0.0)
    if rarest not in said:  # the name's rarest word unsaid: "impact bit" is no Screwdriver Bit Set
        return 0.0
    return sum(said) / total


def _part_names(title: str, words: set[str], retriever: Retriever) -> float:
    """How clearly one part of "A or B" names a product: by its words, or its rarest ones."""
    return max(named_by(title, words, retriever, 0.6), _rare_share(title, words, retriever))


def split_asked(text: str) -> tuple[list[str], str]:
    """The parts of "A or B" that name the two products, and the question asked around them:
    "which has more caffeine, ignite or overdrive?" names Ignite, not the Caffeine Tablets; so does
    "ignite or overdrive, which has more caffeine?". What follows a comma otherwise stays ("pine
    pellets, 20 lb each"). The versions the question around names are asked of both ("tenmoku or
    celadon, which is cheaper in 1L?")."""
    parts = _SPLIT.split(text)
    joins = [j.strip().lower() for j in _SPLIT.findall(text)]  # what joins each part to the next
    around: list[str] = []
    if len(parts) >= 2:
        *heads, first = _CLAUSE.split(parts[0])
        # (or what they are weighed on, before the names: "longer warranty - A or B?")
        if heads and (_QUESTION_FRAME.search(" ".join(heads)) or superlative_asked(" ".join(heads))):
            parts[0] = first
            around.extend(heads)
        # "v3 vs k1 - which is cheaper and by how much?": the question after the second name is asked
        # around both, whatever its own "and" splits (not "kestrel vs pump - how much more is the 2hp
        # than the 1.5hp?": it compares again)
        for at in range(1, len(parts)):
            last, *tails = _CLAUSE.split(parts[at], maxsplit=1)
            if tails and _QUESTION_FRAME.search(tails[0]) and set(joins[at:]) <= {"and"}:
                around.extend([*tails, *parts[at + 1 :]])
                parts[at + 1 :] = []
                parts[at] = last
                break
        # "glowpoint 400 vs 900": the second is the Glowpoint 900, the name said once before its number
        if (named := _NAME_BEFORE_NUMBER.match(parts[0])) is not None:
            parts[1:] = [f"{named.group(1)} {p}" if _NUMBER_FIRST.match(p) else p for p in parts[1:]]
    return parts, " ".join(around)


def _names_beyond_numbers(words: set[str], family: Family) -> bool:
    """The words share more than a number with the product's name: a number alone names no product
    ("#2" of "talon cam #1 or #2" is no "2 days" course)."""
    return any(not w.isdigit() for w in words & set(tokenize(family.product.title)))


def _one_per_part(families: list[Family], segments: list[str], retriever: Retriever) -> list[Family]:
    """The product each part of "A or B" names, when two parts name two products (a part may say only
    a name's rarest word: "ignite or overdrive"): names that share words ("the oak board or the large
    oak board") are told apart by the part each is named in. A part names the product whose name says
    most of its naming words ("the nickel wound brightwire strings" is the Nickel Wound strings, though
    "Brightwire Nickel Bass Strings" is more fully said); half a name is enough when no other name
    says as many of them ("the galvanised can": the Galvanised Watering Can)."""
    found: list[Family] = []
    unnamed: list[tuple[int, set[str]]] = []
    for at, segment in enumerate(segments):
        words = set(tokenize(segment))
        scored = [(_part_names(f.product.title, words, retriever), f) for f in families]
        candidates = [(share, f) for share, f in scored if share >= 0.5 and _names_beyond_numbers(words, f)]
        if not candidates and (whole := _named_alone(families, words, retriever)) is not None:
            candidates = [(0.6, whole)]
        if not candidates:
            unnamed.append((at, words))
            continue
        naming = words & set().union(*(set(tokenize(f.product.title)) for _, f in candidates))
        ranked = sorted(
            (
                (_said_of(f, naming, words), share, len(tokenize(f.product.title)), f)
                for share, f in candidates
            ),
            key=lambda e: e[:3],
            reverse=True,
        )
        says, share, _, best = ranked[0]
        # "the apex gt" of the Apex GT Visor, a part made for the Apex GT Carbon Full-Face Helmet: the helmet
        best = _meant_by(best, words, families, retriever)
        rivals = [
            e for e in ranked if e[0] == says and _meant_by(e[3], words, families, retriever) is not best
        ]
        if (share >= 0.6 or not rivals) and best not in found:
            found.append(best)
    if len(found) == 1 and len(unnamed) == 1 and len(segments) == 2:
        # "the airlite or the airlite pro?": the part that says only what the other's product shares with
        # one more is that one (the AirLite True Wireless Earbuds)
        at, words = unnamed[0]
        naming = words & set().union(*(set(tokenize(f.product.title)) for f in families))
        others = [
            f for f in families if naming and naming <= set(tokenize(f.product.title)) and f is not found[0]
        ]
        if len(others) == 1:
            return [others[0], found[0]] if at == 0 else [found[0], others[0]]
    if len(segments) == 2 and unnamed and len(found) + len(unnamed) == 2:
        return _by_likeness(families, found, unnamed)
    return found[:2] if len(found) >= 2 else []


def _by_likeness(
    families: list[Family], found: list[Family], unnamed: list[tuple[int, set[str]]]
) -> list[Family]:
    """ "the v3 or the k1?", "the classic chef or the kohler?": a part that says only a word several
    names share (a model code: the Voxelcraft V3 and V3 Max; a brand: four Kohler & Sohn products)
    means the one most like the product of the other part, as "A or B" compares things of one kind;
    of those alike, the one whose name says least besides. Two such parts must each say a model code.
    Empty when a part says no word of a name."""
    choices: dict[int, list[Family]] = {}
    for at, words in unnamed:
        telling = {w for w in words - _asking() if not w.isdigit() and not measure_word(w)}
        if not found:  # two such parts: each by a model code
            telling = {w for w in telling if model_code(w)}
        sharing = [f for f in families if telling & set(tokenize(f.product.title))]
        if not sharing:
            return []
        choices[at] = sharing
    if found:
        choices[1 - unnamed[0][0]] = found
    pairs = [(a, b) for a in choices.get(0, []) for b in choices.get(1, []) if a is not b]
    if not pairs:
        return []

    def alike(pair: tuple[Family, Family]) -> tuple[int, int]:
        first, second = (set(tokenize(f.product.title)) for f in pair)
        return len(first & second), -len(first | second)

    first, second = max(pairs, key=alike)
    return [first, second]


def _named_alone(families: list[Family], words: set[str], retriever: Retriever) -> Family | None:
    """The one product a part of "A or B" names by a word of its name no other name says, but those of
    parts made for it ("the skipper": the Skipper Compact Stroller, beside its Skipper Rain Cover), or by
    a value of one product's versions only ("nottingham": the LalBrew Dry Yeast 11g's Nottingham
    strain); not by a word many products' versions say ("red")."""
    wholes: set[str] = set()
    for word in words:
        if not word.isalpha() or len(word) < 4:
            continue
        if retriever.option_value_word(word):
            having = {
                f.product.product_id or ""
                for f in families
                for v in f.variants
                if any(word in value_words(value) for value in v.options.values())
            }
            wholes |= having if len(having) == 1 else set()
            continue
        named = retriever.names_with({word})
        own = [p for p in named if retriever.made_for(p) is None]
        if len(own) == 1 and all(
            (made := retriever.made_for(p)) is not None and made.product_id == own[0].product_id
            for p in named
            if p is not own[0]
        ):
            wholes.add(own[0].product_id or "")
    if len(wholes) != 1:
        return None
    (whole,) = wholes
    return next((f for f in families if f.product.product_id == whole), None)


def whole_meant(part: Passage, words: set[str], retriever: Retriever) -> Passage | None:
    """The product a part is made for, when these words say only what the two names share ("the apex
    gt" of the Apex GT Visor, made for the Apex GT Carbon Full-Face Helmet): the product is meant. Not
    when another word said names a third product with them ("the vented hard hat": the Vented Hard
    Hat, not the Electrical Non-Vented Hard Hat that a Hard Hat Chin Strap is made for)."""
    whole = retriever.made_for(part)
    if whole is None:
        return None
    shared, whole_words = words & set(name_tokens(part.title)), set(name_tokens(whole.title))
    third = any(retriever.names_saying(shared | {w}) for w in words - shared - whole_words)
    return whole if shared <= whole_words and not third else None


def _meant_by(family: Family, words: set[str], families: list[Family], retriever: Retriever) -> Family:
    """The family of the product a part is made for (``whole_meant``), else the part's own."""
    whole = whole_meant(family.product, words, retriever)
    if whole is None:
        return family
    return next((f for f in families if f.product.product_id == whole.product_id), family)


def _said_of(family: Family, naming: set[str], words: set[str]) -> tuple[int, int]:
    """How many of a part's words name this product: its name's first, then its versions' ("the 1L
    white watering can": White names a version of the can, not the White Rose Bouquet)."""
    title = set(tokenize(family.product.title))
    values = {w for v in family.variants for value in v.options.values() for w in value_words(value)}
    return len(naming & title), len((words - title) & values)


def _segment_of(family: Family, segments: list[str]) -> set[str]:
    """The words of the part of the question that names this product ("the 12 lb salmon food" of
    "the 12 lb salmon food or the 15 lb chicken food"): its options are named there."""
    name = set(tokenize(family.product.title))
    best = max(segments, key=lambda part: len(name & set(tokenize(part))))
    return set(tokenize(best)) - name


def _carried(family: Family, words: set[str], other: set[str]) -> set[str]:
    """The other part's words for options this part leaves open: "the 10 ft cable, straight vs right
    angle" prices both in 10 ft, and the right angle one not also as straight."""
    said = {k for v in family.variants for k, value in v.options.items() if value_words(value) & words}
    return {
        w
        for v in family.variants
        for k, value in v.options.items()
        if k not in said
        for w in value_words(value) & other
    }


def _price_of(family: Family, asked: set[str]) -> tuple[float | None, str, list[Passage], str]:
    """The price of the variant the question names (or of the variants it names, when they cost the
    same), else the product's lowest ("from $X"); with the variants that price is read from and the
    options of the one named (" (Wattage 200 W)")."""
    scores = {v.key: options_named(v, asked) for v in family.variants if v.price is not None}
    top = max(scores.values(), default=0.0)
    named = [v for v in family.variants if top > 0 and scores.get(v.key) == top]
    if named and len({v.price for v in named}) == 1:
        which = f" ({describe(named[0])})" if len(named) == 1 and named[0].options else ""
        return named[0].price, money(named[0].price, named[0].currency), named[:1], which
    priced = sorted((v for v in family.variants if v.price is not None), key=lambda v: v.price or 0.0)
    if not priced:
        return None, "", [], ""
    low = priced[0]
    one = len({v.price for v in priced}) == 1
    shown = money(low.price, low.currency)
    return low.price, shown if one else f"from {shown}", [low], ""
