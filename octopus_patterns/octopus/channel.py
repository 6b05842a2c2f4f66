"""A release channel of a project, with the package version rules that decide which releases it accepts.

Rules name deployment steps and their package references by name, so the channel must be created after
those steps exist: pass the deployment process's `dependables` as `depends_on`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from cdktf import ITerraformDependable
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.channel import Channel, ChannelRule, ChannelRuleActionPackage
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class ChannelPackage:
    """A package reference of a deployment step, by step name and package reference name."""

    step_name: str
    package_reference: str


@dataclass(frozen=True)
class ChannelRuleSpec:
    """Packages whose versions must match `version_range` (NuGet range) and pre-release `tag` (regex)."""

    packages: tuple[ChannelPackage, ...]
    tag: str | None = None
    version_range: str | None = None


@dataclass(frozen=True)
class ChannelSpec:
    name: str
    description: str = ""
    is_default: bool = False
    lifecycle: HasId | None = None  # None: the project's lifecycle
    rules: tuple[ChannelRuleSpec, ...] = ()


@dataclass(frozen=True)
class ChannelProps:
    space: HasId
    project: HasId
    spec: ChannelSpec
    depends_on: Sequence[ITerraformDependable] = ()


class OctopusChannel(Construct):
    """`octopusdeploy_channel`."""

    def __init__(self, scope: Construct, id: str, props: ChannelProps) -> None:
        super().__init__(scope, id)
        spec = props.spec
        self.spec = spec
        self.channel = Channel(
            self,
            "channel",
            space_id=props.space.id,
            project_id=props.project.id,
            name=spec.name,
            description=spec.description,
            is_default=spec.is_default,
            lifecycle_id=spec.lifecycle.id if spec.lifecycle is not None else None,
            rule=[_rule(rule) for rule in spec.rules] or None,
            depends_on=list(props.depends_on) or None,
        )

    @cached_property
    def id(self) -> str:
        return self.channel.id


def _rule(rule: ChannelRuleSpec) -> ChannelRule:
    return ChannelRule(
        action_package=[
            ChannelRuleActionPackage(deployment_action=p.step_name, package_reference=p.package_reference)
            for p in rule.packages
        ],
        tag=rule.tag,
        version_range=rule.version_range,
    )
