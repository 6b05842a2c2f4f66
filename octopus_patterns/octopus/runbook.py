"""An Octopus runbook of a project, with its process.

A runbook is scoped to the environments it may run in (none given: all environments) and is either tenanted or
not. Its steps are `StepSpec` values, created as the runbook's own `octopusdeploy_process`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from constructs import Construct

from imports.octopusdeploy.runbook import Runbook
from octopus_patterns.octopus.process import OctopusProcess, ProcessProps, StepSpec, terraform_literal
from octopus_patterns.octopus.references import HasId

TenancyMode = Literal["Untenanted", "TenantedOrUntenanted", "Tenanted"]


@dataclass(frozen=True)
class RunbookSpec:
    """What a runbook is, independent of the project it is attached to."""

    name: str
    description: str
    steps: tuple[StepSpec, ...]
    environments: tuple[HasId, ...] = ()  # empty: the runbook can run in every environment
    multi_tenancy_mode: TenancyMode = "Untenanted"

    @property
    def step_names(self) -> list[str]:
        return [step.name for step in self.steps]


@dataclass(frozen=True)
class RunbookProps:
    space: HasId
    project: HasId
    spec: RunbookSpec


class OctopusRunbook(Construct):
    """`octopusdeploy_runbook` plus its process."""

    def __init__(self, scope: Construct, id: str, props: RunbookProps) -> None:
        super().__init__(scope, id)
        spec = props.spec
        self.spec = spec
        self.runbook = Runbook(
            self,
            "runbook",
            space_id=props.space.id,
            project_id=props.project.id,
            name=spec.name,
            description=terraform_literal(spec.description),
            environment_scope="Specified" if spec.environments else "All",
            environments=[env.id for env in spec.environments] or None,
            multi_tenancy_mode=spec.multi_tenancy_mode,
            default_guided_failure_mode="EnvironmentDefault",
            force_package_download=False,
        )
        self.process = OctopusProcess(
            self,
            "process",
            ProcessProps(space=props.space, project=props.project, runbook=self.runbook, steps=spec.steps),
        )

    @cached_property
    def id(self) -> str:
        return self.runbook.id

    @property
    def name(self) -> str:
        return self.spec.name
