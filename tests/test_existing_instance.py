"""An existing Octopus server named in configuration: no containers stack, every endpoint from configuration
and sensitive variables, the parts a missing Git server would leave half-configured left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import LEFT_OUT_WITHOUT_GIT, estate_sources_left_out
from octopus_patterns.config import ConfigError, EstateConfig, load_config
from octopus_patterns.rehearsal.runner import Options, rehearse
from tests.conftest import PROJECT_DIR, SynthesizedApp, synthesize
from tests.support.secret_literals import secret_literals

EXAMPLE = PROJECT_DIR / "examples" / "configs" / "existing-instance.toml"
TERRAFORM = "/usr/local/bin/terraform"
OCTOPUS_STACKS = {"management", "development", "test-production", "region-america", "region-europe"}


def _without_git() -> EstateConfig:
    config = load_config(EXAMPLE, environ={})
    return config.model_copy(update={"git": None})


@pytest.fixture(scope="module")
def existing(tmp_path_factory: pytest.TempPathFactory) -> SynthesizedApp:
    return synthesize(tmp_path_factory.mktemp("existing") / "cdktf.out", load_config(EXAMPLE, environ={}))


@pytest.fixture(scope="module")
def without_git(tmp_path_factory: pytest.TempPathFactory) -> SynthesizedApp:
    return synthesize(tmp_path_factory.mktemp("nogit") / "cdktf.out", _without_git())


def _names(stack: dict, resource_type: str) -> set[str]:
    return {r.get("name", "") for r in stack.get("resource", {}).get(resource_type, {}).values()}


def test_no_containers_stack_and_every_octopus_stack_targets_the_configured_server(
    existing: SynthesizedApp,
) -> None:
    assert set(existing.stacks) == OCTOPUS_STACKS
    for stack_id, stack in existing.stacks.items():
        assert "docker" not in stack.get("provider", {}), stack_id
        assert stack["provider"]["octopusdeploy"] == [
            {"address": "https://octopus.example.com", "api_key": "${sensitive(var.octopus_api_key)}"}
        ], stack_id
        key = stack["variable"]["octopus_api_key"]
        assert key["sensitive"] is True and "default" not in key, stack_id
        assert "containers" not in json.dumps(stack.get("data", {})), stack_id


def test_no_secret_in_the_synthesized_json(existing: SynthesizedApp, without_git: SynthesizedApp) -> None:
    assert secret_literals(existing.texts, without_git.texts) == []


def test_git_server_and_state_database_come_from_configuration_and_sensitive_variables(
    existing: SynthesizedApp,
) -> None:
    management = existing.stacks["management"]
    for name in ("git_server_password", "state_database_password"):
        assert management["variable"][name]["sensitive"] is True
        assert "default" not in management["variable"][name]
    (credential,) = management["resource"]["octopusdeploy_git_credential"].values()
    assert credential["username"] == "octopus"
    assert credential["password"] == "${sensitive(var.git_server_password)}"
    projects = management["resource"]["octopusdeploy_project"].values()
    urls = {p["name"]: (p.get("git_library_persistence_settings") or [{}])[0].get("url") for p in projects}
    assert urls["Hello World CaC"] == "https://gitea.example.com/octopuscac/hello_world_cac.git"
    text = existing.texts["management"]
    assert '"terraform-state.example.com"' in text
    assert "var.state_database_password" in text
    development = existing.stacks["development"]
    assert development["variable"]["state_database_password"]["sensitive"] is True


def test_without_git_the_config_as_code_parts_are_left_out_whole(without_git: SynthesizedApp) -> None:
    management = without_git.stacks["management"]
    projects = _names(management, "octopusdeploy_project")
    assert {"Hello World CaC", "Azure Web App CaC", "PR Checks"}.isdisjoint(projects)
    assert {"Hello World", "__ Create Client Space", "K8S Microservice Template"} <= projects
    assert "octopusdeploy_git_credential" not in management["resource"]
    assert "Git" not in _names(management, "octopusdeploy_library_variable_set")
    assert "git_server_password" not in management["variable"]
    for region in ("region-america", "region-europe"):
        assert "octopusdeploy_git_credential" not in without_git.stacks[region].get("resource", {}), region
    assert estate_sources_left_out(_without_git()) == tuple(
        f"{line}: no [git] configured" for line in LEFT_OUT_WITHOUT_GIT
    )
    assert estate_sources_left_out(load_config(EXAMPLE, environ={})) == ()


def test_the_rehearsal_passes_for_the_existing_instance(existing: SynthesizedApp, tmp_path: Path) -> None:
    report = rehearse(
        Options(outdir=existing.outdir, workdir=tmp_path / "work", terraform=TERRAFORM), echo=lambda _: None
    )
    assert set(report.order) == OCTOPUS_STACKS
    for stack_id, result in report.stacks.items():
        assert result.added > 0 and result.plan_changes == 0 and result.destroyed == result.added, stack_id
    for stack_id in OCTOPUS_STACKS - {"management"}:
        assert report.stacks[stack_id].remote_reads > 0, f"{stack_id} read nothing from management"


def _error(data: dict, environ: dict[str, str] | None = None, tmp_path: Path | None = None) -> str:
    assert tmp_path is not None
    file = tmp_path / "estate.toml"
    lines: list[str] = []
    for section, values in data.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    file.write_text("\n".join(lines) + "\n")
    with pytest.raises(ConfigError) as raised:
        load_config(file, environ=environ or {})
    return str(raised.value)


INSTANCE = {"url": "https://octopus.example.com"}
DATABASE = {"host": "db.example.com", "username": "terraform"}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"existing_instance": INSTANCE}, "[existing_instance] needs [state_database]"),
        (
            {"git": {"url": "https://git.example.com", "organization": "o", "username": "u"}},
            "without [existing_instance]",
        ),
        ({"state_database": DATABASE}, "[state_database] is given without [existing_instance]"),
        (
            {"existing_instance": {"url": "ftp://octopus.example.com"}, "state_database": DATABASE},
            "existing_instance.url = 'ftp://octopus.example.com': must be an http:// or https:// URL",
        ),
        (
            {"existing_instance": {"url": "https://"}, "state_database": DATABASE},
            "existing_instance.url = 'https://': must name a host",
        ),
        (
            {
                "existing_instance": {"url": "https://admin:pw@octopus.example.com"},
                "state_database": DATABASE,
            },
            "must not carry credentials",
        ),
        (
            {"existing_instance": {**INSTANCE, "api_key_variable": "TF_VAR_key"}, "state_database": DATABASE},
            "existing_instance.api_key_variable = 'TF_VAR_key': String should match pattern",
        ),
        (
            {
                "existing_instance": INSTANCE,
                "state_database": {**DATABASE, "password_variable": "octopus_api_key"},
            },
            "state_database.password_variable = 'octopus_api_key' is also existing_instance.api_key_variable",
        ),
        (
            {
                "existing_instance": {**INSTANCE, "api_key_variable": "docker_password"},
                "state_database": DATABASE,
            },
            "existing_instance.api_key_variable = 'docker_password': the stacks already declare",
        ),
        (
            {
                "existing_instance": {**INSTANCE, "api_key": "API-ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                "state_database": DATABASE,
            },
            "existing_instance.api_key",
        ),
    ],
)
def test_bad_configuration_is_refused_naming_field_and_value(
    data: dict, expected: str, tmp_path: Path
) -> None:
    assert expected in _error(data, tmp_path=tmp_path)


def test_an_override_of_an_optional_section_is_typed(tmp_path: Path) -> None:
    file = tmp_path / "estate.toml"
    file.write_text(EXAMPLE.read_text())
    config = load_config(file, environ={"ESTATE__STATE_DATABASE__PORT": "6543"})
    assert config.state_database is not None and config.state_database.port == 6543
    assert "state_database.port = '65x'" in _error_env(file, {"ESTATE__STATE_DATABASE__PORT": "65x"})


def _error_env(file: Path, environ: dict[str, str]) -> str:
    with pytest.raises(ConfigError) as raised:
        load_config(file, environ=environ)
    return str(raised.value)


def test_the_committed_estate_stays_the_local_docker_estate() -> None:
    config = load_config(PROJECT_DIR / "estate.toml", environ={})
    assert config.existing_instance is None and config.git is None and config.state_database is None
