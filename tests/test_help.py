"""`--help` on every runnable module prints its help and does nothing else, even with its environment set."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR
from tests.misbehaving_http import MisbehavingServer, answer

# how each runnable module is started; the test below checks this list against the source tree
ENTRY_POINTS = {
    "main.py": ["main.py"],
    "scripts/bench_synth.py": ["scripts/bench_synth.py"],
    "octopus_patterns/adoption/__main__.py": ["-m", "octopus_patterns.adoption"],
    "octopus_patterns/gitea/__main__.py": ["-m", "octopus_patterns.gitea"],
    "octopus_patterns/gitea/ocl_seed.py": ["-m", "octopus_patterns.gitea.ocl_seed"],
    "octopus_patterns/preflight.py": ["-m", "octopus_patterns.preflight"],
    "octopus_patterns/rehearsal/__main__.py": ["-m", "octopus_patterns.rehearsal"],
    "octopus_patterns/stack_graph.py": ["-m", "octopus_patterns.stack_graph"],
    "octopus_patterns/state_files.py": ["-m", "octopus_patterns.state_files"],
    "octopus_patterns/wait_for_octopus.py": ["-m", "octopus_patterns.wait_for_octopus"],
}
_MAIN_GUARD = re.compile(r"^if __name__ == [\"']__main__[\"']:", re.MULTILINE)


def test_every_runnable_module_is_listed() -> None:
    sources = [
        *PROJECT_DIR.glob("*.py"),
        *PROJECT_DIR.glob("scripts/*.py"),
        *PROJECT_DIR.glob("octopus_patterns/**/*.py"),
    ]
    runnable = {
        str(path.relative_to(PROJECT_DIR))
        for path in sources
        if path.name == "__main__.py" or _MAIN_GUARD.search(path.read_text())
    }
    assert runnable == set(ENTRY_POINTS)


@pytest.mark.parametrize("module", sorted(ENTRY_POINTS))
def test_help_prints_help_and_does_nothing_else(module: str, tmp_path: Path) -> None:
    server = MisbehavingServer(
        [answer(200, '{"version": "1.22.6", "Application": "Octopus Deploy"}')]
    ).start()
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_DIR),
        "OCTOPUS_API_KEY": "API-HELPTESTKEY0123456789",
        "GITEA_URL": server.url,
        "GITEA_ADMIN_USERNAME": "gitea_admin",
        "GITEA_ADMIN_PASSWORD": "help-test-admin-password",
        "GITEA_EDITOR_USERNAME": "octopus",
        "GITEA_EDITOR_PASSWORD": "help-test-editor-password",
        "GITEA_ORGANIZATION": "octopuscac",
        "GITEA_TEAM": "editors",
        "GITEA_REPOSITORIES": "hello_world_cac",
        "GITEA_TIMEOUT_SECONDS": "2",
        "TF_VAR_docker_username": "u",
        "TF_VAR_docker_password": "p",
    }
    entry = ENTRY_POINTS[module]
    argv = [str(PROJECT_DIR / entry[0])] if entry[0].endswith(".py") else entry
    try:
        result = subprocess.run(
            [sys.executable, *argv, "--help"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        server.stop()

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: "), result.stdout
    assert result.stderr == ""
    assert server.requests == []  # nothing was sent to Gitea or Octopus
    assert list(tmp_path.iterdir()) == []  # nothing was written (no cdktf.out, no work dir)
