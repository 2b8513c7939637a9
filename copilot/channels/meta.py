"""What WhatsApp and Messenger share, both being Meta webhooks and Graph API calls.

- The verification GET: Meta sends ``hub.mode=subscribe``, ``hub.verify_token`` and ``hub.challenge``;
  echoing the challenge proves we own the URL, so only the token we configured may get it.
- ``X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`` on every POST. Without a
  secret nothing verifies: an unconfigured app must never mean "accept everything".
- Graph API errors (``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``) become a
  ``GraphError`` naming the code, permanent unless retrying can help (429, 5xx, throttling codes,
  network failures).
- Reading a webhook body: every field read names its path in the ValueError, so a changed payload
  says where it changed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx2 as httpx

from copilot import deadline
from copilot.channels.base import SendError, WebhookRequest

SIGNATURE_HEADER = "x-hub-signature-256"  # WebhookRequest headers are lower-case
_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
# Graph's throttling codes: app (4), business account (80007), Cloud API throughput (130429),
# spam rate (131048) and per-recipient pair (131056) limits. Waiting and retrying is the remedy.
THROTTLING_CODES = frozenset({4, 80007, 130429, 131048, 131056})

T = TypeVar("T")


class GraphError(SendError):
    """A send the Graph API refused or failed; ``code`` is Graph's error code when it gave one."""

    def __init__(
        self, message: str, *, permanent: bool, status: int | None = None, code: int | None = None
    ) -> None:
        super().__init__(message, permanent=permanent)
        self.status = status
        self.code = code


# -- the verification handshake and signatures ------------------------------------------------------


def challenge(query: Mapping[str, str], verify_token: str | None) -> str | None:
    """``hub.challenge`` when the GET is a subscribe with our verify token, else None (a 403)."""
    if not verify_token or query.get("hub.mode") != "subscribe":
        return None
    offered = query.get("hub.verify_token", "")
    if not hmac.compare_digest(offered.encode(), verify_token.encode()):
        return None
    return query.get("hub.challenge") or None


def signature(app_secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends with ``body``."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(request: WebhookRequest, app_secret: str | None) -> bool:
    """The body is exactly what Meta signed with our app secret; no secret, no header: False."""
    if not app_secret:
        return False
    match = _SIGNATURE.fullmatch(request.headers.get(SIGNATURE_HEADER, "").strip())
    if match is None:
        return False
    return hmac.compare_digest(signature(app_secret, request.body), "sha256=" + match[1].lower())


# -- sending --------------------------------------------------------------------------------------


def post(client: httpx.Client, url: str, token: str, payload: dict[str, Any], timeout: float) -> Any:
    """POST ``payload`` to the Graph API; its JSON answer, or GraphError saying whether to retry."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        with deadline.within(timeout):  # the whole request, however slowly Graph answers
            response = client.post(
                url, content=json.dumps(payload).encode(), headers=headers, timeout=timeout
            )
    except httpx.HTTPError as exc:  # refused, reset, timed out: the message may be sent on a retry
        raise GraphError(f"Graph API unreachable: {exc.__class__.__name__}", permanent=False) from None
    if not 200 <= response.status_code < 300:
        raise graph_error(response)
    try:
        return response.json()
    except ValueError:
        # Graph took the message and we cannot tell its id: a retry could send it twice.
        raise GraphError(
            f"Graph API answered HTTP {response.status_code} with a body that is not JSON",
            permanent=True,
            status=response.status_code,
        ) from None


def graph_error(response: httpx.Response) -> GraphError:
    """The error a non-2xx Graph answer means: its code named, transient only where a retry helps."""
    status = response.status_code
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        error = None
    code: int | None = None
    if isinstance(error, dict):
        raw_code = error.get("code")
        code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
        subcode = error.get("error_subcode")
        detail = (
            f"Graph API error {code if code is not None else '(no code)'}"
            + (f" (subcode {subcode})" if subcode is not None else "")
            + f": {str(error.get('message') or 'no message')[:200]}"
            + (f" [type {error['type']}]" if error.get("type") else "")
            + (f" [fbtrace_id {error['fbtrace_id']}]" if error.get("fbtrace_id") else "")
            + f" (HTTP {status})"
        )
    else:
        detail = f"Graph API answered HTTP {status}: {response.text[:200]}"
    transient = status == 429 or status >= 500 or code in THROTTLING_CODES
    return GraphError(detail, permanent=not transient, status=status, code=code)


# -- reading webhook bodies -----------------------------------------------------------------------


def load(body: bytes) -> dict[str, Any]:
    """The webhook body as a JSON object."""
    try:
        data = json.loads(body)
    except ValueError:
        raise ValueError("body: not JSON") from None
    if not isinstance(data, dict):
        raise ValueError(f"body: expected an object, got {_kind(data)}")
    return data


def field(container: Mapping[str, Any], key: str, path: str, kind: type[T]) -> T:
    """``container[key]`` of type ``kind``, or ValueError naming ``path.key``."""
    value = container.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(
            f"{_join(path, key)}: expected {_NAMES.get(kind, kind.__name__)}, got {_kind(value)}"
        )
    return value


def optional(container: Mapping[str, Any], key: str, path: str, kind: type[T], default: T) -> T:
    """Like ``field``, but a missing (or null) key gives ``default``."""
    if container.get(key) is None:
        return default
    return field(container, key, path, kind)


def objects(container: Mapping[str, Any], key: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    """The objects of the list ``container[key]`` (missing: none), each with its path."""
    items = optional(container, key, path, list, [])
    found = []
    for i, item in enumerate(items):
        where = f"{_join(path, key)}[{i}]"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: expected an object, got {_kind(item)}")
        found.append((where, item))
    return found


def unix_time(value: int | str, path: str, *, milliseconds: bool = False) -> datetime:
    """A Unix timestamp (WhatsApp: seconds as a string; Messenger: milliseconds as a number)."""
    text = str(value)
    if not text.isdigit():
        raise ValueError(f"{path}: expected a Unix timestamp, got {text[:40]!r}")
    seconds = int(text) / 1000 if milliseconds else int(text)
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"{path}: timestamp {text[:40]} is out of range") from None


_NAMES: dict[type[Any], str] = {str: "a string", int: "an integer", dict: "an object", list: "a list"}


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    return "nothing" if value is None else type(value).__name__
