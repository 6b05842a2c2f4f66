"""The reference implementation's management space (the Default space, "Spaces-1") as typed facts.

Names, descriptions, permissions and wiring come from the RI at fe57a95 (see shared/reference, section 2).
Values that are secrets or depend on the running estate are never facts here: they arrive as Terraform
inputs (`ManagementInputs`) or as tokens from other constructs, and the functions below combine them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from constructs import Construct

from octopus_patterns.endpoints import StateDatabase
from octopus_patterns.octopus.azure_account import AzureServicePrincipalCredentials
from octopus_patterns.octopus.environment import EnvironmentSpec, ExtensionSettings
from octopus_patterns.octopus.feed import RegistryCredentials
from octopus_patterns.octopus.inputs import string_input
from octopus_patterns.octopus.library_variable_set import (
    LibraryVariable,
    LibraryVariableSet,
    LibraryVariableSetProps,
    VariableTemplate,
)
from octopus_patterns.octopus.lifecycle import LifecyclePhaseSpec, ManagedLifecycleProps, RetentionPolicy
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.scoped_user_role import BuiltInUserRole
from octopus_patterns.octopus.space import ManagedSpaceProps
from octopus_patterns.octopus.tag_set import TagSetProps, TagSpec
from octopus_patterns.octopus.tenant_variable import TenantCommonValue
from octopus_patterns.octopus.user import OctopusUserProps
from octopus_patterns.octopus.user_role import UserRoleProps
from octopus_patterns.octopus.variable_prompt import VariablePromptSpec

# --- Spaces ---------------------------------------------------------------------------------------

# Octopus's built-in "Octopus Administrators" team has this fixed system ID on every server.
ADMINISTRATORS_TEAM_ID = "teams-administrators"


def managed_space(name: str) -> ManagedSpaceProps:
    """A space for one team or region, as the RI's shared/spaces module describes it."""
    return ManagedSpaceProps(
        name=name, description=f"A space for team {name}.", space_manager_team_ids=(ADMINISTRATORS_TEAM_ID,)
    )


DEVELOPMENT_SPACE = managed_space("Development")
TEST_PRODUCTION_SPACE = managed_space("Test\\Production")

# --- Environments and lifecycles ------------------------------------------------------------------

DEVELOPMENT, TEST, PRODUCTION, SECURITY, SYNC = "Development", "Test", "Production", "Security", "Sync"
# The RI reports Development and Sync to Jira as "development" with JSM and ServiceNow change requests on;
# the other environments are unmapped, with both off.
_REPORTED = ExtensionSettings(jira_environment_type="development", change_requests_enabled=True)
_UNMAPPED = ExtensionSettings()
ENVIRONMENT_ORDER = {DEVELOPMENT: 0, TEST: 1, PRODUCTION: 2, SECURITY: 3, SYNC: 0}
ENVIRONMENT_EXTENSIONS = {
    DEVELOPMENT: _REPORTED,
    TEST: _UNMAPPED,
    PRODUCTION: _UNMAPPED,
    SECURITY: _UNMAPPED,
    SYNC: _REPORTED,
}


def environment_spec(name: str) -> EnvironmentSpec:
    """One of the RI's five environments, with its sort order and extension settings."""
    return EnvironmentSpec(name, sort_order=ENVIRONMENT_ORDER[name], extensions=ENVIRONMENT_EXTENSIONS[name])


# The RI creates Sync in its own module, also with sort order 0.
ENVIRONMENTS = tuple(environment_spec(name) for name in (DEVELOPMENT, TEST, PRODUCTION, SECURITY, SYNC))

# Every RI retention policy sets should_keep_forever = true, so releases are kept forever whatever the
# quantity (1 day for early phases, 30 days from Production on).
_KEEP_1_DAY_FOREVER = RetentionPolicy(quantity_to_keep=1, unit="Days", keep_forever=True)
_KEEP_30_DAYS_FOREVER = RetentionPolicy(quantity_to_keep=30, unit="Days", keep_forever=True)
# On deployment targets, every RI lifecycle and phase keeps the files of the last 30 deployments.
TENTACLE_RETENTION = RetentionPolicy(quantity_to_keep=30, unit="Items")


