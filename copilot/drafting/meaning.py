"""The page sentence closest in meaning to a question whose words no sentence shares.

"can i tip used turps down the sink?" shares one word with "Never pour solvents down the sink or
drain": word overlap cannot see that turps are a solvent and tipping is pouring, the sentence model can.
It is asked only after the words have failed, and its pick must stand clear of the runner-up, so a
question nothing on the pages answers still gets an honest "I don't know".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from copilot.drafting.text import body_of, sentences
from copilot.lexical import tokenize
from copilot.schemas import Passage

Embed = Callable[[list[str]], NDArray[np.float32]]

MIN_SIMILARITY = 0.33  # below it the closest sentence is about something else
MIN_LEAD = 0.1  # over the runner-up: two sentences about as close mean the question is not understood
_PAGES = 3
_MIN_WORDS = 3  # "Solvents and varnishes" is a heading, not an answer


def closest_in_meaning(
    question: str, pages: Sequence[tuple[Passage, float]], embed: Embed
) -> tuple[str, Passage, float] | None:
    """The sentence of the best pages closest in meaning to the question, the page and the similarity;
    None when none is close enough or clearly closer than the others."""
    candidates = [
        (sentence, page)
        for page, _ in pages[:_PAGES]
        for sentence in sentences(body_of(page))
        if len(tokenize(sentence)) >= _MIN_WORDS
    ]
    if not candidates:
        return None
    vectors = embed([question, *(sentence for sentence, _ in candidates)])
    similarities = vectors[1:] @ vectors[0]
    ranked = np.argsort(-similarities)
    best = float(similarities[ranked[0]])
    runner_up = float(similarities[ranked[1]]) if len(ranked) > 1 else 0.0
    if best < MIN_SIMILARITY or best - runner_up < MIN_LEAD:
        return None
    sentence, page = candidates[int(ranked[0])]
    return sentence, page, best
