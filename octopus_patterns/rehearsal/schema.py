"""Provider schemas (the `terraform providers schema -json` format) and typed placeholder values.

A stand-in must answer every attribute the configuration reads. Attributes the configuration sets are
copied; the others get a placeholder of the schema's type, shaped so that the paths that are read exist
(`lifecycles[0].phase[1].name` gets a list of one lifecycle holding two phases).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Block = dict[str, Any]  # a schema "block": {"attributes": {...}, "block_types": {...}}
Mode = Literal["resource", "data"]


@dataclass(frozen=True)
class PathStep:
    """A step below an attribute: `.name` or `["key"]` (key), `[0]` (index), or any element (`[*]`)."""

    kind: Literal["key", "index", "any"]
    value: str | int | None = None


SubPath = tuple[PathStep, ...]


def _attr(type_: Any, *, sensitive: bool = False) -> dict[str, Any]:
    return {"type": type_, "computed": True, "sensitive": sensitive}


# hashicorp/random publishes no schema file here; these are its read-only attributes.
_RANDOM_RESOURCES: dict[str, Block] = {
    "random_password": {
        "attributes": {
            "id": _attr("string"),
            "result": _attr("string", sensitive=True),
            "bcrypt_hash": _attr("string", sensitive=True),
        }
    },
    "random_string": {"attributes": {"id": _attr("string"), "result": _attr("string")}},
    "random_id": {
        "attributes": {name: _attr("string") for name in ("id", "b64_std", "b64_url", "hex", "dec")}
    },
    "random_uuid": {"attributes": {"id": _attr("string"), "result": _attr("string")}},
    "random_integer": {"attributes": {"id": _attr("string"), "result": _attr("number")}},
    "random_pet": {"attributes": {"id": _attr("string")}},
    "random_shuffle": {"attributes": {"id": _attr("string"), "result": _attr(["list", "string"])}},
    "random_bytes": {
        "attributes": {
            "id": _attr("string"),
            "base64": _attr("string", sensitive=True),
            "hex": _attr("string", sensitive=True),
        }
    },
}


class SchemaError(ValueError):
    pass


class Schemas:
    """Resource and data source schemas by type name, from every schema file given."""

    def __init__(self, resources: dict[str, Block], data_sources: dict[str, Block]) -> None:
        self._by_mode: dict[Mode, dict[str, Block]] = {"resource": resources, "data": data_sources}

    @classmethod
    def load(cls, files: Iterable[Path]) -> Schemas:
        resources: dict[str, Block] = dict(_RANDOM_RESOURCES)
        data_sources: dict[str, Block] = {}
        for file in files:
            document = json.loads(file.read_text(encoding="utf-8"))
            for provider in document.get("provider_schemas", {}).values():
                for name, schema in provider.get("resource_schemas", {}).items():
                    resources.setdefault(name, schema["block"])
                for name, schema in provider.get("data_source_schemas", {}).items():
                    data_sources.setdefault(name, schema["block"])
        return cls(resources, data_sources)

    def block(self, mode: Mode, type_name: str) -> Block | None:
        return self._by_mode[mode].get(type_name)


def default_schema_files(roots: Iterable[Path]) -> list[Path]:
    """Schema files the project keeps: tests/data/provider-schemas first, then cdktf's schema cache."""
    files: list[Path] = []
    for root in roots:
        for folder in (root / "tests" / "data" / "provider-schemas", root / ".schema-cache"):
            files += sorted(folder.glob("*.json")) if folder.is_dir() else []
    return list(dict.fromkeys(path.resolve() for path in files))


