"""Synthesis side of the adoption: the plan's adopted objects become Terraform `import` blocks.

Provider 1.17.0 imports every adoptable kind by the object's ID alone and reads it in the provider's space
(`ImportStatePassthroughID`; the lifecycle importer keeps the last `/` segment and notes that it "assumes
that space_id is set at the provider level"). The stacks' providers name no space, so that is the Default
space: right for the management stack and for server-wide objects, wrong for objects in a managed space
(upstream issue OctopusDeployLabs/terraform-provider-octopusdeploy#610). A stack that imports objects of a
managed space therefore gets that space's ID (from the plan) as its provider's `space_id`; every resource in
it names its space explicitly, so nothing else changes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from cdktf import App, TerraformStack

from octopus_patterns.adoption.declared import DeclarationError, Declared, declared_objects, same_server
from octopus_patterns.adoption.kinds import DEFAULT_SPACE
from octopus_patterns.adoption.plan import AdoptionPlan
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider

ADOPTION_FILE_ENV = "ESTATE_ADOPTION_FILE"


class AdoptionFileError(ValueError):
    """The adoption file cannot be used; the message names the file and says why."""


def adopt_from_environment(app: App, environ: Mapping[str, str] | None = None) -> int:
    """Apply the plans `ESTATE_ADOPTION_FILE` names (several: separated by `os.pathsep`, one per server) to
    the built app; returns the number of import blocks."""
    named = (os.environ if environ is None else environ).get(ADOPTION_FILE_ENV)
    if not named:
        return 0
    plans = [read_plan(Path(part)) for part in named.split(os.pathsep) if part]
    servers = [plan.server.rstrip("/") for plan in plans]
    if len(set(servers)) != len(servers):
        raise AdoptionFileError(f"{ADOPTION_FILE_ENV}: two plans for the same server")
    return sum(len(apply_adoption(app, plan)) for plan in plans)


def read_plan(path: Path) -> AdoptionPlan:
    try:
        return AdoptionPlan.from_json(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise AdoptionFileError(f"{ADOPTION_FILE_ENV}={path}: cannot read it ({error.strerror})") from None
    except (ValueError, KeyError, TypeError) as error:
        raise AdoptionFileError(
            f"{ADOPTION_FILE_ENV}={path}: not an adoption plan written by "
            f"`python -m octopus_patterns.adoption` ({type(error).__name__}: {error})"
        ) from None


def apply_adoption(app: App, plan: AdoptionPlan) -> list[Declared]:
    """Import every adopted object into the resource of a stack on the plan's server that declares it;
    returns those resources."""
    if plan.conflicts:
        raise AdoptionFileError(f"{ADOPTION_FILE_ENV}: the plan lists {len(plan.conflicts)} conflicts")
    try:
        declared = declared_objects(app)
    except DeclarationError as error:
        raise AdoptionFileError(str(error)) from None
    on_server = [item for item in declared if same_server(item.server, plan.server)]
    if not on_server:
        raise AdoptionFileError(
            f"{ADOPTION_FILE_ENV}: the plan was made for {plan.server}, which no stack targets"
        )
    by_key = {(item.kind, item.space, item.name.casefold()): item for item in on_server}
    adopted: list[Declared] = []
    for entry in plan.adopt:
        item = by_key.get((entry.kind, entry.space, entry.name.casefold()))
        if item is None or not entry.id:
            raise AdoptionFileError(
                f"{ADOPTION_FILE_ENV}: the plan adopts {entry.line()}, which the stacks do not declare; "
                "run `python -m octopus_patterns.adoption` again"
            )
        item.resource.import_from(entry.id)
        adopted.append(item)
    _point_providers_at_managed_spaces(app, adopted, plan)
    return adopted


def _point_providers_at_managed_spaces(app: App, adopted: list[Declared], plan: AdoptionPlan) -> None:
    """The provider's `space_id` is the adopted space's ID as the plan found it on the server: a literal, not
    a reference, because a stack that creates its own space (a region on its own server) cannot configure
    its provider from a resource that provider manages (a cycle)."""
    space_ids = {entry.name.casefold(): entry.id for entry in plan.adopt if entry.kind == "space"}
    for stack in app.node.children:
        if not isinstance(stack, TerraformStack):
            continue
        spaces = {item.space for item in adopted if item.stack == stack.node.id and item.space is not None}
        named = spaces - {DEFAULT_SPACE}
        if not named:
            continue
        if len(spaces) > 1:
            raise AdoptionFileError(
                f"stack {stack.node.id} would import objects of more than one space; provider 1.17.0 imports "
                "into the provider's one space"
            )
        (space,) = named
        space_id = space_ids.get(space.casefold())
        if space_id is None:
            raise AdoptionFileError(
                f"{ADOPTION_FILE_ENV}: the plan adopts objects of space {space!r} but not the space itself"
            )
        for node in stack.node.find_all():
            if isinstance(node, OctopusdeployProvider):
                node.space_id = space_id
