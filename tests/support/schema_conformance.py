"""Check synthesized cdktf JSON (cdk.tf.json) against Terraform provider schemas.

The schemas are read from files in the format `terraform providers schema -json` prints. Every
`resource`, `data` and `provider` block that belongs to a loaded provider is checked for: unknown types,
unknown attribute and block names, missing required attributes, computed-only attributes that are set,
nested block shapes and item counts, and value types. Any string containing `${` is a Terraform expression
resolved at plan time and is accepted wherever an attribute value is expected.

The JSON shapes follow Terraform's JSON configuration syntax, which is what cdktf 0.21 writes: a nested
block is a JSON object (one block) or an array of objects (cdktf writes list/set blocks with
`max_items = 1` and `single` blocks as one object, other list/set blocks as arrays); a block can never be
an expression, only a `dynamic` block can generate blocks from one. Nested attributes (`nested_type`) are
plain values: an object for `single`, an array of objects for `list`/`set`, an object of objects for `map`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

JsonDict = dict[str, Any]

REPO_ROOT = Path(__file__).resolve().parents[2]
PROJECT_SCHEMA_FILES = (
    REPO_ROOT / ".schema-cache" / "octopusdeploy@1.17.0.json",
    REPO_ROOT / "tests" / "data" / "provider-schemas" / "docker-3.6.2.json",
)

COMMENT_KEY = "//"  # Terraform JSON comment property; cdktf puts its construct metadata there
DYNAMIC_KEY = "dynamic"
RESOURCE_META = frozenset(
    {"count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", COMMENT_KEY}
)
DATA_META = frozenset({"count", "for_each", "depends_on", "provider", "lifecycle", COMMENT_KEY})
PROVIDER_META = frozenset({"alias", "version", COMMENT_KEY})
NESTED_BLOCK_META = frozenset({COMMENT_KEY})
DATA_LIFECYCLE = frozenset({"precondition", "postcondition"})
RESOURCE_LIFECYCLE = DATA_LIFECYCLE | {
    "create_before_destroy",
    "prevent_destroy",
    "ignore_changes",
    "replace_triggered_by",
}
DYNAMIC_KEYS = frozenset({"for_each", "iterator", "labels", "content"})
PRIMITIVES: Mapping[str, tuple[type, ...]] = {"string": (str,), "number": (int, float), "bool": (bool,)}
EXACT_VERSION = re.compile(r"^\s*=?\s*v?(\d+(?:\.\d+)*)\s*$")


@dataclass(frozen=True)
class Violation:
    """One place where a synthesized document disagrees with a provider schema."""

    path: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.kind}]"


@dataclass(frozen=True)
class ProviderSchema:
    source: str
    version: str | None
    provider: JsonDict
    resources: Mapping[str, JsonDict]
    data_sources: Mapping[str, JsonDict]

    @property
    def type_name(self) -> str:
        return self.source.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class ProviderSchemas:
    providers: Mapping[str, ProviderSchema]

    def find(self, source: str) -> ProviderSchema | None:
        return self.providers.get(normalize_source(source))

    def by_type_name(self, type_name: str) -> ProviderSchema | None:
        matches = [p for p in self.providers.values() if p.type_name == type_name.lower()]
        return matches[0] if len(matches) == 1 else None


def normalize_source(source: str) -> str:
    """`OctopusDeploy/octopusdeploy` -> `registry.terraform.io/octopusdeploy/octopusdeploy`."""
    parts = source.strip().lower().split("/")
    if len(parts) == 1:
        parts = ["hashicorp", *parts]
    if len(parts) == 2:
        parts = ["registry.terraform.io", *parts]
    return "/".join(parts)


def load_provider_schemas(*paths: str | Path) -> ProviderSchemas:
    if not paths:
        raise ValueError("load_provider_schemas needs at least one schema file")
    providers: dict[str, ProviderSchema] = {}
    for path in paths:
        for schema in _read_schema_file(Path(path)):
            if schema.source in providers:
                raise ValueError(f"{path}: provider {schema.source} is already loaded from another file")
            providers[schema.source] = schema
    return ProviderSchemas(providers)


def load_project_schemas() -> ProviderSchemas:
    """The octopusdeploy and docker schemas this repository's stacks are built against."""
    return load_provider_schemas(*PROJECT_SCHEMA_FILES)


