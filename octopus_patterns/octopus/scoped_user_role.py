"""A team's user roles in one space (scoped user roles): how a server-wide team gets permissions in a space.

Provider v1.17.0 (octopusdeploy_framework/resource_team.go, `updateUserRoles`): creating or updating an
`octopusdeploy_team` without `user_role` blocks deletes every scoped user role of that team, including these
standalone ones. They come back on the next apply of the stack that holds them (their Read treats the 404
as "gone", octopusdeploy_framework/resource_scoped_user_role.go), so after changing a team, apply the space
stacks again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.scoped_user_role import ScopedUserRole as ScopedUserRoleResource
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class BuiltInUserRole:
    """One of the roles Octopus ships with, which have the same fixed ID on every server."""

    name: str
    id: str


@dataclass(frozen=True)
class TeamSpaceRolesProps:
    space: HasId
    team: HasId
    user_roles: Mapping[str, HasId]  # role name -> our own role (cross-stack) or a `BuiltInUserRole`


class TeamSpaceRoles(Construct):
    """One `octopusdeploy_scoped_user_role` per role, for the whole space (all projects and environments)."""

    def __init__(self, scope: Construct, id: str, props: TeamSpaceRolesProps) -> None:
        super().__init__(scope, id)
        if not props.user_roles:
            raise ValueError("TeamSpaceRoles: user_roles must name at least one role")
        self.scoped_roles = {
            name: ScopedUserRoleResource(
                self, construct_id(name), space_id=props.space.id, team_id=props.team.id, user_role_id=role.id
            )
            for name, role in props.user_roles.items()
        }
