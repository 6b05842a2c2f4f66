"""The OCL committed to the config-as-code projects' repositories: it parses (with the test's own parser),
has the layout Octopus reads, and says what the database-backed data says, step by step and property by
property; the variable check passes on the processes read back from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest
from cdktf import DefaultTokenResolver, StringConcat, TerraformStack, Testing, Token, Tokenization

from octopus_patterns.catalogue.template_projects.cac_content import cac_project_content
from octopus_patterns.catalogue.template_projects.cac_repository import (
    CAC_BASE_PATH,
    cac_files,
    content_sha256,
    repository_files,
    slug_references,
)
from octopus_patterns.catalogue.template_projects.naming import repository_for
from octopus_patterns.catalogue.template_projects.projects import TemplateProjects
from octopus_patterns.octopus.ocl_files import SCHEMA_VERSION, OclReference
from octopus_patterns.octopus.process import (
    CONDITION_EXPRESSION,
    RESERVED_PROPERTIES,
    PackageReference,
    StepSpec,
)
from octopus_patterns.octopus.runbook import RunbookSpec
from tests.conftest import SynthesizedApp
from tests.support.ocl_parser import OclBlock, parse
from tests.support.octopus_variables import Variable, check_process_data, format_unresolved, step_from_spec
from tests.test_template_projects import CAC_PROJECTS, GITEA, build_stack

OCTOPUS_FILES = {"deployment_process.ocl", "deployment_settings.ocl", "variables.ocl", "schema_version.ocl"}
Resolve = Callable[[str], str]


@pytest.fixture(scope="module")
def files() -> dict[str, dict[str, str]]:
    return repository_files(GITEA, azure_account=True)


@pytest.fixture(scope="module")
def database_side() -> tuple[TemplateProjects, Resolve]:
    """The template projects as synthesized, and a function naming each shared object's ID by its slug."""
    stack = TerraformStack(Testing.app(), "cac_ocl_test")
    template_projects, _, _ = build_stack(stack)
    references, slugs = template_projects.cac_references, slug_references(azure_account=True)
    assert references is not None

    def expression(value: str) -> str:
        if not Token.is_unresolved(value):
            return value
        return str(Tokenization.resolve(value, scope=stack, resolver=DefaultTokenResolver(StringConcat())))

    by_expression = {
        expression(getattr(references, f.name).id): getattr(slugs, f.name).id for f in fields(references)
    }
    assert len(by_expression) == 7  # seven distinct objects: a wrong reference cannot hide behind another
    return template_projects, lambda value: by_expression.get(expression(value), expression(value))


def _ocl(files: dict[str, dict[str, str]], project: str, path: str) -> OclBlock:
    return parse(files[repository_for(project)][f"{CAC_BASE_PATH}/{path}"])


# --- layout --------------------------------------------------------------------------------------------


def test_every_file_parses_and_is_where_octopus_reads_it(files: dict[str, dict[str, str]]) -> None:
    assert set(files) == {"hello_world_cac", "azure_web_app_cac"}
    for repository, by_path in files.items():
        names = {path.removeprefix(f"{CAC_BASE_PATH}/") for path in by_path}
        assert names >= OCTOPUS_FILES, repository
        assert all(name in OCTOPUS_FILES or name.startswith("runbooks/") for name in names)
        for path, text in by_path.items():
            parse(text)  # raises on anything that is not OCL
            assert text.endswith("\n") and "\r" not in text, path
        version = parse(by_path[f"{CAC_BASE_PATH}/schema_version.ocl"]).attributes
        assert version == {"version": SCHEMA_VERSION}


def test_the_base_path_is_the_projects_git_persistence_base_path(estate: SynthesizedApp) -> None:
    projects = estate.stacks["management"]["resource"]["octopusdeploy_project"].values()
    base_paths = {
        p["name"]: p["git_library_persistence_settings"][0]["base_path"]
        for p in projects
        if p.get("git_library_persistence_settings")
    }
    assert base_paths == dict.fromkeys(CAC_PROJECTS, CAC_BASE_PATH)


