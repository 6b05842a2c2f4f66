"""One service container: a pinned image, named volumes, a network alias and host ports on 127.0.0.1 only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cdktf import ITerraformDependable
from cdktf_cdktf_provider_docker.container import (
    Container,
    ContainerHealthcheck,
    ContainerNetworksAdvanced,
    ContainerPorts,
    ContainerVolumes,
)
from cdktf_cdktf_provider_docker.image import Image
from cdktf_cdktf_provider_docker.network import Network
from cdktf_cdktf_provider_docker.volume import Volume
from constructs import Construct

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class PublishedPort:
    container: int
    host: int


@dataclass(frozen=True)
class ServiceContainerProps:
    image: str  # repository:tag, pinned (validated by the configuration)
    hostname: str  # the container's DNS name on the estate network
    network: Network
    name_prefix: str
    env: Sequence[str] = ()
    volumes: dict[str, str] = field(default_factory=dict)  # volume suffix -> path in the container
    ports: Sequence[PublishedPort] = ()
    healthcheck: Sequence[str] | None = None  # a CMD-SHELL command; deploy waits until it passes
    privileged: bool = False
    depends_on: Sequence[ITerraformDependable] = ()


class ServiceContainer(Construct):
    def __init__(self, scope: Construct, id: str, props: ServiceContainerProps) -> None:
        super().__init__(scope, id)
        self.hostname = props.hostname
        image = Image(self, "image", name=props.image, keep_locally=True)
        volumes = [self._volume(props, suffix, path) for suffix, path in sorted(props.volumes.items())]
        self.container = Container(
            self,
            "container",
            name=f"{props.name_prefix}-{props.hostname}",
            image=image.image_id,
            env=list(props.env) or None,
            volumes=volumes or None,
            ports=[ContainerPorts(internal=p.container, external=p.host, ip=LOOPBACK) for p in props.ports]
            or None,
            networks_advanced=[ContainerNetworksAdvanced(name=props.network.name, aliases=[props.hostname])],
            healthcheck=_healthcheck(props.healthcheck),
            wait=props.healthcheck is not None,
            wait_timeout=300 if props.healthcheck is not None else None,
            privileged=props.privileged,
            restart="unless-stopped",
            must_run=True,
            depends_on=list(props.depends_on) or None,
        )

    def _volume(self, props: ServiceContainerProps, suffix: str, path: str) -> ContainerVolumes:
        volume = Volume(self, f"volume-{suffix}", name=f"{props.name_prefix}-{props.hostname}-{suffix}")
        return ContainerVolumes(volume_name=volume.name, container_path=path)


def _healthcheck(command: Sequence[str] | None) -> ContainerHealthcheck | None:
    if command is None:
        return None
    return ContainerHealthcheck(
        test=["CMD-SHELL", *command], interval="10s", timeout="10s", retries=30, start_period="20s"
    )
