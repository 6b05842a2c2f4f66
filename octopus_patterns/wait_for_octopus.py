"""Wait until the Octopus API answers and accepts the admin API key, or fail saying why.

Run by the containers stack after it starts Octopus (`python3 -m octopus_patterns.wait_for_octopus`), so a
deploy of `containers` finishes only when the next stack can configure Octopus. The API key is read from
the OCTOPUS_API_KEY environment variable and never printed, in any form: every message is redacted.
The whole wait ends by `--timeout-seconds`, even against a server that answers one byte at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from octopus_patterns.bounded_http import Deadline, NoAnswer, fetch
from octopus_patterns.redaction import Redactor, excerpt

API_KEY_ENV = "OCTOPUS_API_KEY"
MAX_BODY = 64 * 1024  # Octopus's /api document is a few KiB


class OctopusNotReady(RuntimeError):
    """The API did not answer in time; the message names the URL and the last response."""


@dataclass(frozen=True)
class Answer:
    ok: bool
    detail: str  # what came back, redacted, for the error message: "HTTP 503: ..." or "no answer (...)"
    http: bool = True  # False when no HTTP answer came back at all


def probe(url: str, api_key: str | None, *, deadline: Deadline, redact: Redactor) -> Answer:
    """GET `url` once, ending by `deadline`; ok only when it answers 200 with a JSON object."""
    headers = {"Accept": "application/json"}
    if api_key:
        headers["X-Octopus-ApiKey"] = api_key
    try:
        answer = fetch(url, deadline=deadline, headers=headers, max_body=MAX_BODY)
    except NoAnswer as error:
        return Answer(False, f"no answer ({error.reason})", http=False)
    shown = excerpt(redact(answer.text()))
    if answer.status != 200:
        return Answer(False, f"HTTP {answer.status}: {shown}")
    if not answer.complete:
        return Answer(False, f"HTTP 200 with a body over {MAX_BODY} bytes, not Octopus's API")
    if not _is_json_object(answer.text()):
        return Answer(False, f"HTTP 200 without a JSON object: {shown}")
    return Answer(True, f"HTTP 200: {shown}")


def _is_json_object(body: str) -> bool:
    try:
        return isinstance(json.loads(body), dict)
    except ValueError:
        return False


def _probe_seconds(interval_seconds: float) -> float:
    """How long one request may take, so that a hung request still leaves time to retry."""
    return max(1.0, min(10.0, interval_seconds))


def wait_for_octopus(
    server_url: str,
    api_key: str,
    *,
    timeout_seconds: float,
    interval_seconds: float,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    log: Callable[[str], None] = print,
) -> None:
    """Poll `<url>/api`, then `<url>/api/users/me` with the API key, until both answer or time runs out."""
    redact = Redactor.of(secrets=[api_key])
    base = server_url.rstrip("/")
    deadline = Deadline.after(timeout_seconds, clock)
    for check_url, key in ((f"{base}/api", None), (f"{base}/api/users/me", api_key)):
        answer = probe(
            check_url, key, deadline=deadline.sooner(_probe_seconds(interval_seconds)), redact=redact
        )
        last_http = answer if answer.http else None
        while not answer.ok:
            sleep(min(interval_seconds, deadline.remaining()))
            if deadline.expired():
                raise OctopusNotReady(
                    redact(
                        f"Octopus did not become ready within {timeout_seconds:g} s: "
                        f"GET {check_url} last answered {_last_words(answer, last_http)}"
                    )
                )
            answer = probe(
                check_url, key, deadline=deadline.sooner(_probe_seconds(interval_seconds)), redact=redact
            )
            last_http = answer if answer.http else last_http
        log(redact(f"ready: GET {check_url} answered {excerpt(answer.detail, 40)}"))


def _last_words(answer: Answer, last_http: Answer | None) -> str:
    """The last answer; when the last try got none (e.g. timed out under load), the last HTTP answer first."""
    if answer.http or last_http is None:
        return answer.detail
    return f"{last_http.detail}; then: {answer.detail}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m octopus_patterns.wait_for_octopus",
        description=(
            "Wait until the Octopus API answers GET /api with a JSON object and accepts the API key in "
            f"${API_KEY_ENV} on GET /api/users/me; exit 0 when ready, 1 on timeout, 2 without a key."
        ),
    )
    parser.add_argument("--url", required=True, help="Octopus server URL, e.g. http://127.0.0.1:18080")
    parser.add_argument("--timeout-seconds", type=float, default=600.0, help="the whole wait (default 600)")
    parser.add_argument("--interval-seconds", type=float, default=5.0, help="between tries (default 5)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    api_key = os.environ.get(API_KEY_ENV, "")
    if not api_key:
        print(f"error: {API_KEY_ENV} is not set", file=sys.stderr)
        return 2
    redact = Redactor.of(secrets=[api_key])
    try:
        wait_for_octopus(
            args.url,
            api_key,
            timeout_seconds=args.timeout_seconds,
            interval_seconds=args.interval_seconds,
            log=lambda line: print(redact(line), flush=True),
        )
    except OctopusNotReady as error:
        print(f"error: {redact(str(error))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
