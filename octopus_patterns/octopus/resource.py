"""The shape most Octopus constructs share: one provider resource, whose ID is the construct's."""

from __future__ import annotations

from functools import cached_property

from constructs import Construct

from octopus_patterns.octopus.references import HasId, HasName


class ResourceConstruct(Construct):
    """Wraps one provider resource (`self.resource`); usable wherever a `HasId` is asked for."""

    resource: HasId

    @cached_property  # each read of a jsii attribute is a round trip to node
    def id(self) -> str:
        return self.resource.id


class NamedResourceConstruct(ResourceConstruct):
    """A `ResourceConstruct` whose Octopus name is the one in its props."""

    props: HasName

    @property
    def name(self) -> str:
        return self.props.name
