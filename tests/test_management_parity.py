"""Parity: every object the reference implementation creates in its management space (Spaces-1) exists,
by type, name and owner, in the synthesized `management` stack; and, attribute by attribute, the management,
development and test-production stacks reproduce the RI's Spaces-1, -2 and -3 except where README.md's table
"Deliberate deviations from the reference implementation" says why not (the tests at the end).

The facts come from tests/data/inventory_fe57a95.json (a copy of shared/reference). Provider 0.x types are
mapped to 1.x ones: deployment and runbook processes are both `octopusdeploy_process`, named here after
what owns them. Objects of the seven template projects (projects, their variables, runbooks, processes,
channel) come from `octopus_patterns.catalogue.template_projects` and are checked in a test of their own.

One difference is allowed, and checked: the processes (deployment and runbook) and the project variables of a
version-controlled (config-as-code) project live as OCL in its Git repository; provider 1.17 refuses to manage
those processes (resource_process.go:79-82) and writes variables only to the database
(resource_variable.go:68-93), so they count as kept in Git, only when that project is synthesized with
`is_version_controlled = true`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from cdktf import TerraformStack, TerraformVariable, Testing
from constructs import Construct

from octopus_patterns.config import EstateConfig
from octopus_patterns.endpoints import GitCredentials, GiteaEndpoint, OctopusServerEndpoint, StateDatabase
from octopus_patterns.stacks.management import ManagementStack
from octopus_patterns.state_backend import configure_state_backend
from tests.conftest import SynthesizedApp
from tests.support.ri_literals import RI_API_KEY, RI_PASSWORD
from tests.support.ri_parity import (
    MISSING,
    Deviation,
    Difference,
    SynthesizedFacts,
    differences,
    flatten,
    read_deviations,
    unexplained,
    unused,
)

INVENTORY_FILE = Path(__file__).parent / "data" / "inventory_fe57a95.json"
RI_ATTRIBUTES_FILE = Path(__file__).parent / "data" / "ri_attributes_fe57a95.json"
README = Path(__file__).parents[1] / "README.md"
# The RI's spaces and the stacks that reproduce them.
SPACE_STACKS = {"Spaces-1": "management", "Spaces-2": "development", "Spaces-3": "test-production"}
MANAGEMENT_SPACE = "Spaces-1"
GITEA = GiteaEndpoint(
    url="http://127.0.0.1:3000", internal_url="http://gitea:3000", organization="octopuscac"
)

PROCESS = "octopusdeploy_process"
TYPES_1X = {"octopusdeploy_deployment_process": PROCESS, "octopusdeploy_runbook_process": PROCESS}
PROJECT_OWNED_TYPES = {
    "octopusdeploy_project",
    "octopusdeploy_runbook",
    "octopusdeploy_deployment_process",
    "octopusdeploy_runbook_process",
    "octopusdeploy_channel",
}
_NAMED = re.compile(r"\(name='(?P<name>[^']*)'\)")
_REFERENCE = re.compile(r"^\$\{(?P<type>[a-z0-9_]+)\.(?P<id>[A-Za-z0-9_-]+)\.id\}$")
_TEMPLATE = re.compile(r'template_ids\["(?P<name>[^"]+)"\]')


class EndpointsStub(TerraformStack):
    """Stands in for the containers stack: its endpoints' values, as another stack's variables."""

    def __init__(self, scope: Construct, id: str, config: EstateConfig) -> None:
        super().__init__(scope, id)
        configure_state_backend(self, config.state)
        self.octopus = OctopusServerEndpoint(
            url=self._input("octopus_url"),
            api_key=self._input("octopus_api_key"),
            internal_url=self._input("octopus_internal_url"),
        )
        self.gitea_credentials = GitCredentials(self._input("gitea_username"), self._input("gitea_password"))
        self.state_database = StateDatabase(
            "terraformdb", "5432", "terraform", self._input("state_username"), self._input("state_password")
        )

    def _input(self, name: str) -> str:
        return TerraformVariable(self, name, type="string", sensitive=True).string_value


def synthesize_management(outdir: Path, *, fully_wired: bool) -> dict[str, str]:
    """Synthesize the management stack and a stub producer; stack ID -> cdk.tf.json text.

    main.py's real wiring is tested through the session's `estate` fixture; this stub exists to show the
    stack's own fallbacks (`fully_wired=False`: no Gitea credentials and no state database).
    """
    app = Testing.app(outdir=str(outdir))
    config = EstateConfig()
    endpoints = EndpointsStub(app, "endpoints", config)
    gitea = replace(GITEA, credentials=endpoints.gitea_credentials) if fully_wired else GITEA
    ManagementStack(
        app,
        "management",
        config=config,
        octopus=endpoints.octopus,
        gitea=gitea,
        state_database=endpoints.state_database if fully_wired else None,
    )
    app.synth()
    manifest = json.loads((outdir / "manifest.json").read_text())
    return {
        stack_id: (outdir / entry["synthesizedStackPath"]).read_text()
        for stack_id, entry in manifest["stacks"].items()
    }


@dataclass(frozen=True, order=True)
class ObjectKey:
    """What makes an object the same in both worlds: its type, its name and, if any, its owner's name."""

    type: str
    name: str
    owner: str | None = None

    def __str__(self) -> str:
        owner = f" (of {self.owner})" if self.owner else ""
        return f"{self.type} {self.name!r}{owner}"


