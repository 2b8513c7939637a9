"""A real HTTP server on 127.0.0.1 standing in for Twilio's Messages REST API, scripted by tests; and
signed inbound webhooks (an SMS, a status callback) as Twilio would POST them.

Tests script what Twilio answers next (``queued`` with a fresh SM sid, ``error`` with Twilio's error
body, ``server_error``) and then assert on what it received. The server checks every send the way
Twilio would: the account sid in the path, HTTP basic auth with that sid and the auth token, a form
body with an E.164 ``To``, a ``Body``, and exactly one of ``From`` / ``MessagingServiceSid`` (the
configured sender). A malformed or unscripted call gets HTTP 500 and is recorded; leaving the ``with``
block then fails the test, so no test passes on a default answer.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode

from twilio.request_validator import RequestValidator

from copilot.channels.base import WebhookRequest

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "twilio-auth-token-for-tests"
SHOP_NUMBER = "+15005550006"
_E164 = re.compile(r"\+[1-9]\d{6,14}")


def message_sid() -> str:
    return "SM" + uuid.uuid4().hex


@dataclass
class SentMessage:
    """One POST the fake received: path, basic-auth credentials, form fields (one value each)."""

    path: str
    auth: tuple[str, str] | None
    form: dict[str, str]
    problems: list[str] = field(default_factory=list)


class FakeTwilio:
    """``sender`` is the configured COPILOT_SMS_FROM (a number or an MG... service);
    ``status_callback`` the URL every send must carry, or None when none may be sent."""

    def __init__(
        self,
        account_sid: str = ACCOUNT_SID,
        auth_token: str = AUTH_TOKEN,
        sender: str = SHOP_NUMBER,
        status_callback: str | None = None,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.sender = sender
        self.status_callback = status_callback
        self.script: deque[dict[str, Any]] = deque()
        self.requests: list[SentMessage] = []
        self.refused: list[SentMessage] = []  # malformed or unscripted: answered 500
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def settings_fields(self) -> dict[str, Any]:
        """The Settings fields that point the SMS channel at this fake."""
        return {
            "sms_account_sid": self.account_sid,
            "sms_auth_token": self.auth_token,
            "sms_from": self.sender,
            "sms_api_url": self.base_url,
        }

    def __enter__(self) -> FakeTwilio:
        self._thread.start()
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if exc_type is None and self.refused:
            first = self.refused[0]
            raise AssertionError(
                f"{len(self.refused)} malformed or unscripted Twilio call(s); the first: {first}"
            )

    # -- script --------------------------------------------------------------------------------
    def queued(self) -> str:
        """Accept the next send as Twilio does (201, status queued); the sid it will answer with."""
        sid = message_sid()
        self.script.append({"status": 201, "sid": sid})
        return sid

    def error(self, code: int, status: int = 400, message: str = "scripted Twilio error") -> None:
        """Refuse the next send with Twilio's error body."""
        more_info = f"https://www.twilio.com/docs/errors/{code}"
        body = {"code": code, "message": message, "more_info": more_info, "status": status}
        self.script.append({"status": status, "body": json.dumps(body).encode()})

    def server_error(self, status: int = 503) -> None:
        self.script.append({"status": status, "body": b"<html>upstream unavailable</html>"})

    # -- checks --------------------------------------------------------------------------------
    def _problems(self, sent: SentMessage, raw_form: dict[str, list[str]]) -> list[str]:
        problems = []
        if sent.path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            problems.append(f"path {sent.path}")
        if sent.auth != (self.account_sid, self.auth_token):
            problems.append(f"basic auth {sent.auth}")
        repeated = [name for name, values in raw_form.items() if len(values) > 1]
        if repeated:
            problems.append(f"repeated fields {repeated}")
        if not _E164.fullmatch(sent.form.get("To", "")):
            problems.append(f"To {sent.form.get('To')!r} is not E.164")
        if not sent.form.get("Body"):
            problems.append("no Body")
        name = "MessagingServiceSid" if self.sender.startswith("MG") else "From"
        other = "From" if name == "MessagingServiceSid" else "MessagingServiceSid"
        if sent.form.get(name) != self.sender or other in sent.form:
            problems.append(f"sender: {name}={sent.form.get(name)!r}, {other}={sent.form.get(other)!r}")
        if sent.form.get("StatusCallback") != self.status_callback:
            problems.append(f"StatusCallback {sent.form.get('StatusCallback')!r}")
        unknown = set(sent.form) - {"To", "Body", "From", "MessagingServiceSid", "StatusCallback"}
        if unknown:
            problems.append(f"unknown fields {sorted(unknown)}")
        return problems

    # -- server --------------------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
                raw_form = parse_qs(body, keep_blank_values=True)
                sent = SentMessage(self.path, _basic_auth(self.headers.get("authorization")), {})
                sent.form = {name: values[0] for name, values in raw_form.items()}
                fake.requests.append(sent)
                if self.headers.get("content-type", "").split(";")[0] != "application/x-www-form-urlencoded":
                    sent.problems.append(f"content-type {self.headers.get('content-type')}")
                sent.problems += fake._problems(sent, raw_form)
                if not sent.problems and not fake.script:
                    sent.problems.append("unscripted")
                if sent.problems:
                    fake.refused.append(sent)
                    self._send(500, b'{"message": "refused by the fake Twilio"}')
                    return
                step = fake.script.popleft()
                if "sid" in step:
                    answer = {
                        "sid": step["sid"],
                        "status": "queued",
                        "to": sent.form["To"],
                        "body": sent.form["Body"],
                    }
                    self._send(int(step["status"]), json.dumps(answer).encode())
                    return
                self._send(int(step["status"]), step["body"])

            def _send(self, status: int, payload: bytes) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler


