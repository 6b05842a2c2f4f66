"""Preflight reports every missing item at once, with a fix, on real programs and PATHs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from octopus_patterns.preflight import (
    Machine,
    check_environment,
    check_node,
    check_python_package,
    run_checks,
)
from tests.conftest import PROJECT_DIR


def test_an_empty_path_reports_every_tool_at_once(tmp_path: Path) -> None:
    machine = Machine(environ={"PATH": str(tmp_path)}, project_dir=tmp_path)
    whats = [problem.what for problem in run_checks(machine)]
    assert whats[:4] == [
        "docker CLI not found on PATH",
        "terraform not found on PATH",
        "node not found on PATH",
        "python3 on PATH cannot import octopus_patterns",
    ]
    assert "TF_VAR_docker_username is not set" in whats
    assert "TF_VAR_docker_password is not set" in whats


def test_the_docker_engine_check_matches_this_machine() -> None:
    """Whatever this machine has (here: a docker client and no daemon), preflight must say the same."""
    machine = Machine(environ=dict(os.environ), project_dir=PROJECT_DIR)
    problems = {p.what: p.fix for p in run_checks(machine)}
    docker_problems = [
        w for w in problems if w.startswith("Docker engine not reachable") or "docker CLI" in w
    ]
    engine = shutil.which("docker") and subprocess.run(["docker", "info"], capture_output=True, check=False)
    assert bool(docker_problems) == (not engine or engine.returncode != 0), problems
    assert not any(what.startswith("terraform") for what in problems), problems  # Terraform is installed


def test_pg_backend_needs_a_connection_string() -> None:
    base = {"TF_VAR_docker_username": "u", "TF_VAR_docker_password": "p", "ESTATE__STATE__BACKEND": "pg"}
    missing = check_environment(Machine(environ=base, project_dir=PROJECT_DIR))
    assert [p.what for p in missing] == ["state backend is pg but PG_CONN_STR is not set"]
    assert (
        check_environment(Machine(environ={**base, "PG_CONN_STR": "postgres://x"}, project_dir=PROJECT_DIR))
        == []
    )


def test_bad_configuration_is_a_preflight_problem() -> None:
    env = {"TF_VAR_docker_username": "u", "TF_VAR_docker_password": "p", "ESTATE__PORTS__OCTOPUS": "99999"}
    (problem,) = check_environment(Machine(environ=env, project_dir=PROJECT_DIR))
    assert "ports.octopus = 99999" in problem.what
    assert problem.bad_input


def test_command_exits_non_zero_and_lists_fixes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "octopus_patterns.preflight"],
        cwd=PROJECT_DIR,
        env={"PATH": str(tmp_path), "PYTHONPATH": str(PROJECT_DIR)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.count("MISSING") >= 6 and result.stdout.count("fix:") == result.stdout.count(
        "MISSING"
    )


def test_an_unreadable_estate_config_is_listed_with_the_other_findings_and_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "octopus_patterns.preflight"],
        cwd=PROJECT_DIR,
        env={"PATH": str(tmp_path), "PYTHONPATH": str(PROJECT_DIR), "ESTATE_CONFIG": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"MISSING  ESTATE_CONFIG={tmp_path}: is a directory, not a configuration file\n" in result.stdout
    assert "MISSING  docker CLI not found on PATH" in result.stdout
    assert "MISSING  TF_VAR_docker_username is not set" in result.stdout


def test_a_missing_estate_config_is_a_finding(tmp_path: Path) -> None:
    env = {"TF_VAR_docker_username": "u", "TF_VAR_docker_password": "p", "ESTATE_CONFIG": str(tmp_path / "x")}
    (problem,) = check_environment(Machine(environ=env, project_dir=PROJECT_DIR))
    assert problem.what == f"ESTATE_CONFIG={tmp_path / 'x'}: configuration file not found"
    assert problem.bad_input


EXISTING = PROJECT_DIR / "examples" / "configs" / "existing-instance.toml"
EXISTING_SECRETS = ("octopus_api_key", "git_server_password", "state_database_password")


def _existing_instance_machine(tmp_path: Path, **extra: str) -> Machine:
    """An existing instance's configuration, an empty PATH, and a Terraform CLI configuration whose only
    installation method is an empty filesystem mirror (so no check reaches the network)."""
    mirror = tmp_path / "mirror"
    mirror.mkdir(exist_ok=True)
    cli_config = tmp_path / "terraformrc"
    cli_config.write_text(f'provider_installation {{\n  filesystem_mirror {{ path = "{mirror}" }}\n}}\n')
    environ = {
        "PATH": str(tmp_path),
        "HOME": str(tmp_path),
        "ESTATE_CONFIG": str(EXISTING),
        "TF_CLI_CONFIG_FILE": str(cli_config),
        "TF_VAR_docker_username": "u",
        "TF_VAR_docker_password": "p",
        **extra,
    }
    return Machine(environ=environ, project_dir=tmp_path)


def test_an_existing_instance_needs_no_docker_but_its_secret_variables(tmp_path: Path) -> None:
    whats = [problem.what for problem in run_checks(_existing_instance_machine(tmp_path))]
    assert not [what for what in whats if "docker CLI" in what or "Docker engine" in what], whats
    assert [what for what in whats if what.startswith("TF_VAR_")] == [
        f"TF_VAR_{name} is not set" for name in EXISTING_SECRETS
    ]
    (providers,) = [what for what in whats if "cannot be installed" in what]
    assert "OctopusDeploy/octopusdeploy 1.17.0" in providers and "hashicorp/random" in providers
    assert "kreuzwerker/docker" not in providers  # no containers stack, so no docker provider


def test_set_secret_variables_are_not_listed(tmp_path: Path) -> None:
    secrets = {f"TF_VAR_{name}": "x" for name in EXISTING_SECRETS}
    machine = _existing_instance_machine(tmp_path, **secrets)
    assert check_environment(machine) == []
    without_git_password = {k: v for k, v in secrets.items() if k != "TF_VAR_git_server_password"}
    (problem,) = check_environment(_existing_instance_machine(tmp_path, **without_git_password))
    assert problem.what == "TF_VAR_git_server_password is not set"
    assert "git.password_variable" in problem.fix


def test_the_docker_estate_still_needs_docker(tmp_path: Path) -> None:
    machine = _existing_instance_machine(tmp_path, ESTATE_CONFIG=str(PROJECT_DIR / "estate.toml"))
    whats = [problem.what for problem in run_checks(machine)]
    assert "docker CLI not found on PATH" in whats
    (providers,) = [what for what in whats if "cannot be installed" in what]
    assert "kreuzwerker/docker 3.6.2" in providers


def _executable(directory: Path, name: str, script: str) -> None:
    path = directory / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)


def test_the_cdktf_cli_may_come_from_the_apps_node_modules_or_from_path(tmp_path: Path) -> None:
    """An app that installs the library has its own layout: both places count, and the advice names no
    file of this repository."""
    bin_dir, app_dir = tmp_path / "bin", tmp_path / "app"
    bin_dir.mkdir()
    app_dir.mkdir()
    _executable(bin_dir, "node", "echo v20.11.1")
    machine = Machine(environ={"PATH": str(bin_dir)}, project_dir=app_dir)

    (problem,) = check_node(machine)
    assert problem.what == "the cdktf CLI is in neither ./node_modules nor on PATH"
    assert "cdktf-cli" in problem.fix and ".venv" not in problem.fix

    (app_dir / "node_modules" / ".bin").mkdir(parents=True)
    _executable(app_dir / "node_modules" / ".bin", "cdktf", "exit 0")
    assert check_node(machine) == []
    (app_dir / "node_modules" / ".bin" / "cdktf").unlink()
    _executable(bin_dir, "cdktf", "exit 0")
    assert check_node(machine) == []


def test_the_python_package_advice_fits_any_environment(tmp_path: Path) -> None:
    _executable(tmp_path, "python3", "exit 1")
    (problem,) = check_python_package(Machine(environ={"PATH": str(tmp_path)}, project_dir=tmp_path))
    assert problem.what == "python3 on PATH cannot import octopus_patterns"
    assert "octopus-patterns" in problem.fix and ".venv" not in problem.fix
    _executable(tmp_path, "python3", f'exec {sys.executable} "$@"')  # this venv, which has the package
    assert check_python_package(Machine(environ={"PATH": str(tmp_path)}, project_dir=tmp_path)) == []


def test_a_regions_own_server_key_is_listed_when_unset(tmp_path: Path) -> None:
    example = PROJECT_DIR / "examples" / "configs" / "region-instance.toml"
    machine = _existing_instance_machine(tmp_path, ESTATE_CONFIG=str(example))
    (problem,) = check_environment(machine)
    assert problem.what == "TF_VAR_asia_pacific_octopus_api_key is not set"
    assert "regions[2].octopus.api_key_variable" in problem.fix
    assert "docker CLI not found on PATH" in [p.what for p in run_checks(machine)]  # still the Docker estate
    key = {"TF_VAR_asia_pacific_octopus_api_key": "x"}
    assert check_environment(_existing_instance_machine(tmp_path, ESTATE_CONFIG=str(example), **key)) == []
