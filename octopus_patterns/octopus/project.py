"""An Octopus project: its group, lifecycle, included library variable sets and, optionally, Git storage.

A version-controlled (config-as-code) project keeps its deployment process, deployment settings and
non-sensitive variables as OCL in a Git repository. Provider 1.x refuses to manage the process of such a
project, so `OctopusProcess` must only be used with database-backed projects (`is_version_controlled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from cdktf import ITerraformDependable, Token
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.project import (
    Project,
    ProjectConnectivityPolicy,
    ProjectGitLibraryPersistenceSettings,
)
from octopus_patterns.bindings.octopusdeploy.project_versioning_strategy import ProjectVersioningStrategyA
from octopus_patterns.octopus.connectivity import NO_TARGETS_NEEDED, ConnectivityPolicy
from octopus_patterns.octopus.process import terraform_literal
from octopus_patterns.octopus.references import HasId

TenantedDeploymentMode = Literal["Untenanted", "TenantedOrUntenanted", "Tenanted"]


@dataclass(frozen=True)
class GitPersistence:
    """Where a version-controlled project keeps its OCL, reached with a Git credential of the space."""

    credential: HasId
    url: str
    base_path: str = ".octopus/project"
    default_branch: str = "main"

    def __post_init__(self) -> None:
        # A URL built from another stack's output is a token until plan time; only its end can be checked.
        prefix_ok = Token.is_unresolved(self.url) or self.url.startswith(("http://", "https://"))
        if not prefix_ok or not self.url.endswith(".git"):
            raise ValueError(f"Git repository URL must be http(s)://…/<repo>.git, got {self.url!r}")


@dataclass(frozen=True)
class ProjectProps:
    space: HasId
    name: str
    project_group: HasId
    lifecycle: HasId
    library_variable_sets: Sequence[HasId] = ()
    description: str = ""
    git: GitPersistence | None = None
    # Release numbering, e.g. "#{Octopus.Version.LastMajor}.#{Octopus.Version.NextMinor}".
    release_version_template: str | None = None
    tenanted_deployment_participation: TenantedDeploymentMode = "Untenanted"
    # Sent explicitly: the provider's default (no deployments without targets) is not what the RI sets.
    connectivity: ConnectivityPolicy = NO_TARGETS_NEEDED
    # What must happen first, e.g. the commit of a version-controlled project's OCL to its repository.
    depends_on: Sequence[ITerraformDependable] = ()

    def __post_init__(self) -> None:
        if self.git is not None and self.release_version_template is not None:
            # Deployment settings (which hold the versioning strategy) live in Git for such projects.
            raise ValueError(
                f"{self.name}: set the release versioning of a version-controlled project in Git"
            )


class OctopusProject(Construct):
    """`octopusdeploy_project` (and its release versioning strategy when one is given)."""

    def __init__(self, scope: Construct, id: str, props: ProjectProps) -> None:
        super().__init__(scope, id)
        self.props = props
        git = props.git
        self.project = Project(
            self,
            "project",
            space_id=props.space.id,
            name=props.name,
            description=terraform_literal(props.description),
            project_group_id=props.project_group.id,
            lifecycle_id=props.lifecycle.id,
            included_library_variable_sets=[lvs.id for lvs in props.library_variable_sets],
            tenanted_deployment_participation=props.tenanted_deployment_participation,
            default_guided_failure_mode="EnvironmentDefault",
            default_to_skip_if_already_installed=False,
            is_disabled=False,
            connectivity_policy=[_connectivity(props.connectivity)],
            is_version_controlled=git is not None,
            git_library_persistence_settings=[_git_settings(git)] if git is not None else None,
            depends_on=list(props.depends_on) or None,
        )
        self.versioning_strategy: ProjectVersioningStrategyA | None = None
        if props.release_version_template is not None:
            self.versioning_strategy = ProjectVersioningStrategyA(
                self,
                "versioning_strategy",
                space_id=props.space.id,
                project_id=self.project.id,
                template=props.release_version_template,
            )

    @cached_property
    def id(self) -> str:
        return self.project.id

    @property
    def name(self) -> str:
        return self.props.name

    @property
    def is_version_controlled(self) -> bool:
        return self.props.git is not None


def _git_settings(git: GitPersistence) -> ProjectGitLibraryPersistenceSettings:
    return ProjectGitLibraryPersistenceSettings(
        git_credential_id=git.credential.id,
        url=git.url,
        base_path=git.base_path,
        default_branch=git.default_branch,
        protected_branches=[],
    )


def _connectivity(policy: ConnectivityPolicy) -> ProjectConnectivityPolicy:
    return ProjectConnectivityPolicy(
        allow_deployments_to_no_targets=policy.allow_deployments_to_no_targets,
        exclude_unhealthy_targets=policy.exclude_unhealthy_targets,
        skip_machine_behavior=policy.skip_machine_behavior,
    )
