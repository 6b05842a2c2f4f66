"""Keep secrets out of every message: the value itself and the forms it travels in over HTTP.

Standard library only: the readiness wait and the Gitea bootstrap run as `python3 -m ...` from Terraform.
A server may echo what it was sent (a header, a URL, a JSON body), so besides the literal value this
redacts its percent-encoded, JSON-escaped and base64 forms, the `Basic base64(user:password)` token of each
credential pair, and, whatever the value, anything that looks like an Authorization or X-Octopus-ApiKey
header value, an Octopus API key or a password in a URL's userinfo. Redact before shortening a text: a
shortened text may hold only the start of a secret, which no longer matches.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

REDACTED = "***"

_PATTERNS = (
    # header values echoed back: `Authorization: Basic abc=`, `"X-Octopus-ApiKey": "API-..."`
    re.compile(r"(?i)(\bauthorization\"?\s*[:=]\s*\"?)(?:(?:basic|bearer|token)\s+)?[^\s\",;]+"),
    re.compile(r"(?i)(\bx-octopus-apikey\"?\s*[:=]\s*\"?)[^\s\",;]+"),
    re.compile(r"(\b)API-[A-Za-z0-9]{16,}"),  # the shape of an Octopus API key
    re.compile(r"(?i)([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^/\s@]+(?=@)"),  # scheme://user:PASSWORD@host
)


def _base64_forms(raw: bytes) -> set[str]:
    forms = set()
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        token = encode(raw).decode("ascii")
        forms |= {token, token.rstrip("=")}
    return forms


def secret_forms(secret: str) -> set[str]:
    """`secret` as it may come back: literal, percent-encoded, JSON-escaped, base64 (with or without `=`)."""
    if not secret:
        return set()
    return {
        secret,
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        *_base64_forms(secret.encode()),
    }


def basic_auth_forms(username: str, password: str) -> set[str]:
    """The token of `Authorization: Basic <token>` for this pair, and its unpadded form."""
    return _base64_forms(f"{username}:{password}".encode()) if password else set()


@dataclass(frozen=True)
class Redactor:
    """Replaces every known form of the given secrets, longest first, then the generic patterns."""

    forms: tuple[str, ...] = ()

    @classmethod
    def of(cls, secrets: Iterable[str] = (), credentials: Iterable[tuple[str, str]] = ()) -> Redactor:
        forms: set[str] = set()
        for secret in secrets:
            forms |= secret_forms(secret)
        for username, password in credentials:
            forms |= secret_forms(password) | basic_auth_forms(username, password)
        return cls(tuple(sorted(forms, key=lambda form: (-len(form), form))))

    def __call__(self, text: str) -> str:
        for form in self.forms:
            text = text.replace(form, REDACTED)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
        return text


def excerpt(text: str, limit: int = 200) -> str:
    """One line of at most `limit` characters; pass text that is already redacted."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
