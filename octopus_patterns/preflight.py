"""Check everything a deploy needs, report every missing item at once with how to fix it.

`python3 -m octopus_patterns.preflight` exits 0 when a deploy can start, 2 when the configuration itself is
bad (it still lists every other finding), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from octopus_patterns import provider_installation, terraform_cli_config
from octopus_patterns.config import PG_CONN_STR_ENV, ConfigError, EstateConfig, load_config

MIN_TERRAFORM = (1, 5)
MIN_NODE = 18


@dataclass(frozen=True)
class Problem:
    what: str
    fix: str
    bad_input: bool = False  # the configuration itself is wrong (exit 2), rather than something missing


Check = Callable[["Machine"], list[Problem]]


@dataclass(frozen=True)
class Machine:
    """What the checks look at; tests pass their own PATH and environment."""

    environ: Mapping[str, str]
    project_dir: Path
    network_timeout: float = provider_installation.NETWORK_TIMEOUT_SECONDS

    @property
    def home(self) -> Path:
        return Path(self.environ.get("HOME") or Path.home())

    @cached_property
    def config(self) -> EstateConfig | ConfigError:
        """The estate configuration this deploy would use, or why it cannot be read."""
        try:
            return load_config(environ=self.environ)
        except ConfigError as error:
            return error

    @property
    def uses_docker(self) -> bool:
        """False only for a readable configuration that names an existing Octopus (no containers stack)."""
        return not (isinstance(self.config, EstateConfig) and self.config.existing_instance is not None)

    def which(self, program: str) -> str | None:
        return shutil.which(program, path=self.environ.get("PATH", ""))

    def run(self, *argv: str) -> subprocess.CompletedProcess[str] | None:
        path = self.which(argv[0])
        if path is None:
            return None
        try:
            return subprocess.run(
                [path, *argv[1:]],
                capture_output=True,
                text=True,
                timeout=20,
                env=dict(self.environ),
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None


def check_docker(machine: Machine) -> list[Problem]:
    if not machine.uses_docker:
        return []
    if machine.which("docker") is None:
        return [
            Problem(
                "docker CLI not found on PATH",
                "install Docker Engine: https://docs.docker.com/engine/install/",
            )
        ]
    result = machine.run("docker", "info", "--format", "{{.ServerVersion}}")
    if result is None or result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no answer"])[-1] if result else "no answer"
        return [
            Problem(f"Docker engine not reachable ({detail})", "start the Docker daemon or set DOCKER_HOST")
        ]
    return []


def check_terraform(machine: Machine) -> list[Problem]:
    fix = f"install Terraform >= {MIN_TERRAFORM[0]}.{MIN_TERRAFORM[1]}: https://developer.hashicorp.com/terraform/install"
    result = machine.run("terraform", "version", "-json")
    if result is None or result.returncode != 0:
        return [Problem("terraform not found on PATH", fix)]
    try:
        version = _version_tuple(str(json.loads(result.stdout).get("terraform_version", "")))
    except ValueError:
        version = (0,)
    if version < MIN_TERRAFORM:
        return [Problem(f"terraform {'.'.join(map(str, version))} is too old", fix)]
    return []


# Advice that fits any app: this repository's own scripts/setup does both, but an app that installs the
# library has its own layout.
CDKTF_CLI_FIX = (
    "install the cdktf CLI (npm package cdktf-cli, 0.21) in the app's node_modules "
    "(`npm ci` when a package-lock.json pins it) or on PATH"
)
PYTHON_PACKAGE_FIX = (
    "put first on PATH the python3 of the environment octopus-patterns is installed in "
    "(activate that virtual environment, or pip install the octopus-patterns wheel into it)"
)


def check_node(machine: Machine) -> list[Problem]:
    fix = f"install Node.js >= {MIN_NODE} and npm"
    result = machine.run("node", "--version")
    if result is None or result.returncode != 0:
        return [Problem("node not found on PATH", fix)]
    if _version_tuple(result.stdout.strip().lstrip("v"))[:1] < (MIN_NODE,):
        return [Problem(f"node {result.stdout.strip()} is too old", fix)]
    local = machine.project_dir / "node_modules" / ".bin" / "cdktf"
    if not local.exists() and machine.which("cdktf") is None:
        return [Problem("the cdktf CLI is in neither ./node_modules nor on PATH", CDKTF_CLI_FIX)]
    return []


def check_python_package(machine: Machine) -> list[Problem]:
    """Provisioners run `python3 -m octopus_patterns...`, so the python3 on PATH must have the package."""
    result = machine.run("python3", "-c", "import octopus_patterns")
    if result is None or result.returncode != 0:
        return [Problem("python3 on PATH cannot import octopus_patterns", PYTHON_PACKAGE_FIX)]
    return []


def check_environment(machine: Machine) -> list[Problem]:
    problems = [
        Problem(f"{name} is not set", f"export {name}=... ({why})")
        for name, why in (
            ("TF_VAR_docker_username", "Docker Hub user for the Docker feed"),
            ("TF_VAR_docker_password", "Docker Hub password or access token"),
        )
        if not machine.environ.get(name)
    ]
    config = machine.config
    if isinstance(config, ConfigError):
        return [*problems, Problem(str(config), "fix estate.toml or the ESTATE__* variables", bad_input=True)]
    problems += [
        Problem(f"TF_VAR_{name} is not set", f"export TF_VAR_{name}=... (the secret {owner} names)")
        for owner, name in config.secret_variables()
        if not machine.environ.get(f"TF_VAR_{name}")
    ]
    if config.state.backend == "pg" and not machine.environ.get(PG_CONN_STR_ENV):
        problems.append(Problem(f"state backend is pg but {PG_CONN_STR_ENV} is not set", "see README, State"))
    return problems


def check_provider_installation(machine: Machine) -> list[Problem]:
    """What `terraform init` needs for the stacks' providers: their registry, or a mirror that holds them."""
    config = terraform_cli_config.load(machine.environ, machine.home)
    version = machine.run("terraform", "version", "-json")
    findings = provider_installation.check(
        config,
        provider_installation.target_platform(
            version.stdout if version and version.returncode == 0 else None
        ),
        provider_installation.http_probe(machine.environ, machine.network_timeout),
        provider_installation.implied_mirror_dirs(machine.environ, machine.home),
        providers=provider_installation.PROVIDERS if machine.uses_docker else _WITHOUT_DOCKER,
    )
    unreadable = [
        Problem(what, "fix that file's syntax, or point TF_CLI_CONFIG_FILE elsewhere")
        for what in config.problems
    ]
    return unreadable + [Problem(finding.what, finding.fix) for finding in findings]


