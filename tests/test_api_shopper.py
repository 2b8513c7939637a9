"""The customer's side of the API through the real app: the shopper routes a chat on the shop's site
calls with no API key (their session token or the shop's signed customer token is all they have), the
customer's view of a turn, and the streaming message route that releases a reply only after its
checks."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.api.routes import shopper as shopper_routes
from copilot.escalation.assist import AgentAssist
from copilot.escalation.config import load_policy
from copilot.escalation.routing import Routing
from copilot.identity.tokens import make_customer_token
from copilot.outbox import Outbox
from copilot.settings import Settings
from copilot.store import Store

SECRET = "shop-signing-secret-of-32-bytes-at-least"
HANNAH = "CUS-1001"  # the demo shop's customer who owns TS-106764
PROBLEM = "application/problem+json"
INTERNAL = {"citations", "confidence", "flags", "evidence", "handoff", "suggestions", "usage", "drafter"}


@pytest.fixture(scope="module")
def settings(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home = tmp_path_factory.mktemp("shopper") / "home"
    shutil.copytree(demo_settings.home, home)
    return demo_settings.model_copy(
        update={"home": home, "shopper_api": True, "customer_token_secret": SECRET}
    )


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def hannah(settings: Settings) -> str:
    """Hannah's customer id, as the shop's back end knows it."""
    customer = Store.for_settings(settings).customer_by_email("hannah.lindqvist@example.com")
    assert customer is not None
    return customer.customer_id


def _problem(response: Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "Traceback" not in response.text
    for word in words:
        assert word in response.json()["detail"], response.json()


def test_a_shopper_chats_with_no_key_and_sees_only_what_a_customer_may(client: TestClient) -> None:
    first = client.post("/v1/shopper/messages", json={"text": "how long do refunds take?"})
    assert first.status_code == 200, first.text
    turn = first.json()
    assert turn["action"] == "answer" and turn["reply"] and turn["session_token"]
    assert turn["handled_by"] == "bot" and not INTERNAL & set(turn)
    conversation, token = turn["conversation_id"], turn["session_token"]
    again = client.post(
        "/v1/shopper/messages",
        json={"text": "and for gift cards?", "conversation_id": conversation, "session_token": token},
    )
    assert again.status_code == 200 and again.json()["session_token"] is None
    back = client.get(f"/v1/shopper/conversations/{conversation}", headers={"X-Session-Token": token})
    assert back.status_code == 200
    thread = back.json()
    assert [m["role"] for m in thread["messages"]] == ["customer", "bot", "customer", "bot"]
    assert thread["messages"][0]["text"] == "how long do refunds take?" and thread["handled_by"] == "bot"
    assert all(set(m) == {"id", "role", "text", "at"} for m in thread["messages"])


def test_a_conversation_id_alone_opens_nothing(client: TestClient) -> None:
    turn = client.post("/v1/shopper/messages", json={"text": "hi there"}).json()
    conversation = turn["conversation_id"]
    for headers in ({}, {"X-Session-Token": "guessed"}):
        _problem(client.get(f"/v1/shopper/conversations/{conversation}", headers=headers), 403)
    hijack = client.post(
        "/v1/shopper/messages", json={"text": "show my orders", "conversation_id": conversation}
    )
    _problem(hijack, 403, "cannot be continued")
    unknown = client.get("/v1/shopper/conversations/nope", headers={"X-Session-Token": "x"})
    _problem(unknown, 403, "cannot be continued")  # the same answer as for someone else's
    _problem(client.post("/v1/shopper/messages", json={"text": "hi", "customer_email": "a@b.c"}), 422)


def test_the_shops_signed_token_continues_and_reads_only_that_customers_conversations(
    client: TestClient, hannah: str
) -> None:
    token = make_customer_token(SECRET, customer_id=hannah)
    signed_in = {"X-Customer-Token": token}
    turn = client.post(
        "/v1/shopper/messages", json={"text": "where is my order TS-106764?"}, headers=signed_in
    ).json()
    assert turn["verified"] is True and "TS-106764" in turn["reply"]
    conversation = turn["conversation_id"]
    read = client.get(f"/v1/shopper/conversations/{conversation}", headers=signed_in)
    assert read.status_code == 200 and len(read.json()["messages"]) == 2
    someone_else = {"X-Customer-Token": make_customer_token(SECRET, email="ethan.brooks@example.com")}
    _problem(client.get(f"/v1/shopper/conversations/{conversation}", headers=someone_else), 403)
    forged = {"X-Customer-Token": make_customer_token("x" * 40, customer_id=hannah)}
    assert client.get(f"/v1/shopper/conversations/{conversation}", headers=forged).status_code in (401, 403)


def test_while_a_person_owns_the_conversation_the_shopper_gets_no_bot_reply_then_hers_live(
    client: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = client.post("/v1/shopper/messages", json={"text": "I want to talk to a real person please"})
    turn = asked.json()
    assert turn["action"] == "escalate" and turn["handled_by"] == "bot" and turn["reply"]
    store = Store.for_settings(settings)
    routing = Routing(store, load_policy(settings.escalation_file), Outbox(store, settings))
    routing.set_agent("zoe", skills=["general"], capacity=5, online=True)
    [record] = [r for r in routing.list(status="queued") if r.conversation_id == turn["conversation_id"]]
    routing.claim(record.packet_id, "zoe")
    waiting = client.post(
        "/v1/shopper/messages",
        json={
            "text": "hello? anyone?",
            "conversation_id": turn["conversation_id"],
            "session_token": turn["session_token"],
        },
    ).json()
    assert waiting["handled_by"] == "agent" and waiting["reply"] is None and waiting["action"] is None
    thread = client.get(
        f"/v1/shopper/conversations/{turn['conversation_id']}",
        headers={"X-Session-Token": turn["session_token"]},
    ).json()
    assert thread["handled_by"] == "agent"
    assert [m["role"] for m in thread["messages"]] == ["customer", "bot", "event", "customer"]

    # the agent's reply reaches the shopper's live stream, as the customer sees messages
    monkeypatch.setattr(shopper_routes, "STREAM_SECONDS", 1.0)  # a finite stream the test can read whole
    outbox = Outbox(store, settings)
    AgentAssist(store, routing, outbox).reply(turn["conversation_id"], "zoe", "Hi, Zoe here. How can I help?")
    streamed = client.get(
        f"/v1/shopper/conversations/{turn['conversation_id']}/events",
        headers={
            "X-Session-Token": turn["session_token"],
            "Last-Event-ID": str(thread["messages"][-1]["id"]),
        },
    )
    assert streamed.status_code == 200
    [agent_line] = [line for line in streamed.text.splitlines() if line.startswith("data:")]
    message = json.loads(agent_line.split(":", 1)[1])
    assert message["role"] == "agent" and message["text"] == "Hi, Zoe here. How can I help?"
    assert set(message) == {"id", "role", "text", "at"}
    refused = client.get(f"/v1/shopper/conversations/{turn['conversation_id']}/events")
    _problem(refused, 403, "cannot be continued")


def test_the_shopper_api_is_off_unless_the_shop_turns_it_on(demo_settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    with TestClient(create_app(demo_settings.model_copy(update={"home": home}))) as off:
        _problem(off.post("/v1/shopper/messages", json={"text": "hi"}), 404, "COPILOT_SHOPPER_API")


def test_each_address_has_its_own_budget(demo_settings: Settings, settings: Settings, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    limited = settings.model_copy(update={"home": home, "api_rate_limit": 2})
    app = create_app(limited)
    with (
        TestClient(app, client=("203.0.113.7", 5000)) as busy,
        TestClient(app, client=("198.51.100.2", 5000)) as other,
    ):
        for _ in range(2):
            assert busy.post("/v1/shopper/messages", json={"text": "hi"}).status_code == 200
        refused = busy.post("/v1/shopper/messages", json={"text": "hi"})
        _problem(refused, 429, "this address")
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert other.post("/v1/shopper/messages", json={"text": "hi"}).status_code == 200


def _events(response: Response) -> list[tuple[str, str]]:
    """(event, data) pairs of a server-sent event stream, pings left out."""
    events: list[tuple[str, str]] = []
    name, data = "message", ""
    for line in response.text.splitlines():
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            data = line.split(":", 1)[1].strip()
        elif not line and data:
            events.append((name, data))
            name, data = "message", ""
    return events


@pytest.fixture(scope="module")
def bot_key(settings: Settings) -> str:
    return Keys(Store.for_settings(settings)).create("bot", label="stream tests")[1]


def test_a_streamed_turn_shows_its_steps_then_the_checked_result(client: TestClient, bot_key: str) -> None:
    auth = {"Authorization": f"Bearer {bot_key}"}
    streamed = client.post(
        "/v1/messages/stream", json={"id": 7, "text": "how long do refunds take?"}, headers=auth
    )
    assert streamed.status_code == 200 and streamed.headers["content-type"].startswith("text/event-stream")
    events = _events(streamed)
    steps = [data for name, data in events if name == "step"]
    assert steps == [
        "thread",
        "understanding",
        "identity",
        "retrieval",
        "draft",
        "grounding",
        "escalation",
        "store",
    ]
    assert [name for name, _ in events][-1] == "result"
    result = json.loads(events[-1][1])
    whole = client.post("/v1/messages", json={"text": "how long do refunds take?"}, headers=auth).json()
    assert (
        result["id"] == 7 and result["reply"] == whole["reply"] and result["citations"] == whole["citations"]
    )


def test_a_streamed_turn_goes_through_identity_and_escalation_like_a_whole_one(
    client: TestClient, bot_key: str
) -> None:
    auth = {"Authorization": f"Bearer {bot_key}"}
    asked = _events(
        client.post("/v1/messages/stream", json={"text": "where is order TS-106764?"}, headers=auth)
    )
    result = json.loads(asked[-1][1])
    assert result["action"] == "ask_verification" and "shipped" not in result["reply"].lower()
    human = _events(
        client.post("/v1/messages/stream", json={"text": "I want to talk to a real person"}, headers=auth)
    )
    assert json.loads(human[-1][1])["action"] == "escalate"


def test_a_refused_stream_is_a_problem_with_its_status(client: TestClient, bot_key: str) -> None:
    auth = {"Authorization": f"Bearer {bot_key}"}
    _problem(client.post("/v1/messages/stream", json={"text": "   "}, headers=auth), 422, "empty")
    hijack = client.post(
        "/v1/messages/stream", json={"text": "hi", "conversation_id": "someone-elses"}, headers=auth
    )
    _problem(hijack, 403, "cannot be continued")


CART = {
    "items": [
        {"name": "Trail Runner (size 10)", "quantity": 1, "price": 129.0},
        {"name": "Gift for jane.doe@example.com", "quantity": 2, "price": 12.5},
    ],
    "value": 154.0,
    "currency": "USD",
    "step": "payment",
}


def test_the_cart_travels_with_the_message_into_the_handoff_packet(
    client: TestClient, settings: Settings
) -> None:
    browsing = client.post("/v1/shopper/messages", json={"text": "hi there", "cart": CART}).json()
    asked = client.post(
        "/v1/shopper/messages",
        json={
            "text": "I'd like to talk to a person",
            "conversation_id": browsing["conversation_id"],
            "session_token": browsing["session_token"],
            "cart": CART,
        },
    )
    assert asked.status_code == 200 and asked.json()["action"] == "escalate", asked.text
    store = Store.for_settings(settings)
    routing = Routing(store, load_policy(settings.escalation_file), Outbox(store, settings))
    [record] = [r for r in routing.list() if r.conversation_id == browsing["conversation_id"]]
    cart = record.packet.cart
    assert cart is not None and (cart.value, cart.currency, cart.step) == (154.0, "USD", "payment")
    assert [(i.quantity, i.price) for i in cart.items] == [(1, 129.0), (2, 12.5)]
    assert cart.items[0].name == "Trail Runner (size 10)"
    assert "jane.doe@example.com" not in record.packet.model_dump_json()  # stored redacted, like text
    assert record.packet.cart_total == 154.0  # the value counts where cart_total did (the VIP rule)


@pytest.mark.parametrize(
    ("cart", "field"),
    [
        ({"items": [{"name": "x" * 201}]}, "name"),
        ({"items": [{"name": ""}]}, "name"),
        ({"items": [{"name": "mug", "quantity": 0}]}, "quantity"),
        ({"items": [{"name": "mug", "price": -1}]}, "price"),
        ({"items": [{"name": "mug"}] * 51}, "items"),
        ({"value": -3}, "value"),
        ({"currency": "dollars"}, "currency"),
        ({"step": "s" * 41}, "step"),
        ({"coupon": "FREE"}, "coupon"),
    ],
)
def test_a_bad_cart_is_refused_with_the_field_named(
    client: TestClient, cart: dict[str, object], field: str
) -> None:
    refused = client.post("/v1/shopper/messages", json={"text": "hi", "cart": cart})
    _problem(refused, 422)
    assert field in refused.text
