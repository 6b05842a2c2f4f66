"""A region on its own Octopus server: what its stack declares itself instead of reading it from `management`.

The management stack reads the region's space ID back for its regional tenant, so the region stack must
not read anything from `management` (that would be a cycle). The secrets the management stack holds as
sensitive variables (Docker Hub credentials, the Slack token) are declared by the region stack too, under
the same names, so one `TF_VAR_*` sets both. The management space's teams and user roles exist only on the
estate's server and cannot be granted on another one: left out (see `left_out`).
"""

from __future__ import annotations

from collections.abc import Iterable

from constructs import Construct

from octopus_patterns.catalogue.managed_spaces import ClientSpaceInputs
from octopus_patterns.config import RegionConfig
from octopus_patterns.endpoints import GiteaEndpoint, Given, PerStack, in_stack
from octopus_patterns.octopus.feed import RegistryCredentials
from octopus_patterns.octopus.inputs import string_input


def docker_credentials(stack: Construct) -> RegistryCredentials:
    """TF_VAR_docker_username / TF_VAR_docker_password, declared by the region's own stack."""
    return RegistryCredentials(
        username=string_input(stack, "docker_username", "Docker Hub username", sensitive=True).string_value,
        password=string_input(
            stack, "docker_password", "Docker Hub password or token", sensitive=True
        ).string_value,
    )


def client_space_inputs(gitea: Given[GiteaEndpoint] | None) -> PerStack[ClientSpaceInputs]:
    """The Git user (from where the estate's Git server comes from, never from `management`), the region
    stack's own TF_VAR_slack_bot_token, and no teams."""

    def build(stack: Construct) -> ClientSpaceInputs:
        endpoint = None if gitea is None else in_stack(gitea, stack)
        token = string_input(stack, "slack_bot_token", "Slack bot token", sensitive=True)
        return ClientSpaceInputs(
            git_credentials=None if endpoint is None else endpoint.credentials,
            slack_bot_token=token.string_value,
            teams=None,
            user_roles={},
        )

    return build


def left_out(regions: Iterable[RegionConfig]) -> tuple[str, ...]:
    """The stderr lines for what the regions on their own server do not get."""
    return tuple(
        f"region {region.name!r}: the Editors' and Deployers' roles in its space "
        f"(those teams live on the estate's Octopus server, not on {region.octopus.url})"
        for region in regions
        if region.octopus is not None
    )
