"""The template projects of the management space, checked against the reference implementation (RI).

One throwaway stack is synthesized per module: simple environments, lifecycles, project groups, library
variable sets, feeds, a Git credential and an Azure account as inputs, `TemplateProjects` in a management
space, and a stand-alone `HelloWorldProject` in a second space (the Development space's copy). Expected
processes, runbooks and variables are read from the RI inventory (tests/data/inventory_fe57a95.json).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from cdktf import TerraformStack, Testing
from constructs import Construct

import octopus_patterns.catalogue.scripts as scripts_package
from octopus_patterns.bindings.octopusdeploy.azure_service_principal import AzureServicePrincipal
from octopus_patterns.bindings.octopusdeploy.channel import Channel
from octopus_patterns.bindings.octopusdeploy.data_octopusdeploy_feeds import DataOctopusdeployFeeds
from octopus_patterns.bindings.octopusdeploy.docker_container_registry import DockerContainerRegistry
from octopus_patterns.bindings.octopusdeploy.environment import Environment
from octopus_patterns.bindings.octopusdeploy.git_credential import GitCredential
from octopus_patterns.bindings.octopusdeploy.library_variable_set import LibraryVariableSet
from octopus_patterns.bindings.octopusdeploy.lifecycle import Lifecycle
from octopus_patterns.bindings.octopusdeploy.maven_feed import MavenFeed
from octopus_patterns.bindings.octopusdeploy.project import Project
from octopus_patterns.bindings.octopusdeploy.project_group import ProjectGroup
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from octopus_patterns.bindings.octopusdeploy.space import Space
from octopus_patterns.catalogue.scripts import render
from octopus_patterns.catalogue.template_projects import (
    HelloWorldProject,
    HelloWorldProjectProps,
    TemplateProjects,
    TemplateProjectsProps,
    package_id_for,
)
from octopus_patterns.catalogue.template_projects.azure_web_app import (
    azure_web_app_steps,
    azure_web_app_variables,
    web_app_runbooks,
)
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.process import StepSpec, terraform_literal
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from tests.support.ri_literals import RI_API_KEY, RI_PASSWORD
from tests.support.schema_conformance import check_synthesized, format_violations, load_project_schemas

INVENTORY_FILE = Path(__file__).parent / "data" / "inventory_fe57a95.json"
GITEA = GiteaEndpoint(
    url="http://127.0.0.1:3000", internal_url="http://gitea:3000", organization="octopuscac"
)
ENVIRONMENTS = ("Development", "Test", "Production", "Security", "Sync")
LIFECYCLES = ("Simple", "DevSecOps", "Sync")
PROJECT_GROUPS = ("__ Client Space", "Hello World", "Azure", "Kubernetes")
LIBRARY_VARIABLE_SETS = (
    "This Instance",
    "Octopus Server",
    "Azure",
    "Docker",
    "Kubernetes",
    "Client Slack",
    "Shared Slack",
    "Export Options",
    "Git",  # optional: included where runbooks read Git.Credentials.*
)
CAC_PROJECTS = ("Hello World CaC", "Azure Web App CaC")
_REFERENCE = re.compile(r"^\$\{(?P<type>[a-z0-9_]+)\.(?P<id>[A-Za-z0-9_-]+)\.id\}$")
_NAMED = re.compile(r"\(name='(?P<name>[^']*)'\)")

# README section 2, "Projects in Spaces-1": group, lifecycle and included library variable sets.
RI_PROJECTS = {
    "__ Create Client Space": (
        "__ Client Space",
        "Simple",
        {"Octopus Server", "This Instance", "Docker", "Client Slack"},
    ),
    "Hello World": ("Hello World", "Simple", {"This Instance", "Octopus Server", "Export Options"}),
    "Hello World CaC": ("Hello World", "Simple", {"This Instance", "Octopus Server", "Export Options"}),
    "Azure Web App CaC": (
        "Azure",
        "DevSecOps",
        {"This Instance", "Azure", "Octopus Server", "Shared Slack", "Export Options"},
    ),
    "K8S Microservice Template": (
        "Kubernetes",
        "Simple",
        {"This Instance", "Octopus Server", "Shared Slack"},
    ),
    "__ Compose Azure Resources": ("Azure", "Simple", {"Octopus Server", "Azure", "This Instance"}),
    "__ Compose K8S Resources": ("Kubernetes", "Simple", {"Octopus Server", "Kubernetes", "This Instance"}),
}
# Where this estate deliberately differs from the RI: (project, runbook) -> steps.
FIXED_RI_BUGS: dict[tuple[str, str | None], list[str]] = {
    ("K8S Microservice Template", "Pod Logs"): ["Pod Logs"]
}  # the RI calls it "Describe Pod"


class _Ref:
    """A HasId for a data source attribute."""

    def __init__(self, id: str) -> None:
        self.id = id


@dataclass(frozen=True)
class Synth:
    text: str
    doc: dict[str, Any]
    template_projects: TemplateProjects
    management_space: str  # reference to the management space
    development_space: str

    def resources(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.doc.get("resource", {}).get(kind, {})

    def body(self, reference: str) -> dict[str, Any]:
        match = _REFERENCE.match(reference)
        assert match, f"not a resource reference: {reference!r}"
        return self.resources(match.group("type"))[match.group("id")]

    def name_of(self, reference: str) -> str:
        return str(self.body(reference)["name"])

    def project(self, name: str, space: str | None = None) -> tuple[str, dict[str, Any]]:
        space = space or self.management_space
        matches = [
            (id, body)
            for id, body in self.resources("octopusdeploy_project").items()
            if body["name"] == name and body["space_id"] == space
        ]
        assert len(matches) == 1, f"{len(matches)} projects named {name!r} in {space}"
        return matches[0]

    def processes(self, space: str | None = None) -> dict[tuple[str, str | None], list[str]]:
        """(project name, runbook name or None) -> step names in their pinned order."""
        space = space or self.management_space
        orders = {
            o["process_id"]: o["steps"] for o in self.resources("octopusdeploy_process_steps_order").values()
        }
        result: dict[tuple[str, str | None], list[str]] = {}
        for id, process in self.resources("octopusdeploy_process").items():
            if process["space_id"] != space:
                continue
            runbook = self.name_of(process["runbook_id"]) if "runbook_id" in process else None
            key = (self.name_of(process["project_id"]), runbook)
            assert key not in result, f"two processes for {key}"
            result[key] = [
                self.name_of(step) for step in orders.get(f"${{octopusdeploy_process.{id}.id}}", [])
            ]
        return result

    def steps_named(self, name: str) -> list[dict[str, Any]]:
        return [s for s in self.resources("octopusdeploy_process_step").values() if s["name"] == name]

    def described_step(self, project: str, runbook: str, step: str) -> StepSpec:
        """A step of a CaC project's runbook: kept as data, since its process lives in Git."""
        steps = self.template_projects.version_controlled_runbook_steps[project][runbook]
        (spec,) = [spec for spec in steps if spec.name == step]
        return spec

    def described_steps(self) -> list[StepSpec]:
        """Every step the CaC projects keep in Git: deployment processes and runbooks."""
        deployment = [s for steps in self.template_projects.version_controlled_steps.values() for s in steps]
        runbooks = [
            s
            for by_runbook in self.template_projects.version_controlled_runbook_steps.values()
            for steps in by_runbook.values()
            for s in steps
        ]
        return deployment + runbooks

    def step_of(self, project: str, runbook: str | None, step: str) -> dict[str, Any]:
        for candidate in self.steps_named(step):
            process = self.body(candidate["process_id"])
            owner = self.name_of(process["project_id"])
            owning_runbook = self.name_of(process["runbook_id"]) if "runbook_id" in process else None
            if (
                owner == project
                and owning_runbook == runbook
                and process["space_id"] == self.management_space
            ):
                return candidate
        raise AssertionError(f"no step {step!r} in {project} / {runbook}")


