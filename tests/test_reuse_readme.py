"""The README's reuse section lists every public construct and value type with exactly its current fields."""

from __future__ import annotations

import dataclasses
import inspect
from typing import get_args, get_type_hints

from constructs import Construct

import octopus_patterns
from tests.conftest import PROJECT_DIR


def _optional(name: str, has_default: bool) -> str:
    return f"`{name}`?" if has_default else f"`{name}`"


def _fields(cls: type) -> str:
    missing = dataclasses.MISSING
    return ", ".join(
        _optional(f.name, f.default is not missing or f.default_factory is not missing)
        for f in dataclasses.fields(cls)
    )


def construct_row(cls: type[Construct]) -> str:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[3:]  # after self, scope, id
    if [p.name for p in parameters] == ["props"]:
        props = get_type_hints(cls.__init__)["props"]
        arguments = f"`{props.__name__}`"
    else:
        arguments = ", ".join(_optional(p.name, p.default is not inspect.Parameter.empty) for p in parameters)
    bases = getattr(cls, "__orig_bases__", ())
    resource = f"`{get_args(bases[0])[1].__name__}`" if bases and get_args(bases[0]) else "—"
    return f"| `{cls.__name__}` | {arguments or '—'} | {resource} |"


def value_row(cls: type) -> str:
    return f"| `{cls.__name__}` | {_fields(cls)} |"


def expected_rows() -> list[str]:
    public = [getattr(octopus_patterns, name) for name in octopus_patterns.__all__]
    classes = [value for value in public if inspect.isclass(value)]
    return [construct_row(c) for c in classes if issubclass(c, Construct)] + [
        value_row(c) for c in classes if dataclasses.is_dataclass(c)
    ]


def test_the_readme_lists_every_public_construct_and_value_type_with_its_fields() -> None:
    """Each row starts with these columns; a last column says in words what the construct is."""
    lines = (PROJECT_DIR / "README.md").read_text().splitlines()
    missing = [row for row in expected_rows() if not any(line.startswith(row) for line in lines)]
    assert not missing, "README's reuse tables are stale; expected rows:\n" + "\n".join(missing)
