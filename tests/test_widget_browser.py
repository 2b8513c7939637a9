"""The chat widget in a real browser: Debian's chromium driven by Playwright, a real ``copilot serve``
over a private copy of the demo shop, and the shop's page served from another origin with nothing but
the one script tag. The shopper asks, reloads, hands over with a cart, and sees the agent's reply
live; a signed-in shopper is verified without typing anything; the widget's styles and the page's do
not touch; axe-core (vendored by axe-playwright-python) finds no serious violation inside it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from copilot.channels.consent import Consents
from copilot.identity.tokens import make_customer_token
from copilot.proactive.policy import DEFAULT_POLICY as PROACTIVE_POLICY
from copilot.settings import Settings
from copilot.store import Store
from tests.browser import (
    Served,
    add_agent,
    artifacts_dir,
    axe_serious,
    copilot_serve,
    launched_chromium,
    shop_site,
)

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import Browser, Page, expect

SECRET = "shop-signing-secret-of-32-bytes-at-least"
WAIT = 20_000  # ms: the longest any step may take on a busy machine
AGGRESSIVE = "* { color: red !important; font-size: 40px !important; font-family: serif !important; }"


@dataclass
class Shop:
    """The shop's own site (another origin than copilot's) and what copilot knows."""

    origin: str
    root: Path
    copilot: Served
    agent_key: str

    def page(self, name: str, *, head: str = "", attrs: str = "", widget: bool = True) -> str:
        """A plain page of the shop with the one script tag (and ``head`` for its own styles)."""
        tag = f'<script src="{self.copilot.url}/widget.js" data-shop="demo" {attrs} async></script>'
        (self.root / name).write_text(
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Demo shop</title>{head}</head><body><main><h1>Demo shop</h1>"
            '<p id="host-text">Trail gear for every season.</p>'
            '<div class="panel"><header><h2 class="msg">Our picks</h2></header>'
            f'<button class="launcher">Shop now</button></div></main>{tag if widget else ""}'
            "</body></html>"
        )
        return f"{self.origin}/{name}"

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = httpx.request(
            method,
            self.copilot.url + path,
            json=body,
            headers={"Authorization": f"Bearer {self.agent_key}"},
            timeout=30,
        )
        assert response.status_code < 300, response.text
        return response.json()


@pytest.fixture(scope="module")
def shop(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    folder = tmp_path_factory.mktemp("widget")
    home = folder / "home"
    shutil.copytree(demo_settings.home, home)
    agent_key = add_agent(home, "zoe", name="Zoe", skills=["general", "orders"], online=True)
    site = folder / "site"
    proactive = yaml.safe_load(PROACTIVE_POLICY.read_text())
    proactive["steps"] = {"payment": 1}  # help is offered after one idle second at payment
    (folder / "proactive.yaml").write_text(yaml.safe_dump(proactive))
    with (
        shop_site(site) as origin,
        copilot_serve(
            home,
            folder / "serve.log",
            COPILOT_SHOPPER_API="true",
            COPILOT_CORS_ORIGINS=origin,
            COPILOT_CUSTOMER_TOKEN_SECRET=SECRET,
            COPILOT_PROACTIVE_FILE=str(folder / "proactive.yaml"),
        ) as served,
    ):
        yield Shop(origin=origin, root=site, copilot=served, agent_key=agent_key)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(WAIT)
    expect.set_options(timeout=WAIT)
    opened = context.new_page()
    yield opened
    context.close()


def _ask(page: Page, text: str) -> dict[str, Any]:
    """Type a message and send it with Enter; the API's answer to it."""
    box = page.get_by_role("dialog", name="Chat with us").get_by_role("textbox", name="Your message")
    box.fill(text)
    with page.expect_response(lambda r: r.url.endswith("/v1/shopper/messages")) as answered:
        box.press("Enter")
    answer: dict[str, Any] = answered.value.json()
    return answer


def _stored(page: Page) -> dict[str, Any]:
    """What the widget keeps in the page's localStorage."""
    raw = page.evaluate("() => Object.entries(localStorage).find(([k]) => k.startsWith('copilot-widget:'))")
    assert raw is not None, "the widget stored nothing"
    value: dict[str, Any] = json.loads(raw[1])
    return value


def _axe(page: Page) -> None:
    """axe-core over the widget (its open shadow root included): no serious or critical violation."""
    serious, results = axe_serious(page, include="copilot-chat")
    assert serious == [], serious
    inside = [n for p in results["passes"] for n in p["nodes"] if isinstance(n["target"][0], list)]
    assert inside, "axe did not reach into the widget's shadow root"


