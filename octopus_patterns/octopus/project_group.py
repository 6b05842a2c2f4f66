"""A project group."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.project_group import ProjectGroup as ProjectGroupResource
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import NamedResourceConstruct


@dataclass(frozen=True)
class ProjectGroupProps:
    space: HasId
    name: str
    description: str = ""


class ProjectGroup(NamedResourceConstruct[ProjectGroupProps, ProjectGroupResource]):
    def __init__(self, scope: Construct, id: str, props: ProjectGroupProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = ProjectGroupResource(
            self, "group", space_id=props.space.id, name=props.name, description=props.description
        )
