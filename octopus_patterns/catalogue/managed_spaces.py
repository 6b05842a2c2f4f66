"""What goes into a managed space: the RI's Development (Spaces-2) and Test\\Production (Spaces-3) spaces, and
the template every regional space is stamped with. Built from the same constructs as the management space.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cdktf import Fn
from constructs import Construct

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects import HelloWorldProject, HelloWorldProjectProps
from octopus_patterns.config import RegionConfig
from octopus_patterns.endpoints import GitCredentials, OctopusServerEndpoint, StateDatabase
from octopus_patterns.octopus.environment import EnvironmentSet, EnvironmentSetProps, EnvironmentSpec
from octopus_patterns.octopus.feed import (
    BuiltInFeed,
    DockerContainerRegistryFeed,
    DockerContainerRegistryFeedProps,
    MavenFeed,
    MavenFeedProps,
    RegistryCredentials,
)
from octopus_patterns.octopus.git_credential import GitCredential, GitCredentialProps
from octopus_patterns.octopus.library_variable_set import LibraryVariableSet
from octopus_patterns.octopus.lifecycle import ManagedLifecycle, RetentionPolicy
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.project_group import ProjectGroup, ProjectGroupProps
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.scoped_user_role import TeamSpaceRoles, TeamSpaceRolesProps
from octopus_patterns.octopus.tenant import ManagedTenant, ManagedTenantProps, TenantProjectConnection
from octopus_patterns.octopus.tenant_variable import (
    TenantCommonValue,
    TenantCommonVariables,
    TenantCommonVariablesProps,
)

_KEEP = RetentionPolicy(quantity_to_keep=1, unit="Days", keep_forever=True)
_KEEP_30 = RetentionPolicy(quantity_to_keep=30, unit="Days", keep_forever=True)
HELLO_WORLD_GROUP = "Hello World"
HELLO_WORLD_GROUP_DESCRIPTION = "Holds the simple Hello World project"


@dataclass(frozen=True)
class SpaceBlueprint:
    """Names of what a managed space holds; lifecycle phases name environments of the same blueprint."""

    environments: tuple[EnvironmentSpec, ...]
    lifecycles: tuple[ri.LifecycleFact, ...]
    maven_feed: bool = False
    instance_variable_sets: bool = False  # "Octopus Server" and "This Instance"
    hello_world: bool = False
    project_groups: tuple[str, ...] = field(default=(HELLO_WORLD_GROUP,))
    # What the RI's "Create Client Space" adds for the projects the management space exports: the Git
    # credential "Git", the "Shared Slack" set and the Editors' and Deployers' roles (needs Sync and its
    # lifecycle).
    client_space: bool = False

    def __post_init__(self) -> None:
        names = {spec.name for spec in self.environments}
        if self.client_space and not (
            ri.SYNC in names and ri.SYNC_LIFECYCLE in {lifecycle.name for lifecycle in self.lifecycles}
        ):
            raise ValueError(f"a client space needs the {ri.SYNC!r} environment and lifecycle")
        for lifecycle in self.lifecycles:
            unknown = [phase.environment for phase in lifecycle.phases if phase.environment not in names]
            if unknown:
                raise ValueError(
                    f"lifecycle {lifecycle.name!r}: phase environment(s) {unknown} are not in this space "
                    f"(it has {sorted(names)})"
                )
        if self.hello_world and not (self.instance_variable_sets and ri.SYNC in names):
            raise ValueError("hello_world needs instance_variable_sets and a Sync environment")


def _environments(*names: str) -> tuple[EnvironmentSpec, ...]:
    return tuple(ri.environment_spec(name) for name in names)


def _lifecycle(name: str, *phases: ri.PhaseFact) -> ri.LifecycleFact:
    return ri.LifecycleFact(name, "Lifecycle including security scanning", phases)


_SYNC_LIFECYCLE = ri.LifecycleFact(
    ri.SYNC_LIFECYCLE, "Lifecycle used to sync projects", (ri.PhaseFact(ri.SYNC, _KEEP),)
)
_RI_LIFECYCLE_DESCRIPTIONS = {fact.name: fact.description for fact in ri.LIFECYCLES}
_ALL_FIVE = _environments(ri.SYNC, ri.DEVELOPMENT, ri.TEST, ri.PRODUCTION, ri.SECURITY)

# Spaces-2: refine a project here, then promote it to Test\Production through the tenant of that name.
DEVELOPMENT = SpaceBlueprint(
    environments=_ALL_FIVE,
    lifecycles=(_SYNC_LIFECYCLE, _lifecycle(ri.SIMPLE, ri.PhaseFact(ri.DEVELOPMENT, _KEEP))),
    instance_variable_sets=True,
    hello_world=True,
)
# Spaces-3: all four environments, as the RI (its comment says test/prod only), and Test -> Production.
TEST_PRODUCTION = SpaceBlueprint(
    environments=_environments(ri.DEVELOPMENT, ri.TEST, ri.PRODUCTION, ri.SECURITY),
    lifecycles=(_lifecycle(ri.SIMPLE, ri.PhaseFact(ri.TEST, _KEEP), ri.PhaseFact(ri.PRODUCTION, _KEEP_30)),),
)


def _lifecycle_description(name: str, phases: tuple[str, ...]) -> str:
    """The RI's description for its own lifecycles (Simple, DevSecOps), else one naming the phases."""
    return _RI_LIFECYCLE_DESCRIPTIONS.get(name, f"{name}: {' -> '.join(phases)}")


