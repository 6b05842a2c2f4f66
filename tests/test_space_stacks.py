"""Development, Test\\Production and regional space stacks: what they hold, what they read across stacks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from cdktf import Testing

from octopus_patterns.bindings.octopusdeploy.environment import Environment
from octopus_patterns.bindings.octopusdeploy.lifecycle import Lifecycle
from octopus_patterns.bindings.octopusdeploy.project import Project
from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.managed_spaces import DEVELOPMENT, ManagedSpaceContentsProps, SpaceBlueprint
from octopus_patterns.config import load_config
from octopus_patterns.octopus.environment import EnvironmentSpec
from tests.conftest import SynthesizedApp, project_config, synthesize

_REMOTE = "data.terraform_remote_state.cross-stack-reference-input-{producer}.outputs.{output}"


def _reads(expression: str, producer: str, source: str) -> bool:
    """`expression` reads `producer`'s cross-stack output of `source` (e.g. `octopusdeploy_space.x`)."""
    pattern = _REMOTE.format(
        producer=producer, output=r"cross-stack-output-" + re.escape(source.replace(".", ""))
    )
    return re.search(r"^\$\{(sensitive\()*" + pattern, expression) is not None


def _one(stack: dict[str, Any], kind: str, **where: Any) -> dict[str, Any]:
    found = [
        b for b in stack["resource"].get(kind, {}).values() if all(b.get(k) == v for k, v in where.items())
    ]
    assert len(found) == 1, f"{kind} {where}: {len(found)} found"
    return found[0]


def _ref(stack: dict[str, Any], kind: str, attribute: str = "id", **where: Any) -> str:
    name = next(n for n, b in stack["resource"][kind].items() if all(b.get(k) == v for k, v in where.items()))
    return f"${{{kind}.{name}.{attribute}}}"


@pytest.fixture(scope="module")
def development(estate: SynthesizedApp) -> dict[str, Any]:
    return estate.stacks["development"]


def test_every_space_stack_targets_its_space_from_the_management_stack(estate: SynthesizedApp) -> None:
    spaces = {
        "development": "octopusdeploy_space.development_space",
        "test-production": "octopusdeploy_space.test_production_space",
        "region-america": "octopusdeploy_space.region_space_america_space",
        "region-europe": "octopusdeploy_space.region_space_europe_space",
    }
    for stack_id, space in spaces.items():
        space_ids = {
            b["space_id"] for b in estate.stacks[stack_id]["resource"]["octopusdeploy_environment"].values()
        }
        assert len(space_ids) == 1 and _reads(space_ids.pop(), "management", space), stack_id
        assert "Spaces-" not in estate.texts[stack_id]


def test_docker_feed_credentials_come_from_the_management_stack_and_stay_sensitive(
    estate: SynthesizedApp,
) -> None:
    for stack_id in ("development", "test-production", "region-america"):
        feed = _one(estate.stacks[stack_id], "octopusdeploy_docker_container_registry", name="Docker")
        for field in ("username", "password"):
            # Sensitive, and null when the management stack's input is empty (the provider rejects "").
            optional = re.fullmatch(r"\$\{\(length\((.+)\) >= 1\) \? sensitive\(\1\) : null\}", feed[field])
            assert optional, (stack_id, field)
            assert _reads(f"${{{optional.group(1)}}}", "management", f"var.docker_{field}"), (stack_id, field)


def test_development_space_matches_the_reference_spaces_2(estate: SynthesizedApp, development: dict) -> None:
    text = estate.stack_json("development")
    for name in ("Sync", "Development", "Test", "Production", "Security"):
        assert Testing.to_have_resource_with_properties(text, Environment.TF_RESOURCE_TYPE, {"name": name})
    simple = _one(development, Lifecycle.TF_RESOURCE_TYPE, name="Simple")
    assert [p["name"] for p in simple["phase"]] == ["Development"]
    assert simple["phase"][0]["optional_deployment_targets"] == [
        _ref(development, "octopusdeploy_environment", name="Development")
    ]
    assert Testing.to_have_resource_with_properties(
        text,
        Project.TF_RESOURCE_TYPE,
        {
            "name": "Hello World",
            "lifecycle_id": _ref(development, "octopusdeploy_lifecycle", name="Simple"),
            "project_group_id": _ref(development, "octopusdeploy_project_group", name="Hello World"),
        },
    )
    runbooks = {b["name"] for b in development["resource"]["octopusdeploy_runbook"].values()}
    assert runbooks == {"__ 1. Serialize Project", "__ 2. Deploy Project", "__ 4. List Downstream Projects"}


