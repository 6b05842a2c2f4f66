"""The kinds of Octopus object the adoption looks for: their provider resource types and REST collections."""

from __future__ import annotations

from dataclasses import dataclass

# The Default space, whatever the server calls it (the stacks find it by its IsDefault flag). `<` and `>`
# are not allowed in Octopus names, so no real space has this name.
DEFAULT_SPACE = "<default>"


@dataclass(frozen=True)
class Kind:
    name: str  # as shown in the plan
    collection: str  # REST collection: /api/<collection> (server-wide) or /api/<spaceId>/<collection>
    server_wide: bool = False
    name_field: str = "Name"
    # For collections shared by several resource types: the field that tells them apart, and its value
    # for each resource type (e.g. feeds: FeedType).
    type_field: str | None = None


SPACE = Kind("space", "spaces", server_wide=True)
ENVIRONMENT = Kind("environment", "environments")
LIFECYCLE = Kind("lifecycle", "lifecycles")
FEED = Kind("feed", "feeds", type_field="FeedType")
PROJECT_GROUP = Kind("project group", "projectgroups")
LIBRARY_VARIABLE_SET = Kind("library variable set", "libraryvariablesets", type_field="ContentType")
PROJECT = Kind("project", "projects")
TENANT = Kind("tenant", "tenants")
TEAM = Kind("team", "teams", server_wide=True)
USER = Kind("user", "users", server_wide=True, name_field="Username")
USER_ROLE = Kind("user role", "userroles", server_wide=True)

KINDS = (
    SPACE,
    ENVIRONMENT,
    LIFECYCLE,
    FEED,
    PROJECT_GROUP,
    LIBRARY_VARIABLE_SET,
    PROJECT,
    TENANT,
    TEAM,
    USER,
    USER_ROLE,
)


@dataclass(frozen=True)
class ResourceType:
    """A provider resource type the stacks use for a kind; `type_value` is what its object's `type_field`
    holds on the server (a Docker feed is FeedType "Docker")."""

    kind: Kind
    type_value: str | None = None


# Every resource type of provider 1.17.0 the stacks synthesize for these kinds. Each imports by the object's
# ID alone (`ImportStatePassthroughID`, or the last `/` segment for lifecycles) and reads it in the
# provider's space (octopusdeploy_framework/resource_*.go; resource_user_role.go's getImporter).
RESOURCE_TYPES: dict[str, ResourceType] = {
    "octopusdeploy_space": ResourceType(SPACE),
    "octopusdeploy_environment": ResourceType(ENVIRONMENT),
    "octopusdeploy_lifecycle": ResourceType(LIFECYCLE),
    "octopusdeploy_docker_container_registry": ResourceType(FEED, "Docker"),
    "octopusdeploy_maven_feed": ResourceType(FEED, "Maven"),
    "octopusdeploy_project_group": ResourceType(PROJECT_GROUP),
    "octopusdeploy_library_variable_set": ResourceType(LIBRARY_VARIABLE_SET, "Variables"),
    "octopusdeploy_project": ResourceType(PROJECT),
    "octopusdeploy_tenant": ResourceType(TENANT),
    "octopusdeploy_team": ResourceType(TEAM),
    "octopusdeploy_user": ResourceType(USER),
    "octopusdeploy_user_role": ResourceType(USER_ROLE),
}

KINDS_BY_NAME = {kind.name: kind for kind in KINDS}


def same_name(a: str, b: str) -> bool:
    """Octopus compares names case-insensitively (SQL Server's default collation)."""
    return a.casefold() == b.casefold()
