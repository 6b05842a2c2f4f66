"""What constructs need from each other: an object with an Octopus ID (a cdktf token).

Generated provider resources and data sources satisfy it, and so do our constructs, so a construct takes
`space: HasId` or `lifecycle: HasId` and never a bare ID string.
"""

from __future__ import annotations

from typing import Protocol


class HasId(Protocol):
    @property
    def id(self) -> str: ...


class HasName(Protocol):
    @property
    def name(self) -> str: ...
