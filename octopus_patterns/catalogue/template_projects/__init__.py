"""The template projects of the management space, and the runbooks that copy them into tenants' spaces.

The seven projects of the reference implementation's management space (its "Spaces-1"):

* "__ Create Client Space" creates a space for a tenant and fills it with the shared resources.
* "Hello World" and "K8S Microservice Template" are database-backed templates. Their managed project
  runbooks serialize the project to Terraform (octoterra), deploy that package to a tenant's space and list
  the spaces it was deployed to.
* "Hello World CaC" and "Azure Web App CaC" keep their configuration in a Gitea repository. Their runbooks
  also fork that repository per tenant, merge template changes into the forks and find forks with updates.
* "__ Compose Azure Resources" and "__ Compose K8S Resources" add Azure or Kubernetes resources to a space.

Two reference-implementation bugs are fixed: "Deploy the Project" uses its own project's package (the
reference hard-codes "Hello_World"), and the "Pod Logs" runbook's step is called "Pod Logs".

Provider 1.17 refuses to manage any process of a version-controlled project, its runbooks' processes
included (resource_process.go:79-82), skips creating runbooks that Octopus keeps in Git
(resource_runbook.go:97-107) and writes project variables only to the database (resource_variable.go:68-93).
So for the two CaC projects the deployment process, the runbooks and the non-sensitive variables are data
(`cac_content.py`), committed as OCL to their repositories before the projects are created
(`cac_repository.py`, `cac_seed.py`):
`TemplateProjects.version_controlled_steps` (project -> steps), `version_controlled_runbooks` (project ->
runbook specs), `version_controlled_runbook_steps` (project -> runbook name -> steps) and
`version_controlled_variables` (project -> variable specs).
"""

from octopus_patterns.catalogue.template_projects.hello_world import HelloWorldProject, HelloWorldProjectProps
from octopus_patterns.catalogue.template_projects.managed_runbooks import (
    ManagedProjectRunbooks,
    ManagedProjectRunbooksProps,
)
from octopus_patterns.catalogue.template_projects.naming import (
    GIT_CREDENTIAL_VARIABLES,
    PROJECT_NAMES,
    STATE_DATABASE_VARIABLES,
    package_id_for,
    repository_for,
)
from octopus_patterns.catalogue.template_projects.projects import TemplateProjects, TemplateProjectsProps

__all__ = [
    "GIT_CREDENTIAL_VARIABLES",
    "PROJECT_NAMES",
    "STATE_DATABASE_VARIABLES",
    "HelloWorldProject",
    "HelloWorldProjectProps",
    "ManagedProjectRunbooks",
    "ManagedProjectRunbooksProps",
    "TemplateProjects",
    "TemplateProjectsProps",
    "package_id_for",
    "repository_for",
]
