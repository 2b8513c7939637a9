"""Hybrid retrieval: exact ids first, then dense (chroma) and lexical (BM25) results fused by rank.

Reciprocal rank fusion needs no score calibration between the two retrievers, which matters because
cosine distances and BM25 scores live on unrelated scales. Ids that a shopper pastes (SKUs, item and
product ids, order ids) are matched exactly and ranked first: neither retriever is reliable on them.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel

from copilot.knowledge.catalog import product_text
from copilot.lexical import (
    LexicalIndex,
    in_english,
    light_verbs,
    name_tokens,
    shopper_words,
    tokenize,
    top_positions,
)
from copilot.schemas import Citation, Order, Passage, PassageKind, SearchHit
from copilot.settings import Settings
from copilot.spelling import in_common_use, one_slip_away
from copilot.store import Generation, Store, order_lookup_key
from copilot.understanding import attribute_named, attributes_asked
from copilot.vector_index import VectorIndex

RRF_K = 60
CACHE_VERSION = 29  # bump when the cached maps, the index layout or the tokenizer change
SearchMode = Literal["hybrid", "dense", "lexical"]
_LETTERS_AND_DIGITS = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+")
_NAME_WORD = re.compile(r"[\w'’-]+")
_WORDS_WRITTEN = re.compile(r"[^\W\d_]+")
_VALUE_START = re.compile(r"\s*(\d+)\s+([^\W\d_]+)")  # "1400 Grade": a number and the word after it
_VALUE_END = re.compile(r"(?:^|.*\s)([^\W\d_]+)\s+(\d+)\s*$")  # "Code 100": a word and the number after it
# a word and the word after it (not taken), both of letters: "tea pot" may be the shop's "teapot"
_TWO_WORDS = re.compile(r"(?<![\w@.-])([^\W\d_]{2,}) (?=([^\W\d_]{2,})(?![\w@-]))")
_LETTERS = re.compile(r"[^\W\d_]+")
# a short word and the word after it: "reg service"
_CLIPPED_BEFORE = re.compile(r"(?<![\w@.-])([^\W\d_]{3,5})(?=\s+([^\W\d_]{3,})(?![\w@-]))")
_SPELT_WORD = re.compile(
    r"(?<![\w@.-])[^\W\d_]{4,}(?![\w@-])"
)  # a word of letters, not part of an id or email
# a word of three to five letters alone: "edp" may be the first letters of the shop's "Eau de Parfum"
_SHORT_WORD = re.compile(r"(?<![\w@.-])[^\W\d_]{3,5}(?![\w@-])")
_QUERY_TOKEN = re.compile(r"[#A-Za-z0-9][A-Za-z0-9#\-_./]*[A-Za-z0-9]|[A-Za-z0-9]")


class SearchFilters(BaseModel):
    """Metadata filters; every set field must match."""

    kinds: list[PassageKind] | None = None
    product_id: str | None = None
    available: bool | None = None
    source: str | None = None

    def matches(self, passage: Passage) -> bool:
        return (
            (self.kinds is None or passage.kind in self.kinds)
            and (self.product_id is None or passage.product_id == self.product_id)
            and (self.available is None or passage.available == self.available)
            and (self.source is None or passage.source == self.source)
        )

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.kinds is not None:
            clauses.append({"kind": {"$in": list(self.kinds)}})
        if self.product_id is not None:
            clauses.append({"product_id": self.product_id})
        if self.available is not None:
            clauses.append({"available": self.available})
        if self.source is not None:
            clauses.append({"source": self.source})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    @property
    def empty(self) -> bool:
        return self.chroma_where() is None


# an identifier that is a price: the variant id a platform gives an amount option ("$100", "£25.00")
_PRICE_ID = re.compile(r"[$€£¥₹]\s?\d[\d,.]*")


def id_key(text: str) -> str:
    return order_lookup_key(text)


def looks_like_id(token: str) -> bool:
    """Ids carry digits or separators, or are written in capitals ('SRJ-BLU-M', 'P1001', '#W123')."""
    stripped = token.strip("#")
    return len(stripped) >= 3 and (
        any(c.isdigit() for c in stripped) or "-" in stripped or "_" in stripped or stripped.isupper()
    )


@dataclass
class Snapshot:
    """The passages of one generation with their lexical index and lookup maps, as readers use them."""

    generation: Generation
    content_ids: list[str]
    raw: list[str]
    lexical: LexicalIndex
    ids: dict[str, list[int]]  # normalised identifier -> positions
    products: dict[str, int]  # product id -> position of the product passage
    variants: dict[str, list[int]]  # product id -> positions of its variant passages
    keys: dict[str, int]  # passage key -> position
    flagged: set[int]  # positions of passages that screening withheld from shoppers and models
    positions: dict[str, int] = field(init=False)
    _parsed: dict[int, Passage] = field(default_factory=dict)
    made_for: dict[str, Passage | None] = field(default_factory=dict)  # product id -> what it is a part of
    vectors: NDArray[np.float32] | None = None  # by position, when small enough for exact search

    def __post_init__(self) -> None:
        self.positions = {cid: i for i, cid in enumerate(self.content_ids)}

    # What readers count across the catalog, built on first use and kept with this generation.
    @cached_property
    def name_words(self) -> Counter[str]:
        """Word (and two words in a row) -> how many product names use it."""
        counts: Counter[str] = Counter()
        for position in self.products.values():
            words = name_tokens(self.passage(position).title)
            counts.update({*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))})
        return counts

    @cached_property
    def named_with(self) -> dict[str, set[str]]:
        """Word -> the products whose names use it."""
        products: dict[str, set[str]] = {}
        for product_id, position in self.products.items():
            for word in name_tokens(self.passage(position).title):
                products.setdefault(word, set()).add(product_id)
        return products

    @cached_property
    def title_words(self) -> set[str]:
        """The words of product names as they are spelled ("regulator")."""
        return {
            w
            for position in self.products.values()
            for w in _LETTERS.findall(self.passage(position).title.lower())
        }

    @cached_property
    def title_tokens(self) -> dict[int, frozenset[str]]:
        """Position of a product -> the words of its name."""
        return {p: frozenset(name_tokens(self.passage(p).title)) for p in self.products.values()}

    @cached_property
    def title_positions(self) -> dict[str, list[int]]:
        """Word -> the positions of the products whose names use it."""
        positions: dict[str, list[int]] = {}
        for position, words in self.title_tokens.items():
            for word in words:
                positions.setdefault(word, []).append(position)
        return positions

    @cached_property
    def titles(self) -> dict[str, list[frozenset[str]]]:
        """Word -> the product names (as words, two or more) that use it."""
        names = self.title_tokens
        return {w: [names[p] for p in at if len(names[p]) >= 2] for w, at in self.title_positions.items()}

    @cached_property
    def withdrawn(self) -> list[frozenset[str]]:
        """The names (as words) of the products not for sale: drafts, archived ones."""
        named = (self.passage(p) for p in self.flagged)
        return [frozenset(tokenize(p.title)) for p in named if p.kind == "withdrawn"]

    @cached_property
    def option_words(self) -> Counter[str]:
        """Word -> how many products' option names use it."""
        counts: Counter[str] = Counter()
        for positions in self.variants.values():
            names = {name for p in positions for name in self.passage(p).options}
            counts.update(set(tokenize(" ".join(names))))
        return counts

    @cached_property
    def value_pairs(self) -> Counter[str]:
        """Two words in a row -> how many products' option values say them."""
        counts: Counter[str] = Counter()
        for positions in self.variants.values():
            values = {value for p in positions for value in self.passage(p).options.values()}
            counts.update({f"{a} {b}" for v in values for a, b in itertools.pairwise(tokenize(v))})
        return counts

    @cached_property
    def value_words(self) -> set[str]:
        """The words the catalog's option values use ("blue", "large")."""
        return {
            word
            for positions in self.variants.values()
            for p in positions
            for value in self.passage(p).options.values()
            for word in tokenize(value)
        }

    @cached_property
    def values_by_name_word(self) -> dict[str, set[str]]:
        """Name word -> the words of the option values of the products whose names use it ("boot" ->
        "narrow", "27.5"): the versions a name's words can be asked in."""
        values: dict[str, set[str]] = {}
        for product_id, position in self.products.items():
            said = {
                w
                for p in self.variants.get(product_id, [])
                for v in self.passage(p).options.values()
                for w in tokenize(v)
            }
            for word in tokenize(self.passage(position).title):
                values.setdefault(word, set()).update(said)
        return values

    @cached_property
    def initialisms(self) -> dict[str, str]:
        """The first letters of an option value of three words or more -> the value ("edp" -> "Eau de
        Parfum"): how shoppers write a long version's name."""
        found: dict[str, Counter[str]] = {}
        for positions in self.variants.values():
            for p in positions:
                for value in self.passage(p).options.values():
                    words = value.split()
                    if len(words) >= 3 and all(w.isalpha() for w in words):
                        found.setdefault("".join(w[0] for w in words).lower(), Counter())[value] += 1
        # of two values with the same letters, the one most versions have, when they have twice as many
        # ("Eau de Parfum" before "Extrait de Parfum")
        chosen: dict[str, str] = {}
        for letters, values in found.items():
            (first, most), *rest = values.most_common(2)
            if not rest or most >= 2 * rest[0][1]:
                chosen[letters] = first
        return chosen

    @cached_property
    def value_starts(self) -> set[str]:
        """A number and the word after it that begin an option value ("1400 grade"), or a word and the
        number after it that end one ("code 100")."""
        starts: set[str] = set()
        for positions in self.variants.values():
            for p in positions:
                for value in self.passage(p).options.values():
                    if found := _VALUE_START.match(value):
                        starts.add(f"{found.group(1)} {' '.join(tokenize(found.group(2)))}")
                    if found := _VALUE_END.match(value):
                        starts.add(f"{' '.join(tokenize(found.group(1)))} {found.group(2)}")
        return starts

    @cached_property
    def spelling(self) -> Counter[str]:
        """Word as the passages spell it -> how often (a passage at a time: no copy of the whole
        knowledge at once)."""
        counts: Counter[str] = Counter()
        for raw in self.raw:
            counts.update(_SPELT_WORD.findall(raw.lower()))
        return counts

    def passage(self, position: int) -> Passage:
        """The passage as it reads now: a sale with a window states the price that applies today."""
        found = self._parsed.get(position)
        if found is None:
            found = self._parsed[position] = Passage.model_validate_json(self.raw[position])
        return found if found.sale is None else found.at(datetime.now(UTC))