def placeholder_for_attribute(block: Block, name: str, paths: Sequence[SubPath], label: str) -> Any:
    """A value for attribute (or nested block) `name` of `block` in which every path exists."""
    attribute = block.get("attributes", {}).get(name)
    if attribute is not None:
        if "nested_type" in attribute:
            return _nested(attribute["nested_type"], attribute["nested_type"]["nesting_mode"], paths, label)
        return _typed(attribute.get("type", "dynamic"), paths, label)
    block_type = block.get("block_types", {}).get(name)
    if block_type is not None:
        return _nested(block_type["block"], block_type["nesting_mode"], paths, label)
    if name == "id":
        return label
    raise SchemaError(f"the provider schema has no attribute {name!r}")


def attribute_names(block: Block) -> list[str]:
    return [*block.get("attributes", {}), *block.get("block_types", {})]


def is_sensitive(block: Block, name: str, below: Sequence[str]) -> bool:
    """Whether the provider marks attribute `name` (or the nested attribute at `below`) sensitive."""
    attribute = block.get("attributes", {}).get(name)
    nested: Block | None = None
    if attribute is not None:
        if attribute.get("sensitive"):
            return True
        nested = attribute.get("nested_type")
    elif name in block.get("block_types", {}):
        nested = block["block_types"][name]["block"]
    if nested is None or not below:
        return False
    return is_sensitive(nested, below[0], below[1:])


def block_nesting(block: Block, name: str) -> str | None:
    """The nesting mode of nested block `name`, if it is one."""
    block_type = block.get("block_types", {}).get(name)
    return None if block_type is None else str(block_type["nesting_mode"])


def nested_block(block: Block, name: str) -> Block:
    inner: Block = block["block_types"][name]["block"]
    return inner


def _nested(block: Block, nesting: str, paths: Sequence[SubPath], label: str) -> Any:
    if nesting in ("single", "group"):
        return _object(block, paths, label)
    if nesting == "map":
        return {key: _object(block, rest, f"{label}[{key}]") for key, rest in _by_key(paths).items()}
    return [_object(block, rest, label) for rest in _by_index(paths)]


def _object(block: Block, paths: Sequence[SubPath], label: str) -> dict[str, Any]:
    return {
        name: placeholder_for_attribute(block, name, _below(paths, name), f"{label}.{name}")
        for name in attribute_names(block)
    }


def _typed(type_: Any, paths: Sequence[SubPath], label: str) -> Any:
    if type_ == "string" or type_ == "dynamic":
        return label
    if type_ == "number":
        return 1
    if type_ == "bool":
        return True  # e.g. `index(spaces[*].is_default, true)` must find an item
    kind, element = type_[0], type_[1]
    if kind in ("list", "set"):
        return [_typed(element, rest, label) for rest in _by_index(paths)]
    if kind == "map":
        return {key: _typed(element, rest, f"{label}[{key}]") for key, rest in _by_key(paths).items()}
    if kind == "tuple":
        return [_typed(item, _at_index(paths, i), label) for i, item in enumerate(element)]
    if kind == "object":
        return {name: _typed(t, _below(paths, name), f"{label}.{name}") for name, t in element.items()}
    raise SchemaError(f"unknown type {type_!r}")


def _by_index(paths: Sequence[SubPath]) -> list[list[SubPath]]:
    """One list of remaining paths per element; as many elements as the highest index read needs."""
    indexes = [p[0].value for p in paths if p and p[0].kind == "index" and isinstance(p[0].value, int)]
    length = max([1, *(i + 1 for i in indexes)])
    return [_at_index(paths, i) for i in range(length)]


def _at_index(paths: Sequence[SubPath], index: int) -> list[SubPath]:
    return [p[1:] for p in paths if p and (p[0].kind == "any" or p[0].value == index)]


def _by_key(paths: Sequence[SubPath]) -> dict[str, list[SubPath]]:
    keys = sorted({str(p[0].value) for p in paths if p and p[0].kind == "key"}) or ["stand-in"]
    return {key: _below(paths, key) for key in keys}


def _below(paths: Sequence[SubPath], key: str) -> list[SubPath]:
    return [p[1:] for p in paths if p and (p[0].kind == "any" or (p[0].kind == "key" and p[0].value == key))]
