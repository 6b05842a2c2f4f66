"""Every stack keeps the rules of the OctopusDeploy provider v1.17.0 that its JSON schema cannot express."""

from __future__ import annotations

from tests.conftest import SynthesizedApp
from tests.support.provider_rules import check_provider_rules, format_violations, unreviewed_types


def test_no_stack_breaks_a_provider_rule(estate: SynthesizedApp) -> None:
    violations = []
    for stack_id, doc in estate.stacks.items():
        found = check_provider_rules(doc, stacks=estate.stacks)
        violations += [f"[{stack_id}] {violation}" for violation in found]
    assert violations == [], "\n".join(violations)


def test_the_rules_were_written_from_every_synthesized_octopus_type(estate: SynthesizedApp) -> None:
    unreviewed = {stack_id: unreviewed_types(doc) for stack_id, doc in estate.stacks.items()}
    assert {k: v for k, v in unreviewed.items() if v} == {}, (
        "read these types' implementation in /work/ref/provider (validators, ValidateConfig/ModifyPlan, "
        "Create/Read mapping), add their rules to tests/support/provider_rules.py, then list them in "
        "REVIEWED_TYPES"
    )


def test_the_rules_see_the_stacks_that_matter(estate: SynthesizedApp) -> None:
    """Guards against a vacuous pass: the checked stacks hold the blocks the rules are about."""
    management = estate.stacks["management"]["resource"]
    for type_name in (
        "octopusdeploy_process_step",
        "octopusdeploy_docker_container_registry",
        "octopusdeploy_project",
    ):
        assert management.get(type_name), type_name
    assert any(
        "git_library_persistence_settings" in body for body in management["octopusdeploy_project"].values()
    )
    assert format_violations([]) == "no provider rule violations"
    assert check_provider_rules({}, stacks=estate.stacks) == []