def region_blueprint(region: RegionConfig) -> SpaceBlueprint:
    """A business unit's or region's space, stamped as the RI's "Create Client Space" runbook does.

    By default the five environments, the Simple and DevSecOps lifecycles, the Docker and Maven feeds and the
    Hello World project group; `[[regions]]` may list other environments and lifecycles. Always, as a client
    space: the Sync environment and lifecycle (added when the region does not list them), the Git credential,
    "Shared Slack" and the teams' roles. Projects arrive from the management space through its
    "__ 2. Deploy Project" runbooks, as in the RI.
    """
    environments = (*region.environments, *(() if ri.SYNC in region.environments else (ri.SYNC,)))
    lifecycles = tuple(
        ri.LifecycleFact(
            lifecycle.name,
            _lifecycle_description(lifecycle.name, lifecycle.phases),
            tuple(ri.PhaseFact(env, _KEEP, automatic=env in lifecycle.automatic) for env in lifecycle.phases),
        )
        for lifecycle in region.lifecycles
    )
    if ri.SYNC_LIFECYCLE not in {lifecycle.name for lifecycle in lifecycles}:
        lifecycles = (*lifecycles, _SYNC_LIFECYCLE)
    others = [name for name in environments if name != ri.SYNC]
    return SpaceBlueprint(
        # Sync first (order 0, as the RI's shared/environments/sync module), then the region's in its order.
        environments=tuple(
            EnvironmentSpec(name, sort_order=0 if name == ri.SYNC else others.index(name))
            for name in environments
        ),
        lifecycles=lifecycles,
        maven_feed=True,
        client_space=True,
    )


@dataclass(frozen=True)
class ClientSpaceInputs:
    """What a client space takes from the management stack: the objects themselves, never ID strings."""

    git_credentials: (
        GitCredentials | None
    )  # the Gitea user (password wrapped in sensitive()); None: no Git server
    slack_bot_token: str  # sensitive token
    # Editors, Deployers (server-wide teams); None: not on this space's server (a region on its own).
    teams: Mapping[str, HasId] | None
    user_roles: Mapping[str, HasId]  # our own roles by name: Variable editor, Read-Only