def test_promotion_tenant_carries_the_test_production_space_id(development: dict) -> None:
    tenant = _one(development, "octopusdeploy_tenant", name="Test\\Production")
    assert not tenant.get("tenant_tags")  # the RI's Test\Production tenant has no tags
    tenant_ref = _ref(development, "octopusdeploy_tenant", name="Test\\Production")
    connection = _one(development, "octopusdeploy_tenant_project", tenant_id=tenant_ref)
    assert connection["project_id"] == _ref(development, "octopusdeploy_project", name="Hello World")
    assert connection["environment_ids"] == [_ref(development, "octopusdeploy_environment", name="Sync")]
    values = [
        b
        for b in development["resource"]["octopusdeploy_tenant_common_variable"].values()
        if b["tenant_id"] == tenant_ref
    ]
    assert len(values) == 3
    space_ids = [
        v["value"]
        for v in values
        if _reads(v["value"], "management", "octopusdeploy_space.test_production_space")
    ]
    assert len(space_ids) == 1, "ManagedTenant.Octopus.SpaceId must be the Test\\Production space's real ID"
    assert any(_reads(v["value"], "containers", "terraform_data.octopus_api-ready") for v in values)


def _output(producer: str, source: str, attribute: str) -> str:
    """A pattern for exactly `${<producer's cross-stack output of source.attribute>}`."""
    name = re.escape(source.replace(".", "")) + r"(_[0-9A-F]{8})?" + re.escape(attribute.replace(".", ""))
    return re.escape("${" + _REMOTE.format(producer=producer, output="cross-stack-output-")) + name + r"\}"


_INTERNAL_URL = _output("containers", "terraform_data.octopus_api-ready", "output.internal_url")
_API_KEY = (
    r'\$\{sensitive\("API-' + _output("containers", "random_password.octopus_api-key", "result") + r'"\)\}'
)
_TENANT_TEMPLATES = {ri.MANAGED_TENANT_URL, ri.MANAGED_TENANT_SPACE_ID, ri.MANAGED_TENANT_API_KEY}


def _template_values(stack: dict[str, Any], tenant_ref: str, set_name: str) -> dict[str, str]:
    """Template name -> the value the tenant gives that template of the set (bound by name, not by order)."""
    set_ref = _ref(stack, "octopusdeploy_library_variable_set", name=set_name).removesuffix(".id}")
    template_of = re.compile(re.escape(set_ref) + r'\.template_ids\["([^"]+)"\]\}')
    values: dict[str, str] = {}
    for body in stack["resource"]["octopusdeploy_tenant_common_variable"].values():
        if body["tenant_id"] == tenant_ref and body["library_variable_set_id"] == f"{set_ref}.id}}":
            template = template_of.fullmatch(body["template_id"])
            assert template, body["template_id"]
            values[template.group(1)] = body["value"]
    return values


def test_promotion_tenant_values_are_bound_to_their_templates(development: dict) -> None:
    """Each value goes to its own template: the URL is how the Octopus container reaches itself (the
    readiness wait's internal URL, not the host's), the SpaceId the Test\\Production space's real ID."""
    tenant_ref = _ref(development, "octopusdeploy_tenant", name="Test\\Production")
    values = _template_values(development, tenant_ref, ri.OCTOPUS_SERVER)
    assert values.keys() == _TENANT_TEMPLATES
    assert re.fullmatch(_INTERNAL_URL, values[ri.MANAGED_TENANT_URL]), values[ri.MANAGED_TENANT_URL]
    space = _output("management", "octopusdeploy_space.test_production_space", "id")
    assert re.fullmatch(space, values[ri.MANAGED_TENANT_SPACE_ID]), values[ri.MANAGED_TENANT_SPACE_ID]
    assert re.fullmatch(_API_KEY, values[ri.MANAGED_TENANT_API_KEY])


@pytest.mark.parametrize("region", ["America", "Europe"])
def test_regional_tenant_values_are_bound_to_their_templates(estate: SynthesizedApp, region: str) -> None:
    management = estate.stacks["management"]
    tenant_ref = _ref(management, "octopusdeploy_tenant", name=region)
    values = _template_values(management, tenant_ref, ri.OCTOPUS_SERVER)
    assert values.keys() == _TENANT_TEMPLATES
    assert re.fullmatch(_INTERNAL_URL, values[ri.MANAGED_TENANT_URL]), values[ri.MANAGED_TENANT_URL]
    assert values[ri.MANAGED_TENANT_SPACE_ID] == _ref(management, "octopusdeploy_space", name=region)
    assert re.fullmatch(_API_KEY, values[ri.MANAGED_TENANT_API_KEY])


