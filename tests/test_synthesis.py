"""Every stack: snapshot of its JSON, byte-identical across synths, no absolute path, no secret literal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension

from tests.conftest import PROJECT_DIR, SynthesizedApp
from tests.support.secret_literals import secret_literals


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


def test_every_stack_matches_its_snapshot(estate: SynthesizedApp, snapshot_json: SnapshotAssertion) -> None:
    for stack_id in sorted(estate.stacks):
        assert estate.stacks[stack_id] == snapshot_json(name=stack_id)


# Hash seeds for the separate synths: str hashes, and so the order of sets and of anything built from
# them, differ between processes; one seed per process, all of them must write the same bytes.
HASH_SEEDS = ("0", "1", "4242")


def _synthesize_in_a_process(outdir: Path, hash_seed: str) -> subprocess.Popen[str]:
    """`python main.py` as cdktf runs it, in its own interpreter, writing to `outdir` (CDKTF_OUTDIR)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("ESTATE", "CDKTF_"))}
    environ |= {"CDKTF_OUTDIR": str(outdir), "PYTHONHASHSEED": hash_seed}
    return subprocess.Popen(
        [sys.executable, "main.py"], cwd=PROJECT_DIR, env=environ, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def _written(outdir: Path) -> dict[str, bytes]:
    return {str(f.relative_to(outdir)): f.read_bytes() for f in sorted(outdir.rglob("*")) if f.is_file()}


def test_synthesis_is_byte_identical_across_processes_and_hash_seeds(
    tmp_path: Path, estate: SynthesizedApp
) -> None:
    runs = {seed: _synthesize_in_a_process(tmp_path / f"seed-{seed}", seed) for seed in HASH_SEEDS}
    for seed, run in runs.items():
        output, _ = run.communicate(timeout=300)
        assert run.returncode == 0, f"PYTHONHASHSEED={seed}: {output}"
    written = {seed: _written(tmp_path / f"seed-{seed}") for seed in HASH_SEEDS}
    stacks = {f"stacks/{stack_id}/cdk.tf.json" for stack_id in estate.stacks}
    assert stacks <= written[HASH_SEEDS[0]].keys()
    for seed in HASH_SEEDS[1:]:
        assert written[seed].keys() == written[HASH_SEEDS[0]].keys(), seed
        differing = [f for f in written[seed] if written[seed][f] != written[HASH_SEEDS[0]][f]]
        assert not differing, f"PYTHONHASHSEED={seed} and {HASH_SEEDS[0]} wrote different {differing}"
    # main.py writes what the tests' in-process synth (another seed again) reads.
    for stack_id, text in estate.texts.items():
        assert written[HASH_SEEDS[0]][f"stacks/{stack_id}/cdk.tf.json"] == text.encode(), stack_id


def test_no_absolute_path_is_synthesized(estate: SynthesizedApp) -> None:
    for stack_id, text in estate.texts.items():
        for absolute in (str(PROJECT_DIR), str(estate.outdir), "/tmp/", "/root/", "/home/"):
            assert absolute not in text, f"{stack_id} contains {absolute}"


def test_no_secret_literal_is_synthesized(estate: SynthesizedApp) -> None:
    assert secret_literals(estate.texts) == []


def _containers_output(source: str) -> str:
    """A pattern for `${...}` reading the containers stack's cross-stack output of `source` (dots dropped)."""
    remote = "data.terraform_remote_state.cross-stack-reference-input-containers.outputs.cross-stack-output-"
    head, attribute = source.split("/")
    return re.escape("${" + remote + head) + "_[0-9A-F]{8}" + re.escape(attribute + "}")


def test_every_octopus_provider_takes_the_api_key_sensitive_and_the_url_after_the_readiness_wait(
    estate: SynthesizedApp,
) -> None:
    """The API key never shows in a plan: every stack's provider wraps `api_key` in sensitive()."""
    octopus_stacks = {s for s, stack in estate.stacks.items() if "octopusdeploy" in stack.get("provider", {})}
    assert octopus_stacks == set(estate.stacks) - {"containers"}
    api_key = r'\$\{sensitive\("API-' + _containers_output("random_passwordoctopus_api-key/result") + r'"\)\}'
    url = _containers_output("terraform_dataoctopus_api-ready/outputurl")
    for stack_id in octopus_stacks:
        (provider,) = estate.stacks[stack_id]["provider"]["octopusdeploy"]
        assert re.fullmatch(api_key, provider["api_key"]), (stack_id, provider["api_key"])
        assert re.fullmatch(url, provider["address"]), (stack_id, provider["address"])


# Where a secret is written: attributes and container env entries named like one, connection strings.
SECRET_NAME = re.compile(r"password|api_?key|sensitive_value|secret|certificate_data|token|master_?key", re.I)
SECRET_SOURCE = re.compile(
    r"(random_password|random_bytes)\.[\w-]+\.(result|base64)|\bvar\.\w+|terraform_remote_state"
)


def _secret_fields(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """(where, value) of every string under a secret-named key, every `NAME=value` env entry with such a
    name, and every `Password=` of a connection string."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and SECRET_NAME.search(key):
                yield f"{where}.{key}", item
            elif key != "//":
                yield from _secret_fields(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _secret_fields(item, f"{where}[{index}]")
    elif isinstance(value, str):
        entry = re.fullmatch(r"([A-Z_]+)=(.*)", value, re.S)
        if entry and SECRET_NAME.search(entry.group(1)):
            yield f"{where} {entry.group(1)}", entry.group(2)
        for password in re.findall(r"Password=([^;]*);", value):
            yield f"{where} Password=", password


def _is_reference(value: str) -> bool:
    """A Terraform expression reading a generated value, an input variable or another stack's output, whose
    only quoted text is the API key's "API-" prefix; or a shell variable the container expands."""
    if re.match(r'"?\$[A-Z_]+\b', value):
        return True
    expression = re.fullmatch(r"(API-)?\$\{.*\}", value, re.S) and SECRET_SOURCE.search(value)
    return bool(expression) and not set(re.findall(r'"([^"$]*)"', value)) - {"API-", ":"}


def test_every_secret_is_a_reference_to_a_generated_value_an_input_or_another_stack(
    estate: SynthesizedApp,
) -> None:
    fields = [field for stack_id, doc in estate.stacks.items() for field in _secret_fields(doc, stack_id)]
    literal = [(where, value[:60]) for where, value in fields if not _is_reference(value)]
    assert not literal, f"secrets that are not references: {literal}"
    assert len(fields) >= 35  # the check reads every stack's secrets, not none