_ID_PARTS = re.compile(r"[-_/.]")


def _fits_words(product: Passage, name: str) -> bool:
    """A line of the product's own words says it fits what ``name`` names ("Fits: Kestrel K1 only")."""
    fits = attribute_named("compatibility")
    labels = fits.labels if fits else []
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line)
        and any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", line) for label in labels)
        for line in re.split(r"\n|(?<=\.) ", product_text(product).own_words.lower())
    )


def _fitted(part: Passage, others: list[Passage]) -> Passage | None:
    """The one product a part fits by the words their names begin with ("Fits: Kestrel K1 only" in the
    Kestrel K1 Quick-Swap Nozzle, beside the Kestrel K1 CoreXY 3D Printer), of those that fit nothing
    so named themselves."""
    own = part.title.lower().split()
    found = []
    for other in others:
        words = other.title.lower().split()
        shared = list(itertools.takewhile(lambda pair: pair[0] == pair[1], zip(own, words, strict=False)))
        name = " ".join(w for w, _ in shared)
        if 2 <= len(shared) < len(words) and _fits_words(part, name) and not _fits_words(other, name):
            found.append(other)
    return found[0] if len(found) == 1 else None


_SAID_WORD = re.compile(r"[\w'-]+")


def _model_said(text: str, shared: frozenset[str], versions: set[str]) -> bool:
    """A name and a model number said together, as a model is named ("is the ardan 11 in stock?" of the
    Ardan 11 Multi-Fuel Stove): a word and a number of the name, one right after the other, the number no
    version of a product on sale (``versions``: "gyuto 210" may be a 210 mm version of a gyuto on sale)."""
    said = [set(tokenize(w)) for w in re.findall(r"\S+", text)]
    numbers = {t for t in shared if any(c.isdigit() for c in t)} - versions
    return any(
        a & shared and b & shared and (a | b) & numbers and not (a <= b or b <= a)
        for a, b in itertools.pairwise(said)
    )


