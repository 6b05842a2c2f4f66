"""The adoption plan: declared objects matched by kind, space and name against what the server has."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from octopus_patterns.adoption.declared import Declared
from octopus_patterns.adoption.kinds import DEFAULT_SPACE, same_name
from octopus_patterns.adoption.server import Existing

FORMAT = 1


@dataclass(frozen=True)
class Entry:
    kind: str
    name: str
    space: str | None = None  # None: server-wide; DEFAULT_SPACE: the server's Default space
    id: str | None = None  # the object's ID on the server (adopt, left alone)
    stack: str | None = None  # the stack that declares it (adopt, create)
    note: str = ""

    def line(self) -> str:
        where = "" if self.space is None else f" in {_space_label(self.space)}"
        parts = [f'{self.kind} "{self.name}"{where}']
        if self.id:
            parts.append(f"({self.id})")
        if self.stack:
            parts.append(f"[{self.stack}]")
        if self.note:
            parts.append(f"- {self.note}")
        return " ".join(parts)


@dataclass(frozen=True)
class AdoptionPlan:
    server: str
    adopt: tuple[Entry, ...] = ()
    create: tuple[Entry, ...] = ()
    left_alone: tuple[Entry, ...] = ()
    conflicts: tuple[Entry, ...] = field(default=())

    def to_json(self) -> str:
        document = {"format": FORMAT, **asdict(self)}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> AdoptionPlan:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError(f"not an adoption plan of format {FORMAT}")
        lists = {name: tuple(Entry(**entry) for entry in document[name]) for name in _LISTS}
        return cls(server=str(document["server"]), **lists)

    def report(self) -> list[str]:
        lines = [f"Octopus server {self.server}"]
        for title, entries in zip(
            _TITLES, (self.adopt, self.create, self.left_alone, self.conflicts), strict=True
        ):
            lines.append(f"{title} ({len(entries)}):")
            lines += [f"  {entry.line()}" for entry in entries]
        lines.append(
            f"{len(self.adopt)} to adopt, {len(self.create)} to create, {len(self.left_alone)} left alone, "
            f"{len(self.conflicts)} conflicts"
        )
        return lines


_LISTS = ("adopt", "create", "left_alone", "conflicts")
_TITLES = (
    "adopt (exists, declared: imported)",
    "create (declared, absent)",
    "left alone (exists, not declared)",
    "conflicts (resolve before adopting)",
)


def _space_label(space: str) -> str:
    return "the Default space" if space == DEFAULT_SPACE else f'space "{space}"'


def make_plan(server: str, declared: Sequence[Declared], existing: Sequence[Existing]) -> AdoptionPlan:
    adopt: list[Entry] = []
    create: list[Entry] = []
    conflicts: list[Entry] = []
    matched: set[Existing] = set()
    seen: dict[tuple[str, str | None, str], Declared] = {}
    for item in declared:
        key = (item.kind, item.space, item.name.casefold())
        entry = Entry(item.kind, item.name, item.space, stack=item.stack)
        if key in seen:
            conflicts.append(
                _with(entry, note=f"declared twice ({seen[key].stack}/{seen[key].path}, {item.path})")
            )
            continue
        seen[key] = item
        candidates = [
            found
            for found in existing
            if found.kind is item.resource_type.kind
            and found.space == item.space
            and same_name(found.name, item.name)
        ]
        matched.update(candidates)
        outcome = _match(entry, item, candidates)
        {"adopt": adopt, "create": create, "conflict": conflicts}[outcome[0]].append(outcome[1])
    left_alone = [
        Entry(found.kind.name, found.name, found.space, id=found.id)
        for found in existing
        if found not in matched and not found.is_default
    ]
    return AdoptionPlan(
        server, *(tuple(sorted(group, key=_order)) for group in (adopt, create, left_alone, conflicts))
    )


def _match(entry: Entry, item: Declared, candidates: list[Existing]) -> tuple[str, Entry]:
    if not candidates:
        return "create", entry
    ids = ", ".join(sorted(found.id for found in candidates))
    if len(candidates) > 1:
        return "conflict", _with(
            entry, note=f"{len(candidates)} objects on the server have this name ({ids})"
        )
    found = candidates[0]
    if found.is_default:
        return "conflict", _with(
            entry,
            id=found.id,
            note="this is the server's Default space, which the "
            "estate uses as its management space and never manages as a space",
        )
    wanted = item.resource_type.type_value
    if wanted is not None and found.type_value != wanted:
        return "conflict", _with(
            entry, id=found.id, note=f"exists as {found.type_value!r}, declared as {wanted!r}"
        )
    note = "" if found.name == item.name else f"named {found.name!r} on the server; the apply renames it"
    return "adopt", _with(entry, id=found.id, note=note)


def _with(entry: Entry, **changes: Any) -> Entry:
    return Entry(**{**asdict(entry), **changes})


def _order(entry: Entry) -> tuple[str, str, str]:
    return (entry.kind, entry.space or "", entry.name.casefold())
