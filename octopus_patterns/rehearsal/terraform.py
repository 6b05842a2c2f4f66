"""Running the Terraform CLI in one stack directory and reading its machine-readable output."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Settings that would make every stack share state or change the commands we run.
_STRIPPED_ENV_PREFIXES = ("TF_CLI_ARGS", "TF_DATA_DIR", "TF_WORKSPACE")
_MAX_ERROR_LINES = 40


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    changes: dict[str, int] = field(default_factory=dict)  # `add`, `change`, `remove` from the summary
    errors: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()  # what a plan would change, one line each


def terraform_env(environ: Mapping[str, str]) -> dict[str, str]:
    env = {k: v for k, v in environ.items() if not k.startswith(_STRIPPED_ENV_PREFIXES)}
    env |= {"TF_IN_AUTOMATION": "1", "TF_INPUT": "0", "CHECKPOINT_DISABLE": "1"}
    return env


class Terraform:
    def __init__(self, binary: str, environ: Mapping[str, str]) -> None:
        self.binary = binary
        self.env = terraform_env(environ)

    def _run(self, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.binary, *args], cwd=cwd, env=self.env, capture_output=True, text=True, check=False
        )

    def init(self, cwd: Path) -> Outcome:
        done = self._run(cwd, "init", "-input=false", "-no-color")
        errors = () if done.returncode == 0 else (_tail(done.stderr or done.stdout),)
        return Outcome(done.returncode, errors=errors)

    def apply(self, cwd: Path) -> Outcome:
        return _parse(self._run(cwd, "apply", "-auto-approve", "-input=false", "-no-color", "-json"))

    def plan(self, cwd: Path) -> Outcome:
        """Exit code 0: no changes, 2: changes, 1: error (`-detailed-exitcode`)."""
        return _parse(self._run(cwd, "plan", "-detailed-exitcode", "-input=false", "-no-color", "-json"))

    def destroy(self, cwd: Path) -> Outcome:
        return _parse(self._run(cwd, "destroy", "-auto-approve", "-input=false", "-no-color", "-json"))

    def outputs(self, cwd: Path) -> dict[str, Any]:
        """Output name -> value (sensitive ones included: the caller never prints them)."""
        document = self._json(cwd, "output", "-json")
        return {name: output.get("value") for name, output in document.items()}

    def state(self, cwd: Path) -> dict[str, Any]:
        return self._json(cwd, "show", "-json")

    def state_addresses(self, cwd: Path) -> list[str]:
        done = self._run(cwd, "state", "list")
        if done.returncode != 0:
            raise TerraformError(_tail(done.stderr or done.stdout))
        return done.stdout.split()

    def _json(self, cwd: Path, *args: str) -> dict[str, Any]:
        done = self._run(cwd, *args)
        if done.returncode != 0:
            raise TerraformError(_tail(done.stderr or done.stdout))
        document: dict[str, Any] = json.loads(done.stdout or "{}")
        return document


class TerraformError(RuntimeError):
    pass


def _parse(done: subprocess.CompletedProcess[str]) -> Outcome:
    changes: dict[str, int] = {}
    errors: list[str] = []
    planned: list[str] = []
    for line in done.stdout.splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            continue
        kind = message.get("type")
        if kind == "change_summary":
            changes = {k: v for k, v in message["changes"].items() if isinstance(v, int)}
        elif kind == "diagnostic" and message["diagnostic"].get("severity") == "error":
            errors.append(_diagnostic(message["diagnostic"]))
        elif kind in ("planned_change", "resource_drift"):
            change = message["change"]
            planned.append(f"{change['action']} {change['resource']['addr']}")
        elif kind == "outputs":
            planned += [
                f"{o.get('action')} output.{name}"
                for name, o in message["outputs"].items()
                if o.get("action") not in (None, "noop")
            ]
    if done.returncode not in (0, 2) and not errors:
        errors.append(_tail(done.stderr or done.stdout))
    return Outcome(done.returncode, changes, tuple(errors), tuple(planned))


def _diagnostic(diagnostic: dict[str, Any]) -> str:
    text = f"Error: {diagnostic.get('summary', '')}"
    if diagnostic.get("address"):
        text += f" ({diagnostic['address']})"
    where = diagnostic.get("range")
    if where:
        text += f" [{os.path.basename(where.get('filename', ''))} line {where.get('start', {}).get('line')}]"
    detail = diagnostic.get("detail")
    return f"{text}\n  {detail}" if detail else text


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-_MAX_ERROR_LINES:])