def test_a_shopper_asks_reloads_hands_over_with_a_cart_and_sees_the_agent_reply_live(
    shop: Shop, page: Page
) -> None:
    page.goto(shop.page("shop.html"))
    page.get_by_role("button", name="Chat with us").click()
    dialog = page.get_by_role("dialog", name="Chat with us")
    log = dialog.get_by_role("log", name="Conversation")
    expect(log).to_contain_text("Ask us about")  # the greeting

    answer = _ask(page, "how long do refunds to a credit card take?")
    assert answer["action"] == "answer" and answer["handled_by"] == "bot", answer
    expect(log.locator(".msg.bot").last).to_contain_text(answer["reply"][:40])
    expect(log).to_contain_text("business days")  # the demo shop's refund policy

    page.reload()  # the conversation survives: the panel reopens with its history
    log = page.get_by_role("dialog", name="Chat with us").get_by_role("log", name="Conversation")
    expect(log.locator(".msg.customer")).to_have_text(["Youhow long do refunds to a credit card take?"])
    expect(log.locator(".msg.bot").last).to_contain_text("business days")
    page.screenshot(path=str(artifacts_dir() / "widget-desktop.png"))

    page.evaluate(
        """() => window.copilotWidget.setCart({
            items: [{name: 'Kestrel Swift Trail Runner', quantity: 1, price: 129},
                    {name: 'Featherlight Merino Hiking Socks', quantity: 2, price: 12.5}],
            value: 154, currency: 'usd', step: 'payment'})"""
    )
    dialog = page.get_by_role("dialog", name="Chat with us")
    with page.expect_response(lambda r: r.url.endswith("/v1/shopper/messages")) as answered:
        dialog.get_by_role("button", name="Talk to a person").click()
    assert answered.value.json()["action"] == "escalate"
    status = dialog.get_by_role("status")
    expect(status).to_contain_text("A person will answer here.")
    expect(status).to_contain_text("shortly")  # Zoe is online: when to expect one
    expect(dialog.get_by_role("button", name="Talk to a person")).to_be_hidden()

    conversation = _stored(page)["conversationId"]
    [handoff] = [
        h for h in shop.api("GET", "/v1/handoffs?status=queued") if h["conversation_id"] == conversation
    ]
    shop.api("POST", f"/v1/handoffs/{handoff['packet_id']}/claim")
    expect(log).to_contain_text("Zoe joined the conversation")
    reply = "Hi, Zoe here. Refunds to a card show up within a few days; anything else in your cart?"
    shop.api("POST", f"/v1/conversations/{conversation}/replies", {"text": reply})
    expect(log.locator(".msg.agent")).to_have_text([f"Support team{reply}"])  # live, no reload

    packet = shop.api("GET", f"/v1/handoffs/{handoff['packet_id']}")["packet"]
    assert packet["cart"] == {
        "items": [
            {"name": "Kestrel Swift Trail Runner", "quantity": 1, "price": 129.0},
            {"name": "Featherlight Merino Hiking Socks", "quantity": 2, "price": 12.5},
        ],
        "value": 154.0,
        "currency": "USD",
        "step": "payment",
    }
    assert packet["cart_total"] == 154.0

    _axe(page)
    page.set_viewport_size({"width": 390, "height": 844})
    box = page.get_by_role("dialog", name="Chat with us").bounding_box()
    assert box is not None and box["width"] == 390  # the panel fills a phone's width
    page.screenshot(path=str(artifacts_dir() / "widget-phone.png"))
    _axe(page)


def test_a_shopper_the_shop_knows_is_verified_without_typing_anything(shop: Shop, page: Page) -> None:
    store = Store.for_settings(Settings(home=shop.copilot.home))
    hannah = store.customer_by_email("hannah.lindqvist@example.com")
    assert hannah is not None
    token = make_customer_token(SECRET, customer_id=hannah.customer_id)
    page.goto(shop.page("account.html", attrs=f'data-customer-token="{token}"'))
    launcher = page.get_by_role("button", name="Chat with us")
    expect(launcher).to_be_attached()
    page.keyboard.press("Tab")  # the keyboard alone: the page's own "Shop now" button, then the chat
    expect(page.get_by_role("button", name="Shop now")).to_be_focused()
    page.keyboard.press("Tab")
    expect(launcher).to_be_focused()
    page.keyboard.press("Enter")
    box = page.get_by_role("dialog", name="Chat with us").get_by_role("textbox", name="Your message")
    expect(box).to_be_focused()
    answer = _ask(page, "where is my order TS-106764?")
    assert answer["verified"] is True and answer["action"] == "answer", answer
    expect(page.get_by_role("log", name="Conversation").locator(".msg.bot").last).to_contain_text("TS-106764")
    # the shop knows her, so she can stop every message it sends her (alerts on WhatsApp, SMS, ...)
    page.get_by_role("button", name="Stop messages from us").click()
    expect(page.get_by_role("button", name="You won't get messages from us any more")).to_be_visible()
    choices = Consents(store.engine).of_customer(hannah.customer_id)
    assert [(c.channel, c.status, c.source) for c in choices] == [("*", "opted_out", "widget")]
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog", name="Chat with us")).to_be_hidden()
    expect(launcher).to_be_focused()


