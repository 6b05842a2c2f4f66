"""Every octopusdeploy and docker block of every synthesized stack conforms to the provider schema."""

from __future__ import annotations

from tests.conftest import SynthesizedApp
from tests.support.schema_conformance import check_synthesized, format_violations, load_project_schemas


def test_every_stack_conforms_to_its_provider_schemas(estate: SynthesizedApp) -> None:
    schemas = load_project_schemas()
    checked = 0
    violations = []
    for doc in estate.stacks.values():
        violations += check_synthesized(doc, schemas)
        checked += sum(
            len(blocks)
            for section in ("resource", "data")
            for block_type, blocks in doc.get(section, {}).items()
            if block_type.startswith(("octopusdeploy_", "docker_"))
        )
    assert checked > 0
    assert violations == [], format_violations(violations)
