"""Answers on a store the answering code was never written for (the Saltmarsh Pottery fixture, a
Shopify export): each class of question issue 11 lists, asserted on what the shopper is told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copilot.identity.gate import Caller
from copilot.ingest import ingest
from copilot.schemas import TurnResult
from copilot.service import Copilot
from copilot.settings import Settings

SHOPIFY = Path(__file__).parent / "data" / "platforms" / "shopify"


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    tmp = tmp_path_factory.mktemp("saltmarsh")
    (tmp / "sources.yaml").write_text(
        "shop: Saltmarsh Pottery\nsources:\n"
        "  - {kind: catalog, preset: shopify, path: products_export.csv}\n"
        "  - {kind: customers, preset: shopify, path: customers_export.csv}\n"
        "  - {kind: orders, preset: shopify, path: orders_export.csv}\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp / "home")
    ingest(tmp / "sources.yaml", settings, data_dir=SHOPIFY)
    return Copilot(settings)


def chat(shop: Copilot, *texts: str, email: str | None = None) -> TurnResult:
    caller = Caller(customer_email=email, source="test") if email else None
    result, token = None, None
    for text in texts:
        result = shop.turn(
            text,
            conversation_id=result.conversation_id if result else None,
            session_token=token,
            caller=caller,
        )
        token = token or result.session_token
    assert result is not None
    return result


def test_catalog_wide_superlatives_name_the_product_and_its_price(shop: Copilot) -> None:
    cheapest = chat(shop, "what's your cheapest mug?")
    assert (
        cheapest.action == "answer"
        and "$24.00" in cheapest.reply
        and "Speckled Stoneware Mug" in cheapest.reply
    )
    dearest = chat(shop, "most expensive thing you have in stock?")
    assert dearest.action == "answer" and "$50.00" in dearest.reply and "Gift Card" in dearest.reply


def test_a_comparison_gives_both_prices_and_which_is_cheaper(shop: Copilot) -> None:
    result = chat(shop, "is the washed linen table runner more expensive than the speckled stoneware mug?")
    assert "$38.00" in result.reply and "$24.00" in result.reply
    assert "Speckled Stoneware Mug is cheaper" in result.reply


def test_order_answers_give_every_field_asked_for(shop: Copilot) -> None:
    latest = chat(shop, "where is my latest order?", email="maya.okafor@example.com")
    assert "#1007" in latest.reply and "authorized" in latest.reply and not latest.handoff
    refund = chat(shop, "how much was refunded on order 1004?", email="tomas.lindqvist@example.com")
    assert "$24.00 was refunded" in refund.reply and refund.action == "answer" and not refund.handoff
    paid = chat(shop, "has the payment for 1007 gone through?", email="maya.okafor@example.com")
    assert "authorized" in paid.reply and "$33.50" in paid.reply
    placed = chat(shop, "when did i place order 1004?", email="tomas.lindqvist@example.com")
    assert "placed on February 7, 2025" in placed.reply, placed.reply
    assert "shipped on February 8, 2025" in placed.reply, placed.reply
    total = chat(shop, "what did i pay for #1004?", email="tomas.lindqvist@example.com")
    assert "$62.00" in total.reply, total.reply


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("what did i order on the 3rd of february?", ["#1001", "Washed Linen Table Runner"], ["#1007"]),
        ("is my order from feb 14th on its way?", ["#1007", "unfulfilled"], ["#1001"]),
        ("what was in the order i placed 2025-02-03", ["#1001"], ["#1007"]),
        (
            "where's the order I placed on march 2?",
            ["I don't see an order placed on March 2", "#1001", "#1007"],
            [],
        ),
    ],
)
def test_an_order_is_known_by_the_day_it_was_placed(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    reply = chat(shop, question, email="maya.okafor@example.com").reply
    assert all(s in reply for s in said) and not any(s in reply for s in not_said), reply


def test_a_short_follow_up_stays_with_the_product_in_focus(shop: Copilot) -> None:
    result = chat(shop, "how much is the speckled stoneware mug in 12 oz sea green?", "and in 16 oz?")
    assert result.action == "answer" and "16 oz" in result.reply and "$28.00" in result.reply


def test_what_the_data_does_not_say_is_said_and_a_person_offered(shop: Copilot) -> None:
    result = chat(shop, "is the washed linen table runner dishwasher safe?")
    assert result.action == "escalate" and result.handoff is not None
    assert "linen" not in result.reply.lower() or "doesn't say" in result.reply


def test_safety_incidents_go_to_a_person_and_off_topic_is_declined(shop: Copilot) -> None:
    incident = chat(shop, "the mug cracked and the hot tea scalded my hand")
    assert incident.action == "escalate" and incident.handoff is not None
    assert "sensitive_topic" in [r.rule for r in incident.handoff.reasons]
    # a person may be hours away: what to do now comes first
    assert incident.reply.startswith("If anyone is hurt, unwell or in danger"), incident.reply
    assert chat(shop, "which stocks should i buy this year?").action == "decline"
    fraud = chat(shop, "someone used my card to order from you without asking me")
    assert fraud.action == "escalate" and "emergency" not in fraud.reply, fraud.reply


def test_option_questions_use_the_shop_s_own_labels(shop: Copilot) -> None:
    result = chat(shop, "what glazes does the speckled stoneware mug come in?")
    assert "Glaze" in result.reply and "Oatmeal" in result.reply and "Sea Green" in result.reply
    assert "option1" not in result.reply.lower() and "<" not in result.reply


def test_advice_comes_from_the_shop_s_guidance_not_the_variant_list(
    demo_settings: Settings, tmp_path: Path
) -> None:
    """'What size should I get?' is answered from the size guide, not with the options on sale."""
    shutil.copytree(demo_settings.home, tmp_path / "home")
    result = Copilot(Settings(home=tmp_path / "home")).turn(
        "how do I figure out what size sleeping bag to get?"
    )
    assert result.action == "answer" and result.intent == "advice"
    assert result.citations and all(c.id.startswith("doc:") for c in result.citations)
    assert "Fits people up to" in result.reply