# --- The reference implementation's side ----------------------------------------------------------


def _named(reference: Any) -> str | None:
    match = _NAMED.search(str(reference or ""))
    return match.group("name") if match else None


def expected_objects(inventory: Mapping[str, Any]) -> list[tuple[ObjectKey, bool]]:
    """(key, owned by a template project) for every resource the RI applies in the management space."""
    entries = [
        entry
        for entry in inventory["spaces"][MANAGEMENT_SPACE]
        if entry["kind"] == "resource" and entry["attrs"].get("count_evaluates_to") != 0
    ]
    runbook_projects = {
        (entry["seq"], entry["module"], entry["name"]): _named(entry["attrs"].get("project_id"))
        for entry in entries
        if entry["type"] == "octopusdeploy_runbook"
    }
    return [(_expected_key(entry, runbook_projects), _project_owned(entry)) for entry in entries]


def _expected_key(
    entry: Mapping[str, Any], runbook_projects: Mapping[tuple[Any, ...], str | None]
) -> ObjectKey:
    kind, attrs = entry["type"], entry["attrs"]
    if kind == "octopusdeploy_deployment_process":
        return ObjectKey(PROCESS, "deployment process", _named(attrs["project_id"]))
    if kind == "octopusdeploy_runbook_process":
        runbook = _named(attrs["runbook_id"])
        project = runbook_projects[(entry["seq"], entry["module"], runbook)]
        return ObjectKey(PROCESS, f"runbook process: {runbook}", project)
    owner = _named(attrs.get("project_id") or attrs.get("owner_id"))
    return ObjectKey(TYPES_1X.get(kind, kind), entry["name"], owner)


def _project_owned(entry: Mapping[str, Any]) -> bool:
    if entry["type"] in PROJECT_OWNED_TYPES:
        return True
    return entry["type"] == "octopusdeploy_variable" and "octopusdeploy_project" in str(
        entry["attrs"]["owner_id"]
    )


# --- The synthesized side ---------------------------------------------------------------------------


class SynthesizedObjects:
    """Keys of every resource in a synthesized stack, with references resolved to the referenced names."""

    def __init__(self, stack: Mapping[str, Any]) -> None:
        self.resources: Mapping[str, Mapping[str, Any]] = stack.get("resource", {})

    def _body(self, reference: Any) -> Mapping[str, Any] | None:
        match = _REFERENCE.match(reference) if isinstance(reference, str) else None
        if not match:
            return None
        return self.resources.get(match.group("type"), {}).get(match.group("id"))

    def _name_of(self, reference: Any) -> str | None:
        body = self._body(reference)
        return body.get("name") if body else None

    def version_controlled_projects(self) -> set[str]:
        projects = self.resources.get("octopusdeploy_project", {}).values()
        return {str(body["name"]) for body in projects if body.get("is_version_controlled") is True}

    def keys(self) -> Counter[ObjectKey]:
        return Counter(
            self._key(kind, body) for kind, bodies in self.resources.items() for body in bodies.values()
        )

    def _key(self, kind: str, body: Mapping[str, Any]) -> ObjectKey:
        if kind == PROCESS:
            return self._process_key(body)
        if kind == "octopusdeploy_tenant_common_variable":
            template = _TEMPLATE.search(str(body.get("template_id")))
            name = f"{self._name_of(body.get('tenant_id'))} :: {template.group('name') if template else '?'}"
            return ObjectKey(kind, name)
        if kind == "octopusdeploy_user":
            return ObjectKey(kind, str(body.get("display_name")))
        owner = self._name_of(body.get("project_id") or body.get("owner_id"))
        return ObjectKey(kind, str(body.get("name")), owner)

    def _process_key(self, body: Mapping[str, Any]) -> ObjectKey:
        runbook = self._body(body.get("runbook_id"))
        if runbook is None:
            return ObjectKey(PROCESS, "deployment process", self._name_of(body.get("project_id")))
        return ObjectKey(
            PROCESS, f"runbook process: {runbook.get('name')}", self._name_of(runbook.get("project_id"))
        )


