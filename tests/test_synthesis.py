"""Every stack: snapshot of its JSON, byte-identical across synths, no absolute path, no secret literal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension

from tests.conftest import PROJECT_DIR, SynthesizedApp, project_config, synthesize
from tests.support.ri_literals import RI_API_KEY, RI_MASTER_KEY, RI_PASSWORD

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


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


def test_every_stack_matches_its_snapshot(estate: SynthesizedApp, snapshot_json: SnapshotAssertion) -> None:
    for stack_id in sorted(estate.stacks):
        assert estate.stacks[stack_id] == snapshot_json(name=stack_id)


def test_synthesis_is_byte_identical(tmp_path: Path, estate: SynthesizedApp) -> None:
    again = synthesize(tmp_path / "cdktf.out", project_config())
    assert again.texts == estate.texts
    assert again.manifest == estate.manifest


def test_no_absolute_path_is_synthesized(estate: SynthesizedApp) -> None:
    for stack_id, text in estate.texts.items():
        for absolute in (str(PROJECT_DIR), str(estate.outdir), "/tmp/", "/root/", "/home/"):
            assert absolute not in text, f"{stack_id} contains {absolute}"


def test_no_secret_literal_is_synthesized(estate: SynthesizedApp) -> None:
    found = [
        f"{stack_id}: {match.group(0)[:40]}"
        for stack_id, text in estate.texts.items()
        for pattern in SECRET_PATTERNS
        for match in pattern.finditer(text)
    ]
    assert found == []


def test_secret_detector_catches_a_literal() -> None:
    """The patterns above must fire on the reference implementation's shortcuts."""
    samples = [
        f'"ADMIN_PASSWORD={RI_PASSWORD}"',
        '"Server=mssql;User Id=SA;Password=hunter2;"',
        f'"ADMIN_API_KEY={RI_API_KEY}"',
        f'"MASTER_KEY={RI_MASTER_KEY}"',
    ]
    for sample in samples:
        assert any(p.search(sample) for p in SECRET_PATTERNS), sample
    references = ('"ADMIN_PASSWORD=${random_password.x.result}"', "PASSWORD='#{Git.Credentials.Password}'")
    for reference in references:
        assert not any(p.search(reference) for p in SECRET_PATTERNS), reference