def _read_schema_file(path: Path) -> Iterator[ProviderSchema]:
    document = json.loads(path.read_text(encoding="utf-8"))
    entries = document.get("provider_schemas") if isinstance(document, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise ValueError(f"{path}: no 'provider_schemas' (not `terraform providers schema -json` output)")
    versions = {normalize_source(k): v for k, v in document.get("provider_versions", {}).items()}
    for raw_source, entry in entries.items():
        source = normalize_source(raw_source)
        yield ProviderSchema(
            source=source,
            version=versions.get(source),
            provider=entry.get("provider", {}).get("block", {}),
            resources={name: s["block"] for name, s in entry.get("resource_schemas", {}).items()},
            data_sources={name: s["block"] for name, s in entry.get("data_source_schemas", {}).items()},
        )


def format_violations(violations: Iterable[Violation]) -> str:
    items = list(violations)
    if not items:
        return "no provider schema violations"
    lines = [f"{len(items)} provider schema violation(s):"]
    lines.extend(f"  - {violation}" for violation in items)
    return "\n".join(lines)


def check_synthesized(
    doc: Mapping[str, Any],
    schemas: ProviderSchemas,
    *,
    sections: Iterable[str] = ("resource", "data", "provider"),
) -> list[Violation]:
    """All schema violations in one synthesized stack (a parsed cdk.tf.json), in document order.

    Blocks of providers whose schema is not loaded (random, terraform_data, ...) are skipped; an exact
    provider version in `terraform.required_providers` that differs from the loaded schema's is a violation.
    """
    local_sources = _required_provider_sources(doc)
    violations = list(_check_provider_versions(doc, schemas))
    for section in sections:
        checker = _SECTION_CHECKERS[section]
        violations.extend(checker(doc.get(section) or {}, local_sources, schemas))
    return violations


def _required_provider_sources(doc: Mapping[str, Any]) -> dict[str, str]:
    required = (doc.get("terraform") or {}).get("required_providers") or {}
    return {
        local: entry["source"]
        for local, entry in required.items()
        if isinstance(entry, dict) and isinstance(entry.get("source"), str)
    }


def _check_provider_versions(doc: Mapping[str, Any], schemas: ProviderSchemas) -> Iterator[Violation]:
    required = (doc.get("terraform") or {}).get("required_providers") or {}
    for local, entry in required.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("source"), str):
            continue
        schema = schemas.find(entry["source"])
        exact = EXACT_VERSION.match(str(entry.get("version", "")))
        if schema and schema.version and exact and exact.group(1) != schema.version:
            yield Violation(
                f"terraform.required_providers.{local}.version",
                "provider-version",
                f"requires {entry['source']} {exact.group(1)} but the loaded schema is for {schema.version}",
            )


def _resolve_provider(
    local_name: str, local_sources: Mapping[str, str], schemas: ProviderSchemas
) -> ProviderSchema | None:
    if local_name in local_sources:
        return schemas.find(local_sources[local_name])
    return schemas.by_type_name(local_name)


def _local_provider_name(type_name: str, body: Any) -> str:
    reference = body.get("provider") if isinstance(body, dict) else None
    if isinstance(reference, str) and not is_expression(reference):
        return reference.split(".", 1)[0]
    return type_name.split("_", 1)[0]


def _check_resources(
    section: Any, local_sources: Mapping[str, str], schemas: ProviderSchemas
) -> Iterator[Violation]:
    yield from _check_typed_section("resource", section, local_sources, schemas)


def _check_data(
    section: Any, local_sources: Mapping[str, str], schemas: ProviderSchemas
) -> Iterator[Violation]:
    yield from _check_typed_section("data", section, local_sources, schemas)


def _check_typed_section(
    section_name: str, section: Any, local_sources: Mapping[str, str], schemas: ProviderSchemas
) -> Iterator[Violation]:
    if not isinstance(section, dict):
        yield Violation(
            section_name, "nesting", f"expected an object of block types, got {_describe(section)}"
        )
        return
    for type_name, instances in section.items():
        if not isinstance(instances, dict):
            yield Violation(f"{section_name}.{type_name}", "nesting", "expected an object of named blocks")
            continue
        for name, body in instances.items():
            path = f"{section_name}.{type_name}.{name}"
            provider = _resolve_provider(_local_provider_name(type_name, body), local_sources, schemas)
            if provider is not None:
                yield from _check_typed_block(section_name, type_name, body, provider, path)