def test_development_this_instance_set_reaches_the_state_database_like_the_management_space(
    estate: SynthesizedApp, development: dict
) -> None:
    """B2: Hello World's runbooks in Development read ThisInstance.State.*; the set gets the values the
    management space's has, from the containers stack's terraformdb, the password sensitive."""
    this_instance = _ref(development, "octopusdeploy_library_variable_set", name="This Instance")
    owned = {
        b["name"]: b
        for b in development["resource"]["octopusdeploy_variable"].values()
        if b["owner_id"] == this_instance
    }
    management = {
        b["name"]: b
        for b in estate.stacks["management"]["resource"]["octopusdeploy_variable"].values()
        if b["name"].startswith("ThisInstance.State.")
    }
    assert set(management) <= set(owned)
    for name in ("ThisInstance.State.Host", "ThisInstance.State.Port", "ThisInstance.State.Username"):
        assert owned[name]["value"] == management[name]["value"], name
    password = owned["ThisInstance.State.Password"]
    assert password["is_sensitive"] is True and "value" not in password
    assert password["sensitive_value"].startswith("${sensitive(")
    assert _reads(password["sensitive_value"], "containers", "random_password.terraformdb_password")


def test_a_space_with_hello_world_needs_the_state_database() -> None:
    props = dict(space=object(), blueprint=DEVELOPMENT, octopus=object(), docker_credentials=object())
    with pytest.raises(ValueError, match="state_database is None, but the blueprint has Hello World"):
        ManagedSpaceContentsProps(**props)  # type: ignore[arg-type]


def test_test_production_space_matches_the_reference_spaces_3(estate: SynthesizedApp) -> None:
    stack = estate.stacks["test-production"]
    names = {b["name"] for b in stack["resource"]["octopusdeploy_environment"].values()}
    assert names == {"Development", "Test", "Production", "Security"}
    simple = _one(stack, Lifecycle.TF_RESOURCE_TYPE, name="Simple")
    assert [p["name"] for p in simple["phase"]] == ["Test", "Production"]
    assert {b["name"] for b in stack["resource"]["octopusdeploy_project_group"].values()} == {"Hello World"}
    assert "octopusdeploy_project" not in stack["resource"]


def test_region_spaces_are_stamped_like_create_client_space(estate: SynthesizedApp) -> None:
    stack = estate.stacks["region-america"]
    assert {b["name"] for b in stack["resource"]["octopusdeploy_lifecycle"].values()} == {
        "Simple",
        "DevSecOps",
        "Sync",
    }
    maven = _one(stack, "octopusdeploy_maven_feed", name="Sales Maven Feed")
    assert (maven["download_attempts"], maven["download_retry_backoff_seconds"]) == (3, 20)
    assert (
        estate.stacks["region-america"]["resource"].keys()
        == estate.stacks["region-europe"]["resource"].keys()
    )


def test_adding_a_region_is_one_line_of_configuration(tmp_path: Path) -> None:
    app = synthesize(tmp_path / "cdktf.out", project_config(ESTATE__REGIONS="America,Europe,Asia Pacific"))
    assert "region-asia-pacific" in app.stacks
    management = app.stacks["management"]
    space = _one(management, "octopusdeploy_space", name="Asia Pacific")
    assert space["description"] == "A space for team Asia Pacific."
    tenant_ref = _ref(management, "octopusdeploy_tenant", name="Asia Pacific")
    space_ref = _ref(management, "octopusdeploy_space", name="Asia Pacific")
    values = management["resource"]["octopusdeploy_tenant_common_variable"].values()
    assert any(v["tenant_id"] == tenant_ref and v["value"] == space_ref for v in values)
    environments = app.stacks["region-asia-pacific"]["resource"]["octopusdeploy_environment"].values()
    assert all(
        _reads(e["space_id"], "management", "octopusdeploy_space.region_space_asia_pacific")
        for e in environments
    )


def test_a_region_can_have_its_own_environments_and_lifecycles(tmp_path: Path) -> None:
    config = tmp_path / "estate.toml"
    config.write_text(
        '[[regions]]\nname = "Retail"\nenvironments = ["Dev", "QA", "Live"]\n'
        'lifecycles = [{name = "Release", phases = ["Dev", "QA", "Live"], automatic = ["Dev"]}]\n'
    )
    app = synthesize(tmp_path / "cdktf.out", load_config(config, environ={}))
    stack = app.stacks["region-retail"]
    environments = {
        b["name"]: b["sort_order"] for b in stack["resource"]["octopusdeploy_environment"].values()
    }
    assert environments == {"Dev": 0, "QA": 1, "Live": 2, "Sync": 0}  # a client space always gets Sync
    lifecycles = {b["name"]: b for b in stack["resource"]["octopusdeploy_lifecycle"].values()}
    assert lifecycles.keys() == {"Release", "Sync"}
    release = lifecycles["Release"]
    assert release["description"] == "Release: Dev -> QA -> Live"
    assert [p["name"] for p in release["phase"]] == ["Dev", "QA", "Live"]
    assert release["phase"][0]["automatic_deployment_targets"] == [
        _ref(stack, "octopusdeploy_environment", name="Dev")
    ]
    assert release["phase"][2]["optional_deployment_targets"] == [
        _ref(stack, "octopusdeploy_environment", name="Live")
    ]
    assert "region-america" not in app.stacks  # the file lists one region only


