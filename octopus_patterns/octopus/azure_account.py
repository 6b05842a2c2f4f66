"""An Azure service principal account, created only when its credentials are given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from cdktf import Fn, TerraformVariable
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.azure_service_principal import AzureServicePrincipal
from octopus_patterns.octopus.optional import count_when_given, optional_id
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class AzureServicePrincipalCredentials:
    """The four inputs an Azure service principal needs (Terraform variables, sensitive)."""

    application_id: TerraformVariable
    subscription_id: TerraformVariable
    tenant_id: TerraformVariable
    password: TerraformVariable

    def all(self) -> tuple[TerraformVariable, ...]:
        return (self.application_id, self.subscription_id, self.tenant_id, self.password)


@dataclass(frozen=True)
class AzureServicePrincipalAccountProps:
    space: HasId
    name: str
    description: str
    credentials: AzureServicePrincipalCredentials
    tenant_tags: Sequence[str] = ()
    tenanted_deployment_participation: str = "Untenanted"


class AzureServicePrincipalAccount(Construct):
    """`id` is the account's ID, or "" when the credentials were not given and the account left out."""

    def __init__(self, scope: Construct, id: str, props: AzureServicePrincipalAccountProps) -> None:
        super().__init__(scope, id)
        credentials = props.credentials
        self.resource = AzureServicePrincipal(
            self,
            "account",
            count=count_when_given(*credentials.all()),
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            application_id=Fn.sensitive(credentials.application_id.string_value),
            subscription_id=Fn.sensitive(credentials.subscription_id.string_value),
            tenant_id=Fn.sensitive(credentials.tenant_id.string_value),
            password=Fn.sensitive(credentials.password.string_value),
            tenant_tags=list(props.tenant_tags),
            tenanted_deployment_participation=props.tenanted_deployment_participation,
        )

    @cached_property
    def id(self) -> str:
        return optional_id(self.resource)
