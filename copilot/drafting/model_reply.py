"""Reading what a model wrote: a JSON answer, or prose, and the replies never relayed.

A JSON answer is taken field by field and repaired where a field is out of range (a confidence of 3.7
becomes "unknown", a fourth suggestion is dropped); a reply that is not JSON is prose, which is a valid
answer. Never relayed, whatever the format: a reply that copies the prompt's own template ("text for
the customer"), a tool call written as text (it is not executed either), an empty reply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from copilot.drafting.text import without_markup
from copilot.errors import ModelOutputError

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
_WORDS = re.compile(r"[^\w]+")
_TOOL_TEXT = re.compile(r"<\|?tool_call|\"(?:arguments|parameters)\"\s*:|\bfunctions?\.\w+\(", re.IGNORECASE)


@dataclass
class ModelAnswer:
    reply: str
    structured: bool  # the model answered in the JSON shape asked for
    citations: list[int | str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    confidence: float | None = None  # None: the model gave none in range


def read_answer(content: str, tool_names: list[str]) -> ModelAnswer:
    """The model's answer: its JSON object when it wrote one with a reply, else its text as prose.
    A tool call written as text is refused here, before anything reads it as an answer."""
    if _TOOL_TEXT.search(content) or any(re.search(rf"\b{re.escape(n)}\b", content) for n in tool_names):
        raise ModelOutputError("the model wrote a tool call as text; it is not executed")
    text = _FENCE.sub("", content.strip())
    match = _JSON_OBJECT.search(text)
    data: object = None
    if match is not None:
        try:
            data = json.loads(match.group(0))
        except json.JSONDecodeError:
            data = None
    if not isinstance(data, dict):
        return ModelAnswer(reply=without_markup(text), structured=False)
    reply = data.get("reply")
    if not isinstance(reply, str):
        raise ModelOutputError("the model's JSON answer has no reply text")
    confidence = data.get("confidence")
    suggestions = data.get("suggestions")
    citations = data.get("citations")
    return ModelAnswer(
        reply=without_markup(reply),
        structured=True,
        citations=[c for c in citations if isinstance(c, int | str)] if isinstance(citations, list) else [],
        suggestions=[x.strip() for x in suggestions if isinstance(x, str) and x.strip()][:3]
        if isinstance(suggestions, list)
        else [],
        confidence=float(confidence)
        if isinstance(confidence, int | float) and not isinstance(confidence, bool) and 0 <= confidence <= 1
        else None,
    )


def _normalised(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text.lower()).split())


def refuse_copies(reply: str, templates: list[str]) -> None:
    """Raise ModelOutputError for an empty reply or one that copies the prompt's own words."""
    if not reply.strip():
        raise ModelOutputError("the model's reply is empty")
    said = _normalised(reply)
    if len(said.split()) >= 2 and any(said in _normalised(t) for t in templates):
        raise ModelOutputError("the model's reply copies the prompt's template")
