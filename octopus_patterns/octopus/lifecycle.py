"""Lifecycles built from phases; each phase names the environment objects a release may go to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.lifecycle import (
    Lifecycle,
    LifecyclePhase,
    LifecyclePhaseReleaseRetentionWithStrategy,
    LifecyclePhaseTentacleRetentionWithStrategy,
    LifecycleReleaseRetentionWithStrategy,
    LifecycleTentacleRetentionWithStrategy,
)
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import NamedResourceConstruct

_RetentionBlock = TypeVar(
    "_RetentionBlock",
    LifecycleReleaseRetentionWithStrategy,
    LifecyclePhaseReleaseRetentionWithStrategy,
    LifecycleTentacleRetentionWithStrategy,
    LifecyclePhaseTentacleRetentionWithStrategy,
)


@dataclass(frozen=True)
class RetentionPolicy:
    """How long releases (or, on targets, the files of deployments) are kept, in the terms of the 0.x
    provider (quantity, unit, keep forever).

    Provider 1.x expresses the same as a strategy: keep forever -> `Forever` (Octopus ignores the
    quantity then, so it is not sent); otherwise `Count` with the quantity and unit.
    """

    quantity_to_keep: int = 1
    unit: Literal["Days", "Items"] = "Days"
    keep_forever: bool = False

    def __post_init__(self) -> None:
        if not self.keep_forever and self.quantity_to_keep < 1:
            raise ValueError("quantity_to_keep must be at least 1 unless releases are kept forever")

    def attributes(self) -> dict[str, str | int]:
        """The provider 1.x retention block's attributes for this policy."""
        if self.keep_forever:
            return {"strategy": "Forever"}
        return {"strategy": "Count", "quantity_to_keep": self.quantity_to_keep, "unit": self.unit}

    def build(self, block: type[_RetentionBlock]) -> _RetentionBlock:
        """The provider's retention block (lifecycle-level or phase-level class) for this policy."""
        return block(**self.attributes())


@dataclass(frozen=True)
class LifecyclePhaseSpec:
    name: str
    optional_environments: Sequence[HasId] = ()
    automatic_environments: Sequence[HasId] = ()
    release_retention: RetentionPolicy | None = None
    tentacle_retention: RetentionPolicy | None = None

    def __post_init__(self) -> None:
        if not self.optional_environments and not self.automatic_environments:
            raise ValueError(f"phase {self.name!r} must name at least one environment")


@dataclass(frozen=True)
class ManagedLifecycleProps:
    space: HasId
    name: str
    description: str
    phases: Sequence[LifecyclePhaseSpec]
    release_retention: RetentionPolicy | None = None
    tentacle_retention: RetentionPolicy | None = None  # None: the space default


class ManagedLifecycle(NamedResourceConstruct[ManagedLifecycleProps, Lifecycle]):
    def __init__(self, scope: Construct, id: str, props: ManagedLifecycleProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = Lifecycle(
            self,
            "lifecycle",
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            phase=[_phase(spec) for spec in props.phases],
            release_retention_with_strategy=_block(
                props.release_retention, LifecycleReleaseRetentionWithStrategy
            ),
            tentacle_retention_with_strategy=_block(
                props.tentacle_retention, LifecycleTentacleRetentionWithStrategy
            ),
        )


def _block(policy: RetentionPolicy | None, block: type[_RetentionBlock]) -> list[_RetentionBlock] | None:
    return [policy.build(block)] if policy else None


def _phase(spec: LifecyclePhaseSpec) -> LifecyclePhase:
    return LifecyclePhase(
        name=spec.name,
        optional_deployment_targets=[environment.id for environment in spec.optional_environments],
        automatic_deployment_targets=[environment.id for environment in spec.automatic_environments],
        release_retention_with_strategy=_block(
            spec.release_retention, LifecyclePhaseReleaseRetentionWithStrategy
        ),
        tentacle_retention_with_strategy=_block(
            spec.tentacle_retention, LifecyclePhaseTentacleRetentionWithStrategy
        ),
    )
