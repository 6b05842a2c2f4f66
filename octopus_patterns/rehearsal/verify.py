"""Proof that values read through `terraform_remote_state` really arrived in the consuming stack.

After a consumer is applied, every `outputs.<name>` it reads must exist (non-null) in the producer's
outputs, and every consumer output and stand-in attribute that uses such a read is looked up (at the
same place in its value) and compared with the producer's output:

- `equal`: the string is just the read (`"${...outputs.x}"`, possibly in `sensitive()`): same value;
- `contains`: the read is interpolated into a longer string (`"API-${...}"`): the string contains it;
- `resolved`: any other use (inside a function call, an expression): the value is not null;
- `optional`: a use in an expression with a `null` branch (`length(x) >= 1 ? x : null`, an optional input
  sent as null when empty): null is a legitimate result, so only the producer's output is checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from octopus_patterns.rehearsal.hcl import (
    Traversal,
    has_template,
    interpolated_references,
    template_traversals,
)

Match = Literal["equal", "contains", "resolved", "optional"]
_NULL_BRANCH = re.compile(r"[?:]\s*null\b")
JsonPath = tuple[str | int, ...]


class VerificationError(AssertionError):
    pass


@dataclass(frozen=True)
class RemoteRead:
    remote: str  # data.terraform_remote_state.<remote>
    output: str  # the producer's output name
    used_by: str | None  # "output.<name>" or "terraform_data.<name>[.<attribute>]"; None: elsewhere
    path: JsonPath = ()  # where in that value the string with the read sits
    match: Match = "resolved"


@dataclass(frozen=True)
class Checked:
    reads: int
    equal: int
    contains: int


def _remote_output(traversal: Traversal) -> str | None:
    steps = traversal.steps
    if traversal.root != "data" or len(steps) < 4:
        return None
    kinds = [step.kind for step in steps[:3]]
    if kinds != ["attr"] * 3 or steps[0].value != "terraform_remote_state" or steps[2].value != "outputs":
        return None
    return str(steps[3].value) if steps[3].kind in ("attr", "key") else None


def _match(text: str, traversal: Traversal) -> Match:
    if _NULL_BRANCH.search(text):
        return "optional"
    if len(traversal.steps) != 4:
        return "resolved"  # reads below the output (`outputs.x.y`)
    for interpolation in interpolated_references(text):
        if interpolation.reference == traversal:
            return "equal" if interpolation.whole else "contains" if "%{" not in text else "resolved"
    return "resolved"


def _reads_in(value: Any, used_by: str | None, path: JsonPath = ()) -> list[RemoteRead]:
    if isinstance(value, list):
        return [read for i, item in enumerate(value) for read in _reads_in(item, used_by, (*path, i))]
    if isinstance(value, dict):
        reads: list[RemoteRead] = []
        for key, item in value.items():
            # A computed key cannot be looked up after apply: such reads are only checked at the producer.
            reads += _reads_in(key, None) + _reads_in(
                item, None if has_template(key) else used_by, (*path, key)
            )
        return reads
    if not isinstance(value, str):
        return []
    found = []
    for traversal in template_traversals(value):
        output = _remote_output(traversal)
        if output is not None:
            remote = str(traversal.steps[1].value)
            found.append(RemoteRead(remote, output, used_by, path, _match(value, traversal)))
    return found


def remote_reads(document: dict[str, Any]) -> list[RemoteRead]:
    """Every remote-state read of a rehearsal stack, with the output or stand-in attribute it feeds."""
    reads: list[RemoteRead] = []
    for name, output in document.get("output", {}).items():
        reads += _reads_in(output.get("value"), f"output.{name}")
    for name, body in document.get("resource", {}).get("terraform_data", {}).items():
        reads += _reads_in(body.get("input"), f"terraform_data.{name}")
        reads += _reads_in({k: v for k, v in body.items() if k != "input"}, None)
    for key, value in document.items():
        if key not in ("output", "resource", "terraform", "variable", "//"):
            reads += _reads_in(value, None)
    return reads


def check_reads(
    stack_id: str,
    reads: Sequence[RemoteRead],
    producers: Mapping[str, str],
    producer_outputs: Mapping[str, Mapping[str, Any]],
    outputs: Mapping[str, Any],
    state: Mapping[str, Any],
) -> Checked:
    """`producers`: remote name -> stack; `producer_outputs`: stack -> outputs; `state`: `show -json`."""
    instances = _terraform_data_outputs(state)
    for read in reads:
        producer = producers[read.remote]
        expected = producer_outputs[producer].get(read.output)
        if expected is None:
            raise VerificationError(
                f"stack {stack_id} reads output {read.output!r} of stack {producer}, which is missing or null"
            )
        for actual in _values(read, outputs, instances):
            _compare(stack_id, read, producer, expected, actual)
    equal = sum(read.match == "equal" for read in reads)
    contains = sum(read.match == "contains" for read in reads)
    return Checked(len(reads), equal, contains)


def _compare(stack_id: str, read: RemoteRead, producer: str, expected: Any, actual: Any) -> None:
    where = f"stack {stack_id}: {read.used_by}" + "".join(f"[{step!r}]" for step in read.path)
    source = f"output {read.output!r} of stack {producer}"
    if actual is None and read.match != "optional":
        raise VerificationError(f"{where} is null after apply; it reads {source}")
    if read.match == "equal" and actual != expected:
        raise VerificationError(f"{where} differs from {source}")
    if read.match == "contains" and not (isinstance(actual, str) and str(expected) in actual):
        raise VerificationError(f"{where} does not contain {source}")


def _values(read: RemoteRead, outputs: Mapping[str, Any], instances: dict[str, list[Any]]) -> list[Any]:
    """The value(s) at the read's place after apply: one per instance of a counted terraform_data."""
    if read.used_by is None:
        return []
    if read.used_by.startswith("output."):
        return [_at(outputs.get(read.used_by.removeprefix("output.")), read.path)]
    name = read.used_by.removeprefix("terraform_data.")
    if name not in instances:
        raise VerificationError(f"{read.used_by} is not in the state after apply")
    return [_at(value, read.path) for value in instances[name]]


def _at(value: Any, path: JsonPath) -> Any:
    for step in path:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and step < len(value):
            value = value[step]
        else:
            return None
    return value


def _terraform_data_outputs(state: Mapping[str, Any]) -> dict[str, list[Any]]:
    """terraform_data name -> the `output` of each of its instances."""
    found: dict[str, list[Any]] = {}
    resources = state.get("values", {}).get("root_module", {}).get("resources", [])
    for resource in resources:
        if resource.get("type") == "terraform_data" and resource.get("mode") == "managed":
            found.setdefault(resource["name"], []).append(resource.get("values", {}).get("output"))
    return found
