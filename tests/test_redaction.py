"""The one redaction helper the readiness wait and the Gitea bootstrap share."""

from __future__ import annotations

import base64
import json
import urllib.parse

import pytest

from octopus_patterns.redaction import REDACTED, Redactor, excerpt

PASSWORD = 'pa/ss+wo rd"é=='  # characters that change under every encoding
USER = "gitea_admin"


def forms() -> dict[str, str]:
    raw = PASSWORD.encode()
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    return {
        "literal": PASSWORD,
        "percent-encoded": urllib.parse.quote(PASSWORD, safe=""),
        "form-encoded": urllib.parse.quote_plus(PASSWORD, safe=""),
        "json-escaped": json.dumps(PASSWORD)[1:-1],
        "base64": base64.b64encode(raw).decode(),
        "base64 unpadded": base64.b64encode(raw).decode().rstrip("="),
        "base64 url-safe": base64.urlsafe_b64encode(raw).decode(),
        "basic token": basic,
        "basic token unpadded": basic.rstrip("="),
    }


@pytest.mark.parametrize("form", sorted(forms()))
def test_every_form_of_a_credential_is_redacted_wherever_it_sits(form: str) -> None:
    value = forms()[form]
    text = f'{{"message": "you sent {value} at http://h/x?p={value}"}}'

    redacted = Redactor.of(credentials=[(USER, PASSWORD)])(text)

    assert value not in redacted and redacted.count(REDACTED) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Basic dXNlcjpwYXNzd29yZA==",
        '"authorization": "Bearer abc.def"',
        "X-Octopus-ApiKey: whatever-value",
        "key API-ABCDEFGHIJKLMNOPQRSTUV was rejected",
        "clone http://octopus:s3cret@127.0.0.1:3000/org/repo.git",
    ],
)
def test_header_values_api_keys_and_url_passwords_are_redacted_even_when_unknown(text: str) -> None:
    secret = {0: "dXNlcjpwYXNzd29yZA", 1: "abc.def", 2: "whatever-value", 3: "ABCDEFGHIJ", 4: "s3cret"}
    redacted = Redactor()(text)

    assert REDACTED in redacted
    assert not any(value in redacted for value in secret.values())


def test_plain_text_and_urls_without_secrets_are_left_alone() -> None:
    text = "GET http://127.0.0.1:3000/api/v1/version answered HTTP 503: Service Unavailable"
    assert Redactor.of(secrets=["not-in-the-text"])(text) == text


def test_redacting_before_shortening_leaves_no_prefix_of_the_secret() -> None:
    key = "K" * 30
    text = "x" * 190 + key

    shown = excerpt(Redactor.of(secrets=[key])(text), 200)

    assert "K" not in shown and shown.endswith(REDACTED)
