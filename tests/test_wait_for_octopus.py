"""The readiness wait, against real HTTP servers on 127.0.0.1 that answer late or never."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from octopus_patterns import wait_for_octopus as waiter
from octopus_patterns.wait_for_octopus import Answer, OctopusNotReady, wait_for_octopus
from tests.misbehaving_http import (
    Behaviour,
    MisbehavingServer,
    answer,
    by_path,
    cut_short,
    garbage,
    reflect_401,
    reset,
    trickle,
    trickle_body,
)

API_KEY = "API-" + "TESTKEY0123456789ABCDEFGHI"  # a test fixture, not a credential


class FakeOctopus(ThreadingHTTPServer):
    """Answers 503 until `ready_after` seconds have passed (never, if None), then like Octopus's /api."""

    def __init__(self, ready_after: float | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.started = time.monotonic()
        self.ready_after = ready_after
        self.paths: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def is_ready(self) -> bool:
        return self.ready_after is not None and time.monotonic() - self.started >= self.ready_after


class _Handler(BaseHTTPRequestHandler):
    server: FakeOctopus

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.paths.append(self.path)
        if not self.server.is_ready():
            self._send(503, "Octopus Server is starting")
        elif self.path == "/api":
            self._send(200, json.dumps({"Application": "Octopus Deploy", "Version": "2025.4"}))
        elif self.path == "/api/users/me" and self.headers.get("X-Octopus-ApiKey") == API_KEY:
            self._send(200, json.dumps({"Username": "admin"}))
        else:
            self._send(401, json.dumps({"ErrorMessage": "You must be logged in"}))

    def _send(self, status: int, body: str) -> None:
        self.send_response(status)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


def _serve(ready_after: float | None) -> Iterator[FakeOctopus]:
    server = FakeOctopus(ready_after)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def late_server() -> Iterator[FakeOctopus]:
    yield from _serve(ready_after=1.0)


@pytest.fixture
def dead_server() -> Iterator[FakeOctopus]:
    yield from _serve(ready_after=None)


def test_waits_for_a_server_that_becomes_ready_late(late_server: FakeOctopus) -> None:
    started = time.monotonic()
    wait_for_octopus(late_server.url, API_KEY, timeout_seconds=10, interval_seconds=0.2, log=lambda _: None)
    assert time.monotonic() - started >= 1.0
    assert late_server.paths.count("/api") >= 3  # it polled through the 503s
    assert late_server.paths[-1] == "/api/users/me"


def test_fails_clearly_when_the_server_never_answers(dead_server: FakeOctopus) -> None:
    started = time.monotonic()
    with pytest.raises(OctopusNotReady) as raised:
        wait_for_octopus(
            dead_server.url, API_KEY, timeout_seconds=1.0, interval_seconds=0.2, log=lambda _: None
        )
    elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 5.0
    message = str(raised.value)
    assert f"GET {dead_server.url}/api " in message
    assert "HTTP 503: Octopus Server is starting" in message


def test_a_rejected_api_key_is_not_ready(late_server: FakeOctopus) -> None:
    with pytest.raises(OctopusNotReady) as raised:
        wait_for_octopus(
            late_server.url, "API-WRONG", timeout_seconds=2.0, interval_seconds=0.2, log=lambda _: None
        )
    assert "/api/users/me last answered HTTP 401" in str(raised.value)
    assert "API-WRONG" not in str(raised.value)


def test_nothing_listening_is_reported_as_no_answer() -> None:
    with pytest.raises(OctopusNotReady, match=r"GET http://127.0.0.1:9/api last answered no answer"):
        wait_for_octopus(
            "http://127.0.0.1:9", API_KEY, timeout_seconds=0.5, interval_seconds=0.1, log=lambda _: None
        )


def test_command_line_exit_codes(late_server: FakeOctopus, dead_server: FakeOctopus) -> None:
    def run(url: str, key: str | None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "OCTOPUS_API_KEY"}
        if key:
            env["OCTOPUS_API_KEY"] = key
        argv = ["--url", url, "--timeout-seconds", "3", "--interval-seconds", "0.2"]
        return subprocess.run(
            [sys.executable, "-m", "octopus_patterns.wait_for_octopus", *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    assert run(late_server.url, API_KEY).returncode == 0
    failed = run(dead_server.url, API_KEY)
    assert failed.returncode == 1 and dead_server.url in failed.stderr
    assert run(late_server.url, None).returncode == 2


# -- servers that misbehave (raw sockets on 127.0.0.1), through the command line ---------------------------

OCTOPUS_API = answer(200, json.dumps({"Application": "Octopus Deploy", "Version": "2025.4"}))
USERS_ME = answer(200, json.dumps({"Username": "admin"}))
DEADLINE = 1.0
SLACK = 1.5  # interpreter start-up and the last, cut-off try


def secret_forms(key: str) -> list[str]:
    """Written out here, independently of octopus_patterns.redaction, so a missed form fails the test."""
    raw = key.encode()
    return [
        key,
        base64.b64encode(raw).decode(),
        base64.b64encode(raw).decode().rstrip("="),
        base64.urlsafe_b64encode(raw).decode(),
        urllib.parse.quote(key, safe=""),
        key[4:],  # the key without its API- prefix
    ]


def run_cli(
    url: str, key: str = API_KEY, timeout: float = DEADLINE
) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "OCTOPUS_API_KEY": key}
    argv = ["--url", url, "--timeout-seconds", f"{timeout:g}", "--interval-seconds", "0.2"]
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "octopus_patterns.wait_for_octopus", *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=30,
    )
    return result, time.monotonic() - started


@pytest.fixture
def misbehaving() -> Iterator[Callable[..., MisbehavingServer]]:
    servers: list[MisbehavingServer] = []

    def make(*script: Behaviour) -> MisbehavingServer:
        servers.append(MisbehavingServer(script).start())
        return servers[-1]

    yield make
    for server in servers:
        server.stop()


def assert_clean_failure(
    result: subprocess.CompletedProcess[str], seconds: float, key: str = API_KEY
) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert seconds < DEADLINE + SLACK, seconds
    for form in secret_forms(key):
        assert form not in result.stdout and form not in result.stderr, form


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (trickle, "no complete answer before the time limit"),
        (trickle_body, "no complete answer before the time limit"),
        (garbage, "not an HTTP answer (garbage status line)"),
        (cut_short, "answer cut short"),
        (reset, "connection reset"),
    ],
    ids=["trickled-headers", "trickled-body", "garbage", "cut-short", "reset"],
)
def test_a_misbehaving_api_key_check_fails_by_the_deadline_without_traceback_or_key(
    misbehaving, behaviour: Behaviour, reason: str
) -> None:
    server = misbehaving(by_path({"/api": OCTOPUS_API}, behaviour))

    result, seconds = run_cli(server.url)

    assert_clean_failure(result, seconds)
    assert f"GET {server.url}/api/users/me last answered no answer ({reason})" in result.stderr
    assert any(r.headers.get("x-octopus-apikey") == API_KEY for r in server.requests)  # the key was sent


