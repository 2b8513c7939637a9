"""Finding personal data in text: emails, payment cards, phone numbers, street addresses, names.

Each detector returns spans; overlapping spans are merged, and ``redact`` replaces each with a typed
placeholder ([email], [card], [phone], [address], [name]). Phone numbers are recognised by the
``phonenumbers`` library in many countries' formats; a run of digits that a shop uses as an identifier
(order numbers, SKUs, tracking numbers: ``keep``) or that follows a word like "order" or "item" is not a
phone. The shop's own published contact data (``public``) is not personal data. Names of the shop's
customers (``names``) are redacted wherever they appear, except for the customer a caller has proven.
"""

from __future__ import annotations

import importlib
import itertools
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import phonenumbers
import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from stdnum import iban

from copilot.policy_files import expand_lexicons, load_yaml_model
from copilot.redaction import learned as learned_words
from copilot.spelling import english_words

RULES_FILE = Path(__file__).with_name("rules.yaml")
NAMES_DIR = Path(__file__).with_name("names")

# Any script: 'josé@correo.es', '用户@例子.公司', 'user@xn--bcher-kva.example'.
_MARK = "\u0300-\u036f\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # vowel signs of Indic and Thai scripts
EMAIL = re.compile(
    rf"(?<![\w.+-])[\w{_MARK}.!#$%&'*+/=?^`{{|}}~-]+@(?:[^\W_](?:[\w{_MARK}-]*[\w{_MARK}])?\.)+"
    rf"(?:[^\W\d_](?:[^\W\d_]|[{_MARK}])+|xn--[\w-]+)(?!\w|-[A-Za-z0-9])"  # "-ზე": a case ending after it
)
# Chinese and Japanese write no space between words: "メールはaisha@example.comです", "注文番号TS-106852の"
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_CJK_SEAM = re.compile(rf"(?<=[{_CJK}])(?=[A-Za-z0-9#+])|(?<=[A-Za-z0-9])(?=[{_CJK}])")


def apart_from_cjk(text: str) -> str:
    """The text with a space where Chinese or Japanese writing meets a Latin letter or a digit, so that an
    email, an order number or a postcode written against them is read alone."""
    return _CJK_SEAM.sub(" ", text)


# 'maya dot okafor at gmail dot com', 'john[at]example[dot]org', 'lena [punkt] becker [at] gmx [punkt] de',
# 'pierre.martin(arobase)free.fr', 'seojun.park 골뱅이 gmail.com'
_AT = (
    r"(?:at|@|arroba|arobase|chiocciola|klammeraffe|snabel-a|apenstaartje|ma[lł]pa|собака|골뱅이|kukac|zavin[aá][cč]|"
    r"miukumauku|"
    r"アットマーク|アット|艾特)"
)
_DOT = (
    r"(?:dot|punto|punkt|point|ponto|piste|prikk|kropka|puntje|punt|pont|te[cč]ka|bodka|nokta|titik|ch[aấ]m|"
    r"точка|점|ドット|点)"
)
_SEP_AT = rf"(?:\s*[\[(<{{]\s*{_AT}\s*[\])>}}]\s*|\s+{_AT}\s+|%40)"  # "%40": an email inside a link
_SEP_DOT = rf"(?:\s*[\[(<{{]\s*{_DOT}\s*[\])>}}]\s*|\s+(?:{_DOT}|\.)\s+)"  # "orange . fr" too
# 'sarah underscore lynn at outlook dot com'
_SPELLED = (
    r"(?:\s+(?:underscore|dash|hyphen|minus|punto\s+bajo|guion(?:\s+bajo)?|tiret(?:\s+bas)?|unterstrich|"
    r"bindestrich)\s+[\w.+-]+)"
)
_OBFUSCATED_EMAIL = re.compile(
    rf"(?i)(?<![\w.+-])[\w.+-]+(?:(?:{_SEP_DOT}|{_SPELLED})[\w.+-]+)*{_SEP_AT}[\w-]+"
    rf"(?:(?:{_SEP_DOT}|\.)[\w-]+)*(?:{_SEP_DOT}|\.)(?:com|org|net|edu|gov|io|co|info|biz|[a-z]{{2}})\b"
)
# what may part two pieces of one address or one name: "Savanorių pr. 118-4, LT-50185 Kaunas"
_BETWEEN_PARTS = re.compile(r"[\s,.\-/#№\d]*")
# a payment handle: a name at a bank or wallet with no domain after it ("rahul.verma92@okaxis", UPI's)
_HANDLE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.-]*[A-Za-z0-9]@[A-Za-z]{2,}(?![\w@]|\.[A-Za-z])")
_CARD = re.compile(r"(?<![A-Za-z0-9_.,-])(?:\d(?:[ .-]{1,2}(?=\d))?){12,18}\d(?![A-Za-z0-9_-]|[.,]\d)")
# ASCII-only boundaries: a number inside Japanese or Chinese text has letters of those scripts beside it
# a hyphen and lower-case letters after the number are a case ending ("2286-os", Hungarian), not a code
_DIGIT_RUN = re.compile(
    r"(?:(?<![A-Za-z0-9_#/.@-])\+|(?<![A-Za-z0-9_#/.,@-])(?:00)?)"  # "，+86 139..." keeps its "+"
    r"\d[\d \t\u00a0().\-/_–‑]{5,}\d(?![A-Za-z0-9_@°%‰]|-(?![a-zß-ÿ])|[.,]\d)"  # a number stays on its line
)
_SPOKEN_GAP = re.compile(r"[\s,.\-–/()]{0,3}")  # between the words of a number said aloud
_TWO_NUMBERS = re.compile(r"\s*/\s*|\s{2,}")
_BRACKET = re.compile(r"[()]")
_CODE = re.compile(r"\s*\+?\d+\s*")  # what a phone number's brackets hold
_BRACKETED_CODE = re.compile(r"\s*\+?\d+\s*\)")
_EXTENSION = re.compile(
    r"\s*(?:,\s*)?[(（]?\s*(?:ext\.?|extn\.?|extension|x|#|内線|내선|доб\.?|poste|durchwahl|nebenstelle|wew\.?|wewn\.?|分機|分机|轉|转|"
    r"interno|int\.|ramal|anexo|toestel|linka|kl\.|lokal|dahili|αριθμός|שלוחה|تحويلة)\s*\d{1,6}\s*[)）]?",
    re.IGNORECASE,
)
_POSTCODE_LIKE = re.compile(r"^\d{4,5}-\d{3}$|^\d{2}-\d{3}$")
_DATE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s+\d{1,2}(?::\d{2}(?::\d{2})?)?)?$"
)
_MONEY_BEFORE = re.compile(r"[$€£¥₹]\s?$")
_AMOUNT = re.compile(
    r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$|^\d{1,3}(?:\s\d{3})+[.,]\d{1,2}$|^\d+[.,]\d{1,2}$"
)
PLACEHOLDERS = {
    "email": "[email]",
    "card": "[card]",
    "phone": "[phone]",
    "address": "[address]",
    "name": "[name]",
    "account": "[account]",
    "id": "[id]",
    "birth_date": "[date of birth]",
}
_PRIORITY = {
    "email": 5,
    "card": 4,
    "account": 4,
    "id": 3,
    "birth_date": 3,
    "phone": 3,
    "address": 2,
    "name": 1,
}
# an IBAN as written: country, check digits, then groups ("DE44 5001 0517 5407 3249 31")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{1,4}){3,8}\b")
# the number after an identity document's name: groups with a digit ("JG 10 37 48 A", "K234567(6)")
_ID_GROUP = r"[^\W_]+(?:[.\-/][^\W_]+)*(?:\([^\W_]\))?"
# a group with a digit, also after a dash ("GHA-717470591-6"), or one or two capitals
_ID_PART = rf"(?=(?:[^\W_]|[.\-/](?=[^\W_]))*\d|[A-Z]{{1,2}}\b){_ID_GROUP}"
# Chinese and Japanese write the number against its name ("身分證A239318792"): their letters may come before
_ID_VALUE = re.compile(rf"(?<![^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]){_ID_PART}(?:[ ]{_ID_PART})*")
# between a document's name and its number, a few words, a colon, a question mark, a dash or a bracket ("so
# here it is:", "NI number? its JT 48 22 91 B", "BSN heb je niet nodig toch? (111222333)", "DNI de ella por
# si lo pide el mensajero: 36521171T", "for the van hire add-on:", "身份证号（清关用）："), a full stop just
# before ("AHV-Nr.: 756.9217.0441.82", "NRIC. S8834512F"), no number
_GAP_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_ID_GAP = re.compile(
    rf"(?:[^\W\d_]*|\.)(?:[ \t]*[?,]?[ \t]+{_GAP_WORD}){{0,8}}[ \t]*(?:[(（][^\d()（）]{{1,12}}[)）])?"
    r"[ \t]*\.?[ \t]*[:：?？—–(（,]?[ \t]*[(（]?[ \t]*"
)


class _Examples(BaseModel):
    redacted: list[dict[str, Any]] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)


class _CheckedId(BaseModel):
    """An identity number's shape, and the python-stdnum module that checks a match is one."""

    model_config = ConfigDict(extra="forbid")

    stdnum: str
    shape: re.Pattern[str]

    @field_validator("stdnum")
    @classmethod
    def _known(cls, name: str) -> str:
        _stdnum(name)  # raises on a module python-stdnum does not have
        return name


