"""Adoption over real HTTP against tests/octopus_standin.py (a stand-in of Octopus's REST API, not a real
server): the dry run, the written plan, conflicts, paging, and errors that end in one clear line."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cdktf import App, TerraformStack

from main import build_app
from octopus_patterns.adoption import __main__ as cli
from octopus_patterns.adoption.declared import Declared
from octopus_patterns.adoption.imports import AdoptionFileError, adopt_from_environment, apply_adoption
from octopus_patterns.adoption.kinds import DEFAULT_SPACE
from octopus_patterns.adoption.plan import AdoptionPlan, Entry
from octopus_patterns.bindings.octopusdeploy.provider import OctopusdeployProvider
from octopus_patterns.config import EstateConfig, load_config
from octopus_patterns.octopus.space import ManagedSpace, ManagedSpaceProps
from octopus_patterns.rehearsal.runner import Options, rehearse
from tests.conftest import PROJECT_DIR
from tests.misbehaving_http import MisbehavingServer, answer, garbage, reflect_401, trickle_body
from tests.octopus_standin import OctopusStandin

EXAMPLE = PROJECT_DIR / "examples" / "configs" / "existing-instance.toml"
KEY = "API-" + secrets.token_hex(13).upper()  # generated: no key literal in the repo
TERRAFORM = "/usr/local/bin/terraform"


def _environ(url: str, **extra: str) -> dict[str, str]:
    return {
        "ESTATE_CONFIG": str(EXAMPLE),
        "ESTATE__EXISTING_INSTANCE__URL": url,
        "TF_VAR_octopus_api_key": KEY,
        **extra,
    }


def _populate(standin: OctopusStandin) -> dict[str, str]:
    """A server that already has part of the estate, some things of its own, and more than a page of some."""
    default = standin.default_space_id()
    ids = {
        "env Development": standin.add(default, "environments", "Development"),
        "feed Docker": standin.add(default, "feeds", "Docker", FeedType="Docker"),
        "set Azure": standin.add(default, "libraryvariablesets", "Azure", ContentType="Variables"),
        "project Hello World": standin.add(default, "projects", "Hello World"),
        "space Development": standin.add_space("development"),  # another case: still the same name
        "user editor": standin.add_user("editor"),
        "team Editors": standin.add_team("Editors"),
        "role Read-Only": standin.add_user_role("Read-Only"),
    }
    standin.add(default, "feeds", "Octopus Server (built-in)", FeedType="BuiltIn")
    for number in range(40):  # the stand-in pages by 30
        standin.add(default, "environments", f"Legacy {number:02}")
    ids["env Sync in Development"] = standin.add(ids["space Development"], "environments", "Sync")
    ids["space Other"] = standin.add_space("Other")
    standin.add(ids["space Other"], "environments", "Development")  # a space the stacks do not use: not read
    standin.add_team("Deployers", ids["space Other"])  # a space's team is not the stacks' system team
    standin.add_user("admin")
    return ids


@pytest.fixture(scope="module")
def standin() -> Iterator[tuple[OctopusStandin, dict[str, str]]]:
    with OctopusStandin(KEY) as server:
        yield server, _populate(server)


@pytest.fixture(scope="module")
def written(
    standin: tuple[OctopusStandin, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[int, AdoptionPlan, int]:
    server, _ = standin
    out = tmp_path_factory.mktemp("adoption") / "adoption.json"
    before = len(server.requests)
    code = cli.main(["--out", str(out)], environ=_environ(server.url))
    assert KEY.removeprefix("API-") not in out.read_text()
    return code, AdoptionPlan.from_json(out.read_text()), len(server.requests) - before


def _entry(entries: tuple[Entry, ...], kind: str, name: str, space: str | None = None) -> Entry:
    found = [e for e in entries if e.kind == kind and e.name == name and e.space == space]
    assert len(found) == 1, (kind, name, space, entries)
    return found[0]


def test_the_plan_adopts_what_exists_under_declared_names_with_its_server_id(
    written: tuple[int, AdoptionPlan, int], standin: tuple[OctopusStandin, dict[str, str]]
) -> None:
    code, plan, _ = written
    ids = standin[1]
    assert code == 0 and not plan.conflicts
    adopted = {(e.kind, e.name, e.space): (e.id, e.stack) for e in plan.adopt}
    assert adopted == {
        ("environment", "Development", DEFAULT_SPACE): (ids["env Development"], "management"),
        ("feed", "Docker", DEFAULT_SPACE): (ids["feed Docker"], "management"),
        ("library variable set", "Azure", DEFAULT_SPACE): (ids["set Azure"], "management"),
        ("project", "Hello World", DEFAULT_SPACE): (ids["project Hello World"], "management"),
        ("space", "Development", None): (ids["space Development"], "management"),
        ("environment", "Sync", "Development"): (ids["env Sync in Development"], "development"),
        ("user", "editor", None): (ids["user editor"], "management"),
        ("team", "Editors", None): (ids["team Editors"], "management"),
        ("user role", "Read-Only", None): (ids["role Read-Only"], "management"),
    }
    assert "renames" in _entry(plan.adopt, "space", "Development").note  # "development" on the server


def test_the_plan_creates_what_is_absent_and_leaves_the_rest_alone(
    written: tuple[int, AdoptionPlan, int],
) -> None:
    _, plan, _ = written
    _entry(plan.create, "team", "Deployers")  # the server's "Deployers" belongs to a space
    _entry(plan.create, "space", "Test\\Production")
    _entry(plan.create, "environment", "Development", "Development")
    _entry(plan.create, "environment", "Sync", DEFAULT_SPACE)
    alone = {(e.kind, e.name, e.space) for e in plan.left_alone}
    assert ("space", "Other", None) in alone and ("user", "admin", None) in alone
    assert ("feed", "Octopus Server (built-in)", DEFAULT_SPACE) in alone
    assert sum(1 for kind, name, _ in alone if kind == "environment" and name.startswith("Legacy")) == 40
    assert not any(kind == "space" and name == "Default" for kind, name, _ in alone)  # used, never managed
    assert len(plan.adopt) + len(plan.create) == 89  # every object of these kinds the stacks declare


def test_every_page_is_read_and_only_the_spaces_the_stacks_use(
    written: tuple[int, AdoptionPlan, int], standin: tuple[OctopusStandin, dict[str, str]]
) -> None:
    server, ids = standin
    _, _, count = written
    requests = server.requests[-count:]
    assert all(request.api_key == KEY for request in requests)
    environments = [r for r in requests if r.path == f"/api/{server.default_space_id()}/environments"]
    assert [r.query["skip"] for r in environments] == [["0"], ["30"]]  # 41 environments, pages of 30
    assert not any(ids["space Other"] in r.path for r in requests)


def test_dry_run_prints_the_three_lists_and_writes_nothing(
    standin: tuple[OctopusStandin, dict[str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, ids = standin
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--dry-run"], environ=_environ(server.url)) == 0
    out = capsys.readouterr().out
    assert f'environment "Development" in the Default space ({ids["env Development"]}) [management]' in out
    assert 'environment "Development" in space "Development" [development]' in out.split("create (")[1]
    assert f'space "Other" ({ids["space Other"]})' in out.split("left alone (")[1]
    assert "9 to adopt, 80 to create" in out and "dry run: nothing written" in out
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def declared() -> list[Declared]:
    return cli._declared(load_config(EXAMPLE, environ={}), cli.DEFAULT_APP)


def _built_for(declared: list[Declared]) -> Callable[[EstateConfig, str], list[Declared]]:
    """Stands in for building the app: the declared objects, with their stacks on the configured server."""

    def build(config: EstateConfig, app_entry: str) -> list[Declared]:
        assert config.existing_instance is not None and app_entry == cli.DEFAULT_APP
        return [dataclasses.replace(item, server=config.existing_instance.url) for item in declared]

    return build


def test_stacks_on_another_server_are_compared_with_that_server_only(
    declared: list[Declared], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with OctopusStandin(KEY) as server:
        america = [
            dataclasses.replace(item, server=server.url + "/") if item.stack == "region-america" else item
            for item in declared
        ]
        monkeypatch.setattr(cli, "_declared", lambda config, app_entry: america)
        server.add(server.default_space_id(), "environments", "Sync")
        args = ["--dry-run", "--server", server.url, "--key-variable", "america_api_key"]
        environ = {"ESTATE_CONFIG": str(EXAMPLE), "TF_VAR_america_api_key": KEY}
        assert cli.main(args, environ=environ) == 0
    out = capsys.readouterr().out
    assert (
        "0 to adopt, 12 to create" in out
    )  # the region's space is created by management, on the main server
    assert 'environment "Sync" in space "America" [region-america]' in out
    assert "not compared: stack management targets https://octopus.example.com (45 objects)" in out
    assert "not compared: stack development targets https://octopus.example.com (13 objects)" in out


def test_a_conflict_is_listed_and_nothing_is_written(
    declared: list[Declared],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "_declared", _built_for(declared))
    with OctopusStandin(KEY) as server:
        default = server.default_space_id()
        server.add(default, "feeds", "Sales Maven Feed", FeedType="NuGet")
        server.add(default, "projectgroups", "Azure")
        server.add(default, "projectgroups", "AZURE")
        out = tmp_path / "adoption.json"
        assert cli.main(["--out", str(out)], environ=_environ(server.url)) == 1
    text = capsys.readouterr()
    assert "exists as 'NuGet', declared as 'Maven'" in text.out
    assert 'project group "Azure" in the Default space [management] - 2 objects on the server' in text.out
    assert "nothing written" in text.err and not out.exists()


def _one_line_error(
    url: str, capsys: pytest.CaptureFixture[str], *args: str, **environ: str
) -> tuple[int, str]:
    code = cli.main(["--dry-run", *args], environ=_environ(url, **environ))
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert KEY not in captured.err and KEY.removeprefix("API-") not in captured.err
    return code, lines[0]


def test_a_refused_key_is_one_line_without_the_key(
    declared: list[Declared], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_declared", _built_for(declared))
    with OctopusStandin("API-" + secrets.token_hex(13).upper()) as server:
        code, line = _one_line_error(server.url, capsys)
    assert code == 1 and line.endswith(
        "/api/spaces?skip=0&take=100: HTTP 401: the server refused the API key"
    )
    echoing = MisbehavingServer([reflect_401]).start()
    try:
        code, line = _one_line_error(echoing.url, capsys)
    finally:
        echoing.stop()
    assert code == 1 and "HTTP 401" in line


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        (garbage, "not an HTTP answer (garbage status line)"),
        (answer(200, "<html>sign in</html>", "text/html"), "the answer is not JSON: <html>sign in</html>"),
        (answer(200, '{"Items": "none"}'), "the answer has no list of objects in Items"),
        (answer(500, '{"ErrorMessage": "boom"}'), 'HTTP 500: {"ErrorMessage": "boom"}'),
    ],
)
def test_a_bad_answer_is_one_line(
    behaviour: object,
    expected: str,
    declared: list[Declared],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "_declared", _built_for(declared))
    server = MisbehavingServer([behaviour]).start()  # type: ignore[list-item]
    try:
        code, line = _one_line_error(server.url, capsys)
    finally:
        server.stop()
    assert code == 1 and line.endswith(expected)


def test_a_trickling_server_is_cut_off_at_the_deadline(
    declared: list[Declared], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_declared", _built_for(declared))
    server = MisbehavingServer([trickle_body]).start()
    started = time.monotonic()
    try:
        code, line = _one_line_error(server.url, capsys, "--timeout", "1")
    finally:
        server.stop()
    assert code == 1 and line.endswith("no complete answer before the time limit")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (
            {**_environ("http://127.0.0.1:9"), "TF_VAR_octopus_api_key": ""},
            "error: no API key: set TF_VAR_octopus_api_key (or OCTOPUS_API_KEY)",
        ),
        (
            {"ESTATE_CONFIG": str(PROJECT_DIR / "estate.toml"), "OCTOPUS_API_KEY": KEY},
            "error: adoption needs an existing Octopus server",
        ),
        (
            {**_environ("http://127.0.0.1:9"), "ARGS": "--app no_such_module:build"},
            "error: --app no_such_module:build: cannot load it (ModuleNotFoundError)",
        ),
    ],
)
def test_missing_key_server_or_app_is_a_usage_error(
    environ: dict[str, str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = environ.get("ARGS", "").split()
    assert cli.main(["--dry-run", *args], environ=environ) == 2
    assert capsys.readouterr().err.startswith(expected)


def test_as_a_command_the_key_comes_from_the_environment_and_never_shows(
    standin: tuple[OctopusStandin, dict[str, str]], tmp_path: Path
) -> None:
    server, _ = standin
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR), **_environ(server.url)}
    del env["TF_VAR_octopus_api_key"]
    env["OCTOPUS_API_KEY"] = KEY
    result = subprocess.run(
        [sys.executable, "-m", "octopus_patterns.adoption", "--dry-run"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "9 to adopt" in result.stdout
    assert KEY.removeprefix("API-") not in result.stdout + result.stderr


# --- synthesis: the plan's adopted objects become import blocks ---------------------------------------


@pytest.fixture(scope="module")
def imported_outdir(
    written: tuple[int, AdoptionPlan, int],
    standin: tuple[OctopusStandin, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    _, plan, _ = written
    config = load_config(EXAMPLE, environ={"ESTATE__EXISTING_INSTANCE__URL": standin[0].url})
    outdir = tmp_path_factory.mktemp("imports") / "cdktf.out"
    app = App(outdir=str(outdir))
    build_app(config, app)
    assert len(apply_adoption(app, plan)) == 9
    app.synth()
    return outdir


@pytest.fixture(scope="module")
def with_imports(imported_outdir: Path) -> dict[str, dict]:
    return {
        stack: json.loads((imported_outdir / "stacks" / stack / "cdk.tf.json").read_text())
        for stack in ("management", "development", "test-production", "region-america")
    }


def _address(stack: dict, resource_type: str, name: str, name_field: str = "name") -> str:
    found = [key for key, body in stack["resource"][resource_type].items() if body[name_field] == name]
    assert len(found) == 1, (resource_type, name)
    return f"{resource_type}.{found[0]}"


def test_each_adopted_object_is_imported_by_its_id(
    with_imports: dict[str, dict], standin: tuple[OctopusStandin, dict[str, str]]
) -> None:
    ids = standin[1]
    management, development = with_imports["management"], with_imports["development"]
    expected = {
        _address(management, "octopusdeploy_environment", "Development"): ids["env Development"],
        _address(management, "octopusdeploy_docker_container_registry", "Docker"): ids["feed Docker"],
        _address(management, "octopusdeploy_library_variable_set", "Azure"): ids["set Azure"],
        _address(management, "octopusdeploy_project", "Hello World"): ids["project Hello World"],
        _address(management, "octopusdeploy_space", "Development"): ids["space Development"],
        _address(management, "octopusdeploy_user", "editor", "username"): ids["user editor"],
        _address(management, "octopusdeploy_team", "Editors"): ids["team Editors"],
        _address(management, "octopusdeploy_user_role", "Read-Only"): ids["role Read-Only"],
    }
    assert {block["to"]: block["id"] for block in management["import"]} == expected
    assert development["import"] == [
        {
            "to": _address(development, "octopusdeploy_environment", "Sync"),
            "id": ids["env Sync in Development"],
        }
    ]
    assert "import" not in with_imports["test-production"] and "import" not in with_imports["region-america"]


def test_a_stack_importing_from_a_managed_space_points_its_provider_there(
    with_imports: dict[str, dict], standin: tuple[OctopusStandin, dict[str, str]]
) -> None:
    """Provider 1.17.0 reads an imported object in the provider's space (upstream issue #610)."""
    development = with_imports["development"]
    assert development["provider"]["octopusdeploy"][0]["space_id"] == standin[1]["space Development"]
    environments = development["resource"]["octopusdeploy_environment"].values()
    assert all(
        "cross-stack-output-octopusdeploy_spacedevelopment_space" in e["space_id"] for e in environments
    )
    for stack in ("management", "test-production", "region-america"):
        assert "space_id" not in with_imports[stack]["provider"]["octopusdeploy"][0], stack


