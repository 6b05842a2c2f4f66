"""State paths: deterministic in the JSON, and right for Terraform running in cdktf.out/stacks/<id>/."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from cdktf import App, TerraformOutput, TerraformStack

from octopus_patterns.config import StateConfig
from octopus_patterns.state_backend import configure_state_backend, local_state_path, pg_schema_name
from octopus_patterns.terraform_data import TerraformData

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
