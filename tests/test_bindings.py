"""The committed imports/octopusdeploy is exactly what the real `cdktf get` makes from the schema."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import PROJECT_DIR


def _differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in committed: {n}" for n in comparison.left_only]
    found += [f"only in regenerated: {n}" for n in comparison.right_only]
    found += [f"differs: {n}" for n in comparison.diff_files]
    for sub in comparison.common_dirs:
        found += [f"{sub}/{d}" for d in _differences(left / sub, right / sub)]
    return found


def test_bindings_regenerate_byte_identical_offline(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(PROJECT_DIR / "cdktf.json", project / "cdktf.json")
    shutil.copytree(PROJECT_DIR / ".schema-cache", project / ".schema-cache")
    env = {
        **os.environ,
        "PATH": f"{PROJECT_DIR / '.venv' / 'bin'}:{os.environ['PATH']}",
        "CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH": str(project / ".schema-cache"),
        "CHECKPOINT_DISABLE": "1",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    result = subprocess.run(
        [str(PROJECT_DIR / "node_modules" / ".bin" / "cdktf"), "get"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    differences = _differences(PROJECT_DIR / "imports", project / "imports")
    assert differences == [], "imports/ was edited by hand or is stale: run ./scripts/regenerate-bindings"
