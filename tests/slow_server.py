"""A real TCP server on 127.0.0.1 that reads a request and answers one byte at a time, forever.

It stands in for a model endpoint, webhook receiver or code hook that is alive but trickles: every
byte arrives well within any per-read timeout, so only a deadline on the whole call ends it.
"""

from __future__ import annotations

import socket
import threading
import time

from tests.webhook_receiver import free_port


class TricklingServer:
    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.port = free_port()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._stopped = threading.Event()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> TricklingServer:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stopped.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(connection,), daemon=True).start()

    def _trickle(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: ":
                    connection.sendall(bytes([byte]))
                    time.sleep(self.interval)
                while not self._stopped.is_set():  # a header line that never ends
                    connection.sendall(b"a")
                    time.sleep(self.interval)
            except OSError:  # the client hung up: what a deadline should make it do
                return
