"""Read-only Octopus REST API client: paged GETs, one deadline for the whole run, redacted one-line errors."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from octopus_patterns.bounded_http import Deadline, NoAnswer, fetch
from octopus_patterns.redaction import Redactor, excerpt

PAGE_SIZE = 100
MAX_PAGES = 1000  # 100,000 objects of one kind: far beyond any server this estate meets
MAX_BODY = 8 * 1024 * 1024
REQUEST_SECONDS = 30.0


class ApiError(Exception):
    """The server could not be read; the message is one line, already redacted."""


@dataclass(frozen=True)
class OctopusApi:
    url: str
    api_key: str = field(repr=False)
    deadline: Deadline
    page_size: int = PAGE_SIZE

    def list(self, path: str, query: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        """Every item of a paged collection (`Items`, `TotalResults`; `skip`/`take`)."""
        items: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            paging = {"skip": len(items), "take": self.page_size}
            target = f"{path}?{urllib.parse.urlencode({**(query or {}), **paging})}"
            page = self._get_json(target)
            page_items, total = _page(page, target)
            items.extend(page_items)
            if not page_items or len(items) >= total:
                return items
        raise ApiError(f"GET {path}: more than {MAX_PAGES} pages; refusing to read on")

    def _get_json(self, target: str) -> Any:
        redact = Redactor.of([self.api_key])
        where = f"GET {self.url}{target}"
        try:
            answer = fetch(
                self.url + target,
                deadline=self.deadline.sooner(REQUEST_SECONDS),
                headers={"X-Octopus-ApiKey": self.api_key, "Accept": "application/json"},
                max_body=MAX_BODY,
            )
        except NoAnswer as error:
            raise ApiError(f"{where}: {error.reason}") from None
        if answer.status in (401, 403):
            raise ApiError(f"{where}: HTTP {answer.status}: the server refused the API key") from None
        if answer.status != 200:
            raise ApiError(f"{where}: HTTP {answer.status}: {excerpt(redact(answer.text()))}")
        if not answer.complete:
            raise ApiError(f"{where}: the answer is larger than {MAX_BODY // (1024 * 1024)} MiB")
        try:
            return json.loads(answer.body)
        except ValueError:
            raise ApiError(f"{where}: the answer is not JSON: {excerpt(redact(answer.text()), 80)}") from None


def _page(page: Any, target: str) -> tuple[list[dict[str, Any]], int]:
    if not isinstance(page, dict):
        raise ApiError(f"GET {target}: the answer is not a page of results (no JSON object)")
    items, total = page.get("Items"), page.get("TotalResults")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ApiError(f"GET {target}: the answer has no list of objects in Items")
    if not isinstance(total, int) or isinstance(total, bool) or total < 0:
        raise ApiError(f"GET {target}: the answer has no TotalResults count")
    return items, total
