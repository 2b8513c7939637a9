"""A minimal OpenAI-compatible chat server for benchmarks: answers at once with a JSON reply quoting
the prompt's first passage, streamed when the request asks for a stream.

    python bench/loopback_model.py --port 8011

It runs in its own process so the model side does not share the benchmarked process's interpreter.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_PASSAGE = re.compile(r"^\[1\] (?:\([^)]*\) )?(.+)$", re.MULTILINE)


def answer(body: dict[str, Any]) -> str:
    """A JSON answer citing passage [1] in its own words (its first sentence), so the reply is about
    the shop's data as copilot's checks require; a fixed sentence when the prompt shows no passage."""
    prompt = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
    found = _PASSAGE.search(prompt)
    reply = found.group(1).split(". ")[0][:200] if found else "Standard shipping takes 5-7 business days."
    return json.dumps({"reply": reply, "citations": [1], "confidence": 0.8})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes; without this, Nagle's algorithm and delayed ACKs add
        # ~40 ms to every response on loopback.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *_: object) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        if body.get("stream"):
            self._stream(body.get("model", "bench"), answer(body))
            return
        payload = json.dumps(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "bench"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": answer(body)},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 500, "completion_tokens": 20, "total_tokens": 520},
            }
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self, model: str, content: str) -> None:
        """The same answer as server-sent events, as copilot's client asks for it: the content, the
        finish reason, the usage, then [DONE]."""
        base = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
        }
        chunks = [
            {
                **base,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": content},
                        "finish_reason": None,
                    }
                ],
            },
            {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
            {
                **base,
                "choices": [],
                "usage": {"prompt_tokens": 500, "completion_tokens": 20, "total_tokens": 520},
            },
        ]
        payload = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks).encode() + b"data: [DONE]\n\n"
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
