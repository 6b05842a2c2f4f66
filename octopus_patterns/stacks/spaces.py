"""Stacks for the managed spaces the management stack creates: Development, Test\\Production, each region.

Each targets its space through the space object from the management stack (a cross-stack reference to
its real ID) and takes the Docker feed's credentials from there too.
"""

from __future__ import annotations

from cdktf import TerraformStack
from constructs import Construct

from octopus_patterns.catalogue.managed_spaces import (
    ClientSpaceInputs,
    ManagedSpaceContents,
    ManagedSpaceContentsProps,
    PromotionTenant,
    PromotionTenantProps,
    SpaceBlueprint,
)
from octopus_patterns.config import EstateConfig
from octopus_patterns.endpoints import Given, OctopusServerEndpoint, StateDatabase, in_stack
from octopus_patterns.octopus.feed import RegistryCredentials
from octopus_patterns.octopus.provider import OctopusProviderConnection
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.space import ManagedSpace, ManagedSpaceProps
from octopus_patterns.state_backend import configure_state_backend


class ManagedSpaceStack(TerraformStack):
    """One managed space's contents, stamped from a blueprint.

    A client space (a region's) takes `client_space` from the management stack. With `promote_to` (managed
    instance per environment), the space also gets the tenant that stands for the space its releases are
    promoted to, carrying that space's real ID. `state_database` is where the space's runbooks keep Terraform
    state (needed when the blueprint has Hello World and its runbooks). Given `ManagedSpaceProps` instead of a
    space, the stack creates the space itself (a region on its own server, whose `.space` the management
    stack's regional tenant reads across stacks); `docker_credentials` and `client_space` may then be built
    in this stack (`Given`), so that it reads nothing from `management`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: EstateConfig,
        octopus: Given[OctopusServerEndpoint],
        space: HasId | ManagedSpaceProps,
        docker_credentials: Given[RegistryCredentials],
        blueprint: SpaceBlueprint,
        promote_to: HasId | None = None,
        state_database: Given[StateDatabase] | None = None,
        client_space: Given[ClientSpaceInputs] | None = None,
    ) -> None:
        super().__init__(scope, id)
        configure_state_backend(self, config.state)
        octopus = in_stack(octopus, self)
        state_database = None if state_database is None else in_stack(state_database, self)
        OctopusProviderConnection(self, "octopus", octopus)
        if isinstance(space, ManagedSpaceProps):
            space = ManagedSpace(self, "space", space)
        self.space: HasId = space
        self.contents = ManagedSpaceContents(
            self,
            "contents",
            ManagedSpaceContentsProps(
                space=space,
                blueprint=blueprint,
                octopus=octopus,
                docker_credentials=in_stack(docker_credentials, self),
                state_database=state_database,
                client_space=None if client_space is None else in_stack(client_space, self),
            ),
        )
        if promote_to is not None:
            PromotionTenant(
                self,
                "promotion_tenant",
                PromotionTenantProps(
                    contents=self.contents, space=space, target_space=promote_to, octopus=octopus
                ),
            )
