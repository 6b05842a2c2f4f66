"""State paths: deterministic in the JSON, and right for Terraform running in cdktf.out/stacks/<id>/."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cdktf import App, TerraformOutput, TerraformStack

from octopus_patterns.config import StateConfig
from octopus_patterns.state_backend import configure_state_backend, local_state_path, pg_schema_name
from octopus_patterns.terraform_data import TerraformData
from tests.conftest import PROJECT_DIR

TERRAFORM = "/usr/local/bin/terraform"


def _two_stacks(outdir: Path, state: StateConfig) -> None:
    """A producer whose value only exists after apply, and a consumer that reads it across stacks."""
    outdir.parent.mkdir(parents=True, exist_ok=True)
    app = App(outdir=str(outdir))
    producer = TerraformStack(app, "producer")
    configure_state_backend(producer, state)
    value = TerraformData(producer, "value", input={"space_id": "Spaces-42"})
    consumer = TerraformStack(app, "consumer")
    configure_state_backend(consumer, state)
    TerraformOutput(consumer, "space_id", value=value.output_attribute("space_id"))
    app.synth()


def _terraform(stack_dir: Path, *args: str) -> str:
    env = {**os.environ, "TF_IN_AUTOMATION": "1"}
    result = subprocess.run(
        [TERRAFORM, *args, "-no-color"], cwd=stack_dir, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, f"terraform {' '.join(args)} in {stack_dir.name}:\n{result.stderr}"
    return result.stdout


def test_local_path_is_relative_and_the_same_from_every_stack_directory() -> None:
    state = StateConfig()
    assert local_state_path(state, "management") == "../../../state/management.tfstate"
    assert pg_schema_name("test-production") == "octopus_patterns_test_production"


@pytest.mark.skipif(not Path(TERRAFORM).exists(), reason="terraform is not installed")
def test_remote_state_resolves_with_real_terraform(tmp_path: Path) -> None:
    outdir = tmp_path / "project" / "cdktf.out"
    _two_stacks(outdir, StateConfig())
    for stack in ("producer", "consumer"):
        text = (outdir / "stacks" / stack / "cdk.tf.json").read_text()
        assert str(tmp_path) not in text and "/work/" not in text, "absolute path synthesized"
    consumer_json = json.loads((outdir / "stacks" / "consumer" / "cdk.tf.json").read_text())
    remote = consumer_json["data"]["terraform_remote_state"]["cross-stack-reference-input-producer"]
    assert remote["config"]["path"] == "../../../state/producer.tfstate"

    for stack in ("producer", "consumer"):
        stack_dir = outdir / "stacks" / stack
        _terraform(stack_dir, "init", "-input=false")
        _terraform(stack_dir, "apply", "-auto-approve", "-input=false")
    outputs = json.loads(_terraform(outdir / "stacks" / "consumer", "output", "-json"))
    assert outputs["space_id"]["value"] == "Spaces-42"
    assert (tmp_path / "project" / "state" / "producer.tfstate").is_file()
    assert (tmp_path / "project" / "state" / "consumer.tfstate").is_file()
    # (.terraform/terraform.tfstate is Terraform's backend settings cache, not the stack's state.)
    misplaced = [p for p in outdir.rglob("*.tfstate") if ".terraform" not in p.parts]
    assert not misplaced, "state must live outside cdktf.out, which synth rewrites"


def test_pg_backend_synthesizes_no_connection_string(tmp_path: Path) -> None:
    outdir = tmp_path / "cdktf.out"
    _two_stacks(outdir, StateConfig(backend="pg"))
    consumer = json.loads((outdir / "stacks" / "consumer" / "cdk.tf.json").read_text())
    assert consumer["terraform"]["backend"] == {
        "pg": {"conn_str": "", "schema_name": "octopus_patterns_consumer"}
    }
    remote = consumer["data"]["terraform_remote_state"]["cross-stack-reference-input-producer"]
    assert remote["backend"] == "pg"
    assert remote["config"] == {"conn_str": "", "schema_name": "octopus_patterns_producer"}


def _run(cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A command as a user with the usual umask 022 would run it (so only our code can make files private)."""
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1", "PYTHONPATH": str(PROJECT_DIR)}
    return subprocess.run(
        list(command),
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        preexec_fn=lambda: os.umask(0o022),
    )