def test_files_are_deterministic_and_hashed_with_their_paths(files: dict[str, dict[str, str]]) -> None:
    assert repository_files(GITEA, azure_account=True) == files
    assert content_sha256(files) == content_sha256(repository_files(GITEA, azure_account=True))
    moved = {repo: {path + "x": text for path, text in by_path.items()} for repo, by_path in files.items()}
    assert content_sha256(moved) != content_sha256(files)


def test_without_an_azure_account_nothing_refers_to_one() -> None:
    without = repository_files(GITEA, azure_account=False)["azure_web_app_cac"]
    assert not any('"azure"' in text for text in without.values())
    steps = [
        b.attributes["name"] for b in parse(without[f"{CAC_BASE_PATH}/deployment_process.ocl"]).all("step")
    ]
    assert steps == ["Deploy Web App", "End-to-end Test with Cypress", "Check for Vulnerabilities"]
    assert f"{CAC_BASE_PATH}/runbooks/delete-web-app.ocl" not in without


# --- the same as the database-backed data ----------------------------------------------------------------


def _database_step(spec: StepSpec, resolve: Resolve) -> dict[str, Any]:
    """A step as the provider would send it for a database-backed process (resource_process_step.go)."""
    properties = {key: resolve(value) for key, value in spec.execution_properties.items()}
    if spec.primary_package is not None:
        package = spec.primary_package
        properties["Octopus.Action.Package.FeedId"] = resolve(package.feed.id)
        properties["Octopus.Action.Package.PackageId"] = package.package_id
        on_target = package.acquisition_location == "ExecutionTarget"
        properties["Octopus.Action.Package.DownloadOnTentacle"] = "True" if on_target else "False"
    packages = {"": spec.primary_package} if spec.primary_package else {}
    return {
        "name": spec.name,
        "condition": spec.condition,
        "step_properties": spec.step_properties,
        "action_type": spec.action_type,
        "is_required": spec.is_required,
        "excluded_environments": [resolve(env.id) for env in spec.excluded_environments],
        "properties": properties,
        "packages": {
            name: (ref.package_id, resolve(ref.feed.id), ref.acquisition_location, dict(ref.properties))
            for name, ref in {**packages, **spec.packages}.items()
        },
    }


def _ocl_step(step: OclBlock) -> dict[str, Any]:
    action = step.only("action")
    packages = {}
    for block in action.all("packages"):
        properties = dict(block.attributes.get("properties", {}))
        assert properties.pop("SelectionMode") == "immediate"
        name = block.labels[0] if block.labels else ""
        attrs = block.attributes
        packages[name] = (attrs["package_id"], attrs["feed"], attrs["acquisition_location"], properties)
    return {
        "name": step.attributes["name"],
        "condition": step.attributes.get("condition", "Success"),
        "step_properties": step.attributes.get("properties", {}),
        "action_type": action.attributes["action_type"],
        "is_required": action.attributes.get("is_required", False),
        "excluded_environments": action.attributes.get("excluded_environments", []),
        "properties": action.attributes["properties"],
        "packages": packages,
    }


@pytest.mark.parametrize("project", CAC_PROJECTS)
def test_deployment_process_is_the_database_backed_steps(
    project: str, files: dict[str, dict[str, str]], database_side: tuple[TemplateProjects, Resolve]
) -> None:
    template_projects, resolve = database_side
    from_ocl = [_ocl_step(step) for step in _ocl(files, project, "deployment_process.ocl").all("step")]
    expected = [_database_step(spec, resolve) for spec in template_projects.version_controlled_steps[project]]
    assert from_ocl == expected
    assert [step["name"] for step in from_ocl]  # not vacuous


def _runbook_settings(spec: RunbookSpec, resolve: Resolve) -> dict[str, Any]:
    retention = {"type": "Default"} if spec.runs_to_keep is None else {"type": "Count"}
    return {
        "name": spec.name,
        "description": spec.description,
        "environment_scope": "Specified" if spec.environments else "All",
        "environments": [resolve(env.id) for env in spec.environments],
        "multi_tenancy_mode": spec.multi_tenancy_mode,
        "connectivity": (
            spec.connectivity.allow_deployments_to_no_targets,
            spec.connectivity.exclude_unhealthy_targets,
            spec.connectivity.skip_machine_behavior,
        ),
        "retention": retention,
    }


