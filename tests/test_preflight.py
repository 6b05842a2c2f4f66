"""Preflight reports every missing item at once, with a fix, on real programs and PATHs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from octopus_patterns.preflight import Machine, check_environment, run_checks
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