def _check_typed_block(
    section_name: str, type_name: str, body: Any, provider: ProviderSchema, path: str
) -> Iterator[Violation]:
    is_resource = section_name == "resource"
    catalogue = provider.resources if is_resource else provider.data_sources
    block = catalogue.get(type_name)
    if block is None:
        kind = "resource type" if is_resource else "data source"
        message = f"{provider.source} {provider.version} has no {kind} {type_name!r}"
        yield Violation(path, "unknown-type", message)
        return
    yield from _check_body(body, block, path, RESOURCE_META if is_resource else DATA_META)
    if isinstance(body, dict) and body.get("lifecycle") is not None:
        allowed = RESOURCE_LIFECYCLE if is_resource else DATA_LIFECYCLE
        yield from _check_lifecycle(body["lifecycle"], block, allowed, f"{path}.lifecycle")


def _check_lifecycle(
    lifecycle: Any, block: JsonDict, allowed: frozenset[str], path: str
) -> Iterator[Violation]:
    """Meta-argument names, and that `ignore_changes` only names arguments this schema has."""
    if not isinstance(lifecycle, dict):
        yield _nesting_violation(path, lifecycle)
        return
    for key in sorted(lifecycle.keys() - allowed):
        yield Violation(f"{path}.{key}", "unknown-name", f"{key!r} is not a lifecycle argument")
    ignored = lifecycle.get("ignore_changes")
    if not isinstance(ignored, list):
        return
    names = block.get("attributes", {}).keys() | block.get("block_types", {}).keys()
    for index, reference in enumerate(ignored):
        root = re.split(r"[.\[]", reference, maxsplit=1)[0] if isinstance(reference, str) else None
        if root is not None and not is_expression(reference) and root not in names:
            message = f"ignore_changes names {reference!r}, which this schema does not have"
            yield Violation(f"{path}.ignore_changes[{index}]", "unknown-name", message)


def _check_providers(
    section: Any, local_sources: Mapping[str, str], schemas: ProviderSchemas
) -> Iterator[Violation]:
    if not isinstance(section, dict):
        yield Violation("provider", "nesting", f"expected an object of providers, got {_describe(section)}")
        return
    for local_name, configs in section.items():
        provider = _resolve_provider(local_name, local_sources, schemas)
        if provider is None:
            continue
        for path, config in _block_instances(configs, f"provider.{local_name}"):
            yield from _check_body(config, provider.provider, path, PROVIDER_META)


_SECTION_CHECKERS = {"resource": _check_resources, "data": _check_data, "provider": _check_providers}


