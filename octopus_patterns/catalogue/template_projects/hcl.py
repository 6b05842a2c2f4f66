"""A small writer of Terraform (HCL) blocks, for the runbooks' inline templates that are rendered from Python
facts. It writes what `terraform fmt` would: two-space indents and `=` aligned over each run of attributes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

Expression = str  # an HCL expression, e.g. `string("x")`, `"[local.a]"`, `"30"`


def string(value: str) -> Expression:
    """A quoted HCL string. Refuses `${` and `%{`, which HCL would read as template sequences."""
    if "${" in value or "%{" in value:
        raise ValueError(f"HCL string {value!r} holds a template sequence ('${{' or '%{{')")
    return json.dumps(value)


def literal(value: str | int | bool) -> Expression:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return string(value)


def tuple_of(*items: Expression) -> Expression:
    return f"[{', '.join(items)}]"


@dataclass(frozen=True)
class Block:
    type: str
    labels: tuple[str, ...] = ()
    attributes: Mapping[str, Expression] | None = None
    blocks: tuple[Block, ...] = ()

    def render(self, indent: str = "") -> str:
        head = " ".join((self.type, *(json.dumps(label) for label in self.labels)))
        inner = indent + "  "
        lines = [f"{indent}{head} {{"]
        attributes = dict(self.attributes or {})
        width = max((len(name) for name in attributes), default=0)
        lines += [f"{inner}{name.ljust(width)} = {value}" for name, value in attributes.items()]
        for index, block in enumerate(self.blocks):
            if attributes or index:
                lines.append("")
            lines.append(block.render(inner))
        lines.append(f"{indent}}}")
        return "\n".join(lines)


def render_blocks(*blocks: Block) -> str:
    return "\n\n".join(block.render() for block in blocks)
