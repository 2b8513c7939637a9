"""The lexical half of retrieval: BM25 (built by ``bm25s``) over stemmed tokens that keep ids whole.

Shop queries are full of things embeddings blur: sizes ("M", "9.5"), SKUs ("SRJ-BLU-M"), order and
item ids. The tokenizer keeps single letters and numbers, and indexes a hyphenated id both whole and in
parts. Scoring sums the query terms' posting lists with one ``np.bincount``, which stays flat at 100k
passages where a per-term ``np.add.at`` does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field

from copilot.policy_files import load_yaml_model

_TOKEN = re.compile(r"[a-z0-9]+(?:[.\-_/][a-z0-9]+)*")
_STOPWORDS = frozenset(
    "a an and are as at be but by can could do does did for from had has have how i if in into is it "
    "its me my of on or our so than that the their them then there these they this to was we were "
    "what when where which who why will with would you your please hi hello thanks "
    "much many whats wats wat ur u pls plz while any youve youre ive weve theyve".split()
    # "how much", and chat spellings of the above ("youve got" is "you've got")
)
_stemmer = Stemmer.Stemmer("english")
# Size words and size codes are the same thing to a shopper: "medium" finds "M", "2XL" finds "XXL".
_SIZE_PHRASES = [
    (re.compile(r"\b(?:extra|x)[\s-]?small\b"), "xs"),
    (re.compile(r"\b(?:extra|x)[\s-]?large\b"), "xl"),
    (re.compile(r"\b(?:2xl|xx[\s-]?large|2x[\s-]?large|2x)\b"), "xxl"),
    (re.compile(r"\b(?:3xl|xxx[\s-]?large|3x[\s-]?large|3x)\b"), "xxxl"),
    (re.compile(r"\bcal(?:\.|i|ifornia)?[\s-]?king\b"), "california king"),  # "a cal king", "cali-king"
]
_CONTRACTION = re.compile(r"(?<=[a-z])['’](?:s|re|ll|ve|d|t|m)\b")  # "what's", "I'm": not sizes S and M
_FRACTIONS = ((r"three[\s-]+quarters?", "3/4"), (r"(?:a\s+)?quarter", "1/4"), ("half", "1/2"))
_UNIT = r"(?:inch|in|litre|liter|l|pound|lb|gallon|gal|cup|oz|ounce)\b"
# Everyday phrasings of shop concepts, mapped to the words policies use.
_PHRASES = [
    # "send a turntable back" returns the turntable (not "something", which names nothing)
    (
        re.compile(
            r"\b(?:send|sent|sending|ship|mail|bring|take)\s+"
            r"(?:(?:it|them|something|anything|stuff|things|everything|this|that|these|those|items?)\s+)?"
            r"((?:\w+\s+){0,2})back\b"
        ),
        r" return \1 ",
    ),
    (re.compile(r"\b(?:money|cash)\s+back\b|\breimburs\w*"), " refund "),
    # "email address for customer service?" asks how to reach the shop, not about its Assembly Service
    (re.compile(r"\bcustomer\s+(?:service|services|support|care)\b"), " contact "),
    # "what times can i ring you?" calls the shop; it names no Teething Ring
    (
        re.compile(
            r"\bring(?:ing)?\s+(?=(?:you|us|me|them)\b)|\b(?:give|gave)\s+(?:you|us|me|them)\s+a\s+ring\b"
        ),
        " call ",
    ),
    (re.compile(r"\bswap(?:ped|ping)?\b|\btrade\s+in\b"), " exchange "),
    # a card is no express delivery: "how much is express?" is not answered by "we take American Express"
    (re.compile(r"\bamerican\s+express\b"), " amex "),
    (re.compile(r"\bcost of (?:shipping|delivery)\b|\bdelivery (?:fee|charge)s?\b"), " shipping cost "),
    (re.compile(r"\bcolou?rs?\b|\bcolou?rways?\b"), " color "),
    (re.compile(r"\b(?:costs?|costing|fees?|pric(?:es?|ing|ed))\b"), " price "),
    # a fraction in words before a unit is the catalog's fraction: "half inch" is 1/2" ("1/2 in")
    *(
        (re.compile(rf"\b{words}[\s-]+(?:an?\s+|of\s+an?\s+)?(?={_UNIT})"), f" {fraction} ")
        for words, fraction in _FRACTIONS
    ),
]
# An id's parts, a measure's dimensions, a number and its unit: "SRJ-BLU-M", "700x32c" (asked for as
# "32c"), "8x10", "100ml" (written "100 ml" in the catalog)
_PARTS = re.compile(r"[\-_/]|(?<=\d)x(?=\d)|(?<=\d)(?=[a-z]{1,3}$)")
# a model code of letters and a number: "DC-200", "GT-3" ("SRJ-BLU-M" is an id of parts, not one code)
_MODEL_CODE = re.compile(r"[a-z]{1,4}-\d{1,5}|\d{1,5}-[a-z]{1,4}")
_MODEL_CODE_IN = re.compile(r"(?<![a-z0-9-])(?:[a-z]{1,4}-\d{1,5}|\d{1,5}-[a-z]{1,4})(?![a-z0-9-])")
_SIZE_WORDS = {"small": "s", "medium": "m", "med": "m", "large": "l", "lg": "l", "sm": "s"}
# A unit in words is the unit the catalog writes: "3 litre" finds "3 L", "2 pounds" finds "2 lb"
_UNIT_WORDS = {
    **dict.fromkeys(["litre", "litres", "liter", "liters", "ltr", "ltrs"], "l"),
    **dict.fromkeys(["millilitre", "millilitres", "milliliter", "milliliters"], "ml"),
    **dict.fromkeys(["centimetre", "centimetres", "centimeter", "centimeters", "cms"], "cm"),
    **dict.fromkeys(["millimetre", "millimetres", "millimeter", "millimeters"], "mm"),
    **dict.fromkeys(["gram", "grams", "gr"], "g"),
    **dict.fromkeys(["kilogram", "kilograms", "kilo", "kilos", "kgs"], "kg"),
    **dict.fromkeys(["pound", "pounds", "lbs"], "lb"),
    **dict.fromkeys(["ounce", "ounces"], "oz"),
    **dict.fromkeys(["gallon", "gallons", "gals"], "gal"),
    **dict.fromkeys(["foot", "feet"], "ft"),
}
# Plurals the stemmer cannot tie to their singular, made the singular first so both stem alike: nouns
# that end in a single "s" and add "es" (it reads "lens" as a plural, "len", and "lenses" as "lens")
_IRREGULAR_PLURALS = {
    f"{word}es": word for word in ("lens", "canvas", "iris", "alias", "gas", "bus", "thermos", "chassis")
} | {  # and nouns whose "f" becomes "ves": the stemmer makes "knives" "knive", never "knife" ("leaves"
    # and "lives" are verbs too: "it leaves our warehouse")
    plural: singular
    for singular, plural in (
        ("knife", "knives"),
        ("shelf", "shelves"),
        ("half", "halves"),
        ("scarf", "scarves"),
        ("loaf", "loaves"),
        ("calf", "calves"),
        ("wolf", "wolves"),
        ("hoof", "hooves"),
    )
}


def irregular_forms(word: str) -> set[str]:
    """A noun's singular and the plural the stemmer cannot tie to it ("knife", "knives"); else the
    word alone."""
    singular = _IRREGULAR_PLURALS.get(word.lower(), word.lower())
    return {singular, *(plural for plural, one in _IRREGULAR_PLURALS.items() if one == singular)}


SHOPPER_WORDS_FILE = Path(__file__).with_name("shopper_words.yaml")


class _ShopperWordExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    finds: list[tuple[str, str]] = Field(default_factory=list)
    compounds: list[tuple[str, str]] = Field(default_factory=list)
    not_compounds: list[str] = Field(default_factory=list)
    does_not_find: list[tuple[str, str]] = Field(default_factory=list)


class ShopperWords(BaseModel):
    """A shop's word for a kind of product and the everyday words shoppers use for it."""

    model_config = ConfigDict(extra="forbid")

    words: dict[str, list[str]]
    verb_forms: dict[str, list[str]]  # "wear" -> "wore", "worn": read as the verb itself
    languages: dict[str, list[str]]  # "shipping" -> "versand", "verzending", ...: read as the English word
    function_words: frozenset[str]  # "wie", "pour", ...: other languages' words that name nothing
    articles: frozenset[str]  # "de", "un", "la": other languages' words that a name may keep
    letters: dict[str, list[str]]  # "w" -> "wide": a version's letter and the words it stands for
    age_words: list[str]  # "aged", "yo", "months": a number beside one is an age
    light_verbs: frozenset[str]  # "put", "get": verbs a question leans on, which no answer repeats
    not_compounds: frozenset[str]
    examples: _ShopperWordExamples

    def as_shop_writes(self) -> dict[str, tuple[str, ...]]:
        tables = (self.words, self.verb_forms, self.languages)  # a shop's word may be in more than one
        return {
            said: tuple(shop.split()) for table in tables for shop, saids in table.items() for said in saids
        }


