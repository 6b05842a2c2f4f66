"""Stack `management`: the server's Default space, set up as the reference implementation's management space.

It creates the managed spaces (Development, Test\\Production and one per configured region), and in the
Default space the environments, lifecycles, feeds, credentials, variable sets, tenant tags, project
groups, users, teams, roles, the seven template projects and one regional tenant per region.
"""

from __future__ import annotations

from collections.abc import Mapping

from cdktf import TerraformStack
from constructs import Construct

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.managed_spaces import ClientSpaceInputs
from octopus_patterns.catalogue.template_projects import TemplateProjects, TemplateProjectsProps
from octopus_patterns.catalogue.template_projects.pr_checks import PrChecksProject, PrChecksProjectProps
from octopus_patterns.config import EstateConfig
from octopus_patterns.endpoints import (
    GitCredentials,
    GiteaEndpoint,
    Given,
    OctopusServerEndpoint,
    RegionInstance,
    StateDatabase,
    in_stack,
)
from octopus_patterns.octopus.azure_account import (
    AzureServicePrincipalAccount,
    AzureServicePrincipalAccountProps,
)
from octopus_patterns.octopus.certificate import OptionalCertificate, OptionalCertificateProps
from octopus_patterns.octopus.environment import EnvironmentSet, EnvironmentSetProps
from octopus_patterns.octopus.feed import (
    BuiltInFeed,
    DockerContainerRegistryFeed,
    DockerContainerRegistryFeedProps,
    MavenFeed,
    MavenFeedProps,
    RegistryCredentials,
)
from octopus_patterns.octopus.generated_password import GeneratedPassword
from octopus_patterns.octopus.git_credential import GitCredential, GitCredentialProps
from octopus_patterns.octopus.kubernetes_target import KubernetesClusterTarget, KubernetesClusterTargetProps
from octopus_patterns.octopus.library_variable_set import LibraryVariableSet
from octopus_patterns.octopus.lifecycle import ManagedLifecycle
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.optional import given_or
from octopus_patterns.octopus.project_group import ProjectGroup, ProjectGroupProps
from octopus_patterns.octopus.provider import OctopusProviderConnection
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.space import DefaultSpace, ManagedSpace
from octopus_patterns.octopus.tag_set import TagSet
from octopus_patterns.octopus.team import Team, TeamProps
from octopus_patterns.octopus.tenant import ManagedTenant, ManagedTenantProps, TenantProjectConnection
from octopus_patterns.octopus.tenant_variable import TenantCommonVariables, TenantCommonVariablesProps
from octopus_patterns.octopus.user import OctopusUser
from octopus_patterns.octopus.user_role import UserRole
from octopus_patterns.state_backend import configure_state_backend


