"""Prompt templates as files: the repository's ``prompts/`` (or ``COPILOT_PROMPTS_DIR``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from copilot.errors import ConfigurationError

BUNDLED = Path(__file__).resolve().parent.parent / "prompts"
PACKAGED = Path(__file__).resolve().parent / "_prompts"  # where a wheel install puts them


@lru_cache(maxsize=32)
def load_prompt(name: str, directory: Path | None = None) -> str:
    for folder in [directory] if directory else [BUNDLED, PACKAGED]:
        path = folder / f"{name}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ConfigurationError(f"prompt '{name}' not found in {directory or BUNDLED}")
