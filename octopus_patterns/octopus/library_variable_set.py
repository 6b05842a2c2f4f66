"""Library variable sets: shared variables, and templates that each tenant fills in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from cdktf import Fn
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.library_variable_set import (
    LibraryVariableSet as LibraryVariableSetResource,
)
from octopus_patterns.bindings.octopusdeploy.library_variable_set import LibraryVariableSetTemplate
from octopus_patterns.bindings.octopusdeploy.variable import Variable
from octopus_patterns.octopus.naming import construct_id
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import NamedResourceConstruct
from octopus_patterns.octopus.variable_prompt import VariablePromptSpec, prompt_blocks

ControlType = Literal["SingleLineText", "MultiLineText", "Sensitive", "Checkbox"]


@dataclass(frozen=True)
class VariableTemplate:
    """A value each tenant connected to a project using this set provides (a tenant common variable)."""

    name: str
    label: str
    control_type: ControlType = "SingleLineText"
    default_value: str | None = None


@dataclass(frozen=True)
class LibraryVariable:
    """A variable in the set. A sensitive value is a token (from a variable or a generated secret)."""

    name: str
    value: str
    sensitive: bool = False
    description: str | None = None
    prompt: VariablePromptSpec | None = None


@dataclass(frozen=True)
class LibraryVariableSetProps:
    space: HasId
    name: str
    description: str
    templates: Sequence[VariableTemplate] = ()
    variables: Sequence[LibraryVariable] = ()

    def __post_init__(self) -> None:
        for kind, items in (("template", self.templates), ("variable", self.variables)):
            names = [item.name for item in items]
            if len(set(names)) != len(names):
                raise ValueError(
                    f"library variable set {self.name!r}: {kind} names must be unique, got {names}"
                )


class LibraryVariableSet(NamedResourceConstruct[LibraryVariableSetProps, LibraryVariableSetResource]):
    def __init__(self, scope: Construct, id: str, props: LibraryVariableSetProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = LibraryVariableSetResource(
            self,
            "set",
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            template=[_template(template) for template in props.templates] or None,
        )
        self.variables = {variable.name: self._variable(variable) for variable in props.variables}

    def _variable(self, variable: LibraryVariable) -> Variable:
        sensitive, prompt = variable.sensitive, variable.prompt
        return Variable(
            self,
            construct_id(variable.name),
            space_id=self.props.space.id,
            owner_id=self.resource.id,
            name=variable.name,
            type="Sensitive" if sensitive else "String",
            is_sensitive=sensitive,
            value=None if sensitive else variable.value,
            sensitive_value=Fn.sensitive(variable.value) if sensitive else None,
            description=variable.description,
            prompt=prompt_blocks(prompt),
        )

    def template_id(self, template: str) -> str:
        """The ID Octopus gave the named template (for tenant common variables)."""
        names = [t.name for t in self.props.templates]
        if template not in names:
            raise KeyError(
                f"library variable set {self.props.name!r} has no template {template!r}; it has {names}"
            )
        return self.resource.template_ids.lookup(template)


def _template(template: VariableTemplate) -> LibraryVariableSetTemplate:
    return LibraryVariableSetTemplate(
        name=template.name,
        label=template.label,
        default_value=template.default_value,
        display_settings={"Octopus.ControlType": template.control_type},
    )
