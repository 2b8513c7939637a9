"""The whole story of issue 13 in one browser: a shopper on the shop's own page (another origin, with
nothing but the one script tag) asks, the bot answers from the demo shop; the shopper asks for a
person; Mia, signed into the console and watching the queue, sees the item arrive without a reload,
claims it, reads the packet, edits a suggestion and sends it; the shopper sees the reply live; Mia
hands back and the bot answers the next question alone. The API records ``edited``. Two browser
contexts (the shopper's and the agent's) of Debian's chromium, one real ``copilot serve``."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from copilot.settings import Settings
from tests.browser import (
    DESKTOP,
    PHONE,
    Served,
    add_agent,
    artifacts_dir,
    copilot_serve,
    launched_chromium,
    one_tag_page,
    shop_site,
)

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import Browser, Page, expect

WAIT_MS = 20_000  # the longest any step may take on a busy machine
SHOPPER_MESSAGES = "/v1/shopper/messages"


@dataclass
class Story:
    copilot: Served
    page_url: str  # the shop's page with the one tag
    agent_key: str

    def read(self, path: str) -> Any:
        """What the API says, read with Mia's agent key."""
        response = httpx.get(
            self.copilot.url + path, headers={"Authorization": f"Bearer {self.agent_key}"}, timeout=30
        )
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module")
def story(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    folder = tmp_path_factory.mktemp("story")
    home = folder / "home"
    shutil.copytree(demo_settings.home, home)
    agent_key = add_agent(home, "mia", name="Mia", skills=["general", "orders", "returns"], online=True)
    site = folder / "site"
    with (
        shop_site(site) as origin,
        copilot_serve(
            home, folder / "serve.log", COPILOT_SHOPPER_API="true", COPILOT_CORS_ORIGINS=origin
        ) as served,
    ):
        page_url = one_tag_page(site, origin, "checkout.html", served.url)
        yield Story(copilot=served, page_url=page_url, agent_key=agent_key)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_chromium() as launched:
        yield launched


def _ask(shopper: Page, text: str) -> dict[str, Any]:
    """The shopper types ``text`` into the widget and presses Enter; the API's answer to it."""
    box = shopper.get_by_role("dialog", name="Chat with us").get_by_role("textbox", name="Your message")
    box.fill(text)
    with shopper.expect_response(lambda r: r.url.endswith(SHOPPER_MESSAGES)) as answered:
        box.press("Enter")
    answer: dict[str, Any] = answered.value.json()
    return answer


def _widget_conversation(shopper: Page) -> str:
    """The conversation id the widget keeps in the shop page's localStorage."""
    raw = shopper.evaluate(
        "() => Object.entries(localStorage).find(([k]) => k.startsWith('copilot-widget:'))"
    )
    assert raw is not None, "the widget stored nothing"
    conversation: str = json.loads(raw[1])["conversationId"]
    return conversation


def _shoot(page: Page, name: str) -> None:
    """``story-NAME-desktop.png`` and ``story-NAME-phone.png``; the page is left at desktop size."""
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        page.screenshot(path=str(artifacts_dir() / f"story-{name}-{size}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def _sign_in(console: Page, story: Story) -> None:
    console.goto(f"{story.copilot.url}/console/")
    console.get_by_label("Agent key").fill(story.agent_key)
    console.get_by_role("button", name="Sign in").click()
    expect(console.get_by_role("heading", name="Queue", level=1)).to_be_visible()
    expect(console.locator("#agent-name")).to_have_text("Mia")
    expect(console.locator("#live-state")).to_contain_text("Live")


def test_a_shopper_asks_a_person_answers_from_the_console_and_the_bot_takes_back_over(
    story: Story, browser: Browser
) -> None:
    expect.set_options(timeout=WAIT_MS)
    agent_side = browser.new_context(viewport=DESKTOP)
    shopper_side = browser.new_context(viewport=DESKTOP)
    for context in (agent_side, shopper_side):
        context.set_default_timeout(WAIT_MS)
    try:
        _walk(story, agent_side.new_page(), shopper_side.new_page())
    finally:
        agent_side.close()
        shopper_side.close()


def _walk(story: Story, console: Page, shopper: Page) -> None:
    # the agent is signed in and watches the queue before anyone asks
    _sign_in(console, story)
    expect(console.locator("#queue li")).to_have_count(0)
    console.evaluate("window.notReloaded = true")

    # 1. the shopper opens the chat on the shop's page; the bot answers from the demo shop
    shopper.goto(story.page_url)
    assert shopper.locator("script").count() == 1  # the page has the one tag and nothing else
    shopper.get_by_role("button", name="Chat with us").click()
    dialog = shopper.get_by_role("dialog", name="Chat with us")
    chat = dialog.get_by_role("log", name="Conversation")
    first = _ask(shopper, "how long do refunds to a credit card take?")
    assert first["action"] == "answer" and first["handled_by"] == "bot", first
    expect(chat.locator(".msg.bot").last).to_contain_text("business days")  # the demo shop's refund policy
    shopper.evaluate("window.notReloaded = true")

    # 2. the shopper asks for a person; the widget says one will answer, and when
    with shopper.expect_response(lambda r: r.url.endswith(SHOPPER_MESSAGES)) as answered:
        dialog.get_by_role("button", name="Talk to a person").click()
    assert answered.value.json()["action"] == "escalate"
    status = dialog.get_by_role("status")
    expect(status).to_contain_text("A person will answer here.")
    expect(status).to_contain_text("shortly")  # Mia is online
    expect(dialog.get_by_role("button", name="Talk to a person")).to_be_hidden()

    # 3. the item appears in Mia's queue without a reload; she claims it and reads the packet
    conversation = _widget_conversation(shopper)
    [handoff] = [h for h in story.read("/v1/handoffs?status=queued") if h["conversation_id"] == conversation]
    item = console.locator(f"#queue li[data-packet='{handoff['packet_id']}']")
    expect(item).to_be_visible()  # pushed by the event stream
    assert console.evaluate("window.notReloaded") is True
    expect(item).to_contain_text("customer requested human")
    item.get_by_role("button", name="Claim").click()
    expect(console.get_by_role("heading", name="Handoff packet")).to_be_visible()
    packet = console.locator("#packet-body")
    expect(packet).to_contain_text(handoff["packet"]["summary"])
    expect(packet).to_contain_text("customer requested human")
    expect(console.locator("#conversation-state")).to_have_text("yours")
    expect(console.locator("#thread")).to_contain_text("how long do refunds to a credit card take?")
    expect(chat).to_contain_text("Mia joined the conversation")  # the shopper sees someone came

    # while Mia owns the chat the shopper writes again: no bot reply, suggestions for Mia, live
    waiting = _ask(shopper, "how many days do I have to send something back?")
    assert waiting["handled_by"] == "agent" and waiting["reply"] is None, waiting
    expect(console.locator("#thread")).to_contain_text("how many days do I have to send something back?")
    suggestion = console.locator("#suggestions li").first
    expect(suggestion).to_contain_text("60 days")  # drafted from the demo shop's returns policy
    _shoot(console, "console")

    suggestion.get_by_role("button", name="Edit").click()
    reply = console.get_by_label("Your reply to the customer")
    expect(reply).to_be_focused()
    reply.press("End")
    reply.press_sequentially(" Mia here, happy to help with the return.")
    console.get_by_role("button", name="Send").click()
    expect(console.locator("#decision")).to_contain_text("recorded as edited")

    # 4. the shopper sees Mia's reply without a reload
    expect(chat.locator(".msg.agent").last).to_contain_text("Mia here, happy to help with the return.")
    assert shopper.evaluate("window.notReloaded") is True

    # 5. Mia hands back to the bot; the bot answers the next question alone
    console.get_by_role("button", name="Hand back to the bot").click()
    expect(console.locator("#conversation-state")).to_have_text("handed back")
    expect(chat).to_contain_text("Mia handed the conversation back to the bot")  # her name, not her id
    expect(dialog.get_by_role("button", name="Talk to a person")).to_be_visible()
    expect(dialog.locator(".status")).to_have_text("")  # no more "a person will answer"
    last = _ask(shopper, "do you ship to canada?")
    assert last["action"] == "answer" and last["handled_by"] == "bot", last
    expect(chat.locator(".msg.bot").last).to_contain_text("Canada only")  # the demo shop's shipping page
    expect(console.locator("#thread")).to_contain_text("do you ship to canada?")  # Mia sees it too
    detail = story.read(f"/v1/conversations/{conversation}")
    assert detail["owner"] == "bot"
    assert [h for h in story.read("/v1/handoffs?status=queued") if h["conversation_id"] == conversation] == []
    assert detail["drafts"][-1]["outcome"] == "sent"  # the bot's own answer, no person needed

    # 6. the outcome: Mia edited the suggestion
    suggested = [d for d in detail["drafts"] if d["outcome"] == "suggested"]
    assert len(suggested) == 1
    decision = suggested[0]["decision"]
    assert decision["choice"] == "edited" and decision["agent_id"] == "mia" and decision["edit_distance"] > 0

    # 7. screenshots of both sides at desktop and phone width
    _shoot(console, "console-handed-back")
    _shoot(shopper, "widget")
    for name in ("console", "console-handed-back", "widget"):
        for size in ("desktop", "phone"):
            assert (artifacts_dir() / f"story-{name}-{size}.png").stat().st_size > 0
