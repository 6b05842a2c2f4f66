"""Every `#{...}` the synthesized processes, variables and templates read resolves where it is read."""

from __future__ import annotations

from tests.conftest import SynthesizedApp
from tests.support.octopus_variables import Estate, check_set_spaces, check_stacks, format_unresolved
from tests.support.octostache import scan


def test_every_octopus_variable_reference_resolves_in_every_stack(estate: SynthesizedApp) -> None:
    found = check_stacks(estate.stacks)
    assert found == [], "unresolved Octopus variables:\n" + format_unresolved(found)


def test_the_check_sees_the_processes_and_references_of_every_octopus_stack(estate: SynthesizedApp) -> None:
    """Guards against a check that passes because it reads nothing."""
    model = Estate(estate.stacks)
    processes = model.processes()
    by_space = {project.space for project, _, _ in processes}
    assert {"Default", "Development"} <= by_space
    references = [
        name
        for _, process, _ in processes
        for step in model.steps_of(process)
        for text in step["execution_properties"].values()
        for name in scan(text).names
    ]
    assert len(references) > 300
    assert "ThisInstance.State.Password" in references


def test_projects_include_only_variable_sets_of_their_own_space(estate: SynthesizedApp) -> None:
    assert check_set_spaces(estate.stacks) == []
