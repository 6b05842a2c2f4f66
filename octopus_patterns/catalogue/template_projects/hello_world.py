"""The "Hello World" template project, buildable on its own (the Development space has one too)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from constructs import Construct

from octopus_patterns.catalogue.scripts import read_script
from octopus_patterns.catalogue.template_projects.managed_runbooks import (
    ManagedProjectRunbooks,
    ManagedProjectRunbooksProps,
)
from octopus_patterns.catalogue.template_projects.naming import HELLO_WORLD
from octopus_patterns.octopus.process import OctopusProcess, ProcessProps, StepSpec, script_step
from octopus_patterns.octopus.project import OctopusProject, ProjectProps
from octopus_patterns.octopus.project_variable import (
    ProjectVariables,
    ProjectVariableSpec,
    ProjectVariablesProps,
)
from octopus_patterns.octopus.references import HasId

HELLO_WORLD_DESCRIPTION = (
    "This project is initially created by Terraform and is then able to be updated in the Octopus UI, "
    "serialized to Terraform again with octoterra, and deployed to managed spaces."
)
HELLO_WORLD_STEP = "Hello world (using Bash)"


def hello_world_steps() -> tuple[StepSpec, ...]:
    return (script_step(HELLO_WORLD_STEP, read_script("hello_world.sh"), is_required=True),)


def hello_world_cac_steps() -> tuple[StepSpec, ...]:
    """The CaC variant's process (kept in Git, so only described here)."""
    return (script_step(HELLO_WORLD_STEP, read_script("hello_world_cac.sh"), is_required=True),)


@dataclass(frozen=True)
class HelloWorldProjectProps:
    space: HasId
    project_group: HasId
    lifecycle: HasId
    library_variable_sets: Sequence[HasId]  # management space: This Instance, Octopus Server, Export Options
    sync_environment: HasId  # where the managed project runbooks run
    builtin_feed: HasId  # where "__ 1. Serialize Project" pushes the project's package
    name: str = HELLO_WORLD
    hello_target: str = "World"
    export_options: bool = (
        False  # `library_variable_sets` holds "Export Options" (ManagedProjectRunbooksProps)
    )


class HelloWorldProject(Construct):
    """A Bash step greeting #{Hello.Target}, the Hello.Target variable and the managed project runbooks."""

    def __init__(self, scope: Construct, id: str, props: HelloWorldProjectProps) -> None:
        super().__init__(scope, id)
        space = props.space
        self.project = OctopusProject(
            self,
            "project",
            ProjectProps(
                space=space,
                name=props.name,
                description=HELLO_WORLD_DESCRIPTION,
                project_group=props.project_group,
                lifecycle=props.lifecycle,
                library_variable_sets=props.library_variable_sets,
            ),
        )
        self.deployment_process = OctopusProcess(
            self,
            "deployment_process",
            ProcessProps(
                space=space, project=self.project, steps=hello_world_steps(), editable_in_octopus=True
            ),
        )
        target = ProjectVariableSpec("Hello.Target", props.hello_target)
        self.variables = ProjectVariables(
            self, "variables", ProjectVariablesProps(space=space, project=self.project, variables=(target,))
        )
        runbooks_props = ManagedProjectRunbooksProps(
            space=space,
            project=self.project,
            project_name=props.name,
            sync_environment=props.sync_environment,
            builtin_feed=props.builtin_feed,
            export_options=props.export_options,
        )
        self.runbooks = ManagedProjectRunbooks(self, "runbooks", runbooks_props).runbooks

    @cached_property
    def id(self) -> str:
        return self.project.id
