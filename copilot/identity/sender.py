"""Sending one-time codes: a signed POST to the shop's verification hook, which emails or texts them.

The hook is the shop's own service (or its email/SMS provider's webhook); it gets the destination on
file, the code and its expiry, signed like every webhook (``X-Copilot-Signature``). The request is
never logged with its body, and a failure is reported without the code.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Literal, Protocol

import httpx2 as httpx
from pydantic import BaseModel

from copilot import deadline
from copilot.errors import ProviderError
from copilot.http_client import http_client
from copilot.outbox import SIGNATURE_HEADER, sign

EVENT = "verification.code"


class CodeMessage(BaseModel):
    event: str = EVENT
    channel: Literal["email", "sms"]
    to: str
    code: str
    expires_at: datetime
    shop: str
    customer_id: str
    conversation_id: str


class CodeSender(Protocol):
    def send(self, message: CodeMessage, timeout: float) -> None: ...


class WebhookCodeSender:
    def __init__(self, url: str, secret: str | None, client: httpx.Client | None = None) -> None:
        self.url = url
        self.secret = secret
        self.client = client

    def send(self, message: CodeMessage, timeout: float) -> None:
        body = message.model_dump_json().encode()
        headers = {"Content-Type": "application/json", "X-Copilot-Event": EVENT}
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(self.secret, int(time.time()), body)
        client = self.client or http_client(timeout)
        try:
            with deadline.within(timeout):  # the whole request, however slowly the hook answers
                response = client.post(self.url, content=body, headers=headers, timeout=timeout)
        except httpx.HTTPError as exc:
            raise ProviderError(f"verification hook failed: {exc.__class__.__name__}") from None
        finally:
            if self.client is None:
                client.close()
        if not 200 <= response.status_code < 300:
            raise ProviderError(f"verification hook answered HTTP {response.status_code}")
