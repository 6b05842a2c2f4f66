"""A tenant and the projects (and environments of each) it is connected to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.tenant import Tenant as TenantResource
from octopus_patterns.bindings.octopusdeploy.tenant_project import TenantProject
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import NamedResourceConstruct


@dataclass(frozen=True)
class TenantProjectConnection:
    """The tenant takes part in deployments of `project` to these environments."""

    project_name: str
    project: HasId
    environments: Sequence[HasId]


@dataclass(frozen=True)
class ManagedTenantProps:
    space: HasId
    name: str
    description: str
    tenant_tags: Sequence[str] = ()  # canonical "Set/Tag" names, ideally references to the tags
    project_connections: Sequence[TenantProjectConnection] = ()


class ManagedTenant(NamedResourceConstruct[ManagedTenantProps, TenantResource]):
    props: ManagedTenantProps

    def __init__(self, scope: Construct, id: str, props: ManagedTenantProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = TenantResource(
            self,
            "tenant",
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            tenant_tags=list(props.tenant_tags),
        )
        self.project_connections = [self._connect(connection) for connection in props.project_connections]

    def _connect(self, connection: TenantProjectConnection) -> TenantProject:
        return TenantProject(
            self,
            f"project_{construct_id(connection.project_name)}",
            space_id=self.props.space.id,
            tenant_id=self.resource.id,
            project_id=connection.project.id,
            environment_ids=[environment.id for environment in connection.environments],
        )
