"""Proactive help at checkout in the core, over a private copy of the demo shop: the policy decides
whom to offer help and whose (a person for a valuable cart or customer while an agent has room, else
the bot; watched steps, idle time, a daily cap and a cooldown), a stricter policy file narrows it, an
accepted person offer waits in the agent queue with the cart in its packet, an accepted bot offer is a
conversation the bot continues, and the shop's orders count carts saved."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from copilot.errors import ConfigurationError, ConflictError, ForbiddenError, InputError
from copilot.identity.gate import Caller
from copilot.proactive import CheckoutActivity, Shopper, load_proactive_policy, proactive_report
from copilot.proactive.policy import History, decide
from copilot.schemas import Cart, CartItem
from copilot.service import Copilot
from copilot.settings import Settings

HANNAH = "hannah.lindqvist@example.com"  # platinum
ETHAN = "ethan.brooks@example.com"  # standard
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)  # reports "made" three days ago

STRICT = """\
version: 1
steps:
  payment: 120
person:
  cart_value: 1000
  tiers: [vip]
  queue: orders
bot: false
max_offers_per_day: 1
cooldown_minutes: 0
completion_window_hours: 2
messages:
  person: "Talk to us?"
  bot: "Ask our assistant?"
  accepted_person: "Someone is coming."
  accepted_bot: "Ask away."
