"""The runbooks that copy a template project into tenants' spaces ("managed project runbooks").

A database-backed template gets "__ 1. Serialize Project" (octoterra exports the project and pushes it to the
built-in feed as the project's own package), "__ 2. Deploy Project" (applies that package to the tenant's
space) and "__ 4. List Downstream Projects". A config-as-code template gets "__ 2. Fork and Deploy Project"
instead of "__ 2. Deploy Project" (the tenant's project points at its own fork of the template repository),
plus "__ 3. Merge with Downstream Project" and "__ 5. Find Updates".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from constructs import Construct

from octopus_patterns.catalogue.management import IGNORED_LIBRARY_VARIABLE_SETS
from octopus_patterns.catalogue.scripts import render
from octopus_patterns.catalogue.template_projects.common_steps import (
    create_state_table_step,
    state_init_params,
)
from octopus_patterns.catalogue.template_projects.naming import (
    DOWNSTREAM_PROJECT_SLUG,
    TENANT_SLUG,
    construct_id_for,
    package_id_for,
    repository_for,
)
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.process import PackageReference, StepSpec, script_step, terraform_package_step
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import OctopusRunbook, RunbookProps, RunbookSpec

MANAGED_TENANT_VARS = (
    '-var="octopus_server=#{ManagedTenant.Octopus.Url}" '
    '-var="octopus_space_id=#{ManagedTenant.Octopus.SpaceId}" '
    '-var="octopus_apikey=#{ManagedTenant.Octopus.ApiKey}"'
)


# With the "Export Options" set, what the person running a runbook may change (as in the RI at HEAD).
IGNORED_SETS_OPTION = "#{Exported.Project.IgnoredLibraryVariableSet}"
PROJECT_NAME_OPTION = "#{Exported.Project.Name}"


def serialize_runbook(
    project_name: str, sync: HasId, *, version_controlled: bool, export_options: bool
) -> RunbookSpec:
    """`export_options`: the project includes the "Export Options" set, whose
    Exported.Project.IgnoredLibraryVariableSet lists the sets left out of the export (else the default)."""
    extra = "-ignoreCacManagedValues -excludeCaCProjectSettings=false" if version_controlled else ""
    ignored = IGNORED_SETS_OPTION if export_options else ",".join(IGNORED_LIBRARY_VARIABLE_SETS)
    body = render(
        "serialize_project.sh",
        package_id=package_id_for(project_name),
        extra_options=extra,
        ignored_library_variable_sets=ignored,
    )
    what = "this project (without what it keeps in Git)" if version_controlled else "this project"
    return RunbookSpec(
        name="__ 1. Serialize Project",
        description=f"Serializes {what} to Terraform and pushes it to the built-in feed as a package.",
        environments=(sync,),
        steps=(script_step("Serialize Project", body),),
    )


def _deploy_the_project_step(
    project_name: str, builtin_feed: HasId, workspace: str, extra_vars: str = ""
) -> StepSpec:
    # The project's own package: the reference implementation hard-codes "Hello_World" here.
    package = PackageReference(package_id_for(project_name), builtin_feed, "Server")
    return terraform_package_step(
        "Deploy the Project",
        package,
        template_directory="space_population",
        workspace=workspace,
        init_params=state_init_params(repository_for(project_name)),
        action_params=f"{MANAGED_TENANT_VARS} {extra_vars}".strip(),
        file_substitution="**/project_variable_sensitive*.tf",
    )


def _project_name_variable(project_name: str) -> str:
    """The exported project's name is the Terraform variable octoterra names after the project."""
    return f'-var="project_{repository_for(project_name)}_name={PROJECT_NAME_OPTION}"'


def deploy_runbook(
    project_name: str, sync: HasId, builtin_feed: HasId, *, export_options: bool
) -> RunbookSpec:
    """With "Export Options" the tenant's project is named by the "Project Name" prompt and has a workspace
    of that name (RI serialize_and_deploy, project_name_override); without it, the template's name."""
    database = repository_for(project_name)
    workspace = DOWNSTREAM_PROJECT_SLUG if export_options else f"{TENANT_SLUG}_{database}"
    extra_vars = _project_name_variable(project_name) if export_options else ""
    return RunbookSpec(
        name="__ 2. Deploy Project",
        description="Deploys the package created by the Serialize Project runbook to the tenant's space.",
        environments=(sync,),
        multi_tenancy_mode="Tenanted",
        steps=(
            create_state_table_step(database),
            _deploy_the_project_step(project_name, builtin_feed, workspace, extra_vars),
        ),
    )


def list_runbook(project_name: str, sync: HasId) -> RunbookSpec:
    database = repository_for(project_name)
    return RunbookSpec(
        name="__ 4. List Downstream Projects",
        description="Lists the spaces (and, for CaC projects, repositories) this project is deployed to.",
        environments=(sync,),
        steps=(
            create_state_table_step(database),
            # The reference implementation's step name, although the step lists rather than merges.
            script_step("Merge Deployment Process", render("list_downstream_projects.sh", database=database)),
        ),
    )


