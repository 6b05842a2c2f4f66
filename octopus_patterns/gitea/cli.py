"""`python -m octopus_patterns.gitea`: configuration from the environment, exit code 0 (done) / 1 / 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from octopus_patterns.gitea.admin_user import DockerExecAdminCreator
from octopus_patterns.gitea.bootstrap import GiteaBootstrap
from octopus_patterns.gitea.errors import GiteaBootstrapError, SettingsError
from octopus_patterns.gitea.settings import BootstrapSettings
from octopus_patterns.redaction import Redactor

EXIT_OK, EXIT_FAILED, EXIT_BAD_SETTINGS = 0, 1, 2

_ENVIRONMENT = """\
environment:
  GITEA_URL                     e.g. http://127.0.0.1:3000 (without /api/v1)
  GITEA_ADMIN_USERNAME          site administrator (created with docker exec when GITEA_CONTAINER is set)
  GITEA_ADMIN_PASSWORD          its password (only ever read from the environment)
  GITEA_EDITOR_USERNAME         the user Octopus commits as
  GITEA_EDITOR_PASSWORD         its password
  GITEA_ORGANIZATION, GITEA_TEAM, GITEA_REPOSITORIES (comma-separated)
  GITEA_TIMEOUT_SECONDS         the readiness wait, default 300; each later request ends within 30 s
  GITEA_RETRY_INTERVAL_SECONDS  between readiness tries, default 2
  GITEA_CONTAINER, GITEA_ADMIN_EMAIL, GITEA_EDITOR_EMAIL (optional)
exit codes: 0 done, 1 failed, 2 invalid configuration"""


def _parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="python -m octopus_patterns.gitea",
        description=(
            "Ensure, idempotently, the users, organisation, team and private repositories the "
            "config-as-code projects need in Gitea. All configuration comes from the environment."
        ),
        epilog=_ENVIRONMENT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def main(
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    argv: Sequence[str] = (),
) -> int:
    _parser().parse_args(argv)  # --help prints the help and exits here, before anything is read or sent
    environ = os.environ if environ is None else environ
    out, err = out or sys.stdout, err or sys.stderr
    try:
        settings = BootstrapSettings.from_env(environ)
    except SettingsError as error:
        print(f"gitea bootstrap: invalid configuration:\n{error}", file=err)
        return EXIT_BAD_SETTINGS
    redact = Redactor.of(credentials=[(c.username, c.password) for c in (settings.admin, settings.editor)])
    creator = DockerExecAdminCreator(settings.container) if settings.container else None
    bootstrap = GiteaBootstrap(
        settings, admin_creator=creator, log=lambda line: print(redact(line), file=out, flush=True)
    )
    try:
        bootstrap.run()
    except GiteaBootstrapError as error:
        print(f"gitea bootstrap failed: {redact(str(error))}", file=err)
        return EXIT_FAILED
    return EXIT_OK