@dataclass(frozen=True)
class ManagedSpaceContentsProps:
    space: HasId
    blueprint: SpaceBlueprint
    octopus: OctopusServerEndpoint
    docker_credentials: RegistryCredentials  # from the management stack; wrapped in sensitive() here
    # Where the space's runbooks keep Terraform state, as the Octopus container reaches it (from the
    # containers stack): the "This Instance" set's ThisInstance.State.*, which Hello World's runbooks read.
    state_database: StateDatabase | None = None
    client_space: ClientSpaceInputs | None = None  # required when the blueprint is a client space

    def __post_init__(self) -> None:
        if self.blueprint.hello_world and self.state_database is None:
            raise ValueError(
                "ManagedSpaceContentsProps.state_database is None, but the blueprint has Hello World, whose "
                "runbooks read ThisInstance.State.Host/Port/Username/Password: give the state database"
            )


class ManagedSpaceContents(Construct):
    """Environments, lifecycles, feeds, project groups, variable sets, (optionally) Hello World and, for a
    client space, the Git credential, "Shared Slack" and the teams' roles."""

    def __init__(self, scope: Construct, id: str, props: ManagedSpaceContentsProps) -> None:
        super().__init__(scope, id)
        space, blueprint = props.space, props.blueprint
        self.environments = EnvironmentSet(
            self, "environments", EnvironmentSetProps(space=space, environments=blueprint.environments)
        )
        self.lifecycles = {
            fact.name: ManagedLifecycle(
                self,
                f"lifecycle_{construct_id(fact.name)}",
                ri.lifecycle_props(fact, space, self.environments),
            )
            for fact in blueprint.lifecycles
        }
        self._feeds(props)
        self.project_groups = {
            name: ProjectGroup(
                self,
                f"project_group_{construct_id(name)}",
                ProjectGroupProps(space=space, name=name, description=HELLO_WORLD_GROUP_DESCRIPTION),
            )
            for name in blueprint.project_groups
        }
        wanted = (ri.THIS_INSTANCE, ri.OCTOPUS_SERVER) if blueprint.instance_variable_sets else ()
        self.library_variable_sets = self._variable_sets(props, wanted)
        self.hello_world = self._hello_world(space) if blueprint.hello_world else None
        self.git_credential: GitCredential | None = None
        self.team_roles: dict[str, TeamSpaceRoles] = {}
        if blueprint.client_space:
            self._client_space(props)

    def _feeds(self, props: ManagedSpaceContentsProps) -> None:
        credentials = RegistryCredentials(
            username=Fn.sensitive(props.docker_credentials.username),
            password=Fn.sensitive(props.docker_credentials.password),
        )
        self.docker_feed = DockerContainerRegistryFeed(
            self,
            "docker_feed",
            DockerContainerRegistryFeedProps(
                space=props.space,
                name=ri.DOCKER_FEED_NAME,
                feed_uri=ri.DOCKER_FEED_URI,
                credentials=credentials,
            ),
        )
        self.builtin_feed = BuiltInFeed(self, "builtin_feed", props.space)
        if props.blueprint.maven_feed:
            MavenFeed(
                self,
                "maven_feed",
                MavenFeedProps(space=props.space, name=ri.MAVEN_FEED_NAME, feed_uri=ri.MAVEN_FEED_URI),
            )

    def _variable_sets(
        self, props: ManagedSpaceContentsProps, wanted: tuple[str, ...], slack_bot_token: str = ""
    ) -> dict[str, LibraryVariableSet]:
        secrets = ri.ManagementSecrets(
            octopus_api_key=props.octopus.api_key,
            octopus_internal_url=props.octopus.internal_url,
            slack_bot_token=slack_bot_token,  # only "Shared Slack" uses it, and the Git values only "Git"
            git_username="",
            git_password="",
            state_database=props.state_database,
        )
        return {
            lvs.name: LibraryVariableSet(self, f"variables_{construct_id(lvs.name)}", lvs)
            for lvs in ri.library_variable_sets(props.space, secrets)
            if lvs.name in wanted
        }

    def _client_space(self, props: ManagedSpaceContentsProps) -> None:
        inputs = props.client_space
        if inputs is None:
            raise ValueError("ManagedSpaceContents: a client space blueprint needs ClientSpaceInputs")
        if inputs.git_credentials is not None:  # no Git server: no Git credential (nor CaC projects) anywhere
            self.git_credential = GitCredential(
                self,
                "git_credential",
                GitCredentialProps(
                    space=props.space,
                    name=ri.GIT_CREDENTIAL_NAME,
                    username=inputs.git_credentials.username,  # as the management space's (not a secret)
                    password=inputs.git_credentials.password,  # GitCredential wraps it in sensitive()
                ),
            )
        self.library_variable_sets.update(
            self._variable_sets(props, (ri.SHARED_SLACK,), slack_bot_token=inputs.slack_bot_token)
        )
        if inputs.teams is not None:  # teams on another server cannot be granted roles here
            self._team_roles(props.space, inputs.teams, inputs.user_roles)

    def _team_roles(
        self, space: HasId, teams: Mapping[str, HasId], user_roles: Mapping[str, HasId]
    ) -> None:
        for grant in ri.CLIENT_SPACE_TEAM_GRANTS:
            roles: dict[str, HasId] = {name: user_roles[name] for name in grant.roles}
            roles.update({role.name: role for role in grant.built_in_roles})
            self.team_roles[grant.team] = TeamSpaceRoles(
                self,
                f"team_roles_{construct_id(grant.team)}",
                TeamSpaceRolesProps(space=space, team=teams[grant.team], user_roles=roles),
            )

    def _hello_world(self, space: HasId) -> HelloWorldProject:
        sets = self.library_variable_sets
        return HelloWorldProject(
            self,
            "hello_world",
            HelloWorldProjectProps(
                space=space,
                project_group=self.project_groups[HELLO_WORLD_GROUP],
                lifecycle=self.lifecycles[ri.SIMPLE],
                library_variable_sets=[sets[ri.OCTOPUS_SERVER], sets[ri.THIS_INSTANCE]],
                sync_environment=self.environments[ri.SYNC],
                builtin_feed=self.builtin_feed,
            ),
        )


