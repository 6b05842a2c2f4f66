"""Tenant common variables: a tenant's values for library variable set templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdktf import Fn
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.tenant_common_variable import TenantCommonVariable
from octopus_patterns.octopus.library_variable_set import LibraryVariableSet
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.tenant import ManagedTenant


@dataclass(frozen=True)
class TenantCommonValue:
    library_variable_set: LibraryVariableSet
    template: str
    value: str  # a token for sensitive templates


@dataclass(frozen=True)
class TenantCommonVariablesProps:
    space: HasId
    tenant: ManagedTenant
    values: Sequence[TenantCommonValue]


class TenantCommonVariables(Construct):
    """One `octopusdeploy_tenant_common_variable` per value.

    Octopus accepts a tenant's value for a set only once the tenant is connected to a project that
    includes the set, so every value waits for the tenant's project connections. Values of sensitive
    templates are passed through `sensitive()`.
    """

    def __init__(self, scope: Construct, id: str, props: TenantCommonVariablesProps) -> None:
        super().__init__(scope, id)
        self.variables = {value.template: self._variable(props, value) for value in props.values}

    def _variable(self, props: TenantCommonVariablesProps, value: TenantCommonValue) -> TenantCommonVariable:
        sensitive = _is_sensitive(value)
        return TenantCommonVariable(
            self,
            construct_id(value.template),
            space_id=props.space.id,
            tenant_id=props.tenant.id,
            library_variable_set_id=value.library_variable_set.id,
            template_id=value.library_variable_set.template_id(value.template),
            value=Fn.sensitive(value.value) if sensitive else value.value,
            depends_on=list(props.tenant.project_connections) or None,
        )


def _is_sensitive(value: TenantCommonValue) -> bool:
    templates = {template.name: template for template in value.library_variable_set.props.templates}
    return templates[value.template].control_type == "Sensitive"
