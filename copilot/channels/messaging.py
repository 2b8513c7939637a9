"""What the shop says on messaging channels, loaded from data (``messaging.yaml``): the consent
keywords, the replies to them, order alerts and their approved templates, one-time code texts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.channels.base import Template
from copilot.policy_files import Examples, load_yaml_model

DEFAULT_MESSAGES = Path(__file__).with_name("messaging.yaml")
Keyword = Literal["stop", "start", "help"]
AlertType = Literal["order_created", "order_shipped", "order_delivered", "order_cancelled", "refund_issued"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TemplateSpec(_Strict):
    name: str = Field(min_length=1)
    language: str = Field(min_length=2)
    parameters: list[str] = Field(default_factory=list)

    def filled(self, values: dict[str, str]) -> Template:
        """The template with its parameters filled; an empty value is sent as "-" (WhatsApp refuses
        empty parameters)."""
        return Template(self.name, self.language, [values.get(p, "") or "-" for p in self.parameters])


class Keywords(_Strict):
    stop: list[str]
    start: list[str]
    help: list[str]
    examples: dict[Keyword, Examples] = Field(default_factory=dict)

    def match(self, text: str) -> Keyword | None:
        """The keyword a whole message is, if any."""
        word = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()
        for kind in ("stop", "start", "help"):
            if word in getattr(self, kind):
                return kind
        return None


class Alert(_Strict):
    text: str
    template: TemplateSpec | None = None


class ChannelMessages(_Strict):
    version: int = 1
    keywords: Keywords
    start_reply: str
    help_reply: str
    alerts: dict[AlertType, Alert]
    code_text: str
    code_template: TemplateSpec | None = None


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with its placeholders filled; an empty one leaves no double space or stray space."""
    filled = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), ""), text)
    tidy = re.sub(r"\s+([.,!?])", r"\1", re.sub(r"[ \t]{2,}", " ", filled))
    return re.sub(r",([.!?])", r"\1", tidy).strip()


@lru_cache(maxsize=4)
def load_channel_messages(path: Path | None = None) -> ChannelMessages:
    return load_yaml_model(path or DEFAULT_MESSAGES, ChannelMessages, "channel messages")
