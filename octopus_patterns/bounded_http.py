"""One HTTP request that ends by a deadline, whatever the server does, with a bounded body.

Standard library only (run from Terraform as `python3 -m ...`). A socket timeout alone bounds each read,
not the request: a server that sends one byte every few tenths of a second keeps `urllib` reading for as
long as it likes. Here the connect gets the time that remains, and before every read the socket timeout is
set to the time that remains, so the whole request (connect, TLS handshake, send, status line, headers,
body) ends by the deadline. Anything that is not a usable HTTP answer (refused, reset, garbage status
line, cut-short body, time up) raises `NoAnswer` with a short reason that never quotes what the server sent.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_MAX_BODY = 64 * 1024


@dataclass(frozen=True)
class Deadline:
    """A point in time on `clock`; `remaining()` is never negative."""

    at: float
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)

    @classmethod
    def after(cls, seconds: float, clock: Callable[[], float] = time.monotonic) -> Deadline:
        return cls(clock() + seconds, clock)

    def remaining(self) -> float:
        return max(0.0, self.at - self.clock())

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def sooner(self, seconds: float) -> Deadline:
        """This deadline or `seconds` from now, whichever comes first."""
        return Deadline(min(self.at, self.clock() + seconds), self.clock)


class NoAnswer(Exception):
    """No usable HTTP answer; `reason` is short and quotes nothing the server sent."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes
    complete: bool  # False when the body was longer than the limit and only its start was read

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def fetch(
    url: str,
    *,
    deadline: Deadline,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> HttpAnswer:
    """Send one request; return the status and at most `max_body` bytes of body, or raise NoAnswer."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NoAnswer("not an http:// or https:// URL")
    if deadline.expired():
        raise NoAnswer("time limit reached")
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.hostname, parts.port, timeout=deadline.remaining())
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sock = None
    try:
        connection.connect()
        sock = connection.sock
        connection.sock = _DeadlineSocket(sock, deadline)
        connection.request(method, target, body=body, headers=dict(headers or {}))
        response = connection.getresponse()
        data = response.read(max_body + 1)
        if len(data) <= max_body and response.length:  # Content-Length promised more than arrived
            raise http.client.IncompleteRead(data, response.length)
        return HttpAnswer(response.status, data[:max_body], len(data) <= max_body)
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise NoAnswer(_reason(error, deadline)) from error
    finally:
        connection.close()
        if sock is not None:
            sock.close()


def _reason(error: BaseException, deadline: Deadline) -> str:
    if isinstance(error, TimeoutError) or deadline.expired():
        return "no complete answer before the time limit"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, ConnectionResetError):
        return "connection reset"
    if isinstance(error, http.client.RemoteDisconnected):
        return "connection closed without an answer"
    if isinstance(error, http.client.BadStatusLine):
        return "not an HTTP answer (garbage status line)"
    if isinstance(error, http.client.IncompleteRead):
        return "answer cut short"
    if isinstance(error, http.client.HTTPException):
        return f"malformed HTTP answer ({type(error).__name__})"
    if isinstance(error, socket.gaierror):
        return f"host name not resolved ({error.strerror})"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return type(error).__name__


class _DeadlineSocket:
    """What http.client needs of a socket, with every send and read limited to the time that remains."""

    def __init__(self, sock: Any, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def _arm(self) -> None:
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise TimeoutError("time limit reached")
        self._sock.settimeout(remaining)

    def sendall(self, data: bytes) -> None:
        self._arm()
        self._sock.sendall(data)

    def makefile(self, mode: str = "rb", *args: object, **kwargs: object) -> io.BufferedReader:
        del args, kwargs
        if mode != "rb":
            raise ValueError(f"unsupported mode {mode!r}")
        return io.BufferedReader(_DeadlineReader(self))

    def recv_into(self, buffer: Any) -> int:
        self._arm()
        return int(self._sock.recv_into(buffer))

    def close(self) -> None:
        """http.client closes the connection while the response still reads; `fetch` closes the socket."""


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        super().__init__()
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)
