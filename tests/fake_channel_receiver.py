"""A real HTTP server on 127.0.0.1 standing in for a shop's integration of the generic webhook channel;
and signed inbound webhooks as such an integration would POST them.

The receiver does what an integration must: it checks ``X-Copilot-Signature`` over the exact body, the
``X-Copilot-Event`` header and the message's shape (``to``, ``text``, ``kind``, ``id``), then answers as
scripted (``accept``, ``fail``). A badly signed, malformed or unscripted call gets HTTP 500 and is
recorded; leaving the ``with`` block then fails the test.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from copilot.channels.base import KINDS, WebhookRequest
from copilot.outbox import SIGNATURE_HEADER, sign, verify_signature

SECRET = "channel-webhook-secret-for-tests"


@dataclass
class Received:
    headers: dict[str, str]  # lower-case names
    body: bytes
    message: dict[str, Any] | None
    problems: list[str] = field(default_factory=list)


class FakeChannelReceiver:
    def __init__(self, secret: str = SECRET) -> None:
        self.secret = secret
        self.script: deque[tuple[int, bytes]] = deque()
        self.requests: list[Received] = []
        self.refused: list[Received] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/copilot/messages"

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The well-formed messages received, in order."""
        return [r.message for r in self.requests if r.message is not None and not r.problems]

    def settings_fields(self) -> dict[str, Any]:
        return {"channel_webhook_secret": self.secret, "channel_webhook_url": self.url}

    def __enter__(self) -> FakeChannelReceiver:
        self._thread.start()
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if exc_type is None and self.refused:
            first = self.refused[0]
            raise AssertionError(f"{len(self.refused)} bad or unscripted call(s); the first: {first}")

    def accept(self, status: int = 200, times: int = 1) -> None:
        for _ in range(times):
            self.script.append((status, b'{"ok": true}'))

    def fail(self, status: int, body: bytes = b'{"error": "scripted failure"}') -> None:
        self.script.append((status, body))

    def _check(self, headers: dict[str, str], body: bytes) -> tuple[dict[str, Any] | None, list[str]]:
        problems = []
        if not verify_signature(self.secret, headers.get(SIGNATURE_HEADER.lower(), ""), body):
            problems.append("bad signature")
        if headers.get("x-copilot-event") != "channel.message":
            problems.append(f"X-Copilot-Event {headers.get('x-copilot-event')!r}")
        if headers.get("content-type") != "application/json":
            problems.append(f"content-type {headers.get('content-type')!r}")
        try:
            message = json.loads(body)
        except ValueError:
            return None, [*problems, "body is not JSON"]
        if not isinstance(message, dict) or set(message) != {"to", "text", "kind", "id"}:
            return None, [*problems, f"shape {message!r}"]
        if not all(isinstance(message[k], str) and message[k] for k in ("to", "text", "kind", "id")):
            problems.append("empty or non-string field")
        if message["kind"] not in KINDS:
            problems.append(f"kind {message['kind']!r}")
        if not re.fullmatch(r"[0-9a-f]{32}", str(message["id"])):
            problems.append(f"id {message['id']!r} is not uuid4 hex")
        if headers.get("idempotency-key") != message["id"]:
            problems.append("Idempotency-Key is not the message id")
        return message, problems

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {name.lower(): value for name, value in self.headers.items()}
                message, problems = fake._check(headers, body)
                received = Received(headers, body, message, problems)
                fake.requests.append(received)
                if not problems and not fake.script:
                    problems.append("unscripted")
                if problems:
                    fake.refused.append(received)
                    self._send(500, b'{"error": "refused by the fake receiver"}')
                    return
                self._send(*fake.script.popleft())

            def _send(self, status: int, payload: bytes) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler


def signed_event(
    payload: object,
    secret: str = SECRET,
    *,
    timestamp: int | None = None,
    url: str = "http://testserver/v1/channels/webhook",
) -> WebhookRequest:
    """An inbound channel webhook signed as the integration would sign it (now, unless ``timestamp``)."""
    body = json.dumps(payload).encode()
    signature = sign(secret, int(time.time()) if timestamp is None else timestamp, body)
    headers = {"content-type": "application/json", SIGNATURE_HEADER.lower(): signature}
    return WebhookRequest(method="POST", url=url, headers=headers, query={}, body=body)