@lru_cache(maxsize=1)
def shopper_words() -> ShopperWords:
    return load_yaml_model(SHOPPER_WORDS_FILE, ShopperWords, "shopper words")


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """The light verbs' tokens: "what courier do you use?" asks only of the courier."""
    return frozenset(t for verb in shopper_words().light_verbs for t in tokenize(verb))


@lru_cache(maxsize=1)
def _shop_word() -> dict[str, tuple[str, ...]]:
    """A shopper's word -> the shop's word(s), then British spellings -> American ones."""
    words = shopper_words().as_shop_writes()
    return {said: tuple(BRITISH_ENGLISH_SPELLINGS.get(w, w) for w in shop) for said, shop in words.items()}


@lru_cache(maxsize=8192)
def compound_head(word: str) -> str | None:
    """The token of the word a compound ends with: "surfboards" is a board, "handbag" a bag; None for
    a word that is not two words in common use (seven letters or more, a three-letter part only after
    a longer one: "season" is no son), or whose end is not what it is ("cupboard", listed in
    shopper_words.yaml)."""
    from copilot.spelling import in_common_use  # the word lists, loaded only when a compound is weighed

    word = word.lower()
    if len(word) < 7 or not word.isalpha() or word in shopper_words().not_compounds:
        return None
    for cut in range(3, len(word) - 2):
        head, before = word[cut:], word[:cut]
        if len(head.removesuffix("s")) < 4 and len(before) < 4:
            continue
        singular = head[:-1] if head.endswith("s") else head
        if any(in_common_use(h) for h in {head, singular}) and in_common_use(before):
            return str(_stemmer.stemWord(singular if in_common_use(singular) else head))
    return None


