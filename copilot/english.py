"""Everyday English words: a dictionary's headwords (the ``english-words`` package), and which of them
are in common use.

Redaction needs the first (a capitalised dictionary word is not taken for a name). Mending slips of the
keyboard needs the second: "cast iron" is never made "cost iron", yet "wher", an archaic headword, is
still a slip for "where". A word in common use is a headword that the web-trained ``cl100k_base``
tokenizer (shipped offline, see offline_assets) keeps whole, the nearest thing to a frequency list
that is already installed.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken

from copilot.offline_assets import install_tiktoken_encodings


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


@lru_cache(maxsize=1)
def _tokenizer() -> tiktoken.Encoding:
    install_tiktoken_encodings()
    return tiktoken.get_encoding("cl100k_base")


@lru_cache(maxsize=65536)
def in_common_use(word: str) -> bool:
    """A lower-case English word people write often: "were", "cast", "sell"; not "wher" or "teh"."""
    return word in english_words() and len(_tokenizer().encode(f" {word}")) == 1
