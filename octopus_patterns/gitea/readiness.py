"""Wait, within one deadline, until Gitea answers `GET /api/v1/version` with its version."""

from __future__ import annotations

import time
from collections.abc import Callable

from octopus_patterns.bounded_http import Deadline
from octopus_patterns.gitea.client import GiteaClient, path
from octopus_patterns.gitea.errors import GiteaNotReady, GiteaUnreachable


def wait_until_ready(
    client: GiteaClient,
    *,
    timeout_seconds: float,
    interval_seconds: float,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Return Gitea's version once `/api/v1/version` answers 200 with one; raise GiteaNotReady on timeout.

    Refusals, resets, garbage and cut-short answers are retried; every try ends by the one deadline.
    """
    url = client.base_url + path("version")
    deadline = Deadline.after(timeout_seconds, clock)
    tries, last_response, last_error = 0, "none", ""
    while tries == 0 or not deadline.expired():
        tries += 1
        try:
            response = client.request("GET", path("version"), deadline=deadline)
            body = response.json()
            version = body.get("version") if isinstance(body, dict) else None
            if response.status == 200 and isinstance(version, str):
                return version
            last_response, last_error = response.summary(), ""
        except GiteaUnreachable as error:
            last_error = str(error)
        sleep(min(interval_seconds, deadline.remaining()))
    raise GiteaNotReady(
        f"Gitea at {url} did not become ready within {timeout_seconds:g} s ({tries} tries); "
        f"last response: {last_response}" + (f"; then: {last_error}" if last_error else "")
    )