def _basic_auth(header: str | None) -> tuple[str, str] | None:
    if not header or not header.startswith("Basic "):
        return None
    user, _, password = base64.b64decode(header.removeprefix("Basic ")).decode().partition(":")
    return user, password


# -- inbound webhooks as Twilio signs them ---------------------------------------------------------
def signed_form(
    url: str, fields: dict[str, str], auth_token: str = AUTH_TOKEN
) -> tuple[bytes, dict[str, str]]:
    """A form body and its headers (``X-Twilio-Signature`` over ``url`` and the fields), ready to POST."""
    signature = RequestValidator(auth_token).compute_signature(url, fields)
    headers = {"content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature}
    return urlencode(fields).encode(), headers


def webhook_request(url: str, fields: dict[str, str], auth_token: str = AUTH_TOKEN) -> WebhookRequest:
    """The signed webhook as an adapter receives it."""
    body, headers = signed_form(url, fields, auth_token)
    return WebhookRequest(method="POST", url=url, headers=headers, query={}, body=body)


def inbound_sms(
    text: str, sender: str = "+14155550123", *, sid: str | None = None, account_sid: str = ACCOUNT_SID
) -> dict[str, str]:
    """The fields of Twilio's incoming-message webhook (blank ones too: they are signed)."""
    sid = sid or message_sid()
    return {
        "ToCountry": "US",
        "ToState": "",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ToCity": "",
        "FromZip": "94105",
        "SmsSid": sid,
        "FromState": "CA",
        "SmsStatus": "received",
        "FromCity": "SAN FRANCISCO",
        "Body": text,
        "FromCountry": "US",
        "To": SHOP_NUMBER,
        "ToZip": "",
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": account_sid,
        "From": sender,
        "ApiVersion": "2010-04-01",
    }


def status_callback(
    sid: str, status: str, *, error_code: str | None = None, account_sid: str = ACCOUNT_SID
) -> dict[str, str]:
    """The fields of Twilio's status callback for a message we sent."""
    fields = {
        "SmsSid": sid,
        "SmsStatus": status,
        "MessageStatus": status,
        "To": "+14155550123",
        "MessageSid": sid,
        "AccountSid": account_sid,
        "From": SHOP_NUMBER,
        "ApiVersion": "2010-04-01",
    }
    if error_code is not None:
        fields["ErrorCode"] = error_code
    return fields
