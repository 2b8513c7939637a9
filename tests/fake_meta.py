"""A real HTTP server on 127.0.0.1 standing in for Meta's Graph API (WhatsApp and Messenger sends),
and webhook bodies built and signed exactly as Meta sends them.

Tests script what Graph answers next (``ok``, ``error``, ``fail``, ``hang``) and then assert on the
calls it received. The server itself checks every call the way Graph would reject it: the path with
our phone number id (or ``me`` for a Page), the Bearer token, and the JSON shape (required keys and
types, ``to`` without a plus, the template form, Messenger's messaging_type and tag). A malformed or
unscripted call gets HTTP 500 and is recorded; leaving the ``with`` block then fails the test, as does
a scripted answer nobody asked for. There are no default answers.

The signatures here are computed with ``hmac`` directly, not with the code under test, so a wrong
signature scheme in the adapter cannot agree with itself.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from copilot.channels.base import WebhookRequest
from copilot.settings import Settings

API_VERSION = "v21.0"
PHONE_NUMBER_ID = "106540352242922"  # our business number's id
DISPLAY_NUMBER = "15550783881"
WABA_ID = "102290129340398"
WHATSAPP_TOKEN = "wa-access-token"
PAGE_ID = "112233445566778"
PAGE_TOKEN = "page-access-token"
APP_ID = "1234567890"
APP_SECRET = "meta-app-secret"
VERIFY_TOKEN = "verify-me-please"
SHOPPER_NUMBER = "16505551234"  # a wa_id: E.164 digits without the plus
SHOPPER_PSID = "6783295842104712"  # a page-scoped id
MESSENGER_TAGS = {"HUMAN_AGENT", "ACCOUNT_UPDATE", "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE"}


@dataclass
class GraphCall:
    """One request the fake received, and what it answered."""

    method: str
    path: str
    authorization: str
    body: Any  # the parsed JSON, or None when it was not JSON
    channel: str | None = None  # "whatsapp" (/<phone number id>/messages) or "messenger" (/me/messages)
    problems: list[str] = field(default_factory=list)
    status: int = 0
    message_id: str | None = None  # the id an ok answer carried


class FakeGraph:
    """Graph's send endpoints for one WhatsApp number and one Page."""

    def __init__(
        self,
        phone_number_id: str = PHONE_NUMBER_ID,
        whatsapp_token: str = WHATSAPP_TOKEN,
        page_token: str = PAGE_TOKEN,
    ) -> None:
        self.phone_number_id = phone_number_id
        self.whatsapp_token = whatsapp_token
        self.page_token = page_token
        self.script: deque[dict[str, Any]] = deque()
        self.calls: list[GraphCall] = []
        self.rejected: list[GraphCall] = []  # unscripted or malformed: the test fails on exit
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # a short poll interval: leaving the ``with`` block waits for one poll
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """What ``whatsapp_api_url`` / ``messenger_api_url`` point at (with the version, as Graph's)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/{API_VERSION}"

    def __enter__(self) -> FakeGraph:
        self._thread.start()
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if exc_type is not None:
            return
        if self.rejected:
            first = self.rejected[0]
            raise AssertionError(
                f"{len(self.rejected)} malformed or unscripted Graph call(s); the first: "
                f"{first.method} {first.path}: {'; '.join(first.problems)}"
            )
        if self.script:
            raise AssertionError(f"{len(self.script)} scripted Graph answer(s) never asked for")

    # -- script --------------------------------------------------------------------------------
    def ok(self, message_id: str | None = None) -> None:
        """Accept the next send with ``message_id`` (a fresh one in the channel's format if None)."""
        self.script.append({"ok": message_id})

    def error(
        self,
        code: int,
        status: int = 400,
        message: str = "scripted Graph error",
        subcode: int | None = None,
        kind: str = "OAuthException",
    ) -> None:
        """Refuse the next send with Graph's error body."""
        error: dict[str, Any] = {"message": message, "type": kind, "code": code}
        if subcode is not None:
            error["error_subcode"] = subcode
        error["fbtrace_id"] = "A" + uuid.uuid4().hex[:20]
        self.script.append({"status": status, "body": json.dumps({"error": error}).encode()})

    def fail(self, status: int = 500) -> None:
        """A failure without Graph's error body (a proxy's HTML page)."""
        self.script.append({"status": status, "body": b"<html><body>Service Unavailable</body></html>"})

    def answer(self, status: int, body: bytes) -> None:
        """Answer the next call with exactly this (e.g. a 200 that lacks the message id)."""
        self.script.append({"status": status, "body": body})

    def hang(self, seconds: float) -> None:
        """Answer nothing for ``seconds``, then close."""
        self.script.append({"hang": seconds})

    def sent(self, channel: str) -> list[dict[str, Any]]:
        """The JSON bodies of the well-formed sends on one channel, in order."""
        return [c.body for c in self.calls if c.channel == channel and not c.problems]

    # -- server --------------------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                self._serve()

            def do_GET(self) -> None:
                self._serve()

            def do_DELETE(self) -> None:
                self._serve()

            def _serve(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                authorization = self.headers.get("authorization", "")
                content_type = self.headers.get("content-type", "")
                call = fake._check(self.command, self.path, authorization, content_type, raw)
                fake.calls.append(call)
                if call.problems:
                    fake.rejected.append(call)
                    self._send(call, 500, b'{"error": {"message": "malformed call to the fake Graph API"}}')
                    return
                if not fake.script:
                    call.problems.append("unscripted call")
                    fake.rejected.append(call)
                    self._send(call, 500, b'{"error": {"message": "unscripted call to the fake Graph API"}}')
                    return
                step = fake.script.popleft()
                if "hang" in step:
                    time.sleep(float(step["hang"]))
                    return
                if "status" in step:
                    self._send(call, int(step["status"]), step["body"])
                    return
                call.message_id = step["ok"] or _fresh_id(str(call.channel))
                self._send(call, 200, json.dumps(_accepted(call, call.message_id)).encode())

            def _send(self, call: GraphCall, status: int, payload: bytes) -> None:
                call.status = status
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler

    def _check(
        self, method: str, target: str, authorization: str, content_type: str, raw: bytes
    ) -> GraphCall:
        """The call as Graph would judge it: which endpoint, whose token, what shape."""
        parts = urlsplit(target)
        call = GraphCall(method=method, path=parts.path, authorization=authorization, body=None)
        if parts.query:
            call.problems.append(f"unexpected query string {parts.query!r} (tokens go in the header)")
        if parts.path == f"/{API_VERSION}/{self.phone_number_id}/messages":
            call.channel, token = "whatsapp", self.whatsapp_token
        elif parts.path == f"/{API_VERSION}/me/messages":
            call.channel, token = "messenger", self.page_token
        else:
            call.problems.append(f"no such endpoint {parts.path!r}")
            return call
        if method != "POST":
            call.problems.append(f"{method} instead of POST")
        if authorization != f"Bearer {token}":
            call.problems.append(
                f"Authorization {authorization!r} is not 'Bearer <the {call.channel} token>'"
            )
        if not content_type.startswith("application/json"):
            call.problems.append(f"content-type {content_type!r} is not JSON")
        try:
            call.body = json.loads(raw)
        except ValueError:
            call.problems.append("the body is not JSON")
            return call
        if not isinstance(call.body, dict):
            call.problems.append("the body is not a JSON object")
            return call
        check = whatsapp_problems if call.channel == "whatsapp" else messenger_problems
        call.problems += check(call.body)
        return call


def whatsapp_problems(body: dict[str, Any]) -> list[str]:
    """What Cloud API's POST /<phone number id>/messages would reject in ``body``."""
    problems = []
    if body.get("messaging_product") != "whatsapp":
        problems.append("messaging_product must be 'whatsapp'")
    if body.get("recipient_type") != "individual":
        problems.append("recipient_type must be 'individual'")
    to = body.get("to")
    if not isinstance(to, str) or not to.isdigit():
        problems.append(f"to must be the number's digits without '+', got {to!r}")
    kind = body.get("type")
    extra = set(body) - {"messaging_product", "recipient_type", "to", "type", kind}
    if extra:
        problems.append(f"unexpected keys {sorted(extra)}")
    if kind == "text":
        text = body.get("text")
        if not isinstance(text, dict) or set(text) != {"preview_url", "body"}:
            problems.append(f"text must be {{preview_url, body}}, got {text!r}")
        elif not isinstance(text["body"], str) or not 0 < len(text["body"]) <= 4096:
            problems.append("text.body must be a string of 1 to 4096 characters")
        elif text["preview_url"] is not False:
            problems.append("text.preview_url must be false")
    elif kind == "template":
        problems += _template_problems(body.get("template"))
    else:
        problems.append(f"type must be 'text' or 'template', got {kind!r}")
    return problems


def _template_problems(template: Any) -> list[str]:
    if not isinstance(template, dict):
        return ["template must be an object"]
    problems = []
    if not isinstance(template.get("name"), str) or not template["name"]:
        problems.append("template.name must be a non-empty string")
    language = template.get("language")
    if not isinstance(language, dict) or set(language) != {"code"} or not isinstance(language["code"], str):
        problems.append(f"template.language must be {{code: str}}, got {language!r}")
    if set(template) - {"name", "language", "components"}:
        problems.append(
            f"unexpected template keys {sorted(set(template) - {'name', 'language', 'components'})}"
        )
    if "components" not in template:
        return problems
    components = template["components"]
    if not isinstance(components, list) or not components:
        return [*problems, "template.components, when present, must be a non-empty list"]
    for component in components:
        parameters = component.get("parameters") if isinstance(component, dict) else None
        if not isinstance(component, dict) or component.get("type") != "body" or not parameters:
            problems.append(f"a component must be {{type: body, parameters: [...]}}, got {component!r}")
            continue
        for parameter in parameters:
            if (
                not isinstance(parameter, dict)
                or parameter.get("type") != "text"
                or not isinstance(parameter.get("text"), str)
            ):
                problems.append(f"a body parameter must be {{type: text, text: str}}, got {parameter!r}")
    return problems


def messenger_problems(body: dict[str, Any]) -> list[str]:
    """What the Send API's POST /me/messages would reject in ``body``."""
    problems = []
    recipient = body.get("recipient")
    if not isinstance(recipient, dict) or set(recipient) != {"id"} or not isinstance(recipient["id"], str):
        problems.append(f"recipient must be {{id: str}}, got {recipient!r}")
    kind = body.get("messaging_type")
    if kind == "MESSAGE_TAG":
        if body.get("tag") not in MESSENGER_TAGS:
            problems.append(f"MESSAGE_TAG needs a known tag, got {body.get('tag')!r}")
    elif kind in ("RESPONSE", "UPDATE"):
        if "tag" in body:
            problems.append(f"a tag only goes with MESSAGE_TAG, not {kind}")
    else:
        problems.append(f"messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG, got {kind!r}")
    message = body.get("message")
    if not isinstance(message, dict) or set(message) != {"text"}:
        problems.append(f"message must be {{text}}, got {message!r}")
    elif not isinstance(message["text"], str) or not 0 < len(message["text"]) <= 2000:
        problems.append("message.text must be a string of 1 to 2000 characters")
    extra = set(body) - {"recipient", "messaging_type", "tag", "message"}
    if extra:
        problems.append(f"unexpected keys {sorted(extra)}")
    return problems


def _fresh_id(channel: str) -> str:
    if channel == "whatsapp":
        return "wamid.HBgL" + uuid.uuid4().hex.upper()
    return "m_" + uuid.uuid4().hex


def _accepted(call: GraphCall, message_id: str) -> dict[str, Any]:
    """Graph's answer to an accepted send."""
    if call.channel == "whatsapp":
        to = call.body["to"]
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": to}],
            "messages": [{"id": message_id}],
        }
    return {"recipient_id": call.body["recipient"]["id"], "message_id": message_id}


# -- settings ----------------------------------------------------------------------------------------


def whatsapp_settings(settings: Settings, graph: FakeGraph | None = None, **overrides: object) -> Settings:
    """``settings`` with WhatsApp configured (and sending to ``graph``): short timeout."""
    update: dict[str, object] = {
        "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_app_secret": APP_SECRET,
        "whatsapp_token": WHATSAPP_TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "channel_timeout": 2.0,
    }
    if graph is not None:
        update["whatsapp_api_url"] = graph.base_url
    return settings.model_copy(update={**update, **overrides})


def messenger_settings(settings: Settings, graph: FakeGraph | None = None, **overrides: object) -> Settings:
    """``settings`` with Messenger configured (and sending to ``graph``): short timeout."""
    update: dict[str, object] = {
        "messenger_verify_token": VERIFY_TOKEN,
        "messenger_app_secret": APP_SECRET,
        "messenger_token": PAGE_TOKEN,
        "channel_timeout": 2.0,
    }
    if graph is not None:
        update["messenger_api_url"] = graph.base_url
    return settings.model_copy(update={**update, **overrides})


# -- webhooks as Meta sends them -------------------------------------------------------------------


def encode(body: dict[str, Any]) -> bytes:
    """The bytes Meta posts: compact JSON, non-ASCII escaped (the signature covers exactly these)."""
    return json.dumps(body, separators=(",", ":")).encode()


def sign(secret: str, raw: bytes) -> str:
    """``X-Hub-Signature-256`` as Meta computes it."""
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def signed_headers(raw: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    """The headers of Meta's POST (for an HTTP client posting to our route)."""
    return {
        "Content-Type": "application/json",
        "User-Agent": "facebookexternalua",
        "X-Hub-Signature-256": sign(secret, raw),
    }


def webhook_request(
    body: dict[str, Any] | bytes,
    secret: str | None = APP_SECRET,
    url: str = "https://shop.example/v1/channels/whatsapp",
) -> WebhookRequest:
    """The adapter's view of Meta's POST: signed with ``secret`` (unsigned when None)."""
    raw = body if isinstance(body, bytes) else encode(body)
    headers = {name.lower(): value for name, value in signed_headers(raw, secret or "").items()}
    if secret is None:
        del headers["x-hub-signature-256"]
    return WebhookRequest(method="POST", url=url, headers=headers, query={}, body=raw)


def now_seconds() -> int:
    return int(time.time())


def whatsapp_webhook(*values: dict[str, Any], field: str = "messages") -> dict[str, Any]:
    """One WhatsApp Business Account entry with one change per value."""
    changes = [{"value": value, "field": field} for value in values]
    return {"object": "whatsapp_business_account", "entry": [{"id": WABA_ID, "changes": changes}]}


def whatsapp_value(
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    contacts: list[dict[str, Any]] | None = None,
    phone_number_id: str = PHONE_NUMBER_ID,
) -> dict[str, Any]:
    """A change's value for our number (or ``phone_number_id``'s)."""
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": DISPLAY_NUMBER, "phone_number_id": phone_number_id},
    }
    if contacts:
        value["contacts"] = contacts
    if messages:
        value["messages"] = messages
    if statuses:
        value["statuses"] = statuses
    return value


def whatsapp_message(
    kind: str,
    content: dict[str, Any],
    sender: str = SHOPPER_NUMBER,
    message_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, Any]:
    """One entry of ``messages``: ``{"type": kind, kind: content}`` from ``sender``."""
    return {
        "from": sender,
        "id": message_id or "wamid.HBgL" + uuid.uuid4().hex.upper(),
        "timestamp": str(timestamp if timestamp is not None else now_seconds()),
        "type": kind,
        kind: content,
    }


def whatsapp_contact(wa_id: str = SHOPPER_NUMBER, name: str = "Ana Souza") -> dict[str, Any]:
    return {"profile": {"name": name}, "wa_id": wa_id}


def whatsapp_text(
    text: str,
    sender: str = SHOPPER_NUMBER,
    name: str = "Ana Souza",
    message_id: str | None = None,
    timestamp: int | None = None,
    phone_number_id: str = PHONE_NUMBER_ID,
) -> dict[str, Any]:
    """A whole webhook body: one text message from ``sender`` to our number."""
    message = whatsapp_message("text", {"body": text}, sender, message_id, timestamp)
    return whatsapp_webhook(
        whatsapp_value([message], contacts=[whatsapp_contact(sender, name)], phone_number_id=phone_number_id)
    )


def whatsapp_status(
    message_id: str,
    status: str,
    recipient: str = SHOPPER_NUMBER,
    timestamp: int | None = None,
    error_code: int | None = None,
    error_title: str = "",
) -> dict[str, Any]:
    """One entry of ``statuses`` (with the conversation and pricing Meta adds to sent/delivered)."""
    entry: dict[str, Any] = {
        "id": message_id,
        "status": status,
        "timestamp": str(timestamp if timestamp is not None else now_seconds()),
        "recipient_id": recipient,
    }
    if status in ("sent", "delivered"):
        entry["conversation"] = {"id": uuid.uuid4().hex, "origin": {"type": "service"}}
        entry["pricing"] = {"billable": True, "pricing_model": "CBP", "category": "service"}
    if error_code is not None:
        entry["errors"] = [
            {
                "code": error_code,
                "title": error_title,
                "message": error_title,
                "error_data": {"details": error_title},
                "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
            }
        ]
    return entry


def whatsapp_statuses(*statuses: dict[str, Any], phone_number_id: str = PHONE_NUMBER_ID) -> dict[str, Any]:
    """A whole webhook body of status updates."""
    return whatsapp_webhook(whatsapp_value(statuses=list(statuses), phone_number_id=phone_number_id))


def messenger_webhook(*events: dict[str, Any], page_id: str = PAGE_ID) -> dict[str, Any]:
    """A Page webhook: one entry per event, as Meta batches them."""
    entries = [{"id": page_id, "time": event["timestamp"], "messaging": [event]} for event in events]
    return {"object": "page", "entry": entries}


def now_ms() -> int:
    return int(time.time() * 1000)


def messenger_event(psid: str, timestamp_ms: int | None, **content: Any) -> dict[str, Any]:
    """One ``messaging`` event from the shopper ``psid`` to our Page."""
    at = timestamp_ms if timestamp_ms is not None else now_ms()
    return {"sender": {"id": psid}, "recipient": {"id": PAGE_ID}, "timestamp": at, **content}


def messenger_text(
    text: str, psid: str = SHOPPER_PSID, mid: str | None = None, timestamp_ms: int | None = None
) -> dict[str, Any]:
    """A whole webhook body: the shopper wrote ``text``."""
    message = {"mid": mid or "m_" + uuid.uuid4().hex, "text": text}
    return messenger_webhook(messenger_event(psid, timestamp_ms, message=message))


def messenger_echo(text: str, psid: str = SHOPPER_PSID, mid: str | None = None) -> dict[str, Any]:
    """Our own send coming back: from the Page to the shopper, ``is_echo`` set."""
    event = {
        "sender": {"id": PAGE_ID},
        "recipient": {"id": psid},
        "timestamp": now_ms(),
        "message": {
            "is_echo": True,
            "app_id": int(APP_ID),
            "mid": mid or "m_" + uuid.uuid4().hex,
            "text": text,
        },
    }
    return messenger_webhook(event)


def messenger_delivery(mids: list[str], watermark_ms: int, psid: str = SHOPPER_PSID) -> dict[str, Any]:
    """The shopper's device got our messages ``mids``."""
    delivery = {"mids": mids, "watermark": watermark_ms}
    return messenger_webhook(messenger_event(psid, None, delivery=delivery))


def messenger_read(watermark_ms: int, psid: str = SHOPPER_PSID) -> dict[str, Any]:
    """The shopper read everything we sent before ``watermark_ms`` (no message ids)."""
    return messenger_webhook(messenger_event(psid, None, read={"watermark": watermark_ms}))
