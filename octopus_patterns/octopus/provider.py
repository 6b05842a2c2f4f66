"""The Octopus provider connection of a stack: one server, reached through an `OctopusServerEndpoint`."""

from __future__ import annotations

from cdktf import Fn
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from octopus_patterns.endpoints import OctopusServerEndpoint


class OctopusProviderConnection(Construct):
    """Configures the `octopusdeploy` provider for the stack that contains it.

    No `space_id` is set: the provider then works in the server's Default space, and every construct
    in this package names its space explicitly (`space: HasId`), so nothing depends on that default.
    """

    def __init__(self, scope: Construct, id: str, endpoint: OctopusServerEndpoint) -> None:
        super().__init__(scope, id)
        self.provider = OctopusdeployProvider(
            self,
            "provider",
            address=endpoint.url,
            api_key=Fn.sensitive(endpoint.api_key),
        )
