"""A region on its own Octopus server (issue 10 item 3): its stack creates and stamps the region's space
there, reading nothing from `management`; the management space's regional tenant carries that server's URL,
API key (sensitive) and the space's ID, read back across stacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from cdktf import App

from main import build_app, estate_sources_left_out
from octopus_patterns.adoption.declared import declared_objects
from octopus_patterns.config import ConfigError, load_config
from octopus_patterns.rehearsal.runner import Options, rehearse
from octopus_patterns.stack_graph import mermaid
from tests.conftest import PROJECT_DIR, SynthesizedApp, synthesize
from tests.support.secret_literals import secret_literals

EXAMPLE = PROJECT_DIR / "examples" / "configs" / "region-instance.toml"
EXISTING = PROJECT_DIR / "examples" / "configs" / "existing-instance.toml"
TERRAFORM = "/usr/local/bin/terraform"
REGION = "region-asia-pacific"
KEY_VARIABLE = "asia_pacific_octopus_api_key"
URL = "https://octopus-apac.example.com"
PASTED_KEY = "API-" + "X" * 26  # a key pasted into the configuration (refused); built, so no key literal
INTERNAL_URL = "https://octopus-apac.internal.example.com"
SPACE_ID_READ = "${data.terraform_remote_state.cross-stack-reference-input-region-asia-pacific.outputs."


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> SynthesizedApp:
    return synthesize(
        tmp_path_factory.mktemp("region-instance") / "cdktf.out", load_config(EXAMPLE, environ={})
    )


def _resources(stack: dict, resource_type: str) -> list[dict]:
    return list(stack.get("resource", {}).get(resource_type, {}).values())


def _remote_producers(stack: dict) -> set[str]:
    reads = stack.get("data", {}).get("terraform_remote_state", {})
    return {name.removeprefix("cross-stack-reference-input-") for name in reads}


def _tenant_values(management: dict, tenant: str) -> dict[str, str]:
    """Template name -> value of the regional tenant's common variables."""
    (tenant_key,) = [
        key for key, r in management["resource"]["octopusdeploy_tenant"].items() if r["name"] == tenant
    ]
    return {
        r["template_id"].split('template_ids["', 1)[1].rstrip('"]}'): r["value"]
        for r in _resources(management, "octopusdeploy_tenant_common_variable")
        if r["tenant_id"] == f"${{octopusdeploy_tenant.{tenant_key}.id}}"
    }


def test_each_stack_has_the_provider_of_the_server_it_targets(estate: SynthesizedApp) -> None:
    assert set(estate.stacks) == {
        "containers", "management", "development", "test-production",
        "region-america", "region-europe", REGION,
    }  # fmt: skip
    region = estate.stacks[REGION]
    assert region["provider"]["octopusdeploy"] == [
        {"address": URL, "api_key": f"${{sensitive(var.{KEY_VARIABLE})}}"}
    ]
    key = region["variable"][KEY_VARIABLE]
    assert key["sensitive"] is True and "default" not in key
    for stack_id in ("management", "development", "test-production", "region-america", "region-europe"):
        (provider,) = estate.stacks[stack_id]["provider"]["octopusdeploy"]
        assert "cross-stack-reference-input-containers" in provider["address"], stack_id
        if stack_id != "management":  # management declares it for the tenant's value only
            assert KEY_VARIABLE not in estate.stacks[stack_id].get("variable", {}), stack_id


def test_no_secret_in_the_synthesized_json(estate: SynthesizedApp) -> None:
    assert secret_literals(estate.texts) == []


def test_the_region_stack_creates_its_space_and_management_does_not(estate: SynthesizedApp) -> None:
    management, region = estate.stacks["management"], estate.stacks[REGION]
    assert {s["name"] for s in _resources(management, "octopusdeploy_space")} == {
        "Development", "Test\\Production", "America", "Europe",
    }  # fmt: skip
    ((space_key, space),) = region["resource"]["octopusdeploy_space"].items()
    assert space["name"] == "Asia Pacific" and space["space_managers_teams"] == ["teams-administrators"]
    in_space = f"${{octopusdeploy_space.{space_key}.id}}"
    for resource_type in (
        "octopusdeploy_environment",
        "octopusdeploy_lifecycle",
        "octopusdeploy_git_credential",
    ):
        spaces = {r["space_id"] for r in _resources(region, resource_type)}
        assert spaces == {in_space}, resource_type


