"""`python -m octopus_patterns.gitea.ocl_seed`: give each config-as-code repository its project's OCL.

For every CaC template project, commits the OCL `cac_repository` renders (deployment process, settings,
variables, schema version, runbooks) to the repository's default branch in one commit, through Gitea's
"change files" API (`POST /api/v1/repos/{owner}/{repo}/contents`), **only when the project's base path is
missing there**: a base path that exists, whatever it holds, is left alone, so edits made in Git or in Octopus
are never overwritten. Run before Octopus connects the projects to their repositories (the management stack
makes the projects depend on it), so Octopus finds the process there instead of an empty one.

Unlike the rest of this package it needs the project's own modules (it renders the OCL from the catalogue).
Passwords come only from the environment and never reach a message (see octopus_patterns.redaction).
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from octopus_patterns.gitea.bootstrap import Outcome
from octopus_patterns.gitea.client import GiteaClient, auth_error, path
from octopus_patterns.gitea.errors import GiteaApiError, GiteaBootstrapError, SettingsError
from octopus_patterns.gitea.names import check_user_name
from octopus_patterns.gitea.settings import Credentials
from octopus_patterns.redaction import Redactor

EXIT_OK, EXIT_FAILED, EXIT_BAD_SETTINGS = 0, 1, 2
COMMIT_MESSAGE = "Octopus configuration for {repository}: deployment process, runbooks and variables"
_FLAGS = {"true": True, "false": False}

_ENVIRONMENT = """\
environment:
  GITEA_URL            the Git server as this machine reaches it, e.g. http://127.0.0.1:3000
  GITEA_USERNAME       a user with write access to the repositories
  GITEA_PASSWORD       its password (only ever read from the environment)
  GITEA_ORGANIZATION   the organisation holding hello_world_cac and azure_web_app_cac
  GITEA_INTERNAL_URL   the Git server as Octopus reaches it (the runbooks' fork and merge URLs)
  OCL_AZURE_ACCOUNT    true or false: whether the space has the Azure account "Azure"
  GITEA_BRANCH         the default branch the projects use (default main)
exit codes: 0 done, 1 failed, 2 invalid configuration"""


@dataclass(frozen=True)
class SeedSettings:
    url: str
    credentials: Credentials
    organization: str
    internal_url: str
    azure_account: bool
    branch: str = "main"

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> SeedSettings:
        problems: list[str] = []

        def required(name: str) -> str:
            value = environ.get(name, "").strip()
            if not value:
                problems.append(f"{name} is not set")
            return value

        url, internal_url = required("GITEA_URL").rstrip("/"), required("GITEA_INTERNAL_URL").rstrip("/")
        credentials = Credentials(required("GITEA_USERNAME"), required("GITEA_PASSWORD"))
        organization, flag = required("GITEA_ORGANIZATION"), required("OCL_AZURE_ACCOUNT")
        for name, value in (("GITEA_URL", url), ("GITEA_INTERNAL_URL", internal_url)):
            if value and not value.startswith(("http://", "https://")):
                problems.append(f"{name} {value!r}: must start with http:// or https://")
        if flag and flag not in _FLAGS:
            problems.append(f"OCL_AZURE_ACCOUNT {flag!r}: must be true or false")
        if organization and (problem := check_user_name("organization", organization)):
            problems.append(problem)
        if problems:
            raise SettingsError("\n".join(problems))
        branch = environ.get("GITEA_BRANCH", "").strip() or "main"
        return cls(url, credentials, organization, internal_url, _FLAGS[flag], branch)


class OclSeed:
    def __init__(
        self,
        settings: SeedSettings,
        files: Mapping[str, Mapping[str, str]],
        *,
        base_path: str,
        client: GiteaClient | None = None,
    ) -> None:
        self.settings = settings
        self.files = files  # repository -> {path in the repository -> text}
        self.base_path = base_path
        redactor = Redactor.of(credentials=[(settings.credentials.username, settings.credentials.password)])
        self.client = client or GiteaClient(settings.url, redactor=redactor)

    def run(self) -> list[Outcome]:
        return [self.seed(repository, files) for repository, files in sorted(self.files.items())]

    def seed(self, repository: str, files: Mapping[str, str]) -> Outcome:
        s = self.settings
        where = f"{s.organization}/{repository}:{s.branch}/{self.base_path}"
        self._require_branch(repository)
        target = path("repos", s.organization, repository, "contents", *self.base_path.split("/"))
        found = self.client.request("GET", f"{target}?ref={urllib.parse.quote(s.branch)}", auth=s.credentials)
        if found.status in (401, 403):
            raise auth_error(s.credentials.username, found)
        if found.status == 200:
            return Outcome("exists", f"{where} (left as it is)")
        if found.status != 404:
            raise GiteaApiError(f"GET {found.url} answered {found.summary()}")
        self._commit(repository, files)
        return Outcome("created", f"{where} ({len(files)} files)")

    def _require_branch(self, repository: str) -> None:
        s = self.settings
        branch = path("repos", s.organization, repository, "branches", s.branch)
        if self.client.expect("GET", branch, (200, 404), auth=s.credentials).status == 404:
            raise GiteaApiError(
                f"{s.url}: repository {s.organization}/{repository} or its branch {s.branch!r} does not "
                f"exist (or user {s.credentials.username!r} cannot see it); create the repository with a "
                f"first commit on {s.branch!r} (the Docker estate's Gitea bootstrap does)"
            )

    def _commit(self, repository: str, files: Mapping[str, str]) -> None:
        s = self.settings
        body = {
            "branch": s.branch,
            "message": COMMIT_MESSAGE.format(repository=repository),
            "files": [
                {
                    "operation": "create",
                    "path": file_path,
                    "content": base64.b64encode(text.encode()).decode(),
                }
                for file_path, text in sorted(files.items())
            ],
        }
        target = path("repos", s.organization, repository, "contents")
        self.client.expect("POST", target, (201,), auth=s.credentials, body=body)


def _base64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="python -m octopus_patterns.gitea.ocl_seed",
        description=(
            "Commit each config-as-code project's OCL to its repository's default branch, where the "
            "project's base path is still missing. All configuration comes from the environment."
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
    _parser().parse_args(argv)  # --help prints and exits before anything is read or sent
    environ = os.environ if environ is None else environ
    out, err = out or sys.stdout, err or sys.stderr
    try:
        settings = SeedSettings.from_env(environ)
    except SettingsError as error:
        print(f"ocl seed: invalid configuration:\n{error}", file=err)
        return EXIT_BAD_SETTINGS
    redact = Redactor.of(credentials=[(settings.credentials.username, settings.credentials.password)])
    try:
        outcomes = OclSeed(settings, _rendered(settings), base_path=_base_path()).run()
    except GiteaBootstrapError as error:
        print(f"ocl seed failed: {redact(str(error))}", file=err)
        return EXIT_FAILED
    for outcome in outcomes:
        print(redact(outcome.line()), file=out, flush=True)
    return EXIT_OK


def _base_path() -> str:
    from octopus_patterns.catalogue.template_projects.cac_repository import CAC_BASE_PATH

    return CAC_BASE_PATH


def _rendered(settings: SeedSettings) -> dict[str, dict[str, str]]:
    # Imported here: rendering loads the catalogue (and with it the provider bindings), which --help and
    # configuration errors do not need.
    from octopus_patterns.catalogue.template_projects.cac_repository import repository_files
    from octopus_patterns.endpoints import GiteaEndpoint

    endpoint = GiteaEndpoint(
        url=settings.url, internal_url=settings.internal_url, organization=settings.organization
    )
    return repository_files(endpoint, azure_account=settings.azure_account)


if __name__ == "__main__":
    sys.exit(main(argv=sys.argv[1:]))