def test_a_trickling_api_holds_the_deadline(misbehaving) -> None:
    server = misbehaving(trickle)

    result, seconds = run_cli(server.url)

    assert_clean_failure(result, seconds)
    assert "within 1 s: GET" in result.stderr and "/api last answered no answer" in result.stderr


def test_a_401_that_reflects_the_key_and_headers_is_redacted(misbehaving) -> None:
    server = misbehaving(by_path({"/api": OCTOPUS_API}, reflect_401))

    result, seconds = run_cli(server.url)

    assert_clean_failure(result, seconds)
    assert "/api/users/me last answered HTTP 401" in result.stderr
    assert "rejected: GET /api/users/me" in result.stderr  # the body is shown, only the secrets are not


def test_a_key_without_the_usual_shape_is_redacted_too(misbehaving) -> None:
    key = "s3cr3t-" + "k" * 20  # no API- prefix, so only the known-value redaction can catch it
    server = misbehaving(by_path({"/api": OCTOPUS_API}, reflect_401))

    result, seconds = run_cli(server.url, key=key)

    assert_clean_failure(result, seconds, key=key)


def test_a_200_without_a_json_object_is_not_ready(misbehaving) -> None:
    server = misbehaving(answer(200, "<html>Octopus is starting</html>", "text/html"))

    result, seconds = run_cli(server.url)

    assert_clean_failure(result, seconds)
    assert (
        "/api last answered HTTP 200 without a JSON object: <html>Octopus is starting</html>" in result.stderr
    )
    assert {r.path for r in server.requests} == {"/api"}  # it never went on to check the key


def test_garbage_cut_short_reset_and_trickle_are_retried_until_octopus_answers(misbehaving) -> None:
    ready = by_path({"/api": OCTOPUS_API, "/api/users/me": USERS_ME}, reflect_401)
    server = misbehaving(garbage, cut_short, reset, trickle, answer(200, "[]"), ready)

    result, seconds = run_cli(server.url, timeout=6)

    assert result.returncode == 0, result.stderr
    assert seconds < 5
    assert [r.path for r in server.requests] == ["/api"] * 6 + ["/api/users/me"]
    assert "ready: GET" in result.stdout


def test_a_timeout_after_an_answer_still_reports_that_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([Answer(False, "HTTP 503: Octopus Server is starting")])
    monkeypatch.setattr(
        waiter, "probe", lambda *_, **__: next(answers, Answer(False, "no answer (timed out)", http=False))
    )
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += max(seconds, 0.5)

    with pytest.raises(OctopusNotReady) as raised:
        waiter.wait_for_octopus(
            "http://octopus.invalid", API_KEY, timeout_seconds=2, interval_seconds=1,
            clock=lambda: now[0], sleep=sleep, log=lambda _: None,
        )

    assert str(raised.value).endswith(
        "GET http://octopus.invalid/api last answered HTTP 503: Octopus Server is starting; "
        "then: no answer (timed out)"
    )
