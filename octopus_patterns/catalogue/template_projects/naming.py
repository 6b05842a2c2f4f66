"""Names the template projects share: project names, derived package and repository names, and the Octopus
variable expressions their steps use."""

from __future__ import annotations

import re

CREATE_CLIENT_SPACE = "__ Create Client Space"
HELLO_WORLD = "Hello World"
HELLO_WORLD_CAC = "Hello World CaC"
AZURE_WEB_APP_CAC = "Azure Web App CaC"
K8S_MICROSERVICE = "K8S Microservice Template"
COMPOSE_AZURE = "__ Compose Azure Resources"
COMPOSE_K8S = "__ Compose K8S Resources"
# Kept in Git (config as code): each needs a Gitea repository named by `repository_for`.
VERSION_CONTROLLED_PROJECTS = (HELLO_WORLD_CAC, AZURE_WEB_APP_CAC)
PROJECT_NAMES = (
    CREATE_CLIENT_SPACE,
    HELLO_WORLD,
    HELLO_WORLD_CAC,
    AZURE_WEB_APP_CAC,
    K8S_MICROSERVICE,
    COMPOSE_AZURE,
    COMPOSE_K8S,
)

# Octopus variables the runbook scripts read besides the reference implementation's own (ThisInstance.*,
# ManagedTenant.*, Tenant.*, Slack.*, Exported.Project.Name). Where the runbooks keep their Terraform state,
# expected in the "This Instance" library variable set (the password is sensitive):
STATE_DATABASE_VARIABLES = (
    "ThisInstance.State.Host",
    "ThisInstance.State.Port",
    "ThisInstance.State.Username",
    "ThisInstance.State.Password",
)
# The Gitea account the CaC runbooks fork and merge with, expected in a "Git" library variable set:
GIT_CREDENTIAL_VARIABLES = ("Git.Credentials.Username", "Git.Credentials.Password")

TENANT_SLUG = '#{Octopus.Deployment.Tenant.Name | ToLower | Replace "[^a-z0-9]" "_"}'
EXPORTED_PROJECT_SLUG = '#{Exported.Project.Name | ToLower | Replace "[^a-zA-Z0-9]" "_"}'
# A tenant's copy of a template project, named by the "Project Name" prompt (Exported.Project.Name) as in
# the RI: the Terraform workspace "__ 2. Deploy Project" applies it in and, for config-as-code, its fork.
DOWNSTREAM_PROJECT_SLUG = f"{TENANT_SLUG}_{EXPORTED_PROJECT_SLUG}"


def package_id_for(project_name: str) -> str:
    """The package "__ 1. Serialize Project" pushes to the built-in feed, e.g. "Hello_World"."""
    return re.sub(r"[^A-Za-z0-9]", "_", project_name)


def repository_for(project_name: str) -> str:
    """The project's Gitea repository (CaC) and runbook state database, e.g. "hello_world_cac"."""
    return package_id_for(project_name).lower().strip("_")


def version_controlled_repositories() -> tuple[str, ...]:
    """The Gitea repositories the config-as-code projects need: what the containers stack bootstraps."""
    return tuple(repository_for(name) for name in VERSION_CONTROLLED_PROJECTS)


def construct_id_for(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
