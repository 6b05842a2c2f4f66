"""`python -m octopus_patterns.gitea`: configuration from the environment, exit code 0 (done) / 1 / 2."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from octopus_patterns.gitea.admin_user import DockerExecAdminCreator
from octopus_patterns.gitea.bootstrap import GiteaBootstrap
from octopus_patterns.gitea.errors import GiteaBootstrapError, SettingsError, redact
from octopus_patterns.gitea.settings import BootstrapSettings

EXIT_OK, EXIT_FAILED, EXIT_BAD_SETTINGS = 0, 1, 2


def main(
    environ: Mapping[str, str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    environ = os.environ if environ is None else environ
    out, err = out or sys.stdout, err or sys.stderr
    try:
        settings = BootstrapSettings.from_env(environ)
    except SettingsError as error:
        print(f"gitea bootstrap: invalid configuration:\n{error}", file=err)
        return EXIT_BAD_SETTINGS
    creator = DockerExecAdminCreator(settings.container) if settings.container else None
    bootstrap = GiteaBootstrap(
        settings, admin_creator=creator, log=lambda line: print(line, file=out, flush=True)
    )
    try:
        bootstrap.run()
    except GiteaBootstrapError as error:
        print(f"gitea bootstrap failed: {redact(str(error), settings.secrets)}", file=err)
        return EXIT_FAILED
    return EXIT_OK
