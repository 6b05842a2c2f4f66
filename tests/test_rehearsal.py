"""The rehearsal: real Terraform over synthesized stacks with terraform_data standing in for providers.

End-to-end tests synthesize a small three-stack fixture app with the real state backend configuration and
real provider bindings, then run the rehearsal over it (local state, and a real local Postgres for pg).
Unit tests cover the reference rewriting on tricky expressions.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cdktf import App, Fn, LocalExecProvisioner, TerraformOutput, TerraformStack, TerraformVariable
from cdktf_cdktf_provider_random.password import Password
from cdktf_cdktf_provider_random.provider import RandomProvider

from octopus_patterns.bindings.octopusdeploy.data_octopusdeploy_lifecycles import DataOctopusdeployLifecycles
from octopus_patterns.bindings.octopusdeploy.environment import Environment
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from octopus_patterns.bindings.octopusdeploy.space import Space
from octopus_patterns.config import StateConfig
from octopus_patterns.rehearsal import Options, RehearsalFailed, Report, rehearse
from octopus_patterns.rehearsal.hcl import interpolated_references
from octopus_patterns.rehearsal.runner import PROJECT_ROOT
from octopus_patterns.rehearsal.schema import Schemas, default_schema_files
from octopus_patterns.rehearsal.standin import StandInError, rewrite_stack
from octopus_patterns.rehearsal.variables import placeholder_for_type
from octopus_patterns.rehearsal.verify import VerificationError, check_reads, remote_reads
from octopus_patterns.state_backend import configure_state_backend
from octopus_patterns.terraform_data import TerraformData
from tests.support.postgres import find_binaries, running_postgres

# Terraform 1.11 with no providers installed: the rehearsal needs nothing else (no skip: CI must have it).
TERRAFORM = shutil.which("terraform") or "/usr/local/bin/terraform"
OCTOPUS_URL = "http://127.0.0.1:18080"


# --- the fixture app ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FixtureServer:
    """What the fixture's Octopus stacks take from its server stack (tokens, never copied strings)."""

    url: str
    api_key: str


def _server_stack(app: App, state: StateConfig) -> FixtureServer:
    """Like the containers stack: local state, a generated API key, a readiness wait that needs a server."""
    stack = TerraformStack(app, "server")
    configure_state_backend(stack, state, force_local=True)
    RandomProvider(stack, "random")
    api_key = Password(stack, "api_key", length=32, special=False)
    ready = TerraformData(
        stack,
        "api_ready",
        input={"url": OCTOPUS_URL},
        # Fails if it ever runs: the rehearsal must strip provisioners.
        provisioners=[LocalExecProvisioner(type="local-exec", command="echo needs a live Octopus; exit 1")],
    )
    TerraformOutput(stack, "octopus_url", value=ready.output_attribute("url"))
    return FixtureServer(url=ready.output_attribute("url"), api_key=Fn.sensitive(api_key.result))


def _octopus_stack(app: App, stack_id: str, state: StateConfig, server: FixtureServer) -> TerraformStack:
    stack = TerraformStack(app, stack_id)
    configure_state_backend(stack, state)
    OctopusdeployProvider(stack, "octopus", address=server.url, api_key=server.api_key)
    return stack


def build_fixture_app(outdir: Path, state: StateConfig) -> None:
    app = App(outdir=str(outdir))
    server = _server_stack(app, state)
    spaces = _octopus_stack(app, "spaces", state, server)
    space = Space(spaces, "space", name="Rehearsal", space_managers_teams=["teams-administrators"])
    lifecycles = DataOctopusdeployLifecycles(
        spaces, "default_lifecycle", space_id=space.id, partial_name="Default"
    )
    TerraformOutput(spaces, "space_id", value=space.id)

    environments = _octopus_stack(app, "environments", state, server)
    admin_password = TerraformVariable(environments, "admin_password", type="string", sensitive=True)
    environment = Environment(
        environments,
        "development",
        name="Development",
        space_id=space.id,
        description=f"lifecycle {lifecycles.lifecycles.get(0).id}",
    )
    TerraformOutput(environments, "environment_space_id", value=environment.space_id)
    TerraformOutput(environments, "octopus_url", value=server.url)
    TerraformOutput(environments, "admin_password_echo", value=admin_password.string_value, sensitive=True)
    app.synth()


