"""Construct IDs derived from Octopus names (Octopus names may hold spaces, dots and backslashes)."""

from __future__ import annotations

import re

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def construct_id(name: str) -> str:
    """`"Test\\\\Production"` -> `"test_production"`; `"__ Client Space"` -> `"client_space"`."""
    slug = _NOT_WORD.sub("_", name.lower()).strip("_")
    if not slug:
        raise ValueError(f"cannot derive a construct ID from the name {name!r}")
    return slug
