"""The whole deployment graph, rehearsed with real Terraform: every stack of the real app, local and pg state.

Every provider block is stood in by `terraform_data` (no provider can be installed here); the remote-state
reads, outputs, variables and backends are exactly as synthesized. See octopus_patterns/rehearsal.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from octopus_patterns.rehearsal.runner import Options, Report, rehearse
from tests.conftest import SynthesizedApp, project_config, synthesize
from tests.support.postgres import find_binaries, running_postgres

TERRAFORM = "/usr/local/bin/terraform"
CONSUMERS = {"management", "development", "test-production", "region-america", "region-europe"}


def _assert_whole_graph_ran(report: Report, estate_stacks: set[str]) -> None:
    assert set(report.order) == estate_stacks
    assert report.order.index("containers") < report.order.index("management")
    assert all(report.order.index("management") < report.order.index(s) for s in CONSUMERS - {"management"})
    for stack_id, result in report.stacks.items():
        assert result.added > 0, stack_id
        assert result.plan_changes == 0, f"{stack_id}: the second plan was not empty"
        assert result.destroyed == result.added, f"{stack_id}: destroy left resources behind"
    for stack_id in CONSUMERS:
        assert report.stacks[stack_id].remote_reads > 0, f"{stack_id} read nothing from another stack"


def test_every_stack_applies_replans_empty_and_destroys_with_local_state(
    estate: SynthesizedApp, tmp_path: Path
) -> None:
    report = rehearse(
        Options(outdir=estate.outdir, workdir=tmp_path / "work", terraform=TERRAFORM), echo=lambda _: None
    )
    _assert_whole_graph_ran(report, set(estate.stacks))
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
    _assert_whole_graph_ran(report, set(estate.stacks))
    assert sorted(schemas) == sorted(f"octopus_patterns_{s.replace('-', '_')}" for s in CONSUMERS)
    # containers creates the state database, so its own state stays local.
    assert [p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")] == ["containers.tfstate"]
