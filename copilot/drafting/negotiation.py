"""What an endpoint accepts, learned by asking and remembered per base URL and model.

OpenAI honours the standard ``json_schema`` response format; llama.cpp's server refuses it with a 500
but takes ``json_object`` with a ``schema``; other servers take a bare ``json_object``, or nothing, and
some refuse ``tools``. The drafter tries the richest request first and steps down on a refusal; the
first request that works is remembered by the drafter, so the stepping happens once. Settings can
pin both choices (``COPILOT_LLM_OUTPUT``, ``COPILOT_LLM_TOOLS``), which skips the asking.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Literal

OutputMode = Literal["json_schema", "json_object_schema", "json_object", "text"]
OUTPUT_MODES: tuple[OutputMode, ...] = ("json_schema", "json_object_schema", "json_object", "text")


@dataclass(frozen=True)
class Capabilities:
    output: OutputMode
    tools: bool


def response_format(mode: OutputMode, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The ``response_format`` of a request in ``mode`` (None: plain text)."""
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
    if mode == "json_object_schema":
        return {"type": "json_object", "schema": schema}
    if mode == "json_object":
        return {"type": "json_object"}
    return None


class Negotiator:
    """The request shapes to try for an endpoint, richest first, starting with the one that worked."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Capabilities] = {}
        self._refused: dict[tuple[str, str], set[Capabilities]] = {}
        self._lock = threading.Lock()

    def candidates(
        self, endpoint: tuple[str, str], output: OutputMode | Literal["auto"], tools: bool | None
    ) -> list[Capabilities]:
        """Pinned choices as they are; otherwise each output mode with tools, then plain text without
        them (a server that refuses tools is rarely one that honours a schema). What worked last time
        comes first, the rest stay behind it in case the server has changed."""
        outputs = list(OUTPUT_MODES) if output == "auto" else [output]
        shapes = [Capabilities(o, tools is not False) for o in outputs]
        if tools is None:
            shapes.append(Capabilities(outputs[-1], False))
        with self._lock:
            known = self._known.get(endpoint)
            refused = set(self._refused.get(endpoint, ()))
        if known is not None and known in shapes:
            shapes.remove(known)
            shapes.insert(0, known)
        untried = [shape for shape in shapes if shape not in refused]
        return untried or shapes  # all refused once: ask again, the server may have changed

    def worked(self, endpoint: tuple[str, str], capabilities: Capabilities) -> None:
        """The endpoint accepted this shape (it answered, even if the answer came too late)."""
        with self._lock:
            self._known[endpoint] = capabilities
            self._refused.get(endpoint, set()).discard(capabilities)

    def refused(self, endpoint: tuple[str, str], capabilities: Capabilities) -> None:
        with self._lock:
            self._refused.setdefault(endpoint, set()).add(capabilities)

    def known(self, endpoint: tuple[str, str]) -> Capabilities | None:
        with self._lock:
            return self._known.get(endpoint)
