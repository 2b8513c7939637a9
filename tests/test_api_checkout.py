"""Proactive help at checkout through the real app: the widget's reports and acceptances (no key; who
the shopper is comes from the shop's signed token or the widget's visitor id, never from the body),
the shop's back end reporting for a customer it names, bad input as problems, and the offers,
acceptances and carts saved in ``/metrics`` and ``GET /v1/reports/proactive``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.identity.tokens import make_customer_token
from copilot.service import Copilot
from copilot.settings import Settings
from copilot.store import Store

SECRET = "shop-signing-secret-of-32-bytes-at-least"
PROBLEM = "application/problem+json"
CART = {
    "items": [{"name": "Kestrel Swift Trail Runner", "quantity": 1, "price": 129.0}],
    "value": 129.0,
    "currency": "USD",
    "step": "payment",
}


@pytest.fixture(scope="module")
def settings(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home = tmp_path_factory.mktemp("checkout") / "home"
    shutil.copytree(demo_settings.home, home)
    return demo_settings.model_copy(
        update={"home": home, "shopper_api": True, "customer_token_secret": SECRET}
    )


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        core: Copilot = test_client.app.state.copilot  # type: ignore[attr-defined]
        core.routing.set_agent("ava", name="Ava", skills=["general"], capacity=5, online=True)
        yield test_client


@pytest.fixture(scope="module")
def keys(settings: Settings, client: TestClient) -> dict[str, str]:
    made = Keys(Store.for_settings(settings))  # after the client: Ava, the agent, exists
    made_agent = made.create("agent", agent_id="ava")[1]
    return {"bot": made.create("bot")[1], "admin": made.create("admin")[1], "agent": made_agent}


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _token(settings: Settings, email: str) -> dict[str, str]:
    customer = Store.for_settings(settings).customer_by_email(email)
    assert customer is not None
    return {"X-Customer-Token": make_customer_token(SECRET, customer_id=customer.customer_id)}


def _problem(response: Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "Traceback" not in response.text
    for word in words:
        assert word in response.json()["detail"], response.json()


def _core(client: TestClient) -> Copilot:
    core: Copilot = client.app.state.copilot  # type: ignore[attr-defined]
    return core


def test_an_anonymous_shopper_is_offered_the_bot_and_accepting_opens_a_chat(client: TestClient) -> None:
    visitor = {"visitor_id": "v-anonymous-1"}
    early = client.post(
        "/v1/shopper/checkout", json={**visitor, "step": "payment", "idle_seconds": 3, "cart": CART}
    )
    assert early.status_code == 200, early.text
    assert early.json() == {
        "offer": None,
        "report_again_at_idle": 45.0,
    }  # the policy's idle time, to wait for
    made = client.post(
        "/v1/shopper/checkout", json={**visitor, "step": "payment", "idle_seconds": 46, "cart": CART}
    )
    offer = made.json()["offer"]
    assert (
        offer["kind"] == "bot" and offer["message"] and set(made.json()) == {"offer", "report_again_at_idle"}
    )

    accepted = client.post(f"/v1/shopper/checkout/offers/{offer['offer_id']}/accept", json=visitor)
    assert accepted.status_code == 200, accepted.text
    body = accepted.json()
    assert body["kind"] == "bot" and body["handled_by"] == "bot" and body["session_token"]
    thread = client.get(
        f"/v1/shopper/conversations/{body['conversation_id']}",
        headers={"X-Session-Token": body["session_token"]},
    ).json()
    assert thread["handled_by"] == "bot" and thread["messages"][-1]["text"] == body["reply"]
    turn = client.post(
        "/v1/shopper/messages",
        json={
            "text": "how long do refunds to a credit card take?",
            "conversation_id": body["conversation_id"],
            "session_token": body["session_token"],
        },
    ).json()
    assert turn["handled_by"] == "bot" and "business days" in turn["reply"]
    again = client.post(f"/v1/shopper/checkout/offers/{offer['offer_id']}/accept", json=visitor)
    _problem(again, 409, "accepted already")


def test_a_signed_in_vip_is_offered_a_person_and_accepting_queues_a_handoff_with_the_cart(
    client: TestClient, settings: Settings, keys: dict[str, str]
) -> None:
    hannah = _token(settings, "hannah.lindqvist@example.com")  # platinum
    made = client.post(
        "/v1/shopper/checkout", json={"step": "payment", "idle_seconds": 60, "cart": CART}, headers=hannah
    )
    offer = made.json()["offer"]
    assert offer["kind"] == "person", made.text
    url = f"/v1/shopper/checkout/offers/{offer['offer_id']}/accept"
    _problem(client.post(url, json={"visitor_id": "v-someone-else"}), 403, "not made to this shopper")
    ethan = _token(settings, "ethan.brooks@example.com")
    _problem(client.post(url, json={}, headers=ethan), 403, "not made to this shopper")
    accepted = client.post(url, json={}, headers=hannah).json()
    assert accepted["handled_by"] == "agent" and accepted["kind"] == "person"

    queued = client.get("/v1/handoffs?status=queued", headers=_auth(keys["agent"])).json()
    [handoff] = [h for h in queued if h["conversation_id"] == accepted["conversation_id"]]
    packet = client.get(f"/v1/handoffs/{handoff['packet_id']}", headers=_auth(keys["agent"])).json()["packet"]
    assert packet["cart"] == CART and packet["cart_total"] == 129.0
    assert packet["reasons"][0]["rule"] == "proactive_offer" and packet["customer"]["tier"] == "platinum"
    # signed in, she reads the conversation with her token alone
    read = client.get(f"/v1/shopper/conversations/{accepted['conversation_id']}", headers=hannah)
    assert read.status_code == 200 and read.json()["handled_by"] == "agent"


def test_a_shopper_cannot_name_a_customer_in_the_body(client: TestClient) -> None:
    claimed = {"visitor_id": "v-claimer-01", "step": "payment", "idle_seconds": 60, "customer_id": "C005"}
    _problem(client.post("/v1/shopper/checkout", json=claimed), 422, "customer_id")
    by_email = {
        "visitor_id": "v-claimer-01",
        "step": "payment",
        "customer_email": "hannah.lindqvist@example.com",
    }
    _problem(client.post("/v1/shopper/checkout", json=by_email), 422)
    _problem(client.post("/v1/shopper/checkout/offers/x/accept", json={"customer_id": "C005"}), 422)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"visitor_id": "v-bad-input", "idle_seconds": 60}, "step"),
        ({"visitor_id": "v-bad-input", "step": "", "idle_seconds": 60}, "step"),
        ({"visitor_id": "v-bad-input", "step": "x" * 41}, "step"),
        ({"visitor_id": "v-bad-input", "step": "payment", "idle_seconds": -1}, "idle_seconds"),
        ({"visitor_id": "v-bad-input", "step": "payment", "idle_seconds": "a while"}, "idle_seconds"),
        ({"visitor_id": "short", "step": "payment"}, "visitor_id"),
        ({"visitor_id": "v-bad input!", "step": "payment"}, "visitor_id"),
        ({"visitor_id": "v-bad-input", "step": "payment", "cart": {"value": -5}}, "cart.value"),
        ({"visitor_id": "v-bad-input", "step": "payment", "cart": {"total": 5}}, "cart.total"),
        ({"step": "payment", "idle_seconds": 60}, "visitor_id"),  # no visitor id and no token
        ([1, 2], ""),
    ],
)
def test_bad_input_is_one_clear_problem(client: TestClient, body: Any, where: str) -> None:
    _problem(client.post("/v1/shopper/checkout", json=body), 422, where)


def test_unknown_offers_and_forged_tokens_are_refused(client: TestClient, settings: Settings) -> None:
    _problem(
        client.post("/v1/shopper/checkout/offers/nope/accept", json={"visitor_id": "v-unknown-1"}),
        404,
        "nope",
    )
    forged = {"X-Customer-Token": make_customer_token("x" * 40, email="hannah.lindqvist@example.com")}
    refused = client.post("/v1/shopper/checkout", json={"step": "payment"}, headers=forged)
    assert refused.status_code in (401, 403) and refused.headers["content-type"].startswith(PROBLEM)
    stranger = {"X-Customer-Token": make_customer_token(SECRET, customer_id="C-NOT-A-CUSTOMER")}
    _problem(
        client.post("/v1/shopper/checkout", json={"step": "payment"}, headers=stranger), 403, "does not know"
    )


def test_the_shops_back_end_reports_for_a_customer_it_names(client: TestClient, keys: dict[str, str]) -> None:
    body = {"customer_id": "C002", "step": "shipping", "idle_seconds": 61, "cart": {"value": 450.0}}
    _problem(client.post("/v1/checkout", json=body, headers=_auth(keys["agent"])), 403, "needs: bot, admin")
    decided = client.post("/v1/checkout", json=body, headers=_auth(keys["bot"]))
    assert decided.status_code == 200, decided.text
    assert decided.json()["offer"]["kind"] == "person" and "cart 450.00 >= 300.00" in decided.json()["reason"]
    again = client.post("/v1/checkout", json=body, headers=_auth(keys["admin"])).json()
    assert again["offer"] is None and "cooldown" in again["reason"]
    _problem(
        client.post("/v1/checkout", json={"step": "payment"}, headers=_auth(keys["bot"])), 422, "customer_id"
    )


def _samples(client: TestClient, keys: dict[str, str]) -> dict[str, float]:
    scraped = client.get("/metrics", headers=_auth(keys["admin"]))
    assert scraped.status_code == 200
    return {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in scraped.text.splitlines()
        if line.startswith("copilot_proactive_")
    }


def _now() -> str:
    return datetime.now(UTC).isoformat()


def test_metrics_and_the_report_count_offers_acceptances_and_carts_saved(
    client: TestClient, keys: dict[str, str]
) -> None:
    before = _samples(client, keys)
    report_before = client.get("/v1/reports/proactive?days=1", headers=_auth(keys["agent"])).json()
    big = {"customer_id": "C009", "step": "payment", "idle_seconds": 50, "cart": {"value": 700.0}}
    person = client.post("/v1/checkout", json=big, headers=_auth(keys["bot"])).json()["offer"]
    small = {"visitor_id": "v-metrics-1", "step": "payment", "idle_seconds": 50, "cart": {"value": 30.0}}
    bot = client.post("/v1/shopper/checkout", json=small).json()["offer"]
    assert person["kind"] == "person" and bot["kind"] == "bot"
    owen = make_customer_token(SECRET, customer_id="C009")  # the shop's customer, signed in in the widget
    accepted = client.post(
        f"/v1/shopper/checkout/offers/{person['offer_id']}/accept",
        json={},
        headers={"X-Customer-Token": owen},
    )
    assert accepted.status_code == 200, accepted.text
    # the shop's backend reports the order Owen then placed
    order = {"order_id": "TS-990001", "customer_id": "C009", "status": "processing", "total": 700.0}
    created = client.post(
        "/v1/events",
        json={"type": "order_created", "order_id": "TS-990001", "order": {**order, "placed_at": _now()}},
        headers=_auth(keys["bot"]),
    )
    assert created.status_code == 200, created.text

    after = _samples(client, keys)
    grew = {name: after[name] - before.get(name, 0.0) for name in after}
    assert grew['copilot_proactive_offers_total{kind="person"}'] == 1
    assert grew['copilot_proactive_offers_total{kind="bot"}'] == 1
    assert grew['copilot_proactive_accepted_total{kind="person"}'] == 1
    assert grew['copilot_proactive_accepted_total{kind="bot"}'] == 0
    assert grew["copilot_proactive_carts_saved_total"] == 1
    assert grew["copilot_proactive_saved_value_total"] == 700.0

    report = client.get("/v1/reports/proactive?days=1", headers=_auth(keys["admin"])).json()
    assert report["offers"] - report_before["offers"] == 2
    assert report["carts_saved"] - report_before["carts_saved"] == 1
    assert report["saved_value"] - report_before["saved_value"] == 700.0
    person_row = next(k for k in report["by_kind"] if k["kind"] == "person")
    assert person_row["carts_saved"] >= 1 and 0 < person_row["acceptance_rate"] <= 1
    _problem(client.get("/v1/reports/proactive", headers=_auth(keys["bot"])), 403, "a bot key")
    _problem(client.get("/v1/reports/proactive?days=0", headers=_auth(keys["admin"])), 422, "days")
