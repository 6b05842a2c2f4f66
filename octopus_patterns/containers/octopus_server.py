"""Octopus Server: its SQL Server, generated admin credentials, and a deploy that waits for the API."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import Fn, LocalExecProvisioner
from cdktf_cdktf_provider_docker.network import Network
from constructs import Construct

from octopus_patterns.config import MemoryConfig, OctopusServerConfig, ReadinessConfig
from octopus_patterns.containers.capabilities import ROOT_SERVICE
from octopus_patterns.containers.mssql import SqlServer, SqlServerProps
from octopus_patterns.containers.secrets import master_key, octopus_api_key, strong_password
from octopus_patterns.containers.service import (
    LOOPBACK,
    HealthCheck,
    PublishedPort,
    ServiceContainer,
    ServiceContainerProps,
)
from octopus_patterns.endpoints import OctopusServerEndpoint
from octopus_patterns.terraform_data import TerraformData
from octopus_patterns.wait_for_octopus import API_KEY_ENV

OCTOPUS_WEB_PORT = 8080
# The endpoint (and the image's curl) Octopus's own Kubernetes probes use. Docker only reports the state: the
# deploy waits for the API through `wait_for_octopus`, whose time limit is configurable, not for this check.
OCTOPUS_HEALTH_CHECK = HealthCheck(
    f"curl -fsS -o /dev/null http://localhost:{OCTOPUS_WEB_PORT}/api/octopusservernodes/ping",
    interval="30s",
    retries=10,
    start_period="10m",  # the first start creates the database
    wait=False,
)
_DATA_VOLUMES = {
    "repository": "/repository",
    "artifacts": "/artifacts",
    "tasklogs": "/taskLogs",
    "cache": "/cache",
    "import": "/import",
}


@dataclass(frozen=True)
class OctopusServerProps:
    octopus_image: str
    mssql_image: str
    network: Network
    name_prefix: str
    host_port: int
    server: OctopusServerConfig
    readiness: ReadinessConfig
    memory: MemoryConfig
    license_base64: str  # a sensitive variable's token; empty means no license supplied
    hostname: str = "octopus"
    # Where the readiness wait runs; None: Terraform's own (the stack's) directory. The command needs no
    # particular directory, only a python3 on PATH that can import octopus_patterns.
    provisioner_working_dir: str | None = None

    def __post_init__(self) -> None:
        if self.provisioner_working_dir is not None and self.provisioner_working_dir.startswith("/"):
            raise ValueError(
                f"OctopusServerProps: provisioner_working_dir {self.provisioner_working_dir!r} must be "
                "relative: synthesized JSON must not hold absolute paths"
            )


class OctopusServer(Construct):
    def __init__(self, scope: Construct, id: str, props: OctopusServerProps) -> None:
        super().__init__(scope, id)
        self.admin_username = props.server.admin_username
        self.admin_password = strong_password(self, "admin-password").result
        self.api_key = "API-" + octopus_api_key(self, "api-key").result
        self.database = SqlServer(
            self,
            "mssql",
            SqlServerProps(
                image=props.mssql_image,
                network=props.network,
                name_prefix=props.name_prefix,
                memory_mib=props.memory.mssql,
            ),
        )
        self.service = ServiceContainer(self, "service", self._service_props(props))
        ready = self._wait_for_api(props, f"http://{LOOPBACK}:{props.host_port}")
        # Reading the URLs through the wait's output makes every consumer depend on the API being ready.
        self.endpoint = OctopusServerEndpoint(
            url=ready.output_attribute("url"),
            api_key=self.api_key,
            internal_url=ready.output_attribute("internal_url"),
        )

    def _service_props(self, props: OctopusServerProps) -> ServiceContainerProps:
        volumes = dict(_DATA_VOLUMES)
        if props.server.privileged:
            volumes["docker"] = "/var/lib/docker"
        return ServiceContainerProps(
            image=props.octopus_image,
            hostname=props.hostname,
            network=props.network,
            name_prefix=props.name_prefix,
            env=[
                "ACCEPT_EULA=Y",
                f"ADMIN_USERNAME={props.server.admin_username}",
                f"ADMIN_EMAIL={props.server.admin_email}",
                f"ADMIN_PASSWORD={self.admin_password}",
                f"ADMIN_API_KEY={self.api_key}",
                f"MASTER_KEY={master_key(self, 'master-key').base64}",
                f"DB_CONNECTION_STRING={self.database.connection_string('Octopus')}",
                f"OCTOPUS_SERVER_BASE64_LICENSE={props.license_base64}",
                # Docker-in-Docker (execution containers on the built-in worker) needs privileged mode.
                f"DISABLE_DIND={'N' if props.server.privileged else 'Y'}",
            ],
            volumes=volumes,
            ports=[PublishedPort(OCTOPUS_WEB_PORT, props.host_port)],
            memory_mib=props.memory.octopus,
            healthcheck=OCTOPUS_HEALTH_CHECK,
            capabilities=ROOT_SERVICE,
            privileged=props.server.privileged,
            depends_on=[self.database.service.container],
        )

    def _wait_for_api(self, props: OctopusServerProps, url: str) -> TerraformData:
        timeout = props.readiness.timeout_minutes * 60
        command = (
            f"python3 -m octopus_patterns.wait_for_octopus --url {url} "
            f"--timeout-seconds {timeout:g} --interval-seconds {props.readiness.interval_seconds:g}"
        )
        return TerraformData(
            self,
            "api-ready",
            input={"url": url, "internal_url": f"http://{props.hostname}:{OCTOPUS_WEB_PORT}"},
            triggers_replace={"container": self.service.container.id},
            provisioners=[
                LocalExecProvisioner(
                    type="local-exec",
                    command=command,
                    environment={API_KEY_ENV: Fn.sensitive(self.api_key)},
                    working_dir=props.provisioner_working_dir,
                )
            ],
        )
