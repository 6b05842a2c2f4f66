"""A space's deployment environments, created together and looked up by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.environment import (
    Environment,
    EnvironmentJiraExtensionSettings,
    EnvironmentJiraServiceManagementExtensionSettings,
    EnvironmentServicenowExtensionSettings,
)
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId

JiraEnvironmentType = Literal["development", "testing", "staging", "production", "unmapped"]


@dataclass(frozen=True)
class ExtensionSettings:
    """What the Jira, Jira Service Management and ServiceNow integrations do with this environment: the Jira
    environment type deployments are reported as, and whether JSM and ServiceNow change requests apply.
    """

    jira_environment_type: JiraEnvironmentType = "unmapped"
    change_requests_enabled: bool = False


@dataclass(frozen=True)
class EnvironmentSpec:
    name: str
    sort_order: int
    description: str = ""
    allow_dynamic_infrastructure: bool = True
    use_guided_failure: bool = False
    extensions: ExtensionSettings | None = None  # None: the server's defaults


@dataclass(frozen=True)
class EnvironmentSetProps:
    space: HasId
    environments: Sequence[EnvironmentSpec]


class EnvironmentSet(Construct):
    """`environments["Production"]` is the Production environment resource (anything with `.id`)."""

    def __init__(self, scope: Construct, id: str, props: EnvironmentSetProps) -> None:
        super().__init__(scope, id)
        names = [spec.name for spec in props.environments]
        if len(set(names)) != len(names):
            raise ValueError(f"environment names must be unique, got {names}")
        self._by_name = {spec.name: self._environment(props.space, spec) for spec in props.environments}

    def _environment(self, space: HasId, spec: EnvironmentSpec) -> Environment:
        return Environment(
            self,
            construct_id(spec.name),
            space_id=space.id,
            name=spec.name,
            description=spec.description,
            sort_order=spec.sort_order,
            allow_dynamic_infrastructure=spec.allow_dynamic_infrastructure,
            use_guided_failure=spec.use_guided_failure,
            jira_extension_settings=_jira(spec.extensions),
            jira_service_management_extension_settings=_jsm(spec.extensions),
            servicenow_extension_settings=_servicenow(spec.extensions),
        )

    def __getitem__(self, name: str) -> Environment:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"no environment {name!r}; this set has {sorted(self._by_name)}") from None

    @property
    def by_name(self) -> Mapping[str, Environment]:
        return MappingProxyType(self._by_name)


def _jira(extensions: ExtensionSettings | None) -> list[EnvironmentJiraExtensionSettings] | None:
    if extensions is None:
        return None
    return [EnvironmentJiraExtensionSettings(environment_type=extensions.jira_environment_type)]


def _jsm(
    extensions: ExtensionSettings | None,
) -> list[EnvironmentJiraServiceManagementExtensionSettings] | None:
    if extensions is None:
        return None
    return [EnvironmentJiraServiceManagementExtensionSettings(is_enabled=extensions.change_requests_enabled)]


def _servicenow(extensions: ExtensionSettings | None) -> list[EnvironmentServicenowExtensionSettings] | None:
    if extensions is None:
        return None
    return [EnvironmentServicenowExtensionSettings(is_enabled=extensions.change_requests_enabled)]