def synth(tmp_path: Path, build: Callable[[Path], None]) -> Path:
    """Synthesize into <tmp>/project/cdktf.out, so relative state paths point at <tmp>/project/state."""
    outdir = tmp_path / "project" / "cdktf.out"
    outdir.parent.mkdir(parents=True, exist_ok=True)
    build(outdir)
    return outdir


def run(outdir: Path, tmp_path: Path, **options: Any) -> tuple[Report, list[str]]:
    lines: list[str] = []
    environ = {k: v for k, v in os.environ.items() if k != "PG_CONN_STR"} | options.pop("environ", {})
    report = rehearse(
        Options(outdir=outdir, workdir=tmp_path / "work", terraform=TERRAFORM, environ=environ, **options),
        echo=lines.append,
    )
    return report, lines


@pytest.fixture(scope="module")
def local_outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth(tmp_path_factory.mktemp("local"), lambda out: build_fixture_app(out, StateConfig()))


@pytest.fixture(scope="module")
def pg_outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth(tmp_path_factory.mktemp("pg"), lambda out: build_fixture_app(out, StateConfig(backend="pg")))


# --- end to end ---------------------------------------------------------------------------------------


def assert_clean_run(report: Report) -> None:
    assert report.order == ["server", "spaces", "environments"]
    for stack_id, result in report.stacks.items():
        assert result.added > 0, stack_id
        assert result.plan_changes == 0, stack_id
        assert result.destroyed == result.added, stack_id


def assert_values_crossed(report: Report) -> None:
    spaces, environments = report.stacks["spaces"], report.stacks["environments"]
    # A placeholder made in `spaces` arrives in `environments` through terraform_remote_state.
    assert str(spaces.outputs["space_id"]).startswith("stand-in:octopusdeploy_space.")
    assert environments.outputs["environment_space_id"] == spaces.outputs["space_id"]
    # A configured value crosses two stacks (server -> environments) unchanged.
    assert (
        environments.outputs["octopus_url"] == report.stacks["server"].outputs["octopus_url"] == OCTOPUS_URL
    )
    # Every remote read was checked; the API key, space ID and URL are exact copies of the producers' outputs.
    assert environments.remote_reads >= 4 and environments.remote_equal >= 4
    assert spaces.remote_reads >= 2 and spaces.remote_equal >= 2


def test_local_backend_rehearsal_applies_replans_empty_and_destroys(
    local_outdir: Path, tmp_path: Path
) -> None:
    report, lines = run(local_outdir, tmp_path)

    assert_clean_run(report)
    assert_values_crossed(report)
    assert any("provisioners stripped" in line and "terraform_data.api_ready" in line for line in lines)
    assert report.stacks["environments"].outputs["admin_password_echo"] == "stand-in:var.admin_password"
    assert sorted(p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")) == [
        "environments.tfstate",
        "server.tfstate",
        "spaces.tfstate",
    ]
    assert not (local_outdir.parent / "state").exists(), "the project's own state dir must not be touched"
    synthesized = json.loads((local_outdir / "stacks" / "spaces" / "cdk.tf.json").read_text())
    assert "octopusdeploy_space" in synthesized["resource"], "the synthesized stacks are never modified"


def test_cli_prints_a_line_per_stack_and_phase(local_outdir: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "octopus_patterns.rehearsal",
            "--outdir",
            str(local_outdir),
            "--terraform",
            TERRAFORM,
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PG_CONN_STR"},
    )
    assert done.returncode == 0, done.stderr
    for stack_id in ("server", "spaces", "environments"):
        for phase in ("init", "apply", "plan", "destroy"):
            assert any(line.split()[:3] == [stack_id, phase, "ok"] for line in done.stdout.splitlines()), (
                stack_id,
                phase,
                done.stdout,
            )
    assert "rehearsal passed: 3 stacks" in done.stdout
    assert "stand-in:random_password" not in done.stdout + done.stderr, "values are never printed"


