"""The library's public API: short imports that resolve lazily, and constructs with concrete types."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from cdktf import App, TerraformResource, TerraformStack

import octopus_patterns
import octopus_patterns.octopus
from octopus_patterns.octopus.resource import NamedResourceConstruct, ResourceConstruct

INIT = Path(octopus_patterns.__file__)


def _type_checking_imports() -> dict[str, tuple[str, ...]]:
    """What `if TYPE_CHECKING:` in octopus_patterns/__init__.py imports, module -> names."""
    tree = ast.parse(INIT.read_text())
    (block,) = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    return {
        str(node.module): tuple(alias.name for alias in node.names)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
    }


def test_every_public_name_resolves_to_the_object_its_module_defines() -> None:
    modules = octopus_patterns._MODULES
    assert sorted(octopus_patterns.__all__) == sorted(name for names in modules.values() for name in names)
    for module, names in modules.items():
        for name in names:
            assert getattr(octopus_patterns, name) is getattr(sys.modules[module], name), name


def test_type_checkers_see_the_same_names_as_run_time() -> None:
    """A name missing from the TYPE_CHECKING imports would be unknown to mypy in the user's app."""
    assert _type_checking_imports() == octopus_patterns._MODULES


def test_a_misspelt_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'ManagedSpaec'"):
        octopus_patterns.ManagedSpaec  # type: ignore[attr-defined]  # noqa: B018


def _loaded_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"},
    )
    return set(result.stdout.split())


def test_importing_the_package_loads_no_bindings_until_a_name_is_used() -> None:
    heavy = {"jsii", "cdktf", "constructs", "octopus_patterns.bindings.octopusdeploy"}
    assert heavy.isdisjoint(_loaded_after("import octopus_patterns"))
    assert heavy <= _loaded_after("from octopus_patterns import ManagedSpace")
    assert "pydantic" in _loaded_after("from octopus_patterns import EstateConfig")


def _resource_constructs() -> set[type[ResourceConstruct]]:
    """Every construct built on ResourceConstruct (they live in octopus_patterns.octopus)."""
    for module in pkgutil.iter_modules(octopus_patterns.octopus.__path__, "octopus_patterns.octopus."):
        importlib.import_module(module.name)
    found: set[type[ResourceConstruct]] = set()
    pending: list[type[ResourceConstruct]] = [ResourceConstruct]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            found.add(subclass)
    return found - {NamedResourceConstruct}


def test_each_resource_construct_is_public_and_names_its_props_and_binding_class() -> None:
    constructs = _resource_constructs()
    assert len(constructs) == 12
    for construct in constructs:
        assert getattr(octopus_patterns, construct.__name__) is construct
        (base,) = construct.__orig_bases__
        props, resource = get_args(base)
        assert isinstance(props, type) and dataclasses.is_dataclass(props), construct
        assert props.__name__ == f"{construct.__name__}Props", construct
        assert issubclass(resource, TerraformResource), construct
        assert resource.__module__.startswith("octopus_patterns.bindings.octopusdeploy."), construct


def test_props_and_resource_are_the_declared_objects() -> None:
    stack = TerraformStack(App(), "s")
    props = octopus_patterns.ManagedSpaceProps(name="Team A", description="Team A's space")
    space = octopus_patterns.ManagedSpace(stack, "space", props)
    assert space.props is props and space.props.description == "Team A's space"
    assert type(space.resource).__name__ == "Space" and space.resource.is_default is not None
