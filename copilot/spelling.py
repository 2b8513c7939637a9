"""How words are spelled: a dictionary's headwords, which of them are in common use, and the word a
slip of the keyboard was meant to be.

Redaction needs the headwords (a capitalised dictionary word is not taken for a name). Mending slips
needs the rest, in two places with two vocabularies: the understanding data's example words
("hw much is teh ..."), and the shop's own words ("whats the shiping cost"). A word in common use is
never mended: "cast iron" is not "cost iron", yet "wher", an archaic headword, is still a slip for
"where". A word in common use is a headword that the web-trained ``cl100k_base`` tokenizer (shipped
offline, see offline_assets) keeps whole, the nearest thing to a frequency list that is installed.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import tiktoken
from rapidfuzz import process
from rapidfuzz.distance import OSA

from copilot.offline_assets import install_tiktoken_encodings


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


@lru_cache(maxsize=1)
def _tokenizer() -> tiktoken.Encoding:
    install_tiktoken_encodings()
    return tiktoken.get_encoding("cl100k_base")


@lru_cache(maxsize=1)
def common_words() -> list[str]:
    """Lower-case words of four letters or more that the tokenizer holds whole (" customer", " verified"),
    the most used first: English as people write it, with its endings."""
    found: list[str] = []
    for token in sorted(_tokenizer().token_byte_values(), key=_tokenizer().encode_single_token):
        word = token[1:].decode("ascii", errors="ignore")
        if token.startswith(b" ") and len(word) == len(token) - 1 >= 4 and word.isalpha() and word.islower():
            found.append(word)
    return found


@lru_cache(maxsize=65536)
def in_common_use(word: str) -> bool:
    """A lower-case English word people write often: "were", "cast", "sell"; not "wher" or "teh"."""
    return word in english_words() and len(_tokenizer().encode(f" {word}")) == 1


@lru_cache(maxsize=4096)
def coined(word: str) -> bool:
    """A lower-case word no dictionary has and no single piece of the tokenizer's vocabulary spells: a
    brand or a coinage ("afterpay", "klarna"), not a chat word ("guys", "kinda") or an inflection a
    dictionary leaves out ("countries", "pouring")."""
    if len(word) < 5 or not word.islower() or len(_tokenizer().encode(f" {word}")) == 1:
        return False
    return not in_a_dictionary(word) and not _slip_of_a_word(word)


def _slip_of_a_word(word: str) -> bool:
    """A dictionary word is a single slip away ("polcy": policy): a typo, not a coinage."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    slips = {a + b[1:] for a, b in cuts if b}
    slips |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    slips |= {a + c + b[1:] for a, b in cuts if b for c in letters}
    slips |= {a + c + b for a, b in cuts for c in letters}
    return bool(slips & english_words())


_ENDINGS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
    ("ier", "y"),
    ("iest", "y"),
    ("ly", ""),
)


def in_a_dictionary(word: str) -> bool:
    """The word, or a word it inflects, is a dictionary's ("discounts": discount)."""
    return any(base in english_words() for base in _bases(word.lower()))


def _bases(word: str) -> list[str]:
    """The word and the words it may inflect ("warmest": "warm"; "hiking": "hike"; "hotter": "hot")."""
    bases = [word[: len(word) - len(end)] + add for end, add in _ENDINGS if word.endswith(end)]
    doubled = [b[:-1] for b in bases if len(b) > 2 and b[-1] == b[-2]]  # "hotter": "hott", "hot"
    return [word, *bases, *doubled]


def one_slip_away(word: str, counts: Mapping[str, int]) -> str | None:
    """The most used of these words a single slip from ``word`` (a letter missed, added, changed or two
    swapped) that starts with the same letter, is not shorter and is not merely its plural ("store"
    is no slip for "stores"); None when there is none, or two are as likely. A letter missed or two
    swapped is a likelier slip than one changed: "wher" is "where" before it is "when"."""
    near = sorted(
        (
            (len(known) > len(word) or sorted(known) == sorted(word), counts[known], known)
            for known, _, _ in process.extract(
                word, counts.keys(), scorer=OSA.distance, score_cutoff=1, limit=None
            )
            if known != word and known[0] == word[0] and len(known) >= len(word) and known != word + "s"
        ),
        reverse=True,
    )
    if not near or (len(near) > 1 and near[0][:2] == near[1][:2]):
        return None
    return near[0][2]
