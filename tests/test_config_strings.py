"""One rule for every configured string that lands in synthesized JSON: it arrives in what Terraform produces
exactly as configured (Terraform's `${`/`%{` escaped), or it is refused naming the field. Proved with real
Terraform over hand-picked and generated hostile strings, from a TOML file and from ESTATE__ overrides."""

from __future__ import annotations

import json
import os
import re
import subprocess
import typing
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cdktf import App, TerraformOutput, TerraformStack, Token
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from main import build_app
from octopus_patterns.adoption.declared import declared_objects
from octopus_patterns.adoption.kinds import DEFAULT_SPACE
from octopus_patterns.config import (
    ConfigError,
    EstateConfig,
    from_terraform_literal,
    load_config,
    terraform_literal,
    validate_octopus_name,
)
from octopus_patterns.rehearsal.runner import Options, rehearse
from octopus_patterns.rehearsal.terraform import terraform_env
from octopus_patterns.terraform_data import TerraformData
from tests.conftest import PROJECT_DIR

TERRAFORM = "/usr/local/bin/terraform"
needs_terraform = pytest.mark.skipif(not Path(TERRAFORM).exists(), reason="terraform is not installed")


def _from_env(**environ: str) -> EstateConfig:
    return load_config(PROJECT_DIR / "estate.toml", environ=environ)


def _toml_string(value: str) -> str:
    """A TOML basic string holding exactly `value` (control characters as \\uXXXX)."""
    escaped = "".join(
        f"\\u{ord(c):04X}" if unicodedata.category(c) == "Cc" or c in '"\\' else c for c in value
    )
    return f'"{escaped}"'


def _region_toml(email: str, region: str, environment: str, lifecycle: str) -> str:
    return (
        f"[octopus]\nadmin_email = {_toml_string(email)}\n\n"
        f"[[regions]]\nname = {_toml_string(region)}\nenvironments = [{_toml_string(environment)}]\n"
        f"lifecycles = [{{ name = {_toml_string(lifecycle)}, phases = [{_toml_string(environment)}] }}]\n"
    )


