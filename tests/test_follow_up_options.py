"""A follow-up that changes one option keeps the others of the variant the last answer was about,
even when that answer also offered alternatives: "ok what about large?" after "M in coral" (sold
out; navy offered instead) asks about large in coral; "and the biggest size?" asks for its largest."""

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


SHORTS = {
    "product_id": "B1",
    "name": "Bib Shorts",
    "category": "Shorts",
    "description": "Padded bib shorts.",
    "variants": [
        {"variant_id": f"BS-{size}", "options": {"size": size}, "price": 120.0, "available": True}
        for size in ("30-Inch", "34-Inch", "38-Inch")
    ],
}


@pytest.fixture(scope="module")
def copilot(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root: Path = tmp_path_factory.mktemp("follow")
    settings = Settings(home=root / "home")
    ingest(write_small_shop(root / "shop", products=[JERSEY, SHORTS]), settings)
    return Copilot(settings)


def test_changing_one_option_keeps_the_other(copilot: Copilot) -> None:
    first = copilot.turn("is the race jersey in M coral in stock?")
    assert "out of stock" in first.reply and "Available instead" in first.reply, first.reply
    then = copilot.turn(
        "ok what about large?", conversation_id=first.conversation_id, session_token=first.session_token
    )
    assert then.reply.startswith("The Race Jersey (size L, colour Coral)"), then.reply


def test_the_biggest_size_after_a_product_is_its_biggest_version(copilot: Copilot) -> None:
    """ "and the biggest size?" goes on with the jersey: its large, not the shop's biggest thing."""
    conversation, token = copilot.start()
    copilot.turn("how much is the race jersey in M navy?", conversation_id=conversation, session_token=token)
    reply = copilot.turn("and the biggest size?", conversation_id=conversation, session_token=token).reply
    assert "Race Jersey" in reply and "L" in reply and "Bib Shorts" not in reply, reply
