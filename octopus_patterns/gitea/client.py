"""A minimal Gitea REST client (stdlib): JSON in, status and JSON out, HTTP basic auth.

Every request ends by its deadline (at most `request_timeout` seconds, whatever the server does) and reads
at most `MAX_BODY` bytes; anything that is not a usable HTTP answer raises GiteaUnreachable. Messages are
redacted with the client's Redactor before they are shortened, so no form of a password reaches them.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from octopus_patterns.bounded_http import Deadline, NoAnswer, fetch
from octopus_patterns.gitea.errors import GiteaApiError, GiteaAuthError, GiteaUnreachable
from octopus_patterns.gitea.settings import BootstrapSettings, Credentials
from octopus_patterns.redaction import Redactor, excerpt

API_PREFIX = "/api/v1"
MAX_BODY = 1024 * 1024  # a page of 50 teams, each with its organisation, is well under this
DEFAULT_REQUEST_TIMEOUT = 30.0
_EXCERPT_CHARS = 200


def path(*segments: str) -> str:
    """`/api/v1/<segment>/...` with every segment percent-encoded."""
    return API_PREFIX + "".join("/" + urllib.parse.quote(segment, safe="") for segment in segments)


def _unredacted(text: str) -> str:
    return text


@dataclass(frozen=True)
class ApiResponse:
    method: str
    url: str
    status: int
    text: str
    redact: Callable[[str], str] = field(default=_unredacted, repr=False, compare=False)

    def json(self) -> Any:
        try:
            return json.loads(self.text) if self.text else None
        except ValueError:
            return None

    def summary(self) -> str:
        """`HTTP 422: <Gitea's message>`, redacted, short and on one line, for error messages."""
        body = self.json()
        detail = body.get("message") if isinstance(body, dict) and body.get("message") else self.text
        detail = excerpt(self.redact(str(detail)), _EXCERPT_CHARS)
        return f"HTTP {self.status}: {detail}" if detail else f"HTTP {self.status}"


class GiteaClient:
    def __init__(
        self,
        base_url: str,
        *,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        redactor: Redactor | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.request_timeout = request_timeout
        self.redact = redactor or Redactor()

    @classmethod
    def for_settings(cls, settings: BootstrapSettings) -> GiteaClient:
        """A client whose messages redact both users' passwords and Basic-auth tokens."""
        pairs = [(c.username, c.password) for c in (settings.admin, settings.editor)]
        return cls(settings.url, redactor=Redactor.of(credentials=pairs))

    def request(
        self,
        method: str,
        api_path: str,
        *,
        auth: Credentials | None = None,
        body: Mapping[str, Any] | None = None,
        deadline: Deadline | None = None,
    ) -> ApiResponse:
        """Any HTTP status comes back as an ApiResponse; no usable answer raises GiteaUnreachable."""
        url = self.base_url + api_path
        deadline = (deadline or Deadline.after(self.request_timeout)).sooner(self.request_timeout)
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if auth is not None:
            token = base64.b64encode(f"{auth.username}:{auth.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        try:
            answer = fetch(
                url, deadline=deadline, method=method, headers=headers, body=data, max_body=MAX_BODY
            )
        except NoAnswer as error:
            raise GiteaUnreachable(self.redact(f"{method} {url}: no answer ({error.reason})")) from error
        if not answer.complete:
            raise GiteaUnreachable(self.redact(f"{method} {url}: answer larger than {MAX_BODY} bytes"))
        return ApiResponse(method, url, answer.status, answer.text(), self.redact)

    def expect(
        self,
        method: str,
        api_path: str,
        expected: tuple[int, ...],
        *,
        auth: Credentials,
        body: Mapping[str, Any] | None = None,
    ) -> ApiResponse:
        """Like `request`, but any status outside `expected` becomes a clear error."""
        response = self.request(method, api_path, auth=auth, body=body)
        if response.status in expected:
            return response
        if response.status in (401, 403):
            raise auth_error(auth.username, response)
        raise GiteaApiError(
            f"{method} {response.url} as user {auth.username!r} answered {response.summary()}"
        )


def auth_error(username: str, response: ApiResponse) -> GiteaAuthError:
    verb = "rejected the credentials of" if response.status == 401 else "refused"
    return GiteaAuthError(
        f"Gitea at {response.url} {verb} user {username!r} ({response.summary()}); "
        "check that user's password in the Terraform state or environment"
    )