def missing_objects(expected: Iterable[ObjectKey], synthesized: Counter[ObjectKey]) -> list[ObjectKey]:
    """Expected keys not synthesized, counting duplicates (two "Initialize Space" need two)."""
    return sorted((Counter(expected) - synthesized).elements())


def kept_in_git(missing: Iterable[ObjectKey], version_controlled: set[str]) -> list[ObjectKey]:
    """The missing processes (deployment and runbook), runbooks and project variables of projects kept in Git
    (committed there as OCL: tests/test_cac_repository.py)."""
    kinds = (PROCESS, "octopusdeploy_runbook", "octopusdeploy_variable")
    return [key for key in missing if key.owner in version_controlled and key.type in kinds]


def parity_line(expected: list[ObjectKey], synthesized: SynthesizedObjects) -> str:
    missing = missing_objects(expected, synthesized.keys())
    in_git = len(kept_in_git(missing, synthesized.version_controlled_projects()))
    present = len(expected) - len(missing)
    percent = 100 * present / len(expected)
    line = f"management parity: {present}/{len(expected)} RI objects synthesized ({percent:.1f}%)"
    return f"{line}; {in_git} more kept in Git by version-controlled projects" if in_git else line


def _describe_missing(missing: list[ObjectKey]) -> str:
    return f"{len(missing)} RI object(s) missing from the management stack:\n" + "\n".join(
        f"  - {key}" for key in missing
    )


