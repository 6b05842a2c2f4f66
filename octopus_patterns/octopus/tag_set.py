"""A tag set and its tags; other resources refer to a tag by its canonical name ("Set/Tag")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.tag import Tag
from octopus_patterns.bindings.octopusdeploy.tag_set import TagSet as TagSetResource
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class TagSpec:
    name: str
    color: str
    description: str = ""
    sort_order: int = 0


@dataclass(frozen=True)
class TagSetProps:
    space: HasId
    name: str
    description: str
    tags: Sequence[TagSpec]
    sort_order: int = 0


class TagSet(ResourceConstruct[TagSetProps, TagSetResource]):
    def __init__(self, scope: Construct, id: str, props: TagSetProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = TagSetResource(
            self,
            "tag_set",
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            sort_order=props.sort_order,
        )
        self.tags = {spec.name: self._tag(props.space, spec) for spec in props.tags}

    def _tag(self, space: HasId, spec: TagSpec) -> Tag:
        return Tag(
            self,
            construct_id(spec.name),
            tag_set_id=self.resource.id,
            tag_set_space_id=space.id,
            name=spec.name,
            color=spec.color,
            description=spec.description,
            sort_order=spec.sort_order,
        )

    def canonical_name(self, tag: str) -> str:
        """The "Set/Tag" name tenants and accounts are tagged with (a reference, so the tag exists first)."""
        try:
            return self.tags[tag].canonical_tag_name
        except KeyError:
            raise KeyError(f"tag set has no tag {tag!r}; it has {sorted(self.tags)}") from None