def test_pg_synth_rehearses_with_local_state_by_default(pg_outdir: Path, tmp_path: Path) -> None:
    report, lines = run(pg_outdir, tmp_path)

    assert_clean_run(report)
    assert_values_crossed(report)
    assert sorted(p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")) == [
        "environments.tfstate",
        "server.tfstate",
        "spaces.tfstate",
    ]


def test_pg_backend_from_synth_keeps_state_in_postgres(pg_outdir: Path, tmp_path: Path) -> None:
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with running_postgres(binaries) as server:
        report, _ = run(
            pg_outdir, tmp_path, backend_from_synth=True, environ={"PG_CONN_STR": server.conn_str()}
        )
        schemas = server.query(
            "select schema_name from information_schema.schemata where schema_name like 'octopus_patterns_%'"
        )
        states = server.query("select name from octopus_patterns_environments.states")

    assert_clean_run(report)
    assert_values_crossed(report)
    assert sorted(schemas) == ["octopus_patterns_environments", "octopus_patterns_spaces"]
    assert states == ["default"]
    # The server stack creates the state database, so it always keeps local state.
    assert [p.name for p in (tmp_path / "work" / "state").glob("*.tfstate")] == ["server.tfstate"]


def test_pg_backend_from_synth_needs_pg_conn_str(pg_outdir: Path, tmp_path: Path) -> None:
    with pytest.raises(RehearsalFailed, match="PG_CONN_STR") as failure:
        run(pg_outdir, tmp_path, backend_from_synth=True)
    assert failure.value.phase == "prepare"


def _single_stack(outdir: Path, build: Callable[[TerraformStack], None]) -> None:
    app = App(outdir=str(outdir))
    stack = TerraformStack(app, "lonely")
    configure_state_backend(stack, StateConfig())
    api_key = TerraformVariable(stack, "octopus_api_key", type="string", sensitive=True)
    OctopusdeployProvider(stack, "octopus", address=OCTOPUS_URL, api_key=api_key.string_value)
    RandomProvider(stack, "random")
    build(stack)
    app.synth()


def test_a_plan_that_is_not_empty_fails_naming_stack_and_phase(tmp_path: Path) -> None:
    def drifting(stack: TerraformStack) -> None:
        Space(stack, "space", name="Drifting", description=Fn.timestamp())

    outdir = synth(tmp_path, lambda out: _single_stack(out, drifting))
    with pytest.raises(RehearsalFailed) as failure:
        run(outdir, tmp_path)
    assert (failure.value.stack, failure.value.phase) == ("lonely", "plan")
    assert "terraform_data.octopusdeploy_space__space" in str(failure.value)


def test_an_unmarked_output_of_a_provider_secret_fails_like_with_the_real_provider(tmp_path: Path) -> None:
    def leaky(stack: TerraformStack) -> None:
        TerraformOutput(stack, "leak", value=Password(stack, "password", length=16).result)

    outdir = synth(tmp_path, lambda out: _single_stack(out, leaky))
    with pytest.raises(RehearsalFailed) as failure:
        run(outdir, tmp_path)
    assert (failure.value.stack, failure.value.phase) == ("lonely", "apply")
    assert "sensitive" in str(failure.value).lower()


# --- reference rewriting ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schemas() -> Schemas:
    return Schemas.load(default_schema_files([PROJECT_ROOT]))


def stack_with_output(expression: str) -> dict[str, Any]:
    return {
        "provider": {"octopusdeploy": [{"address": "http://x", "api_key": "${var.key}"}]},
        "resource": {
            "octopusdeploy_space": {"s": {"name": "S", "//": {"metadata": {}}}},
            "octopusdeploy_environment": {
                "e": {
                    "for_each": '${toset(["a"])}',
                    "name": "${each.key}",
                    "space_id": "${octopusdeploy_space.s.id}",
                }
            },
            "octopusdeploy_project_group": {"g": {"count": 2, "name": "G${count.index}"}},
            "random_password": {"p": {"length": 8}},
        },
        "data": {"octopusdeploy_lifecycles": {"l": {"space_id": "${octopusdeploy_space.s.id}"}}},
        "output": {"x": {"value": expression}},
        "terraform": {"required_providers": {"octopusdeploy": {"source": "OctopusDeploy/octopusdeploy"}}},
    }


