"""Gitea, the Git server the config-as-code projects keep their Octopus configuration in."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_docker.network import Network
from constructs import Construct

from octopus_patterns.containers.capabilities import GITEA
from octopus_patterns.containers.postgres import PostgresDatabase, PostgresDatabaseProps
from octopus_patterns.containers.service import (
    LOOPBACK,
    HealthCheck,
    PublishedPort,
    ServiceContainer,
    ServiceContainerProps,
)
from octopus_patterns.endpoints import GiteaEndpoint

GITEA_HTTP_PORT = 3000
GITEA_SSH_PORT = 22
# Gitea's documented health endpoint (it also pings the database); curl is part of the gitea/gitea image.
GITEA_HEALTH_CHECK = f"curl -fsS -o /dev/null http://localhost:{GITEA_HTTP_PORT}/api/healthz"


@dataclass(frozen=True)
class GiteaServerProps:
    gitea_image: str
    postgres_image: str
    network: Network
    name_prefix: str
    http_port: int
    ssh_port: int
    memory_mib: int
    database_memory_mib: int
    organization: str = "octopuscac"
    hostname: str = "gitea"


class GiteaServer(Construct):
    def __init__(self, scope: Construct, id: str, props: GiteaServerProps) -> None:
        super().__init__(scope, id)
        self.database = PostgresDatabase(
            self,
            "database",
            PostgresDatabaseProps(
                image=props.postgres_image,
                hostname="giteadb",
                database="gitea",
                username="gitea",
                network=props.network,
                name_prefix=props.name_prefix,
                memory_mib=props.database_memory_mib,
            ),
        )
        self.service = ServiceContainer(
            self,
            "service",
            ServiceContainerProps(
                image=props.gitea_image,
                hostname=props.hostname,
                network=props.network,
                name_prefix=props.name_prefix,
                env=[
                    "USER_UID=1000",
                    "USER_GID=1000",
                    "GITEA__database__DB_TYPE=postgres",
                    "GITEA__database__HOST=giteadb:5432",
                    "GITEA__database__NAME=gitea",
                    "GITEA__database__USER=gitea",
                    f"GITEA__database__PASSWD={self.database.password}",
                    "GITEA__security__INSTALL_LOCK=true",
                    f"GITEA__server__ROOT_URL=http://{LOOPBACK}:{props.http_port}/",
                ],
                volumes={"data": "/data"},
                ports=[
                    PublishedPort(GITEA_HTTP_PORT, props.http_port),
                    PublishedPort(GITEA_SSH_PORT, props.ssh_port),
                ],
                memory_mib=props.memory_mib,
                healthcheck=HealthCheck(GITEA_HEALTH_CHECK),
                capabilities=GITEA,
                depends_on=[self.database.service.container],
            ),
        )
        self.endpoint = GiteaEndpoint(
            url=f"http://{LOOPBACK}:{props.http_port}",
            internal_url=f"http://{props.hostname}:{GITEA_HTTP_PORT}",
            organization=props.organization,
        )
