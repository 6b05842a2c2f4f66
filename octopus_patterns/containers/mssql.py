"""Microsoft SQL Server (Express) holding the Octopus database."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_docker.network import Network
from constructs import Construct

from octopus_patterns.containers.secrets import strong_password
from octopus_patterns.containers.service import ServiceContainer, ServiceContainerProps

MSSQL_PORT = 1433
# The shell in the container expands $MSSQL_SA_PASSWORD, so the password is never part of the command.
_SQLCMD = '/opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -Q "SELECT 1" -b'


@dataclass(frozen=True)
class SqlServerProps:
    image: str
    network: Network
    name_prefix: str
    hostname: str = "mssql"


class SqlServer(Construct):
    def __init__(self, scope: Construct, id: str, props: SqlServerProps) -> None:
        super().__init__(scope, id)
        self.hostname = props.hostname
        self.sa_password = strong_password(self, "sa-password").result
        self.service = ServiceContainer(
            self,
            "service",
            ServiceContainerProps(
                image=props.image,
                hostname=props.hostname,
                network=props.network,
                name_prefix=props.name_prefix,
                env=["ACCEPT_EULA=Y", "MSSQL_PID=Express", f"MSSQL_SA_PASSWORD={self.sa_password}"],
                volumes={"data": "/var/opt/mssql"},
                healthcheck=[_SQLCMD],
            ),
        )

    def connection_string(self, database: str) -> str:
        return (
            f"Server={self.hostname},{MSSQL_PORT};Database={database};User Id=sa;"
            f"Password={self.sa_password};TrustServerCertificate=true;ConnectRetryCount=6"
        )