def test_a_blueprint_lifecycle_naming_an_unknown_environment_is_refused() -> None:
    lifecycle = ri.LifecycleFact("Broken", "", (ri.PhaseFact("Staging", ri.RetentionPolicy()),))
    with pytest.raises(
        ValueError, match=r"lifecycle 'Broken': phase environment\(s\) \['Staging'\] are not in"
    ):
        SpaceBlueprint(environments=(), lifecycles=(lifecycle,))


# --- What a region (client) space gets for the projects the management space exports (issue 8 item 5) ----


def _space_ref(region: str) -> str:
    return f"octopusdeploy_space.region_space_{region}_space"


def test_region_spaces_get_the_sync_environment_and_lifecycle(estate: SynthesizedApp) -> None:
    stack = estate.stacks["region-america"]
    sync = _one(stack, "octopusdeploy_environment", name="Sync")
    assert sync["sort_order"] == 0
    lifecycle = _one(stack, Lifecycle.TF_RESOURCE_TYPE, name="Sync")
    assert lifecycle["description"] == "Lifecycle used to sync projects"
    assert [p["name"] for p in lifecycle["phase"]] == ["Sync"]
    assert lifecycle["phase"][0]["optional_deployment_targets"] == [
        _ref(stack, "octopusdeploy_environment", name="Sync")
    ]


@pytest.mark.parametrize("region", ["america", "europe"])
def test_region_spaces_get_the_git_credential_from_the_gitea_user(
    estate: SynthesizedApp, region: str
) -> None:
    stack = estate.stacks[f"region-{region}"]
    credential = _one(stack, "octopusdeploy_git_credential", name="Git")
    assert credential["type"] == "UsernamePassword"
    assert _reads(credential["space_id"], "management", _space_ref(region))
    assert credential["password"].startswith("${sensitive(")
    assert _reads(credential["password"], "containers", "random_password.gitea-bootstrap_editor-password")
    management_credential = _one(estate.stacks["management"], "octopusdeploy_git_credential", name="Git")
    assert management_credential["username"] == credential["username"]  # the same Gitea user


def test_region_spaces_get_shared_slack_with_the_management_stacks_token(estate: SynthesizedApp) -> None:
    stack = estate.stacks["region-america"]
    slack_ref = _ref(stack, "octopusdeploy_library_variable_set", name="Shared Slack")
    variables = {
        b["name"]: b
        for b in stack["resource"]["octopusdeploy_variable"].values()
        if b["owner_id"] == slack_ref
    }
    assert variables.keys() == {"Slack.Bot.Token", "Slack.Support.Users"}
    token = variables["Slack.Bot.Token"]
    assert token["is_sensitive"] is True and "value" not in token
    assert token["sensitive_value"].startswith("${sensitive(")
    assert _reads(token["sensitive_value"], "management", "var.slack_bot_token")


def test_region_spaces_give_editors_and_deployers_the_reference_roles(estate: SynthesizedApp) -> None:
    stack = estate.stacks["region-europe"]
    granted: dict[str, set[str]] = {}
    for role in stack["resource"]["octopusdeploy_scoped_user_role"].values():
        assert _reads(role["space_id"], "management", _space_ref("europe"))
        team = next(
            t
            for t in ("editors", "deployers")
            if _reads(role["team_id"], "management", f"octopusdeploy_team.team_{t}")
        )
        user_role = role["user_role_id"]
        if not user_role.startswith("userroles-"):
            found = [
                r
                for r in ("variable_editor", "read_only")
                if _reads(user_role, "management", f"octopusdeploy_user_role.role_{r}")
            ]
            assert len(found) == 1, user_role
            user_role = found[0]
        granted.setdefault(team, set()).add(user_role)
    built_in = {"userroles-releasecreator", "userroles-deploymentcreator"}  # the RI's fixed IDs
    assert granted == {
        "editors": {"variable_editor", "read_only", *built_in},
        "deployers": {"read_only", *built_in},
    }


def test_a_client_space_blueprint_without_sync_is_refused() -> None:
    simple = ri.LifecycleFact("Simple", "", (ri.PhaseFact("Development", ri.RetentionPolicy()),))
    with pytest.raises(ValueError, match="a client space needs the 'Sync' environment and lifecycle"):
        SpaceBlueprint(
            environments=(EnvironmentSpec("Development", 0),), lifecycles=(simple,), client_space=True
        )