# An existing instance has no containers stack, so nothing needs the docker provider.
_WITHOUT_DOCKER = tuple(p for p in provider_installation.PROVIDERS if p.source != "kreuzwerker/docker")

CHECKS: tuple[Check, ...] = (
    check_docker,
    check_terraform,
    check_node,
    check_python_package,
    check_environment,
    check_provider_installation,
)


def run_checks(machine: Machine, checks: tuple[Check, ...] = CHECKS) -> list[Problem]:
    return [problem for check in checks for problem in check(machine)]


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts) or (0,)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m octopus_patterns.preflight",
        description=(
            "Check everything a deploy needs (Docker, Terraform and the providers `terraform init` installs, "
            "Node.js and the cdktf CLI, this package, credentials, the estate configuration) and list every "
            "missing item with its fix; exit 0 when a deploy can start, 1 otherwise."
        ),
    ).parse_args(argv)
    machine = Machine(environ=dict(os.environ), project_dir=Path.cwd())
    problems = run_checks(machine)
    for problem in problems:
        print(f"MISSING  {problem.what}\n         fix: {problem.fix}")
    if problems:
        print(f"preflight: {len(problems)} problem(s); a deploy would fail", file=sys.stderr)
        return 2 if any(problem.bad_input for problem in problems) else 1
    print("preflight: everything a deploy needs is here")
    return 0


if __name__ == "__main__":
    sys.exit(main())
