"""A user role: a named set of space and system permissions (roles are server-wide)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.user_role import UserRole as UserRoleResource
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class UserRoleProps:
    name: str
    description: str
    space_permissions: Sequence[str] = ()
    system_permissions: Sequence[str] = ()


class UserRole(ResourceConstruct[UserRoleProps, UserRoleResource]):
    def __init__(self, scope: Construct, id: str, props: UserRoleProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = UserRoleResource(
            self,
            "role",
            name=props.name,
            description=props.description,
            can_be_deleted=True,
            granted_space_permissions=list(props.space_permissions),
            granted_system_permissions=list(props.system_permissions),
        )