PROMOTION_TENANT = "Test\\Production"
PROMOTION_TENANT_DESCRIPTION = "Tenant representing the test and production Octopus instance"


@dataclass(frozen=True)
class PromotionTenantProps:
    """Managed instance per environment: the Development tenant standing for the space releases go to."""

    contents: ManagedSpaceContents  # the Development space's contents (Hello World, Sync, Octopus Server)
    space: HasId
    target_space: HasId  # the Test\Production space: its real ID, not the RI's literal "Spaces-3"
    octopus: OctopusServerEndpoint
    name: str = PROMOTION_TENANT


class PromotionTenant(Construct):
    def __init__(self, scope: Construct, id: str, props: PromotionTenantProps) -> None:
        super().__init__(scope, id)
        contents = props.contents
        if contents.hello_world is None:
            raise ValueError("PromotionTenant: the space's contents have no Hello World project to promote")
        self.tenant = ManagedTenant(
            self,
            "tenant",
            ManagedTenantProps(
                space=props.space,
                name=props.name,
                description=PROMOTION_TENANT_DESCRIPTION,
                project_connections=[
                    TenantProjectConnection(
                        project_name=HELLO_WORLD_GROUP,
                        project=contents.hello_world,
                        environments=[contents.environments[ri.SYNC]],
                    )
                ],
            ),
        )
        server = contents.library_variable_sets[ri.OCTOPUS_SERVER]
        TenantCommonVariables(
            self,
            "variables",
            TenantCommonVariablesProps(
                space=props.space,
                tenant=self.tenant,
                values=[
                    TenantCommonValue(server, ri.MANAGED_TENANT_API_KEY, props.octopus.api_key),
                    TenantCommonValue(server, ri.MANAGED_TENANT_URL, props.octopus.internal_url),
                    TenantCommonValue(server, ri.MANAGED_TENANT_SPACE_ID, props.target_space.id),
                ],
            ),
        )