@dataclass(frozen=True)
class PhaseFact:
    """A phase named after its single environment; `automatic` releases deploy there by themselves."""

    environment: str
    retention: RetentionPolicy
    automatic: bool = False


@dataclass(frozen=True)
class LifecycleFact:
    name: str
    description: str
    phases: tuple[PhaseFact, ...]
    release_retention: RetentionPolicy = _KEEP_1_DAY_FOREVER
    tentacle_retention: RetentionPolicy = TENTACLE_RETENTION


_DEV_TEST_PROD = (
    PhaseFact(DEVELOPMENT, _KEEP_1_DAY_FOREVER),
    PhaseFact(TEST, _KEEP_1_DAY_FOREVER),
    PhaseFact(PRODUCTION, _KEEP_30_DAYS_FOREVER),
)
DEVSECOPS, SIMPLE, SYNC_LIFECYCLE = "DevSecOps", "Simple", "Sync"
LIFECYCLES = (
    LifecycleFact(
        DEVSECOPS,
        "Lifecycle including security scanning",
        (*_DEV_TEST_PROD, PhaseFact(SECURITY, _KEEP_30_DAYS_FOREVER, automatic=True)),
    ),
    # The RI gives Simple the DevSecOps description too (a copy-paste it shipped with).
    LifecycleFact(SIMPLE, "Lifecycle including security scanning", _DEV_TEST_PROD),
    LifecycleFact(SYNC_LIFECYCLE, "Lifecycle used to sync projects", (PhaseFact(SYNC, _KEEP_1_DAY_FOREVER),)),
)


class EnvironmentsByName(Protocol):
    """An `EnvironmentSet`, or any lookup of environment objects by name."""

    def __getitem__(self, name: str, /) -> HasId: ...


def lifecycle_props(
    fact: LifecycleFact, space: HasId, environments: EnvironmentsByName
) -> ManagedLifecycleProps:
    phases = [
        LifecyclePhaseSpec(
            name=phase.environment,
            automatic_environments=[environments[phase.environment]] if phase.automatic else [],
            optional_environments=[] if phase.automatic else [environments[phase.environment]],
            release_retention=phase.retention,
            tentacle_retention=fact.tentacle_retention,
        )
        for phase in fact.phases
    ]
    return ManagedLifecycleProps(
        space=space,
        name=fact.name,
        description=fact.description,
        phases=phases,
        release_retention=fact.release_retention,
        tentacle_retention=fact.tentacle_retention,
    )


# --- Feeds, credentials, accounts, targets --------------------------------------------------------

DOCKER_FEED_NAME = "Docker"
DOCKER_FEED_URI = "https://index.docker.io"
MAVEN_FEED_NAME = "Sales Maven Feed"
MAVEN_FEED_URI = "https://octopus-sales-public-maven-repo.s3.ap-southeast-2.amazonaws.com/snapshot"
GIT_CREDENTIAL_NAME = "Git"
GIT_DEFAULT_USERNAME = "octopus"  # the Gitea user the RI's CaC projects push as

AZURE_ACCOUNT_NAME = "Azure"
AZURE_ACCOUNT_DESCRIPTION = "Azure Account"

K8S_CERTIFICATE_NAME = "K8s Client"
K8S_CERTIFICATE_NOTES = "The certificate used to authenticate with the k8s cluster"
K8S_CERTIFICATE_PASSWORD = "Tenant.K8S.CertificatePassword"  # empty for a PEM or a PFX without password
K8S_TARGET_NAME = "K8s"
K8S_ROLE = "k8s"
K8S_TARGET_ENVIRONMENTS = (DEVELOPMENT, TEST, PRODUCTION)

# --- Tenant tags and project groups ---------------------------------------------------------------

REGIONAL_TAG = "regional"


def tenant_type_tag_set(space: HasId) -> TagSetProps:
    """The `tenant_type` tag set; its one tag, `regional`, marks the tenants that stand for a region."""
    regional = TagSpec(
        REGIONAL_TAG, color="#333333", description="A tenant representing a region", sort_order=2
    )
    return TagSetProps(space=space, name="tenant_type", description="Tenant Type", tags=(regional,))


