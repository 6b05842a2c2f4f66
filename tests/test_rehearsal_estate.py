"""The whole deployment graph, rehearsed with real Terraform: every stack of the real app, local and pg state.

Every provider block is stood in by `terraform_data` (no provider can be installed here); the remote-state
reads, outputs, variables and backends are exactly as synthesized. See octopus_patterns/rehearsal.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from octopus_patterns.rehearsal.runner import Options, Report, rehearse
from octopus_patterns.rehearsal.verify import remote_reads
from octopus_patterns.stack_graph import crossing_values
from tests.conftest import SynthesizedApp, project_config, synthesize
from tests.support.postgres import find_binaries, running_postgres

TERRAFORM = "/usr/local/bin/terraform"
CONSUMERS = {"management", "development", "test-production", "region-america", "region-europe"}
_OCTOPUS = {"octopus/api-key.result", "octopus/api-ready.output.url"}
_DOCKER = {"var.docker_password", "var.docker_username"}


def _region_reads(region: str) -> dict[str, set[str]]:
    return {
        "containers": {*_OCTOPUS, "gitea-bootstrap/editor-password.result"},
        "management": {
            f"region_space_{region}/space.id", "role_read_only/role.id", "role_variable_editor/role.id",
            "team_deployers/team.id", "team_editors/team.id", *_DOCKER, "var.slack_bot_token",
        },
    }  # fmt: skip


# Consumer -> producer -> the producer's values it reads (construct path and attribute), each of which the
# rehearsal checks arrived.
EXPECTED_READS: dict[str, dict[str, set[str]]] = {
    "management": {
        "containers": {
            *_OCTOPUS, "octopus/api-ready.output.internal_url", "terraformdb/password.result",
            "gitea-bootstrap/bootstrap.output.organization", "gitea-bootstrap/editor-password.result",
        },
    },
    "development": {
        "containers": {*_OCTOPUS, "octopus/api-ready.output.internal_url", "terraformdb/password.result"},
        "management": {"development_space/space.id", "test_production_space/space.id", *_DOCKER},
    },
    "test-production": {"containers": _OCTOPUS, "management": {"test_production_space/space.id", *_DOCKER}},
    "region-america": _region_reads("america"),
    "region-europe": _region_reads("europe"),
}  # fmt: skip


def _assert_whole_graph_ran(report: Report, estate: SynthesizedApp) -> None:
    assert set(report.order) == set(estate.stacks)
    assert report.order.index("containers") < report.order.index("management")
    assert all(report.order.index("management") < report.order.index(s) for s in CONSUMERS - {"management"})
    for stack_id, result in report.stacks.items():
        assert result.added > 0, stack_id
        assert result.plan_changes == 0, f"{stack_id}: the second plan was not empty"
        assert result.destroyed == result.added, f"{stack_id}: destroy left resources behind"
    assert EXPECTED_READS.keys() == CONSUMERS
    for consumer, expected in EXPECTED_READS.items():
        verified = remote_reads(report.rewrites[consumer].document)  # the reads the rehearsal checked
        assert report.stacks[consumer].remote_reads == len(verified), consumer
        # Named by the producer's construct path and attribute, as the README's stack graph names them.
        reads = [f"data.terraform_remote_state.{r.remote}.outputs.{r.output}" for r in verified]
        edges = crossing_values({**estate.stacks, consumer: {"reads": reads}})
        read = {producer: names for (producer, reader), names in edges.items() if reader == consumer}
        assert read == expected, consumer


def test_every_stack_applies_replans_empty_and_destroys_with_local_state(
    estate: SynthesizedApp, tmp_path: Path
) -> None:
    report = rehearse(
        Options(outdir=estate.outdir, workdir=tmp_path / "work", terraform=TERRAFORM), echo=lambda _: None
    )
    _assert_whole_graph_ran(report, estate)
    assert sorted(p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")) == sorted(
        f"{stack_id}.tfstate" for stack_id in estate.stacks
    )


def test_every_stack_applies_replans_empty_and_destroys_with_pg_state(tmp_path: Path) -> None:
    binaries = find_binaries()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have the PostgreSQL server binaries (initdb, pg_ctl)")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    estate = synthesize(tmp_path / "cdktf.out", project_config(ESTATE__STATE__BACKEND="pg"))
    with running_postgres(binaries) as server:
        report = rehearse(
            Options(
                outdir=estate.outdir,
                workdir=tmp_path / "work",
                backend_from_synth=True,
                terraform=TERRAFORM,
                environ={**os.environ, "PG_CONN_STR": server.conn_str()},
            ),
            echo=lambda _: None,
        )
        schemas = server.query(
            "select schema_name from information_schema.schemata where schema_name like 'octopus_patterns_%'"
        )
    _assert_whole_graph_ran(report, estate)
    assert sorted(schemas) == sorted(f"octopus_patterns_{s.replace('-', '_')}" for s in CONSUMERS)
    # containers creates the state database, so its own state stays local.
    assert [p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")] == ["containers.tfstate"]
