"""Gitea's naming rules for the things the bootstrap creates, checked before any request is made."""

from __future__ import annotations

import re

# Gitea accepts letters, digits, '-', '_' and '.' and no leading or trailing '-' or '.' in user and
# organisation names (max 40); team names are "alpha-dash-dot" (max 255) and repositories max 100.
_USER_RE = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
_ALPHA_DASH_DOT_RE = re.compile(r"[A-Za-z0-9_.-]+")


def check_user_name(kind: str, value: str) -> str | None:
    """None when `value` is a valid user or organisation name, else a message naming `kind`."""
    if len(value) > 40 or not _USER_RE.fullmatch(value):
        return f"{kind} {value!r}: use 1-40 letters, digits, '-', '_' or '.' (no '-' or '.' at either end)"
    return None


def check_team_name(value: str) -> str | None:
    if len(value) > 255 or not _ALPHA_DASH_DOT_RE.fullmatch(value):
        return f"team {value!r}: use letters, digits, '-', '_' or '.' only"
    return None


def check_repository_name(value: str) -> str | None:
    if len(value) > 100 or not _ALPHA_DASH_DOT_RE.fullmatch(value) or value in {".", ".."}:
        return f"repository {value!r}: use 1-100 letters, digits, '-', '_' or '.'"
    return None
