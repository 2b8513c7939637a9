"""No turn hangs: one deadline covers model calls, their retries, code hooks and inline delivery.

Every fault is a real server on 127.0.0.1: the fake model trickling its body or asking to retry, and a
raw socket server trickling its headers in place of the model, the webhook receiver or the code hook.
Each test checks what the customer got (the offline answer, the same code reply, the escalation), what
was kept (the packet waits in the outbox) and that the turn ended before its deadline.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.conversations import Conversations
from copilot.errors import ConfigurationError
from copilot.outbox import Outbox
from copilot.schemas import TurnResult
from copilot.service import Copilot
from copilot.settings import Settings, get_settings
from tests.chat import Chat
from tests.fake_openai import FakeOpenAI
from tests.slow_server import TricklingServer
from tests.test_turns import CUSTOMERS

DEADLINE = 3.0
RESERVE = 1.5  # what a turn may need after its last wait (storing, a packet) on a busy 2-core machine
ANSWER = {"reply": "Standard shipping takes a few business days.", "citations": [1], "confidence": 0.8}


@pytest.fixture
def model() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def trickler() -> Iterator[TricklingServer]:
    with TricklingServer(interval=0.1) as server:
        yield server


@pytest.fixture
def shop(demo_settings: Settings, tmp_path: Path) -> Settings:
    shutil.copytree(demo_settings.home, tmp_path / "home")
    return Settings(
        home=tmp_path / "home",
        turn_deadline=DEADLINE,
        fallback_reserve=RESERVE,
        llm_timeout=30.0,
        llm_retries=2,
    )


def _with_model(shop: Settings, base_url: str) -> Settings:
    return shop.model_copy(update={"openai_base_url": base_url, "openai_api_key": "test-key"})


def _timed_turn(copilot: Copilot, text: str) -> tuple[float, TurnResult]:
    started = time.monotonic()
    result = copilot.turn(text)
    return time.monotonic() - started, result


def test_a_model_that_trickles_its_answer_is_abandoned_for_the_offline_answer(
    shop: Settings, model: FakeOpenAI
) -> None:
    model.trickle(ANSWER, interval=0.05)  # ~4 s of bytes, each well within the 30 s read timeout
    copilot = Copilot(_with_model(shop, model.base_url))
    elapsed, result = _timed_turn(copilot, "do you ship to PO boxes?")
    assert result.drafter.fallback and result.drafter.name == "offline"
    assert "deadline" in (result.drafter.fallback_reason or "")
    assert result.action == "answer" and "PO" in result.reply
    assert len(model.requests) == 1  # a deadline that has passed is not retried
    assert elapsed < DEADLINE
    stored = Conversations(copilot.store).get(result.conversation_id).messages
    assert [m.role for m in stored] == ["customer", "bot"] and stored[1].text == result.reply


def test_a_model_endpoint_that_trickles_its_headers_is_abandoned_too(
    shop: Settings, trickler: TricklingServer
) -> None:
    copilot = Copilot(_with_model(shop, trickler.url("/v1")))
    elapsed, result = _timed_turn(copilot, "do you ship to PO boxes?")
    assert elapsed < DEADLINE
    assert result.drafter.fallback and "deadline" in (result.drafter.fallback_reason or "")
    assert trickler.connections == 1


def test_a_retry_after_longer_than_the_turn_means_the_fallback_now(shop: Settings, model: FakeOpenAI) -> None:
    model.rate_limit(retry_after=120)
    copilot = Copilot(_with_model(shop, model.base_url))
    elapsed, result = _timed_turn(copilot, "do you ship to PO boxes?")
    assert result.drafter.fallback and result.drafter.name == "offline"
    assert "retry after 120s" in (result.drafter.fallback_reason or "")
    assert len(model.requests) == 1
    assert elapsed < DEADLINE / 2  # no waiting at all: the wait could never end in time


def test_a_retry_after_that_fits_is_honoured(shop: Settings, model: FakeOpenAI) -> None:
    model.rate_limit(retry_after=0.3)
    model.fail(503)
    model.reply(ANSWER)
    result = Copilot(_with_model(shop, model.base_url)).turn("how long does shipping take?")
    assert result.drafter.name == "llm" and not result.drafter.fallback
    assert result.reply == ANSWER["reply"] and len(model.requests) == 3


def test_an_escalation_with_a_trickling_summary_and_webhook_still_ends_in_time(
    shop: Settings, model: FakeOpenAI, trickler: TricklingServer
) -> None:
    # asking for a person is the code's decision: the one model call is the summary, which trickles
    model.trickle("A customer wants a person. " * 3, interval=0.05)  # ~4 s: longer than the turn
    settings = _with_model(shop, model.base_url).model_copy(
        update={
            "webhook_urls": trickler.url("/hooks"),
            "webhook_secret": "s" * 32,
            "inline_delivery_timeout": 0.5,
        }
    )
    copilot = Copilot(settings)
    elapsed, result = _timed_turn(copilot, "I want to talk to a person right now")
    assert elapsed < DEADLINE
    assert result.action == "escalate" and result.handoff is not None
    assert result.handoff.summary_source == "extractive"  # the model's summary did not come in time
    [state] = Outbox(copilot.store, settings).states(key=result.handoff.packet_id)
    assert state.delivered_at is None and state.attempts == 1 and "Timeout" in (state.last_error or "")


def test_a_delivery_attempt_is_bounded_however_the_receiver_trickles(
    shop: Settings, trickler: TricklingServer
) -> None:
    settings = shop.model_copy(
        update={"webhook_urls": trickler.url("/hooks"), "deliver_inline": False, "webhook_timeout": 0.5}
    )
    copilot = Copilot(settings)
    packet = copilot.turn("I want to talk to a person right now").handoff
    assert packet is not None
    started = time.monotonic()
    report = Outbox(copilot.store, settings).deliver_due()
    assert time.monotonic() - started < settings.webhook_timeout + 1.0  # one attempt, plus its bookkeeping
    assert report.failed == 1 and report.delivered == 0 and report.pending == 1


def test_a_trickling_code_hook_gets_the_usual_reply_in_time(
    shop: Settings, trickler: TricklingServer
) -> None:
    copilot = Copilot(shop.model_copy(update={"verification_hook_url": trickler.url("/codes")}))
    email = next(str(c["email"]) for c in CUSTOMERS.values() if c.get("email"))
    chat = Chat(copilot)
    chat.say("can you show me all my orders?")
    started = time.monotonic()
    sent = chat.say(f"it's {email}")
    assert time.monotonic() - started < DEADLINE
    assert "code is on its way" in sent.reply and not sent.verified  # the same words as a sent code
    assert trickler.connections == 1


def test_a_reserve_as_long_as_the_deadline_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPILOT_HOME", str(tmp_path))
    monkeypatch.setenv("COPILOT_TURN_DEADLINE", "1")
    monkeypatch.setenv("COPILOT_FALLBACK_RESERVE", "1")
    get_settings.cache_clear()
    try:
        with pytest.raises(
            ConfigurationError, match=r"COPILOT_FALLBACK_RESERVE \(1s\) must be shorter than COPILOT_TURN_"
        ):
            get_settings()
    finally:
        get_settings.cache_clear()
