"""Parity: every object the reference implementation creates in its management space (Spaces-1) exists,
by type, name and owner, in the synthesized `management` stack.

The facts come from tests/data/inventory_fe57a95.json (a copy of shared/reference). Provider 0.x types are
mapped to 1.x ones: deployment and runbook processes are both `octopusdeploy_process`, named here after
what owns them. Objects of the seven template projects (projects, their variables, runbooks, processes,
channel) come from `octopus_patterns.catalogue.template_projects` and are checked in a test of their own.

One difference is allowed, and checked: the deployment process of a version-controlled (config-as-code)
project lives as OCL in its Git repository, and provider 1.x refuses to manage it, so it counts as kept in
Git only when that project is synthesized with `is_version_controlled = true`.
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
from octopus_patterns.state_backend import configure_state_backend
from stacks.management import ManagementStack
from tests.conftest import SynthesizedApp

INVENTORY_FILE = Path(__file__).parent / "data" / "inventory_fe57a95.json"
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
    """The missing deployment processes whose projects keep their process in Git."""
    return [
        key
        for key in missing
        if key.type == PROCESS and key.name == "deployment process" and key.owner in version_controlled
    ]


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


def test_the_inventory_lists_every_management_resource(expected: list[tuple[ObjectKey, bool]]) -> None:
    # shared/reference README, section 2: 145 resource blocks in Spaces-1, one of them with count = 0.
    assert len(expected) == 144
    assert (
        sum(owned for _, owned in expected) == 76
    )  # 7 projects, 11 variables, 26+26+5 runbooks/processes, 1


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


def test_only_processes_of_version_controlled_projects_count_as_kept_in_git() -> None:
    cac = ObjectKey(PROCESS, "deployment process", "Hello World CaC")
    plain = ObjectKey(PROCESS, "deployment process", "Hello World")
    runbook = ObjectKey(PROCESS, "runbook process: __ 1. Serialize Project", "Hello World CaC")
    assert kept_in_git([cac, plain, runbook], {"Hello World CaC"}) == [cac]
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
