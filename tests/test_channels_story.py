"""The whole story on WhatsApp, through the real app and a real local Graph API server: an
``order_shipped`` event reaches an opted-in customer, their reply is answered about that order, an
agent takes over and replies on WhatsApp, the customer sends STOP, and the next alert is not sent."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.escalation.config import load_policy
from copilot.escalation.routing import Routing
from copilot.outbox import Outbox
from copilot.settings import Settings
from copilot.store import Store
from tests.fake_meta import (
    FakeGraph,
    encode,
    signed_headers,
    whatsapp_settings,
    whatsapp_status,
    whatsapp_statuses,
    whatsapp_text,
)

MAYA_WA_ID = "15550134"  # Maya Okafor's phone on file (+1-555-0134), as WhatsApp writes it
SHIPPED: dict[str, Any] = {
    "order_id": "TS-106837",
    "customer_id": "C001",
    "status": "shipped",
    "fulfillment_status": "fulfilled",
    "placed_at": "2026-11-19T21:40:00Z",
    "items": [
        {"name": "Cloudrest Insulated Sleeping Pad", "sku": "CRP-LW", "quantity": 1, "unit_price": 189.0}
    ],
    "total": 189.0,
    "shipments": [
        {
            "carrier": "UPS",
            "tracking_numbers": ["1ZA9X0420355501234"],
            "shipped_at": "2026-11-27",
            "estimated_delivery": "2026-12-03",
        }
    ],
}


@pytest.fixture
def home(demo_settings: Settings, tmp_path: Any) -> Settings:
    target = tmp_path / "home"
    shutil.copytree(demo_settings.home, target)
    return demo_settings.model_copy(update={"home": target})


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _post_whatsapp(client: TestClient, body: dict[str, Any]) -> None:
    raw = encode(body)
    response = client.post("/v1/channels/whatsapp", content=raw, headers=signed_headers(raw))
    assert response.status_code == 200, response.text


def test_alert_reply_takeover_stop_and_no_more_alerts(home: Settings, graph: FakeGraph) -> None:
    settings = whatsapp_settings(home, graph)
    store = Store.for_settings(settings)
    policy = load_policy(settings.escalation_file)
    skills = [queue.id for queue in policy.queues]  # whichever queue the handoff lands in
    Routing(store, policy, Outbox(store, settings)).set_agent("ana", name="Ana", skills=skills)
    keys = Keys(store)
    shop = keys.create("bot", label="shop backend")[1]
    agent = keys.create("agent", agent_id="ana")[1]
    with TestClient(create_app(settings)) as client:
        # the shop records Maya's opt-in from its checkout, with WhatsApp as her preferred channel
        consent = client.put(
            "/v1/customers/C001/consent",
            json={"channel": "whatsapp", "status": "opted_in", "preferred": True},
            headers=_auth(shop),
        )
        assert consent.status_code == 200, consent.text
        assert consent.json()[-1]["address"] == "+" + MAYA_WA_ID

        # 1. order_shipped: Maya has not written in 24 hours, so only the approved template may go
        graph.ok("wamid.ALERT1")
        event = client.post(
            "/v1/events",
            json={"id": "evt-1", "type": "order_shipped", "order_id": "TS-106837", "order": SHIPPED},
            headers=_auth(shop),
        )
        assert event.status_code == 200, event.text
        alert = event.json()
        assert alert["channel"] == "whatsapp" and alert["send_status"] == "queued"
        sent = graph.sent("whatsapp")[-1]
        assert sent["to"] == MAYA_WA_ID and sent["type"] == "template"
        assert sent["template"]["name"] == "order_shipped"
        parameters = [p["text"] for p in sent["template"]["components"][0]["parameters"]]
        assert parameters[0] == "TS-106837" and "1ZA9X0420355501234" in parameters[1]
        # posted again (a retrying shop), it is the same alert: nothing more is sent
        again = client.post(
            "/v1/events",
            json={"id": "evt-1", "type": "order_shipped", "order_id": "TS-106837", "order": SHIPPED},
            headers=_auth(shop),
        )
        assert (
            again.json()["duplicate"] is True and again.json()["conversation_id"] == alert["conversation_id"]
        )
        _post_whatsapp(client, whatsapp_statuses(whatsapp_status("wamid.ALERT1", "delivered", MAYA_WA_ID)))

        # 2. Maya replies on WhatsApp without naming the order: answered about that order, as text now
        graph.ok("wamid.REPLY1")
        _post_whatsapp(client, whatsapp_text("when will it arrive?", sender=MAYA_WA_ID, name="Maya"))
        reply = graph.sent("whatsapp")[-1]
        assert reply["type"] == "text"
        answer = reply["text"]["body"]
        assert "TS-106837" in answer and ("2026-12-03" in answer or "Dec" in answer), answer
        assert "1ZA9X0420355501234" in answer or "shipped" in answer.lower(), answer

        thread = client.get(f"/v1/conversations/{alert['conversation_id']}", headers=_auth(agent)).json()
        texts = [m["text"] for m in thread["messages"]]
        assert any("has shipped" in t for t in texts) and "when will it arrive?" in texts

        # 3. Maya asks for a person; an agent takes over and answers on WhatsApp
        graph.ok("wamid.HANDOFF")
        _post_whatsapp(client, whatsapp_text("I want to talk to a real person please", sender=MAYA_WA_ID))
        handoffs = client.get("/v1/handoffs", headers=_auth(agent)).json()
        mine = [h for h in handoffs if h["conversation_id"] == alert["conversation_id"]]
        assert mine, handoffs
        client.put("/v1/agents/me/presence", json={"online": True}, headers=_auth(agent))
        claimed = client.post(f"/v1/handoffs/{mine[0]['packet_id']}/claim", headers=_auth(agent))
        assert claimed.status_code == 200, claimed.text
        graph.ok("wamid.AGENT1")
        replied = client.post(
            f"/v1/conversations/{alert['conversation_id']}/replies",
            json={"text": "Hi Maya, Ana here. Your pad is with UPS and due on Thursday."},
            headers=_auth(agent),
        )
        assert replied.status_code == 200, replied.text
        assert graph.sent("whatsapp")[-1]["text"]["body"].startswith("Hi Maya, Ana here")
        # while the agent owns the thread, the bot sends nothing of its own
        _post_whatsapp(client, whatsapp_text("thanks!", sender=MAYA_WA_ID))
        assert graph.sent("whatsapp")[-1]["text"]["body"].startswith("Hi Maya, Ana here")

        # 4. STOP: nothing at all goes to Maya afterwards, the next alert included
        _post_whatsapp(client, whatsapp_text("STOP", sender=MAYA_WA_ID))
        calls = len(graph.calls)
        delivered = client.post(
            "/v1/events",
            json={"id": "evt-2", "type": "order_delivered", "order_id": "TS-106837"},
            headers=_auth(shop),
        )
        assert delivered.status_code == 200, delivered.text
        assert delivered.json()["send_status"] == "blocked" and "opted out" in delivered.json()["detail"]
        assert len(graph.calls) == calls  # the fake raises on any unscripted call, and none was made