_IMPORTING = threading.Lock()


@cache
def _stdnum(name: str) -> ModuleType:
    """The checking module, imported one at a time: python-stdnum's country modules import each other
    ("es.nie" imports "es.nif"), and two threads importing them at once deadlock on the module locks."""
    with _IMPORTING:
        return importlib.import_module(f"stdnum.{name}")


class _Phones(BaseModel):
    context: re.Pattern[str]
    says_phone: re.Pattern[str]
    not_after: re.Pattern[str]
    digit_words: dict[str, list[str]]  # language -> the words for 0..9, "|" between spellings
    number_words: dict[int, list[str]]  # digits -> words that say that many ("douze", "девятьсот")
    digit_characters: str  # digits written as characters ("一三八")
    repeat_words: dict[str, int]  # "double" -> 2
    regions: list[str]

    @cached_property
    def spoken_token(self) -> re.Pattern[str]:
        """A word, a run of digits, or a run of digit characters apart from the letters beside them
        ("电话一三八" is 电话 and 一三八)."""
        digits = re.escape(self.digit_characters)
        return re.compile(rf"[{digits}]+|[^\W\d_{digits}]+|\d+")

    @cached_property
    def spoken(self) -> dict[str, int]:
        """How many digits a spoken word stands for: "five" 1, "double" (with the digit after it) 2."""
        said = {
            w.casefold(): 1 for words in self.digit_words.values() for ways in words for w in ways.split("|")
        }
        numbers = {w.casefold(): n for n, words in self.number_words.items() for w in words}
        return said | numbers | {w.casefold(): n - 1 for w, n in self.repeat_words.items()}


class RedactionRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    lexicons: dict[str, str] = Field(default_factory=dict)
    addresses: list[re.Pattern[str]]
    address_tail: list[re.Pattern[str]]
    names: list[re.Pattern[str]]
    not_family_names: re.Pattern[str]
    not_names: re.Pattern[str]
    brands: re.Pattern[str]  # ``not_names`` found anywhere in a text: no name inside them
    not_given_names: frozenset[str]
    name_endings: frozenset[str]  # case endings: "Jonui" is "Jonas" said to someone
    name_cue_before: re.Pattern[str]
    particles: frozenset[str]  # "van", "ap", "binti": words inside a name, never a name (``name_particle``)
    self_introduction: re.Pattern[str]  # "my name is": what follows is a name, even "deepak", in lower case
    greeting_its: re.Pattern[str]  # "hey its": a given name after it that ends its phrase, even "jake"
    greeted_name: re.Pattern[str]
    not_greeted: frozenset[str]
    greeting_filler: frozenset[str]  # "so much", "mbak": between a thanks and the name, no part of it
    caseless_prefix: re.Pattern[str]
    region_after_town: re.Pattern[str]
    address_part: re.Pattern[str]
    address_markers: re.Pattern[str]
    address_label: re.Pattern[str]  # "Adresa:", "العنوان:": the parts after it are an address
    address_sent_to: re.Pattern[str]  # "deliver to", "na adresu": the parts after it may be one
    address_landmark: re.Pattern[str]  # "near", "جنب": an address placed by what is near it
    address_clause: re.Pattern[str]  # "is that in your area?": a sentence, no part of the address
    not_sent_by: re.Pattern[str]  # "We ship to Canada": the shop's words, no customer's address
    strong_postcodes: list[re.Pattern[str]]
    id_label: re.Pattern[str]  # "passport no.", "DNI", "CLABE": the name of an identity or bank number
    checked_ids: list[_CheckedId]  # identity numbers told by their shape and check, with no name before
    birth_date: re.Pattern[str]  # "DOB: 03/14/1987": a date of birth after its name (group ``date``)
    unit_after: re.Pattern[str]
    phones: _Phones
    examples: _Examples = Field(default_factory=_Examples)

    @model_validator(mode="before")
    @classmethod
    def _expand(cls, data: Any) -> Any:
        data = expand_lexicons(
            data,
            [
                "addresses",
                "names",
                "name_cue_before",
                "self_introduction",
                "greeted_name",
                "address_markers",
                "address_label",
                "address_sent_to",
            ],
        )
        if isinstance(data, dict):
            particle = data.get("lexicons", {}).get("name_particle", "")
            words = re.split(r"[\s|()?:]+|\\s\+", particle)
            data["particles"] = frozenset(_name_key(w) for w in words if w and "/" not in w)
            if isinstance(data.get("not_names"), str):
                data["brands"] = r"(?i)\b" + re.sub(r"\s+", "", data["not_names"]) + r"\b"
            for key in ("not_given_names", "not_greeted", "greeting_filler", "name_endings"):
                if isinstance(data.get(key), str):
                    data[key] = frozenset(_name_key(w) for w in data[key].split())
            spaced = (
                "region_after_town",
                "address_label",
                "address_sent_to",
                "address_landmark",
                "id_label",
                "birth_date",
            )
            for key in spaced:
                if isinstance(data.get(key), str):
                    data[key] = re.sub(r"\s+", "", data[key])
            for key, end in (("not_family_names", "$"), ("not_names", r"\b")):
                if isinstance(data.get(key), str):
                    data[key] = "(?i)^" + re.sub(r"\s+", "", data[key]) + end
        return data


@lru_cache(maxsize=2)
def load_rules(path: Path = RULES_FILE) -> RedactionRules:
    return load_yaml_model(path, RedactionRules, "redaction rules")


@lru_cache(maxsize=1)
def name_stems() -> tuple[frozenset[str], frozenset[str]]:
    """Every given and every family name with up to two letters cut off (at least four left): the
    stem an inflected name shares with its listed form ("jon" of "jonui" and "jonas")."""
    lists = name_lists()

    def stems(names: frozenset[str]) -> frozenset[str]:
        return frozenset(n[: len(n) - cut] for n in names for cut in range(3) if len(n) - cut >= 4)

    return stems(lists.given), stems(lists.surnames)


@dataclass(frozen=True)
class NameLists:
    """Name keys (case-folded, accents stripped) from the files in ``names/``."""

    given: frozenset[str]  # common given names, one file per language or culture
    family_first: frozenset[str]  # family names written before the given name
    common_words: frozenset[str]  # given names that are also everyday words: never a name alone
    family: frozenset[str]  # common family names (``names/family/``), none an everyday English word
    surnames: frozenset[str]  # the same lists with the everyday words ("Walker", "Baker") kept


def _keys(path: Path) -> set[str]:
    return {
        _name_key(word)
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for word in line.split()
    }


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The curated lists as written; the bulk census given names and every family name without the
    words an English dictionary lists ("Young", "Price", "Baker")."""
    special = {"family_first.txt", "common_words.txt"}
    everyday = english_words()
    given = set().union(
        *(
            _keys(f) - (everyday if f.name.startswith("us_census") else set())
            for f in sorted(NAMES_DIR.glob("*.txt"))
            if f.name not in special
        )
    )
    family = set().union(*(_keys(f) for f in sorted((NAMES_DIR / "family").glob("*.txt"))))
    return NameLists(
        frozenset(given),
        frozenset(_keys(NAMES_DIR / "family_first.txt")),
        frozenset(_keys(NAMES_DIR / "common_words.txt")),
        frozenset(family - everyday),
        frozenset(family),
    )


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Countries and their states, provinces and regions (ISO 3166, from ``pycountry``), as names are
    compared: "Puerto Rico", "Sierra Leone" and "New Jersey" look like a given and a family name."""
    names = {
        getattr(country, field)
        for country in pycountry.countries
        for field in ("name", "official_name", "common_name")
        if getattr(country, field, None)
    }
    names |= {re.sub(r"\s*[\[(].*", "", s.name) for s in pycountry.subdivisions}
    return frozenset(_name_key(name) for name in names if "," not in name)


def _within_a_place(text: str, span: Span, words: list[re.Match[str]]) -> bool:
    """The span is (part of) a place named in two to four words: "ship to Puerto Rico", "Prince Edward
    Island" (a single word, "Georgia", stays a name unless the rules say otherwise)."""
    inside = [i for i, w in enumerate(words) if w.start() < span.end and span.start < w.end()]
    if not inside:
        return False
    places = place_names()
    first, last = inside[0], inside[-1]
    return any(
        _name_key(text[words[a].start() : words[b].end()].rstrip(".")) in places
        for a in range(max(0, last - 3), first + 1)
        for b in range(last, min(len(words), a + 4))
        if b > a
    )


# son of, daughter of, in Malaysian and Singaporean names ("s/o", "a/p"): written as two words
_PATRONYM = re.compile(r"(?i)[sd]/o\b|a/[lp]\b")
# letters, with an apostrophe or hyphen inside ("O'Connor", "Ji-hoon") and a final dot ("Q.")
_TOKEN = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")
# the parts of a text separated by commas, semicolons, colons, lines or a sentence's end ("... 125009.
# Телефон"), not by a comma inside a number or an abbreviation's dot ("Str. Lipscani nr. 12")
_PART = re.compile(
    r"(?:[^,،、，;:\n.!?।۔。！？]|(?<=\d)[,:](?=\d)|[.!?](?!\s|$)|(?<!\d)(?<![^\W\d_]{4})[.!?])+"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?।۔。！？]")
