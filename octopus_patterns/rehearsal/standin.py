"""Rewrite one synthesized stack so that it needs no provider: everything a provider would do is stood in
by Terraform's builtin `terraform_data`.

- `resource.<type>.<name>` becomes `resource.terraform_data.<type>__<name>` and `data.<type>.<name>`
  becomes `resource.terraform_data.data__<type>__<name>`. The stand-in's `input` holds the configured
  arguments (references rewritten) plus a typed placeholder for every other attribute the stack reads.
- References become `terraform_data.<stand-in>.output.<attr...>`; reads of attributes the provider marks
  sensitive are wrapped in `sensitive()` so that Terraform's sensitivity checks still apply.
- Each `provider` configuration becomes `terraform_data.provider__<name>[__<alias>]`, so the values it
  is configured with (an Octopus URL and API key from another stack) are still evaluated.
- Our own `terraform_data` resources stay, without provisioners (they need a live server).
- Outputs, locals, variables and `terraform_remote_state` stay; `count`, `for_each` and `depends_on`
  carry over to the stand-ins.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from octopus_patterns.rehearsal.hcl import (
    Edit,
    HclSyntaxError,
    Step,
    Traversal,
    map_strings,
    rewrite_expression,
    rewrite_template,
    strings_in,
    template_traversals,
)
from octopus_patterns.rehearsal.schema import (
    Block,
    Mode,
    PathStep,
    SchemaError,
    Schemas,
    SubPath,
    attribute_names,
    block_nesting,
    is_sensitive,
    nested_block,
    placeholder_for_attribute,
)
from octopus_patterns.rehearsal.variables import tfvars

BUILTIN_PROVIDER_SOURCE = "terraform.io/builtin/terraform"
_META_ARGUMENTS = frozenset(
    {"//", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "dynamic"}
)
_DROPPED_TOP_LEVEL = ("import", "moved", "removed")


class StandInError(ValueError):
    """The stack cannot be stood in; the message names the stack and the block."""


@dataclass(frozen=True)
class StandIn:
    mode: Mode
    type: str
    name: str
    body: dict[str, Any]
    schema: Block | None

    @property
    def address(self) -> str:
        return f"data.{self.type}.{self.name}" if self.mode == "data" else f"{self.type}.{self.name}"

    @property
    def mangled(self) -> str:
        return f"data__{self.type}__{self.name}" if self.mode == "data" else f"{self.type}__{self.name}"

    @property
    def repetition(self) -> str | None:
        return next((meta for meta in ("count", "for_each") if meta in self.body), None)


@dataclass
class Reads:
    """What a stack reads from one stand-in: attribute -> paths below it, or the whole object."""

    whole: bool = False
    attributes: dict[str, list[SubPath]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class StackRewrite:
    document: dict[str, Any]
    tfvars: dict[str, Any]
    stand_ins: dict[str, str] = field(default_factory=dict)  # original address -> terraform_data address
    stripped_provisioners: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def rewrite_stack(stack_id: str, document: dict[str, Any], schemas: Schemas) -> StackRewrite:
    return _StackRewriter(stack_id, document, schemas).rewrite()


def _path_step(step: Step) -> PathStep:
    if step.kind in ("attr", "key"):
        return PathStep("key", step.value)
    if step.kind == "index":
        return PathStep("index", step.value)
    return PathStep("any")


class _StackRewriter:
    def __init__(self, stack_id: str, document: dict[str, Any], schemas: Schemas) -> None:
        self.stack_id = stack_id
        self.document = document
        self.result = StackRewrite(document={}, tfvars={})
        self.stand_ins: dict[tuple[Mode, str, str], StandIn] = {}
        modes: tuple[Mode, ...] = ("resource", "data")
        for mode in modes:
            for type_name, blocks in self._section(mode).items():
                if type_name in ("terraform_data", "terraform_remote_state"):
                    continue
                schema = schemas.block(mode, type_name)
                for name, body in blocks.items():
                    self.stand_ins[(mode, type_name, name)] = StandIn(mode, type_name, name, body, schema)
        self.resource_types = {key[1] for key in self.stand_ins if key[0] == "resource"}

    def _section(self, name: str) -> dict[str, dict[str, dict[str, Any]]]:
        section = self.document.get(name, {})
        if not isinstance(section, dict) or not all(isinstance(v, dict) for v in section.values()):
            raise StandInError(f"stack {self.stack_id}: `{name}` is not in the object form cdktf writes")
        return section

    def _fail(self, where: str, problem: str) -> StandInError:
        return StandInError(f"stack {self.stack_id}: {where}: {problem}")

    # --- references -------------------------------------------------------------------------------

    def _match(self, traversal: Traversal) -> tuple[StandIn, int, tuple[Step, ...]] | None:
        steps = traversal.steps
        if traversal.root == "data" and len(steps) >= 2 and steps[0].kind == steps[1].kind == "attr":
            key: tuple[Mode, str, str] = ("data", str(steps[0].value), str(steps[1].value))
            head = 2
        elif traversal.root in self.resource_types and steps and steps[0].kind == "attr":
            key, head = ("resource", traversal.root, str(steps[0].value)), 1
        else:
            return None
        stand_in = self.stand_ins.get(key)
        return None if stand_in is None else (stand_in, steps[head - 1].end, steps[head:])

    @staticmethod
    def _instance(stand_in: StandIn, rest: tuple[Step, ...]) -> tuple[bool, tuple[Step, ...]]:
        """Whether `rest` starts by picking one instance (or a splat) of a counted stand-in; the rest."""
        picks = bool(stand_in.repetition) and bool(rest) and rest[0].kind != "attr"
        return picks, rest[1:] if picks else rest

    def _edits(self, traversal: Traversal, *, static: bool) -> list[Edit]:
        hit = self._match(traversal)
        if hit is None:
            return []
        stand_in, head_end, rest = hit
        target = f"terraform_data.{stand_in.mangled}"
        picks, attributes = self._instance(stand_in, rest)
        if stand_in.repetition and not picks and not static:
            # The whole collection: each instance's attributes now sit under `.output`.
            if stand_in.repetition == "count":
                whole = f"{target}[*].output"
            else:
                whole = f"{{for key, item in {target} : key => item.output}}"
            return [Edit(traversal.start, head_end, f"({whole})")]
        edits = [Edit(traversal.start, head_end, target)]
        if static and not attributes:
            return edits
        at = rest[0].end if picks else head_end
        edits.append(Edit(at, at, ".output"))
        if not static and self._reads_sensitive(stand_in, attributes):
            edits = [Edit(traversal.start, traversal.start, "sensitive("), *edits]
            edits.append(Edit(traversal.end, traversal.end, ")"))
        return edits

    @staticmethod
    def _reads_sensitive(stand_in: StandIn, attributes: tuple[Step, ...]) -> bool:
        if stand_in.schema is None or not attributes or attributes[0].kind != "attr":
            return False
        below = [str(step.value) for step in attributes[1:] if step.kind == "attr"]
        return is_sensitive(stand_in.schema, str(attributes[0].value), below)

    def _template(self, value: Any, where: str) -> Any:
        try:
            return map_strings(value, lambda text: rewrite_template(text, self._dynamic_edits))
        except HclSyntaxError as error:
            raise self._fail(where, f"cannot parse an expression: {error}") from None

    def _static(self, references: list[str], where: str) -> list[str]:
        try:
            return [rewrite_expression(text, self._static_edits) for text in references]
        except HclSyntaxError as error:
            raise self._fail(where, f"cannot parse a reference: {error}") from None

    def _dynamic_edits(self, traversal: Traversal) -> list[Edit]:
        return self._edits(traversal, static=False)

    def _static_edits(self, traversal: Traversal) -> list[Edit]:
        return self._edits(traversal, static=True)

    def _reads(self) -> dict[tuple[Mode, str, str], Reads]:
        reads: dict[tuple[Mode, str, str], Reads] = defaultdict(Reads)
        sections = {k: v for k, v in self.document.items() if k not in ("terraform", "variable", "//")}
        for text in strings_in(sections):
            try:
                traversals = template_traversals(text)
            except HclSyntaxError as error:
                raise self._fail("expression", f"cannot parse {text[:200]!r}: {error}") from None
            for traversal in traversals:
                hit = self._match(traversal)
                if hit is None:
                    continue
                stand_in, _, rest = hit
                picks, attributes = self._instance(stand_in, rest)
                entry = reads[(stand_in.mode, stand_in.type, stand_in.name)]
                if not attributes or (stand_in.repetition and not picks):
                    entry.whole = True
                elif attributes[0].kind == "attr":
                    below = tuple(_path_step(step) for step in attributes[1:])
                    entry.attributes[str(attributes[0].value)].append(below)
        return reads

    # --- blocks -----------------------------------------------------------------------------------

    def rewrite(self) -> StackRewrite:
        if "module" in self.document:
            raise self._fail("module", "modules are not supported by the rehearsal")
        self.result.document = self._top_level() | self._blocks()
        self.result.tfvars = tfvars(self.document.get("variable", {}))
        return self.result

    def _top_level(self) -> dict[str, Any]:
        document: dict[str, Any] = {}
        for key, value in self.document.items():
            if key in ("resource", "data", "provider"):
                continue
            if key in _DROPPED_TOP_LEVEL:
                self.result.notes.append(f"dropped `{key}` blocks (they address provider resources)")
            elif key == "terraform":
                document[key] = self._terraform(value)
            elif key in ("variable", "//"):
                document[key] = value
            elif key == "output":
                document[key] = {name: self._output(name, body) for name, body in value.items()}
            else:
                document[key] = self._template(value, key)
        return document

    def _blocks(self) -> dict[str, Any]:
        reads = self._reads()
        resources: dict[str, dict[str, Any]] = {}
        for key, stand_in in sorted(self.stand_ins.items()):
            resources[stand_in.mangled] = self._stand_in(stand_in, reads[key])
            self.result.stand_ins[stand_in.address] = f"terraform_data.{stand_in.mangled}"
        for name, body in self._section("resource").get("terraform_data", {}).items():
            if name in resources:
                raise self._fail(f"terraform_data.{name}", "clashes with a stand-in's name")
            resources[name] = self._builtin(name, body)
        resources |= self._provider_stand_ins()
        blocks: dict[str, Any] = {}
        remote_states = self._section("data").get("terraform_remote_state", {})
        if remote_states:
            blocks["data"] = {"terraform_remote_state": self._template(remote_states, "data")}
        if resources:
            blocks["resource"] = {"terraform_data": resources}
        return blocks

    def _stand_in(self, stand_in: StandIn, reads: Reads) -> dict[str, Any]:
        where = stand_in.address
        configured = {k: v for k, v in stand_in.body.items() if k not in _META_ARGUMENTS}
        if stand_in.schema is not None:
            configured = _normalize_blocks(configured, stand_in.schema)
        if "dynamic" in stand_in.body:
            self.result.notes.append(f"{where}: dynamic blocks are not carried into the stand-in")
        if "provisioner" in stand_in.body:
            self.result.stripped_provisioners.append(f"{where} ({_provisioner_types(stand_in.body)})")
        stand_in_input = configured | self._placeholders(stand_in, reads, set(configured))
        return {"input": self._template(stand_in_input, where)} | self._meta(
            stand_in.body, where, builtin=False
        )

    def _placeholders(self, stand_in: StandIn, reads: Reads, configured: set[str]) -> dict[str, Any]:
        """A typed value for each attribute the stack reads but the configuration does not set."""
        wanted = attribute_names(stand_in.schema or {}) if reads.whole else sorted(reads.attributes)
        placeholders: dict[str, Any] = {}
        for name in wanted:
            if name in configured:
                continue
            if stand_in.schema is None:
                raise self._fail(
                    stand_in.address, f"reads `{name}`, but no provider schema has {stand_in.type}"
                )
            label = f"stand-in:{stand_in.address}.{name}"
            try:
                placeholders[name] = placeholder_for_attribute(
                    stand_in.schema, name, reads.attributes.get(name, []), label
                )
            except SchemaError as error:
                raise self._fail(stand_in.address, f"reads `{name}`: {error}") from None
        return placeholders

    def _builtin(self, name: str, original: dict[str, Any]) -> dict[str, Any]:
        where = f"terraform_data.{name}"
        if "provisioner" in original:
            self.result.stripped_provisioners.append(f"{where} ({_provisioner_types(original)})")
        kept = {k: v for k, v in original.items() if k not in _META_ARGUMENTS}
        return self._template(kept, where) | self._meta(original, where, builtin=True)

    def _meta(self, original: dict[str, Any], where: str, *, builtin: bool) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        for key in ("count", "for_each"):
            if key in original:
                meta[key] = self._template(original[key], where)
        if "depends_on" in original:
            meta["depends_on"] = self._static(original["depends_on"], where)
        lifecycle = self._lifecycle(original.get("lifecycle", {}), where, builtin=builtin)
        if lifecycle:
            meta["lifecycle"] = lifecycle
        return meta

    def _lifecycle(self, lifecycle: dict[str, Any], where: str, *, builtin: bool) -> dict[str, Any]:
        kept: dict[str, Any] = {}
        for key, value in lifecycle.items():
            if key == "create_before_destroy":
                kept[key] = value
            elif key == "replace_triggered_by":
                kept[key] = self._static(value, where)
            elif builtin and key in ("ignore_changes", "precondition", "postcondition"):
                kept[key] = self._template(value, where)
            else:
                self.result.notes.append(f"{where}: dropped lifecycle.{key}")
        return kept

    def _provider_stand_ins(self) -> dict[str, dict[str, Any]]:
        stand_ins: dict[str, dict[str, Any]] = {}
        for provider, configs in self.document.get("provider", {}).items():
            for config in configs if isinstance(configs, list) else [configs]:
                alias = config.get("alias")
                name = f"provider__{provider}" + (f"__{alias}" if alias else "")
                where = f"provider.{provider}" + (f".{alias}" if alias else "")
                settings = {k: v for k, v in config.items() if k != "alias"}
                stand_ins[name] = {"input": self._template(settings, where)}
                self.result.stand_ins[where] = f"terraform_data.{name}"
        return stand_ins

    def _output(self, name: str, body: dict[str, Any]) -> dict[str, Any]:
        where = f"output.{name}"
        output = {k: self._template(v, where) for k, v in body.items() if k != "depends_on"}
        if "depends_on" in body:
            output["depends_on"] = self._static(body["depends_on"], where)
        return output

    @staticmethod
    def _terraform(terraform: dict[str, Any]) -> dict[str, Any]:
        kept = dict(terraform)
        builtin = {
            name: spec
            for name, spec in terraform.get("required_providers", {}).items()
            if isinstance(spec, dict) and spec.get("source") == BUILTIN_PROVIDER_SOURCE
        }
        kept.pop("required_providers", None)
        if builtin:
            kept["required_providers"] = builtin
        return kept


def _provisioner_types(body: dict[str, Any]) -> str:
    provisioners = body["provisioner"]
    items = provisioners if isinstance(provisioners, list) else [provisioners]
    return ", ".join(kind for item in items for kind in item)


def _normalize_blocks(body: dict[str, Any], schema: Block) -> dict[str, Any]:
    """cdktf writes a list block of at most one item as an object; the provider reads it as a list."""
    normalized: dict[str, Any] = {}
    for key, value in body.items():
        nesting = block_nesting(schema, key)
        if nesting is None:
            normalized[key] = value
            continue
        inner = nested_block(schema, key)
        if nesting in ("list", "set") and isinstance(value, dict):
            value = [value]
        if isinstance(value, list):
            value = [_normalize_blocks(v, inner) if isinstance(v, dict) else v for v in value]
        elif isinstance(value, dict) and nesting in ("single", "group"):
            value = _normalize_blocks(value, inner)
        normalized[key] = value
    return normalized