def with_heads(tokens: Iterable[str]) -> set[str]:
    """Tokens and the heads of those that are compounds: a "softboard" also says "board"."""
    tokens = set(tokens)
    return tokens | {head for t in tokens if (head := compound_head(t))}


def american(word: str) -> str:
    """A word in its American spelling ("colour" -> "color"; a plural the spelling list lacks is its
    singular's spelling: "chillies" and "chilli" are "chili")."""
    spellings: dict[str, str] = BRITISH_ENGLISH_SPELLINGS
    if word in spellings:
        return spellings[word]
    for ending in ("es", "s"):
        if word.endswith(ending) and (single := word.removesuffix(ending)) in spellings:
            return spellings[single]
    return word


def _as_shop_writes(word: str) -> tuple[str, ...]:
    """The word as shops write it; a word of another language as the English word would be ("porté" is
    "worn", which is "wear")."""
    found = _shop_word().get(word)
    if found is None:
        return (american(word),)
    return tuple(english for said in found for english in _shop_word().get(said) or (said,))


@lru_cache(maxsize=1)
def _english_of() -> dict[str, str]:
    words = shopper_words()
    return {said: english for english, saids in words.languages.items() for said in saids}


_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def in_english(text: str) -> str:
    """A message in another language read word by word through ``shopper_words.yaml``'s glossary, for
    the embedding model, which reads English: "Combien de jours ai-je pour retourner un jouet ?" is
    "jours return jouet" with "jours" as "days". A message with none of those words is kept as it is
    ("la sportiva boots" stays). Remembered: a turn reads the same message in several places."""
    words = shopper_words()
    english = _english_of()
    foreign = False

    def read(match: re.Match[str]) -> str:
        nonlocal foreign
        word = match.group()
        plain = (
            "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
            .replace("-", "")
            .replace("'", "")
        )
        if plain in english:
            foreign = True
            return english[plain]
        if plain in words.function_words:
            foreign = True
            return ""
        return "" if plain in words.articles else word

    read_so = " ".join(_WORD.sub(read, text).split())
    return read_so if foreign and read_so.strip(" ?!.,") else text


