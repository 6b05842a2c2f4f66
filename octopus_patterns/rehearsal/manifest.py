"""The stacks cdktf synthesized (`manifest.json`) and the order they deploy in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class StackEntry:
    id: str
    working_directory: str  # relative to the outdir, e.g. stacks/<id>
    synthesized_path: str  # relative to the outdir, e.g. stacks/<id>/cdk.tf.json
    dependencies: tuple[str, ...]


def load_manifest(outdir: Path) -> dict[str, StackEntry]:
    path = outdir / "manifest.json"
    if not path.is_file():
        raise ManifestError(f"{path} not found: run `npx cdktf synth` first (or pass --outdir)")
    stacks = json.loads(path.read_text(encoding="utf-8")).get("stacks", {})
    if not stacks:
        raise ManifestError(f"{path} lists no stacks")
    try:
        entries = {
            stack_id: StackEntry(
                id=stack_id,
                working_directory=entry["workingDirectory"],
                synthesized_path=entry["synthesizedStackPath"],
                dependencies=tuple(entry.get("dependencies", ())),
            )
            for stack_id, entry in stacks.items()
        }
    except KeyError as missing:
        raise ManifestError(f"{path}: a stack entry has no {missing}") from None
    for entry in entries.values():
        unknown = sorted(set(entry.dependencies) - set(entries))
        if unknown:
            raise ManifestError(f"stack {entry.id} depends on unknown stacks: {', '.join(unknown)}")
    return entries


def deployment_order(stacks: dict[str, StackEntry]) -> list[str]:
    """Producers before consumers; stacks that are ready together go in name order."""
    order: list[str] = []
    remaining = dict(stacks)
    while remaining:
        ready = sorted(i for i, entry in remaining.items() if set(entry.dependencies) <= set(order))
        if not ready:
            raise ManifestError(f"stack dependencies form a cycle among: {', '.join(sorted(remaining))}")
        order.append(ready[0])
        del remaining[ready[0]]
    return order