"""


@pytest.fixture
def shop(demo_settings: Settings, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    return demo_settings.model_copy(update={"home": home})


@pytest.fixture
def copilot(shop: Settings) -> Copilot:
    core = Copilot(shop)
    core.routing.set_agent("ava", name="Ava", skills=["general"], capacity=1, online=True)
    return core


def _customer(copilot: Copilot, email: str) -> Shopper:
    customer = copilot.store.customer_by_email(email)
    assert customer is not None
    return Shopper(customer_id=customer.customer_id)


def _at(step: str, idle: float, value: float | None = None) -> CheckoutActivity:
    cart = Cart(items=[CartItem(name="Kestrel Swift Trail Runner", quantity=1, price=value)], value=value)
    return CheckoutActivity(step=step, idle_seconds=idle, cart=cart if value is not None else None)


def test_a_cart_at_the_threshold_gets_a_person_and_one_below_it_the_bot(copilot: Copilot) -> None:
    at = copilot.proactive.report(Shopper(visitor_id="visitor-at"), _at("payment", 45, 300.0), now=T0)
    below = copilot.proactive.report(Shopper(visitor_id="visitor-below"), _at("payment", 45, 299.99), now=T0)
    assert at.offer is not None and at.offer.kind == "person", at
    assert at.offer.message == load_proactive_policy().messages.person
    assert "cart 300.00 >= 300.00" in at.reason
    assert below.offer is not None and below.offer.kind == "bot", below
    assert "neither the cart nor the customer" in below.reason


def test_the_cart_value_is_the_items_when_the_page_gives_no_total(copilot: Copilot) -> None:
    cart = Cart(items=[CartItem(name="Tent", quantity=2, price=160.0)])
    decision = copilot.proactive.report(
        Shopper(visitor_id="visitor-items"),
        CheckoutActivity(step="payment", idle_seconds=60, cart=cart),
        now=T0,
    )
    assert decision.offer is not None and decision.offer.kind == "person" and "cart 320.00" in decision.reason


def test_a_vip_customer_gets_a_person_for_a_small_cart_and_a_standard_one_the_bot(copilot: Copilot) -> None:
    vip = copilot.proactive.report(_customer(copilot, HANNAH), _at("shipping", 60, 20.0), now=T0)
    standard = copilot.proactive.report(_customer(copilot, ETHAN), _at("shipping", 60, 20.0), now=T0)
    assert vip.offer is not None and vip.offer.kind == "person" and "tier platinum" in vip.reason
    assert standard.offer is not None and standard.offer.kind == "bot"


@pytest.mark.parametrize(
    ("agent", "why"),
    [
        ({"online": False}, "offline"),
        ({"capacity": 0}, "at capacity"),
        ({"skills": ["returns"]}, "serves another queue"),
    ],
)
def test_with_no_agent_free_a_valuable_cart_gets_the_bot(
    copilot: Copilot, agent: dict[str, object], why: str
) -> None:
    copilot.routing.set_agent("ava", **agent)  # type: ignore[arg-type]
    decision = copilot.proactive.report(Shopper(visitor_id="visitor-busy"), _at("payment", 45, 900.0), now=T0)
    assert decision.offer is not None and decision.offer.kind == "bot", why
    assert "no agent of 'general' is free" in decision.reason


def test_an_agent_busy_with_a_claimed_handoff_has_no_room_for_a_person_offer(copilot: Copilot) -> None:
    first = copilot.proactive.report(Shopper(visitor_id="visitor-one"), _at("payment", 45, 900.0), now=T0)
    assert first.offer is not None and first.offer.kind == "person"
    copilot.proactive.accept(first.offer.offer_id, Shopper(visitor_id="visitor-one"))
    copilot.routing.claim_next("ava")  # Ava's one slot is taken now
    second = copilot.proactive.report(Shopper(visitor_id="visitor-two"), _at("payment", 45, 900.0), now=T0)
    assert second.offer is not None and second.offer.kind == "bot"


def test_only_watched_steps_after_their_idle_time_trigger_an_offer(copilot: Copilot) -> None:
    visitor = Shopper(visitor_id="visitor-steps")
    early = copilot.proactive.report(visitor, _at("payment", 44, 50.0), now=T0)
    assert early.offer is None and early.report_again_at_idle == 45.0 and "idle 44 s" in early.reason
    browsing = copilot.proactive.report(visitor, _at("product-page", 600, 50.0), now=T0)
    assert browsing.offer is None and browsing.report_again_at_idle is None
    assert "not watched" in browsing.reason
    cart_step = copilot.proactive.report(visitor, _at("cart", 60, 50.0), now=T0)
    assert cart_step.offer is None and cart_step.report_again_at_idle == 90.0
    named_loudly = copilot.proactive.report(visitor, _at(" Payment ", 45, 50.0), now=T0)
    assert named_loudly.offer is not None  # step names are compared case-blind
    assert proactive_report(copilot.store).offers == 1  # decisions without an offer record nothing


def test_at_most_n_offers_a_day_and_none_within_the_cooldown(copilot: Copilot) -> None:
    shopper = _customer(copilot, ETHAN)
    policy = copilot.proactive.policy
    made = []
    for minute in range(0, 24 * 60, 10):  # a report every ten minutes for a day
        decision = copilot.proactive.report(
            shopper, _at("payment", 60, 80.0), now=T0 + timedelta(minutes=minute)
        )
        if decision.offer is not None:
            made.append(minute)
        elif minute == 10:
            assert "cooldown 30 min" in decision.reason
    assert made == [0, 30, 60]  # three (max_offers_per_day), at least 30 minutes (cooldown) apart
    capped = copilot.proactive.report(shopper, _at("payment", 60, 80.0), now=T0 + timedelta(hours=23))
    assert capped.offer is None and f"at most {policy.max_offers_per_day}" in capped.reason
    next_day = copilot.proactive.report(
        shopper, _at("payment", 60, 80.0), now=T0 + timedelta(hours=24, minutes=1)
    )
    assert next_day.offer is not None
    # the cap is per shopper: another visitor is offered help meanwhile
    other = copilot.proactive.report(Shopper(visitor_id="visitor-else"), _at("payment", 60, 80.0), now=T0)
    assert other.offer is not None


def test_a_stricter_policy_file_narrows_who_is_offered_what(shop: Settings, tmp_path: Path) -> None:
    path = tmp_path / "proactive.yaml"
    path.write_text(STRICT)
    copilot = Copilot(shop.model_copy(update={"proactive_file": path}))
    copilot.routing.set_agent("olu", name="Olu", skills=["orders"], capacity=2, online=True)
    hannah = _customer(copilot, HANNAH)
    assert copilot.proactive.report(hannah, _at("payment", 60, 20.0), now=T0).offer is None  # too soon
    platinum = copilot.proactive.report(hannah, _at("payment", 120, 500.0), now=T0)
    assert platinum.offer is None and "bot offers are off" in platinum.reason  # platinum is not vip here
    assert copilot.proactive.report(hannah, _at("shipping", 900, 5000.0), now=T0).offer is None  # unwatched
    big = copilot.proactive.report(_customer(copilot, ETHAN), _at("payment", 120, 1000.0), now=T0)
    assert big.offer is not None and big.offer.kind == "person" and big.offer.message == "Talk to us?"
    again = copilot.proactive.report(
        _customer(copilot, ETHAN), _at("payment", 120, 1000.0), now=T0 + timedelta(hours=5)
    )
    assert again.offer is None and "at most 1" in again.reason
    accepted = copilot.proactive.accept(big.offer.offer_id, _customer(copilot, ETHAN))
    [handoff] = copilot.routing.list(status="queued")
    assert handoff.queue == "orders" and accepted.reply == "Someone is coming."


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (STRICT.replace("payment: 120", "payment: -5"), "steps: Value error, step 'payment'"),
        (STRICT.replace("queue: orders", "queue: nowhere"), "person.queue: unknown queue 'nowhere'"),
        (STRICT.replace("bot: false", "bot: false\nbots: true"), "bots: Extra inputs"),
        (STRICT.replace("max_offers_per_day: 1", "max_offers_per_day: lots"), "max_offers_per_day"),
        (STRICT.replace('  accepted_bot: "Ask away."\n', ""), "messages.accepted_bot: Field required"),
        ("steps: [payment", "not valid YAML"),
    ],
)
def test_a_bad_policy_file_names_the_file_and_the_field(
    shop: Settings, tmp_path: Path, text: str, where: str
) -> None:
    path = tmp_path / "bad-proactive.yaml"
    path.write_text(text)
    with pytest.raises(ConfigurationError) as raised:
        Copilot(shop.model_copy(update={"proactive_file": path}))
    assert str(path) in str(raised.value) and where in str(raised.value), raised.value


def test_decide_asks_for_an_agent_only_when_a_person_would_be_offered() -> None:
    asked: list[bool] = []

    def free() -> bool:
        asked.append(True)
        return True

    policy = load_proactive_policy()
    small = decide(
        policy, step="payment", idle_seconds=60, cart_value=10, tier=None, history=History(), agent_free=free
    )
    assert small.kind == "bot" and asked == []
    off = policy.model_copy(update={"enabled": False})
    assert (
        decide(
            off,
            step="payment",
            idle_seconds=60,
            cart_value=900,
            tier=None,
            history=History(),
            agent_free=free,
        ).kind
        is None
    )
    assert asked == []


def test_an_accepted_person_offer_waits_in_the_queue_with_the_cart(copilot: Copilot) -> None:
    hannah = _customer(copilot, HANNAH)
    cart = Cart(
        items=[CartItem(name="Kestrel Swift Trail Runner", quantity=1, price=129.0)],
        value=129.0,
        currency="USD",
        step="payment",
    )
    decision = copilot.proactive.report(hannah, CheckoutActivity(step="payment", idle_seconds=50, cart=cart))
    assert decision.offer is not None and decision.offer.kind == "person"
    with pytest.raises(ForbiddenError):  # only the shopper it was made to
        copilot.proactive.accept(decision.offer.offer_id, _customer(copilot, ETHAN))
    with pytest.raises(ForbiddenError):
        copilot.proactive.accept(decision.offer.offer_id, Shopper(visitor_id="visitor-thief"))
    accepted = copilot.proactive.accept(decision.offer.offer_id, hannah)
    assert accepted.kind == "person" and accepted.handled_by == "agent" and accepted.session_token

    [handoff] = copilot.routing.list(status="queued")
    assert handoff.conversation_id == accepted.conversation_id and handoff.queue == "general"
    packet = handoff.packet
    assert packet.cart == cart and packet.cart_total == 129.0
    assert [r.rule for r in packet.reasons] == ["proactive_offer"] and "tier platinum" in packet.reasons[
        0
    ].detail
    assert packet.customer.verified and packet.customer.customer_id == hannah.customer_id
    assert packet.customer.tier == "platinum" and packet.intent == "checkout_help"

    thread = copilot.conversations.get(accepted.conversation_id)
    assert thread.owner == "agent" and thread.customer_id == hannah.customer_id
    assert [m.role for m in thread.messages] == ["bot", "event", "bot"]
    assert thread.messages[-1].text == accepted.reply
    # the shopper reads it back with the session token, as any conversation
    seen = copilot.customer_thread(
        accepted.conversation_id, session_token=accepted.session_token, caller=Caller()
    )
    assert seen.handled_by == "agent"
    with pytest.raises(ConflictError):
        copilot.proactive.accept(decision.offer.offer_id, hannah)
    assert len(copilot.routing.list()) == 1  # a second click queues nothing more

    claimed = copilot.routing.claim_next("ava")
    assert claimed is not None and claimed.packet_id == handoff.packet_id


def test_an_accepted_bot_offer_is_a_conversation_the_bot_continues(copilot: Copilot) -> None:
    visitor = Shopper(visitor_id="visitor-bot")
    decision = copilot.proactive.report(visitor, _at("payment", 50, 40.0))
    assert decision.offer is not None and decision.offer.kind == "bot"
    accepted = copilot.proactive.accept(decision.offer.offer_id, visitor)
    assert accepted.handled_by == "bot" and copilot.routing.list() == []
    turn = copilot.turn(
        "how long do refunds to a credit card take?",
        conversation_id=accepted.conversation_id,
        session_token=accepted.session_token,
    )
    assert turn.action == "answer" and turn.handled_by == "bot"
    assert "business days" in turn.reply
    assert [m.role for m in copilot.conversations.get(accepted.conversation_id).messages][-2:] == [
        "customer",
        "bot",
    ]


def test_a_visitor_needs_an_id_to_be_counted() -> None:
    with pytest.raises(InputError):
        Shopper()


def test_an_order_soon_after_an_offer_counts_a_cart_saved_once(copilot: Copilot) -> None:
    ethan, hannah = _customer(copilot, ETHAN), _customer(copilot, HANNAH)
    assert ethan.customer_id is not None and hannah.customer_id is not None
    offered = copilot.proactive.report(ethan, _at("payment", 60, 80.0), now=T0)
    later = copilot.proactive.report(ethan, _at("payment", 60, 95.0), now=T0 + timedelta(hours=1))
    assert offered.offer is not None and later.offer is not None
    big = copilot.proactive.report(hannah, _at("payment", 60, 640.0))  # today
    assert big.offer is not None and big.offer.kind == "person"
    copilot.proactive.accept(big.offer.offer_id, hannah)

    assert not copilot.proactive.record_order(ethan.customer_id, T0 - timedelta(minutes=1))  # before any
    assert copilot.proactive.record_order(ethan.customer_id, T0 + timedelta(hours=2))  # the 95.00 cart
    assert not copilot.proactive.record_order(ethan.customer_id, T0 + timedelta(hours=3))  # not the older
    assert not copilot.proactive.record_order("C-NOBODY", T0 + timedelta(hours=2))
    now = datetime.now(UTC)
    assert not copilot.proactive.record_order(hannah.customer_id, now + timedelta(hours=25))  # past 24 h
    naive_utc = now.replace(tzinfo=None) + timedelta(minutes=1)  # as SQLite hands datetimes back
    assert copilot.proactive.record_order(hannah.customer_id, naive_utc)  # her offer, accepted today

    report = proactive_report(copilot.store)
    by_kind = {k.kind: k for k in report.by_kind}
    assert (report.offers, report.accepted, report.carts_saved) == (3, 1, 2)
    assert report.saved_value == 735.0 and report.carts_saved_after_accepting == 1
    assert (by_kind["bot"].offers, by_kind["bot"].accepted, by_kind["bot"].carts_saved) == (2, 0, 1)
    assert (by_kind["person"].offers, by_kind["person"].accepted, by_kind["person"].saved_value) == (
        1,
        1,
        640.0,
    )
    assert by_kind["person"].acceptance_rate == 1.0 and by_kind["bot"].acceptance_rate == 0.0
    recent = proactive_report(copilot.store, since=datetime.now(UTC) - timedelta(days=1))
    assert recent.offers == 1 and recent.saved_value == 640.0  # Ethan's were three days ago