PROJECT_GROUPS: Mapping[str, str] = {
    "__ Client Space": "Holds the projects that create and manage client spaces",
    "Hello World": "Holds the simple Hello World project",
    "Azure": "Holds the Azure projects",
    "Kubernetes": "Holds the Kubernetes projects",
    "PR Checks": "Holds the projects that check Gitea pull requests",  # RI HEAD
}

# --- Library variable sets ------------------------------------------------------------------------

THIS_INSTANCE, OCTOPUS_SERVER, AZURE, DOCKER = "This Instance", "Octopus Server", "Azure", "Docker"
GIT = "Git"  # added to the RI at HEAD; the template projects' fork and merge runbooks read it
KUBERNETES, CLIENT_SLACK, SHARED_SLACK, EXPORT_OPTIONS = (
    "Kubernetes",
    "Client Slack",
    "Shared Slack",
    "Export Options",
)

# How Octopus reaches itself: from its own process, and from a container on the estate's Docker network
# (the containers stack names the server container "octopus", as the RI's compose file does).
OCTOPUS_URL_FROM_SERVER = "http://localhost:8080"

SLACK_BOT_TOKEN, SLACK_SUPPORT_USERS = "Slack.Bot.Token", "Slack.Support.Users"
MANAGED_TENANT_URL = "ManagedTenant.Octopus.Url"
MANAGED_TENANT_API_KEY = "ManagedTenant.Octopus.ApiKey"
MANAGED_TENANT_SPACE_ID = "ManagedTenant.Octopus.SpaceId"

# What "__ 1. Serialize Project" leaves out of an export unless Exported.Project.IgnoredLibraryVariableSet
# says otherwise (that variable's value in the Export Options set, as at the RI's HEAD): the sets only the
# management space's runbooks use, which client spaces do not have.
IGNORED_LIBRARY_VARIABLE_SETS = (OCTOPUS_SERVER, THIS_INSTANCE, AZURE, EXPORT_OPTIONS, GIT)

_DEPLOYING_RUNBOOKS = '"Deploy Project" and "Fork and Deploy Project"'
_EXPORTED_PROJECT_NAME_HELP = (
    f"The name of the new project. This is only used by the {_DEPLOYING_RUNBOOKS} runbooks."
)


@dataclass(frozen=True)
class ManagementSecrets:
    """Values the variable sets carry that are tokens, never literals."""

    octopus_api_key: str
    octopus_internal_url: str  # the server as containers on the estate network reach it
    slack_bot_token: str
    git_username: str
    git_password: str
    # Where the runbooks keep Terraform state, as seen from the Octopus container; None leaves it out.
    state_database: StateDatabase | None = None