def _ocl_runbook_settings(document: OclBlock) -> dict[str, Any]:
    attrs, policy = document.attributes, document.only("connectivity_policy").attributes
    return {
        "name": attrs["name"],
        "description": attrs["description"],
        "environment_scope": attrs["environment_scope"],
        "environments": attrs.get("environments", []),
        "multi_tenancy_mode": attrs["multi_tenancy_mode"],
        "connectivity": (
            policy["allow_deployments_to_no_targets"],
            policy["exclude_unhealthy_targets"],
            policy["skip_machine_behavior"],
        ),
        "retention": document.only("run_retention_policy").attributes,
    }


@pytest.mark.parametrize("project", CAC_PROJECTS)
def test_runbooks_are_the_database_backed_runbooks(
    project: str, files: dict[str, dict[str, str]], database_side: tuple[TemplateProjects, Resolve]
) -> None:
    template_projects, resolve = database_side
    repository = files[repository_for(project)]
    documents = {
        parse(text).attributes["name"]: parse(text)
        for path, text in repository.items()
        if path.startswith(f"{CAC_BASE_PATH}/runbooks/")
    }
    specs = {spec.name: spec for spec in template_projects.version_controlled_runbooks[project]}
    assert set(documents) == set(specs) == set(template_projects.version_controlled_runbook_steps[project])
    assert len(specs) == {"Hello World CaC": 5, "Azure Web App CaC": 9}[project]
    for name, spec in specs.items():
        document = documents[name]
        assert _ocl_runbook_settings(document) == _runbook_settings(spec, resolve), name
        steps = [_ocl_step(step) for step in document.only("process").all("step")]
        assert steps == [_database_step(step, resolve) for step in spec.steps], name


@pytest.mark.parametrize("project", CAC_PROJECTS)
def test_variables_are_the_database_backed_variables(
    project: str, files: dict[str, dict[str, str]], database_side: tuple[TemplateProjects, Resolve]
) -> None:
    template_projects, resolve = database_side
    document = _ocl(files, project, "variables.ocl")
    from_ocl = []
    for block in document.all("variable"):
        (value,) = block.all("value")
        description = value.attributes.get("description", "")
        from_ocl.append(
            (block.labels[0], block.attributes.get("type", "String"), value.labels[0], description)
        )
    specs = template_projects.version_controlled_variables.get(project, ())
    assert from_ocl == [(s.name, s.type, resolve(s.value), s.description) for s in specs]


# --- read back, the steps are the catalogue's and pass the variable check -------------------------------


def _package_from_ocl(block: OclBlock) -> PackageReference:
    properties = {k: v for k, v in block.attributes.get("properties", {}).items() if k != "SelectionMode"}
    return PackageReference(
        block.attributes["package_id"],
        OclReference(block.attributes["feed"]),
        block.attributes["acquisition_location"],
        properties,
    )


def spec_from_ocl(step: OclBlock) -> StepSpec:
    """The catalogue's `StepSpec` that an OCL step block says."""
    action = step.only("action")
    properties = dict(action.attributes["properties"])
    run_on_server = properties.pop("Octopus.Action.RunOnServer") == "true"
    for key in RESERVED_PROPERTIES:
        properties.pop(key, None)
    step_properties = step.attributes.get("properties", {})
    roles = step_properties.get("Octopus.Action.TargetRoles")
    packages = action.all("packages")
    return StepSpec(
        name=step.attributes["name"],
        action_type=action.attributes["action_type"],
        properties=properties,
        target_roles=tuple(roles.split(",")) if roles else (),
        run_on_server=run_on_server,
        is_required=action.attributes.get("is_required", False),
        condition=step.attributes.get("condition", "Success"),
        primary_package=next((_package_from_ocl(b) for b in packages if not b.labels), None),
        packages={b.labels[0]: _package_from_ocl(b) for b in packages if b.labels},
        excluded_environments=tuple(
            OclReference(s) for s in action.attributes.get("excluded_environments", [])
        ),
        condition_expression=step_properties.get(CONDITION_EXPRESSION),
    )


