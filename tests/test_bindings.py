"""The committed imports/octopusdeploy is exactly what the real `cdktf get` makes from the schema, and
the code reaches it only as `octopus_patterns.bindings.octopusdeploy` (never the top-level `imports`, which
belongs to the app that installs the library)."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
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


BINDINGS_LINK = PROJECT_DIR / "octopus_patterns" / "bindings" / "octopusdeploy"
TOP_LEVEL_IMPORTS = re.compile(r"^\s*(from|import)\s+imports(\.|\s|$)", re.MULTILINE)


def test_the_package_links_the_generated_bindings() -> None:
    assert BINDINGS_LINK.is_symlink()
    assert os.readlink(BINDINGS_LINK) == "../../imports/octopusdeploy"  # relative: works in any checkout
    assert BINDINGS_LINK.resolve() == (PROJECT_DIR / "imports" / "octopusdeploy").resolve()


def _python_sources() -> list[Path]:
    roots = [PROJECT_DIR / name for name in ("octopus_patterns", "stacks", "tests", "examples")]
    found = [PROJECT_DIR / "main.py"]
    for root in roots:
        found += [p for p in root.rglob("*.py") if "bindings" not in p.relative_to(PROJECT_DIR).parts]
    return found


def test_no_code_imports_the_top_level_imports_package() -> None:
    offenders = [
        str(path.relative_to(PROJECT_DIR))
        for path in _python_sources()
        if TOP_LEVEL_IMPORTS.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], (
        "import the bindings as octopus_patterns.bindings.octopusdeploy, not imports.octopusdeploy "
        "(two module paths load the jsii assembly twice; `imports` belongs to the app using the library)"
    )


def test_the_import_check_catches_both_spellings() -> None:
    assert TOP_LEVEL_IMPORTS.search("x = 1\nfrom imports.octopusdeploy.space import Space\n")
    assert TOP_LEVEL_IMPORTS.search("import imports.octopusdeploy.space\n")
    assert not TOP_LEVEL_IMPORTS.search("from octopus_patterns.bindings.octopusdeploy.space import Space\n")


def test_synthesizing_the_estate_never_loads_the_top_level_imports(estate: object) -> None:
    assert sorted(name for name in sys.modules if name == "imports" or name.startswith("imports.")) == []