def build_stack(stack: TerraformStack) -> tuple[TemplateProjects, Space, Space]:
    OctopusdeployProvider(stack, "octopus", address="http://octopus.invalid", api_key="API-UNUSED-IN-TESTS")
    management = Space(stack, "management", name="Management")
    development = Space(stack, "development", name="Development")
    envs = {name: Environment(stack, f"env_{name}", name=name) for name in ENVIRONMENTS}
    lifecycles = {name: Lifecycle(stack, f"lifecycle_{name}", name=name) for name in LIFECYCLES}
    groups = {name: ProjectGroup(stack, f"group_{i}", name=name) for i, name in enumerate(PROJECT_GROUPS)}
    sets = {
        name: LibraryVariableSet(stack, f"lvs_{i}", name=name) for i, name in enumerate(LIBRARY_VARIABLE_SETS)
    }
    builtin = DataOctopusdeployFeeds(stack, "builtin_feed", feed_type="BuiltIn", take=1)
    builtin_feed = _Ref(builtin.feeds.get(0).id)
    template_projects = TemplateProjects(
        stack,
        "template_projects",
        TemplateProjectsProps(
            space=management,
            environments=envs,
            lifecycles=lifecycles,
            project_groups=groups,
            library_variable_sets=sets,
            docker_feed=DockerContainerRegistry(
                stack, "docker", name="Docker", feed_uri="https://index.docker.io"
            ),
            maven_feed=MavenFeed(stack, "maven", name="Sales Maven Feed", feed_uri="https://maven.invalid"),
            builtin_feed=builtin_feed,
            git_credential=GitCredential(stack, "git", name="Git", username="octopus", password="unused"),
            azure_account=AzureServicePrincipal(
                stack,
                "azure",
                name="Azure",
                application_id="a",
                subscription_id="s",
                tenant_id="t",
                password="p",
            ),
            kubernetes_role="k8s",
            gitea=GITEA,
        ),
    )
    HelloWorldProject(
        stack,
        "development_hello_world",
        HelloWorldProjectProps(
            space=development,
            project_group=ProjectGroup(stack, "development_group", name="Hello World"),
            lifecycle=Lifecycle(stack, "development_simple", name="Simple"),
            library_variable_sets=[
                LibraryVariableSet(stack, "development_octopus_server", name="Octopus Server"),
                LibraryVariableSet(stack, "development_this_instance", name="This Instance"),
            ],
            sync_environment=Environment(stack, "development_sync", name="Sync"),
            builtin_feed=builtin_feed,
        ),
    )
    return template_projects, management, development