SPACE = "terraform_data.octopusdeploy_space__s"
ENVS = "terraform_data.octopusdeploy_environment__e"
GROUPS = "terraform_data.octopusdeploy_project_group__g"
LIFECYCLES = "terraform_data.data__octopusdeploy_lifecycles__l"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("${octopusdeploy_space.s.id}", f"${{{SPACE}.output.id}}"),
        (
            "Space ${octopusdeploy_space.s.name}: ${data.octopusdeploy_lifecycles.l.lifecycles[0].id}",
            f"Space ${{{SPACE}.output.name}}: ${{{LIFECYCLES}.output.lifecycles[0].id}}",
        ),
        (
            '${join(",", ["${octopusdeploy_space.s.id}", octopusdeploy_environment.e["a"].id])}',
            f'${{join(",", ["${{{SPACE}.output.id}}", {ENVS}["a"].output.id])}}',
        ),
        (
            '$${octopusdeploy_space.s.id}-${"}${octopusdeploy_space.s.id}"} %%{ octopusdeploy_space.s }',
            f'$${{octopusdeploy_space.s.id}}-${{"}}${{{SPACE}.output.id}}"}} %%{{ octopusdeploy_space.s }}',
        ),
        ("${octopusdeploy_project_group.g[*].id}", f"${{{GROUPS}[*].output.id}}"),
        ("${octopusdeploy_project_group.g.0.id}", f"${{{GROUPS}.0.output.id}}"),
        (
            "${octopusdeploy_project_group.g[length(octopusdeploy_space.s.name) - 1].id}",
            f"${{{GROUPS}[length({SPACE}.output.name) - 1].output.id}}",
        ),
        (
            "${[for env in octopusdeploy_environment.e : env.id]}",
            f"${{[for env in ({{for key, item in {ENVS} : key => item.output}}) : env.id]}}",
        ),
        ("${random_password.p.result}", "${sensitive(terraform_data.random_password__p.output.result)}"),
        ("${sensitive(random_password.p.id)}", "${sensitive(terraform_data.random_password__p.output.id)}"),
        (
            '%{ if octopusdeploy_space.s.name != "" }${octopusdeploy_space.s.id}%{ endif }',
            f'%{{ if {SPACE}.output.name != "" }}${{{SPACE}.output.id}}%{{ endif }}',
        ),
        ("${<<EOT\nid=${octopusdeploy_space.s.id}\nEOT\n}", f"${{<<EOT\nid=${{{SPACE}.output.id}}\nEOT\n}}"),
        (
            "${provider::octopusdeploy::parse(octopusdeploy_space.s.id)}",
            f"${{provider::octopusdeploy::parse({SPACE}.output.id)}}",
        ),
        (
            "${octopusdeploy_space.s.id /* octopusdeploy_space.s.name */}",
            f"${{{SPACE}.output.id /* octopusdeploy_space.s.name */}}",
        ),
        ("${octopusdeploy_space.s}", f"${{{SPACE}.output}}"),
    ],
)
def test_references_are_rewritten_at_any_depth(schemas: Schemas, expression: str, expected: str) -> None:
    rewritten = rewrite_stack("demo", stack_with_output(expression), schemas)
    assert rewritten.document["output"]["x"]["value"] == expected


@pytest.mark.parametrize(
    "expression",
    [
        "${var.octopusdeploy_space.s} ${local.x.octopusdeploy_space.s.id}",
        "${{octopusdeploy_space = 1}} ${octopusdeploy_space}",
        "${sensitive(data.terraform_remote_state.other.outputs.cross-stack-output-x)}",
        "plain text with octopusdeploy_space.s.id",
    ],
)
def test_things_that_are_not_provider_references_stay(schemas: Schemas, expression: str) -> None:
    rewritten = rewrite_stack("demo", stack_with_output(expression), schemas)
    assert rewritten.document["output"]["x"]["value"] == expression