def _lookup_maps(decoded: list[dict[str, Any]]) -> dict[str, Any]:
    ids: dict[str, list[int]] = {}
    products: dict[str, int] = {}
    variants: dict[str, list[int]] = {}
    keys: dict[str, int] = {}
    flagged: list[int] = []
    for position, passage in enumerate(decoded):
        keys[passage["key"]] = position
        if passage.get("flags"):
            flagged.append(position)
        for identifier in passage.get("identifiers", []):
            if not _PRICE_ID.fullmatch(identifier):  # a gift card's "$100" is no id "100 lengths" names
                ids.setdefault(id_key(identifier), []).append(position)
        if passage["kind"] == "product" and passage.get("product_id"):
            products[passage["product_id"]] = position
        elif passage["kind"] == "variant" and passage.get("product_id"):
            variants.setdefault(passage["product_id"], []).append(position)
    for members in variants.values():  # in the shop's order, not the store's
        members.sort(key=lambda p: decoded[p].get("rank") or 0)
    # a model code inside one product's ids names that product: "AL80" of "TDC-AL80" and "AL80-DIN"
    codes: dict[str, set[str]] = {}
    for passage in decoded:
        for identifier in passage.get("identifiers", []) if passage.get("product_id") else []:
            for part in _ID_PARTS.split(identifier)[1:] if _ID_PARTS.search(identifier) else []:
                # letters, then digits: "AL80", "KV2"; not a measure ("38MM", "25M")
                if len(part) >= 3 and part[0].isalpha() and model_code(part.lower()):
                    codes.setdefault(id_key(part), set()).add(passage["product_id"])
    for code, named in codes.items():
        product_id = next(iter(named)) if len(named) == 1 else None
        if product_id in products and code not in ids:
            ids[code] = [products[product_id]]  # the product, not one of its versions
    return {"ids": ids, "products": products, "variants": variants, "keys": keys, "flagged": flagged}


def load_snapshot(store: Store, settings: Settings, generation: Generation) -> Snapshot:
    """Passages from the store; lexical index and lookup maps from the cache, built on first use."""
    rows = store.passage_rows(generation.id)
    content_ids = [cid for cid, _ in rows]
    raw = [data for _, data in rows]
    cache = settings.cache_dir / f"lexical-v{CACHE_VERSION}" / generation.fingerprint[:24]
    cache.parent.mkdir(parents=True, exist_ok=True)
    maps_file = cache.with_suffix(".maps.json")
    decoded: list[dict[str, Any]] | None = None
    if maps_file.exists() and (cache / "params.index.json").exists():
        maps = json.loads(maps_file.read_text())
    else:
        decoded = [json.loads(data) for data in raw]
        maps = _lookup_maps(decoded)
        partial = maps_file.with_suffix(".part")
        partial.write_text(json.dumps(maps))
        partial.replace(maps_file)
    texts = [p["text"] for p in decoded] if decoded is not None else [json.loads(d)["text"] for d in raw]
    lexical = LexicalIndex.load_or_build(texts, cache)
    return Snapshot(
        generation=generation,
        content_ids=content_ids,
        raw=raw,
        lexical=lexical,
        ids=maps["ids"],
        products=maps["products"],
        variants=maps["variants"],
        keys=maps["keys"],
        flagged=set(maps["flagged"]),
    )


def clipped(word: str, words: set[str]) -> str | None:
    """The one of these words that ``word`` is the clipped start of ("reg" of "regulator"), as shoppers
    shorten them; None when none or several are."""
    found = {w for w in words if w.startswith(word) and len(w) >= len(word) + 3}
    return found.pop() if len(found) == 1 else None


def model_code(token: str) -> bool:
    """A token of letters and digits together ("k1000", "x100v", "rb67"): a model, when a name has it."""
    return _LETTERS_AND_DIGITS.fullmatch(token) is not None


