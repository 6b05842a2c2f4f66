"""Wait, with a bounded number of tries, until Gitea answers `GET /api/v1/version`."""

from __future__ import annotations

import time
from collections.abc import Callable

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
    """Return Gitea's version once `/api/v1/version` answers 200 with one; raise GiteaNotReady on timeout."""
    url = client.base_url + path("version")
    deadline = clock() + timeout_seconds
    tries = 0
    while True:
        tries += 1
        remaining = max(0.1, deadline - clock())
        try:
            response = client.request("GET", path("version"), timeout=min(client.request_timeout, remaining))
            version = response.json().get("version") if isinstance(response.json(), dict) else None
            if response.status == 200 and isinstance(version, str):
                return version
            last = response.summary()
        except GiteaUnreachable as error:
            last = str(error)
        if clock() >= deadline:
            raise GiteaNotReady(
                f"Gitea at {url} did not become ready within {timeout_seconds:g} s ({tries} tries); "
                f"last response: {last}"
            )
        sleep(max(0.0, min(interval_seconds, deadline - clock())))
