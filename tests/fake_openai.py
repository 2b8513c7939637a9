"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API, scripted by tests.

Tests queue what the "model" does next (``reply``, ``tool_call``, ``fail``, ``rate_limit``, ``garbage``,
``hang``, ``silent``, ``trickle``) and then assert on the requests it received, so the real ``openai``
client, its retries and timeouts run. A request the script did not expect gets HTTP 500 and is
recorded; leaving the ``with`` block then fails the test, so no test passes on a default answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from copilot.settings import Settings


class FakeOpenAI:
    """``refuses`` names request features this server answers with HTTP 500 (as llama.cpp's server
    does for ``json_schema``): ``json_schema``, ``json_object_schema``, ``json_object``, ``tools``.
    Refused requests are recorded and consume no script step. ``single_slot`` serves one request at a
    time, as a local model server does."""

    def __init__(self, refuses: frozenset[str] = frozenset(), single_slot: bool = False) -> None:
        self.script: deque[dict[str, Any]] = deque()
        self.requests: list[dict[str, Any]] = []
        self.unscripted: list[dict[str, Any]] = []
        self.refuses = refuses
        self.abandoned = 0  # streamed generations the client stopped reading
        # like a local server with one slot: a request waits while another generates
        self._slot = threading.Lock() if single_slot else None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if exc_type is None and self.unscripted:  # refused requests are answered, not unscripted
            raise AssertionError(
                f"{len(self.unscripted)} unscripted model call(s); the first: {self.unscripted[0]}"
            )

    # -- script --------------------------------------------------------------------------------
    def reply(
        self, content: str | dict[str, Any], prompt_tokens: int = 120, completion_tokens: int = 30
    ) -> None:
        text = content if isinstance(content, str) else json.dumps(content)
        self.script.append({"content": text, "usage": (prompt_tokens, completion_tokens)})

    def tool_call(self, name: str, arguments: dict[str, Any]) -> None:
        self.script.append({"tool": (name, json.dumps(arguments)), "usage": (100, 10)})

    def fail(self, status: int = 500, times: int = 1) -> None:
        for _ in range(times):
            self.script.append({"status": status})

    def rate_limit(self, retry_after: float, status: int = 429) -> None:
        self.script.append({"status": status, "headers": {"retry-after": str(retry_after)}})

    def trickle(self, content: str | dict[str, Any], interval: float) -> None:
        """Answer with a valid completion, one byte every ``interval`` seconds."""
        text = content if isinstance(content, str) else json.dumps(content)
        self.script.append({"content": text, "usage": (10, 10), "trickle": interval})

    def endless(self, word: str = "more") -> None:
        """A model that never stops: it generates until the request's ``max_tokens`` (a word a token)."""
        self.script.append({"endless": word})

    def interrupted(self, content: str) -> None:
        """Stream part of an answer, then end the stream without finishing it (as llama.cpp's server
        does to a request when another one arrives)."""
        self.script.append({"content": content, "interrupted": True})

    def garbage(self) -> None:
        self.script.append({"raw": b"<html>definitely not json"})

    def hang(self, seconds: float) -> None:
        self.script.append({"hang": seconds})

    def silent(self, seconds: float) -> None:
        """Accept the request (the stream opens), then send nothing for ``seconds``: a local server still
        reading a long prompt when the turn's deadline comes."""
        self.script.append({"silent": seconds})

    # -- server --------------------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                if fake._slot is None:
                    self._post()
                    return
                with fake._slot:
                    self._post()

            def _post(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                fake.requests.append(body)
                if _features(body) & fake.refuses:
                    self._send(500, b'{"error": {"message": "unsupported request", "type": "server_error"}}')
                    return
                if not fake.script:
                    fake.unscripted.append(body)
                    self._send(500, b'{"error": {"message": "unscripted call to the fake model"}}')
                    return
                step = fake.script.popleft()
                if "hang" in step:
                    time.sleep(float(step["hang"]))
                    return
                if "status" in step:
                    payload = json.dumps({"error": {"message": "scripted failure"}}).encode()
                    self._send(int(step["status"]), payload, step.get("headers", {}))
                    return
                if "raw" in step:
                    raw = step["raw"]
                    self._send(200, raw if isinstance(raw, bytes) else str(raw).encode())
                    return
                if "silent" in step:
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.end_headers()
                    self.wfile.flush()
                    time.sleep(float(step["silent"]))
                    return
                if body.get("stream"):
                    self._stream(body, step)
                    return
                payload = json.dumps(_completion(body, step)).encode()
                if "trickle" in step:
                    self._trickle(payload, float(step["trickle"]))
                    return
                self._send(200, payload)

            def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def _trickle(self, payload: bytes, interval: float) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                try:
                    for byte in payload:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(interval)
                except OSError:  # the client gave up, as it should
                    pass

            def _stream(self, request: dict[str, Any], step: dict[str, Any]) -> None:
                """Server-sent chunks as OpenAI streams them: content word by word, tool calls, usage."""
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                if "endless" in step:
                    words = [step["endless"] + " "] * int(request.get("max_tokens") or 100_000)
                    step = {**step, "usage": (100, len(words))}
                    finish = "length"
                else:
                    text = step.get("content") or ""
                    # a trickling server sends a character at a time; others a word at a time
                    words = list(text) if "trickle" in step else [w + " " for w in text.split(" ")]
                    words[-1] = words[-1].rstrip(" ") if words else ""
                    finish = "stop"
                try:
                    for word in words:
                        self._chunk({"content": word}, None)
                        time.sleep(float(step.get("trickle", 0)))
                    if step.get("interrupted"):
                        return
                    if "tool" in step:
                        name, arguments = step["tool"]
                        call = {"index": 0, "id": f"call_{len(name)}", "type": "function"}
                        self._chunk(
                            {"tool_calls": [{**call, "function": {"name": name, "arguments": ""}}]}, None
                        )
                        self._chunk(
                            {"tool_calls": [{"index": 0, "function": {"arguments": arguments}}]}, None
                        )
                        finish = "tool_calls"
                    self._chunk({}, finish)
                    if (request.get("stream_options") or {}).get("include_usage"):
                        prompt, completion = step.get("usage", (0, 0))
                        usage = {"prompt_tokens": prompt, "completion_tokens": completion}
                        self._write({**_chunk_base(), "choices": [], "usage": usage})
                    self.wfile.write(b"data: [DONE]\n\n")
                except OSError:  # the client stopped reading: a real server stops generating
                    fake.abandoned += 1

            def _chunk(self, delta: dict[str, Any], finish: str | None) -> None:
                choice = {"index": 0, "delta": delta, "finish_reason": finish}
                self._write({**_chunk_base(), "choices": [choice]})

            def _write(self, chunk: dict[str, Any]) -> None:
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

        return Handler


def _completion(request: dict[str, Any], step: dict[str, Any]) -> dict[str, Any]:
    prompt, completion = step.get("usage", (0, 0))
    message: dict[str, Any] = {"role": "assistant", "content": step.get("content")}
    finish = "stop"
    if "tool" in step:
        name, arguments = step["tool"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_{len(name)}",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ],
        }
        finish = "tool_calls"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }


def _chunk_base() -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "fake"}


def _features(request: dict[str, Any]) -> set[str]:
    """What a request asks of the server beyond plain chat."""
    found = {"tools"} if request.get("tools") else set()
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_object":
        found.add("json_object_schema" if "schema" in fmt else "json_object")
    elif fmt.get("type"):
        found.add(str(fmt["type"]))
    return found


def model_settings(settings: Settings, server: FakeOpenAI, **overrides: object) -> Settings:
    """``settings`` pointed at ``server``: short timeouts and no retries unless a test asks."""
    return settings.model_copy(
        update={
            "openai_base_url": server.base_url,
            "openai_api_key": "test-key",
            "llm_timeout": 2.0,
            "llm_retries": 0,
            **overrides,
        }
    )
