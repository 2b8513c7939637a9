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
    picked = _clearly_closest(
        question, [sentence for sentence, _ in candidates], embed, MIN_SIMILARITY, MIN_LEAD
    )
    if picked is None:
        return None
    index, best = picked
    sentence, page = candidates[index]
    return sentence, page, best


def _clearly_closest(
    question: str, texts: list[str], embed: Embed, least: float, lead: float
) -> tuple[int, float] | None:
    """Which of ``texts`` is closest in meaning to the question, and how close: None unless it is at
    least ``least`` and ``lead`` clear of the runner-up."""
    vectors = embed([question, *texts])
    similarities = vectors[1:] @ vectors[0]
    ranked = np.argsort(-similarities)
    best = float(similarities[ranked[0]])
    runner_up = float(similarities[ranked[1]]) if len(ranked) > 1 else 0.0
    if best < least or best - runner_up < lead:
        return None
    return int(ranked[0]), best


MIN_SAME_QUESTION = 0.75  # a frequently asked question this close is the shopper's own, in other words
MIN_QUESTION_LEAD = 0.08
_MIN_ANSWER_WORDS = 6


def closest_question(
    question: str, pages: Sequence[tuple[Passage, float]], embed: Embed
) -> tuple[str, Passage, float] | None:
    """The answer under the frequently asked question that asks what the shopper asks in other words
    ("do you have an actual store i can go to?" and "Do you have a store I can visit?"): its first
    sentence, the page and the similarity; None unless one such heading is that close and clearly
    closer than the others."""
    asked = [page for page, _ in pages if page.heading_path and page.heading_path[-1].rstrip().endswith("?")]
    if not asked:
        return None
    picked = _clearly_closest(
        question, [page.heading_path[-1] for page in asked], embed, MIN_SAME_QUESTION, MIN_QUESTION_LEAD
    )
    if picked is None:
        return None
    index, best = picked
    page = asked[index]
    said = sentences(body_of(page))
    if not said:
        return None
    answer = (
        said[0] if len(said[0].split()) >= _MIN_ANSWER_WORDS or len(said) == 1 else f"{said[0]} {said[1]}"
    )
    return answer, page, best  # "Yes." says little alone: with the sentence that goes on
