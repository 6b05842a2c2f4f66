"""Create Gitea's first administrator with Gitea's own CLI, inside its container (`docker exec`).

With INSTALL_LOCK=true there is no install page and the REST API cannot create the first admin (creating
users needs an admin already), so this is the one step that is not plain HTTP. It is kept apart behind the
small `AdminCreator` protocol, so a Gitea that is not a local container can swap it (or skip it by
creating the admin beforehand).

The password never appears on the `docker` command line: `docker exec -e NAME` (no value) copies it from
this process's environment into the exec'd process, and `sh` expands it into Gitea's `--password` flag
inside the container. Residual exposure: for the second or so `gitea admin user create` runs, its argument
list (with the password) is visible to whoever can list that container's processes (root on the host).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from octopus_patterns.gitea.errors import AdminCreationError, redact

PASSWORD_ENV = "BOOTSTRAP_ADMIN_PASSWORD"  # deliberately not GITEA_*: Gitea reads GITEA__* from its env
CONTAINER_USER = "git"  # the rootful gitea/gitea image refuses CLI commands run as root
APP_INI = "/data/gitea/conf/app.ini"  # where the gitea/gitea image keeps its configuration
_CREATE_SCRIPT = (
    'exec gitea --config "$3" admin user create --admin --username "$1" --email "$2" '
    f'--password="${PASSWORD_ENV}" --must-change-password=false'
)
_OUTPUT_TAIL_CHARS = 400


class AdminCreator(Protocol):
    def create(self, username: str, email: str, password: str) -> None: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class DockerExecAdminCreator:
    container: str
    docker: str = "docker"
    app_ini: str = APP_INI
    timeout_seconds: float = 120.0

    def argv(self, username: str, email: str) -> list[str]:
        """The command line: names only, the password travels in the environment."""
        return [
            self.docker, "exec", "-u", CONTAINER_USER, "-e", PASSWORD_ENV, self.container,
            "sh", "-c", _CREATE_SCRIPT, "sh", username, email, self.app_ini,
        ]  # fmt: skip

    def describe(self) -> str:
        return f"`gitea admin user create` in container {self.container!r} (docker exec)"

    def create(self, username: str, email: str, password: str) -> None:
        environment: Mapping[str, str] = {**os.environ, PASSWORD_ENV: password}
        try:
            result = subprocess.run(
                self.argv(username, email),
                env=environment,
                capture_output=True,
                text=True,
                timeout=self.timeout_seconds,
                check=False,
            )
        except FileNotFoundError as error:
            raise AdminCreationError(
                f"cannot create Gitea admin {username!r}: {self.docker!r} was not found on PATH"
            ) from error
        except subprocess.TimeoutExpired as error:
            raise AdminCreationError(
                f"creating Gitea admin {username!r} in container {self.container!r} did not finish "
                f"within {self.timeout_seconds:g} s"
            ) from error
        if result.returncode != 0:
            output = " ".join((result.stderr + " " + result.stdout).split())[-_OUTPUT_TAIL_CHARS:]
            raise AdminCreationError(
                f"creating Gitea admin {username!r} in container {self.container!r} failed "
                f"(exit {result.returncode}): {redact(output, [password])}"
            )