# a place after an address: a comma, a line or a dash, then a few words or a postcode up to the next
# comma, line, sentence end or dash ("…, Osu, Accra.", "…\nLagos\n", "… - near the mosque")
_PLACE_WORD = r"[^\W\d_](?:[\w'’-]|\.(?=\w))*"  # "Hà", "St.John", not the full stop after "Nội."
_PLACE_AFTER = re.compile(
    r"(?:[ \t]*[,،][ \t]*|[ \t]*\n[ \t]*|[ \t]+[-–—][ \t]*)"
    rf"(\d{{4,6}}|{_PLACE_WORD}(?:/{_PLACE_WORD})?"
    rf"(?:[ \t]+(?:{_PLACE_WORD}|\d{{1,6}})(?:/{_PLACE_WORD})?){{0,5}})"
    r"(?=[ \t]*(?:[,،;!?\n)]|\.(?:\s|$)|[-–—]\s|$))"
)
# the words of the part an address match begins in, before it: "Булевар краља " before "Александра 73"
_PLACE_TERM = r"[^\W\d_](?:[^\W\d_]|['’.-])*"  # a word of a place's name, no digit in it
_PART_HEAD = re.compile(rf"(?:^|(?<=[\s:：]))((?:{_PLACE_TERM}[ \t]+){{1,3}})$")
# a place of one to three words ending at a comma before an address: "طرابلس، " before "حي الأندلس"
_PLACE_BEFORE = re.compile(
    rf"(?:^|(?<=[\n:：,،፣.!?]))[ \t]*({_PLACE_TERM}(?:[ \t]+{_PLACE_TERM}){{0,2}})[ \t]*[,،፣][ \t]*$"
)
_RANGE = re.compile(r"\d+\s*[-–]\s*\d+\s")  # "3-5 days", "2–4 dana"
_OFF = re.compile(r"(?i:off|just\s+off)\s")  # "off Ogui Road": a road the address turns off
# where an address after its label ends: a sentence's end (not an abbreviation's dot: "Str. Mihai", "pr. 9",
# "ш. Душанбе"), a line, a slash between fields, or the next field's label ("Tel:", "الاسم:")
_CUED_END = re.compile(
    r"[!?।۔。！？؟။።។\n|]|\s/\s|(?<=[^\W\d_]{5})\.(?=\s|$)|(?<=\d)\.(?=\s+\D)|\.$"
    r"|(?<=[\s,،])[^\s,،:：\d]{1,20}\s?[:：]\s"
)
_HOUSE_NUMBER = re.compile(r"(?<![$€£¥₹\d.,])\d(?![\d\w]*\s+[a-z])(?![\d.,]*\s?(?:%|[$€£¥₹]))")
_AMOUNT_BEFORE = re.compile(r"\d\s?$")
_CUED_SEPARATOR = re.compile(r"[,،、，;፣၊]")
_HERE_NEXT = re.compile(r"\s+(?:here|speaking|hier|ici|aquí|qui)\b", re.I)  # "Summer here"
# where a name said alone ends: "it's Hope." "c'est Rose," "hier ist Frank 👋" "it's Mark here"
_PHRASE_END = re.compile(rf"\s*(?:[.,!?;:)\n]|[^\w\s]|$)|{_HERE_NEXT.pattern}", re.I)
_NUMBER_NEXT = re.compile(r"\s*(?:no\.?\s*|n[º°]\s*|#\s*)?[A-Za-z]?[\d٠-٩]")  # "Apt 4", "bl. A3"
_LATIN = re.compile(r"[^A-Za-zÀ-ɏḀ-ỿ'’-]")  # what is not Latin script in a word ("Aiko様" -> "Aiko")
# the last one to three words of a text, after a sentence's end, a line, a comma, a colon or a number
_CLOSING_WORDS = re.compile(
    r"(?:^|([.!?।۔။。！？\n])|(,)|[:：]|(?<=\d))[ \t]*"
    r"((?:[^\W\d_][^\s\d.,;:!?()।۔။。]*)(?:[ \t]+[^\W\d_][^\s\d.,;:!?()।۔။。]*){0,3})[^\w]*$"
)
# a sign-off of one or two words in any language opening the last sentence ("... 87 71 23 45. Māuruuru, ")
_SIGN_OFF = re.compile(r"(?:^|[.!?।۔။。！？][ \t]+|\n[ \t]*)[^\W\d_]+(?:[ \t][^\W\d_]+)?,[ \t]*$")
# the same words again in brackets or after a slash: "(ߡߊߡߊߘߌ ߞߋߌߕߊ)", "/ கமலா தேவி"
_AGAIN_WORD = r"[^\W\d_][^\s\d()/,.]*"
_WRITTEN_AGAIN = re.compile(rf"[ \t]*(?:\(|/[ \t]*)({_AGAIN_WORD}(?:[ \t]{_AGAIN_WORD}){{0,2}})\)?")
# the word right before a phone number ("Patience 0772 555 019", "Sipho: 071 555 0192")
_NAME_BEFORE_PHONE = re.compile(r"(?<![^\s(])([^\W\d_][\w'’-]*)[ \t]*[:\-–—]?[ \t]*$")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # written without spaces
# a word in a script without capitals: vowel signs and marks (Mn, Mc) belong to it
_CASELESS_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'،؛؟/\\|<>=+*&%$#@~`^{}-]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def _narrow(text: str) -> str:
    """Full-width letters and digits as ASCII, one character for one, so positions stay valid."""
    return "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _key(token: str) -> str:
    return "".join(ch for ch in token.upper() if ch.isalnum())


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _quoted(key: str, published: list[str]) -> bool:
    """Whether a found span (as letters and digits) stands in one of the shop's published texts."""
    return len(key) >= 4 and any(key in text for text in published)


