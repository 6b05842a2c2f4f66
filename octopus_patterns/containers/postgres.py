"""A Postgres container with a generated password: Gitea's database and the Terraform state store."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_docker.network import Network
from constructs import Construct

from octopus_patterns.containers.capabilities import ROOT_SERVICE
from octopus_patterns.containers.secrets import url_safe_password
from octopus_patterns.containers.service import (
    LOOPBACK,
    HealthCheck,
    PublishedPort,
    ServiceContainer,
    ServiceContainerProps,
)
from octopus_patterns.endpoints import StateDatabase

POSTGRES_PORT = 5432


@dataclass(frozen=True)
class PostgresDatabaseProps:
    image: str
    hostname: str
    database: str
    username: str
    network: Network
    name_prefix: str
    memory_mib: int
    host_port: int | None = None  # published on 127.0.0.1 when set


class PostgresDatabase(Construct):
    def __init__(self, scope: Construct, id: str, props: PostgresDatabaseProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.password = url_safe_password(self, "password").result
        self.service = ServiceContainer(
            self,
            "service",
            ServiceContainerProps(
                image=props.image,
                hostname=props.hostname,
                network=props.network,
                name_prefix=props.name_prefix,
                env=[
                    f"POSTGRES_USER={props.username}",
                    f"POSTGRES_PASSWORD={self.password}",
                    f"POSTGRES_DB={props.database}",
                ],
                volumes={"data": "/var/lib/postgresql/data"},
                ports=[PublishedPort(POSTGRES_PORT, props.host_port)] if props.host_port else (),
                memory_mib=props.memory_mib,
                # pg_isready only asks whether the server accepts connections: it sends no password.
                healthcheck=HealthCheck(f"pg_isready -U {props.username} -d {props.database}"),
                capabilities=ROOT_SERVICE,
            ),
        )

    def network_access(self) -> StateDatabase:
        """Connection details as seen from containers on the estate network (Octopus's runbooks)."""
        return StateDatabase(
            host=self.props.hostname,
            port=str(POSTGRES_PORT),
            database=self.props.database,
            username=self.props.username,
            password=self.password,
        )

    def host_access(self) -> StateDatabase:
        """Connection details as seen from the machine running Terraform."""
        if self.props.host_port is None:
            raise ValueError(
                f"{self.props.hostname}: no host port is published, so it is not reachable from the host"
            )
        return StateDatabase(
            host=LOOPBACK,
            port=str(self.props.host_port),
            database=self.props.database,
            username=self.props.username,
            password=self.password,
        )
