"""A local stand-in for the parts of Gitea's REST API (v1) that the bootstrap calls, served over real HTTP.

It follows Gitea's published API (paths under /api/v1, HTTP basic auth, JSON bodies, and the status codes
Gitea's handlers document: 201 on create, 204 on team-member PUT, 404 for missing things, 409 for an
existing repository, 422 for an existing user/organisation/team, 401 for bad credentials, 403 for a
non-admin on admin routes). It keeps users, organisations, teams and repositories in memory and records
every request. For the OCL seed it also serves a repository's default branch (`GET .../branches/{name}`),
reads of a file or directory (`GET .../contents/{path}?ref=`, 404 "object does not exist" when missing)
and Gitea's multi-file commit (`POST /repos/{owner}/{repo}/contents` with `ChangeFilesOptions`: branch,
message, files of `{operation, path, content}`; only "create" is modelled, 422 for an existing path), allowed
to site admins and members of a team with write access to all the organisation's repositories. It can
start "not ready" (503 or refusing connections) for a while, never become ready, or reject every credential.

`install_fake_gitea_cli` writes a fake `docker` and a fake `gitea` CLI for the admin-creation step: the
fake `docker exec` passes only the `-e` variables into the "container" (like Docker does) and runs the
command with the real /bin/sh, and the fake `gitea admin user create` creates the user in this stand-in.
They stand in for Docker and Gitea's CLI, which this machine does not have.
"""

from __future__ import annotations

import base64
import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

GITEA_VERSION = "1.22.6"
README_TEMPLATES = ("Default",)
WRITE_PERMISSIONS = ("write", "admin", "owner")
BACKDOOR_CREATE_USER = "/__standin__/cli/admin-user-create"
_NAME_RE = re.compile(r"[A-Za-z0-9_.-]+")  # fullmatch, as Go's `$` (no newline exception)


@dataclass
class User:
    id: int
    username: str
    email: str
    password: str = field(repr=False)
    is_admin: bool = False
    is_organization: bool = False
    visibility: str = "public"


@dataclass
class Team:
    id: int
    org: str
    name: str
    permission: str
    includes_all_repositories: bool
    units_map: dict[str, str]
    members: set[str] = field(default_factory=set)


@dataclass
class Repo:
    id: int
    owner: str
    name: str
    private: bool
    default_branch: str
    files: dict[str, bytes] = field(default_factory=dict)
    commits: list[str] = field(default_factory=list)  # commit messages, oldest first

    @property
    def empty(self) -> bool:
        return not self.files


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    user: str | None  # the basic-auth username sent, if any
    body: Any


