"""Wait until the Octopus API answers and accepts the admin API key, or fail saying why.

Run by the containers stack after it starts Octopus (`python3 -m octopus_patterns.wait_for_octopus`), so a
deploy of `containers` finishes only when the next stack can configure Octopus. The API key is read from
the OCTOPUS_API_KEY environment variable and never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

API_KEY_ENV = "OCTOPUS_API_KEY"
_BODY_SHOWN = 200


class OctopusNotReady(RuntimeError):
    """The API did not answer in time; the message names the URL and the last response."""


@dataclass(frozen=True)
class Answer:
    ok: bool
    detail: str  # what came back, for the error message: "HTTP 503: ..." or "connection refused"


def probe(url: str, api_key: str | None = None, timeout: float = 5.0) -> Answer:
    """GET `url`; ok when it answers 200 with a JSON object."""
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    if api_key:
        request.add_header("X-Octopus-ApiKey", api_key)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read().decode("utf-8", "replace")
            return Answer(_is_json_object(body), f"HTTP {response.status}: {body[:_BODY_SHOWN]}")
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        return Answer(False, f"HTTP {error.code}: {body[:_BODY_SHOWN]}")
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Answer(False, f"no answer ({reason})")


def _is_json_object(body: str) -> bool:
    try:
        return isinstance(json.loads(body), dict)
    except ValueError:
        return False


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
    base = server_url.rstrip("/")
    deadline = clock() + timeout_seconds
    for check_url, key in ((f"{base}/api", None), (f"{base}/api/users/me", api_key)):
        answer = probe(check_url, key, timeout=max(1.0, min(10.0, interval_seconds)))
        while not answer.ok:
            if clock() >= deadline:
                raise OctopusNotReady(
                    f"Octopus did not become ready within {timeout_seconds:g} s: "
                    f"GET {check_url} last answered {answer.detail}"
                )
            sleep(interval_seconds)
            answer = probe(check_url, key, timeout=max(1.0, min(10.0, interval_seconds)))
        log(f"ready: GET {check_url} answered {answer.detail[:40]}…")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="Octopus server URL, e.g. http://127.0.0.1:18080")
    parser.add_argument("--timeout-seconds", type=float, default=600.0)
    parser.add_argument("--interval-seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    api_key = os.environ.get(API_KEY_ENV, "")
    if not api_key:
        print(f"error: {API_KEY_ENV} is not set", file=sys.stderr)
        return 2
    try:
        wait_for_octopus(
            args.url, api_key, timeout_seconds=args.timeout_seconds, interval_seconds=args.interval_seconds
        )
    except OctopusNotReady as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