def test_the_region_stack_reads_nothing_from_management(estate: SynthesizedApp) -> None:
    """Management reads the region's space ID, so a read the other way would be a cycle; cdktf's manifest
    orders the region first."""
    region = estate.stacks[REGION]
    assert _remote_producers(region) == {"containers"}  # the Gitea editor's password only
    assert estate.manifest["stacks"][REGION]["dependencies"] == ["containers"]
    assert REGION in estate.manifest["stacks"]["management"]["dependencies"]
    for name in ("docker_username", "docker_password", "slack_bot_token"):
        assert region["variable"][name]["sensitive"] is True, name
    (feed,) = _resources(region, "octopusdeploy_docker_container_registry")
    assert "var.docker_password" in feed["password"] and "var.docker_username" in feed["username"]
    slack = [v for v in _resources(region, "octopusdeploy_variable") if v["name"] == "Slack.Bot.Token"]
    assert [v["sensitive_value"] for v in slack] == ["${sensitive(var.slack_bot_token)}"]
    (credential,) = _resources(region, "octopusdeploy_git_credential")
    assert "cross-stack-reference-input-containers" in credential["password"]
    # The management space's teams live on the estate's server: no roles granted to them here.
    assert "octopusdeploy_scoped_user_role" not in region["resource"]
    assert _resources(estate.stacks["region-america"], "octopusdeploy_scoped_user_role")


def test_the_regional_tenant_carries_the_regions_server_space_and_key(estate: SynthesizedApp) -> None:
    management, region = estate.stacks["management"], estate.stacks[REGION]
    values = _tenant_values(management, "Asia Pacific")
    assert values["ManagedTenant.Octopus.ApiKey"] == f"${{sensitive(var.{KEY_VARIABLE})}}"
    assert values["ManagedTenant.Octopus.Url"] == INTERNAL_URL
    space_id = values["ManagedTenant.Octopus.SpaceId"]
    assert space_id.startswith(SPACE_ID_READ)
    output = space_id.removeprefix(SPACE_ID_READ).rstrip("}")
    assert region["output"][output]["value"].startswith("${octopusdeploy_space.")
    key = management["variable"][KEY_VARIABLE]
    assert key["sensitive"] is True and "default" not in key
    # The ApiKey template is sensitive in the "Octopus Server" set, so the value must be too.
    sets = management["resource"]["octopusdeploy_library_variable_set"].values()
    (server,) = [s for s in sets if s["name"] == "Octopus Server"]
    (api_key,) = [t for t in server["template"] if t["name"] == "ManagedTenant.Octopus.ApiKey"]
    assert api_key["display_settings"] == {"Octopus.ControlType": "Sensitive"}
    # A region on the estate's server keeps today's values.
    america = _tenant_values(management, "America")
    assert "cross-stack-reference-input-containers" in america["ManagedTenant.Octopus.ApiKey"]
    assert "${octopusdeploy_space.region_space_america" in america["ManagedTenant.Octopus.SpaceId"]


def test_synth_says_what_it_leaves_out() -> None:
    (line,) = estate_sources_left_out(load_config(EXAMPLE, environ={}))
    assert line == (
        "region 'Asia Pacific': the Editors' and Deployers' roles in its space "
        f"(those teams live on the estate's Octopus server, not on {URL})"
    )


def test_the_stack_graph_names_each_stacks_server(estate: SynthesizedApp) -> None:
    diagram = mermaid(estate.stacks)
    assert f'region_asia_pacific["{REGION}<br/><i>Octopus {URL}</i>"]' in diagram
    assert 'management["management<br/><i>Octopus of containers</i>"]' in diagram
    assert 'containers["containers<br/><i>Docker engine</i>"]' in diagram
    assert 'region_asia_pacific -- "space/space.id" --> management' in diagram


def test_the_rehearsal_passes_for_a_region_on_its_own_server(estate: SynthesizedApp, tmp_path: Path) -> None:
    report = rehearse(
        Options(outdir=estate.outdir, workdir=tmp_path / "work", terraform=TERRAFORM), echo=lambda _: None
    )
    assert set(report.order) == set(estate.stacks)
    assert report.order.index(REGION) < report.order.index("management")
    for stack_id, result in report.stacks.items():
        assert result.added > 0 and result.plan_changes == 0 and result.destroyed == result.added, stack_id
    assert report.stacks["management"].remote_reads > report.stacks[REGION].remote_reads > 0


def test_with_an_existing_instance_the_region_declares_the_git_password_itself(tmp_path: Path) -> None:
    file = tmp_path / "estate.toml"
    file.write_text(
        EXISTING.read_text()
        + "\n"
        + _region("Asia Pacific", f'url = "{URL}", api_key_variable = "{KEY_VARIABLE}"')
    )
    app = synthesize(tmp_path / "cdktf.out", load_config(file, environ={}))
    region = app.stacks[REGION]
    assert "terraform_remote_state" not in region.get("data", {})  # nothing from another stack at all
    (credential,) = _resources(region, "octopusdeploy_git_credential")
    assert credential["password"] == "${sensitive(var.git_server_password)}"
    assert region["variable"]["git_server_password"]["sensitive"] is True
    values = _tenant_values(app.stacks["management"], "Asia Pacific")
    assert values["ManagedTenant.Octopus.Url"] == URL  # no internal_url: the same address
    assert values["ManagedTenant.Octopus.ApiKey"] == f"${{sensitive(var.{KEY_VARIABLE})}}"


def _error(toml: str, tmp_path: Path, environ: dict[str, str] | None = None) -> str:
    file = tmp_path / "estate.toml"
    file.write_text(toml)
    with pytest.raises(ConfigError) as raised:
        load_config(file, environ=environ or {})
    return str(raised.value)


