"""A minimal Gitea REST client (stdlib `urllib`): JSON in, status and JSON out, HTTP basic auth."""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from octopus_patterns.gitea.errors import GiteaApiError, GiteaAuthError, GiteaUnreachable
from octopus_patterns.gitea.settings import Credentials

API_PREFIX = "/api/v1"
_EXCERPT_CHARS = 200


def path(*segments: str) -> str:
    """`/api/v1/<segment>/...` with every segment percent-encoded."""
    return API_PREFIX + "".join("/" + urllib.parse.quote(segment, safe="") for segment in segments)


@dataclass(frozen=True)
class ApiResponse:
    method: str
    url: str
    status: int
    text: str

    def json(self) -> Any:
        try:
            return json.loads(self.text) if self.text else None
        except ValueError:
            return None

    def summary(self) -> str:
        """`HTTP 422: <Gitea's message>`, short and on one line, for error messages."""
        body = self.json()
        detail = body.get("message") if isinstance(body, dict) and body.get("message") else self.text
        detail = " ".join(str(detail).split())[:_EXCERPT_CHARS]
        return f"HTTP {self.status}: {detail}" if detail else f"HTTP {self.status}"


class GiteaClient:
    def __init__(self, base_url: str, *, request_timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.request_timeout = request_timeout

    def request(
        self,
        method: str,
        api_path: str,
        *,
        auth: Credentials | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ApiResponse:
        """Any HTTP status comes back as an ApiResponse; no answer at all raises GiteaUnreachable."""
        url = self.base_url + api_path
        request = urllib.request.Request(url, method=method, headers={"Accept": "application/json"})
        if body is not None:
            request.data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        if auth is not None:
            token = base64.b64encode(f"{auth.username}:{auth.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.request_timeout) as answer:
                return ApiResponse(method, url, answer.status, answer.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            return ApiResponse(method, url, error.code, error.read().decode("utf-8", "replace"))
        except (OSError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", error)
            raise GiteaUnreachable(f"{method} {url}: no answer ({reason})") from error

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
