"""Runs the Gitea bootstrap (`python3 -m octopus_patterns.gitea`) once Gitea is up, and again only on change.

A builtin `terraform_data` resource carries a `local-exec` provisioner; the passwords reach the bootstrap
through the provisioner's `environment` as sensitive tokens, so they are never in the synthesized JSON, on a
command line or in Terraform's output (Terraform suppresses provisioner output when its config holds a
sensitive value; on failure the error still shows the bootstrap's own, password-free, messages).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdktf import Fn, ITerraformDependable, LocalExecProvisioner, Token
from constructs import Construct

from octopus_patterns.containers.secrets import url_safe_password
from octopus_patterns.gitea.names import check_repository_name, check_team_name, check_user_name
from octopus_patterns.terraform_data import TerraformData

BOOTSTRAP_COMMAND = "python3 -m octopus_patterns.gitea"


@dataclass(frozen=True)
class GiteaBootstrapProps:
    gitea_url: str  # as seen from the machine running Terraform, e.g. http://127.0.0.1:3000
    # Where `gitea admin user create` runs if the admin does not exist yet; None = the admin must exist.
    container_name: str | None = None
    admin_username: str = "gitea_admin"  # "admin" itself is a reserved name in Gitea
    admin_password: str | None = None  # a sensitive token; generated (random_password) when None
    editor_username: str = "octopus"
    editor_password: str | None = None  # a sensitive token; generated (random_password) when None
    organization: str = "octopuscac"
    team: str = "editors"
    repositories: tuple[str, ...] = ("hello_world_cac", "azure_web_app_cac")
    timeout_seconds: float = 300.0
    depends_on: Sequence[ITerraformDependable] = ()
    # Extra values that re-run the (idempotent) bootstrap when they change, e.g. {"container": container.id}
    # so a re-created Gitea container with an empty volume is set up again.
    rerun_when: Mapping[str, str] = field(default_factory=dict)
    # Where the provisioner runs; None: Terraform's own (the stack's) directory. The command needs no
    # particular directory, only a python3 on PATH that can import octopus_patterns.
    working_dir: str | None = None

    def __post_init__(self) -> None:
        problems = [
            check_user_name("admin user", self.admin_username),
            check_user_name("editor user", self.editor_username),
            check_user_name("organization", self.organization),
            check_team_name(self.team),
            *(check_repository_name(name) for name in self.repositories),
            *(_token_problem(name, value) for name, value in self._passwords()),
        ]
        if not self.repositories or len({r.casefold() for r in self.repositories}) != len(self.repositories):
            problems.append(f"repositories {self.repositories!r}: list at least one, each name once")
        if not self.timeout_seconds > 0:
            problems.append(f"timeout_seconds must be positive, got {self.timeout_seconds!r}")
        if self.working_dir is not None and self.working_dir.startswith("/"):
            problems.append("working_dir must be relative: synthesized JSON must not hold absolute paths")
        found = [p for p in problems if p]
        if found:
            raise ValueError("GiteaBootstrapProps: " + "; ".join(found))

    def _passwords(self) -> list[tuple[str, str | None]]:
        return [("admin_password", self.admin_password), ("editor_password", self.editor_password)]


def _token_problem(name: str, value: str | None) -> str | None:
    if value is None or Token.is_unresolved(value):
        return None
    return f"{name} must be a token (random_password or a sensitive variable), never a literal"


class GiteaBootstrap(Construct):
    """Admin and editor users, organisation, team (editor as member, write access) and repositories."""

    def __init__(self, scope: Construct, id: str, props: GiteaBootstrapProps) -> None:
        super().__init__(scope, id)
        self.admin_username = props.admin_username
        self.editor_username = props.editor_username
        self.admin_password = Fn.sensitive(
            props.admin_password or url_safe_password(self, "admin-password").result
        )
        self.editor_password = Fn.sensitive(
            props.editor_password or url_safe_password(self, "editor-password").result
        )
        self.bootstrap = TerraformData(
            self,
            "bootstrap",
            # Echoed as `output`: values read from it exist only once the bootstrap has run.
            input={"organization": props.organization, "repositories": list(props.repositories)},
            triggers_replace=self._triggers(props),
            provisioners=[
                LocalExecProvisioner(
                    type="local-exec",
                    command=BOOTSTRAP_COMMAND,
                    environment=self._environment(props),
                    working_dir=props.working_dir,
                )
            ],
            depends_on=props.depends_on,
        )

    @property
    def organization(self) -> str:
        """The organisation's name, readable by other stacks only after the bootstrap has run."""
        return self.bootstrap.output_attribute("organization")

    def _environment(self, props: GiteaBootstrapProps) -> dict[str, str]:
        environment = {
            "GITEA_URL": props.gitea_url,
            "GITEA_ADMIN_USERNAME": props.admin_username,
            "GITEA_ADMIN_PASSWORD": self.admin_password,
            "GITEA_EDITOR_USERNAME": props.editor_username,
            "GITEA_EDITOR_PASSWORD": self.editor_password,
            "GITEA_ORGANIZATION": props.organization,
            "GITEA_TEAM": props.team,
            "GITEA_REPOSITORIES": ",".join(props.repositories),
            "GITEA_TIMEOUT_SECONDS": f"{props.timeout_seconds:g}",
        }
        if props.container_name is not None:
            environment["GITEA_CONTAINER"] = props.container_name
        return environment

    def _triggers(self, props: GiteaBootstrapProps) -> dict[str, str]:
        """What re-runs the bootstrap when it changes (a new password, e.g., must be checked again)."""
        return {
            **{f"rerun_when_{key}": value for key, value in sorted(props.rerun_when.items())},
            "gitea_url": props.gitea_url,
            "container": props.container_name or "",
            "admin_username": props.admin_username,
            "editor_username": props.editor_username,
            "organization": props.organization,
            "team": props.team,
            "repositories": ",".join(props.repositories),
            "passwords_sha256": Fn.sha256(f"{self.admin_password}:{self.editor_password}"),
        }
