"""What can go wrong while bootstrapping Gitea; every message names the URL and the user, never a password."""

from __future__ import annotations

from collections.abc import Iterable

from octopus_patterns.redaction import Redactor


class GiteaBootstrapError(RuntimeError):
    """The bootstrap could not finish; the message says what, where and what Gitea answered."""


class GiteaUnreachable(GiteaBootstrapError):
    """No usable HTTP answer (refused, reset, timed out, garbage or cut short, larger than the limit)."""


class GiteaNotReady(GiteaBootstrapError):
    """Gitea did not answer `GET /api/v1/version` in time."""


class GiteaAuthError(GiteaBootstrapError):
    """Gitea rejected (401) or refused (403) a user's credentials."""


class GiteaApiError(GiteaBootstrapError):
    """Gitea answered a request with a status the bootstrap cannot handle."""


class AdminCreationError(GiteaBootstrapError):
    """The first administrator could not be created inside the Gitea container."""


class SettingsError(ValueError):
    """Missing or invalid configuration; the message lists every problem, one per line."""


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace each secret in every form it may come back in (see octopus_patterns.redaction)."""
    return Redactor.of(secrets=secrets)(text)