def _private_terraform(project: Path, stack: str, *args: str) -> None:
    """Terraform in a stack directory, through the state_files wrapper as scripts/deploy runs cdktf."""
    result = _run(
        project,
        sys.executable,
        "-m",
        "octopus_patterns.state_files",
        "--outdir",
        "cdktf.out",
        "--",
        TERRAFORM,
        f"-chdir=cdktf.out/stacks/{stack}",
        *args,
        "-input=false",
        "-no-color",
    )
    assert result.returncode == 0, f"terraform {' '.join(args)} in {stack}:\n{result.stderr}"


@pytest.mark.skipif(not Path(TERRAFORM).exists(), reason="terraform is not installed")
def test_local_state_is_owner_only_after_real_terraform_apply(tmp_path: Path) -> None:
    project = tmp_path / "project"
    _two_stacks(project / "cdktf.out", StateConfig())
    state = project / "state"
    state.mkdir(mode=0o755)
    stale = state / "producer.tfstate.old"  # a file written before this protection existed
    stale.write_text("{}")
    stale.chmod(0o644)

    for stack in ("producer", "consumer"):
        _private_terraform(project, stack, "init")
        _private_terraform(project, stack, "apply", "-auto-approve")
    _private_terraform(project, "producer", "apply", "-auto-approve", "-replace=terraform_data.value")

    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in state.iterdir()}
    assert {"producer.tfstate", "producer.tfstate.backup", "consumer.tfstate"} <= set(files)
    loose = {name: oct(mode) for name, mode in files.items() if mode & 0o077}
    assert loose == {}, "state files readable by group or others"


def test_state_wrapper_needs_a_synthesized_app(tmp_path: Path) -> None:
    result = _run(tmp_path, sys.executable, "-m", "octopus_patterns.state_files", "--", "true")
    assert result.returncode == 2
    assert "manifest.json: not found; run `cdktf synth` first" in result.stderr


# The README's recipes for reading credentials after a deploy ("Credentials"), run here as written.
README_OUTPUT_FROM_STATE_FILE = "terraform output -state=state/containers.tfstate -raw octopus_admin_password"
README_INIT = "terraform -chdir=cdktf.out/stacks/containers init -input=false"
README_OUTPUT = "terraform -chdir=cdktf.out/stacks/containers output -raw octopus_admin_password"


@pytest.mark.skipif(not Path(TERRAFORM).exists(), reason="terraform is not installed")
def test_the_readme_recipes_read_a_sensitive_output(tmp_path: Path) -> None:
    readme = (PROJECT_DIR / "README.md").read_text()
    for line in (README_OUTPUT_FROM_STATE_FILE, README_INIT, README_OUTPUT):
        assert line in readme, f"README no longer shows: {line}"
    project = tmp_path / "project"
    project.mkdir()
    app = App(outdir=str(project / "cdktf.out"))
    stack = TerraformStack(app, "containers")
    configure_state_backend(stack, StateConfig(), force_local=True)
    password = TerraformData(stack, "password", input={"value": "s3cret-from-state"})
    TerraformOutput(stack, "octopus_admin_password", value=password.output_attribute("value"), sensitive=True)
    app.synth()
    _private_terraform(project, "containers", "init")
    _private_terraform(project, "containers", "apply", "-auto-approve")
    shutil.rmtree(project / "cdktf.out" / "stacks" / "containers" / ".terraform")  # as after a fresh checkout

    def run(line: str) -> subprocess.CompletedProcess[str]:
        return _run(project, TERRAFORM, *shlex.split(line)[1:])

    assert run(README_OUTPUT).returncode != 0, "reading outputs needs an initialised stack directory"
    assert run(README_OUTPUT_FROM_STATE_FILE).stdout == "s3cret-from-state"
    assert run(README_INIT).returncode == 0
    assert run(README_OUTPUT).stdout == "s3cret-from-state"
