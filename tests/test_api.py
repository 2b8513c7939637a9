"""The HTTP API through the real app (FastAPI's test client drives the ASGI app in process; real SQLite
and chromadb underneath): keys and roles, the message route, reading conversations, health, and every
error as problem+json."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from typer.testing import CliRunner

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.cli import app as cli
from copilot.escalation.config import load_policy
from copilot.escalation.routing import Routing
from copilot.outbox import Outbox
from copilot.settings import Settings
from copilot.store import Store

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def api_settings(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home = tmp_path_factory.mktemp("api") / "home"
    shutil.copytree(demo_settings.home, home)  # the API writes conversations and keys
    return demo_settings.model_copy(update={"home": home, "api_max_body_bytes": 4096})


@pytest.fixture(scope="module")
def client(api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def keys(api_settings: Settings) -> dict[str, str]:
    store = Store.for_settings(api_settings)
    _routing(api_settings, store).set_agent("ana", name="Ana")  # offline until a test staffs it
    made = Keys(store)
    return {
        "bot": made.create("bot", label="website widget")[1],
        "agent": made.create("agent", agent_id="ana")[1],
        "admin": made.create("admin")[1],
    }


def _routing(settings: Settings, store: Store) -> Routing:
    return Routing(store, load_policy(settings.escalation_file), Outbox(store, settings))


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _problem(response: Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.text
    for word in words:
        assert word in body["detail"], body


def test_health_needs_no_key_and_readiness_names_the_generation(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "generation": None}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and isinstance(ready["generation"], int)


def test_a_started_app_has_loaded_what_the_first_turn_needs(client: TestClient) -> None:
    core = client.app.state.copilot  # type: ignore[attr-defined]
    snapshot = core.retriever.snapshot()
    assert snapshot is not None and snapshot.vectors is not None  # no first shopper waits for these


def test_an_empty_shop_is_alive_but_not_ready(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(home=tmp_path / "empty"))) as empty:
        assert empty.get("/healthz").status_code == 200
        _problem(empty.get("/readyz"), 503, "no knowledge ingested")


# every /v1 route: (method, path with sample ids, body, the roles that may use it)
ROUTES: list[tuple[str, str, dict[str, object] | None, set[str]]] = [
    ("POST", "/v1/messages", {"text": "hi"}, {"bot"}),
    ("POST", "/v1/messages/stream", {"text": "hi"}, {"bot"}),
    ("GET", "/v1/conversations", None, {"agent", "admin"}),
    ("GET", "/v1/conversations/x", None, {"agent", "admin"}),
    ("GET", "/v1/conversations/x/events", None, {"agent", "admin"}),
    ("GET", "/v1/handoffs/events", None, {"agent", "admin"}),
    ("POST", "/v1/conversations/x/replies", {"text": "hi"}, {"agent"}),
    ("POST", "/v1/conversations/x/suggestions/reject", None, {"agent"}),
    ("GET", "/v1/handoffs", None, {"agent", "admin"}),
    ("GET", "/v1/handoffs/x", None, {"agent", "admin"}),
    ("POST", "/v1/handoffs/next", None, {"agent"}),
    ("POST", "/v1/handoffs/x/claim", None, {"agent"}),
    ("POST", "/v1/handoffs/x/resolve", None, {"agent"}),
    ("POST", "/v1/handoffs/x/handback", None, {"agent"}),
    ("GET", "/v1/knowledge/search?q=boots", None, {"bot", "agent", "admin"}),
    ("GET", "/v1/knowledge/generation", None, {"agent", "admin"}),
    ("POST", "/v1/knowledge/ingest", {"sources": "x.yaml"}, {"admin"}),
    ("GET", "/v1/knowledge/ingest", None, {"admin"}),
    ("GET", "/v1/knowledge/ingest/x", None, {"admin"}),
    ("GET", "/v1/agents", None, {"agent", "admin"}),
    ("GET", "/v1/agents/me", None, {"agent"}),
    ("PUT", "/v1/agents/me/presence", {"online": True}, {"agent"}),
    ("PUT", "/v1/agents/x", {"name": "X"}, {"admin"}),
    ("GET", "/v1/schemas/handoff", None, {"bot", "agent", "admin"}),
    ("GET", "/v1/schemas/suite", None, {"bot", "agent", "admin"}),
    ("GET", "/v1/keys", None, {"admin"}),
    ("POST", "/v1/keys", {"role": "bot"}, {"admin"}),
    ("POST", "/v1/keys/x/revoke", None, {"admin"}),
    ("GET", "/v1/queues", None, {"agent", "admin"}),
    ("GET", "/v1/reports/handoffs", None, {"agent", "admin"}),
    ("POST", "/v1/checkout", {"customer_id": "C001", "step": "payment"}, {"bot", "admin"}),
    ("GET", "/v1/reports/proactive", None, {"agent", "admin"}),
    ("PUT", "/v1/customers/x/consent", {"channel": "sms", "status": "opted_in"}, {"bot", "admin"}),
    ("GET", "/v1/customers/x/consent", None, {"agent", "admin"}),
    ("POST", "/v1/events", {"type": "order_shipped", "order_id": "x"}, {"bot", "admin"}),
]


def test_the_route_table_covers_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    served = {
        (
            method.upper(),
            path.replace("{conversation_id}", "x")
            .replace("{packet_id}", "x")
            .replace("{key_id}", "x")
            .replace("{job_id}", "x")
            .replace("{agent_id}", "x")
            .replace("{offer_id}", "x")
            .replace("{customer_id}", "x"),
        )
        for path, operations in spec["paths"].items()
        if path.startswith("/v1/")
        for method in operations
    }
    keyed = {(method, path.split("?")[0]) for method, path, _, _ in ROUTES}
    shopper = {  # no key: see tests/test_api_shopper.py
        ("POST", "/v1/shopper/messages"),
        ("GET", "/v1/shopper/conversations/x"),
        ("GET", "/v1/shopper/conversations/x/events"),
        ("POST", "/v1/shopper/checkout"),  # and tests/test_api_checkout.py
        ("POST", "/v1/shopper/checkout/offers/x/accept"),
        ("POST", "/v1/shopper/consent"),  # tests/test_channels_api.py
    }
    webhooks = {
        (m, "/v1/channels/{name}") for m in ("GET", "POST")
    }  # provider-signed: tests/test_channels_api.py
    assert served == keyed | shopper | webhooks


@pytest.mark.parametrize(("method", "path", "body", "roles"), ROUTES)
def test_every_route_refuses_no_key_an_unknown_key_and_the_wrong_role(
    client: TestClient,
    keys: dict[str, str],
    method: str,
    path: str,
    body: dict[str, object] | None,
    roles: set[str],
) -> None:
    missing = client.request(method, path, json=body)
    _problem(missing, 401, "Authorization: Bearer")
    assert missing.headers["www-authenticate"] == "Bearer"
    forged = client.request(method, path, json=body, headers=_auth("cpk_000000000000_" + "x" * 43))
    _problem(forged, 401, "unknown or revoked")
    _problem(client.request(method, path, json=body, headers=_auth("not a key")), 401)
    for role in {"bot", "agent", "admin"} - roles:
        _problem(client.request(method, path, json=body, headers=_auth(keys[role])), 403, f"a {role} key")


def test_a_message_starts_a_conversation_that_only_its_session_token_continues(
    client: TestClient, keys: dict[str, str]
) -> None:
    first = client.post(
        "/v1/messages", json={"id": "m1", "text": "how long do refunds take?"}, headers=_auth(keys["bot"])
    )
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["id"] == "m1" and result["action"] == "answer" and result["session_token"]
    assert result["citations"], "the answer is grounded in the shop's policy"
    conversation = result["conversation_id"]
    again = client.post(
        "/v1/messages",
        json={
            "text": "and for gift cards?",
            "conversation_id": conversation,
            "session_token": result["session_token"],
        },
        headers=_auth(keys["bot"]),
    )
    assert again.status_code == 200 and again.json()["conversation_id"] == conversation
    hijack = client.post(
        "/v1/messages",
        json={"text": "show my orders", "conversation_id": conversation},
        headers=_auth(keys["bot"]),
    )
    _problem(hijack, 403, "cannot be continued")
    thread = client.get(f"/v1/conversations/{conversation}", headers=_auth(keys["agent"]))
    assert thread.status_code == 200
    assert [m["role"] for m in thread.json()["messages"]] == ["customer", "bot", "customer", "bot"]


def test_a_bot_key_vouches_for_the_customer_its_channel_signed_in(
    client: TestClient, keys: dict[str, str], api_settings: Settings
) -> None:
    store = Store.for_settings(api_settings)
    order = next(o for o in store.all_orders() if o.shipments)
    customer = store.customer(order.customer_id)
    assert customer is not None and customer.email
    asked = client.post(
        "/v1/messages",
        json={"text": f"where is my order {order.order_id}?", "customer_email": customer.email},
        headers=_auth(keys["bot"]),
    )
    assert asked.status_code == 200
    assert asked.json()["action"] == "answer" and order.order_id in asked.json()["reply"]


def test_a_bot_key_can_send_the_cart_and_it_reaches_the_packet(
    client: TestClient, keys: dict[str, str]
) -> None:
    cart = {
        "items": [{"name": "Trail Runner", "quantity": 1, "price": 129.0}],
        "value": 129.0,
        "step": "payment",
    }
    asked = client.post(
        "/v1/messages",
        json={"text": "I want to talk to a real person", "cart": cart},
        headers=_auth(keys["bot"]),
    ).json()
    assert asked["action"] == "escalate"
    assert asked["handoff"]["cart"]["step"] == "payment" and asked["handoff"]["cart_total"] == 129.0


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, ["text: Field required"]),
        ({"text": "hi", "customer_name": "x"}, ["customer_name: Extra inputs are not permitted"]),
        ({"text": "hi", "cart_total": -5}, ["cart_total"]),
        ("not json at all", []),
    ],
)
def test_a_bad_body_is_one_clear_problem(
    client: TestClient, keys: dict[str, str], body: object, words: list[str]
) -> None:
    content = body if isinstance(body, str) else json.dumps(body)
    sent = client.post(
        "/v1/messages", content=content, headers={**_auth(keys["bot"]), "Content-Type": "application/json"}
    )
    _problem(sent, 422, *words)


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient, keys: dict[str, str]) -> None:
    big = json.dumps({"text": "x" * 5000})
    _problem(client.post("/v1/messages", content=big, headers=_auth(keys["bot"])), 413, "4096 bytes")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield big.encode()

    _problem(client.post("/v1/messages", content=chunks(), headers=_auth(keys["bot"])), 413)


def test_unknown_things_are_problems_too(client: TestClient, keys: dict[str, str]) -> None:
    _problem(
        client.get("/v1/conversations/no-such-thread", headers=_auth(keys["admin"])), 404, "no-such-thread"
    )
    _problem(client.get("/v1/nothing-here"), 404)
    _problem(client.delete("/v1/messages", headers=_auth(keys["bot"])), 405)


def test_a_revoked_key_stops_working_at_once(client: TestClient, api_settings: Settings) -> None:
    made = Keys(Store.for_settings(api_settings))
    record, key = made.create("bot")
    assert client.post("/v1/messages", json={"text": "hi"}, headers=_auth(key)).status_code == 200
    made.revoke(record.key_id)
    _problem(client.post("/v1/messages", json={"text": "hi"}, headers=_auth(key)), 401, "revoked")


def test_the_openapi_document_describes_routes_and_their_problems(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/v1/messages"]["post"]
    assert {"200", "401", "403", "413", "422"} <= set(post["responses"])
    assert "Problem" in spec["components"]["schemas"]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    bodies = [
        operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for operations in spec["paths"].values()
        for operation in operations.values()
        if "requestBody" in operation
    ]
    assert len(bodies) >= 7
    schemas = spec["components"]["schemas"]
    without = [name for name in bodies if not schemas[name].get("examples")]
    assert without == [], f"request bodies with no example: {without}"


def test_keys_are_shown_once_and_listed_without_their_secret(runner: CliRunner) -> None:
    ghost = runner.invoke(cli, ["keys", "create", "--role", "agent", "--agent", "ana", "--json"])
    assert ghost.exit_code == 2 and "no agent 'ana'" in ghost.output
    assert runner.invoke(cli, ["agents", "set", "ana"]).exit_code == 0
    made = runner.invoke(cli, ["keys", "create", "--role", "agent", "--agent", "ana", "--json"])
    assert made.exit_code == 0, made.output
    key = json.loads(made.output)["key"]
    listed = runner.invoke(cli, ["keys", "list", "--json"])
    assert key.split("_", 2)[2] not in listed.output and json.loads(listed.output)[0]["agent_id"] == "ana"
    revoked = runner.invoke(cli, ["keys", "revoke", json.loads(made.output)["key_id"]])
    assert revoked.exit_code == 0 and "revoked agent key" in revoked.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "root"], "role 'root' is not one of bot, agent, admin"),
        (["--role", "agent"], "an agent key needs --agent"),
        (["--role", "bot", "--agent", "ana"], "--agent is for agent keys only"),
    ],
)
def test_a_bad_key_request_is_one_line_and_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["keys", "create", *args])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_revoking_an_unknown_key_says_so(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["keys", "revoke", "abcdef012345"])
    assert result.exit_code == 2 and "no API key 'abcdef012345'" in result.output


# -- handover control -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def staffed(api_settings: Settings, keys: dict[str, str]) -> dict[str, str]:
    """Ana and Ben online for every queue, each with an agent key."""
    store = Store.for_settings(api_settings)
    routing = _routing(api_settings, store)
    skills = ["general", "orders", "returns", "payments", "fraud", "vip"]
    for agent in ("ana", "ben"):
        routing.set_agent(agent, name=agent.title(), skills=skills, capacity=5, online=True)
    return {"ana": keys["agent"], "ben": Keys(store).create("agent", agent_id="ben")[1]}


def test_an_agent_takes_control_replies_and_releases_it_back_to_the_bot(
    client: TestClient, keys: dict[str, str], staffed: dict[str, str]
) -> None:
    asked = client.post(
        "/v1/messages", json={"text": "I want to talk to a real person please"}, headers=_auth(keys["bot"])
    )
    assert asked.json()["action"] == "escalate"
    started = asked.json()
    packet = started["handoff"]["packet_id"]
    conversation = started["conversation_id"]
    queued = client.get("/v1/handoffs", params={"status": "queued"}, headers=_auth(keys["admin"])).json()
    assert packet in [h["packet_id"] for h in queued]
    _problem(client.get("/v1/handoffs", headers=_auth(keys["bot"])), 403, "a bot key")

    claimed = client.post(f"/v1/handoffs/{packet}/claim", headers=_auth(staffed["ana"]))
    assert claimed.status_code == 200 and claimed.json()["status"] == "assigned"
    assert claimed.json()["agent_id"] == "ana"
    _problem(client.post(f"/v1/handoffs/{packet}/claim", headers=_auth(staffed["ben"])), 409, "not queued")
    _problem(client.post(f"/v1/handoffs/{packet}/claim", headers=_auth(keys["admin"])), 403, "needs: agent")

    # while Ana owns it, the bot stays silent: the customer's message waits for her
    again = client.post(
        "/v1/messages",
        json={"text": "hello?", "conversation_id": conversation, "session_token": started["session_token"]},
        headers=_auth(keys["bot"]),
    ).json()
    assert again["handled_by"] == "agent" and again["suggestions"]
    _problem(
        client.post(
            f"/v1/conversations/{conversation}/replies", json={"text": "Hi!"}, headers=_auth(staffed["ben"])
        ),
        409,
        "assigned to 'ana'",
    )
    sent = client.post(
        f"/v1/conversations/{conversation}/replies",
        json={"text": "Hi, Ana here."},
        headers=_auth(staffed["ana"]),
    )
    assert sent.status_code == 200 and sent.json()["choice"] in ("accepted", "edited", "written")
    thread = client.get(f"/v1/conversations/{conversation}", headers=_auth(staffed["ana"])).json()
    assert thread["owner"] == "agent" and thread["messages"][-1]["role"] == "agent"
    escalated, suggested = thread["drafts"]  # each customer message's draft, and what became of it
    assert escalated["outcome"] == "escalated" and escalated["decision"] is None
    assert escalated["result"]["handoff"]["packet_id"] == packet
    assert suggested["outcome"] == "suggested" and suggested["result"]["suggestions"] == again["suggestions"]
    assert (
        suggested["decision"]["agent_id"] == "ana"
        and suggested["decision"]["choice"] == sent.json()["choice"]
    )
    assert [d["message_id"] for d in thread["drafts"]] == [
        m["id"] for m in thread["messages"] if m["role"] == "customer"
    ]

    for move in ("resolve", "handback"):  # Ben cannot close what Ana holds
        _problem(
            client.post(f"/v1/handoffs/{packet}/{move}", headers=_auth(staffed["ben"])),
            409,
            "assigned to 'ana'",
        )
    resolved = client.post(f"/v1/handoffs/{packet}/resolve", headers=_auth(staffed["ana"]))
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    _problem(
        client.post(f"/v1/handoffs/{packet}/resolve", headers=_auth(staffed["ana"])), 409, "already resolved"
    )
    back = client.post(
        "/v1/messages",
        json={"text": "thanks!", "conversation_id": conversation, "session_token": started["session_token"]},
        headers=_auth(keys["bot"]),
    ).json()
    assert back["handled_by"] == "bot"


def test_claiming_the_next_handoff_when_nothing_waits_is_204(
    client: TestClient, staffed: dict[str, str]
) -> None:
    while client.post("/v1/handoffs/next", headers=_auth(staffed["ben"])).status_code == 200:
        pass  # take whatever earlier tests left queued
    assert client.post("/v1/handoffs/next", headers=_auth(staffed["ben"])).status_code == 204
    _problem(client.get("/v1/handoffs/not-a-packet", headers=_auth(staffed["ben"])), 404, "not-a-packet")


def test_conversations_are_listed_newest_first_a_page_at_a_time(
    client: TestClient, keys: dict[str, str]
) -> None:
    for text in ("first", "second", "third"):
        client.post(
            "/v1/messages", json={"text": f"{text}: do you ship to Canada?"}, headers=_auth(keys["bot"])
        )
    seen: list[str] = []
    page = client.get("/v1/conversations", params={"limit": 2}, headers=_auth(keys["admin"])).json()
    while True:
        seen += [c["id"] for c in page["items"]]
        if page["next"] is None:
            break
        page = client.get(
            "/v1/conversations", params={"limit": 2, "after": page["next"]}, headers=_auth(keys["admin"])
        ).json()
    assert len(seen) == len(set(seen)) >= 3
    _problem(
        client.get("/v1/conversations", params={"after": "nope"}, headers=_auth(keys["admin"])), 404, "nope"
    )
    _problem(client.get("/v1/conversations", params={"limit": 0}, headers=_auth(keys["admin"])), 422, "limit")
    _problem(client.get("/v1/conversations", headers=_auth(keys["bot"])), 403)


# -- keys over HTTP and rate limits -------------------------------------------------------------------
def test_an_admin_manages_keys_over_http(client: TestClient, keys: dict[str, str]) -> None:
    made = client.post(
        "/v1/keys",
        json={"role": "agent", "agent_id": "ana", "label": "night shift"},
        headers=_auth(keys["admin"]),
    )
    _problem(
        client.post("/v1/keys", json={"role": "agent", "agent_id": "cy"}, headers=_auth(keys["admin"])),
        422,
        "no agent 'cy'",
    )
    assert made.status_code == 201 and made.json()["key"].startswith("cpk_")
    listed = client.get("/v1/keys", headers=_auth(keys["admin"])).json()
    assert made.json()["key_id"] in [k["key_id"] for k in listed] and "key" not in listed[0]
    _problem(
        client.post("/v1/keys", json={"role": "agent"}, headers=_auth(keys["admin"])), 422, "needs --agent"
    )
    revoked = client.post(f"/v1/keys/{made.json()['key_id']}/revoke", headers=_auth(keys["admin"]))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    _problem(client.get("/v1/conversations", headers=_auth(made.json()["key"])), 401, "revoked")
    _problem(client.post("/v1/keys/000000000000/revoke", headers=_auth(keys["admin"])), 404)


def test_a_key_past_its_rate_limit_waits_and_every_worker_counts_it(
    api_settings: Settings, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(api_settings.home, home)
    limited = api_settings.model_copy(update={"home": home, "api_rate_limit": 3})
    made = Keys(Store.for_settings(limited))
    busy, other = made.create("admin")[1], made.create("admin")[1]
    with TestClient(create_app(limited)) as worker_1, TestClient(create_app(limited)) as worker_2:
        for worker in (worker_1, worker_2, worker_1):
            assert worker.get("/v1/keys", headers=_auth(busy)).status_code == 200
        refused = worker_2.get("/v1/keys", headers=_auth(busy))  # the fourth, on another worker
        _problem(refused, 429, "3 requests a minute")
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert worker_2.get("/v1/keys", headers=_auth(other)).status_code == 200


def test_a_new_minute_is_a_new_budget(api_settings: Settings, tmp_path: Path) -> None:
    from copilot.access.limits import RateLimiter

    store = Store.from_url(f"sqlite:///{tmp_path / 'limits.db'}")
    limiter = RateLimiter(store, per_minute=2)
    start = 1_800_000_000.0  # a minute boundary
    assert [limiter.hit("k", now=start + s).allowed for s in (0, 10, 20)] == [True, True, False]
    assert limiter.hit("k", now=start + 20).retry_after == 40
    assert limiter.hit("k", now=start + 61).allowed
    assert RateLimiter(store, per_minute=0).hit("k", now=start).allowed  # 0: no limit


def test_metrics_count_turns_escalations_and_what_the_database_holds(
    client: TestClient, keys: dict[str, str]
) -> None:
    _problem(client.get("/metrics"), 401)
    _problem(client.get("/metrics", headers=_auth(keys["bot"])), 403, "a bot key")
    client.post("/v1/messages", json={"text": "do you ship to Canada?"}, headers=_auth(keys["bot"]))
    client.post(
        "/v1/messages", json={"text": "I want to talk to a real person now"}, headers=_auth(keys["bot"])
    )
    scraped = client.get("/metrics", headers=_auth(keys["admin"]))
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    samples = {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in scraped.text.splitlines()
        if line and not line.startswith("#")
    }
    answered = sum(v for k, v in samples.items() if k.startswith('copilot_turns_total{action="answer"'))
    escalated = sum(v for k, v in samples.items() if k.startswith('copilot_turns_total{action="escalate"'))
    assert answered >= 1 and escalated >= 1
    assert any(k.startswith("copilot_escalations_total{rule=") for k in samples)
    assert samples["copilot_turn_seconds_count"] >= 2
    assert any(k.startswith('copilot_handoffs{queue="') and 'status="queued"' in k for k in samples)
    assert "copilot_outbox_backlog" in samples and "copilot_outbox_delivery_attempts_total" in samples


def test_knowledge_search_gives_bots_what_shoppers_may_see_and_staff_more(
    client: TestClient, keys: dict[str, str], api_settings: Settings
) -> None:
    order = Store.for_settings(api_settings).all_orders()[0]
    for role in ("bot", "agent"):
        hits = client.get(
            "/v1/knowledge/search", params={"q": "refund policy", "k": 3}, headers=_auth(keys[role])
        )
        assert hits.status_code == 200 and hits.json()[0]["passage"]["kind"] == "document"
    by_bot = client.get(
        "/v1/knowledge/search", params={"q": order.order_id}, headers=_auth(keys["bot"])
    ).json()
    by_agent = client.get(
        "/v1/knowledge/search", params={"q": order.order_id}, headers=_auth(keys["agent"])
    ).json()
    assert all(h["passage"]["kind"] != "order" for h in by_bot)
    assert any(h["passage"]["kind"] == "order" for h in by_agent)
    withheld = client.get(
        "/v1/knowledge/search", params={"q": "x", "flagged": True}, headers=_auth(keys["bot"])
    )
    _problem(withheld, 403, "withheld from shoppers")
    products = client.get(
        "/v1/knowledge/search", params={"q": "jacket", "kind": ["product"]}, headers=_auth(keys["admin"])
    ).json()
    assert products and {h["passage"]["kind"] for h in products} == {"product"}
    generation = client.get("/v1/knowledge/generation", headers=_auth(keys["admin"])).json()
    assert generation["id"] == client.get("/readyz").json()["generation"] and generation["passage_count"] > 0


def test_a_stream_refuses_a_last_event_id_it_never_sent(client: TestClient, keys: dict[str, str]) -> None:
    started = client.post("/v1/messages", json={"text": "hello"}, headers=_auth(keys["bot"])).json()
    path = f"/v1/conversations/{started['conversation_id']}/events"
    for bad in ("\u00b2", "-1", "99999999999999999999999", "abc"):
        headers = {  # as bytes on the wire
            b"Authorization": f"Bearer {keys['agent']}".encode(),
            b"Last-Event-ID": bad.encode("latin-1"),
        }
        _problem(client.get(path, headers=headers), 422, "Last-Event-ID")
    _problem(client.get("/v1/handoffs/events", headers={**_auth(keys["agent"]), "Last-Event-ID": "x|y"}), 422)


def test_the_shopper_header_is_bounded(client: TestClient, keys: dict[str, str]) -> None:
    sent = client.post(
        "/v1/messages", json={"text": "hello"}, headers={**_auth(keys["bot"]), "X-Copilot-Shopper": "a" * 101}
    )
    _problem(sent, 422, "x-copilot-shopper")
    ok = client.post(
        "/v1/messages",
        json={"text": "hello"},
        headers={**_auth(keys["bot"]), "X-Copilot-Shopper": "203.0.113.7"},
    )
    assert ok.status_code == 200


def test_agents_set_their_presence_and_an_admin_their_skills_and_capacity(
    client: TestClient, keys: dict[str, str]
) -> None:
    admin, ana = _auth(keys["admin"]), _auth(keys["agent"])
    made = client.put(
        "/v1/agents/dee", json={"name": "Dee", "skills": ["returns"], "capacity": 2}, headers=admin
    )
    assert made.status_code == 200 and made.json() == {
        "agent_id": "dee",
        "name": "Dee",
        "skills": ["returns"],
        "capacity": 2,
        "online": False,
        "load": 0,
    }
    _problem(client.put("/v1/agents/dee", json={"skills": ["retruns"]}, headers=admin), 422, "unknown skill")
    _problem(client.put("/v1/agents/dee", json={"capacity": -1}, headers=admin), 422, "capacity")
    on = client.put("/v1/agents/me/presence", json={"online": True}, headers=ana)
    assert on.status_code == 200 and on.json()["agent_id"] == "ana" and on.json()["online"] is True
    assert client.get("/v1/agents/me", headers=ana).json()["online"] is True
    roster = {a["agent_id"]: a for a in client.get("/v1/agents", headers=ana).json()}
    assert roster["dee"]["capacity"] == 2 and roster["ana"]["online"] is True
    off = client.put("/v1/agents/me/presence", json={"online": False}, headers=ana)
    assert off.json()["online"] is False
    client.put("/v1/agents/me/presence", json={"online": True}, headers=ana)  # as the other tests expect


def test_the_schemas_are_served_to_every_key(client: TestClient, keys: dict[str, str]) -> None:
    from copilot.evals.suite import Suite
    from copilot.schemas import HandoffPacket

    handoff = client.get("/v1/schemas/handoff", headers=_auth(keys["bot"]))
    assert handoff.status_code == 200 and handoff.json() == HandoffPacket.model_json_schema()
    suite = client.get("/v1/schemas/suite", headers=_auth(keys["agent"]))
    assert suite.json() == Suite.model_json_schema()


def test_a_database_locked_by_other_writers_is_a_503_to_retry_not_a_500(
    api_settings: Settings, tmp_path: Path
) -> None:
    import sqlite3

    home = tmp_path / "home"
    shutil.copytree(api_settings.home, home)
    settings = api_settings.model_copy(update={"home": home, "api_rate_limit": 0})  # the turn meets it
    bot = Keys(Store.for_settings(settings)).create("bot")[1]
    with TestClient(create_app(settings)) as busy:
        other_writer = sqlite3.connect(home / "copilot.db", isolation_level=None)
        other_writer.execute("BEGIN IMMEDIATE")  # holds the write lock past the 10 s busy timeout
        try:
            refused = busy.post("/v1/messages", json={"text": "do you ship to Canada?"}, headers=_auth(bot))
        finally:
            other_writer.execute("ROLLBACK")
            other_writer.close()
        _problem(refused, 503, "busy", "send it again")
        assert refused.headers["retry-after"] == "1"
        assert (
            busy.post("/v1/messages", json={"text": "do you ship to Canada?"}, headers=_auth(bot)).status_code
            == 200
        )
