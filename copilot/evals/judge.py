"""An optional model judge: does a reply meet the case's rubric? Through any OpenAI-compatible endpoint.

The judge is a second opinion on substance, for what string checks cannot see; it never replaces the
deterministic checks, and its failures are recorded as "judge unavailable", not as a failed case.
"""

from __future__ import annotations

import json
import re
from typing import Any, cast

import openai
from openai import OpenAI

from copilot.errors import ConfigurationError, ModelOutputError, ProviderError
from copilot.prompts import load_prompt
from copilot.settings import Settings

_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class Judge:
    def __init__(self, settings: Settings, client: OpenAI | None = None) -> None:
        if not settings.llm_enabled and client is None:
            raise ConfigurationError("the judge needs a model: set OPENAI_BASE_URL and/or OPENAI_API_KEY")
        self.settings = settings
        self.client = client or OpenAI(
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=settings.llm_retries,
        )

    def grade(self, turns: list[str], reply: str, rubric: str) -> tuple[bool, str]:
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": load_prompt("judge", self.settings.prompts_dir).format()},
            {
                "role": "user",
                "content": json.dumps(
                    {"customer": turns, "reply": reply, "rubric": rubric}, ensure_ascii=False
                ),
            },
        ]
        try:
            response = self.client.chat.completions.create(
                model=self.settings.model,
                messages=cast(Any, messages),
                temperature=0,
                max_tokens=self.settings.llm_max_tokens,  # a judge that never stops is cut here
            )
        except openai.APIError as exc:
            raise ProviderError(f"judge endpoint failed: {exc.__class__.__name__}") from exc
        content = response.choices[0].message.content or "" if response.choices else ""
        match = _OBJECT.search(content)
        try:
            verdict = json.loads(match.group(0)) if match else None
        except json.JSONDecodeError:
            verdict = None
        if not isinstance(verdict, dict) or not isinstance(verdict.get("pass"), bool):
            raise ModelOutputError("the judge did not answer with {pass, reason}")
        return verdict["pass"], str(verdict.get("reason", ""))
