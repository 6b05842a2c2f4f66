"""Microsoft SQL Server (Express) holding the Octopus database."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_docker.network import Network
from constructs import Construct

from octopus_patterns.containers.capabilities import NON_ROOT
from octopus_patterns.containers.secrets import strong_password
from octopus_patterns.containers.service import HealthCheck, ServiceContainer, ServiceContainerProps

MSSQL_PORT = 1433
# sqlcmd reads the password from SQLCMDPASSWORD when -P is not given. The shell in the container copies it
# from MSSQL_SA_PASSWORD into sqlcmd's environment, so it is never an argument (not in `ps`,
# /proc/<pid>/cmdline or `docker inspect`, which shows this command with the variable's name only).
SQLCMD_HEALTH_CHECK = (
    'SQLCMDPASSWORD="$MSSQL_SA_PASSWORD" /opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -Q "SELECT 1" -b'
)
# SQL Server 2022 before CU20 ignores cgroup v2 memory limits and sizes itself from the host's RAM; told
# this share of the container's limit explicitly, it leaves headroom for what it allocates outside that.
SQL_SERVER_MEMORY_SHARE = 0.8


@dataclass(frozen=True)
class SqlServerProps:
    image: str
    network: Network
    name_prefix: str
    memory_mib: int
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
                env=[
                    "ACCEPT_EULA=Y",
                    "MSSQL_PID=Express",
                    f"MSSQL_SA_PASSWORD={self.sa_password}",
                    f"MSSQL_MEMORY_LIMIT_MB={int(props.memory_mib * SQL_SERVER_MEMORY_SHARE)}",
                ],
                volumes={"data": "/var/opt/mssql"},
                memory_mib=props.memory_mib,
                healthcheck=HealthCheck(SQLCMD_HEALTH_CHECK),
                capabilities=NON_ROOT,
            ),
        )

    def connection_string(self, database: str) -> str:
        return (
            f"Server={self.hostname},{MSSQL_PORT};Database={database};User Id=sa;"
            f"Password={self.sa_password};TrustServerCertificate=true;ConnectRetryCount=6"
        )
