"""A real HTTP webhook receiver on 127.0.0.1: verifies signatures, de-duplicates by key, can fail."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from copilot.outbox import SIGNATURE_HEADER, verify_signature


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class WebhookReceiver:
    """What a helpdesk integration would do: check the signature, keep each packet once."""

    def __init__(self, secret: str, port: int | None = None) -> None:
        self.secret = secret
        self.port = port or free_port()
        self.requests: list[dict[str, Any]] = []
        self.packets: dict[str, dict[str, Any]] = {}  # by idempotency key: duplicates collapse
        self.fail_next = 0  # answer 500 this many times (after recording: the ack is lost)
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/handoff"

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                signed = verify_signature(receiver.secret, self.headers.get(SIGNATURE_HEADER, ""), body)
                key = self.headers.get("Idempotency-Key", "")
                event = self.headers.get("X-Copilot-Event", "")
                receiver.requests.append({"key": key, "event": event, "signed": signed, "body": body})
                if not signed:
                    self.send_response(401)
                elif receiver.fail_next > 0:
                    receiver.fail_next -= 1
                    receiver.packets.setdefault(key, json.loads(body))
                    self.send_response(500)
                else:
                    receiver.packets.setdefault(key, json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
