"""Shared fixtures: the whole app is synthesized once per test session and read back as JSON."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from cdktf import App

from main import build_app
from octopus_patterns.config import EstateConfig, load_config

PROJECT_DIR = Path(__file__).resolve().parent.parent
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


@dataclass(frozen=True)
class SynthesizedApp:
    outdir: Path
    manifest: dict
    stacks: dict[str, dict]  # stack id -> cdk.tf.json
    texts: dict[str, str]  # stack id -> cdk.tf.json exactly as written

    def stack_json(self, stack_id: str) -> str:
        """The stack as the string cdktf's Testing matchers take."""
        return self.texts[stack_id]


def project_config(**environ: str) -> EstateConfig:
    """The committed estate.toml, with only the overrides given (never the caller's real environment)."""
    return load_config(PROJECT_DIR / "estate.toml", environ=environ)


def synthesize(outdir: Path, config: EstateConfig) -> SynthesizedApp:
    app = App(outdir=str(outdir))
    build_app(config, app)
    app.synth()
    manifest = json.loads((outdir / "manifest.json").read_text())
    texts = {
        stack_id: (outdir / entry["synthesizedStackPath"]).read_text()
        for stack_id, entry in manifest["stacks"].items()
    }
    return SynthesizedApp(outdir, manifest, {k: json.loads(v) for k, v in texts.items()}, texts)


@pytest.fixture(scope="session")
def estate(tmp_path_factory: pytest.TempPathFactory) -> SynthesizedApp:
    return synthesize(tmp_path_factory.mktemp("synth") / "cdktf.out", project_config())
