"""The containers stack: each service, loopback-only ports, volumes, pinned images, no literal secrets."""

from __future__ import annotations

import json
import re

import pytest
from cdktf import Testing
from cdktf_cdktf_provider_docker.container import Container
from cdktf_cdktf_provider_docker.image import Image
from cdktf_cdktf_provider_docker.volume import Volume

from stacks.containers import ContainersStack
from tests.conftest import SynthesizedApp, project_config

SERVICES = {"octopus", "mssql", "gitea", "giteadb", "terraformdb"}


def containers_with(**overrides: str) -> dict:
    """Only the containers stack, synthesized with configuration overrides."""
    stack = ContainersStack(Testing.app(), "containers", config=project_config(**overrides))
    return json.loads(Testing.synth(stack))


@pytest.fixture(scope="module")
def containers(estate: SynthesizedApp) -> dict:
    return estate.stacks["containers"]


def _containers_by_alias(stack: dict) -> dict[str, dict]:
    return {
        c["networks_advanced"][0]["aliases"][0]: c for c in stack["resource"]["docker_container"].values()
    }


def test_every_service_runs_in_its_own_container(estate: SynthesizedApp, containers: dict) -> None:
    assert set(_containers_by_alias(containers)) == SERVICES
    for name in SERVICES:
        assert Testing.to_have_resource_with_properties(
            estate.stack_json("containers"),
            Container.TF_RESOURCE_TYPE,
            {"name": f"octopus-patterns-{name}", "restart": "unless-stopped", "must_run": True},
        )


def test_published_ports_are_bound_to_loopback_only(containers: dict) -> None:
    published = {
        alias: {(p["ip"], p["external"], p["internal"]) for p in c.get("ports", [])}
        for alias, c in _containers_by_alias(containers).items()
    }
    assert published == {
        "octopus": {("127.0.0.1", 18080, 8080)},
        "gitea": {("127.0.0.1", 3000, 3000), ("127.0.0.1", 222, 22)},
        "terraformdb": {("127.0.0.1", 15432, 5432)},
        "mssql": set(),
        "giteadb": set(),
    }


def test_ports_follow_the_configuration() -> None:
    stack = containers_with(ESTATE__PORTS__OCTOPUS="28080")
    octopus = _containers_by_alias(stack)["octopus"]
    assert octopus["ports"] == [{"external": 28080, "internal": 8080, "ip": "127.0.0.1"}]
    assert "http://127.0.0.1:28080" in json.dumps(stack)


def test_state_lives_in_named_volumes(estate: SynthesizedApp, containers: dict) -> None:
    mounts = {
        alias: {v["container_path"] for v in c.get("volumes", [])}
        for alias, c in _containers_by_alias(containers).items()
    }
    assert mounts["octopus"] == {"/repository", "/artifacts", "/taskLogs", "/cache", "/import"}
    assert mounts["mssql"] == {"/var/opt/mssql"}
    assert mounts["gitea"] == {"/data"}
    assert mounts["giteadb"] == mounts["terraformdb"] == {"/var/lib/postgresql/data"}
    volume_names = {v["name"] for v in containers["resource"]["docker_volume"].values()}
    assert "octopus-patterns-octopus-repository" in volume_names
    assert Testing.to_have_resource(estate.stack_json("containers"), Volume.TF_RESOURCE_TYPE)


def test_images_are_pinned_to_explicit_tags(containers: dict) -> None:
    names = {image["name"] for image in containers["resource"][Image.TF_RESOURCE_TYPE].values()}
    assert names == {
        "octopusdeploy/octopusdeploy:2025.4",
        "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04",
        "gitea/gitea:1.24.6",
        "postgres:16.4",
    }
    assert all(":" in name.rsplit("/", 1)[-1] and not name.endswith(":latest") for name in names)


def test_no_container_is_privileged_by_default(containers: dict) -> None:
    octopus = _containers_by_alias(containers)["octopus"]
    assert all(c.get("privileged") is not True for c in containers["resource"]["docker_container"].values())
    assert "DISABLE_DIND=Y" in octopus["env"]


def test_privileged_mode_is_an_explicit_choice() -> None:
    octopus = _containers_by_alias(containers_with(ESTATE__OCTOPUS__PRIVILEGED="true"))["octopus"]
    assert octopus["privileged"] is True
    assert "DISABLE_DIND=N" in octopus["env"]
    assert "/var/lib/docker" in {v["container_path"] for v in octopus["volumes"]}


