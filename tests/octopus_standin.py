"""A local stand-in for the read-only parts of Octopus's REST API that the adoption reads, over real HTTP.

It follows Octopus's API as its documentation and its `/api` links document describe them: every request
needs the `X-Octopus-ApiKey` header (401 with an `ErrorMessage` otherwise); collections are paged with
`skip`/`take` and answer `{ItemType, TotalResults, ItemsPerPage, NumberOfPages, LastPageNumber, Items}`;
`/api/spaces`, `/api/users`, `/api/userroles` and `/api/teams` (`includeSystem`, `spaces`) are server-wide;
environments, lifecycles, feeds, projectgroups, libraryvariablesets, projects and tenants live under
`/api/{spaceId}/...` (404 for a space that does not exist). Like a real server it may return fewer items
than `take` asks for (`max_take`). Everything is in memory; every request is recorded.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

SPACE_COLLECTIONS = (
    "environments",
    "lifecycles",
    "feeds",
    "projectgroups",
    "libraryvariablesets",
    "projects",
    "tenants",
)
ITEM_TYPES = {
    "spaces": "Space",
    "users": "User",
    "userroles": "UserRole",
    "teams": "Team",
    "environments": "Environment",
    "lifecycles": "Lifecycle",
    "feeds": "Feed",
    "projectgroups": "ProjectGroup",
    "libraryvariablesets": "LibraryVariableSet",
    "projects": "Project",
    "tenants": "Tenant",
}


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, list[str]]
    api_key: str | None


@dataclass
class OctopusStandin:
    api_key: str
    max_take: int = 30  # a server may cap page sizes; the client must page on
    spaces: list[dict[str, Any]] = field(default_factory=list)
    server_wide: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"users": [], "userroles": [], "teams": []}
    )
    in_space: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._counter = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.add_space("Default", is_default=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> OctopusStandin:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # --- content --------------------------------------------------------------------------------------
    def _id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}-{self._counter}"

    def add_space(self, name: str, *, is_default: bool = False) -> str:
        space_id = self._id("Spaces")
        self.spaces.append({"Id": space_id, "Name": name, "IsDefault": is_default, "Links": {}})
        self.in_space[space_id] = {collection: [] for collection in SPACE_COLLECTIONS}
        return space_id

    def default_space_id(self) -> str:
        return next(space["Id"] for space in self.spaces if space["IsDefault"])

    def add(self, space_id: str, collection: str, name: str, **fields: Any) -> str:
        prefix = ITEM_TYPES[collection] + "s"
        object_id = self._id(prefix)
        self.in_space[space_id][collection].append(
            {"Id": object_id, "Name": name, "SpaceId": space_id, **fields}
        )
        return object_id

    def add_user(self, username: str) -> str:
        object_id = self._id("Users")
        self.server_wide["users"].append({"Id": object_id, "Username": username, "DisplayName": username})
        return object_id

    def add_user_role(self, name: str) -> str:
        object_id = self._id("userroles")
        self.server_wide["userroles"].append({"Id": object_id, "Name": name})
        return object_id

    def add_team(self, name: str, space_id: str | None = None) -> str:
        object_id = self._id("Teams")
        self.server_wide["teams"].append({"Id": object_id, "Name": name, "SpaceId": space_id})
        return object_id

    # --- HTTP -----------------------------------------------------------------------------------------
    def handle(self, target: str, headers: Any) -> tuple[int, Any]:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        key = headers.get("X-Octopus-ApiKey")
        self.requests.append(Request(parts.path, query, key))
        if key != self.api_key:
            return 401, {
                "ErrorMessage": "You must be logged in to perform this action. Please provide a "
                "valid API key or log in again.",
                "Errors": [],
            }
        items = self._collection(parts.path.strip("/").split("/"), query)
        if items is None:
            return 404, {"ErrorMessage": "The resource you requested was not found.", "Errors": []}
        return 200, self._page(parts.path.rsplit("/", 1)[-1], items, query)

    def _collection(self, segments: list[str], query: dict[str, list[str]]) -> list[dict[str, Any]] | None:
        if len(segments) == 2 and segments[0] == "api":
            if segments[1] == "spaces":
                return self.spaces
            if segments[1] == "teams":
                return self._teams(query)
            return self.server_wide.get(segments[1])
        if len(segments) == 3 and segments[0] == "api" and segments[1] in self.in_space:
            return self.in_space[segments[1]].get(segments[2])
        return None

    def _teams(self, query: dict[str, list[str]]) -> list[dict[str, Any]]:
        include_system = query.get("includeSystem", ["false"])[0].lower() == "true"
        wanted = {space for value in query.get("spaces", []) for space in value.split(",") if space}
        return [
            team
            for team in self.server_wide["teams"]
            if (team["SpaceId"] is None and include_system)
            or (team["SpaceId"] is not None and (not wanted or team["SpaceId"] in wanted))
        ]

    def _page(
        self, collection: str, items: list[dict[str, Any]], query: dict[str, list[str]]
    ) -> dict[str, Any]:
        skip = int(query.get("skip", ["0"])[0])
        take = min(int(query.get("take", ["30"])[0]), self.max_take)
        pages = max(1, -(-len(items) // take)) if take else 1
        return {
            "ItemType": ITEM_TYPES.get(collection, collection),
            "TotalResults": len(items),
            "ItemsPerPage": take,
            "NumberOfPages": pages,
            "LastPageNumber": pages - 1,
            "Items": items[skip : skip + take],
            "Links": {},
        }


def _handler(standin: OctopusStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            status, body = standin.handle(self.path, self.headers)
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            del format, args

    return Handler