_PROBES = """() => [...document.querySelectorAll('main, #host-text, .panel, header, .msg, .launcher')]
    .map(e => { const s = getComputedStyle(e);
                return [s.color, s.fontSize, s.backgroundColor, s.display, s.position, s.borderRadius]; })"""


def test_the_widgets_styles_and_the_pages_do_not_touch(shop: Shop, page: Page) -> None:
    head = f"<style>{AGGRESSIVE} button {{ background: lime !important; padding: 30px !important; }}</style>"
    page.goto(shop.page("control.html", head=head, widget=False))  # the page untouched
    untouched = page.evaluate(_PROBES)
    page.goto(shop.page("plain.html", head=head))
    page.get_by_role("button", name="Chat with us").click()
    dialog = page.get_by_role("dialog", name="Chat with us")
    _ask(page, "how long do refunds to a credit card take?")
    bot = dialog.get_by_role("log", name="Conversation").locator(".msg.bot").last
    expect(bot).to_contain_text("business days")
    style = "(e, names) => names.map(n => getComputedStyle(e).getPropertyValue(n))"
    looks = bot.evaluate(style, ["color", "font-size", "font-family"])
    assert looks[:2] == ["rgb(31, 35, 40)", "15px"] and looks[2] != "serif", looks  # its own, not red 40px
    send = dialog.get_by_role("button", name="Send").evaluate(style, ["background-color", "padding-top"])
    assert send == ["rgb(29, 78, 216)", "9px"], send  # the page's button rule stops at the shadow root
    assert page.evaluate(_PROBES) == untouched  # nothing of the widget's styles reached the page
    assert page.evaluate("() => document.head.querySelectorAll('style, link').length") == 1


def test_a_shopper_idle_at_checkout_is_offered_a_person_accepts_and_the_chat_opens_with_them(
    shop: Shop, page: Page
) -> None:
    page.goto(shop.page("checkout.html"))
    page.wait_for_function("() => window.copilotWidget && window.copilotWidget.setCheckout")
    with page.expect_response(lambda r: r.url.endswith("/v1/shopper/checkout")) as first:
        page.evaluate(
            """() => window.copilotWidget.setCheckout({step: 'payment', value: 420, currency: 'USD',
                items: [{name: 'Basecamp Four-Season Tent', quantity: 1, price: 420}]})"""
        )
    assert first.value.json() == {"offer": None, "report_again_at_idle": 1.0}  # not idle long enough yet
    offer = page.get_by_role("region", name="Help with your checkout")
    expect(offer).to_be_visible()  # the widget waited one idle second and reported again
    expect(offer).to_contain_text("Someone from our team can help you")
    expect(page.get_by_role("dialog", name="Chat with us")).to_be_hidden()  # nothing opens by itself
    _axe(page)  # the offer too

    with page.expect_response(lambda r: r.url.endswith("/accept")) as accepted:
        offer.get_by_role("button", name="Chat with a person").click()
    body = accepted.value.json()
    assert body["kind"] == "person" and body["handled_by"] == "agent", body
    dialog = page.get_by_role("dialog", name="Chat with us")
    expect(dialog).to_be_visible()
    expect(offer).to_be_hidden()
    expect(dialog.get_by_role("log", name="Conversation")).to_contain_text(
        "A person from our team will join you"
    )
    expect(dialog.get_by_role("status")).to_contain_text("A person from our team will answer here")
    expect(dialog.get_by_role("button", name="Talk to a person")).to_be_hidden()
    assert _stored(page)["conversationId"] == body["conversation_id"]

    [handoff] = [
        h
        for h in shop.api("GET", "/v1/handoffs?status=queued")
        if h["conversation_id"] == body["conversation_id"]
    ]
    packet = shop.api("GET", f"/v1/handoffs/{handoff['packet_id']}")["packet"]
    assert packet["cart"]["value"] == 420.0 and packet["cart"]["step"] == "payment"
    assert packet["reasons"][0]["rule"] == "proactive_offer"
    _axe(page)