def _terraform(stack_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [TERRAFORM, *args, "-no-color"],
        cwd=stack_dir,
        env=terraform_env(os.environ),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"terraform {args[0]}:\n{done.stderr}"
    return done.stdout


def _terraform_produces(workdir: Path, configured: list[str]) -> list[str]:
    """Synthesize the configured values (their config form) into a `terraform_data` input with cdktf, apply
    with real Terraform, and return what Terraform produced for each (the resource's `output`)."""
    workdir.mkdir(parents=True, exist_ok=True)
    app = App(outdir=str(workdir / "cdktf.out"))
    stack = TerraformStack(app, "strings")
    data = TerraformData(stack, "values", input={f"v{i}": value for i, value in enumerate(configured)})
    TerraformOutput(stack, "produced", value=Token.as_any(data.interpolation_for_attribute("output")))
    app.synth()
    stack_dir = workdir / "cdktf.out" / "stacks" / "strings"
    _terraform(stack_dir, "init", "-input=false")
    _terraform(stack_dir, "apply", "-auto-approve", "-input=false")
    produced = json.loads(_terraform(stack_dir, "output", "-json"))["produced"]["value"]
    return [produced[f"v{i}"] for i in range(len(configured))]


# --- hand-picked -----------------------------------------------------------------------------------------

HAND_PICKED_EMAILS = [
    'a${file("/etc/hostname")}@x',
    "${path.cwd}@example.com",
    "%{if(true)}yes%{endif}@x",
    "$${already}@x%%{escaped}",
    "$$${x}@x%%%{y}",
    'quote"back\\slash@x~}',
    "a$@x%",
]
HAND_PICKED_NAMES = ["${path.cwd}", "%{if a}b%{endif}", "Cost $${x}", "R$$${", "日本 ~} $ % R1"]


def test_a_template_sequence_is_held_in_its_terraform_literal_form() -> None:
    email = 'a${file("/etc/hostname")}@x'
    config = _from_env(ESTATE__OCTOPUS__ADMIN_EMAIL=email, ESTATE__REGIONS="${path.cwd}")
    assert config.octopus.admin_email == 'a$${file("/etc/hostname")}@x'
    assert config.regions[0].name == "$${path.cwd}"
    assert config.regions[0].stack_id == "region-path-cwd"


@pytest.mark.parametrize("value", [*HAND_PICKED_EMAILS, *HAND_PICKED_NAMES, "", "plain", "$", "{", "}%"])
def test_the_escape_is_undone_exactly(value: str) -> None:
    assert from_terraform_literal(terraform_literal(value)) == value


@pytest.mark.parametrize(
    ("environ", "shown"),
    [
        ({"ESTATE__OCTOPUS__ADMIN_EMAIL": "Cafe\u0301@x"}, "octopus.admin_email = 'Cafe\u0301@x'"),
        ({"ESTATE__REGIONS": "Cafe\u0301"}, "regions[0].name = 'Cafe\u0301'"),
        ({"ESTATE__REGIONS": "\u212bngstr\u00f6m"}, "regions[0].name = '\u212bngstr\u00f6m'"),
    ],
)
def test_text_terraform_would_normalise_is_refused_naming_the_field(
    environ: dict[str, str], shown: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        _from_env(**environ)
    assert shown in str(raised.value) and "NFC" in str(raised.value)


@pytest.mark.parametrize("marker", ["${TfToken[TOKEN.1]}", "#{TfToken[TOKEN.1]}", "&{TfToken[TOKEN.1]}"])
def test_cdktf_token_markers_are_refused_naming_the_field(marker: str) -> None:
    with pytest.raises(ConfigError, match=r"octopus\.admin_email = .*cdktf reads it as one of its token"):
        _from_env(ESTATE__OCTOPUS__ADMIN_EMAIL=f"a{marker}@x")


def test_a_token_marker_in_a_toml_list_is_refused_naming_the_field(tmp_path: Path) -> None:
    config = tmp_path / "estate.toml"
    config.write_text('[[regions]]\nname = "Asia"\nenvironments = ["Dev", "x${TfToken[TOKEN.7]}"]\n')
    with pytest.raises(ConfigError, match=r"regions\[0\]\.environments = .*token marker"):
        load_config(config, environ={})


def test_the_rules_that_refuse_template_sequences_outright_are_kept() -> None:
    with pytest.raises(ConfigError, match=r"state\.local_dir = 'x\$\{y\}': must not contain '\$\{'"):
        _from_env(ESTATE__STATE__LOCAL_DIR="x${y}")
    with pytest.raises(ConfigError, match=r"regions\[0\]\.name = '#\{Octopus\.Space\}'"):
        _from_env(ESTATE__REGIONS="#{Octopus.Space}")
    url = {"ESTATE__EXISTING_INSTANCE__URL": "https://x/${a}", "ESTATE__STATE_DATABASE__HOST": "h"}
    with pytest.raises(ConfigError, match=r"existing_instance\.url = .*must not contain '\$\{'"):
        _from_env(**url, ESTATE__STATE_DATABASE__USERNAME="u")


def test_names_compare_as_configured_through_the_escape() -> None:
    # Full-width ＄｛ is ${ after NFKC, so the two are one name, although only one is escaped.
    with pytest.raises(ConfigError, match=r"'R＄｛x' appears more than once"):
        _from_env(ESTATE__REGIONS="R${x,R＄｛x")
    assert [r.name for r in _from_env(ESTATE__REGIONS="a${x},b$${x}").regions] == ["a$${x}", "b$$${x}"]


def _sections(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    for field in model.model_fields.values():
        for kind in _types(field.annotation):
            if isinstance(kind, type) and issubclass(kind, BaseModel) and kind not in seen:
                seen.add(kind)
                _sections(kind, seen)
    return seen


def _types(annotation: object) -> list[object]:
    args = typing.get_args(annotation)
    return [annotation] if not args else [t for arg in args for t in _types(arg)]


def test_every_section_of_the_configuration_follows_the_rule() -> None:
    # The rule is one field validator on the sections' common base: a section that does not derive from it
    # would let its strings through unescaped.
    sections = _sections(EstateConfig, set())
    assert len(sections) >= 10
    for section in sections:
        assert "_terraform_literal" in section.__pydantic_decorators__.field_validators, section.__name__


@needs_terraform
def test_hand_picked_strings_arrive_in_terraform_as_configured(tmp_path: Path) -> None:
    configs = [_from_env(ESTATE__OCTOPUS__ADMIN_EMAIL=email) for email in HAND_PICKED_EMAILS]
    named = _from_env(ESTATE__REGIONS=",".join(HAND_PICKED_NAMES))
    configured = [c.octopus.admin_email for c in configs] + [r.name for r in named.regions]
    # Why text that is not NFC is refused rather than passed on: Terraform normalizes it.
    decomposed = "Cafe\u0301"
    produced = _terraform_produces(tmp_path, [*configured, decomposed])
    assert produced == [*HAND_PICKED_EMAILS, *HAND_PICKED_NAMES, "Caf\u00e9"]


# --- generated -------------------------------------------------------------------------------------------

# Pieces that Terraform, HCL, JSON, TOML or the shell give a meaning to, and ordinary text between them.
_HOSTILE = ["${", "%{", "$${", "%%{", "$$${", "$", "%", "{", "}", "~}", "${~", "%{~", "}}", "${}", "#", "!"]
_TEXT = ["a", "Z", "0", "-", "_", ".", "'", "é", "ß", "日本", "\U0001f600", "\u00a0", "Ω"]
_EMAIL_ONLY = ['"', "\\", "\\n", "\\u0041", "\x1b", "\x7f", "`", "*"]  # refused in Octopus names


def _pieces(extra: list[str], max_size: int) -> st.SearchStrategy[str]:
    piece = st.sampled_from(_HOSTILE + _TEXT + extra)
    text = st.lists(piece, min_size=1, max_size=max_size).map("".join)
    return text.map(lambda s: unicodedata.normalize("NFC", s))


def _octopus_name(max_length: int) -> st.SearchStrategy[str]:
    def valid(name: str) -> bool:
        try:
            validate_octopus_name(name)
        except ValueError:
            return False
        return len(name) <= max_length

    # Every name starts with a letter, so each region also gets a stack ID.
    return _pieces([" "], 6).map(lambda s: f"R{s}").filter(valid)


EMAILS = (
    st.tuples(_pieces(_EMAIL_ONLY, 8), _pieces(_EMAIL_ONLY, 4))
    .map(lambda p: f"{p[0]}@{p[1]}")
    .filter(lambda email: re.fullmatch(r"[^@\s]+@[^@\s]+", email) is not None)  # the field's own pattern
)
GENERATED = st.tuples(EMAILS, _octopus_name(20), _octopus_name(50), _octopus_name(50))


@needs_terraform
def test_generated_hostile_strings_arrive_in_terraform_as_configured(tmp_path: Path) -> None:
    """Generated strings go through estate.toml and through ESTATE__ overrides; the configuration must hold
    each in its Terraform-literal form, and real Terraform must produce every one byte for byte. Terraform
    runs once over all examples (one apply per example would take minutes)."""
    raw: list[str] = []
    configured: list[str] = []
    toml = tmp_path / "estate.toml"

    @settings(
        max_examples=40,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(GENERATED)
    def configure(strings: tuple[str, str, str, str]) -> None:
        email, region, environment, lifecycle = strings
        toml.write_text(_region_toml(email, region, environment, lifecycle), encoding="utf-8")
        from_file = load_config(toml, environ={})
        from_env = _from_env(ESTATE__OCTOPUS__ADMIN_EMAIL=email, ESTATE__REGIONS=region)
        file_region = from_file.regions[0]
        held = [
            from_file.octopus.admin_email,
            file_region.name,
            file_region.environments[0],
            file_region.lifecycles[0].name,
            file_region.lifecycles[0].phases[0],
            from_env.octopus.admin_email,
            from_env.regions[0].name,
        ]
        expected = [email, region, environment, lifecycle, environment, email, region]
        assert held == [terraform_literal(s) for s in expected]
        raw.extend(expected)
        configured.extend(held)

    configure()
    assert len(raw) >= 40 * 7
    produced = _terraform_produces(tmp_path / "terraform", configured)
    wrong = [(want, got) for want, got in zip(raw, produced, strict=True) if want != got]
    assert not wrong, f"Terraform produced something else for {len(wrong)} strings: {wrong[:5]}"


# --- through the real stacks -----------------------------------------------------------------------------

REAL_EMAIL = 'a${file("/etc/hostname")}@x%{if(true)}~}$'
REAL_REGION = "${path.cwd} %{x}"
REAL_ENVIRONMENT = "Dev $${var.x} ${~"
REAL_LIFECYCLE = "Life %%{y} ${z}"


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return {s for item in value.values() for s in _strings(item)}
    if isinstance(value, list):
        return {s for item in value for s in _strings(item)}
    return set()


def _applied_strings(state: dict[str, Any]) -> set[str]:
    """Every string value of every resource in a stack's applied state (stand-ins hold their arguments)."""
    module = state.get("values", {}).get("root_module", {})
    return {s for resource in module.get("resources", []) for s in _strings(resource.get("values", {}))}


@dataclass(frozen=True)
class HostileApp:
    outdir: Path
    stacks: set[str]
    app: App


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> HostileApp:
    """The whole app, built and synthesized from a configuration full of template sequences."""
    workdir = tmp_path_factory.mktemp("hostile")
    toml = workdir / "estate.toml"
    toml.write_text(_region_toml(REAL_EMAIL, REAL_REGION, REAL_ENVIRONMENT, REAL_LIFECYCLE), encoding="utf-8")
    app = App(outdir=str(workdir / "cdktf.out"))
    build_app(load_config(toml, environ={}), app)
    app.synth()
    # The rehearsal needs only the stacks that hold configured strings (and their producers): development and
    # test-production hold none and feed no other stack, so they are left out to keep the suite quick.
    manifest_file = workdir / "cdktf.out" / "manifest.json"
    manifest = json.loads(manifest_file.read_text())
    for stack in ("development", "test-production"):
        del manifest["stacks"][stack]
    manifest_file.write_text(json.dumps(manifest))
    return HostileApp(workdir / "cdktf.out", set(manifest["stacks"]), app)


@needs_terraform
def test_hostile_strings_arrive_through_the_real_stacks_in_the_rehearsal(
    hostile_app: HostileApp, tmp_path: Path
) -> None:
    """Rehearsed with real Terraform, the containers, management and region stacks apply, re-plan empty and
    destroy, and the stood-in resources hold the configured strings byte for byte (the Octopus container's
    ADMIN_EMAIL, the region's space and tenant, its environment and lifecycle)."""
    region_stack = "region-path-cwd-x"
    assert region_stack in hostile_app.stacks
    applied: dict[str, set[str]] = {}

    def record(stack_id: str, state: dict[str, Any]) -> None:
        applied[stack_id] = _applied_strings(state)

    options = Options(outdir=hostile_app.outdir, workdir=tmp_path / "rehearsal", after_apply=record)
    rehearse(options, echo=lambda _: None)
    assert f"ADMIN_EMAIL={REAL_EMAIL}" in applied["containers"]
    assert REAL_REGION in applied["management"]  # the region's space and its tenant
    assert {REAL_ENVIRONMENT, REAL_LIFECYCLE} <= applied[region_stack]
    evaluated = [s for strings in applied.values() for s in strings if str(tmp_path) in s or "/work/" in s]
    assert not evaluated, f"a template was evaluated: {evaluated}"


def test_adoption_matches_the_configured_names_not_their_escaped_form(hostile_app: HostileApp) -> None:
    # Adoption compares declared names with the server's, which hold the text itself.
    declared = {(d.kind, d.name, d.space) for d in declared_objects(hostile_app.app)}
    assert ("space", REAL_REGION, None) in declared
    assert ("environment", REAL_ENVIRONMENT, REAL_REGION) in declared
    assert ("lifecycle", REAL_LIFECYCLE, REAL_REGION) in declared
    assert ("tenant", REAL_REGION, DEFAULT_SPACE) in declared


def _addresses(document: dict[str, Any]) -> set[str]:
    """What a reference in the stack can start with: its resources, data sources, variables and locals."""
    found = {f"{kind}.{name}" for kind, blocks in document.get("resource", {}).items() for name in blocks}
    found |= {f"data.{kind}.{name}" for kind, blocks in document.get("data", {}).items() for name in blocks}
    found |= {f"var.{name}" for name in document.get("variable", {})}
    return found | {f"local.{name}" for name in document.get("locals", {})}


def test_no_configured_string_shares_a_synthesized_string_with_a_reference(hostile_app: HostileApp) -> None:
    """cdktf resolves a string holding a token by tracking `${` and `}` in the whole string, so an escaped
    `$${` without its `}` (a region may be named `x$${`) unwraps the token after it into plain text. So far
    configured strings are joined only with literal text; this fails when a construct joins one with a
    reference, wrapped or unwrapped (put the configured part in an attribute of its own instead)."""
    configured = [terraform_literal(s) for s in (REAL_EMAIL, REAL_REGION, REAL_ENVIRONMENT, REAL_LIFECYCLE)]
    found = 0
    for stack in hostile_app.stacks:
        document = json.loads((hostile_app.outdir / "stacks" / stack / "cdk.tf.json").read_text())
        addresses = _addresses(document)
        for text in _strings(document):
            for literal in (literal for literal in configured if literal in text):
                found += 1
                rest = text.replace(literal, "")
                assert "${" not in rest.replace("$${", ""), f"{stack}: {text!r}"
                assert not [a for a in addresses if a in rest], f"{stack}: {text!r}"
    assert found >= 6  # ADMIN_EMAIL, the space, tenant, environment, lifecycle and their descriptions