class Retriever:
    """Searches the active knowledge generation; notices when another process publishes a new one."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        index: VectorIndex | None = None,
        refresh_seconds: float = 1.0,
    ) -> None:
        self.settings = settings
        self.store = store or Store.for_settings(settings)
        self._index = index
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._loading = threading.RLock()  # what is opened or loaded once, on first use

    @property
    def index(self) -> VectorIndex:
        """Opened on first use, once: the first requests of a server arrive together, and each client
        of an embedded index loads it whole (forty at once made 5 GB and broke chroma's tenant setup)."""
        if self._index is None:
            with self._loading:
                if self._index is None:
                    self._index = VectorIndex(self.settings)
        return self._index

    def snapshot(self) -> Snapshot | None:
        now = time.monotonic()
        if self._snapshot is not None and now - self._checked < self._refresh_seconds:
            return self._snapshot
        with self._lock:
            if self._snapshot is not None and time.monotonic() - self._checked < self._refresh_seconds:
                return self._snapshot  # another thread refreshed it while this one waited
            active = self.store.active_generation()
            self._checked = now
            if active is None:
                self._snapshot = None
            elif self._snapshot is None or self._snapshot.generation.id != active.id:
                self._snapshot = load_snapshot(self.store, self.settings, active)
        return self._snapshot

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        filters: SearchFilters | None = None,
        mode: SearchMode = "hybrid",
        include_orders: bool = False,
        include_flagged: bool = False,
        candidates: int = 30,
    ) -> list[SearchHit]:
        """Best ``k`` passages for a query. ``include_orders`` adds exact order-id matches and
        ``include_flagged`` passages that screening withheld (both for operators: order data reaches
        customers only through identity-checked lookups, and flagged text never reaches them)."""
        filters = filters or SearchFilters()
        snapshot = self.snapshot()
        hits: list[SearchHit] = []
        if include_orders:
            hits.extend(self._order_hits(query))
        if snapshot is None or not query.strip():
            return hits[:k]
        scores: dict[int, float] = {}
        matched: dict[int, list[str]] = {}
        similarity: dict[int, float] = {}

        unfiltered = filters.empty

        hidden = set() if include_flagged else snapshot.flagged

        def credit(positions: Iterable[int], how: str, bonus: float = 0.0) -> None:
            rank = 0
            for position in positions:
                if position in hidden or (not unfiltered and not filters.matches(snapshot.passage(position))):
                    continue
                scores[position] = scores.get(position, 0.0) + bonus + 1.0 / (RRF_K + rank + 1)
                matched.setdefault(position, []).append(how)
                rank += 1

        exact = self._id_matches(snapshot, query) if mode == "hybrid" else []
        credit(exact, "id", bonus=1.0)
        if mode in ("hybrid", "dense"):
            credit(self._dense(snapshot, query, candidates, filters, similarity), "dense")
        if mode in ("hybrid", "lexical"):
            credit((pos for pos, _ in snapshot.lexical.top(query, candidates * 3)), "lexical")
        if mode == "hybrid":
            credit(self._named_alone(snapshot, query), "name")
            best = dict(sorted(scores.items(), key=lambda item: -item[1])[:candidates])
            scores = self._arrange_families(snapshot, query, best, filters, set(exact), hidden)
            for position in scores:
                matched.setdefault(position, ["family"])
        ranked = sorted(scores, key=lambda pos: -scores[pos])[: max(0, k - len(hits))]
        hits.extend(
            SearchHit(
                passage=snapshot.passage(pos),
                score=round(scores[pos], 6),
                rank=0,
                matched=matched[pos],
                similarity=round(similarity[pos], 4) if pos in similarity else None,
            )
            for pos in ranked
        )
        for rank, hit in enumerate(hits, start=1):
            hit.rank = rank
        return hits

    def is_catalog_id(self, token: str) -> bool:
        """A SKU, item id or product id of the active catalog, or a model in a product's name ("K1000",
        "X100V": letters and digits in one word): public, never personal or an order."""
        snapshot = self.snapshot()
        if snapshot is None:
            return False
        words = tokenize(token)
        model = len(words) == 1 and model_code(words[0])
        return id_key(token) in snapshot.ids or (model and self.name_word_products(words[0]) > 0)

    def mended(self, text: str) -> str:
        """The message with its slips of the keyboard mended to the shop's own words ("whats the
        shiping cost", "waranty on the gps"): a word that no passage uses and that is no English word
        in common use becomes the shop's word a single slip away (a letter missed, added, changed or two
        swapped, the first letter the same, not shorter), the most used when several are. Everyday
        words are never changed ("sell" is not "shell"), and a slip with two likely mends is left. The
        first letters of a long version's name are that name ("edp": "Eau de Parfum")."""
        snapshot = self.snapshot()
        if snapshot is None:
            return text
        spelling = snapshot.spelling

        def mend(match: re.Match[str]) -> str:
            word = match.group()
            lower = word.lower()
            stems = tokenize(lower)
            if (
                lower in spelling
                or not stems
                # (or the plural of one: "what values?" is no slip for "valves")
                or any(in_common_use(w) for w in {lower, lower.removesuffix("s"), *stems})
                or snapshot.lexical.knows(stems[0])
                or attributes_asked(lower)  # "temp" is a shopper's word for temperature, not "tamp"
            ):
                return word
            return one_slip_away(lower, spelling) or word

        def join(match: re.Match[str]) -> str:  # "glass tea pot" and the Glass Teapot: the space goes
            first, second = match.group(1), match.group(2)
            parts, joined = tokenize(first) + tokenize(second), tokenize(first + second)
            # a word of its own ("teapot"), not one part stemmed ("moonstone ring" is no "moonston")
            if len(parts) != 2 or len(joined) != 1 or joined[0] in parts:
                return match.group()
            if not self.name_word_products(joined[0]):
                return match.group()
            # "cheese board" is kept when a name says it so (the Oak Cheese Board, not the Cheeseboard Hamper)
            if self.name_word_products(" ".join(parts)):
                return match.group()
            return first

        def spell_out(match: re.Match[str]) -> str:  # "haar edp 50ml" asks for the Eau de Parfum
            word = match.group()
            value = snapshot.initialisms.get(word.lower())
            return value if value is not None and not in_common_use(word.lower()) else word

        def unclip(match: re.Match[str]) -> str:  # "a reg service": the Regulator Service
            short, after = match.group(1), match.group(2)
            lower = short.lower()
            if lower in spelling or in_common_use(lower) or attributes_asked(lower):
                return short
            whole = clipped(lower, snapshot.title_words)
            if whole is None:
                return short
            # only before the word that follows it in a product's name
            pair = f"{' '.join(tokenize(whole))} {' '.join(tokenize(after))}"
            return whole if pair in snapshot.name_words else short

        text = _SHORT_WORD.sub(spell_out, text) if snapshot.initialisms else text
        text = _CLIPPED_BEFORE.sub(unclip, text)
        return _TWO_WORDS.sub(join, _SPELT_WORD.sub(mend, text))

    def slip_of_its_words(self, word: str) -> bool:
        """The word is a single slip from one the shop writes ("wraping" of "wrapping"): a typo of its own."""
        snapshot = self.snapshot()
        return snapshot is not None and one_slip_away(word.lower(), snapshot.spelling) is not None

    def name_words_spelled(self) -> AbstractSet[str]:
        """The words of product names as spelled ("blind", "bomb"): the shop's own, no one's feeling."""
        snapshot = self.snapshot()
        return snapshot.title_words if snapshot is not None else frozenset()

    def said_within(self, word: str) -> bool:
        """A word the shop writes only as the end of a longer one ("charge" of "surcharge")."""
        snapshot = self.snapshot()
        return snapshot is not None and any(snapshot.lexical.ends_a_term(t) for t in tokenize(word))

    def unknown_share(self, text: str, kin: Sequence[frozenset[str]] = ()) -> float:
        """Share of the question's words that appear nowhere in the shop's knowledge: "do you sell
        packrafts?" asks about something the shop never mentions, whatever the nearest passage says.
        A word is known when a word of its ``kin`` is ("phone" where the pages say "call")."""
        snapshot = self.snapshot()
        # a word of three letters or more as written: "axes" is its stem "ax"; not a light verb, which no
        # answer repeats ("can i get it in sc1?" asks nothing unknown)
        words = {
            t for w in _WORDS_WRITTEN.findall(text) if len(w) >= 3 for t in tokenize(w) if t.isalpha()
        } - light_verbs()
        if snapshot is None or not words:
            return 0.0
        lexical = snapshot.lexical

        def known(word: str) -> bool:
            return lexical.knows(word) or any(lexical.knows(k) for g in kin if word in g for k in g)

        return sum(not known(w) for w in words) / len(words)

    def passages(self, keys: list[str]) -> list[Passage]:
        """The active passages with these keys (unknown keys are skipped)."""
        snapshot = self.snapshot()
        if snapshot is None:
            return []
        positions = [snapshot.keys[k] for k in keys if k in snapshot.keys]
        return [snapshot.passage(p) for p in positions if p not in snapshot.flagged]

    def cited(self, citations: Sequence[Citation]) -> list[Passage]:
        """The active passages an answer cites (its orders and customers are no passages)."""
        return self.passages([c.id for c in citations if c.kind == "passage"])

    def product_ids(self) -> list[str]:
        snapshot = self.snapshot()
        return sorted(snapshot.products) if snapshot else []

    def name_word_products(self, token: str) -> int:
        """In how many product names this (tokenized) word, or two words in a row ("impact driver"),
        appears: 1 means it names one product."""
        snapshot = self.snapshot()
        if snapshot is None:
            return 0
        return snapshot.name_words.get(token, 0)

    def products_named_by_all(self, tokens: Iterable[str]) -> int:
        """How many product names use every one of these (tokenized) words, wherever in the name: 1 for
        "kanemura" and "gyuto" when one name says both (the Kanemura VG-10 Damascus Gyuto)."""
        snapshot = self.snapshot()
        if snapshot is None:
            return 0
        named = [snapshot.named_with.get(token, set()) for token in tokens]
        return len(set.intersection(*named)) if named else 0

    def option_word_products(self, token: str) -> int:
        """In how many products an option's name uses this (tokenized) word: "grind" for coffees sold
        by Grind, which no product's name says."""
        snapshot = self.snapshot()
        if snapshot is None:
            return 0
        return snapshot.option_words.get(token, 0)

    def option_value_products(self, pair: str) -> int:
        """In how many products an option's value says these two (tokenized) words in a row: "quick
        swap" for nozzles sold with a "Forge Quick-Swap" thread."""
        snapshot = self.snapshot()
        if snapshot is None:
            return 0
        return snapshot.value_pairs.get(pair, 0)

    def is_option_amount(self, number: str, word: str, *, word_first: bool = False) -> bool:
        """A number and the word after it begin one of the catalog's option values ("1400 grade" of
        "1400 Grade", "2000 piece"), or a word and the number after it end one ("code 100" of "Code
        100"): a version of a product, not an order number."""
        snapshot = self.snapshot()
        if snapshot is None:
            return False
        said = [number, " ".join(tokenize(word))]
        return " ".join(reversed(said) if word_first else said) in snapshot.value_starts

    def names_in(self, text: str, share: float = 1.0) -> list[frozenset[str]]:
        """The product names (as words, two or more) whose every word (or this share of them) the text
        holds: "is the track floor pump in stock?" names the Track Floor Pump, whose "track" is no
        question about tracking."""
        titles = self._titles()
        said = set(tokenize(text))
        found = {n for word in said for n in titles.get(word, []) if len(n & said) >= share * len(n)}
        return sorted(found, key=len, reverse=True)

    def withdrawn_named(self, text: str) -> str:
        """The words of the text that name a product not for sale (a draft, an archived one), when they
        name it more fully than any product on sale names itself there: "the sorrento wicker dining
        set" is the archived Sorrento, not the Kiama Wicker Dining Set on sale. Empty when none does."""
        snapshot = self.snapshot()
        if snapshot is None or not snapshot.withdrawn:
            return ""
        words = set(tokenize(text))
        best = max(snapshot.withdrawn, key=lambda named: len(named & words))
        shared = best & words
        half = len(shared) * 2 >= len(best)
        if not shared or not (half or _model_said(text, shared, snapshot.value_words)):
            return ""
        on_sale = {n for w in shared for n in snapshot.titles.get(w, [])}  # names of two words or more
        # with the version the text names: "the harborline hybrid in queen" is the Harborline Hybrid
        # Mattress on sale in Queen, not the Harborline Hybrid Floor Model (Queen)
        values = self.values_of_names(set().union(*on_sale)) & shared
        if any(len((n | values) & words) >= len(shared) for n in on_sale):
            return ""
        if len(shared) == 1 and snapshot.name_words.get(next(iter(shared))):
            return ""  # its one word is in a name on sale too
        return " ".join(w for w in _SAID_WORD.findall(text) if set(tokenize(w)) & shared)

    def name_share(self, words: set[str]) -> float:
        """The largest share of these words one product name (of two words or more) says."""
        titles = self._titles()
        names = {n for w in words for n in titles.get(w, [])}
        return max((len(words & n) / len(words) for n in names), default=0.0) if words else 0.0

    def option_value_word(self, token: str) -> bool:
        """A (tokenized) word some option value uses: "blue" of "Colour: Blue"."""
        snapshot = self.snapshot()
        return snapshot is not None and token in snapshot.value_words

    def values_of_names(self, words: set[str]) -> set[str]:
        """The option value words of the products whose names use any of these (tokenized) words."""
        snapshot = self.snapshot()
        if snapshot is None:
            return set()
        table = snapshot.values_by_name_word
        return set().union(*(table.get(w, set()) for w in words))

    def names_saying(self, words: set[str]) -> int:
        """How many product names (of two words or more) say every one of these words: "party plates"
        is said by the Party Paper Plates alone, though "party" and "plates" are in other names."""
        titles = self._titles()
        fewest = min((titles.get(w, []) for w in words), key=len, default=[])
        return sum(1 for name in fewest if words <= name)

    def _titles(self) -> dict[str, list[frozenset[str]]]:
        """Word -> the product names (as words, two or more) that use it, built once per generation."""
        snapshot = self.snapshot()
        if snapshot is None:
            return {}
        return snapshot.titles

    def without_names(self, text: str, share: float = 1.0) -> str:
        """The text with the product names it says (all their words, or this share of them) taken out,
        word for word: "the Melting Cleansing Balm melted in my bag" keeps "melted", and its name
        reports no incident."""
        names = self.names_in(text, share)
        if not names:
            return text
        words = list(_NAME_WORD.finditer(text))
        cut: set[int] = set()  # the words taken out, leftmost match first
        for name in names:
            i = 0
            while i < len(words):
                end = next(
                    (
                        j
                        for j in range(min(len(words), i + len(name)), i, -1)
                        if not cut & set(range(i, j))
                        and set(tokenize(words[i].group())) & name  # a name's word first, not "my"
                        and (said := set(tokenize(" ".join(w.group() for w in words[i:j])))) <= name
                        and len(said) >= share * len(name)
                    ),
                    None,
                )
                if end is None:
                    i += 1
                else:
                    cut.update(range(i, end))
                    i = end
        for index in sorted(cut, reverse=True):
            word = words[index]
            text = text[: word.start()] + text[word.end() :]
        return text

    def family(self, product_id: str) -> tuple[Passage | None, list[Passage]]:
        """A product's passage and all its variant passages, for structured answers."""
        snapshot = self.snapshot()
        if snapshot is None:
            return None, []
        product = snapshot.products.get(product_id)
        return (
            snapshot.passage(product) if product is not None and product not in snapshot.flagged else None,
            [snapshot.passage(p) for p in snapshot.variants.get(product_id, []) if p not in snapshot.flagged],
        )

    def names_with(self, words: set[str]) -> list[Passage]:
        """The products on sale whose names say every one of these (tokenized) words."""
        snapshot = self.snapshot()
        if snapshot is None or not words:
            return []
        fewest = min((snapshot.title_positions.get(w, []) for w in words), key=len)
        return [
            snapshot.passage(p)
            for p in fewest
            if p not in snapshot.flagged and words <= snapshot.title_tokens[p]
        ]

    def made_for(self, product: Passage) -> Passage | None:
        """The other product this one is made for, when its own words name that product whole ("A spare
        visor for the Apex GT Carbon Full-Face Helmet", "Fits: ..."): the shopper who says only the
        part of the name the two share ("the apex gt") means the product, not its spare part."""
        snapshot = self.snapshot()
        words = tokenize(product.title)
        if snapshot is None or not words or not product.product_id:
            return None
        if product.product_id not in snapshot.made_for:  # asked of a product again and again: kept
            own = product_text(product).own_words.lower()
            # a part's name begins as the product's does ("Apex GT ..."): only those names are read
            sharing = [p for p in snapshot.title_positions.get(words[0], []) if p not in snapshot.flagged]
            named = (snapshot.passage(p) for p in sharing)
            others = [o for o in named if o.product_id != product.product_id]
            whole = next((o for o in others if o.title.lower() in own), None) or _fitted(product, others)
            snapshot.made_for[product.product_id] = whole
        return snapshot.made_for[product.product_id]

    def product_of(self, item_id: str) -> Passage | None:
        """The product a catalog id (its product id, a variant id or a SKU) belongs to."""
        product, _ = self.family(item_id)
        snapshot = self.snapshot()
        if product is not None or snapshot is None:
            return product
        owners = [snapshot.passage(p).product_id for p in snapshot.ids.get(id_key(item_id), [])]
        return next((self.family(o)[0] for o in owners if o), None)

    def variant_of(self, item_id: str) -> Passage | None:
        """The one version a catalog id (a variant id or a SKU) names, if it names one."""
        snapshot = self.snapshot()
        if snapshot is None:
            return None
        found = [
            passage
            for p in snapshot.ids.get(id_key(item_id), [])
            if p not in snapshot.flagged and (passage := snapshot.passage(p)).kind == "variant"
        ]
        return found[0] if len(found) == 1 else None

    def _arrange_families(
        self,
        snapshot: Snapshot,
        query: str,
        scores: dict[int, float],
        filters: SearchFilters,
        exact: set[int],
        hidden: set[int],
    ) -> dict[int, float]:
        """Within each product's share of the ranking, put the variant whose options the query names
        first; when the query names no option that tells its variants apart, the product passage
        answers for the family. Members swap scores, so other passages keep their places."""
        query_tokens = set(tokenize(query))
        families: dict[str, list[int]] = {}
        for position in scores:
            passage = snapshot.passage(position)
            if passage.kind in ("product", "variant") and passage.product_id:
                families.setdefault(passage.product_id, []).append(position)
        arranged = dict(scores)
        for product_id, members in families.items():
            variants = [m for m in members if snapshot.passage(m).kind == "variant"]
            if not variants:
                continue
            product = snapshot.products.get(product_id)
            if product in hidden:
                product = None
            # Words of the product's own name do not name an option ("stove" is not "stove only").
            title = snapshot.passage(product).title if product is not None else ""
            option_words = query_tokens - set(tokenize(title))
            named = {
                m: options_named(snapshot.passage(m), option_words) + (100 if m in exact else 0)
                for m in variants
            }
            baseline = min(named.values()) if len(variants) > 1 else 0
            order = sorted(variants, key=lambda m: (-named[m], -scores[m]))
            # ties are broken so the chosen order survives the final sort
            family_scores = [
                s - i * 1e-9 for i, s in enumerate(sorted((scores[m] for m in members), reverse=True))
            ]
            if product is not None and max(named.values()) <= baseline:
                if product not in members:
                    if not filters.matches(snapshot.passage(product)):
                        continue
                    family_scores.insert(0, family_scores[0] + 1e-6)
                order.insert(0, product)
            elif product in members:
                order.append(product)
            arranged.update(zip(order, family_scores, strict=True))
        return arranged

    def _named_alone(self, snapshot: Snapshot, query: str) -> list[int]:
        """The products a word of the query names alone: a word of one product's name that no passage
        outside its family says ("how thick is the drift steamer?" and the Drift 3/2mm Steamer). The
        meaning of "thick" draws every version with a Thickness option; the name settles it. Only a word
        said beside another of the name's, and not the name's last word, its kind ("do you do layby on
        candles?" asks the shop, whose one candle it is not about)."""
        found: list[int] = []
        said = tokenize(query)
        for i, token in enumerate(said):
            named = snapshot.title_positions.get(token, [])
            if len(named) != 1 or named[0] in found:
                continue
            name = name_tokens(snapshot.passage(named[0]).title)
            # said as part of the name, beside another of its words ("drift steamer"; not "works fine" and
            # the Fine-Mesh Net), and not its last word
            beside = {*said[max(0, i - 1) : i], *said[i + 1 : i + 2]}
            if name[-1:] == [token] or not beside & set(name):
                continue
            product_id = snapshot.passage(named[0]).product_id
            family = {named[0], *snapshot.variants.get(product_id or "", [])}
            if snapshot.lexical.holders(token) <= family:
                found.append(named[0])
        return found

    def _id_matches(self, snapshot: Snapshot, query: str) -> list[int]:
        found: list[int] = []
        for token in _QUERY_TOKEN.findall(query):
            if looks_like_id(token):
                for position in snapshot.ids.get(id_key(token), []):
                    if position not in found:
                        found.append(position)
        return found

    def _dense(
        self, snapshot: Snapshot, query: str, n: int, filters: SearchFilters, similarity: dict[int, float]
    ) -> list[int]:
        vector = self.index.embed([in_english(query)])[0]  # the model reads English
        if filters.empty and snapshot.generation.passage_count <= self.settings.exact_search_limit:
            return self._exact(snapshot, vector, n, similarity)
        found = []
        for cid, distance in self.index.query(vector, n, where=filters.chroma_where()):
            if cid in snapshot.positions:
                found.append(snapshot.positions[cid])
                similarity[snapshot.positions[cid]] = 1.0 - distance
        return found

    def _exact(
        self, snapshot: Snapshot, vector: NDArray[np.float32], n: int, similarity: dict[int, float]
    ) -> list[int]:
        """Exact cosine search over the generation's vectors, kept in memory. Below the limit it is as
        fast as HNSW and never misses: approximate graphs built by chroma occasionally left a whole
        cluster of passages unreachable (seen on the tau-bench store, about one build in ten)."""
        if snapshot.vectors is None:
            with self._loading:  # once: a worker's first requests all arrive here together
                if snapshot.vectors is None:
                    snapshot.vectors = self.index.vectors(snapshot.content_ids)
        # einsum, not BLAS: OpenBLAS's threads keep spinning after a call and slow the next query
        # embedding (onnxruntime's threads) by more than the product costs.
        scores = np.einsum("ij,j->i", snapshot.vectors, vector)
        best = top_positions(scores, n)
        similarity.update((int(i), float(scores[i])) for i in best)
        return [int(i) for i in best]

    def _order_hits(self, query: str) -> list[SearchHit]:
        found: dict[str, Order] = {}
        for token in _QUERY_TOKEN.findall(query):
            if looks_like_id(token) and (order := self.store.order(token)) is not None:
                found.setdefault(order.order_id, order)
        return [
            SearchHit(passage=order_passage(order), score=2.0, rank=0, matched=["id"])
            for order in found.values()
        ]


