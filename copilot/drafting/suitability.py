"""Whether a product suits someone's health: "can I take the pre-workout while pregnant?".

A usage line ("take one scoop before training") shares more words with such a question than the warning
that answers it, so the answer is chosen by the condition alone: the product's own line about it, else
what the shop's pages say of it. Either way the reply sends the shopper to their doctor, and when the
shop says nothing of the condition it says so rather than guess.
"""

from __future__ import annotations

from copilot.drafting.base import Draft, DraftContext, cite
from copilot.drafting.description import description_lines
from copilot.drafting.text import best_sentences, body_of, sentences
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize
from copilot.schemas import Citation, Passage
from copilot.understanding import condition_named

_DOCTOR = "Please check with your doctor before using it."
_STEM = 6  # "pregnant" and "pregnancy", "medication" and "medical"


def suitability(context: DraftContext, product: Passage | None) -> Draft | None:
    """The shop's word on a product (the one named, if any) and a health condition, with a doctor's;
    None when no condition is named."""
    condition = condition_named(context.text)
    if condition is None:
        return None
    stems = {word[:_STEM] for word in tokenize(condition)}

    def about(sentence: str) -> bool:
        return stems <= {word[:_STEM] for word in tokenize(sentence)}

    if product is not None:
        lines = [line for line in description_lines(product_text(product).own_words) if about(line)]
        if lines:
            return _advised(" ".join(lines[:2]), [cite(product)], 0.8)
    pages = [
        (
            hit.passage.model_copy(update={"text": " ".join(filter(about, sentences(body_of(hit.passage))))}),
            hit.similarity or 0.0,
        )
        for hit in context.with_pages(condition).hits
        if hit.passage.kind == "document" and about(hit.passage.text)
    ]
    chosen, _ = best_sentences(context.text, pages)
    if chosen:
        cited = list({passage.key: passage for _, passage in chosen}.values())
        return _advised(" ".join(text for text, _ in chosen), [cite(p) for p in cited], 0.75)
    if (own := _shops_word_on_advice(context)) is not None:
        sentence, page = own  # "Our staff can help with sizing and fit, but we can't give medical advice."
        return _advised(sentence, [cite(page)], 0.7)
    title = f"the {product.title}" if product is not None else "this"
    return Draft(
        action="answer",
        reply=f"Our information on {title} doesn't say, and I can't give medical advice. {_DOCTOR} "
        "I can also ask a member of our team to find out for you.",
        citations=[cite(product)] if product is not None else [],
        confidence=0.6,
    )


def _shops_word_on_advice(context: DraftContext) -> tuple[str, Passage] | None:
    """The shop's own sentence on medical advice, where its pages have one."""
    for hit in context.with_pages("medical advice").hits:
        if hit.passage.kind == "document":
            for sentence in sentences(body_of(hit.passage)):
                if "medical advice" in sentence.lower():
                    return sentence, hit.passage
    return None


def _advised(said: str, citations: list[Citation], confidence: float) -> Draft:
    doctor = "" if "doctor" in said.lower() else f" {_DOCTOR}"
    return Draft(action="answer", reply=said + doctor, citations=citations, confidence=confidence)
