"""What the browser tests share: Debian's chromium driven by Playwright (never ``playwright install``),
a real ``copilot serve`` on 127.0.0.1 over a private copy of the demo shop, and a folder for
screenshots (``COPILOT_TEST_ARTIFACTS``, default ``test-artifacts/``; ``.ci/run`` keeps them in
``.ci/out/``)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.local_process import serving
from tests.webhook_receiver import free_port

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, ViewportSize

COPILOT = str(Path(sys.executable).with_name("copilot"))


def chromium_path() -> str:
    """Debian's chromium, or a skip that says how to get it."""
    pytest.importorskip("playwright.sync_api")
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return found


def artifacts_dir() -> Path:
    folder = Path(os.environ.get("COPILOT_TEST_ARTIFACTS", "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Served:
    url: str
    home: Path
    env: dict[str, str]
    log: Path


@contextmanager
def copilot_serve(home: Path, log: Path, **env: str) -> Iterator[Served]:
    """``copilot serve`` on a free port with ``COPILOT_HOME=home`` and ``env`` (``COPILOT_*`` names);
    stopped when the block ends. Its output goes to ``log``."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    full_env = {**os.environ, "COPILOT_HOME": str(home), **env}
    command = [COPILOT, "serve", "--port", str(port)]
    with serving(command, ready_url=f"{url}/readyz", log=log, what="copilot serve", env=full_env):
        yield Served(url=url, home=home, env=full_env, log=log)


# -- shared by the story test (and free for the others): viewports, chromium, an agent, a shop site --

DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 390, "height": 844}


@contextmanager
def launched_chromium() -> Iterator[Browser]:
    """Debian's chromium, headless, driven by Playwright (skips as ``chromium_path`` does)."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def add_agent(home: Path, agent_id: str, *, name: str, skills: list[str], online: bool) -> str:
    """An agent of the shop at ``home`` and a new agent key for them (returned, shown once)."""
    from copilot.access.keys import Keys
    from copilot.escalation.config import load_policy
    from copilot.escalation.routing import Routing
    from copilot.outbox import Outbox
    from copilot.settings import Settings
    from copilot.store import Store

    settings = Settings(home=home)
    store = Store.for_settings(settings)
    routing = Routing(store, load_policy(settings.escalation_file), Outbox(store, settings))
    routing.set_agent(agent_id, name=name, skills=skills, capacity=5, online=online)
    key = Keys(store).create("agent", agent_id=agent_id)[1]
    store.engine.dispose()
    return key


class _QuietPages(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def shop_site(root: Path) -> Iterator[str]:
    """The shop's own pages: ``root`` served on another local origin (returned) than copilot's."""
    root.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_QuietPages, directory=str(root))
    pages = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{pages.server_address[1]}"
    finally:
        pages.shutdown()
        pages.server_close()


def one_tag_page(root: Path, origin: str, name: str, copilot_url: str, *, shop: str = "demo") -> str:
    """A plain page ``name`` of the shop site ``root`` (served at ``origin``) whose only script is the
    widget's one tag; its URL."""
    tag = f'<script src="{copilot_url}/widget.js" data-shop="{shop}" async></script>'
    (root / name).write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Demo shop</title></head><body><main><h1>Demo shop</h1>"
        f"<p>Trail gear for every season.</p></main>{tag}</body></html>"
    )
    return f"{origin}/{name}"


def axe_serious(page: Page, include: str | None = None) -> tuple[list[str], dict[str, Any]]:
    """axe-core (vendored in ``axe-playwright-python``) over the page, or the element named by the CSS
    selector ``include`` (open shadow roots included): its serious and critical violations, described,
    and the whole result."""
    page.add_script_tag(path=str(resources.files("axe_playwright_python") / "axe.min.js"))
    context = f"{{include: [[{json.dumps(include)}]]}}" if include else "document"
    result: dict[str, Any] = page.evaluate(
        f"() => axe.run({context}, {{resultTypes: ['violations', 'passes']}})"
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    return serious, result
