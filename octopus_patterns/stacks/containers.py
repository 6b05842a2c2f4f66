"""Stack `containers`: Octopus Server with SQL Server, Gitea with its Postgres, and a Postgres for state."""

from __future__ import annotations

from cdktf import TerraformOutput, TerraformStack, TerraformVariable
from cdktf_cdktf_provider_docker.network import Network
from cdktf_cdktf_provider_docker.provider import DockerProvider
from cdktf_cdktf_provider_random.provider import RandomProvider
from constructs import Construct

from octopus_patterns.catalogue.template_projects.naming import version_controlled_repositories
from octopus_patterns.config import EstateConfig
from octopus_patterns.containers.gitea import GiteaServer, GiteaServerProps
from octopus_patterns.containers.gitea_bootstrap import GiteaBootstrap, GiteaBootstrapProps
from octopus_patterns.containers.octopus_server import OctopusServer, OctopusServerProps
from octopus_patterns.containers.postgres import PostgresDatabase, PostgresDatabaseProps
from octopus_patterns.endpoints import GitCredentials, GiteaEndpoint
from octopus_patterns.state_backend import configure_state_backend

NAME_PREFIX = "octopus-patterns"


class ContainersStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, config: EstateConfig) -> None:
        super().__init__(scope, id)
        # This stack creates the state database, so its own state is always local.
        configure_state_backend(self, config.state, force_local=True)
        DockerProvider(self, "docker")
        RandomProvider(self, "random")
        network = Network(self, "network", name=NAME_PREFIX, driver="bridge")
        license_base64 = TerraformVariable(
            self,
            "octopus_server_base64_license",
            type="string",
            default="",
            sensitive=True,
            description="Base64 Octopus license XML (TF_VAR_octopus_server_base64_license); empty = none",
        )
        self.octopus = OctopusServer(
            self,
            "octopus",
            OctopusServerProps(
                octopus_image=config.images.octopus,
                mssql_image=config.images.mssql,
                network=network,
                name_prefix=NAME_PREFIX,
                host_port=config.ports.octopus,
                server=config.octopus,
                readiness=config.readiness,
                memory=config.memory,
                license_base64=license_base64.string_value,
            ),
        )
        self.gitea = GiteaServer(
            self,
            "gitea",
            GiteaServerProps(
                gitea_image=config.images.gitea,
                postgres_image=config.images.postgres,
                network=network,
                name_prefix=NAME_PREFIX,
                http_port=config.ports.gitea_http,
                ssh_port=config.ports.gitea_ssh,
                memory_mib=config.memory.gitea,
                database_memory_mib=config.memory.gitea_db,
            ),
        )
        self.gitea_bootstrap = GiteaBootstrap(
            self,
            "gitea-bootstrap",
            GiteaBootstrapProps(
                gitea_url=self.gitea.endpoint.url,
                container_name=self.gitea.service.container.name,
                organization=self.gitea.endpoint.organization,
                repositories=version_controlled_repositories(),
                timeout_seconds=config.readiness.timeout_minutes * 60,
                depends_on=[self.gitea.service.container],
                rerun_when={"container": self.gitea.service.container.id},
            ),
        )
        self.state_database = PostgresDatabase(
            self,
            "terraformdb",
            PostgresDatabaseProps(
                image=config.images.postgres,
                hostname="terraformdb",
                database="terraform",
                username="terraform",
                network=network,
                name_prefix=NAME_PREFIX,
                host_port=config.ports.state_db,
                memory_mib=config.memory.state_db,
            ),
        )
        self._outputs()

    @property
    def gitea_endpoint(self) -> GiteaEndpoint:
        """Gitea as the Octopus stacks see it: ready, bootstrapped, with the editor's credentials."""
        bootstrap = self.gitea_bootstrap
        return GiteaEndpoint(
            url=self.gitea.endpoint.url,
            internal_url=self.gitea.endpoint.internal_url,
            organization=bootstrap.organization,
            credentials=GitCredentials(
                username=bootstrap.editor_username, password=bootstrap.editor_password
            ),
        )

    def _outputs(self) -> None:
        octopus, state = self.octopus, self.state_database.host_access()
        TerraformOutput(self, "octopus_url", value=octopus.endpoint.url)
        TerraformOutput(self, "octopus_admin_username", value=octopus.admin_username)
        TerraformOutput(self, "octopus_admin_password", value=octopus.admin_password, sensitive=True)
        TerraformOutput(self, "octopus_api_key", value=octopus.api_key, sensitive=True)
        TerraformOutput(self, "gitea_url", value=self.gitea.endpoint.url)
        TerraformOutput(self, "gitea_admin_username", value=self.gitea_bootstrap.admin_username)
        TerraformOutput(
            self, "gitea_admin_password", value=self.gitea_bootstrap.admin_password, sensitive=True
        )
        TerraformOutput(self, "gitea_editor_username", value=self.gitea_bootstrap.editor_username)
        TerraformOutput(
            self, "gitea_editor_password", value=self.gitea_bootstrap.editor_password, sensitive=True
        )
        TerraformOutput(
            self,
            "state_database_conn_str",
            value=f"postgres://{state.username}:{state.password}@{state.host}:{state.port}/{state.database}"
            "?sslmode=disable",
            sensitive=True,
            description="Export as PG_CONN_STR to keep the Octopus stacks' state in this database",
        )
