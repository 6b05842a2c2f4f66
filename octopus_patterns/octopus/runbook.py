"""An Octopus runbook of a project, with its process.

A runbook is scoped to the environments it may run in (none given: all environments) and is either tenanted or
not. Its steps are `StepSpec` values, created as the runbook's own `octopusdeploy_process`, except on a
version-controlled project: provider 1.17 refuses every process of such a project (resource_process.go:79-82),
so there the runbook is created without one and its steps stay data (`spec.steps`) for the project's OCL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.runbook import (
    Runbook,
    RunbookConnectivityPolicy,
    RunbookRetentionPolicyWithStrategy,
)
from octopus_patterns.octopus.connectivity import NO_TARGETS_NEEDED, ConnectivityPolicy
from octopus_patterns.octopus.process import (
    OctopusProcess,
    ProcessProps,
    StepSpec,
    is_version_controlled,
    terraform_literal,
)
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
    connectivity: ConnectivityPolicy = NO_TARGETS_NEEDED
    # Runs kept per environment; None: the space default. The RI's 0.x `quantity_to_keep = 100` is what
    # provider 1.x itself maps to the "Default" strategy (schemas/runbook_retention_policy_legacy.go).
    runs_to_keep: int | None = None

    def __post_init__(self) -> None:
        if self.runs_to_keep is not None and self.runs_to_keep < 1:
            raise ValueError(
                f"runbook {self.name!r}: runs_to_keep must be at least 1 (or None), got {self.runs_to_keep}"
            )

    @property
    def step_names(self) -> list[str]:
        return [step.name for step in self.steps]


@dataclass(frozen=True)
class RunbookProps:
    space: HasId
    project: HasId
    spec: RunbookSpec


class OctopusRunbook(Construct):
    """`octopusdeploy_runbook` plus its process (`process` is None on a version-controlled project)."""

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
            connectivity_policy=[
                RunbookConnectivityPolicy(
                    allow_deployments_to_no_targets=spec.connectivity.allow_deployments_to_no_targets,
                    exclude_unhealthy_targets=spec.connectivity.exclude_unhealthy_targets,
                    skip_machine_behavior=spec.connectivity.skip_machine_behavior,
                )
            ],
            retention_policy_with_strategy=[_retention(spec.runs_to_keep)],
        )
        self.process: OctopusProcess | None = None
        if not is_version_controlled(props.project):
            self.process = OctopusProcess(
                self,
                "process",
                ProcessProps(
                    space=props.space, project=props.project, runbook=self.runbook, steps=spec.steps
                ),
            )

    @cached_property
    def id(self) -> str:
        return self.runbook.id

    @property
    def name(self) -> str:
        return self.spec.name


def _retention(runs_to_keep: int | None) -> RunbookRetentionPolicyWithStrategy:
    if runs_to_keep is None:
        return RunbookRetentionPolicyWithStrategy(strategy="Default")
    return RunbookRetentionPolicyWithStrategy(strategy="Count", quantity_to_keep=runs_to_keep, unit="Items")
