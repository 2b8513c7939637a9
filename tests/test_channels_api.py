"""Messaging channels through the real app, against real local provider servers (Graph, Twilio): what
each channel's sender id unlocks under the default identity policy and a stricter one, one-time codes
sent on the channel the policy names, consent on every path that sends, signatures, the WhatsApp
window, delivery statuses and redelivered webhooks."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from copilot.access.keys import Keys
from copilot.api.app import create_app
from copilot.db.schema import channel_contacts, channel_inbound, conversations
from copilot.escalation.config import load_policy
from copilot.escalation.routing import Routing
from copilot.identity.policy import DEFAULT_POLICY
from copilot.identity.tokens import make_customer_token
from copilot.ingest import ingest
from copilot.outbox import Outbox
from copilot.settings import Settings
from copilot.store import Store
from tests.fake_channel_receiver import FakeChannelReceiver, signed_event
from tests.fake_meta import (
    SHOPPER_PSID,
    FakeGraph,
    encode,
    messenger_delivery,
    messenger_settings,
    messenger_text,
    signed_headers,
    whatsapp_settings,
    whatsapp_status,
    whatsapp_statuses,
    whatsapp_text,
)
from tests.fake_twilio import FakeTwilio, inbound_sms, signed_form, status_callback
from tests.small_shop import CUSTOMERS, write_small_shop

ANN_PHONE = "+14155550123"  # Ann Lee's number on file: owns #T1001 (shipped) and #T1002
BO_PHONE = "+14155550188"
PUBLIC_URL = "https://help.example-shop.test"


@pytest.fixture(scope="module")
def shop_home(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small shop, its customers with phone numbers on file, ingested once (tests copy it)."""
    root = tmp_path_factory.mktemp("phones")
    sources = write_small_shop(root / "shop")
    people = [dict(c, phone=p) for c, p in zip(CUSTOMERS, (ANN_PHONE, BO_PHONE), strict=True)]
    (root / "shop" / "customers.json").write_text(json.dumps(people))
    settings = Settings(home=root / "home")
    ingest(sources, settings)
    return settings


@pytest.fixture
def home(shop_home: Settings, tmp_path: Path) -> Settings:
    shutil.copytree(shop_home.home, tmp_path / "home")
    return shop_home.model_copy(update={"home": tmp_path / "home", "public_url": PUBLIC_URL})


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio(status_callback=f"{PUBLIC_URL}/v1/channels/sms") as fake:
        yield fake


def _stricter(home: Settings, tmp_path: Path, **changes: Any) -> Path:
    policy = yaml.safe_load(DEFAULT_POLICY.read_text())
    for dotted, value in changes.items():
        section, _, key = dotted.partition("__")
        if key:
            policy[section][key] = value
        else:
            policy[section] = value
    path = tmp_path / "identity.yaml"
    path.write_text(yaml.safe_dump(policy))
    return path


