"""The provider-schema conformance checker finds each kind of violation and accepts what cdktf writes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cdktf
import pytest
from cdktf import (
    LocalExecProvisioner,
    TerraformCount,
    TerraformIterator,
    TerraformResourceLifecycle,
    TerraformStack,
    TerraformVariable,
    Token,
)
from cdktf_cdktf_provider_docker.container import Container, ContainerCapabilities, ContainerPorts
from cdktf_cdktf_provider_docker.data_docker_network import DataDockerNetwork
from cdktf_cdktf_provider_docker.image import Image, ImageBuild, ImageTimeouts
from cdktf_cdktf_provider_docker.network import Network
from cdktf_cdktf_provider_docker.provider import DockerProvider
from cdktf_cdktf_provider_random.pet import Pet
from cdktf_cdktf_provider_random.provider import RandomProvider

from octopus_patterns.bindings.octopusdeploy.data_octopusdeploy_environments import (
    DataOctopusdeployEnvironments,
)
from octopus_patterns.bindings.octopusdeploy.environment import Environment
from octopus_patterns.bindings.octopusdeploy.lifecycle import (
    Lifecycle,
    LifecyclePhase,
    LifecyclePhaseReleaseRetentionWithStrategy,
    LifecycleReleaseRetentionWithStrategy,
)
from octopus_patterns.bindings.octopusdeploy.machine_policy import (
    MachinePolicy,
    MachinePolicyMachineCleanupPolicy,
    MachinePolicyMachineHealthCheckPolicy,
    MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy,
    MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy,
)
from octopus_patterns.bindings.octopusdeploy.process_step import (
    ProcessStep,
    ProcessStepContainer,
    ProcessStepPackages,
)
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from tests.support.schema_conformance import (
    ProviderSchemas,
    Violation,
    check_synthesized,
    format_violations,
    load_project_schemas,
    load_provider_schemas,
    normalize_source,
)

Doc = dict[str, Any]
LIFECYCLE = ("resource", "octopusdeploy_lifecycle", "simple")
MACHINE_POLICY = ("resource", "octopusdeploy_machine_policy", "policy")
PROCESS_STEP = ("resource", "octopusdeploy_process_step", "step")


def _octopus_resources(stack: TerraformStack) -> None:
    OctopusdeployProvider(stack, "octopus", address="http://octopus.example")
    development = Environment(stack, "dev", name="Development")
    retention = LifecyclePhaseReleaseRetentionWithStrategy(strategy="Forever")
    phases = [
        LifecyclePhase(
            name="Dev",
            automatic_deployment_targets=[development.id],
            release_retention_with_strategy=[retention],
        ),
        LifecyclePhase(name="Prod", is_optional_phase=False),
    ]
    overall = LifecycleReleaseRetentionWithStrategy(strategy="Count", quantity_to_keep=3, unit="Items")
    Lifecycle(stack, "simple", name="Simple", phase=phases, release_retention_with_strategy=[overall])
    names = TerraformVariable(stack, "phase_names", type="list(string)")
    each_name = TerraformIterator.from_list(names.list_value)
    Lifecycle(stack, "dyn", name="Dynamic", phase=each_name.dynamic({"name": each_name.value}))
    MachinePolicy(
        stack,
        "policy",
        name="Policy",
        machine_cleanup_policy=MachinePolicyMachineCleanupPolicy(delete_machines_behavior="DoNotDelete"),
        machine_health_check_policy=MachinePolicyMachineHealthCheckPolicy(
            bash_health_check_policy=MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy(
                run_type="Inline"
            ),
            powershell_health_check_policy=MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy(
                run_type="Inline"
            ),
        ),
    )
    ProcessStep(
        stack,
        "step",
        name="Run a script",
        process_id="${octopusdeploy_process.p.id}",
        type="Octopus.Script",
        properties={"Octopus.Action.Script.ScriptBody": "echo hi"},
        container=ProcessStepContainer(image="ubuntu"),
        packages={"tools": ProcessStepPackages(package_id="tools")},
        is_required=True,
    )
    DataOctopusdeployEnvironments(stack, "envs", partial_name="Dev", take=1)


def _docker_and_random_resources(stack: TerraformStack) -> None:
    docker = DockerProvider(stack, "docker", alias="local")
    image = Image(
        stack,
        "img",
        name="nginx",
        build_attribute=ImageBuild(context="."),
        timeouts=ImageTimeouts(create="5m"),
    )
    network = Network(stack, "net", name="estate")
    replicas = TerraformVariable(stack, "replicas", type="number")
    Container(
        stack,
        "web",
        name="web",
        image=image.image_id,
        ports=[ContainerPorts(internal=80, external=8080)],
        capabilities=ContainerCapabilities(add=["NET_ADMIN"]),
        count=TerraformCount.of(replicas.number_value),
        depends_on=[network],
        provider=docker,
        lifecycle=TerraformResourceLifecycle(ignore_changes=["env"]),
        provisioners=[LocalExecProvisioner(type="local-exec", command="true")],
    )
    each_network = TerraformIterator.from_map({"a": "front", "b": "back"})
    Network(stack, "nets", for_each=each_network, name=Token.as_string(each_network.value))
    DataDockerNetwork(stack, "bridge", name="bridge")
    RandomProvider(stack, "random")
    Pet(stack, "pet", length=2)


@pytest.fixture(scope="module")
def schemas() -> ProviderSchemas:
    return load_project_schemas()


@pytest.fixture(scope="module")
def synthesized() -> Doc:
    stack = TerraformStack(cdktf.Testing.app(), "conformance-sample")
    _octopus_resources(stack)
    _docker_and_random_resources(stack)
    return json.loads(cdktf.Testing.synth(stack))


@pytest.fixture
def doc(synthesized: Doc) -> Doc:
    return copy.deepcopy(synthesized)


def _at(doc: Doc, *keys: str | int) -> Any:
    node: Any = doc
    for key in keys:
        node = node[key]
    return node


def _only(violations: list[Violation]) -> Violation:
    assert len(violations) == 1, format_violations(violations)
    return violations[0]


def test_project_schemas_load_both_providers(schemas: ProviderSchemas) -> None:
    octopus = schemas.find("OctopusDeploy/octopusdeploy")
    docker = schemas.find("kreuzwerker/docker")
    assert octopus is not None and octopus.version == "1.17.0"
    assert docker is not None and docker.version == "3.6.2"
    assert "octopusdeploy_lifecycle" in octopus.resources
    assert "docker_network" in docker.data_sources


def test_cdktf_writes_list_blocks_as_arrays_and_single_or_max_one_blocks_as_objects(synthesized: Doc) -> None:
    assert isinstance(_at(synthesized, *LIFECYCLE, "phase"), list)
    assert isinstance(_at(synthesized, *MACHINE_POLICY, "machine_cleanup_policy"), dict)
    assert isinstance(_at(synthesized, "resource", "docker_image", "img", "timeouts"), dict)
    assert isinstance(_at(synthesized, "resource", "docker_container", "web", "capabilities"), dict)
    assert isinstance(_at(synthesized, *PROCESS_STEP, "packages", "tools"), dict)
    assert set(_at(synthesized, "resource", "octopusdeploy_lifecycle", "dyn", "dynamic", "phase")) == {
        "content",
        "for_each",
        "iterator",
    }


def test_synthesized_sample_conforms(synthesized: Doc, schemas: ProviderSchemas) -> None:
    violations = check_synthesized(synthesized, schemas)
    assert violations == [], format_violations(violations)


Mutation = Callable[[Doc], None]


def _set(*keys: str | int, value: Any) -> Mutation:
    def mutate(doc: Doc) -> None:
        _at(doc, *keys[:-1])[keys[-1]] = value

    return mutate


def _delete(*keys: str | int) -> Mutation:
    def mutate(doc: Doc) -> None:
        del _at(doc, *keys[:-1])[keys[-1]]

    return mutate


ENVIRONMENT = ("resource", "octopusdeploy_environment", "dev")
DYNAMIC = ("resource", "octopusdeploy_lifecycle", "dyn", "dynamic")
RETENTION = (*LIFECYCLE, "release_retention_with_strategy", 0)
ENV = "resource.octopusdeploy_environment.dev"
LC = "resource.octopusdeploy_lifecycle.simple"
MP = "resource.octopusdeploy_machine_policy.policy"
PS = "resource.octopusdeploy_process_step.step"
DYN = "resource.octopusdeploy_lifecycle.dyn.dynamic"
TWO: list[Doc] = [{}, {}]
CASES = [
    pytest.param(
        _set(*ENVIRONMENT, "colour", value="blue"), "unknown-name", f"{ENV}.colour", id="unknown attribute"
    ),
    pytest.param(_delete(*ENVIRONMENT, "name"), "missing-required", f"{ENV}.name", id="missing required"),
    pytest.param(
        _set(*ENVIRONMENT, "name", value=None), "missing-required", f"{ENV}.name", id="required null"
    ),
    pytest.param(
        _set(*ENVIRONMENT, "id", value="Environments-1"), "computed-only", f"{ENV}.id", id="computed-only set"
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 0, "foo", value=1),
        "unknown-name",
        f"{LC}.phase[0].foo",
        id="unknown nested block attribute",
    ),
    pytest.param(
        _delete(*LIFECYCLE, "phase", 1, "name"),
        "missing-required",
        f"{LC}.phase[1].name",
        id="missing in nested block",
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 1, "is_optional_phase", value="yes"),
        "type",
        f"{LC}.phase[1].is_optional_phase",
        id="string for bool",
    ),
    pytest.param(
        _set(*RETENTION, "quantity_to_keep", value="3"),
        "type",
        f"{LC}.release_retention_with_strategy[0].quantity_to_keep",
        id="string for number",
    ),
    pytest.param(
        _set(*RETENTION, "quantity_to_keep", value=True),
        "type",
        f"{LC}.release_retention_with_strategy[0].quantity_to_keep",
        id="bool for number",
    ),
    pytest.param(
        _set(*ENVIRONMENT, "name", value=["Development"]), "type", f"{ENV}.name", id="list for string"
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 0, "automatic_deployment_targets", value=["ok", 5]),
        "type",
        f"{LC}.phase[0].automatic_deployment_targets[1]",
        id="wrong list element",
    ),
    pytest.param(
        _set(*PROCESS_STEP, "properties", value={"a": 1}),
        "type",
        f'{PS}.properties["a"]',
        id="wrong map value",
    ),
    pytest.param(
        _set(*MACHINE_POLICY, "machine_cleanup_policy", value=TWO),
        "item-count",
        f"{MP}.machine_cleanup_policy",
        id="two in max_items=1 set block",
    ),
    pytest.param(
        _set("resource", "docker_container", "web", "capabilities", value=TWO),
        "item-count",
        "resource.docker_container.web.capabilities",
        id="two in docker max_items=1 block",
    ),
    pytest.param(
        _set("resource", "docker_image", "img", "timeouts", value=TWO),
        "item-count",
        "resource.docker_image.img.timeouts",
        id="two in single block",
    ),
    pytest.param(
        _delete(*MACHINE_POLICY, "machine_health_check_policy", "bash_health_check_policy"),
        "item-count",
        f"{MP}.machine_health_check_policy.bash_health_check_policy",
        id="min_items=1 block missing",
    ),
    pytest.param(
        _set(*MACHINE_POLICY, "machine_cleanup_policy", "foo", value="x"),
        "unknown-name",
        f"{MP}.machine_cleanup_policy.foo",
        id="unknown name in max_items=1 block",
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", value="${var.phases}"), "nesting", f"{LC}.phase", id="block as expression"
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 1, value="Prod"), "nesting", f"{LC}.phase[1]", id="block item as string"
    ),
    pytest.param(
        _set(*PROCESS_STEP, "container", "registry", value="x"),
        "unknown-name",
        f"{PS}.container.registry",
        id="unknown nested attribute key",
    ),
    pytest.param(
        _set(*PROCESS_STEP, "container", value=[{"image": "x"}]),
        "type",
        f"{PS}.container",
        id="single nested attribute as list",
    ),
    pytest.param(
        _delete(*PROCESS_STEP, "packages", "tools", "package_id"),
        "missing-required",
        f'{PS}.packages["tools"].package_id',
        id="missing in map nested attribute",
    ),
    pytest.param(
        _set(*PROCESS_STEP, "packages", "tools", "id", value="x"),
        "computed-only",
        f'{PS}.packages["tools"].id',
        id="computed-only in map nested attribute",
    ),
    pytest.param(
        _set("data", "octopusdeploy_environments", "envs", "environments", value=[]),
        "computed-only",
        "data.octopusdeploy_environments.envs.environments",
        id="data source result set",
    ),
    pytest.param(
        _set("data", "docker_network", "bridge", "provisioner", value=[]),
        "unknown-name",
        "data.docker_network.bridge.provisioner",
        id="provisioner on data source",
    ),
    pytest.param(
        _set("resource", "octopusdeploy_deployment_process", value={"p": {}}),
        "unknown-type",
        "resource.octopusdeploy_deployment_process.p",
        id="unknown resource type",
    ),
    pytest.param(
        _set("data", "octopusdeploy_environment", value={"e": {}}),
        "unknown-type",
        "data.octopusdeploy_environment.e",
        id="unknown data source type",
    ),
    pytest.param(
        _set(*DYNAMIC, "stage", value={"for_each": "${var.x}"}),
        "unknown-name",
        f"{DYN}.stage",
        id="dynamic of unknown block",
    ),
    pytest.param(
        _set(*DYNAMIC, "phase", "content", "foo", value="x"),
        "unknown-name",
        f"{DYN}.phase.content.foo",
        id="unknown name in dynamic content",
    ),
    pytest.param(
        _delete(*DYNAMIC, "phase", "for_each"),
        "missing-required",
        f"{DYN}.phase.for_each",
        id="dynamic without for_each",
    ),
    pytest.param(
        _set("resource", "docker_container", "web", "lifecycle", "ignore_changes", value=["env", "enviro"]),
        "unknown-name",
        "resource.docker_container.web.lifecycle.ignore_changes[1]",
        id="ignore_changes names an unknown argument",
    ),
    pytest.param(
        _set("resource", "docker_container", "web", "lifecycle", "prevent_destruction", value=True),
        "unknown-name",
        "resource.docker_container.web.lifecycle.prevent_destruction",
        id="unknown lifecycle argument",
    ),
    pytest.param(
        _set("data", "docker_network", "bridge", "lifecycle", value={"create_before_destroy": True}),
        "unknown-name",
        "data.docker_network.bridge.lifecycle.create_before_destroy",
        id="resource lifecycle argument on data source",
    ),
    pytest.param(
        _set("provider", "octopusdeploy", 0, "space", value="Default"),
        "unknown-name",
        "provider.octopusdeploy[0].space",
        id="unknown provider argument",
    ),
    pytest.param(
        _set("terraform", "required_providers", "octopusdeploy", "version", value="1.16.0"),
        "provider-version",
        "terraform.required_providers.octopusdeploy.version",
        id="provider version differs",
    ),
]


@pytest.mark.parametrize(("mutate", "kind", "path"), CASES)
def test_each_violation_is_reported_once(
    doc: Doc, schemas: ProviderSchemas, mutate: Mutation, kind: str, path: str
) -> None:
    mutate(doc)
    violation = _only(check_synthesized(doc, schemas))
    assert (violation.kind, violation.path) == (kind, path), str(violation)


ACCEPTED = [
    pytest.param(
        _set(*LIFECYCLE, "phase", 1, "is_optional_phase", value="${var.optional}"), id="expression for bool"
    ),
    pytest.param(_set(*RETENTION, "quantity_to_keep", value="${var.n}"), id="expression for number"),
    pytest.param(
        _set(*LIFECYCLE, "phase", 0, "automatic_deployment_targets", value="${var.t}"),
        id="expression for list",
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 0, "automatic_deployment_targets", value=["${var.t}"]),
        id="expression in list",
    ),
    pytest.param(_set(*PROCESS_STEP, "properties", value="${var.properties}"), id="expression for map"),
    pytest.param(
        _set(*PROCESS_STEP, "container", value="${var.container}"), id="expression for nested attribute"
    ),
    pytest.param(_set(*LIFECYCLE, "phase", value={"name": "Only"}), id="list block as one object"),
    pytest.param(
        _set(*MACHINE_POLICY, "machine_cleanup_policy", value=[{}]), id="max_items=1 block as one-item array"
    ),
    pytest.param(_set(*ENVIRONMENT, "description", value=None), id="null optional attribute"),
    pytest.param(_set(*ENVIRONMENT, "id", value=None), id="null computed-only attribute"),
    pytest.param(_set(*RETENTION, "quantity_to_keep", value=2.5), id="float for number"),
    pytest.param(_set("resource", "random_pet", "pet", "colour", value=1), id="provider schema not loaded"),
    pytest.param(_set(*ENVIRONMENT, "//", value={"metadata": {"path": "x"}}), id="cdktf metadata comment"),
    pytest.param(
        _set("resource", "docker_container", "web", "lifecycle", "ignore_changes", value="all"),
        id="ignore_changes all",
    ),
    pytest.param(
        _set(
            "resource", "docker_container", "web", "lifecycle", "ignore_changes", value=["ports[0].external"]
        ),
        id="ignore_changes with a nested path",
    ),
]


@pytest.mark.parametrize("mutate", ACCEPTED)
def test_valid_variations_are_accepted(doc: Doc, schemas: ProviderSchemas, mutate: Mutation) -> None:
    mutate(doc)
    violations = check_synthesized(doc, schemas)
    assert violations == [], format_violations(violations)


def test_provider_is_found_by_type_prefix_without_required_providers(schemas: ProviderSchemas) -> None:
    doc = {"resource": {"docker_network": {"n": {"nam": "x"}}}}
    paths = {v.path: v.kind for v in check_synthesized(doc, schemas)}
    assert paths == {
        "resource.docker_network.n.nam": "unknown-name",
        "resource.docker_network.n.name": "missing-required",
    }


def test_provider_meta_argument_selects_the_provider(schemas: ProviderSchemas) -> None:
    doc = {
        "terraform": {"required_providers": {"dk": {"source": "kreuzwerker/docker"}}},
        "resource": {"dk_network": {"n": {"provider": "dk.local"}}},
    }
    violation = _only(check_synthesized(doc, schemas))
    assert (violation.kind, violation.path) == ("unknown-type", "resource.dk_network.n")


TOY_SCHEMA = {
    "format_version": "1.0",
    "provider_versions": {"registry.terraform.io/example/toy": "0.1.0"},
    "provider_schemas": {
        "registry.terraform.io/example/toy": {
            "provider": {"version": 0, "block": {"attributes": {}}},
            "resource_schemas": {
                "toy_thing": {
                    "version": 0,
                    "block": {
                        "attributes": {
                            "name": {"type": "string", "required": True},
                            "tags": {"type": ["set", "string"], "optional": True},
                            "meta": {
                                "type": ["object", {"a": "string", "b": "number"}, ["b"]],
                                "optional": True,
                            },
                            "pair": {"type": ["tuple", ["string", "bool"]], "optional": True},
                            "anything": {"type": "dynamic", "optional": True},
                            "scores": {"type": ["map", ["list", "number"]], "optional": True},
                        },
                        "block_types": {
                            "rule": {
                                "nesting_mode": "list",
                                "min_items": 1,
                                "max_items": 2,
                                "block": {"attributes": {"port": {"type": "number", "required": True}}},
                            },
                            "listener": {
                                "nesting_mode": "map",
                                "block": {"attributes": {"enabled": {"type": "bool", "optional": True}}},
                            },
                        },
                    },
                }
            },
            "data_source_schemas": {},
        }
    },
}


@pytest.fixture(scope="module")
def toy_schemas(tmp_path_factory: pytest.TempPathFactory) -> ProviderSchemas:
    path = tmp_path_factory.mktemp("schemas") / "toy.json"
    path.write_text(json.dumps(TOY_SCHEMA), encoding="utf-8")
    return load_provider_schemas(path)


def _toy_doc(**thing: Any) -> Doc:
    body = {"name": "t", "rule": [{"port": 80}], **thing}
    return {
        "terraform": {"required_providers": {"toy": {"source": "example/toy", "version": "0.1.0"}}},
        "resource": {"toy_thing": {"t": body}},
    }


T = "resource.toy_thing.t"
VALID_TOY = {
    "meta": {"a": "x"},
    "pair": ["x", True],
    "anything": [1, {"b": None}],
    "scores": {"k": [1, 2.5]},
    "listener": {"http": {"enabled": True}},
}
DYNAMIC_RULE = {"rule": {"for_each": "${var.r}", "content": {"port": "${rule.value}"}}}
TOY_CASES = [
    pytest.param(VALID_TOY, set(), id="valid"),
    pytest.param({"meta": {"b": 1}}, {("missing-required", f"{T}.meta.a")}, id="object attribute missing"),
    pytest.param(
        {"meta": {"a": "x", "c": 1}}, {("unknown-name", f"{T}.meta.c")}, id="object attribute unknown"
    ),
    pytest.param({"meta": {"a": "x", "b": "1"}}, {("type", f"{T}.meta.b")}, id="object attribute type"),
    pytest.param({"pair": ["x"]}, {("type", f"{T}.pair")}, id="tuple too short"),
    pytest.param({"pair": ["x", "true"]}, {("type", f"{T}.pair[1]")}, id="tuple element type"),
    pytest.param({"tags": ["a", None]}, {("type", f"{T}.tags[1]")}, id="null in a set"),
    pytest.param({"scores": {"k": [1, "2"]}}, {("type", f'{T}.scores["k"][1]')}, id="map of lists element"),
    pytest.param({"rule": []}, {("item-count", f"{T}.rule")}, id="min_items with empty list"),
    pytest.param({"rule": [{"port": 1}] * 3}, {("item-count", f"{T}.rule")}, id="max_items exceeded"),
    pytest.param({"rule": None}, {("item-count", f"{T}.rule")}, id="required block missing"),
    pytest.param({"rule": None, "dynamic": DYNAMIC_RULE}, set(), id="required block generated by dynamic"),
    pytest.param(
        {"listener": {"http": {"enabled": "yes"}}},
        {("type", f'{T}.listener["http"].enabled')},
        id="map block body",
    ),
    pytest.param({"listener": ["http"]}, {("nesting", f"{T}.listener")}, id="map block not an object"),
    pytest.param(
        {"rule": None, "dynamic": {"rule": {"for_each": "${var.r}"}}},
        {("missing-required", f"{T}.dynamic.rule.content")},
        id="dynamic without content",
    ),
    pytest.param(
        {"dynamic": {"tags": {"for_each": "${x}"}}},
        {("unknown-name", f"{T}.dynamic.tags")},
        id="dynamic attribute",
    ),
]


@pytest.mark.parametrize(("thing", "expected"), TOY_CASES)
def test_value_types_and_block_counts(
    toy_schemas: ProviderSchemas, thing: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    violations = check_synthesized(_toy_doc(**thing), toy_schemas)
    assert {(v.kind, v.path) for v in violations} == expected, format_violations(violations)
    assert len(violations) == len(expected)


def test_loader_rejects_files_without_provider_schemas(tmp_path: Path) -> None:
    path = tmp_path / "not-a-schema.json"
    path.write_text(json.dumps({"resource": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="provider_schemas"):
        load_provider_schemas(path)


def test_loader_rejects_the_same_provider_twice(tmp_path: Path) -> None:
    path = tmp_path / "toy.json"
    path.write_text(json.dumps(TOY_SCHEMA), encoding="utf-8")
    with pytest.raises(ValueError, match="already loaded"):
        load_provider_schemas(path, path)


def test_source_addresses_are_normalized() -> None:
    assert (
        normalize_source("OctopusDeploy/octopusdeploy") == "registry.terraform.io/octopusdeploy/octopusdeploy"
    )
    assert normalize_source("random") == "registry.terraform.io/hashicorp/random"


def test_violations_read_as_one_line_each() -> None:
    violations = [
        Violation("resource.a.b.c", "unknown-name", "'c' is not an attribute"),
        Violation("resource.a.b.d", "type", "expected string, got number 1"),
    ]
    assert str(violations[0]) == "resource.a.b.c: 'c' is not an attribute [unknown-name]"
    text = format_violations(violations)
    assert text.splitlines() == [
        "2 provider schema violation(s):",
        "  - resource.a.b.c: 'c' is not an attribute [unknown-name]",
        "  - resource.a.b.d: expected string, got number 1 [type]",
    ]
    assert format_violations([]) == "no provider schema violations"
