"""Run with the fresh virtual environment's python inside the copied example app (see scripts/check-wheel).

`layout`: the library comes from the installed wheel, the app's `imports` package from the app, nothing
from the checkout. `synthesized <dir>`: the example's JSON. `coexist`: the app's own `cdktf get` bindings
(imports/octopusdeploy) next to the library's, in one stack.
"""

from __future__ import annotations

import json
import sys
import sysconfig
from pathlib import Path

APP = Path.cwd()
SITE = Path(sysconfig.get_paths()["purelib"])


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"check-wheel: {message}")


def layout(checkout: str) -> None:
    import imports
    import octopus_patterns
    from octopus_patterns.bindings import octopusdeploy

    library = Path(octopus_patterns.__file__)
    check(library.is_relative_to(SITE) and not library.resolve().is_relative_to(checkout), str(library))
    bindings = Path(octopusdeploy.__file__).parent
    check(not bindings.is_symlink() and (bindings / "_jsii").is_dir(), f"bindings not carried: {bindings}")
    check(Path(imports.__file__).parent == APP / "imports", f"imports from {imports.__file__}")
    check(not (SITE / "imports").exists() and not (SITE / "stacks").exists(), "wheel has imports/, stacks/")
    check(not any(p and Path(p).resolve().is_relative_to(checkout) for p in sys.path), f"sys.path {sys.path}")


def synthesized(outdir: str) -> None:
    text = (Path(outdir) / "stacks" / "team-space" / "cdk.tf.json").read_text()
    stack = json.loads(text)
    resources = {kind: len(items) for kind, items in stack["resource"].items()}
    check(
        resources
        == {
            "octopusdeploy_environment": 3,
            "octopusdeploy_lifecycle": 1,
            "octopusdeploy_project": 1,
            "octopusdeploy_project_group": 1,
            "octopusdeploy_space": 1,
        },
        f"resources {resources}",
    )
    (provider,) = stack["provider"]["octopusdeploy"]
    expected = {"address": "https://octopus.example.com", "api_key": "${sensitive(var.octopus_api_key)}"}
    check(provider == expected, f"provider {provider}")
    check(stack["variable"]["octopus_api_key"]["sensitive"] is True, "API key variable not sensitive")
    required = stack["terraform"]["required_providers"]["octopusdeploy"]
    check(required == {"source": "OctopusDeploy/octopusdeploy", "version": "1.17.0"}, f"provider {required}")
    (project,) = stack["resource"]["octopusdeploy_project"].values()
    (lifecycle_id,) = stack["resource"]["octopusdeploy_lifecycle"]
    check(project["lifecycle_id"] == f"${{octopusdeploy_lifecycle.{lifecycle_id}.id}}", f"project {project}")
    absolute = [value for value in _strings(stack) if value.startswith("/")]
    check(not absolute, f"absolute paths in the synthesized JSON: {absolute}")


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    return [text for value in values for text in _strings(value)]


def coexist() -> None:
    from cdktf import TerraformStack, Testing

    import imports.octopusdeploy.environment as own
    import octopus_patterns.bindings.octopusdeploy.environment as library
    from octopus_patterns import ManagedSpace, ManagedSpaceProps

    check(own.Environment is not library.Environment, "one Environment class for both bindings")
    stack = TerraformStack(Testing.app(), "both")
    space = ManagedSpace(stack, "space", ManagedSpaceProps(name="A", description="a"))
    mine = own.Environment(stack, "own", name="Own", space_id=space.id)
    theirs = library.Environment(stack, "library", name="Library", space_id=space.id)
    environments = json.loads(Testing.synth(stack))["resource"]["octopusdeploy_environment"]
    check(sorted(environments) == ["library", "own"], f"environments {sorted(environments)}")
    found = stack.node.find_child("own"), stack.node.find_child("library")
    check(found[0] is mine and found[1] is theirs, "a construct came back as the other binding's class")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"layout": layout, "synthesized": synthesized, "coexist": coexist}[command](*args)