def test_secrets_are_generated_references_never_literals(containers: dict) -> None:
    env = {
        alias: dict(item.split("=", 1) for item in c.get("env", []))
        for alias, c in _containers_by_alias(containers).items()
    }
    octopus = env["octopus"]
    assert re.fullmatch(r"\$\{random_password\.[\w-]+\.result\}", octopus["ADMIN_PASSWORD"])
    assert re.fullmatch(r"API-\$\{random_password\.[\w-]+\.result\}", octopus["ADMIN_API_KEY"])
    assert re.fullmatch(r"\$\{random_id\.[\w-]+\.b64_std\}", octopus["MASTER_KEY"])
    assert re.search(r"Password=\$\{random_password\.[\w-]+\.result\};", octopus["DB_CONNECTION_STRING"])
    assert octopus["OCTOPUS_SERVER_BASE64_LICENSE"] == "${var.octopus_server_base64_license}"
    assert re.fullmatch(r"\$\{random_password\.[\w-]+\.result\}", env["mssql"]["MSSQL_SA_PASSWORD"])
    for db in ("giteadb", "terraformdb"):
        assert re.fullmatch(r"\$\{random_password\.[\w-]+\.result\}", env[db]["POSTGRES_PASSWORD"])
    assert env["gitea"]["GITEA__database__PASSWD"] == env["giteadb"]["POSTGRES_PASSWORD"]


def test_api_key_is_octopus_shaped(containers: dict) -> None:
    api_keys = [
        p
        for p in containers["resource"]["random_password"].values()
        if "api-key" in p["//"]["metadata"]["path"]
    ]
    assert api_keys == [api_keys[0]]
    key = api_keys[0]
    assert (key["length"], key["lower"], key["upper"], key["numeric"], key["special"]) == (
        27,
        False,
        True,
        True,
        False,
    )


def test_license_variable_is_sensitive_and_optional(containers: dict) -> None:
    variable = containers["variable"]["octopus_server_base64_license"]
    assert variable["sensitive"] is True and variable["default"] == ""


def test_deploy_waits_for_the_octopus_api(containers: dict) -> None:
    (wait,) = [
        d
        for d in containers["resource"]["terraform_data"].values()
        if "api-ready" in d["//"]["metadata"]["path"]
    ]
    (provisioner,) = wait["provisioner"]
    assert provisioner["local-exec"]["working_dir"] == "../../.."  # the project root, seen from the stack dir
    command = provisioner["local-exec"]["command"]
    assert command.startswith("python3 -m octopus_patterns.wait_for_octopus --url http://127.0.0.1:18080")
    assert "--timeout-seconds 600" in command
    assert provisioner["local-exec"]["environment"]["OCTOPUS_API_KEY"].startswith("${sensitive(")
    assert wait["triggers_replace"]["container"].startswith("${docker_container.octopus_service_container")


def test_readiness_timeout_is_configurable() -> None:
    assert "--timeout-seconds 150 " in json.dumps(containers_with(ESTATE__READINESS__TIMEOUT_MINUTES="2.5"))


def test_outputs_for_the_next_stacks(containers: dict) -> None:
    outputs = containers["output"]
    assert outputs["octopus_url"]["value"].startswith("${terraform_data.octopus_api-ready")
    for secret in ("octopus_api_key", "octopus_admin_password", "state_database_conn_str"):
        assert outputs[secret]["sensitive"] is True, secret
    assert outputs["gitea_url"]["value"] == "http://127.0.0.1:3000"
    for secret in ("gitea_admin_password", "gitea_editor_password"):
        assert outputs[secret]["sensitive"] is True and "random_password" in outputs[secret]["value"], secret


def test_gitea_is_bootstrapped_after_its_container_starts(containers: dict) -> None:
    (bootstrap,) = [
        d
        for d in containers["resource"]["terraform_data"].values()
        if "bootstrap" in d["//"]["metadata"]["path"]
    ]
    assert bootstrap["depends_on"] == ["docker_container.gitea_service_container_E0A15150"]
    environment = bootstrap["provisioner"][0]["local-exec"]["environment"]
    assert environment["GITEA_CONTAINER"] == "${docker_container.gitea_service_container_E0A15150.name}"
    assert environment["GITEA_REPOSITORIES"] == "hello_world_cac,azure_web_app_cac"
    assert environment["GITEA_ADMIN_PASSWORD"].startswith("${sensitive(random_password.")


def test_containers_state_is_always_local() -> None:
    assert containers_with(ESTATE__STATE__BACKEND="pg")["terraform"]["backend"] == {
        "local": {"path": "../../../state/containers.tfstate"}
    }