def test_stand_ins_hold_configuration_and_typed_placeholders_for_what_is_read(schemas: Schemas) -> None:
    document = stack_with_output(
        "${data.octopusdeploy_lifecycles.l.lifecycles[1].phase[2].minimum_environments_before_promotion}"
    )
    document["resource"]["octopusdeploy_space"]["s"]["depends_on"] = [
        "random_password.p",
        "data.octopusdeploy_lifecycles.l",
    ]
    rewritten = rewrite_stack("demo", document, schemas)
    resources = rewritten.document["resource"]["terraform_data"]

    lifecycles = resources["data__octopusdeploy_lifecycles__l"]["input"]
    assert lifecycles["space_id"] == f"${{{SPACE}.output.id}}"
    assert len(lifecycles["lifecycles"]) == 2 and len(lifecycles["lifecycles"][1]["phase"]) == 3
    assert lifecycles["lifecycles"][1]["phase"][2]["minimum_environments_before_promotion"] == 1
    assert isinstance(lifecycles["lifecycles"][0]["phase"][0]["automatic_deployment_targets"], list)
    space = resources["octopusdeploy_space__s"]
    assert space["input"]["id"] == "stand-in:octopusdeploy_space.s.id"  # read by the lifecycles data source
    assert "//" not in space["input"]
    assert space["depends_on"] == ["terraform_data.random_password__p", LIFECYCLES]
    assert resources["octopusdeploy_environment__e"]["for_each"] == '${toset(["a"])}'
    assert resources["octopusdeploy_project_group__g"]["count"] == 2
    assert resources["provider__octopusdeploy"]["input"] == {"address": "http://x", "api_key": "${var.key}"}
    assert "provider" not in rewritten.document
    assert "required_providers" not in rewritten.document["terraform"]


def test_reading_an_attribute_the_provider_does_not_have_fails_clearly(schemas: Schemas) -> None:
    with pytest.raises(StandInError, match=r"stack demo: octopusdeploy_space\.s: reads `no_such_thing`"):
        rewrite_stack("demo", stack_with_output("${octopusdeploy_space.s.no_such_thing}"), schemas)


def test_an_unparseable_expression_names_the_stack_and_block(schemas: Schemas) -> None:
    with pytest.raises(StandInError, match="stack demo: .*unterminated"):
        rewrite_stack("demo", stack_with_output('${join(",", ["a)}'), schemas)


def test_provisioners_are_stripped_and_reported(schemas: Schemas) -> None:
    document = stack_with_output("x")
    document["resource"]["terraform_data"] = {
        "wait": {
            "input": {"url": "http://x"},
            "triggers_replace": {"space": "${octopusdeploy_space.s.id}"},
            "provisioner": [{"local-exec": {"command": "exit 1"}}],
        }
    }
    rewritten = rewrite_stack("demo", document, schemas)
    wait = rewritten.document["resource"]["terraform_data"]["wait"]
    assert wait == {"input": {"url": "http://x"}, "triggers_replace": {"space": f"${{{SPACE}.output.id}}"}}
    assert rewritten.stripped_provisioners == ["terraform_data.wait (local-exec)"]


def test_single_item_list_blocks_become_lists(schemas: Schemas) -> None:
    document = {
        "resource": {
            "docker_container": {"c": {"name": "c", "image": "i", "healthcheck": {"test": ["CMD", "true"]}}}
        },
        "output": {"x": {"value": "${docker_container.c.healthcheck[0].test[0]}"}},
    }
    rewritten = rewrite_stack("demo", document, schemas)
    stand_in = rewritten.document["resource"]["terraform_data"]["docker_container__c"]["input"]
    assert stand_in["healthcheck"] == [{"test": ["CMD", "true"]}]


@pytest.mark.parametrize(
    ("constraint", "expected"),
    [
        ("string", "stand-in:var.v"),
        ("number", 1),
        ("bool", True),
        ("list(string)", ["stand-in:var.v"]),
        ("map(number)", {"stand-in": 1}),
        (
            'list(object({name = string, port = optional(number, 80), "tags" = set(string)}))',
            [{"name": "stand-in:var.v.name", "port": 1, "tags": ["stand-in:var.v.tags"]}],
        ),
        ("tuple([string, bool])", ["stand-in:var.v", True]),
    ],
)
def test_required_variables_get_placeholders_of_their_type(constraint: str, expected: Any) -> None:
    assert placeholder_for_type(constraint, "stand-in:var.v") == expected


