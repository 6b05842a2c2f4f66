"""Ensure, idempotently, what the config-as-code projects need in Gitea: users, organisation, team, repos.

Every step reads first and writes only what is missing, so a second run sends no POST or PUT.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from octopus_patterns.gitea.admin_user import AdminCreator
from octopus_patterns.gitea.client import ApiResponse, GiteaClient, auth_error, path
from octopus_patterns.gitea.errors import GiteaApiError, GiteaAuthError
from octopus_patterns.gitea.readiness import wait_until_ready
from octopus_patterns.gitea.settings import BootstrapSettings

DEFAULT_BRANCH = "main"
TEAM_UNITS = ("repo.code", "repo.issues", "repo.pulls", "repo.releases", "repo.wiki")
WRITE_OR_MORE = {"write", "admin", "owner"}
_TEAMS_PAGE_SIZE = 50


@dataclass(frozen=True)
class Outcome:
    action: Literal["created", "updated", "exists"]
    subject: str

    def line(self) -> str:
        return f"{self.action:<8} {self.subject}"


class GiteaBootstrap:
    def __init__(
        self,
        settings: BootstrapSettings,
        *,
        client: GiteaClient | None = None,
        admin_creator: AdminCreator | None = None,
        log: Callable[[str], None] = print,
    ) -> None:
        self.settings = settings
        self.client = client or GiteaClient.for_settings(settings)
        self.admin_creator = admin_creator
        self.log = log

    def run(self) -> list[Outcome]:
        s = self.settings
        version = wait_until_ready(
            self.client, timeout_seconds=s.timeout_seconds, interval_seconds=s.retry_interval_seconds
        )
        self.log(f"Gitea {version} answers at {s.url}")
        outcomes = [self.ensure_admin(), self.ensure_editor(), self.ensure_organization()]
        team_id, team_outcome = self.ensure_team()
        outcomes += [team_outcome, self.ensure_membership(team_id)]
        outcomes += [self.ensure_repository(name) for name in s.repositories]
        for outcome in outcomes:
            self.log(outcome.line())
        self.log(summary(s.url, outcomes))
        return outcomes

    def ensure_admin(self) -> Outcome:
        admin = self.settings.admin
        subject = f"admin user {admin.username!r}"
        response = self.client.request("GET", path("user"), auth=admin)
        action: Literal["created", "exists"] = "exists"
        if response.status == 401 and not self._visible_user(admin.username):
            self._create_admin(response)
            response = self.client.request("GET", path("user"), auth=admin)
            action = "created"
        if response.status != 200:
            raise (
                auth_error(admin.username, response)
                if response.status in (401, 403)
                else _api_error(response)
            )
        if not _json_object(response).get("is_admin"):
            raise GiteaAuthError(
                f"user {admin.username!r} at {self.settings.url} is not a Gitea site administrator, "
                "so it cannot create users and organisations"
            )
        return Outcome(action, subject)

    def _visible_user(self, username: str) -> bool:
        """Whether Gitea shows this user to anonymous callers (it does by default)."""
        return self.client.request("GET", path("users", username)).status == 200

    def _create_admin(self, rejected: ApiResponse) -> None:
        admin = self.settings.admin
        if self.admin_creator is None:
            raise GiteaAuthError(
                f"Gitea at {rejected.url} rejected user {admin.username!r} ({rejected.summary()}) and shows "
                "no such user; set GITEA_CONTAINER so the bootstrap can create this first administrator "
                "with `gitea admin user create`, or create it yourself"
            )
        self.log(f"creating admin user {admin.username!r} with {self.admin_creator.describe()}")
        self.admin_creator.create(admin.username, self.settings.admin_email, admin.password)

    def ensure_editor(self) -> Outcome:
        s = self.settings
        subject = f"editor user {s.editor.username!r}"
        found = self.client.expect("GET", path("users", s.editor.username), (200, 404), auth=s.admin)
        if found.status == 404:
            body = {
                "username": s.editor.username,
                "email": s.editor_email,
                "password": s.editor.password,
                "must_change_password": False,
            }
            self.client.expect("POST", path("admin", "users"), (201,), auth=s.admin, body=body)
            return Outcome("created", subject)
        check = self.client.request("GET", path("user"), auth=s.editor)
        if check.status != 200:
            raise auth_error(s.editor.username, check)
        return Outcome("exists", subject)

    def ensure_organization(self) -> Outcome:
        s = self.settings
        subject = f"organization {s.organization!r}"
        found = self.client.expect("GET", path("orgs", s.organization), (200, 404), auth=s.admin)
        if found.status == 200:
            return Outcome("exists", subject)
        body = {"username": s.organization, "visibility": "private", "repo_admin_change_team_access": False}
        self.client.expect("POST", path("orgs"), (201,), auth=s.admin, body=body)
        return Outcome("created", subject)

    def ensure_team(self) -> tuple[int, Outcome]:
        s = self.settings
        subject = f"team {s.team!r} in {s.organization!r}"
        existing = self._find_team()
        if existing is not None:
            _check_team_grants_write(existing, subject)
            return int(existing["id"]), Outcome("exists", subject)
        body = {
            "name": s.team,
            "description": "Edits the config-as-code repositories",
            "permission": "write",
            "includes_all_repositories": True,
            "can_create_org_repo": False,
            "units": list(TEAM_UNITS),
            "units_map": {unit: "write" for unit in TEAM_UNITS},
        }
        created = self.client.expect(
            "POST", path("orgs", s.organization, "teams"), (201,), auth=s.admin, body=body
        )
        return int(_json_object(created)["id"]), Outcome("created", subject)

    def _find_team(self) -> dict[str, Any] | None:
        s = self.settings
        page = 1
        while True:
            listing = path("orgs", s.organization, "teams") + f"?page={page}&limit={_TEAMS_PAGE_SIZE}"
            teams = self.client.expect("GET", listing, (200,), auth=s.admin).json()
            if not isinstance(teams, list):
                raise GiteaApiError(f"GET {self.client.base_url}{listing} did not answer a list of teams")
            for team in teams:
                if isinstance(team, dict) and str(team.get("name", "")).casefold() == s.team.casefold():
                    return team
            if len(teams) < _TEAMS_PAGE_SIZE:
                return None
            page += 1

    def ensure_membership(self, team_id: int) -> Outcome:
        s = self.settings
        subject = f"member {s.editor.username!r} of team {s.team!r}"
        member = path("teams", str(team_id), "members", s.editor.username)
        if self.client.expect("GET", member, (200, 404), auth=s.admin).status == 200:
            return Outcome("exists", subject)
        self.client.expect("PUT", member, (204,), auth=s.admin)
        return Outcome("created", subject)

    def ensure_repository(self, name: str) -> Outcome:
        s = self.settings
        subject = f"repository {s.organization}/{name}"
        found = self.client.expect("GET", path("repos", s.organization, name), (200, 404), auth=s.admin)
        if found.status == 404:
            body = {
                "name": name,
                "description": "Octopus config-as-code",
                "private": True,
                "auto_init": True,  # Gitea commits a README, so the repository has a first commit
                "readme": "Default",
                "default_branch": DEFAULT_BRANCH,
            }
            self.client.expect("POST", path("orgs", s.organization, "repos"), (201,), auth=s.admin, body=body)
            return Outcome("created", subject)
        repo = _json_object(found)
        if not repo.get("empty"):
            return Outcome("exists", subject)
        self._first_commit(name, str(repo.get("default_branch") or DEFAULT_BRANCH))
        return Outcome("updated", f"{subject} (first commit)")

    def _first_commit(self, name: str, branch: str) -> None:
        s = self.settings
        body = {
            "content": base64.b64encode(f"# {name}\n".encode()).decode(),
            "message": "Initial commit",
            "branch": branch,
        }
        target = path("repos", s.organization, name, "contents", "README.md")
        self.client.expect("POST", target, (201,), auth=s.admin, body=body)


def summary(url: str, outcomes: list[Outcome]) -> str:
    changed = [o for o in outcomes if o.action != "exists"]
    if not changed:
        return f"Gitea at {url}: nothing to change, all {len(outcomes)} items already exist"
    created = sum(o.action == "created" for o in outcomes)
    updated = len(changed) - created
    return f"Gitea at {url}: created {created}, updated {updated}, unchanged {len(outcomes) - len(changed)}"


def _json_object(response: ApiResponse) -> dict[str, Any]:
    body = response.json()
    if not isinstance(body, dict):
        raise GiteaApiError(
            f"{response.method} {response.url} did not answer a JSON object ({response.summary()})"
        )
    return body


def _api_error(response: ApiResponse) -> GiteaApiError:
    return GiteaApiError(f"{response.method} {response.url} answered {response.summary()}")


def _check_team_grants_write(team: dict[str, Any], subject: str) -> None:
    if team.get("permission") not in WRITE_OR_MORE or not team.get("includes_all_repositories"):
        raise GiteaApiError(
            f"{subject} exists but does not give write access to all repositories "
            f"(permission={team.get('permission')!r}, includes_all_repositories="
            f"{team.get('includes_all_repositories')!r}); change it in Gitea or choose another GITEA_TEAM"
        )
