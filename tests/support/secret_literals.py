"""The secret detector the synthesis tests run over every stack's JSON."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tests.support.ri_literals import RI_PASSWORD

# Shapes of credentials that must never be synthesized: the reference implementation's literals, API keys,
# private keys, and passwords or keys written out in env entries or connection strings. A Terraform reference
# (${...}), an Octopus variable reference (#{...}) or a shell variable expanded in the container ("$NAME") is
# not a literal.
SECRET_PATTERNS = [
    re.compile(re.escape(RI_PASSWORD)),
    re.compile(r"API-[A-Z0-9]{16,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(
        r"(PASSWORD|PASSWD|API_KEY|MASTER_KEY)=(?!(API-)?\$\{|'?#\{|(\\?\")?\$[A-Z_])[^\"\s]+", re.IGNORECASE
    ),
    re.compile(r"Password=(?!\$\{|#\{)[^;\"]+;", re.IGNORECASE),
]


def secret_literals(*apps_texts: Mapping[str, str]) -> list[str]:
    """`<stack>: <first 40 characters>` for every secret-shaped literal in the given stacks' JSON texts."""
    return [
        f"{stack_id}: {match.group(0)[:40]}"
        for texts in apps_texts
        for stack_id, text in texts.items()
        for pattern in SECRET_PATTERNS
        for match in pattern.finditer(text)
    ]
