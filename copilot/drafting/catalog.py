"""Answers about the whole catalog rather than one product: the cheapest or dearest of a kind of
product, and which of two named products costs more. Computed from the variant records, so the
prices are exact; any catalog, any wording of the kind ("dog collar", "rain jacket")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.description import description_lines, labelled_with, lines_saying
from copilot.drafting.sizes import grammar
from copilot.drafting.text import join_words
from copilot.knowledge.catalog import format_price as money
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize
from copilot.policy_files import load_yaml_model
from copilot.retrieval import Retriever, options_named, value_words
from copilot.schemas import Passage
from copilot.understanding import asks_price, attributes_asked, budget_in

_SPLIT = re.compile(r"\s(?:or|vs\.?|versus|and|than|compared to|with)\s", re.I)
QUESTION_WORDS = Path(__file__).with_name("question_words.yaml")


class KindExample(BaseModel):
    question: str
    kind: list[str]


class QuestionWords(BaseModel):
    """Words of the question itself, never of the kind of product asked about (data, with examples)."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    words: str
    price_words: str
    smaller: str
    larger: str
    examples: list[KindExample]


@cache
def _question_words() -> QuestionWords:
    return load_yaml_model(QUESTION_WORDS, QuestionWords, "question words")


@cache
def _asking() -> frozenset[str]:
    return frozenset(tokenize(_question_words().words))


@cache
def _price_words() -> frozenset[str]:
    return frozenset(tokenize(_question_words().price_words))


def kind_words(question: str) -> set[str]:
    """The words of a catalog-wide question that name the kind of product asked about."""
    return {w for w in tokenize(question.replace("-", " ")) if w not in _asking() and not w.isdigit()}


def share_named(title: str, wanted: set[str]) -> float:
    """The share of a product name's words the question says: "Pour-Over" is one word, said by
    "pour-over" or "pour over" or "pour"."""
    words = [set(tokenize(word)) for word in title.split()]
    words = [w for w in words if w]
    return sum(1 for w in words if w & wanted) / max(1, len(words))


def stock_words(variant: Passage) -> str:
    """Whether a version can be bought, in a reply's words: in stock, pre-order, backorder, out of stock."""
    if variant.available is None:
        return "of unknown availability"
    if variant.available:
        return "in stock"
    if variant.preorder:
        return "not released yet, but it can be pre-ordered"
    if variant.backorder:
        return "out of stock, but it can still be ordered and ships when restocked"
    return "out of stock"


def describe(variant: Passage) -> str:
    return ", ".join(f"{k} {v}" for k, v in variant.options.items()) or "standard"


@dataclass(frozen=True)
class Family:
    product: Passage
    variants: list[Passage]
    kind_words: frozenset[str]  # the words that say what kind of product it is: name, category, tags


def _families(retriever: Retriever) -> list[Family]:
    found = []
    for product_id in retriever.product_ids():
        product, variants = retriever.family(product_id)
        if product is not None:
            text = product_text(product)
            found.append(Family(product, variants, frozenset(tokenize(f"{text.header} {text.tags}"))))
    return found


def _of_kind(
    retriever: Retriever, text: str, wanted: set[str], families: list[Family] | None = None
) -> list[Family] | None:
    """The products of the kind the question names ("dog food", "music stands"), of ``families`` (by
    default the whole catalog); every product when it names none, None when the kind is no product's."""
    families = _families(retriever) if families is None else families
    if not wanted:
        return families
    scored = [(len(wanted & f.kind_words) / len(wanted), f) for f in families]
    best = max((score for score, _ in scored), default=0.0)
    if best < 0.5:
        return None
    families = [f for score, f in scored if score == best]
    headers = {f.product.key: set(tokenize(product_text(f.product).header)) for f in families}
    named = [f for f in families if _named_kind(f, wanted & f.kind_words)]
    families = named or families  # a kind the name or a category says ("Tea > Green Tea") beats a tag's
    kind = _kind(text, wanted)
    said = [f for f in families if _says_kind(f, kind)]
    families = said or families  # "bed" is a bed's word, and only by its stem a bedding's
    # "face moisturiser" is a moisturiser first: the kind's last word is what the product must be
    head = set(tokenize(kind.split()[-1])) if kind else set()
    headed = [f for f in families if head and head <= headers[f.product.key]] or families
    described = [f for f in headed if wanted <= set(tokenize(product_text(f.product).body))]
    return described or headed  # and a face cream's description says "face", a body butter's not


def _named_kind(family: Family, kind: set[str]) -> bool:
    """The product's name says the kind, or a step of its category is the kind ("Kyoto Hojicha" in
    "Tea > Green Tea" is a green tea and a tea; a feeder in "Pet Bowls, Feeders" is no bowl). The
    header adds the brand after the category's last comma: "Dog Treats, Fernleaf Pet Foods" is no food."""
    product = family.product
    if kind <= set(tokenize(product.title)):
        return True
    details = product_text(product).header.removeprefix(product.title).strip(" ()")
    steps = details.split(">")
    steps[-1] = steps[-1].split(", ")[0]
    return any(set(tokenize(step)) == kind for step in steps)


