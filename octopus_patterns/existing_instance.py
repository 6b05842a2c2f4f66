"""The estate's endpoints when they come from configuration instead of the `containers` stack.

An existing Octopus server, a Git server and a state database are named in `estate.toml`
(`[existing_instance]`, `[git]`, `[state_database]`); each secret is a sensitive
Terraform variable of the stack that reads it (`TF_VAR_<name>`), never a literal in synthesized JSON.
The endpoint objects are the same types the containers stack provides, so the stacks do not care where
a value comes from.
"""

from __future__ import annotations

from cdktf import TerraformVariable
from constructs import Construct

from octopus_patterns.config import (
    ExistingInstanceConfig,
    GitServerConfig,
    StateDatabaseConfig,
)
from octopus_patterns.endpoints import (
    GitCredentials,
    GiteaEndpoint,
    OctopusServerEndpoint,
    PerStack,
    StateDatabase,
)


def secret_variable(scope: Construct, name: str, description: str) -> TerraformVariable:
    """A required sensitive string variable named exactly `name` (TF_VAR_<name> sets it); no default, so
    Terraform refuses to run without it rather than send an empty secret. Declared once per stack: regions
    on the same server share its key's variable."""
    declared = scope.node.try_find_child(name)
    if isinstance(declared, TerraformVariable):
        return declared
    variable = TerraformVariable(
        scope,
        name,
        type="string",
        sensitive=True,
        nullable=False,
        description=f"{description} (TF_VAR_{name})",
    )
    variable.override_logical_id(name)
    return variable


def octopus_server(config: ExistingInstanceConfig) -> PerStack[OctopusServerEndpoint]:
    """The configured Octopus server; each stack that reads it declares the API key variable itself."""

    def in_stack(stack: Construct) -> OctopusServerEndpoint:
        key = secret_variable(stack, config.api_key_variable, f"API key of the Octopus server {config.url}")
        return OctopusServerEndpoint(
            url=config.url, api_key=key.string_value, internal_url=config.url_from_server
        )

    return in_stack


def git_server(config: GitServerConfig) -> PerStack[GiteaEndpoint]:
    """The configured Git server, with the user the Git credential pushes as."""

    def in_stack(stack: Construct) -> GiteaEndpoint:
        password = secret_variable(
            stack, config.password_variable, f"Password of {config.username} on the Git server {config.url}"
        )
        return GiteaEndpoint(
            url=config.url,
            internal_url=config.url,
            organization=config.organization,
            credentials=GitCredentials(username=config.username, password=password.string_value),
        )

    return in_stack


def state_database(config: StateDatabaseConfig) -> PerStack[StateDatabase]:
    """The configured Postgres the runbooks keep Terraform state in."""

    def in_stack(stack: Construct) -> StateDatabase:
        password = secret_variable(
            stack,
            config.password_variable,
            f"Password of {config.username} on the state database {config.host}:{config.port}",
        )
        return StateDatabase(
            host=config.host,
            port=str(config.port),
            database=config.database,
            username=config.username,
            password=password.string_value,
        )

    return in_stack
