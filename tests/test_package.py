"""The constructs package installs into the venv and imports from another app's directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_constructs_import_outside_the_project(tmp_path: Path) -> None:
    code = (
        "import octopus_patterns.containers.octopus_server as s;"
        "import octopus_patterns.bindings.octopusdeploy.environment as e;"
        "print(s.OctopusServer.__name__, e.Environment.TF_RESOURCE_TYPE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "OctopusServer octopusdeploy_environment"