def library_variable_sets(space: HasId, secrets: ManagementSecrets) -> tuple[LibraryVariableSetProps, ...]:
    return (
        LibraryVariableSetProps(
            space,
            THIS_INSTANCE,
            "Variables related to interacting with an Octopus server",
            variables=(
                *_state_database_variables(secrets.state_database),
                LibraryVariable(
                    "ThisInstance.Api.Key",
                    secrets.octopus_api_key,
                    sensitive=True,
                    description="The API key of this Octopus instance",
                ),
                LibraryVariable(
                    "ThisInstance.Server.InternalUrl",
                    OCTOPUS_URL_FROM_SERVER,
                    description="The URL of this Octopus instance as seen when run from Octopus",
                ),
                LibraryVariable(
                    "ThisInstance.Server.Url",
                    secrets.octopus_internal_url,
                    description=(
                        "The URL of this Octopus instance as seen from a Docker container on the same network"
                    ),
                ),
            ),
        ),
        LibraryVariableSetProps(
            space,
            OCTOPUS_SERVER,
            "Exposes templates that tenants must populate to indicate how to reach the server and space they "
            "are hosted on.",
            templates=(
                VariableTemplate(MANAGED_TENANT_URL, "The Octopus Server URL"),
                VariableTemplate(MANAGED_TENANT_API_KEY, "The Octopus Server API Key", "Sensitive"),
                VariableTemplate(
                    MANAGED_TENANT_SPACE_ID, "The Octopus Server Space ID", default_value="Unknown"
                ),
            ),
        ),
        LibraryVariableSetProps(
            space,
            AZURE,
            "Variables related to interacting with Azure",
            templates=(
                VariableTemplate("Tenant.Azure.ApplicationId", "The Azure Application ID"),
                VariableTemplate("Tenant.Azure.SubscriptionId", "The Azure Subscription ID"),
                VariableTemplate("Tenant.Azure.TenantId", "The Azure Tenant ID"),
                VariableTemplate("Tenant.Azure.Password", "The Azure Password", "Sensitive"),
            ),
        ),
        LibraryVariableSetProps(
            space,
            DOCKER,
            "Variables related to interacting with DockerHub",
            templates=(
                VariableTemplate("Tenant.Docker.Username", "The Docker Username"),
                VariableTemplate("Tenant.Docker.Password", "The Docker Password", "Sensitive"),
            ),
        ),
        LibraryVariableSetProps(
            space,
            KUBERNETES,
            "Variables related to interacting with Kubernetes",
            templates=(
                VariableTemplate("Tenant.K8S.CertificateData", "The K8S User Certificate", "Sensitive"),
                VariableTemplate("Tenant.K8S.Url", "The K8S API Endpoint"),
                # Not in the RI, whose "Kind Client" certificate has a literal PFX password.
                VariableTemplate(
                    K8S_CERTIFICATE_PASSWORD, "The K8S User Certificate's PFX password", "Sensitive"
                ),
            ),
        ),
        LibraryVariableSetProps(
            space,
            CLIENT_SLACK,
            "Variables related to interacting with Slack",
            templates=(
                VariableTemplate(SLACK_BOT_TOKEN, "The Slack Bot Token", "Sensitive"),
                VariableTemplate(
                    SLACK_SUPPORT_USERS,
                    "A comma seperated list of Slack user IDs "  # "seperated": the RI's spelling
                    "representing those that are invited to incident channels",
                ),
            ),
        ),
        LibraryVariableSetProps(
            space,
            SHARED_SLACK,
            "Variables related to interacting with Slack",
            variables=(
                LibraryVariable(SLACK_BOT_TOKEN, secrets.slack_bot_token, sensitive=True),
                LibraryVariable(SLACK_SUPPORT_USERS, ""),
            ),
        ),
        LibraryVariableSetProps(
            space,
            EXPORT_OPTIONS,
            "Variables related to serializing and deploying upstream projects",
            variables=(
                LibraryVariable(
                    "Exported.Project.Name",
                    "#{Octopus.Project.Name}",
                    description=_EXPORTED_PROJECT_NAME_HELP,
                    prompt=VariablePromptSpec("Project Name", _EXPORTED_PROJECT_NAME_HELP, is_required=True),
                ),
                LibraryVariable(  # RI HEAD: the management-only sets stay behind when a project is serialized
                    "Exported.Project.IgnoredLibraryVariableSet",
                    ",".join(IGNORED_LIBRARY_VARIABLE_SETS),
                    description="Library variable sets to be ignored when serializing a project.",
                ),
            ),
        ),
        LibraryVariableSetProps(
            space,
            GIT,
            "Variables related to interacting with Git",  # the RI's says "with Slack" (a copy-paste)
            variables=(
                LibraryVariable("Git.Credentials.Username", secrets.git_username),
                LibraryVariable("Git.Credentials.Password", secrets.git_password, sensitive=True),
            ),
        ),
    )


def _state_database_variables(database: StateDatabase | None) -> tuple[LibraryVariable, ...]:
    if database is None:
        return ()
    return (
        LibraryVariable("ThisInstance.State.Host", database.host),
        LibraryVariable("ThisInstance.State.Port", database.port),
        LibraryVariable("ThisInstance.State.Username", database.username),
        LibraryVariable("ThisInstance.State.Password", database.password, sensitive=True),
    )


# --- People ---------------------------------------------------------------------------------------

