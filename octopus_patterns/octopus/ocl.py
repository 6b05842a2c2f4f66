"""Octopus Configuration Language (OCL) text: attributes and labelled blocks, as Octopus writes them.

OCL is the HCL subset Octopus stores a version-controlled project in (`deployment_process.ocl`,
`variables.ocl`, `runbooks/<slug>.ocl`, ...). It has no comments and no interpolation: a string is
literal text, so `#{...}` Octopus expressions are written as they are. This module only writes the syntax;
`ocl_files.py` maps processes, runbooks and variables onto it.

Values: strings (quoted, with `\\`, `"`, `\\n`, `\\r`, `\\t` escaped; plain text of several lines, one
of them unindented: an indented `<<-EOT` heredoc whose lines are joined by newlines), booleans, integers,
lists of strings and maps of strings (keys bare when they are dotted identifiers, as Octopus writes property
names, else quoted).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias, Union

INDENT = "    "
Value: TypeAlias = Union[str, bool, int, Sequence[str], Mapping[str, str]]  # noqa: UP007 - runtime alias
_BARE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-:]*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEREDOC_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Attribute:
    name: str
    value: Value


@dataclass(frozen=True)
class Block:
    type: str
    labels: tuple[str, ...] = ()
    body: Sequence[Attribute | Block] = field(default_factory=tuple)


def render(body: Sequence[Attribute | Block]) -> str:
    """A whole file: top-level attributes first, then blocks separated by blank lines."""
    return "\n".join(_body_lines(body, 0)) + "\n"


def _body_lines(body: Sequence[Attribute | Block], depth: int) -> list[str]:
    attributes = [item for item in body if isinstance(item, Attribute)]
    blocks = [item for item in body if isinstance(item, Block)]
    lines = [line for attribute in attributes for line in _attribute_lines(attribute, depth)]
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(_block_lines(block, depth))
    return lines


def _block_lines(block: Block, depth: int) -> list[str]:
    pad = INDENT * depth
    head = " ".join([block.type, *(quote(label) for label in block.labels)])
    if not block.body:
        return [f"{pad}{head} {{}}"]
    return [f"{pad}{head} {{", *_body_lines(block.body, depth + 1), f"{pad}}}"]


def _attribute_lines(attribute: Attribute, depth: int) -> list[str]:
    pad = INDENT * depth
    first, *rest = _value_lines(attribute.value, depth)
    return [f"{pad}{attribute.name} = {first}", *rest]


def _value_lines(value: Value, depth: int) -> list[str]:
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, int):
        return [str(value)]
    if isinstance(value, str):
        return _string_lines(value, depth)
    if isinstance(value, Mapping):
        return _map_lines(value, depth)
    return ["[" + ", ".join(quote(item) for item in value) + "]"]


def _map_lines(value: Mapping[str, str], depth: int) -> list[str]:
    if not value:
        return ["{}"]
    lines = ["{"]
    for key in sorted(value):
        lines.extend(_attribute_lines(Attribute(map_key(key), value[key]), depth + 1))
    return [*lines, INDENT * depth + "}"]


def _string_lines(value: str, depth: int) -> list[str]:
    if not _heredoc_safe(value):
        return [quote(value)]
    marker = _heredoc_marker(value)
    pad = INDENT * (depth + 1)
    return [f"<<-{marker}", *(pad + line for line in value.split("\n")), pad + marker]


def _heredoc_safe(value: str) -> bool:
    """Several lines of plain text, one of which starts without whitespace: `<<-` removes the lines' common
    indentation, which is then exactly the indentation written here."""
    lines = value.split("\n")
    if len(lines) < 2 or "\r" in value or _HEREDOC_UNSAFE.search(value):
        return False
    return any(line and not line[0].isspace() for line in lines)


def _heredoc_marker(value: str) -> str:
    stripped = {line.strip() for line in value.split("\n")}
    marker, n = "EOT", 0
    while marker in stripped:
        n += 1
        marker = f"EOT{n}"
    return marker


def quote(text: str) -> str:
    return '"' + "".join(_ESCAPES.get(char, char) for char in text) + '"'


def map_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else quote(key)
