"""The bootstrap's configuration, read from environment variables (passwords only ever come from there)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from octopus_patterns.gitea.errors import SettingsError
from octopus_patterns.gitea.names import check_repository_name, check_team_name, check_user_name

DEFAULT_TIMEOUT_SECONDS = 300.0
DEFAULT_RETRY_INTERVAL_SECONDS = 2.0


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class BootstrapSettings:
    url: str  # e.g. http://127.0.0.1:3000, without /api/v1
    admin: Credentials
    admin_email: str
    editor: Credentials
    editor_email: str
    organization: str
    team: str
    repositories: tuple[str, ...]
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    retry_interval_seconds: float = DEFAULT_RETRY_INTERVAL_SECONDS
    container: str | None = None  # where `gitea admin user create` runs when the admin is missing

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.admin.password, self.editor.password)

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> BootstrapSettings:
        reader = _EnvReader(environ)
        admin = Credentials(reader.required("GITEA_ADMIN_USERNAME"), reader.required("GITEA_ADMIN_PASSWORD"))
        editor = Credentials(
            reader.required("GITEA_EDITOR_USERNAME"), reader.required("GITEA_EDITOR_PASSWORD")
        )
        settings = cls(
            url=reader.required("GITEA_URL").rstrip("/"),
            admin=admin,
            admin_email=reader.optional("GITEA_ADMIN_EMAIL") or f"{admin.username}@example.com",
            editor=editor,
            editor_email=reader.optional("GITEA_EDITOR_EMAIL") or f"{editor.username}@example.com",
            organization=reader.required("GITEA_ORGANIZATION"),
            team=reader.required("GITEA_TEAM"),
            repositories=reader.names("GITEA_REPOSITORIES"),
            timeout_seconds=reader.seconds("GITEA_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS),
            retry_interval_seconds=reader.seconds(
                "GITEA_RETRY_INTERVAL_SECONDS", DEFAULT_RETRY_INTERVAL_SECONDS
            ),
            container=reader.optional("GITEA_CONTAINER"),
        )
        reader.problems.extend(_name_problems(settings))
        if reader.problems:
            raise SettingsError("\n".join(reader.problems))
        return settings


def _name_problems(settings: BootstrapSettings) -> list[str]:
    checks = [
        check_user_name("admin user", settings.admin.username) if settings.admin.username else None,
        check_user_name("editor user", settings.editor.username) if settings.editor.username else None,
        check_user_name("organization", settings.organization) if settings.organization else None,
        check_team_name(settings.team) if settings.team else None,
        *(check_repository_name(name) for name in settings.repositories),
    ]
    if settings.url and not settings.url.startswith(("http://", "https://")):
        checks.append(f"GITEA_URL {settings.url!r}: must start with http:// or https://")
    if settings.admin.username and settings.admin.username.casefold() == settings.editor.username.casefold():
        checks.append(
            "GITEA_EDITOR_USERNAME must differ from GITEA_ADMIN_USERNAME (the editor is not an admin)"
        )
    return [problem for problem in checks if problem]


class _EnvReader:
    """Collects every problem instead of stopping at the first; never puts a password in a message."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ
        self.problems: list[str] = []

    def optional(self, name: str) -> str | None:
        value = self._environ.get(name, "").strip()
        return value or None

    def required(self, name: str) -> str:
        value = self.optional(name)
        if value is None:
            self.problems.append(f"{name} is not set")
            return ""
        return value

    def names(self, name: str) -> tuple[str, ...]:
        raw = self.optional(name)
        if raw is None:
            self.problems.append(f"{name} is not set (expected a comma-separated list)")
            return ()
        names = tuple(part.strip() for part in raw.split(",") if part.strip())
        if not names:
            self.problems.append(f"{name} lists no names (expected a comma-separated list)")
        if len({n.casefold() for n in names}) != len(names):
            self.problems.append(f"{name} lists a name twice (Gitea names are case-insensitive)")
        return names

    def seconds(self, name: str, default: float) -> float:
        raw = self.optional(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and value > 0):
            self.problems.append(f"{name} must be a positive number of seconds, got {raw!r}")
            return default
        return value