def _processes(repository: dict[str, str]) -> dict[str | None, tuple[OclBlock, list[OclBlock]]]:
    """Runbook name (None: the deployment process) -> (its document, its step blocks)."""
    deployment = parse(repository[f"{CAC_BASE_PATH}/deployment_process.ocl"])
    processes: dict[str | None, tuple[OclBlock, list[OclBlock]]] = {
        None: (deployment, deployment.all("step"))
    }
    for path, text in repository.items():
        if path.startswith(f"{CAC_BASE_PATH}/runbooks/"):
            document = parse(text)
            processes[document.attributes["name"]] = (document, document.only("process").all("step"))
    return processes


@pytest.mark.parametrize("project", CAC_PROJECTS)
def test_steps_read_back_are_the_catalogues_steps(project: str, files: dict[str, dict[str, str]]) -> None:
    content = cac_project_content(project, slug_references(azure_account=True), GITEA)
    processes = _processes(files[repository_for(project)])
    expected: dict[str | None, tuple[StepSpec, ...]] = {None: content.steps}
    expected.update(content.runbook_steps())
    assert {
        name: tuple(spec_from_ocl(s) for s in steps) for name, (_, steps) in processes.items()
    } == expected


def _ocl_variables(repository: dict[str, str]) -> list[Variable]:
    return [
        Variable(block.labels[0], "variables.ocl", block.attributes.get("type", "String"))
        for block in parse(repository[f"{CAC_BASE_PATH}/variables.ocl"]).all("variable")
    ]


@pytest.mark.parametrize("project", CAC_PROJECTS)
def test_processes_read_back_pass_the_variable_check(
    project: str, files: dict[str, dict[str, str]], estate: SynthesizedApp
) -> None:
    """Against the synthesized project (its sets and connected tenants), with the variables of its
    variables.ocl and each runbook's tenancy as its OCL says."""
    repository = files[repository_for(project)]
    variables = _ocl_variables(repository)
    checked = 0
    for runbook, (document, steps) in _processes(repository).items():
        tenanted = None if runbook is None else document.attributes["multi_tenancy_mode"] != "Untenanted"
        data = [step_from_spec(spec_from_ocl(step)) for step in steps]
        found = check_process_data(
            estate.stacks, project, data, runbook=runbook, tenanted=tenanted, variables=variables
        )
        assert found == [], format_unresolved(found)
        checked += sum(len(step.texts) for step in data)
    assert checked > 10


def test_a_process_file_only_the_check_can_fault_is_caught(
    files: dict[str, dict[str, str]], estate: SynthesizedApp
) -> None:
    """The check above can fail: the same deployment process with a misspelt variable is reported."""
    repository = files["azure_web_app_cac"]
    text = repository[f"{CAC_BASE_PATH}/deployment_process.ocl"]
    broken = parse(text.replace("#{Azure.WebApp.PackageId}", "#{Azure.WebApp.PackageIdd}"))
    data = [step_from_spec(spec_from_ocl(step)) for step in broken.all("step")]
    found = check_process_data(estate.stacks, "Azure Web App CaC", data, variables=_ocl_variables(repository))
    assert {u.name for u in found} == {"Azure.WebApp.PackageIdd"}


def test_hello_world_cac_files_name_only_what_management_creates() -> None:
    """Every slug the OCL refers to is one of the management space's objects by name."""
    refs = slug_references(azure_account=True)
    slugs = {getattr(refs, f.name).id for f in fields(refs)}
    assert slugs == {
        "sync",
        "production",
        "security",
        "octopus-server-built-in",
        "docker",
        "sales-maven-feed",
        "azure",
    }
    text = "".join(cac_files("Hello World CaC", GITEA, azure_account=True).values())
    assert "sales-maven-feed" not in text and "Feeds-" not in text and "Environments-" not in text