USER_ROLES = (
    # Added to the RI after fe57a95 (its HEAD).
    UserRoleProps("Task Cancel", "Grants the ability to cancel tasks.", space_permissions=("TaskCancel",)),
    UserRoleProps(
        "Variable editor",
        "Grants the ability to edit project variables.",
        space_permissions=("VariableEdit", "VariableView"),
    ),
    UserRoleProps(
        "Read-Only",
        "Grants read-only view to space resources.",
        space_permissions=(
            "AccountView",
            "ActionTemplateView",
            "ArtifactView",
            "CertificateView",
            "DeploymentView",
            "EnvironmentView",
            "EventView",
            "FeedView",
            "GitCredentialView",
            "InsightsReportView",
            "InterruptionView",
            "LibraryVariableSetView",
            "LifecycleView",
            "MachinePolicyView",
            "MachineView",
            "ProcessView",
            "ProjectGroupView",
            "ProjectView",
            "ProxyView",
            "ReleaseView",
            "RunbookRunView",
            "RunbookView",
            "SubscriptionView",
            "TaskView",
            "TeamView",
            "TenantView",
            "TriggerView",
            "VariableView",
            "VariableViewUnscoped",
            "WorkerView",
        ),  # fmt: skip
    ),
)

USERS = (
    OctopusUserProps(username="editor", display_name="Editor", email_address="editor@example.org"),
    OctopusUserProps(username="deployer", display_name="Deployer", email_address="deployer@example.org"),
)
# Team name -> usernames of its members.
TEAMS: Mapping[str, tuple[str, ...]] = {"Editors": ("editor",), "Deployers": ("deployer",)}

# Octopus's built-in roles, by the fixed IDs the RI's shared/scoped_user_role modules use.
RELEASE_CREATOR = BuiltInUserRole("Release creator", "userroles-releasecreator")
DEPLOYMENT_CREATOR = BuiltInUserRole("Deployment creator", "userroles-deploymentcreator")


@dataclass(frozen=True)
class TeamSpaceGrant:
    """The roles a (server-wide) team gets in every client space: our own `USER_ROLES` and built-in ones."""

    team: str
    roles: tuple[str, ...]
    built_in_roles: tuple[BuiltInUserRole, ...] = ()

    def __post_init__(self) -> None:
        ours = [role.name for role in USER_ROLES]
        unknown = [role for role in self.roles if role not in ours]
        if self.team not in TEAMS or unknown:
            raise ValueError(
                f"team grant {self.team!r}: teams are {list(TEAMS)}, roles are {ours}; "
                f"unknown roles {unknown}"
            )


# RI create_client_space, "Configure Project Editor Team" and "Configure Project Deployer Team". The region
# stacks and the "Create Client Space" runbook's Terraform both grant exactly these.
CLIENT_SPACE_TEAM_GRANTS = (
    TeamSpaceGrant("Editors", ("Variable editor", "Read-Only"), (RELEASE_CREATOR, DEPLOYMENT_CREATOR)),
    TeamSpaceGrant("Deployers", ("Read-Only",), (RELEASE_CREATOR, DEPLOYMENT_CREATOR)),
)

# --- Regional tenants -----------------------------------------------------------------------------

_RI_TENANT_DESCRIPTIONS = {
    "America": "Tenant representing the American region Octopus space",
    "Europe": "Tenant representing the European region Octopus space",
}


def regional_tenant_description(region: str) -> str:
    return _RI_TENANT_DESCRIPTIONS.get(region, f"Tenant representing the {region} region Octopus space")


_ALL_STAGES = (DEVELOPMENT, TEST, PRODUCTION, SYNC)
# Project name -> the environments a regional tenant is connected to it in.
REGIONAL_TENANT_PROJECTS: Mapping[str, tuple[str, ...]] = {
    "Hello World": _ALL_STAGES,
    "Hello World CaC": _ALL_STAGES,
    "Azure Web App CaC": _ALL_STAGES,
    "__ Compose Azure Resources": (SYNC,),
    "__ Compose K8S Resources": (SYNC,),
    "__ Create Client Space": (SYNC,),
    "K8S Microservice Template": (SYNC,),
}


# --- Terraform inputs -----------------------------------------------------------------------------