def is_expression(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


def _check_body(body: Any, block: JsonDict, path: str, ignored: frozenset[str]) -> Iterator[Violation]:
    """A block body: its attributes, nested blocks, `dynamic` blocks and the names Terraform itself owns."""
    if not isinstance(body, dict):
        yield _nesting_violation(path, body)
        return
    attributes = block.get("attributes", {})
    block_types = block.get("block_types", {})
    for name, value in body.items():
        child = f"{path}.{name}"
        if name in attributes:
            yield from _check_attribute(value, attributes[name], child)
        elif name in block_types:
            yield from _check_nested_block(value, block_types[name], child)
        elif name == DYNAMIC_KEY:
            yield from _check_dynamic(value, block, child)
        elif name not in ignored:
            yield Violation(child, "unknown-name", f"{name!r} is not an attribute or block of this schema")
    yield from _missing_required_attributes(body, attributes, path)
    yield from _missing_required_blocks(body, block_types, path)


def _check_object_attributes(value: Any, attributes: JsonDict, path: str) -> Iterator[Violation]:
    """The object value of a nested attribute: like a block body without blocks or meta-arguments."""
    if not isinstance(value, dict):
        yield _type_violation(path, "object", value)
        return
    yield from _check_body(value, {"attributes": attributes}, path, frozenset())


def _missing_required_attributes(body: JsonDict, attributes: JsonDict, path: str) -> Iterator[Violation]:
    for name, attribute in attributes.items():
        if attribute.get("required") and body.get(name) is None:
            yield Violation(f"{path}.{name}", "missing-required", f"required attribute {name!r} is not set")


def _missing_required_blocks(body: JsonDict, block_types: JsonDict, path: str) -> Iterator[Violation]:
    generated = body.get(DYNAMIC_KEY)
    for name, block_type in block_types.items():
        minimum = block_type.get("min_items") or 0
        dynamic = isinstance(generated, dict) and name in generated
        if minimum and not dynamic and body.get(name) is None:
            yield Violation(
                f"{path}.{name}", "item-count", f"at least {minimum} {name!r} block(s) required, found none"
            )


def _check_attribute(value: Any, attribute: JsonDict, path: str) -> Iterator[Violation]:
    if value is None:
        return
    if attribute.get("computed") and not (attribute.get("optional") or attribute.get("required")):
        yield Violation(path, "computed-only", "attribute is computed by the provider and cannot be set")
        return
    if "nested_type" in attribute:
        yield from _check_nested_attribute(value, attribute["nested_type"], path)
    else:
        yield from check_value(value, attribute.get("type", "dynamic"), path)


def _check_nested_attribute(value: Any, nested: JsonDict, path: str) -> Iterator[Violation]:
    if is_expression(value):
        return
    mode = nested.get("nesting_mode", "single")
    attributes = nested.get("attributes", {})
    if mode in ("single", "group"):
        yield from _check_object_attributes(value, attributes, path)
    elif mode == "map":
        if not isinstance(value, dict):
            yield _type_violation(path, "an object of objects", value)
            return
        for key, item in value.items():
            yield from _check_object_attributes(item, attributes, f"{path}[{json.dumps(key)}]")
    else:
        if not isinstance(value, list):
            yield _type_violation(path, f"a {mode} of objects", value)
            return
        yield from _check_item_count(len(value), nested, path)
        for index, item in enumerate(value):
            if not is_expression(item):
                yield from _check_object_attributes(item, attributes, f"{path}[{index}]")


def _check_nested_block(value: Any, block_type: JsonDict, path: str) -> Iterator[Violation]:
    if value is None:
        return
    mode = block_type.get("nesting_mode", "list")
    if mode == "map":
        yield from _check_map_block(value, block_type, path)
        return
    instances = list(_block_instances(value, path))
    if mode in ("single", "group"):
        yield from _check_item_count(len(instances), {"max_items": 1}, path)
    else:
        yield from _check_item_count(len(instances), block_type, path)
    for instance_path, instance in instances:
        yield from _check_body(instance, block_type["block"], instance_path, NESTED_BLOCK_META)


def _check_map_block(value: Any, block_type: JsonDict, path: str) -> Iterator[Violation]:
    if not isinstance(value, dict):
        yield _nesting_violation(path, value)
        return
    for label, labelled in value.items():
        for instance_path, instance in _block_instances(labelled, f"{path}[{json.dumps(label)}]"):
            yield from _check_body(instance, block_type["block"], instance_path, NESTED_BLOCK_META)


def _block_instances(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Terraform JSON allows one block as an object or any number as an array of objects."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield f"{path}[{index}]", item
    else:
        yield path, value


def _check_item_count(count: int, limits: JsonDict, path: str) -> Iterator[Violation]:
    minimum, maximum = limits.get("min_items") or 0, limits.get("max_items") or 0
    if count < minimum:
        yield Violation(path, "item-count", f"at least {minimum} item(s) required, found {count}")
    if maximum and count > maximum:
        yield Violation(path, "item-count", f"at most {maximum} item(s) allowed, found {count}")


def _check_dynamic(value: Any, block: JsonDict, path: str) -> Iterator[Violation]:
    if not isinstance(value, dict):
        yield _nesting_violation(path, value)
        return
    block_types = block.get("block_types", {})
    for name, specs in value.items():
        child = f"{path}.{name}"
        if name not in block_types:
            what = "an attribute" if name in block.get("attributes", {}) else "unknown"
            yield Violation(child, "unknown-name", f"dynamic block {name!r}: no such nested block ({what})")
            continue
        for spec_path, spec in _block_instances(specs, child):
            yield from _check_dynamic_spec(spec, block_types[name], spec_path)


def _check_dynamic_spec(spec: Any, block_type: JsonDict, path: str) -> Iterator[Violation]:
    if not isinstance(spec, dict):
        yield _nesting_violation(path, spec)
        return
    for key in sorted(spec.keys() - DYNAMIC_KEYS):
        yield Violation(f"{path}.{key}", "unknown-name", f"{key!r} is not an argument of a dynamic block")
    for key in ("for_each", "content"):
        if spec.get(key) is None:
            yield Violation(f"{path}.{key}", "missing-required", f"a dynamic block needs {key}")
    if spec.get("content") is not None:
        yield from _check_body(spec["content"], block_type["block"], f"{path}.content", NESTED_BLOCK_META)


def check_value(value: Any, cty_type: Any, path: str) -> Iterator[Violation]:
    """A JSON value against a cty type in schema JSON form: "string", ["list", "string"], ["object", {}]."""
    if is_expression(value) or cty_type == "dynamic":
        return
    if isinstance(cty_type, str):
        yield from _check_primitive(value, cty_type, path)
        return
    kind, *arguments = cty_type
    if kind in ("list", "set"):
        yield from _check_collection(value, arguments[0], path, kind)
    elif kind == "map":
        yield from _check_map(value, arguments[0], path)
    elif kind == "object":
        optional = set(arguments[1]) if len(arguments) > 1 else set()
        yield from _check_object(value, arguments[0], optional, path)
    elif kind == "tuple":
        yield from _check_tuple(value, arguments[0], path)
    else:
        raise ValueError(f"{path}: unsupported type in schema: {cty_type!r}")


def _check_primitive(value: Any, cty_type: str, path: str) -> Iterator[Violation]:
    expected = PRIMITIVES.get(cty_type)
    if expected is None:
        raise ValueError(f"{path}: unsupported primitive type in schema: {cty_type!r}")
    is_bool_as_number = cty_type == "number" and isinstance(value, bool)
    if not isinstance(value, expected) or is_bool_as_number:
        yield _type_violation(path, cty_type, value)


def _check_collection(value: Any, element_type: Any, path: str, kind: str) -> Iterator[Violation]:
    if not isinstance(value, list):
        yield _type_violation(path, f"{kind} of {_type_name(element_type)}", value)
        return
    for index, item in enumerate(value):
        yield from _check_element(item, element_type, f"{path}[{index}]")


def _check_map(value: Any, element_type: Any, path: str) -> Iterator[Violation]:
    if not isinstance(value, dict):
        yield _type_violation(path, f"map of {_type_name(element_type)}", value)
        return
    for key, item in value.items():
        yield from _check_element(item, element_type, f"{path}[{json.dumps(key)}]")


def _check_element(item: Any, element_type: Any, path: str) -> Iterator[Violation]:
    if item is None:
        yield Violation(path, "type", f"null element in a collection of {_type_name(element_type)}")
    else:
        yield from check_value(item, element_type, path)


def _check_object(value: Any, types: JsonDict, optional: set[str], path: str) -> Iterator[Violation]:
    if not isinstance(value, dict):
        yield _type_violation(path, "object", value)
        return
    for name, item in value.items():
        if name not in types:
            yield Violation(f"{path}.{name}", "unknown-name", f"{name!r} is not an attribute of this object")
        elif item is not None:
            yield from check_value(item, types[name], f"{path}.{name}")
    for name in sorted(types.keys() - value.keys() - optional):
        yield Violation(f"{path}.{name}", "missing-required", f"object attribute {name!r} is missing")


def _check_tuple(value: Any, element_types: list[Any], path: str) -> Iterator[Violation]:
    if not isinstance(value, list) or len(value) != len(element_types):
        yield _type_violation(path, f"tuple of {len(element_types)} element(s)", value)
        return
    for index, (item, element_type) in enumerate(zip(value, element_types, strict=True)):
        yield from _check_element(item, element_type, f"{path}[{index}]")


def _type_name(cty_type: Any) -> str:
    return cty_type if isinstance(cty_type, str) else str(cty_type[0])


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "bool", int: "number", float: "number", str: "string", list: "array", dict: "object"}
    text = json.dumps(value)
    return f"{names.get(type(value), type(value).__name__)} {text if len(text) <= 40 else text[:37] + '...'}"


def _type_violation(path: str, expected: str, value: Any) -> Violation:
    return Violation(path, "type", f"expected {expected}, got {_describe(value)}")


def _nesting_violation(path: str, value: Any) -> Violation:
    hint = " (expressions cannot produce blocks; use a dynamic block)" if is_expression(value) else ""
    message = f"a block must be a JSON object or an array of objects, got {_describe(value)}{hint}"
    return Violation(path, "nesting", message)
