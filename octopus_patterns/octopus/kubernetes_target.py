"""A Kubernetes cluster deployment target that authenticates with a client certificate.

It exists only when both the cluster URL and the client certificate were given; without them there is
nothing for Octopus to connect to, so the target is left out rather than pointed at a placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from cdktf import TerraformVariable
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.kubernetes_cluster_deployment_target import (
    KubernetesClusterDeploymentTarget,
    KubernetesClusterDeploymentTargetCertificateAuthentication,
)
from octopus_patterns.octopus.certificate import OptionalCertificate
from octopus_patterns.octopus.optional import count_when_given, optional_id
from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class KubernetesClusterTargetProps:
    space: HasId
    name: str
    cluster_url: TerraformVariable
    client_certificate: OptionalCertificate
    environments: Sequence[HasId]
    roles: Sequence[str]
    skip_tls_verification: bool = False
    tenanted_deployment_participation: str = "Untenanted"


class KubernetesClusterTarget(Construct):
    def __init__(self, scope: Construct, id: str, props: KubernetesClusterTargetProps) -> None:
        super().__init__(scope, id)
        certificate = props.client_certificate
        self.resource = KubernetesClusterDeploymentTarget(
            self,
            "target",
            count=count_when_given(props.cluster_url, certificate.props.certificate_data),
            space_id=props.space.id,
            name=props.name,
            cluster_url=props.cluster_url.string_value,
            environments=[environment.id for environment in props.environments],
            roles=list(props.roles),
            skip_tls_verification=props.skip_tls_verification,
            tenanted_deployment_participation=props.tenanted_deployment_participation,
            certificate_authentication=KubernetesClusterDeploymentTargetCertificateAuthentication(
                client_certificate=certificate.id
            ),
        )

    @cached_property
    def id(self) -> str:
        return optional_id(self.resource)