@lru_cache(maxsize=65536)
def value_words(value: str) -> frozenset[str]:
    """An option value's words; a hyphenated value is named by its parts ("3-person" by "3 person")."""
    parts = tokenize(re.sub(r"[\-_/]", " ", value))  # not "xfull", the whole of "X-Full"
    return frozenset(parts) or frozenset(tokenize(value))


_WHOLE = re.compile(r"^(\d+)\.0+(?=[a-z]*$)")


def _whole(tokens: Iterable[str]) -> set[str]:
    """Amounts written with and without a zero decimal are one: "5.0ah" is "5ah", "2.0" is "2"."""
    return {_WHOLE.sub(r"\1", token) for token in tokens}


_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")  # "50mm", "2.5l": an amount written with its unit


_YEARS = re.compile(r"^((?:19|20)\d\d)-((?:19|20)\d\d)$")
_SPAN = re.compile(r"^(\d{1,3})-(\d{1,3})$")


@lru_cache(maxsize=1)
def _age_words() -> frozenset[str]:
    return frozenset(t for w in shopper_words().age_words for t in tokenize(w))


def _said_joined_or_within(value: str, query_tokens: set[str]) -> set[str]:
    """The words of a value's hyphenated parts the query names another way: written joined ("f150"
    names "F-150", "5w30" names "5W-30"), a year within a span of years ("2019" names "2015-2024";
    not a gauge's "10-46" by "11"), or an age within a span of ages ("my 10 year old" names "Ages 8-12",
    and the word for an age it says)."""
    said: set[str] = set()
    numbers = [int(t) for t in query_tokens if t.isdigit()]
    tokens = tokenize(value)
    ages = _age_words() & set(tokens) if _age_words() & query_tokens else set()
    for token in tokens:
        if "-" not in token:
            continue
        joined = token.replace("-", "") in query_tokens
        span = _YEARS.match(token)
        within = span is not None and any(int(span[1]) < n < int(span[2]) for n in numbers)
        age_span = _SPAN.match(token) if ages else None
        aged = age_span is not None and any(int(age_span[1]) <= n <= int(age_span[2]) for n in numbers)
        if joined or within or aged:
            said |= value_words(token) | ages
    return said


