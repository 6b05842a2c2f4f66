"""A prompted variable: Octopus asks for its value when a release is deployed or a runbook is run."""

from __future__ import annotations

from dataclasses import dataclass

from octopus_patterns.bindings.octopusdeploy.variable import VariablePrompt


@dataclass(frozen=True)
class VariablePromptSpec:
    label: str
    description: str = ""
    is_required: bool = False


def prompt_blocks(prompt: VariablePromptSpec | None) -> list[VariablePrompt] | None:
    """The variable's `prompt` block, or None for a variable that is not prompted."""
    if prompt is None:
        return None
    return [
        VariablePrompt(label=prompt.label, description=prompt.description, is_required=prompt.is_required)
    ]
