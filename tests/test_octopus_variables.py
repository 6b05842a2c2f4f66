"""Every `#{...}` the synthesized processes, variables and templates read resolves where it is read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from octopus_patterns.catalogue.template_projects.azure_web_app import (
    azure_web_app_steps,
    azure_web_app_variables,
)
from octopus_patterns.catalogue.template_projects.hello_world import hello_world_cac_steps
from octopus_patterns.octopus.process import StepSpec
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from tests.conftest import SynthesizedApp
from tests.support.octopus_variables import (
    Estate,
    Variable,
    check_set_spaces,
    check_stacks,
    check_steps,
    format_unresolved,
    step_from_spec,
)
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
    # 270 since the CaC projects' runbook processes are kept as data (provider 1.17 refuses them).
    assert len(references) > 250
    assert "ThisInstance.State.Password" in references


def test_projects_include_only_variable_sets_of_their_own_space(estate: SynthesizedApp) -> None:
    assert check_set_spaces(estate.stacks) == []


@dataclass(frozen=True)
class _Id:
    id: str


def test_config_as_code_deployment_processes_resolve_against_their_projects(estate: SynthesizedApp) -> None:
    """The deployment processes kept in Git (built from the catalogue's steps) read only what their projects
    define: the catalogue's project variables and the sets the synthesized project includes."""
    model = Estate(estate.stacks)
    account = _Id("Accounts-1")
    processes: dict[str, tuple[tuple[StepSpec, ...], list[ProjectVariableSpec]]] = {
        "Hello World CaC": (hello_world_cac_steps(), []),
        "Azure Web App CaC": (
            azure_web_app_steps(account, _Id("Feeds-1"), _Id("Feeds-2"), _Id("Environments-1")),
            azure_web_app_variables(account),
        ),
    }
    checked = 0
    for name, (steps, variables) in processes.items():
        project = next(p for p in model.projects.values() if p.name == name)
        scope = model.scope(project, "deployment", project.tenanted)
        own = tuple(Variable(v.name, f"catalogue variable of {name!r}", v.type) for v in variables)
        scope = replace(scope, variables=own + scope.variables)
        found = check_steps([step_from_spec(step) for step in steps], scope)
        assert found == [], (name, found)
        checked += sum(len(step_from_spec(step).texts) for step in steps)
    assert checked > 0


def test_no_variable_value_is_scoped_as_the_check_assumes(estate: SynthesizedApp) -> None:
    """The check treats every value as applying everywhere in its project; scoped values (environments,
    processes, roles...) would need scope-aware resolution, so their arrival must fail here first."""
    scoped = [
        (stack_id, block["name"])
        for stack_id, doc in estate.stacks.items()
        for block in doc.get("resource", {}).get("octopusdeploy_variable", {}).values()
        if block.get("scope")
    ]
    assert scoped == []
