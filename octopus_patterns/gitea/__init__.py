"""Bootstrap a Gitea server for the config-as-code projects: admin, editor, organisation, team, repositories.

Standard library only, so `python3 -m octopus_patterns.gitea` runs from a Terraform `local-exec` without the
project's dependencies. See README.md in this folder for the admin-creation mechanism and its limits.
"""

from octopus_patterns.gitea.admin_user import AdminCreator, DockerExecAdminCreator
from octopus_patterns.gitea.bootstrap import GiteaBootstrap, Outcome
from octopus_patterns.gitea.errors import GiteaBootstrapError
from octopus_patterns.gitea.settings import BootstrapSettings, Credentials

__all__ = [
    "AdminCreator",
    "BootstrapSettings",
    "Credentials",
    "DockerExecAdminCreator",
    "GiteaBootstrap",
    "GiteaBootstrapError",
    "Outcome",
]
