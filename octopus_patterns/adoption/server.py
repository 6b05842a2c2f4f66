"""What exists on the server: the objects of every adoptable kind in the spaces the stacks use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from octopus_patterns.adoption.kinds import DEFAULT_SPACE, KINDS, SPACE, TEAM, Kind, same_name
from octopus_patterns.adoption.octopus_api import ApiError, OctopusApi


@dataclass(frozen=True)
class Existing:
    """An object on the server. `space` as in `Declared`: None, DEFAULT_SPACE or the declared space name."""

    kind: Kind
    name: str
    id: str
    space: str | None
    type_value: str | None = None  # the kind's `type_field` (FeedType, ContentType)
    is_default: bool = False  # the server's Default space


def read_server(api: OctopusApi, space_names: Iterable[str]) -> list[Existing]:
    """Spaces, server-wide teams/users/roles, and every space-scoped kind in the Default space and in the
    existing spaces named `space_names` (the ones the stacks fill). Other spaces are listed, not read."""
    spaces = api.list("/api/spaces")
    found = [_existing(SPACE, item, None) for item in spaces]
    defaults = [item for item in spaces if item.get("IsDefault") is True]
    if len(defaults) != 1:
        raise ApiError(f"GET {api.url}/api/spaces: {len(defaults)} spaces are marked IsDefault, expected 1")
    scanned = {DEFAULT_SPACE: defaults[0]["Id"]}
    for name in space_names:
        match = [space for space in found if same_name(space.name, name)]
        if len(match) == 1 and match[0].id != defaults[0]["Id"]:
            scanned[name] = match[0].id
    for kind in KINDS:
        if kind is SPACE:
            continue
        if kind.server_wide:
            found += _server_wide(api, kind)
            continue
        for label, space_id in scanned.items():
            found += [_existing(kind, item, label) for item in api.list(f"/api/{space_id}/{kind.collection}")]
    return found


def _server_wide(api: OctopusApi, kind: Kind) -> list[Existing]:
    if kind is TEAM:  # teams may belong to a space; the stacks' teams are system teams (no SpaceId)
        items = api.list("/api/teams", {"includeSystem": "true"})
        return [_existing(kind, item, None) for item in items if not item.get("SpaceId")]
    return [_existing(kind, item, None) for item in api.list(f"/api/{kind.collection}")]


def _existing(kind: Kind, item: dict[str, Any], space: str | None) -> Existing:
    object_id, name = item.get("Id"), item.get(kind.name_field)
    if not isinstance(object_id, str) or not object_id or not isinstance(name, str):
        raise ApiError(f"a {kind.name} without a string Id and {kind.name_field} in the answer")
    type_value = item.get(kind.type_field) if kind.type_field else None
    type_value = type_value if isinstance(type_value, str) else None
    return Existing(kind, name, object_id, space, type_value, kind is SPACE and item.get("IsDefault") is True)
