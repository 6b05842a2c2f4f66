"""Commits the config-as-code projects' OCL to their repositories before Octopus connects the projects.

A builtin `terraform_data` runs `python3 -m octopus_patterns.gitea.ocl_seed` (a `local-exec` on the machine
running Terraform), which commits each project's files where its base path is still missing and leaves an
existing one alone. The projects depend on it: provider 1.17 converts a project to Git inside its Create
(`resource_project.go:60-67`), and Octopus then finds the committed OCL on the default branch.

It runs in the stack that creates the projects, with that stack's view of the Git server (the Docker
estate's Gitea, or the `[git]` server of an existing instance) and of the Azure account: the OCL names the
account only when the stack creates it, so Octopus never loads OCL that refers to a missing object.
It re-runs when the rendered OCL, the server, organisation, user or the account's presence changes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from cdktf import Fn, LocalExecProvisioner, Token
from constructs import Construct

from octopus_patterns.catalogue.template_projects.cac_content import CacReferences
from octopus_patterns.catalogue.template_projects.cac_repository import content_sha256, repository_files
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.optional import is_given
from octopus_patterns.octopus.references import HasId
from octopus_patterns.terraform_data import TerraformData

SEED_COMMAND = "python3 -m octopus_patterns.gitea.ocl_seed"
_PLACEHOLDER = GiteaEndpoint(url="<url>", internal_url="<internal-url>", organization="<organization>")


def rendering_sha256() -> str:
    """A hash of what the seed renders, independent of the server: it changes when the OCL would."""
    both = {
        f"{flag}/{repository}": files
        for flag in (True, False)
        for repository, files in repository_files(_PLACEHOLDER, azure_account=flag).items()
    }
    return content_sha256(both)


@dataclass(frozen=True)
class CacRepositorySeedProps:
    gitea: GiteaEndpoint  # with the credentials of a user who may write to the repositories
    # The objects the OCL names by slug; the account's `id` is "" when the stack leaves it out.
    references: CacReferences
    # Where the provisioner runs; None: Terraform's own (the stack's) directory. The command needs only a
    # python3 on PATH that can import octopus_patterns.
    working_dir: str | None = None

    def __post_init__(self) -> None:
        if self.working_dir is not None and self.working_dir.startswith("/"):
            raise ValueError("working_dir must be relative: synthesized JSON must not hold absolute paths")


class CacRepositorySeed(Construct):
    def __init__(self, scope: Construct, id: str, props: CacRepositorySeedProps) -> None:
        super().__init__(scope, id)
        gitea, credentials = props.gitea, props.gitea.credentials
        if credentials is None:
            raise ValueError("CacRepositorySeed needs the Git server credentials (GiteaEndpoint.credentials)")
        refs = props.references
        azure = _azure_flag(refs.azure_account)
        environment = {
            "GITEA_URL": gitea.url,
            "GITEA_INTERNAL_URL": gitea.internal_url,
            "GITEA_ORGANIZATION": gitea.organization,
            "GITEA_USERNAME": credentials.username,
            "GITEA_PASSWORD": Fn.sensitive(credentials.password),
            "OCL_AZURE_ACCOUNT": azure,
        }
        triggers = {
            "ocl_sha256": rendering_sha256(),
            **{key.lower(): value for key, value in environment.items() if key != "GITEA_PASSWORD"},
        }
        self.resource = TerraformData(
            self,
            "seed",
            # Octopus refuses OCL that names a missing object: reading their IDs orders the seed (and so
            # the projects, which depend on it) after the environments, feeds and account it names.
            input={"references": _ids(refs)},
            triggers_replace=triggers,
            provisioners=[
                LocalExecProvisioner(
                    type="local-exec",
                    command=SEED_COMMAND,
                    environment=environment,
                    working_dir=props.working_dir,
                )
            ],
        )


def _ids(refs: CacReferences) -> dict[str, str]:
    named = {f.name: getattr(refs, f.name) for f in fields(refs)}
    return {name: ref.id for name, ref in named.items() if ref is not None}


def _azure_flag(account: HasId | None) -> str:
    if account is None:
        return "false"
    return Token.as_string(Fn.conditional(is_given(account.id), "true", "false"))
