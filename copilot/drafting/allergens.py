"""An allergy asked of a product whose description lists its ingredients but labels no allergens: the
ingredient of the family asked ("nut oils" and "Prunus Amygdalus Dulcis (Sweet Almond) Oil"), named as
the list writes it. The families and their words are data (``allergens.yaml``). That none is listed is
never said to be safe: an absence is left to a person."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from copilot.policy_files import load_yaml_model

ALLERGENS = Path(__file__).with_name("allergens.yaml")


class Family(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    asked: list[str] = Field(min_length=1)
    members: list[str] = Field(min_length=1)
    not_members: list[str] = Field(default_factory=list)  # "shea butter" is no dairy


class AllergenExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    ingredients: str
    found: str  # the ingredient named, empty when none is


class AllergensFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    families: list[Family] = Field(min_length=1)
    examples: list[AllergenExample]


@cache
def allergens() -> AllergensFile:
    return load_yaml_model(ALLERGENS, AllergensFile, "allergens")


def _any(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def ingredient_of_family_asked(question: str, ingredients: str) -> tuple[str, str] | None:
    """The first ingredient of the list (split at commas outside brackets) that belongs to a family the
    question asks about, with the family's name; None when the question names none or none is listed."""
    asked = [f for f in allergens().families if _any(f.asked).search(question)]
    for item in _INGREDIENT.findall(ingredients):
        for family in asked:
            rest = _any(family.not_members).sub(" ", item) if family.not_members else item
            if _any(family.members).search(rest):
                return item.strip().rstrip("."), family.name
    return None


_INGREDIENT = re.compile(r"[^,;(]+(?:\([^)]*\)[^,;(]*)*")
