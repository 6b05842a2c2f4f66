"""Bad configuration stops synthesis with a message naming the field, the value and what is allowed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from octopus_patterns.config import RESERVED_REGION_NAMES, ConfigError, EstateConfig, load_config
from tests.conftest import PROJECT_DIR, SynthesizedApp

BAD_OVERRIDES = [
    ({"ESTATE__PORTS__OCTOPUS": "70000"}, "ports.octopus = 70000", "less than or equal to 65535"),
    ({"ESTATE__PORTS__STATE_DB": "0"}, "ports.state_db = 0", "greater than or equal to 1"),
    ({"ESTATE__PORTS__GITEA_HTTP": "http"}, "ports.gitea_http = 'http'", "valid integer"),
    ({"ESTATE__PORTS__GITEA_SSH": "3000"}, "gitea_ssh=3000 is already used by gitea_http", "must differ"),
    ({"ESTATE__IMAGES__GITEA": "gitea/gitea:latest"}, "images.gitea = 'gitea/gitea:latest'", "not 'latest'"),
    ({"ESTATE__IMAGES__OCTOPUS": "octopusdeploy/octopusdeploy"}, "images.octopus", "explicit tag"),
    ({"ESTATE__STATE__BACKEND": "s3"}, "state.backend = 's3'", "'local' or 'pg'"),
    ({"ESTATE__STATE__LOCAL_DIR": "/var/state"}, "state.local_dir = '/var/state'", "relative"),
    ({"ESTATE__STATE__LOCAL_DIR": "../state"}, "state.local_dir = '../state'", "without '..'"),
    ({"ESTATE__READINESS__TIMEOUT_MINUTES": "0"}, "readiness.timeout_minutes = 0.0", "greater than 0"),
    ({"ESTATE__READINESS__TIMEOUT_MINUTES": "500"}, "readiness.timeout_minutes", "less than or equal to 120"),
    ({"ESTATE__OCTOPUS__ADMIN_USERNAME": "ad min"}, "octopus.admin_username = 'ad min'", "pattern"),
    ({"ESTATE__OCTOPUS__ADMIN_USERNAME": "admin\n"}, "octopus.admin_username = 'admin\\n'", "pattern"),
    ({"ESTATE__OCTOPUS__ADMIN_EMAIL": "nobody"}, "octopus.admin_email = 'nobody'", "pattern"),
    ({"ESTATE__OCTOPUS__ADMIN_EMAIL": "a@b\n"}, "octopus.admin_email = 'a@b\\n'", "pattern"),
    ({"ESTATE__OCTOPUS__PRIVILEGED": "maybe"}, "octopus.privileged = 'maybe'", "valid boolean"),
    ({"ESTATE__REGIONS": "America,america"}, "regions", "'america' appears more than once"),
    ({"ESTATE__REGIONS": "America,"}, "regions[1].name = ''", "at least 1 character"),
    ({"ESTATE__REGIONS": "Eu/rope"}, "regions[0].name = 'Eu/rope'", "must not contain /"),
    ({"ESTATE__REGIONS": "Asia:Pacific"}, "regions[0].name = 'Asia:Pacific'", "must not contain :"),
    ({"ESTATE__REGIONS": "A" * 21}, "regions[0].name", "at most 20 characters"),
    (
        {"ESTATE__REGIONS": "Asia Pacific,Asia-Pacific"},
        "regions",
        "would both get the stack 'region-asia-pacific'",
    ),
    ({"ESTATE__REGIONS": "--"}, "regions[0].name = '--'", "at least one letter or digit"),
    ({"ESTATE__REGIONS": 'Say "hi"'}, "regions[0].name", 'must not contain "'),
    ({"ESTATE__BOGUS__X": "1"}, "bogus", "Extra inputs are not permitted"),
    ({"ESTATE__PORTS__NOPE": "1"}, "ports.nope", "Extra inputs are not permitted"),
    ({"ESTATE__PORTS": "1"}, "ESTATE__PORTS", "ESTATE__<section>__<key>"),
]


@pytest.mark.parametrize(
    ("environ", "field", "allowed"), BAD_OVERRIDES, ids=[str(c[0]) for c in BAD_OVERRIDES]
)
def test_bad_value_is_named_with_what_is_allowed(environ: dict[str, str], field: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ=environ)
    assert field in str(raised.value)
    assert allowed in str(raised.value)


def test_committed_file_equals_the_defaults() -> None:
    assert load_config(PROJECT_DIR / "estate.toml", environ={}) == EstateConfig()


def test_overrides_apply(tmp_path: Path) -> None:
    config = load_config(
        PROJECT_DIR / "estate.toml",
        environ={"ESTATE__STATE__BACKEND": "pg", "ESTATE__REGIONS": "America, Europe, Asia Pacific"},
    )
    assert config.state.backend == "pg"
    assert [r.name for r in config.regions] == ["America", "Europe", "Asia Pacific"]


def test_a_name_list_override_cannot_drop_a_regions_environments_or_lifecycles(tmp_path: Path) -> None:
    file = tmp_path / "estate.toml"
    file.write_text(
        '[[regions]]\nname = "America"\n\n'
        '[[regions]]\nname = "Asia"\nenvironments = ["Dev", "Live"]\n'
        'lifecycles = [{ name = "Release", phases = ["Dev", "Live"] }]\n'
    )

    with pytest.raises(ConfigError) as raised:
        load_config(file, environ={"ESTATE__REGIONS": "America,Asia"})

    assert str(raised.value) == (
        "ESTATE__REGIONS: replaces [[regions]] with bare names, which cannot carry what the configuration "
        "file sets for them ('Asia' sets environments, lifecycles); "
        "list the regions in the configuration file instead"
    )


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(
            PROJECT_DIR / "estate.toml",
            environ={"ESTATE__PORTS__OCTOPUS": "0", "ESTATE__STATE__BACKEND": "x"},
        )
    assert "ports.octopus" in str(raised.value) and "state.backend" in str(raised.value)


BAD_REGION_FILES = [
    (
        'lifecycles = [{name = "Release", phases = ["Development", "Staging"]}]',
        "regions[0]: region 'America': lifecycle 'Release' names ['Staging'], "
        "which are not among the region's environments",
    ),
    (
        'environments = ["Dev", "dev"]\nlifecycles = []',
        "regions[0]: region 'America': environments ['Dev', 'dev']",
    ),
    ("environments = []\nlifecycles = []", "region 'America': list at least one environment"),
    ('environments = ["Q/A"]\nlifecycles = []', "regions[0].environments[0] = 'Q/A': must not contain /"),
    (
        'lifecycles = [{name = "Simple", phases = ["Test"]}, {name = "simple", phases = ["Test"]}]',
        "lifecycles ['Simple', 'simple'] appear more than once",
    ),
    (
        'lifecycles = [{name = "Loop", phases = ["Test", "Test"]}]',
        "lifecycle 'Loop': phases ['Test'] appear more",
    ),
    (
        'lifecycles = [{name = "Empty", phases = []}]',
        "regions[0].lifecycles[0].phases = []: Tuple should have at least",
    ),
    (
        'lifecycles = [{name = "Auto", phases = ["Test"], automatic = ["Production"]}]',
        "lifecycle 'Auto': automatic ['Production'] are not among its phases ['Test']",
    ),
    ('lifecycles = [{name = "Typo", phase = ["Test"]}]', "regions[0].lifecycles[0].phase"),
]


@pytest.mark.parametrize(("settings", "message"), BAD_REGION_FILES, ids=[m[:40] for _, m in BAD_REGION_FILES])
def test_bad_region_spaces_are_refused_naming_the_field(tmp_path: Path, settings: str, message: str) -> None:
    config = tmp_path / "estate.toml"
    config.write_text(f'[[regions]]\nname = "America"\n{settings}\n')
    with pytest.raises(ConfigError) as raised:
        load_config(config, environ={})
    assert message in str(raised.value)


def test_a_region_name_with_surrounding_whitespace_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "estate.toml"
    config.write_text('[[regions]]\nname = " Europe"\n')
    with pytest.raises(
        ConfigError, match=r"regions\[0\]\.name = ' Europe': must not start or end with whitespace"
    ):
        load_config(config, environ={})


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "estate.toml"
    broken.write_text("[ports\noctopus = 1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(broken, environ={})
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "missing.toml", environ={})


def test_bad_configuration_writes_nothing(tmp_path: Path) -> None:
    """main.py refuses bad input before any stack is synthesized."""
    env = {
        "PATH": "/usr/bin:/bin",
        "ESTATE__REGIONS": "Eu/rope",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "main.py")],
        cwd=tmp_path,
        env={**env, "CDKTF_OUTDIR": str(tmp_path / "out"), "ESTATE_CONFIG": str(PROJECT_DIR / "estate.toml")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "regions[0].name = 'Eu/rope'" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- images --------------------------------------------------------------------------------------------

DIGEST = "sha256:" + "0123456789abcdef" * 4


@pytest.mark.parametrize(
    "image",
    [
        f"gitea/gitea@{DIGEST}",
        f"gitea/gitea:1.24.6@{DIGEST}",
        f"registry.example.com:5000/team/octopus:2025.4@{DIGEST}",
        "registry.example.com:5000/team/octopus:2025.4",
        "postgres:16.4",
    ],
)
def test_images_pinned_by_tag_or_digest_are_accepted(image: str) -> None:
    config = load_config(PROJECT_DIR / "estate.toml", environ={"ESTATE__IMAGES__GITEA": image})
    assert config.images.gitea == image


@pytest.mark.parametrize(
    "image",
    [
        "gitea/gitea:latest\n",
        "gitea/gitea:LATEST",
        "gitea/gitea:Latest",
        " gitea/gitea:latest",
        "gitea/gitea:latest ",
        f"gitea/gitea:latest@{DIGEST}",
        "gitea/gitea:1.24.6\n",
        "gitea/gitea",
        f"gitea/gitea@{DIGEST}\n",
        "gitea/gitea@sha256:" + "0" * 63,
        "gitea/gitea@sha256:" + "0" * 65,
        "gitea/gitea@sha256:" + "G" * 64,
        "gitea/gitea@md5:" + "0" * 64,
        "gitea/gitea:1.24.6:1",
        "Gitea/gitea:1.24.6",
        "gitea/gitea:${path.cwd}",
    ],
)
def test_unpinned_or_malformed_images_are_refused(image: str) -> None:
    with pytest.raises(ConfigError, match=r"images\.gitea = .*(explicit tag|not 'latest')"):
        load_config(PROJECT_DIR / "estate.toml", environ={"ESTATE__IMAGES__GITEA": image})


# --- names ---------------------------------------------------------------------------------------------

INVISIBLE = ["\x00", "\n", "\t", "\x1b", "\x7f", "\u202e", "\u200b", "\u2028", "\u2029", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_control_and_invisible_characters_are_refused_in_every_name(tmp_path: Path, char: str) -> None:
    name = f"Ame{char}rica"
    quoted = json.dumps(name)  # a JSON string is a TOML basic string
    for settings, field in [
        (f"[[regions]]\nname = {quoted}\n", "regions[0].name"),
        (
            f'[[regions]]\nname = "Asia"\nenvironments = [{quoted}]\nlifecycles = []\n',
            "regions[0].environments[0]",
        ),
        (
            '[[regions]]\nname = "Asia"\nenvironments = ["Dev"]\n'
            f'lifecycles = [{{name = {quoted}, phases = ["Dev"]}}]\n',
            "regions[0].lifecycles[0].name",
        ),
    ]:
        config = tmp_path / "estate.toml"
        config.write_text(settings)
        with pytest.raises(ConfigError) as raised:
            load_config(config, environ={})
        assert f"{field} = {name!r}" in str(raised.value)
        assert f"U+{ord(char):04X}" in str(raised.value)


def test_an_octopus_variable_expression_is_refused_in_names() -> None:
    with pytest.raises(ConfigError, match=r"regions\[0\]\.name = '#\{Octopus\.Space\}x': .*#\{"):
        load_config(PROJECT_DIR / "estate.toml", environ={"ESTATE__REGIONS": "#{Octopus.Space}x"})


@pytest.mark.parametrize(
    ("names", "duplicate"),
    [
        ("America,AMERICA", "AMERICA"),
        ("Straße,STRASSE", "STRASSE"),
        ("Café,CAFÉ", "CAFÉ"),  # (a decomposed é is refused: not NFC, tests/test_config_strings.py)
        ("Europe,Ｅｕｒｏｐｅ", "Ｅｕｒｏｐｅ"),  # full-width letters
    ],
)
def test_region_names_are_unique_after_normalisation_and_case_folding(names: str, duplicate: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ={"ESTATE__REGIONS": names})
    assert f"{duplicate!r} appears more than once" in str(raised.value)


def test_environment_and_lifecycle_names_are_unique_after_normalisation(tmp_path: Path) -> None:
    config = tmp_path / "estate.toml"
    config.write_text(
        '[[regions]]\nname = "Asia"\nenvironments = ["Café", "ｃａｆé"]\n'
        'lifecycles = [{name = "Ｌｉｆｅ", phases = ["Café"]}, {name = "life", phases = ["Café"]}]\n'
    )
    with pytest.raises(ConfigError) as raised:
        load_config(config, environ={})
    both = sorted(["Café", "ｃａｆé"])
    assert f"environments {both} appear more than once" in str(raised.value)
    config.write_text(
        '[[regions]]\nname = "Asia"\nenvironments = ["Café"]\n'
        'lifecycles = [{name = "Ｌｉｆｅ", phases = ["Café"]}, {name = "life", phases = ["Café"]}]\n'
    )
    with pytest.raises(ConfigError, match=r"lifecycles \['life', 'Ｌｉｆｅ'\] appear more than once"):
        load_config(config, environ={})


@pytest.mark.parametrize("name", ["Default", "development", "DEVELOPMENT", "Ｄｅｆａｕｌｔ"])
def test_region_names_the_stacks_use_themselves_are_reserved(name: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ={"ESTATE__REGIONS": name})
    assert f"regions[0].name = {name!r}: is reserved" in str(raised.value)


def test_the_reserved_names_are_the_spaces_the_management_stack_creates(estate: SynthesizedApp) -> None:
    spaces = estate.stacks["management"]["resource"]["octopusdeploy_space"].values()
    fixed = {body["name"] for body in spaces} - {region.name for region in EstateConfig().regions}
    assert fixed == set(RESERVED_REGION_NAMES) - {"Default"}


# --- strict types, files, cross-checks -----------------------------------------------------------------

PORT_FIELDS = ["octopus", "gitea_http", "gitea_ssh", "state_db"]


@pytest.mark.parametrize("port", PORT_FIELDS)
@pytest.mark.parametrize(
    ("value", "allowed"), [("0", "greater than or equal to 1"), ("65536", "less than or equal")]
)
def test_every_port_is_bounded(port: str, value: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ={f"ESTATE__PORTS__{port.upper()}": value})
    assert f"ports.{port} = {int(value)}: Input should be {allowed}" in str(raised.value)


@pytest.mark.parametrize("port", PORT_FIELDS)
def test_every_port_accepts_its_extremes(port: str) -> None:
    others = {name: 20000 + i for i, name in enumerate(PORT_FIELDS)}
    for value in (1, 65535):
        environ = {f"ESTATE__PORTS__{n.upper()}": str(v) for n, v in {**others, port: value}.items()}
        assert getattr(load_config(PROJECT_DIR / "estate.toml", environ=environ).ports, port) == value


@pytest.mark.parametrize(
    ("toml", "field", "allowed"),
    [
        ("[ports]\noctopus = true", "ports.octopus = True", "valid integer"),
        ("[ports]\noctopus = 18080.0", "ports.octopus = 18080.0", "valid integer"),
        ('[ports]\noctopus = "18080"', "ports.octopus = '18080'", "valid integer"),
        ('[octopus]\nprivileged = "yes"', "octopus.privileged = 'yes'", "valid boolean"),
        ("[octopus]\nprivileged = 1", "octopus.privileged = 1", "valid boolean"),
        ('[octopus]\nprivileged = "true"', "octopus.privileged = 'true'", "valid boolean"),
        ("[readiness]\ntimeout_minutes = true", "readiness.timeout_minutes = True", "valid number"),
        ('[readiness]\ninterval_seconds = "5"', "readiness.interval_seconds = '5'", "valid number"),
    ],
)
def test_file_values_must_have_their_type(tmp_path: Path, toml: str, field: str, allowed: str) -> None:
    config = tmp_path / "estate.toml"
    config.write_text(toml + "\n")
    with pytest.raises(ConfigError) as raised:
        load_config(config, environ={})
    assert field in str(raised.value) and allowed in str(raised.value)


@pytest.mark.parametrize(
    ("key", "value", "field", "allowed"),
    [
        ("PORTS__OCTOPUS", "true", "ports.octopus = 'true'", "valid integer"),
        ("PORTS__OCTOPUS", "18080.0", "ports.octopus = '18080.0'", "valid integer"),
        ("PORTS__OCTOPUS", " 18080", "ports.octopus = ' 18080'", "valid integer"),
        ("PORTS__OCTOPUS", "+18080", "ports.octopus = '+18080'", "valid integer"),
        ("PORTS__OCTOPUS", "1_8080", "ports.octopus = '1_8080'", "valid integer"),
        ("PORTS__OCTOPUS", "１８０８０", "ports.octopus = '１８０８０'", "valid integer"),
        ("OCTOPUS__PRIVILEGED", "yes", "octopus.privileged = 'yes'", "valid boolean"),
        ("OCTOPUS__PRIVILEGED", "1", "octopus.privileged = '1'", "valid boolean"),
        ("OCTOPUS__PRIVILEGED", "on", "octopus.privileged = 'on'", "valid boolean"),
        ("OCTOPUS__PRIVILEGED", "True", "octopus.privileged = 'True'", "valid boolean"),
        ("READINESS__TIMEOUT_MINUTES", "inf", "readiness.timeout_minutes = 'inf'", "valid number"),
        ("READINESS__TIMEOUT_MINUTES", "nan", "readiness.timeout_minutes = 'nan'", "valid number"),
        ("READINESS__TIMEOUT_MINUTES", "1e1", "readiness.timeout_minutes = '1e1'", "valid number"),
    ],
)
def test_environment_overrides_are_parsed_strictly(key: str, value: str, field: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ={f"ESTATE__{key}": value})
    assert field in str(raised.value) and allowed in str(raised.value)


def test_environment_overrides_of_typed_fields_are_converted() -> None:
    config = load_config(
        PROJECT_DIR / "estate.toml",
        environ={
            "ESTATE__PORTS__OCTOPUS": "28080",
            "ESTATE__OCTOPUS__PRIVILEGED": "true",
            "ESTATE__READINESS__TIMEOUT_MINUTES": "2.5",
            "ESTATE__READINESS__INTERVAL_SECONDS": "3",
        },
    )
    assert (config.ports.octopus, config.octopus.privileged) == (28080, True)
    assert (config.readiness.timeout_minutes, config.readiness.interval_seconds) == (2.5, 3.0)
    assert (
        load_config(
            PROJECT_DIR / "estate.toml", environ={"ESTATE__OCTOPUS__PRIVILEGED": "false"}
        ).octopus.privileged
        is False
    )


@pytest.mark.parametrize(
    ("environ", "field", "allowed"),
    [
        (
            {"ESTATE__READINESS__TIMEOUT_MINUTES": "1", "ESTATE__READINESS__INTERVAL_SECONDS": "60"},
            "readiness",
            "interval_seconds (60.0) must be shorter than timeout_minutes (1.0 minutes = 60.0 s)",
        ),
        ({"ESTATE__STATE__LOCAL_DIR": " "}, "state.local_dir = ' '", "blank"),
        ({"ESTATE__STATE__LOCAL_DIR": "state\nx"}, "state.local_dir = 'state\\nx'", "one line"),
        ({"ESTATE__STATE__LOCAL_DIR": "state\u2028x"}, "state.local_dir", "one line"),
        ({"ESTATE__STATE__LOCAL_DIR": "s" * 256}, "state.local_dir", "at most 255 characters"),
        ({"ESTATE__STATE__LOCAL_DIR": "cdktf.out"}, "state.local_dir = 'cdktf.out'", "cdktf.out"),
        ({"ESTATE__STATE__LOCAL_DIR": "./cdktf.out/state"}, "state.local_dir", "inside cdktf.out"),
        ({"ESTATE__STATE__LOCAL_DIR": "state/${path.cwd}"}, "state.local_dir", "${"),
        ({"ESTATE__STATE__LOCAL_DIR": "state/%{if true}x%{endif}"}, "state.local_dir", "%{"),
        ({"ESTATE__OCTOPUS__ADMIN_EMAIL": "a" * 243 + "@example.com"}, "octopus.admin_email", "at most 254"),
    ],
)
def test_cross_checks_and_bounds(environ: dict[str, str], field: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(PROJECT_DIR / "estate.toml", environ=environ)
    assert field in str(raised.value) and allowed in str(raised.value)


def test_an_email_of_254_characters_is_accepted() -> None:
    email = "a" * 242 + "@example.com"
    assert (
        load_config(
            PROJECT_DIR / "estate.toml", environ={"ESTATE__OCTOPUS__ADMIN_EMAIL": email}
        ).octopus.admin_email
        == email
    )


def _unreadable_configs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    non_utf8 = tmp_path / "latin1.toml"
    non_utf8.write_bytes('[octopus]\nadmin_email = "ad\xe9@x"\n'.encode("latin-1"))
    locked = tmp_path / "locked.toml"
    locked.write_text("")
    locked.chmod(0)
    return {
        "missing": (tmp_path / "nope.toml", "configuration file not found"),
        "directory": (tmp_path, "is a directory, not a configuration file"),
        "non-utf8": (non_utf8, "is not UTF-8 text"),
        "unreadable": (locked, "cannot be read"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "non-utf8", "unreadable"])
def test_estate_config_that_cannot_be_read_is_one_clear_error(tmp_path: Path, case: str) -> None:
    path, message = _unreadable_configs(tmp_path)[case]
    if case == "unreadable" and os.access(path, os.R_OK):
        pytest.skip("running as a user who can read a mode-000 file (root)")
    with pytest.raises(ConfigError) as raised:
        load_config(environ={"ESTATE_CONFIG": str(path)})
    assert str(raised.value) == f"ESTATE_CONFIG={path}: {message}" or (
        str(raised.value).startswith(f"ESTATE_CONFIG={path}: {message}") and "\n" not in str(raised.value)
    )


@pytest.mark.parametrize("case", ["missing", "directory", "non-utf8"])
def test_synth_exits_2_with_one_line_when_estate_config_cannot_be_read(tmp_path: Path, case: str) -> None:
    path, message = _unreadable_configs(tmp_path)[case]
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "main.py")],
        cwd=PROJECT_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
            "CDKTF_OUTDIR": str(out),
            "ESTATE_CONFIG": str(path),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert not out.exists()
