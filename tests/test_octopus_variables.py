"""Every `#{...}` the synthesized processes, variables and templates read resolves where it is read."""

from __future__ import annotations

from dataclasses import dataclass

from octopus_patterns.catalogue.template_projects.azure_web_app import (
    azure_web_app_steps,
    azure_web_app_variables,
    web_app_runbooks,
)
from octopus_patterns.catalogue.template_projects.common_steps import incident_channel_runbook
from octopus_patterns.catalogue.template_projects.hello_world import hello_world_cac_steps
from octopus_patterns.catalogue.template_projects.managed_runbooks import version_controlled_runbook_specs
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.process import StepSpec
from tests.conftest import SynthesizedApp
from tests.support.octopus_variables import (
    Estate,
    Variable,
    check_process_data,
    check_set_spaces,
    check_stacks,
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


_ACCOUNT = _Id("Accounts-1")
_GITEA = GiteaEndpoint(
    url="http://127.0.0.1:3000", internal_url="http://gitea:3000", organization="octopuscac"
)


def _cac() -> dict[str, dict[str | None, tuple[tuple[StepSpec, ...], bool]]]:
    """Project -> runbook name (None: deployment process) -> (steps, whether the runbook runs tenanted)."""
    sync, feed = _Id("Environments-5"), _Id("Feeds-1")
    processes: dict[str, dict[str | None, tuple[tuple[StepSpec, ...], bool]]] = {}
    for name, deployment in (
        ("Hello World CaC", hello_world_cac_steps()),
        ("Azure Web App CaC", azure_web_app_steps(_ACCOUNT, feed, _Id("Feeds-2"), _Id("Environments-4"))),
    ):
        runbooks = [*version_controlled_runbook_specs(name, sync, feed, _GITEA)]
        if name == "Azure Web App CaC":
            runbooks += [*web_app_runbooks(_ACCOUNT), incident_channel_runbook(_Id("Environments-3"))]
        processes[name] = {None: (deployment, False)}
        processes[name].update(
            {spec.name: (spec.steps, spec.multi_tenancy_mode != "Untenanted") for spec in runbooks}
        )
    return processes


def test_config_as_code_processes_resolve_against_their_projects(estate: SynthesizedApp) -> None:
    """The processes kept in Git (the catalogue's steps, deployment and runbooks) read only what their
    synthesized projects give them: the catalogue's project variables, the included sets, the runbook's
    tenancy as the catalogue gives it, and values from every connected tenant. Their runbooks are in Git
    too: none is synthesized."""
    model = Estate(estate.stacks)
    variables = [Variable(v.name, "catalogue variable", v.type) for v in azure_web_app_variables(_ACCOUNT)]
    checked = 0
    for project, processes in _cac().items():
        synthesized = [key for p in model.projects.values() if p.name == project for key in p.runbooks]
        assert synthesized == [], project
        for runbook, (steps, tenanted) in processes.items():
            data = [step_from_spec(step) for step in steps]
            mode = None if runbook is None else tenanted
            found = check_process_data(
                estate.stacks, project, data, runbook=runbook, tenanted=mode, variables=variables
            )
            assert found == [], format_unresolved(found)
            checked += sum(len(step.texts) for step in data)
    assert checked > 20


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
