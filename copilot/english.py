"""Everyday English words (a dictionary's headwords, from the ``english-words`` package).

Two readers need to know whether a word is ordinary English: redaction (a capitalised everyday word
is not taken for a name) and retrieval (an everyday word is never "mended" into a shop's word).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))
