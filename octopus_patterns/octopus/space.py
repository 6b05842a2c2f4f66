"""Octopus spaces: the Default space (looked up, never created) and spaces this estate manages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from cdktf import Fn, TerraformLocal, Token
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.data_octopusdeploy_spaces import DataOctopusdeploySpaces
from octopus_patterns.bindings.octopusdeploy.space import Space
from octopus_patterns.octopus.resource import NamedResourceConstruct

# Octopus pages list endpoints; a server never has more spaces than this in the estate.
_SPACES_PAGE = 1000


class DefaultSpace(Construct):
    """The server's Default space, found by its `is_default` flag rather than by ID or name."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.lookup = DataOctopusdeploySpaces(self, "spaces", skip=0, take=_SPACES_PAGE)
        default_index = Fn.index(Fn.lookup_nested(self.lookup, ["spaces", "*", "is_default"]), True)
        ids = Fn.lookup_nested(self.lookup, ["spaces", "*", "id"])
        self.space_id = TerraformLocal(self, "id", Fn.element(ids, Token.as_number(default_index)))

    @cached_property
    def id(self) -> str:
        return self.space_id.as_string


@dataclass(frozen=True)
class ManagedSpaceProps:
    name: str
    description: str
    # Team IDs; Octopus's built-in teams have fixed system IDs such as "teams-administrators".
    space_manager_team_ids: Sequence[str] = ("teams-administrators",)


class ManagedSpace(NamedResourceConstruct[ManagedSpaceProps, Space]):
    """A space created and owned by this estate."""

    def __init__(self, scope: Construct, id: str, props: ManagedSpaceProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = Space(
            self,
            "space",
            name=props.name,
            description=props.description,
            is_default=False,
            is_task_queue_stopped=False,
            space_managers_teams=list(props.space_manager_team_ids),
        )
