"""Package feeds: a Docker container registry, a Maven repository and the space's built-in feed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.data_octopusdeploy_feeds import DataOctopusdeployFeeds
from octopus_patterns.bindings.octopusdeploy.docker_container_registry import DockerContainerRegistry
from octopus_patterns.bindings.octopusdeploy.maven_feed import MavenFeed as MavenFeedResource
from octopus_patterns.octopus.optional import sensitive_or_null
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class RegistryCredentials:
    """A username and password for a package registry, as tokens ("" = not given). Consumers send them as
    `sensitive_or_null`: sensitive, and null when empty (the provider rejects "")."""

    username: str
    password: str


@dataclass(frozen=True)
class DockerContainerRegistryFeedProps:
    space: HasId
    name: str
    feed_uri: str
    credentials: RegistryCredentials
    api_version: str = "v2"
    package_acquisition_locations: Sequence[str] = ("ExecutionTarget", "NotAcquired")


class DockerContainerRegistryFeed(
    ResourceConstruct[DockerContainerRegistryFeedProps, DockerContainerRegistry]
):
    def __init__(self, scope: Construct, id: str, props: DockerContainerRegistryFeedProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = DockerContainerRegistry(
            self,
            "feed",
            space_id=props.space.id,
            name=props.name,
            feed_uri=props.feed_uri,
            api_version=props.api_version,
            package_acquisition_location_options=list(props.package_acquisition_locations),
            username=sensitive_or_null(props.credentials.username),
            password=sensitive_or_null(props.credentials.password),
        )


@dataclass(frozen=True)
class MavenFeedProps:
    space: HasId
    name: str
    feed_uri: str
    download_attempts: int = 3
    download_retry_backoff_seconds: int = 20


class MavenFeed(ResourceConstruct[MavenFeedProps, MavenFeedResource]):
    def __init__(self, scope: Construct, id: str, props: MavenFeedProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = MavenFeedResource(
            self,
            "feed",
            space_id=props.space.id,
            name=props.name,
            feed_uri=props.feed_uri,
            download_attempts=props.download_attempts,
            download_retry_backoff_seconds=props.download_retry_backoff_seconds,
        )


class BuiltInFeed(Construct):
    """The package feed every space has; looked up by type, never created."""

    def __init__(self, scope: Construct, id: str, space: HasId) -> None:
        super().__init__(scope, id)
        self.lookup = DataOctopusdeployFeeds(
            self, "feeds", space_id=space.id, feed_type="BuiltIn", skip=0, take=1
        )

    @cached_property
    def id(self) -> str:
        return self.lookup.feeds.get(0).id
