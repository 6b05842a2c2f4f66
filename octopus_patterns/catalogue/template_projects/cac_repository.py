"""The OCL files a config-as-code template project's repository starts with, under the project's base path.

Built from `cac_project_content`, the data the database-backed template projects are built from too, with
shared objects referenced by slug. The files are committed to the repository before Octopus connects the
project to it (see `octopus_patterns.gitea.ocl_seed`), so the project starts with the reference
implementation's deployment process, runbooks and variables instead of empty ones.
"""

from __future__ import annotations

import hashlib

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects.cac_content import CacReferences, cac_project_content
from octopus_patterns.catalogue.template_projects.naming import VERSION_CONTROLLED_PROJECTS, repository_for
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus import ocl_files
from octopus_patterns.octopus.ocl_files import OclReference

CAC_BASE_PATH = ".octopus/project"  # the projects' Git persistence base path, as in the RI
BUILTIN_FEED_NAME = "Octopus Server (built-in)"


def slug_references(*, azure_account: bool) -> CacReferences:
    """The shared objects of the management space, by the slugs Octopus derives from their names."""
    return CacReferences(
        sync=OclReference.named("Sync"),
        production=OclReference.named("Production"),
        security=OclReference.named("Security"),
        builtin_feed=OclReference.named(BUILTIN_FEED_NAME),
        docker_feed=OclReference.named(ri.DOCKER_FEED_NAME),
        maven_feed=OclReference.named(ri.MAVEN_FEED_NAME),
        azure_account=OclReference.named(ri.AZURE_ACCOUNT_NAME) if azure_account else None,
    )


def cac_files(project_name: str, gitea: GiteaEndpoint, *, azure_account: bool) -> dict[str, str]:
    """Path (relative to the base path) -> OCL text, for one CaC project."""
    content = cac_project_content(project_name, slug_references(azure_account=azure_account), gitea)
    files = {
        "schema_version.ocl": ocl_files.schema_version(),
        "deployment_process.ocl": ocl_files.deployment_process(content.steps),
        "deployment_settings.ocl": ocl_files.deployment_settings(content.connectivity),
        "variables.ocl": ocl_files.variables(content.variables),
    }
    runbooks = {ocl_files.runbook_path(spec): ocl_files.runbook(spec) for spec in content.runbooks}
    if len(runbooks) != len(content.runbooks):
        raise ValueError(f"{project_name}: two runbooks share a slug: {[r.name for r in content.runbooks]}")
    return ocl_files.files_by_path({**files, **runbooks})


def repository_files(gitea: GiteaEndpoint, *, azure_account: bool) -> dict[str, dict[str, str]]:
    """Repository name -> {path in the repository -> OCL text}, for every CaC template project."""
    return {
        repository_for(name): {
            f"{CAC_BASE_PATH}/{path}": text
            for path, text in cac_files(name, gitea, azure_account=azure_account).items()
        }
        for name in VERSION_CONTROLLED_PROJECTS
    }


def content_sha256(files: dict[str, dict[str, str]]) -> str:
    """One hash of every repository's files, paths included: it changes exactly when a file would."""
    digest = hashlib.sha256()
    for repository in sorted(files):
        for path, text in sorted(files[repository].items()):
            for part in (repository, path, text):
                digest.update(part.encode())
                digest.update(b"\0")
    return digest.hexdigest()
