"""The shape most Octopus constructs share: one provider resource, whose ID is the construct's.

Both are generic so that a construct's `props` is its own props dataclass and its `resource` is the
binding class it creates (`ManagedSpace.props.description`, `ManagedSpace.resource.is_default`), and
type checkers in an app that uses the library see exactly those types.
"""

from __future__ import annotations

from functools import cached_property
from typing import Generic, TypeVar

from constructs import Construct

from octopus_patterns.octopus.references import HasId, HasName

P = TypeVar("P")  # the construct's props dataclass
N = TypeVar("N", bound=HasName)  # a props dataclass with the Octopus name
R = TypeVar("R", bound=HasId)  # the provider resource (a class from the generated bindings)


class ResourceConstruct(Construct, Generic[P, R]):
    """Wraps one provider resource (`self.resource`, built from `self.props`); usable wherever a `HasId`
    is asked for."""

    props: P
    resource: R

    @cached_property  # each read of a jsii attribute is a round trip to node
    def id(self) -> str:
        return self.resource.id


class NamedResourceConstruct(ResourceConstruct[N, R]):
    """A `ResourceConstruct` whose Octopus name is the one in its props."""

    @property
    def name(self) -> str:
        return self.props.name