def _app(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


def _whatsapp(client: TestClient, body: dict[str, Any]) -> int:
    raw = encode(body)
    return client.post("/v1/channels/whatsapp", content=raw, headers=signed_headers(raw)).status_code


def _sms(client: TestClient, fields: dict[str, str]) -> int:
    url = f"{PUBLIC_URL}/v1/channels/sms"
    body, headers = signed_form(url, fields)
    return client.post("/v1/channels/sms", content=body, headers=headers).status_code


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


# -- what each channel's identity unlocks ----------------------------------------------------------------
def test_a_whatsapp_sender_on_file_is_a_channel_identity_by_default(home: Settings, graph: FakeGraph) -> None:
    with _app(whatsapp_settings(home, graph)) as client:
        graph.ok()
        assert _whatsapp(client, whatsapp_text("what are my orders?", sender=ANN_PHONE[1:])) == 200
        listing = graph.sent("whatsapp")[-1]["text"]["body"]
        assert "T1001" in listing and "T1002" in listing, listing
        # another customer's order is refused even to a proven sender
        graph.ok()
        assert _whatsapp(client, whatsapp_text("where is order #T2001?", sender=ANN_PHONE[1:])) == 200
        refusal = graph.sent("whatsapp")[-1]["text"]["body"]
        assert "can't find that order" in refusal and "delivered" not in refusal, refusal


def test_a_stricter_policy_makes_a_whatsapp_sender_prove_who_they_are(
    home: Settings, graph: FakeGraph, tmp_path: Path
) -> None:
    strict = _stricter(home, tmp_path, channels={"whatsapp": "none", "sms": "none"})
    with _app(whatsapp_settings(home, graph, identity_file=strict)) as client:
        graph.ok()
        assert _whatsapp(client, whatsapp_text("what are my orders?", sender=ANN_PHONE[1:])) == 200
        asked = graph.sent("whatsapp")[-1]["text"]["body"]
        assert "T1001" not in asked and "T1002" not in asked, asked
        # knowledge of one order still opens that one order, as on the web
        graph.ok()
        assert (
            _whatsapp(
                client, whatsapp_text("where is #T1001? my email is ann@example.com", sender=ANN_PHONE[1:])
            )
            == 200
        )
        answer = graph.sent("whatsapp")[-1]["text"]["body"]
        assert "T1001" in answer and "1Z999" in answer and "T1002" not in answer, answer


def test_an_sms_sender_proves_nothing_by_default(home: Settings, twilio: FakeTwilio) -> None:
    settings = home.model_copy(update=twilio.settings_fields())
    with _app(settings) as client:
        twilio.queued()
        assert _sms(client, inbound_sms("where is my order #T1001?", sender=ANN_PHONE)) == 200
        reply = twilio.requests[-1].form
        assert reply["To"] == ANN_PHONE and "1Z999" not in reply["Body"] and "shipped" not in reply["Body"]


def test_a_looser_policy_lets_an_sms_sender_on_file_see_their_orders(
    home: Settings, twilio: FakeTwilio, tmp_path: Path
) -> None:
    loose = _stricter(home, tmp_path, channels={"sms": "channel"})
    settings = home.model_copy(update={**twilio.settings_fields(), "identity_file": loose})
    with _app(settings) as client:
        twilio.queued()
        assert _sms(client, inbound_sms("where is my order #T1001?", sender=ANN_PHONE)) == 200
        assert "1Z999" in twilio.requests[-1].form["Body"]
        # a number nobody has on file proves nothing, whatever the policy
        twilio.queued()
        assert _sms(client, inbound_sms("where is my order #T1001?", sender="+14155550999")) == 200
        assert "1Z999" not in twilio.requests[-1].form["Body"]


def test_a_one_time_code_goes_by_sms_to_the_number_on_file_and_proves_the_sender(
    home: Settings, twilio: FakeTwilio, tmp_path: Path
) -> None:
    by_sms = _stricter(home, tmp_path, one_time_code__phone_channel="sms")
    settings = home.model_copy(update={**twilio.settings_fields(), "identity_file": by_sms})
    with _app(settings) as client:
        twilio.queued()
        assert _sms(client, inbound_sms("what are my orders?", sender=ANN_PHONE)) == 200
        assert "code" in twilio.requests[-1].form["Body"].lower()
        twilio.queued()  # the code itself
        twilio.queued()  # the reply saying it was sent
        assert _sms(client, inbound_sms(f"send a code to {ANN_PHONE}", sender=ANN_PHONE)) == 200
        texts = [r.form["Body"] for r in twilio.requests[-2:]]
        code_text = next(t for t in texts if "verification code" in t)
        code = re.search(r"\b(\d{6})\b", code_text)
        assert code is not None and all(r.form["To"] == ANN_PHONE for r in twilio.requests)
        twilio.queued()
        assert _sms(client, inbound_sms(code.group(1), sender=ANN_PHONE)) == 200
        answer = twilio.requests[-1].form["Body"]
        assert "T1001" in answer and "T1002" in answer, answer


def test_a_messenger_id_proves_who_writes_only_once_the_shop_linked_it(
    home: Settings, graph: FakeGraph
) -> None:
    settings = messenger_settings(home, graph)
    shop = Keys(Store.for_settings(settings)).create("bot")[1]
    with _app(settings) as client:

        def say(text: str) -> str:
            graph.ok()
            raw = encode(messenger_text(text, psid=SHOPPER_PSID))
            assert (
                client.post("/v1/channels/messenger", content=raw, headers=signed_headers(raw)).status_code
                == 200
            )
            body: str = graph.sent("messenger")[-1]["message"]["text"]
            return body

        assert "T1001" not in say("what are my orders?")  # a page-scoped id alone is a stranger
        linked = client.put(
            "/v1/customers/C1/consent",
            json={"channel": "messenger", "address": SHOPPER_PSID, "status": "opted_in"},
            headers=_auth(shop),
        )
        assert linked.status_code == 200, linked.text
        listing = say("what are my orders?")
        assert "T1001" in listing and "T1002" in listing, listing


def test_the_generic_webhook_trusts_the_customer_its_signed_integration_asserts_unless_the_policy_says_no(
    home: Settings, tmp_path: Path
) -> None:
    event = {"type": "message", "from": "app-user-77", "text": "what are my orders?", "customer_id": "C1"}
    strict = _stricter(home, tmp_path, channels={"webhook": "none"})
    for identity_file, shown in ((None, True), (strict, False)):
        with FakeChannelReceiver() as receiver:
            settings = home.model_copy(update={**receiver.settings_fields(), "identity_file": identity_file})
            with _app(settings) as client:
                receiver.accept()
                request = signed_event({**event, "id": f"in-{shown}"})
                posted = client.post(
                    "/v1/channels/webhook", content=request.body, headers=dict(request.headers)
                )
                assert posted.status_code == 200, posted.text
                reply = receiver.messages[-1]
                assert reply["to"] == "app-user-77"
                assert ("T1001" in reply["text"]) is shown, reply


# -- consent: nothing reaches an opted-out destination, on any path --------------------------------------
def test_after_stop_no_path_sends_anything_until_start(
    home: Settings, twilio: FakeTwilio, tmp_path: Path
) -> None:
    by_sms = _stricter(home, tmp_path, one_time_code__phone_channel="sms")
    settings = home.model_copy(update={**twilio.settings_fields(), "identity_file": by_sms})
    store = Store.for_settings(settings)
    policy = load_policy(settings.escalation_file)
    Routing(store, policy, Outbox(store, settings)).set_agent(
        "ana", name="Ana", skills=[q.id for q in policy.queues]
    )
    keys = Keys(store)
    shop, agent = keys.create("bot")[1], keys.create("agent", agent_id="ana")[1]
    with _app(settings) as client:
        opted = client.put(
            "/v1/customers/C1/consent", json={"channel": "sms", "status": "opted_in"}, headers=_auth(shop)
        )
        assert opted.status_code == 200 and opted.json()[-1]["address"] == ANN_PHONE
        twilio.queued()
        assert _sms(client, inbound_sms("I want to talk to a person", sender=ANN_PHONE)) == 200
        conversation = store.engine.connect().execute(select(conversations.c.id)).scalar_one()
        handoff = client.get("/v1/handoffs", headers=_auth(agent)).json()[0]
        client.put("/v1/agents/me/presence", json={"online": True}, headers=_auth(agent))
        assert (
            client.post(f"/v1/handoffs/{handoff['packet_id']}/claim", headers=_auth(agent)).status_code == 200
        )
        sent_before = len(twilio.requests)

        assert _sms(client, inbound_sms("STOP", sender=ANN_PHONE)) == 200
        # an agent's reply, an order alert, a bot reply, HELP, a one-time code: none is sent
        replied = client.post(
            f"/v1/conversations/{conversation}/replies",
            json={"text": "Hi Ann, still there?"},
            headers=_auth(agent),
        )
        assert replied.status_code == 200
        alert = client.post(
            "/v1/events", json={"type": "order_shipped", "order_id": "#T1001"}, headers=_auth(shop)
        )
        assert alert.json()["send_status"] == "blocked"
        assert (
            client.post(f"/v1/handoffs/{handoff['packet_id']}/resolve", headers=_auth(agent)).status_code
            == 200
        )
        for text in ("where is my order #T1001?", "HELP", f"send a code to {ANN_PHONE}"):
            assert _sms(client, inbound_sms(text, sender=ANN_PHONE)) == 200
        assert len(twilio.requests) == sent_before
        sends = client.app.state.copilot.channel_sends.sends(address=ANN_PHONE)  # type: ignore[attr-defined]
        blocked = [s for s in sends if s.status == "blocked"]
        thread = client.app.state.copilot.conversations.get(conversation)  # type: ignore[attr-defined]
        assert {s.kind for s in blocked} >= {"agent", "alert", "reply", "notice", "code"}, "\n".join(
            f"{m.role}: {m.text}" for m in thread.messages
        )
        assert all("opted out" in (s.error or "") for s in blocked)

        # START opts back in: its confirmation is the first message sent again
        twilio.queued()
        assert _sms(client, inbound_sms("start", sender=ANN_PHONE)) == 200
        assert "subscribed" in twilio.requests[-1].form["Body"]


def test_the_widget_button_opts_a_signed_in_customer_out_everywhere(home: Settings, graph: FakeGraph) -> None:
    secret = "s" * 40
    settings = whatsapp_settings(home, graph, shopper_api=True, customer_token_secret=secret)
    shop = Keys(Store.for_settings(settings)).create("bot")[1]
    token = make_customer_token(secret, customer_id="C1")
    with _app(settings) as client:
        client.put(
            "/v1/customers/C1/consent",
            json={"channel": "whatsapp", "status": "opted_in"},
            headers=_auth(shop),
        )
        anonymous = client.post("/v1/shopper/consent", json={"status": "opted_out"})
        assert anonymous.status_code == 403
        out = client.post(
            "/v1/shopper/consent", json={"status": "opted_out"}, headers={"X-Customer-Token": token}
        )
        assert out.status_code == 200 and out.json()[-1]["source"] == "widget"
        alert = client.post(
            "/v1/events", json={"type": "order_shipped", "order_id": "#T1001"}, headers=_auth(shop)
        )
        assert alert.json()["send_status"] == "blocked"
        # choosing WhatsApp again later re-opens that channel only
        client.put(
            "/v1/customers/C1/consent",
            json={"channel": "whatsapp", "status": "opted_in"},
            headers=_auth(shop),
        )
        graph.ok()
        again = client.post(
            "/v1/events",
            json={"id": "second", "type": "order_shipped", "order_id": "#T1001"},
            headers=_auth(shop),
        )
        assert again.json()["send_status"] == "queued" and graph.sent("whatsapp")[-1]["type"] == "template"


def test_a_stop_that_arrives_before_delivery_still_wins(home: Settings, graph: FakeGraph) -> None:
    settings = whatsapp_settings(home, graph, deliver_inline=False)
    shop = Keys(Store.for_settings(settings)).create("bot")[1]
    with _app(settings) as client:
        client.put(
            "/v1/customers/C1/consent",
            json={"channel": "whatsapp", "status": "opted_in"},
            headers=_auth(shop),
        )
        alert = client.post(
            "/v1/events", json={"type": "order_shipped", "order_id": "#T1001"}, headers=_auth(shop)
        )
        assert alert.json()["send_status"] == "queued"
        assert _whatsapp(client, whatsapp_text("Stop", sender=ANN_PHONE[1:])) == 200
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        report = outbox.deliver_due()
        assert report.delivered == 0 and not graph.calls
        assert [s.status for s in outbox.sends(address=ANN_PHONE)] == ["blocked"]


# -- signatures, window, statuses, redelivery ------------------------------------------------------------
def test_a_bad_or_missing_signature_is_refused_and_nothing_is_stored(
    home: Settings, graph: FakeGraph
) -> None:
    with _app(whatsapp_settings(home, graph)) as client:
        raw = encode(whatsapp_text("what are my orders?", sender=ANN_PHONE[1:]))
        forged = {**signed_headers(raw, secret="not-the-app-secret")}
        unsigned = {"Content-Type": "application/json"}
        for headers in (forged, unsigned):
            refused = client.post("/v1/channels/whatsapp", content=raw, headers=headers)
            assert refused.status_code == 403 and refused.headers["content-type"].startswith(
                "application/problem+json"
            )
        store = Store.for_settings(home)
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(conversations)).scalar_one() == 0
            assert conn.execute(select(func.count()).select_from(channel_inbound)).scalar_one() == 0
        assert (
            client.get(
                "/v1/channels/whatsapp",
                params={
                    "hub.mode": "subscribe",
                    "hub.verify_token": "verify-me-please",
                    "hub.challenge": "12345",
                },
            ).text
            == "12345"
        )
        assert (
            client.get(
                "/v1/channels/whatsapp",
                params={"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "12345"},
            ).status_code
            == 403
        )
        assert (
            client.post("/v1/channels/messenger", content=raw, headers=signed_headers(raw)).status_code == 404
        )


def _wrote_days_ago(store: Store, days: float) -> None:
    """Every shopper last wrote ``days`` ago (the providers' windows are counted from then)."""
    with store.engine.begin() as conn:
        conn.execute(
            channel_contacts.update().values(last_inbound_at=datetime.now(UTC) - timedelta(days=days))
        )


def test_outside_whatsapps_24_hours_a_free_form_message_is_not_sent(home: Settings, graph: FakeGraph) -> None:
    settings = whatsapp_settings(home, graph)
    store = Store.for_settings(settings)
    with _app(settings) as client:
        graph.ok()
        assert _whatsapp(client, whatsapp_text("hi there", sender=ANN_PHONE[1:])) == 200
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        conversation = outbox.sends(address=ANN_PHONE)[0].conversation_id
        _wrote_days_ago(store, 2)  # even a person's reply may not go; only a template would
        with store.engine.begin() as conn:
            outbox.enqueue_in_thread(conn, conversation, "Following up on your question", "agent")
        outbox.deliver_due()
        last = outbox.sends(address=ANN_PHONE)[-1]
        assert last.status == "failed" and "24-hour" in (last.error or ""), last
        assert len(graph.calls) == 1


def test_on_messenger_a_person_may_follow_up_within_7_days_and_the_bot_may_not(
    home: Settings, graph: FakeGraph
) -> None:
    settings = messenger_settings(home, graph)
    store = Store.for_settings(settings)
    with _app(settings) as client:
        graph.ok()
        raw = encode(messenger_text("do you sell camp mugs?", psid=SHOPPER_PSID))
        assert (
            client.post("/v1/channels/messenger", content=raw, headers=signed_headers(raw)).status_code == 200
        )
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        conversation = outbox.sends(address=SHOPPER_PSID)[0].conversation_id
        _wrote_days_ago(store, 2)
        graph.ok()
        with store.engine.begin() as conn:
            outbox.enqueue_in_thread(conn, conversation, "Ana here: we have them in blue too.", "agent")
            outbox.enqueue_in_thread(conn, conversation, "Anything else?", "reply")
        outbox.deliver_due()
        person, bot = outbox.sends(address=SHOPPER_PSID)[-2:]
        assert person.status == "sent" and graph.sent("messenger")[-1]["tag"] == "HUMAN_AGENT"
        assert bot.status == "failed", bot
        _wrote_days_ago(store, 8)
        with store.engine.begin() as conn:
            outbox.enqueue_in_thread(conn, conversation, "Still there?", "agent")
        outbox.deliver_due()
        assert outbox.sends(address=SHOPPER_PSID)[-1].status == "failed"
        assert len(graph.calls) == 2


def test_statuses_move_forward_and_a_redelivered_message_is_answered_once(
    home: Settings, graph: FakeGraph
) -> None:
    with _app(whatsapp_settings(home, graph)) as client:
        graph.ok("wamid.FIRST")
        body = whatsapp_text("do you sell camp mugs?", sender=ANN_PHONE[1:], message_id="wamid.IN1")
        assert _whatsapp(client, body) == 200
        assert _whatsapp(client, body) == 200  # Meta retries a webhook it thinks failed
        assert len(graph.calls) == 1
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        for status in ("read", "delivered", "sent"):  # out of order, as webhooks may arrive
            assert (
                _whatsapp(client, whatsapp_statuses(whatsapp_status("wamid.FIRST", status, ANN_PHONE[1:])))
                == 200
            )
        assert outbox.sends(address=ANN_PHONE)[0].status == "read"
        failed = whatsapp_status(
            "wamid.FIRST", "failed", ANN_PHONE[1:], error_code=131050, error_title="stopped"
        )
        assert _whatsapp(client, whatsapp_statuses(failed)) == 200
        consent = client.app.state.channels.consents  # type: ignore[attr-defined]
        with consent.engine.connect() as conn:
            assert consent.decision(conn, "whatsapp", ANN_PHONE, None, needs_opt_in=False) is not None


def test_twilio_status_callbacks_are_recorded(home: Settings, twilio: FakeTwilio) -> None:
    settings = home.model_copy(update=twilio.settings_fields())
    with _app(settings) as client:
        sid = twilio.queued()
        assert _sms(client, inbound_sms("do you sell camp mugs?", sender=BO_PHONE)) == 200
        assert _sms(client, status_callback(sid, "delivered")) == 200
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        assert [s.status for s in outbox.sends(address=BO_PHONE)] == ["delivered"]


# -- every adapter, the same contract through the API ------------------------------------------------------
class _Channel:
    """One provider's side of a conversation with the app: inbound messages and statuses, signed as
    the provider signs them, and the sends its local server accepted."""

    name: str
    address: str

    def settings(self, home: Settings) -> Settings:
        raise NotImplementedError

    def accept_next(self) -> None:
        raise NotImplementedError

    def say(self, client: TestClient, text: str) -> None:
        raise NotImplementedError

    def report(self, client: TestClient, provider_id: str, status: str) -> None:
        raise NotImplementedError

    def sent_texts(self) -> list[str]:
        raise NotImplementedError


class _WhatsApp(_Channel):
    name, address = "whatsapp", ANN_PHONE

    def __init__(self, graph: FakeGraph) -> None:
        self.graph = graph

    def settings(self, home: Settings) -> Settings:
        return whatsapp_settings(home, self.graph)

    def accept_next(self) -> None:
        self.graph.ok()

    def say(self, client: TestClient, text: str) -> None:
        assert _whatsapp(client, whatsapp_text(text, sender=ANN_PHONE[1:])) == 200

    def report(self, client: TestClient, provider_id: str, status: str) -> None:
        assert (
            _whatsapp(client, whatsapp_statuses(whatsapp_status(provider_id, status, ANN_PHONE[1:]))) == 200
        )

    def sent_texts(self) -> list[str]:
        return [body["text"]["body"] for body in self.graph.sent("whatsapp")]


class _Messenger(_Channel):
    name, address = "messenger", SHOPPER_PSID

    def __init__(self, graph: FakeGraph) -> None:
        self.graph = graph

    def settings(self, home: Settings) -> Settings:
        return messenger_settings(home, self.graph)

    def accept_next(self) -> None:
        self.graph.ok()

    def _post(self, client: TestClient, body: dict[str, Any]) -> None:
        raw = encode(body)
        assert (
            client.post("/v1/channels/messenger", content=raw, headers=signed_headers(raw)).status_code == 200
        )

    def say(self, client: TestClient, text: str) -> None:
        self._post(client, messenger_text(text, psid=SHOPPER_PSID))

    def report(self, client: TestClient, provider_id: str, status: str) -> None:
        assert status == "delivered"  # Messenger reports deliveries by message id (reads by time only)
        self._post(client, messenger_delivery([provider_id], int(time.time() * 1000)))

    def sent_texts(self) -> list[str]:
        return [body["message"]["text"] for body in self.graph.sent("messenger")]


class _Sms(_Channel):
    name, address = "sms", BO_PHONE

    def __init__(self, twilio: FakeTwilio) -> None:
        self.twilio = twilio

    def settings(self, home: Settings) -> Settings:
        return home.model_copy(update=self.twilio.settings_fields())

    def accept_next(self) -> None:
        self.twilio.queued()

    def say(self, client: TestClient, text: str) -> None:
        assert _sms(client, inbound_sms(text, sender=BO_PHONE)) == 200

    def report(self, client: TestClient, provider_id: str, status: str) -> None:
        assert _sms(client, status_callback(provider_id, status)) == 200

    def sent_texts(self) -> list[str]:
        return [request.form["Body"] for request in self.twilio.requests]


class _Webhook(_Channel):
    name, address = "webhook", "app-user-42"

    def __init__(self, receiver: FakeChannelReceiver) -> None:
        self.receiver = receiver

    def settings(self, home: Settings) -> Settings:
        return home.model_copy(update=self.receiver.settings_fields())

    def accept_next(self) -> None:
        self.receiver.accept()

    def _post(self, client: TestClient, event: dict[str, Any]) -> None:
        request = signed_event(event)
        assert (
            client.post(
                "/v1/channels/webhook", content=request.body, headers=dict(request.headers)
            ).status_code
            == 200
        )

    def say(self, client: TestClient, text: str) -> None:
        self._post(client, {"type": "message", "from": self.address, "text": text, "id": uuid4().hex})

    def report(self, client: TestClient, provider_id: str, status: str) -> None:
        self._post(client, {"type": "status", "id": provider_id, "status": status})

    def sent_texts(self) -> list[str]:
        return [message["text"] for message in self.receiver.messages]


@pytest.fixture
def receiver() -> Iterator[FakeChannelReceiver]:
    with FakeChannelReceiver() as fake:
        yield fake


@pytest.mark.parametrize("kind", ["whatsapp", "messenger", "sms", "webhook"])
def test_each_channel_answers_records_statuses_and_honours_stop(
    home: Settings, kind: str, graph: FakeGraph, twilio: FakeTwilio, receiver: FakeChannelReceiver
) -> None:
    channels: dict[str, _Channel] = {
        "whatsapp": _WhatsApp(graph),
        "messenger": _Messenger(graph),
        "sms": _Sms(twilio),
        "webhook": _Webhook(receiver),
    }
    channel = channels[kind]
    with _app(channel.settings(home)) as client:
        outbox = client.app.state.copilot.channel_sends  # type: ignore[attr-defined]
        channel.accept_next()
        channel.say(client, "how long do refunds take?")
        answer = channel.sent_texts()[-1]
        assert "5 to 7 business days" in answer, answer  # the shop's own policy, in the right shape
        (send,) = outbox.sends(address=channel.address)
        assert send.status == "sent" and send.provider_id
        channel.report(client, send.provider_id, "delivered")
        assert outbox.sends(address=channel.address)[0].status == "delivered"

        channel.say(client, "STOP")
        channel.say(client, "what is your return window?")  # answered in the thread, never sent
        assert len(channel.sent_texts()) == 1
        statuses = [s.status for s in outbox.sends(address=channel.address)]
        assert statuses == ["delivered", "blocked"]
        admin = Keys(Store.for_settings(home)).create("admin")[1]
        scraped = client.get("/metrics", headers=_auth(admin)).text
        for status in ("delivered", "blocked"):
            line = f'copilot_channel_messages{{channel="{kind}",kind="reply",status="{status}"}} 1.0'
            assert line in scraped, scraped
