"""Steps several runbooks share: the state database step, inline Terraform applies, the incident channel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from octopus_patterns.catalogue.scripts import read_script, render
from octopus_patterns.catalogue.template_projects.naming import TENANT_SLUG
from octopus_patterns.octopus.process import StepSpec, script_step, terraform_inline_step
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import RunbookSpec


def state_init_params(database: str, schema: str | None = None) -> str:
    """`terraform init` options for the pg backend in the state database (credentials stay variables)."""
    connection = (
        "host=#{ThisInstance.State.Host} port=#{ThisInstance.State.Port} user=#{ThisInstance.State.Username} "
        f"password=#{{ThisInstance.State.Password}} dbname={database} sslmode=disable"
    )
    params = f'-backend-config="conn_str={connection}"'
    return params + (f' -backend-config="schema_name={schema}"' if schema else "")


def create_state_table_step(database: str) -> StepSpec:
    return script_step("Create the State Table", render("create_state_database.sh", database=database))


@dataclass(frozen=True)
class TerraformTarget:
    """The Octopus server, API key and space a runbook's inline Terraform talks to (as #{...} expressions)."""

    server: str
    api_key: str
    space_id: str | None = None

    def parameters(self, **extra: str) -> dict[str, str]:
        space = {"octopus_space_id": self.space_id} if self.space_id else {}
        return {"octopus_server": self.server, "octopus_apikey": self.api_key, **space, **extra}

    def in_space(self, space_id: str) -> TerraformTarget:
        return TerraformTarget(self.server, self.api_key, space_id)


# The management space this runbook runs in, and the tenant's server (and space) from its tenant variables.
MANAGEMENT = TerraformTarget(
    "#{ThisInstance.Server.InternalUrl}", "#{ThisInstance.Api.Key}", "#{Octopus.Space.Id}"
)
MANAGED_SERVER = TerraformTarget("#{ManagedTenant.Octopus.Url}", "#{ManagedTenant.Octopus.ApiKey}")
MANAGED_SPACE = MANAGED_SERVER.in_space("#{ManagedTenant.Octopus.SpaceId}")


@dataclass(frozen=True)
class StateLocation:
    """A Terraform state per tenant: database and schema, with the tenant's name as the workspace."""

    database: str
    schema: str


def terraform_apply_step(
    name: str,
    template: str,
    target: TerraformTarget,
    state: StateLocation,
    *,
    rendered: Mapping[str, str] | None = None,
    **params: str,
) -> StepSpec:
    """Applies `terraform/<template>` (after the shared provider block, its `{{placeholders}}` filled from
    `rendered`) with `params` as its variables."""
    body = read_script("terraform/_octopus.tf") + "\n" + render(f"terraform/{template}", **(rendered or {}))
    return terraform_inline_step(
        name,
        body,
        target.parameters(**params),
        workspace=TENANT_SLUG,
        init_params=state_init_params(state.database, state.schema),
    )


def incident_channel_runbook(production: HasId) -> RunbookSpec:
    step = script_step(
        "Create Incident Channel",
        read_script("create_incident_channel.py"),
        syntax="Python",
        is_required=True,
    )
    return RunbookSpec(
        name="Create Incident Channel",
        description="Create an incident channel to support production issues with this app.",
        environments=(production,),
        steps=(step,),
    )