def test_required_variables_go_to_tfvars_and_optional_ones_do_not(schemas: Schemas) -> None:
    document = stack_with_output("x")
    document["variable"] = {
        "secret": {"type": "string", "sensitive": True},
        "ports": {"type": "list(number)"},
        "optional": {"type": "string", "default": None},
    }
    assert rewrite_stack("demo", document, schemas).tfvars == {"ports": [1], "secret": "stand-in:var.secret"}


def test_interpolated_references_see_through_sensitive_only() -> None:
    remote = "data.terraform_remote_state.a.outputs.b"
    [whole] = interpolated_references(f"${{sensitive({remote})}}")
    assert whole.whole and whole.reference.root == "data" and len(whole.reference.steps) == 4
    [embedded] = interpolated_references(f'API-${{{remote}}}-${{"x"}}')
    assert not embedded.whole
    assert interpolated_references(f"${{upper({remote})}}") == []
    assert interpolated_references(f'${{"${{{remote}}}"}}') == []  # only top-level interpolations count


def test_verification_compares_what_arrived_with_the_producers_output() -> None:
    document = {
        "output": {"space": {"value": "${sensitive(data.terraform_remote_state.a.outputs.space_id)}"}},
        "resource": {
            "terraform_data": {
                "provider__octopusdeploy": {
                    "input": {"api_key": "API-${data.terraform_remote_state.a.outputs.key}"},
                },
            }
        },
    }
    reads = remote_reads(document)
    assert [(r.output, r.used_by, r.path, r.match) for r in reads] == [
        ("space_id", "output.space", (), "equal"),
        ("key", "terraform_data.provider__octopusdeploy", ("api_key",), "contains"),
    ]
    producers, produced = {"a": "a"}, {"a": {"space_id": "Spaces-1", "key": "K"}}
    state = {"values": {"root_module": {"resources": [
        {"mode": "managed", "type": "terraform_data", "name": "provider__octopusdeploy",
         "values": {"output": {"api_key": "API-K"}}},
    ]}}}  # fmt: skip
    checked = check_reads("b", reads, producers, produced, {"space": "Spaces-1"}, state)
    assert (checked.reads, checked.equal, checked.contains) == (2, 1, 1)
    with pytest.raises(VerificationError, match="differs"):
        check_reads("b", reads, producers, produced, {"space": "Spaces-2"}, state)
    with pytest.raises(VerificationError, match="does not contain"):
        check_reads(
            "b", reads, producers, {"a": {"space_id": "Spaces-1", "key": "L"}}, {"space": "Spaces-1"}, state
        )
    with pytest.raises(VerificationError, match="missing or null"):
        check_reads("b", reads, producers, {"a": {"key": "K"}}, {"space": None}, state)


def test_a_read_with_a_null_branch_may_arrive_as_null() -> None:
    """An optional input sent as null when empty (`length(x) >= 1 ? x : null`) is null after apply when the
    producer's output is "": only that the output exists is checked; a plain read still must not be null."""
    remote = "data.terraform_remote_state.a.outputs.password"
    document = {
        "output": {
            "optional": {"value": f"${{(length({remote}) >= 1) ? sensitive({remote}) : null}}"},
            "plain": {"value": f"${{upper({remote})}}"},
        }
    }
    reads = remote_reads(document)
    assert [(r.used_by, r.match) for r in reads] == [
        ("output.optional", "optional"),
        ("output.optional", "optional"),
        ("output.plain", "resolved"),
    ]
    empty = {"a": {"password": ""}}
    check_reads("b", reads[:2], {"a": "a"}, empty, {"optional": None}, {})
    with pytest.raises(VerificationError, match="is null after apply"):
        check_reads("b", reads[2:], {"a": "a"}, empty, {"plain": None}, {})
    with pytest.raises(VerificationError, match="missing or null"):
        check_reads("b", reads[:2], {"a": "a"}, {"a": {}}, {"optional": None}, {})