def _name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class Redactor:
    """Finds and replaces personal data. Without ``keep``, ``public`` and ``names`` it knows nothing
    about a shop and still redacts emails, cards, phones, addresses and cued names."""

    def __init__(
        self,
        *,
        keep: Iterable[str] = (),
        public: Iterable[str] = (),
        names: Iterable[str] = (),
        region: str = "US",
        rules: RedactionRules | None = None,
    ) -> None:
        self.rules = rules or load_rules()
        self.keep = {_key(k) for k in keep if k}
        self._longest_kept = max((len(_TOKEN.findall(k)) for k in keep if k), default=0)
        self.public = {p.casefold() for p in public if p} | {re.sub(r"\D", "", p) for p in public if p}
        self.public.discard("")
        self.names = {_name_key(n) for n in names if n and " " in n.strip()}
        self.keep_words = {w.casefold() for k in keep for w in _WORD.findall(k) if len(w) > 2}
        self.region = region
        self._found = lru_cache(maxsize=256)(self._detect)  # a turn redacts one reply several ways
        self.regions = [region, *(r for r in self.rules.phones.regions if r != region)]
        self._part_at_end = re.compile(r"(?:" + self.rules.address_part.pattern + r")\s*$")
        self._name_pattern = (
            re.compile(
                r"(?i)\b(?:"
                + "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
                + r")\b"
            )
            if self.names
            else None
        )

    @classmethod
    def for_shop(
        cls,
        *,
        identifiers: Iterable[str],
        vocabulary: Iterable[str],
        documents: Iterable[str],
        customer_names: Iterable[str],
    ) -> Redactor:
        """A redactor that knows a shop: its ids and product and brand names are not personal data,
        contact details its own documents publish are not either, nor the cells of their tables (a
        reply reads a gauge chart's row as "Name: Regular Light"); its customers' names always are."""
        public: list[str] = []
        cells: list[str] = []
        plain = Redactor()
        for text in documents:
            for span in plain._emails(text) + plain._phones(text):
                public.append(text[span.start : span.end])
            cells += [
                c.strip()
                for line in text.splitlines()
                if line.lstrip().startswith("|")
                for c in line.split("|")
            ]
        return cls(keep=[*identifiers, *vocabulary, *cells], public=public, names=customer_names)

    # -- the detectors -------------------------------------------------------------------------------
    def spans(
        self,
        text: str,
        *,
        exempt: Iterable[str] = (),
        published: Iterable[str] = (),
        learned: bool = True,
    ) -> list[Span]:
        """Every piece of personal data in ``text``, merged where detectors overlap. ``exempt``: data that
        may stay (a proven customer's own name, email, phone, address, shown back to them). ``published``:
        what the shop's own pages say, which a reply quotes ("Our workshops run at the studio, Unit 4,
        Paintworks, Bath Road, Bristol BS4 3EH"): what stands in them word for word is no one's data.
        ``learned``: also the names and address words the trained reader finds (``learned.py``), for
        what people type; a bot's reply or a cart's product names are the shop's words."""
        found = self._found(text, learned)
        if not found:
            return []
        allowed = {_alnum(e) for e in exempt if e and _alnum(e)}
        names = {_name_key(e) for e in exempt if e}
        shop = [_alnum(p) for p in published]  # only once something was found: most replies hold nothing
        return _merge(
            [
                s
                for s in found
                if not (s.kind == "name" and _name_key(text[s.start : s.end]) in names)
                and not (allowed and _own(_alnum(text[s.start : s.end]), s.kind, allowed))
                and not (shop and _quoted(_alnum(text[s.start : s.end]), shop))
            ]
        )

    def _detect(self, text: str, learned: bool) -> tuple[Span, ...]:
        """What every detector finds, before exemptions."""
        details = (
            *self._emails(text),
            *self._handles(text),
            *self._cards(text),
            *self._ibans(text),
            *self._labelled_ids(text),
            *self._checked_ids(text),
            *self._birth_dates(text),
            *self._phones(text, kept := self._kept_phrases(text)),
            *self._spelled_phones(text),
            *self._addresses(text, kept),
        )
        names = [
            *self._names(text, kept),
            *self._closing_name(text, details),
            *self._before_phones(text, details),
        ]
        found = (*details, *names, *_transliterations(text, names))
        return (*found, *self._learned(text, found)) if learned else found

    def _learned(self, text: str, found: tuple[Span, ...]) -> list[Span]:
        """The words the trained reader takes for a name or part of an address, among those no rule
        found and the shop does not use; each joined to the spans of its kind that only spaces, digits
        or punctuation part from it ("Savanorių pr. 118-4, LT-50185 Kaunas" is one address). Places
        alone, with no number and no part the rules found ("Hvar, Brač i Korčulu"), are no one's address."""
        taken = {i for s in found for i in range(s.start, s.end)}
        words = [
            c
            for c in learned_words.candidates(text)
            if taken.isdisjoint(range(c.start, c.end)) and not self._is_kept(c.word)
        ]
        read = [
            Span(c.start, c.end, kind)
            for c, kind in zip(words, learned_words.read(words), strict=True)
            if kind
        ]
        if not read:
            return []
        chains: list[list[Span]] = []
        for span in sorted([*found, *read], key=lambda s: s.start):
            last = chains[-1][-1] if chains else None
            if last and last.kind == span.kind and _BETWEEN_PARTS.fullmatch(text[last.end : span.start]):
                chains[-1].append(span)
            else:
                chains.append([span])
        spans = []
        for chain in chains:
            whole = Span(chain[0].start, max(s.end for s in chain), chain[0].kind)
            new = [s in read for s in chain]
            place_alone = all(new) and not any(ch.isdigit() for ch in text[whole.start : whole.end])
            if any(new) and not (whole.kind == "address" and place_alone):
                spans.append(whole)
        return spans

    def _closing_name(self, text: str, details: tuple[Span, ...]) -> list[Span]:
        """Who signs a message that gave contact details: the one to three words, in any script, that
        end it after a sentence or after the details ("... Тел. 0555 123 456. Бакыт Асанов", "ტელ: +995
        599 12 34 56. ნინო ბერიძე"), unless they are a thanks, everyday English or the shop's own words."""
        if not details:
            return []
        closing = _CLOSING_WORDS.search(text)
        if closing is None or closing.start(3) < max(s.end for s in details):
            return []
        thanked = closing.group(2) is not None  # "ধন্যবাদ, Ananya": a comma sets a name apart after a thanks
        before = text[: closing.start(3)]
        if thanked and not (self.rules.name_cue_before.search(before) or _SIGN_OFF.search(before)):
            return []
        run = closing.group(3)
        words = run.split()
        if self._is_kept(run) or self.rules.greeted_name.match(run) or self.rules.name_cue_before.search(run):
            return []
        lists = name_lists()
        named = [w for w in words if _name_key(w) not in self.rules.particles]
        cased = [w for w in named if not _caseless(w[0])]  # scripts with capitals
        if not named or len(named) > 3 or any(not _title_case(w) for w in cased):  # "Puig i Soler": 3
            return []
        after_sentence = thanked or closing.group(1) is not None or closing.start(3) == 0
        if len(cased) < len(named):  # in a script without capitals only a sentence's end sets a name apart
            alone_known = len(named) == 1 and _name_key(run) in lists.given  # "... 091-2345678. سالم"
            if not after_sentence or not (len(named) >= 2 or alone_known) or _CJK_LETTER.search(run):
                return []
        elif not after_sentence and len(named) < 2:
            return []  # "ab 18 Uhr", "1 290 Kč"

        def everyday(word: str) -> bool:
            key = _name_key(word)
            return key in english_words() and key not in lists.given and key not in lists.family

        if any(everyday(w) or self.rules.not_family_names.match(w) for w in named):
            return []
        return [Span(closing.start(3), closing.end(3), "name")]

    def _before_phones(self, text: str, details: tuple[Span, ...]) -> list[Span]:
        """Who a phone number is for, written right before it: a capitalised given name, even one that is
        an everyday word ("questions to Patience 0772 555 019", "\nSipho 071 555 0192"), not a phone's
        label. Unknown words there are as often a label in some language ("Festnetz", "Natel") or a
        carrier ("Airtel") as a name, so they are left."""
        lists = name_lists()
        spans = []
        for phone in (d for d in details if d.kind == "phone"):
            before = _NAME_BEFORE_PHONE.search(text, max(0, phone.start - 40), phone.start)
            if before is None or self._is_kept(word := before.group(1)) or self._phone_label(word):
                continue
            known = _title_case(word) and _name_key(word) in lists.given
            if known and not self.rules.not_family_names.match(word):
                spans.append(Span(before.start(1), before.end(1), "name"))
        return spans

    def redact(
        self, text: str, *, exempt: Iterable[str] = (), published: Iterable[str] = (), learned: bool = True
    ) -> str:
        out: list[str] = []
        last = 0
        for span in self.spans(text, exempt=exempt, published=published, learned=learned):
            out.append(text[last : span.start])
            out.append(PLACEHOLDERS[span.kind])
            last = span.end
        out.append(text[last:])
        return "".join(out)

    def _emails(self, text: str) -> list[Span]:
        spans = [
            Span(m.start(), m.end(), "email")
            for pattern in (EMAIL, _OBFUSCATED_EMAIL)
            for m in pattern.finditer(_narrow(text))
        ]
        return [s for s in spans if text[s.start : s.end].casefold() not in self.public]

    def _handles(self, text: str) -> list[Span]:
        return [Span(m.start(), m.end(), "account") for m in _HANDLE.finditer(text)]

    def _cards(self, text: str) -> list[Span]:
        spans = []
        for match in _CARD.finditer(_narrow(text)):
            digits = re.sub(r"\D", "", match.group(0))
            if 13 <= len(digits) <= 19 and _luhn_ok(digits) and digits not in self.keep:
                spans.append(Span(match.start(), match.end(), "card"))
        return spans

    def _ibans(self, text: str) -> list[Span]:
        """Bank accounts written as IBANs, told by their check digits (stdnum), not the bank's own check
        inside (a shopper's IBAN with a slip there is still theirs); the groups after the account ("..., 31
        thanks") are dropped until it checks."""
        spans = []
        for match in _IBAN.finditer(text):
            groups = match.group(0).split(" ")
            for end in range(len(groups), 0, -1):
                candidate = " ".join(groups[:end])
                if iban.is_valid(candidate, check_country=False):
                    spans.append(Span(match.start(), match.start() + len(candidate), "account"))
                    break
        return spans

    def _checked_ids(self, text: str) -> list[Span]:
        """Identity numbers whose country's check holds, written with no name before them."""
        return [
            Span(match.start(), match.end(), "id")
            for checked in self.rules.checked_ids
            for match in checked.shape.finditer(text)
            if _stdnum(checked.stdnum).is_valid(match.group(0)) and not self._is_kept(match.group(0))
        ]

    def _birth_dates(self, text: str) -> list[Span]:
        return [
            Span(m.start("date"), m.end("date"), "birth_date") for m in self.rules.birth_date.finditer(text)
        ]

    def _labelled_ids(self, text: str) -> list[Span]:
        """The number after an identity document's, a tax number's or a bank account's name, a few words
        on at most ("PPS 6433435OA", "mi DNI es 45781236"): six letters and digits or more, three of
        them digits."""
        spans = []
        for label in self.rules.id_label.finditer(text):
            value = _ID_VALUE.search(text, label.end(), label.end() + 80)
            # a few words may come between ("my PPS so here it is: 6433435OA"), no other number
            if value is None or not _ID_GAP.fullmatch(text, label.end(), value.start()):
                continue
            found = value.group(0)
            alnum = [ch for ch in found if ch.isalnum()]
            if len(alnum) >= 6 and sum(ch.isdigit() for ch in alnum) >= 3 and not self._is_kept(found):
                spans.append(Span(value.start(), value.end(), "id"))
        return spans

    def _phones(self, text: str, kept: Sequence[tuple[int, int]] = ()) -> list[Span]:
        """Phone numbers, not inside the shop's own phrases (``kept``): "Ford F-150 2015-2024 Front" is
        a fit whose digits no one dials."""
        rules = self.rules.phones
        normal = _narrow(text)  # same length: positions stay valid
        spans = []
        for start, raw in _digit_runs(normal):
            digits = re.sub(r"\D", "", raw)
            before = normal[max(0, start - 40) : start]
            if not 7 <= len(digits) <= 15 or digits in self.keep or _key(raw) in self.keep:
                continue
            named = rules.says_phone.search(before) is not None  # "movil: 655.443.210" is no amount
            if digits in self.public or _DATE.match(raw) or _POSTCODE_LIKE.match(raw):
                continue
            if (_AMOUNT.match(raw) or _MONEY_BEFORE.search(before)) and not named:
                continue  # "$100 (100.00 AUD)" is a price
            if len(
                digits
            ) <= 8 and re.search(  # a postcode has at most eight digits: "cp 0917 555 0123" is a cellphone
                r"(?:〒|\b(?:cep|plz|zip|postcode|post\s+code|c\.p\.|cp)\b)[\s:]*$", before, re.IGNORECASE
            ):
                continue
            identifier = rules.not_after.search(before)
            if identifier and not (
                rules.says_phone.search(before, max(0, identifier.start() - 8))  # "tel.nr 08-555 123 45"
                or self._valid_abroad(raw, digits)  # "mój nr +48 601 234 567"
            ):
                continue  # an id's number ("order nr 0722481936"), unless a phone is named since
            if any(a <= start and start + len(raw) <= b for a, b in kept):
                continue
            if self._is_phone(
                raw, digits, bool(rules.context.search(before + normal[start : start + len(raw) + 25]))
            ):
                end = start + len(raw)
                if extension := _EXTENSION.match(normal, end):
                    end = extension.end()
                spans.append(Span(start, end, "phone"))
        return spans

    def _spelled_phones(self, text: str) -> list[Span]:
        """Phone numbers said in words, or in words and digits: "five five five, oh one two, three four
        five six", "07700 nine double zero one two three": seven digits or more, three of them words."""
        spoken = self.rules.phones.spoken
        spans: list[Span] = []
        run: list[tuple[int, int, int, bool]] = []  # start, end, digits, said in words

        def close() -> None:
            if 7 <= sum(r[2] for r in run) <= 15 and sum(1 for r in run if r[3]) >= 3:
                spans.append(Span(run[0][0], run[-1][1], "phone"))
            run.clear()

        for match in self.rules.phones.spoken_token.finditer(text):
            token = match.group().casefold()
            if token.isdigit() and token.isascii():
                count, said = len(token), False
            elif all(c in self.rules.phones.digit_characters for c in token):  # "一三八"
                count, said = len(token), len(token) >= 3
            elif token in spoken:
                count, said = spoken[token], True
            else:
                close()
                continue
            if run and not _SPOKEN_GAP.fullmatch(text[run[-1][1] : match.start()]):
                close()
            run.append((match.start(), match.end(), count, said))
        close()
        return spans

    def _is_phone(self, raw: str, digits: str, context: bool) -> bool:
        international = raw.startswith(("+", "00"))
        if international:
            try:
                number = phonenumbers.parse("+" + digits[2:] if raw.startswith("00") else raw, None)
            except phonenumbers.NumberParseException:
                return context
            return phonenumbers.is_possible_number(number) or context
        groups = len(re.findall(r"\d+", raw))
        if context:
            return True
        if len(digits) > 12:
            return False
        if groups >= 2 or digits.startswith("0") or len(digits) in (10, 11):
            return any(self._valid_in(digits, region) for region in self.regions)
        return False

    @staticmethod
    def _valid_abroad(raw: str, digits: str) -> bool:
        """Written with a country code and valid there: no order number is written that way."""
        if not raw.startswith(("+", "00")):
            return False
        try:
            return phonenumbers.is_valid_number(
                phonenumbers.parse("+" + digits[2:] if raw.startswith("00") else raw, None)
            )
        except phonenumbers.NumberParseException:
            return False

    @staticmethod
    def _valid_in(digits: str, region: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(digits, region))
        except phonenumbers.NumberParseException:
            return False

    def _addresses(self, text: str, kept: list[tuple[int, int]]) -> list[Span]:
        """Street matches grown into whole addresses, and addresses found from a strong postcode that
        has at least two address parts before it ("Rose Cottage, Church Lane, Norfolk NR21 0AA")."""
        spans = []
        for pattern in self.rules.addresses:
            for match in pattern.finditer(text):
                if any(ch.isdigit() for ch in match.group(0)) or "box" in match.group(0).casefold():
                    start = self._parts_before(text, match.start())[0]
                    spans.append(Span(start, self._grow(text, match.end()), "address"))
        streets = list(spans)
        for pattern in self.rules.strong_postcodes:
            for match in pattern.finditer(text):
                if self.rules.unit_after.match(text, match.end()):
                    continue  # "Size 10000 mAh" is an amount, not a postcode
                if self.rules.phones.not_after.search(text, max(0, match.start() - 40), match.start()):
                    continue  # "Kunden-Nr. 100442" is a number named, not a postcode
                start, parts = self._parts_before(text, match.start(), within_part=True)
                if parts >= 2:
                    # a street found inside is where the address starts ("Bitte an Hauptstraße 12, ...")
                    start = min((s.start for s in streets if start <= s.start < match.start()), default=start)
                    spans.append(Span(start, self._grow(text, match.end()), "address"))
        # kept: the shop's phrases ("Tempo Glide 3 Road Running Shoe" is a product, not "3 Road")
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in kept)]
        found = spans + self._marked_chains(text, kept) + self._cued_chains(text, kept)
        return [
            Span(self._places_before(text, s.start, kept), self._places_after(text, s.end, kept), s.kind)
            for s in found
        ]

    def _places_before(self, text: str, start: int, kept: list[tuple[int, int]]) -> int:
        """Extend an address back over what begins it: the first words of a street name the match began
        inside ("Булевар краља Александра 73", "Zmaja od Bosne 8"), then up to two places before it, each
        ending at a comma ("طرابلس، حي الأندلس، ...", "Երևան, Կոմիտասի պողոտա 5"): capitalised words or
        words of a script without capitals, no digits, no greeting, no English word in lower case."""
        head = _PART_HEAD.search(text, max(0, start - 60), start)
        if head is not None and self._begins_place(head.group(1), kept, head.start(1)):
            start = head.start(1)
        for _ in range(2):
            before = _PLACE_BEFORE.search(text, max(0, start - 60), start)
            if before is None or not self._begins_place(before.group(1), kept, before.start(1)):
                break
            start = before.start(1)
        return start

    def _begins_place(self, words: str, kept: list[tuple[int, int]], at: int) -> bool:
        first = words.split()[0]
        if not (first[0].isupper() or _caseless(first[0])) or any(a <= at < b for a, b in kept):
            return False
        if self.rules.name_cue_before.search(words) or self.rules.greeted_name.match(words):
            return False
        return not any(w[0].islower() and _name_key(w) in english_words() for w in words.split())

    def _places_after(self, text: str, end: int, kept: list[tuple[int, int]]) -> int:
        """Extend an address over the places that end it, each after a comma, a line or a dash: a district
        or town of one to three capitalised words ("Osu, Accra", "Kadıköy/İstanbul", "Hà Nội"), a
        postcode alone ("Soweto, 1862") or what it is near ("near Danquah Circle", "off Ogui Road"), up
        to the end of the sentence, the line's next field or a lower-case word."""
        for _ in range(4):
            match = _PLACE_AFTER.match(text, end)
            if match is None or any(a <= match.start(1) < b for a, b in kept):
                return end
            place = match.group(1)
            landmark = self.rules.address_landmark.match(place) or _OFF.match(place)
            words = place.split()
            if (
                not landmark
                and not place.isdigit()
                and any(
                    not (w[0].isupper() or _caseless(w[0]))
                    for w in words
                    if _name_key(w) not in self.rules.particles
                )
            ):
                return end
            end = _without_full_stop(text, match.end(1))
        return end

    def _marked_chains(self, text: str, kept: list[tuple[int, int]]) -> list[Span]:
        """Addresses written as parts separated by commas or lines, told apart by the words addresses use
        in many languages ("Str. Victoriei nr. 12, bl. A3, sc. 2, ap. 17, sector 1, 010061 București",
        "حي النخيل، شارع الأمير سلطان، مبنى 2345"): a run of short parts with a number and two such
        words, or one followed by its number ("דירה 8"); from its first part with a number or an
        address word to at most two place names after the last."""
        parts = [(m.start(), m.end(), m.group(0)) for m in _PART.finditer(text)]
        spans: list[Span] = []
        run: list[tuple[int, int, str, int, bool]] = []  # start, end, text, address words, has a digit
        previous = 0
        for start, end, part in [*parts, (len(text), len(text), "")]:
            if _SENTENCE_END.search(text, previous, start):  # an address does not run on past a sentence
                spans += self._chain_span(text, run)
                run = []
            previous = end
            stripped = part.strip()
            words = stripped.split()
            found = [
                m
                for m in self.rules.address_markers.finditer(part)
                if not any(a <= start + m.start() < b for a, b in kept)
                and not (m.group(0).isupper() and _AMOUNT_BEFORE.search(part, 0, m.start()))  # "144.48 CAD."
            ]
            markers = len(found) + sum(1 for m in found if _NUMBER_NEXT.match(part, m.end()))
            digit = any(ch.isdigit() for ch in part)
            place = 0 < len(words) <= 3 and not digit and not stripped[0].islower()
            if stripped and len(words) <= 12 and (markers or (digit and len(words) <= 5) or place):
                run.append((start, end, part, markers, digit))
                continue
            spans += self._chain_span(text, run)
            run = []
        return spans

    def _cued_chains(self, text: str, kept: list[tuple[int, int]]) -> list[Span]:
        """Addresses told by what comes before them, in any script: after a label ("Adresa:",
        "العنوان:", "ที่อยู่") the parts up to the end of the sentence, when there are two or one holds a
        number; after words that send a parcel ("deliver to", "envíen a"), two or more parts of which one
        holds a number, an address word or a landmark ("near the Presby church")."""
        spans: list[Span] = []
        rules = self.rules
        for cue, strict in ((rules.address_label, False), (rules.address_sent_to, True)):
            for match in cue.finditer(text):
                if any(a <= match.start() < b for a, b in kept):
                    continue
                if strict and rules.not_sent_by.search(text[max(0, match.start() - 16) : match.start()]):
                    continue
                parts = _cued_parts(text, match.end(), rules.address_clause)
                if not parts:
                    continue
                chain = text[parts[0][0] : parts[-1][1]]
                first = text[parts[0][0] : parts[0][1]]
                if _RANGE.match(first) and not rules.address_markers.search(first):
                    continue  # "Lieferung: 3-5 Werktage, ...": how long, not where
                if strict:  # a house number or postcode, not an amount ("within 3 days", "2 boxes each")
                    numbered = _HOUSE_NUMBER.search(chain) is not None
                    placed = any(p.search(chain) for p in (rules.address_markers, rules.address_landmark))
                    found = len(parts) >= 2 and (numbered or placed)
                else:
                    found = len(parts) >= 2 or any(ch.isdigit() for ch in chain)
                if found:
                    spans.append(Span(parts[0][0], parts[-1][1], "address"))
        return spans

    def _chain_span(self, text: str, run: list[tuple[int, int, str, int, bool]]) -> list[Span]:
        anchored = [i for i, (_, _, _, markers, digit) in enumerate(run) if markers or digit]
        if not anchored:
            return []
        markers = sum(r[3] for r in run)
        numbered = sum(1 for r in run if r[4])
        if not numbered or markers < 2:
            return []
        first, last = anchored[0], min(len(run) - 1, anchored[-1] + 2)
        part_start, _, part, _, _ = run[first]
        marker = self.rules.address_markers.search(part)
        digit = next((i for i, ch in enumerate(part) if ch.isdigit()), len(part))
        start = min(marker.start() if marker else len(part), digit)
        for word in reversed(list(re.finditer(r"\S+", part[:start]))[-3:]):  # "Невский пр-т", "Str. X nr. 5"
            token = word.group(0)
            if not (token[0].isupper() or _caseless(token[0]) or token.endswith(".")):
                break  # "Envíelo a Calle Mayor 5": the address starts after "a"
            start = word.start()
        start += part_start
        end = _without_full_stop(text, run[last][0] + len(run[last][2].rstrip()))
        return [Span(start, end, "address")]

    def _grow(self, text: str, end: int) -> int:
        """Extend an address over a unit, then the parts after it up to the city and postcode."""
        for _ in range(5):
            longer = max(
                (
                    m.end()
                    for tail in self.rules.address_tail
                    if (m := tail.match(text, end))
                    and not _BLANK_LINE.search(m.group())  # a label ends there
                ),
                default=end,
            )
            if longer <= end:
                break
            end = longer
        return _without_full_stop(text, end)

    def _parts_before(self, text: str, start: int, *, within_part: bool = False) -> tuple[int, int]:
        """Where the comma-separated address parts before ``start`` begin, and how many there are
        (the part ``start`` sits in counts when ``within_part``)."""
        parts = 0
        if within_part:
            head = text[:start]
            cut = max(head.rfind(","), head.rfind("\n"), head.rfind(":"), head.rfind(";"))
            piece = re.sub(r"[\s\-–/]+$", "", head[cut + 1 :])
            if piece.strip():  # "Norfolk NR21 0AA", "Hyderabad - 500072": the postcode ends a part
                found = self._part_at_end.search(piece)
                if found is None:
                    return start, 0
                start = cut + 1 + found.start()
            parts = 1  # otherwise the postcode is a part of its own: ", D08 K7W2"
        while True:
            head = text[:start].rstrip(" \t")
            lined = head.endswith("\n")  # a label's lines: "The Old Rectory\nChurch Lane\n..."
            if not (head.rstrip().endswith(",") or lined):
                return start, parts
            head = head.rstrip()[:-1] if not lined else head.rstrip()
            cut = max(head.rfind(","), head.rfind("\n"), head.rfind(":"), head.rfind(";"))
            piece = head[cut + 1 :]
            found = self._part_at_end.search(piece)
            if (
                found is None
                or parts >= 4 + lined  # a label has a line for each part: up to five
                or (lined and (piece[: found.start()].strip() or self._names_a_number(piece)))
            ):
                return start, parts  # a line is a part only whole, and "Order KC-1234" is none
            start, parts = cut + 1 + found.start(), parts + 1

    def _names_a_number(self, text: str) -> bool:
        """A number in ``text`` follows a word that names what it is ("Order KC-1234", "Kunden-Nr. 1004")."""
        return any(self.rules.phones.not_after.search(text, 0, d.start()) for d in re.finditer(r"\d+", text))

    def _names(self, text: str, kept: list[tuple[int, int]]) -> list[Span]:
        spans = []
        for pattern in self.rules.names:
            for match in pattern.finditer(text):
                group = next(i for i in range(1, (pattern.groups or 0) + 1) if match.group(i) is not None)
                start, end = match.span(group)
                if not self._is_kept(match.group(group)) and not _dictionary_words(match.group(group)):
                    spans.append(Span(start, end, "name"))
        if self._name_pattern is not None:
            spans += [Span(m.start(), m.end(), "name") for m in self._name_pattern.finditer(text)]
        spans += self._known_given_names(text)
        brands = [m.span() for m in self.rules.brands.finditer(text)]
        # a name inside the shop's own vocabulary: "Nelson Sauvin" in "Nelson Sauvin Hop Pellets"
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in kept)]
        words = list(_WORD.finditer(text))
        return [
            s
            for s in spans
            if not self.rules.not_names.match(" ".join(text[s.start : s.end].split()))
            and not _within_a_place(text, s, words)
            and not (" " not in text[s.start : s.end] and self.rules.region_after_town.match(text, s.end))
            and not any(start < s.end and s.start < end for start, end in brands)
        ]

    def _known_given_names(self, text: str) -> list[Span]:
        """Names built on a common given name: capitalised and followed by a family name ("Sophie
        Martin", "Chen Jing" with the family name first); capitalised and alone ("this is Jessica from
        the store"); in a script without capitals, with the word after it ("נועה כהן"); in lower case
        only after a cue ("hier ist kevin"). A given name that is also an everyday word ("Will",
        "Grace") counts only with a family name."""
        lists = name_lists()
        spans = []
        words = list(_WORD.finditer(text))
        for i, word in enumerate(words):
            token = word.group(0).rstrip(".")
            key = _name_key(token)
            given = key in lists.given or key.split("-")[0] in lists.given
            family_first = key in lists.family_first or key in lists.family  # "Bianchi Giulia"
            if not (given or family_first) or self._is_kept(token) or self._phone_label(token):
                continue
            ordinary = key in lists.common_words or key in self.rules.not_given_names
            alone = key in lists.given and not ordinary
            if token[0].isupper():
                following = self._family_words(text, words, i)
                if key not in lists.given:  # a family name written first needs a given name after it
                    after = _name_key(_LATIN.sub("", following[0].group(0))) if following else ""
                    following = following if after in lists.given and after not in lists.common_words else []
                elif key in lists.common_words and (
                    token.isupper() or (len(token) <= 3 and _starts_sentence(text, word.start()))
                ):
                    known = [f for f in following if _name_key(f.group(0).rstrip(".")) in lists.family]
                    following = following if known else []  # "Ray Boudreaux", not "MY EMAIL", "An Post"
                if following and not _one_case([word, *following]):
                    following = []  # "ICA Kvantum", "Resi JNE": a brand's casing, not a name's
                if following:
                    last = following[-1]
                    spans.append(Span(word.start(), last.end() - last.group(0).endswith("."), "name"))
                elif (alone and self._single_name(text, word, token)) or (
                    given and self._cued(text, word, token)
                ):
                    spans.append(Span(word.start(), word.start() + len(token), "name"))
            elif (
                token[0].islower()
                and (
                    (introduced := self.rules.self_introduction.search(text[: word.start()])) is not None
                    or (
                        len(token) >= 3  # "ana fe madinet nasr" ("I am in"): no two-letter word
                        and (alone or self._family_next(text, words, i, lists))
                        and self.rules.name_cue_before.search(text[: word.start()])
                    )
                    or (
                        given
                        and self.rules.greeting_its.search(text[: word.start()]) is not None
                        and _PHRASE_END.match(text, word.start() + len(token)) is not None
                    )
                )
            ):
                end = word.start() + len(token)
                # "maria gonzalez", "beatriz souza santos"; after "my name is", any word no dictionary
                # has ("deepak chaurasia")
                for nxt in words[i + 1 : i + 4]:
                    after = _name_key(nxt.group(0)) if not text[end : nxt.start()].strip() else ""
                    unknown = introduced is not None and after.isalpha() and after not in english_words()
                    if not (
                        after in lists.given or after in lists.family or (unknown and nxt is words[i + 1])
                    ):
                        break
                    end = nxt.end()
                spans.append(Span(word.start(), end, "name"))
        return [
            *spans,
            *self._before_family_names(text, words, lists),
            *self._greeted_names(text, words, lists),
            *self._signature(text, words, lists),
            *self._lower_case_names(text, words, lists),
            *self._caseless_names(text, lists),
            *self._inflected_names(text, words),
        ]

    @staticmethod
    def _family_next(text: str, words: list[re.Match[str]], i: int, lists: NameLists) -> bool:
        """Whether a family name no dictionary has follows word ``i`` directly: a given name that is also
        an everyday word ("tom", "lena") is a name before one ("this is tom kowalski")."""
        if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()] != " ":
            return False
        key = _name_key(words[i + 1].group(0).rstrip("."))
        return key in lists.family and key not in lists.common_words

    def _inflected_names(self, text: str, words: list[re.Match[str]]) -> list[Span]:
        """Two capitalised words, neither everyday English, whose stems are a given and a family name in
        either order: a name in one of its cases ("Jonui Petrauskui", "Ивановой Марии", "Szabó Évától")."""
        given, family = name_stems()
        spans = []
        for word, nxt in itertools.pairwise(words):
            first, second = word.group(0), nxt.group(0).rstrip(".")
            if text[word.end() : nxt.start()] != " " or first.endswith("."):
                continue
            if not (_title_case(first) and _title_case(second)) or self._is_kept(f"{first} {second}"):
                continue
            keys = [_name_key(first), _name_key(second)]
            if any(k in english_words() or self.rules.not_family_names.match(k) for k in keys):
                continue
            if self.rules.address_markers.fullmatch(first):
                continue  # "Calea Victoriei" is a street
            if (self._stem_in(keys[0], given) and self._stem_in(keys[1], family)) or (
                self._stem_in(keys[0], family) and self._stem_in(keys[1], given)
            ):
                spans.append(Span(word.start(), nxt.start() + len(second), "name"))
        return spans

    def _stem_in(self, key: str, stems: frozenset[str]) -> bool:
        """Whether ``key`` less one of the case endings (or none) is the stem of a listed name."""
        key = re.sub(r"['’].{1,4}$", "", key)  # Turkish writes the case after an apostrophe: "Ayşe'ye"
        return len(key) >= 4 and any(
            key.endswith(ending) and key[: len(key) - len(ending)] in stems
            for ending in ("", *self.rules.name_endings)
            if len(key) - len(ending) >= 4
        )

    def _cued(self, text: str, word: re.Match[str], token: str) -> bool:
        """A given name that is also an everyday word ("Hope", "Frank", "Fleur") counts alone where
        only a name fits: after a cue and ending its phrase ("it's Hope.", "hier ist Frank,", "vraag
        naar Fleur"), or opening a sentence before "here" ("Summer here")."""
        if token.isupper() or len(token) < 3 or self.rules.not_family_names.match(token):
            return False  # "it's May.", "Will": a month, a verb
        end = word.start() + len(token)
        if _starts_sentence(text, word.start()) and _HERE_NEXT.match(text, end):
            return True
        return bool(self.rules.name_cue_before.search(text[: word.start()]) and _PHRASE_END.match(text, end))

    def _signature(self, text: str, words: list[re.Match[str]], lists: NameLists) -> list[Span]:
        """The word that ends a message on its own, after a dash, a line or a sentence ("— Shazza",
        "when near. Ngaio"), or a given name after a comma ("Makasih, Dewi"): who signed it, unless it
        is an everyday English word or the shop's own."""
        if not words or any(c.isalnum() for c in text[words[-1].end() :]):
            return []
        last = words[-1]
        token = last.group(0).rstrip(".")
        key = _name_key(token)
        before = text[: last.start()].rstrip(" \t")
        if not before.strip():
            return []  # a message of one word ("Hojicha?") is a question, not a signature
        capitalised = all(part[:1].isupper() and part[1:].islower() for part in token.split("-"))
        if len(token) < 2 or not capitalised or self._is_kept(token):  # "Shazza", "Karl-Heinz"
            return []
        if self.rules.not_family_names.match(token) or key in self.rules.not_given_names:
            return []
        if self.rules.name_cue_before.search(token):  # "Obrigado", "Grazie!": a sign-off, not who signed
            return []
        dashed = re.search(r"(?:^|\s)[—–/-]$", before) is not None  # "— Shazza", "/Oskar", not "Mon–Fri"
        signed = dashed or before.endswith("\n") or _SENTENCE_END.search(before[-1:] or ".") is not None
        given = key in lists.given or key.split("-")[0] in lists.given  # "Jan-Hendrik"
        if (signed and key not in english_words()) or (before.endswith(",") and given):
            return [Span(last.start(), last.start() + len(token), "name")]
        return []

    def _lower_case_names(self, text: str, words: list[re.Match[str]], lists: NameLists) -> list[Span]:
        """A full name typed in lower case, opening or signing a message ("mehmet can aksoy adına ...",
        "... refund asap. rahul verma"): a given name that is no everyday word, a family name that is
        none either, at most one name between. Elsewhere lower-case words are read as words."""
        spans = []
        for run in (words[:3], words[-3:]):
            for size in (3, 2):
                part = run[:size] if run and run[0] is words[0] else run[-size:]
                if len(part) != size or not all(w.group(0).islower() for w in part):
                    continue
                keys = [_name_key(w.group(0).rstrip(".")) for w in part]
                if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(part)):
                    continue
                if min(len(keys[0]), len(keys[-1])) < 4 or any(k in lists.common_words for k in keys):
                    continue  # "gửi cho", "ok so um": short words are names in some list or other
                if keys[0] not in lists.given or keys[0] in english_words():
                    continue
                if keys[-1] not in lists.family or keys[-1] in english_words():
                    continue
                if size == 3 and keys[1] not in lists.given and keys[1] not in lists.family:
                    continue
                if part[0] is not words[0]:  # signing: after a sentence, a line or a comma, and nothing after
                    before = text[: part[0].start()].rstrip(" \t")
                    if any(c.isalnum() for c in text[part[-1].end() :]) or not re.search(
                        r"[.!?,\n—–-]$", before
                    ):
                        continue
                end = part[-1].end() - part[-1].group(0).endswith(".")
                spans.append(Span(part[0].start(), end, "name"))
                break
        return spans

    def _before_family_names(self, text: str, words: list[re.Match[str]], lists: NameLists) -> list[Span]:
        """A capitalised word before a common family name is a given name the lists lack ("Darnell
        Jackson"), unless it is an everyday English word ("Real Madrid"), a greeting ("Bonjour Camille")
        or the shop's own vocabulary."""
        spans = []
        for word, family in itertools.pairwise(words):
            first, last = word.group(0), family.group(0).rstrip(".")
            if text[word.end() : family.start()] != " " or first.endswith(".") or len(first) < 2:
                continue
            if not (first[0].isupper() and last[0].isupper()) or _name_key(last) not in lists.family:
                continue
            if not _one_case([word, family]) or self.rules.not_family_names.match(first):
                continue
            if self._is_kept(first) or self._is_kept(last) or self._is_kept(f"{first} {last}"):
                continue
            if _name_key(first) in english_words() or self.rules.greeted_name.match(text, word.start()):
                continue
            spans.append(Span(word.start(), family.start() + len(last), "name"))
        return spans

    def _greeted_names(self, text: str, words: list[re.Match[str]], lists: NameLists) -> list[Span]:
        """One to three words right after a greeting, a sign-off or a relation ("Hi Kylie", "thks Wei
        Ling", "my husband Luis"): capitalised words that are not everyday English or the greeting's
        own words ("Hi Team"), or lower-case given names ("hi ben")."""
        at = {w.start(): i for i, w in enumerate(words)}
        spans = []
        for cue in self.rules.greeted_name.finditer(text):
            i = at.get(cue.end())
            start = end = None
            while i is not None and i < len(words) and (end is None or text[end : words[i].start()] == " "):
                token = words[i].group(0).rstrip(".")
                key = _name_key(token)
                if end is None and key in self.rules.greeting_filler and text[words[i].end() :][:1] == " ":
                    i += 1  # "thanks so much kayla", "makasih mbak dewi"
                    continue
                if (
                    key in self.rules.not_greeted
                    or self._is_kept(token)
                    or len(token) < 2
                    or self._phone_label(token)
                ):
                    break
                if token[0].isupper():  # a word the lists lack is written as a name is ("FedEx" is not)
                    name = (
                        key in lists.given
                        or key in lists.family_first
                        or (key not in english_words() and _title_case(token))
                    )
                elif end is None:  # "hi ben", not "hi can you"
                    name = key in lists.given and key not in lists.common_words and key not in english_words()
                else:  # its family name, or a particle before one: "fatma demir", "maria das graças silva"
                    after = _name_key(words[i + 1].group(0)) if i + 1 < len(words) else None
                    name = self._goes_on_lower(key, after, lists)
                if not name:
                    break
                start = words[i].start() if start is None else start
                end = words[i].start() + len(token)
                i = i + 1 if len(words[i].group(0)) == len(token) else None  # "Ling." ends the name
            if start is not None and end is not None:
                spans.append(Span(start, end, "name"))
        return spans

    def _goes_on_lower(self, key: str, after: str | None, lists: NameLists) -> bool:
        """A lower-case word after a given name that is still the name: a family or given name no
        dictionary or everyday word has, or a particle ("das", "van") before one (``after``)."""
        if key in self.rules.particles:
            return after is not None and self._goes_on_lower(after, None, lists)
        known = key in lists.family or key in lists.given
        return known and key not in lists.common_words and key not in english_words()

    def _phone_label(self, token: str) -> bool:
        """A word that names a phone ("merci, Tél +229 ..."): a label, not a name."""
        return self.rules.phones.says_phone.fullmatch(token) is not None

    @staticmethod
    def _single_name(text: str, word: re.Match[str], token: str) -> bool:
        """A capitalised given name alone: not shouted, not an abbreviation ("Jun."), and, opening a
        sentence, long enough not to be a short word ("Min e-post")."""
        if token.isupper() or (word.group(0).endswith(".") and len(token) <= 3) or len(token) < 3:
            return False  # "Jun.", not "Linnea." ending a sentence
        return len(token) >= 4 or not _starts_sentence(text, word.start())

    def _family_words(self, text: str, words: list[re.Match[str]], i: int) -> list[re.Match[str]]:
        """The capitalised words after a given name that make it a full name ("van der Berg" too)."""
        j = i + 1
        following: list[re.Match[str]] = []
        if words[i].group(0).endswith("."):
            return following
        while j < len(words) and len(following) < 3:
            nxt = words[j]
            gap = text[words[j - 1].end() : nxt.start()]
            if gap.strip() or "\n" in gap:
                break
            token = nxt.group(0)
            if _name_key(token) in self.rules.particles and j + 1 < len(words):  # "Daan van der Berg"
                j += 1
                continue
            if _PATRONYM.match(text, nxt.start()) and j + 2 < len(words):  # "Rajesh Kumar s/o Muthusamy"
                j += 2
                continue
            if not token[0].isupper() or self.rules.not_family_names.match(token.rstrip(".")):
                break
            if len(token) < 2 or self._is_kept(token.rstrip(".")):
                break
            following.append(nxt)
            if token.endswith(".") and len(token) > 2:
                break  # the end of a sentence: "intestata a Marco Conti."
            j += 1
        return following

    def _caseless_names(self, text: str, lists: NameLists) -> list[Span]:
        """In scripts without capitals (Hebrew, Arabic, Thai, Indic), a given name and the word after it."""
        spans = []
        tokens = list(_CASELESS_WORD.finditer(text))
        for i, token in enumerate(tokens):
            word = token.group(0)
            if not _caseless(word[0]):
                continue
            key = _name_key(self.rules.caseless_prefix.sub("", word))
            if key not in lists.given:
                continue
            if key in lists.common_words and not self.rules.name_cue_before.search(text[: token.start()]):
                continue  # a given name that is also a word ("מיכל" is a container) counts after a cue
            start = token.start() + len(word) - len(self.rules.caseless_prefix.sub("", word))
            end = token.end()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            gap = text[end : nxt.start()] if nxt else "\n"
            if nxt and not gap.strip() and "\n" not in gap and _caseless(nxt.group(0)[0]):
                end = nxt.end()  # the family name after it
            spans.append(Span(start, end, "name"))
        return spans

    def _kept_phrases(self, text: str) -> list[tuple[int, int]]:
        """Where the shop's own vocabulary stands in ``text``, longest first ("Cold Press Watercolour
        Block", "Block Size 9 x 12 in"): an address word inside a product's name or option is no
        address's."""
        tokens = list(_TOKEN.finditer(text))
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + self._longest_kept), i, -1):
                if _key(text[tokens[i].start() : tokens[j - 1].end()]) in self.keep:
                    found.append((tokens[i].start(), tokens[j - 1].end()))
                    i = j - 1
                    break
            i += 1
        return found

    def _is_kept(self, words: str) -> bool:
        """A capitalised phrase that is the shop's own vocabulary (a product name) is not a person."""
        return _key(words) in self.keep or words.casefold() in self.keep_words


