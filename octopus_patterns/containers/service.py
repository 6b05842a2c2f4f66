"""One service container: a pinned image, named volumes, a network alias and host ports on 127.0.0.1 only.

Every container also gets a memory limit, `no-new-privileges` (no setuid binary or file capability can raise a
process's privileges) and drops the Linux capabilities its image does not need (see `Capabilities`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cdktf import ITerraformDependable
from cdktf_cdktf_provider_docker.container import (
    Container,
    ContainerCapabilities,
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
NO_NEW_PRIVILEGES = "no-new-privileges:true"


@dataclass(frozen=True)
class HealthCheck:
    """A shell command Docker runs inside the container; it must never carry a secret as an argument."""

    command: str
    interval: str = "10s"
    retries: int = 30
    start_period: str = "20s"
    wait: bool = True  # the deploy waits (up to 5 minutes) until the check passes


@dataclass(frozen=True)
class Capabilities:
    """Linux capabilities removed from (and, after dropping ALL, given back to) the container's processes."""

    drop: tuple[str, ...]
    add: tuple[str, ...] = ()


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
    memory_mib: int | None = None  # the container's memory limit; None = unlimited
    healthcheck: HealthCheck | None = None
    capabilities: Capabilities | None = None  # ignored when privileged (a privileged container has them all)
    privileged: bool = False
    depends_on: Sequence[ITerraformDependable] = ()


class ServiceContainer(Construct):
    def __init__(self, scope: Construct, id: str, props: ServiceContainerProps) -> None:
        super().__init__(scope, id)
        self.hostname = props.hostname
        image = Image(self, "image", name=props.image, keep_locally=True)
        volumes = [self._volume(props, suffix, path) for suffix, path in sorted(props.volumes.items())]
        waits = props.healthcheck is not None and props.healthcheck.wait
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
            wait=waits,
            wait_timeout=300 if waits else None,
            memory=props.memory_mib,
            security_opts=[NO_NEW_PRIVILEGES],
            capabilities=_capabilities(props),
            privileged=props.privileged,
            restart="unless-stopped",
            must_run=True,
            depends_on=list(props.depends_on) or None,
        )

    def _volume(self, props: ServiceContainerProps, suffix: str, path: str) -> ContainerVolumes:
        volume = Volume(self, f"volume-{suffix}", name=f"{props.name_prefix}-{props.hostname}-{suffix}")
        return ContainerVolumes(volume_name=volume.name, container_path=path)


def _healthcheck(check: HealthCheck | None) -> ContainerHealthcheck | None:
    if check is None:
        return None
    return ContainerHealthcheck(
        test=["CMD-SHELL", check.command],
        interval=check.interval,
        timeout="10s",
        retries=check.retries,
        start_period=check.start_period,
    )


def _capabilities(props: ServiceContainerProps) -> ContainerCapabilities | None:
    if props.capabilities is None or props.privileged:
        return None
    return ContainerCapabilities(drop=list(props.capabilities.drop), add=list(props.capabilities.add) or None)
