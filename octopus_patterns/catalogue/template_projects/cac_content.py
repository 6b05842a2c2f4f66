"""What each config-as-code template project keeps in Git: deployment steps, runbooks and variables.

One function builds it for both uses, so the two cannot drift apart: `TemplateProjects` (references are the
synthesized objects, for the tests and the variable check) and `cac_repository` (references are
`OclReference`s by slug, for the OCL committed to the project's repository).
"""

from __future__ import annotations

from dataclasses import dataclass

from octopus_patterns.catalogue.template_projects import azure_web_app
from octopus_patterns.catalogue.template_projects.common_steps import incident_channel_runbook
from octopus_patterns.catalogue.template_projects.hello_world import hello_world_cac_steps
from octopus_patterns.catalogue.template_projects.managed_runbooks import version_controlled_runbook_specs
from octopus_patterns.catalogue.template_projects.naming import AZURE_WEB_APP_CAC, HELLO_WORLD_CAC
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.connectivity import NO_TARGETS_NEEDED, ConnectivityPolicy
from octopus_patterns.octopus.process import StepSpec
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import RunbookSpec


@dataclass(frozen=True)
class CacReferences:
    """The shared objects the CaC projects' steps and runbooks refer to."""

    sync: HasId
    production: HasId
    security: HasId
    builtin_feed: HasId
    docker_feed: HasId
    maven_feed: HasId
    azure_account: HasId | None  # None: everything that needs the Azure account is left out


@dataclass(frozen=True)
class CacProjectContent:
    steps: tuple[StepSpec, ...]
    runbooks: tuple[RunbookSpec, ...]
    variables: tuple[ProjectVariableSpec, ...]
    connectivity: ConnectivityPolicy = NO_TARGETS_NEEDED

    def runbook_steps(self) -> dict[str, tuple[StepSpec, ...]]:
        return {spec.name: spec.steps for spec in self.runbooks}


def cac_project_content(project_name: str, refs: CacReferences, gitea: GiteaEndpoint) -> CacProjectContent:
    shared = version_controlled_runbook_specs(project_name, refs.sync, refs.builtin_feed, gitea)
    if project_name == HELLO_WORLD_CAC:
        return CacProjectContent(steps=hello_world_cac_steps(), runbooks=shared, variables=())
    if project_name == AZURE_WEB_APP_CAC:
        account = refs.azure_account
        steps = azure_web_app.azure_web_app_steps(account, refs.docker_feed, refs.maven_feed, refs.security)
        own = (*azure_web_app.web_app_runbooks(account), incident_channel_runbook(refs.production))
        variables = tuple(azure_web_app.azure_web_app_variables(account))
        return CacProjectContent(steps=steps, runbooks=(*own, *shared), variables=variables)
    raise ValueError(f"{project_name!r} is not a config-as-code template project")