# --- Tests ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def inventory() -> dict[str, Any]:
    return json.loads(INVENTORY_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def expected(inventory: dict[str, Any]) -> list[tuple[ObjectKey, bool]]:
    return expected_objects(inventory)


@pytest.fixture(scope="module")
def management(estate: SynthesizedApp) -> dict[str, Any]:
    """The management stack exactly as main.py wires it to the containers stack."""
    return estate.stacks["management"]


@pytest.fixture(scope="module")
def synthesized(management: dict[str, Any]) -> SynthesizedObjects:
    return SynthesizedObjects(management)


def test_the_readme_counts_the_ri_objects_synthesized_and_kept_in_git(
    expected: list[tuple[ObjectKey, bool]], synthesized: SynthesizedObjects
) -> None:
    """What the README claims for the management space: N of the RI's objects synthesized, the others only
    the config-as-code projects' processes, runbooks and variables, kept in Git."""
    keys = [key for key, _ in expected]
    assert len(keys) == 144  # shared/reference README, section 2: 145 resource blocks, one with count = 0
    missing = missing_objects(keys, synthesized.keys())
    assert missing == kept_in_git(missing, synthesized.version_controlled_projects())
    readme = " ".join(README.read_text(encoding="utf-8").split())
    present = len(keys) - len(missing)
    assert (
        f"`tests/test_management_parity.py`: {present}/{len(keys)}; the other {len(missing)} belong" in readme
    )


def test_every_management_object_is_synthesized(
    expected: list[tuple[ObjectKey, bool]], synthesized: SynthesizedObjects
) -> None:
    print(parity_line([key for key, _ in expected], synthesized))
    missing = missing_objects([key for key, owned in expected if not owned], synthesized.keys())
    assert not missing, _describe_missing(missing)


def test_every_template_project_object_is_synthesized(
    expected: list[tuple[ObjectKey, bool]], synthesized: SynthesizedObjects
) -> None:
    print(parity_line([key for key, _ in expected], synthesized))
    missing = missing_objects([key for key, owned in expected if owned], synthesized.keys())
    in_git = kept_in_git(missing, synthesized.version_controlled_projects())
    unexplained = [key for key in missing if key not in in_git]
    assert not unexplained, _describe_missing(unexplained)


def test_a_missing_object_is_reported_by_type_name_and_owner(expected: list[tuple[ObjectKey, bool]]) -> None:
    keys = [key for key, _ in expected]
    removed = ObjectKey("octopusdeploy_variable", "ThisInstance.Api.Key", "This Instance")
    almost = Counter(keys)
    almost[removed] -= 1
    assert missing_objects(keys, almost) == [removed]
    assert "octopusdeploy_variable 'ThisInstance.Api.Key' (of This Instance)" in _describe_missing([removed])
    assert missing_objects(keys, Counter(keys)) == []


def test_only_processes_runbooks_and_variables_of_version_controlled_projects_count_as_kept_in_git() -> None:
    cac = ObjectKey(PROCESS, "deployment process", "Hello World CaC")
    plain = ObjectKey(PROCESS, "deployment process", "Hello World")
    runbook = ObjectKey(PROCESS, "runbook process: __ 1. Serialize Project", "Hello World CaC")
    variable = ObjectKey("octopusdeploy_variable", "Project.CypressTest.Enabled", "Hello World CaC")
    the_runbook = ObjectKey("octopusdeploy_runbook", "__ 1. Serialize Project", "Hello World CaC")
    plain_runbook = ObjectKey("octopusdeploy_runbook", "__ 1. Serialize Project", "Hello World")
    project = ObjectKey("octopusdeploy_project", "Hello World CaC", "")
    kept = kept_in_git(
        [cac, plain, runbook, variable, the_runbook, plain_runbook, project], {"Hello World CaC"}
    )
    assert kept == [cac, runbook, variable, the_runbook]
    assert kept_in_git([cac], set()) == []


# The stack wired as main.py wires it (these share this module's synthesis; see also the relationships tests).


def _variable(stack: Mapping[str, Any], name: str) -> dict[str, Any]:
    (body,) = [b for b in stack["resource"]["octopusdeploy_variable"].values() if b["name"] == name]
    return body


_FROM_CONTAINERS = "data.terraform_remote_state.cross-stack-reference-input-containers.outputs."


def _reads_from_containers(expression: str, producer_path: str) -> bool:
    """True when `expression` reads the containers stack's output for the construct at `producer_path`."""
    unwrapped = expression.removeprefix("${")
    while unwrapped.startswith("sensitive("):
        unwrapped = unwrapped.removeprefix("sensitive(")
    return unwrapped.startswith(_FROM_CONTAINERS) and producer_path in unwrapped


def test_gitea_credentials_of_the_endpoint_are_used_for_git(management: dict[str, Any]) -> None:
    (credential,) = management["resource"]["octopusdeploy_git_credential"].values()
    assert credential["username"] == "octopus"  # the Gitea editor the containers stack bootstraps
    assert credential["password"].startswith("${sensitive(")
    assert _reads_from_containers(credential["password"], "gitea-bootstrap_editor-password")
    assert _variable(management, "Git.Credentials.Username")["value"] == credential["username"]
    assert _variable(management, "Git.Credentials.Password")["sensitive_value"] == credential["password"]
    assert "${random_password." not in json.dumps(credential)  # not a password generated here
    assert not {"git_username", "git_password"} & set(management["variable"])


def test_the_state_database_becomes_this_instance_state_variables(management: dict[str, Any]) -> None:
    assert _variable(management, "ThisInstance.State.Host")["value"] == "terraformdb"
    assert _variable(management, "ThisInstance.State.Port")["value"] == "5432"
    assert _variable(management, "ThisInstance.State.Username")["value"] == "terraform"
    password = _variable(management, "ThisInstance.State.Password")
    assert password["type"] == "Sensitive"
    assert password["sensitive_value"].startswith("${sensitive(")
    assert _reads_from_containers(password["sensitive_value"], "terraformdb_password")


def test_additions_from_the_reference_head_are_present(estate: SynthesizedApp) -> None:
    """Beyond fe57a95: the RI's later Task Cancel role, PR Checks project and ignored-sets export option."""
    text = estate.stack_json("management")
    stack = estate.stacks["management"]
    assert Testing.to_have_resource_with_properties(
        text, "octopusdeploy_user_role", {"name": "Task Cancel", "granted_space_permissions": ["TaskCancel"]}
    )
    assert Testing.to_have_resource_with_properties(
        text, "octopusdeploy_project_group", {"name": "PR Checks"}
    )
    (project_id,) = [
        n for n, b in stack["resource"]["octopusdeploy_project"].items() if b["name"] == "PR Checks"
    ]
    assert Testing.to_have_resource_with_properties(
        text,
        "octopusdeploy_runbook",
        {"name": "PR Check", "project_id": f"${{octopusdeploy_project.{project_id}.id}}"},
    )
    body = _variable(stack, "Webhook.Pr.Body")
    assert body["owner_id"] == f"${{octopusdeploy_project.{project_id}.id}}"
    assert body["prompt"] == [
        {"description": "The Gitea Webhook body.", "is_required": True, "label": "Webhook Body"}
    ]
    ignored = _variable(stack, "Exported.Project.IgnoredLibraryVariableSet")["value"].split(",")
    assert ignored == ["Octopus Server", "This Instance", "Azure", "Export Options", "Git"]


# --- Attribute-level parity --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ri_attributes() -> dict[str, Any]:
    return json.loads(RI_ATTRIBUTES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def synthesized_facts(estate: SynthesizedApp) -> dict[str, dict[str, Any]]:
    return {space: SynthesizedFacts(estate.stacks[stack]).facts() for space, stack in SPACE_STACKS.items()}


@pytest.fixture(scope="module")
def attribute_differences(
    ri_attributes: dict[str, Any], synthesized_facts: dict[str, dict[str, Any]]
) -> list[Difference]:
    return [
        difference
        for space in SPACE_STACKS
        for difference in differences(space, ri_attributes["spaces"][space], synthesized_facts[space])
    ]


@pytest.fixture(scope="module")
def deviations() -> list[Deviation]:
    return read_deviations(README)


def test_the_ri_facts_are_those_of_the_pinned_commit_without_its_secrets(
    ri_attributes: dict[str, Any],
) -> None:
    assert ri_attributes["commit"].startswith("fe57a95")
    counts = {
        space: {k: len(v) for k, v in facts.items()} for space, facts in ri_attributes["spaces"].items()
    }
    management = counts["Spaces-1"]
    assert (management["projects"], management["runbooks"], management["processes"]) == (7, 26, 31)
    assert (management["environments"], management["lifecycles"], management["tenants"]) == (5, 3, 2)
    assert counts["Spaces-2"]["environments"] == 5 and counts["Spaces-3"] == {
        "environments": 4,
        "lifecycles": 1,
        "project_groups": 1,
    }
    text = RI_ATTRIBUTES_FILE.read_text(encoding="utf-8")
    assert RI_PASSWORD not in text and RI_API_KEY not in text


def test_every_attribute_difference_from_the_ri_is_a_listed_deviation(
    ri_attributes: dict[str, Any], attribute_differences: list[Difference], deviations: list[Deviation]
) -> None:
    compared = sum(len(flatten(facts)) for facts in ri_attributes["spaces"].values())
    print(
        f"attribute parity: {compared} RI facts compared over {len(SPACE_STACKS)} spaces; "
        f"{len(attribute_differences)} differences, {len(deviations)} deviation rows"
    )
    missing = unexplained(attribute_differences, deviations)
    assert not missing, (
        f"{len(missing)} difference(s) from the RI are neither fixed nor listed in README.md's table "
        "'Deliberate deviations from the reference implementation':\n"
        + "\n".join(f"  - {d}" for d in missing)
    )


def test_every_listed_deviation_is_still_a_difference(
    attribute_differences: list[Difference], deviations: list[Deviation]
) -> None:
    stale = unused(attribute_differences, deviations)
    assert not stale, "README deviation rows that match no difference (fixed? remove them): " + ", ".join(
        d.pattern for d in stale
    )


def test_the_audited_fixes_hold_attribute_for_attribute(
    ri_attributes: dict[str, Any], synthesized_facts: dict[str, dict[str, Any]]
) -> None:
    """B7, B8, B9, B12 of the 2026-12-01 audit, as the RI's own facts."""
    ri, ours = ri_attributes["spaces"]["Spaces-1"], synthesized_facts["Spaces-1"]
    k8s = "K8S Microservice Template"
    assert ours["projects"][k8s]["connectivity_policy"] == ri["projects"][k8s]["connectivity_policy"]
    assert ri["projects"][k8s]["connectivity_policy"]["skip_machine_behavior"] == "SkipUnavailableMachines"
    for name, lifecycle in ri["lifecycles"].items():
        assert ours["lifecycles"][name]["tentacle_retention"] == lifecycle["tentacle_retention"]
    deploy_app = f"{k8s} :: deployment process :: Deploy App"
    assert ours["steps"][deploy_app]["properties"] == ri["steps"][deploy_app]["properties"]
    assert ours["environments"]["Sync"] == ri["environments"]["Sync"]


def _facts_of(estate: SynthesizedApp, stack: str) -> dict[str, Any]:
    return SynthesizedFacts(estate.stacks[stack]).facts()


def test_a_changed_attribute_an_added_and_a_missing_object_are_differences(
    ri_attributes: dict[str, Any], estate: SynthesizedApp, deviations: list[Deviation]
) -> None:
    ri = ri_attributes["spaces"]["Spaces-1"]
    ours = _facts_of(estate, "management")
    ours["projects"]["Hello World"]["connectivity_policy"]["allow_deployments_to_no_targets"] = False
    ours["lifecycles"]["Simple"]["phases"]["Test"]["tentacle_retention"]["quantity_to_keep"] = 1
    ours["environments"]["Staging"] = {"sort_order": 9}
    del ours["user_roles"]["Read-Only"]
    found = differences("Spaces-1", ri, ours)
    wanted = [
        Difference(
            "Spaces-1/projects/Hello World/connectivity_policy/allow_deployments_to_no_targets", True, False
        ),
        Difference("Spaces-1/lifecycles/Simple/phases/Test/tentacle_retention/quantity_to_keep", 30, 1),
        Difference("Spaces-1/environments/Staging", MISSING, "present"),
        Difference("Spaces-1/user_roles/Read-Only", "present", MISSING),
    ]
    for difference in wanted:
        assert difference in found
    assert unexplained(wanted, deviations) == wanted


def test_a_deviation_row_covers_only_what_its_pattern_names(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# x\n\n### Deliberate deviations from the reference implementation\n\n"
        "| difference (pattern) | reason |\n|---|---|\n"
        "| `Spaces-1/steps/* :: Pod Logs :: */condition` | why \\| with a pipe |\n"
        "| `Spaces-9/*` | stale |\n\n## Next\n| `Spaces-1/*` | not in the table |\n",
        encoding="utf-8",
    )
    rows = read_deviations(readme)
    assert [row.pattern for row in rows] == ["Spaces-1/steps/* :: Pod Logs :: */condition", "Spaces-9/*"]
    covered = Difference("Spaces-1/steps/K8S :: Pod Logs :: Pod Logs/condition", "Success", "Variable")
    other = Difference("Spaces-1/steps/K8S :: Pod Logs :: Pod Logs/is_required", False, True)
    assert unexplained([covered, other], rows) == [other]
    assert unused([covered, other], rows) == [rows[1]]


def test_the_fact_paths_cover_every_category_the_issue_names(ri_attributes: dict[str, Any]) -> None:
    management = ri_attributes["spaces"]["Spaces-1"]
    assert {
        "environments", "lifecycles", "feeds", "library_variable_sets", "library_variables", "tenants",
        "tenant_common_variables", "projects", "runbooks", "processes", "steps", "teams", "user_roles",
    } <= set(management)  # fmt: skip
    step = management["steps"]["K8S Microservice Template :: deployment process :: Deploy App"]
    assert set(step) == {
        "action_type", "condition", "run_on_server", "is_required", "target_roles", "excluded_environments",
        "packages", "properties",
    }  # fmt: skip
    assert step["properties"]["Octopus.Action.EnabledFeatures"] == "Octopus.Features.KubernetesService"
