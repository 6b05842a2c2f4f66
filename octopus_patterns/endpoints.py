"""Values that cross from one stack to the next.

Each field holds a cdktf token taken from the producing stack's resources. When a consuming stack uses
one, cdktf writes an output in the producer and a `terraform_remote_state` read in the consumer, so the
value is never copied as a string. Secret fields are wrapped in `Fn.sensitive` where they are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias, TypeVar, Union

from constructs import Construct

from octopus_patterns.octopus.references import HasId


@dataclass(frozen=True)
class OctopusServerEndpoint:
    """How the Octopus stacks reach the server the containers stack started."""

    url: str  # as seen from the machine running Terraform
    api_key: str  # sensitive token
    internal_url: str  # as seen from containers on the estate network (runbooks, octoterra)


@dataclass(frozen=True)
class GitCredentials:
    """The Gitea user Octopus's git credential pushes config-as-code changes as."""

    username: str
    password: str  # sensitive token


@dataclass(frozen=True)
class GiteaEndpoint:
    """The Gitea server the config-as-code projects keep their repositories in."""

    url: str  # as seen from the host, e.g. http://127.0.0.1:3000
    internal_url: str  # as seen from the Octopus container, e.g. http://gitea:3000
    organization: str
    credentials: GitCredentials | None = None  # None: the consumer supplies its own

    def repository_url(self, repository: str) -> str:
        """The clone URL Octopus uses, e.g. http://gitea:3000/octopuscac/hello_world_cac.git."""
        return f"{self.internal_url}/{self.organization}/{repository}.git"


@dataclass(frozen=True)
class StateDatabase:
    """The Postgres that can hold Terraform state (host side)."""

    host: str
    port: str
    database: str
    username: str
    password: str  # sensitive token


T = TypeVar("T")
# A value a stack reads: the object itself (e.g. from the containers stack, read across stacks), or a
# function that builds it inside the stack that reads it (e.g. from configuration and that stack's own
# sensitive Terraform variables). Stacks take either and call `in_stack`.
PerStack: TypeAlias = Callable[[Construct], T]
Given: TypeAlias = Union[T, Callable[[Construct], T]]  # noqa: UP007 - a generic alias needs Union here


def in_stack(value: Given[T], stack: Construct) -> T:
    """The value as `stack` reads it."""
    if callable(value):
        return value(stack)
    return value


@dataclass(frozen=True)
class RegionInstance:
    """A region on its own Octopus server: the space its stack created there (read across stacks by the
    management stack's regional tenant), and that server as the management space's runbooks reach it."""

    space: HasId
    octopus: Given[OctopusServerEndpoint]  # api_key: a sensitive variable of the stack that reads it