class ManagementStack(TerraformStack):
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: EstateConfig,
        octopus: Given[OctopusServerEndpoint],
        gitea: Given[GiteaEndpoint] | None,
        state_database: Given[StateDatabase] | None = None,
        region_instances: Mapping[str, RegionInstance] | None = None,
    ) -> None:
        """`state_database`, when given, is the runbooks' Terraform state store as the Octopus container
        reaches it (e.g. host "terraformdb", port "5432"); it becomes the ThisInstance.State.* variables.
        Without `gitea` the config-as-code projects, the Git credential and "Git" set, and PR Checks (which
        reads that set) are left out (`LEFT_OUT_WITHOUT_GIT`). `region_instances` (by region name): regions
        on their own server, whose spaces their stacks create there; their regional tenants carry that
        server's URL, API key and the space's ID."""
        super().__init__(scope, id)
        configure_state_backend(self, config.state)
        octopus = in_stack(octopus, self)
        gitea = None if gitea is None else in_stack(gitea, self)
        state_database = None if state_database is None else in_stack(state_database, self)
        OctopusProviderConnection(self, "octopus", octopus)
        self.inputs = ri.ManagementInputs(self, "inputs")
        self.docker_feed_credentials: RegistryCredentials = self.inputs.docker_credentials
        self.space = DefaultSpace(self, "default_space")
        self.region_instances = dict(region_instances or {})
        self._managed_spaces(config)
        self._environments_and_lifecycles()
        self._feeds_and_git_credential(gitea)
        self._tags_account_and_kubernetes_target()
        self._project_groups_and_variable_sets(octopus, state_database)
        self._people()
        self.projects = self._template_projects(gitea)
        self.pr_checks = (
            PrChecksProject(
                self,
                "pr_checks",
                PrChecksProjectProps(
                    space=self.space,
                    project_group=self.project_groups["PR Checks"],
                    lifecycle=self.lifecycles[ri.SIMPLE],
                    sync_environment=self.environments[ri.SYNC],
                    git_variables=self.library_variable_sets[ri.GIT],
                ),
            )
            if ri.GIT in self.library_variable_sets
            else None
        )
        self._regional_tenants(octopus)

    def _managed_spaces(self, config: EstateConfig) -> None:
        self.development_space = ManagedSpace(self, "development_space", ri.DEVELOPMENT_SPACE)
        self.test_production_space = ManagedSpace(self, "test_production_space", ri.TEST_PRODUCTION_SPACE)
        self.region_spaces: dict[str, HasId] = {
            region.name: self._region_space(region.name) for region in config.regions
        }

    def _region_space(self, region: str) -> HasId:
        """A region on its own server brings the space its stack created there; the others' are made here."""
        if region in self.region_instances:
            return self.region_instances[region].space
        return ManagedSpace(self, f"region_space_{construct_id(region)}", ri.managed_space(region))

    def _environments_and_lifecycles(self) -> None:
        self.environments = EnvironmentSet(
            self, "environments", EnvironmentSetProps(space=self.space, environments=ri.ENVIRONMENTS)
        )
        self.lifecycles = {
            fact.name: ManagedLifecycle(
                self,
                f"lifecycle_{construct_id(fact.name)}",
                ri.lifecycle_props(fact, self.space, self.environments),
            )
            for fact in ri.LIFECYCLES
        }

    def _feeds_and_git_credential(self, gitea: GiteaEndpoint | None) -> None:
        self.docker_feed = DockerContainerRegistryFeed(
            self,
            "docker_feed",
            DockerContainerRegistryFeedProps(
                space=self.space,
                name=ri.DOCKER_FEED_NAME,
                feed_uri=ri.DOCKER_FEED_URI,
                credentials=self.docker_feed_credentials,
            ),
        )
        self.maven_feed = MavenFeed(
            self,
            "maven_feed",
            MavenFeedProps(space=self.space, name=ri.MAVEN_FEED_NAME, feed_uri=ri.MAVEN_FEED_URI),
        )
        self.builtin_feed = BuiltInFeed(self, "builtin_feed", self.space)
        self.git_credentials: GitCredentials | None = None
        self.git_credential: GitCredential | None = None
        if gitea is None:
            return
        self.git_credentials = self._git_credentials(gitea)
        self.git_credential = GitCredential(
            self,
            "git_credential",
            GitCredentialProps(
                space=self.space,
                name=ri.GIT_CREDENTIAL_NAME,
                username=self.git_credentials.username,
                password=self.git_credentials.password,
            ),
        )

    def _git_credentials(self, gitea: GiteaEndpoint) -> GitCredentials:
        """The endpoint's Gitea user; without one, TF_VAR_git_username and TF_VAR_git_password (or a
        generated password, which Gitea does not know until someone sets it there)."""
        if gitea.credentials is not None:
            return gitea.credentials
        inputs = ri.GitCredentialInputs(self, "git_inputs")
        generated = GeneratedPassword(self, "git_password")
        return GitCredentials(
            username=inputs.username.string_value, password=given_or(inputs.password, generated.value)
        )

    def _tags_account_and_kubernetes_target(self) -> None:
        self.tenant_tags = TagSet(self, "tenant_type", ri.tenant_type_tag_set(self.space))
        self.azure_account = AzureServicePrincipalAccount(
            self,
            "azure_account",
            AzureServicePrincipalAccountProps(
                space=self.space,
                name=ri.AZURE_ACCOUNT_NAME,
                description=ri.AZURE_ACCOUNT_DESCRIPTION,
                credentials=self.inputs.azure,
                tenant_tags=[self.tenant_tags.canonical_name(ri.REGIONAL_TAG)],
                tenanted_deployment_participation="TenantedOrUntenanted",
            ),
        )
        certificate = OptionalCertificate(
            self,
            "k8s_client_certificate",
            OptionalCertificateProps(
                space=self.space,
                name=ri.K8S_CERTIFICATE_NAME,
                notes=ri.K8S_CERTIFICATE_NOTES,
                certificate_data=self.inputs.k8s_client_cert,
                password=self.inputs.k8s_client_cert_password,
            ),
        )
        self.kubernetes_target = KubernetesClusterTarget(
            self,
            "k8s_target",
            KubernetesClusterTargetProps(
                space=self.space,
                name=ri.K8S_TARGET_NAME,
                cluster_url=self.inputs.k8s_cluster_url,
                client_certificate=certificate,
                environments=[self.environments[name] for name in ri.K8S_TARGET_ENVIRONMENTS],
                roles=[ri.K8S_ROLE],
                skip_tls_verification=True,
            ),
        )

    def _project_groups_and_variable_sets(
        self, octopus: OctopusServerEndpoint, state_database: StateDatabase | None
    ) -> None:
        self.project_groups = {
            name: ProjectGroup(
                self, f"project_group_{construct_id(name)}", ProjectGroupProps(self.space, name, description)
            )
            for name, description in ri.PROJECT_GROUPS.items()
        }
        git = self.git_credentials
        secrets = ri.ManagementSecrets(
            octopus_api_key=octopus.api_key,
            octopus_internal_url=octopus.internal_url,
            slack_bot_token=self.inputs.slack_bot_token.string_value,
            git_username=git.username if git else "",
            git_password=git.password if git else "",
            state_database=state_database,
        )
        self.library_variable_sets: dict[str, LibraryVariableSet] = {
            props.name: LibraryVariableSet(self, f"variables_{construct_id(props.name)}", props)
            for props in ri.library_variable_sets(self.space, secrets)
            if git is not None or props.name != ri.GIT  # no Git server: no "Git" set
        }

    def _people(self) -> None:
        self.user_roles = {
            props.name: UserRole(self, f"role_{construct_id(props.name)}", props) for props in ri.USER_ROLES
        }
        self.users = {
            props.username: OctopusUser(self, f"user_{props.username}", props) for props in ri.USERS
        }
        self.teams = {
            name: Team(
                self, f"team_{construct_id(name)}", TeamProps(name, [self.users[user] for user in members])
            )
            for name, members in ri.TEAMS.items()
        }

    @property
    def client_space_inputs(self) -> ClientSpaceInputs:
        """What each region's space takes from here: the Git user, the Slack token, the teams and roles."""
        return ClientSpaceInputs(
            git_credentials=self.git_credentials,
            slack_bot_token=self.inputs.slack_bot_token.string_value,
            teams=self.teams,
            user_roles=self.user_roles,
        )

    def _template_projects(self, gitea: GiteaEndpoint | None) -> Mapping[str, HasId]:
        props = TemplateProjectsProps(
            space=self.space,
            environments=self.environments.by_name,
            lifecycles=self.lifecycles,
            project_groups=self.project_groups,
            library_variable_sets=self.library_variable_sets,
            docker_feed=self.docker_feed,
            maven_feed=self.maven_feed,
            builtin_feed=self.builtin_feed,
            git_credential=self.git_credential,
            azure_account=self.azure_account,
            kubernetes_role=ri.K8S_ROLE,
            gitea=gitea,
        )
        return TemplateProjects(self, "template_projects", props).projects

    def _regional_tenants(self, octopus: OctopusServerEndpoint) -> None:
        self.regional_tenants: dict[str, ManagedTenant] = {}
        for region, space in self.region_spaces.items():
            instance = self.region_instances.get(region)
            server = octopus if instance is None else in_stack(instance.octopus, self)
            tenant = ManagedTenant(
                self,
                f"tenant_{construct_id(region)}",
                ManagedTenantProps(
                    space=self.space,
                    name=region,
                    description=ri.regional_tenant_description(region),
                    tenant_tags=[self.tenant_tags.canonical_name(ri.REGIONAL_TAG)],
                    project_connections=self._regional_project_connections(),
                ),
            )
            values = ri.regional_tenant_values(
                self.library_variable_sets,
                self.inputs,
                octopus_api_key=server.api_key,
                octopus_internal_url=server.internal_url,
                region_space=space,
            )
            TenantCommonVariables(
                self,
                f"tenant_{construct_id(region)}_variables",
                TenantCommonVariablesProps(space=self.space, tenant=tenant, values=values),
            )
            self.regional_tenants[region] = tenant

    def _regional_project_connections(self) -> list[TenantProjectConnection]:
        return [
            TenantProjectConnection(
                name, self.projects[name], [self.environments[env] for env in environments]
            )
            for name, environments in ri.REGIONAL_TENANT_PROJECTS.items()
            if name in self.projects  # projects left out (no Git server) are not connected
        ]