def in_another_language(text: str) -> bool:
    """The glossary reads the text as another language's: ``in_english`` changes it."""
    return in_english(text) != text


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed tokens; ids kept whole and in parts; size words as size codes."""
    return list(_tokens(text))


_NEGATED = re.compile(r"\bnon-(?=[^\W\d_])", re.IGNORECASE)


def name_tokens(name: str) -> list[str]:
    """A product name's tokens, a negated word kept whole: the Electrical Non-Vented Hard Hat is not
    named by "vented" (as a passage, "non-returnable" still answers "can i return it?")."""
    return tokenize(_NEGATED.sub("non", name))


_MIXED_FRACTION = re.compile(r"(\d)(?=[\u00bc-\u00be\u2150-\u215e])")
_BARE_DECIMAL = re.compile(r"(?<![\w.,])\.(?=\d)")


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """Remembered: a turn tokenizes the same passages and messages as the turns before it did."""
    # "tete a tete" finds "Tête-à-Tête": letters without their accents
    text = _MIXED_FRACTION.sub(r"\1 ", text)  # "1⅜" is "1 3/8", not "13⁄8"
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _CONTRACTION.sub("", text.lower()).replace("\u2044", "/")
    text = _BARE_DECIMAL.sub(r"0.", text)  # "a .75 cam" is the Size 0.75
    for pattern, code in _SIZE_PHRASES:
        text = pattern.sub(code, text)
    for pattern, concept in _PHRASES:
        text = pattern.sub(concept, text)
    tokens: list[str] = []
    naming_nothing = shopper_words().function_words  # other languages' "wie", "pour": once, not per word
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        parts = _PARTS.split(token) if _PARTS.search(token) else []
        if "-" in token and token.replace("-", "").isalpha():
            token = token.replace("-", "")  # "non-stick" is "nonstick" too, as shoppers write it
        elif _MODEL_CODE.fullmatch(token):
            parts.append(token.replace("-", ""))  # "DC-200" is asked for as "dc200" too
        for word in [token, *parts]:
            if word and word not in _STOPWORDS and word not in naming_nothing:
                for said in _as_shop_writes(word):
                    tokens.append(
                        _SIZE_WORDS.get(said) or _UNIT_WORDS.get(said) or _IRREGULAR_PLURALS.get(said, said)
                    )
    return tuple(_stemmer.stemWords(tokens))


class LexicalIndex:
    """BM25 scores for the passages of one generation, by position in that generation's list."""

    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self._model = model
        self.size = size
        scores = model.scores
        self._data: NDArray[np.float32] = np.asarray(scores["data"], dtype=np.float32)
        self._indices: NDArray[np.int64] = np.asarray(scores["indices"], dtype=np.int64)
        self._indptr: NDArray[np.int64] = np.asarray(scores["indptr"], dtype=np.int64)
        self._vocab: dict[str, int] = dict(model.vocab_dict)

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        model = bm25s.BM25()
        corpus = [tokenize(t) or [""] for t in texts]
        model.index(corpus or [[""]], show_progress=False)  # a shop of orders alone has no passages
        return cls(model, len(texts))

    @classmethod
    def load_or_build(cls, texts: list[str], cache: Path | None) -> LexicalIndex:
        if cache is not None and (cache / "params.index.json").exists():
            try:
                return cls(bm25s.BM25.load(str(cache)), len(texts))
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache is rebuilt below
        index = cls.build(texts)
        if cache is not None:
            partial = cache.with_name(cache.name + ".part")
            index._model.save(str(partial))
            if not cache.exists():
                partial.replace(cache)
        return index

    def knows(self, token: str) -> bool:
        """Does any passage contain this (tokenized) term?"""
        return token in self._vocab

    def holders(self, token: str) -> set[int]:
        """The positions of the passages that contain this (tokenized) term."""
        term = self._vocab.get(token)
        if term is None:
            return set()
        return {int(i) for i in self._indices[self._indptr[term] : self._indptr[term + 1]]}

    def ends_a_term(self, token: str) -> bool:
        """Does a term of the passages end with this one ("surcharg" ends with "charg")? A shop that
        writes "surcharge" speaks of an extra charge."""
        return len(token) >= 4 and any(t.endswith(token) and t != token for t in self._vocab)

    def top(self, query: str, n: int) -> list[tuple[int, float]]:
        """(passage position, score) of the best ``n`` passages with a positive score."""
        # a code the question writes with its hyphen ("f-150") is searched as written, not also as the
        # "f150" of other products' SKUs; a passage's "DC-200" is still found by "dc200"
        written = {m.group(0).replace("-", "") for m in _MODEL_CODE_IN.finditer(query.lower())}
        term_ids = [self._vocab[t] for t in set(tokenize(query)) - written if t in self._vocab]
        if not term_ids or self.size == 0:
            return []
        ranges = [np.arange(self._indptr[t], self._indptr[t + 1]) for t in term_ids]
        postings = np.concatenate(ranges)
        scores = np.bincount(self._indices[postings], weights=self._data[postings], minlength=self.size)
        best = top_positions(scores, min(n, int(np.count_nonzero(scores))))
        return [(int(i), float(scores[i])) for i in best]


def top_positions(scores: NDArray[Any], n: int) -> NDArray[np.intp]:
    """Positions of the ``n`` highest scores, best first, without sorting the whole array."""
    n = min(n, len(scores))
    if n <= 0:
        return np.zeros(0, dtype=np.intp)
    best = np.argpartition(-scores, n - 1)[:n]
    return best[np.argsort(-scores[best])]
