"""A raw-socket HTTP server on 127.0.0.1 that misbehaves on purpose, for the waits' tests.

Each connection gets the next behaviour from a script (the last one repeats): answer properly, trickle one
byte at a time, send a garbage status line, cut the body short, reset the connection, or echo the request
headers (API key, Authorization) back in a 401 body. Every loop is bounded, and `stop()` ends them all.
"""

from __future__ import annotations

import base64
import json
import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Behaviour = Callable[["Exchange"], None]
_TRICKLE_LIMIT_SECONDS = 20.0


@dataclass
class Exchange:
    conn: socket.socket
    request_line: str
    headers: dict[str, str]
    stopping: threading.Event

    @property
    def path(self) -> str:
        parts = self.request_line.split(" ")
        return parts[1] if len(parts) > 1 else ""

    def send(self, data: bytes) -> None:
        self.conn.sendall(data)


def answer(status: int, body: str, content_type: str = "application/json") -> Behaviour:
    def behave(exchange: Exchange) -> None:
        data = body.encode()
        head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(data)}\r\n"
        exchange.send(head.encode() + b"Connection: close\r\n\r\n" + data)

    return behave


def by_path(routes: dict[str, Behaviour], default: Behaviour) -> Behaviour:
    return lambda exchange: routes.get(exchange.path, default)(exchange)


def trickle(exchange: Exchange) -> None:
    """A valid start, then one byte of an endless header every 0.1 s."""
    exchange.send(b"HTTP/1.1 200 OK\r\n")
    started = time.monotonic()
    while not exchange.stopping.is_set() and time.monotonic() - started < _TRICKLE_LIMIT_SECONDS:
        exchange.send(b"X")
        time.sleep(0.1)


def trickle_body(exchange: Exchange) -> None:
    """Headers promise a large JSON body, which then comes one byte every 0.1 s."""
    exchange.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
    started = time.monotonic()
    while not exchange.stopping.is_set() and time.monotonic() - started < _TRICKLE_LIMIT_SECONDS:
        exchange.send(b" ")
        time.sleep(0.1)


def garbage(exchange: Exchange) -> None:
    """Not HTTP at all; it even quotes the request headers, secrets included."""
    echoed = " ".join(f"{k}: {v}" for k, v in exchange.headers.items())
    exchange.send(f"SSH-2.0-garbage {echoed}\r\n\r\n".encode())


def cut_short(exchange: Exchange) -> None:
    exchange.send(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"Appl')


def reset(exchange: Exchange) -> None:
    exchange.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def reflect_401(exchange: Exchange) -> None:
    """401 whose body repeats what was sent, raw and re-encoded, as careless servers and proxies do."""
    lines = [exchange.request_line, *(f"{k}: {v}" for k, v in exchange.headers.items())]
    key = exchange.headers.get("x-octopus-apikey", "")
    scheme, _, token = exchange.headers.get("authorization", "").partition(" ")
    password = base64.b64decode(token).decode().partition(":")[2] if scheme.lower() == "basic" else ""
    for secret in (key, password):
        if secret:
            lines += [
                f"you sent {secret}",
                f"quoted {urllib.parse.quote(secret, safe='')}",
                f"as base64 {base64.b64encode(secret.encode()).decode()}",
            ]
    if token:
        lines.append(f"token {token}")
    answer(401, json.dumps({"message": "rejected: " + " | ".join(lines)}))(exchange)


@dataclass
class MisbehavingServer:
    script: Sequence[Behaviour]
    requests: list[Exchange] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def start(self) -> MisbehavingServer:
        self._accepting.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._accepting.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            behaviour = self.script[min(len(self.requests), len(self.script) - 1)]
            thread = threading.Thread(target=self._serve, args=(conn, behaviour), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, behaviour: Behaviour) -> None:
        with conn:
            conn.settimeout(2)
            try:
                exchange = self._read_request(conn)
                self.requests.append(exchange)
                behaviour(exchange)
            except OSError:
                pass

    def _read_request(self, conn: socket.socket) -> Exchange:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        while len(body) < length:
            chunk = conn.recv(4096)
            if not chunk:
                break
            body += chunk
        return Exchange(conn, lines[0], headers, self._stopping)
