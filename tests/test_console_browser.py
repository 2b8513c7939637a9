"""The agent console in a real browser (Playwright driving Debian's chromium) against a real
``copilot serve`` over a private copy of the demo shop: an agent signs in, a customer's escalation
appears in the queue without a reload, the agent claims it, reads the packet, edits a suggestion and
sends it (the API records ``edited``), hands back to the bot; the report shows the figures. axe-core
(vendored by the ``axe-playwright-python`` package) finds no serious or critical violation."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from copilot.access.keys import Keys
from copilot.settings import Settings
from copilot.store import Store
from tests.browser import Served, add_agent, artifacts_dir, axe_serious, copilot_serve, launched_chromium

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 15_000


@dataclass
class Console:
    served: Served
    agent_key: str
    bot_key: str

    def bot(self, body: dict[str, Any]) -> dict[str, Any]:
        response = httpx.post(
            f"{self.served.url}/v1/messages",
            json=body,
            headers={"Authorization": f"Bearer {self.bot_key}", "X-Copilot-Shopper": "browser-test"},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def read(self, path: str) -> Any:
        response = httpx.get(
            f"{self.served.url}{path}", headers={"Authorization": f"Bearer {self.agent_key}"}, timeout=30
        )
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module")
def console(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    folder = tmp_path_factory.mktemp("console")
    home = folder / "home"
    shutil.copytree(demo_settings.home, home)
    agent_key = add_agent(home, "ana", name="Ana", skills=["general", "orders", "returns"], online=False)
    store = Store.for_settings(Settings(home=home))
    bot_key = Keys(store).create("bot")[1]
    store.engine.dispose()
    with copilot_serve(home, folder / "serve.log") as served:
        yield Console(served, agent_key, bot_key)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_chromium() as launched:
        yield launched


def _sign_in(browser: Browser, console: Console) -> Page:
    page = browser.new_page(viewport=DESKTOP)  # type: ignore[arg-type]
    page.goto(f"{console.served.url}/console/")
    page.get_by_label("Agent key").fill(console.agent_key)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Queue", level=1)).to_be_visible(timeout=WAIT_MS)
    expect(page.locator("#agent-name")).to_have_text("Ana")
    return page


def _axe(page: Page, where: str) -> None:
    """No serious or critical violation on the page as it is now."""
    serious, _ = axe_serious(page)
    assert not serious, f"{where}: {serious}"


def _shoot(page: Page, name: str) -> None:
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)  # type: ignore[arg-type]
        page.screenshot(path=str(artifacts_dir() / f"console-{name}-{size}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def test_an_agent_takes_an_escalation_live_edits_a_suggestion_and_hands_back(
    browser: Browser, console: Console
) -> None:
    page = _sign_in(browser, console)
    _axe(page, "the queue")
    presence = page.locator("#presence")
    expect(presence).to_have_attribute("aria-pressed", "false")
    presence.click()
    expect(presence).to_have_attribute("aria-pressed", "true")
    assert console.read("/v1/agents/me")["online"] is True
    expect(page.locator("#live-state")).to_contain_text("Live", timeout=WAIT_MS)
    page.evaluate("window.notReloaded = true")

    asked = console.bot({"text": "I want to talk to a person about my order"})
    assert asked["action"] == "escalate"
    packet_id, conversation = asked["handoff"]["packet_id"], asked["conversation_id"]
    item = page.locator(f"#queue li[data-packet='{packet_id}']")
    expect(item).to_be_visible(timeout=WAIT_MS)  # pushed by the event stream
    assert page.evaluate("window.notReloaded") is True
    expect(item).to_contain_text("customer requested human")
    expect(item).to_contain_text("target")
    _shoot(page, "queue")

    item.get_by_role("button", name="Claim").click()
    expect(page.get_by_role("heading", name="Handoff packet")).to_be_visible(timeout=WAIT_MS)
    packet = page.locator("#packet-body")
    expect(packet).to_contain_text(asked["handoff"]["summary"])
    expect(packet).to_contain_text("customer requested human")
    expect(page.locator("#conversation-state")).to_have_text("yours")
    expect(page.locator("#thread")).to_contain_text("talk to a person about my order")

    # the customer writes again while Ana owns the conversation: suggestions arrive live
    follow = console.bot(
        {
            "text": "my parcel has not arrived yet, can you check?",
            "conversation_id": conversation,
            "session_token": asked["session_token"],
        }
    )
    assert follow["handled_by"] == "agent" and follow["suggestions"]
    first = page.locator("#suggestions li").first
    expect(first).to_contain_text(follow["suggestions"][0][:40], timeout=WAIT_MS)
    expect(page.locator("#thread")).to_contain_text("my parcel has not arrived yet")
    _axe(page, "the conversation")
    _shoot(page, "conversation")

    first.get_by_role("button", name="Edit").click()
    reply = page.get_by_label("Your reply to the customer")
    expect(reply).to_be_focused()
    reply.press("End")
    reply.press_sequentially(" Ana here, thank you for waiting.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#decision")).to_contain_text("recorded as edited", timeout=WAIT_MS)
    expect(page.locator("#thread .msg.agent")).to_contain_text("thank you for waiting", timeout=WAIT_MS)

    detail = console.read(f"/v1/conversations/{conversation}")
    suggested = [d for d in detail["drafts"] if d["outcome"] == "suggested"]
    assert len(suggested) == 1 and suggested[0]["result"]["suggestions"] == follow["suggestions"]
    decision = suggested[0]["decision"]
    assert decision["choice"] == "edited" and decision["agent_id"] == "ana" and decision["edit_distance"] > 0

    # knowledge search: a passage goes into the reply box
    page.get_by_label("Search the shop's knowledge").fill("refund policy")
    page.get_by_role("button", name="Search", exact=True).click()
    result = page.locator("#search-results li").first
    expect(result).to_be_visible(timeout=WAIT_MS)
    passage = result.locator(".passage").inner_text()
    result.get_by_role("button", name="Insert").click()
    assert passage.strip()[:30] in reply.input_value()
    reply.fill("")

    page.get_by_role("button", name="Hand back to the bot").click()
    expect(page.locator("#conversation-state")).to_have_text("handed back", timeout=WAIT_MS)
    assert console.read(f"/v1/handoffs/{packet_id}")["status"] == "handed_back"
    assert console.read(f"/v1/conversations/{conversation}")["owner"] == "bot"

    page.get_by_role("link", name="Queue").click()
    expect(page.locator(f"#queue li[data-packet='{packet_id}']")).to_have_count(0, timeout=WAIT_MS)

    page.get_by_role("link", name="Report").click()
    report = page.locator("#report-body")
    expect(report).to_contain_text("Escalations by rule", timeout=WAIT_MS)
    figures = console.read("/v1/reports/handoffs")
    assert {d["choice"]: d["count"] for d in figures["decisions"]}["edited"] == 1
    decisions = page.locator("svg[aria-label^='What agents did with suggestions']")
    expect(decisions).to_have_attribute("aria-label", re.compile(r"edited 100% \(1\)"))
    expect(decisions.locator("rect")).to_have_count(4)
    expect(report).to_contain_text("Time to first agent reply: median")
    checkout = console.read("/v1/reports/proactive")  # help at checkout: offers and carts saved
    expect(report.get_by_role("region", name="Help at checkout")).to_contain_text(
        f"{checkout['offers']} offer{'' if checkout['offers'] == 1 else 's'}, {checkout['accepted']} accepted"
    )
    _axe(page, "the report")
    _shoot(page, "report")
    page.close()


def test_sign_in_refuses_a_wrong_key_and_keeps_the_key_in_the_tab_only(
    browser: Browser, console: Console
) -> None:
    page = browser.new_page(viewport=PHONE)  # type: ignore[arg-type]
    page.goto(f"{console.served.url}/console/")
    _axe(page, "the sign-in page")
    page.get_by_label("Agent key").fill(console.bot_key)
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_have_text("This is not an agent key.", timeout=WAIT_MS)
    assert page.evaluate("sessionStorage.length") == 0
    page.get_by_label("Agent key").fill(console.agent_key)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Queue", level=1)).to_be_visible(timeout=WAIT_MS)
    assert page.evaluate("Object.values(sessionStorage)") == [console.agent_key]
    assert page.evaluate("localStorage.length") == 0
    page.screenshot(path=str(artifacts_dir() / "console-signed-in-phone.png"), full_page=True)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_label("Agent key")).to_be_visible()
    assert page.evaluate("sessionStorage.length") == 0
    page.close()
