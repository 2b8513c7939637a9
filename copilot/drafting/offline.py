"""The offline drafter: deterministic answers from structured lookups and extracted policy sentences.

No model, no network. It answers what the data can answer (variant prices and stock, counts, the
cheapest available variant, order status, tracking, totals and items for the verified owner, policy
sentences with their source) and says so plainly, with low confidence, when nothing grounded answers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, datetime

from pydantic import BaseModel

from copilot.days_said import day_said
from copilot.drafting.allergens import ingredient_of_family_asked
from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.catalog import (
    BRACKETED,
    catalog_families,
    compare,
    costs_text,
    describe,
    extreme,
    kind_words,
    measure_word,
    measure_words,
    named_by,
    of_kind,
    on_sale,
    own_sale_words,
    price_text,
    sale_to_come,
    sample_of,
    share_named,
    split_asked,
    stock_words,
    superlative,
    whole_meant,
    within_budget,
    without_brackets,
)
from copilot.drafting.decisions import (
    ASK_VERIFICATION,
    about_orders,
    decided_by_code,
    orders_named,
    orders_of_items,
)
from copilot.drafting.denials import denial_in, denials_in, denies, item_denied, whole_range_item
from copilot.drafting.description import (
    description_lines,
    first_list,
    label_words,
    labelled_with,
    lines_joined,
    lines_naming,
    lines_saying,
    says,
    stems_shared,
    valued_with,
    with_its_list,
    with_its_measure,
)
from copilot.drafting.fitting import (
    fit_together,
    held_to_its_lines,
    parts_listed_for,
    ruled_out,
    stated_as_asked,
)
from copilot.drafting.grids import cell_by_ranges
from copilot.drafting.line_kinds import line_of_kind
from copilot.drafting.meaning import closest_in_meaning, closest_question
from copilot.drafting.on_file import on_file
from copilot.drafting.options import (
    asks_any_option,
    band_words,
    catch_all_options,
    listing,
    option_kinds,
    option_names,
    options_asked,
    options_by_values,
    options_measured,
    priced_by,
    size_order,
    value_range,
    variants_in_range,
)
from copilot.drafting.orders import cite_order, order_facts, placed_day
from copilot.drafting.places import destination, named_places, place_names_of, places, sent_to
from copilot.drafting.quantities import asks_an_amount, cost_of_amount
from copilot.drafting.seasons import in_season
from copilot.drafting.service_area import area_answer, places_asked
from copilot.drafting.sizes import amounts_joined, grammar, limit_lines, size_for
from copilot.drafting.suitability import suitability
from copilot.drafting.text import (
    DAY_SHAPES,
    AskedThing,
    Shape,
    answered_by,
    as_reply,
    asked_thing,
    asks_to_send,
    best_sentences,
    body_of,
    cell_by_amount,
    cell_by_names,
    comes_with_words,
    excepted,
    first_cell,
    is_list_item,
    join_words,
    kin_of,
    row_by_amount,
    row_cells,
    row_named,
    row_of_product,
    rows_by_listed_thing,
    rule_for_thing,
    sentences,
    shape_rules,
    suited_for_words,
    swap_name,
    table_rows,
    thing_sent,
    time_ranges,
    with_its_heading,
    zone_cell,
    zone_of,
)
from copilot.knowledge.catalog import day_text, product_text
from copilot.knowledge.catalog import format_price as money
from copilot.lexical import american, in_another_language, light_verbs, name_tokens, tokenize, with_heads
from copilot.redaction import EMAIL
from copilot.retrieval import Retriever, SearchFilters, options_named, value_words
from copilot.schemas import Citation, Order, Passage, SearchHit
from copilot.spelling import coined, english_words, in_a_dictionary, in_common_use
from copilot.store import order_lookup_key
from copilot.understanding import (
    ACTION_INTENTS,
    ORDER_INTENTS,
    PRODUCT_INTENTS,
    Attribute,
    all_attributes,
    asks_price,
    attribute_named,
    attribute_phrases,
    attributes_asked,
    cues_in,
    policy_words,
    without_attribute_words,
)

_DOUBLED_ARTICLE = re.compile(r"\b[Tt]he The ")
_WORD_SAID = re.compile(r"[^\s?!.,;:()]+")
# a table's row as a sentence: "Locomotive: X; Decoder plug: 8-pin."
_TABLE_ROW = re.compile(r"[^:;\n]{1,60}: [^;\n]*; ")
_CATALOG_WIDE = frozenset({"product_cheapest", "product_priciest", "product_compare"})
# questions whether a product is sold, at what price or in stock: one the catalog has no word of is not
_SOLD_ASKED = frozenset({"product_price", "product_availability"})
_UNSURE = 0.35  # below it a product answer is too unsure to give


class ProductMatch(BaseModel):
    product: Passage
    variants: list[Passage]
    chosen: list[Passage]  # variants whose options the question names (best match), may be empty
    name_match: float  # share of the product name's words found in the question


# Cosine (MiniLM) at which a description line answers a question in other words, and by how much it
# must beat the next line. Measured: answering lines 0.48-0.59 ("what kind of foam?" ~ "Fill: memory
# foam"); lines that do not answer reach 0.30-0.41 ("ok for a kitten?" ~ "Cats go wild." 0.35).
_SAYS_IT = 0.45
_CLEARLY = 0.1


# what a guide table's cell answers: a fact of a thing ("bed temp for abs?"), not a price, a stock or
# the versions of a product ("queen" and "king" name a sheet set's versions and a size chart's rows)
_ASKS_OF_A_THING = frozenset({"policy", "advice", "product_info"})
_OF_VERSIONS = frozenset({"options", "in_stock", "restock", "budget", "follow_up", "refers_back"})


_SENDS_BACK = re.compile(
    r"(?i)\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+)?(?:return|send\s+back|exchange|swap|get\s+a\s+refund\s+(?:on|for))\b(.+)"
)


def _excepted_item(context: DraftContext, policy: Draft, action: set[str]) -> Draft | None:
    """The item of a list the pages head with a no ("What we can't take back") that names the thing the
    question asks to send back, when the rule the words found leaves it unsaid: "can i return logs i
    didnt use?" is "What we can't take back: Fuel of any kind: logs, briquettes, ...", not the 30 days
    for unused items."""
    sent_back = _SENDS_BACK.search(context.text)  # the thing is what the question asks to send back
    if sent_back is None:
        return None
    asked = set(tokenize(shape_rules().asking.sub(" ", sent_back[1]))) - action - light_verbs()
    thing = asked - set(tokenize(policy.reply))
    for hit in context.hits:
        page = hit.passage
        heading = page.heading_path[-1] if page.heading_path else ""
        if page.kind != "document" or not thing or not shape_rules().phrases["negation"](heading):
            continue
        for sentence in sentences(body_of(page)):
            if thing & set(tokenize(sentence)) and is_list_item(sentence, page):
                reply = with_its_heading(sentence, page)
                return Draft(action="answer", reply=reply, citations=[cite(page)], confidence=0.75)
    return None


_YES_NO = re.compile(r"(?i)^\W*(?:do|does|can|could|would|will|are|is)\b")


def _work_area(context: DraftContext) -> Draft | None:
    """Whether the shop's own people work in the place asked ("would ye sweep a chimney in thurles?"),
    from the page sentence listing the places they cover: "Yes: " when it names the place."""
    if context.retriever is None:
        return None
    retriever = context.retriever

    def product_word(word: str) -> bool:
        """A word of the shop's products, or two in a row of an option's value ("california king")."""
        words = tokenize(word)
        if len(words) == 2:
            return retriever.option_value_products(" ".join(words)) > 0
        return any(retriever.name_word_products(t) or retriever.option_value_word(t) for t in words)

    if not (asked := places_asked(context.text, product_word)):
        return None
    found = area_answer(context.text, [p for p, _ in _pages(context.with_pages())], product_word)
    if found is None:
        # a place the page leaves out is no word of it: the page is searched for where the shop works
        # ("can you come measure in red deer?" and the table under "Where we measure and install")
        # (ten sections: the table of areas is often one section of several on the service's page)
        unplaced = re.sub("|".join(map(re.escape, asked)), " ", context.text, flags=re.IGNORECASE)
        docs = SearchFilters(kinds=["document"])
        where = retriever.search(f"{unplaced} where area towns", 10, filters=docs)
        found = area_answer(context.text, [h.passage for h in where], product_word)
    if found is None:
        return None
    reply = " ".join(found.sentences)
    if found.covered and _YES_NO.match(context.text) and not shape_rules().phrases["negation"](reply):
        reply = f"Yes: {reply}"
    citations = [cite(found.page)]
    if found.covered:  # the version of the service sold for that area, so "how much is it?" goes on with it
        area = first_cell(found.sentences[0]).lower()
        citations += [
            cite(v)
            for pid in dict.fromkeys(h.passage.product_id for h in context.hits if h.passage.product_id)
            for v in retriever.family(pid)[1]
            if any(value.lower() == area for value in v.options.values())
        ][:1]
    return Draft(action="answer", reply=reply, citations=citations, confidence=0.75)


# the shop's people or things as what a question asks about: "are your installers certified?", not "how do
# i claim under your guarantee?"
_YOUR = re.compile(
    r"(?i)^\W*(?:are|is|do|does|did|have|has|can|will|were|was)\s+(?:all\s+)?(?:your|ur|yr)\s+"
    r"([^\W\d_]+(?:\s+[^\W\d_]+)?)"
)
_OUR = re.compile(r"(?i)^\s*our\s+(.+)$")


def _our_section(context: DraftContext) -> Draft | None:
    """A question about the shop's own people or things ("are your installers certified?") is answered
    by the page section the shop heads with them ("Our installers": "All our installers are HETAS-trained
    and registered"), its sentences that share the question's words first."""
    # "your installers certified": the thing is its first word, or its first two ("your gift cards")
    asked = [
        set(tokenize(" ".join(found.group(1).split()[:size])))
        for found in _YOUR.finditer(context.text)
        for size in (1, 2)
    ]
    if not any(asked):
        return None
    for page, _ in _pages(context.with_pages()):
        heading = _OUR.match(page.heading_path[-1]) if page.heading_path else None
        if heading is None or not any(words and words == set(tokenize(heading[1])) for words in asked):
            continue
        chosen, _ = best_sentences(context.text, [(page, 1.0)])
        said = [sentence for sentence, _ in chosen] or sentences(body_of(page))[:1]
        if said:
            return Draft(action="answer", reply=" ".join(said), citations=[cite(page)], confidence=0.75)
    return None


def _own_line(context: DraftContext, matches: list[ProductMatch]) -> Draft | None:
    """The line of a product the question names whose label says the most of the question's other words,
    two or more: "what size rope do i need for the door on a corrib 4?" and the Corrib 4's "Door rope: 8
    mm", or the rope kit's "Corrib 4 door: 8 mm". None unless one line says the most."""
    asked = set(tokenize(context.text))
    said = [
        (len(label_words(line) & (asked - set(tokenize(match.product.title)))), line, match)
        for match in matches
        if match.name_match >= 0.5
        for line in description_lines(product_text(match.product).own_words)
        if ":" in line
    ]
    top = max((score for score, _, _ in said), default=0)
    best = [(line, match) for score, line, match in said if score == top]
    if top < 2 or len(best) != 1:
        return None
    line, match = best[0]
    return Draft(action="answer", reply=line, citations=[cite(match.product)], confidence=0.75)


def _names_alone(retriever: Retriever, first: str, second: str) -> bool:
    """Two words of a name in a row name one product, and neither is an amount's unit: "ardan 5" names
    the Ardan 5 stove; "5 l" names no product though one name says it ("Larkspur 5 L Watering Can"),
    nor does "200 ah" or "12 v", a number and a unit a product's lines use ("Glacier Cell 12 V 200 Ah
    Battery" is not named by its amounts, which another battery sells as a version)."""
    units = grammar().line_by_word
    amount = (first.isdigit() and second in units) or (second.isdigit() and first in units)
    return (
        not measure_word(first)
        and not measure_word(second)
        and not amount
        and any(c.isalpha() for c in first + second)
        and retriever.name_word_products(f"{first} {second}") == 1
    )


def _named_together(
    retriever: Retriever, title_tokens: set[str], said: list[tuple[str, str]], found: list[set[str]]
) -> bool:
    """Two words the question says in a row (``said``) name one product together, though its name has
    others between them: "the kanemura gyuto" names the Kanemura VG-10 Damascus Gyuto alone, not
    "kanemura" (every Kanemura knife) or "gyuto" (every gyuto) alone. Words, not numbers or units: "cell
    200ah" may be the 200 Ah version of another Glacier Cell; and no other product ``found`` (the names of
    the products and versions the search found) has words that begin with both ("olympic bar" is the
    Olympic Barbell as much as the Olympic EZ Curl Bar)."""
    others = [words for words in found if not words >= title_tokens]

    def begins_both(words: set[str], a: str, b: str) -> bool:
        return any(w.startswith(a) for w in words) and any(w.startswith(b) for w in words)

    return any(
        a != b
        and {a, b} <= title_tokens
        and a.isalpha()
        and b.isalpha()
        and not measure_word(a)
        and not measure_word(b)
        and retriever.products_named_by_all((a, b)) == 1
        and not any(begins_both(words, a, b) for words in others)
        for a, b in said
    )


def _words_in_a_row(text: str) -> list[tuple[str, str]]:
    """Each two words the text says one after the other, as tokens: not "bits" and "impact" of "what bits
    does the impact driver take?", which are no name said together."""
    said = [tokens[0] if (tokens := tokenize(word)) else "" for word in re.findall(r"[\w'-]+", text)]
    return [(a, b) for a, b in itertools.pairwise(said) if a and b]


def _asked_of_its_kind(context: DraftContext, match: ProductMatch) -> Draft | None:
    """The answer under a frequently asked question that asks the same of the product's kind: "can i fit
    the corrib 4 myself?" is "Can I fit a stove myself?" (the name read as its last word, "Stove")."""
    if context.retriever is None:
        return None
    kind = without_brackets(match.product.title).split()[-1].lower()
    as_kind = swap_name(context.text, match.product.title, f"a {kind}", least=2)
    same = as_kind and closest_question(as_kind, _pages_by_meaning(context), context.retriever.index.embed)
    if not same:
        return None
    sentence, page, meaning = same
    return Draft(action="answer", reply=sentence, citations=[cite(page)], confidence=round(meaning, 2))


def _guide_row(context: DraftContext, match: ProductMatch, citations: list[Citation]) -> Draft | None:
    """What the product's own lines do not say, a guide's table may, in the product's row: "which liner
    for the ardan 8?" and the liners table's Ardan 8 row under `Liner to use`."""
    # (the pages searched with its name: "so which liner do i get?" of the stove talked about)
    pages = _pages(context.with_pages(f"{match.product.title} {context.text}", first=True))
    row = row_of_product(context.text, match.product.title, pages)
    if row is None:
        return None
    sentence, page = row
    return Draft(action="answer", reply=sentence, citations=[*citations, cite(page)], confidence=0.75)


def _filed_under(context: DraftContext, pages: list[tuple[Passage, float]]) -> str | None:
    """The category the shop files every product a word of the question names under, when no page found
    says that word: "irons" and "Clubs" (the Forged Blade Irons and Cavity Back Irons are both Clubs).
    Only an everyday word that names two products or more: "the Leica M6" is one camera, not a kind."""
    retriever = context.retriever
    if retriever is None or not pages:
        return None
    said = set().union(*(tokenize(body_of(p)) for p, _ in pages))
    for word in set(tokenize(context.text)) - said - light_verbs():
        # a kind in everyday words that more than one product is ("irons"), not a brand or one product
        named = retriever.names_with({word}) if len(word) >= 4 and in_common_use(word) else []
        kinds = {_category(p) for p in named} if len(named) >= 2 else set()
        if len(kinds) == 1 and (kind := kinds.pop()) and set(tokenize(kind)) & said:
            return kind
    return None


def _kind_named(context: DraftContext) -> str:
    """The category of the product the question names by its whole name ("Live Plants > Rhizome Plants"
    of "java fern"), or nothing."""
    asked = set(tokenize(context.text))
    return next(
        (
            _category(h.passage)
            for h in context.hits
            if h.passage.kind == "product" and share_named(h.passage.title, asked) >= 0.75
        ),
        "",
    )


def _category(product: Passage) -> str:
    """The first category a product passage names in its header: "Clubs" of "X (Clubs, Clubs > Irons)"."""
    details = product_text(product).header[len(product.title) :].strip(" ().")
    return details.split(",")[0].strip() if details else ""


def _never_used(context: DraftContext, words: list[str], term: Callable[[str], bool]) -> set[str]:
    """Those of the question's words that are terms (by ``term``) and that the shop's knowledge never
    uses, nor a word of its kin ("warranty" where the pages say "guarantee"): nothing it holds says
    them, however close a line about "lead-free" or "you pay" is."""
    retriever = context.retriever
    if retriever is None:
        return set()
    kin = shape_rules().kin
    return {w for w in words if retriever.unknown_share(w, kin) > 0 and term(w)}


def _unknown_term(context: DraftContext, match: ProductMatch) -> bool:
    """The question asks this product about a term, no everyday word ("phthalate", "paraben")."""
    rest = _rest_of(context.text, match)
    words = [w for w in re.findall(r"[^\W\d_]+", context.text) if set(tokenize(w)) & rest]
    return bool(_never_used(context, words, lambda w: not in_common_use(w.lower())))


def _coined_terms(context: DraftContext) -> set[str]:
    """The question's brand names and coinages ("afterpay", "klarna") the shop never uses; not a place:
    "ship to ireland?" is answered by "all EU countries", "delivery to toulouse?" by what the pages say."""
    if in_another_language(context.text):
        return set()  # a question in another language: its words the glossary does not read ("arnés") are
        # ones we cannot read, not brands the shop is silent on
    places_named = named_places(context.text)[0] | sent_to(context.text)
    words = [w for w in re.findall(r"[^\W\d_]+", context.text) if not set(tokenize(w)) & places_named]
    return _never_used(context, words, coined)


def _work_priced(context: DraftContext, product: Passage) -> bool:
    """The question asks the price of work the shop does to a product ("how much to splice ...", "what
    do you charge to service an automatic lifejacket"), a page says that work, and the product is not
    the work itself (the Boot Resoling Service, Film Developing & Scanning)."""
    found = shape_rules().phrases["service_asked"].any.search(context.text.lower())
    done = next((g for g in found.groups() if g), "") if found else ""
    stem = next(iter(tokenize(done)), "")
    if len(stem) < 4 or any(w.startswith(stem) for w in tokenize(product.title)):
        return False
    pages = _pages(context.with_pages(context.text, first=True))
    return any(w.startswith(stem) for p, _ in pages for w in tokenize(body_of(p)))


def _offered_thing(text: str) -> str:
    """What a question asks whether the shop does, sells or has ("do you sell spice racks?": spice
    racks); empty when it asks no such thing."""
    found = shape_rules().phrases["offer_asked"].any.search(text.lower())
    thing = next((g for g in found.groups() if g), "") if found else ""
    return _INSTEAD.split(thing, maxsplit=1)[0]  # "pay by bank deposit instead of card?": bank deposit


# what a thing is asked in place of: "bank deposit instead of card", "pickup rather than delivery"
_INSTEAD = re.compile(r"\s+(?:instead\s+of|rather\s+than|in\s+place\s+of|in\s+lieu\s+of)\b")


def _looked_for(text: str) -> str:
    """The thing a shopper says they are looking for ("looking for a katana for my son": katana), a
    product rather than a service; empty when they say no such thing."""
    found = shape_rules().phrases["offer_asked"].any.search(text.lower())
    return (found.groupdict().get("looked_for") or "") if found else ""


def _not_offered(context: DraftContext) -> Draft | None:
    """ "Do you sell spice racks?" where a page says "We don't sell fresh chillies, spice racks or gift
    cards.": that sentence, before any product that shares a word with the question. A denial in a
    section headed by the thing's name may call it by part of that name ("do you still have the firnline
    apex helmet?" under "Retirement notice: Firnline Apex Helmet": "We no longer sell the Apex.")."""
    thing = _offered_thing(context.text)
    words = set(tokenize(thing))
    if not words or context.retriever is None:
        return None
    for passage, _ in _pages(context.with_pages()):
        said = sentences(body_of(passage))
        heading = " ".join(passage.heading_path)
        # "do you sell used cams?" under "Do you sell used gear?", answered "No. We only sell new ..."
        asked = _offered_thing(_faq_question(passage)) if said and _NO.match(said[0]) else ""
        if asked and (item_denied(thing, asked) or whole_range_item(thing, asked)):
            return Draft(action="answer", reply=" ".join(said[:2]), citations=[cite(passage)], confidence=0.8)
        for i, sentence in enumerate(said):
            if not (denials := denials_in(sentence)):
                continue
            if _OUTSIDE.search(sentence) and places_asked(context.text):
                continue  # "visits in torquay?" and "We don't offer visits outside these four zones"
            if (item := _denied_item(thing, said, i, passage)) is not None:
                return Draft(action="answer", reply=item, citations=[cite(passage)], confidence=0.8)
            if any(denies(thing, sentence, denial, heading) for denial in denials):
                # an FAQ's answer goes on: "We don't run public discount codes. Newsletter subscribers
                # get 10% off their first order, ..."
                faq = bool(passage.heading_path) and passage.heading_path[-1].rstrip().endswith("?")
                reply = " ".join(said[i : i + 2] if faq else [sentence])
                return Draft(action="answer", reply=reply, citations=[cite(passage)], confidence=0.8)
    return None


_NO = re.compile(r"(?i)^\s*no\b(?!\s+(?:problem|worries))")
_OUTSIDE = re.compile(r"(?i)\b(?:outside|beyond|except|other than)\b")  # a denial of what lies past an area

# "what is a split king?", "what does blackout mean?": what a thing is, asked whole
_MEANING_ASKED = re.compile(
    r"(?i)^\W*(?:what(?:'s|s|\s+is|\s+are)|wat\s+is)\s+(?:an?\s+|the\s+)?(?P<thing>[^?.!,]{2,40}?)\s*[?.!]*\s*$"
    r"|^\W*what\s+does\s+(?:an?\s+|the\s+)?(?P<thing2>[^?.!,]{2,40}?)\s+mean\s*[?.!]*\s*$"
)
_SUBJECT = re.compile(r"(?i)^(?:an?\s+|the\s+)?(.+?)\s+(?:is|are|means)\b")


def _meaning_of(context: DraftContext) -> Draft | None:
    """ "What is a split king?": the page sentence whose subject is the thing asked, whole ("A Split King
    is two Twin XL mattresses side by side"), before any product sold in that version."""
    found = _MEANING_ASKED.match(context.text)
    if found is None or context.retriever is None:
        return None
    words = set(tokenize(found.group("thing") or found.group("thing2") or ""))
    if not words:
        return None
    for passage, _ in _pages(context.with_pages()):
        for sentence in sentences(body_of(passage)):
            subject = _SUBJECT.match(sentence)
            if subject is not None and set(tokenize(subject.group(1))) == words:
                return Draft(action="answer", reply=sentence, citations=[cite(passage)], confidence=0.8)
    return None


def _faq_question(passage: Passage) -> str:
    """The question an FAQ section is headed by ("Do you sell used gear?"), or nothing."""
    heading = passage.heading_path[-1].strip() if passage.heading_path else ""
    return heading if heading.endswith("?") else ""


def _denied_item(thing: str, said: list[str], at: int, passage: Passage) -> str | None:
    """A denial that introduces a list ("We don't sell: above-ground pools" and the items after it) said
    of the item that names the thing: "We don't sell spas and hot tubs themselves (we sell the chemicals,
    filters and covers for them)." None when no item does."""
    lead, colon, first = said[at].partition(":")
    if not colon:
        return None
    items = [first.strip(), *itertools.takewhile(lambda s: is_list_item(s, passage), said[at + 1 :])]
    heading = " ".join(passage.heading_path)
    asked = set(tokenize(thing.replace("-", " ")))

    def shared(item: str) -> int:  # "above ground pools" and "above-ground pools", not "pool fencing"
        return len(asked & set(tokenize(item.replace("-", " "))))

    for item in sorted(items, key=shared, reverse=True):
        sentence = f"{lead.strip()} {item.rstrip('.')}."
        spaced = sentence.replace("-", " ")
        if (denial := denial_in(spaced)) is not None and denies(thing, spaced, denial, heading):
            return sentence
    return None


def _unsold_named(context: DraftContext) -> Draft | None:
    """ "Do you still have the heritage pool deck?" where no product's name says half of what names it,
    or a word inside the name is one the shop never writes: a product the shop does not sell (a draft,
    an archived one, another shop's), though its words are in other names ("deck"). Said in the
    shopper's words, and a person asked; never "the Old School Deck", which shares a word. Only a thing
    named with "the" and ended by a word products are named by, or holding a word the shop never
    writes ("the wooden pirate ship"): "the blue one" or "the large hoodie" ask for a version (the
    option words of the products its words name are not counted)."""
    retriever = context.retriever
    thing = _offered_thing(context.text)
    if retriever is None or not thing.startswith("the "):
        return None
    said = [t for t in tokenize(thing) if t.isalpha() and len(t) >= 3 and not measure_word(t)]
    versions = retriever.values_of_names({t for t in said if retriever.name_word_products(t)})
    words = [t for t in said if t not in versions]
    if len(words) < 2:
        return None
    # "the fjell glacier 130 boot": a word inside the name the shop never writes, or writes only as a
    # version of something else (a helmet's "Glacier White"), nor one a slip from it, names a model it
    # does not sell, however many of the other words its Fjell Freeride 130 shares
    never_written = [
        w
        for w in words[1:-1]
        if (
            retriever.unknown_share(w) == 1.0
            or (retriever.option_value_word(w) and not retriever.name_word_products(w))
        )
        and not retriever.slip_of_its_words(w)
    ]
    if not retriever.name_word_products(words[-1]) and not (
        never_written and any(retriever.name_word_products(w) for w in words)
    ):
        return None
    if retriever.name_share(set(words)) >= 0.5 and not never_written:
        return None
    return _not_found(thing.removeprefix("the ").strip(), 0.3)


def _unless_withdrawn(draft: Draft, context: DraftContext) -> Draft:
    """A product question naming a product the shop does not sell now (a draft, an archived or
    unpublished one) more fully than it names any on sale: not found, in the shopper's words, and a
    person offered; never the price of the product on sale that shares some of its words. A page's
    answer stands when it says every word only that product's name has ("can I buy a tester?" and "We
    don't sell testers"), not a page on something else ("the driftwood garden bench?" and "Refinishing a
    garden bench: $180")."""
    retriever = context.retriever
    if (
        draft.action != "answer"
        or retriever is None
        or context.understanding.intent not in PRODUCT_INTENTS - _CATALOG_WIDE
        or not (said := retriever.withdrawn_named(context.text))
    ):
        return draft
    paged = draft.citations and all(c.id.startswith("doc:") for c in draft.citations)
    own = {w for w in tokenize(said) if not retriever.name_word_products(w)}
    if paged and draft.confidence >= _UNSURE and own <= set(tokenize(draft.reply)):
        return draft
    # the shop's own data says it is not for sale: an answer, with a person offered, not a hand-over
    return _not_found(said, 0.6)


_SENT_OR_UNDONE = frozenset(
    {"fulfilled", "shipped", "delivered", "completed", "cancelled", "refunded", "returned", "voided"}
)


def _awaited(order: Order, context: DraftContext) -> list[tuple[str, Passage]]:
    """When an order not yet sent will ship, from its items' own records: "when will order ST-1028
    ship?" and a helmet on pre-order that ships from 15 February 2027 (each with the record)."""
    states = {order.status, order.fulfillment_status or ""}
    unsent = not any(s.started for s in order.shipments) and not states & _SENT_OR_UNDONE
    if context.retriever is None or not unsent:
        return []
    said = []
    for item in order.items:
        found = next(
            (v for i in (item.variant_id, item.sku) if i and (v := context.retriever.variant_of(i))), None
        )
        if found is not None and (found.preorder or found.backorder) and found.available_from:
            how = "on pre-order" if found.preorder else "on backorder"
            said.append(
                (f" The {item.name} is {how} and ships from {day_text(found.available_from)}.", found)
            )
    return said


# a version the shopper says they do not mean: "(not the plus)", "except the xl", "but not the black one"
_REFUSED = re.compile(
    r"(?i)(?:\(\s*|,\s*|\b(?:but|and)\s+)(?:not|except|other than)\s+(?:the\s+|a\s+|an\s+)?"
    r"([\w-]+(?:\s+[\w-]+)?)(?=\s*(?:\)|one\b|version\b|[,.?!]|$))"
)


def _not_found(thing: str, confidence: float) -> Draft:
    """A product the shop does not sell, said in the shopper's words, and a person offered (a draft,
    archived or never-stocked product is not offered)."""
    said = f"I couldn't find \u201c{thing}\u201d: it's not among the products we sell"
    return Draft(
        action="answer",
        reply=f"{said}. Would you like me to ask a member of our team?",
        unknown=said,
        confidence=confidence,
    )


def _unsaid_thing(context: DraftContext, told: set[str], *, everyday_words: bool = False) -> bool:
    """The question asks whether the shop does or has a thing ("do you do gift wrapping?", "any student
    discount?") and names it by a word the shop never uses: no page says, however close one about
    gift cards or trade discounts comes, unless a sentence found (``told``) says the thing itself ("a
    human size chart?" and the size chart). Not a word of degree ("a quick refund" is a refund), nor
    one the shop writes inside a longer word ("an extra charge" and its "surcharge"), nor the letters of a
    code ("wlp001"). With ``everyday_words``, only an everyday word counts ("loyalty", not the
    "corny" of "corny kegs": a shopper's own word for what the shop calls otherwise)."""
    retriever = context.retriever
    thing = " ".join(w for w in _offered_thing(context.text).split() if not any(c.isdigit() for c in w))
    words = re.findall(r"[^\W\d_]+", thing)  # none in "any 10?"
    if words and shape_rules().phrases["arrangement"](words[-1]):
        # "a crash replacement deal" is a crash replacement; "a deal on the twin pack?" asks its price
        words = words[:-1]
    if retriever is None or not words:
        return False
    named = set(tokenize(words[-1]))
    if (named | kin_of(named)) & told:
        # "a student discount?" and a sentence about discounts asks a kind the shop never names, unless
        # the rest of the question is what the sentence says ("a human size chart? like body measurements")
        beyond = shape_rules().phrases["offer_asked"].any.sub(" ", context.text.lower())
        if {t for t in tokenize(beyond) if len(t) >= 3} & told:  # not the "im" of "im at college"
            return False
        words = words[:-1]
    degree = shape_rules().phrases["degree"]
    unsaid = _never_used(
        context,
        words,
        # a dictionary's word in any of its forms ("workshops"), or a name no dictionary has ("paypal"),
        # not a slip of a word the shop writes ("wraping")
        lambda w: (
            (in_common_use(w) if everyday_words else in_a_dictionary(w) or not retriever.slip_of_its_words(w))
            and len(w) >= 3
            and not degree(w)
            and not (w == words[-1] and retriever.said_within(w))  # "rent" is not said by "current"
        ),
    )
    return bool(unsaid)


def _offer_unsaid() -> Draft:
    """The shop's information never names what the shopper asks it offers: said so, and a person asked
    (not in the shopper's words: "a student discount" would read as a discount the reply offers)."""
    said = "Our information doesn't say whether we offer that"
    return Draft(
        action="answer",
        reply=f"{said}. Would you like me to ask a member of our team?",
        unknown=said,
        confidence=0.25,
    )


def _closest_line(context: DraftContext, match: ProductMatch, lines: list[str]) -> str | None:
    """The line of a product's description that answers the question in other words, judged by
    meaning with the product's name taken out of the question: clearly closer than any other line."""
    if context.retriever is None or not lines:
        return None
    vectors = context.retriever.index.embed([_name_as_it(context.text, match.product.title), *lines])
    scores = sorted(
        ((float(score), line) for score, line in zip(vectors[1:] @ vectors[0], lines, strict=True)),
        reverse=True,
    )
    best, line = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    return line.rstrip(".") + "." if best >= _SAYS_IT and best - runner_up >= _CLEARLY else None


def _in_focus(context: DraftContext) -> tuple[Passage | None, list[Passage], list[str]]:
    """The product the last answer was about, its variants and the keys of what it was about."""
    keys = [k for k in context.focus if k.startswith(("product:", "variant:"))]
    if not keys or context.retriever is None:
        return None, [], keys
    product, variants = context.retriever.family(keys[0].split(":")[1])
    return product, variants, keys


def _rows_compared(context: DraftContext) -> Draft | None:
    """ "warranty on cellular vs roman shades?", no two products named: two rows of one table of a page
    ("Product line: Cellular shades; Warranty: 7 years", "... Roman shades; Warranty: 3 years"), each the
    row the question finds without the words only the other part says. None unless both parts find a
    row of the same table, with the same columns, and not the same row."""
    parts, _ = split_asked(context.text)
    if len(parts) != 2 or asks_price(context.text):  # "price difference between A and B?": the catalog's
        return None
    first, second = (set(tokenize(part)) for part in parts)
    pages = _pages(context.with_pages())
    words = re.findall(r"[^\W_][\w'’-]*", context.text)
    rows: list[tuple[str, Passage]] = []
    for own, other in ((first, second), (second, first)):
        asked = " ".join(w for w in words if not set(tokenize(w)) & (other - own))
        chosen, _ = best_sentences(asked, pages, limit=1)
        if (
            not chosen
            or not _TABLE_ROW.match(chosen[0][0])
            or not set(tokenize(chosen[0][0])) & (own - other)
        ):
            return None
        rows.append(chosen[0])
    (row, page), (other_row, other_page) = rows
    columns = [[column for column, _ in row_cells(r)] for r in (row, other_row)]
    if row == other_row or page.key != other_page.key or columns[0] != columns[1]:
        return None
    # what is compared, the question's words besides those naming each row's first cell ("warranty"), is
    # said by both rows, unless the whole difference is asked: "can't decide between soprano and tenor for
    # my big hands" asks no rows
    naming = {w for r, _ in rows for w in tokenize(first_cell(r))}
    compared = set(tokenize(context.text)) - naming
    said = all(compared & set(tokenize(r)) - naming for r in (row, other_row))
    if not said and not shape_rules().phrases["difference_asked"](context.text):
        return None
    return Draft(action="answer", reply=f"{row} {other_row}", citations=[cite(page)], confidence=0.75)


def _pages(context: DraftContext) -> list[tuple[Passage, float]]:
    """The shop's pages among the hits, best first, with their similarity to the question: the first
    five, and any later one headed by what the question asks or its kin, or that alone says an uncommon
    word of the question ("what does it cost to
    send an order to the uk?" where only the rates table says "UK") or names the region of a place
    it names where none of the first five names the place itself ("how much is shipping to texas?" and
    the rates table's "Lower 48 states" row)."""
    pages = [(h.passage, h.similarity or 0.0) for h in context.hits if h.passage.kind == "document"]
    said = set().union(*(tokenize(p.text) for p, _ in pages[:5]))
    words = re.findall(r"[^\W\d_]+", context.text.lower())
    rare = {t for w in words if not in_common_use(w) for t in tokenize(w) if t not in said}
    place, regions = named_places(context.text)
    near = regions if place and not place <= said else []

    def names_region(page: Passage) -> bool:
        tokens = set(tokenize(page.text))
        return any(region <= tokens for region in near)

    asked = set(tokenize(context.text))
    asked |= kin_of(asked)

    def headed_by_asked(page: Passage) -> bool:  # "... see the money?" and a later section "Refunds"
        heading = set(tokenize(page.heading_path[-1])) if page.heading_path else set()
        return bool(heading) and heading <= asked

    chosen = pages[:5] + [
        (p, s) for p, s in pages[5:] if rare & set(tokenize(p.text)) or names_region(p) or headed_by_asked(p)
    ]
    sent = destination(context.text)  # not "if i order from france, do i pay duty?"
    # (by its own name or its state's or province's: "we ship within Canada" tells nothing of Calgary's rate)
    narrow = place_names_of(context.text).narrow
    if sent and context.retriever is not None and not any(_tells_of(p, place, narrow) for p, _ in chosen):
        # "how much is shipping to montreal?" where the pages found speak of shipping but never of Montreal
        # or Quebec: the page that gives a figure for it (the rates table's "Ontario and Quebec" row),
        # searched for by the place and its region's names
        found = {p.key for p, _ in chosen}
        named = " ".join(sorted(set().union(place, *regions)))
        # and the page on where the shop delivers ("We don't deliver outside the UK" for "to paris?")
        hits = [
            hit
            for query in (named, f"{named} delivery shipping")
            for hit in context.retriever.search(query, 5, filters=SearchFilters(kinds=["document"]))
        ]
        limits = shape_rules().phrases["coverage_limit"]
        for hit in hits:
            page = hit.passage
            if page.key not in found and (
                _tells_of(page, place, regions, figure=True) or any(map(limits, sentences(body_of(page))))
            ):
                found.add(page.key)
                chosen.append((page, hit.similarity or 0.0))
    return chosen


def _tells_of(
    page: Passage, place: frozenset[str], regions: tuple[frozenset[str], ...], *, figure: bool = False
) -> bool:
    """A sentence of the page names the place or its region (with ``figure``: beside a rate or a time,
    or saying it is not served: "We can't deliver to the United Kingdom")."""
    says_no = shape_rules().phrases["negation"]
    return any(
        (not figure or _NUMBER.search(sentence) or says_no(sentence))
        and any(named <= set(tokenize(sentence)) for named in [place, *regions])
        for sentence in sentences(body_of(page))
    )


def _pages_by_meaning(context: DraftContext) -> list[tuple[Passage, float]]:
    """The pages found, and those closest in meaning alone: "can i pick my order up?" shares one word
    with "Can I collect my order?", whose page the words rank below the pages about orders."""
    pages = _pages(context)
    if context.retriever is None:
        return pages
    found = {p.key for p, _ in pages}
    closest = context.retriever.search(
        context.text, 3, mode="dense", filters=SearchFilters(kinds=["document"])
    )
    return pages + [(h.passage, h.similarity or 0.0) for h in closest if h.passage.key not in found]


def _named_but_by_its_parts(product: Passage, said: set[str], context: DraftContext) -> bool:
    """Words of the product's name said in a row (``said``), said by no other product's name but those
    of parts made for it ("apex gt": the Apex GT Carbon Full-Face Helmet, and the Apex GT Visor made for
    it)."""
    if context.retriever is None or not said:
        return False
    others = [p for p in context.retriever.names_with(said) if p.product_id != product.product_id]
    return len(others) <= 3 and all(
        (whole := context.retriever.made_for(p)) is not None and whole.product_id == product.product_id
        for p in others
    )


def _pages_say(context: DraftContext, hit: SearchHit, words: set[str]) -> bool:
    """A page found before this product's hit uses these words."""
    before = context.hits[: context.hits.index(hit)]
    return any(h.passage.kind == "document" and words <= set(tokenize(h.passage.text)) for h in before)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a measure asked by its adjective: "how heavy", "how long", "how warm"
_HOW_MEASURED = re.compile(
    r"(?i)\bhow\s+(?:heavy|light|long|short|big|small|large|tall|high|wide|deep|thick|thin|warm|strong|loud|"
    r"bright|fast|far|old)\b"
)
# what a shop writes once, on its contact page or FAQ, in words a question may not share: a number to
# call, an address to write to, its hours
_CONTACT_SHAPES = frozenset({"phone", "email", "contact", "clock"})
# what a shopper asks of an order they sent back or were paid back for, as its status says it
_AFTER_SALE = frozenset(tokenize("return refund"))


def _end_by_size(variants: list[Passage], cues: set[str]) -> list[Passage]:
    """The versions at the big (or small) end of the first option whose values are sizes: amounts
    ("0.6 L", "1.2 L") or size words ("S" to "XL"). Empty when no such cue or option."""
    if not {"bigger_one", "smaller_one"} & cues:
        return []
    for option in option_names(variants):
        having = [v for v in variants if option in v.options]
        numbers = [_NUMBER.search(v.options[option]) for v in having]
        words = [v.options[option].strip().lower() for v in having]
        measured = [grammar().measurements_in(v.options[option]) for v in having]
        if all(measured) and len({m[0].unit.dimension for m in measured}) == 1:  # "250 ml" < "1 L"
            size = {v.key: m[0].value * m[0].unit.per for v, m in zip(having, measured, strict=True)}
        elif all(numbers):
            size = {
                v.key: float(n.group().replace(",", ".")) for v, n in zip(having, numbers, strict=True) if n
            }
        elif all(w in size_order() for w in words):
            size = {v.key: float(size_order().index(w)) for v, w in zip(having, words, strict=True)}
        else:
            continue
        if len(set(size.values())) < 2:
            continue
        end = (max if "bigger_one" in cues else min)(size.values())
        return [v for v in having if size[v.key] == end]
    return []


def _option_values(match: ProductMatch, option: str) -> list[str]:
    return list(dict.fromkeys(v.options[option] for v in match.variants if option in v.options))


_ASKED_KIND = re.compile(r"\b(?:which|what)\s+(?:(?:kind|type|sort)s?\s+of\s+)?([a-z][\w-]*)", re.I)


def _other_things(context: DraftContext, match: ProductMatch, kinds: set[str]) -> bool:
    """The question asks which of other things to get, with this product as its setting ("which nib
    for tiny writing in my planner?", "which grind for my moka pot?"): the thing it asks for is a word
    of other products' names or option names that this product's name, options and description never
    use, and no word for an option ("colors")."""
    asked = _ASKED_KIND.search(context.text)
    if context.retriever is None or asked is None:
        return False
    words = set(tokenize(asked.group(1))) - kinds
    own = set(tokenize(" ".join([match.product.text, *option_names(match.variants)])))
    retriever = context.retriever
    return any(
        retriever.name_word_products(w) > 0 or retriever.option_word_products(w) > 0
        for w in words - own
        if not measure_word(w)
    )


_AN_AGE = re.compile(r"(?i)\b\d{1,2}\s*-?\s*(?:years?|yrs?|yo)\b(?:\s*-?\s*old)?|\baged?\s+\d{1,2}\b")


_OF_AGES = re.compile(r"(?i)\b(?:old|ages?|aged|kids|children|child|toddlers?|juniors?|youths?)\b")


def _for_an_age(question: str, lines: list[str]) -> str | None:
    """ "is the youth recurve ok for a 7 year old?": the line of the description that gives the ages it
    is for ("about 8 to 12 years old"), and whether the age asked is in it."""
    if (said := _AN_AGE.search(question)) is None or (number := re.search(r"\d{1,2}", said.group(0))) is None:
        return None
    years = int(number.group(0))
    for line in lines:
        # a range of ages ("about 8 to 12 years old", "ages 3-6"), not of how long it lasts, in days
        if _OF_AGES.search(line) and (ranges := time_ranges(line)):
            within = any(low <= years * 365 <= high for low, high in ranges)
            return f"{line.rstrip('.')}. Age {years} is {'within' if within else 'outside'} that range."
    return None


def _choices_first(options: list[str], variants: list[Passage], asked: set[str]) -> list[str]:
    """The one option that offers a choice, for options asked by a kin word that offer none: "what finishes
    are there?" of a tile in White only, in Matt or Lappato (its Pattern), asks for the finishes, though
    "finish" is a colour's word too. An option asked by its own name ("what colours?") stays."""
    names = option_names(variants)
    varying = [o for o in names if len({v.options[o] for v in variants if o in v.options}) > 1]
    unchosen = [o for o in options if o not in varying and not set(tokenize(o)) & asked]
    return varying if options and len(unchosen) == len(options) and len(varying) == 1 else options


def _options_listed(
    match: ProductMatch, options: list[str], citations: list[Citation], text: str = ""
) -> Draft:
    """The values of the options asked; where the question asks for a version in words those values
    cannot say (``_unsayable``), what the values are and that our information does not say, a person
    offered."""
    title = match.product.title
    if (band := _band_held(match, options, text)) is not None:
        return Draft(action="answer", reply=band[0], citations=[*citations, *band[1]], confidence=0.85)
    missing = _version_not_offered(match, options, text)
    lead = f"I can't find the {title} in {missing}: it" if missing else f"The {title}"
    reply = f"{lead} comes in these options. {listing(match.variants, options)}."
    # the versions the question names first: a follow-up goes on from them ("does it come in matt black?",
    # "is it in stock?")
    cited = [*citations, *_listing_cited(match.variants, options, 12, first=match.chosen)]
    if unsaid := _unsayable(match, options, text):
        return Draft(
            action="answer",
            reply=f"{reply} Our information doesn't mention “{unsaid}”, and I'd rather not guess. I can ask "
            "a member of our team to find out for you.",
            citations=cited,
            confidence=0.3,
            unknown=f"Our information doesn't mention “{unsaid}”",
        )
    return Draft(action="answer", reply=reply, citations=cited, confidence=0.85)


def _listing_cited(
    variants: list[Passage], options: list[str], first_few: int, first: list[Passage] | None = None
) -> list[Citation]:
    """The versions an option listing rests on: ``first``, the first few, and each one whose price it
    quotes (a price in no cited passage is cut by the grounding check)."""
    shown = {v.key: v for v in [*(first or []), *variants[:first_few], *priced_by(variants, options)]}
    return [cite(v) for v in shown.values()]


def _band_held(match: ProductMatch, options: list[str], text: str) -> tuple[str, list[Citation]] | None:
    """The one value of each option asked whose band holds the measure the question gives: "my window
    is 120 cm wide, which width do i pick?" is the Width "36¼–48 in" and its prices."""
    held = variants_in_range(text, match.variants)
    versions = [v for v in match.variants if v.key in held]
    values = {o: {v.options.get(o) for v in versions} for o in options}
    if not versions or any(len(said) != 1 or None in said for said in values.values()):
        return None
    chosen = " and ".join(f"{o} {next(iter(said))}" for o, said in values.items())
    prices = sorted({v.price for v in versions if v.price is not None})
    costs = f": {_span(prices[0], prices[-1], match.product.currency)}" if prices else ""
    return f"For that measure, choose the {match.product.title} in {chosen}{costs}.", [
        cite(v) for v in versions[:12]
    ]


# a yes-or-no question, not one asking which there are
_YES_OR_NO = r"(?i)^\W*(?:do|does|is|are|can|could|will|would)\b(?!.*\b(?:what|which|how)\b)"
# ... for one version: "do the boots come in a wide fit?", "is it available in a half size?"
_ASKS_A_VERSION = re.compile(
    _YES_OR_NO + r".*\b(?:come|comes|available|made|sold|offered)\s+(?:it\s+|them\s+)?in\s+(?:a|an)\b"
)
# ... and the version it names: "does the a5 come in sage green?", "do you have the a5 in pink?"
_VERSION_NAMED = re.compile(
    _YES_OR_NO + r".*\b(?:come|comes|available|made|sold|offered|do|does|have)\s+"
    r"(?:it\s+|them\s+|you\s+)?in\s+(?:an?\s+|the\s+)?([^\W\d_][\w' -]{1,40}?)\s*(?:[?.!]|$)"
)


def _version_not_offered(match: ProductMatch, options: list[str], text: str) -> str | None:
    """The version a yes-or-no question names ("does it come in sage green?") when no value of the
    options listed and nothing the product says has its words: the shopper's words, to say so before
    what there is. None when it is offered, or the question names no version."""
    named = _VERSION_NAMED.search(text)
    # (a size may be asked by another name than its value's: "extra large" and "XL")
    if named is None or any("size" in k.lower() for k in options):
        return None
    phrase = named.group(1).strip()
    asked = set(tokenize(phrase)) - option_kinds(phrase) - set(tokenize(" ".join(options)))
    values = [value_words(value) for k in options for value in _option_values(match, k)]
    own = set(tokenize(product_text(match.product).own_words)) | set(tokenize(match.product.title))
    if not asked or any(asked & value for value in values) or asked & own:
        return None
    return phrase


def _unsayable(match: ProductMatch, options: list[str], text: str) -> str:
    """ "do the touring boots come in a wide fit?" of boots whose only sizes are 39 to 47: words asked of
    an option whose values are all numbers, which neither they nor the product's own words say (a
    width, a half size in words); empty when there are none."""
    values = [value for k in options for value in _option_values(match, k)]
    if not _ASKS_A_VERSION.search(text):  # "what sizes is it sold in?" asks which there are
        return ""
    if not values or not all(re.match(r"[\d.,/ -]+\w{0,3}$", v.strip()) for v in values):
        return ""
    own = set(tokenize(f"{product_text(match.product).own_words} {' '.join(values)} {' '.join(options)}"))
    kinds = option_kinds(text) | set(tokenize(" ".join(options)))
    rest = _rest_of(text, match) - kinds - own
    words = re.findall(r"[^\W\d_]+", text.lower())
    unsaid = [i for i, w in enumerate(words) if set(tokenize(w)) & rest]
    if not unsaid:
        return ""
    end = unsaid[-1] + 1  # with the kind it is asked as: "wide fit", "half sizes"
    end += end < len(words) and bool(set(tokenize(words[end])) & kinds)
    return " ".join(words[unsaid[0] : end])


def _example_option(match: ProductMatch, text: str) -> list[str]:
    """The one option whose values a question asking for options gives as examples ("what kinds of
    pages, lined, grid...?": Ruling), unless it asks for another ("what colours does the medium come
    in?" asks for colours, not sizes); else empty."""
    words = set(tokenize(text))
    names = option_names(match.variants)
    given = [k for k in names if any(value_words(value) <= words for value in _option_values(match, k))]
    asked = options_asked(" ".join(words - set(tokenize(match.product.title))), names)
    return given if len(given) == 1 and set(asked) <= set(given) else []


def _either_option(match: ProductMatch, text: str) -> list[str]:
    """The one option a question offers values of as a choice ("is the chelsea boot leather or suede?",
    "is the drill tool only or does it come with a battery?"): its values answer; else empty."""
    words = set(tokenize(text))
    if not re.search(r"\bor\b", text, re.I) or asks_price(text):
        return []
    names = option_names(match.variants)
    given = [k for k in names if any(value_words(value) <= words for value in _option_values(match, k))]
    return given if len(given) == 1 else []


_PICKED = re.compile(r"(?i)\W*(?:which|what)\b(?!\s+(?:one\s+)?is\s+(?:it|this|that)\b)")
_REFERRING = frozenset({"it", "this", "that", "they", "these", "those", "one", "ones"})
_CHOICE = re.compile(r"((?:[\w'-]+\s+){1,3})or\s+((?:[\w'-]+\s*){1,3})[?.!]*\s*$", re.IGNORECASE)


def _choice_in_name(match: ProductMatch, text: str) -> str | None:
    """ "is the tempest chest zip or back zip?" is answered by its name, the Tempest Chest-Zip Steamer:
    of two like choices, the one its name says and the other it does not."""
    if not (found := _CHOICE.search(text)):
        return None
    second = found.group(2).split()
    before = found.group(1).split()
    # as long as the other, in letters: mending may have joined one ("chestzip or back zip")
    size = "".join(second)
    first = min(
        (before[-n:] for n in range(1, len(before) + 1)), key=lambda w: abs(len("".join(w)) - len(size))
    )
    title = set(tokenize(match.product.title))
    said = [set(tokenize(" ".join(words))) for words in (first, second)]
    said = [words for words in said if words <= title]
    # "chest zip or back zip", not "the vase or will it leak"
    alike = len(second) == 1 or first[-1].endswith(second[-1])
    if len(said) != 1 or first == second or not alike:
        return None
    # the product is named apart from the choice, or by "it", and not picked among others: "which of
    # your blinds have a cord or chain?" asks the catalog, not the Cord Cleat whose name says "cord"
    rest = set(tokenize(text[: found.start()] + " ".join(before[: -len(first)])))
    if not (title & rest - said[0] or rest & _REFERRING) or _PICKED.match(text):
        return None
    # in the name's own writing: "chest zip" (or "chestzip", mended) is its "Chest-Zip"
    own = [word for word in match.product.title.split() if set(tokenize(word)) & said[0]]
    return f"The {match.product.title} is {' '.join(own).lower()}, as its name says."


def _value_said(text: str, value: str) -> bool:
    """Whether the text names this option value whole ("1.5 oz" in "the 1.5oz bottle")."""
    words = value_words(value)
    return bool(words) and words <= set(tokenize(text)) | set(tokenize(amounts_joined(text)))


def _version_lines(lines: list[str], said: set[str], version: Passage) -> list[str]:
    """The description's lines labelled by the option value of the version asked about, in words the
    question says ("Engineering 4-Pack: 250 g each of PETG, ASA ...")."""
    own = {w for value in version.options.values() for w in tokenize(value)}
    return [line.rstrip(".") for line in lines if said & (label := label_words(line)) and label <= own]


def _overview(match: ProductMatch) -> str:
    """A product in a few sentences for a shopper: the shop's own words about it, then its price
    (range); never the indexed passage with its ids and stock counts."""
    words = ". ".join(
        line.rstrip(".") for line in description_lines(product_text(match.product).own_words)[:3]
    )
    prices = sorted({v.price for v in match.variants if v.price is not None})
    price = ""
    if prices:
        price = f" It costs {_span(prices[0], prices[-1], match.product.currency)}."
    text = f"The {match.product.title}: {words.rstrip('.')}." if words else f"The {match.product.title}."
    return text + price


def _without_name(text: str, name: str) -> str:
    """The question with the longest run of the product's name words taken out ("what's the rope dog
    leash made of?" -> "what's the made of?"), so the name does not decide which line is closest."""
    return swap_name(text, name, "", least=2) or text


def _name_as_it(text: str, name: str) -> str:
    """The question with the product's name said as "it": its longest run of name words, and any word
    of the name that is a coinage ("is the sencha organic?" -> "is it organic?"), so a line that says
    the name is not closer for that alone."""
    text = swap_name(text, name, "it", least=2) or text
    own = set(tokenize(name))

    def as_it(found: re.Match[str]) -> str:
        word = found.group(2)
        return "it" if set(tokenize(word)) & own and _coinage(word) else found.group(0)

    return re.sub(r"(?i)\b(?:(the|ur|your|my|this|that)\s+)?([^\W\d_]+)\b", as_it, text)


def _name_tail(text: str, match: ProductMatch) -> set[str]:
    """The word that ends a question right after the product's name, which it belongs to: "how heavy
    is the ember valley box?" asks the weight of the Ember Valley, not what its line "What's in the
    box" says."""
    marked = swap_name(_question_part(text), match.product.title, "\ue001", least=2) or ""
    after = marked.split("\ue001", 1)[1].split() if marked else []
    if len(after) != 1 or not attributes_asked(marked.replace("\ue001", "it").replace(after[0], "")):
        return set()  # "where is the twisted vine ring made?": "made" is what it asks
    if _DOES_NAME.search(marked):
        return set()  # "how many people does the aldgate table seat?": after "does", the verb
    return set(tokenize(after[0]))


def _named_first(matches: list[ProductMatch], context: DraftContext) -> ProductMatch | None:
    """The product the question names most clearly. Of equals: the kind asked "which" of, the amounts asked,
    the one out when a restock is asked, else the first found; then another said after "in"/"of" ("the
    motor in the granite"), or one named by its own word (no dictionary's, no other name's) said before the
    everyday words that name the first: the question's subject ("is the dragonwell organic?" asks about
    the Dragonwell, not the Organic Rooibos)."""
    if not matches:
        return None
    top = max(m.name_match for m in matches)
    # "is the 1kg quarry hill cheddar in stock?": of two names said as clearly, the one whose chosen
    # version or name says more of the amounts asked (the one with a 1kg version); a word is no amount
    # ("is the beacon day vest ok for night work?" is no Day/Night Vest, "which gsm towel?" no 380 GSM one)
    amounts = {
        w
        for w in set(tokenize(context.text)) | set(tokenize(amounts_joined(context.text)))
        if any(c.isdigit() for c in w)
    }
    restock = "restock" in context.understanding.cues  # "when will the 200ah be back?": the one that is out
    # "which tube do i need for 700x28c tyres?": the kind after "which" is the one asked, whatever it fits
    which = {t for m in _WHICH_KIND.finditer(context.text) for t in tokenize(m.group(1))}

    def accounted(match: ProductMatch) -> tuple[bool, int, bool]:
        values = " ".join(value for v in match.chosen for value in v.options.values())
        out = restock and not any(v.available for v in match.chosen or match.variants)
        title = set(tokenize(match.product.title))
        return bool(which & title), len(amounts & (title | set(tokenize(values)))), out

    best = max((m for m in matches if m.name_match == top), key=accounted)
    retriever = context.retriever
    if retriever is None:
        return best
    words = re.findall(r"[^\W\d_]+", context.text)

    def own(word: str) -> bool:
        return _coinage(word) and all(retriever.name_word_products(t) == 1 for t in tokenize(word))

    def naming(match: ProductMatch) -> list[tuple[int, str]]:
        title = set(tokenize(match.product.title))
        return [(i, w) for i, w in enumerate(words) if set(tokenize(w)) & title]

    def holds(part: list[tuple[int, str]], whole: list[tuple[int, str]]) -> bool:
        """ "the motor in the granite": the words between say the first is part of what follows."""
        between = [w.lower() for w in words[part[-1][0] + 1 : whole[0][0]]]
        return bool(between) and between[0] in _HOLDING and set(between) <= _HOLDING | _DETERMINERS

    said = naming(best)
    if not said:
        return best
    for rival in matches:
        named = naming(rival)
        if rival.name_match != best.name_match or not named or {w for _, w in named} & {w for _, w in said}:
            continue
        if holds(said, named) or (
            named[0][0] < said[0][0] and any(own(w) for _, w in named) and not any(own(w) for _, w in said)
        ):
            return rival
    return best


def _named_alike(
    named: ProductMatch, matches: list[ProductMatch], context: DraftContext
) -> list[ProductMatch]:
    """The other products (one or two) the question names exactly as clearly as ``named`` and by the same
    words of their names, no version picked: "the cruiser rollator" of a Cruiser Four-Wheel Rollator and a
    Cruiser Petite Rollator. None when a name is said whole."""
    if not 0.5 <= named.name_match < 1.0 or named.chosen:
        return []
    said = set(tokenize(context.text))
    words = said & set(tokenize(named.product.title))
    alike = [
        m
        for m in matches
        if m is not named
        and m.name_match == named.name_match
        and not m.chosen
        and said & set(tokenize(m.product.title)) == words
    ]
    return alike if len(alike) <= 2 else []


# what is asked of each product named alike, where each one's answer is short: its price, its stock
_ASKED_OF_EACH_ALIKE = frozenset({"product_price", "product_availability"})
# the kind a question asks which of: "which tube ...?" (not "what botanicals are in X?", which asks a fact)
_WHICH_KIND = re.compile(r"\bwhich\s+([a-z][a-z-]+)\b", re.IGNORECASE)
# "the motor in the granite", "the battery on my drone", "the lid of the cooler"
_HOLDING = frozenset({"in", "inside", "on", "of"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that"})


def _coinage(word: str) -> bool:
    """A word no dictionary has ("dragonwell", "Portra"; not "cheeseboard" or "personalised")."""
    word = word.lower()
    return len(word) >= 4 and word not in english_words() and american(word) not in english_words()


def _rest_of(text: str, match: ProductMatch) -> set[str]:
    """What a question about a product asks beyond its name, the option values it names and the
    words of asking ("what chest girth does the X in medium fit?": chest, girth, fit)."""
    named = {w for v in match.chosen for w in tokenize(" ".join(v.options.values()))}
    return kind_words(_without_name(text, match.product.title)) - set(tokenize(match.product.title)) - named


_QUESTION = re.compile(r"[^.!?]*\?")
_DOES_NAME = re.compile(r"\b(?:does|do|did|will|can|could|would)\s+(?:\S+\s+){0,3}?\ue001")
_TERM = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b")


def _asks_yes_or_no(text: str) -> bool:
    """A clause of the message asks yes or no: "my door is drilled for a deadbolt, will it fit?"."""
    return any(shape_rules().phrases["yes_or_no"](part) for part in re.split(r"[,.;:!?]\s*", text))


def _question_part(text: str) -> str:
    """The sentence that asks, when a message also chats ("my old boots fell apart, so annoying!
    do the Granite Peaks have a warranty?"); else the whole message."""
    asked = [q.strip() for q in _QUESTION.findall(text) if q.strip()]
    return asked[-1] if asked else text


def _pages_on_attribute(context: DraftContext, match: ProductMatch) -> DraftContext | None:
    """The context with only the pages headed by what the question asks of a product when shops write a
    guide on it: "how do I look after my oak table?" is for the care guide, not the dining-table sizing
    guide that shares more of its words. None when no such attribute is asked or no page is so headed."""
    # asked beyond the product's name: "is the gentle baby wash vegan?" asks nothing of washing
    asked = [a for a in attributes_asked(_without_name(context.text, match.product.title)) if a.guide]
    labels = [set(tokenize(label)) for a in asked for label in a.labels]
    if not labels:
        return None
    found = context.with_pages(f"{context.text} {asked[0].labels[0]}", first=True)
    pages = [  # a heading says a whole label: "Care guide", not "Size guide" for "between sizes"
        h
        for h in found.hits
        if h.passage.kind == "document"
        and any(label <= set(tokenize(" ".join(h.passage.heading_path))) for label in labels)
    ]
    return context.model_copy(update={"hits": pages}) if pages else None


def _stated_attributes(text: str) -> list[Attribute]:
    """The facts the text asks for that only a sentence saying them in so many words answers."""
    return [a for a in attributes_asked(text) if a.stated]


def _named_by_its_values(named: ProductMatch, context: DraftContext) -> bool:
    """The only words naming the product are values of the one in focus, asked of "it": "can i get it in
    sc1?" of a deadbolt with an SC1 keyway names no Rekey Kit SC1."""
    product, variants, _ = _in_focus(context)
    if product is None or product.key == named.product.key or "refers_back" not in context.understanding.cues:
        return False
    naming = set(tokenize(named.product.title)) & set(tokenize(context.text))
    values = {w for v in variants for value in v.options.values() for w in tokenize(value)}
    return bool(naming) and naming <= values


def _named_by_what_is_asked(named: ProductMatch, context: DraftContext) -> bool:
    """The only words naming the product are the attribute the question asks of the one in focus:
    "whats the max weight?" names no Weighted Utensil Set."""
    rest = set(tokenize(without_attribute_words(context.text)))
    return bool(attributes_asked(context.text)) and not set(tokenize(named.product.title)) & rest


def _inside_longer_values(chosen: list[Passage], said: set[str]) -> list[Passage]:
    """Of the versions named, not one whose value said whole is inside another's said whole: "california
    king" names the California King, not the King ("twin lever or bench" names both)."""
    wholes = {
        v.key: [words for value in v.options.values() if (words := set(value_words(value))) and words <= said]
        for v in chosen
    }
    return [
        v
        for v in chosen
        if not any(
            mine < theirs
            for mine in wholes[v.key]
            for other in chosen
            if other is not v
            for theirs in wholes[other.key]
        )
    ]


def _named_by_kind_only(match: ProductMatch, context: DraftContext) -> bool:
    """Every word the question says of the product's name says the kind of other products too (their
    names, categories or tags): "heated towel rail" of the Skipton Heated Towel Rail, beside a Bedale
    Curved Towel Rail in Heated Towel Rails."""
    said = set(name_tokens(match.product.title)) & set(tokenize(context.text))
    if context.retriever is None or not said:
        return False
    others = [f.kind_words for f in catalog_families(context.retriever) if f.product.key != match.product.key]
    return all(any(t in words for words in others) for t in said)


def _value_said_whole(variant: Passage, said: set[str], retriever: Retriever) -> bool:
    """One of the version's option values, of two words or more, is said whole, and is no product's
    name ("Battery installation", "5 L"; not a Compatible Printer "Forge One", the Forge One's name) nor
    a value other products are sold in too (every mattress's "California King"). An amount ("5 L")
    names no product, whatever names its words are in."""
    return any(
        len(words := set(tokens := tokenize(BRACKETED.sub("", value)))) >= 2
        and words <= said
        and (
            (
                any(retriever.name_word_products(w) == 0 for w in words)
                and retriever.option_value_products(" ".join(tokens[:2])) <= 1
            )
            or all(measure_word(w) or w.replace(".", "").isdigit() for w in words)
        )
        for value in variant.options.values()
    )


_OPTIONS_SAID = re.compile(r"(?i)\b(?:options|choices|versions|variants)\b")
_TWO_NAMED = re.compile(r"(?i)\b(?:or|and|vs\.?|versus)\b")


def _held_each(question: str, held: ProductMatch, matches: list[ProductMatch]) -> Draft | None:
    """The shopper's measure held against the product's line for it; when the question names a second
    product as clearly ("which target can handle a 60 lb compound, the A or the B?"), against that
    one's too, so the reply says which of them fits."""
    first = held_to_its_lines(question, held.product, held.variants, held.chosen)
    if first is None or held.name_match < 0.75 or not _TWO_NAMED.search(question):
        return first
    other = next(
        (m for m in matches if m.name_match >= 0.75 and m.product.key != held.product.key),
        None,
    )
    second = held_to_its_lines(question, other.product, other.variants, other.chosen) if other else None
    if second is None:
        return first
    return first.model_copy(
        update={"reply": f"{first.reply} {second.reply}", "citations": first.citations + second.citations}
    )


def _asks_own_fact(context: DraftContext, match: ProductMatch) -> bool:
    """The question asks a fact of the product itself (its battery, where it is made, how heavy it is),
    which a page answers only by naming the product: "batteries are not covered" on the warranty page is
    no answer to "what battery does the X take?", so the reply says the shop's information does not say.
    Not when the shop's terms are asked ("is its battery covered by the warranty?") or the product comes
    in versions of it ("what length patch cable for two pedals?" is a guide's advice)."""
    as_it = swap_name(context.text, match.product.title, "it", least=2) or context.text
    own = [a for a in attributes_asked(as_it) if a.own]
    if "policy_topic" in context.understanding.cues or not own:
        return False
    option_words = set(tokenize(" ".join(option_names(match.variants))))
    return not any(option_words & set(tokenize(" ".join(a.labels))) for a in own)


def _not_listed(items: str, thing: AskedThing | None, citations: list[Citation]) -> Draft:
    """ "Does it come with a pot?" of a product whose list of contents has none: the list, and that the
    thing asked for is not on it."""
    missing = join_words(thing.words, "or") if thing else "thing"
    return Draft(
        action="answer",
        reply=f"{items} Our information doesn't say it comes with a {missing}, so I can't promise one.",
        citations=citations,
        confidence=0.6,
    )


def _contents(text: str, attributes: list[Attribute]) -> bool:
    """The text is a list of what comes with a product ("What's in the box: ..."), by its label."""
    return any(says(line, a.labels) for a in attributes if a.listed for line in description_lines(text))


def _comes_with(text: str, match: ProductMatch) -> bool:
    """The message asks whether "it" comes with (includes, has) a thing that names this product: the
    thing is asked of the product in focus."""
    thing = asked_thing(text)
    words = set(tokenize(" ".join(thing.words))) if thing and thing.included else set()
    return bool(words & set(tokenize(match.product.title))) and "refers_back" in cues_in(text)


# a description's line on when what is sold ahead is sent: "Release date: March 12, 2027", "Pre-order:
# Dispatch or collection from 21 September 2027"
_SHIPS_WHEN = re.compile(
    r"(?i)\b(?:releas\w*|pre-?order\w*|dispatch\w*|ships?\s+from|shipping\s+from|available\s+from)\b"
)
# a table's column of when things come: "Dispatch and delivery", "Ships", "Lead time", "Made in (days)"
_SENT_WHEN = re.compile(
    r"(?i)\b(?:dispatch\w*|ship\w*|deliver\w*|lead|made|ready|arriv\w*|sent|turnaround)\b"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED = re.compile(rf"(?i)\b\d{{1,2}}\s+{_MONTH}|\b{_MONTH}\s+\d{{1,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b")


def _when_it_ships(match: ProductMatch, version: Passage) -> str | None:
    """The version's own note with a date ("Back-ordered: next shipment due 15 January 2027."), else
    the first sentence of the product's description that says when it is released or sent, with a
    date: what a platform with no such field (WooCommerce) writes there."""
    if noted := _dated_note(version):
        return noted
    lines = sentences(product_text(match.product).own_words)
    return next((t for t in lines if _SHIPS_WHEN.search(t) and _DATED.search(t)), None)


def _with_the_product_it_names(draft: Draft, context: DraftContext) -> Draft:
    """A page's answer that names one product whole besides those the question names ("Tray to use:
    Malham Slate-Effect Shower Tray 1200 x 900 mm" for "which tray goes with the hale enclosure?") cites
    it too, so "how much is that in white?" goes on with that product."""
    if draft.action != "answer" or context.retriever is None or not draft.citations:
        return draft
    if any(c.kind != "passage" or not c.id.startswith("doc:") for c in draft.citations):
        return draft
    asked = set(tokenize(context.text))
    named = {
        product.key: product
        for name in context.retriever.names_in(draft.reply)
        for product in context.retriever.names_with(set(name))
        if set(tokenize(product.title)) == name
        and product.title.lower() in draft.reply.lower()  # said whole, not its words apart
        and share_named(product.title, asked) < 0.5
    }
    if len(named) != 1:
        return draft
    (product,) = named.values()
    return draft.model_copy(update={"citations": [*draft.citations, cite(product)]})


def _measure_not_offered(
    context: DraftContext, match: ProductMatch, *, beyond: bool = False
) -> tuple[str, list[Citation]] | None:
    """A measure the shopper gives that no version of the product comes in ("i have a 70cm oven, do you
    have a door seal for it?" of seals for 60 and 90 cm ovens): that said, with the page's sentence that
    names that measure and the product ("We don't stock seals for 70 cm or 75 cm ovens; our Part Finding
    Service can source one."). None when a version comes in it, or no version is measured so; with
    ``beyond``, also when the measure is not more than the largest version's."""
    rules = grammar()
    for measure in rules.measurements_in(context.text):
        sizes = {
            a.value * a.unit.per: value
            for v in match.variants
            for value in v.options.values()
            for a in rules.amounts_in_line(value)
            if a.unit.dimension == measure.unit.dimension
            # (past the largest only of a product made in bands, "96¼–120 in": a "4 m room" or a "190 cm"
            # shopper is no size a rug or a desk comes in)
            and not (beyond and value_range(value) is None)
        }
        size = measure.value * measure.unit.per
        if not sizes or any(abs(size - s) <= 0.01 * s for s in sizes):
            continue
        if beyond and size <= max(sizes):
            continue
        said = f"I can't find the {match.product.title} in {measure.text}"
        # "an everyday roller blind 130 in wide?" of widths up to "96¼–120 in": the largest there is
        said += f": the largest is {sizes[max(sizes)]}." if size > max(sizes) else "."
        if context.retriever is None:
            return said, []
        named = set(tokenize(match.product.title))
        hits = context.retriever.search(
            f"{match.product.title} {measure.text}", 5, filters=SearchFilters(kinds=["document"])
        )
        for hit in hits:
            for sentence in sentences(body_of(hit.passage)):
                amounts = rules.amounts_in_line(sentence)
                if any(abs(a.value * a.unit.per - size) <= 0.01 * size for a in amounts) and named & set(
                    tokenize(sentence)
                ):
                    return f"{said} {sentence}", [cite(hit.passage)]
        return said, []
    return None


def _lead_time(context: DraftContext, product: Passage) -> tuple[str, Passage] | None:
    """A page's table row for the product, by its whole name, that says a time: a special order's
    "Grassington cast iron roll top bath (special order): 8 to 10 weeks" on the delivery page."""
    if context.retriever is None:
        return None
    duration = next(s for s in shape_rules().shapes if s.name == "duration")
    pages = context.retriever.search(
        f"{product.title} lead time", 5, filters=SearchFilters(kinds=["document"])
    )
    for hit in pages:
        for row in table_rows(body_of(hit.passage)):
            named = set(tokenize(first_cell(row)))
            # (a row of when it comes, not of how long its warranty runs: "Warranty: 1 year")
            sent = any(_SENT_WHEN.search(header) for header, _ in row_cells(row)[1:])
            if sent and share_named(product.title, named) == 1.0 and duration.answered(row):
                return row, hit.passage
    return None


def _ended(reply: str) -> str:
    """A reply of spec lines ended as a sentence: "Combi boiler: Yes.", "... Handing: Reversible."."""
    return reply if reply.endswith((".", "!", "?")) else f"{reply}."


def _dated_note(version: Passage) -> str | None:
    """The first sentence of a version's own note that gives a date."""
    return next((t for t in sentences(version.note or "") if _DATED.search(t)), None)


def _first_dated(variants: list[Passage]) -> tuple[datetime, Passage] | None:
    """Of versions not available yet, the first to be and its date (a release or restock in its record)."""
    return min(
        ((v.available_from, v) for v in variants if v.available_from),
        key=lambda d: (d[0], d[1].key),
        default=None,
    )


def _no_number_for(question: str, reply: str) -> bool:
    """The question asks a number (``_asks_a_number``) and the reply gives none, or asks how long and the
    reply gives no time ("how many hours does it run on a set of batteries?" and "Batteries: 3 x AAA")."""
    if not _asks_a_number(question):
        return False
    if not re.search(r"\d", reply):
        return True
    # "how many minutes of run time?" is a time, not "Top speed: 60+ mph"
    counted = (grammar().line_by_word.get(found.group(1).lower()) for found in _HOW_MANY.finditer(question))
    unit = next((u for u in counted if u is not None), None)
    if unit is not None and not any(
        m.unit.dimension == unit.dimension for m in grammar().amounts_in_line(reply)
    ):
        return True
    # "how long is the olympic barbell?" asks a length ("Length: 2.2 m"), not a time; "how long is the
    # sale on for?" is answered by the day it ends
    how_long = _asks_how_long(question)
    if how_long is None or any(a.name == "dimensions" for a in attributes_asked(question)):
        return False
    return not how_long.answered(reply) and not _DATED.search(reply)


def _asks_how_long(question: str) -> Shape | None:
    """The duration shape, when the question asks how long something lasts or takes (not when)."""
    shape = answered_by(question)
    asks = shape is not None and shape.name == "duration" and "when" not in question.lower().split()
    return shape if asks else None


def _asks_a_number(question: str) -> bool:
    """The question asks how long something lasts or takes, for a measure in a unit it names ("what
    size are the burrs, in mm?") or for a measure only a number gives ("what water temp?"): a line
    with no number in it does not answer ("how much caffeine?" and "Caffeine: low" does; so does
    "Flowering: July" for "when does it flower?")."""
    rules = grammar()
    if _asks_how_long(question) is not None or rules.unit_named(question) is not None:
        return True
    return bool(rules.measure_asked.search(question))


_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+([^\W\d_]+)")


def _names_thing(thing: AskedThing | None, reply: str) -> bool:
    """The reply names the thing the question asks for (``asked_thing``: "what clarity are the
    diamonds?" is not answered by "Stone: 0.50ct round diamonds") by its word. True when no one thing
    is asked, or an attribute ("what fabric?", "what weight?") whose own reading answers."""
    if thing is None:
        return True
    # an attribute ("what weight is the paper?") is its own reading's to answer ("160 gsm paper"),
    # but "does it come with a battery?" asks for a battery, not what its battery is
    if not thing.included and any(attributes_asked(word) for word in thing.words):
        return True
    return bool(set(tokenize(" ".join(thing.said))) & set(tokenize(reply)))


def _options_of_several(
    context: DraftContext, match: ProductMatch, matches: list[ProductMatch]
) -> Draft | None:
    """The options of each product the question names by the same words ("the gloves" of two
    gloves), when it asks for options and names no version: none is meant more than the others."""
    if match.chosen or match.name_match >= 0.75:
        return None
    asked = set(tokenize(context.text))
    said = set(tokenize(match.product.title)) & asked
    same = [
        m for m in matches if said and m.name_match < 0.75 and set(tokenize(m.product.title)) & asked == said
    ]
    if len(same) < 2 or not all(option_names(m.variants) for m in same):
        return None
    parts = [f"The {m.product.title}: {listing(m.variants, option_names(m.variants))}." for m in same[:3]]
    return Draft(
        action="answer",
        reply=" ".join(parts),
        citations=[
            c
            for m in same[:3]
            for c in (cite(m.product), *_listing_cited(m.variants, option_names(m.variants), 8))
        ],
        confidence=0.75,
    )


def _allergen_listed(question: str, lines: list[str]) -> tuple[str, str] | None:
    """The ingredient of the allergen family the question asks about, from the description's ingredient
    line, and the family's name; None when there is no such line or it lists none (never "it's safe")."""
    ingredients = attribute_named("ingredients")
    labels = ingredients.labels if ingredients is not None else []
    for line in lines:
        if says(line, labels) and (found := ingredient_of_family_asked(question, line.partition(":")[2])):
            return found
    return None


def _options_by_another_word(question: str, asked_words: set[str]) -> bool:
    """Options asked for by a word no option family has ("what binding options are there?")."""
    return asks_any_option(question) and not option_kinds(" ".join(asked_words))


def _says_own_fact(context: DraftContext, match: ProductMatch, draft: Draft) -> bool:
    """A page's reply that uses a word of a phrase the fact asked is labelled by ("made" of "made in")
    says the phrase itself ("Made in Italy"), not the word in another sense ("helmets made from 2019 to
    2021" for where a helmet is made)."""
    as_it = swap_name(context.text, match.product.title, "it", least=2) or context.text
    phrases = [label for a in attributes_asked(as_it) if a.own for label in a.labels if " " in label]
    # (a word said beside the same word as the question says it is in its sense: "contain nuts?" and
    # "none of our polishes contain nuts", though "contain" is a word of "may contain")
    asked_pairs = set(itertools.pairwise(tokenize(context.text)))
    in_its_sense = {
        w for pair in itertools.pairwise(tokenize(draft.reply)) if pair in asked_pairs for w in pair
    }
    used = set(tokenize(" ".join(phrases))) & set(tokenize(draft.reply)) - in_its_sense
    return not used or any(re.search(_phrase(label), draft.reply) for label in phrases)


def _phrase(words: str) -> str:
    """The words in a row, whatever the spaces or hyphens between them and their case ("Gluten-free")."""
    return r"(?i)\b" + r"[\s-]+".join(map(re.escape, words.split())) + r"\b"


def _names_product(draft: Draft, match: ProductMatch) -> bool:
    title = set(tokenize(match.product.title))
    return len(title & set(tokenize(draft.reply))) >= max(1, len(title) - 1)


# a line that sends the reader to a page ("See Classes & Services for ages, what to bring and cancellations.")
_POINTS_TO_PAGE = re.compile(
    r"(?i)^\W*(?:see|check|visit|read)\s+(?:our\s+|the\s+)?(?P<page>[\w&' -]{3,40}?)(?:\s+page)?"
    r"\s+(?:for|about)\b"
)


def _leaves_unsaid(text: str, title: str, attributes: list[Attribute], lines: list[str]) -> bool:
    """A yes-or-no question of a part of the product that a line is labelled by, said right after the
    product's name ("is the zebra shade fabric fire retardant?"), whose words after it (beyond the
    attribute's own words and the values it knows: wool, of "made of wool?") the line says none of:
    "Fabric: 100% polyester" names the fabric, and says nothing of fire."""
    question = _question_part(text)  # "... contain nuts? my son has an allergy": what it asks
    if not shape_rules().phrases["yes_or_no"](question):
        return False
    marked = swap_name(question, title, "\ue001", least=2) or ""
    after = marked.partition("\ue001")[2].split()
    known = {t for a in attributes for phrase in attribute_phrases(a, question) for t in tokenize(phrase)}
    known |= {t for a in attributes for value in a.values for t in tokenize(value)}
    said = {t for line in lines for t in tokenize(line)}
    said |= kin_of(said)
    for label in (label_words(line) for line in lines):
        for k in range(1, min(3, len(after)) + 1):
            # (the label's words, or some of them: "is it fire rated?" and "Check your local fire code
            # first: ..." names a fire code, and says nothing of a rating)
            if label and (said_after := set(tokenize(" ".join(after[:k])))) and said_after <= label:
                predicate = set(tokenize(" ".join(after[k:]))) - known - label - light_verbs()
                # (a word said short is said: "need an amp?" and "Amplifier needed: Yes")
                return bool(predicate) and not any(
                    p == w or (min(len(p), len(w)) >= 3 and (w.startswith(p) or p.startswith(w)))
                    for p in predicate
                    for w in said
                )
    return False


def _answers_rest(context: DraftContext, match: ProductMatch, draft: Draft) -> bool:
    """A reply from the shop's pages answers a question about a product only when it uses at least
    half of what the question asks beyond the product's name, or says it in other words (by
    meaning, as close as a description line must be: "how long does shipping take for X?" and "We
    ship every order within 2 business days" 0.70; "is X ok in saltwater?" and "Always unplug
    heaters before putting your hands in the tank" 0.31). A term in capitals the shop never uses
    ("is its finish PFAS-free?") is asked of no page."""
    if context.retriever is None:
        return True
    question = _question_part(context.text)
    terms = [t for t in _TERM.findall(question) if not set(tokenize(t)) & set(tokenize(match.product.title))]
    if not question.isupper() and any(context.retriever.unknown_share(t) > 0.0 for t in terms):
        return False
    if _about_another_product(context.retriever, match, draft, question):
        return False
    option_words = set(tokenize(" ".join(option_names(match.variants))))  # "Pot Size" is not asked of a page
    rest = _rest_of(question, match) - option_words - light_verbs()
    shape = answered_by(question)
    if shape is not None and shape.answered(draft.reply):  # "how long does it take?" and "7-10 days"
        rest -= shape.asked_with
    said = set(tokenize(draft.reply))
    # and the kin of what its page is headed: "a warranty on X?" and a row under "Our guarantees"
    cited = context.retriever.cited(draft.citations)
    headed = {t for p in cited for t in tokenize(" ".join(p.heading_path))}
    said |= kin_of(headed) - headed
    # and a section headed by what the question names ("can a gift voucher be used for a sweep?" and the
    # FAQ's "Gift vouchers": "They can be used ... for our services") speaks of it
    for page in cited:
        if page.heading_path and (own := set(tokenize(page.heading_path[-1]))) <= set(tokenize(question)):
            said |= own
    said |= kin_of(said)  # "what can i make with it?" and "Suitable projects: blouses"
    place, regions = named_places(question)
    if any(region <= said for region in regions):
        said |= place  # "to guernsey?" is answered by what the page says of the Channel Islands
    # "the seat depth on X?" is not answered by a sentence on seat width: the measure asked is said
    if (measured := rest & measure_words()) and not measured & said:
        return False
    if not rest or len(rest & said) / len(rest) >= 0.5:
        return True
    unmeasured = grammar().measurement.sub(" ", _without_name(question, match.product.title))  # not "10 L"
    asked = " ".join(w for w in unmeasured.split() if not set(tokenize(w)) & option_words)
    vectors = context.retriever.index.embed([asked, draft.reply])
    return float(vectors[1] @ vectors[0]) >= _SAYS_IT


def _cited_headings(retriever: Retriever, draft: Draft) -> str:
    return " ".join(" ".join(p.heading_path) for p in retriever.cited(draft.citations))


def _page_about(retriever: Retriever | None, match: ProductMatch, draft: Draft) -> bool:
    """A page the reply cites is headed by this product's name."""
    if retriever is None:
        return False
    title = set(tokenize(match.product.title))
    return any(name <= title for name in retriever.names_in(_cited_headings(retriever, draft), share=0.6))


def _rows_of_other_kinds(context: DraftContext, match: ProductMatch, draft: Draft) -> bool:
    """A reply of a page's table rows, each for a kind of product the shop sells other than this one's
    and the question does not name: "warranty on the canvas apron?" is not answered by "Product: Knives;
    Warranty: Lifetime" and "Product: Cutting boards; ..." ("is the 550w psu enough for a 5070 ti?" is, by
    the 5070 Ti's row)."""
    retriever = context.retriever
    if retriever is None:
        return False
    text = product_text(match.product)
    own = with_heads(tokenize(f"{text.header} {text.tags} {context.text}"))
    firsts = [first_cell(s) for s in sentences(draft.reply) if "; " in s]
    kinds = [with_heads(tokenize(BRACKETED.sub("", f))) for f in firsts if f]  # "Knives (all brands)"
    return bool(kinds) and all(
        any(retriever.name_word_products(w) > 0 for w in kind) and not kind & own for kind in kinds
    )


def _about_another_product(retriever: Retriever, match: ProductMatch, draft: Draft, question: str) -> bool:
    """The pages a reply cites are headed by another product's name and by none of this one's words:
    "How do I wash fleece cage liners?" does not say how to wash the Donut Dog Bed. Not a product the
    question names too: "can a gift voucher be used for a chimney sweep?" and the FAQ's "Gift vouchers"."""
    text = product_text(match.product)
    own = set(tokenize(f"{text.header} {text.tags}"))
    headings = _cited_headings(retriever, draft)
    asked = set(tokenize(question))
    others = [
        name
        for name in retriever.names_in(headings, share=0.6)
        if not name <= own and 5 * len(name & asked) < 3 * len(name)  # (named by the question as by the page)
    ]
    return bool(others) and not set(tokenize(headings)) & own


def _priced_alike(variants: list[Passage]) -> bool:
    """Every version has one price, and one sale with it if any: said once for all of them."""
    return len({price_text(v) for v in variants}) == 1


def _sale_of(match: ProductMatch, citations: list[Citation], today: date) -> Draft:
    pool = match.chosen or match.variants
    reduced = [v for v in pool if v.was_price is not None and v.price is not None]
    name = match.product.title
    own = own_sale_words(match.product, today)
    if not reduced:
        return Draft(
            action="answer",
            reply=f"No, the {name} isn't on sale right now{costs_text(pool)}.{sale_to_come(pool) or own}",
            citations=citations + [cite(v) for v in pool[:6]],
            confidence=0.8,
        )
    if len(reduced) == len(pool) and _priced_alike(pool):
        each = [f"{price_text(reduced[0], sale_said=True)}{' in every version' if len(pool) > 1 else ''}"]
    else:
        each = [f"{describe(v)} {price_text(v, sale_said=True)}".strip() for v in reduced[:6]]
    return Draft(
        action="answer",
        reply=f"Yes, the {name} is on sale: {'; '.join(each)}.{own}",
        citations=citations + [cite(v) for v in reduced[:6]],
        confidence=0.85,
    )


def _option_name_words(text: str, variants: list[Passage]) -> set[str]:
    """The question's words that name an option rather than one of its values: "firmness options?"
    asks for every Fill Firmness, not the "Firm" one its stem matches ("a firm pillow" still does);
    "which rooms?" asks for every Pattern when most of them are rooms ("Bedroom", "Living Room"), not
    the "Living Room" one."""
    said = {w.lower() for w in re.findall(r"[^\W_]+", text)}
    names = {w.lower() for v in variants for name in v.options for w in name.split()}
    values = {w.lower() for v in variants for value in v.options.values() for w in value.split()}
    plural = {t for w in said if len(w) > 3 and w.endswith("s") for t in tokenize(w)}
    kinds = {t for t in plural if options_by_values(t, variants)}
    return {t for w in (said & names) - values for t in tokenize(w)} | kinds


def _name_and_code(product: Passage) -> set[str]:
    """The words of a product's name and of its ids: "an AL80 with a DIN valve" names the TDC-AL80."""
    return set(tokenize(product.title)) | set(tokenize(" ".join(product.identifiers)))


def _name_run(said: list[str], name: set[str]) -> range:
    """The longest run of the question's words that are all words of one name."""
    best, start = range(0), 0
    for end, word in enumerate([*said, ""]):
        if word not in name:
            if end - start > len(best):
                best = range(start, end)
            start = end + 1
    return best


def _said_whole(found: list[ProductMatch], wanted: set[str]) -> list[ProductMatch]:
    """ "footprint for the kahu 2p?" names the Tent Footprint that fits the Kahu 2P, not the tent: a
    product whose name and named version say every word another's name says, and more, is the one
    named (it takes the better name match of the two)."""

    def said(match: ProductMatch) -> set[str]:
        values = " ".join(value for v in match.chosen for value in v.options.values())
        return wanted & (_name_and_code(match.product) | set(tokenize(values)))

    ranked = list(found)
    for i, match in enumerate(ranked):
        for j, other in enumerate(ranked):
            if match.name_match >= 0.5 and other.name_match > match.name_match and said(other) < said(match):
                ranked[i] = match.model_copy(update={"name_match": other.name_match})
                ranked[j] = other.model_copy(update={"name_match": match.name_match})
    return ranked


def _limits_said(text: str, retriever: Retriever) -> set[str]:
    """The limit words a question says only as limits, before what they limit and after no word of a
    name: "max nozzle temp on the v3?" asks a maximum, where "the v3 max" and "is the max in stock?" name
    a product."""
    limits = {w for w in grammar().data.limit_asked if " " not in w}
    words = re.findall(r"[^\W_]+", text.lower())
    uses: dict[str, list[bool]] = {}
    for i, word in enumerate(words):
        if word in limits:
            after = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i > 0 else ""
            named_before = bool(before) and retriever.name_word_products(before) > 0
            uses.setdefault(word, []).append(bool(tokenize(after)) and not named_before)
    return {w for w, limited in uses.items() if all(limited)}


def _shorter_name_meant(found: list[ProductMatch], said: list[str]) -> list[ProductMatch]:
    """ "the black friday price on the voxelcraft v3" names the Voxelcraft V3 FDM 3D Printer, not the
    Voxelcraft V3 Max FDM 3D Printer: two names said by the same run of words in a row, one of whose
    words are all the other's, and the other adds a word not said ("Max"): the shorter is meant."""
    runs = {m.product.key: _name_run(said, _name_and_code(m.product)) for m in found}
    ranked = list(found)
    for i, short in enumerate(found):
        run = runs[short.product.key]
        words = {said[k] for k in run}
        if len(run) < 2 or short.name_match >= 0.5:
            continue
        name = set(tokenize(short.product.title))
        longer = [
            o
            for o in found
            if o is not short
            and {said[k] for k in runs[o.product.key]} == words
            and name < (other := set(tokenize(o.product.title)))
            and not (other - name) & set(said)
        ]
        if longer and all(o.name_match < 0.5 for o in longer):
            ranked[i] = short.model_copy(update={"name_match": 0.5})
    return ranked


def _inside_longer_names(found: list[ProductMatch], said: list[str]) -> list[ProductMatch]:
    """ "the clockwork fox box set" names the box set, not the book whose whole name it holds: a name
    said only inside a longer run of another name's words is not named, unless the words around it
    are its own options ("the large tent" and the Large Tent Bag)."""
    runs = {m.product.key: _name_run(said, _name_and_code(m.product)) for m in found}
    kept: list[ProductMatch] = []
    for match in found:
        run = runs[match.product.key]
        options = {w for v in match.variants for w in tokenize(" ".join(v.options.values()))}
        inside = any(
            len(runs[o.product.key]) > len(run) > 0
            and run.start >= runs[o.product.key].start
            and run.stop <= runs[o.product.key].stop
            and o.name_match >= 0.5
            and not {said[i] for i in runs[o.product.key]} - {said[i] for i in run} <= options
            for o in found
            if o is not match
        )
        kept.append(match.model_copy(update={"name_match": 0.25}) if inside else match)
    return kept


def _prices_by_option(variants: list[Passage]) -> str | None:
    """The price of each value of the one option that alone sets it, when it has a few: "the chair:
    Standard wheelchair $35.00, Transport chair $30.00, Bariatric wheelchair $60.00", so "how much to
    rent a wheelchair?" hears the price of each chair, not only the lowest and highest."""
    for option in option_names(variants):
        by_value: dict[str, set[str]] = {}
        for v in variants:
            if v.price is not None and option in v.options:
                by_value.setdefault(v.options[option], set()).add(price_text(v))
        priced = {value: next(iter(texts)) for value, texts in by_value.items() if len(texts) == 1}
        if len(priced) == len(by_value) and 1 < len(priced) <= 6 and len(set(priced.values())) > 1:
            return f"the {option.lower()}: " + ", ".join(f"{value} {text}" for value, text in priced.items())
    return None


def _span(low: float, high: float, currency: str | None) -> str:
    """A price, or the range of a product's prices ("from £55.00 to £68.00"), in the shop's currency."""
    return money(low, currency) if low == high else f"from {money(low, currency)} to {money(high, currency)}"


def _doesnt_say(on: str = "", citations: list[Citation] | None = None) -> Draft:
    """The shop's information does not say (``on`` the product asked about): a person is offered."""
    not_said = f"Our information {on}doesn't say, and I'd rather not guess"
    return Draft(
        action="answer",
        reply=f"{not_said}. I can ask a member of our team to find out for you.",
        citations=citations or [],
        confidence=0.2,
        unknown=not_said,
    )


def _with_how_it_is_sold(draft: Draft, context: DraftContext) -> Draft:
    """A price or stock answer on a product the shop sells only one way says so: "how much is the museum
    release syrah?" hears its price and "In store only: this wine is not available for delivery ...",
    since whoever asks its price means to buy it; and "can you deliver it?" is answered by that sentence
    where the product's lines said nothing of it."""
    intent = context.understanding.intent
    sending = asks_to_send(context.text)
    if draft.action != "answer" or context.retriever is None:
        return draft
    if intent not in ("product_price", "product_availability") and not sending:
        return draft
    sold_one_way = shape_rules().phrases["sold_one_way"]
    cited = [p for p in context.retriever.cited(draft.citations) if p.kind == "product"][:1]
    said = [t for p in cited for t in sentences(product_text(p).own_words) if sold_one_way(t)]
    told = set(tokenize(draft.reply))
    unsaid = [t for t in said if not set(tokenize(t)) <= told]
    if not unsaid:
        return draft
    if sending and draft.confidence < 0.5:
        return Draft(action="answer", reply=unsaid[0], citations=[cite(cited[0])], confidence=0.8)
    return draft.model_copy(update={"reply": f"{draft.reply} {unsaid[0]}"})


def _own_restock_words(product: Passage) -> list[str]:
    """The product's own sentences on restocking ("Discontinued: replaced by ...; we will not be
    restocking it.")."""
    return [t for t in sentences(product_text(product).own_words) if "restock" in cues_in(t)]


class OfflineDrafter:
    name = "offline"

    def draft(self, context: DraftContext) -> Draft:
        draft = self._calibrated(_unless_withdrawn(self._draft(context), context), context)
        draft = _with_how_it_is_sold(draft, context)
        draft = _with_the_product_it_names(draft, context)
        # a title that begins with its own article: "the The Clockwork Fox" reads "The Clockwork Fox"
        draft = draft.model_copy(update={"reply": _DOUBLED_ARTICLE.sub("The ", draft.reply)})
        if draft.action != "answer" or draft.suggestions:
            return draft
        return draft.model_copy(update={"suggestions": self._suggestions(draft, context)})

    @staticmethod
    def _calibrated(draft: Draft, context: DraftContext) -> Draft:
        """Product answers lose confidence by the share of the question's words the shop's knowledge
        never uses: "do you sell packrafts?" is not answered by the nearest product, nor "do you have a
        loyalty card?" by the gift card its "card" names."""
        from_records = any(c.kind != "passage" for c in draft.citations)
        if draft.action != "answer" or from_records or context.retriever is None:
            return draft
        if context.understanding.intent not in PRODUCT_INTENTS - _CATALOG_WIDE:
            return draft  # policy answers weigh their coverage; catalog-wide ones name no product
        # a place is nothing the shop sells ("ship to portugal?"), nor a measure's unit ("the 41 inch" of
        # a Length 41"), and a word's kin says it too
        rest = grammar().measurement.sub(" ", places().pattern.sub(" ", context.text))
        kin = shape_rules().kin
        unknown = context.retriever.unknown_share(rest, kin)
        if unknown == 0.0:
            return draft
        confidence = round(draft.confidence * (1 - 0.8 * unknown), 2)
        if confidence < _UNSURE and context.understanding.intent in _SOLD_ASKED:
            unheard = [  # "how much is the aurora moonphase?": words no product, page or record uses
                w
                for w in re.findall(r"[^\W\d_]{4,}", rest)
                if context.retriever.unknown_share(w, kin) > 0 and not in_common_use(w.lower())
            ]
            named = any(  # "when will the dog collar X-Large get restocked?" names the collar
                share_named(c.title or "", set(tokenize(rest))) >= 0.5 for c in draft.citations if c.title
            )
            if unheard and not named:
                return _not_found(" ".join(unheard[:4]), confidence)
        # "do you have a loyalty card?" is not answered by the Gift Card its "card" names (a page's answer,
        # "we don't sell ... oils" for "engine oil?", stands)
        products = [c for c in draft.citations if c.id.startswith(("product:", "variant:"))]
        titled = set(tokenize(" ".join(c.title or "" for c in products)))
        if (
            products
            and not _offered_thing(context.text).startswith("the ")
            and _unsaid_thing(context, titled, everyday_words=True)
        ):
            return _offer_unsaid()
        return draft.model_copy(update={"confidence": confidence})

    def _suggestions(self, draft: Draft, context: DraftContext) -> list[str]:
        """Alternative replies an agent can pick: a shorter one, answers from other passages, a hand-over."""
        options: list[str] = []
        first = draft.reply.split(". ")[0].rstrip(".") + "."
        if first != draft.reply:
            options.append(first)
        cited = {c.id for c in draft.citations}
        others = [
            (h.passage, h.similarity or 0.0)
            for h in context.hits
            if h.passage.kind == "document" and h.passage.key not in cited
        ]
        for passage, prior in others[:3]:
            sentences, coverage = best_sentences(context.text, [(passage, prior)], limit=1)
            if sentences and coverage >= 0.5 and len(options) < 2:
                options.append(sentences[0][0])
        options.append("Let me check this with a colleague and come back to you shortly.")
        return options[:3]

    def _draft(self, context: DraftContext) -> Draft:
        # an email address says who is asking, not what about: the reply is the same whoever x@y is
        # (a model is sent it redacted, "[email]", by the LLM drafter)
        context = context.model_copy(update={"text": EMAIL.sub(" ", context.text)})
        decided = decided_by_code(context)
        if decided is not None:
            return decided
        u = context.understanding
        if u.intent == "greeting":
            return Draft(
                action="answer", reply=f"Hi! How can I help you with {context.shop} today?", confidence=0.9
            )
        if u.intent == "thanks":
            return Draft(
                action="answer", reply="You're welcome! Anything else I can help with?", confidence=0.9
            )
        if u.intent == "about_bot":
            return Draft(
                action="answer",
                reply=f"I'm {context.shop}'s virtual assistant. I can help with products, orders and "
                "policies, and I can pass you to a member of our team whenever you like.",
                confidence=0.9,
            )
        if u.intent == "account_details":
            return on_file(context)
        if about_orders(context):
            return self._order(context)
        if (not_sold := _not_offered(context) or _unsold_named(context)) is not None:
            return not_sold
        if (meaning := _meaning_of(context)) is not None:
            return meaning  # "what is a split king?": the page's "A Split King is ...", not a base in one
        if (shape := answered_by(context.text)) is not None and shape.terms:
            terms = self._policy(context.with_pages())  # "can i spread the cost of the road bike?"
            if terms.confidence >= 0.35:
                return terms
        sized = size_for(context)  # "neck is 20 in, what size?": the chart's row
        if sized is not None and sized.confidence >= 0.5:
            return sized
        # the products the question names, found once (the advice below asks them first)
        matches = self._match_products(context) if u.intent == "advice" else None
        if u.intent == "advice":  # "what size should I get for my lab?": the shop's guidance first
            if matches and (own := _own_line(context, matches)) is not None:
                return own  # unless a product named says it: "what size rope for the door on a corrib 4?"
            guidance = self._policy(context.with_pages())
            if guidance.confidence >= 0.35:
                return guidance
        if sized is not None:  # a measure off the chart, and no guidance says more: a person is offered
            return sized
        charted = context.with_pages(f"{context.text} size chart") if "sizing" in u.cues else None
        if charted is not None and (row := row_named(context.text, _pages(charted))) is not None:
            sentence, page = row  # "street size 7, what size slip on jazz shoe?": the conversion chart's cell
            return Draft(action="answer", reply=sentence, citations=[cite(page)], confidence=0.8)
        if (zoned := self._zone(context)) is not None:
            return zoned  # "how much to ship a 10kg bag to tassie?": one cell of the rates table
        if (area := _work_area(context)) is not None:
            return area  # "do you install stoves in wexford?": the area the shop's people cover
        if (ours := _our_section(context)) is not None:
            return ours  # "are your installers certified?": the section headed "Our installers"
        if (grid := cell_by_ranges(context.text, lambda: _pages(context.with_pages()))) is not None:
            return grid  # "everyday roller 40 wide 80 drop, how much?": the price grid's cell
        for by_amount in (cell_by_amount, row_by_amount):
            # "how much salt for a 50,000 L pool?": the dosing chart's cell; "what battery for 1500 wh a
            # day?": the sizing table's row
            if (cell := by_amount(context.text, lambda: _pages(context.with_pages()))) is not None:
                sentence, page = cell
                return Draft(action="answer", reply=sentence, citations=[cite(page)], confidence=0.8)
        if (
            u.intent == "product_compare"
            and (both := compare(context) or _rows_compared(context)) is not None
        ):
            return both
        if u.intent not in ORDER_INTENTS and (sample := sample_of(context)) is not None:
            return sample  # "can i get a sample of the woven wood in driftwood?": the swatch product
        if (
            context.retriever is not None
            and u.intent in _ASKS_OF_A_THING
            and not _OF_VERSIONS & set(u.cues)
            and self._focused(context) is None
            and (
                cell := cell_by_names(
                    context.text, _pages(context.with_pages()), context.retriever.option_value_word
                )
            )
            is not None
        ):
            sentence, page = cell  # "bed temp for abs?": the print settings' ABS row, Bed temperature
            return Draft(action="answer", reply=sentence, citations=[cite(page)], confidence=0.8)
        matches = self._match_products(context) if matches is None else matches
        named = _named_first(matches, context)
        if (
            "health_condition" in u.cues
            and (suits := suitability(context, named.product if named and named.name_match >= 0.5 else None))
            is not None
        ):
            return suits  # "can I take it while pregnant?": its warning, not its usage line
        # "which is your most powerful heated towel rail?" names a kind, though one name is that kind's
        asks_most = "superlative" in u.cues or u.intent in ("product_cheapest", "product_priciest")
        kind_only = (
            asks_most and named is not None and named.name_match < 1.0 and _named_by_kind_only(named, context)
        )
        if (
            "superlative" in u.cues
            and (named is None or named.name_match < 0.75 or kind_only)  # "which ladder reaches highest?"
            and not self._end_of_focus(context)
            and (most := superlative(context)) is not None
        ):
            return most
        if (
            u.intent in ("product_cheapest", "product_priciest")
            and (named is None or named.name_match < 0.75 or kind_only)  # no one product: the whole catalog
            and (found := extreme(context, highest=u.intent == "product_priciest")) is not None
        ):
            return found
        if (
            u.intent == "product_on_sale"
            and (named is None or (named.name_match < 0.75 and not named.chosen))
            and (sale := on_sale(context))
        ):
            return sale  # "any tea on sale?", not "is the masala chai 250g on sale?"
        if (
            "budget" in u.cues
            and (named is None or named.name_match < 0.75)  # "anything under $50 in black?"
            and (affordable := within_budget(context))
        ):
            return affordable
        names_option = named is not None and bool(  # "what rugs do you have?" asks no "Rug Size"
            options_asked(
                " ".join(set(tokenize(context.text)) - set(tokenize(named.product.title))),
                option_names(named.variants),
            )
        )
        if names_option and "browse" in u.cues and named is not None and named.name_match >= 0.5:
            # "which subscription boxes are there?" names the subscription's own Box: its options
            u = u.model_copy(update={"cues": [*u.cues, "options"]})
            context = context.model_copy(update={"understanding": u})
        if (
            "browse" in u.cues
            and (named is None or (named.name_match < 0.75 and not names_option))  # "what piece counts
            and (listed := of_kind(context))  # can I get autumn harbour in?" asks the product's options
        ):
            return listed  # "which music stands can I order today?"
        comes_with = named is not None and _comes_with(context.text, named)
        by_its_values = named is not None and _named_by_its_values(named, context)
        focus = (
            self._focused(context)
            if named is None or named.name_match < 0.75 or comes_with or by_its_values
            else None
        )
        if comes_with and focus is not None:
            named = focus  # "does it come with a pot?" asks about the stove in focus, not the pot
        focused = focus if named is None or named.name_match < 0.75 or by_its_values else None
        # "and in large?" goes on with the product in focus; so does "and the 12 cup?" when one word of
        # it ("cup") happens to be a word only another product's name has
        if focused is not None and (
            named is None
            or named.name_match < 0.5
            or focused.chosen
            or _named_by_what_is_asked(named, context)
            or by_its_values
        ):
            return self._product_draft(context, focused) or self._policy(context)
        if (
            "options" in u.cues
            and named is not None
            and (several := _options_of_several(context, named, matches))
        ):
            return several  # "what sizes do the gloves come in?" with two gloves: each one's sizes
        if "compatibility" in u.cues and (paired := fit_together(context, _in_focus(context)[0])) is not None:
            return paired  # "will the ryzen 5 5600 work in the b650m?": the two products' own spec lines
        if "compatibility" in u.cues and (parts := parts_listed_for(context)) is not None:
            return parts  # "what props fit the nazgul f5?": the props whose "Fits:" line names it
        held = named if named is not None and named.name_match >= 0.5 else self._focused(context)
        if held is not None and (measured := _held_each(context.text, held, matches)):
            return measured  # "is the lite rollator ok for someone 120 kg?": its Max user weight line
        if "compatibility" in u.cues and named is not None and (table := self._fits(context, named)):
            return table  # "will the 4Ah battery fit the impact driver?": the shop's compatibility chart
        named_with_options = named is not None and named.name_match >= 0.5 and "options" in u.cues
        # (a question of the shop's shipping terms is the pages', though a product passage comes first:
        # "is there extra shipping for a 110 inch wide roller blind?")
        product_first = self._product_hit_first(context) and "sending_terms" not in u.cues
        if u.intent in PRODUCT_INTENTS or product_first or named_with_options:
            if (
                u.intent in _ASKED_OF_EACH_ALIKE
                and named is not None
                and (each := self._each_alike(context, named, matches))
            ):
                return each
            product = self._product_draft(context, named)
            if product is not None:
                return product
        asks_attribute = named is not None and attributes_asked(
            _without_name(context.text, named.product.title)
        )
        # products crowd out the pages when a question of the shop's terms names no product clearly
        # ("extra charge for delivering compost bags?" and five composts): the pages are asked too
        of_terms = u.intent not in PRODUCT_INTENTS and "browse" not in u.cues
        pages_found = any(h.passage.kind == "document" for h in context.hits)
        # a question that names no product may be answered by the sentence closest in meaning
        unnamed = named is None or named.name_match < 0.5
        policy = self._policy(
            context.with_pages() if of_terms and not pages_found else context, by_meaning=unnamed
        )
        if not unnamed and named is not None:
            policy = self._beyond_the_name(context, named, policy)
        # a question of the product's own (an attribute, or anything its description answers well, as
        # "do I need the base game for frostfall?"), unless it asks about the shop's terms
        of_its_own = asks_attribute or "policy_topic" not in u.cues
        if named is not None and named.name_match >= 0.5 and of_its_own:
            facts = self._product_facts(named, context, [cite(named.product)])
            # its own line says it ("the cover is machine washable at 30°C"), unless a page about it
            # says more ("How do I wash fleece cage liners?")
            # (an option asked by its own name is the versions', whatever the page: "which zones can i
            # choose for the technician visit?" and its Zone option)
            by_option = any(
                re.search(rf"(?i)\b(?:which|what|any|other)\s+{re.escape(k)}(?:s|es)?\b", context.text)
                for k in option_names(named.variants)
            )
            if facts.confidence >= 0.75 and (by_option or not _page_about(context.retriever, named, policy)):
                return facts
            # (not when the question states its own measure and a page answers it: "i have a 6 inch liner,
            # can the ardan 5 go into it?" and "A 125 mm outlet can go into a 150 mm liner with ...")
            stated = grammar().measurement.search(context.text) and _answers_rest(context, named, policy)
            guide = (
                _guide_row(context, named, [cite(named.product)])
                if facts.confidence < 0.5 and not stated
                else None
            )
            if guide is not None:
                return guide
        if (
            named is not None
            and named.name_match >= 0.75
            and "sending_terms" not in u.cues
            and not _answers_rest(context, named, policy)
        ):
            # "is the X ok in saltwater?": a passage near the words is not an answer about X
            asked = self._policy_on_question(context, named)
            return asked or self._product_draft(context, named) or policy
        return policy

    def _each_alike(
        self, context: DraftContext, named: ProductMatch, matches: list[ProductMatch]
    ) -> Draft | None:
        """The price or stock of each product the question names as clearly as the first, by the same
        words, and a question back: "how much is the cruiser rollator?" with a Cruiser Four-Wheel and a
        Cruiser Petite Rollator hears both prices, not one picked by the order they were found in. The one
        a conversation is about goes on alone."""
        alike = _named_alike(named, matches, context)
        if not alike:
            return None
        each = [named, *alike]
        talked_of = _in_focus(context)[0]
        if talked_of is not None and (on := [m for m in each if m.product.key == talked_of.key]):
            return self._product_draft(context, on[0])
        drafts = [self._product_draft(context, m) for m in each]
        if not all(d is not None and d.action == "answer" and d.confidence >= 0.5 for d in drafts):
            return None
        answered = [d for d in drafts if d is not None]
        return Draft(
            action="answer",
            reply=" ".join(d.reply for d in answered) + " Which one do you mean?",
            citations=[c for d in answered for c in d.citations],
            confidence=min(d.confidence for d in answered),
        )

    @staticmethod
    def _zone(context: DraftContext) -> Draft | None:
        """A rate or a time for the place the question names, from the shop's rates table."""
        if not named_places(context.text)[0]:
            return None
        pages = _pages(context.with_pages())
        cell = zone_cell(context.text, pages)
        cell = rule_for_thing(context.text, pages, cell[0] if cell else "") or cell
        if cell is None and (kind := _kind_named(context)):
            # "can i get java fern shipped to alaska?": the rule for what the product is ("We cannot ship
            # live fish, invertebrates or live plants to Alaska"), which never names it
            cell = rule_for_thing(f"{context.text} ({kind})", pages)
        if cell is None and (zone := zone_of(context.text, pages)) is not None:  # "to darwin": the NT's zone
            zoned = context.with_pages(f"{zone} {context.text}", first=True)
            cell = zone_cell(context.text, _pages(zoned), zone)
        # "ship to the us? how much": the rates table is found by the names a page gives the place, when one
        # place is named (not "to manitoba? and to nunavut?") and nothing particular is sent (not "an extra
        # charge to ship a 250x350 rug to france?", the pages' own rule)
        one_place = len({p.lower() for p in places().named(context.text)}) == 1
        regions = places().regions_in(context.text, own=True) if one_place else []
        if cell is None and regions and not thing_sent(context.text):
            named = " ".join(dict.fromkeys(r.names[0] for r in regions))
            cell = zone_cell(context.text, _pages(context.with_pages(f"{named} {context.text}", first=True)))
        if cell is None:
            return None
        sentence, page = cell
        # "order by when for christmas delivery to vancouver?" asks a day the rates row does not give
        shape = answered_by(context.text)
        if shape is not None and shape.name in DAY_SHAPES and not _DATED.search(sentence):
            return None
        # "will i have to pay import vat if you ship to ireland?": a sentence on the place that says more of
        # the question than its rate ("... the carrier may ask you to pay import VAT") answers instead
        asked = set(tokenize(context.text))
        place, around = named_places(context.text)
        rate = len(asked & set(tokenize(sentence)))
        said = [set(tokenize(t)) for p, _ in pages for t in sentences(body_of(p)) if not _TABLE_ROW.match(t)]
        if any(
            (place <= words or any(region <= words for region in around)) and len(asked & words) > rate + 1
            for words in said
        ):
            return None
        return Draft(action="answer", reply=sentence, citations=[cite(page)], confidence=0.8)

    def _fits(self, context: DraftContext, match: ProductMatch) -> Draft | None:
        """Whether one thing works with another, from a page that names the product (a compatibility
        chart), unless the product's own lines say what it fits ("Fits: iPhone 16, 16 Pro")."""
        own = self._product_facts(match, context, [cite(match.product)])
        fits = attribute_named("compatibility")
        if (
            own.confidence >= 0.75
            and fits
            and any(says(line, fits.labels) for line in description_lines(own.reply))
        ):
            return None
        pages = self._policy(context.with_pages())
        if context.retriever is None or pages.confidence < 0.6:
            return None
        named = named_by(match.product.title, set(tokenize(pages.reply)), context.retriever, 0.6)
        return pages if named >= 0.6 else None

    def _beyond_the_name(
        self, context: DraftContext, match: ProductMatch, policy: Draft, about: str = ""
    ) -> Draft:
        """``policy``, unless it found no answer and the question without the product's name does: in
        "how far from the airport do i have to stay with my air 3s?" the name is the shopper's setting,
        and the words the pages must hold are the rest (whether that answers about the product is
        weighed after, as for any page)."""
        rest = _without_name(context.text, match.product.title)
        if policy.confidence >= 0.35 or rest == context.text:
            return policy
        # found without the name, the reply must be of the shape asked ("how far": "5.6 km") and say all
        # else asked, two words or more, in its own words: "what's the shutter count on the leica m6?" is
        # not answered by "we test shutter speeds and light seals", "does it work with a phone app?" by
        # "Phone: 0161 496 0733", "how many plies is the deck?" by "water can make the plies separate",
        # "when is the tidewater lp out?" by a shipping cut-off ("out" alone), "does the wheel have a
        # warranty?" by a "Happy Tummy Guarantee" on food (a kin word)
        shape = answered_by(context.text)
        asked = _rest_of(context.text, match) - light_verbs() - (shape.asked_with if shape else set())
        if len(asked) < 2:
            return policy
        again = self._policy(context.model_copy(update={"text": rest}), about=about)
        of_its_shape = shape is None or shape.answered(again.reply)
        said = asked <= set(tokenize(again.reply))
        return again if again.confidence >= 0.35 and of_its_shape and said else policy

    def _policy_on_question(self, context: DraftContext, match: ProductMatch) -> Draft | None:
        """The pages' answer to the asking sentence alone, when the message also chats; None unless
        it answers what is asked about the product."""
        question = _question_part(context.text)
        if question == context.text:
            return None
        policy = self._policy(context.model_copy(update={"text": question}))
        return policy if policy.confidence >= 0.35 and _answers_rest(context, match, policy) else None

    # -- identity and orders -------------------------------------------------------------------
    def _action_policy(self, context: DraftContext) -> Draft:
        """What the pages say of the action asked ("can i swap my gloves in M for L?" is an exchange):
        when the sentences the question's words find say nothing of it (the glove size chart), those
        of the pages found by the action's own name."""
        policy = self._policy(context)
        action = context.understanding.intent.removesuffix("_order")  # "exchange", "return", "cancel"
        named = set(tokenize(action))
        named |= kin_of(named)
        if (excepted := _excepted_item(context, policy, named)) is not None:
            return excepted
        if named & set(tokenize(policy.reply)):
            return policy
        searched = context.with_pages(f"{context.text} {action}", first=True)
        saying = [
            h for h in searched.hits if h.passage.kind == "document" and named & set(tokenize(h.passage.text))
        ]
        # asked whole first, where the story is the case ("i opened a tin of antifouling, can i send it
        # back?" and "Items we can't take back: Opened tins of antifouling"); then in the words of the part
        # that asks for it ("can i swap for L?"), not the story around it
        parts = [p for p in re.split(r"[.,;!?]+|\band\b", context.text) if named & set(tokenize(p))]
        for asked in dict.fromkeys([context.text, parts[-1] if parts else action]):
            again = self._policy(searched.model_copy(update={"hits": saying, "text": asked}))
            if named & set(tokenize(again.reply)):
                return again
        return policy

    def _order(self, context: DraftContext) -> Draft:
        u = context.understanding
        if context.customer is None:
            if u.intent in ACTION_INTENTS and not u.order_ids:
                # "Can I cancel after it ships?" is a policy question: answer it, offer to check the order.
                policy = self._action_policy(context)
                if policy.confidence >= 0.35:
                    return policy.model_copy(
                        update={
                            "reply": policy.reply + " If you'd like me to check your order, please confirm "
                            "the email address on your account, or your full name and zip code."
                        }
                    )
            return Draft(action="ask_verification", reply=ASK_VERIFICATION, confidence=0.9)
        own = orders_named(context)
        if not context.orders:
            return Draft(
                action="answer",
                reply="I don't see any orders on your account yet.",
                confidence=0.8,
                citations=[Citation(kind="customer", id=context.customer.customer_id)],
            )
        none_that_day = ""
        day = None if own else day_said(context.text)
        if day is not None:  # "what did i order on the 4th of december?": the newest order placed that day
            on_day = [o for o in context.orders if o.placed_at and day.is_day(placed_day(o))]
            newest_year = max((placed_day(o)[:4] for o in on_day), default="")
            own = [o for o in on_day if placed_day(o).startswith(newest_year)]
            none_that_day = "" if own else f"I don't see an order placed on {day}. "
        newest = not own and day is None and "recent_order" in u.cues
        if newest:  # "my latest order": the newest the customer has, whatever its items are called
            own = [max(context.orders, key=lambda o: o.placed_at or "")]
        # not just the order talked of before; an id typed in this message with or without its "#"
        # ("order 2867") is the order, whatever words its items' tags share with the question ("Made to
        # order")
        said = {order_lookup_key(word) for word in context.text.split()}
        typed = day is not None or any(order_lookup_key(o.order_id) in said for o in own)
        if not typed and not newest and u.intent != "order_list" and (holding := orders_of_items(context)):
            own = holding  # "has my backpack arrived?": the order that holds a backpack
        asked = set(tokenize(context.text)) & _AFTER_SALE
        if (
            not own
            and asked
            and len(by_status := [o for o in context.orders if asked & set(tokenize(o.status))]) == 1
        ):
            own = by_status  # "did my return arrive?": the one order that was returned
        if u.intent == "order_list" or (not own and len(context.orders) > 1):
            listing = join_words([f"{o.order_id} ({o.status})" for o in context.orders])
            ask = "" if u.intent == "order_list" else " Which one do you mean?"
            return Draft(
                action="answer",
                reply=f"{none_that_day}You have {len(context.orders)} orders: {listing}.{ask}",
                evidence=[str(len(context.orders))],
                citations=[cite_order(o) for o in context.orders],
                confidence=0.85 if u.intent == "order_list" else 0.6,
            )
        targets = own or context.orders
        awaited = {o.order_id: _awaited(o, context) for o in targets}
        parts = [order_facts(o, u.intent) + "".join(s for s, _ in awaited[o.order_id]) for o in targets]
        citations = [cite_order(o) for o in targets]
        citations += [cite(p) for said in awaited.values() for _, p in said]
        confidence = 0.9
        if u.intent in ACTION_INTENTS:
            extracted, coverage = self._policy_sentences(context)
            if extracted:
                parts.append(" ".join(s for s, _ in extracted))
                citations.extend(cite(p) for p in {p.key: p for _, p in extracted}.values())
            confidence = 0.55 + 0.35 * coverage
        return Draft(
            action="answer", reply=" ".join(parts), citations=citations, confidence=round(confidence, 2)
        )

    # -- products ------------------------------------------------------------------------------
    @staticmethod
    def _product_hit_first(context: DraftContext) -> bool:
        return bool(context.hits) and context.hits[0].passage.kind in ("product", "variant")

    def _match_products(self, context: DraftContext) -> list[ProductMatch]:
        """The products of the first hits, each with how clearly the question names it; where a question
        asks to have something sent names none ("delivery to the highlands?" and the Highland Oatcakes)."""
        if context.retriever is None:
            return []
        # "how heavy is it?" asks a weight: its "heavy" names no Heavy-Duty Cover
        wanted = set(tokenize(_HOW_MEASURED.sub(" ", context.text))) - sent_to(context.text)
        wanted -= _limits_said(context.text, context.retriever)  # "max nozzle temp": no V3 Max
        wanted = wanted - comes_with_words(context.text) or wanted  # the ribbons asked to come with the shoes
        wanted = wanted - suited_for_words(context.text) or wanted  # "ok for my cherry shrimp tank?"
        # "and in 12 inch?" names the "12in (300mm)" version, not the "Medium Pile (12mm)"
        with_amounts = (wanted | set(tokenize(amounts_joined(context.text)))) - sent_to(context.text)
        refused = {t for m in _REFUSED.finditer(context.text) for t in tokenize(m.group(1))}
        found: list[ProductMatch] = []
        by_a_value: list[tuple[int, float, tuple[int, int]]] = []  # place, match before, what is said
        # for the two words said in a row that name one product together, read once for all products
        said_in_order = _words_in_a_row(context.text)
        names_found = [
            set(name_tokens(h.passage.title))
            for h in context.hits
            if h.passage.kind in ("product", "variant")
        ]
        seen: set[str] = set()
        by_id = {h.passage.product_id for h in context.hits if "id" in h.matched}
        for hit in context.hits:
            product_id = hit.passage.product_id
            if hit.passage.kind not in ("product", "variant") or not product_id or product_id in seen:
                continue
            seen.add(product_id)
            product, variants = context.retriever.family(product_id)
            if product is None:
                continue
            title_tokens = set(name_tokens(product.title))
            # past the first three found, only a product two words of whose name, said in a row, name it
            # alone: "the flue outlet size on the ardan 5" ranks adaptors and flue pipes above the stove
            if (
                len(seen) > 3
                and not any(
                    a in wanted and b in wanted and _names_alone(context.retriever, a, b)
                    for a, b in itertools.pairwise(name_tokens(product.title))
                )
                and not _named_together(context.retriever, title_tokens, said_in_order, names_found)
            ):
                continue
            name_match = named_by(product.title, wanted, context.retriever, 0.5)
            # "the apex gt" said of an Apex GT Visor made for the Apex GT Carbon Full-Face Helmet: the helmet
            meant = (
                whole_meant(product, wanted, context.retriever)
                if name_match >= 0.5 and product_id not in by_id
                else None
            )
            if meant is not None and meant.product_id:
                whole = meant.product_id
                if whole in seen:  # named already, as well as its part is or better
                    found = [
                        m.model_copy(update={"name_match": max(m.name_match, name_match)})
                        if m.product.product_id == whole
                        else m
                        for m in found
                    ]
                    continue
                product_id, (product, variants) = whole, context.retriever.family(whole)
                if product is None:
                    continue
                seen.add(product_id)
                title_tokens = set(name_tokens(product.title))
            share = share_named(product.title, wanted)
            # words of its name said two in a row
            pairs = itertools.pairwise(name_tokens(product.title))
            in_a_row = [(a, b) for a, b in pairs if a in wanted and b in wanted]
            said_in_a_row = {w for pair in in_a_row for w in pair}
            if name_match < 0.5 and _named_but_by_its_parts(product, said_in_a_row, context):
                name_match = 0.5  # "how much is the apex gt?": its name's words, said too by its own visor
            if name_match > share and _pages_say(context, hit, title_tokens & wanted):
                name_match = share  # "overnight shipping": that name's own word is the shipping page's too
            # "cabin bag size for klm?" names no Shoe Bags: half a name, in words many names say
            said_of_name = title_tokens & wanted
            # (unless two in a row name it alone: "the youth recurve", the Cascade Youth Recurve Bow)
            common_words = all(context.retriever.name_word_products(t) >= 3 for t in said_of_name)
            if (
                name_match <= 0.5
                and common_words
                and not any(context.retriever.name_word_products(f"{a} {b}") == 1 for a, b in in_a_row)
            ):
                name_match = min(name_match, 0.25)
            # half its name, two words of it in a row that name it alone: "the ardan 5"
            alone = any(_names_alone(context.retriever, a, b) for a, b in in_a_row)
            if name_match == 0.5 and alone:
                name_match = 0.6
            if name_match < 0.5 and _named_together(
                context.retriever, title_tokens, said_in_order, names_found
            ):
                name_match = 0.5
            if product_id in by_id:  # its id, or a code in its ids ("AL80"), however its hits are ranked
                name_match = 1.0
            option_words = with_amounts - title_tokens - _option_name_words(context.text, variants) - refused
            in_range = variants_in_range(context.text, variants)  # "for a $2,000 lounge": $1,001 to $2,500
            named = {
                v.key: options_named(v, option_words)
                + (100 if "id" in hit.matched and v.key == hit.passage.key else 0)
                + (1 if v.key in in_range else 0)
                # "the fly more combo (not the plus)": not the version whose value says "plus"
                - (1 if refused & {t for value in v.options.values() for t in tokenize(value)} else 0)
                for v in variants
            }
            top = max(named.values(), default=0)
            chosen = _inside_longer_values(
                [v for v in variants if top > 0 and named[v.key] == top], option_words
            )
            # "the heather candle in the big size", "biggest bottle of neroli noon?": the end of its sizes
            chosen = _end_by_size(chosen or variants, set(context.understanding.cues)) or chosen
            # a value's words, not what it says in brackets ("Young Readers (Ages 8-12)" is no "ages")
            values = " ".join(BRACKETED.sub("", value) for v in chosen for value in v.options.values())
            said = {w for w in tokenize(values) if not measure_word(w)}
            # "sorrel ultramarine": a word of its name and one of its colours ("a 4ah 18v battery" too,
            # unless a thing of a kind is asked and several products are named so by words many names
            # say: "a queen mattress" is no one mattress)
            if 0 < name_match < 0.5 and said & option_words:
                by_a_value.append(
                    (len(found) if common_words else -1, name_match, (len(said_of_name), int(top)))
                )
                name_match = 0.5
            # "which subscription boxes are there?": a word only its name has, and the shop's word for
            # one of its options (its Box)
            if (
                0 < name_match < 0.5
                and "browse" in context.understanding.cues
                and options_asked(" ".join(wanted - title_tokens), option_names(variants))
                and any(context.retriever.name_word_products(t) == 1 for t in said_of_name)
            ):
                name_match = 0.5
            if (
                name_match < 0.5
                and len(chosen) == 1
                and (top >= 1.9 or _value_said_whole(chosen[0], option_words, context.retriever))
            ):
                # "goblin green 18 ml": two of one variant's values name it whole; "cost to install a new
                # scooter battery?": one value of several words ("Battery installation") said whole
                name_match = 0.5
            found.append(
                ProductMatch(product=product, variants=variants, chosen=chosen, name_match=name_match)
            )
        # (of several so named, the one whose name and versions the question says most of, when one does:
        # "black petg 1.75" is the PETG Filament in Black and 1.75 mm, not another PETG in Black)
        most = max((said for _, _, said in by_a_value), default=(0, 0))
        ahead = [at for at, _, said in by_a_value if said == most]
        generic = shape_rules().phrases["of_a_kind"](context.text)
        for at, before, _ in by_a_value if len(by_a_value) >= 2 and generic else []:
            if at >= 0 and not (len(ahead) == 1 and ahead[0] == at):
                found[at] = found[at].model_copy(update={"name_match": before})
        in_order = tokenize(context.text)
        return _said_whole(_shorter_name_meant(_inside_longer_names(found, in_order), in_order), with_amounts)

    def _end_of_focus(self, context: DraftContext) -> bool:
        """ "and the biggest size?" after a product asks for its biggest version, not the shop's
        biggest thing."""
        if not {"bigger_one", "smaller_one"} & set(context.understanding.cues):
            return False
        focus = self._focused(context)
        return focus is not None and bool(focus.chosen)

    def _focused(self, context: DraftContext) -> ProductMatch | None:
        """The product the last answer was about, when this message names some of its option values
        and no other product: "ok and in large?", "price on the 2 lb one?". Options it does not name
        keep the values of the variant the last answer was about."""
        product, variants, keys = _in_focus(context)
        if product is None:
            return None
        said = set(tokenize(context.text)) | set(tokenize(amounts_joined(context.text)))
        wanted = said - set(tokenize(product.title))
        in_range = variants_in_range(context.text, variants)
        named = {v.key: options_named(v, wanted) + (v.key in in_range) for v in variants}
        top = max(named.values(), default=0.0)
        previous = next((v for v in variants if v.key in keys), None)
        if top <= 0:  # names none of its options: only "and does it ...?" goes on with the product
            u = context.understanding
            if ends := _end_by_size(variants, set(u.cues)):  # "how much is the bigger one?"
                # of the same scent, colour...: the version talked of, only bigger
                talked_of = previous.options if previous is not None else {}
                alike = {e.key: sum(e.options.get(k) == v for k, v in talked_of.items()) for e in ends}
                ends = [e for e in ends if alike[e.key] == max(alike.values())]
                return ProductMatch(product=product, variants=variants, chosen=ends, name_match=0.6)
            # "how long is the chain?" asks a fact of a part its own text names: it goes on with it
            # (nor a limit's words: "whats the max weight?" asks its weight limit)
            part = kind_words(grammar().limit_asked.sub(" ", without_attribute_words(context.text)))
            of_its_part = bool(attributes_asked(context.text)) and part <= set(tokenize(product.text))
            # "what's the turn radius?" says the whole label of one of its lines ("Turn radius: 21 m") and
            # names nothing it does not say ("how much caffeine in the decaf one?" asks of another tea)
            own = set(tokenize(product.text))
            lines = description_lines(product_text(product).own_words)
            of_its_line = "policy_topic" not in u.cues and any(
                label and label <= said and kind_words(context.text) - label <= own
                for label in (label_words(line) for line in lines)
            )
            # "how much for 30 metres?" of the rope talked of, sold by the metre
            by_amount = previous is not None and asks_an_amount(context.text, product, previous)
            if not {"follow_up", "options", "refers_back"} & set(u.cues) and not (
                of_its_part or of_its_line or by_amount
            ):
                return None  # "any other shades?" and "how much is it?" go on with it too
            # "how much is it?" after "do you have it in 100 ml?" is the price of the 100 ml
            asks_of_it = previous is not None and u.intent in ("product_price", "product_availability")
            chosen = [previous] if asks_of_it and previous is not None else []
            return ProductMatch(product=product, variants=variants, chosen=chosen, name_match=0.6)

        def kept(variant: Passage) -> int:  # option values carried over from the last answer's variant
            before = previous.options if previous is not None else {}
            return sum(1 for k, value in variant.options.items() if before.get(k) == value)

        best = [v for v in variants if named[v.key] == top]
        best = _end_by_size(best, set(context.understanding.cues)) or best  # "the bigger pack" of the packs
        most = max((kept(v) for v in best), default=0)
        chosen = [v for v in best if kept(v) == most]
        return ProductMatch(product=product, variants=variants, chosen=chosen, name_match=0.6)

    def _product_draft(self, context: DraftContext, match: ProductMatch | None) -> Draft | None:
        if match is None:
            return None
        intent = context.understanding.intent
        name = match.product.title
        if match.name_match < 0.5:
            return None  # no product is clearly named: the policies may answer (shipping cost, price match)
        if intent == "product_price" and _work_priced(context, match.product):
            return None  # "how much to splice an eye into braid on braid rope": the splicing's price
        citations = [cite(match.product)]
        available = [v for v in match.variants if v.available]
        pool = match.chosen or match.variants
        if intent == "product_count":
            in_pool = [v for v in pool if v.available]
            scope = (
                f" matching {describe(match.chosen[0])}"
                if match.chosen and len(match.chosen) < len(match.variants)
                else ""
            )
            reply = f"{len(in_pool)} of the {len(pool)} variants of the {name}{scope} are available."
            if 0 < len(in_pool) <= 6:
                reply += f" They are: {join_words([describe(v) for v in in_pool])}."
            return Draft(
                action="answer",
                reply=reply,
                evidence=[str(len(in_pool)), str(len(pool))],
                citations=citations + [cite(v) for v in in_pool[:6]],
                confidence=0.9,
            )
        if intent in ("product_cheapest", "product_priciest"):
            candidates = [v for v in pool if v.available and v.price is not None]
            if not candidates:
                return Draft(
                    action="answer",
                    reply=f"No variant of the {name} matching that is available right now.",
                    citations=citations,
                    confidence=0.85,
                )
            pick = min if intent == "product_cheapest" else max
            cheapest = pick(candidates, key=lambda v: v.price or 0.0)
            which = "cheapest" if intent == "product_cheapest" else "most expensive"
            reply = (
                f"The {which} available {name} is the {describe(cheapest)} option "
                f"at {money(cheapest.price, cheapest.currency)} (item {cheapest.variant_id})."
            )
            return Draft(action="answer", reply=reply, citations=[*citations, cite(cheapest)], confidence=0.9)
        cues = context.understanding.cues
        # "what lengths do you have?"; "what lb tests do you have it in?" though its words pick versions
        if "options" in cues and "in_stock" not in cues and intent != "product_price":
            beside_name = set(tokenize(context.text)) - set(tokenize(name))
            asked_options = options_asked(" ".join(beside_name), option_names(match.variants))
            # "which box depths do u make the langstroth boxes in?": versions its "depth" picked are no choice
            values = {t for v in match.chosen for o in asked_options for t in tokenize(v.options.get(o, ""))}
            named_by = set(tokenize(" ".join(asked_options)))
            by_name_only = bool(asked_options) and beside_name & values <= named_by
            if (
                not match.chosen
                or by_name_only
                or any(len({v.options.get(o) for v in match.chosen}) > 1 for o in asked_options)
            ):
                return self._facts_or_pages(match, context, citations)
        # "and the 3 litre?" names a version by its measure: its unit asks for no capacity
        unmeasured = grammar().measurement.sub(" ", _without_name(context.text, name))
        # "how old is the fig in the 10 L pot?" asks more than its price, in words no attribute knows
        # "max psi for the granite 28c?": a word its description uses and that names no version asks more too
        # ("the shade Honey" names a version: a word for an option's kind asks nothing more)
        asked = _rest_of(context.text, match) - option_kinds(context.text)
        asked -= set(tokenize(" ".join(option_names(match.variants))))  # "in the 1.5 oz bottle": a Bottle
        asked -= band_words(context.text, match.variants)  # "and 40 inches wide?": a version's band
        described = asked & set(tokenize(product_text(match.product).own_words))
        # "how long will it last in a vase?" asks how long, whatever version "vase" names
        shape = answered_by(context.text)
        lasting = shape is not None and shape.name in ("deadline", "duration", "frequency")
        # "do i need a licence to fly the air 3s?" asks the rules, though its "fly" names a Fly More combo
        of_rules = intent == "policy" and shape_rules().phrases["obligation_asked"](context.text)
        about_more = intent not in ("product_price", "product_availability") and bool(
            attributes_asked(unmeasured) or "quality" in cues or described or lasting or of_rules
        )
        if (
            match.chosen
            and "options" in cues
            and intent != "product_price"
            and (example := _example_option(match, context.text))
            # "which plug for my 48 class in HO?" asks for another product's option, not its scales
            and not _other_things(context, match, option_kinds(context.text))
        ):
            return _options_listed(match, example, citations)
        if intent != "product_availability" and (either := _either_option(match, context.text)):
            return _options_listed(match, either, citations)  # "is it leather or suede?"
        if intent != "product_price" and (named_choice := _choice_in_name(match, context.text)):
            return Draft(action="answer", reply=named_choice, citations=citations, confidence=0.8)
        # "how much for 30 metres of it?" of a rope sold by the metre: that much of the one version asked
        ones = match.chosen if len(match.chosen) == 1 else match.variants if len(match.variants) == 1 else []
        one = ones[0] if ones and intent == "product_price" else None
        whole = f"the {name}" + (f" ({describe(one)})" if one is not None and one.options else "")
        if one is not None and (cost := cost_of_amount(context.text, match.product, one, whole)):
            return Draft(
                action="answer",
                reply=f"{cost[:1].upper()}{cost[1:]}.",
                citations=[*citations, cite(one)],
                confidence=0.85,
                evidence=[cost],  # worked out here from its price: the amount in its unit, the total
            )
        if match.chosen and not about_more:  # "what chest girth does the medium fit?" is not its price
            lines = [f"{describe(v)}: {price_text(v)}, {stock_words(v)}" for v in match.chosen[:6]]
            confidence = 0.9 if len(match.chosen) == 1 else 0.75
            extra: list[Citation] = []  # cited after the variant asked about: a follow-up goes on from it
            if len(match.chosen) == 1:
                v = match.chosen[0]
                counted = shape_rules().phrases["stock_count_asked"](context.text)
                said = f"{price_text(v)} and {stock_words(v, counted)}"
                reply = f"The {name} ({describe(v)}) is {said}."
                if intent == "product_on_sale" and v.was_price is None:  # "the armchair in sand, discounted?"
                    reply = f"No, the {name} ({describe(v)}) isn't on sale right now: it is {said}."
                    reply += sale_to_come([v]) or own_sale_words(match.product, context.today)
                ordered_early = (v.preorder or v.backorder) and not v.available_from
                sent = _when_it_ships(match, v) if ordered_early else None
                if ordered_early and not sent and (row := _lead_time(context, match.product)):
                    sent, row_page = row  # the shop's lead time for it: "Grassington ... bath: 8 to 10 weeks"
                    extra.append(cite(row_page))
                if sent:
                    reply += f" {sent}"  # "Pre-order: Dispatch or collection from 21 September 2027, ..."
                if not v.available and available:
                    alternatives = sorted(
                        available, key=lambda a: -options_named(a, set(tokenize(describe(v))))
                    )[:3]
                    options = [f"{describe(a)} ({money(a.price, a.currency)})" for a in alternatives]
                    reply += f" Available instead: {join_words(options, 'or')}."
                    extra.extend(cite(a) for a in alternatives)
                # (a backorder's date is when it is back: "ships when restocked on December 22")
                restocked = "restock" in cues and not v.available_from and not sent
                if not v.available and (restocked or _own_restock_words(match.product)):
                    said, cited = self._restock(context, match.product)
                    reply += said
                    extra.extend(cited)
                    confidence = confidence if cited else 0.3  # no date in the data: a person is offered
            else:
                reply = f"The {name} comes in several matching versions: " + "; ".join(lines) + "."
            return Draft(
                action="answer",
                reply=reply,
                citations=citations + [cite(v) for v in match.chosen[:6]] + extra,
                confidence=confidence,
                # handed over, what the data says of its stock comes first, then that it gives no date
                unknown=reply.rstrip(".") if confidence < _UNSURE else None,
            )
        prices = [v.price for v in match.variants if v.price is not None]
        if intent == "product_availability":
            evidence = []
            if not available:
                early = [v for v in match.variants if v.preorder]
                # its price too ("how much was it and can I buy one?"); "in every option" when it has some
                costs = {v.price for v in match.variants}
                priced = (
                    f" ({price_text(match.variants[0])})" if len(costs) == 1 and None not in costs else ""
                )
                citations += [cite(v) for v in match.variants[:6]]  # the versions its stock and price are
                if len(early) == len(match.variants):
                    costing = f" for {price_text(match.variants[0])}" if priced else ""
                    reply = f"The {name} is not released yet, but it can be pre-ordered now{costing}."
                    if dated := _first_dated(early):  # the shop's release date, from the record
                        reply += f" It is released on {day_text(dated[0])}."
                        citations.append(cite(dated[1]))
                    if sent := _when_it_ships(match, early[0]):
                        reply += f" {sent}"  # "Release date: March 12, 2027."
                else:
                    every = " in every option" if len(match.variants) > 1 else ""
                    reply = f"Sorry, the {name}{priced} is out of stock{every} right now."
                if early and len(early) < len(match.variants):
                    reply += f" It can be pre-ordered in {join_words([describe(v) for v in early])}."
                dated, noted = None, None
                if ordered := [v for v in match.variants if v.backorder and not v.preorder]:
                    which = (
                        ""
                        if len(ordered) == len(match.variants)
                        else f" in {join_words([describe(v) for v in ordered])}"
                    )
                    dated = _first_dated(ordered)
                    when = f"ships from {day_text(dated[0])}" if dated else "ships when restocked"
                    reply += f" It can still be ordered{which} on backorder and {when}."
                    citations.extend([cite(dated[1])] if dated else [])  # the record that gives the date
                    # a version's own "next shipment due 15 January 2027", or its description's
                    notes = [] if dated else [n for v in ordered if (n := _when_it_ships(match, v))]
                    noted = notes[0] if notes else None
                    if not dated and not noted and (row := _lead_time(context, match.product)):
                        noted = row[0]  # the shop's lead time for it, on a page
                        citations.append(cite(row[1]))
                    reply += f" {noted}" if noted else ""
                # its own "Discontinued: ... we will not be restocking it" is said whenever none is left
                if ("restock" in cues and not dated and not noted) or _own_restock_words(match.product):
                    said, cited = self._restock(context, match.product)
                    reply += said
                    citations.extend(cited)
                    if not cited:
                        return Draft(
                            action="answer",
                            reply=reply,
                            citations=citations,
                            confidence=0.3,
                            unknown=reply.rstrip("."),  # its stock said, then no date
                        )
            elif len(match.variants) == 1:  # a product sold one way: no "1 of the 1 versions"
                one = match.variants[0]
                counted = shape_rules().phrases["stock_count_asked"](context.text)
                reply = f"Yes, the {name} is {stock_words(one, counted)}: {price_text(one)}."
                citations.append(cite(match.variants[0]))  # its price and sale are the version's
            else:
                evidence = [str(len(available)), str(len(match.variants))]
                reply = (
                    f"{len(available)} of the {len(match.variants)} versions of the {name} are in stock: "
                    f"{join_words([describe(v) for v in available[:8]])}"
                    + (" and more." if len(available) > 8 else ".")
                )
                missing = [v for v in match.variants if not v.available]
                if len(missing) <= 3:  # "what can I get?" also hears what it cannot, and what may be ordered
                    reply += " " + " ".join(
                        f"{(said := describe(v))[:1].upper()}{said[1:]} is {stock_words(v)}." for v in missing
                    )
                if not match.chosen and (unmade := _measure_not_offered(context, match)) is not None:
                    reply = f"{unmade[0]} {reply}"  # "a seal for my 70cm oven?" and seals for 60 and 90 cm
                    citations.extend(unmade[1])
            return Draft(
                action="answer", reply=reply.strip(), citations=citations, evidence=evidence, confidence=0.8
            )
        if intent == "product_on_sale":  # "is X on sale?": yes with both prices, or no with its price
            return _sale_of(match, citations, context.today)
        if intent == "product_price" and prices:
            low, high = min(prices), max(prices)
            by_option = _prices_by_option(match.variants) if low != high else None
            span = _span(low, high, match.product.currency) + (
                "" if low == high else f" depending on {by_option or 'the options'}"
            )
            if by_option:  # each price said is its version's
                citations = [*citations, *(cite(v) for v in match.variants if v.price is not None)]
            if _priced_alike(match.variants):  # its sale too ("$99.00 (on sale, was $129.00)")
                span, citations = price_text(match.variants[0]), [*citations, cite(match.variants[0])]
            reply = f"The {name} costs {span}."
            # "how long is the black friday price on for?": the sale's own dates, where its text gives them
            if any(v.was_price is not None for v in match.variants) or shape_rules().phrases["sale_said"](
                context.text
            ):
                reply += own_sale_words(match.product, context.today)
            if not any(v.available or v.backorder or v.preorder for v in match.variants):
                # a price is no offer of what cannot be bought: that it is out, and its own restock words
                reply += " It is out of stock right now."
                reply += "".join(f" {t}" for t in _own_restock_words(match.product))
            return Draft(action="answer", reply=reply, citations=citations, confidence=0.8)
        return self._facts_or_pages(match, context, citations)

    def _facts_or_pages(self, match: ProductMatch, context: DraftContext, citations: list[Citation]) -> Draft:
        """What the product's own data says; when it does not cover the question, a page may
        ("warranty on X?", "which nib for tiny writing in my planner?")."""
        facts = self._product_facts(match, context, citations)
        # "See Classes & Services for ages, what to bring and cancellations.": the page it points to answers
        if (pointer := _POINTS_TO_PAGE.match(facts.reply)) is not None:
            pointed = self._policy(context.with_pages(f"{context.text} {pointer.group('page')}", first=True))
            if pointed.confidence >= 0.35 and not _POINTS_TO_PAGE.match(pointed.reply):
                return pointed
        if facts.confidence < 0.5 and (row := _guide_row(context, match, citations)) is not None:
            return row
        if facts.confidence < 0.5:
            own = _asks_own_fact(context, match)
            on_attribute = _pages_on_attribute(context, match)
            paged = on_attribute or context.with_pages()
            policy = self._policy(paged, about=match.product.title)
            policy = self._beyond_the_name(paged, match, policy, about=match.product.title)
            # a page headed by what is asked answers when it speaks of the product ("our oak furniture")
            of_product = on_attribute is not None and bool(
                set(tokenize(policy.reply)) & set(tokenize(match.product.title))
            )
            if (
                policy.confidence >= max(0.35, facts.confidence)
                and (of_product or _answers_rest(context, match, policy))
                and (not own or (_names_product(policy, match) and _says_own_fact(context, match, policy)))
                and not _rows_of_other_kinds(context, match, policy)
            ):
                return policy
            asked = self._policy_on_question(context, match)
            if asked is not None and (
                not own or (_names_product(asked, match) and _says_own_fact(context, match, asked))
            ):
                return asked
            if (faq := _asked_of_its_kind(context, match)) is not None:
                return faq  # no page answers in its words: the FAQ asking it of the product's kind may
        elif (covered := self._coverage(context)) is not None:
            return covered  # "fit the valve myself, does it void the warranty?": not "Warranty: 5 years"
        elif (terms := self._terms_unsaid(context, match, facts)) is not None:
            return terms  # "is the survey fee refundable?": not "Price: €95.00"
        return facts

    def _terms_unsaid(self, context: DraftContext, match: ProductMatch, facts: Draft) -> Draft | None:
        """A question of the shop's terms on a product ("is the survey fee refundable?") that the product's
        line found says nothing of ("Price: €95.00"): the pages' sentence on them that names the product
        ("The survey costs €95 and is deducted from your installation ..."); None when none."""
        asked = policy_words(context.text)
        said = set(tokenize(facts.reply))
        # (a word said in another form is said: "deliver" and "Delivery: In-store pickup only")
        if not asked or any(w.startswith(a[:5]) for a in asked | kin_of(asked) for w in said):
            return None
        policy = self._policy(context.with_pages(), about=match.product.title)
        told = set(tokenize(policy.reply))
        named = _name_tail(context.text, match) | set(tokenize(match.product.title))
        # (in its own words: "deducted from your installation" says what "refundable?" asks)
        return policy if policy.confidence >= 0.35 and told & named and told - said else None

    def _coverage(self, context: DraftContext) -> Draft | None:
        """Whether a warranty covers what the question says happened, from what the pages say the warranty
        covers or not ("must be fitted by a qualified plumber" under "What the guarantee does not cover");
        None when it asks no such thing or no page says."""
        rules = shape_rules().phrases
        if context.retriever is None or not rules["coverage_asked"](context.text):
            return None
        policy = self._policy(context.with_pages())
        said = f"{_cited_headings(context.retriever, policy)} {policy.reply}"
        return policy if policy.confidence >= 0.35 and rules["coverage_said"](said) else None

    def _restock(self, context: DraftContext, product: Passage) -> tuple[str, list[Citation]]:
        """What the shop says about restocking this product (its own words first: "Discontinued ... We
        will not be restocking it."), or that there is no date (then a person is offered)."""
        own = _own_restock_words(product)
        if own:
            return " " + " ".join(own[:2]), [cite(product)]
        pages = [  # the pages' sentences about restocking, and only those
            (
                page.model_copy(
                    update={"text": "\n".join(t for t in sentences(body_of(page)) if "restock" in cues_in(t))}
                ),
                prior,
            )
            for page, prior in _pages(context.with_pages())
        ]
        extracted, _ = best_sentences(
            context.text, [(page, prior) for page, prior in pages if page.text], limit=1
        )
        if extracted:
            sentence, passage = extracted[0]
            return f" {sentence}", [cite(passage)]
        return " I don't have a date for when it will be back in stock.", []

    @staticmethod
    def _product_facts(match: ProductMatch, context: DraftContext, citations: list[Citation]) -> Draft:
        """A question about a product that no structured field answers: the option values it names,
        the description's line for the attribute it asks for, or the sentences that cover it; when
        the shop's information does not say, the reply says so (low confidence: a person is offered)."""
        if not match.chosen and (unmade := _measure_not_offered(context, match, beyond=True)) is not None:
            # "can you make an everyday roller blind 130 in wide?": the largest it comes in
            return Draft(action="answer", reply=unmade[0], citations=citations + unmade[1], confidence=0.8)
        text = product_text(match.product)
        description = text.body.split(" Tags: ")[0]  # its tags are words to find it by, not an answer
        values = " ".join(value for v in match.chosen for value in v.options.values())
        name_words = set(tokenize(match.product.title)) | set(tokenize(values))  # not what is asked of it
        question = _without_name(context.text, match.product.title)
        asked_words = set(tokenize(question)) - name_words - band_words(context.text, match.variants)
        names = option_names(match.variants)
        asks_options = "options" in context.understanding.cues
        # "what's the warranty on the ember pro burners?" asks a policy of its burners, not which there are
        of_a_policy = "policy_topic" in context.understanding.cues and not asks_options
        # an option is named by its last word ("which finishes?": Barrel Finish), or by any word when
        # options are asked for ("which nibs?"); "do the tubes have ox gall?" names no Tube Volume
        named_options = [
            k
            for k in names
            if not of_a_policy
            and set(tokenize(k) if asks_options else tokenize(k)[-1:]) & asked_words
            # "and violet in the 1.5 oz bottle?" names a Bottle, not asks which there are
            and not (
                match.chosen and all(_value_said(context.text, v.options.get(k, "")) for v in match.chosen)
            )
        ]
        if not named_options and asks_any_option(question):
            # "skipton heated towel rail - what heating types are there?": its Heating option, though the
            # name says "heated" too
            spoken = set(tokenize(question))
            named_options = [k for k in names if (words := set(tokenize(k))) and words <= spoken]
        if not named_options and asks_options:  # "what amounts?", "shades?", "what lengths?" of a Size in cm
            named_options = (
                options_asked(" ".join(asked_words), names)
                # "which colours do u have the gel food colouring in?": its name says "colour" too
                or options_asked(question, names)
                or options_measured(" ".join(asked_words), match.variants)
                # "which rooms do you have?" of a Pattern "Kitchen", "Bedroom", "Living Room"
                or options_by_values(" ".join(asked_words), match.variants)
                # "what binding options are there?" of a product whose one option is a Pattern "Strap",
                # "Hybrid", "Automatic": its only option, unless the kind asked is one options are
                # known by ("what colour options?" of a Size)
                or (names if len(names) == 1 and _options_by_another_word(question, asked_words) else [])
                # "what flavours does the cider kit come in?" of a feed's Pattern "Apple", "Pear"
                or catch_all_options(" ".join(asked_words), names)
            )
            named_options = _choices_first(named_options, match.variants, asked_words)
        # "what's in the towel bundle?": a list asked of a product whose name is the rest of the question
        # read with "it" for the name: "is the spray varnish safe to use inside?" asks "is it safe"
        as_it = swap_name(context.text, match.product.title, "it", least=2) or question
        title_words = set(tokenize(match.product.title))
        # not one asked only by a word of the name: "the measure fee" names the In-Home Measure
        # Appointment, and asks nothing of its Length
        attributes = [
            a
            for a in attributes_asked(as_it)
            if not (
                (phrases := attribute_phrases(a, as_it))
                and all(set(tokenize(phrase)) <= title_words for phrase in phrases)
            )
        ]
        # "what's in the first aid kit?" asks what the kit holds (a list), read as "what's in it?" too
        attributes += [a for a in attributes_asked(context.text) if a.listed and a not in attributes]
        lines = description_lines(text.own_words)
        if (aged := _for_an_age(context.text, lines)) is not None:  # "ok for a 7 year old?"
            return Draft(action="answer", reply=aged, citations=citations, confidence=0.75)
        option_words = {w for v in match.variants for value in v.options.values() for w in tokenize(value)}
        # "how long does it burn?" and "Burn time: ...": the shopper's word for the line wins
        tail = _name_tail(context.text, match)  # "the ember valley box": the box is the product
        # read without the product's name as asked: "is the hard chrome olympic bar IWF certified?" asks
        # nothing of its "Bar weight"
        # "the sable frame" names the Sable Gravel Frameset: its "frame" asks nothing of the "Frame weight"
        by_name = {
            w for w in tokenize(as_it) if len(w) >= 3 and any(t.startswith(w) and t != w for t in title_words)
        }
        unnamed = set(tokenize(as_it)) - option_words - tail - by_name
        # (or by a word's kin: "can i take it on a plane?" and "Airline travel (FAA): Yes")
        named = (
            labelled_with(lines, unnamed)
            or labelled_with(lines, kin_of(unnamed - name_words) - unnamed)
            or ([] if attributes else valued_with(lines, unnamed - name_words))
        )
        # "what's the ip rating?": a property's own word ("ip") labels its line, not "rating" alone
        # ("Rated charge current: 30 A")
        generic = {t for a in attributes if a.fallback for label in a.labels for t in tokenize(label)}
        if generic and (property_words := unnamed - generic - name_words):
            named = [line for line in named if stems_shared(label_words(line), property_words)]
        # "the pigment in French Ultramarine?" and the table's line "French Ultramarine Pigment: PB29"
        # of the variant the question names, not every colour's
        # (its measure's unit is no value: "8mm" names the 8 mm row, not every row in mm)
        said_values = set(tokenize(context.text)) & {
            w for v in match.chosen for o in v.options.values() for w in tokenize(o) if not measure_word(w)
        }
        by_value = [line for line in named if said_values & label_words(line)] or [
            # "fabric for the hazel in size 6-20?" and "Fabric requirements: 2.8 m ... (UK 6-20); 3.4 m ..."
            line
            for line in named
            if said_values & set(tokenize(line)) - label_words(line) and label_words(line) & asked_words
        ]
        named = by_value or named
        # "does it come with a lens?": the line the attribute's label names ("In the box: body only, no
        # lens"), not one whose label says a word of the question and others it does not ("Lens mount")
        # (a fallback's labels do not: "what's the voc of X?" is its "Open-circuit voltage (Voc)" line, not
        # the "Rated power" a property's "rated" says)
        by_label = lines_saying(lines, [a.labels for a in attributes if not a.fallback]) if named else []
        if by_label and not set(by_label) & set(named):
            in_question = set(tokenize(question))
            # "made of?" is not "Made in: Montréal", a line labelled with another attribute's label
            others = {
                label for a in all_attributes() if a not in attributes for label in a.labels if " " in label
            }
            # (or two of its words: "how big a room will it heat?" and "Heats rooms up to: 55 m³")
            whole = [
                line
                for line in named
                if (label_words(line) <= in_question or len(label_words(line) & in_question) >= 2)
                and line.partition(":")[0].strip().lower() not in others
            ]
            named = whole or by_label
        # a health fact asked ("contain nuts?") is said by a line labelled with its own words
        # ("Gluten-free: yes"), not one the question's other words find ("Tasting notes: Hazelnut")
        if health := [a for a in attributes if a.labelled_only]:
            asking = {
                w for a in health for phrase in attribute_phrases(a, question) for w in tokenize(phrase)
            }
            named = [line for line in named if label_words(line) & asking]
        saying = (
            named
            if attributes and named
            else lines_saying(lines, [a.labels for a in attributes if not a.fallback])
        )
        # "whats the flue outlet size on it?": a line two words of whose label the question says
        # (or its short form: "max width?" and "Maximum width: 72 in")
        by_label_words = (
            []
            if attributes or saying
            else [line for line in named if len(label_words(line) & (unnamed | kin_of(unnamed))) >= 2]
        )
        saying = saying or by_label_words
        if attributes and named:  # "how long does the battery last?": the Battery line, and the Run time
            saying += [  # a line labelled for an attribute the named lines leave unsaid
                line
                for a in attributes
                if not a.fallback and not any(says(n, a.labels) for n in named)
                for line in lines
                if line not in saying and label_words(line) & {t for w in a.labels for t in tokenize(w)}
            ]
        if attributes and not saying:  # "what's it made of?" and "Solid European oak & steel fixings"
            saying = lines_naming(lines, [value for a in attributes for value in a.values])
        # "max weight?" and "up to 22 kg", not "Weight: 6.9 kg"; "weight limit?" and "Maximum weight: 13 kg"
        limits = limit_lines(question, lines, saying) if attributes else []
        saying = limits or saying
        if shape_rules().phrases["own_weight_asked"](context.text):  # not its "Weight capacity: 800 lb"
            saying = [line for line in saying if not grammar().limit_asked.search(line.partition(":")[0])]
        # of the lines that say it, the one labelled with the version asked ("HOB 50: ... 250 gallons per
        # hour" for "flow rate on the hob 50?"), when one is
        saying = [line for line in saying if said_values and said_values <= label_words(line)] or saying
        labelled = [with_its_list(line, text.own_words) for line in saying]
        thing = asked_thing(swap_name(context.text, match.product.title, "it", least=2) or context.text)
        dont_know = _doesnt_say(f"on the {match.product.title} ", citations)
        if health and not labelled and (allergen := _allergen_listed(question, lines)) is not None:
            return (
                Draft(  # "any nut oils in the lotion?" and its "Prunus Amygdalus Dulcis (Sweet Almond) Oil"
                    action="answer",
                    reply=f"The {match.product.title} lists {allergen[0]} among its ingredients, which is "
                    f"{allergen[1]}.",
                    citations=citations,
                    confidence=0.8,
                )
            )
        if not labelled and any(a.listed for a in attributes) and (items := first_list(text.own_words)):
            if _names_thing(thing, items):
                return Draft(action="answer", reply=items, citations=citations, confidence=0.75)
            return _not_listed(items, thing, citations) if _contents(items, attributes) else dont_know
        if not named_options and attributes and not labelled:  # "how bright?" and "Output: 1200 lumens"
            named_options = [  # values that give the measure ("Size: Large" says no dimensions)
                k
                for k in names
                if any(says(value, a.labels) for a in attributes for value in _option_values(match, k))
            ]
        # "what sizes?"; not "what size mattress does the cot bed take?" and its line "Mattress: 140 x 70 cm"
        if not named_options and not attributes and asks_options and not named:
            kinds = option_kinds(question)
            said = [
                with_its_list(line, text.own_words)
                for line in sentences(text.own_words)
                if set(tokenize(line)) & kinds
            ]
            if (
                said
                and not options_asked(" ".join(kinds), names)
                and not asks_any_option(question)
                and not options_measured(question, match.variants)  # "what lengths?" of a Size in metres
            ):
                # "what colours are in the palette?", whose only option is its size: the description says
                return Draft(action="answer", reply=" ".join(said[:2]), citations=citations, confidence=0.8)
            if not _other_things(context, match, kinds):
                named_options = names
        # "how long is the chain?" and the option Chain Length: its values say it, not the line "Chain: ..."
        # (unless a labelled line says more of the question: "fill power?" and `Fill: ... 600 fill power`, not
        # the option Fill Firmness)
        said_by_label = max((len(set(tokenize(line)) & asked_words) for line in named), default=0)
        shape = answered_by(question)
        measured_by = [
            k
            for k in names
            if len(set(tokenize(k)) & asked_words) >= max(1, said_by_label)
            and any(w in tokenize(k) for a in attributes for w in a.labels)
        ] + [  # "how often can it be delivered?" and the option Delivery Every: "Every 2 Weeks", ...
            k
            for k in names
            if shape is not None
            and stems_shared(set(tokenize(k)), asked_words)
            and all(shape.answered(value) for value in _option_values(match, k))
        ]
        named_options = named_options or measured_by
        # "what colours does it come in?": the values, from the variants; "what lengths are there?" too,
        # though a line says its width
        said_option = any(set(tokenize(o)) & set(tokenize(line)) for o in named_options for line in labelled)
        # "is the vista lens spherical or cylindrical?": a line whose value says what is asked ("Lens
        # shape: spherical"), not the Lens option's values; not one whose value says another line's label
        # ("In the box: brood box, ..." for "what frames go in the brood box?")
        labels = set().union(*(label_words(line) for line in named))
        valued = [line for line in named if (set(tokenize(line)) - labels) & asked_words]
        # "temple length of the juniper in size M?" and its line "Size M: ... temple 145 mm", not the sizes
        if (
            named_options
            and not by_value
            and not (valued and not asks_options)
            # ("which battery options?" asks the Battery option's values, though a line is labelled Battery)
            and (
                not labelled
                or measured_by
                or (asks_options and (not said_option or _OPTIONS_SAID.search(question)))
            )
        ):
            return _options_listed(match, named_options, citations, context.text)
        # what "how many" counts is asked though the name says it ("how many tests ... the master test kit?")
        counted = {t for found in _HOW_MANY.finditer(context.text) for t in tokenize(found.group(1))}
        # (a stem that stemming again would change is given as the shopper wrote it: "revers" is "rever"
        # stemmed again, so "reversible" is kept)
        written = {t: w for w in _WORD_SAID.findall(context.text) for t in tokenize(w)}
        stems = [w for w in tokenize(context.text) if w not in (name_words | tail) - counted]
        asked = " ".join(w if tokenize(w) == [w] else written.get(w, w) for w in stems)
        asked = f"how many {asked}" if counted and asked else asked  # a number answers it ("250,000 knots")
        describing = "describe" in context.understanding.cues
        listed = any(a.listed for a in attributes)  # "what's in the first aid kit?" asks for its list
        # "what's in the engineering sampler pack?": the line of the version it names
        version = match.chosen[0] if len(match.chosen) == 1 else None
        if (not asked or describing) and version and (own := _version_lines(lines, said_values, version)):
            reply = (
                f"The {match.product.title} ({describe(version)}): {'; '.join(own)}. It costs "
                f"{price_text(version)}."
            )  # the version cited too: "how much is it?" goes on with the Florals set, not every set
            return Draft(action="answer", reply=reply, citations=[*citations, cite(version)], confidence=0.8)
        if (not asked and not listed) or describing:  # what the shop says of it, its price
            return Draft(action="answer", reply=_overview(match), citations=citations, confidence=0.7)
        labelled = labelled or valued or named  # "how long is the cord?" and "Cord: 2 m fabric cord"
        if labelled:  # "what's it made of?" and "Material: braided cotton rope"
            short = all(len(line) <= 40 for line in labelled[:4])  # "Length: 160 cm", "Height: 78 cm"
            shown = labelled[: 4 if short else 2]
            reply = lines_joined(shown)
            # (a line saying the attribute's own words answers: "flow rate?" and "250 gallons per hour")
            # (not a thing asked to come with it: "does it come with a battery?" and "In the box: ...")
            by_attribute = (thing is None or not thing.included) and any(
                says(reply, a.labels)
                for a in attributes
                if not a.fallback  # not "Rated life"
            )
            if (
                not limits and not by_attribute and not by_label_words and not _names_thing(thing, reply)
            ):  # "roast date?", "Roast: Dark"
                return _not_listed(reply, thing, citations) if _contents(reply, attributes) else dont_know
            if _no_number_for(question, reply):
                return dont_know  # "how long does the battery last?" and "Charging: USB-C rechargeable"
            if not limits and _leaves_unsaid(context.text, match.product.title, attributes, shown):
                return dont_know  # "is the fabric fire retardant?" and "Fabric: 100% polyester"
            reply = lines_joined(with_its_measure(shown, lines))  # "...: No. Minimum water pressure: 1.0 bar"
            # "my door is drilled with a 2-1/8 hole, will it fit?" and "not for doors drilled with a 2-1/8 in
            # cross bore": the line's no, said first
            if _asks_yes_or_no(context.text):
                if ruled_out(context.text, shown, match.product.title):
                    reply = f"No. {reply}"
                elif stated_as_asked(question, shown):
                    reply = f"Yes. {reply}"  # "can it go in zone 1?" and "Zone suitability: Zone 1 (...)"
            return Draft(action="answer", reply=_ended(reply), citations=citations, confidence=0.8)
        # not the lines of the other versions ("HOB 20: ... 100 gallons per hour" when the HOB 50 is asked)
        others = {
            w
            for v in match.variants
            if v not in match.chosen
            for o in v.options.values()
            for w in tokenize(o)
        }
        for versions_line in lines if match.chosen else []:
            label = label_words(versions_line)
            if label & (others - said_values) and not said_values <= label:
                description = description.replace(versions_line, " ")
        product = match.product.model_copy(update={"text": description})
        chosen, coverage = best_sentences(asked, [(product, 0.5)])
        specific = [w for w in tokenize(without_attribute_words(question)) if w not in name_words | tail]
        if attributes and specific:  # "what steel is it made of?": the sentences about steel also answer
            chosen, coverage = max(
                (chosen, coverage), best_sentences(" ".join(specific), [(product, 0.5)]), key=lambda c: c[1]
            )
        # a term the shop never uses ("phthalate free?") is said by none of its lines, however close one
        # about something else ("lead-free") comes
        unknown = _unknown_term(context, match)
        if not attributes and (not chosen or coverage < 0.5) and not unknown:
            line = _closest_line(context, match, lines)
            if line is not None and _names_thing(thing, line):  # below 0.5: a page that says it wins
                return Draft(action="answer", reply=line, citations=citations, confidence=0.45)
        reply = " ".join(sentence for sentence, _ in chosen)
        if (
            not chosen
            or unknown
            or coverage < (0.75 if attributes else 0.5)
            or not _names_thing(thing, reply)
            # "how long is the warranty on the harness?" is not "... for long sport days": a page may say
            or _no_number_for(question, reply)
        ):
            # "can the nore 3 burn coal?": its line of the kind other products say coal in ("Fuel: Wood
            # only"), of what the asking sentence names ("i have a metal allergy" asks no Material line)
            asking = set(tokenize(_question_part(context.text)))
            unsaid = asked_words & asking - set(tokenize(description)) - light_verbs()
            if context.retriever is not None and (kind := line_of_kind(context.retriever, lines, unsaid)):
                return Draft(action="answer", reply=kind, citations=citations, confidence=0.7)
            return dont_know
        return Draft(
            action="answer",
            reply=_ended(reply),
            citations=citations,
            confidence=round(0.5 + 0.4 * coverage, 2),
        )

    # -- policies ------------------------------------------------------------------------------
    @staticmethod
    def _policy_sentences(context: DraftContext) -> tuple[list[tuple[str, Passage]], float]:
        pages = _pages(context)
        chosen, coverage = best_sentences(context.text, pages)
        if (kind := _filed_under(context, pages)) is not None:
            # "whats the warranty on irons?" where the pages say only "Clubs (heads and shafts): 2 years"
            again, covered = best_sentences(f"{context.text} ({kind})", pages)
            if any(set(tokenize(kind)) & set(tokenize(sentence)) for sentence, _ in again):
                chosen, coverage = again, covered
        shape = answered_by(context.text)
        if shape is None or shape.name not in _CONTACT_SHAPES or context.retriever is None:
            return chosen, coverage
        if any(shape.answered(sentence) for sentence, _ in chosen):
            return chosen, coverage
        # "whats your phone number?" where the pages found give none: the pages a search in the words of
        # such an answer finds ("How do I contact you? Call us on 0131 ...")
        found = {p.key for p, _ in pages}
        hits = context.retriever.search(
            f"{context.text} {' '.join(sorted(shape.words))}", 5, filters=SearchFilters(kinds=["document"])
        )
        more = [(h.passage, h.similarity or 0.0) for h in hits if h.passage.key not in found]
        again, covered = best_sentences(context.text, pages + more) if more else ([], 0.0)
        if any(shape.answered(sentence) for sentence, _ in again):
            return again, covered
        return chosen, coverage

    def _policy(self, context: DraftContext, *, by_meaning: bool = False, about: str = "") -> Draft:
        """``_pages_answer``, unless the question asks a fact only words that state it answer (where it is
        made) and the sentences found do not say it: "where are the wetsuits manufactured?" is not
        answered by the warranty's "manufacturing defects" row."""
        found = self._pages_answer(context, by_meaning=by_meaning, about=about)
        own = [] if "policy_topic" in context.understanding.cues else _stated_attributes(context.text)
        shape = answered_by(context.text)  # "how long are gift cards valid?" and "valid for 3 years"
        if shape is not None and shape.searched and not shape.answered(found.reply):
            # "where is your store located?": the pages found say the parking; the Address section answers
            searched = context.with_pages(f"{context.text} {shape.searched}", first=True)
            again = self._pages_answer(searched, about=about)
            if shape.answered(again.reply):  # as sure as what it replaces: it holds what was asked
                found = again.model_copy(update={"confidence": max(again.confidence, found.confidence)})
        if (
            own
            and not (shape is not None and shape.answered(found.reply))
            and found.confidence >= 0.35
            and not any(says(t, a.labels) for t in sentences(found.reply) for a in own)
        ):
            return _doesnt_say()
        # "do you sell heated vests?" is not answered by "No. ... we don't sell motorcycles, tyres or oils":
        # a denial that does not cover the thing asked says nothing of it
        thing = _offered_thing(context.text)
        denial = denial_in(found.reply) if thing and found.confidence >= 0.35 else None
        # (unless the reply goes on to say the thing: "We don't offer layby, but you can pay in instalments")
        # ("We don't run public discount codes. Newsletter subscribers get 10% off" speaks of them)
        told = set(tokenize(found.reply))
        named = set(tokenize(thing.replace("-", "")))  # "e-bikes" as one word: no "bike" of "youth bikes"
        # (nor when it says what the question's shape asks for: "buy now pay later?" and "We don't offer
        # lay-by; Afterpay lets you pay in instalments.")
        precise = shape is not None and bool(shape.searched) and shape.answered(found.reply)
        if denial is not None and not denies(thing, found.reply, denial) and not named & told and not precise:
            return _doesnt_say()
        return found

    def _pages_answer(self, context: DraftContext, *, by_meaning: bool = False, about: str = "") -> Draft:
        """The pages' sentences that answer the question; ``by_meaning``: when their words do not, the one
        closest in meaning (not for a product's own question: "is the pet bowl dishwasher safe?" is not
        answered by the grooming page's "Use a soap-free pet shampoo"); ``about``: the product asked
        about, whose own rows of a table answer, not the rows beside them ("which plug for my 48 class
        in HO?" and the guide's "48 Class Branchline Diesel, HO" row)."""
        chosen, coverage = self._policy_sentences(context)
        pages = [h.passage for h in context.hits if h.passage.kind == "document"]
        chosen = in_season(chosen, context.text, context.today, pages)  # winter's hours in December
        rows = {t for t, _ in chosen if about and _TABLE_ROW.match(t)}
        asked = set(tokenize(context.text))
        # "is the LCD on the lumen 8k covered?": not the row "Lumen 8K Resin Printer (except the LCD screen)"
        if own_rows := {
            t for t in rows if share_named(about, set(tokenize(t))) >= 0.75 and not excepted(t) & asked
        }:
            # its row, and what is not a row ("If you are between two sizes, ...")
            chosen = [(t, p) for t, p in chosen if t not in rows or t in own_rows]
        # "how quickly will a shower enclosure come?": the row listing enclosures, not the one listing showers
        all_rows = {t for t, _ in chosen if _TABLE_ROW.match(t)}
        kept = set(rows_by_listed_thing(context.text, sorted(all_rows)))
        chosen = [(t, p) for t, p in chosen if t not in all_rows or t in kept]
        unknown = _coined_terms(context)
        told = set(tokenize(" ".join(sentence for sentence, _ in chosen)))
        # "can I pay with afterpay?" is not answered by "you pay the return freight"
        if unknown and chosen and not all(set(tokenize(term)) & told for term in unknown):
            chosen, coverage = [], 0.0
        shape = answered_by(context.text)  # "a minimum age?" is said in other words ("12 or older")
        answered = shape is not None and any(shape.answered(sentence) for sentence, _ in chosen)
        if not answered and _unsaid_thing(context, told):  # nor "do you do gift wrapping?" by the gift cards
            # a product looked for that no page or product names: not found, and a person offered
            return _not_found(looked, 0.6) if (looked := _looked_for(context.text)) else _offer_unsaid()
        similarity = max(
            (h.similarity or 0.0 for h in context.hits if h.passage.kind == "document"), default=0.0
        )
        confidence = round(min(0.95, 0.5 * coverage + 0.6 * max(0.0, similarity)), 2)
        if answered and shape is not None and shape.searched:
            # a sentence with what a precise shape asks for ("Afterpay lets you pay in instalments" for
            # "can i spread the cost?") answers, in whatever words the question put it
            confidence = max(confidence, 0.5)
        if by_meaning and coverage < 0.5 and context.retriever is not None:
            # a frequently asked question in other words, where the words found little: its answer ("an
            # actual store i can go to?" and "Do you have a store I can visit?"), or the words' own pick
            # from under it said with the confidence of that likeness
            same = closest_question(context.text, _pages_by_meaning(context), context.retriever.index.embed)
            if same is not None:
                sentence, page, meaning = same
                if page.key not in {p.key for _, p in chosen}:
                    return Draft(
                        action="answer", reply=sentence, citations=[cite(page)], confidence=round(meaning, 2)
                    )
                confidence = max(confidence, round(meaning, 2))
        if (not chosen or confidence < 0.35) and by_meaning and context.retriever is not None:
            closest = closest_in_meaning(context.text, _pages(context), context.retriever.index.embed)
            if closest is not None:  # "tip turps down the sink?" and "Never pour solvents down the sink"
                sentence, page, meaning = closest
                return Draft(
                    action="answer",
                    reply=with_its_heading(sentence, page),
                    citations=[cite(page)],
                    confidence=round(min(0.6, 0.35 + meaning / 4), 2),
                )
        if not chosen or confidence < 0.35:
            return Draft(
                action="answer",
                reply="I couldn't find a clear answer to that in our information. Could you rephrase it, "
                "or would you like me to ask a member of our team?",
                confidence=min(confidence, 0.25),
            )
        passages = list({p.key: p for _, p in chosen}.values())
        return Draft(
            action="answer",
            reply=as_reply(chosen, context.text),
            citations=[cite(p) for p in passages],
            confidence=confidence,
        )
