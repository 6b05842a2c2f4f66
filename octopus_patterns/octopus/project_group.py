"""A project group."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports.octopusdeploy.project_group import ProjectGroup as ProjectGroupResource
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class ProjectGroupProps:
    space: HasId
    name: str
    description: str = ""


class ProjectGroup(Construct):
    def __init__(self, scope: Construct, id: str, props: ProjectGroupProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = ProjectGroupResource(
            self, "group", space_id=props.space.id, name=props.name, description=props.description
        )

    @property
    def id(self) -> str:
        return self.resource.id

    @property
    def name(self) -> str:
        return self.props.name