GIT_PRELUDE = "git_prelude.sh"  # the Gitea location and credentials every Git runbook script starts with


def _git_values(project_name: str, gitea: GiteaEndpoint) -> dict[str, str]:
    repository = repository_for(project_name)
    return {
        "gitea_url": gitea.internal_url,
        "organization": gitea.organization,
        "repository": repository,
        "fork_repository": DOWNSTREAM_PROJECT_SLUG,
    }


def fork_and_deploy_runbook(
    project_name: str, sync: HasId, builtin_feed: HasId, gitea: GiteaEndpoint
) -> RunbookSpec:
    git = _git_values(project_name, gitea)
    repository = git["repository"]
    # octoterra names the exported project's Git URL and name variables after the project.
    extra_vars = (
        f'-var="project_{repository}_git_url={gitea.repository_url(git["fork_repository"])}" '
        f"{_project_name_variable(project_name)}"
    )
    workspace = DOWNSTREAM_PROJECT_SLUG
    return RunbookSpec(
        name="__ 2. Fork and Deploy Project",
        description=(
            "Forks this project's repository for the tenant, then deploys the package created by the "
            "Serialize "
            "Project runbook to the tenant's space, with the project stored in the fork."
        ),
        environments=(sync,),
        multi_tenancy_mode="Tenanted",
        steps=(
            create_state_table_step(repository),
            script_step("Fork Git Repo", render("fork_repo.sh", prelude=GIT_PRELUDE, **git)),
            _deploy_the_project_step(project_name, builtin_feed, workspace, extra_vars),
        ),
    )


def merge_runbook(project_name: str, sync: HasId, gitea: GiteaEndpoint) -> RunbookSpec:
    body = render("merge_repo.sh", prelude=GIT_PRELUDE, **_git_values(project_name, gitea))
    return RunbookSpec(
        name="__ 3. Merge with Downstream Project",
        description="Merges the changes from this (upstream) project's repository into the tenant's fork.",
        environments=(sync,),
        multi_tenancy_mode="Tenanted",
        steps=(script_step("Merge Deployment Process", body),),
    )


def find_updates_runbook(project_name: str, sync: HasId, gitea: GiteaEndpoint) -> RunbookSpec:
    """Finds the forks where "__ 2. Fork and Deploy Project" recorded them: the Terraform state it keeps per
    tenant's project (the fork names come from the "Project Name" prompt, so they cannot be derived)."""
    git = _git_values(project_name, gitea)
    del git["fork_repository"]
    git["database"] = git["repository"]
    return RunbookSpec(
        name="__ 5. Find Updates",
        description="Finds tenants' forks of this project that lack updates, and whether merges conflict.",
        environments=(sync,),
        steps=(
            create_state_table_step(git["repository"]),
            script_step("Find Updates", render("find_updates.sh", prelude=GIT_PRELUDE, **git)),
        ),
    )


def attach_runbooks(
    scope: Construct, space: HasId, project: HasId, specs: Sequence[RunbookSpec]
) -> dict[str, OctopusRunbook]:
    """One `OctopusRunbook` per spec, by runbook name."""
    return {
        spec.name: OctopusRunbook(
            scope, construct_id_for(spec.name), RunbookProps(space=space, project=project, spec=spec)
        )
        for spec in specs
    }


@dataclass(frozen=True)
class ManagedProjectRunbooksProps:
    space: HasId
    project: HasId
    project_name: str  # the project's name in Octopus: names its package and state database
    sync_environment: HasId
    builtin_feed: HasId
    # The project includes the "Export Options" set: the runbooks read Exported.Project.* (deploy_runbook).
    export_options: bool = field(default=False, kw_only=True)


class ManagedProjectRunbooks(Construct):
    """__ 1. Serialize Project, __ 2. Deploy Project and __ 4. List Downstream Projects on one project."""

    def __init__(self, scope: Construct, id: str, props: ManagedProjectRunbooksProps) -> None:
        super().__init__(scope, id)
        name, sync = props.project_name, props.sync_environment
        specs = (
            serialize_runbook(name, sync, version_controlled=False, export_options=props.export_options),
            deploy_runbook(name, sync, props.builtin_feed, export_options=props.export_options),
            list_runbook(name, sync),
        )
        self.runbooks = attach_runbooks(self, props.space, props.project, specs)


def version_controlled_runbook_specs(
    project_name: str, sync: HasId, builtin_feed: HasId, gitea: GiteaEndpoint
) -> tuple[RunbookSpec, ...]:
    """Serialize, fork and deploy, merge, list and find updates, for a CaC template named `project_name`."""
    return (
        # A CaC template's tenant copies are always named by Exported.Project.Name (their forks are).
        serialize_runbook(project_name, sync, version_controlled=True, export_options=True),
        fork_and_deploy_runbook(project_name, sync, builtin_feed, gitea),
        merge_runbook(project_name, sync, gitea),
        list_runbook(project_name, sync),
        find_updates_runbook(project_name, sync, gitea),
    )
