"""A team of users."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.team import Team as TeamResource
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class TeamProps:
    name: str
    members: Sequence[HasId]
    description: str = ""


class Team(ResourceConstruct[TeamProps, TeamResource]):
    """A server-wide team (no space), as the reference implementation's teams are."""

    def __init__(self, scope: Construct, id: str, props: TeamProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = TeamResource(
            self,
            "team",
            name=props.name,
            description=props.description,
            users=[member.id for member in props.members],
        )