def _dictionary_words(found: str) -> bool:
    """Two or more capitalised words that are all everyday English and none a name in any list ("Towel
    Size", "Bath Towel", but not "Hemi Walker"): a heading or a product's words, not a person."""
    words = found.split()
    lists = name_lists()
    return len(words) >= 2 and all(
        w.isalpha()
        and w.lower() in english_words()
        and _name_key(w) not in lists.given
        and _name_key(w) not in lists.surnames
        for w in words
    )


def _digit_runs(text: str) -> Iterable[tuple[int, str]]:
    """Runs of digits that may be phone numbers, with where they start; a run too long for one number
    is cut where a slash or a wide gap separates two ("+33 1 45 67 89 10 / 06 98 76 54 32")."""
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        cuts = [0, len(run)]
        if len(re.sub(r"\D", "", run)) > 15:
            cuts[1:1] = [edge for gap in _TWO_NUMBERS.finditer(run) for edge in gap.span()]
        for begin, end in zip(cuts[::2], cuts[1::2], strict=True):
            piece = run[begin:end]
            opened = match.start() + begin > 0 and text[match.start() + begin - 1] == "("
            if not _brackets_fit(piece, opened):
                pieces = _BRACKET.split(piece)  # several numbers: "(10-12) (137"
            elif opened and _BRACKETED_CODE.match(piece):  # "(555) 123-4567" keeps its bracket
                yield match.start() + begin - 1, "(" + piece.rstrip(" (")
                continue
            else:
                pieces = [piece]
            offset = begin
            for part in pieces:
                raw = part.strip(" ()")
                if raw:
                    yield match.start() + offset + part.index(raw[0]), raw
                offset += len(part) + 1