@pytest.fixture(scope="module")
def synth() -> Synth:
    stack = TerraformStack(Testing.app(), "template_projects_test")
    template_projects, management, development = build_stack(stack)
    text = Testing.synth(stack)
    return Synth(
        text=text,
        doc=json.loads(text),
        template_projects=template_projects,
        management_space="${octopusdeploy_space.management.id}",
        development_space="${octopusdeploy_space.development.id}",
    )


# --- The reference implementation's side -------------------------------------------------------------


@pytest.fixture(scope="module")
def ri() -> list[dict[str, Any]]:
    inventory = json.loads(INVENTORY_FILE.read_text(encoding="utf-8"))
    return [entry for entry in inventory["spaces"]["Spaces-1"] if entry["kind"] == "resource"]


def _named(reference: Any) -> str:
    match = _NAMED.search(str(reference))
    assert match, reference
    return match.group("name")


def _ri_runbooks(ri: list[dict[str, Any]]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    for entry in ri:
        if entry["type"] == "octopusdeploy_runbook":
            yield (entry["seq"], entry["module"], entry["name"]), entry["attrs"]


def ri_processes(ri: list[dict[str, Any]]) -> dict[tuple[str, str | None], list[str]]:
    projects = {key: _named(attrs["project_id"]) for key, attrs in _ri_runbooks(ri)}
    result: dict[tuple[str, str | None], list[str]] = {}
    for entry in ri:
        steps = [step["name"] for step in entry["attrs"].get("steps", [])]
        if entry["type"] == "octopusdeploy_deployment_process":
            result[(_named(entry["attrs"]["project_id"]), None)] = steps
        elif entry["type"] == "octopusdeploy_runbook_process":
            runbook = _named(entry["attrs"]["runbook_id"])
            result[(projects[(entry["seq"], entry["module"], runbook)], runbook)] = steps
    return result


# --- Projects ------------------------------------------------------------------------------------------


def test_the_seven_projects_are_created_once_each(synth: Synth) -> None:
    names = Counter(
        body["name"]
        for body in synth.resources("octopusdeploy_project").values()
        if body["space_id"] == synth.management_space
    )
    assert names == Counter(list(RI_PROJECTS))
    assert set(synth.template_projects.projects) == set(RI_PROJECTS)


@pytest.mark.parametrize("name", sorted(RI_PROJECTS))
def test_each_project_has_the_ri_group_lifecycle_and_variable_sets(synth: Synth, name: str) -> None:
    group, lifecycle, sets = RI_PROJECTS[name]
    _, project = synth.project(name)
    assert synth.name_of(project["project_group_id"]) == group
    assert synth.name_of(project["lifecycle_id"]) == lifecycle
    included = {synth.name_of(ref) for ref in project["included_library_variable_sets"]}
    git = {"Git"} if name in ("__ Create Client Space", *CAC_PROJECTS) else set()
    assert included == sets | git
    assert project["tenanted_deployment_participation"] == "Untenanted"


@pytest.mark.parametrize("name", CAC_PROJECTS)
def test_cac_projects_keep_their_configuration_in_gitea_through_the_git_credential(
    synth: Synth, name: str
) -> None:
    repository = name.lower().replace(" ", "_")
    assert Testing.to_have_resource_with_properties(
        synth.text,
        Project.TF_RESOURCE_TYPE,
        {
            "name": name,
            "is_version_controlled": True,
            "git_library_persistence_settings": [
                {
                    "git_credential_id": "${octopusdeploy_git_credential.git.id}",
                    "url": f"http://gitea:3000/octopuscac/{repository}.git",
                    "base_path": ".octopus/project",
                    "default_branch": "main",
                }
            ],
        },
    )


def test_only_the_cac_projects_are_version_controlled(synth: Synth) -> None:
    controlled = {
        body["name"]
        for body in synth.resources("octopusdeploy_project").values()
        if body.get("is_version_controlled")
    }
    assert controlled == set(CAC_PROJECTS)


def test_release_versioning_follows_the_ri(synth: Synth) -> None:
    templates = {
        synth.name_of(strategy["project_id"]): strategy["template"]
        for strategy in synth.resources("octopusdeploy_project_versioning_strategy").values()
    }
    assert templates == {
        "__ Create Client Space": "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}."
        "#{Octopus.Version.NextPatch}",
        "K8S Microservice Template": "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}."
        "#{Octopus.Version.LastPatch}.#{Octopus.Version.NextRevision}",
    }


# --- Processes -----------------------------------------------------------------------------------------


def test_every_ri_process_has_the_ri_steps_in_the_ri_order(synth: Synth, ri: list[dict[str, Any]]) -> None:
    expected = {**ri_processes(ri), **FIXED_RI_BUGS}
    # Every process of the CaC projects lives in Git, runbooks' too: see the tests below.
    expected = {key: steps for key, steps in expected.items() if key[0] not in CAC_PROJECTS}
    assert synth.processes() == expected


def test_hello_world_steps_are_left_to_octopus_users_after_creation(synth: Synth) -> None:
    """The RI ignores changes to Hello World's steps: people edit them in Octopus and serialize them back."""
    (hello_world, in_development) = synth.steps_named("Hello world (using Bash)")
    for step in (hello_world, in_development):
        assert step["lifecycle"] == {"ignore_changes": "all"}
    (deploy_app,) = synth.steps_named("Deploy App")
    assert "lifecycle" not in deploy_app


def test_cac_deployment_processes_are_described_not_created(synth: Synth, ri: list[dict[str, Any]]) -> None:
    described = synth.template_projects.version_controlled_steps
    assert {project: [step.name for step in steps] for project, steps in described.items()} == {
        project: ri_processes(ri)[(project, None)] for project in CAC_PROJECTS
    }
    assert not set(CAC_PROJECTS) & set(synth.template_projects.deployment_processes)


def test_cac_runbook_processes_are_described_not_created(synth: Synth, ri: list[dict[str, Any]]) -> None:
    """Provider 1.17 refuses a runbook process of a version-controlled project (resource_process.go:79-82)
    and skips creating a runbook Octopus keeps in Git (resource_runbook.go:97-107): runbooks and steps are
    data for the projects' OCL, in the RI's order, and no octopusdeploy_runbook belongs to a CaC project."""
    described = synth.template_projects.version_controlled_runbook_steps
    as_names = {
        (project, runbook): [step.name for step in steps]
        for project, runbooks in described.items()
        for runbook, steps in runbooks.items()
    }
    expected = {
        key: steps for key, steps in ri_processes(ri).items() if key[0] in CAC_PROJECTS and key[1] is not None
    }
    assert as_names == expected
    specs = synth.template_projects.version_controlled_runbooks
    assert {(project, spec.name) for project in specs for spec in specs[project]} == set(expected)
    owners = {synth.name_of(body["project_id"]) for body in synth.resources("octopusdeploy_runbook").values()}
    assert owners and not owners & set(CAC_PROJECTS)
    assert all(not synth.template_projects.runbooks[project] for project in CAC_PROJECTS)


def test_cac_variables_are_described_not_created(synth: Synth) -> None:
    """The provider writes project variables to the database (resource_variable.go:68-93); a CaC project's
    non-sensitive variables are OCL in Git."""
    described = synth.template_projects.version_controlled_variables
    assert [spec.name for spec in described["Azure Web App CaC"]][:3] == [
        "Azure.WebApp.PackageId",
        "Project.VulnerabilityScan.Enabled",
        "Project.CypressTest.Enabled",
    ]
    owners = {synth.name_of(body["owner_id"]) for body in synth.resources("octopusdeploy_variable").values()}
    assert not owners & set(CAC_PROJECTS)


def test_step_types_target_roles_and_packages_follow_the_ri(synth: Synth, ri: list[dict[str, Any]]) -> None:
    ri_steps = {
        step["name"]: step
        for entry in ri
        if entry["type"] == "octopusdeploy_deployment_process"
        and _named(entry["attrs"]["project_id"]) == "K8S Microservice Template"
        for step in entry["attrs"]["steps"]
    }
    for name, ri_step in ri_steps.items():
        step = synth.step_of("K8S Microservice Template", None, name)
        assert step["type"] == ri_step["actions"][0]["action_type"]
        assert step["properties"]["Octopus.Action.TargetRoles"] == ",".join(ri_step["target_roles"])
    deploy_app = synth.step_of("K8S Microservice Template", None, "Deploy App")
    assert deploy_app["packages"]["service"]["package_id"] == "#{Kubernetes.Application.Image}"
    assert (
        deploy_app["packages"]["service"]["feed_id"] == "${octopusdeploy_docker_container_registry.docker.id}"
    )
    containers = json.loads(
        deploy_app["execution_properties"]["Octopus.Action.KubernetesContainers.Containers"]
    )
    assert containers[0]["Name"] == "service"
    assert containers[0]["FeedId"] == "${octopusdeploy_docker_container_registry.docker.id}"


def test_cac_step_specs_keep_the_ri_action_types_and_packages(ri: list[dict[str, Any]], synth: Synth) -> None:
    steps = {
        step.name: step for step in synth.template_projects.version_controlled_steps["Azure Web App CaC"]
    }
    ri_actions = {
        step["name"]: step["actions"][0]
        for entry in ri
        if entry["type"] == "octopusdeploy_deployment_process"
        and _named(entry["attrs"]["project_id"]) == "Azure Web App CaC"
        for step in entry["attrs"]["steps"]
    }
    for name, action in ri_actions.items():
        assert steps[name].action_type == action["action_type"]
        ri_packages = {p["package_id"] for p in action.get("packages", [])}
        ours = {p.package_id for p in steps[name].packages.values()}
        primary = steps[name].primary_package
        ours |= {primary.package_id} if primary else set()
        assert ours == ri_packages
    assert steps["Deploy Web App"].target_roles == ("octopub-webapp-cac",)


# --- Runbooks ------------------------------------------------------------------------------------------


def test_runbooks_belong_to_the_ri_projects_with_the_ri_tenancy_and_scope(
    synth: Synth, ri: list[dict[str, Any]]
) -> None:
    def key(
        project: str, runbook: str, mode: str, environments: list[str]
    ) -> tuple[str, str, str, tuple[str, ...]]:
        return (project, runbook, mode, tuple(sorted(environments)))

    expected = Counter(
        key(
            _named(attrs["project_id"]),
            name,
            attrs["multi_tenancy_mode"],
            [re.sub(r".*partial_name='([^']*)'.*", r"\1", env) for env in attrs["environments"]],
        )
        for (_, _, name), attrs in _ri_runbooks(ri)
    )
    synthesized = Counter(
        key(
            synth.name_of(runbook["project_id"]),
            runbook["name"],
            runbook["multi_tenancy_mode"],
            [synth.name_of(env) for env in runbook.get("environments", [])],
        )
        for runbook in synth.resources("octopusdeploy_runbook").values()
        if synth.body(runbook["project_id"])["space_id"] == synth.management_space
    )
    in_git = Counter(  # the CaC projects' runbooks, kept for their OCL (environments by the test's own names)
        key(
            project,
            spec.name,
            spec.multi_tenancy_mode,
            [cast(Construct, env).node.id.removeprefix("env_") for env in spec.environments],
        )
        for project, specs in synth.template_projects.version_controlled_runbooks.items()
        for spec in specs
    )
    assert synthesized + in_git == expected
    assert (sum(expected.values()), sum(in_git.values())) == (26, 14)


def test_the_runbooks_construct_attribute_lists_every_runbook_by_project(synth: Synth) -> None:
    runbooks = synth.template_projects.runbooks
    assert set(runbooks["Hello World"]) == {
        "__ 1. Serialize Project",
        "__ 2. Deploy Project",
        "__ 4. List Downstream Projects",
    }
    in_git = synth.template_projects.version_controlled_runbooks
    assert {spec.name for spec in in_git["Hello World CaC"]} == {
        "__ 1. Serialize Project",
        "__ 2. Fork and Deploy Project",
        "__ 3. Merge with Downstream Project",
        "__ 4. List Downstream Projects",
        "__ 5. Find Updates",
    }
    assert runbooks["Hello World CaC"] == {}
    assert sum(len(by_name) for by_name in runbooks.values()) == 12


@pytest.mark.parametrize(
    ("project", "runbook"),
    [
        ("Hello World", "__ 2. Deploy Project"),
        ("K8S Microservice Template", "__ 2. Deploy Project"),
        ("Hello World CaC", "__ 2. Fork and Deploy Project"),
        ("Azure Web App CaC", "__ 2. Fork and Deploy Project"),
    ],
)
def test_serialize_and_deploy_use_the_projects_own_package(synth: Synth, project: str, runbook: str) -> None:
    package_id = package_id_for(project)
    if project in CAC_PROJECTS:
        spec = synth.described_step(project, runbook, "Deploy the Project")
        assert spec.primary_package is not None and spec.primary_package.package_id == package_id
        serialize_body = synth.described_step(
            project, "__ 1. Serialize Project", "Serialize Project"
        ).properties["Octopus.Action.Script.ScriptBody"]
        assert f"package_id='{package_id}'" in serialize_body
        return
    deploy = synth.step_of(project, runbook, "Deploy the Project")
    assert deploy["primary_package"]["package_id"] == package_id
    assert deploy["primary_package"]["feed_id"] == "${data.octopusdeploy_feeds.builtin_feed.feeds[0].id}"
    assert deploy["primary_package"]["acquisition_location"] == "Server"
    assert "Octopus.Action.Package.DownloadOnTentacle" not in deploy["execution_properties"]
    serialize = synth.step_of(project, "__ 1. Serialize Project", "Serialize Project")
    assert (
        f"package_id='{package_id}'" in serialize["execution_properties"]["Octopus.Action.Script.ScriptBody"]
    )


def test_package_ids_differ_per_project_and_none_is_hard_coded_hello_world(synth: Synth) -> None:
    package_ids = [step["primary_package"]["package_id"] for step in synth.steps_named("Deploy the Project")]
    package_ids += [
        spec.primary_package.package_id
        for spec in synth.described_steps()
        if spec.name == "Deploy the Project" and spec.primary_package is not None
    ]
    assert len(package_ids) == 5  # 2 + 2 (in Git) in the management space, 1 in the Development space
    assert Counter(package_ids) == Counter(
        ["Hello_World", "Hello_World", "K8S_Microservice_Template", "Hello_World_CaC", "Azure_Web_App_CaC"]
    )


def test_fork_and_deploy_points_the_tenant_project_at_its_fork(synth: Synth) -> None:
    deploy = synth.described_step("Hello World CaC", "__ 2. Fork and Deploy Project", "Deploy the Project")
    params = deploy.properties["Octopus.Action.Terraform.AdditionalActionParams"]
    assert (
        '-var="project_hello_world_cac_git_url=http://gitea:3000/octopuscac/#{Octopus.Deployment.Tenant.Name'
        in params
    )
    fork = synth.described_step("Hello World CaC", "__ 2. Fork and Deploy Project", "Fork Git Repo")
    assert "template='hello_world_cac'" in fork.properties["Octopus.Action.Script.ScriptBody"]


def test_k8s_has_the_mainline_channel_after_its_deploy_step(synth: Synth) -> None:
    assert Testing.to_have_resource_with_properties(
        synth.text,
        Channel.TF_RESOURCE_TYPE,
        {
            "name": "Mainline",
            "is_default": True,
            "rule": [
                {
                    "tag": "^$",
                    "action_package": [{"deployment_action": "Deploy App", "package_reference": "service"}],
                }
            ],
        },
    )
    (channel,) = synth.resources("octopusdeploy_channel").values()
    assert synth.name_of(channel["project_id"]) == "K8S Microservice Template"
    deploy_app = next(
        id
        for id, step in synth.resources("octopusdeploy_process_step").items()
        if step["name"] == "Deploy App"
    )
    assert f"octopusdeploy_process_step.{deploy_app}" in channel["depends_on"]


def _substituted(text: str) -> str:
    """`text` as Octopus might evaluate it: every `#{…}` (nesting included) replaced by a plain word."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"#\{[^#{}]*\}", "value", text)
    return text


def test_k8s_deploy_app_is_the_ri_deployment_with_service_probes_and_pod_security(synth: Synth) -> None:
    """Audit B9: the RI's Deploy App (k8s_microservice/octopus/terraform.tf at fe57a95)."""
    step = synth.step_of("K8S Microservice Template", None, "Deploy App")
    props = step["execution_properties"]
    prefix = "Octopus.Action.KubernetesContainers."
    assert props["Octopus.Action.EnabledFeatures"] == "Octopus.Features.KubernetesService"
    assert props[f"{prefix}DeploymentWait"] == "Wait"
    assert props[f"{prefix}ServiceType"] == "ClusterIP"
    assert {props[f"{prefix}PodSecurity{key}"] for key in ("RunAsUser", "RunAsGroup", "FsGroup")} == {"1000"}
    assert props[f"{prefix}PodSecurityRunAsNonRoot"] == "true"
    # Every JSON-valued property parses (Octopus reads them as JSON before it substitutes variables).
    json_values = {key: json.loads(value) for key, value in props.items() if value[:1] in "[{"}
    assert f"{prefix}Containers" in json_values and f"{prefix}ServicePorts" in json_values
    (container,) = json_values[f"{prefix}Containers"]
    port = "#{Kubernetes.Application.Port}"
    assert container["Ports"] == [{"key": "grpc", "value": port, "option": "TCP"}]
    assert json_values[f"{prefix}ServicePorts"] == [
        {"name": "grpc", "port": port, "targetPort": port, "protocol": "TCP"}
    ]
    assert container["EnvironmentVariables"] == [{"key": "PORT", "value": port}]
    for probe in ("LivenessProbe", "ReadinessProbe"):
        assert container[probe]["type"] == "Command"
        assert container[probe]["exec"]["command"] == ["/bin/grpc_health_probe", f"-addr=:{port}"]
    assert (
        container["Resources"]["limits"] | {"cpu": "300m", "memory": "300Mi"}
        == container["Resources"]["limits"]
    )
    assert {k: container["Resources"]["requests"][k] for k in ("cpu", "memory")} == {
        "cpu": "200m",
        "memory": "180Mi",
    }
    assert container["SecurityContext"]["readOnlyRootFilesystem"] == "true"
    assert container["SecurityContext"]["allowPrivilegeEscalation"] == "false"
    assert container["SecurityContext"]["capabilities"]["drop"] == ["all"]
    # Names come from the image and carry the channel for releases outside Mainline.
    name = props[f"{prefix}DeploymentName"]
    assert name.startswith("#{Kubernetes.Application.Image | Replace")
    assert '#{unless Octopus.Release.Channel.Name == "Mainline"}' in name
    assert props[f"{prefix}ServiceName"] == name
    assert json_values[f"{prefix}DeploymentLabels"] == {"app": name.split("#{unless")[0]}
    assert container["ConfigMapEnvFromSource"] == [{"key": name}]
    assert step["packages"]["service"]["properties"]["Extract"] == "False"


def test_k8s_config_map_is_named_as_the_deployment_and_is_yaml_after_substitution(synth: Synth) -> None:
    config_map = synth.step_of("K8S Microservice Template", None, "Deploy Env Var ConfigMap")
    deploy_app = synth.step_of("K8S Microservice Template", None, "Deploy App")
    raw = config_map["execution_properties"]["Octopus.Action.KubernetesContainers.CustomResourceYaml"]
    name = deploy_app["execution_properties"]["Octopus.Action.KubernetesContainers.DeploymentName"]
    assert f'name: "{terraform_literal(name)}"' in raw
    # Octopus substitutes the YAML text before it parses it: the filters' quotes must leave plain scalars.
    assert _substituted(raw).splitlines()[:5] == [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        '  name: "valuevalue-valuevalue"',
        '  namespace: "value-value-value"',
    ]


# --- Variables -----------------------------------------------------------------------------------------


def test_project_variables_are_the_ri_ones_and_none_is_sensitive(
    synth: Synth, ri: list[dict[str, Any]]
) -> None:
    expected = {
        (_named(entry["attrs"]["owner_id"]), entry["name"], str(entry["attrs"]["value"]).replace("\\n", "\n"))
        for entry in ri
        if entry["type"] == "octopusdeploy_variable" and "octopusdeploy_project" in entry["attrs"]["owner_id"]
    }
    expected = {
        (
            owner,
            name,
            "${octopusdeploy_azure_service_principal.azure.id}" if value.startswith("lookup:") else value,
        )
        for owner, name, value in expected
    }
    variables = [
        v
        for v in synth.resources("octopusdeploy_variable").values()
        if synth.body(v["owner_id"])["space_id"] == synth.management_space
    ]
    # A CaC project's non-sensitive variables live in Git: they are described, not created.
    described = {
        (project, spec.name, spec.value)
        for project, specs in synth.template_projects.version_controlled_variables.items()
        for spec in specs
    }
    described = {
        (p, n, "${octopusdeploy_azure_service_principal.azure.id}" if n == "Octopus.Azure.Account" else v)
        for p, n, v in described
    }
    created = {(synth.name_of(v["owner_id"]), v["name"], v["value"]) for v in variables}
    assert created | described == expected
    assert {owner for owner, _, _ in described} == {"Azure Web App CaC"}
    assert not {owner for owner, _, _ in created} & set(CAC_PROJECTS)
    assert all(v["is_sensitive"] is False and "sensitive_value" not in v for v in variables)


def test_without_an_azure_account_the_steps_that_need_it_are_left_out(synth: Synth) -> None:
    security, docker, maven = (_Ref(f"id-{name}") for name in ("security", "docker", "maven"))
    without = [step.name for step in azure_web_app_steps(None, docker, maven, security)]
    assert without == ["Deploy Web App", "End-to-end Test with Cypress", "Check for Vulnerabilities"]
    assert web_app_runbooks(None) == []
    assert "Octopus.Azure.Account" not in {v.name for v in azure_web_app_variables(None)}
    account = _Ref("id-azure")
    assert [step.name for step in azure_web_app_steps(account, docker, maven, security)][
        0
    ] == "Create Web App"
    assert [runbook.name for runbook in web_app_runbooks(account)] == [
        "Delete Web App",
        "Get Web App Logs",
        "Restart Web App",
    ]


# --- The Development space's Hello World -----------------------------------------------------------------


def test_hello_world_builds_on_its_own_in_another_space(synth: Synth) -> None:
    space = synth.development_space
    _, project = synth.project("Hello World", space)
    assert synth.name_of(project["lifecycle_id"]) == "Simple"
    assert {synth.name_of(ref) for ref in project["included_library_variable_sets"]} == {
        "Octopus Server",
        "This Instance",
    }
    assert synth.processes(space) == {
        ("Hello World", None): ["Hello world (using Bash)"],
        ("Hello World", "__ 1. Serialize Project"): ["Serialize Project"],
        ("Hello World", "__ 2. Deploy Project"): ["Create the State Table", "Deploy the Project"],
        ("Hello World", "__ 4. List Downstream Projects"): [
            "Create the State Table",
            "Merge Deployment Process",
        ],
    }
    (target,) = [
        v
        for v in synth.resources("octopusdeploy_variable").values()
        if synth.body(v["owner_id"])["space_id"] == space
    ]
    assert (target["name"], target["value"]) == ("Hello.Target", "World")


# --- The synthesized JSON ------------------------------------------------------------------------------


def test_no_absolute_path_or_secret_in_the_json(synth: Synth) -> None:
    package_dir = str(Path(scripts_package.__file__).resolve().parent)
    for fragment in (package_dir, str(Path.cwd()), str(Path.home()), "/tmp/", RI_PASSWORD, RI_API_KEY[:8]):
        assert fragment not in synth.text, fragment


def test_literal_template_sequences_are_escaped_and_references_resolve(synth: Synth) -> None:
    """Terraform would evaluate a bare `${...}` in a step script: only resolved references may remain."""
    serialize = synth.step_of("Hello World", "__ 1. Serialize Project", "Serialize Project")
    assert '"$${work_dir}/export"' in serialize["execution_properties"]["Octopus.Action.Script.ScriptBody"]
    for step in synth.resources("octopusdeploy_process_step").values():
        for value in step["execution_properties"].values():
            for match in re.finditer(r"(?<!\$)\$\{([^}]*)\}", value):
                assert re.fullmatch(
                    r"(data\.)?octopusdeploy_[a-z_]+\.[A-Za-z0-9_-]+(\.feeds\[0\])?\.id", match[1]
                ), match[0]


def test_the_json_matches_the_provider_schema(synth: Synth) -> None:
    violations = check_synthesized(synth.doc, load_project_schemas())
    assert not violations, format_violations(violations)


def _step_scripts(synth: Synth) -> Iterator[tuple[str, str, str]]:
    """(step name, syntax, script as Octopus receives it) for every inline script step, created or in Git."""
    for spec in synth.described_steps():
        props = dict(spec.properties)
        if (
            props.get("Octopus.Action.Script.ScriptSource") == "Inline"
            and "Octopus.Action.Script.ScriptBody" in props
        ):
            yield spec.name, props["Octopus.Action.Script.Syntax"], props["Octopus.Action.Script.ScriptBody"]
    for step in synth.resources("octopusdeploy_process_step").values():
        props = step["execution_properties"]
        if (
            props.get("Octopus.Action.Script.ScriptSource") == "Inline"
            and "Octopus.Action.Script.ScriptBody" in props
        ):
            body = props["Octopus.Action.Script.ScriptBody"].replace("$${", "${").replace("%%{", "%{")
            yield step["name"], props["Octopus.Action.Script.Syntax"], body


def test_every_step_script_parses(synth: Synth) -> None:
    checked = Counter[str]()
    for name, syntax, body in _step_scripts(synth):
        if syntax == "Bash":
            result = subprocess.run(["bash", "-n"], input=body, text=True, capture_output=True, check=False)
            assert result.returncode == 0, f"{name}: {result.stderr}"
        else:
            assert syntax == "Python", name
            compile(body, name, "exec")
        checked[syntax] += 1
    assert checked["Bash"] > 30 and checked["Python"] == 2


@pytest.mark.skipif(shutil.which("terraform") is None, reason="terraform is not installed")
def test_every_inline_terraform_template_is_well_formed(synth: Synth, tmp_path: Path) -> None:
    templates = {
        step["execution_properties"]["Octopus.Action.Terraform.Template"].replace("$${", "${")
        for step in synth.resources("octopusdeploy_process_step").values()
        if "Octopus.Action.Terraform.Template" in step["execution_properties"]
    }
    assert len(templates) == 14
    for index, template in enumerate(sorted(templates)):
        (tmp_path / f"template_{index}.tf").write_text(template, encoding="utf-8")
    result = subprocess.run(
        ["terraform", "fmt", "-check", "-no-color", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- Building blocks -----------------------------------------------------------------------------------


def test_terraform_literal_escapes_template_sequences_but_not_tokens() -> None:
    assert terraform_literal('echo "${name}" %{x}') == 'echo "$${name}" %%{x}'
    assert terraform_literal("${TfToken[TOKEN.7]}") == "${TfToken[TOKEN.7]}"


def test_render_rejects_missing_and_unused_values() -> None:
    with pytest.raises(ValueError, match="missing values \\['database'\\]"):
        render("create_state_database.sh")
    with pytest.raises(ValueError, match="unused values \\['other'\\]"):
        render("create_state_database.sh", database="x", other="y")


def test_step_names_in_a_process_must_be_unique() -> None:
    from octopus_patterns.octopus.process import OctopusProcess, ProcessProps

    stack = TerraformStack(Testing.app(), "duplicates")
    step = StepSpec(name="Same", action_type="Octopus.Script", properties={})
    with pytest.raises(ValueError, match="unique"):
        OctopusProcess(stack, "process", ProcessProps(space=_Ref("s"), project=_Ref("p"), steps=[step, step]))


def test_every_process_and_variable_of_a_version_controlled_project_is_refused() -> None:
    """Provider 1.17 refuses any process of a Git project (resource_process.go:79-82) and writes variables
    only to the database (resource_variable.go:68-93): the constructs refuse them, runbooks get no process."""
    from octopus_patterns.octopus.process import OctopusProcess, ProcessProps
    from octopus_patterns.octopus.project import GitPersistence, OctopusProject, ProjectProps
    from octopus_patterns.octopus.project_variable import ProjectVariables, ProjectVariablesProps
    from octopus_patterns.octopus.runbook import OctopusRunbook, RunbookProps, RunbookSpec

    stack = TerraformStack(Testing.app(), "cac")
    git = GitPersistence(credential=_Ref("c"), url="http://gitea:3000/org/repo.git")
    project = OctopusProject(
        stack,
        "p",
        ProjectProps(space=_Ref("s"), name="P", project_group=_Ref("g"), lifecycle=_Ref("l"), git=git),
    )
    with pytest.raises(ValueError, match="deployment process lives in Git"):
        OctopusProcess(stack, "process", ProcessProps(space=_Ref("s"), project=project, steps=[]))
    with pytest.raises(ValueError, match="runbook process \\(r\\) lives in Git"):
        OctopusProcess(
            stack,
            "runbook_process",
            ProcessProps(space=_Ref("s"), project=project, runbook=_Ref("r"), steps=[]),
        )
    with pytest.raises(ValueError, match="live in Git"):
        ProjectVariables(
            stack,
            "variables",
            ProjectVariablesProps(
                space=_Ref("s"), project=project, variables=[ProjectVariableSpec("A", "1")]
            ),
        )
    step = StepSpec(name="Say hello", action_type="Octopus.Script", properties={})
    spec = RunbookSpec(name="R", description="", steps=(step,))
    runbook = OctopusRunbook(stack, "runbook", RunbookProps(space=_Ref("s"), project=project, spec=spec))
    assert runbook.process is None and runbook.spec.steps == (step,)
    doc = json.loads(Testing.synth(stack))
    assert set(doc["resource"]) == {"octopusdeploy_project", "octopusdeploy_runbook"}


def test_a_step_can_not_set_a_property_the_provider_computes() -> None:
    with pytest.raises(ValueError, match="DownloadOnTentacle.*computed from primary_package"):
        StepSpec(
            name="Deploy",
            action_type="Octopus.TerraformApply",
            properties={"Octopus.Action.Package.DownloadOnTentacle": "False"},
        )


def test_a_project_variable_can_not_be_sensitive() -> None:
    with pytest.raises(ValueError, match="never sensitive"):
        ProjectVariableSpec("Secret", "x", type="Sensitive")  # type: ignore[arg-type]