def _kind_asked(context: DraftContext) -> tuple[set[str], list[Family]] | None:
    """A catalog-wide question's words for the kind of product and the products of that kind (every
    product when it names none); None when the kind is no product's."""
    if context.retriever is None:
        return None
    wanted = kind_words(context.text)
    families = _of_kind(context.retriever, context.text, wanted)
    return None if families is None else (wanted, families)


def extreme(context: DraftContext, highest: bool) -> Draft | None:
    """The cheapest (or dearest) variant among the products of the kind the question names: in
    stock when it asks for that, else one that can be ordered now (in stock, pre-order, backorder)
    when any can. None when no kind is recognisable."""
    if (asked := _kind_asked(context)) is None:
        return None
    wanted, families = asked
    priced = [(v, f) for f in families for v in f.variants if v.price is not None]
    must_stock = "in_stock" in context.understanding.cues
    # what can be ordered now: in stock, or sold before release or restock (unless "in stock" is said)
    stocked = [(v, f) for v, f in priced if v.available or (not must_stock and (v.preorder or v.backorder))]
    pool = stocked if stocked or must_stock else priced
    # "cheapest sheet set in king size": only the versions whose values the question names, when any do
    question = set(tokenize(context.text))
    pool = [(v, f) for v, f in pool if options_named(v, question) >= 1] or pool
    if not pool:
        return None
    variant, family = (max if highest else min)(pool, key=lambda pair: pair[0].price or 0.0)
    which = "most expensive" if highest else "cheapest"
    scope = " in stock" if must_stock or (pool is stocked and variant.available) else ""
    options = f" ({describe(variant)})" if variant.options else ""
    stock = stock_words(variant)
    reply = (
        f"Our {which}{' ' + _kind(context.text, wanted) if wanted else ''} option{scope} is the "
        f"{family.product.title}{options} at {money(variant.price, variant.currency)}; it is {stock}."
    )
    return Draft(
        action="answer", reply=reply, citations=[cite(family.product), cite(variant)], confidence=0.85
    )


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
    if not reduced:
        return Draft(
            action="answer",
            reply=f"None of our{kind} are on sale right now." if kind else "Nothing is on sale right now.",
            citations=[cite(f.product) for f in families[:3]],
            confidence=0.8,
        )
    listed = [
        f"the {f.product.title} ({'from ' if len(f.variants) > 1 else ''}{money(v.price, v.currency)}, "
        f"was {money(v.was_price, v.currency)})"
        for v, f in reduced[:6]
    ]
    return Draft(
        action="answer",
        reply=f"On sale{kind and ' in' + kind} right now: {join_words(listed)}.",
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
    families = _families(context.retriever)
    values = {
        w for f in families for v in f.variants for value in v.options.values() for w in value_words(value)
    }
    named = set(tokenize(rest)) & values  # "in black"
    wanted = kind_words(rest) - values
    of_kind = _of_kind(context.retriever, rest, wanted, families) if wanted else families
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


def of_kind(context: DraftContext) -> Draft | None:
    """The products of the kind the question asks which of the shop has ("which music stands can I
    order today?"): those that can be bought now, with their prices. None unless a kind is named."""
    # "we hate competitive games, do you have anything cooperative?": the clause that asks names the kind
    clause = re.split(r"[,;]\s+", context.text)[-1]
    text = clause if kind_words(clause) else context.text
    wanted = kind_words(text)
    families = _of_kind(context.retriever, text, wanted) if context.retriever and wanted else None
    if not families:
        return None
    kind = _kind(text, wanted)
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


def _says_kind(family: Family, kind: str) -> bool:
    """The product's name, category or tags use each of the question's kind words as a word, or its
    plural."""
    text = product_text(family.product)
    said = f"{text.header} {text.tags}"
    return all(
        re.search(rf"\b{re.escape(word.removesuffix('s'))}(?:s|es)?\b", said, re.IGNORECASE)
        for word in kind.split()
    )


def _kind(text: str, wanted: set[str]) -> str:
    """The question's own words for the kind of product, in its order: "dog collar"."""
    words = [w for w in text.replace("?", " ").split() if set(tokenize(w)) & wanted]
    return " ".join(dict.fromkeys(w.strip(".,!'\"").lower() for w in words))


def _compared_on(text: str, pairs: list[tuple[Family, set[str]]]) -> Draft | None:
    """Each product's own line for what a question compares, side by side ("which has more caffeine,
    sencha or hojicha?": each one's `Caffeine:` line): the line labelled with the question's word,
    else the one an attribute's labels match. Two versions of one product ("the 1000 or the 1500
    piece?") each take the line labelled with the words only its own part says ("1500 pieces: ...").
    None when neither has one."""
    families = [f for f, _ in pairs]
    names = set().union(*(set(tokenize(f.product.title)) for f in families))
    asked = set(tokenize(text)) - names - _asking()
    attributes = attributes_asked(text)
    versions = len({f.product.key for f in families}) < len(families)
    said: list[tuple[Family, str | None]] = []
    for (family, words), (_, other) in zip(pairs, reversed(pairs), strict=True):
        lines = description_lines(product_text(family.product).own_words)
        found = labelled_with(lines, asked) or lines_saying(lines, [a.labels for a in attributes])
        if versions:
            own = words - other - names - _asking()
            labelled = [line for line in lines if ":" in line]
            best = max(
                labelled, key=lambda line: len(own & set(tokenize(line.partition(":")[0]))), default=""
            )
            found = [best] if own & set(tokenize(best.partition(":")[0])) else found
        said.append((family, next(iter(found), None)))
    if not any(line for _, line in said):
        return None
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


def _verdict(text: str, said: list[tuple[Family, str | None]]) -> str:
    """ " So the X is lighter." when the question asks which is lighter (heavier, longer, ...) and each
    line gives one amount of one dimension; else nothing."""
    words = _question_words()
    asked = [
        w for w in text.lower().split() if w.strip("?,.!") in {*words.smaller.split(), *words.larger.split()}
    ]
    amounts = []
    for family, line in said:
        measured = grammar().measurements_in(line or "")
        if len(measured) != 1:
            return ""
        amounts.append((measured[0].value * measured[0].unit.per, measured[0].unit.dimension, family))
    if not asked or len({dimension for _, dimension, _ in amounts}) != 1 or amounts[0][0] == amounts[1][0]:
        return ""
    word = asked[0].strip("?,.!")
    pick = min if word in words.smaller.split() else max
    return f" So the {pick(amounts, key=lambda a: a[0])[2].product.title} is {word}."


def compare(context: DraftContext) -> Draft | None:
    """Which of two products the question names costs more. None unless two are clearly named."""
    if context.retriever is None:
        return None
    retriever = context.retriever
    asked = set(tokenize(context.text))
    families = _families(retriever)
    named: list[tuple[float, int, Family]] = []
    for family in families:
        share = named_by(family.product.title, asked, retriever, 0.6)
        if share >= 0.6:
            named.append((share, len(tokenize(family.product.title)), family))
    named.sort(key=lambda entry: (-entry[0], -entry[1]))
    segments = _SPLIT.split(context.text)
    chosen = _one_per_part(families, segments, retriever)
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
    if not (_price_words() & set(tokenize(context.text)) or asks_price(context.text)):  # "more caffeine?"
        return _compared_on(context.text, pairs)
    # a part that names no version of its product takes the options the other part names: "A and B,
    # both 30ml?"
    names = set().union(*(set(tokenize(f.product.title)) for f, _ in pairs))
    prices = [
        _price_of(f, words | _carried(f, words, other - names))
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
    if first_price == second_price:
        verdict = "so they cost the same."
    else:
        cheaper, dearer = (first, second) if (first_price or 0) < (second_price or 0) else (second, first)
        verdict = f"so the {cheaper} is cheaper and the {dearer} costs more."
    quoted = [*first_cited, *second_cited]  # the variants whose prices the reply gives
    products = list({f.product.key: f.product for f, _ in pairs}.values())
    citations = [cite(p) for p in products] + [cite(v) for v in quoted]
    return Draft(action="answer", reply=f"{parts}, {verdict}", citations=citations, confidence=0.85)


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
    Brushless Impact Driver, though other names say "impact" or "driver")."""
    share = share_named(title, words)
    named = [t for t in tokenize(title) if not measure_word(t)]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(named) if a in words and b in words]
    unique = any(retriever.name_word_products(t) == 1 for t in [*(set(named) & words), *pairs])
    return max(share, floor) if unique else share


def _one_per_part(families: list[Family], segments: list[str], retriever: Retriever) -> list[Family]:
    """The product each part of "A or B" names, when two parts name two products: names that share
    words ("the oak board or the large oak board") are told apart by the part each is named in. A
    part names the product whose name says most of its naming words ("the nickel wound brightwire
    strings" is the Nickel Wound strings, though "Brightwire Nickel Bass Strings" is more fully
    said); half a name is enough when no other name says as many of them ("the galvanised can": the
    Galvanised Watering Can)."""
    found: list[Family] = []
    for segment in segments:
        words = set(tokenize(segment))
        scored = [(named_by(f.product.title, words, retriever, 0.6), f) for f in families]
        candidates = [(share, f) for share, f in scored if share >= 0.5]
        if not candidates:
            continue
        naming = words & set().union(*(set(tokenize(f.product.title)) for _, f in candidates))
        ranked = sorted(
            (
                (len(naming & set(tokenize(f.product.title))), share, len(tokenize(f.product.title)), f)
                for share, f in candidates
            ),
            key=lambda e: e[:3],
            reverse=True,
        )
        says, share, _, best = ranked[0]
        rivals = [e for e in ranked[1:] if e[0] == says]
        if (share >= 0.6 or not rivals) and best not in found:
            found.append(best)
    return found[:2] if len(found) >= 2 else []


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
