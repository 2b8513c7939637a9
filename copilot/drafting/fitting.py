"""Whether a product fits: with another the shopper names ("will the ryzen 5 5600 work in the b650m
pilot?", "will the 5080 fit in the a5 case?"), or a measure of the shopper's ("is it ok for someone
120 kg?", "will it go through a 70 cm doorway?"), from the spec lines its description states.

Two kinds of line are set side by side, in any catalog: lines giving codes of one family (a socket
"AM4" and "AM5", memory "DDR4" and "DDR5", "LGA1700" among a cooler's sockets), which match when they
share a code; and a measure against a limit ("Card length: 348 mm" and "Max graphics card length:
365 mm"), which fits when it is within it. The reply quotes both lines and says what they mean; lines
of neither kind are no evidence, and the question goes on to the other answers. A shopper's measure is
held against the line for it: a weight against a limit ("Max user weight: 136 kg"), a length against a
range the label shares a word with ("Height range: 78-99 cm" for "does it go that high?"), or a doorway
against the product's widest width ("Overall width: 66 cm")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.catalog import (
    Family,
    catalog_families,
    kind_words,
    measure_word,
    named_by,
    products_of_kind,
    share_named,
)
from copilot.drafting.description import VERDICT, description_lines, label_words, labelled
from copilot.drafting.sizes import Measurement, grammar, number_of
from copilot.drafting.text import kin_of, shape_rules
from copilot.knowledge.catalog import format_price as money
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize, with_heads
from copilot.schemas import Passage

# a code of a family: capitals then digits, one word ("AM5", "LGA1851", "DDR5", "GDDR7"), not "Wi-Fi 6E"
_CODE = re.compile(r"(?<![\w-])([A-Z]{2,5})(\d{1,4}[A-Z]?)(?![\w-])")


@dataclass(frozen=True)
class _Product:
    title: str
    passage: Passage
    lines: list[str]
    versions: frozenset[str]  # its versions' option values ("12Ah", "18Ah")


def fit_together(context: DraftContext, focus: Passage | None = None) -> Draft | None:
    """What the spec lines of the two products the question names (or the one it names and the one in
    ``focus``, "will it fit in the m3?") say of each other; None unless they have lines to compare."""
    pair = _two_named(context, focus)
    if pair is None:
        return None
    first, second = pair
    # a part's own "Fits:" line that names the other product decides; shared codes ("CO2") are weaker
    fits = _fits_listed(context.text, first, second) or _fits_listed(context.text, second, first)
    said = (
        [fits]
        if fits
        else [*_codes_compared(first, second), *_measures_compared(first, second), *_needs_met(first, second)]
    )
    if not said:
        return None
    said.sort(key=lambda entry: entry[1])  # what does not match first
    sentences = [sentence for sentence, _ in said]
    matched = [fits for _, fits in said]
    if all(matched):
        verdict = f"By these specs, the {first.title} and the {second.title} go together."
    else:
        verdict = f"So as listed, the {first.title} won't go with the {second.title}."
    return Draft(
        action="answer",
        reply=" ".join([*sentences, verdict]),
        citations=[cite(first.passage), cite(second.passage)],
        confidence=0.8,
    )


def parts_listed_for(context: DraftContext) -> Draft | None:
    """The products whose own "Fits:" line names the product the question asks a part for, by the
    words it names it by ("what props fit the nazgul f5?": the propellers that list "Fits: ... the
    iFlight Nazgul Evoque F5"), of the kind it asks when that is a kind the shop sells; None when no
    product's line names it."""
    retriever = context.retriever
    if retriever is None:
        return None
    found_for = list(shape_rules().phrases["part_for"].any.finditer(context.text.lower()))
    said = found_for[-1].group("whole") or found_for[-1].group("owned") if found_for else ""
    whole = set(tokenize(said or ""))
    if not any(not w.isdigit() for w in whole):
        return None
    catalog = catalog_families(retriever)
    # what is asked for: before the thing it goes with ("which belt fits an oxley od6?"), or after the
    # thing the shopper has ("i have a glacia gl-fd720 fridge, what filter fits it?")
    owned = found_for[-1].group("owned") is not None
    part = context.text[found_for[-1].end("owned") :] if owned else context.text[: found_for[-1].start()]
    of_kind = products_of_kind(retriever, part, kind_words(part) - whole)
    kind = {f.product.key for f in of_kind} if of_kind is not None and len(of_kind) < len(catalog) else None
    if kind is None and found_for[-1].group().startswith("for"):
        return None  # "what tracking force do i set for the orbis om-10?" asks for no part
    # a model named by its code is named by that code, whatever else the line calls it ("an oxley OD6
    # dryer" and "Fits: Oxley OD5, Oxley OD6")
    codes = {w for w in whole if _MODEL_CODE.fullmatch(w)}
    found: list[tuple[Family, str, bool]] = []
    for family in catalog:
        if kind is not None and family.product.key not in kind:
            continue
        lines = [line for line in _spec_lines(family.product) if _FITS.search(line.partition(":")[0])]
        if line := next(
            (line for line in lines if (codes or whole) <= set(tokenize(line.partition(":")[2]))), None
        ):
            found.append((family, line, not _NOT_FITS.search(line.partition(":")[0])))
    # a part the question names is answered by its own line, either way ("does the hearthmont oven bake
    # element fit the HO900?" and its "Does not fit: Hearthmont HO900"); a part asked for by its kind by the
    # lines that say it fits
    # (by a word the others' names do not share: "water filter for marro mf-500?" names neither filter)
    asked = set(tokenize(context.text[: found_for[-1].start()]))
    titles = {f.product.key: set(tokenize(f.product.title)) for f, _, _ in found}
    common = set.intersection(*titles.values()) if len(titles) > 1 else set()
    shares = {
        f.product.key: share_named(f.product.title, asked)
        if asked & (titles[f.product.key] - common)
        else 0.0
        for f, _, _ in found
    }
    best = max(shares.values(), default=0.0)
    if best >= 0.5:
        if context.understanding.intent in ("product_availability", "product_price"):
            return None  # "the oxley door boot for the OW8 in stock?" asks its stock
        found = [(f, line, fits) for f, line, fits in found if shares[f.product.key] == best]
    else:
        found = [(f, line, fits) for f, line, fits in found if fits]
    if not found or len(found) > 4:
        return None
    said = [
        f"The {f.product.title} ({_prices(f.variants)}) lists \u201c{line.rstrip('.')}\u201d."
        for f, line, _ in found
    ]
    return Draft(
        action="answer",
        reply=" ".join(said),
        citations=[cite(f.product) for f, _, _ in found],
        confidence=0.8,
    )


def _prices(variants: list[Passage]) -> str:
    """What a product's versions cost: "5.49 CAD", "39.99 CAD to 59.99 CAD"."""
    prices = sorted({v.price for v in variants if v.price is not None})
    if not prices:
        return "price on request"
    low, high = money(prices[0], variants[0].currency), money(prices[-1], variants[0].currency)
    return low if low == high else f"{low} to {high}"


def _two_named(context: DraftContext, focus: Passage | None) -> tuple[_Product, _Product] | None:
    """The two products the question names, in the order it names them; the one in focus stands in
    for a product it refers to ("it") when it names only one other."""
    retriever = context.retriever
    if retriever is None:
        return None
    asked = set(tokenize(context.text))
    named: dict[str, tuple[Passage, set[str]]] = {}
    values: dict[str | None, frozenset[str]] = {}  # each product's versions' option values, by product id
    for product_id in retriever.product_ids():
        product, variants = retriever.family(product_id)
        if product is None:
            continue
        title = set(tokenize(product.title))
        said = asked & title
        # half its name and one of its versions ("the 12ah breeze battery") name it as clearly, and so
        # does half its name with a word no other name has ("the nightfall curtain")
        values[product_id] = frozenset(value for v in variants for value in v.options.values())
        versions = set(tokenize(" ".join(values[product_id])))
        own = {w for w in said if w.isalpha() and retriever.name_word_products(w) == 1}
        least = 0.5 if asked & versions - title or own else 0.6
        if named_by(product.title, asked, retriever, least) >= least and any(not w.isdigit() for w in said):
            named[product.key] = (product, said)
    # a name the question says only in words other names it says have ("torvik" and "battery" of the
    # Torvik 5Ah Battery, in "the hollis battery on the torvik saw") is not one it names
    chosen = [
        product
        for key, (product, said) in named.items()
        if not said <= set().union(*(other for k, (_, other) in named.items() if k != key))
    ]
    if len(chosen) == 1 and focus is not None and focus.key != chosen[0].key:
        chosen.insert(0, focus)
    if len(chosen) != 2:
        return None
    if focus is None or focus.key not in (chosen[0].key, chosen[1].key):
        text = context.text.lower()
        chosen.sort(key=lambda p: min((text.find(w) for w in tokenize(p.title) if w in text), default=0))
    first, second = (
        _Product(p.title, p, _spec_lines(p), values.get(p.product_id, frozenset())) for p in chosen
    )
    return first, second


def _spec_lines(product: Passage) -> list[str]:
    """The product's labelled lines ("Socket: AM4"), as its description writes them; a label of five
    words or more is a sentence's start ("Intel's Core Ultra 5 245K: six performance cores ...")."""
    lines = labelled(description_lines(product_text(product).own_words))
    return [line for line in lines if len(line.partition(":")[0].split()) <= 4]


_FIT_WORDS = frozenset(tokenize("fit fits suit suits"))
_MODEL_CODE = re.compile(r"(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{3,}")  # "od6", "gl-sbs610", "aq8500"
_FITS = re.compile(r"(?i)\b(?:fits?|compatible\s+with|for\s+use\s+with|works\s+with|suits)\b")
_NOT_FITS = re.compile(r"(?i)\b(?:not|never|doesn't|won't|isn't|incompatible)\b")


def _fits_listed(question: str, part: _Product, whole: _Product) -> tuple[str, bool] | None:
    """What a part's own lines say it fits ("Fits: ...", one per version: "RK-33A Fits: Halyard 150N
    Automatic Lifejacket"), of the other product: it fits when the line for the version asked (or any,
    when none is asked) names that product; it does not when that version's line names another and
    another version's names it ("the RK-33A fits the 150N; for the 275N it is the RK-60A")."""
    name = [words[0] for words in (tokenize(w) for w in whole.title.split()) if words]

    def names_whole(line: str) -> bool:  # word for word: "150N" says no "275N"
        said = set(tokenize(line.partition(":")[2]))
        return bool(name) and sum(w in said for w in name) >= 0.75 * len(name)

    lines = [line for line in part.lines if _FITS.search(line.partition(":")[0])]
    # "Does not fit: Airton Concealed Cistern Frame": a line that says no names what it won't fit
    refused = [line for line in lines if _NOT_FITS.search(line.partition(":")[0])]
    if said_no := next((line for line in refused if names_whole(line)), None):
        return f"The {part.title} lists \u201c{said_no}\u201d: it won't fit.", False
    lines = [line for line in lines if line not in refused]
    if not lines:
        return None
    asked = set(tokenize(question))
    fit_words = set(tokenize("fits fit compatible with for use suits"))

    def version_of(line: str) -> set[str]:  # "RK-33A" of "RK-33A Fits"
        return set(tokenize(line.partition(":")[0])) - fit_words

    own = [line for line in lines if (version := version_of(line)) and version <= asked] or lines
    if named := [line for line in own if names_whole(line)]:
        # "Fits: ... Breeze 4-Wheel Scooter (18Ah only)" and the 12Ah asked: its bracket leaves it out
        if (left_out := _version_left_out(question, part, whole, named[0])) is not None:
            return f"The {part.title} lists \u201c{named[0]}\u201d: the {left_out} won't fit it.", False
        return f"The {part.title} lists \u201c{named[0]}\u201d: it fits.", True
    others = [line for line in lines if line not in own and names_whole(line)]
    if own is lines or not others:
        return None
    listed = f"The {part.title} lists \u201c{own[0]}\u201d"
    return f"{listed}; for the {whole.title} it lists \u201c{others[0]}\u201d.", False


def _version_left_out(question: str, part: _Product, whole: _Product, line: str) -> str | None:
    """The version of the part the question names, when the bracket after the other product's name in
    the part's fits line names other versions only ("Breeze 4-Wheel Scooter (18Ah only)")."""
    bracket = re.search(rf"{re.escape(whole.title)}\s*\(([^)]*)\)", line, re.IGNORECASE)
    if bracket is None:
        return None

    def said_in(text: str) -> set[str]:
        return {v for v in part.versions if re.search(rf"(?i)(?<!\w){re.escape(v)}(?!\w)", text)}

    listed, named = said_in(bracket.group(1)), said_in(question)
    return min(named) if listed and len(named) == 1 and not named & listed else None


def _codes(line: str) -> set[str]:
    return {family + number for family, number in _CODE.findall(line.partition(":")[2])}


def _families(codes: set[str]) -> set[str]:
    """The letters codes start with: "AM" of "AM5", "LGA" of "LGA1851"."""
    return {re.sub(r"\d.*", "", code) for code in codes}


def _codes_compared(first: _Product, second: _Product) -> list[tuple[str, bool]]:
    """Lines of the two products giving codes of one family ("Socket: AM4" and "Socket: AM5"), or
    under labels that share a word ("Platform: HX36" and "Battery platform: TV18"): the two lines, and
    whether they share a code. Each line is said once, the pairs whose labels share most first
    ("Socket: AM5" before "Supported processors: ... (AM5)")."""
    pairs = []
    for one in first.lines:
        for other in second.lines:
            mine, theirs = _codes(one), _codes(other)
            labels = len(label_words(one) & label_words(other))
            if mine and theirs and (labels or _families(mine) & _families(theirs)):
                pairs.append((labels, one, other, mine & theirs))
    said: list[tuple[str, bool]] = []
    used: set[str] = set()
    for _, one, other, shared in sorted(pairs, key=lambda pair: -pair[0]):
        if one in used or other in used:
            continue
        used |= {one, other}
        means = f"both take {' and '.join(sorted(shared))}" if shared else "these don't match"
        sentence = f"The {first.title} has {_quoted(one)} and the {second.title} {_quoted(other)}: {means}."
        said.append((sentence, bool(shared)))
    return said


def _measures_compared(first: _Product, second: _Product) -> list[tuple[str, bool]]:
    """A measure of one product against the other's limit for it: "Card length: 348 mm" and "Max
    graphics card length: 365 mm" (the limit's label holds the measure's, or ends with its last word)."""
    rules = grammar()
    limit_words = set(tokenize(" ".join(rules.data.limit_asked)))
    said: list[tuple[str, bool]] = []
    for thing, holder in ((first, second), (second, first)):
        for limit in holder.lines:
            if not rules.limit_asked.search(limit.partition(":")[0]) or (most := _measure(limit)) is None:
                continue
            # what the limit holds, named in its label or after its amount ("Fits rods up to: 1 in (25 mm)
            # diameter" holds a rod's "Rod diameter"); "fits" is no measure
            value = limit.partition(":")[2]
            named = {w for w in tokenize(value) if w.isalpha() and not measure_word(w)}
            limited = (label_words(limit) | named) - limit_words - _FIT_WORDS
            for line in thing.lines:
                label = label_words(line)
                size = _measure(line)
                if size is None or size.unit.dimension != most.unit.dimension:
                    continue
                if rules.limit_asked.search(line.partition(":")[0]):
                    continue
                if not label or not (label <= limited or _last(line) == _last(limit)):
                    continue
                # what else the limit's label names is the thing measured: "Max graphics card length" holds a
                # graphics card's "Card length", "Max log length" holds logs, not a chimney liner's "Lengths"
                if (extra := limited - label - {_last(line)}) and not extra & _kind_of(thing):
                    continue
                fits = _base(size) <= _base(most)  # (by how much is not said: a reply states only the data)
                means = "it is within the limit" if fits else "it is over the limit"
                sentence = (
                    f"The {thing.title} has {_quoted(line)} and the {holder.title} {_quoted(limit)}: {means}."
                )
                said.append((sentence, fits))
                break
    return said


_AT_LEAST = re.compile(r"(?i)\b(?:at\s+least|minimum|min\.?)\s*(?::\s*)?(?=\d)")


def _needs_met(first: _Product, second: _Product) -> list[tuple[str, bool]]:
    """A product's need of the other, a least amount the other's line must reach: "Fits: Beds with at
    least 6.5 in of under-bed clearance" and the bed's "Under-bed clearance: 7 in" (the words after the
    amount hold the other line's label)."""
    said: list[tuple[str, bool]] = []
    for needer, holder in ((first, second), (second, first)):
        for need in needer.lines:
            value = need.partition(":")[2]
            if (at_least := _AT_LEAST.search(value)) is None or (least := _measure(need)) is None:
                continue
            named = {w for w in tokenize(value[at_least.end() :]) if w.isalpha() and not measure_word(w)}
            for line in holder.lines:
                label, size = label_words(line), _measure(line)
                if size is None or size.unit.dimension != least.unit.dimension or not label <= named:
                    continue
                enough = _base(size) >= _base(least)
                means = "that is enough" if enough else "that is not enough"
                said.append(
                    (
                        f"The {needer.title} lists “{need.strip()}” and the {holder.title} has "
                        f"{_quoted(line)}: {means}.",
                        enough,
                    )
                )
                break
    return said


def _kind_of(product: _Product) -> set[str]:
    """The words that say what a product is: its name's, and its category's and tags' (its header)."""
    return with_heads(tokenize(f"{product.title} {product_text(product.passage).header}"))


def _measure(line: str) -> Measurement | None:
    """The first amount with a unit a spec line's value gives."""
    return next(iter(grammar().amounts_in_line(line.partition(":")[2])), None)


def _last(line: str) -> str:
    words = tokenize(line.partition(":")[0])
    return words[-1] if words else ""


def _quoted(line: str) -> str:
    """A spec line as a reply says it: "Max CPU cooler height: 67 mm" is "max CPU cooler height 67 mm"."""
    label, _, value = line.partition(":")
    label = label.strip()
    return f"{label[:1].lower()}{label[1:]} {value.strip()}"


def held_to_its_lines(
    question: str, product: Passage, variants: list[Passage], versions: list[Passage]
) -> Draft | None:
    """The shopper's one measure held against the product's line for it, with what that means; None
    unless the question asks whether it fits and one line answers for every version meant.
    ``versions``: those of its ``variants`` the question names, whose part of a line written per
    version ("46 cm seat: 66 cm") is the one read."""
    rules = grammar()
    if not rules.fit_asked.search(question):
        return None
    given = [m for m in rules.measurements_in(question) if not _names_a_version(m, variants)]
    lines = _spec_lines(product)
    given = given or _bare(question, lines)
    if len(given) != 1 or given[0].unit.dimension not in ("length", "weight"):
        return None
    asked = given[0]
    named = {value for v in versions for value in v.options.values()}
    found = _line_for(question, asked, lines, named)
    if found is None:
        return None
    line, how, fits = found
    if how == "opening":
        means = f"it fits through {asked.text}" if fits else f"it won't fit through {asked.text}"
    elif how == "range":
        means = f"{asked.text} is within its range" if fits else f"{asked.text} is outside its range"
    elif how == "exact":
        means = f"it is made for {asked.text}" if fits else f"it is not made for {asked.text}"
    else:
        means = f"{asked.text} is within its limit" if fits else f"{asked.text} is over its limit"
    return Draft(
        action="answer",
        reply=f"The {product.title} has {_quoted(line)}, so {'yes' if fits else 'no'}, {means}.",
        citations=[cite(product), *(cite(v) for v in versions[:1])],
        confidence=0.8,
    )


def _names_a_version(given: Measurement, variants: list[Passage]) -> bool:
    """The measure is one of the product's option values ("the 46cm" of a 46 cm seat)."""
    return any(
        m.unit.dimension == given.unit.dimension and _base(m) == _base(given)
        for v in variants
        for value in v.options.values()
        for m in grammar().amounts_in_line(value)
    )


def _line_for(
    question: str, asked: Measurement, lines: list[str], named: set[str], *, opening: bool = True
) -> tuple[str, str, bool] | None:
    """The line the measure is held against, how ("limit", "range" or "opening") and whether it fits. A
    doorway is held against the widest width; a line written per version must say the same of each
    version meant."""
    asked_words = set(tokenize(question))
    asked_words |= kin_of(asked_words)
    opening = opening and bool(grammar().opening.search(question)) and asked.unit.dimension == "length"
    found: list[tuple[float, str, str, bool]] = []
    for line in lines:
        judged = [j for part in _parts_for(line, named) if (j := _judged(part, asked, asked_words, opening))]
        if judged and len({(how, fits) for _, how, fits, _ in judged}) == 1:
            part, how, fits, width = max(judged, key=lambda j: j[3])
            found.append((width, part, how, fits))
    if not found and opening:  # "will the letter plate fit a 1 3/4 inch door?": its door's thickness,
        return _line_for(question, asked, lines, named, opening=False)  # no way through a doorway
    if not found:
        return None
    _, line, how, fits = max(found, key=lambda f: f[0])
    if how == "opening" and not fits and _turns_to_fit(lines, asked):
        return None  # a sofa wider than the door may go through on its depth: no verdict either way
    return line, how, fits


# a product's outer measures other than its width: "Depth: 70 cm", "Overall height: 85 cm" (not a part's,
# "Seat depth: 43 cm", nor folded)
_OUTER = frozenset(
    tokenize("overall total outer external outside product max depth height length deep tall high")
)
_OTHER_SIDES = frozenset(tokenize("depth height length deep tall high"))


def _turns_to_fit(lines: list[str], opening: Measurement) -> bool:
    """The product states another outer measure that is within the opening."""
    for line in lines:
        label = label_words(line)
        if label & _OTHER_SIDES and label <= _OUTER:
            sizes = [
                m for m in grammar().amounts_in_line(line.partition(":")[2]) if m.unit.dimension == "length"
            ]
            if sizes and min(_base(m) for m in sizes) <= _base(opening):
                return True
    return False


def _judged(
    line: str, asked: Measurement, asked_words: set[str], opening: bool
) -> tuple[str, str, bool, float] | None:
    """One line against the measure: (line, how, fits, its width for a doorway), or None when the line
    is no answer to it."""
    rules = grammar()
    label, _, value = line.partition(":")
    said = label_words(line)
    amounts = [m for m in rules.amounts_in_line(value) if m.unit.dimension == asked.unit.dimension]
    if not amounts:
        return None
    spans = [s for s in rules.spans(value) if s.unit is not None and s.unit.dimension == asked.unit.dimension]
    capped = next((s for s in spans if s.low is None and s.high is not None), None)
    closed = next((s for s in spans if s.low is not None and s.high is not None), None)
    limited = bool(rules.limit_asked.search(label)) or capped is not None
    size = _base(asked)
    if opening:
        if {"width", "wide"} & said and not limited:
            widest = max(_base(m) for m in amounts)
            return line, "opening", widest <= size, widest
        return None
    if limited and (asked.unit.dimension == "weight" or said & asked_words):
        top = capped.high * capped.unit.per if capped and capped.high and capped.unit else _base(amounts[0])
        return line, "limit", size <= top, 0.0
    if closed and closed.unit and closed.low is not None and closed.high is not None and said & asked_words:
        return line, "range", closed.low * closed.unit.per <= size <= closed.high * closed.unit.per, 0.0
    # one measure, the same in each unit written ("Door thickness: 1-3/8 in (35 mm) only"): the one it takes
    if not spans and said & asked_words and _one_measure(amounts):
        if _same(_base(amounts[0]), size):
            return line, "exact", True, 0.0
        if _ONLY.search(value):
            return line, "exact", False, 0.0
    return None


_ONLY = re.compile(r"(?i)\bonly\b")
# a bare number and the two words after it: "a 1-3/8 pocket door" (a unit left unsaid)
_BARE = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?(?:[-\s]\d+/\d+)?|\d+/\d+)(?![\w./-])((?:\s+[^\W\d_]+){1,2})")


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 0.03 * max(a, b)