def _brackets_fit(run: str, opened: bool) -> bool:
    """Brackets in a phone number hold one code and close ("+1 (555) 123", "(0)20", "(+49) 30"), or wrap
    the whole number; "(10-12) (137" from a size chart holds a range and leaves one open."""
    if opened and ")" in run.split("(")[0] and not _BRACKETED_CODE.match(run):
        return False  # the bracket before the run closes around more than a code
    inner = re.findall(r"\(([^()]*)(\)?)", run)
    return all(_CODE.fullmatch(group) and close for group, close in inner)


def _cued_parts(text: str, start: int, clause: re.Pattern[str]) -> list[tuple[int, int]]:
    """The comma-separated parts after ``start`` up to the end of the sentence, a form's next field
    ("Tel:", "الاسم:") or a part too long to be one of an address's (at most eight parts)."""
    stop = _CUED_END.search(text, start)
    parts: list[tuple[int, int]] = []
    offset = start
    for piece in _CUED_SEPARATOR.split(text[start : stop.start() if stop else len(text)])[:8]:
        stripped = piece.strip()
        if not stripped or len(stripped.split()) > 8 or (stripped[0].islower() and clause.search(stripped)):
            break  # "Address: 12 Oak St, Leeds, is that in your area?": the question is no part
        lead = offset + len(piece) - len(piece.lstrip())
        parts.append((lead, lead + len(stripped)))
        offset += len(piece) + 1  # and the separator
    return parts