class HttpError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class GiteaStandin:
    def __init__(
        self,
        *,
        not_ready_seconds: float = 0.0,
        refuse_connections_seconds: float = 0.0,
        never_ready: bool = False,
        reject_auth: bool = False,
    ) -> None:
        self.not_ready_seconds = not_ready_seconds
        self.refuse_connections_seconds = refuse_connections_seconds
        self.never_ready = never_ready
        self.reject_auth = reject_auth
        self.requests: list[RecordedRequest] = []
        self.cli_calls: list[dict[str, Any]] = []
        self.users: dict[str, User] = {}  # key: lower-case name; organisations live here too, as in Gitea
        self.teams: dict[int, Team] = {}
        self.repos: dict[tuple[str, str], Repo] = {}
        self._ids = 0
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._started_at = 0.0
        self.port = _free_port()
        self._timer: threading.Timer | None = None

    # -- lifecycle -------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> GiteaStandin:
        self._started_at = time.monotonic()
        if self.refuse_connections_seconds > 0:
            self._timer = threading.Timer(self.refuse_connections_seconds, self._listen)
            self._timer.start()
        else:
            self._listen()
        return self

    def _listen(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        server.daemon_threads = True
        server.standin = self  # type: ignore[attr-defined]
        self._server = server
        threading.Thread(target=server.serve_forever, args=(0.05,), name="gitea-standin", daemon=True).start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer.join()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> GiteaStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- state set-up and inspection -------------------------------------------------------------------

    def add_user(self, username: str, password: str, *, is_admin: bool = False, email: str = "") -> User:
        with self._lock:
            user = User(self._next_id(), username, email or f"{username}@example.com", password, is_admin)
            self.users[username.lower()] = user
            return user

    def add_org(self, name: str, *, owner: str | None = None) -> User:
        with self._lock:
            org = User(self._next_id(), name, "", "", is_organization=True, visibility="private")
            self.users[name.lower()] = org
            owners = self.add_team(name, "Owners", permission="owner")
            if owner:
                self.teams[owners].members.add(owner.lower())
            return org

    def add_team(self, org: str, name: str, *, permission: str = "write", includes_all: bool = True) -> int:
        with self._lock:
            team = Team(
                self._next_id(), org.lower(), name, permission, includes_all, {"repo.code": permission}
            )
            self.teams[team.id] = team
            return team.id

    def add_team_member(self, team_id: int, username: str) -> None:
        with self._lock:
            self.teams[team_id].members.add(username.lower())

    def add_repo(self, org: str, name: str, *, empty: bool = False) -> Repo:
        with self._lock:
            repo = Repo(self._next_id(), org.lower(), name, True, "main")
            if not empty:
                repo.files["README.md"] = f"# {name}\n".encode()
            self.repos[(org.lower(), name.lower())] = repo
            return repo

    def find_team(self, org: str, name: str) -> Team | None:
        return next(
            (t for t in self.teams.values() if t.org == org.lower() and t.name.lower() == name.lower()), None
        )

    def writes(self) -> list[RecordedRequest]:
        """API requests that could change something (anything but GET/HEAD)."""
        return [r for r in self.requests if r.method not in ("GET", "HEAD")]

    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    # -- request handling ------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Any, raw_body: bytes) -> tuple[int, Any]:
        split = urlsplit(target)
        body = _parse_json(raw_body)
        if split.path == BACKDOOR_CREATE_USER:
            return self._cli_create_user(body)
        with self._lock:
            self.requests.append(
                RecordedRequest(method, split.path, parse_qs(split.query), _basic_user(headers), body)
            )
        if self.never_ready or time.monotonic() - self._started_at < self.not_ready_seconds:
            return 503, "Service Unavailable"
        if not split.path.startswith("/api/v1/"):
            return 404, "404 page not found"
        try:
            with self._lock:
                doer = self._authenticate(headers)
                return self._route(method, split.path[len("/api/v1") :], parse_qs(split.query), doer, body)
        except HttpError as error:
            return error.status, {"message": error.message, "url": f"{self.url}/api/swagger"}

    def _authenticate(self, headers: Any) -> User | None:
        header = headers.get("Authorization")
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            raise HttpError(401, "unsupported authorization scheme")
        username, _, password = base64.b64decode(value).decode().partition(":")
        user = self.users.get(username.lower())
        if user is None or user.is_organization:
            raise HttpError(401, f"user does not exist [uid: 0, name: {username}]")
        if self.reject_auth or password != user.password:
            raise HttpError(401, f"user's password is invalid [uid: {user.id}, name: {user.username}]")
        return user

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], doer: User | None, body: Any
    ) -> Any:
        parts = [unquote(p) for p in path.strip("/").split("/")]
        if len(parts) >= 4 and parts[0] == "repos" and parts[3] == "contents":
            return self._contents(method, parts[1], parts[2], "/".join(parts[4:]), query, doer, body)
        routes: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
            ("GET", "version", lambda: (200, {"version": GITEA_VERSION})),
            ("GET", "user", lambda: (200, _user_json(_signed_in(doer)))),
            ("GET", "users/*", lambda name: self._get_user(name)),
            ("POST", "admin/users", lambda: self._create_user(_site_admin(doer), body)),
            ("GET", "orgs/*", lambda org: self._get_org(doer, org)),
            ("POST", "orgs", lambda: self._create_org(_signed_in(doer), body)),
            ("GET", "orgs/*/teams", lambda org: self._list_teams(doer, org, query)),
            ("POST", "orgs/*/teams", lambda org: self._create_team(_site_admin(doer), org, body)),
            ("GET", "teams/*/members/*", lambda tid, name: self._get_member(_site_admin(doer), tid, name)),
            ("PUT", "teams/*/members/*", lambda tid, name: self._add_member(_site_admin(doer), tid, name)),
            ("GET", "repos/*/*", lambda owner, name: self._get_repo(doer, owner, name)),
            ("GET", "repos/*/*/branches/*", lambda o, n, b: self._get_branch(doer, o, n, b)),
            ("POST", "orgs/*/repos", lambda org: self._create_repo(_site_admin(doer), org, body)),
        ]
        for route_method, pattern, handler in routes:
            args = _match(pattern, parts)
            if args is not None:
                if route_method != method:
                    continue
                return handler(*args)
        raise HttpError(404, "not found")

    # -- users and organisations -----------------------------------------------------------------------

    def _get_user(self, name: str) -> tuple[int, Any]:
        user = self.users.get(name.lower())
        if user is None or user.is_organization:
            raise HttpError(404, f"user redirect does not exist [name: {name}]")
        return 200, _user_json(user)

    def _create_user(self, admin: User, body: Any) -> tuple[int, Any]:
        del admin
        username, email, password = (str(body.get(k) or "") for k in ("username", "email", "password"))
        if not username or not email:
            raise HttpError(422, "[Username]: Required; [Email]: Required")
        if username.lower() in self.users:
            raise HttpError(422, f"user already exists [name: {username}]")
        if len(password) < 8:
            raise HttpError(400, "PasswordTooShort")
        return 201, _user_json(self.add_user(username, password, email=email))

    def _get_org(self, doer: User | None, name: str) -> tuple[int, Any]:
        org = self._org(name)
        if org.visibility == "private" and not self._can_see_org(doer, org):
            raise HttpError(404, "not found")
        return 200, _org_json(org)

    def _create_org(self, doer: User, body: Any) -> tuple[int, Any]:
        name = str(body.get("username") or "")
        if not name:
            raise HttpError(422, "[UserName]: Required")
        if name.lower() in self.users:
            raise HttpError(422, f"user already exists [name: {name}]")
        org = self.add_org(name, owner=doer.username)
        org.visibility = str(body.get("visibility") or "public")
        return 201, _org_json(org)

    def _org(self, name: str) -> User:
        org = self.users.get(name.lower())
        if org is None or not org.is_organization:
            raise HttpError(404, f"GetOrgByName: org does not exist [name: {name}]")
        return org

    def _can_see_org(self, doer: User | None, org: User) -> bool:
        if doer is None:
            return False
        teams = (t for t in self.teams.values() if t.org == org.username.lower())
        return doer.is_admin or any(doer.username.lower() in t.members for t in teams)

    # -- teams -----------------------------------------------------------------------------------------

    def _list_teams(self, doer: User | None, org_name: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        org = self._org(org_name)
        if not self._can_see_org(_signed_in(doer), org):
            raise HttpError(403, "Must be an organization member")
        page, limit = int(query.get("page", ["1"])[0]), int(query.get("limit", ["30"])[0])
        teams = sorted((t for t in self.teams.values() if t.org == org.username.lower()), key=lambda t: t.id)
        return 200, [_team_json(t, org) for t in teams[(page - 1) * limit : page * limit]]

    def _create_team(self, admin: User, org_name: str, body: Any) -> tuple[int, Any]:
        del admin
        org = self._org(org_name)
        name = str(body.get("name") or "")
        if not name or not _NAME_RE.fullmatch(name):
            raise HttpError(422, "[Name]: Required; AlphaDashDot")
        if self.find_team(org.username, name) is not None:
            raise HttpError(422, f"team already exists [org_id: {org.id}, name: {name}]")
        units_map = dict(body.get("units_map") or {})
        if not units_map and not body.get("units"):
            raise HttpError(500, "units permission should not be empty")
        permission = str(body.get("permission") or "none")
        if units_map and permission != "admin":
            permission = min(units_map.values(), key=["none", "read", "write", "admin", "owner"].index)
        team_id = self.add_team(org.username, name, permission=permission)
        team = self.teams[team_id]
        team.includes_all_repositories = bool(body.get("includes_all_repositories"))
        team.units_map = units_map or {u: permission for u in body.get("units", [])}
        return 201, _team_json(team, org)

    def _team(self, team_id: str) -> Team:
        team = self.teams.get(int(team_id)) if team_id.isdigit() else None
        if team is None:
            raise HttpError(404, f"team does not exist [id: {team_id}]")
        return team

    def _get_member(self, admin: User, team_id: str, username: str) -> tuple[int, Any]:
        del admin
        team, user = self._team(team_id), self._get_user(username)[1]
        if username.lower() not in team.members:
            raise HttpError(404, "not found")
        return 200, user

    def _add_member(self, admin: User, team_id: str, username: str) -> tuple[int, Any]:
        del admin
        team = self._team(team_id)
        self._get_user(username)
        team.members.add(username.lower())
        return 204, None

    # -- repositories ----------------------------------------------------------------------------------

    def _get_repo(self, doer: User | None, owner: str, name: str) -> tuple[int, Any]:
        repo = self.repos.get((owner.lower(), name.lower()))
        if repo is None or (repo.private and not (doer and doer.is_admin)):
            raise HttpError(404, "not found")
        return 200, _repo_json(repo, self.users[repo.owner])

    def _create_repo(self, admin: User, org_name: str, body: Any) -> tuple[int, Any]:
        del admin
        org = self._org(org_name)
        name = str(body.get("name") or "")
        if not name or not _NAME_RE.fullmatch(name) or len(name) > 100:
            raise HttpError(422, "[Name]: Required; AlphaDashDot; MaxSize(100)")
        readme = body.get("readme") or ("Default" if body.get("auto_init") else "")
        if body.get("auto_init") and readme not in README_TEMPLATES:
            raise HttpError(
                400, f"readme template does not exist, available templates: {list(README_TEMPLATES)}"
            )
        if (org.username.lower(), name.lower()) in self.repos:
            raise HttpError(409, "The repository with the same name already exists.")
        repo = self.add_repo(org.username, name, empty=not body.get("auto_init"))
        repo.private = bool(body.get("private"))
        repo.default_branch = str(body.get("default_branch") or "main")
        return 201, _repo_json(repo, org)

    def _create_file(self, admin: User, owner: str, name: str, file_path: str, body: Any) -> tuple[int, Any]:
        del admin
        repo = self.repos.get((owner.lower(), name.lower()))
        if repo is None:
            raise HttpError(404, "not found")
        if file_path in repo.files:
            raise HttpError(422, "repository file already exists [path: README.md]")
        try:
            content = base64.b64decode(str(body.get("content") or ""), validate=True)
        except ValueError as error:
            raise HttpError(400, f"illegal base64 data: {error}") from error
        if repo.empty and body.get("branch") not in (None, "", repo.default_branch):
            raise HttpError(404, f"branch does not exist [name: {body.get('branch')}]")
        repo.files[file_path] = content
        return 201, {
            "content": {"name": file_path, "path": file_path},
            "commit": {"message": body.get("message")},
        }

    # -- branches and contents (one branch per repository: its default branch) -------------------------

    def _readable_repo(self, doer: User | None, owner: str, name: str) -> Repo:
        repo = self.repos.get((owner.lower(), name.lower()))
        if repo is None or (repo.private and not self._can_read(doer, repo)):
            raise HttpError(404, "The target couldn't be found.")
        return repo

    def _can_read(self, doer: User | None, repo: Repo) -> bool:
        return doer is not None and (doer.is_admin or self._team_permission(doer, repo) is not None)

    def _can_write(self, doer: User | None, repo: Repo) -> bool:
        return doer is not None and (doer.is_admin or self._team_permission(doer, repo) in WRITE_PERMISSIONS)

    def _team_permission(self, doer: User, repo: Repo) -> str | None:
        for team in self.teams.values():
            member = doer.username.lower() in team.members
            if team.org == repo.owner.lower() and team.includes_all_repositories and member:
                return team.permission
        return None

    def _get_branch(self, doer: User | None, owner: str, name: str, branch: str) -> tuple[int, Any]:
        repo = self._readable_repo(doer, owner, name)
        if repo.empty or branch != repo.default_branch:
            raise HttpError(404, f"branch does not exist [name: {branch}]")
        return 200, {"name": branch, "commit": {"message": repo.commits[-1] if repo.commits else ""}}

    def _contents(
        self,
        method: str,
        owner: str,
        name: str,
        file_path: str,
        query: dict[str, list[str]],
        doer: User | None,
        body: Any,
    ) -> tuple[int, Any]:
        if method == "GET":
            return self._read_contents(self._readable_repo(doer, owner, name), file_path, query)
        if method != "POST":
            raise HttpError(405, "method not allowed")
        if file_path:
            return self._create_file(_site_admin(doer), owner, name, file_path, body)
        repo = self._readable_repo(doer, owner, name)
        if not self._can_write(_signed_in(doer), repo):
            raise HttpError(403, "user should have a permission to write to the target branch")
        return self._change_files(repo, body)

    def _read_contents(self, repo: Repo, file_path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        ref = (query.get("ref") or [repo.default_branch])[0]
        if repo.empty or ref != repo.default_branch:
            raise HttpError(404, f"object does not exist [id: {ref}, rel_path: ]")
        if file_path in repo.files:
            content = base64.b64encode(repo.files[file_path]).decode()
            return 200, {"type": "file", "path": file_path, "encoding": "base64", "content": content}
        prefix = file_path.rstrip("/") + "/"
        entries = sorted({p[len(prefix) :].split("/")[0] for p in repo.files if p.startswith(prefix)})
        if not entries:
            raise HttpError(404, f"object does not exist [id: {ref}, rel_path: {file_path}]")
        return 200, [{"name": entry, "path": prefix + entry} for entry in entries]

    def _change_files(self, repo: Repo, body: Any) -> tuple[int, Any]:
        """`ChangeFilesOptions`: several file operations in one commit (only "create" is modelled)."""
        if not isinstance(body, dict) or not isinstance(body.get("files"), list) or not body["files"]:
            raise HttpError(422, "[Files]: Required")
        branch = body.get("branch") or repo.default_branch
        if branch != repo.default_branch or repo.empty:
            raise HttpError(404, f"branch does not exist [name: {branch}]")
        created: dict[str, bytes] = {}
        for change in body["files"]:
            operation, file_path = change.get("operation"), str(change.get("path") or "")
            if operation != "create":
                raise HttpError(422, f"stand-in models only 'create', got {operation!r}")
            if not file_path or file_path in repo.files or file_path in created:
                raise HttpError(422, f"repository file already exists [path: {file_path}]")
            try:
                created[file_path] = base64.b64decode(str(change.get("content") or ""), validate=True)
            except ValueError as error:
                raise HttpError(400, f"illegal base64 data: {error}") from error
        repo.files.update(created)
        repo.commits.append(str(body.get("message") or ""))
        files = [{"name": p.rsplit("/", 1)[-1], "path": p} for p in created]
        return 201, {"files": files, "commit": {"message": body.get("message")}}

    # -- the fake CLI's way in -------------------------------------------------------------------------

    def _cli_create_user(self, body: Any) -> tuple[int, Any]:
        with self._lock:
            self.cli_calls.append(dict(body))
            name = str(body["username"])
            if name.lower() in self.users:
                return 409, {"message": f"user already exists [name: {name}]"}
            user = self.add_user(
                name, str(body["password"]), is_admin=bool(body["admin"]), email=body["email"]
            )
            return 201, _user_json(user)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        standin: GiteaStandin = self.server.standin  # type: ignore[attr-defined]
        status, payload = standin.handle(self.command, self.path, self.headers, raw)
        data = (
            b""
            if payload is None
            else (payload if isinstance(payload, str) else json.dumps(payload)).encode()
        )
        self.send_response(status)
        if data:
            content_type = "text/plain" if isinstance(payload, str) else "application/json;charset=utf-8"
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        del format, args


def _match(pattern: str, parts: list[str]) -> list[str] | None:
    pieces = pattern.split("/")
    if len(pieces) != len(parts):
        return None
    args = []
    for piece, part in zip(pieces, parts, strict=True):
        if piece == "*":
            args.append(part)
        elif piece != part:
            return None
    return args


def _signed_in(doer: User | None) -> User:
    if doer is None:
        raise HttpError(401, "token is required")
    return doer


def _site_admin(doer: User | None) -> User:
    if not _signed_in(doer).is_admin:
        raise HttpError(403, "user should be the site admin")
    return _signed_in(doer)


def _basic_user(headers: Any) -> str | None:
    header = headers.get("Authorization") or ""
    if not header.lower().startswith("basic "):
        return None
    return base64.b64decode(header[6:]).decode().partition(":")[0]


def _parse_json(raw: bytes) -> Any:
    return json.loads(raw) if raw else {}


def _user_json(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "login": user.username,
        "username": user.username,
        "login_name": "",
        "full_name": "",
        "email": user.email,
        "is_admin": user.is_admin,
        "active": True,
        "prohibit_login": False,
        "restricted": False,
        "visibility": user.visibility,
    }


def _org_json(org: User) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.username,
        "username": org.username,
        "full_name": "",
        "visibility": org.visibility,
        "repo_admin_change_team_access": False,
    }


def _team_json(team: Team, org: User) -> dict[str, Any]:
    return {
        "id": team.id,
        "name": team.name,
        "permission": team.permission,
        "includes_all_repositories": team.includes_all_repositories,
        "units": sorted(team.units_map),
        "units_map": team.units_map,
        "organization": _org_json(org),
    }


def _repo_json(repo: Repo, owner: User) -> dict[str, Any]:
    return {
        "id": repo.id,
        "name": repo.name,
        "full_name": f"{owner.username}/{repo.name}",
        "owner": {"id": owner.id, "login": owner.username},
        "private": repo.private,
        "empty": repo.empty,
        "default_branch": repo.default_branch,
    }


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- fake `docker` and `gitea` executables for the admin-creation step -------------------------------------

_FAKE_DOCKER = r"""
import json, os, subprocess, sys

args = sys.argv[1:]
log = os.environ["FAKE_DOCKER_LOG"]
with open(log, "a") as handle:
    handle.write(json.dumps({"argv": sys.argv[1:]}) + "\n")
if not args or args[0] != "exec":
    sys.exit("fake docker: only `docker exec` is supported")
args, user, container_env = args[1:], "root", {"PATH": os.environ["FAKE_CONTAINER_PATH"]}
while args and args[0].startswith("-"):
    option, args = args[0], args[1:]
    if option in ("-u", "--user"):
        user, args = args[0], args[1:]
    elif option in ("-e", "--env"):
        name, eq, value = args[0].partition("=")
        args = args[1:]
        if eq:
            container_env[name] = value
        elif name in os.environ:  # `-e NAME` copies NAME from the client's environment, as Docker does
            container_env[name] = os.environ[name]
    else:
        sys.exit(f"fake docker: unsupported option {option}")
container, command = args[0], args[1:]
if container != os.environ["FAKE_DOCKER_CONTAINER"]:
    sys.exit(f"Error response from daemon: No such container: {container}")
container_env["FAKE_CONTAINER_USER"] = user
container_env["FAKE_GITEA_STANDIN_URL"] = os.environ["FAKE_GITEA_STANDIN_URL"]
sys.exit(subprocess.run(command, env=container_env).returncode)
"""

_FAKE_GITEA = r"""
import argparse, json, os, sys, urllib.error, urllib.request

if os.environ.get("FAKE_CONTAINER_USER") != "git":
    sys.exit(f"Expect user 'git' but current user is: {os.environ.get('FAKE_CONTAINER_USER')}")
arguments, config = sys.argv[1:], None
if arguments[:1] == ["--config"]:
    config, arguments = arguments[1], arguments[2:]
if arguments[:3] != ["admin", "user", "create"]:
    sys.exit("fake gitea: only `gitea [--config FILE] admin user create` is supported")
parser = argparse.ArgumentParser()
parser.add_argument("--username", required=True)
parser.add_argument("--email", required=True)
parser.add_argument("--password", required=True)
parser.add_argument("--admin", action="store_true")
parser.add_argument("--must-change-password", default="true")
options = parser.parse_args(arguments[3:])
body = {"username": options.username, "email": options.email, "password": options.password,
        "admin": options.admin, "must_change_password": options.must_change_password, "config": config}
request = urllib.request.Request(os.environ["FAKE_GITEA_STANDIN_URL"] + "/__standin__/cli/admin-user-create",
                                 data=json.dumps(body).encode(), method="POST")
try:
    urllib.request.urlopen(request).read()
except urllib.error.HTTPError as error:
    sys.exit("Command error: CreateUser: " + json.loads(error.read())["message"])
print(f"New user '{options.username}' has been successfully created!")
"""


def install_fake_gitea_cli(bin_dir: Path) -> Path:
    """Write fake `docker` and `gitea` executables into `bin_dir`; returns the docker invocation log file."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    for name, source in (("docker", _FAKE_DOCKER), ("gitea", _FAKE_GITEA)):
        script = bin_dir / name
        script.write_text(f"#!{sys.executable}\n{source}")
        script.chmod(0o755)
    return bin_dir / "docker-invocations.jsonl"
