"""A follow-up that changes one option keeps the others of the variant the last answer was about,
even when that answer also offered alternatives: "ok what about large?" after "M in coral" (sold
out; navy offered instead) asks about large in coral."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.ingest import ingest
from copilot.service import Copilot
from copilot.settings import Settings
from tests.small_shop import write_small_shop

JERSEY = {
    "product_id": "J1",
    "name": "Race Jersey",
    "category": "Jerseys",
    "description": "A light race jersey.",
    "variants": [
        {
            "variant_id": f"RJ-{size}-{colour}",
            "options": {"size": size, "colour": colour},
            "price": 95.0,
            "available": colour == "Navy",  # coral is sold out: the alternatives offered are navy
        }
        for colour in ("Navy", "Coral")
        for size in ("S", "M", "L")
    ],
}


@pytest.fixture(scope="module")
def copilot(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root: Path = tmp_path_factory.mktemp("follow")
    settings = Settings(home=root / "home")
    ingest(write_small_shop(root / "shop", products=[JERSEY]), settings)
    return Copilot(settings)


def test_changing_one_option_keeps_the_other(copilot: Copilot) -> None:
    first = copilot.turn("is the race jersey in M coral in stock?")
    assert "out of stock" in first.reply and "Available instead" in first.reply, first.reply
    then = copilot.turn(
        "ok what about large?", conversation_id=first.conversation_id, session_token=first.session_token
    )
    assert then.reply.startswith("The Race Jersey (size L, colour Coral)"), then.reply
