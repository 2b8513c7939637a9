"""Which labelled line of a product a word of a question is about, learned from the other products'
lines: "can the nore 3 burn coal?" asks its "Fuel:" line ("Fuel: Wood only"), because other stoves'
Fuel lines say "smokeless coal". A product's own lines seldom repeat the word asked when the answer is
no, so its line of that kind is what the shop says of it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from copilot.drafting.description import description_lines
from copilot.drafting.sizes import grammar
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize
from copilot.retrieval import Retriever, Snapshot

# a label is a few words ("Heat output range"), not a sentence with a colon in it
_LONGEST_LABEL = 40
# other products' lines must give the word under a label this often for the label to be its kind
_LEAST_SEEN = 2
# a value's items: "Wood, smokeless coal or peat"
_ITEMS = re.compile(r"[,;/]|\s+(?:or|and)\s+")
# an item of a few words is a thing the line's kind holds ("smokeless coal", "Velineon 3500 brushless"),
# not a sentence or an amount with its qualifier ("tool only: 1.6 kg" under Weight)
_LONGEST_ITEM = 3

_BUILT: dict[int, tuple[Snapshot, dict[str, Counter[str]]]] = {}


def _labels_by_word(snapshot: Snapshot) -> dict[str, Counter[str]]:
    """Word of a line's value -> how many products give it under each label (lower case), built once
    for a generation of the knowledge."""
    built = _BUILT.get(id(snapshot))
    if built is not None and built[0] is snapshot:
        return built[1]
    index: dict[str, Counter[str]] = {}
    for position in snapshot.products.values():
        for line in description_lines(product_text(snapshot.passage(position)).own_words):
            label, colon, value = line.partition(":")
            if colon and 0 < len(label.strip()) <= _LONGEST_LABEL:
                for word in set(_item_words(value)):
                    index.setdefault(word, Counter())[label.strip().lower()] += 1
    _BUILT.clear()
    _BUILT[id(snapshot)] = (snapshot, index)
    return index


def _item_words(value: str) -> list[str]:
    """The words of a value's short items that are no amounts: "Wood, smokeless coal" gives wood,
    smokeless and coal; "tool only: 1.6 kg" and "Mix one scoop with water before training" give none."""
    items = [item.strip() for item in _ITEMS.split(value)]
    return [
        word
        for item in items
        if item and len(item.split()) <= _LONGEST_ITEM and not grammar().in_line.search(item)
        for word in tokenize(item)
    ]


def line_of_kind(retriever: Retriever, lines: list[str], words: Iterable[str]) -> str | None:
    """The product's own line under the label other products give one of these words in most often
    (twice or more): "coal" and the Nore 3's "Fuel: Wood only". None when it has no such line."""
    snapshot = retriever.snapshot()
    if snapshot is None:
        return None
    index = _labels_by_word(snapshot)
    own = {line.partition(":")[0].strip().lower(): line for line in lines if ":" in line}
    for word in words:
        for label, seen in index.get(word, Counter()).most_common(3):
            if seen >= _LEAST_SEEN and label in own:
                return own[label]
    return None
