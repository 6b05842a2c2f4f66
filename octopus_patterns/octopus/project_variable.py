"""Unscoped, non-sensitive variables of one project.

Secrets never belong here: a project variable's value is written to the synthesized JSON, so only plain
text and references to Octopus objects (an account's ID, for example) are accepted.

A version-controlled project keeps its non-sensitive variables as OCL in Git; provider 1.17 writes an
`octopusdeploy_variable` into the project's database variable set (resource_variable.go:68-93, no Git
reference), where Octopus does not read them, so such a project is refused here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.variable import Variable
from octopus_patterns.octopus.process import is_version_controlled, terraform_literal
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.variable_prompt import VariablePromptSpec, prompt_blocks

# Types whose value is plain text or another Octopus object's ID; "Sensitive" is left out on purpose.
PlainVariableType = Literal[
    "String", "AzureAccount", "AmazonWebServicesAccount", "GoogleCloudAccount", "Certificate", "WorkerPool"
]


@dataclass(frozen=True)
class ProjectVariableSpec:
    name: str
    value: str
    description: str = ""
    type: PlainVariableType = "String"
    prompt: VariablePromptSpec | None = None

    def __post_init__(self) -> None:
        if self.type not in get_args(PlainVariableType):
            raise ValueError(f"{self.name}: project variables here are never sensitive (type {self.type!r})")


@dataclass(frozen=True)
class ProjectVariablesProps:
    space: HasId
    project: HasId
    variables: Sequence[ProjectVariableSpec]


class ProjectVariables(Construct):
    """One `octopusdeploy_variable` per spec, owned by the project."""

    def __init__(self, scope: Construct, id: str, props: ProjectVariablesProps) -> None:
        super().__init__(scope, id)
        names = [spec.name for spec in props.variables]
        if is_version_controlled(props.project):
            raise ValueError(
                f"the non-sensitive variables {names} of a version-controlled project live in Git, not in "
                "Terraform: describe them as data instead"
            )
        if len(set(names)) != len(names):
            raise ValueError(f"project variable names must be unique (no scoped values here): {names}")
        self.variables: dict[str, Variable] = {
            spec.name: Variable(
                self,
                spec.name.replace(".", "_"),
                space_id=props.space.id,
                owner_id=props.project.id,
                name=spec.name,
                type=spec.type,
                value=terraform_literal(spec.value),
                description=terraform_literal(spec.description) or None,
                is_sensitive=False,
                prompt=prompt_blocks(spec.prompt),
            )
            for spec in props.variables
        }
