"""A certificate held by Octopus (e.g. a Kubernetes client certificate), created only when given."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from cdktf import Fn, TerraformVariable
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.certificate import Certificate
from octopus_patterns.octopus.optional import count_when_given, optional_id, sensitive_or_null
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class OptionalCertificateProps:
    space: HasId
    name: str
    notes: str
    certificate_data: TerraformVariable  # base64 PFX/PEM, sensitive
    password: TerraformVariable  # the PFX password, sensitive; may be empty
    tenanted_deployment_participation: str = "Untenanted"


class OptionalCertificate(Construct):
    """`id` is the certificate's ID, or "" when no certificate data was given."""

    def __init__(self, scope: Construct, id: str, props: OptionalCertificateProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = Certificate(
            self,
            "certificate",
            count=count_when_given(props.certificate_data),
            space_id=props.space.id,
            name=props.name,
            notes=props.notes,
            certificate_data=Fn.sensitive(props.certificate_data.string_value),
            password=sensitive_or_null(props.password),
            tenanted_deployment_participation=props.tenanted_deployment_participation,
        )

    @cached_property
    def id(self) -> str:
        return optional_id(self.resource)