class ManagementInputs(Construct):
    """The TF_VAR_* inputs the management stack always reads. All default to "" (not given)."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.docker_username = string_input(self, "docker_username", "Docker Hub username", sensitive=True)
        self.docker_password = string_input(
            self, "docker_password", "Docker Hub password or token", sensitive=True
        )
        self.azure = AzureServicePrincipalCredentials(
            application_id=string_input(self, "azure_application_id", "Azure application ID", sensitive=True),
            subscription_id=string_input(
                self, "azure_subscription_id", "Azure subscription ID", sensitive=True
            ),
            tenant_id=string_input(self, "azure_tenant_id", "Azure tenant ID", sensitive=True),
            password=string_input(self, "azure_password", "Azure service principal password", sensitive=True),
        )
        self.k8s_cluster_url = string_input(self, "k8s_cluster_url", "Kubernetes API URL", sensitive=False)
        self.k8s_client_cert = string_input(
            self, "k8s_client_cert", "Kubernetes client certificate, base64 PFX", sensitive=True
        )
        self.k8s_client_cert_password = string_input(
            self, "k8s_client_cert_password", "Password of the PFX in k8s_client_cert", sensitive=True
        )
        self.slack_bot_token = string_input(self, "slack_bot_token", "Slack bot token", sensitive=True)

    @property
    def docker_credentials(self) -> RegistryCredentials:
        """Plain variable tokens; every construct that consumes credentials wraps them in `sensitive()`."""
        return RegistryCredentials(
            username=self.docker_username.string_value, password=self.docker_password.string_value
        )


class GitCredentialInputs(Construct):
    """TF_VAR_git_username / TF_VAR_git_password, for when the Gitea endpoint brings no credentials."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.username = string_input(
            self,
            "git_username",
            "Gitea user for config-as-code",
            sensitive=False,
            default=GIT_DEFAULT_USERNAME,
        )
        self.password = string_input(
            self, "git_password", "Password of git_username in Gitea; empty = generate one", sensitive=True
        )


def regional_tenant_values(
    sets: Mapping[str, LibraryVariableSet],
    inputs: ManagementInputs,
    *,
    octopus_api_key: str,
    octopus_internal_url: str,
    region_space: HasId,
) -> tuple[TenantCommonValue, ...]:
    """The RI's twelve values per regional tenant, plus the space ID the RI meant to set and the client
    certificate's password (a literal in the RI's "Kind Client").

    The RI's `*_octopus_spaceid` resources set the Url template a second time, so SpaceId kept its
    default "Unknown"; here it is the region's own space.
    """
    azure = inputs.azure

    def value(set_name: str, template: str, token: str) -> TenantCommonValue:
        return TenantCommonValue(sets[set_name], template, token)

    return (
        value(OCTOPUS_SERVER, MANAGED_TENANT_API_KEY, octopus_api_key),
        value(OCTOPUS_SERVER, MANAGED_TENANT_URL, octopus_internal_url),
        value(OCTOPUS_SERVER, MANAGED_TENANT_SPACE_ID, region_space.id),
        value(AZURE, "Tenant.Azure.ApplicationId", azure.application_id.string_value),
        value(AZURE, "Tenant.Azure.SubscriptionId", azure.subscription_id.string_value),
        value(AZURE, "Tenant.Azure.TenantId", azure.tenant_id.string_value),
        value(AZURE, "Tenant.Azure.Password", azure.password.string_value),
        value(KUBERNETES, "Tenant.K8S.CertificateData", inputs.k8s_client_cert.string_value),
        value(KUBERNETES, "Tenant.K8S.Url", inputs.k8s_cluster_url.string_value),
        value(KUBERNETES, K8S_CERTIFICATE_PASSWORD, inputs.k8s_client_cert_password.string_value),
        value(DOCKER, "Tenant.Docker.Username", inputs.docker_username.string_value),
        value(DOCKER, "Tenant.Docker.Password", inputs.docker_password.string_value),
        value(CLIENT_SLACK, SLACK_BOT_TOKEN, inputs.slack_bot_token.string_value),
        value(CLIENT_SLACK, SLACK_SUPPORT_USERS, ""),
    )