def _one_measure(amounts: list[Measurement]) -> bool:
    """The amounts are one measure written in several units: "1-3/8 in (35 mm)"."""
    return all(_same(_base(a), _base(amounts[0])) for a in amounts)


def _bare(question: str, lines: list[str]) -> list[Measurement]:
    """A number the shopper gives without its unit, read in the unit of the product's line for it: the
    line labelled by a word of the two after the number, whose measure is of its size (within half to
    twice it): "i have a 1-3/8 pocket door" and "Door thickness: 1-3/8 in (35 mm) only" (not "a 2-1/8
    hole" and "Door thickness: 1-3/4 in to 2-1/4 in")."""
    found: list[Measurement] = []
    for said in _BARE.finditer(question):
        value = number_of(said.group(1))
        after = set(tokenize(said.group(2)))
        units = {
            m.unit.unit: m.unit
            for line in lines
            if label_words(line) & after
            for m in grammar().amounts_in_line(line.partition(":")[2])
            if value and 0.5 <= m.value / value <= 2
        }
        if len(units) == 1:
            unit = next(iter(units.values()))
            found.append(Measurement(value, unit, f"{said.group(1)} {unit.unit}"))
    return found


def _parts_for(line: str, named: set[str]) -> list[str]:
    """A line written per version ("Overall width: 41 cm seat: 61 cm; 46 cm seat: 66 cm"), as the
    labelled parts of the versions named, or of every version when none is; the line itself when it is
    not written so."""
    label, _, value = line.partition(":")
    parts = [p.strip() for p in value.split(";")]
    if len(parts) < 2 or not all(":" in p for p in parts):
        return [line]
    mine = [p for p in parts if any(n.lower() in p.partition(":")[0].lower() for n in named)]
    return [f"{label.strip()}: {p}" for p in mine or parts]


