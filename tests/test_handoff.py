"""Escalation end to end: the packet, queues and agents, agent assist, handback, webhook delivery.

Real parts: the demo shop's chromadb and SQLite (copied per test, since these tests write), a real
webhook receiver on 127.0.0.1 that checks signatures, and a second process for the restart case.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import text

from copilot.conversations import Conversations
from copilot.errors import InputError
from copilot.escalation.routing import Routing
from copilot.ingest import ingest
from copilot.outbox import Outbox, sign, verify_signature
from copilot.schemas import HandoffPacket
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.store import Store
from tests.chat import Chat
from tests.conftest import DEMO_SOURCES, REPO
from tests.webhook_receiver import WebhookReceiver, free_port

SECRET = "s3cret-for-tests"
HANNAH = "hannah.lindqvist@example.com"  # platinum, owns TS-106764 (shipped)
ETHAN = "ethan.brooks@example.com"  # standard


@pytest.fixture
def shop(demo_settings: Settings, tmp_path: Path) -> Settings:
    """A private copy of the ingested demo shop: these tests write conversations, handoffs, agents."""
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    return Settings(home=home, webhook_backoff=0.01)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(SECRET).start()
    yield server
    server.stop()


def _escalate(copilot: Copilot, chat: Chat | None = None) -> HandoffPacket:
    chat = chat or Chat(copilot)
    chat.say("where is my order TS-106764?")
    chat.say(f"it's {HANNAH}")
    result = chat.say("the parcel never arrived and I want to talk to a real person")
    assert result.action == "escalate" and result.handoff is not None
    return result.handoff


def test_the_packet_carries_what_the_agent_needs(shop: Settings) -> None:
    chat = Chat(Copilot(shop))
    packet = _escalate(chat.copilot, chat)
    assert packet.version == "1.2" and packet.conversation_id == chat.conversation_id
    assert packet.channel == "chat"
    c = packet.customer
    assert c.verified and c.verified_by == "knowledge" and c.name == "Hannah Lindqvist"
    assert c.tier == "platinum" and c.email == "h***@example.com"
    assert c.lifetime_value == packet.orders[0].total and c.order_count == 1  # only the order proven
    assert packet.orders[0].order_id == "TS-106764" and packet.orders[0].status == "shipped"
    assert [r.rule for r in packet.reasons][:2] == ["sensitive_topic", "customer_requested_human"]
    assert packet.queue == "orders" and packet.priority == "high"  # the topic's queue beats VIP
    text = json.dumps(packet.model_dump(mode="json"))
    assert HANNAH not in text and "[email]" in text  # the transcript is redacted
    assert [line.role for line in packet.transcript] == ["customer", "bot"] * 3
    assert any("TS-106764" in said and "tracking" in said.lower() for said in packet.bot_said), (
        packet.bot_said
    )
    assert packet.summary_source == "extractive" and "TS-106764" in packet.summary
    assert packet.language == "en" and packet.intent == "human"
    assert any(k.cited for k in packet.knowledge)
    assert packet.suggested_reply.startswith("Hi Hannah")


def test_packet_validates_against_the_published_schema(shop: Settings) -> None:
    packet = _escalate(Copilot(shop))
    published = json.loads((REPO / "docs" / "handoff.schema.json").read_text())
    assert published == HandoffPacket.model_json_schema(), (
        "run: copilot schema handoff > docs/handoff.schema.json"
    )
    jsonschema.validate(packet.model_dump(mode="json"), published)


def test_no_agent_online_is_said_honestly_and_the_packet_waits(shop: Settings) -> None:
    copilot = Copilot(shop)
    result = Chat(copilot).say("I want to talk to a person")
    assert "No one from our General support team is available" in result.reply
    assert "within 4 business hours" in result.reply
    waiting = copilot.routing.list(status="queued")
    assert [r.conversation_id for r in waiting] == [result.conversation_id]
    copilot.routing.set_agent("ana", name="Ana", skills=["general"], capacity=2, online=True)
    result = Chat(copilot).say("can I talk to a human?")
    assert "Someone will be with you shortly" in result.reply


def test_routing_claims_most_urgent_first_within_skills_and_capacity(shop: Settings) -> None:
    copilot = Copilot(shop)
    Chat(copilot).say("can I speak to an agent please")
    fraud = Chat(copilot).say("someone used my card here, I never placed this order").conversation_id
    routing = copilot.routing
    routing.set_agent("gus", skills=["general"], capacity=2, online=True)
    routing.set_agent("fay", skills=["payments", "fraud"], capacity=1, online=True)
    routing.set_agent("off", skills=["general", "fraud"], capacity=5, online=False)
    taken = routing.claim_next("fay")
    assert taken is not None and taken.conversation_id == fraud and taken.priority == "urgent"
    with pytest.raises(InputError, match="at capacity"):  # said as such, not as "nothing waiting"
        routing.claim_next("fay")
    routing.set_agent("fay", capacity=2)
    assert routing.claim_next("fay") is None  # room now, but nothing else waits in her queues
    plain = routing.list(status="queued")[0]
    with pytest.raises(Exception, match="offline"):
        routing.claim(plain.packet_id, "off")
    assert routing.claim(plain.packet_id, "gus").agent_id == "gus"
    with pytest.raises(Exception, match="assigned, not queued"):
        routing.claim(plain.packet_id, "gus")
    with pytest.raises(Exception, match="unknown skill"):
        routing.set_agent("typo", skills=["generl"])


def test_agent_assist_records_every_choice_then_handback_returns_to_the_bot(shop: Settings) -> None:
    copilot = Copilot(shop)
    chat = Chat(copilot)
    packet = _escalate(copilot, chat)
    assist = packet.conversation_id
    copilot.routing.set_agent("ana", skills=["orders"], online=True)
    copilot.routing.claim(packet.packet_id, "ana")

    first = chat.say("also, how long do refunds to a card take?")
    assert first.handled_by == "agent" and first.suggestions and first.draft_id is not None
    copilot.routing.set_agent("gus", skills=["orders"], online=True)
    with pytest.raises(InputError, match="assigned to 'ana'; claim its handoff first"):
        copilot.assist.reply(assist, "gus", "Hi, Gus here.")  # only the claiming agent replies
    accepted = copilot.assist.reply(assist, "ana", first.suggestions[0])
    assert (accepted.choice, accepted.edit_distance, accepted.draft_id) == ("accepted", 0, first.draft_id)

    second = chat.say("and do you ship to PO boxes?")
    edited = copilot.assist.reply(assist, "ana", second.suggestions[0] + " Anything else?")
    assert edited.choice == "edited" and edited.edit_distance == len(" Anything else?")

    chat.say("what's the warranty on the stove?")
    assert copilot.assist.reject(assist, "ana").choice == "rejected"
    written = copilot.assist.reply(assist, "ana", "Let me check with the warehouse and get back to you.")
    assert written.choice == "written" and written.draft_id is None  # the suggestion was already rejected

    with pytest.raises(InputError, match="assigned to 'ana'"):
        copilot.routing.close(packet.packet_id, "gus", "handed_back")  # not Gus's to hand back
    copilot.routing.close(packet.packet_id, "ana", "handed_back")
    back = chat.say("thanks! is the blue summit rain jacket in medium in stock?")
    assert back.handled_by == "bot" and back.action == "answer" and "in stock" in back.reply
    roles = [m.role for m in Conversations(copilot.store).get(assist).messages]
    assert roles == [
        *["customer", "bot"] * 3,
        "event",  # Ana joined
        "customer",
        "agent",
        "customer",
        "agent",
        "customer",
        "agent",
        "event",  # handed back
        "customer",
        "bot",
    ]
    assert [d.choice for d in copilot.assist.decisions(assist)] == [
        "accepted",
        "edited",
        "rejected",
        "written",
    ]


def test_the_turn_and_its_packet_commit_together(shop: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    copilot = Copilot(shop)

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Routing, "enqueue", staticmethod(broken))
    atomic, token = copilot.start()
    with pytest.raises(RuntimeError):
        copilot.turn("I want to talk to a person", conversation_id=atomic, session_token=token)
    thread = Conversations(copilot.store).get(atomic)
    assert thread.messages == [] and thread.owner == "bot" and copilot.routing.list() == []


def test_signed_delivery_reaches_the_receiver_once(shop: Settings, receiver: WebhookReceiver) -> None:
    settings = shop.model_copy(update={"webhook_urls": receiver.url, "webhook_secret": SECRET})
    packet = _escalate(Copilot(settings))
    assert len(receiver.requests) == 1 and receiver.requests[0]["signed"]
    assert receiver.requests[0]["key"] == packet.packet_id
    assert HandoffPacket.model_validate(receiver.packets[packet.packet_id]) == packet
    body = receiver.requests[0]["body"]
    assert not verify_signature("another-secret", sign(SECRET, int(time.time()), body), body)
    assert not verify_signature(SECRET, sign(SECRET, int(time.time()) - 3600, body), body)  # replayed later


def test_everything_that_leaves_goes_through_the_outbox_once(
    shop: Settings, receiver: WebhookReceiver
) -> None:
    """Handoff, claim, the agent's reply (as written, while the thread keeps it redacted) and the
    release each reach the receiver signed, once, under their own idempotency key; a delivered row
    keeps no body."""
    settings = shop.model_copy(update={"webhook_urls": receiver.url, "webhook_secret": SECRET})
    copilot = Copilot(settings)
    packet = _escalate(copilot)
    copilot.routing.set_agent("ana", skills=["general", "orders", "fraud"], online=True)
    copilot.routing.claim(packet.packet_id, "ana")
    words = "Hannah, I called the carrier: call me on +44 7700 900123 if it is not there by Friday."
    copilot.assist.reply(packet.conversation_id, "ana", words)
    copilot.routing.close(packet.packet_id, "ana", "resolved")
    assert copilot.outbox.deliver_due().pending == 0
    copilot.outbox.deliver_due()  # nothing is sent twice
    events = [(r["event"], r["key"]) for r in receiver.requests]
    message_key = next(key for event, key in events if event == "message.agent")
    assert events == [
        ("handoff.created", packet.packet_id),
        ("handoff.claimed", f"{packet.packet_id}:assigned"),
        ("message.agent", message_key),
        ("handoff.resolved", f"{packet.packet_id}:resolved"),
    ]
    assert all(r["signed"] for r in receiver.requests)
    sent = receiver.packets[message_key]
    assert sent["text"] == words and sent["agent_id"] == "ana"
    assert (
        sent["conversation_id"] == packet.conversation_id
        and sent["customer_id"] == packet.customer.customer_id
    )
    stored = Conversations(copilot.store).get(packet.conversation_id).messages
    [agent_message] = [m for m in stored if m.role == "agent"]
    assert message_key == f"message:{agent_message.id}" and "7700 900123" not in agent_message.text
    assert receiver.packets[f"{packet.packet_id}:resolved"]["status"] == "resolved"
    with copilot.store.engine.connect() as conn:
        bodies = conn.execute(text("select body from outbox")).scalars().all()
    assert bodies == ["", "", "", ""]


def test_the_webhooks_get_only_the_events_they_subscribe_to(
    shop: Settings, receiver: WebhookReceiver
) -> None:
    settings = shop.model_copy(
        update={"webhook_urls": receiver.url, "webhook_secret": SECRET, "webhook_events": "message.agent"}
    )
    copilot = Copilot(settings)
    packet = _escalate(copilot)
    copilot.routing.set_agent("ana", skills=["general", "orders", "fraud"], online=True)
    copilot.routing.claim(packet.packet_id, "ana")
    copilot.assist.reply(packet.conversation_id, "ana", "On it.")
    copilot.outbox.deliver_due()
    assert [r["event"] for r in receiver.requests] == ["message.agent"]
    with pytest.raises(InputError, match=r"unknown event\(s\) handoff.create;"):
        Copilot(settings.model_copy(update={"webhook_events": "handoff.create"}))


def test_receiver_down_then_a_new_process_delivers_what_was_pending(shop: Settings) -> None:
    port = free_port()  # nothing listens here yet
    receiver = WebhookReceiver(SECRET, port=port)
    settings = shop.model_copy(update={"webhook_urls": receiver.url, "webhook_secret": SECRET})
    copilot = Copilot(settings)
    packet = _escalate(copilot)
    state = copilot.outbox.states(key=packet.packet_id)[0]
    assert state.delivered_at is None and state.attempts == 1 and "Connect" in (state.last_error or "")

    receiver.start()  # the helpdesk is back; this process is gone, another one picks up the outbox
    try:
        env = {
            **os.environ,
            "COPILOT_HOME": str(settings.home),
            "COPILOT_WEBHOOK_URLS": receiver.url,
            "COPILOT_WEBHOOK_SECRET": SECRET,
        }
        done = subprocess.run(
            [sys.executable, "-m", "copilot.cli", "deliver"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "delivered 1" in done.stdout and "pending 0" in done.stdout
    finally:
        receiver.stop()
    assert list(receiver.packets) == [packet.packet_id] and receiver.requests[0]["signed"]
    assert copilot.outbox.states(key=packet.packet_id)[0].attempts == 2


def test_a_lost_acknowledgement_means_a_duplicate_the_receiver_recognises(
    shop: Settings, receiver: WebhookReceiver
) -> None:
    receiver.fail_next = 1  # stores the packet, then answers 500: the sender must retry
    settings = shop.model_copy(update={"webhook_urls": receiver.url, "webhook_secret": SECRET})
    copilot = Copilot(settings)
    packet = _escalate(copilot)
    assert copilot.outbox.states()[0].delivered_at is None
    time.sleep(0.05)  # past the (test-sized) backoff
    report = copilot.outbox.deliver_due()
    assert report.delivered == 1 and report.pending == 0
    assert [r["key"] for r in receiver.requests] == [packet.packet_id, packet.packet_id]
    assert list(receiver.packets) == [packet.packet_id]  # de-duplicated by key


def test_scale_out_on_postgresql_two_delivery_workers_and_racing_claims(
    shop: Settings, postgres_database: str, receiver: WebhookReceiver
) -> None:
    settings = shop.model_copy(
        update={
            "database_url": postgres_database,
            "webhook_urls": receiver.url,
            "webhook_secret": SECRET,
            "deliver_inline": False,  # a separate worker delivers, as in a scale-out deployment
        }
    )
    ingest(DEMO_SOURCES, settings)  # customers, orders and passages into PostgreSQL
    copilot = Copilot(settings)
    packets = [Chat(copilot).say("I want to talk to a person").handoff for _ in range(6)]
    assert all(p is not None for p in packets) and receiver.requests == []

    workers = [Outbox(Store.for_settings(settings), settings) for _ in range(3)]
    with ThreadPoolExecutor(len(workers)) as pool:
        reports = list(pool.map(lambda w: w.deliver_due(), workers))
    assert sum(r.delivered for r in reports) == 6  # each row leased by exactly one worker
    assert sorted(r["key"] for r in receiver.requests) == sorted(p.packet_id for p in packets if p)

    routing = copilot.routing
    for agent in ("ana", "ben"):
        routing.set_agent(agent, skills=["general"], capacity=10, online=True)
    target = packets[0].packet_id if packets[0] else ""
    racers = [
        Routing(store := Store.for_settings(settings), copilot.policy, Outbox(store, settings))
        for _ in range(2)
    ]

    def claim(pair: tuple[Routing, str]) -> str:
        try:
            return pair[0].claim(target, pair[1]).agent_id or ""
        except InputError:
            return "refused"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(claim, zip(racers, ["ana", "ben"], strict=True)))
    assert outcomes[1] == "refused" and outcomes[0] in ("ana", "ben")
    assert routing.get(target).agent_id == outcomes[0]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_two_claims_at_once_cannot_take_an_agent_past_capacity(
    shop: Settings, database: str, request: pytest.FixtureRequest
) -> None:
    settings = shop
    if database == "postgresql":
        settings = shop.model_copy(update={"database_url": request.getfixturevalue("postgres_database")})
        ingest(DEMO_SOURCES, settings)
    copilot = Copilot(settings)
    for _ in range(2):
        assert Chat(copilot).say("I want to talk to a person").handoff is not None
    copilot.routing.set_agent("ana", skills=["general"], capacity=1, online=True)
    waiting = [r.packet_id for r in copilot.routing.list(status="queued")][:2]
    racers = [
        Routing(store := Store.for_settings(settings), copilot.policy, Outbox(store, settings))
        for _ in range(2)
    ]

    def claim(pair: tuple[Routing, str]) -> str:
        try:
            return pair[0].claim(pair[1], "ana").status
        except InputError as refused:
            return str(refused)

    for _ in range(3):  # a few rounds: the race has to be possible, not merely lost every time
        with ThreadPoolExecutor(2) as pool:
            outcomes = list(pool.map(claim, zip(racers, waiting, strict=True)))
        assert outcomes.count("assigned") == 1, outcomes
        assert any("at capacity (1)" in outcome for outcome in outcomes), outcomes
        assigned = [r for r in copilot.routing.list(status="assigned") if r.agent_id == "ana"]
        assert len(assigned) == 1
        copilot.routing.close(assigned[0].packet_id, "ana", "handed_back")
        copilot.routing.set_agent("ana", capacity=1)
        for _ in range(2):
            Chat(copilot).say("I want to talk to a person")
        waiting = [r.packet_id for r in copilot.routing.list(status="queued")][:2]


def test_a_rescheduled_row_is_not_taken_again_before_it_is_due(shop: Settings) -> None:
    receiver = WebhookReceiver(SECRET)  # never started: the first attempt fails
    settings = shop.model_copy(
        update={"webhook_urls": receiver.url, "webhook_secret": SECRET, "webhook_backoff": 60.0}
    )
    copilot = Copilot(settings)
    packet = _escalate(copilot)
    state = copilot.outbox.states(key=packet.packet_id)[0]
    assert state.attempts == 1 and state.next_attempt_at > datetime.now(UTC)
    # A worker that listed the row before it was rescheduled must not send it now.
    assert copilot.outbox._lease(state.id) is None
    assert copilot.outbox.deliver_due().failed == 0 and copilot.outbox.states()[0].attempts == 1
