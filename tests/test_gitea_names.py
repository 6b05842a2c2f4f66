"""Gitea's naming rules are checked with full-match semantics: a trailing newline is not a valid name."""

from __future__ import annotations

import pytest

from octopus_patterns.gitea.names import check_repository_name, check_team_name, check_user_name


@pytest.mark.parametrize("suffix", ["\n", " ", "\t", "\r\n"])
def test_names_with_trailing_whitespace_are_refused(suffix: str) -> None:
    assert check_user_name("admin user", f"gitea_admin{suffix}") is not None
    assert check_team_name(f"Editors{suffix}") is not None
    assert check_repository_name(f"hello-world{suffix}") is not None


def test_valid_names_pass() -> None:
    assert check_user_name("admin user", "gitea_admin") is None
    assert check_team_name("Editors") is None
    assert check_repository_name("hello-world") is None