def options_named(passage: Passage, query_tokens: set[str]) -> float:
    """How many of a variant's option values the query names: 1 for each value whose words all appear,
    a share for a value only partly named ("red" names "ember red" by half), and a little more for a
    value named whole ("1/2" names 1/2" better than 1"). "5Ah" names "5.0Ah". An amount the query says
    with its unit names no amount in another unit and no word that is only its unit: "50m" names
    neither "50mm" nor "Medium" (size M)."""
    named = 0.0
    query_tokens = _whole(query_tokens)
    units = {n: u for t in query_tokens if (m := _AMOUNT.fullmatch(t)) for n, u in [m.groups()]}
    for value in passage.options.values():
        if said_for := shopper_words().letters.get(value.strip().casefold()):  # "8 wide" names Width: W
            # "extra large" names XL a little more than it names L
            spoken = [len(tokens) for words in said_for if (tokens := set(tokenize(words))) <= query_tokens]
            named += 1 + 0.1 * (max(spoken) - 1) if spoken else 0.0
        if words := _whole(value_words(value)):
            amounts = [m.groups() for t in words if (m := _AMOUNT.fullmatch(t))]
            said = words & query_tokens | _said_joined_or_within(value, query_tokens)
            said -= {n for n, u in amounts if n in units and units[n] != u}  # "50m" and "50mm"
            # a unit is a word of this value only with its number ("18 ml", "50m"), not "Medium"'s "m"
            with_number = {u for n, u in units.items() if n in words} | {u for _, u in amounts}
            said -= {w for w in said if w in units.values() and w not in with_number}
            named += len(said) / len(words)
            named += 0.01 * len((_whole(tokenize(value)) - words) & query_tokens)
    return named


def order_passage(order: Order) -> Passage:
    """An order shown as a passage for operators; built on the fly, never embedded."""
    items = "; ".join(
        f"{item.quantity} x {item.name}" + (f" ({', '.join(item.options.values())})" if item.options else "")
        for item in order.items
    )
    tracking = [t for s in order.shipments for t in s.tracking_numbers]
    text = f"Order {order.order_id}: status {order.status}. Items: {items or 'none'}."
    if order.total is not None:
        text += f" Total: {order.total:.2f} {order.currency}."
    if tracking:
        text += f" Tracking: {', '.join(tracking)}."
    return Passage(
        key=f"order:{order.order_id}",
        kind="order",
        text=text,
        source="orders",
        title=f"Order {order.order_id}",
        identifiers=[order.order_id],
    )
