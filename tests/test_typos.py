"""Slips of the keyboard in short questions, on the tiny shop of tests/small_shop.py: the product and
its price or stock are still found, with no dictionary (the words come from understanding.yaml)."""

from __future__ import annotations

import pytest

from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings
from tests.small_shop import write_small_shop


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("typos")
    settings = Settings(home=root / "home")
    ingest(write_small_shop(root / "shop"), settings)
    return Copilot(settings)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("hw much is teh camp mug", "$14.00"),
        ("wat does teh trail runner shoe cost", "$110.00"),
        ("is teh camp mug in stok?", "in stock"),
    ],
)
def test_a_short_question_with_slips_is_answered(shop: Copilot, question: str, said: str) -> None:
    result = shop.turn(question)
    assert result.action == "answer" and said in result.reply, result.reply
