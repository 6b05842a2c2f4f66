"""The containers stack: each service, loopback-only ports, volumes, pinned images, no literal secrets."""

from __future__ import annotations

import json
import re

import pytest
from cdktf import Testing
from cdktf_cdktf_provider_docker.container import Container
from cdktf_cdktf_provider_docker.image import Image
from cdktf_cdktf_provider_docker.volume import Volume

from octopus_patterns.config import ConfigError
from octopus_patterns.stacks.containers import ContainersStack
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


def test_every_container_runs_with_no_new_privileges(estate: SynthesizedApp) -> None:
    for name in SERVICES:
        assert Testing.to_have_resource_with_properties(
            estate.stack_json("containers"),
            Container.TF_RESOURCE_TYPE,
            {"name": f"octopus-patterns-{name}", "security_opts": ["no-new-privileges:true"]},
        ), name


def test_memory_limits_come_from_the_configuration(containers: dict) -> None:
    by_alias = _containers_by_alias(containers)
    limits = {alias: c["memory"] for alias, c in by_alias.items()}
    assert limits == {"octopus": 4096, "mssql": 3072, "gitea": 1024, "giteadb": 512, "terraformdb": 512}
    assert "MSSQL_MEMORY_LIMIT_MB=2457" in by_alias["mssql"]["env"]  # 80 % of the container's limit

    changed = _containers_by_alias(
        containers_with(
            ESTATE__MEMORY__GITEA="2048", ESTATE__MEMORY__MSSQL="4096", ESTATE__MEMORY__STATE_DB="256"
        )
    )
    assert (changed["gitea"]["memory"], changed["mssql"]["memory"], changed["terraformdb"]["memory"]) == (
        2048,
        4096,
        256,
    )
    assert changed["giteadb"]["memory"] == 512
    assert "MSSQL_MEMORY_LIMIT_MB=3276" in changed["mssql"]["env"]


def test_too_little_memory_for_sql_server_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"memory\.gitea = 'lots': Input should be a valid integer"):
        project_config(ESTATE__MEMORY__GITEA="lots")
    expected = r"memory\.mssql = 2048: Input should be greater than or equal to 2560"
    with pytest.raises(ConfigError, match=expected):
        project_config(ESTATE__MEMORY__MSSQL="2048")


def test_every_service_has_a_health_check(containers: dict) -> None:
    checks = {alias: c["healthcheck"] for alias, c in _containers_by_alias(containers).items()}
    assert set(checks) == SERVICES
    assert checks["octopus"]["test"] == [
        "CMD-SHELL",
        "curl -fsS -o /dev/null http://localhost:8080/api/octopusservernodes/ping",
    ]
    assert checks["gitea"]["test"] == ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:3000/api/healthz"]
    assert checks["giteadb"]["test"] == ["CMD-SHELL", "pg_isready -U gitea -d gitea"]


def test_health_checks_never_put_a_password_on_a_command_line(containers: dict) -> None:
    for alias, container in _containers_by_alias(containers).items():
        command = " ".join(container["healthcheck"]["test"])
        assert "${" not in command, f"{alias}: a Terraform value (a secret?) in the health check"
        assert not re.search(r"(^|\s)(-P|--password)(\s|=|$)", command), f"{alias}: password argument"
    mssql = _containers_by_alias(containers)["mssql"]["healthcheck"]["test"][1]
    assert mssql.startswith('SQLCMDPASSWORD="$MSSQL_SA_PASSWORD" /opt/mssql-tools18/bin/sqlcmd ')


def test_deploy_waits_for_healthy_databases_and_gitea_not_for_octopus(containers: dict) -> None:
    waits = {alias: c.get("wait", False) for alias, c in _containers_by_alias(containers).items()}
    # Octopus's first start can outlast Docker's wait; the bounded, configurable readiness wait covers it.
    assert waits == {"octopus": False, "mssql": True, "gitea": True, "giteadb": True, "terraformdb": True}


def test_capabilities_are_dropped_where_the_image_works_without_them(containers: dict) -> None:
    caps = {
        alias: (sorted(c["capabilities"]["drop"]), sorted(c["capabilities"].get("add", [])))
        for alias, c in _containers_by_alias(containers).items()
    }
    root_service: tuple[list[str], list[str]] = (
        ["AUDIT_WRITE", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SYS_CHROOT"],
        [],
    )
    assert caps == {
        "octopus": root_service,
        "giteadb": root_service,
        "terraformdb": root_service,
        "gitea": (["MKNOD", "NET_RAW", "SETFCAP"], []),  # OpenSSH on port 22 chroots and audits
        "mssql": (["ALL"], ["NET_BIND_SERVICE"]),  # runs as the non-root user mssql
    }


def test_a_privileged_octopus_keeps_every_capability() -> None:
    octopus = _containers_by_alias(containers_with(ESTATE__OCTOPUS__PRIVILEGED="true"))["octopus"]
    assert "capabilities" not in octopus


def test_secrets_are_generated_references_never_literals(containers: dict) -> None:
    env = {
        alias: dict(item.split("=", 1) for item in c.get("env", []))
        for alias, c in _containers_by_alias(containers).items()
    }
    octopus = env["octopus"]
    assert re.fullmatch(r"\$\{random_password\.[\w-]+\.result\}", octopus["ADMIN_PASSWORD"])
    assert re.fullmatch(r"API-\$\{random_password\.[\w-]+\.result\}", octopus["ADMIN_API_KEY"])
    # random_bytes' base64 is an attribute the random provider marks sensitive (random_id's are all shown).
    assert re.fullmatch(r"\$\{random_bytes\.[\w-]+\.base64\}", octopus["MASTER_KEY"])
    assert [b["length"] for b in containers["resource"]["random_bytes"].values()] == [16]
    assert "random_id" not in containers["resource"]
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
    # Any directory will do (the package is imported from the environment), so none is assumed.
    assert "working_dir" not in provisioner["local-exec"]
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
