"""What the stacks declare: every object of an adoptable kind, with its name and space, read in-process
from the constructs (nothing is synthesized)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from cdktf import App, TerraformResource, TerraformStack

from octopus_patterns.adoption.kinds import DEFAULT_SPACE, RESOURCE_TYPES, USER, ResourceType
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from octopus_patterns.config import from_terraform_literal
from octopus_patterns.octopus.space import DefaultSpace, ManagedSpace


@dataclass(frozen=True)
class Declared:
    """One object a stack declares. `space` is None for server-wide kinds, DEFAULT_SPACE or a space name."""

    resource_type: ResourceType
    name: str
    space: str | None
    stack: str
    server: str | None  # the stack's Octopus provider address; None when it is not a plain URL
    path: str  # construct path inside the stack, to name it in messages
    resource: Any  # the TerraformResource, for import blocks

    @property
    def kind(self) -> str:
        return self.resource_type.kind.name


class DeclarationError(ValueError):
    """A declared object whose name or space cannot be read as a plain value."""


def declared_objects(app: App, server: str | None = None) -> list[Declared]:
    """Every adoptable object in `app`'s stacks, in construct order; with `server`, only in the stacks
    whose Octopus provider targets that URL (a region on its own server is not on it)."""
    stacks = [
        child
        for child in app.node.children
        if isinstance(child, TerraformStack) and (server is None or same_server(_server(child), server))
    ]
    spaces = _space_ids(stacks)
    return [item for stack in stacks for item in _in_stack(stack, spaces)]


def _space_ids(stacks: list[TerraformStack]) -> dict[str, str]:
    """Space ID token -> space (the token a construct passes as `space_id` is its space's cached `id`)."""
    spaces: dict[str, str] = {}
    for stack in stacks:
        for node in stack.node.find_all():
            if isinstance(node, DefaultSpace):
                spaces[node.id] = DEFAULT_SPACE
            elif isinstance(node, ManagedSpace):
                spaces[node.id] = from_terraform_literal(node.name)
    return spaces


def same_server(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.rstrip("/") == b.rstrip("/")


def _server(stack: TerraformStack) -> str | None:
    for node in stack.node.find_all():
        if isinstance(node, OctopusdeployProvider):
            address = node.address_input
            plain = isinstance(address, str) and "${" not in address.replace("$${", "")
            return from_terraform_literal(address) if plain else None
    return None


def _in_stack(stack: TerraformStack, spaces: dict[str, str]) -> Iterator[Declared]:
    server = _server(stack)
    for found in stack.node.find_all():
        if not TerraformResource.is_terraform_resource(found):
            continue
        node = cast(TerraformResource, found)
        resource_type = RESOURCE_TYPES.get(node.terraform_resource_type)
        if resource_type is None:
            continue
        path = node.node.path.removeprefix(f"{stack.node.id}/")
        yield Declared(
            resource_type=resource_type,
            name=_name(node, resource_type, path),
            space=None if resource_type.kind.server_wide else _space(node, spaces, path),
            stack=stack.node.id,
            server=server,
            path=path,
            resource=node,
        )


def _name(resource: Any, resource_type: ResourceType, path: str) -> str:
    name = resource.username_input if resource_type.kind is USER else resource.name_input
    if not isinstance(name, str) or not name or "${" in name.replace("$${", ""):
        raise DeclarationError(f"{path}: its name is not a plain string ({name!r}), so it cannot be matched")
    # Configured names are held in their Terraform-literal form; the server holds the text itself.
    return from_terraform_literal(name)


def _space(resource: Any, spaces: dict[str, str], path: str) -> str:
    space_id = getattr(resource, "space_id_input", None)
    if space_id is None:
        return DEFAULT_SPACE  # no space_id: the provider's space, which the stacks never set
    if space_id not in spaces:
        raise DeclarationError(f"{path}: its space_id is not a space the stacks know ({space_id!r})")
    return spaces[space_id]