def _base(measure: Measurement) -> float:
    """The measure in its dimension's base unit, so that "1.2 m" and "120 cm" compare."""
    return measure.value * measure.unit.per


def ruled_out(question: str, lines: list[str], name: str) -> bool:
    """A line rules out what a yes-or-no question states: what follows its "not for" (to the end of its
    clause) says two of the question's words beside the product's name ("my front door is drilled with a
    2-1/8 hole, will the thornbury handleset fit?" and "not for doors drilled with a 2-1/8 in cross bore")."""
    asked = set(tokenize(question)) - set(tokenize(name))
    rule = shape_rules().phrases["ruled_out"].any
    return any(
        len(set(tokenize(re.split(r"[;.]\s", f"{line[found.end() :]} ")[0])) & asked) >= 2
        for line in lines
        for found in rule.finditer(line)
    )


_NAMED_BY_NUMBER = re.compile(r"(?i)\b([^\W\d_]{2,})[\s-]?(\d+(?:\.\d+)?)\b|\b([a-z]+\d+[a-z\d]*)\b")


def stated_as_asked(question: str, lines: list[str]) -> bool:
    """A line's value says the very thing a yes-or-no question names by a number ("can it go in zone 1?"
    and "Zone suitability: Zone 1 (transformer outside the zones)", "is it ip44?" and "IP rating: IP44"),
    and judges nothing itself."""
    values = [v for line in lines if (v := line.partition(":")[2].strip()) and not VERDICT.match(v)]
    for named in _NAMED_BY_NUMBER.finditer(question):
        word, number, code = named.groups()
        said = rf"\b{re.escape(word)}[\s-]?{re.escape(number)}\b" if word else rf"\b{re.escape(code)}\b"
        if any(re.search(said, value, re.I) for value in values):
            return True
    return False