def _region(name: str, octopus: str) -> str:
    return f'[[regions]]\nname = "{name}"\noctopus = {{ {octopus} }}\n'


_OWN = f'url = "{URL}", api_key_variable = "{KEY_VARIABLE}"'
_EXISTING_INSTANCE = (
    '[existing_instance]\nurl = "https://octopus.example.com"\n'
    '[state_database]\nhost = "db.example.com"\nusername = "terraform"\n'
)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            _region("Asia", 'url = "ftp://octopus-apac.example.com"'),
            "regions[0].octopus.url = 'ftp://octopus-apac.example.com': must be an http:// or https:// URL",
        ),
        (
            _region("Asia", 'url = "https://admin:pw@octopus-apac.example.com"'),
            "regions[0].octopus.url = 'https://admin:pw@octopus-apac.example.com': must not carry",
        ),
        (
            _region("Asia", f'url = "{URL}", api_key_variable = "TF_VAR_key"'),
            "regions[0].octopus.api_key_variable = 'TF_VAR_key': String should match pattern",
        ),
        (
            _region("Asia", f'url = "{URL}", api_key = "{PASTED_KEY}"'),
            "regions[0].octopus.api_key",
        ),
        (
            _region("Asia", f'url = "{URL}", api_key_variable = "docker_password"'),
            "regions[0].octopus.api_key_variable = 'docker_password': the stacks already declare",
        ),
        (
            _region("Asia", _OWN)
            + _region("Oceania", f'url = "https://other.example.com", api_key_variable = "{KEY_VARIABLE}"'),
            f"regions[1].octopus.api_key_variable = '{KEY_VARIABLE}' is also regions[0].octopus",
        ),
        (
            _EXISTING_INSTANCE + _region("Asia", f'url = "{URL}", api_key_variable = "octopus_api_key"'),
            "regions[0].octopus.api_key_variable = 'octopus_api_key' is also existing_instance",
        ),
        (
            _EXISTING_INSTANCE
            + _region("Asia", 'url = "https://octopus.example.com/", api_key_variable = "k"'),
            "regions[0].octopus.url = 'https://octopus.example.com' is [existing_instance]'s server",
        ),
    ],
)
def test_bad_region_servers_are_refused_naming_the_field(toml: str, expected: str, tmp_path: Path) -> None:
    assert expected in _error(toml, tmp_path)


def test_a_name_list_override_cannot_drop_a_regions_own_server(tmp_path: Path) -> None:
    message = _error(_region("Asia", _OWN), tmp_path, environ={"ESTATE__REGIONS": "America,Asia"})
    assert message == (
        "ESTATE__REGIONS: replaces [[regions]] with bare names, which cannot carry what the configuration "
        "file sets for them ('Asia' sets octopus); list the regions in the configuration file instead"
    )
    # Without a region on its own server the override works as before.
    file = tmp_path / "plain.toml"
    file.write_text('[[regions]]\nname = "Asia"\n')
    config = load_config(file, environ={"ESTATE__REGIONS": "America,Asia"})
    assert [r.name for r in config.regions] == ["America", "Asia"]


def test_regions_on_one_server_share_its_key_variable(tmp_path: Path) -> None:
    file = tmp_path / "estate.toml"
    file.write_text(_region("Asia", _OWN) + _region("Oceania", _OWN))
    config = load_config(file, environ={})
    assert config.secret_variables() == [("regions[0].octopus.api_key_variable", KEY_VARIABLE)]
    app = synthesize(tmp_path / "cdktf.out", config)
    values = [_tenant_values(app.stacks["management"], name) for name in ("Asia", "Oceania")]
    assert {v["ManagedTenant.Octopus.ApiKey"] for v in values} == {f"${{sensitive(var.{KEY_VARIABLE})}}"}
    assert values[0]["ManagedTenant.Octopus.SpaceId"] != values[1]["ManagedTenant.Octopus.SpaceId"]


def test_the_committed_estate_has_no_region_on_its_own_server() -> None:
    config = load_config(PROJECT_DIR / "estate.toml", environ={})
    assert all(region.octopus is None for region in config.regions)
    assert estate_sources_left_out(config) == ()


def test_adoption_leaves_a_region_on_its_own_server_alone(tmp_path: Path) -> None:
    """Adoption reads the [existing_instance] server, so objects of a stack on another server must not be
    matched there (a same-named space on the estate's server would otherwise be imported into it)."""
    file = tmp_path / "estate.toml"
    file.write_text(EXISTING.read_text() + "\n" + _region("Asia Pacific", _OWN))
    config = load_config(file, environ={})
    app = App(outdir=str(tmp_path / "cdktf.out"))
    build_app(config, app)
    assert config.existing_instance is not None
    adoptable = declared_objects(app, server=config.existing_instance.url)
    assert REGION not in {item.stack for item in adoptable}
    assert {"management", "region-america"} <= {item.stack for item in adoptable}
    assert "Asia Pacific" not in {item.name for item in adoptable if item.kind == "space"}
    assert REGION in {item.stack for item in declared_objects(app)}  # it does declare objects
