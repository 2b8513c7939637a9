"""Questions on a store invented here (Harbour Board Co.: surfboards, a wetsuit, a gas canister, pages on
shipping, returns, sizing and contact) whose answer is the shop's own rule, not an exception for
somewhere else ("how much is shipping?" is the Standard rate, not Alaska's), or the exception that names
what is asked ("can i return a gas canister?"); a size chart's range row read by the unit beside the
shopper's number; the shop's phone number on a page the question's words do not find; a question in
German or Dutch; a product named by the start of its word ("the tern frame" of a Frameset); a way to
pay no page names."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Harbour Board Co."
PRODUCTS = [
    invented_product(
        "FISH",
        "Swallowtail Fish Surfboard",
        "Surfboards",
        ["Length: 5'8\"", "Volume: 32 L"],
        [_variant("FISH-58", {"Length": "5'8\""}, 899.0)],
        MAKER,
    ),
    invented_product(
        "FRAME",
        "Tern Gravel Frameset",
        "Frames",
        ["Frame weight: 1,050 g (size 56)", "Material: steel"],
        [_variant("TERN-56", {"Size": "56"}, 1199.0)],
        MAKER,
    ),
    invented_product(
        "GAS",
        "Butane Gas Canister 220 g",
        "Camp stoves",
        ["Fits: every stove with a screw-thread valve"],
        [_variant("GAS-220", {"Size": "220 g"}, 6.5)],
        MAKER,
    ),
]

PAGES = {
    "shipping.md": """# Shipping

We ship from our workshop to every address in the United States.

## Rates

| Method | Delivery time | Cost |
| --- | --- | --- |
| Standard | 3-6 business days | $7.95 |
| Express | 1-2 business days | $19.95 |

Standard shipping is free on orders of $100 or more.

## Alaska and Hawaii

Standard shipping to Alaska and Hawaii costs $24.95 and takes 6-12 business days.

## Rest of the world

| Destination | Delivery time | Cost |
| --- | --- | --- |
| Austria, Germany and other EU countries | 5-9 business days | $39.00 |
| Rest of the world | 10-20 business days | $49.00 |
""",
    "returns.md": """# Returns

## Change of mind

You have 30 days from delivery to return unused items in their original packaging.

## Items we can't take back

- Gas canisters and fuel
- Firewood of any kind: logs, kindling and firelighters
- Wax once opened
- Gift cards
""",
    "volume-guide.md": """# Surfboard volume guide

## How much volume do I need?

| Rider weight | Beginner | Intermediate |
| --- | --- | --- |
| 60-69 kg | 50-60 L | 34-40 L |
| 70-79 kg | 55-70 L | 38-44 L |
| 80-89 kg | 65-80 L | 42-48 L |
""",
    "wetsuit-sizes.md": """# Wetsuit sizes

## Men's wetsuit size chart

| Size | Height (cm) | Weight (kg) |
| --- | --- | --- |
| M | 170-178 | 65-74 |
| L | 178-185 | 75-83 |
""",
    "about.md": """# About us

## How do I get in touch?

Call us on (503) 555-0142 or write to hello@harbourboard.example.

## Opening hours

Our workshop is open Monday to Friday, 9am to 5pm.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("harbour"), MAKER, PRODUCTS, PAGES)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # the shop's own rate, not the one for a remote area or the rest of the world
        ("how much is shipping?", ["$7.95"], ["$24.95", "$49.00"]),
        ("how much do i have to spend for free shipping?", ["$100"], ["$24.95"]),
        # a place asked is still its own rule
        ("how much is shipping to hawaii?", ["$24.95"], ["$7.95"]),
        # the exception that names the thing asked overrides the rule
        ("can i return a gas canister i didn't use?", ["Gas canisters"], ["30 days"]),
        ("can i return an unused surfboard?", ["30 days"], ["Gas canisters"]),
        # (its one word, against the rule's "unused" for "didnt use")
        ("can i return logs i didnt use?", ["Firewood of any kind: logs"], ["30 days"]),
        # an exception is asked of only as the thing sent back: "my card" is no gift card sent back
        ("once you get my return how long until the refund shows up on my card?", [], ["Gift cards"]),
        # a range row read by the unit beside the number: the rider's weight, not a volume of 75 L
        ("im 75kg and an intermediate surfer, how many litres should my board be?", ["38-44 L"], ["42-48"]),
        # the phone number is on a page the question's words do not find
        ("whats your phone number", ["(503) 555-0142"], []),
        # the same questions in German and Dutch
        ("Wie lange dauert der Versand nach Österreich?", ["5-9 business days"], []),
        ("wat kost verzenden naar duitsland?", ["$39.00"], []),
    ],
)
def test_the_shops_own_rule_or_the_exception_that_names_the_question(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_product_named_by_the_start_of_its_word_asks_nothing_of_a_line_with_it(shop: Copilot) -> None:
    """ "what bottom bracket standard is the tern frame?" names the Tern Gravel Frameset: its "frame" asks
    nothing of the "Frame weight" line."""
    result = converse(shop, "what bottom bracket standard is the tern frame?")
    assert "1,050 g" not in result.reply and "doesn't say" in result.reply, result.reply


def test_a_way_to_pay_no_page_names_is_not_answered_by_another_sentence(shop: Copilot) -> None:
    result = converse(shop, "can i pay with paypal?")
    assert "doesn't say" in result.reply and "$" not in result.reply, result.reply


def test_the_exception_the_story_names_answers_a_short_question(tmp_path: Path) -> None:
    """ "i opened a tin of antifouling but dont need it now, can i send it back?": the story says what is
    sent back, and the exception that names it answers, though the products' names fill the hits."""
    paints = [
        invented_product(
            f"AF{i}",
            f"SeaGuard {kind} Antifouling",
            "Antifouling",
            ["Coverage: 10 m² per litre"],
            [_variant(f"AF{i}-{n}", {"Tin": f"{n} L"}, 40.0 * n) for n in (1, 2.5)],
            MAKER,
        )
        for i, kind in enumerate(("Eroding", "Hard", "Copper-Free"))
    ]
    pages = {
        "returns.md": "# Returns\n\nChanged your mind? You can return most unused items within 30 days of "
        "delivery for a full refund.\n\n## Items we can't take back\n\n- Rope cut to length\n"
        "- Opened tins of antifouling, varnish and paint\n- Gift cards\n"
    }
    shop = invented_shop(tmp_path, MAKER, paints, pages)
    question = "i opened a tin of antifouling but dont need it now, can i send it back?"
    assert_reply(shop, question, ["Opened tins of antifouling"], ["30 days"])