def test_the_rehearsal_passes_with_imports(
    imported_outdir: Path, standin: tuple[OctopusStandin, dict[str, str]], tmp_path: Path
) -> None:
    """Real Terraform over the whole adopted graph (providers stood in, import blocks dropped by the
    rehearsal): the stacks still apply, re-plan without changes and destroy."""
    report = rehearse(
        Options(outdir=imported_outdir, workdir=tmp_path, terraform=TERRAFORM, keep=True), echo=lambda _: None
    )
    assert all(result.plan_changes == 0 and result.added > 0 for result in report.stacks.values())
    rehearsed = json.loads((tmp_path / "cdktf.out" / "stacks" / "development" / "cdk.tf.json").read_text())
    provider = rehearsed["resource"]["terraform_data"]["provider__octopusdeploy"]["input"]
    assert provider["space_id"] == standin[1]["space Development"]


def test_a_region_on_its_own_server_is_adopted_from_that_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The region's stack creates its space on its own server (issue 10 item 3); adopting that space and an
    environment in it imports both there, and its provider's space_id is the space's ID as a literal (a
    reference to the space resource would make the provider depend on a resource it manages: a cycle)."""
    with OctopusStandin(KEY) as server:
        space = server.add_space("Asia Pacific")
        environment = server.add(space, "environments", "Test")
        config_file = tmp_path / "estate.toml"
        config_file.write_text(
            '[[regions]]\nname = "America"\n\n[[regions]]\nname = "Asia Pacific"\n'
            f'octopus = {{ url = "{server.url}", api_key_variable = "apac_key" }}\n'
        )
        out = tmp_path / "apac.json"
        args = ["--config", str(config_file), "--server", server.url, "--key-variable", "apac_key"]
        assert cli.main([*args, "--out", str(out)], environ={"TF_VAR_apac_key": KEY}) == 0
    printed = capsys.readouterr().out
    assert "2 to adopt, 11 to create" in printed
    assert "not compared: stack management targets a server named by another stack" in printed
    app = App(outdir=str(tmp_path / "cdktf.out"))
    build_app(load_config(config_file, environ={}), app)
    assert adopt_from_environment(app, {"ESTATE_ADOPTION_FILE": str(out)}) == 2
    app.synth()
    region = json.loads(
        (tmp_path / "cdktf.out" / "stacks" / "region-asia-pacific" / "cdk.tf.json").read_text()
    )
    assert sorted(block["id"] for block in region["import"]) == sorted([space, environment])
    assert region["provider"]["octopusdeploy"][0]["space_id"] == space
    management = json.loads((tmp_path / "cdktf.out" / "stacks" / "management" / "cdk.tf.json").read_text())
    assert "import" not in management


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"server": "https://other.example.com"},
            "the plan was made for https://other.example.com, which no stack targets",
        ),
        (
            {
                "adopt": (
                    Entry("environment", "Staging", DEFAULT_SPACE, id="Environments-9", stack="management"),
                )
            },
            'adopts environment "Staging" in the Default space (Environments-9) [management], which the',
        ),
        ({"conflicts": (Entry("feed", "Docker", DEFAULT_SPACE),)}, "the plan lists 1 conflicts"),
    ],
)
def test_a_plan_that_does_not_fit_is_refused(change: dict[str, object], expected: str) -> None:
    config = load_config(EXAMPLE, environ={})
    plan = dataclasses.replace(AdoptionPlan(server="https://octopus.example.com"), **change)  # type: ignore[arg-type]
    app = App()
    build_app(config, app)
    with pytest.raises(AdoptionFileError) as raised:
        apply_adoption(app, plan)
    assert expected in str(raised.value)


def test_each_plan_imports_only_into_the_stacks_on_its_server(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    build_app(load_config(EXAMPLE, environ={}), app)
    elsewhere = TerraformStack(app, "elsewhere")  # as a region on its own Octopus server would be
    OctopusdeployProvider(elsewhere, "octopus", address="https://eu.example.com", api_key="${var.eu_key}")
    ManagedSpace(elsewhere, "space", ManagedSpaceProps(name="Development", description="on another server"))
    plans = {
        "main.json": AdoptionPlan(
            server="https://octopus.example.com",
            adopt=(Entry("space", "Development", id="Spaces-2", stack="management"),),
        ),
        "eu.json": AdoptionPlan(
            server="https://eu.example.com/", adopt=(Entry("space", "Development", id="Spaces-7", stack="x"),)
        ),
    }
    for name, plan in plans.items():
        (tmp_path / name).write_text(plan.to_json())
    files = os.pathsep.join(str(tmp_path / name) for name in plans)
    assert adopt_from_environment(app, {"ESTATE_ADOPTION_FILE": files}) == 2
    app.synth()
    imports = {
        stack: json.loads((tmp_path / "out" / "stacks" / stack / "cdk.tf.json").read_text())["import"]
        for stack in ("management", "elsewhere")
    }
    assert [block["id"] for block in imports["management"]] == ["Spaces-2"]
    assert [block["id"] for block in imports["elsewhere"]] == ["Spaces-7"]
    twice = os.pathsep.join([str(tmp_path / "main.json")] * 2)
    with pytest.raises(AdoptionFileError, match="two plans for the same server"):
        adopt_from_environment(App(), {"ESTATE_ADOPTION_FILE": twice})


def test_synth_reads_the_plan_from_estate_adoption_file(
    written: tuple[int, AdoptionPlan, int], tmp_path: Path
) -> None:
    _, plan, _ = written
    plan_file = tmp_path / "adoption.json"
    plan_file.write_text(plan.to_json())
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_DIR),
        **_environ(plan.server),
        "ESTATE_ADOPTION_FILE": str(plan_file),
        "CDKTF_OUTDIR": str(tmp_path / "out"),
    }
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "main.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "adopting 9 existing objects (Terraform import blocks)" in result.stderr
    management = json.loads((tmp_path / "out" / "stacks" / "management" / "cdk.tf.json").read_text())
    assert len(management["import"]) == 8
    plan_file.write_text("{not json")
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "main.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: ESTATE_ADOPTION_FILE={plan_file}: not an adoption plan")
    assert len(result.stderr.splitlines()) == 1