def _own(found: str, kind: str, allowed: set[str]) -> bool:
    """Whether a span is the proven customer's own data: one of their values, or for an address any part
    of theirs ("Portland, OR 97232" of "100 NE Multnomah St, Portland, OR 97232")."""
    return found in allowed or (kind == "address" and any(found in value for value in allowed))


def _caseless(char: str) -> bool:
    """A letter of a script without capitals (Hebrew, Arabic, Thai, Indic, CJK; Georgian, whose Mkhedruli
    letters Unicode calls lower case although no one writes them capitalised)."""
    return char.isalpha() and ("\u10d0" <= char <= "\u10ff" or not (char.isupper() or char.islower()))


def _transliterations(text: str, names: Sequence[Span]) -> list[Span]:
    """A name written again in another script, in brackets or after a slash ("Mamadi Keïta (ߡߊߡߊߘߌ
    ߞߋߌߕߊ)", "Kamala Devi / கமலா தேவி"): the same person's name."""
    spans = []
    for name in names:
        again = _WRITTEN_AGAIN.match(text, name.end)
        if again is not None and _caseless(again.group(1)[0]) != _caseless(text[name.start]):
            spans.append(Span(again.start(1), again.end(1), "name"))
    return spans


def _without_full_stop(text: str, end: int) -> int:
    """The end of an address before a sentence's full stop ("... 75002 Paris."), not an abbreviation's."""
    if text[end - 1 : end] == "." and re.search(r"\w{4,}\.$", text[:end]):
        return end - 1
    return end


def _title_case(token: str) -> bool:
    """A name's casing ("Shazza", "O'Brien", "Jhun-Jhun", "Cian's"), not a brand's ("FedEx", "DHL")."""
    parts = re.split(r"['’-]", re.sub(r"['’]s$", "", token))
    return all(part[:1].isupper() and part[1:].islower() for part in parts if part)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(*-•")
    return not before or before[-1] in ".!?\n:"


def _one_case(words: list[re.Match[str]]) -> bool:
    """All the words of a name capitalised ("Sophie Martin") or all in capitals ("SOPHIE MARTIN")."""
    shouted = [w.group(0).rstrip(".").isupper() for w in words if len(w.group(0).rstrip(".")) > 1]
    return all(shouted) or not any(shouted)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind if _PRIORITY[last.kind] >= _PRIORITY[span.kind] else span.kind
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged
